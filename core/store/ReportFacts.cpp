#include "store/ReportFacts.h"

#include "store/PausedSchema.h"

#include <QHash>

#include <algorithm>
#include <memory>
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

// Sums all items' facts. With committed data only (no transaction open on db) the id range is
// split over read-only connections, one per core, on threads of their own: reading the view is
// nearly all of a rebuild's time (48 s at 1M items on one core). With `useCallingThread` the first
// range is summed on db by collect(); without, the caller may use db meanwhile.
class FactSummer {
public:
    FactSummer(Database& db, bool useCallingThread)
        : m_db(db) {
        Statement bounds = db.prepare("SELECT coalesce(min(id), 0), coalesce(max(id), 0) + 1 FROM items");
        bounds.step();
        m_first = bounds.int64(0);
        m_end = bounds.int64(1);
        bounds.reset();
        const qint64 cores = std::clamp<qint64>(std::thread::hardware_concurrency(), 1, 4);
        const bool readers =
            !db.inTransaction() && !db.path().isEmpty() && db.path() != QLatin1String(":memory:");
        m_parts = readers ? std::clamp<qint64>((m_end - m_first) / minItemsPerReader, 1, cores) : 1;
        m_ranges.resize(static_cast<size_t>(m_parts));
        if (!readers)
            return;
        for (qint64 part = useCallingThread ? 1 : 0; part < m_parts; ++part)
            m_readers.emplace_back([this, part] {
                Range& mine = m_ranges[static_cast<size_t>(part)];
                try {
                    auto reader = Database::open(m_db.path(), Database::Mode::ReadOnly);
                    if (!reader)
                        return;
                    sumRange(**reader, boundary(part), boundary(part + 1), mine.sums);
                    mine.done = true;
                } catch (...) { // nothing may leave a thread; collect() sums the range again, on db
                    mine.sums.clear();
                }
            });
    }
    ~FactSummer() { join(); }
    FactSummer(const FactSummer&) = delete;
    FactSummer& operator=(const FactSummer&) = delete;

    FactSums collect() {
        join();
        FactSums sums;
        for (qint64 part = 0; part < m_parts; ++part) {
            Range& range = m_ranges[static_cast<size_t>(part)];
            if (!range.done)
                sumRange(m_db, boundary(part), boundary(part + 1), range.sums);
            if (sums.isEmpty()) {
                sums = std::move(range.sums);
                continue;
            }
            for (auto it = range.sums.cbegin(); it != range.sums.cend(); ++it) {
                FactSum& sum = sums[it.key()];
                sum.n += it->n;
                sum.amount += it->amount;
            }
        }
        return sums;
    }

private:
    struct Range {
        FactSums sums;
        bool done = false;
    };
    qint64 boundary(qint64 part) const { return m_first + (m_end - m_first) * part / m_parts; }
    void join() {
        for (std::thread& reader : m_readers)
            reader.join();
        m_readers.clear();
    }

    Database& m_db;
    qint64 m_first = 0, m_end = 0, m_parts = 1;
    std::vector<Range> m_ranges;
    std::vector<std::thread> m_readers;
};

FactSums sumFacts(Database& db) {
    return FactSummer(db, true).collect();
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

struct Resumption::Summing {
    Summing(Database& db, qint64 version, qint64 changes)
        : summer(db, false)
        , dataVersion(version)
        , totalChanges(changes) {}
    FactSummer summer;
    qint64 dataVersion = 0;  // commits of other connections
    qint64 totalChanges = 0; // rows changed by this one
};

Resumption::Resumption(Database& db)
    : m_db(db) {
    // Summed before the transaction when the caller has none open, so that other connections can
    // read while the caller goes on; summed again inside it if anyone changed rows in between.
    if (!paused(db) || db.inTransaction())
        return;
    const qint64 dataVersion = db.scalar("PRAGMA data_version");
    const qint64 totalChanges = db.totalChanges();
    m_summing = std::make_unique<Summing>(db, dataVersion, totalChanges);
}

Resumption::~Resumption() = default;

void Resumption::finish() {
    std::optional<FactSums> sums;
    if (m_summing) {
        sums = m_summing->summer.collect();
        if (m_db.totalChanges() != m_summing->totalChanges)
            sums.reset();
    }
    Transaction tx(m_db);
    if (!paused(m_db)) { // never paused, or another connection resumed first
        tx.commit();
        return;
    }
    if (!sums || m_db.scalar("PRAGMA data_version") != m_summing->dataVersion)
        sums = sumFacts(m_db);
    write(m_db, std::move(*sums));
    pausedschema::restore(m_db, kPausedTriggers);
    tx.commit();
}

void resume(Database& db) {
    if (!paused(db))
        return;
    Resumption(db).finish();
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
