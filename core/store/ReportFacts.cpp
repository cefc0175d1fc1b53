#include "store/ReportFacts.h"

#include <QHash>

#include <algorithm>
#include <tuple>
#include <vector>

namespace dockside::reportfacts {

namespace {

struct FactKey {
    qint64 day = 0;
    QByteArray figure;
    QByteArray key;
    friend bool operator==(const FactKey&, const FactKey&) = default;
    friend size_t qHash(const FactKey& k, size_t seed = 0) {
        return qHashMulti(seed, k.day, k.figure, k.key);
    }
};

struct FactSum {
    qint64 n = 0;
    qint64 amount = 0;
};

} // namespace

void rebuild(Database& db) {
    // The same rows the triggers add up, summed here rather than by GROUP BY: SQLite's sort of the
    // 16.5 million rows of a 1M-item station took 97 s, a hash table takes seconds.
    QHash<FactKey, FactSum> sums;
    {
        Statement facts = db.prepare("SELECT received_at / 86400000, figure, key, n, amount "
                                     "FROM report_item_facts WHERE key IS NOT NULL");
        FactKey probe;
        while (facts.step()) {
            probe.day = facts.int64(0);
            // Looked up through views of SQLite's buffers; copied only for a new key.
            const QByteArrayView figure = facts.utf8(1), key = facts.utf8(2);
            probe.figure = QByteArray::fromRawData(figure.data(), figure.size());
            probe.key = QByteArray::fromRawData(key.data(), key.size());
            auto it = sums.find(probe);
            if (it == sums.end())
                it = sums.insert(FactKey{probe.day, QByteArray(probe.figure.constData(), probe.figure.size()),
                                         QByteArray(probe.key.constData(), probe.key.size())},
                                 {});
            it->n += facts.int64(3);
            it->amount += facts.int64(4);
        }
    }
    std::vector<std::pair<FactKey, FactSum>> rows;
    rows.reserve(static_cast<size_t>(sums.size()));
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        rows.emplace_back(it.key(), it.value());
    sums.clear();
    // In primary-key order, so the table is written page after page.
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.day, a.first.figure, a.first.key) <
               std::tie(b.first.day, b.first.figure, b.first.key);
    });
    db.exec("DELETE FROM report_facts");
    Statement insert =
        db.prepare("INSERT INTO report_facts (day, figure, key, n, amount) VALUES (?, ?, ?, ?, ?)");
    const auto text = [](const QByteArray& utf8) {
        const QString s = QString::fromUtf8(utf8);
        return s.isNull() ? QStringLiteral("") : s; // '' is a key of its own; NULL would not insert
    };
    for (const auto& [key, sum] : rows) {
        insert.bindAll(key.day, text(key.figure), text(key.key), sum.n, sum.amount);
        insert.run();
        insert.reset();
    }
}

void pause(Database& db) {
    if (paused(db))
        return;
    db.exec("INSERT INTO paused_triggers (name, sql) SELECT name, sql FROM sqlite_schema "
            "WHERE type = 'trigger' AND name LIKE 'report\\_facts\\_%' ESCAPE '\\'");
    Statement names = db.prepare("SELECT name FROM paused_triggers");
    std::vector<QString> toDrop;
    while (names.step())
        toDrop.push_back(names.text(0));
    for (const QString& name : toDrop)
        db.exec("DROP TRIGGER \"" + name.toStdString() + '"');
}

void resume(Database& db) {
    if (!paused(db))
        return;
    rebuild(db);
    Statement triggers = db.prepare("SELECT sql FROM paused_triggers ORDER BY name");
    std::vector<std::string> sql;
    while (triggers.step())
        sql.push_back(triggers.text(0).toStdString());
    for (const std::string& create : sql)
        db.exec(create);
    db.exec("DELETE FROM paused_triggers");
}

bool paused(Database& db) {
    return db.scalar("SELECT count(*) FROM paused_triggers") > 0;
}

void resumeIfPaused(Database& db) {
    if (db.readOnly() || !paused(db))
        return;
    Transaction tx(db);
    resume(db);
    tx.commit();
}

} // namespace dockside::reportfacts
