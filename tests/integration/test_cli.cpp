// End-to-end tests of dockside-cli: every test runs the real binary against a real SQLite file and
// checks what DESIGN.md promises ("The command line: dockside-cli"): exit codes, --json shapes,
// one readable error line on stderr, and no change to the database when a command fails.

#include "TestSupport.h"

#include "services/Station.h"
#include "services/Users.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dockside;
using namespace dockside::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"2468"_s;
const QString kStation = u"TST-D01"_s;
const QString kWorker = u"U-1001"_s;
const QString kSupervisor = u"U-1002"_s;
// From seedCatalog: the UPS label of RMA-2026-000123 (headphones with serial S01-4471123, 2 shirts).
const QString kTracking = u"1Z999AA10123456784"_s;
const QString kRma = u"RMA-2026-000123"_s;
const QString kHeadphones = u"(01)04548736132610(21)S01-4471123"_s;
const QString kShirt = u"4006381333931"_s;
// RMA-2026-000126 has no tracking number: its parcel is opened by the RMA code. The laptop is worth
// 1899.00 EUR, above the 500.00 EUR approval threshold.
const QString kLaptopRma = u"RMA-2026-000126"_s;
const QString kLaptop = u"(01)09506000134352(21)LPT-0001"_s;

CliRun cli(const QString& db, const QStringList& args, const QProcessEnvironment& env = {}) {
    return runCli(QStringList{u"--db"_s, db} + args, env);
}

CliRun cliJson(const QString& db, const QStringList& args, const QProcessEnvironment& env = {}) {
    return runCli(QStringList{u"--db"_s, db, u"--json"_s} + args, env);
}

std::string describe(const CliRun& run) {
    return QStringLiteral("exit %1\n--- stdout ---\n%2\n--- stderr ---\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err)
        .toStdString();
}

QJsonObject jsonOf(const CliRun& run) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(describe(run));
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

// Runs a command that must succeed and returns its --json document.
QJsonObject okJson(const QString& db, const QStringList& args, const QProcessEnvironment& env = {}) {
    const CliRun run = cliJson(db, args, env);
    INFO("dockside-cli --json " << args.join(u' ').toStdString() << "\n" << describe(run));
    REQUIRE(run.exitCode == 0);
    return jsonOf(run);
}

QStringList withPin(const QString& badge, QStringList args) {
    return args << u"--user"_s << badge << u"--pin"_s << kPin;
}

// Everything the database holds: its schema version and identity plus every row of every table,
// column by column. Equal snapshots mean nothing changed. `ignored` names "table.column"s left out.
QString snapshot(const QString& dbPath, const QStringList& ignored = {}) {
    auto opened = Database::open(dbPath, Database::Mode::ReadOnly);
    REQUIRE(opened.ok());
    Database& db = **opened;
    QString dump = QStringLiteral("user_version=%1 application_id=%2\n")
                       .arg(db.scalar("PRAGMA user_version"))
                       .arg(db.scalar("PRAGMA application_id"));
    QStringList tables;
    {
        Statement s = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        while (s.step())
            tables << s.text(0);
    }
    for (const QString& table : tables) {
        dump += u"[%1]\n"_s.arg(table);
        Statement s = db.prepare((u"SELECT * FROM \""_s + table + u'"').toStdString());
        while (s.step()) {
            QStringList cells;
            for (int c = 0; c < s.columnCount(); ++c) {
                if (ignored.contains(table + u'.' + s.columnName(c)))
                    continue;
                cells << s.columnName(c) + u'=' + (s.isNull(c) ? u"NULL"_s : s.text(c));
            }
            dump += cells.join(u'|') + u'\n';
        }
    }
    return dump;
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The events as `export events --format jsonl` gives them, one object per line.
QList<QJsonObject> exportedEvents(const QString& db) {
    const CliRun run = cli(db, {u"export"_s, u"events"_s, u"--format"_s, u"jsonl"_s});
    INFO(describe(run));
    REQUIRE(run.exitCode == 0);
    QList<QJsonObject> events;
    for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        INFO(line.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isObject());
        events.append(doc.object());
    }
    return events;
}

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            any = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    REQUIRE_FALSE(quoted);
    if (any) {
        row << field;
        rows << row;
    }
    return rows;
}

// A failed command: the documented exit code, one readable "dockside-cli: ..." line on stderr
// that says why, and {"error": {"code", "message"}} on stdout (the runs here use --json).
void expectError(const CliRun& run, int exitCode, const QStringList& words) {
    INFO(describe(run));
    CHECK(run.exitCode == exitCode);
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first().startsWith(u"dockside-cli: "_s));
    for (const QString& word : words)
        CHECK(lines.first().contains(word, Qt::CaseInsensitive));
    const QJsonObject json = jsonOf(run);
    REQUIRE(json.value(u"error"_s).isObject());
    const QJsonObject error = json.value(u"error"_s).toObject();
    CHECK_FALSE(error.value(u"code"_s).toString().isEmpty());
    CHECK_FALSE(error.value(u"message"_s).toString().isEmpty());
}

// The item shape of `receive --json` (DESIGN.md).
void checkItemShape(const QJsonObject& item) {
    INFO(QJsonDocument(item).toJson().toStdString());
    for (const char* key : {"lpn", "authorization", "grade", "disposition", "suggested", "explanation",
                            "refund", "tote", "queue"})
        CHECK(item.contains(QLatin1String(key)));
    CHECK(item.value(u"lpn"_s).toString().startsWith(kStation + u'-'));
    CHECK(item.value(u"queue"_s).isArray());
    // A decided item has all of it.
    if (!item.value(u"grade"_s).isNull()) {
        CHECK_FALSE(item.value(u"disposition"_s).toString().isEmpty());
        CHECK_FALSE(item.value(u"suggested"_s).toString().isEmpty());
        CHECK_FALSE(item.value(u"explanation"_s).toString().isEmpty());
        CHECK_FALSE(item.value(u"tote"_s).toString().isEmpty());
        REQUIRE(item.value(u"refund"_s).isObject());
        CHECK(QStringList{u"full"_s, u"partial"_s, u"deny"_s}.contains(
            item.value(u"refund"_s).toObject().value(u"decision"_s).toString()));
    }
}

