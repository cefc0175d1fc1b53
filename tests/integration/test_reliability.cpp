// Backups and restore, a damaged database, a full disk: through the real dockside-cli and the
// core services, on real files. The full disk is real too: the CLI runs with RLIMIT_FSIZE so the
// kernel refuses its writes (EFBIG), which needs neither root nor a tiny file system.

#include "TestSupport.h"

#include "services/Backup.h"
#include "services/EventLog.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <csignal>
#include <sys/resource.h>

using namespace dockside;
using namespace dockside::test;
using namespace Qt::StringLiterals;

namespace {

const QString kShirt = u"4006381333931"_s;

QStringList receive(const QString& db, const QString& parcel) {
    return {u"--db"_s,     db,     u"receive"_s, u"--user"_s, u"U-1001"_s,  u"--pin"_s, u"2468"_s,
            u"--parcel"_s, parcel, u"--item"_s,  kShirt,      u"--grade"_s, u"A"_s};
}

qint64 count(const QString& db, const char* sql) {
    auto opened = Database::open(db, Database::Mode::ReadOnly);
    REQUIRE(opened.ok());
    return (*opened)->scalar(sql);
}

QJsonObject json(const CliRun& run) {
    INFO(run.err.toStdString());
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QFile::Permissions ownerOnly() {
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
}

} // namespace

TEST_CASE("Rotated backups are verified, owner-only and keep the newest N", "[backup]") {
    StationFixture f;
    REQUIRE(f.station->setSetting(setting::BackupKeep, u"2"_s).ok());
    Backups backups(*f.station);
    CHECK(backups.isDue());
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        auto written = backups.runRotated();
        REQUIRE(written.ok());
        files << written->file;
        CHECK(QFileInfo(written->file).permissions() == ownerOnly());
        auto verified = Backups::verify(written->file);
        REQUIRE(verified.ok());
        CHECK(*verified == u"TST-D01"_s);
    }
    CHECK_FALSE(backups.isDue());
    const QList<BackupInfo> kept = backups.list();
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].file == files[2]);
    CHECK(kept[1].file == files[1]);
    CHECK_FALSE(QFileInfo::exists(files[0]));
    CHECK(QFileInfo(kept[0].file).absolutePath() ==
          QFileInfo(Backups::defaultFolder(f.station->databasePath())).absoluteFilePath());
    // The station database is owner-only too (it holds the HQ token and PIN hashes).
    CHECK(QFileInfo(f.station->databasePath()).permissions() == ownerOnly());
}

