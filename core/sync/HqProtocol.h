#pragma once

#include "util/Time.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The wire format of hq-api.md (version 1), shared by the station's SyncClient and the reference
// server dockside-hq. Parsers never throw and never trust the other side: anything that does not
// have the documented shape gives std::nullopt, which callers treat as "unparseable".
namespace dockside::hq {

constexpr int kApiVersion = 1;
constexpr int kMaxBatchEvents = 500;
constexpr qint64 kMaxBatchBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxBlobBytes = 10 * 1024 * 1024;
constexpr int kDefaultFeedLimit = 500;
constexpr int kMaxFeedLimit = 1000;

// ---- POST /events ----

// Builds the request body from events already serialized as compact JSON objects, so a batch
// can be measured against kMaxBatchBytes while it is filled.
class BatchWriter {
public:
    BatchWriter(const QString& stationId, const QString& batchId);
    // Size of the body if `eventJson` were added now.
    qint64 sizeWith(const QByteArray& eventJson) const;
    void add(const QByteArray& eventJson);
    int count() const { return m_count; }
    QByteArray finish() const; // the complete body

private:
    QByteArray m_body; // open: ends inside the events array
    int m_count = 0;
};

struct Rejection {
    QString id;
    QString code;
    QString message;
};

struct PushResult {
    QStringList accepted;
    QStringList duplicates;
    QList<Rejection> rejected;
};

// A 200 answer to a batch. Valid only when every id of `requestIds` appears in exactly one of the
// three lists and no other id does; anything else is std::nullopt (retry later).
std::optional<PushResult> parsePushResponse(const QByteArray& body, const QStringList& requestIds);
QByteArray pushResponseBody(const PushResult& result);

// The request as the server reads it; std::nullopt when the batch as a whole is malformed (400).
struct BatchRequest {
    QString stationId;
    QString batchId;
    QJsonArray events;
};
std::optional<BatchRequest> parseBatch(const QByteArray& body);

// ---- GET /rmas, /catalog ----

struct FeedPage {
    QJsonArray items; // objects; their own validation is the caller's (Catalog::*FromJson)
    QString nextCursor;
    bool hasMore = false;
};
std::optional<FeedPage> parseFeedPage(const QByteArray& body);
QByteArray feedPageBody(const FeedPage& page);

// ---- GET /health ----

struct Health {
    Millis serverTime = 0;
    int apiVersion = 0;
};
std::optional<Health> parseHealth(const QByteArray& body);
QByteArray healthBody(Millis serverTime);

// ---- errors ----

struct ErrorBody {
    QString code;
    QString message;
};
// Any non-2xx answer; std::nullopt for bodies that are not the contract's error shape (HTML from
// a proxy, empty, truncated).
std::optional<ErrorBody> parseErrorBody(const QByteArray& body);
QByteArray errorBody(const QString& code, const QString& message);

// Retry-After as delta-seconds or an HTTP date; std::nullopt when absent or unreadable. A wait
// longer than kMaxRetryAfterMs counts as that long: a broken HQ must not stop syncing for years
// (or overflow the arithmetic, as a fuzzer found with 18 digits).
constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;
std::optional<qint64> parseRetryAfterMs(const QByteArray& value, Millis now);

} // namespace dockside::hq