QStringList stringsOf(const QJsonValue& array) {
    QStringList list;
    for (const QJsonValue& v : array.toArray())
        list << v.toString();
    return list;
}

QJsonObject queueEntry(const QJsonObject& queue, const QString& lpn) {
    for (const QJsonValue& v : queue.value(u"items"_s).toArray())
        if (v.toObject().value(u"lpn"_s).toString() == lpn)
            return v.toObject();
    return {};
}

// The checklist keys of one category, read from the default policy the way a worker sees them.
QStringList checklistKeys(const QString& category) {
    QFile file(sourcePath(u"resources/policy/default.json"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue& list : policy.value(u"checklists"_s).toArray()) {
        if (list.toObject().value(u"category"_s).toString() != category)
            continue;
        QStringList keys;
        for (const QJsonValue& item : list.toObject().value(u"items"_s).toArray())
            keys << item.toObject().value(u"key"_s).toString();
        return keys;
    }
    FAIL("no checklist for " << category.toStdString());
    return {};
}

// --check K=V for every key of the category, all passed except the ones in `failed`.
QStringList checkAnswers(const QString& category, const QStringList& failed = {}) {
    QStringList args;
    for (const QString& key : checklistKeys(category))
        args << u"--check"_s << key + (failed.contains(key) ? u"=no"_s : u"=yes"_s);
    return args;
}

QString writePng(const TempFolder& folder) {
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    const QString path = folder.path(u"damage.png"_s);
    REQUIRE(image.save(path, "PNG"));
    return path;
}

QString writeText(const TempFolder& folder, const QString& name, const QByteArray& content) {
    const QString path = folder.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

QProcessEnvironment envWith(const QString& key, const QString& value) {
    QProcessEnvironment env;
    env.insert(key, value);
    return env;
}

} // namespace

TEST_CASE("dockside-cli: a parcel from init to export, approve and check", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();

    // init creates the station database.
    const QJsonObject init = okJson(db, {u"init"_s, u"--station"_s, kStation, u"--name"_s, u"Dock 1"_s});
    CHECK(init.value(u"station"_s).toString() == kStation);
    CHECK(init.value(u"db"_s).toString().endsWith(u"station.db"_s));
    CHECK(QFile::exists(db));
    {
        // Cheap PIN hashing before users are made, and the catalog and RMAs an HQ sync would bring.
        auto station = Station::open(db);
        REQUIRE(station.ok());
        REQUIRE((*station)->setSetting(setting::PinIterations, u"1000"_s).ok());
        seedCatalog(**station, nowMillis());
    }
    // init again on the same file is harmless.
    CHECK(okJson(db, {u"init"_s, u"--station"_s, kStation}).value(u"station"_s).toString() == kStation);

    const QJsonObject worker = okJson(db, {u"user"_s, u"add"_s, u"--badge"_s, kWorker, u"--name"_s,
                                           u"Wanda Worker"_s, u"--role"_s, u"worker"_s, u"--pin"_s, kPin});
    CHECK(worker.value(u"user"_s).toObject().value(u"badge"_s).toString() == kWorker);
    CHECK(worker.value(u"user"_s).toObject().value(u"role"_s).toString() == u"worker"_s);
    const QJsonObject supervisor =
        okJson(db, {u"user"_s, u"add"_s, u"--badge"_s, kSupervisor, u"--name"_s, u"Sam Supervisor"_s,
                    u"--role"_s, u"supervisor"_s, u"--pin"_s, kPin});
    CHECK(supervisor.value(u"user"_s).toObject().value(u"role"_s).toString() == u"supervisor"_s);

    // The worker receives the parcel by its tracking number, with two items graded A.
    const QJsonObject first =
        okJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kHeadphones,
                                     u"--item"_s, kShirt, u"--grade"_s, u"A"_s}));
    REQUIRE(first.value(u"parcel"_s).isObject());
    const QJsonObject parcel = first.value(u"parcel"_s).toObject();
    CHECK(parcel.value(u"tracking"_s).toString() == kTracking);
    CHECK(parcel.value(u"rma"_s).toString() == kRma);
    CHECK(parcel.value(u"authorization"_s).toString() == u"authorized"_s);
    CHECK(parcel.value(u"created"_s).toBool());
    const QJsonArray items = first.value(u"items"_s).toArray();
    REQUIRE(items.size() == 2);
    for (const QJsonValue& v : items) {
        checkItemShape(v.toObject());
        CHECK(v.toObject().value(u"authorization"_s).toString() == u"authorized"_s);
        CHECK(v.toObject().value(u"grade"_s).toString() == u"A"_s);
    }
    CHECK(items[0].toObject().value(u"serial"_s).toString() == u"S01-4471123"_s);
    CHECK(items[0].toObject().value(u"sku"_s).toString() == u"HP-XM5-BLK"_s);
    CHECK(items[1].toObject().value(u"sku"_s).toString() == u"TSHIRT-M"_s);
    const QString headphonesLpn = items[0].toObject().value(u"lpn"_s).toString();
    CHECK(items[1].toObject().value(u"lpn"_s).toString() != headphonesLpn);

    // Again with the same label: the second shirt goes into the same parcel, overridden to quarantine.
    const QJsonObject second =
        okJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kShirt,
                                     u"--grade"_s, u"A"_s, u"--disposition"_s, u"quarantine"_s, u"--reason"_s,
                                     u"Smells of smoke, customer did not say"_s}));
    const QJsonObject again = second.value(u"parcel"_s).toObject();
    CHECK(again.value(u"id"_s) == parcel.value(u"id"_s));
    CHECK_FALSE(again.value(u"created"_s).toBool());
    CHECK(again.value(u"items"_s).toArray().size() == 3);
    REQUIRE(second.value(u"items"_s).toArray().size() == 1);
    const QJsonObject overridden = second.value(u"items"_s).toArray()[0].toObject();
    checkItemShape(overridden);
    CHECK(overridden.value(u"disposition"_s).toString() == u"quarantine"_s);
    CHECK(overridden.value(u"suggested"_s).toString() != u"quarantine"_s);
    CHECK(stringsOf(overridden.value(u"queue"_s)).contains(u"override"_s));
    const QString lpn = overridden.value(u"lpn"_s).toString();

    // The supervisor's queue lists it.
    const QJsonObject queue = okJson(db, {u"queue"_s});
    CHECK(queue.value(u"total"_s).toInt() == 1);
    const QJsonObject entry = queueEntry(queue, lpn);
    REQUIRE_FALSE(entry.isEmpty());
    CHECK(entry.value(u"cause"_s).toString() == u"override"_s);
    CHECK(entry.value(u"tracking"_s).toString() == kTracking);

    // Approved by the supervisor, it leaves the queue.
    const QJsonObject approved = okJson(db, withPin(kSupervisor, {u"approve"_s, lpn}));
    REQUIRE(approved.value(u"results"_s).toArray().size() == 1);
    const QJsonObject result = approved.value(u"results"_s).toArray()[0].toObject();
    CHECK(result.value(u"lpn"_s).toString() == lpn);
    CHECK(result.value(u"ok"_s).toBool());
    CHECK(result.value(u"status"_s).toString() == u"approved"_s);
    const QJsonObject after = okJson(db, {u"queue"_s});
    CHECK(after.value(u"total"_s).toInt() == 0);
    CHECK(queueEntry(after, lpn).isEmpty());
    CHECK(okJson(db, {u"queue"_s, u"--status"_s, u"approved"_s}).value(u"total"_s).toInt() == 1);

    // The events tell the story, the approval included.
    const QList<QJsonObject> events = exportedEvents(db);
    QStringList types;
    for (const QJsonObject& e : events)
        types << e.value(u"type"_s).toString();
    for (const QString& type : {u"parcel.received"_s, u"item.received"_s, u"item.graded"_s,
                                u"item.disposition_set"_s, u"item.review_requested"_s, u"item.approved"_s})
        CHECK(types.contains(type));
    bool approvalFound = false;
    for (const QJsonObject& e : events)
        if (e.value(u"type"_s).toString() == u"item.approved"_s)
            approvalFound =
                e.value(u"entity_id"_s).toString() == lpn && e.value(u"user"_s).toString() == kSupervisor;
    CHECK(approvalFound);

    // The items export is CSV with a header and one row per item.
    const CliRun csv = cli(db, {u"export"_s, u"items"_s, u"--format"_s, u"csv"_s});
    INFO(describe(csv));
    REQUIRE(csv.exitCode == 0);
    const QList<QStringList> rows = parseCsv(csv.out);
    REQUIRE(rows.size() == 4);
    const QStringList header = rows.first();
    CHECK(header.contains(u"lpn"_s));
    CHECK(header.contains(u"disposition"_s));
    const qsizetype lpnColumn = header.indexOf(u"lpn"_s);
    QStringList exportedLpns;
    for (const QStringList& row : rows.mid(1)) {
        CHECK(row.size() == header.size());
        exportedLpns << row.value(lpnColumn);
    }
    CHECK(exportedLpns.contains(lpn));
    CHECK(exportedLpns.contains(headphonesLpn));

    // And the database is consistent.
    const QJsonObject check = okJson(db, {u"check"_s});
    CHECK(check.value(u"ok"_s).toBool());
    CHECK(check.value(u"problems"_s).toArray().isEmpty());
}

