// Sync against the real dockside-hq (a process on 127.0.0.1, port 0) and against a fault-injecting
// proxy written here (never in dockside-hq): after every failure, a resync against a good server
// leaves every local event on HQ exactly once and the station's data intact.

#include "TestSupport.h"

#include "policy/Policy.h"
#include "services/Catalog.h"
#include "services/EventLog.h"
#include "services/IntegrityCheck.h"
#include "services/Receiving.h"
#include "store/EventCodec.h"
#include "sync/HqProtocol.h"
#include "sync/SyncClient.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>

using namespace dockside;
using namespace Qt::StringLiterals;

using namespace dockside::test;

namespace {

struct HqProcess {
    explicit HqProcess(const QString& db) {
        process = startHq(db, {u"--token"_s, u"TST-D01=secret"_s}, &port);
        REQUIRE(port != 0);
    }
    ~HqProcess() { stopHq(process); }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(port); }
    QProcess* process = nullptr;
    quint16 port = 0;
};

// A station with a graded item (and its photo), a blind receipt and users: a few dozen events.
void makeEvents(StationFixture& f, int parcels = 2) {
    Receiving receiving(*f.station, f.worker);
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    const QString photo = f.folder.path(u"photo.png"_s);
    REQUIRE(image.save(photo, "PNG"));
    ParcelRequest request;
    request.parcelCode = u"1Z999AA10123456784"_s;
    request.itemCodes = {u"4006381333931"_s};
    Inspection inspection;
    inspection.grade = Grade::A;
    inspection.photoFiles = {photo};
    request.inspection = inspection;
    REQUIRE(receiving.receive(request).ok());
    for (int i = 1; i < parcels; ++i)
        REQUIRE(receiving.openParcel(u"NOLABEL-%1"_s.arg(4711 + i)).ok());
}

SyncOptions options(const QString& url, const QString& token = u"secret"_s) {
    SyncOptions o;
    o.hqUrl = url;
    o.token = token;
    o.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    o.transferTimeoutMs = 3000;
    o.deadlineMs = 3000;
    o.respectBackoff = false;
    o.backoffBaseMs = 1000;
    return o;
}

qint64 delivered(Station& s) {
    return s.db().scalar("SELECT count(*) FROM events WHERE delivered_at IS NOT NULL");
}

// Speaks just enough HTTP/1.1 to sit between the station and dockside-hq and misbehave on cue.
class FaultProxy : public QObject {
public:
    enum class Action {
        Pass,
        DropBefore,        // close the connection without forwarding
        DropAfter,         // forward (HQ commits), then close without answering
        Error500After,     // forward, then 500 with an HTML body
        Truncated200After, // forward, then a 200 whose body stops half way and the connection closes
        ShortJson200After, // forward, then a 200 whose Content-Length covers only half the JSON
        SlowDripAfter,     // forward, then drip the answer one byte every 300 ms
        TooMany429,        // 429 with Retry-After: 7, nothing forwarded
        Gone410,           // 410 cursor_expired
        Body200After,      // forward, then 200 with `body`
        Body200Before,     // 200 with `body`, nothing forwarded
        TooLarge413,       // 413 without forwarding
    };
    struct Request {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int events = 0;
    };

