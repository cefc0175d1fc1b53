#include "store/ReportFacts.h"

#include "store/PausedSchema.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <thread>
#include <tuple>
#include <vector>

namespace dockside::reportfacts {

namespace {

constexpr std::string_view kPausedTriggers = "paused_triggers";

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

using FactSums = QHash<FactKey, FactSum>;

// Adds the view's rows of the items with ids in [from, to) to sums.
void sumRange(Database& db, qint64 from, qint64 to, FactSums& sums) {
    // The same rows the triggers add up, summed here rather than by GROUP BY: SQLite's sort of the
    // 16.5 million rows of a 1M-item station took 97 s, a hash table takes seconds.
    Statement facts =
        db.prepare("SELECT received_at / 86400000, figure, key, n, amount "
                   "FROM report_item_facts WHERE key IS NOT NULL AND item_id >= ? AND item_id < ?");
    facts.bindAll(from, to);
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

// Below this many items a second connection costs more than it saves.
qint64 minItemsPerReader = 50000;

// All items' facts. With committed data only (no transaction open on db) the id range is split
// over read-only connections on other threads: reading the view is nearly all of a rebuild's
// time (48 s at 1M items on one core).
FactSums sumFacts(Database& db) {
    FactSums sums;
    Statement bounds = db.prepare("SELECT coalesce(min(id), 0), coalesce(max(id), 0) + 1 FROM items");
    bounds.step();
    const qint64 first = bounds.int64(0), end = bounds.int64(1);
    bounds.reset();
    const qint64 cores = std::clamp<qint64>(std::thread::hardware_concurrency(), 1, 4);
    const qint64 parts = db.inTransaction() || db.path().isEmpty() || db.path() == QLatin1String(":memory:")
                             ? 1
                             : std::clamp<qint64>((end - first) / minItemsPerReader, 1, cores);
    const auto boundary = [&](qint64 part) {
        return first + (end - first) * part / parts;
    };
    struct Part {
        FactSums sums;
        bool done = false;
    };
    std::vector<Part> others(static_cast<size_t>(parts - 1));
    std::vector<std::thread> readers;
    for (qint64 part = 1; part < parts; ++part)
        readers.emplace_back([&, part] {
            Part& mine = others[static_cast<size_t>(part - 1)];
            try {
                auto reader = Database::open(db.path(), Database::Mode::ReadOnly);
                if (!reader)
                    return;
                sumRange(**reader, boundary(part), boundary(part + 1), mine.sums);
                mine.done = true;
            } catch (...) { // nothing may leave a thread; the range is summed again below, on db
                mine.sums.clear();
            }
        });
    sumRange(db, boundary(0), boundary(1), sums);
    for (std::thread& reader : readers)
        reader.join();
    for (qint64 part = 1; part < parts; ++part) {
        Part& other = others[static_cast<size_t>(part - 1)];
        if (!other.done)
            sumRange(db, boundary(part), boundary(part + 1), other.sums);
        for (auto it = other.sums.cbegin(); it != other.sums.cend(); ++it) {
            FactSum& sum = sums[it.key()];
            sum.n += it->n;
            sum.amount += it->amount;
        }
    }
    return sums;
}

void write(Database& db, FactSums sums) {
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

} // namespace

void rebuild(Database& db) {
    write(db, sumFacts(db));
}

void setMinItemsPerReader(qint64 items) {
    minItemsPerReader = std::max<qint64>(1, items);
}

void pause(Database& db) {
    if (paused(db))
        return;
    pausedschema::park(db, kPausedTriggers, "trigger", R"(name LIKE 'report\_facts\_%' ESCAPE '\')");
}

void resume(Database& db) {
    if (!paused(db))
        return;
    // Summed before the transaction when the caller has none open, so other connections can read
    // in parallel; summed again inside it if anyone committed in between.
    std::optional<FactSums> sums;
    qint64 dataVersion = 0;
    if (!db.inTransaction()) {
        dataVersion = db.scalar("PRAGMA data_version");
        sums = sumFacts(db);
    }
    Transaction tx(db);
    if (!paused(db)) { // another connection resumed first
        tx.commit();
        return;
    }
    if (!sums || db.scalar("PRAGMA data_version") != dataVersion)
        sums = sumFacts(db);
    write(db, std::move(*sums));
    pausedschema::restore(db, kPausedTriggers);
    tx.commit();
}

bool paused(Database& db) {
    return pausedschema::any(db, kPausedTriggers);
}

void resumeIfPaused(Database& db) {
    if (db.readOnly() || !paused(db))
        return;
    resume(db);
}

} // namespace dockside::reportfacts