TEST_CASE("dockside-cli: receive grades from --check answers and needs photos of damage", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);

    SECTION("all checks passed: grade A") {
        const QJsonObject json =
            okJson(db, withPin(kWorker,
                               QStringList{u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kHeadphones} +
                                   checkAnswers(u"electronics.audio"_s)));
        REQUIRE(json.value(u"items"_s).toArray().size() == 1);
        const QJsonObject item = json.value(u"items"_s).toArray()[0].toObject();
        checkItemShape(item);
        CHECK(item.value(u"grade"_s).toString() == u"A"_s);
    }

    SECTION("a missing accessory: grade B") {
        const QJsonObject json =
            okJson(db, withPin(kWorker,
                               QStringList{u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kHeadphones} +
                                   checkAnswers(u"electronics.audio"_s, {u"accessories_complete"_s})));
        CHECK(json.value(u"items"_s).toArray()[0].toObject().value(u"grade"_s).toString() == u"B"_s);
    }

    const QStringList stained = QStringList{u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kShirt} +
                                checkAnswers(u"apparel"_s, {u"no_odour_or_stains"_s});

    SECTION("damage without a photo fails and changes nothing") {
        const QString before = snapshot(db);
        expectError(cliJson(db, withPin(kWorker, stained)), 1, {u"photo"_s});
        CHECK(snapshot(db) == before);
    }

    SECTION("damage with a PNG photo: grade C") {
        const QJsonObject json =
            okJson(db, withPin(kWorker, QStringList(stained) << u"--photo"_s << writePng(folder)));
        const QJsonObject item = json.value(u"items"_s).toArray()[0].toObject();
        checkItemShape(item);
        CHECK(item.value(u"grade"_s).toString() == u"C"_s);
    }

    SECTION("a text file as the photo fails clearly and changes nothing") {
        const QString notAPhoto = writeText(folder, u"photo.png"_s, "this is not a picture\n");
        const QString before = snapshot(db);
        const CliRun run = cliJson(db, withPin(kWorker, QStringList(stained) << u"--photo"_s << notAPhoto));
        expectError(run, 1, {u"photo.png"_s});
        CHECK(snapshot(db) == before);
    }

    SECTION("an unknown check and an answer that is not yes or no") {
        const QString before = snapshot(db);
        expectError(cliJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kShirt,
                                                  u"--check"_s, u"is_purple=yes"_s})),
                    1, {u"is_purple"_s});
        expectError(cliJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kShirt,
                                                  u"--check"_s, u"unworn=perhaps"_s})),
                    2, {u"unworn=perhaps"_s});
        CHECK(snapshot(db) == before);
    }
}

