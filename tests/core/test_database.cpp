#include "store/Database.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cstdio>
#include <string>

using namespace dockside;

namespace {

// A real database file in a temporary folder, opened with the station's connection settings.
struct ScratchDatabase {
    ScratchDatabase()
        : opened(Database::open(folder.dbPath())) {
        REQUIRE(opened.ok());
    }
    Database& db() { return **opened; }
    test::TempFolder folder;
    Result<std::unique_ptr<Database>> opened;
};

} // namespace

TEST_CASE("Database opens a real file with the station's connection settings", "[store]") {
    ScratchDatabase scratch;
    Database& d = scratch.db();
    d.enableWal();
    Statement mode = d.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QLatin1String("wal"));
    CHECK(d.scalar("PRAGMA synchronous") == 2); // FULL
    CHECK(d.scalar("PRAGMA foreign_keys") == 1);
    CHECK(d.scalar("PRAGMA busy_timeout") == 5000);
}

TEST_CASE("Statement binds and reads every type, NULLs included", "[store]") {
    ScratchDatabase scratch;
    Database& d = scratch.db();
    d.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB) STRICT");
    d.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        .bindAll(qint64(1) << 40, 2.5, QStringLiteral("Zürich ✓"), QByteArray("\x00\x01", 2))
        .run();
    d.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        .bindAll(std::optional<qint64>(), nullptr, QString(), QByteArray())
        .run();
    Statement s = d.prepare("SELECT i, r, s, b FROM t ORDER BY rowid");
    REQUIRE(s.step());
    CHECK(s.int64(0) == (qint64(1) << 40));
    CHECK(s.real(1) == 2.5);
    CHECK(s.text(2) == QStringLiteral("Zürich ✓"));
    CHECK(s.blob(3) == QByteArray("\x00\x01", 2));
    REQUIRE(s.step());
    CHECK(s.isNull(0));
    CHECK(s.isNull(2));
    CHECK(s.text(2).isNull());
    CHECK_FALSE(s.optionalInt64(0).has_value());
    CHECK_FALSE(s.step());
}

TEST_CASE("Texts bind as the same UTF-8 whatever their length and characters", "[store]") {
    ScratchDatabase scratch;
    Database& d = scratch.db();
    d.exec("CREATE TABLE t (s TEXT) STRICT");
    // Short ASCII goes through a buffer on the stack, the rest through QString::toUtf8: both
    // sides of the 256-character boundary, a non-ASCII letter early and late, an empty text
    // (not NULL) and an embedded NUL.
    const QList<QString> texts{QString(QLatin1String("")),
                               QStringLiteral("DEMO1-000000123-4"),
                               QString(256, QLatin1Char('a')),
                               QString(257, QLatin1Char('b')),
                               QStringLiteral("é") + QString(10, QLatin1Char('c')),
                               QString(255, QLatin1Char('d')) + QStringLiteral("€"),
                               QString(300, QLatin1Char('e')) + QStringLiteral("✓"),
                               QStringLiteral("a") + QChar(0) + QStringLiteral("b")};
    for (const QString& text : texts)
        d.cached("INSERT INTO t VALUES (?)").bindAll(text).run();
    Statement s = d.prepare("SELECT s, length(CAST(s AS BLOB)) FROM t ORDER BY rowid");
    for (const QString& text : texts) {
        CAPTURE(text.size());
        REQUIRE(s.step());
        CHECK_FALSE(s.isNull(0));
        CHECK(s.text(0) == text);
        CHECK(s.int64(1) == text.toUtf8().size());
    }
    CHECK_FALSE(s.step());
}

