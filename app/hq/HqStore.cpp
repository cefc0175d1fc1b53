#include "HqStore.h"

#include "services/Catalog.h"
#include "util/Time.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dockside::hqserver {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE events (
    station      TEXT NOT NULL,
    id           TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    type         TEXT NOT NULL,
    entity_kind  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    body         TEXT NOT NULL,
    received_at  INTEGER NOT NULL,
    PRIMARY KEY (station, id)
) STRICT, WITHOUT ROWID;
CREATE INDEX events_station_seq ON events(station, seq);

CREATE TABLE blobs (
    sha256     TEXT PRIMARY KEY,
    mime       TEXT NOT NULL,
    data       BLOB NOT NULL,
    stored_at  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- RMAs and products; change_seq orders the delta feeds (a new version gets a new, higher one).
CREATE TABLE documents (
    feed        TEXT NOT NULL,
    key         TEXT NOT NULL,
    change_seq  INTEGER NOT NULL UNIQUE,
    document    TEXT NOT NULL,
    PRIMARY KEY (feed, key)
) STRICT;
CREATE INDEX documents_feed_change ON documents(feed, change_seq);

CREATE TABLE counters (
    name   TEXT PRIMARY KEY,
    value  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
)sql";

const char* feedName(HqStore::Feed feed) {
    return feed == HqStore::Feed::Rmas ? "rmas" : "catalog";
}

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row.append(field);
            field.clear();
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QJsonArray splitList(const QString& value) {
    QJsonArray list;
    for (const QString& part : value.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        list.append(part.trimmed());
    return list;
}

QJsonObject money(const QString& amount, const QString& currency) {
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency}};
}

bool truthy(const QString& value) {
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes");
}

} // namespace

bool isKnownEventType(const QString& type) {
    static const QSet<QString> known{
        QStringLiteral("parcel.received"),
        QStringLiteral("item.received"),
        QStringLiteral("item.graded"),
        QStringLiteral("item.disposition_set"),
        QStringLiteral("item.refund_decided"),
        QStringLiteral("item.review_requested"),
        QStringLiteral("item.approved"),
        QStringLiteral("item.rejected"),
        QStringLiteral("item.moved_to_tote"),
        QStringLiteral("tote.closed"),
        QStringLiteral("exception.raised"),
        QStringLiteral("exception.resolved"),
        // Station-local types: kept for the audit trail.
        QStringLiteral("user.added"),
        QStringLiteral("user.locked_out"),
        QStringLiteral("user.updated"),
        // Blind re-grades: the second grade feeds grader consistency.
        QStringLiteral("item.regrade_requested"),
        QStringLiteral("item.regraded"),
        QStringLiteral("user.unlocked"),
        QStringLiteral("user.pin_reset"),
        QStringLiteral("outbox.requeued"),
        QStringLiteral("outbox.released"),
        QStringLiteral("station.restored"),
    };
    return known.contains(type);
}

Result<std::unique_ptr<HqStore>> HqStore::open(const QString& path) {
    auto db = Database::open(path);
    if (!db)
        return db.error();
    try {
        Database& d = **db;
        const qint64 appId = d.scalar("PRAGMA application_id");
        const qint64 tables = d.scalar("SELECT count(*) FROM sqlite_schema");
        if (appId != kApplicationId && (appId != 0 || tables != 0))
            return Error::invalid(QStringLiteral("not_hq_database"),
                                  tr("%1 is not a dockside-hq database.").arg(path));
        d.enableWal();
        if (d.scalar("PRAGMA user_version") == 0) {
            Transaction tx(d);
            d.exec(kSchema);
            d.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
            d.exec("PRAGMA user_version=1");
            tx.commit();
        }
    } catch (const StoreError& e) {
        return toError(e);
    }
    return std::unique_ptr<HqStore>(new HqStore(std::move(*db)));
}