TEST_CASE("dockside-cli: overrides and high values go to the supervisor", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QStringList headphones{u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s,
                                 kHeadphones,  u"--grade"_s,  u"A"_s};

    SECTION("a disposition other than the suggestion, with a reason") {
        const QJsonObject json = okJson(
            db, withPin(kWorker, QStringList(headphones) << u"--disposition"_s << u"quarantine"_s
                                                         << u"--reason"_s << u"Seal looks re-glued"_s));
        const QJsonObject item = json.value(u"items"_s).toArray()[0].toObject();
        checkItemShape(item);
        REQUIRE(item.value(u"suggested"_s).toString() != u"quarantine"_s);
        CHECK(item.value(u"disposition"_s).toString() == u"quarantine"_s);
        CHECK(stringsOf(item.value(u"queue"_s)).contains(u"override"_s));
        const QJsonObject queue = okJson(db, {u"queue"_s, u"--cause"_s, u"override"_s});
        const QJsonObject entry = queueEntry(queue, item.value(u"lpn"_s).toString());
        REQUIRE_FALSE(entry.isEmpty());
        CHECK(entry.value(u"cause"_s).toString() == u"override"_s);
        CHECK(entry.value(u"suggested"_s).toString() == item.value(u"suggested"_s).toString());
        CHECK(entry.value(u"disposition"_s).toString() == u"quarantine"_s);
    }

    SECTION("an override without a reason fails and changes nothing") {
        const QString before = snapshot(db);
        expectError(
            cliJson(db, withPin(kWorker, QStringList(headphones) << u"--disposition"_s << u"quarantine"_s)),
            1, {u"quarantine"_s});
        CHECK(snapshot(db) == before);
    }

    SECTION("an unknown disposition is a usage error and changes nothing") {
        const QString before = snapshot(db);
        expectError(
            cliJson(db, withPin(kWorker, QStringList(headphones) << u"--disposition"_s << u"sell_on_ebay"_s
                                                                 << u"--reason"_s << u"why not"_s)),
            2, {u"sell_on_ebay"_s});
        CHECK(snapshot(db) == before);
    }

    SECTION("an item above the approval threshold") {
        const QJsonObject json = okJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kLaptopRma,
                                                              u"--item"_s, kLaptop, u"--grade"_s, u"A"_s}));
        CHECK(json.value(u"parcel"_s).toObject().value(u"rma"_s).toString() == kLaptopRma);
        const QJsonObject item = json.value(u"items"_s).toArray()[0].toObject();
        checkItemShape(item);
        CHECK(item.value(u"authorization"_s).toString() == u"authorized"_s);
        CHECK(stringsOf(item.value(u"queue"_s)).contains(u"high_value"_s));
        const QJsonObject entry = queueEntry(okJson(db, {u"queue"_s}), item.value(u"lpn"_s).toString());
        REQUIRE_FALSE(entry.isEmpty());
        CHECK(entry.value(u"cause"_s).toString() == u"high_value"_s);
    }
}

TEST_CASE("dockside-cli: an unknown label is received blind", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QString label = u"ACME-PARCEL-778899"_s;
    const CliRun classified = cliJson(db, {u"classify"_s, label});
    REQUIRE(jsonOf(classified).value(u"kind"_s).toString() == u"unknown"_s);

    const QJsonObject json = okJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, label, u"--item"_s,
                                                          kShirt, u"--grade"_s, u"A"_s}));
    const QJsonObject parcel = json.value(u"parcel"_s).toObject();
    CHECK(parcel.value(u"authorization"_s).toString() == u"unknown_parcel"_s);
    CHECK(parcel.value(u"rma"_s).isNull());
    CHECK_FALSE(parcel.value(u"message"_s).toString().isEmpty());
    const QJsonObject item = json.value(u"items"_s).toArray()[0].toObject();
    checkItemShape(item);
    CHECK(item.value(u"authorization"_s).toString() == u"unknown_parcel"_s);
    CHECK(stringsOf(item.value(u"queue"_s)).contains(u"blind_receipt"_s));

    const QJsonObject queue = okJson(db, {u"queue"_s, u"--cause"_s, u"blind_receipt"_s});
    const QJsonObject entry = queueEntry(queue, item.value(u"lpn"_s).toString());
    REQUIRE_FALSE(entry.isEmpty());
    CHECK(entry.value(u"cause"_s).toString() == u"blind_receipt"_s);
    CHECK(entry.value(u"authorization"_s).toString() == u"unknown_parcel"_s);
}

