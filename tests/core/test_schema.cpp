#include "store/Schema.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <sqlite3.h>

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

// A station of an earlier schema with one worker and one parcel, for items to refer to.
void seedOldStation(Database& db) {
    db.exec("INSERT INTO station (id, code, name, created_at) VALUES (1, 'OLD-D01', 'Old', 1)");
    db.exec("INSERT INTO users (id, badge, name, role, pin_hash, created_at) VALUES (1, 'U-1', 'W', "
            "'worker', 'x', 1)");
    db.exec(
        "INSERT INTO parcels (id, tracking, dock, received_by, received_at) VALUES (1, 'T1', 'D1', 1, 1)");
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
    seedOldStation(*db);
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

TEST_CASE("Migration 12 keeps every CHECK rule without IN lists, and queue rows still copy their item",
          "[store][schema]") {
    test::TempFolder folder;
    auto db = openDb(folder.dbPath());
    REQUIRE(schema::migrate(*db, 11).ok());
    seedOldStation(*db);
    db->exec("INSERT INTO items (id, lpn, parcel_id, authorization, status, grade, disposition, unit_value, "
             "received_by, received_at) VALUES (1, 'OLD-D01-0000001-X', 1, 'authorized', 'in_review', 'B', "
             "'open_box', 5000, 1, 1)");
    REQUIRE(schema::migrate(*db).ok());
    CHECK(db->scalar("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'") == 0);

    // SQLite builds a temporary index per row for a CHECK with three or more listed values.
    const QRegularExpression threeOrMore(QStringLiteral(R"(IN \('[^']*'(, '[^']*'){2,}\))"));
    QStringList withLists;
    for (const QString& sql : schemaOf(*db))
        if (threeOrMore.match(sql).hasMatch())
            withLists.append(sql.section(QLatin1Char(':'), 0, 0));
    CHECK(withLists.isEmpty());
    CHECK(schemaOf(*db).filter(QStringLiteral("IN ('open', 'done')")).size() == 1); // two values stay

    const auto accepted = [&](const std::string& sql) {
        try {
            db->exec("SAVEPOINT probe; " + sql + "; ROLLBACK TO probe; RELEASE probe");
            return true;
        } catch (const StoreError& e) {
            db->exec("ROLLBACK TO probe; RELEASE probe");
            CHECK(e.sqliteCode() == SQLITE_CONSTRAINT_CHECK);
            return false;
        }
    };
    CHECK(accepted("UPDATE items SET grade = 'X', refund_decision = 'deny'"));
    CHECK(accepted("UPDATE items SET grade = NULL, refund_decision = NULL"));
    CHECK_FALSE(accepted("UPDATE items SET grade = 'E'"));
    CHECK_FALSE(accepted("UPDATE items SET grade = 'a'"));
    CHECK_FALSE(accepted("UPDATE items SET refund_decision = 'some'"));
    CHECK(accepted("UPDATE users SET role = 'admin'"));
    CHECK_FALSE(accepted("UPDATE users SET role = 'boss'"));
    CHECK_FALSE(
        accepted("INSERT INTO rmas (rma, status, created_at, updated_at) VALUES ('R', 'lost', 1, 1)"));
    CHECK(accepted("INSERT INTO rmas (rma, status, created_at, updated_at) VALUES ('R', 'closed', 1, 1)"));
    CHECK_FALSE(accepted("INSERT INTO regrades (item_id, reason, first_grade, first_by, requested_at, grade) "
                         "VALUES (1, 'sample', 'B', 1, 1, 'F')"));

    // A queue row written without the item's values gets them from the trigger.
    db->exec(
        "INSERT INTO queue (item_id, cause, causes, created_at) VALUES (1, 'high_value', 'high_value', 2)");
    Statement row = db->prepare("SELECT grade, disposition, received_by, unit_value, worker_grade, "
                                "worker_disposition, status FROM queue");
    REQUIRE(row.step());
    CHECK(row.text(0) == QLatin1String("B"));
    CHECK(row.text(1) == QLatin1String("open_box"));
    CHECK(row.int64(2) == 1);
    CHECK(row.int64(3) == 5000);
    CHECK(row.text(4) == QLatin1String("B"));
    CHECK(row.text(5) == QLatin1String("open_box"));
    CHECK(row.text(6) == QLatin1String("open"));
    row.reset();
    CHECK_FALSE(accepted("UPDATE queue SET status = 'lost'"));
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