    FaultProxy(quint16 upstreamPort, std::function<Action(const Request&)> decide)
        : m_upstream(upstreamPort)
        , m_decide(std::move(decide)) {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    QByteArray body;
    int maxEventsSeen = 0;
    int requests = 0;

private:
    void onData(QTcpSocket* socket) {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> start = lines.first().trimmed().split(' ');
            request.method = start.value(0);
            const QUrl target(QString::fromLatin1(start.value(1)));
            request.path = target.path();
            request.query = QUrlQuery(target);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray key = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({key, value});
                if (key.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            if (request.path.endsWith(u"/events"_s))
                if (auto batch = hq::parseBatch(request.body)) {
                    request.events = static_cast<int>(batch->events.size());
                    maxEventsSeen = std::max(maxEventsSeen, request.events);
                }
            ++requests;
            if (!handle(socket, request))
                return;
        }
    }

    static QByteArray response(int status, const QByteArray& body, const QByteArray& extra = {}) {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" + extra +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    // The upstream answer as raw bytes (status line, headers, body), read with blocking calls:
    // dockside-hq is another process, so waiting here cannot deadlock.
    QByteArray forward(const Request& request) {
        QTcpSocket upstream;
        upstream.connectToHost(QHostAddress::LocalHost, m_upstream);
        REQUIRE(upstream.waitForConnected(5000));
        QByteArray out = request.method + ' ' + request.path.toLatin1();
        if (!request.query.isEmpty())
            out += '?' + request.query.toString(QUrl::FullyEncoded).toLatin1();
        out += " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
        for (const auto& [key, value] : request.headers)
            if (key.compare("Host", Qt::CaseInsensitive) != 0 &&
                key.compare("Connection", Qt::CaseInsensitive) != 0)
                out += key + ": " + value + "\r\n";
        out += "\r\n" + request.body;
        upstream.write(out);
        QByteArray answer;
        qsizetype need = -1;
        while (upstream.waitForReadyRead(5000) || upstream.bytesAvailable()) {
            answer += upstream.readAll();
            const qsizetype end = answer.indexOf("\r\n\r\n");
            if (end >= 0 && need < 0) {
                need = 0;
                for (const QByteArray& line : answer.left(end).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        need = line.mid(15).trimmed().toLongLong();
                need += end + 4;
            }
            if (need >= 0 && answer.size() >= need)
                break;
        }
        return answer;
    }

    // false when the socket is gone.
    bool handle(QTcpSocket* socket, const Request& request) {
        const Action action = m_decide(request);
        switch (action) {
        case Action::Pass:
            socket->write(forward(request));
            return true;
        case Action::DropBefore:
            socket->abort();
            return false;
        case Action::DropAfter:
            forward(request);
            socket->abort();
            return false;
        case Action::Error500After:
            forward(request);
            socket->write("HTTP/1.1 500 X\r\nContent-Type: text/html\r\nContent-Length: "
                          "21\r\n\r\n<html>oops</html>    ");
            return true;
        case Action::Truncated200After: {
            const QByteArray full = forward(request);
            const QByteArray payload = full.mid(full.indexOf("\r\n\r\n") + 4);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(payload.size()) + "\r\n\r\n" + payload.left(payload.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
            return false;
        }
        case Action::ShortJson200After: {
            const QByteArray full = forward(request);
            const QByteArray payload = full.mid(full.indexOf("\r\n\r\n") + 4);
            socket->write(response(200, payload.left(payload.size() / 2)));
            return true;
        }
        case Action::SlowDripAfter: {
            const QByteArray full = forward(request);
            auto* timer = new QTimer(socket);
            auto position = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, full, position] {
                if (*position < full.size())
                    socket->write(full.mid((*position)++, 1));
            });
            timer->start(300);
            return true;
        }
        case Action::TooMany429:
            socket->write(
                response(429, hq::errorBody(u"rate_limited"_s, u"slow down"_s), "Retry-After: 7\r\n"));
            return true;
        case Action::Gone410:
            socket->write(response(410, hq::errorBody(u"cursor_expired"_s, u"old"_s)));
            return true;
        case Action::Body200After:
            forward(request);
            socket->write(response(200, body));
            return true;
        case Action::Body200Before:
            socket->write(response(200, body));
            return true;
        case Action::TooLarge413:
            socket->write(response(413, hq::errorBody(u"batch_too_large"_s, u"too big"_s)));
            return true;
        }
        return true;
    }

    QTcpServer m_server;
    quint16 m_upstream;
    std::function<Action(const Request&)> m_decide;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

bool isPush(const FaultProxy::Request& r) {
    return r.method == "POST" && r.path.endsWith(u"/events"_s);
}

} // namespace

TEST_CASE("Sync pushes every event exactly once and pulls RMAs, catalog and policy", "[sync]") {
    StationFixture f;
    makeEvents(f);
    TempFolder hqFolder;
    const QString hqDb = hqFolder.path(u"hq.db"_s);
    {
        // HQ knows one more product than the station.
        QJsonArray products{Catalog::toJson(*Catalog(f.station->db()).productBySku(u"HP-XM5-BLK"_s))};
        QJsonObject extra = products.first().toObject();
        extra.insert(u"sku"_s, u"NEW-SKU-1"_s);
        extra.insert(u"gtins"_s, QJsonArray{u"00000000000017"_s});
        products.append(extra);
        QFile file(hqFolder.path(u"catalog.json"_s));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(products).toJson());
        file.close();
        QJsonArray rmas{Catalog::toJson(*Catalog(f.station->db()).rma(u"RMA-2026-000123"_s))};
        QFile rmaFile(hqFolder.path(u"rmas.json"_s));
        REQUIRE(rmaFile.open(QIODevice::WriteOnly));
        rmaFile.write(QJsonDocument(rmas).toJson());
        rmaFile.close();
        for (const QString& feed : {u"catalog"_s, u"rmas"_s}) {
            QProcess importer;
            importer.start(QStringLiteral(DOCKSIDE_HQ_PATH),
                           {u"--db"_s, hqDb, u"import"_s, feed, hqFolder.path(feed + u".json"_s)});
            REQUIRE(importer.waitForFinished(10000));
            REQUIRE(importer.exitCode() == 0);
        }
    }
    HqProcess hq(hqDb);
    const qint64 total = f.station->db().scalar("SELECT count(*) FROM events");
    REQUIRE(total > 5);

    SyncClient client(f.station->databasePath());
    auto first = client.run(options(hq.url()));
    REQUIRE(first.ok());
    CHECK(first->pushed == total);
    CHECK(first->pending == 0);
    CHECK(first->pulledCatalog == 2);
    CHECK(first->pulledRmas == 1);
    CHECK(first->pulledPolicy);
    CHECK(first->blobsUploaded == 1);
    CHECK(Catalog(f.station->db()).productBySku(u"NEW-SKU-1"_s).has_value());
    CHECK(f.station->db().scalar("SELECT count(*) FROM photos WHERE uploaded = 0") == 0);
    checkExactlyOnce(*f.station, hqDb);

    // A second run sends nothing again, pulls nothing new and gets 304 for the policy.
    auto second = client.run(options(hq.url()));
    REQUIRE(second.ok());
    CHECK(second->pushed == 0);
    CHECK(second->duplicates == 0);
    CHECK(second->pulledCatalog == 0);
    CHECK_FALSE(second->pulledPolicy);
    checkExactlyOnce(*f.station, hqDb);

    // Forgetting deliveries (a restored copy) resends: HQ answers duplicates, still once.
    {
        Transaction tx(f.station->db());
        f.station->db().exec("UPDATE events SET delivered_at = NULL");
        tx.commit();
    }
    auto third = client.run(options(hq.url()));
    REQUIRE(third.ok());
    CHECK(third->duplicates == total);
    checkExactlyOnce(*f.station, hqDb);
}

TEST_CASE("dockside-cli sync: exit codes, JSON summary, option over environment", "[sync]") {
    StationFixture f;
    makeEvents(f);
    const QString db = f.station->databasePath();
    TempFolder hqFolder;
    HqProcess hq(hqFolder.path(u"hq.db"_s));
    const qint64 total = f.station->db().scalar("SELECT count(*) FROM events");

    // Wrong token: exit 4, nothing delivered.
    CliRun wrong =
        runCli({u"--db"_s, db, u"--json"_s, u"sync"_s, u"--hq"_s, hq.url(), u"--token"_s, u"nope"_s});
    CHECK(wrong.exitCode == 4);
    CHECK(delivered(*f.station) == 0);
    CHECK_FALSE(wrong.err.contains(u"nope"_s)); // the token is never printed

    // Nobody listening: exit 3.
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost, 0));
    const QString deadUrl = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();
    CliRun unreachable = runCli({u"--db"_s, db, u"sync"_s, u"--hq"_s, deadUrl, u"--token"_s, u"secret"_s});
    CHECK(unreachable.exitCode == 3);
    const auto next = SyncClient::nextAttempt(f.station->db());
    REQUIRE(next.has_value());
    {
        // Full jitter may pick a wait near zero; make it certain for the next check.
        Transaction tx(f.station->db());
        f.station->db()
            .prepare("UPDATE sync_state SET next_attempt = ? WHERE feed = 'hq'")
            .bind(1, nowMillis() + 60000)
            .run();
        tx.commit();
    }
    // Backing off after that failure: exit 3 without trying.
    CliRun backoff = runCli({u"--db"_s, db, u"sync"_s, u"--hq"_s, hq.url(), u"--token"_s, u"secret"_s});
    CHECK(backoff.exitCode == 3);
    CHECK(delivered(*f.station) == 0);

    // Plain http to a non-loopback host is refused (configuration: exit 2).
    CliRun insecure = runCli({u"--db"_s, db, u"sync"_s, u"--force"_s, u"--hq"_s, u"http://hq.example.com"_s,
                              u"--token"_s, u"secret"_s});
    CHECK(insecure.exitCode == 2);

    // The environment supplies URL and token; --force skips the wait.
    QProcessEnvironment env;
    env.insert(u"DOCKSIDE_HQ_URL"_s, hq.url());
    env.insert(u"DOCKSIDE_HQ_TOKEN"_s, u"nope"_s);
    CliRun envWrong = runCli({u"--db"_s, db, u"sync"_s, u"--force"_s}, env);
    CHECK(envWrong.exitCode == 4);
    CliRun ok = runCli({u"--db"_s, db, u"--json"_s, u"sync"_s, u"--force"_s, u"--token"_s, u"secret"_s}, env);
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    CHECK(summary.value(u"pushed"_s).toInt() == total);
    CHECK(summary.value(u"pending"_s).toInt() == 0);
    CHECK(summary.value(u"pulled"_s).toObject().contains(u"rmas"_s));
    checkExactlyOnce(*f.station, hqFolder.path(u"hq.db"_s));
}