TEST_CASE("dockside-cli: bad input gets a clear message, the right exit code and no change", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    // One item waiting for a supervisor.
    const QJsonObject received = okJson(
        db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kShirt, u"--grade"_s,
                              u"A"_s, u"--disposition"_s, u"quarantine"_s, u"--reason"_s, u"Torn seam"_s}));
    const QString lpn = received.value(u"items"_s).toArray()[0].toObject().value(u"lpn"_s).toString();
    REQUIRE_FALSE(lpn.isEmpty());
    const QString before = snapshot(db);

    SECTION("unknown command") {
        const CliRun run = cliJson(db, {u"teleport"_s});
        expectError(run, 2, {u"teleport"_s});
        // Any hint points at help that exists, not at "dockside-cli teleport --help".
        CHECK_FALSE(run.err.contains(u"teleport --help"_s));
        CHECK(snapshot(db) == before);
    }

    SECTION("unknown option, global and of a command") {
        expectError(cliJson(db, {u"--turbo"_s, u"queue"_s}), 2, {u"--turbo"_s});
        expectError(cliJson(db, {u"queue"_s, u"--turbo"_s}), 2, {u"turbo"_s});
        expectError(
            cliJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--frobnicate"_s})), 2,
            {u"frobnicate"_s});
        CHECK(snapshot(db) == before);
    }

    SECTION("missing required option") {
        expectError(cliJson(db, withPin(kWorker, {u"receive"_s, u"--item"_s, kShirt, u"--grade"_s, u"A"_s})),
                    2, {u"--parcel"_s});
        expectError(cliJson(db, {u"user"_s, u"add"_s, u"--badge"_s, u"U-2000"_s, u"--pin"_s, kPin}), 2,
                    {u"--name"_s});
        CHECK(snapshot(db) == before);
    }

    SECTION("option values that make no sense") {
        expectError(cliJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kShirt,
                                                  u"--grade"_s, u"Z"_s})),
                    2, {u"--grade"_s});
        expectError(cliJson(db, {u"queue"_s, u"--status"_s, u"lost"_s}), 2, {u"--status"_s});
        expectError(cliJson(db, {u"export"_s, u"receipts"_s}), 2, {u"events"_s});
        expectError(cliJson(db, {u"report"_s, u"--from"_s, u"last tuesday"_s}), 2, {u"--from"_s});
        expectError(cliJson(db, {u"approve"_s, lpn, u"--pin"_s, kPin}), 2, {u"--user"_s});
        CHECK(snapshot(db) == before);
    }

    SECTION("a worker cannot approve") {
        const CliRun run = cliJson(db, withPin(kWorker, {u"approve"_s, lpn}));
        expectError(run, 4, {});
        CHECK(jsonOf(run).value(u"error"_s).toObject().value(u"code"_s).toString() == u"forbidden"_s);
        CHECK(snapshot(db) == before);
        CHECK_FALSE(queueEntry(okJson(db, {u"queue"_s}), lpn).isEmpty());
    }

    SECTION("approving an unknown LPN changes nothing, not even the known one named with it") {
        const QString unknown = u"TST-D01-0000999-X"_s;
        const CliRun run = cliJson(db, withPin(kSupervisor, {u"approve"_s, lpn, unknown}));
        expectError(run, 1, {});
        const QJsonArray results = jsonOf(run).value(u"results"_s).toArray();
        REQUIRE(results.size() == 2);
        CHECK(results[1].toObject().value(u"ok"_s).toBool() == false);
        CHECK(results[1].toObject().value(u"status"_s).toString() == u"unknown_lpn"_s);
        CHECK(snapshot(db) == before);
    }

    SECTION("a GTIN with a wrong check digit") {
        const CliRun run = cliJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s,
                                                         u"4006381333932"_s, u"--grade"_s, u"A"_s}));
        expectError(run, 1, {u"check digit"_s});
        CHECK(snapshot(db) == before);
    }

    SECTION("a new parcel with a malformed item is not received either") {
        const CliRun run =
            cliJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kLaptopRma, u"--item"_s, kLaptop,
                                          u"--item"_s, u"4006381333932"_s, u"--grade"_s, u"A"_s}));
        expectError(run, 1, {u"check digit"_s});
        CHECK(snapshot(db) == before);
    }
}

TEST_CASE("dockside-cli: a wrong PIN changes nothing but the failed-attempt counter", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QString before = snapshot(db, {u"users.failed_attempts"_s});
    const QString wholeBefore = snapshot(db);
    const int eventsBefore = static_cast<int>(exportedEvents(db).size());

    const CliRun run = cliJson(db, {u"receive"_s, u"--user"_s, kWorker, u"--pin"_s, u"9999"_s, u"--parcel"_s,
                                    kTracking, u"--item"_s, kShirt, u"--grade"_s, u"A"_s});
    expectError(run, 4, {u"PIN"_s});
    CHECK(jsonOf(run).value(u"error"_s).toObject().value(u"code"_s).toString() == u"wrong_pin"_s);
    CHECK(snapshot(db, {u"users.failed_attempts"_s}) == before);
    CHECK(snapshot(db) != wholeBefore); // the counter did change
    CHECK(static_cast<int>(exportedEvents(db).size()) == eventsBefore);
    auto opened = Database::open(db, Database::Mode::ReadOnly);
    REQUIRE(opened.ok());
    CHECK((*opened)->scalar("SELECT failed_attempts FROM users WHERE badge = 'U-1001'") == 1);
    CHECK((*opened)->scalar("SELECT failed_attempts FROM users WHERE badge = 'U-1002'") == 0);
    opened->reset();

    // The right PIN still works afterwards.
    okJson(db, withPin(kWorker,
                       {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kShirt, u"--grade"_s, u"A"_s}));
}

