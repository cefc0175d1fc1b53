#include "store/Schema.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace dockside;

namespace {

QStringList schemaOf(Database& db) {
    QStringList sql;
    Statement s = db.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema "
                             "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    while (s.step())
        sql.append(s.text(0));
    return sql;
}

std::unique_ptr<Database> openDb(const QString& path) {
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return std::move(*db);
}

} // namespace

TEST_CASE("An empty file migrates to the latest schema", "[store][schema]") {
    test::TempFolder folder;
    auto db = openDb(folder.dbPath());
    REQUIRE(schema::migrate(*db).ok());
    CHECK(schema::currentVersion(*db) == schema::latestVersion());
    CHECK(db->scalar("PRAGMA application_id") == schema::kApplicationId);
    // Every table is STRICT.
    Statement s = db->prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' AND strict = 0");
    QStringList notStrict;
    while (s.step())
        notStrict.append(s.text(0));
    CHECK(notStrict.isEmpty());
    // Migrating again is a no-op.
    REQUIRE(schema::migrate(*db).ok());
}

TEST_CASE("Every earlier version migrates to the same schema as a new database", "[store][schema]") {
    test::TempFolder folder;
    auto fresh = openDb(folder.path(QStringLiteral("fresh.db")));
    REQUIRE(schema::migrate(*fresh).ok());
    const QStringList expected = schemaOf(*fresh);
    for (int version = 1; version < schema::latestVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version) {
            const QString path = folder.path(QStringLiteral("v%1.db").arg(version));
            {
                auto old = openDb(path);
                REQUIRE(schema::migrate(*old, version).ok());
                CHECK(schema::currentVersion(*old) == version);
                old->exec("INSERT INTO station (id, code, name, created_at) VALUES (1, 'OLD-D01', 'Old', 1)");
            }
            auto db = openDb(path);
            REQUIRE(schema::migrate(*db).ok());
            CHECK(schema::currentVersion(*db) == schema::latestVersion());
            CHECK(schemaOf(*db) == expected);
            CHECK(db->scalar("SELECT count(*) FROM station WHERE code = 'OLD-D01'") == 1); // data kept
        }
    }
}

TEST_CASE("Migration 11 keeps every item's photos, linked by photo id", "[store][schema]") {
    test::TempFolder folder;
    auto db = openDb(folder.dbPath());
    REQUIRE(schema::migrate(*db, 10).ok());
    db->exec("INSERT INTO station (id, code, name, created_at) VALUES (1, 'OLD-D01', 'Old', 1)");
    db->exec("INSERT INTO users (id, badge, name, role, pin_hash, created_at) VALUES (1, 'U-1', 'W', "
             "'worker', 'x', 1)");
    db->exec(
        "INSERT INTO parcels (id, tracking, dock, received_by, received_at) VALUES (1, 'T1', 'D1', 1, 1)");
    for (int i = 1; i <= 3; ++i)
        db->exec("INSERT INTO items (id, lpn, parcel_id, authorization, status, received_by, received_at) "
                 "VALUES (" +
                 std::to_string(i) + ", 'OLD-D01-000000" + std::to_string(i) +
                 "-X', 1, 'blind', 'open', 1, 1)");
    const std::string a(64, 'a'), b(64, 'b');
    db->exec("INSERT INTO photos (sha256, mime, bytes, created_at, uploaded) VALUES ('" + b +
             "', 'image/jpeg', 20, 2, 1), ('" + a + "', 'image/png', 10, 1, 0)");
    db->exec("INSERT INTO item_photos (item_id, sha256) VALUES (1, '" + a + "'), (1, '" + b + "'), (2, '" +
             a + "')");

    REQUIRE(schema::migrate(*db).ok());
    Statement links =
        db->prepare("SELECT l.item_id, p.sha256, p.mime, p.bytes, p.uploaded FROM item_photos l "
                    "JOIN photos p ON p.id = l.photo_id ORDER BY l.item_id, p.sha256");
    QStringList rows;
    while (links.step())
        rows.append(QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(links.int64(0))
                        .arg(links.text(1).left(1), links.text(2))
                        .arg(links.int64(3))
                        .arg(links.int64(4)));
    CHECK(rows == QStringList{QStringLiteral("1 a image/png 10 0"), QStringLiteral("1 b image/jpeg 20 1"),
                              QStringLiteral("2 a image/png 10 0")});
    Statement dangling = db->prepare("PRAGMA foreign_key_check");
    CHECK_FALSE(dangling.step());
}

TEST_CASE("A failing migration leaves the previous version intact", "[store][schema]") {
    if (schema::latestVersion() < 2)
        return;
    test::TempFolder folder;
    auto db = openDb(folder.dbPath());
    REQUIRE(schema::migrate(*db, 1).ok());
    db->exec("CREATE INDEX queue_status_cause ON queue(status)"); // collides with migration 2
    const Status result = schema::migrate(*db);
    REQUIRE_FALSE(result.ok());
    CHECK(schema::currentVersion(*db) == 1);
}

TEST_CASE("Databases of other programs and of newer Docksides are refused", "[store][schema]") {
    test::TempFolder folder;
    {
        auto other = openDb(folder.path(QStringLiteral("other.db")));
        other->exec("CREATE TABLE invoices (id INTEGER)");
        const Status result = schema::migrate(*other);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == QLatin1String("not_dockside"));
        CHECK(other->scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'station'") == 0);
    }
    {
        auto newer = openDb(folder.path(QStringLiteral("newer.db")));
        REQUIRE(schema::migrate(*newer).ok());
        newer->exec("PRAGMA user_version = " + std::to_string(schema::latestVersion() + 1));
        const Status result = schema::migrate(*newer);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == QLatin1String("newer_schema"));
    }
}