TEST_CASE("Sync survives every failure and then delivers exactly once", "[sync]") {
    using Action = FaultProxy::Action;
    struct Fault {
        const char* name;
        Action action;
        QByteArray body;
    };
    const QList<Fault> faults{
        {"dropped before commit", Action::DropBefore, {}},
        {"dropped after commit", Action::DropAfter, {}},
        {"500 after commit", Action::Error500After, {}},
        {"truncated 200 (connection closed)", Action::Truncated200After, {}},
        {"truncated 200 (short Content-Length)", Action::ShortJson200After, {}},
        {"slow drip past the deadline", Action::SlowDripAfter, {}},
        {"empty 200", Action::Body200After, ""},
        {"HTML 200", Action::Body200After, "<html><body>Proxy says hi</body></html>"},
        {"JSON array", Action::Body200After, "[]"},
        {"wrong types", Action::Body200After, R"({"accepted":"all","duplicates":[],"rejected":[]})"},
        {"ids missing", Action::Body200After, R"({"accepted":[],"duplicates":[],"rejected":[]})"},
        {"invented ids", Action::Body200Before,
         R"({"accepted":["00000000-0000-8000-8000-000000000001"],"duplicates":[],"rejected":[]})"},
    };
    for (const Fault& fault : faults) {
        DYNAMIC_SECTION(fault.name) {
            StationFixture f;
            makeEvents(f);
            const qint64 items = f.station->db().scalar("SELECT count(*) FROM items");
            TempFolder hqFolder;
            const QString hqDb = hqFolder.path(u"hq.db"_s);
            HqProcess hq(hqDb);
            FaultProxy proxy(hq.port, [&](const FaultProxy::Request& r) {
                return isPush(r) ? fault.action : Action::Pass;
            });
            proxy.body = fault.body;
            SyncOptions o = options(proxy.url());
            o.deadlineMs = 1500;
            SyncClient client(f.station->databasePath());
            QElapsedTimer timer;
            timer.start();
            auto failed = client.run(o);
            REQUIRE_FALSE(failed.ok());
            CHECK(failed.error().kind == ErrorKind::Unavailable);
            CHECK(timer.elapsed() < 10000);
            CHECK(delivered(*f.station) == 0);
            CHECK(SyncClient::nextAttempt(f.station->db()).has_value());

            auto good = client.run(options(hq.url()));
            REQUIRE(good.ok());
            CHECK(f.station->db().scalar("SELECT count(*) FROM items") == items);
            checkExactlyOnce(*f.station, hqDb);
            CHECK_FALSE(SyncClient::nextAttempt(f.station->db()).has_value());
        }
    }
}