TEST_CASE("dockside-cli: --db that is not a station database", "[cli]") {
    TempFolder folder;

    SECTION("a text file") {
        const QString path = writeText(folder, u"notes.db"_s, "Dear diary,\nthis is not a database.\n");
        const QByteArray hash = fileHash(path);
        expectError(cliJson(path, {u"queue"_s}), 2, {});
        expectError(cliJson(path, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking})), 2, {});
        CHECK(fileHash(path) == hash);
    }

    SECTION("an SQLite database of another program") {
        const QString path = folder.path(u"other.sqlite"_s);
        {
            auto other = Database::open(path);
            REQUIRE(other.ok());
            (*other)->exec("CREATE TABLE x(a); INSERT INTO x VALUES (42)");
        }
        const QString before = snapshot(path);
        const QByteArray hash = fileHash(path);
        expectError(cliJson(path, {u"queue"_s}), 2, {u"another program"_s});
        expectError(cliJson(path, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking})), 2,
                    {u"another program"_s});
        expectError(cliJson(path, {u"init"_s, u"--station"_s, kStation}), 2, {u"another program"_s});
        CHECK(snapshot(path) == before);
        CHECK(fileHash(path) == hash);
    }

    SECTION("a missing file") {
        const QString path = folder.path(u"nowhere.db"_s);
        expectError(cliJson(path, {u"queue"_s}), 2, {u"init"_s});
        expectError(cliJson(path, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking})), 2, {});
        CHECK_FALSE(QFile::exists(path));
    }

    SECTION("an empty file: not a station yet, and left as it is") {
        const QString path = writeText(folder, u"empty.db"_s, {});
        // Read-only commands and writing ones alike say to run init.
        expectError(cliJson(path, {u"queue"_s}), 2, {u"init"_s});
        CHECK(QFileInfo(path).size() == 0);
        expectError(cliJson(path, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking})), 2,
                    {u"init"_s});
        CHECK(QFileInfo(path).size() == 0);
    }

    SECTION("a read-only station database: receive fails, queue works") {
        const QString db = folder.dbPath();
        prepareCliStation(db);
        okJson(db,
               withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kShirt, u"--grade"_s,
                                 u"A"_s, u"--disposition"_s, u"quarantine"_s, u"--reason"_s, u"Torn"_s}));
        const QString before = snapshot(db);
        REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray hash = fileHash(db);

        const CliRun run = cliJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s,
                                                         kShirt, u"--grade"_s, u"A"_s}));
        INFO(describe(run));
        CHECK(run.exitCode != 0);
        CHECK(run.exitCode != -1);
        CHECK(run.err.contains(u"read-only"_s, Qt::CaseInsensitive));
        CHECK(jsonOf(run).value(u"error"_s).isObject());

        const QJsonObject queue = okJson(db, {u"queue"_s});
        CHECK(queue.value(u"total"_s).toInt() == 1);
        CHECK(fileHash(db) == hash);
        CHECK(snapshot(db) == before);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    }
}

TEST_CASE("dockside-cli: the database from DOCKSIDE_DB, --db beats it", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    okJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s, kShirt, u"--grade"_s,
                                 u"A"_s, u"--disposition"_s, u"quarantine"_s, u"--reason"_s, u"Torn"_s}));
    const CliRun fromEnv = runCli({u"--json"_s, u"queue"_s}, envWith(u"DOCKSIDE_DB"_s, db));
    INFO(describe(fromEnv));
    REQUIRE(fromEnv.exitCode == 0);
    CHECK(jsonOf(fromEnv).value(u"total"_s).toInt() == 1);
    const CliRun optionWins = runCli({u"--db"_s, folder.path(u"nowhere.db"_s), u"--json"_s, u"queue"_s},
                                     envWith(u"DOCKSIDE_DB"_s, db));
    expectError(optionWins, 2, {u"nowhere.db"_s});
}

TEST_CASE("dockside-cli: classify", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath(); // classify needs no database

    const QJsonObject ups = okJson(db, {u"classify"_s, kTracking});
    CHECK(ups.value(u"kind"_s).toString() == u"tracking"_s);
    CHECK(ups.value(u"carrier"_s).toString() == u"ups"_s);
    CHECK(ups.value(u"valid"_s).toBool());
    CHECK(ups.value(u"value"_s).toString() == kTracking);
    CHECK(ups.value(u"fields"_s).isObject());

    const QJsonObject gs1 = okJson(db, {u"classify"_s, kHeadphones});
    CHECK(gs1.value(u"kind"_s).toString() == u"gs1"_s);
    CHECK(gs1.value(u"carrier"_s).isNull());
    CHECK(gs1.value(u"valid"_s).toBool());
    CHECK(gs1.value(u"fields"_s).toObject().value(u"01"_s).toString() == u"04548736132610"_s);
    CHECK(gs1.value(u"fields"_s).toObject().value(u"21"_s).toString() == u"S01-4471123"_s);

    // An LPN as the station prints it.
    prepareCliStation(db);
    const QJsonObject received = okJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking,
                                                              u"--item"_s, kShirt, u"--grade"_s, u"A"_s}));
    const QString lpn = received.value(u"items"_s).toArray()[0].toObject().value(u"lpn"_s).toString();
    const QJsonObject lpnJson = okJson(db, {u"classify"_s, lpn});
    CHECK(lpnJson.value(u"kind"_s).toString() == u"lpn"_s);
    CHECK(lpnJson.value(u"valid"_s).toBool());
    CHECK(lpnJson.value(u"value"_s).toString() == lpn);

    // A misread LPN (wrong check character) is an LPN, but not a valid one: exit 1.
    QString misread = lpn;
    misread.back() = misread.back() == u'0' ? u'1' : u'0';
    const CliRun bad = cliJson(db, {u"classify"_s, misread});
    CHECK(bad.exitCode == 1);
    CHECK(jsonOf(bad).value(u"kind"_s).toString() == u"lpn"_s);
    CHECK_FALSE(jsonOf(bad).value(u"valid"_s).toBool());

    const CliRun garbage = cliJson(db, {u"classify"_s, u"%%% ??? !!!"_s});
    CHECK(garbage.exitCode == 1);
    const QJsonObject garbageJson = jsonOf(garbage);
    CHECK(garbageJson.value(u"kind"_s).toString() == u"unknown"_s);
    CHECK_FALSE(garbageJson.value(u"valid"_s).toBool());
    CHECK(garbageJson.value(u"carrier"_s).isNull());

    const CliRun wrongDigit = cliJson(db, {u"classify"_s, u"4006381333932"_s});
    CHECK(wrongDigit.exitCode == 1);
    CHECK(jsonOf(wrongDigit).value(u"kind"_s).toString() == u"gtin"_s);
    CHECK_FALSE(jsonOf(wrongDigit).value(u"valid"_s).toBool());
}

