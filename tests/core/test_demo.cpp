#include "services/DemoData.h"

#include "services/IntegrityCheck.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace dockside;

namespace {

std::unique_ptr<Station> demoStation(const test::TempFolder& folder, const QString& name, quint32 seed,
                                     qint64 items) {
    auto station = Station::init(folder.path(name), QStringLiteral("DEM-D01"), QStringLiteral("Demo"));
    REQUIRE(station.ok());
    REQUIRE((*station)->setSetting(setting::PinIterations, QStringLiteral("1000")).ok());
    DemoOptions options;
    options.items = items;
    options.seed = seed;
    options.end = test::StationFixture::kNow;
    auto counts = loadDemoData(**station, options);
    REQUIRE(counts.ok());
    CHECK(counts->items == items);
    return std::move(*station);
}

QStringList itemFingerprint(Station& station) {
    QStringList rows;
    Statement s = station.db().prepare("SELECT lpn || sku || coalesce(serial, '') || grade || disposition || "
                                       "refund_decision || received_at FROM items ORDER BY lpn");
    while (s.step())
        rows.append(s.text(0));
    return rows;
}

} // namespace

TEST_CASE("Demo data goes through the real workflow and is deterministic per seed", "[demo]") {
    test::TempFolder folder;
    auto a = demoStation(folder, QStringLiteral("a.db"), 42, 300);
    auto b = demoStation(folder, QStringLiteral("b.db"), 42, 300);
    auto c = demoStation(folder, QStringLiteral("c.db"), 43, 300);
    CHECK(itemFingerprint(*a) == itemFingerprint(*b));
    CHECK(itemFingerprint(*a) != itemFingerprint(*c));
    CHECK(checkIntegrity(*a).ok());
    Database& db = a->db();
    // A realistic mix: several grades, dispositions, exceptions and a queue.
    CHECK(db.scalar("SELECT count(DISTINCT grade) FROM items") >= 4);
    CHECK(db.scalar("SELECT count(DISTINCT disposition) FROM items") >= 4);
    CHECK(db.scalar("SELECT count(*) FROM items WHERE authorization <> 'authorized'") > 0);
    CHECK(db.scalar("SELECT count(*) FROM queue WHERE status = 'open'") > 0);
    CHECK(db.scalar("SELECT count(*) FROM products") >= 200);
    // Every item has its events: the demo used the workflow, not raw inserts.
    CHECK(db.scalar("SELECT count(*) FROM items i WHERE NOT EXISTS (SELECT 1 FROM event_log e WHERE "
                    "e.entity_id = i.lpn "
                    "AND e.type = 'item.graded')") == 0);
    // A second demo into the same station is refused and changes nothing.
    const qint64 events = db.scalar("SELECT count(*) FROM events");
    DemoOptions again;
    again.items = 10;
    CHECK_FALSE(loadDemoData(*a, again).ok());
    CHECK(db.scalar("SELECT count(*) FROM events") == events);
}
