#include "HqServer.h"

#include "sync/HqProtocol.h"
#include "util/Time.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QUrlQuery>

namespace dockside::hqserver {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HqServer)
};

const QString kPrefix = QStringLiteral("/api/v1");

QByteArray header(const QHttpServerRequest& request, const QByteArray& name) {
    for (const auto& [key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

HqServer::HqServer(HqStore& store, QHash<QByteArray, QString> tokens, QByteArray policyDocument,
                   QObject* parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_tokens(std::move(tokens))
    , m_policy(std::move(policyDocument)) {
    m_policyEtag =
        '"' + QCryptographicHash::hash(m_policy, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

HqServer::Response HqServer::error(int status, const QString& code, const QString& message) {
    return {status, hq::errorBody(code, message), "application/json", {}};
}

bool HqServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    send(request, socket, dispatch(request));
    return true;
}

void HqServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    send(request, socket, error(404, QStringLiteral("not_found"), Tr::tr("No such resource.")));
}

void HqServer::send(const QHttpServerRequest& request, QTcpSocket* socket, const Response& response) {
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    const bool bodyless = head || response.status == 304;
    if (!bodyless || head)
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(bodyless ? 0 : response.body.size()));
    for (const auto& [key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeBody(bodyless ? QByteArray() : response.body);
}

HqServer::Response HqServer::dispatch(const QHttpServerRequest& request) {
    const QString path = request.url().path();
    if (!path.startsWith(kPrefix + QLatin1Char('/')))
        return error(404, QStringLiteral("not_found"), Tr::tr("No such resource."));
    const QString resource = path.mid(kPrefix.size());
    const QByteArray authorization = header(request, "Authorization");
    const QString station =
        authorization.startsWith("Bearer ") ? m_tokens.value(authorization.mid(7)) : QString();
    if (station.isEmpty())
        return error(401, QStringLiteral("unauthorized"), Tr::tr("A valid station token is required."));

    const auto method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get;
    if (resource == QLatin1String("/health") && get)
        return {200, hq::healthBody(nowMillis()), "application/json", {}};
    if (resource == QLatin1String("/events") && method == QHttpServerRequest::Method::Post)
        return pushEvents(station, request);
    if (resource.startsWith(QLatin1String("/blobs/")) &&
        (method == QHttpServerRequest::Method::Head || method == QHttpServerRequest::Method::Put))
        return blob(resource.mid(7), request);
    if (resource == QLatin1String("/rmas") && get)
        return feed(HqStore::Feed::Rmas, request);
    if (resource == QLatin1String("/catalog") && get)
        return feed(HqStore::Feed::Catalog, request);
    if (resource == QLatin1String("/policy") && get)
        return policy(request);
    return error(404, QStringLiteral("not_found"), Tr::tr("No such resource."));
}

HqServer::Response HqServer::pushEvents(const QString& station, const QHttpServerRequest& request) {
    const QByteArray body = request.body();
    if (body.size() > hq::kMaxBatchBytes)
        return error(413, QStringLiteral("batch_too_large"), Tr::tr("A batch may hold at most 4 MiB."));
    const auto batch = hq::parseBatch(body);
    if (!batch)
        return error(400, QStringLiteral("malformed_batch"),
                     Tr::tr("The body is not a batch: station_id, batch_id and events are required."));
    if (batch->events.size() > hq::kMaxBatchEvents)
        return error(413, QStringLiteral("batch_too_large"), Tr::tr("A batch may hold at most 500 events."));
    if (batch->stationId != station)
        return error(403, QStringLiteral("station_mismatch"),
                     Tr::tr("The token belongs to station %1, not %2.").arg(station, batch->stationId));
    for (const QJsonValue& event : batch->events)
        if (!event.isObject() || event.toObject().value(QStringLiteral("id")).toString().isEmpty())
            return error(400, QStringLiteral("malformed_batch"), Tr::tr("Every event needs an id."));
    auto stored = m_store.storeEvents(station, batch->events);
    if (!stored)
        return error(503, QStringLiteral("storage_unavailable"), stored.error().message);
    return {200, hq::pushResponseBody(*stored), "application/json", {}};
}

HqServer::Response HqServer::blob(const QString& sha256, const QHttpServerRequest& request) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch())
        return error(404, QStringLiteral("not_found"), Tr::tr("Blobs are named by their lowercase SHA-256."));
    if (request.method() == QHttpServerRequest::Method::Head)
        return m_store.hasBlob(sha256) ? Response{200, {}, "application/octet-stream", {}}
                                       : Response{404, {}, "application/octet-stream", {}};
    const QByteArray bytes = request.body();
    if (bytes.size() > hq::kMaxBlobBytes)
        return error(413, QStringLiteral("blob_too_large"), Tr::tr("A photo may be at most 10 MiB."));
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1())
        return error(422, QStringLiteral("digest_mismatch"),
                     Tr::tr("The bytes do not hash to the blob's name."));
    QByteArray mime = header(request, "Content-Type");
    if (mime.isEmpty())
        mime = "application/octet-stream";
    auto stored = m_store.storeBlob(sha256, QString::fromLatin1(mime), bytes);
    if (!stored)
        return error(503, QStringLiteral("storage_unavailable"), stored.error().message);
    return {*stored ? 201 : 200, {}, "application/json", {}};
}

HqServer::Response HqServer::feed(HqStore::Feed which, const QHttpServerRequest& request) {
    const QUrlQuery query = request.query();
    int limit = hq::kDefaultFeedLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return error(400, QStringLiteral("bad_limit"), Tr::tr("limit must be a positive number."));
        limit = std::min(limit, hq::kMaxFeedLimit);
    }
    qint64 since = 0;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        // A cursor this server cannot resume from (another server's, or damaged) is expired.
        const auto cursor =
            HqStore::readCursor(query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded));
        if (!cursor)
            return error(410, QStringLiteral("cursor_expired"),
                         Tr::tr("The cursor has expired; start again."));
        since = *cursor;
    }
    auto page = m_store.feedPage(which, since, limit);
    if (!page)
        return error(503, QStringLiteral("storage_unavailable"), page.error().message);
    return {200, hq::feedPageBody(*page), "application/json", {}};
}

HqServer::Response HqServer::policy(const QHttpServerRequest& request) {
    const QByteArray ifNoneMatch = header(request, "If-None-Match");
    if (!ifNoneMatch.isEmpty() && (ifNoneMatch.contains(m_policyEtag) || ifNoneMatch.trimmed() == "*"))
        return {304, {}, "application/json", {{"ETag", m_policyEtag}}};
    return {200, m_policy, "application/json", {{"ETag", m_policyEtag}}};
}

} // namespace dockside::hqserver
