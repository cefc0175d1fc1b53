// `dockside-cli settings import/export`: what IT uses to provision many stations. A valid file
// changes exactly its settings; a bad one is refused as a whole with every bad line and its
// reason (exit 2), and nothing changes; the token never leaves the station.

#include "TestSupport.h"

#include "services/StationSettings.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dockside;
using namespace dockside::test;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"tok-Sup3rSecret-4711"_s;

std::string describe(const CliRun& run) {
    return u"exit %1\n--- stdout ---\n%2\n--- stderr ---\n%3"_s.arg(run.exitCode)
        .arg(run.out, run.err)
        .toStdString();
}

QJsonObject jsonOf(const CliRun& run) {
    INFO(describe(run));
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QString write(const TempFolder& folder, const QString& name, const QByteArray& text) {
    QFile file(folder.path(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

// Every row of the settings table, to prove that nothing changed.
QString settingsTable(const QString& db) {
    auto opened = Database::open(db, Database::Mode::ReadOnly);
    REQUIRE(opened.ok());
    QStringList rows;
    Statement s = (*opened)->prepare("SELECT key, value FROM settings ORDER BY key");
    while (s.step())
        rows << s.text(0) + u'=' + s.text(1);
    return rows.join(u'\n');
}

QString storedSetting(const QString& db, const QString& key) {
    auto station = Station::open(db, Database::Mode::ReadOnly);
    REQUIRE(station.ok());
    return (*station)->setting(key);
}

} // namespace

TEST_CASE("settings import applies a valid file, and export writes it back", "[cli][settings]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QString file = write(folder, u"fleet.conf"_s,
                               "# Rotterdam fleet\n"
                               "hq_url = https://hq.example.com\n"
                               "hq_token = " +
                                   kToken.toUtf8() +
                                   "\n"
                                   "nightly_sync_time = 03:30\n"
                                   "nightly_sync_spread_minutes = 90\n"
                                   "label_size = 2x1\n"
                                   "pin_max_attempts = 3\n");

    const CliRun check = runCli({u"--db"_s, db, u"--json"_s, u"settings"_s, u"import"_s, file, u"--check"_s});
    REQUIRE(check.exitCode == 0);
    CHECK(jsonOf(check).value(u"applied"_s) == false);
    CHECK(jsonOf(check).value(u"changed"_s).toArray().size() == 6);
    CHECK(storedSetting(db, u"label_size"_s).isEmpty()); // --check changes nothing

    const CliRun imported = runCli({u"--db"_s, db, u"--json"_s, u"settings"_s, u"import"_s, file});
    INFO(describe(imported));
    REQUIRE(imported.exitCode == 0);
    const QJsonObject json = jsonOf(imported);
    CHECK(json.value(u"settings"_s) == 6);
    CHECK(json.value(u"applied"_s) == true);
    CHECK(json.value(u"changed"_s).toArray().contains(u"hq_token"_s));
    CHECK_FALSE(imported.out.contains(kToken));
    CHECK(storedSetting(db, u"hq_token"_s) == kToken);
    CHECK(storedSetting(db, u"nightly_sync_spread_minutes"_s) == u"90"_s);

    // Again: valid, nothing to change.
    const CliRun again = runCli({u"--db"_s, db, u"settings"_s, u"import"_s, file});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"changed: none"_s));

    // Export to a file, import on a second station: the same settings, the token left out.
    {
        auto station = Station::open(db);
        REQUIRE(station.ok());
        // prepareCliStation's fast hashing is below what a settings file may set.
        REQUIRE((*station)->setSetting(setting::PinIterations, u"20000"_s).ok());
    }
    const QString exported = folder.path(u"exported.conf"_s);
    const CliRun out = runCli({u"--db"_s, db, u"settings"_s, u"export"_s, u"--out"_s, exported});
    INFO(describe(out));
    REQUIRE(out.exitCode == 0);
    QFile exportedFile(exported);
    REQUIRE(exportedFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exportedFile.readAll());
    CHECK_FALSE(text.contains(kToken));
    CHECK(text.contains(u"\nlabel_size = 2x1\n"_s));
    const CliRun toStdout = runCli({u"--db"_s, db, u"settings"_s, u"export"_s});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out.contains(u"\nnightly_sync_time = 03:30\n"_s));
    const CliRun exportJson = runCli({u"--db"_s, db, u"--json"_s, u"settings"_s, u"export"_s});
    CHECK(jsonOf(exportJson).value(u"hq_token_set"_s) == true);
    CHECK(jsonOf(exportJson).value(u"settings"_s).toObject().value(u"pin_max_attempts"_s) == u"3"_s);
    CHECK(jsonOf(exportJson).value(u"defaults"_s).toObject().value(u"idle_lock_minutes"_s) == u"10"_s);
    CHECK_FALSE(exportJson.out.contains(kToken));

    const QString second = folder.path(u"second.db"_s);
    prepareCliStation(second, false);
    const CliRun copied = runCli({u"--db"_s, second, u"settings"_s, u"import"_s, exported});
    INFO(describe(copied));
    REQUIRE(copied.exitCode == 0);
    for (const QString& key : {u"hq_url"_s, u"label_size"_s, u"nightly_sync_time"_s, u"pin_iterations"_s})
        CHECK(storedSetting(second, key) == storedSetting(db, key));
    CHECK(storedSetting(second, u"hq_token"_s).isEmpty());
}

