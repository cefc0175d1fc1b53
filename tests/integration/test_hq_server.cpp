// The reference server dockside-hq, run as a real process on 127.0.0.1 with port 0, and the wire
// format of hq-api.md (core/sync/HqProtocol.h) it shares with the station.

#include "TestSupport.h"

#include "sync/HqProtocol.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>

using namespace dockside;
using namespace Qt::StringLiterals;

namespace dockside::test {

struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QByteArray etag;
};

HttpAnswer httpCall(const QByteArray& verb, const QUrl& url, const QByteArray& token,
                    const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(5000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto& [key, value] : headers)
        request.setRawHeader(key, value);
    QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                      reply->rawHeader("ETag")};
    delete reply;
    return answer;
}

} // namespace dockside::test

using namespace dockside::test;

namespace {

QJsonObject product(const QString& sku, const QString& gtin) {
    return {{u"sku"_s, sku},
            {u"gtins"_s, QJsonArray{gtin}},
            {u"description"_s, u"Thing "_s + sku},
            {u"category"_s, u"electronics.audio"_s},
            {u"unit_value"_s, QJsonObject{{u"amount"_s, u"10.00"_s}, {u"currency"_s, u"EUR"_s}}},
            {u"weight_g"_s, 100},
            {u"hazmat"_s, u"none"_s},
            {u"data_bearing"_s, false},
            {u"returnable"_s, true},
            {u"updated_at"_s, u"2026-11-21T08:00:00.000Z"_s}};
}

QString writeFile(const TempFolder& folder, const QString& name, const QByteArray& content) {
    const QString path = folder.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

struct Hq {
    explicit Hq(const QString& db, const QStringList& extra = {}) {
        process = startHq(db, QStringList{u"--token"_s, u"TST-D01=secret"_s} + extra, &port);
        REQUIRE(port != 0);
    }
    ~Hq() { stopHq(process); }
    QUrl url(const QString& path) const {
        return QUrl(u"http://127.0.0.1:%1/api/v1%2"_s.arg(port).arg(path));
    }
    QProcess* process = nullptr;
    quint16 port = 0;
};

} // namespace

TEST_CASE("Push answers are valid only when every id appears exactly once", "[hq][sync]") {
    const QStringList ids{u"a"_s, u"b"_s, u"c"_s};
    auto ok = hq::parsePushResponse(
        R"({"accepted":["a"],"duplicates":["b"],"rejected":[{"id":"c","code":"unknown_event_type","message":"x"}],"extra":1})",
        ids);
    REQUIRE(ok.has_value());
    CHECK(ok->accepted == QStringList{u"a"_s});
    CHECK(ok->rejected.first().code == u"unknown_event_type"_s);
    const QList<QByteArray> bad{
        "",
        "<html><body>502 Bad Gateway</body></html>",
        R"({"accepted":["a","b"],"duplicates":[],"rejected":[)",
        R"([])",
        R"({"accepted":"a b c","duplicates":[],"rejected":[]})",
        R"({"accepted":["a","b"],"duplicates":[],"rejected":[]})",         // c missing
        R"({"accepted":["a","b","c"],"duplicates":["a"],"rejected":[]})",  // a twice
        R"({"accepted":["a","b","c","d"],"duplicates":[],"rejected":[]})", // d never asked
        R"({"accepted":[1,2,3],"duplicates":[],"rejected":[]})",
        R"({"accepted":["a","b"],"duplicates":[],"rejected":[{"id":"c"}]})", // no code
        R"({"accepted":["a","b"],"duplicates":[],"rejected":["c"]})",
        R"({"accepted":["a","b","c"],"duplicates":[]})",
        "null",
    };
    for (const QByteArray& body : bad) {
        INFO(body.toStdString());
        CHECK_FALSE(hq::parsePushResponse(body, ids).has_value());
    }
}

TEST_CASE("Feed pages, health and error bodies survive garbage", "[hq][sync]") {
    auto page = hq::parseFeedPage(R"({"items":[{"rma":"X"}],"next_cursor":"abc","has_more":false})");
    REQUIRE(page.has_value());
    CHECK(page->items.size() == 1);
    for (const QByteArray& body :
         {QByteArray(), QByteArray("{"), QByteArray(R"({"items":{},"next_cursor":"a","has_more":false})"),
          QByteArray(R"({"items":[1],"next_cursor":"a","has_more":false})"),
          QByteArray(R"({"items":[],"next_cursor":7,"has_more":false})"),
          QByteArray(R"({"items":[],"next_cursor":"a","has_more":"no"})")})
        CHECK_FALSE(hq::parseFeedPage(body).has_value());
    CHECK(hq::parseErrorBody(R"({"error":{"code":"cursor_expired","message":"m"}})")->code ==
          u"cursor_expired"_s);
    CHECK_FALSE(hq::parseErrorBody("<html>").has_value());
    CHECK_FALSE(hq::parseErrorBody(R"({"error":"x"})").has_value());
    CHECK(hq::parseHealth(hq::healthBody(1795000000000))->serverTime == 1795000000000);
    CHECK_FALSE(hq::parseHealth("ok").has_value());
    CHECK(hq::parseRetryAfterMs("7", 0) == 7000);
    CHECK(hq::parseRetryAfterMs("Wed, 21 Oct 2015 07:28:10 GMT", 1445412480000) == 10000);
    CHECK_FALSE(hq::parseRetryAfterMs("soon", 0).has_value());
}

TEST_CASE("dockside-hq: tokens, health, blobs, policy ETag", "[hq]") {
    TempFolder folder;
    Hq server(folder.path(u"hq.db"_s));
    CHECK(httpCall("GET", server.url(u"/health"_s), {}).status == 401);
    CHECK(httpCall("GET", server.url(u"/health"_s), "wrong").status == 401);
    const HttpAnswer health = httpCall("GET", server.url(u"/health"_s), "secret");
    CHECK(health.status == 200);
    CHECK(hq::parseHealth(health.body).has_value());

    const QByteArray photo = "not really a png, but bytes";
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
    CHECK(httpCall("HEAD", server.url(u"/blobs/"_s + sha), "secret").status == 404);
    const HttpAnswer mismatch = httpCall("PUT", server.url(u"/blobs/"_s + sha), "secret", photo + "x",
                                         {{"Content-Type", "image/png"}});
    CHECK(mismatch.status == 422);
    CHECK(hq::parseErrorBody(mismatch.body)->code == u"digest_mismatch"_s);
    CHECK(httpCall("PUT", server.url(u"/blobs/"_s + sha), "secret", photo, {{"Content-Type", "image/png"}})
              .status == 201);
    CHECK(httpCall("PUT", server.url(u"/blobs/"_s + sha), "secret", photo, {{"Content-Type", "image/png"}})
              .status == 200);
    CHECK(httpCall("HEAD", server.url(u"/blobs/"_s + sha), "secret").status == 200);
    // The connection stays usable after HEAD answers.
    CHECK(httpCall("GET", server.url(u"/health"_s), "secret").status == 200);

    const HttpAnswer policy = httpCall("GET", server.url(u"/policy"_s), "secret");
    CHECK(policy.status == 200);
    REQUIRE_FALSE(policy.etag.isEmpty());
    CHECK(httpCall("GET", server.url(u"/policy"_s), "secret", {}, {{"If-None-Match", policy.etag}}).status ==
          304);
    CHECK(httpCall("GET", server.url(u"/nowhere"_s), "secret").status == 404);
}

TEST_CASE("dockside-hq: events exactly once, batch limits, unknown types", "[hq]") {
    TempFolder folder;
    Hq server(folder.path(u"hq.db"_s));
    auto event = [](const QString& id, const QString& type) {
        return QJsonObject{{u"id"_s, id},
                           {u"seq"_s, 1},
                           {u"type"_s, type},
                           {u"occurred_at"_s, u"2026-11-27T03:57:22.123Z"_s},
                           {u"user"_s, u"U-1"_s},
                           {u"entity"_s, QJsonObject{{u"kind"_s, u"item"_s}, {u"id"_s, u"TST-D01-1"_s}}},
                           {u"data"_s, QJsonObject{}}};
    };
    auto batch = [](const QString& station, const QJsonArray& events) {
        return QJsonDocument(
                   QJsonObject{{u"station_id"_s, station}, {u"batch_id"_s, u"b"_s}, {u"events"_s, events}})
            .toJson();
    };
    const QJsonArray events{event(u"e1"_s, u"item.graded"_s), event(u"e2"_s, u"item.teleported"_s)};
    HttpAnswer first = httpCall("POST", server.url(u"/events"_s), "secret", batch(u"TST-D01"_s, events),
                                {{"Content-Type", "application/json"}});
    REQUIRE(first.status == 200);
    auto parsed = hq::parsePushResponse(first.body, {u"e1"_s, u"e2"_s});
    REQUIRE(parsed.has_value());
    CHECK(parsed->accepted == QStringList{u"e1"_s});
    REQUIRE(parsed->rejected.size() == 1);
    CHECK(parsed->rejected.first().code == u"unknown_event_type"_s);
    HttpAnswer again = httpCall("POST", server.url(u"/events"_s), "secret", batch(u"TST-D01"_s, events));
    parsed = hq::parsePushResponse(again.body, {u"e1"_s, u"e2"_s});
    REQUIRE(parsed.has_value());
    CHECK(parsed->duplicates == QStringList{u"e1"_s});

    CHECK(httpCall("POST", server.url(u"/events"_s), "secret", "{not json").status == 400);
    CHECK(httpCall("POST", server.url(u"/events"_s), "secret", batch(u"OTHER"_s, events)).status == 403);
    QJsonArray tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany.append(event(u"x%1"_s.arg(i), u"item.graded"_s));
    CHECK(httpCall("POST", server.url(u"/events"_s), "secret", batch(u"TST-D01"_s, tooMany)).status == 413);
}

TEST_CASE("dockside-hq: imports and delta feeds with cursors", "[hq]") {
    TempFolder folder;
    const QString db = folder.path(u"hq.db"_s);
    QJsonArray products;
    for (int i = 0; i < 5; ++i)
        products.append(product(u"SKU-%1"_s.arg(i), u"0000000000%1"_s.arg(i)));
    const QString json = writeFile(folder, u"catalog.json"_s, QJsonDocument(products).toJson());
    const QString csv = writeFile(
        folder, u"rmas.csv"_s,
        "rma,status,order,customer_ref,reason_code,created_at,expires_at,tracking,line,sku,gtin,qty,serials,"
        "unit_value,currency,updated_at\n"
        "RMA-1,authorized,SO-1,C-1,defective,2026-11-20T10:00:00.000Z,2026-12-20T23:59:59.000Z,1Z1;1Z2,1,SKU-"
        "0,,1,"
        "S1;S2,\"10.00\",EUR,2026-11-21T08:00:00.000Z\n"
        "RMA-1,authorized,SO-1,C-1,defective,2026-11-20T10:00:00.000Z,2026-12-20T23:59:59.000Z,1Z1;1Z2,2,SKU-"
        "1,,2,"
        ",5.00,EUR,2026-11-21T08:00:00.000Z\n"
        "RMA-2,cancelled,SO-2,C-2,\"changed, mind\",2026-11-20T10:00:00.000Z,,,1,SKU-2,,1,,5.00,EUR,\n");
    for (const QStringList& args :
         {QStringList{u"import"_s, u"catalog"_s, json}, QStringList{u"import"_s, u"rmas"_s, csv}}) {
        QProcess importer;
        importer.start(QStringLiteral(DOCKSIDE_HQ_PATH), QStringList{u"--db"_s, db} + args);
        REQUIRE(importer.waitForFinished(10000));
        INFO(importer.readAllStandardError().toStdString());
        REQUIRE(importer.exitCode() == 0);
    }
    Hq server(db);
    HttpAnswer page = httpCall("GET", server.url(u"/catalog?limit=2"_s), "secret");
    auto parsed = hq::parseFeedPage(page.body);
    REQUIRE(parsed.has_value());
    CHECK(parsed->items.size() == 2);
    CHECK(parsed->hasMore);
    int total = 2;
    while (parsed->hasMore) {
        page = httpCall("GET", server.url(u"/catalog?limit=2&since="_s + parsed->nextCursor), "secret");
        parsed = hq::parseFeedPage(page.body);
        REQUIRE(parsed.has_value());
        total += static_cast<int>(parsed->items.size());
    }
    CHECK(total == 5);
    page = httpCall("GET", server.url(u"/rmas"_s), "secret");
    parsed = hq::parseFeedPage(page.body);
    REQUIRE(parsed.has_value());
    REQUIRE(parsed->items.size() == 2);
    const QJsonObject rma1 = parsed->items[0].toObject();
    CHECK(rma1.value(u"lines"_s).toArray().size() == 2);
    CHECK(rma1.value(u"tracking"_s).toArray().size() == 2);
    CHECK(parsed->items[1].toObject().value(u"reason_code"_s).toString() == u"changed, mind"_s);
    const HttpAnswer expired = httpCall("GET", server.url(u"/rmas?since=garbage"_s), "secret");
    CHECK(expired.status == 410);
    CHECK(hq::parseErrorBody(expired.body)->code == u"cursor_expired"_s);
}

TEST_CASE("dockside-hq refuses an invalid policy file, naming its line and the reason", "[hq][policy]") {
    TempFolder folder;
    QFile builtIn(sourcePath(u"resources/policy/default.json"_s));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QByteArray policy = builtIn.readAll();
    const QByteArray field = "\"return_window_days\": 30";
    REQUIRE(policy.contains(field));
    const auto line = policy.left(policy.indexOf(field)).count('\n') + 1;
    policy.replace(field, "\"return_window_days\": \"thirty\"");
    QFile file(folder.path(u"policy.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(policy);
    file.close();
    QProcess hq;
    hq.start(QStringLiteral(DOCKSIDE_HQ_PATH),
             {u"--db"_s, folder.path(u"hq.db"_s), u"--port"_s, u"0"_s, u"--token"_s, u"TST-D01=secret"_s,
              u"--policy"_s, file.fileName()});
    REQUIRE(hq.waitForFinished(10000));
    const QString err = QString::fromUtf8(hq.readAllStandardError());
    INFO(err.toStdString());
    CHECK(hq.exitCode() == 2);
    CHECK(err.contains(u"line %1, return_window_days: expected number"_s.arg(line)));
}