Result<hq::PushResult> HqStore::storeEvents(const QString& station, const QJsonArray& events) {
    hq::PushResult result;
    try {
        Transaction tx(*m_db);
        Statement& insert = m_db->cached(
            "INSERT INTO events (station, id, seq, type, entity_kind, entity_id, body, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (station, id) DO NOTHING");
        const Millis now = nowMillis();
        QSet<QString> seen;
        for (const QJsonValue& value : events) {
            const QJsonObject event = value.toObject();
            const QString id = event.value(QStringLiteral("id")).toString();
            if (seen.contains(id)) {
                continue; // the same id twice in one batch: the first answer stands
            }
            seen.insert(id);
            const QString type = event.value(QStringLiteral("type")).toString();
            const QJsonObject entity = event.value(QStringLiteral("entity")).toObject();
            if (!isKnownEventType(type)) {
                result.rejected.append({id, QStringLiteral("unknown_event_type"),
                                        tr("HQ does not know the event type \"%1\".").arg(type)});
                continue;
            }
            if (!event.value(QStringLiteral("seq")).isDouble() ||
                !event.value(QStringLiteral("data")).isObject() ||
                entity.value(QStringLiteral("id")).toString().isEmpty() ||
                !fromRfc3339(event.value(QStringLiteral("occurred_at")).toString())) {
                result.rejected.append({id, QStringLiteral("invalid_event"),
                                        tr("The event lacks a seq, occurred_at, entity or data.")});
                continue;
            }
            insert.bindAll(station, id, static_cast<qint64>(event.value(QStringLiteral("seq")).toDouble()),
                           type, entity.value(QStringLiteral("kind")).toString(),
                           entity.value(QStringLiteral("id")).toString(),
                           QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)), now);
            insert.run();
            insert.reset();
            if (m_db->changes() > 0)
                result.accepted.append(id);
            else
                result.duplicates.append(id);
        }
        tx.commit();
    } catch (const StoreError& e) {
        return toError(e);
    }
    return result;
}

bool HqStore::hasBlob(const QString& sha256) {
    try {
        Statement& stmt = m_db->cached("SELECT 1 FROM blobs WHERE sha256 = ?");
        stmt.bind(1, sha256);
        const bool found = stmt.step();
        stmt.reset();
        return found;
    } catch (const StoreError&) {
        return false;
    }
}