TEST_CASE("Store errors carry SQLite's text and the statement", "[store]") {
    test::TempFolder folder;
    auto db = Database::open(folder.dbPath());
    REQUIRE(db.ok());
    try {
        (*db)->prepare("SELECT nope FROM nowhere");
        FAIL("prepare should have thrown");
    } catch (const StoreError& e) {
        CHECK_THAT(e.what(), Catch::Contains("no such table: nowhere"));
        CHECK_THAT(e.what(), Catch::Contains("SELECT nope"));
    }
    (*db)->exec("CREATE TABLE u (k TEXT PRIMARY KEY) STRICT; INSERT INTO u VALUES ('a')");
    try {
        (*db)->prepare("INSERT INTO u VALUES ('a')").run();
        FAIL("duplicate key should have thrown");
    } catch (const StoreError& e) {
        CHECK((e.sqliteCode() & 0xff) == 19); // SQLITE_CONSTRAINT
        CHECK_THAT(e.what(), Catch::Contains("UNIQUE"));
    }
}

TEST_CASE("Transaction rolls back unless committed, and nests as savepoints", "[store]") {
    ScratchDatabase scratch;
    Database& d = scratch.db();
    d.exec("CREATE TABLE t (v INTEGER) STRICT");
    {
        Transaction tx(d);
        d.exec("INSERT INTO t VALUES (1)");
    } // no commit: rolled back
    CHECK(d.scalar("SELECT count(*) FROM t") == 0);
    {
        Transaction outer(d);
        d.exec("INSERT INTO t VALUES (1)");
        {
            Transaction inner(d);
            d.exec("INSERT INTO t VALUES (2)");
        } // the inner savepoint rolls back alone
        {
            Transaction inner(d);
            d.exec("INSERT INTO t VALUES (3)");
            inner.commit();
        }
        outer.commit();
    }
    Statement s = d.prepare("SELECT v FROM t ORDER BY v");
    QList<qint64> values;
    while (s.step())
        values.append(s.int64(0));
    CHECK(values == QList<qint64>{1, 3});
    CHECK_FALSE(d.inTransaction());
}