TEST_CASE("429 with Retry-After sets the next attempt, and the next run waits", "[sync]") {
    StationFixture f;
    makeEvents(f);
    TempFolder hqFolder;
    HqProcess hq(hqFolder.path(u"hq.db"_s));
    FaultProxy proxy(hq.port, [](const FaultProxy::Request& r) {
        return isPush(r) ? FaultProxy::Action::TooMany429 : FaultProxy::Action::Pass;
    });
    SyncClient client(f.station->databasePath());
    const Millis before = nowMillis();
    auto busy = client.run(options(proxy.url()));
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().code == u"hq_busy"_s);
    const auto next = SyncClient::nextAttempt(f.station->db());
    REQUIRE(next.has_value());
    CHECK(*next >= before + 7000);
    SyncOptions polite = options(hq.url());
    polite.respectBackoff = true;
    const int requests = proxy.requests;
    auto waiting = client.run(polite);
    REQUIRE_FALSE(waiting.ok());
    CHECK(waiting.error().code == u"hq_backoff"_s);
    CHECK(proxy.requests == requests);
    CHECK(delivered(*f.station) == 0);
    REQUIRE(client.run(options(hq.url())).ok());
    checkExactlyOnce(*f.station, hqFolder.path(u"hq.db"_s));
}

TEST_CASE("413 halves the batch until HQ takes it", "[sync]") {
    StationFixture f;
    makeEvents(f, 4);
    TempFolder hqFolder;
    HqProcess hq(hqFolder.path(u"hq.db"_s));
    FaultProxy proxy(hq.port, [](const FaultProxy::Request& r) {
        if (isPush(r) && r.events > 3)
            return FaultProxy::Action::TooLarge413;
        return FaultProxy::Action::Pass;
    });
    SyncClient client(f.station->databasePath());
    auto result = client.run(options(proxy.url()));
    REQUIRE(result.ok());
    CHECK(result->rejected == 0);
    checkExactlyOnce(*f.station, hqFolder.path(u"hq.db"_s));
}