Result<bool> HqStore::storeBlob(const QString& sha256, const QString& mime, const QByteArray& bytes) {
    try {
        Transaction tx(*m_db);
        m_db->prepare("INSERT INTO blobs (sha256, mime, data, stored_at) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (sha256) DO NOTHING")
            .bindAll(sha256, mime, bytes, nowMillis())
            .run();
        const bool added = m_db->changes() > 0;
        tx.commit();
        return added;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

QString HqStore::makeCursor(qint64 changeSeq) {
    return QString::fromLatin1(
        QByteArray("v1:" + QByteArray::number(changeSeq)).toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<qint64> HqStore::readCursor(const QString& cursor) {
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !(*decoded).startsWith("v1:"))
        return std::nullopt;
    bool ok = false;
    const qint64 value = (*decoded).mid(3).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

Result<hq::FeedPage> HqStore::feedPage(Feed feed, qint64 since, int limit) {
    hq::FeedPage page;
    try {
        Statement rows =
            m_db->prepare("SELECT change_seq, document FROM documents WHERE feed = ? AND change_seq > ? "
                          "ORDER BY change_seq LIMIT ?");
        rows.bindAll(feedName(feed), since, limit + 1);
        qint64 last = since;
        while (rows.step()) {
            if (page.items.size() == limit) {
                page.hasMore = true;
                break;
            }
            last = rows.int64(0);
            page.items.append(QJsonDocument::fromJson(rows.text(1).toUtf8()).object());
        }
        page.nextCursor = makeCursor(last);
    } catch (const StoreError& e) {
        return toError(e);
    }
    return page;
}

qint64 HqStore::nextChange() {
    Statement& stmt = m_db->cached("INSERT INTO counters (name, value) VALUES ('change', 1) "
                                   "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value");
    stmt.step();
    const qint64 value = stmt.int64(0);
    stmt.reset();
    return value;
}

Result<int> HqStore::importDocuments(Feed feed, const QList<QJsonObject>& documents) {
    int count = 0;
    try {
        Transaction tx(*m_db);
        for (const QJsonObject& document : documents) {
            QJsonObject normalized;
            QString key;
            if (feed == Feed::Rmas) {
                auto rma = Catalog::rmaFromJson(document);
                if (!rma)
                    return rma.error();
                normalized = Catalog::toJson(*rma);
                key = rma->rma;
            } else {
                auto product = Catalog::productFromJson(document);
                if (!product)
                    return product.error();
                normalized = Catalog::toJson(*product);
                key = product->sku;
            }
            m_db->prepare("INSERT INTO documents (feed, key, change_seq, document) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (feed, key) DO UPDATE SET change_seq = excluded.change_seq, "
                          "document = excluded.document")
                .bindAll(feedName(feed), key, nextChange(),
                         QString::fromUtf8(QJsonDocument(normalized).toJson(QJsonDocument::Compact)))
                .run();
            ++count;
        }
        tx.commit();
    } catch (const StoreError& e) {
        return toError(e);
    }
    return count;
}

qint64 HqStore::eventCount() {
    return m_db->scalar("SELECT count(*) FROM events");
}

Result<QList<QJsonObject>> readImportFile(HqStore::Feed feed, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("cannot_open"),
                               HqStore::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    QList<QJsonObject> documents;
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(content, &error);
        if (error.error != QJsonParseError::NoError)
            return Error::invalid(QStringLiteral("invalid_json"),
                                  HqStore::tr("%1 is not valid JSON: %2").arg(path, error.errorString()));
        const QJsonArray items =
            doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items)
            documents.append(item.toObject());
        return documents;
    }
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(content));
    if (rows.isEmpty())
        return documents;
    QHash<QString, int> column;
    for (int i = 0; i < rows.first().size(); ++i)
        column.insert(rows.first()[i].trimmed().toLower(), i);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows[r];
        auto cell = [&](const char* name) {
            const int i = column.value(QString::fromLatin1(name), -1);
            return i >= 0 && i < row.size() ? row[i].trimmed() : QString();
        };
        if (feed == HqStore::Feed::Catalog) {
            QJsonObject p{
                {QStringLiteral("sku"), cell("sku")},
                {QStringLiteral("gtins"), splitList(cell("gtins"))},
                {QStringLiteral("description"), cell("description")},
                {QStringLiteral("category"), cell("category")},
                {QStringLiteral("unit_value"), money(cell("unit_value"), cell("currency"))},
                {QStringLiteral("weight_g"), cell("weight_g").toInt()},
                {QStringLiteral("hazmat"),
                 cell("hazmat").isEmpty() ? QStringLiteral("none") : cell("hazmat")},
                {QStringLiteral("data_bearing"), truthy(cell("data_bearing"))},
                {QStringLiteral("returnable"), cell("returnable").isEmpty() || truthy(cell("returnable"))},
                {QStringLiteral("updated_at"), cell("updated_at")}};
            documents.append(p);
            continue;
        }
        // RMAs: one row per line; rows of the same RMA are merged in file order.
        const QString code = cell("rma");
        if (documents.isEmpty() || documents.last().value(QStringLiteral("rma")).toString() != code)
            documents.append(QJsonObject{{QStringLiteral("rma"), code},
                                         {QStringLiteral("status"), cell("status")},
                                         {QStringLiteral("order"), cell("order")},
                                         {QStringLiteral("customer_ref"), cell("customer_ref")},
                                         {QStringLiteral("reason_code"), cell("reason_code")},
                                         {QStringLiteral("created_at"), cell("created_at")},
                                         {QStringLiteral("expires_at"), cell("expires_at")},
                                         {QStringLiteral("tracking"), splitList(cell("tracking"))},
                                         {QStringLiteral("lines"), QJsonArray()},
                                         {QStringLiteral("updated_at"), cell("updated_at")}});
        if (cell("sku").isEmpty())
            continue;
        QJsonObject& rma = documents.last();
        QJsonArray lines = rma.value(QStringLiteral("lines")).toArray();
        lines.append(
            QJsonObject{{QStringLiteral("line"),
                         cell("line").isEmpty() ? static_cast<int>(lines.size()) + 1 : cell("line").toInt()},
                        {QStringLiteral("sku"), cell("sku")},
                        {QStringLiteral("gtin"), cell("gtin")},
                        {QStringLiteral("qty"), cell("qty").toInt()},
                        {QStringLiteral("serials"), splitList(cell("serials"))},
                        {QStringLiteral("unit_value"), money(cell("unit_value"), cell("currency"))}});
        rma.insert(QStringLiteral("lines"), lines);
    }
    return documents;
}

} // namespace dockside::hqserver
