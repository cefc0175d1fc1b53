// The supervisor's queue on a large station (see README.md here): the first page under every
// filter and sort, searches by each key, and the table model scrolled to random rows.
//
//   bench_queue --db big.db [--samples 200]
//
// Budgets (issue 5, with 1M items / 50k queued): first page with any filter < 50 ms, search
// < 30 ms, scrolling to any row < 50 ms.
#include "QueueModel.h"

#include "services/InspectionQueue.h"

#include "BenchSupport.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace dockside;
using namespace dockside::bench;

namespace {

double worst = 0;
void report(const QString& what, const Figures& f, double budget) {
    std::printf("%-52s median %7.2f ms  p99 %7.2f ms  max %7.2f ms  %s\n", qPrintable(what), f.median, f.p99,
                f.max, f.p99 < budget ? "ok" : "OVER BUDGET");
    std::fflush(stdout);
    worst = std::max(worst, f.p99 / budget);
}

[[noreturn]] void die(const QString& message) {
    std::fprintf(stderr, "bench_queue: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    if (dbAt < 0 || dbAt + 1 >= args.size())
        die(QStringLiteral("usage: bench_queue --db FILE [--samples N]"));
    const qsizetype samplesAt = args.indexOf(QStringLiteral("--samples"));
    const int samples = samplesAt > 0 ? std::max(10, args.value(samplesAt + 1).toInt()) : 200;
    auto opened = Station::open(args[dbAt + 1]);
    if (!opened)
        die(opened.error().message);
    Station& station = **opened;
    Database& db = station.db();
    const qint64 open = db.scalar("SELECT count(*) FROM queue WHERE status = 'open'");
    std::printf("database: %s, %lld items, %lld open in the queue\n", qPrintable(station.databasePath()),
                db.scalar("SELECT count(*) FROM items"), open);
    InspectionQueue queue(station);

    // The first page under each filter, as the table asks for it (count + page of 100).
    Statement someWorker =
        db.prepare("SELECT u.badge FROM queue q JOIN users u ON u.id = q.received_by "
                   "WHERE q.status = 'open' GROUP BY u.badge ORDER BY count(*) DESC LIMIT 1");
    const QString worker = someWorker.step() ? someWorker.text(0) : QString();
    std::vector<std::pair<QString, QueueFilter>> filters;
    auto add = [&](const QString& name, const std::function<void(QueueFilter&)>& set) {
        QueueFilter f;
        f.limit = QueueModel::kPageSize;
        set(f);
        filters.emplace_back(name, f);
    };
    add(QStringLiteral("open, oldest first"), [](QueueFilter&) {});
    add(QStringLiteral("all statuses"), [](QueueFilter& f) { f.status.clear(); });
    add(QStringLiteral("cause high_value"), [](QueueFilter& f) { f.cause = cause::HighValue; });
    add(QStringLiteral("grade C"), [](QueueFilter& f) { f.grade = QStringLiteral("C"); });
    add(QStringLiteral("disposition liquidate"),
        [](QueueFilter& f) { f.disposition = QStringLiteral("liquidate"); });
    add(QStringLiteral("category electronics (parent)"),
        [](QueueFilter& f) { f.category = QStringLiteral("electronics"); });
    add(QStringLiteral("worker ") + worker, [&](QueueFilter& f) { f.worker = worker; });
    add(QStringLiteral("value 100.00-500.00"), [](QueueFilter& f) {
        f.minValue = 10000;
        f.maxValue = 50000;
    });
    add(QStringLiteral("older than 7 days"), [](QueueFilter& f) { f.minAgeHours = 168; });
    add(QStringLiteral("younger than 7 days (rare)"), [](QueueFilter& f) { f.maxAgeHours = 168; });
    add(QStringLiteral("grade B + electronics + value >= 50"), [](QueueFilter& f) {
        f.grade = QStringLiteral("B");
        f.category = QStringLiteral("electronics");
        f.minValue = 5000;
    });
    add(QStringLiteral("cause fraud_flag + worker"), [&](QueueFilter& f) {
        f.cause = cause::FraudFlag;
        f.worker = worker;
    });
    for (const QString& key : QueueFilter::sortKeys())
        for (bool desc : {false, true})
            add(QStringLiteral("sorted by %1%2").arg(key, desc ? QStringLiteral(" desc") : QString()),
                [&](QueueFilter& f) {
                    f.sort = key;
                    f.descending = desc;
                });
    add(QStringLiteral("all statuses sorted by value desc"), [](QueueFilter& f) {
        f.status.clear();
        f.sort = QStringLiteral("value");
        f.descending = true;
    });
    for (const auto& [name, filter] : filters)
        report(QStringLiteral("first page: ") + name,
               measure(samples,
                       [&](int) {
                           if (!queue.list(filter))
                               die(QStringLiteral("list failed: ") + name);
                       }),
               50);

    // Searches by each key of queued items.
    const int n = std::max(samples, 50);
    const char* keys[][2] = {
        {"LPN", "SELECT i.lpn FROM queue q JOIN items i ON i.id = q.item_id ORDER BY random() LIMIT ?"},
        {"tracking",
         "SELECT p.tracking FROM queue q JOIN items i ON i.id = q.item_id JOIN parcels p ON p.id = "
         "i.parcel_id ORDER BY random() LIMIT ?"},
        {"RMA", "SELECT i.rma FROM queue q JOIN items i ON i.id = q.item_id WHERE i.rma IS NOT NULL ORDER BY "
                "random() LIMIT ?"},
        {"serial", "SELECT i.serial FROM queue q JOIN items i ON i.id = q.item_id WHERE i.serial IS NOT NULL "
                   "ORDER BY random() LIMIT ?"},
        {"SKU (hundreds of matches)",
         "SELECT i.sku FROM queue q JOIN items i ON i.id = q.item_id WHERE i.sku IS "
         "NOT NULL ORDER BY random() LIMIT ?"},
    };
    for (const auto& [label, sql] : keys) {
        const QStringList codes = sample(db, sql, n);
        if (codes.isEmpty())
            continue;
        QueueFilter f;
        f.status.clear();
        f.limit = QueueModel::kPageSize;
        report(QStringLiteral("search by %1").arg(QLatin1String(label)),
               measure(samples,
                       [&](int i) {
                           f.search = codes[i % codes.size()];
                           auto page = queue.list(f); // once: the figure is one search
                           if (!page || page->total == 0)
                               die(QStringLiteral("search found nothing: ") + f.search);
                       }),
               30);
    }
    {
        const QStringList skus = sample(db, keys[4][1], n);
        QueueFilter f;
        f.limit = QueueModel::kPageSize;
        report(QStringLiteral("search by SKU, open items only"),
               measure(samples,
                       [&](int i) {
                           f.search = skus[i % skus.size()];
                           (void)queue.list(f);
                       }),
               30);
    }
    {
        const QStringList lpns = sample(db, keys[0][1], n);
        QueueFilter f;
        f.status.clear();
        f.limit = QueueModel::kPageSize;
        report(QStringLiteral("search by LPN prefix (12 chars*)"),
               measure(samples,
                       [&](int i) {
                           f.search = lpns[i % lpns.size()].left(12) + QLatin1Char('*');
                           (void)queue.list(f);
                       }),
               30);
    }

    // The model: a filter change (count + first row), then a jump to a random row (its page).
    QueueModel model(station);
    report(QStringLiteral("model: set filter + first row"),
           measure(samples,
                   [&](int i) {
                       QueueFilter f;
                       f.cause = i % 2 ? cause::HighValue : QString();
                       model.setFilter(f);
                       (void)model.index(0, QueueModel::Lpn).data();
                   }),
           50);
    model.setFilter(QueueFilter{});
    const int rows = model.rowCount();
    std::srand(7);
    for (const char* sort : {"queued_at", "value"}) {
        QueueFilter f;
        f.sort = QLatin1String(sort);
        model.setFilter(f);
        report(QStringLiteral("model: scroll to a random row of %1 (%2)").arg(rows).arg(QLatin1String(sort)),
               measure(samples,
                       [&](int) {
                           const int row = std::rand() % std::max(1, rows);
                           model.refresh(); // no cached page: the worst case
                           if (model.index(row, QueueModel::Lpn).data().toString().isEmpty())
                               die(QStringLiteral("row %1 is empty").arg(row));
                       }),
               50);
    }
    std::printf("worst p99 / budget: %.2f\n", worst);
    return worst < 1 ? 0 : 1;
}