TEST_CASE("A rejected event is dead-lettered and holds back its entity's later events", "[sync]") {
    StationFixture f;
    makeEvents(f);
    Database& db = f.station->db();
    const QString item = [&] {
        Statement first = db.prepare("SELECT lpn FROM items ORDER BY id LIMIT 1");
        return first.step() ? first.text(0) : QString();
    }();
    REQUIRE_FALSE(item.isEmpty());
    TempFolder hqFolder;
    HqProcess hq(hqFolder.path(u"hq.db"_s));
    SyncClient client(f.station->databasePath());
    auto insertEvent = [&](int type, const QString& kind, const QString& entity, const QJsonObject& data) {
        Transaction tx(db);
        db.prepare("INSERT INTO events (type, occurred_at, user, entity_kind, entity_id, data) "
                   "VALUES (?, ?, 'U-1001', ?, ?, ?)")
            .bindAll(type, f.kNow, kind, entity, eventcodec::encode(data))
            .run();
        tx.commit();
        return db.lastInsertRowId();
    };
    // A type this HQ does not know is rejected; the rest of its batch goes through.
    {
        Transaction tx(db);
        db.exec("INSERT INTO event_types (code, name) VALUES (99, 'item.teleported')");
        tx.commit();
    }
    const qint64 deadSeq = insertEvent(99, u"item"_s, item, {{u"to"_s, u"mars"_s}});
    auto first = client.run(options(hq.url()));
    REQUIRE(first.ok());
    CHECK(first->rejected == 1);
    CHECK(first->pending == 0);
    // The station works on: a later event of the same item waits, another entity's goes.
    insertEvent(eventcodec::typeCode(event::ItemMovedToTote), u"item"_s, item, {{u"tote"_s, u"T-1"_s}});
    insertEvent(eventcodec::typeCode(event::ExceptionRaised), u"parcel"_s, u"OTHER-1"_s,
                {{u"code"_s, u"x"_s}, {u"details"_s, u"y"_s}});
    auto result = client.run(options(hq.url()));
    REQUIRE(result.ok());
    CHECK(result->rejected == 0);
    CHECK(result->pushed == 1);
    CHECK(result->pending == 1);
    CHECK(result->heldBack == 1);
    CHECK(db.scalar("SELECT count(*) FROM events WHERE dead_code = 'unknown_event_type'") == 1);
    CHECK(db.scalar("SELECT count(*) FROM events WHERE entity_id = 'OTHER-1' AND delivered_at IS NOT NULL") ==
          1);
    auto letters = SyncClient::deadLetters(db);
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 1);
    CHECK(letters->first().heldBack == 1);

    // Another run never resends the dead letter nor the held-back event.
    auto again = client.run(options(hq.url()));
    REQUIRE(again.ok());
    CHECK(again->pushed == 0);
    CHECK(again->pending == 1);

    // A worker may not decide; a supervisor releases it: the held-back event goes (with the
    // outbox.released event recording who decided), the dead one stays dead.
    auto refused = SyncClient::releaseDeadLetter(db, f.worker, deadSeq);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Forbidden);
    REQUIRE(SyncClient::releaseDeadLetter(db, f.supervisor, deadSeq).ok());
    CHECK(db.scalar("SELECT count(*) FROM event_log WHERE type = 'outbox.released' AND user = 'U-1002'") ==
          1);
    auto released = client.run(options(hq.url()));
    REQUIRE(released.ok());
    CHECK(released->pushed == 2);
    CHECK(released->pending == 0);
    checkExactlyOnce(*f.station, hqFolder.path(u"hq.db"_s));
}

