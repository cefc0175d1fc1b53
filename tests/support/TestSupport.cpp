#include "TestSupport.h"

#include "services/Catalog.h"
#include "services/EventLog.h"
#include "services/IntegrityCheck.h"
#include "services/Users.h"
#include "store/Database.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QUuid>

#include <catch2/catch.hpp>

#include <stdexcept>

#include <signal.h>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace dockside::test {

TempFolder::TempFolder() {
    m_dir.setAutoRemove(true);
}

namespace {

Product product(const char* sku, const char* gtin, const char* category, qint64 valueCents, int weightG,
                const char* hazmat = "none", bool dataBearing = false, bool returnable = true) {
    Product p;
    p.sku = QString::fromLatin1(sku);
    p.gtins = {QString::fromLatin1(gtin)};
    p.description = QStringLiteral("Test product %1").arg(p.sku);
    p.category = QString::fromLatin1(category);
    p.unitValue = {valueCents, QStringLiteral("EUR")};
    p.weightG = weightG;
    p.hazmat = QString::fromLatin1(hazmat);
    p.dataBearing = dataBearing;
    p.returnable = returnable;
    return p;
}

RmaLine line(int number, const char* sku, const char* gtin, int qty, qint64 valueCents,
             QStringList serials = {}) {
    RmaLine l;
    l.line = number;
    l.sku = QString::fromLatin1(sku);
    l.gtin = QString::fromLatin1(gtin);
    l.qty = qty;
    l.unitValue = {valueCents, QStringLiteral("EUR")};
    l.serials = serials;
    return l;
}

Rma rma(const char* code, const char* status, const char* reason, Millis created, Millis expires,
        QStringList tracking, QList<RmaLine> lines) {
    Rma r;
    r.rma = QString::fromLatin1(code);
    r.status = QString::fromLatin1(status);
    r.order = QStringLiteral("SO-1");
    r.customerRef = QStringLiteral("C-1");
    r.reasonCode = QString::fromLatin1(reason);
    r.createdAt = created;
    r.expiresAt = expires;
    r.updatedAt = created;
    r.tracking = tracking;
    r.lines = lines;
    return r;
}

} // namespace

// GTINs below carry valid GS1 check digits; tracking numbers valid carrier check digits.
void seedCatalog(Station& station, Millis now) {
    Database& db = station.db();
    Transaction tx(db);
    Catalog catalog(db);
    catalog.upsertProduct(
        product("HP-XM5-BLK", "04548736132610", "electronics.audio", 34900, 250, "lithium_ion"));
    catalog.upsertProduct(product("TSHIRT-M", "04006381333931", "apparel.tops", 1999, 180));
    catalog.upsertProduct(
        product("PHONE-128", "00012345678905", "electronics.phone", 79900, 200, "lithium_ion", true));
    catalog.upsertProduct(
        product("LAPTOP-16", "09506000134352", "electronics.laptop", 189900, 2100, "lithium_ion", true));
    catalog.upsertProduct(product("BRUSH-EL", "04012345000016", "health.personal_care", 4999, 300,
                                  "lithium_ion", false, false));
    const Millis day = kMillisPerDay;
    catalog.upsertRma(rma("RMA-2026-000123", "authorized", "defective", now - 5 * day, now + 25 * day,
                          {QStringLiteral("1Z999AA10123456784")},
                          {line(1, "HP-XM5-BLK", "04548736132610", 1, 34900, {QStringLiteral("S01-4471123")}),
                           line(2, "TSHIRT-M", "04006381333931", 2, 1999)}));
    catalog.upsertRma(rma("RMA-2026-000124", "cancelled", "changed_mind", now - 5 * day, now + 25 * day, {},
                          {line(1, "TSHIRT-M", "04006381333931", 1, 1999)}));
    catalog.upsertRma(rma("RMA-2026-000125", "authorized", "changed_mind", now - 60 * day, now - 30 * day, {},
                          {line(1, "TSHIRT-M", "04006381333931", 1, 1999)}));
    catalog.upsertRma(rma("RMA-2026-000126", "authorized", "changed_mind", now - 2 * day, now + 28 * day, {},
                          {line(1, "LAPTOP-16", "09506000134352", 1, 189900, {QStringLiteral("LPT-0001")}),
                           line(2, "PHONE-128", "00012345678905", 1, 79900, {QStringLiteral("PHN-0001")}),
                           line(3, "BRUSH-EL", "04012345000016", 1, 4999)}));
    catalog.upsertRma(rma("RMA-2026-000127", "closed", "defective", now - 2 * day, now + 28 * day, {},
                          {line(1, "TSHIRT-M", "04006381333931", 1, 1999)}));
    tx.commit();
}

StationFixture::StationFixture() {
    auto created = Station::init(folder.dbPath(), QStringLiteral("TST-D01"), QStringLiteral("Test dock"));
    if (!created)
        throw std::runtime_error(created.error().message.toStdString());
    station = std::move(*created);
    (void)station->setSetting(setting::PinIterations, QStringLiteral("1000"));
    station->setClock(kNow);
    seedCatalog(*station, kNow);
    Users users(*station);
    worker = *users.add(nullptr, QStringLiteral("U-1001"), QStringLiteral("Wanda Worker"), Role::Worker,
                        QString::fromLatin1(kPin));
    supervisor = *users.add(nullptr, QStringLiteral("U-1002"), QStringLiteral("Sam Supervisor"),
                            Role::Supervisor, QString::fromLatin1(kPin));
    admin = *users.add(nullptr, QStringLiteral("U-1003"), QStringLiteral("Ada Admin"), Role::Admin,
                       QString::fromLatin1(kPin));
}

