#include "services/DemoData.h"

#include "services/IntegrityCheck.h"
#include "services/Reports.h"
#include "store/PausedSchema.h"
#include "store/ReportFacts.h"

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

// The SQL of every trigger or index, by name.
QStringList schemaObjects(Database& db, const char* type) {
    QStringList sql;
    Statement s =
        db.prepare("SELECT name || ': ' || sql FROM sqlite_schema WHERE type = ? AND sql IS NOT NULL "
                   "ORDER BY name");
    s.bind(1, QString::fromLatin1(type));
    while (s.step())
        sql.append(s.text(0));
    return sql;
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
    // The analytics summary was rebuilt once at the end, exactly, and its triggers are back.
    CHECK(*rebuildReportFacts(*a));
    CHECK_FALSE(reportfacts::paused(db));
    // So are the indexes it built once at the end.
    CHECK_FALSE(pausedschema::indexesPaused(db));
    auto fresh = Station::init(folder.path(QStringLiteral("fresh.db")), QStringLiteral("DEM-D02"), {});
    REQUIRE(fresh.ok());
    CHECK(schemaObjects(db, "trigger") == schemaObjects((*fresh)->db(), "trigger"));
    CHECK(schemaObjects(db, "index") == schemaObjects((*fresh)->db(), "index"));
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

TEST_CASE("A bulk load killed with triggers and indexes paused is healed when the station opens",
          "[demo][reports]") {
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("killed.db"));
    QStringList indexes;
    {
        auto station = demoStation(folder, QStringLiteral("killed.db"), 7, 60);
        Database& db = station->db();
        indexes = schemaObjects(db, "index");
        reportfacts::pause(db);
        pausedschema::pauseIndexes(db, {"items_sku", "queue_status_created", "no_such_index"});
        // What the load went on to change while paused: the summary no longer follows.
        db.exec("UPDATE items SET grade = 'D' WHERE id IN (1, 2, 3)");
        CHECK(reportfacts::paused(db));
        CHECK(pausedschema::indexesPaused(db));
        CHECK(schemaObjects(db, "index").size() == indexes.size() - 2);
    } // killed here: the triggers' and indexes' SQL waits in paused_triggers and paused_indexes
    auto reopened = Station::open(path);
    REQUIRE(reopened.ok());
    Database& db = (*reopened)->db();
    CHECK_FALSE(reportfacts::paused(db));
    CHECK_FALSE(pausedschema::indexesPaused(db));
    CHECK(schemaObjects(db, "index") == indexes);
    CHECK(db.scalar("SELECT count(*) FROM items INDEXED BY items_sku WHERE sku IS NOT NULL") ==
          db.scalar("SELECT count(*) FROM items WHERE sku IS NOT NULL"));
    CHECK(*rebuildReportFacts(**reopened)); // already exact
    // And the triggers work again.
    db.exec("UPDATE items SET grade = 'C' WHERE id = 4");
    CHECK(*rebuildReportFacts(**reopened));
}

TEST_CASE("Resuming the analytics triggers sums the items on parallel readers, and exactly",
          "[demo][reports]") {
    test::TempFolder folder;
    auto station = demoStation(folder, QStringLiteral("parallel.db"), 11, 300);
    Database& db = station->db();
    reportfacts::pause(db);
    // Changes the summary does not follow while paused, in items of every reader's share.
    db.exec("UPDATE items SET grade = 'D' WHERE id % 7 = 0");
    db.exec("DELETE FROM report_facts WHERE figure = 'status' OR day % 3 = 0");
    {
        // Several readers for 300 items, as for 100k by default.
        struct ReaderShare {
            ReaderShare() { reportfacts::setMinItemsPerReader(40); }
            ~ReaderShare() { reportfacts::setMinItemsPerReader(50000); }
        } share;
        reportfacts::resume(db);
    }
    CHECK_FALSE(reportfacts::paused(db));
    CHECK(*rebuildReportFacts(*station)); // already exact
    db.exec("UPDATE items SET grade = 'C' WHERE id = 4");
    CHECK(*rebuildReportFacts(*station)); // and the triggers are back
}

TEST_CASE("The demo makes as many items as asked, also when a seed draws few items per RMA", "[demo]") {
    test::TempFolder folder;
    // Seed 12 drew 299 items from the RMAs counted for 300; demoStation checks the count.
    auto station = demoStation(folder, QStringLiteral("few.db"), 12, 300);
    CHECK(station->db().scalar("SELECT count(*) FROM items") == 300);
}