TEST_CASE("An expired feed cursor restarts the feed, and a bad policy keeps the old one", "[sync]") {
    StationFixture f;
    TempFolder hqFolder;
    HqProcess hq(hqFolder.path(u"hq.db"_s));
    SyncClient client(f.station->databasePath());
    REQUIRE(client.run(options(hq.url())).ok());
    bool gone = false;
    FaultProxy proxy(hq.port, [&](const FaultProxy::Request& r) {
        if (r.path.endsWith(u"/rmas"_s) && r.query.hasQueryItem(u"since"_s)) {
            gone = true;
            return FaultProxy::Action::Gone410;
        }
        if (r.path.endsWith(u"/policy"_s))
            return FaultProxy::Action::Body200Before;
        return FaultProxy::Action::Pass;
    });
    proxy.body = R"({"version": 3, "not": "a policy"})";
    const qint64 policies = f.station->db().scalar("SELECT count(*) FROM policies");
    auto result = client.run(options(proxy.url()));
    REQUIRE(result.ok());
    CHECK(gone);
    CHECK_FALSE(result->pulledPolicy);
    REQUIRE_FALSE(result->warnings.isEmpty());
    // The warning says where and why: the line and the field.
    CHECK(result->warnings.join(u'\n').contains(u"line 1"_s));
    CHECK(f.station->db().scalar("SELECT count(*) FROM policies") == policies);
}

TEST_CASE("A sync process killed mid-run loses nothing and duplicates nothing", "[sync]") {
    StationFixture f;
    makeEvents(f);
    Database& db = f.station->db();
    {
        // A backlog long enough to be caught mid-push: 40 batches.
        Transaction tx(db);
        Statement insert =
            db.prepare("INSERT INTO events (type, occurred_at, user, entity_kind, entity_id, data) "
                       "VALUES (?, ?, 'U-1001', 'parcel', 'NOLABEL-4712', ?)");
        const QByteArray data = eventcodec::encode({{u"code"_s, u"note"_s}, {u"details"_s, u"backlog"_s}});
        for (int i = 0; i < 20000; ++i) {
            insert.bindAll(eventcodec::typeCode(event::ExceptionRaised), f.kNow + i, data).run();
            insert.reset();
        }
        tx.commit();
    }
    TempFolder hqFolder;
    const QString hqDb = hqFolder.path(u"hq.db"_s);
    HqProcess hq(hqDb);
    const QString cli = cliPath();
    QProcess sync;
    sync.start(cli, {u"--db"_s, f.station->databasePath(), u"sync"_s, u"--hq"_s, hq.url(), u"--token"_s,
                     u"secret"_s});
    REQUIRE(sync.waitForStarted(5000));
    QElapsedTimer timer;
    timer.start();
    qint64 seen = 0;
    while (seen == 0 && timer.elapsed() < 20000 && sync.state() == QProcess::Running) {
        QThread::msleep(5);
        seen = db.scalar("SELECT count(*) FROM events WHERE delivered_at IS NOT NULL");
    }
    sync.kill(); // SIGKILL: no cleanup, possibly between HQ's commit and the station's
    sync.waitForFinished(5000);
    CHECK(seen > 0);
    const qint64 total = db.scalar("SELECT count(*) FROM events");
    CHECK(db.scalar("SELECT count(*) FROM events WHERE delivered_at IS NOT NULL") < total);

    SyncClient client(f.station->databasePath());
    auto resumed = client.run(options(hq.url()));
    REQUIRE(resumed.ok());
    checkExactlyOnce(*f.station, hqDb);
}