QString cliPath() {
    return QStringLiteral(DOCKSIDE_CLI_PATH);
}
QString sourcePath(const QString& relative) {
    return QStringLiteral(DOCKSIDE_SOURCE_DIR "/") + relative;
}

CliRun runCli(const QStringList& args, const QProcessEnvironment& extraEnv, const QByteArray& stdinData) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DOCKSIDE_PIN"));
    env.remove(QStringLiteral("DOCKSIDE_DB"));
    env.remove(QStringLiteral("DOCKSIDE_HQ_URL"));
    env.remove(QStringLiteral("DOCKSIDE_HQ_TOKEN"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString& key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    process.start(cliPath(), args);
    process.waitForStarted();
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Starts dockside-hq on port 0 and reads the chosen port from its first line; The caller owns the process (it
// is killed when deleted).
QProcess* startHq(const QString& dbPath, const QStringList& extraArgs, quint16* port) {
    auto* process = new QProcess;
    process->setProgram(QStringLiteral(DOCKSIDE_HQ_PATH));
    process->setArguments(QStringList{u"--db"_s, dbPath, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s} +
                          extraArgs);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    // The server dies with the test process, even one a sanitizer aborts mid-test: a server left
    // behind would keep its port, and any lock file descriptor it inherited, forever.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process->start();
    *port = 0;
    if (!process->waitForStarted(5000))
        return process;
    QByteArray line;
    while (!line.contains('\n') && process->waitForReadyRead(5000))
        line += process->readAllStandardOutput();
    const QByteArray prefix = "listening on http://127.0.0.1:";
    if (line.startsWith(prefix))
        *port = static_cast<quint16>(line.mid(prefix.size()).trimmed().toUInt());
    return process;
}

void stopHq(QProcess* process) {
    if (!process)
        return;
    process->kill();
    process->waitForFinished(5000);
    delete process;
}

void checkExactlyOnce(Station& station, const QString& hqDb) {
    auto hq = Database::open(hqDb, Database::Mode::ReadOnly);
    REQUIRE(hq.ok());
    EventLog log(station.db());
    QSet<QString> local;
    Statement rows = station.db().prepare("SELECT seq FROM events WHERE dead_code IS NULL");
    while (rows.step())
        local.insert(log.idFor(rows.int64(0)).toString(QUuid::WithoutBraces));
    QSet<QString> remote;
    Statement remoteRows = (*hq)->prepare("SELECT id FROM events WHERE station = 'TST-D01'");
    qint64 remoteCount = 0;
    while (remoteRows.step()) {
        remote.insert(remoteRows.text(0));
        ++remoteCount;
    }
    CHECK(remoteCount == remote.size());
    CHECK(remote == local);
    CHECK(station.db().scalar(
              "SELECT count(*) FROM events WHERE delivered_at IS NULL AND dead_code IS NULL") == 0);
    CHECK(checkIntegrity(station).ok());
}

// A station like StationFixture's (fast PIN hashing, seedCatalog's catalog and RMAs, U-1001 worker,
// U-1002 supervisor, U-1003 admin, PIN 2468), but with the RMAs made relative to the real clock,
// which is the one the CLI uses. The Station object is gone when this returns: one writer at a time.
void prepareCliStation(const QString& dbPath, bool withUsers) {
    auto created = Station::init(dbPath, QStringLiteral("TST-D01"), QStringLiteral("Test dock"));
    REQUIRE(created.ok());
    Station& station = **created;
    REQUIRE(station.setSetting(setting::PinIterations, QStringLiteral("1000")).ok());
    seedCatalog(station, nowMillis());
    if (!withUsers)
        return;
    Users users(station);
    REQUIRE(users
                .add(nullptr, QStringLiteral("U-1001"), QStringLiteral("Wanda Worker"), Role::Worker,
                     QString::fromLatin1(StationFixture::kPin))
                .ok());
    REQUIRE(users
                .add(nullptr, QStringLiteral("U-1002"), QStringLiteral("Sam Supervisor"), Role::Supervisor,
                     QString::fromLatin1(StationFixture::kPin))
                .ok());
    REQUIRE(users
                .add(nullptr, QStringLiteral("U-1003"), QStringLiteral("Ada Admin"), Role::Admin,
                     QString::fromLatin1(StationFixture::kPin))
                .ok());
}

void damageItemsTable(const QString& dbPath) {
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        auto opened = Database::open(dbPath);
        REQUIRE(opened.ok());
        (*opened)->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        page = (*opened)->scalar("SELECT rootpage FROM sqlite_schema WHERE name = 'items'");
        pageSize = (*opened)->scalar("PRAGMA page_size");
    }
    QFile::remove(dbPath + QStringLiteral("-checked"));
    QFile file(dbPath);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * pageSize));
    file.write(QByteArray(static_cast<int>(pageSize), '\x5a'));
}

} // namespace dockside::test
