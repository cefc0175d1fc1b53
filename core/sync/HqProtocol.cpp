#include "sync/HqProtocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace dockside::hq {

namespace {

std::optional<QJsonObject> parseObject(const QByteArray& body) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Every element a string; std::nullopt otherwise.
std::optional<QStringList> stringList(const QJsonValue& value) {
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isString())
            return std::nullopt;
        list.append(v.toString());
    }
    return list;
}

} // namespace

BatchWriter::BatchWriter(const QString& stationId, const QString& batchId) {
    // The header goes through QJsonDocument so that the station code is escaped properly.
    m_body = compact({{QStringLiteral("station_id"), stationId}, {QStringLiteral("batch_id"), batchId}});
    m_body.chop(1); // the closing brace
    m_body.append(",\"events\":[");
}

qint64 BatchWriter::sizeWith(const QByteArray& eventJson) const {
    return m_body.size() + (m_count ? 1 : 0) + eventJson.size() + 2;
}

void BatchWriter::add(const QByteArray& eventJson) {
    if (m_count)
        m_body.append(',');
    m_body.append(eventJson);
    ++m_count;
}

QByteArray BatchWriter::finish() const {
    return m_body + "]}";
}

std::optional<PushResult> parsePushResponse(const QByteArray& body, const QStringList& requestIds) {
    const auto object = parseObject(body);
    if (!object)
        return std::nullopt;
    PushResult result;
    const auto accepted = stringList(object->value(QStringLiteral("accepted")));
    const auto duplicates = stringList(object->value(QStringLiteral("duplicates")));
    const QJsonValue rejected = object->value(QStringLiteral("rejected"));
    if (!accepted || !duplicates || !rejected.isArray())
        return std::nullopt;
    result.accepted = *accepted;
    result.duplicates = *duplicates;
    for (const QJsonValue& v : rejected.toArray()) {
        const QJsonObject r = v.toObject();
        const QJsonValue id = r.value(QStringLiteral("id"));
        const QJsonValue code = r.value(QStringLiteral("code"));
        if (!v.isObject() || !id.isString() || !code.isString() || code.toString().isEmpty())
            return std::nullopt;
        result.rejected.append(
            {id.toString(), code.toString(), r.value(QStringLiteral("message")).toString()});
    }
    // Exactly once each: no id twice, none missing, none that was not asked about.
    QSet<QString> expected(requestIds.cbegin(), requestIds.cend());
    if (expected.size() != requestIds.size())
        return std::nullopt;
    QSet<QString> seen;
    auto take = [&](const QString& id) {
        if (!expected.contains(id) || seen.contains(id))
            return false;
        seen.insert(id);
        return true;
    };
    for (const QString& id : std::as_const(result.accepted))
        if (!take(id))
            return std::nullopt;
    for (const QString& id : std::as_const(result.duplicates))
        if (!take(id))
            return std::nullopt;
    for (const Rejection& r : std::as_const(result.rejected))
        if (!take(r.id))
            return std::nullopt;
    if (seen.size() != expected.size())
        return std::nullopt;
    return result;
}

QByteArray pushResponseBody(const PushResult& result) {
    QJsonArray rejected;
    for (const Rejection& r : result.rejected)
        rejected.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("code"), r.code},
                                    {QStringLiteral("message"), r.message}});
    return compact({{QStringLiteral("accepted"), QJsonArray::fromStringList(result.accepted)},
                    {QStringLiteral("duplicates"), QJsonArray::fromStringList(result.duplicates)},
                    {QStringLiteral("rejected"), rejected}});
}

std::optional<BatchRequest> parseBatch(const QByteArray& body) {
    const auto object = parseObject(body);
    if (!object)
        return std::nullopt;
    const QJsonValue station = object->value(QStringLiteral("station_id"));
    const QJsonValue batch = object->value(QStringLiteral("batch_id"));
    const QJsonValue events = object->value(QStringLiteral("events"));
    if (!station.isString() || !batch.isString() || !events.isArray())
        return std::nullopt;
    return BatchRequest{station.toString(), batch.toString(), events.toArray()};
}

std::optional<FeedPage> parseFeedPage(const QByteArray& body) {
    const auto object = parseObject(body);
    if (!object)
        return std::nullopt;
    const QJsonValue items = object->value(QStringLiteral("items"));
    const QJsonValue cursor = object->value(QStringLiteral("next_cursor"));
    const QJsonValue hasMore = object->value(QStringLiteral("has_more"));
    if (!items.isArray() || !cursor.isString() || !hasMore.isBool())
        return std::nullopt;
    FeedPage page{items.toArray(), cursor.toString(), hasMore.toBool()};
    for (const QJsonValue& item : std::as_const(page.items))
        if (!item.isObject())
            return std::nullopt;
    return page;
}

QByteArray feedPageBody(const FeedPage& page) {
    return compact({{QStringLiteral("items"), page.items},
                    {QStringLiteral("next_cursor"), page.nextCursor},
                    {QStringLiteral("has_more"), page.hasMore}});
}

std::optional<Health> parseHealth(const QByteArray& body) {
    const auto object = parseObject(body);
    if (!object || object->value(QStringLiteral("status")).toString() != QLatin1String("ok"))
        return std::nullopt;
    Health health;
    health.apiVersion = object->value(QStringLiteral("api_version")).toInt(0);
    const auto time = fromRfc3339(object->value(QStringLiteral("server_time")).toString());
    health.serverTime = time.value_or(0);
    return health;
}

QByteArray healthBody(Millis serverTime) {
    return compact({{QStringLiteral("status"), QStringLiteral("ok")},
                    {QStringLiteral("server_time"), toRfc3339(serverTime)},
                    {QStringLiteral("api_version"), kApiVersion}});
}

std::optional<ErrorBody> parseErrorBody(const QByteArray& body) {
    const auto object = parseObject(body);
    if (!object)
        return std::nullopt;
    const QJsonValue error = object->value(QStringLiteral("error"));
    const QJsonValue code = error.toObject().value(QStringLiteral("code"));
    if (!error.isObject() || !code.isString())
        return std::nullopt;
    return ErrorBody{code.toString(), error.toObject().value(QStringLiteral("message")).toString()};
}

QByteArray errorBody(const QString& code, const QString& message) {
    return compact({{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

std::optional<qint64> parseRetryAfterMs(const QByteArray& value, Millis now) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(std::min(seconds, kMaxRetryAfterMs / 1000) * 1000)
                            : std::nullopt;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    const QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return std::nullopt;
    const QDateTime when(parsed.date(), parsed.time(), Qt::UTC);
    return std::clamp<qint64>(when.toMSecsSinceEpoch() - now, 0, kMaxRetryAfterMs);
}

} // namespace dockside::hq