TEST_CASE("HQ's clock far from the station's is reported, never adopted", "[sync]") {
    StationFixture f;
    TempFolder hqFolder;
    HqProcess hq(hqFolder.path(u"hq.db"_s));
    SyncClient client(f.station->databasePath());
    for (const qint64 offsetMs : {qint64(0), qint64(-90) * 1000, qint64(5) * 60 * 1000}) {
        FaultProxy proxy(hq.port, [](const FaultProxy::Request& r) {
            return r.path.endsWith(u"/health"_s) ? FaultProxy::Action::Body200Before
                                                 : FaultProxy::Action::Pass;
        });
        proxy.body = hq::healthBody(nowMillis() + offsetMs);
        auto result = client.run(options(proxy.url()));
        REQUIRE(result.ok());
        REQUIRE(result->clockSkewMs.has_value());
        CHECK(std::abs(*result->clockSkewMs - offsetMs) < 5000);
        const bool warned = std::any_of(result->warnings.cbegin(), result->warnings.cend(),
                                        [](const QString& w) { return w.contains(u"clock"_s); });
        CHECK(warned == (std::abs(offsetMs) > 2 * 60 * 1000)); // only over 2 minutes
    }
}

TEST_CASE("A pulled policy applies to items graded after it arrives, even in a long-running station",
          "[sync]") {
    StationFixture f; // f.station plays the GUI: opened once, kept open across the sync
    Receiving receiving(*f.station, f.worker);
    ParcelRequest request;
    request.parcelCode = u"NOLABEL-777"_s;
    request.itemCodes = {u"4006381333931"_s};
    Inspection inspection;
    inspection.grade = Grade::A;
    request.inspection = inspection;
    auto first = receiving.receive(request);
    REQUIRE(first.ok());
    const QString builtIn = Policy::builtIn().version();
    CHECK(f.station->policy().version() == builtIn);

    QJsonObject document = QJsonDocument::fromJson(Policy::builtIn().document()).object();
    document.insert(u"version"_s, u"hq-2026.12"_s);
    TempFolder hqFolder;
    QFile policyFile(hqFolder.path(u"policy.json"_s));
    REQUIRE(policyFile.open(QIODevice::WriteOnly));
    policyFile.write(QJsonDocument(document).toJson());
    policyFile.close();
    quint16 port = 0;
    QProcess* process =
        startHq(hqFolder.path(u"hq.db"_s),
                {u"--token"_s, u"TST-D01=secret"_s, u"--policy"_s, policyFile.fileName()}, &port);
    REQUIRE(port != 0);
    const Policy& before = f.station->policy(); // a reference held across the change stays valid

    SyncClient client(f.station->databasePath()); // its own connection, as on the sync thread
    auto synced = client.run(options(u"http://127.0.0.1:%1"_s.arg(port)));
    stopHq(process);
    REQUIRE(synced.ok());
    CHECK(synced->pulledPolicy);

    CHECK(before.version() == builtIn);
    CHECK(f.station->policy().version() == u"hq-2026.12"_s);
    auto second = receiving.receive(request);
    REQUIRE(second.ok());
    auto version = [&](const QString& lpn) {
        Statement s = f.station->db().prepare("SELECT policy_version FROM items WHERE lpn = ?");
        s.bind(1, lpn);
        REQUIRE(s.step());
        return s.text(0);
    };
    CHECK(version(first->items.first().lpn) == builtIn); // already decided: keeps its decision
    CHECK(version(second->items.first().lpn) == u"hq-2026.12"_s);
}

