// Station settings files (`dockside-cli settings import/export`): the format, every kind of bad
// line reported with its number and reason, all or nothing, and the same validation as the GUI.

#include "TestSupport.h"

#include "services/StationSettings.h"
#include "services/Users.h"
#include "sync/SyncClient.h"
#include "sync/SyncSchedule.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace dockside;
using namespace Qt::StringLiterals;

namespace {

// A self-signed CA certificate (EC P-256), only ever parsed.
const QByteArray kCaPem = "-----BEGIN CERTIFICATE-----\n"
                          "MIIBjDCCATOgAwIBAgIUf/JZkozV4DeqKW7C2eJ5U+380JUwCgYIKoZIzj0EAwIw\n"
                          "GzEZMBcGA1UEAwwQRG9ja3NpZGUgdGVzdCBDQTAgFw0yNjExMjcxMDUxMDFaGA8y\n"
                          "MTI2MTEwMzEwNTEwMVowGzEZMBcGA1UEAwwQRG9ja3NpZGUgdGVzdCBDQTBZMBMG\n"
                          "ByqGSM49AgEGCCqGSM49AwEHA0IABFCGrz/zxExedfH1m2FaKdTUaAbaEYtbn5xP\n"
                          "ifGuwPdm2v3ENb6z19P3I85qNeN6NMIc0A2vDjg7fKdyWqa7x5mjUzBRMB0GA1Ud\n"
                          "DgQWBBS6+GI8vruO8BnyDML9qXgeyl8yRzAfBgNVHSMEGDAWgBS6+GI8vruO8Bny\n"
                          "DML9qXgeyl8yRzAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0cAMEQCIC7P\n"
                          "+e5mOCrfw2PctQeTEqfrEaFONB7Hh6hYiK5bsEiKAiBJWSfXWrI4xStOUSUrJuJe\n"
                          "OBJ/Z7RcbKeVdFekT4nd1Q==\n"
                          "-----END CERTIFICATE-----\n";

} // namespace

TEST_CASE("A settings file: key = value lines, comments, blank lines", "[settings]") {
    const SettingsFile file =
        StationSettings::parseFile("\xEF\xBB\xBF# Dockside settings for the Rotterdam docks\r\n"
                                   "\r\n"
                                   "hq_url = https://hq.example.com/api?fleet=nl#top\r\n"
                                   "  hq_token=abc#def==  \n"
                                   "\t# indented comment\n"
                                   "nightly_sync_time = off\n"
                                   "label_printer =\n"
                                   "pin_max_attempts = 3\n"
                                   "regrade_share_percent = 0.5");
    INFO(file.error().message.toStdString());
    REQUIRE(file.ok());
    const QMap<QString, QString> expected{{u"hq_url"_s, u"https://hq.example.com/api?fleet=nl#top"_s},
                                          {u"hq_token"_s, u"abc#def=="_s},
                                          {u"nightly_sync_time"_s, u"off"_s},
                                          {u"label_printer"_s, QString()},
                                          {u"pin_max_attempts"_s, u"3"_s},
                                          {u"regrade_share_percent"_s, u"0.5"_s}};
    CHECK(file.values == expected);
    CHECK(StationSettings::parseFile({}).ok());
}

TEST_CASE("A bad settings file names every bad line and its reason", "[settings]") {
    auto problemsOf = [](const QByteArray& text) {
        return StationSettings::parseFile(text);
    };
    SECTION("each kind of error") {
        struct Case {
            QByteArray text;
            int line;
            QString reason;
        };
        for (const Case& c : std::initializer_list<Case>{
                 {"label_size = 4x6\njust some words\n", 2, u"expected \"key = value\""_s},
                 {"\n= 4x6\n", 2, u"expected \"key = value\""_s},
                 {"# ok\ncolour = red\n", 2, u"\"colour\" is not a station setting"_s},
                 {"last_backup_at = 0\n", 1, u"\"last_backup_at\" is not a station setting"_s},
                 {"idle_lock_minutes = 0\n", 1, u"The idle lock must be a whole number from 1 to 240."_s},
                 {"sla_hours = 24\nsla_hours = 48\n", 2, u"sla_hours is already set on line 1"_s},
                 {"label_printer = Zebra \xff\xfe\n", 1, u"not UTF-8 text"_s},
                 {"nightly_sync_time = 25:00\n", 1, u"use a time like 02:00, or off"_s},
                 {"nightly_sync_spread_minutes = 721\n", 1, u"from 0 to 720"_s},
                 {"allow_insecure_http = yes\n", 1, u"allow_insecure_http is true or false."_s},
                 {"pin_iterations = 99\n", 1, u"PBKDF2 iterations"_s},
                 {"backup_folder = backups\n", 1, u"backup_folder needs an absolute path"_s},
                 {"hq_ca_file = /nonexistent/ca.pem\n", 1, u"holds no readable PEM certificate"_s},
                 {"hq_ca_file = ca.pem\n", 1, u"hq_ca_file needs an absolute path"_s},
                 {"label_printer = Zebra\x01\n", 1, u"must not contain control characters"_s},
             }) {
            INFO(c.text.toStdString());
            const SettingsFile file = problemsOf(c.text);
            REQUIRE(file.problems.size() == 1);
            CHECK(file.problems.first().line == c.line);
            INFO(file.problems.first().message.toStdString());
            CHECK(file.problems.first().message.contains(c.reason));
            CHECK(file.error().code == u"invalid_settings_file"_s);
            CHECK(file.error().message.startsWith(u"line %1: "_s.arg(c.line)));
        }
    }
    SECTION("all problems at once, good lines kept apart") {
        const SettingsFile file = problemsOf("sla_hours = 48\nlabel_size = A4\nidle_lock_minutes = 5\nfoo\n");
        REQUIRE(file.problems.size() == 2);
        CHECK(file.problems[0].line == 2);
        CHECK(file.problems[1].line == 4);
        CHECK(file.error().message.contains(u"line 2: The label size is 4x6 or 2x1; line 4: "_s));
    }
    SECTION("a bad token is refused without repeating it") {
        const SettingsFile file = problemsOf("hq_token = Sup3r Secret\n");
        REQUIRE_FALSE(file.ok());
        CHECK_FALSE(file.error().message.contains(u"Sup3r"_s));
    }
}