TEST_CASE("settings import refuses a bad file whole, naming each line, and changes nothing",
          "[cli][settings]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QString before = settingsTable(db);
    struct Case {
        const char* what;
        QByteArray text;
        QString expected;
    };
    for (const Case& c : std::initializer_list<Case>{
             {"no equals sign", "label_size = 2x1\nhq_url https://hq\n",
              u"line 2: expected \"key = value\""_s},
             {"unknown key", "label_size = 2x1\n\ncolor = red\n",
              u"line 3: \"color\" is not a station setting"_s},
             {"bad value", "label_size = 2x1\nsla_hours = 0\n", u"line 2: The queue SLA in hours must be"_s},
             {"twice", "label_size = 2x1\nlabel_size = 4x6\n",
              u"line 2: label_size is already set on line 1"_s},
             {"not UTF-8", "label_size = 2x1\nlabel_printer = \xe9tiquettes\n", u"line 2: not UTF-8 text"_s},
         }) {
        INFO(c.what);
        const QString file = write(folder, u"bad.conf"_s, c.text);
        const CliRun run = runCli({u"--db"_s, db, u"settings"_s, u"import"_s, file});
        INFO(describe(run));
        CHECK(run.exitCode == 2);
        CHECK(run.err.count(u'\n') == 1); // one readable line
        CHECK(run.err.contains(u"bad.conf was not imported, nothing changed: "_s));
        CHECK(run.err.contains(c.expected));
        CHECK(settingsTable(db) == before);
    }
    // --json: every problem with its line; the token on a bad line is not repeated.
    const QString file =
        write(folder, u"bad.conf"_s, "hq_token = " + kToken.toUtf8() + " x\nsla_hours = 48\nfoo\n");
    const CliRun json = runCli({u"--db"_s, db, u"--json"_s, u"settings"_s, u"import"_s, file});
    INFO(describe(json));
    CHECK(json.exitCode == 2);
    const QJsonObject error = jsonOf(json).value(u"error"_s).toObject();
    CHECK(error.value(u"code"_s) == u"invalid_settings_file"_s);
    const QJsonArray problems = error.value(u"problems"_s).toArray();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].toObject().value(u"line"_s) == 1);
    CHECK(problems[1].toObject().value(u"line"_s) == 3);
    CHECK_FALSE(json.out.contains(kToken));
    CHECK_FALSE(json.err.contains(kToken));
    CHECK(settingsTable(db) == before);
    // A file that cannot be read, and bad usage.
    CHECK(runCli({u"--db"_s, db, u"settings"_s, u"import"_s, folder.path(u"missing.conf"_s)}).exitCode == 2);
    CHECK(runCli({u"--db"_s, db, u"settings"_s, u"import"_s}).exitCode == 2);
    CHECK(runCli({u"--db"_s, db, u"settings"_s, u"frobnicate"_s}).exitCode == 2);
    CHECK(settingsTable(db) == before);
}

TEST_CASE("settings import as a signed-in user needs an admin", "[cli][settings][security]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QString file = write(folder, u"s.conf"_s, "hq_url = https://evil.example.com\n");
    const QString before = settingsTable(db);
    const CliRun worker = runCli(
        {u"--db"_s, db, u"settings"_s, u"import"_s, file, u"--user"_s, u"U-1001"_s, u"--pin"_s, u"2468"_s});
    CHECK(worker.exitCode == 4);
    CHECK(settingsTable(db) == before);
    const CliRun admin = runCli(
        {u"--db"_s, db, u"settings"_s, u"import"_s, file, u"--user"_s, u"U-1003"_s, u"--pin"_s, u"2468"_s});
    INFO(describe(admin));
    CHECK(admin.exitCode == 0);
    CHECK(storedSetting(db, u"hq_url"_s) == u"https://evil.example.com"_s);
}