TEST_CASE("dockside-cli: the PIN from DOCKSIDE_PIN, or none at all", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QStringList receive{u"receive"_s, u"--user"_s, kWorker,      u"--parcel"_s, kTracking,
                              u"--item"_s,  kShirt,      u"--grade"_s, u"A"_s};

    SECTION("DOCKSIDE_PIN") {
        const QJsonObject json = okJson(db, receive, envWith(u"DOCKSIDE_PIN"_s, kPin));
        CHECK(json.value(u"items"_s).toArray().size() == 1);
    }

    SECTION("--pin beats DOCKSIDE_PIN") {
        okJson(db, QStringList(receive) << u"--pin"_s << kPin, envWith(u"DOCKSIDE_PIN"_s, u"1357"_s));
    }

    SECTION("a wrong DOCKSIDE_PIN") {
        const QString before = snapshot(db, {u"users.failed_attempts"_s});
        expectError(cliJson(db, receive, envWith(u"DOCKSIDE_PIN"_s, u"1357"_s)), 4, {u"PIN"_s});
        CHECK(snapshot(db, {u"users.failed_attempts"_s}) == before);
    }

    SECTION("no PIN and no terminal") {
        const QString before = snapshot(db);
        const CliRun run = cliJson(db, receive);
        expectError(run, 4, {u"PIN"_s});
        CHECK(run.err.contains(u"DOCKSIDE_PIN"_s));
        CHECK(snapshot(db) == before);
    }
}

TEST_CASE("dockside-cli: tote list and close", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QJsonObject good = okJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s,
                                                          kShirt, u"--grade"_s, u"A"_s}));
    const QJsonObject worn = okJson(db, withPin(kWorker, {u"receive"_s, u"--parcel"_s, kTracking, u"--item"_s,
                                                          kShirt, u"--grade"_s, u"D"_s}));
    const QJsonObject goodItem = good.value(u"items"_s).toArray()[0].toObject();
    const QJsonObject wornItem = worn.value(u"items"_s).toArray()[0].toObject();
    REQUIRE(goodItem.value(u"disposition"_s).toString() == u"restock"_s);
    REQUIRE(wornItem.value(u"disposition"_s).toString() == u"recycle"_s);
    REQUIRE(stringsOf(goodItem.value(u"queue"_s)).isEmpty());
    REQUIRE(stringsOf(wornItem.value(u"queue"_s)).isEmpty());
    const QString restockTote = goodItem.value(u"tote"_s).toString();
    const QString recycleTote = wornItem.value(u"tote"_s).toString();
    REQUIRE(restockTote != recycleTote);

    const QJsonObject list = okJson(db, {u"tote"_s, u"list"_s});
    QMap<QString, QJsonObject> totes;
    for (const QJsonValue& v : list.value(u"totes"_s).toArray())
        totes.insert(v.toObject().value(u"tote"_s).toString(), v.toObject());
    REQUIRE(totes.contains(restockTote));
    REQUIRE(totes.contains(recycleTote));
    CHECK(totes[restockTote].value(u"disposition"_s).toString() == u"restock"_s);
    CHECK(totes[restockTote].value(u"status"_s).toString() == u"open"_s);
    CHECK(totes[restockTote].value(u"items"_s).toInt() == 1);
    CHECK(totes[recycleTote].value(u"disposition"_s).toString() == u"recycle"_s);

    // A restock tote closes.
    const QJsonObject closed = okJson(db, withPin(kWorker, {u"tote"_s, u"close"_s, restockTote}));
    CHECK(closed.value(u"tote"_s).toObject().value(u"tote"_s).toString() == restockTote);
    CHECK(closed.value(u"tote"_s).toObject().value(u"status"_s).toString() == u"closed"_s);
    CHECK(closed.value(u"tote"_s).toObject().value(u"items"_s).toInt() == 1);

    // A recycle tote needs the chain of custody.
    const QString before = snapshot(db);
    expectError(cliJson(db, withPin(kWorker, {u"tote"_s, u"close"_s, recycleTote})), 1,
                {u"partner"_s, u"certificate"_s});
    CHECK(snapshot(db) == before);
    const QJsonObject recycled =
        okJson(db, withPin(kWorker, {u"tote"_s, u"close"_s, recycleTote, u"--partner"_s, u"GreenCycle GmbH"_s,
                                     u"--certificate"_s, u"GC-2026-17"_s}));
    CHECK(snapshot(db) != before); // the snapshot does see changes
    CHECK(recycled.value(u"tote"_s).toObject().value(u"partner"_s).toString() == u"GreenCycle GmbH"_s);
    CHECK(recycled.value(u"tote"_s).toObject().value(u"certificate_ref"_s).toString() == u"GC-2026-17"_s);

    // Closed totes leave the default list; --all shows them.
    QStringList open;
    for (const QJsonValue& v : okJson(db, {u"tote"_s, u"list"_s}).value(u"totes"_s).toArray())
        open << v.toObject().value(u"tote"_s).toString();
    CHECK_FALSE(open.contains(restockTote));
    CHECK_FALSE(open.contains(recycleTote));
    QStringList all;
    for (const QJsonValue& v : okJson(db, {u"tote"_s, u"list"_s, u"--all"_s}).value(u"totes"_s).toArray())
        all << v.toObject().value(u"tote"_s).toString();
    CHECK(all.contains(restockTote));
    CHECK(all.contains(recycleTote));

    // Closing it again, or a tote that does not exist, fails.
    const QString closedBefore = snapshot(db);
    expectError(cliJson(db, withPin(kWorker, {u"tote"_s, u"close"_s, restockTote})), 1, {restockTote});
    expectError(cliJson(db, withPin(kWorker, {u"tote"_s, u"close"_s, u"TOTE-9999"_s})), 1, {u"TOTE-9999"_s});
    CHECK(snapshot(db) == closedBefore);
}