TEST_CASE("dockside-cli backup and restore", "[backup][cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QString backup = folder.path(u"before.db"_s);
    const CliRun backedUp = runCli({u"--db"_s, db, u"--json"_s, u"backup"_s, u"--to"_s, backup});
    REQUIRE(backedUp.exitCode == 0);
    CHECK(json(backedUp).value(u"station"_s).toString() == u"TST-D01"_s);
    REQUIRE(runCli(receive(db, u"NOLABEL-1"_s)).exitCode == 0);
    REQUIRE(count(db, "SELECT count(*) FROM items") == 1);

    SECTION("a file that is not a Dockside database is refused and nothing changes") {
        const QString other = folder.path(u"other.db"_s);
        {
            auto foreign = Database::open(other);
            REQUIRE(foreign.ok());
            (*foreign)->exec("CREATE TABLE notes (x TEXT)");
        }
        QFile text(folder.path(u"notes.txt"_s));
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("hello, not a database\n");
        text.close();
        for (const QString& bad : {other, text.fileName(), folder.path(u"missing.db"_s)}) {
            const CliRun refused = runCli({u"--db"_s, db, u"restore"_s, bad});
            INFO(refused.err.toStdString());
            CHECK(refused.exitCode != 0);
            CHECK(refused.err.startsWith(u"dockside-cli: "_s));
            CHECK(count(db, "SELECT count(*) FROM items") == 1);
        }
    }

    SECTION("a backup of another station is refused unless asked for") {
        const QString otherDb = folder.path(u"other-station.db"_s);
        REQUIRE(Station::init(otherDb, u"XYZ-D09"_s, u"Elsewhere"_s).ok());
        const CliRun refused = runCli({u"--db"_s, db, u"restore"_s, otherDb});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(u"XYZ-D09"_s));
        CHECK(count(db, "SELECT count(*) FROM items") == 1);
    }

    SECTION("restore brings the backup back, keeps the current database and records the restore") {
        const CliRun restored = runCli({u"--db"_s, db, u"--json"_s, u"restore"_s, backup});
        REQUIRE(restored.exitCode == 0);
        const QString kept = json(restored).value(u"kept"_s).toString();
        CHECK(count(db, "SELECT count(*) FROM items") == 0);
        CHECK(count(db, "SELECT count(*) FROM event_log WHERE type = 'station.restored'") == 1);
        REQUIRE(QFileInfo::exists(kept));
        CHECK(count(kept, "SELECT count(*) FROM items") == 1);
        CHECK(runCli({u"--db"_s, db, u"check"_s}).exitCode == 0);
        // The station works on: the next receive succeeds.
        CHECK(runCli(receive(db, u"NOLABEL-2"_s)).exitCode == 0);
    }

    SECTION("a damaged database: writes stop with a pointer to restore, which repairs it") {
        damageItemsTable(db);
        const CliRun refused = runCli(receive(db, u"NOLABEL-3"_s));
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(u"damaged"_s));
        CHECK(refused.err.contains(u"dockside-cli restore"_s));
        CHECK(runCli({u"--db"_s, db, u"check"_s}).exitCode == 1);

        const CliRun restored = runCli({u"--db"_s, db, u"--json"_s, u"restore"_s, backup});
        INFO(restored.err.toStdString());
        REQUIRE(restored.exitCode == 0);
        CHECK(QFileInfo::exists(json(restored).value(u"kept"_s).toString()));
        CHECK(runCli({u"--db"_s, db, u"check"_s}).exitCode == 0);
        CHECK(runCli(receive(db, u"NOLABEL-4"_s)).exitCode == 0);
    }

    SECTION("rotated backups land beside the database and are listed") {
        const CliRun rotated = runCli({u"--db"_s, db, u"--json"_s, u"backup"_s});
        REQUIRE(rotated.exitCode == 0);
        const QString file = json(rotated).value(u"file"_s).toString();
        CHECK(file.startsWith(QFileInfo(folder.path(u"station-backups"_s)).absoluteFilePath()));
        const CliRun listed = runCli({u"--db"_s, db, u"--json"_s, u"backup"_s, u"--list"_s});
        CHECK(listed.out.contains(QFileInfo(file).fileName()));
    }
}

TEST_CASE("A full disk: a clear message, nothing half-written, and the retry works", "[cli][backup]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    // This connection keeps the WAL and its index alive between CLI runs; with the WAL emptied,
    // the CLI's first write must grow a file, which RLIMIT_FSIZE then refuses.
    auto keeper = Database::open(db);
    REQUIRE(keeper.ok());
    (*keeper)->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    REQUIRE(QFileInfo(db + u"-wal"_s).size() == 0);
    const qint64 events = (*keeper)->scalar("SELECT count(*) FROM events");

    QProcess full;
    full.setProgram(cliPath());
    full.setArguments(QStringList{u"--json"_s} + receive(db, u"NOLABEL-FULL"_s));
    full.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1, 1};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    full.start();
    REQUIRE(full.waitForFinished(30000));
    const QString err = QString::fromUtf8(full.readAllStandardError());
    const QString out = QString::fromUtf8(full.readAllStandardOutput());
    INFO(err.toStdString() << out.toStdString());
    CHECK(full.exitCode() == 1);
    CHECK(err.contains(u"disk is full"_s));
    CHECK(QJsonDocument::fromJson(out.toUtf8())
              .object()
              .value(u"error"_s)
              .toObject()
              .value(u"code"_s)
              .toString() == u"disk_full"_s);
    CHECK((*keeper)->scalar("SELECT count(*) FROM events") == events);
    CHECK((*keeper)->scalar("SELECT count(*) FROM parcels") == 0);

    // Space is back: the same command succeeds, once.
    REQUIRE(runCli(receive(db, u"NOLABEL-FULL"_s)).exitCode == 0);
    CHECK((*keeper)->scalar("SELECT count(*) FROM items") == 1);
    keeper = Error{};
    CHECK(runCli({u"--db"_s, db, u"check"_s}).exitCode == 0);
}
