// Sync benchmarks against the real dockside-hq on 127.0.0.1 (see README.md here).
//
//   bench_sync [--work DIR] [--only push,pull,memory,fleet] [--events N] [--rmas N]
//              [--backlog N] [--stations N] [--station-events N]
//
// push    N pending events (default 100,000) pushed to dockside-hq: one `SyncClient::run` in a
//         child process, wall-clock time of the run.
// pull    N RMAs (default 100,000) imported into dockside-hq, pulled by a fresh station.
// memory  a backlog of N events (default 1,000,000) pushed by a child process; its peak RSS (VmHWM).
// fleet   N stations (default 20) with M events each (default 5,000) syncing at once, each a
//         separate `dockside-cli sync` process; checks every event reached HQ exactly once.
//
// Backlogs are generated through the real EventLog::append API (item events with realistic data,
// 10,000 per transaction); the generation time is reported but is not part of the budgets.
#include "services/EventLog.h"
#include "services/Station.h"
#include "store/Database.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

using namespace dockside;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString& message) {
    QTextStream(stderr) << "bench_sync: " << message << Qt::endl;
    std::exit(1);
}

// A field of /proc/self/status in kB: VmHWM (peak RSS), RssAnon (heap), RssFile (mapped files).
qint64 statusKb(const QByteArray& field) {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// A station with `events` undelivered events: per item the received, graded, disposition and
// tote events that the dock writes, with data shaped as hq-api.md says.
void generateBacklog(const QString& path, const QString& code, qint64 events) {
    auto station = Station::init(path, code, code);
    if (!station)
        die(station.error().message);
    Database& db = (*station)->db();
    EventLog log(db);
    const Millis start = nowMillis() - 30LL * 24 * 3600 * 1000;
    qint64 written = 0;
    qint64 item = 0;
    while (written < events) {
        Transaction tx(db);
        for (int i = 0; i < 10000 && written < events; ++item) {
            const QString lpn = u"%1-%2-X"_s.arg(code).arg(item, 7, 10, QLatin1Char('0'));
            const Millis at = start + item * 1000;
            const QString parcel = u"1Z999AA1%1"_s.arg(item, 10, 10, QLatin1Char('0'));
            const QJsonObject batch[] = {
                {{u"parcel"_s, parcel},
                 {u"rma"_s, u"RMA-2026-%1"_s.arg(item, 6, 10, QLatin1Char('0'))},
                 {u"rma_line"_s, 1},
                 {u"sku"_s, u"HP-XM5-BLK"_s},
                 {u"serial"_s, u"S01-%1"_s.arg(item)},
                 {u"authorization"_s, u"authorized"_s}},
                {{u"grade"_s, u"B"_s},
                 {u"checklist"_s, QJsonObject{{u"powers_on"_s, true}, {u"screen_intact"_s, false}}},
                 {u"notes"_s, u"scuffed corner"_s},
                 {u"photos"_s, QJsonArray{}}},
                {{u"disposition"_s, u"open_box"_s},
                 {u"suggested"_s, u"open_box"_s},
                 {u"reason"_s, QJsonValue()},
                 {u"estimated_recovery"_s,
                  QJsonObject{{u"amount"_s, u"219.50"_s}, {u"currency"_s, u"EUR"_s}}}},
                {{u"tote"_s, u"TOTE-%1"_s.arg(item / 40 + 1, 4, 10, QLatin1Char('0'))}},
            };
            const QString* types[] = {&event::ItemReceived, &event::ItemGraded, &event::ItemDispositionSet,
                                      &event::ItemMovedToTote};
            for (int k = 0; k < 4 && written < events; ++k, ++i, ++written)
                log.append(*types[k], u"item"_s, lpn, u"U-0003"_s, batch[k], at + k * 20000);
        }
        tx.commit();
    }
}

struct ChildResult {
    double seconds = 0;
    qint64 pushed = 0;
    qint64 pending = -1;
    qint64 rmas = 0;
    qint64 rssKb = 0;
    qint64 anonKb = 0; // at the end of the run
    qint64 fileKb = 0;
};

// `bench_sync child-sync DB URL TOKEN`: one SyncClient run, as dockside-cli sync does it.
int childSync(const QString& db, const QString& url, const QString& token) {
    SyncOptions options;
    options.hqUrl = url;
    options.token = token;
    options.respectBackoff = false;
    SyncClient client(db);
    QElapsedTimer timer;
    timer.start();
    auto summary = client.run(options);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!summary)
        die(summary.error().message);
    QJsonObject result = summary->toJson();
    result.insert(u"seconds"_s, seconds);
    result.insert(u"peak_rss_kb"_s, statusKb("VmHWM"));
    result.insert(u"rss_anon_kb"_s, statusKb("RssAnon"));
    result.insert(u"rss_file_kb"_s, statusKb("RssFile"));
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

ChildResult runChild(const QString& db, const QString& url, const QString& token) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"child-sync"_s, db, url, token});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        die(u"the sync child failed"_s);
    const QJsonObject o = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    return {o.value(u"seconds"_s).toDouble(),
            o.value(u"pushed"_s).toInteger() + o.value(u"duplicates"_s).toInteger(),
            o.value(u"pending"_s).toInteger(),
            o.value(u"pulled"_s).toObject().value(u"rmas"_s).toInteger(),
            o.value(u"peak_rss_kb"_s).toInteger(),
            o.value(u"rss_anon_kb"_s).toInteger(),
            o.value(u"rss_file_kb"_s).toInteger()};
}