namespace {

// openssl makes a CA and a server certificate for 127.0.0.1 signed by it.
bool makeCertificates(const QDir& dir) {
    auto run = [&](const QStringList& args) {
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(u"openssl"_s, args);
        return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
    };
    QFile ext(dir.filePath(u"san.ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    return run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                u"-nodes"_s, u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s,
                u"-subj"_s, u"/CN=Dockside Test HQ CA"_s}) &&
           run({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                u"-nodes"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s}) &&
           run({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s,
                u"-extfile"_s, u"san.ext"_s});
}

// Terminates TLS on 127.0.0.1 and pipes the plain bytes to dockside-hq.
class TlsFront : public QObject {
public:
    TlsFront(const QDir& certs, quint16 upstream) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        QFile cert(certs.filePath(u"server.pem"_s)), key(certs.filePath(u"server.key"_s));
        REQUIRE(cert.open(QIODevice::ReadOnly));
        REQUIRE(key.open(QIODevice::ReadOnly));
        ssl.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        ssl.setPrivateKey(QSslKey(&key, QSsl::Ec, QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(ssl);
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this, upstream] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                auto* hq = new QTcpSocket(client);
                hq->connectToHost(QHostAddress::LocalHost, upstream);
                connect(client, &QTcpSocket::readyRead, hq, [client, hq] { hq->write(client->readAll()); });
                connect(hq, &QTcpSocket::readyRead, client, [client, hq] { client->write(hq->readAll()); });
                connect(hq, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return u"https://127.0.0.1:%1"_s.arg(m_server.serverPort()); }

private:
    QSslServer m_server;
};

} // namespace

TEST_CASE("TLS: HQ's certificate is verified, and hq_ca_file adds HQ's own CA", "[sync]") {
    if (!QSslSocket::supportsSsl())
        FAIL("Qt was built without TLS support");
    TempFolder certs;
    const QDir certDir(certs.path(u"."_s));
    REQUIRE(makeCertificates(certDir));
    StationFixture f;
    makeEvents(f);
    TempFolder hqFolder;
    const QString hqDb = hqFolder.path(u"hq.db"_s);
    HqProcess hq(hqDb);
    TlsFront front(certDir, hq.port);
    SyncClient client(f.station->databasePath());

    // Not signed by a CA the system trusts: refused before any event or token leaves.
    auto untrusted = client.run(options(front.url()));
    REQUIRE_FALSE(untrusted.ok());
    CHECK(untrusted.error().code == u"hq_tls_untrusted"_s);
    CHECK(untrusted.error().message.contains(u"hq_ca_file"_s));
    CHECK(delivered(*f.station) == 0);

    REQUIRE(f.station->setSetting(setting::HqCaFile, certs.path(u"nothing-here.pem"_s)).ok());
    auto missing = client.run(options(front.url()));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == u"hq_ca_file_unreadable"_s);

    REQUIRE(f.station->setSetting(setting::HqCaFile, certDir.filePath(u"ca.pem"_s)).ok());
    auto trusted = client.run(options(front.url()));
    REQUIRE(trusted.ok());
    checkExactlyOnce(*f.station, hqDb);
}

TEST_CASE("A cancelled run stops at once, keeps what HQ confirmed and is not a failure", "[sync]") {
    StationFixture f;
    makeEvents(f);
    TempFolder hqFolder;
    const QString hqDb = hqFolder.path(u"hq.db"_s);
    HqProcess hq(hqDb);
    FaultProxy proxy(hq.port, [](const FaultProxy::Request& r) {
        return r.path.endsWith(u"/events"_s) ? FaultProxy::Action::SlowDripAfter : FaultProxy::Action::Pass;
    });
    std::atomic<bool> cancel{false};
    SyncOptions o = options(proxy.url());
    o.deadlineMs = 20000;
    o.transferTimeoutMs = 20000;
    o.cancel = &cancel;
    QTimer::singleShot(500, [&] { cancel = true; });
    QElapsedTimer timer;
    timer.start();
    SyncClient client(f.station->databasePath());
    auto result = client.run(o);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == u"sync_cancelled"_s);
    CHECK(timer.elapsed() < 3000);
    CHECK(delivered(*f.station) == 0); // the answer never arrived: nothing marked
    CHECK_FALSE(SyncClient::nextAttempt(f.station->db()).has_value()); // no backoff for a cancel

    cancel = false;
    auto resumed = client.run(options(hq.url()));
    REQUIRE(resumed.ok());
    checkExactlyOnce(*f.station, hqDb);
}