TEST_CASE("Settings are validated by the same rules as the schedule and the sync", "[settings]") {
    test::TempFolder folder;
    const QString ca = folder.path(u"hq-ca.pem"_s);
    QFile file(ca);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(kCaPem);
    file.close();
    CHECK(StationSettings::validate(setting::HqCaFile, ca).ok());
    CHECK(checkHqCaFile(ca).ok());
    CHECK(checkHqCaFile(folder.path(u"missing.pem"_s)).error().code == u"hq_ca_file_unreadable"_s);
    // Whatever the settings accept, the nightly scheduler reads, and the other way round.
    for (const QString& time : {u"off"_s, u"02:30"_s, u"2:30"_s, u"23:59"_s, u"24:00"_s, u"noon"_s})
        CHECK(StationSettings::validate(setting::NightlySyncTime, time).ok() ==
              NightlySchedule::parse(time, {}).ok());
    CHECK(StationSettings::validate(setting::PinIterations, QString::number(Users::kMinIterations)).ok());
    CHECK_FALSE(
        StationSettings::validate(setting::PinIterations, QString::number(Users::kMaxIterations + 1)).ok());
    CHECK(StationSettings::validate(setting::SoundVolume, u"0"_s).ok());
    CHECK_FALSE(StationSettings::validate(setting::SoundVolume, u"101"_s).ok());
    for (const QString& key : StationSettings::fileKeys()) {
        INFO(key.toStdString());
        // Every default is itself a valid value (hq_* and paths default to "not set").
        CHECK(StationSettings::validate(key, StationSettings::defaultValue(key)).ok());
    }
}

TEST_CASE("Applying settings is all or nothing and reports what changed", "[settings]") {
    test::StationFixture f;
    StationSettings settings(*f.station);
    REQUIRE(f.station->setSetting(setting::SlaHours, u"48"_s).ok());
    const QMap<QString, QString> before = settings.stored();

    auto dry = settings.apply(nullptr, {{setting::SlaHours, u"48"_s}, {setting::LabelSize, u"2x1"_s}}, true);
    REQUIRE(dry.ok());
    CHECK(*dry == QStringList{setting::LabelSize});
    CHECK(settings.stored() == before); // a dry run writes nothing

    auto bad = settings.apply(nullptr, {{setting::LabelSize, u"2x1"_s}, {setting::BackupKeep, u"0"_s}});
    REQUIRE_FALSE(bad.ok());
    CHECK(settings.stored() == before);
    CHECK(settings.apply(&f.worker, {{setting::LabelSize, u"2x1"_s}}).error().kind == ErrorKind::Forbidden);
    CHECK(settings.stored() == before);

    auto applied = settings.apply(&f.admin, {{setting::SlaHours, u"48"_s},
                                             {setting::LabelSize, u"2x1"_s},
                                             {setting::PinLockoutSeconds, u"600"_s}});
    REQUIRE(applied.ok());
    CHECK(*applied == (QStringList{setting::LabelSize, setting::PinLockoutSeconds}));
    CHECK(f.station->setting(setting::LabelSize) == u"2x1"_s);
    CHECK(f.station->intSetting(setting::PinLockoutSeconds, 0) == 600);
}

TEST_CASE("An exported settings file imports back unchanged and never holds the token", "[settings]") {
    test::StationFixture f;
    StationSettings settings(*f.station);
    REQUIRE(settings
                .apply(nullptr, {{setting::HqUrl, u"https://hq.example.com"_s},
                                 {setting::HqToken, u"tok-Sup3rSecret-4711"_s},
                                 {setting::NightlySyncTime, u"03:15"_s},
                                 {setting::LabelPrinter, u"Zebra ZD421 # dock 3"_s},
                                 {setting::BackupKeep, u"14"_s},
                                 // The fixture's fast hashing is below what a file may set.
                                 {setting::PinIterations, QString::number(Users::kMinIterations)}})
                .ok());
    const QString text = settings.exportFile();
    CHECK_FALSE(text.contains(u"tok-Sup3rSecret-4711"_s));
    CHECK(text.contains(u"# hq_token is set on this station but never exported"_s));
    CHECK(text.contains(u"\nbackup_keep = 14\n"_s));
    CHECK(text.contains(u"\n# idle_lock_minutes = 10\n"_s)); // unset: its default, as a comment
    CHECK(text.contains(u"\n# hq_ca_file =\n"_s));
    const SettingsFile back = StationSettings::parseFile(text.toUtf8());
    INFO(text.toStdString());
    REQUIRE(back.ok());
    QMap<QString, QString> expected = settings.stored();
    expected.remove(setting::HqToken);
    CHECK(back.values == expected);
    // Importing it elsewhere changes exactly those settings; the token stays as it was there.
    test::StationFixture other;
    REQUIRE(other.station->setSetting(setting::HqToken, u"other-token"_s).ok());
    auto changed = StationSettings(*other.station).apply(nullptr, back.values);
    REQUIRE(changed.ok());
    CHECK(changed->size() == expected.size());
    CHECK(other.station->setting(setting::HqToken) == u"other-token"_s);
    CHECK(other.station->setting(setting::LabelPrinter) == u"Zebra ZD421 # dock 3"_s);
}