TEST_CASE("In a bulk load nested transactions join the outer one, and a failed one fails it all", "[store]") {
    ScratchDatabase scratch;
    Database& d = scratch.db();
    d.exec("CREATE TABLE t (v INTEGER) STRICT");
    d.setBulkLoad(true);
    const auto values = [&d] {
        Statement s = d.prepare("SELECT v FROM t ORDER BY v");
        QList<qint64> v;
        while (s.step())
            v.append(s.int64(0));
        return v;
    };

    SECTION("committed steps are kept") {
        {
            Transaction outer(d);
            for (int v : {1, 2}) {
                Transaction inner(d);
                d.exec("INSERT INTO t VALUES (" + std::to_string(v) + ")");
                inner.commit();
            }
            outer.commit();
        }
        CHECK(values() == QList<qint64>{1, 2});
    }
    SECTION("a step that ends without commit makes the outer commit refuse, and nothing is kept") {
        {
            Transaction outer(d);
            {
                Transaction inner(d);
                d.exec("INSERT INTO t VALUES (1)");
                inner.commit();
            }
            {
                Transaction inner(d);
                d.exec("INSERT INTO t VALUES (2)");
            } // no savepoint to roll back to: its row is still there
            try {
                outer.commit();
                FAIL("the outer commit should have refused");
            } catch (const StoreError& e) {
                CHECK_THAT(e.what(), Catch::Contains("bulk load"));
            }
        }
        CHECK(values().isEmpty());
        CHECK_FALSE(d.inTransaction());
        // The next transaction starts clean.
        Transaction tx(d);
        d.exec("INSERT INTO t VALUES (3)");
        tx.commit();
        CHECK(values() == QList<qint64>{3});
    }
    SECTION("a preview keeps its savepoint and rolls back alone") {
        {
            Transaction outer(d);
            d.exec("INSERT INTO t VALUES (1)");
            {
                Transaction preview(d, Transaction::Purpose::Preview);
                d.exec("INSERT INTO t VALUES (2)");
            }
            outer.commit();
        }
        CHECK(values() == QList<qint64>{1});
    }
    SECTION("outside a bulk load a nested transaction is a savepoint again") {
        d.setBulkLoad(false);
        {
            Transaction outer(d);
            d.exec("INSERT INTO t VALUES (1)");
            {
                Transaction inner(d);
                d.exec("INSERT INTO t VALUES (2)");
            }
            outer.commit();
        }
        CHECK(values() == QList<qint64>{1});
    }
}
TEST_CASE("A file that is not SQLite is refused with a clear message", "[store]") {
    test::TempFolder folder;
    QFile file(folder.path(QStringLiteral("notes.db")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto db = Database::open(file.fileName());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == QLatin1String("not_a_database"));
    CHECK_THAT(db.error().message.toStdString(), Catch::Contains("not a Dockside"));
}

TEST_CASE("A read-only connection refuses writes with a readable error", "[store]") {
    test::TempFolder folder;
    {
        auto db = Database::open(folder.dbPath());
        REQUIRE(db.ok());
        (*db)->exec("CREATE TABLE t (v INTEGER) STRICT");
    }
    auto ro = Database::open(folder.dbPath(), Database::Mode::ReadOnly);
    REQUIRE(ro.ok());
    try {
        (*ro)->exec("INSERT INTO t VALUES (1)");
        FAIL("write should fail");
    } catch (const StoreError& e) {
        const Error error = toError(e);
        CHECK(error.code == QLatin1String("read_only"));
        CHECK(error.kind == ErrorKind::Storage);
    }
}

TEST_CASE("Cached statements are reused and reset", "[store]") {
    ScratchDatabase scratch;
    Database& d = scratch.db();
    d.exec("CREATE TABLE t (v INTEGER) STRICT; INSERT INTO t VALUES (1), (2)");
    Statement& first = d.cached("SELECT v FROM t WHERE v = ?");
    first.bind(1, 2);
    REQUIRE(first.step());
    CHECK(first.int64(0) == 2);
    Statement& again = d.cached("SELECT v FROM t WHERE v = ?");
    CHECK(&first == &again);
    again.bind(1, 1);
    REQUIRE(again.step());
    CHECK(again.int64(0) == 1);

    // SQL built at run time may reuse one buffer for different texts: each text has its own.
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "SELECT v + %d FROM t WHERE v = 1", 10);
    Statement& ten = d.cached(buffer);
    REQUIRE(ten.step());
    CHECK(ten.int64(0) == 11);
    std::snprintf(buffer, sizeof buffer, "SELECT v + %d FROM t WHERE v = 1", 20);
    Statement& twenty = d.cached(buffer);
    CHECK(&twenty != &ten);
    REQUIRE(twenty.step());
    CHECK(twenty.int64(0) == 21);
    std::snprintf(buffer, sizeof buffer, "SELECT v + %d FROM t WHERE v = 1", 10);
    CHECK(&d.cached(buffer) == &ten);
    // And the same text from another address is the same statement.
    const std::string copy = "SELECT v FROM t WHERE v = ?";
    CHECK(&d.cached(copy.c_str()) == &first);
}

TEST_CASE("A transaction's memo lives as long as what the connection reads stays the same", "[store]") {
    ScratchDatabase scratch;
    Database& d = scratch.db();
    CHECK(d.transactionMemo("ids") == nullptr); // between statements another connection may commit
    const quint64 before = d.snapshot();
    {
        Transaction tx(d);
        CHECK(d.snapshot() != before);
        d.transactionMemo("ids")->insert(QStringLiteral("a"), 1);
        {
            Transaction kept(d);
            d.transactionMemo("ids")->insert(QStringLiteral("b"), 2);
            kept.commit();
        }
        CHECK(d.transactionMemo("ids")->size() == 2);
        CHECK(d.transactionMemo("other")->isEmpty());
        { Transaction undone(d); } // a rollback may take back what the memo remembers
        CHECK(d.transactionMemo("ids")->isEmpty());
        d.transactionMemo("ids")->insert(QStringLiteral("c"), 3);
        tx.commit();
    }
    CHECK(d.transactionMemo("ids") == nullptr);
    Transaction next(d);
    CHECK(d.transactionMemo("ids")->isEmpty());
}
