// Benchmarks of the station store on a large database (see README.md here).
//
//   dockside-cli --db big.db init --station BEN-D01 && dockside-cli --db big.db demo --items 1000000
//   bench_store --db big.db [--samples 2000]
//
// Measures: receiving one item (authorization + grade + disposition + events, one committed
// transaction), look-ups of scanned codes, and the first page of the inspection queue.
#include "services/Catalog.h"
#include "services/InspectionQueue.h"
#include "services/Lookup.h"
#include "services/Receiving.h"
#include "services/Users.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace dockside;
using namespace dockside::bench;

namespace {

void report(const char* what, const Figures& f) {
    std::printf("%-44s median %8.3f ms   p99 %8.3f ms   max %8.3f ms\n", what, f.median, f.p99, f.max);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString& message) {
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    if (dbAt < 0 || dbAt + 1 >= args.size())
        die(QStringLiteral("usage: bench_store --db FILE [--samples N]"));
    const qsizetype samplesAt = args.indexOf(QStringLiteral("--samples"));
    const int samples = samplesAt > 0 ? args.value(samplesAt + 1).toInt() : 2000;
    auto opened = Station::open(args[dbAt + 1]);
    if (!opened)
        die(opened.error().message);
    Station& station = **opened;
    Database& db = station.db();
    std::printf("database: %s, %lld items, %lld open in the queue\n", qPrintable(station.databasePath()),
                db.scalar("SELECT count(*) FROM items"),
                db.scalar("SELECT count(*) FROM queue WHERE status = 'open'"));

    // Look-ups of codes that exist, drawn at random from the store.
    const int n = std::max(samples, 100);
    const QStringList trackings = sample(db, "SELECT tracking FROM parcels ORDER BY random() LIMIT ?", n);
    const QStringList rmas = sample(db, "SELECT rma FROM rmas ORDER BY random() LIMIT ?", n);
    const QStringList lpns = sample(db, "SELECT lpn FROM items ORDER BY random() LIMIT ?", n);
    const QStringList serials =
        sample(db, "SELECT serial FROM items WHERE serial IS NOT NULL ORDER BY random() LIMIT ?", n);
    auto lookups = [&](const QStringList& codes) {
        return [&station, &codes](int i) {
            auto found = lookupScan(station, codes[i % codes.size()]);
            if (!found || !found->found())
                die(QStringLiteral("look-up of %1 found nothing").arg(codes[i % codes.size()]));
        };
    };
    report("look-up: tracking number", measure(samples, lookups(trackings)));
    report("look-up: RMA code", measure(samples, lookups(rmas)));
    report("look-up: LPN", measure(samples, lookups(lpns)));
    report("look-up: serial", measure(samples, lookups(serials)));

    InspectionQueue queue(station);
    QueueFilter first;
    report("queue: first page of 50", measure(200, [&](int) { (void)queue.list(first); }));
    QueueFilter byCause;
    byCause.cause = cause::HighValue;
    report("queue: first page, cause high_value", measure(200, [&](int) { (void)queue.list(byCause); }));
    QueueFilter searched;
    report("queue: search by LPN", measure(200, [&](int i) {
               searched.search = lpns[i % lpns.size()];
               (void)queue.list(searched);
           }));
    QueueFilter deep;
    deep.offset = 40000;
    report("queue: page at offset 40000", measure(50, [&](int) { (void)queue.list(deep); }));

    // Receiving: fresh RMAs so every item is authorized, then one committed transaction each.
    auto worker = Users(station).list();
    const auto workerIt =
        std::find_if(worker.cbegin(), worker.cend(), [](const User& u) { return u.role == Role::Worker; });
    if (workerIt == worker.cend())
        die(QStringLiteral("the database has no worker"));
    QList<Product> products;
    {
        Statement s = db.prepare("SELECT sku FROM products WHERE returnable = 1 ORDER BY sku LIMIT 50");
        Catalog catalog(db);
        QStringList skus;
        while (s.step())
            skus.append(s.text(0));
        for (const QString& sku : skus)
            products.append(*catalog.productBySku(sku));
    }
    const Millis now = nowMillis();
    {
        Transaction tx(db);
        Catalog catalog(db);
        for (int i = 0; i < samples; ++i) {
            const Product& p = products[i % products.size()];
            Rma rma;
            rma.rma = QStringLiteral("RMA-2099-%1")
                          .arg(static_cast<qint64>(now % 1000000) * 10000 + i, 10, 10, QLatin1Char('0'));
            rma.status = QStringLiteral("authorized");
            rma.reasonCode = QStringLiteral("changed_mind");
            rma.createdAt = now - kMillisPerDay;
            rma.expiresAt = now + 30 * kMillisPerDay;
            rma.updatedAt = rma.createdAt;
            rma.lines = {RmaLine{1, p.sku, p.gtins.value(0), 1, {}, p.unitValue}};
            catalog.upsertRma(rma);
        }
        tx.commit();
    }
    Receiving receiving(station, *workerIt);
    std::vector<qint64> parcels;
    for (int i = 0; i < samples; ++i) {
        const QString code =
            QStringLiteral("RMA-2099-%1")
                .arg(static_cast<qint64>(now % 1000000) * 10000 + i, 10, 10, QLatin1Char('0'));
        auto parcel = receiving.openParcel(code);
        if (!parcel)
            die(parcel.error().message);
        parcels.push_back(parcel->id);
    }
    // As the GUI does: checkpoints between scans (its idle timer), not inside a confirm.
    db.setAutoCheckpoint(false);
    // As the GUI does: checkpoints between scans (its idle timer), never inside a confirm.
    db.setAutoCheckpoint(false);
    Inspection inspection;
    inspection.grade = Grade::A;
    inspection.observedReason = observed::AsDescribed;
    report("receive one item (one transaction, fsync)",
           measure(
               samples,
               [&](int i) {
                   const Product& p = products[i % products.size()];
                   auto item = receiving.receiveItem(parcels[static_cast<std::size_t>(i)],
                                                     p.gtins.value(0).mid(1), inspection);
                   if (!item)
                       die(item.error().message);
               },
               [&](int i) {
                   if (i % 20 == 0)
                       db.checkpoint(); // what the GUI's idle timer does between scans
               }));
    return 0;
}