TEST_CASE("dockside-cli: demo data and its report", "[cli]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db, false);

    const QJsonObject counts = okJson(db, {u"demo"_s, u"--items"_s, u"50"_s, u"--seed"_s, u"7"_s});
    CHECK(counts.value(u"items"_s).toInt() == 50);
    CHECK(counts.value(u"users"_s).toInt() > 0);
    CHECK(counts.value(u"parcels"_s).toInt() > 0);

    // The demo spreads its receipts over the last 90 days: ask for a year.
    const QString from = QDateTime::currentDateTimeUtc().addDays(-365).date().toString(Qt::ISODate);
    const QJsonObject report = okJson(db, {u"report"_s, u"--from"_s, from});
    CHECK(report.value(u"received"_s).toInt() == 50);
    for (const char* figure :
         {"period", "decided", "grade_mix", "disposition_mix", "refund_mix", "recovery_total", "exceptions",
          "dock_to_stock_minutes", "queue_open", "sustainability_kg"})
        CHECK(report.contains(QLatin1String(figure)));
    int graded = 0;
    const QJsonObject grades = report.value(u"grade_mix"_s).toObject();
    for (auto it = grades.begin(); it != grades.end(); ++it)
        graded += it.value().toInt();
    CHECK(graded > 0);
    CHECK(graded <= 50);

    const CliRun csv = cli(db, {u"report"_s, u"--from"_s, from, u"--format"_s, u"csv"_s});
    INFO(describe(csv));
    REQUIRE(csv.exitCode == 0);
    const QList<QStringList> rows = parseCsv(csv.out);
    REQUIRE(rows.size() > 1);
    CHECK(rows.first() == QStringList{u"figure"_s, u"key"_s, u"value"_s});
    bool receivedRow = false;
    for (const QStringList& row : rows.mid(1)) {
        CHECK(row.size() == 3);
        if (row.value(0) == u"received"_s)
            receivedRow = row.value(2) == u"50"_s;
    }
    CHECK(receivedRow);

    // The PDF report: needs --out; writes a real PDF with a page per two charts.
    expectError(cliJson(db, {u"report"_s, u"--format"_s, u"pdf"_s}), 2, {u"--out"_s});
    expectError(cliJson(db, {u"report"_s, u"--format"_s, u"xml"_s}), 2, {u"pdf"_s});
    const QString pdf = folder.path(u"report.pdf"_s);
    const QJsonObject written =
        okJson(db, {u"report"_s, u"--from"_s, from, u"--format"_s, u"pdf"_s, u"--out"_s, pdf});
    CHECK(written.value(u"file"_s).toString() == pdf);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");
    CHECK(written.value(u"charts"_s).toInt() == 14);
    expectError(
        cliJson(db, {u"report"_s, u"--format"_s, u"pdf"_s, u"--out"_s, folder.path(u"no/such/dir/r.pdf"_s)}),
        1, {u"Cannot write"_s});

    CHECK(okJson(db, {u"check"_s}).value(u"ok"_s).toBool());

    // Demo data only goes into a new station.
    const QString before = snapshot(db);
    expectError(cliJson(db, {u"demo"_s, u"--items"_s, u"50"_s, u"--seed"_s, u"7"_s}), 1, {u"demo"_s});
    CHECK(snapshot(db) == before);
}

TEST_CASE("dockside-cli: --help", "[cli]") {
    const CliRun tool = runCli({u"--help"_s});
    INFO(describe(tool));
    CHECK(tool.exitCode == 0);
    CHECK(tool.out.contains(u"Usage"_s));
    for (const char* command : {"init", "receive", "queue", "approve", "tote", "export", "report", "check"})
        CHECK(tool.out.contains(QLatin1String(command)));

    const CliRun receive = runCli({u"receive"_s, u"--help"_s});
    INFO(describe(receive));
    CHECK(receive.exitCode == 0);
    for (const char* option :
         {"--parcel", "--item", "--grade", "--check", "--disposition", "--reason", "--photo"})
        CHECK(receive.out.contains(QLatin1String(option)));

    const CliRun approve = runCli({u"approve"_s, u"--help"_s});
    CHECK(approve.exitCode == 0);
    CHECK(approve.out.contains(u"--comment"_s));

    // Without a command it is a usage error.
    CHECK(runCli({}).exitCode == 2);
}