class Hq {
public:
    Hq(const QString& db, const QStringList& args) {
        m_process.setProgram(QStringLiteral(DOCKSIDE_HQ_PATH));
        m_process.setArguments(QStringList{u"--db"_s, db, u"--port"_s, u"0"_s} + args);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(10000))
            line += m_process.readAllStandardOutput();
        const QByteArray prefix = "listening on http://127.0.0.1:";
        if (!line.startsWith(prefix))
            die(u"dockside-hq did not start: %1"_s.arg(QString::fromUtf8(m_process.readAllStandardError())));
        m_port = line.mid(prefix.size()).trimmed().toUShort();
    }
    ~Hq() {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

qint64 hqEvents(const QString& hqDb, const QString& station) {
    auto db = Database::open(hqDb, Database::Mode::ReadOnly);
    if (!db)
        die(db.error().message);
    Statement s = (*db)->prepare("SELECT count(*), count(DISTINCT id) FROM events WHERE station = ?");
    s.bind(1, station);
    s.step();
    if (s.int64(0) != s.int64(1))
        die(u"HQ holds an event of %1 twice"_s.arg(station));
    return s.int64(0);
}

double seconds(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

void benchPush(const QDir& work, qint64 events, const char* label, double budgetSeconds, qint64 rssBudgetKb) {
    const QString db = work.filePath(u"push-%1.db"_s.arg(events));
    QElapsedTimer t;
    t.start();
    generateBacklog(db, u"BEN-D01"_s, events);
    out << u"%1: generated %2 events through EventLog in %3 s"_s.arg(QLatin1String(label))
               .arg(events)
               .arg(seconds(t), 0, 'f', 1)
        << Qt::endl;
    const QString hqDb = work.filePath(u"hq-push-%1.db"_s.arg(events));
    Hq hq(hqDb, {u"--token"_s, u"BEN-D01=bench"_s});
    const ChildResult r = runChild(db, hq.url(), u"bench"_s);
    const qint64 atHq = hqEvents(hqDb, u"BEN-D01"_s);
    out << u"%1: pushed %2 events in %3 s (%4 events/s), %5 pending, HQ holds %6; peak RSS %7 MB "
           "(at the end: %8 MB heap, %9 MB mapped files)"_s.arg(QLatin1String(label))
               .arg(r.pushed)
               .arg(r.seconds, 0, 'f', 2)
               .arg(static_cast<qint64>(r.pushed / std::max(r.seconds, 1e-9)))
               .arg(r.pending)
               .arg(atHq)
               .arg(r.rssKb / 1024.0, 0, 'f', 1)
               .arg(r.anonKb / 1024.0, 0, 'f', 1)
               .arg(r.fileKb / 1024.0, 0, 'f', 1)
        << Qt::endl;
    const bool ok = r.pending == 0 && atHq == events && (budgetSeconds <= 0 || r.seconds < budgetSeconds) &&
                    (rssBudgetKb <= 0 || r.rssKb < rssBudgetKb);
    out << u"%1: %2"_s.arg(QLatin1String(label), ok ? u"MET"_s : u"MISSED"_s) << Qt::endl;

    // The nightly case afterwards: a few new events behind a long delivered history.
    generateBacklog(db, u"BEN-D01"_s, 100);
    const ChildResult next = runChild(db, hq.url(), u"bench"_s);
    out << u"%1: then 100 new events behind %2 delivered ones: sync in %3 s"_s.arg(QLatin1String(label))
               .arg(events)
               .arg(next.seconds, 0, 'f', 2)
        << Qt::endl;
}

void benchPull(const QDir& work, qint64 rmas) {
    QElapsedTimer t;
    t.start();
    const QString file = work.filePath(u"rmas.json"_s);
    {
        QJsonArray all;
        for (qint64 i = 0; i < rmas; ++i) {
            const QString code = u"RMA-2026-%1"_s.arg(i + 1, 7, 10, QLatin1Char('0'));
            QJsonArray lines;
            for (int l = 1; l <= 1 + i % 2; ++l)
                lines.append(QJsonObject{
                    {u"line"_s, l},
                    {u"sku"_s, l == 1 ? u"HP-XM5-BLK"_s : u"PH-P8-128"_s},
                    {u"gtin"_s, l == 1 ? u"04548736132610"_s : u"00840244706616"_s},
                    {u"qty"_s, 1},
                    {u"serials"_s, QJsonArray{u"S%1-%2"_s.arg(l).arg(i)}},
                    {u"unit_value"_s, QJsonObject{{u"amount"_s, u"349.00"_s}, {u"currency"_s, u"EUR"_s}}}});
            all.append(
                QJsonObject{{u"rma"_s, code},
                            {u"status"_s, u"authorized"_s},
                            {u"order"_s, u"SO-%1"_s.arg(88000 + i)},
                            {u"customer_ref"_s, u"C-%1"_s.arg(i % 9000)},
                            {u"reason_code"_s, u"defective"_s},
                            {u"created_at"_s, u"2026-11-20T10:00:00.000Z"_s},
                            {u"expires_at"_s, u"2026-12-20T23:59:59.000Z"_s},
                            {u"tracking"_s, QJsonArray{u"1Z999AA1%1"_s.arg(i, 8, 10, QLatin1Char('0'))}},
                            {u"lines"_s, lines},
                            {u"updated_at"_s, u"2026-11-21T08:00:00.000Z"_s}});
        }
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            die(f.errorString());
        f.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
    }
    const QString hqDb = work.filePath(u"hq-pull.db"_s);
    QProcess import;
    import.setProcessChannelMode(QProcess::ForwardedChannels);
    import.start(QStringLiteral(DOCKSIDE_HQ_PATH), {u"--db"_s, hqDb, u"import"_s, u"rmas"_s, file});
    if (!import.waitForFinished(-1) || import.exitCode() != 0)
        die(u"dockside-hq import failed"_s);
    out << u"pull: made and imported %1 RMAs into dockside-hq in %2 s"_s.arg(rmas).arg(seconds(t), 0, 'f', 1)
        << Qt::endl;
    const QString db = work.filePath(u"pull.db"_s);
    if (auto station = Station::init(db, u"BEN-D02"_s, u"pull"_s); !station)
        die(station.error().message);
    Hq hq(hqDb, {u"--token"_s, u"BEN-D02=bench"_s});
    const ChildResult r = runChild(db, hq.url(), u"bench"_s);
    auto station = Station::open(db);
    const qint64 stored = (*station)->db().scalar("SELECT count(*) FROM rmas");
    out << u"pull: pulled %1 RMAs in %2 s (%3 RMAs/s); the station holds %4; peak RSS %5 MB"_s.arg(r.rmas)
               .arg(r.seconds, 0, 'f', 2)
               .arg(static_cast<qint64>(r.rmas / std::max(r.seconds, 1e-9)))
               .arg(stored)
               .arg(r.rssKb / 1024.0, 0, 'f', 1)
        << Qt::endl;
    out << u"pull: %1"_s.arg(r.rmas == rmas && stored == rmas && r.seconds < 30 ? u"MET"_s : u"MISSED"_s)
        << Qt::endl;
}

void benchFleet(const QDir& work, int stations, qint64 eventsEach) {
    QElapsedTimer t;
    t.start();
    QStringList tokens;
    std::vector<QString> dbs, codes;
    for (int s = 0; s < stations; ++s) {
        codes.push_back(u"FLT-D%1"_s.arg(s + 1, 2, 10, QLatin1Char('0')));
        dbs.push_back(work.filePath(u"fleet-%1.db"_s.arg(s + 1)));
        generateBacklog(dbs.back(), codes.back(), eventsEach);
        tokens.append(u"%1=token-%2"_s.arg(codes.back()).arg(s + 1));
    }
    QFile tokenFile(work.filePath(u"tokens.txt"_s));
    if (!tokenFile.open(QIODevice::WriteOnly))
        die(tokenFile.errorString());
    tokenFile.write(tokens.join(u'\n').toUtf8() + '\n');
    tokenFile.close();
    out << u"fleet: generated %1 stations x %2 events in %3 s"_s.arg(stations)
               .arg(eventsEach)
               .arg(seconds(t), 0, 'f', 1)
        << Qt::endl;

    const QString hqDb = work.filePath(u"hq-fleet.db"_s);
    Hq hq(hqDb, {u"--tokens"_s, tokenFile.fileName()});
    std::vector<std::unique_ptr<QProcess>> syncs;
    t.restart();
    for (int s = 0; s < stations; ++s) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(QStringLiteral(DOCKSIDE_CLI_PATH), {u"--db"_s, dbs[s], u"--json"_s, u"sync"_s, u"--hq"_s,
                                                     hq.url(), u"--token"_s, u"token-%1"_s.arg(s + 1)});
        syncs.push_back(std::move(p));
    }
    int failures = 0;
    qint64 lost = 0;
    for (int s = 0; s < stations; ++s) {
        syncs[s]->waitForFinished(-1);
        if (syncs[s]->exitStatus() != QProcess::NormalExit || syncs[s]->exitCode() != 0) {
            ++failures;
            QTextStream(stderr) << codes[s] << ": " << syncs[s]->readAllStandardError() << Qt::endl;
        }
    }
    const double wall = seconds(t);
    for (int s = 0; s < stations; ++s) {
        auto station = Station::open(dbs[s]);
        const qint64 pending = EventLog((*station)->db()).pendingCount();
        const qint64 atHq = hqEvents(hqDb, codes[s]);
        lost += (eventsEach - atHq) + pending;
    }
    out << u"fleet: %1 stations x %2 events synced at once in %3 s (%4 events/s at HQ); %5 failed runs, "
           "%6 events missing or pending"_s.arg(stations)
               .arg(eventsEach)
               .arg(wall, 0, 'f', 2)
               .arg(static_cast<qint64>(stations * eventsEach / std::max(wall, 1e-9)))
               .arg(failures)
               .arg(lost)
        << Qt::endl;
    out << u"fleet: %1"_s.arg(failures == 0 && lost == 0 ? u"MET"_s : u"MISSED"_s) << Qt::endl;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("child-sync") && args.size() == 4)
        return childSync(args[1], args[2], args[3]);

    QString workDir;
    QStringList only = {u"push"_s, u"pull"_s, u"memory"_s, u"fleet"_s};
    qint64 events = 100000, rmas = 100000, backlog = 1000000, stationEvents = 5000;
    int stations = 20;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString& key = args[i];
        const QString& value = args[i + 1];
        if (key == QLatin1String("--work"))
            workDir = value;
        else if (key == QLatin1String("--only"))
            only = value.split(u',');
        else if (key == QLatin1String("--events"))
            events = value.toLongLong();
        else if (key == QLatin1String("--rmas"))
            rmas = value.toLongLong();
        else if (key == QLatin1String("--backlog"))
            backlog = value.toLongLong();
        else if (key == QLatin1String("--stations"))
            stations = value.toInt();
        else if (key == QLatin1String("--station-events"))
            stationEvents = value.toLongLong();
        else
            die(u"unknown option %1"_s.arg(key));
    }
    QTemporaryDir temp;
    QDir work(workDir.isEmpty() ? temp.path() : workDir);
    if (!work.exists() && !QDir().mkpath(work.path()))
        die(u"cannot create %1"_s.arg(work.path()));
    if (only.contains(u"push"_s))
        benchPush(work, events, "push", 30, 0);
    if (only.contains(u"pull"_s))
        benchPull(work, rmas);
    if (only.contains(u"memory"_s))
        benchPush(work, backlog, "memory", 0, 200 * 1024);
    if (only.contains(u"fleet"_s))
        benchFleet(work, stations, stationEvents);
    return 0;
}
