#include "services/Exporter.h"

#include "services/EventLog.h"
#include "store/EventCodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <vector>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

enum class Type { Text, Integer, Time, Money, EventType, EventData, EventId };

struct Column {
    const char* name;
    Type type;
};

struct ExportQuery {
    const char* sql; // one bound parameter: the "since" time
    std::vector<Column> columns;
};

const ExportQuery& queryFor(ExportKind kind) {
    static const ExportQuery events{
        "SELECT seq, seq, type, occurred_at, user, entity_kind, entity_id, data, delivered_at, dead_code "
        "FROM events WHERE occurred_at >= ? ORDER BY seq",
        {{"seq", Type::Integer},
         {"id", Type::EventId},
         {"type", Type::EventType},
         {"occurred_at", Type::Time},
         {"user", Type::Text},
         {"entity_kind", Type::Text},
         {"entity_id", Type::Text},
         {"data", Type::EventData},
         {"delivered_at", Type::Time},
         {"dead_code", Type::Text}}};
    static const ExportQuery items{
        "SELECT i.lpn, p.tracking, i.rma, i.rma_line, i.sku, i.gtin, i.serial, i.authorization, i.status, "
        "i.grade, "
        "i.observed_reason, i.suggested, i.disposition, i.disposition_reason, i.estimated_recovery, "
        "i.unit_value, "
        "i.refund_decision, i.restocking_fee, i.currency, t.code, u.badge, i.received_at, i.decided_at "
        "FROM items i JOIN parcels p ON p.id = i.parcel_id JOIN users u ON u.id = i.received_by "
        "LEFT JOIN totes t ON t.id = i.tote_id WHERE i.received_at >= ? ORDER BY i.id",
        {{"lpn", Type::Text},
         {"tracking", Type::Text},
         {"rma", Type::Text},
         {"rma_line", Type::Integer},
         {"sku", Type::Text},
         {"gtin", Type::Text},
         {"serial", Type::Text},
         {"authorization", Type::Text},
         {"status", Type::Text},
         {"grade", Type::Text},
         {"observed_reason", Type::Text},
         {"suggested", Type::Text},
         {"disposition", Type::Text},
         {"disposition_reason", Type::Text},
         {"estimated_recovery", Type::Money},
         {"unit_value", Type::Money},
         {"refund_decision", Type::Text},
         {"restocking_fee", Type::Money},
         {"currency", Type::Text},
         {"tote", Type::Text},
         {"received_by", Type::Text},
         {"received_at", Type::Time},
         {"decided_at", Type::Time}}};
    static const ExportQuery parcels{
        "SELECT p.tracking, p.carrier, p.rma, p.dock, p.weight_g, u.badge, p.received_at, "
        "(SELECT count(*) FROM items i WHERE i.parcel_id = p.id) FROM parcels p JOIN users u ON u.id = "
        "p.received_by "
        "WHERE p.received_at >= ? ORDER BY p.id",
        {{"tracking", Type::Text},
         {"carrier", Type::Text},
         {"rma", Type::Text},
         {"dock", Type::Text},
         {"weight_g", Type::Integer},
         {"received_by", Type::Text},
         {"received_at", Type::Time},
         {"items", Type::Integer}}};
    switch (kind) {
    case ExportKind::Events:
        return events;
    case ExportKind::Items:
        return items;
    case ExportKind::Parcels:
        return parcels;
    }
    return events;
}

QString csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

std::optional<ExportKind> exportKindFromName(QStringView name) {
    if (name == QLatin1String("events"))
        return ExportKind::Events;
    if (name == QLatin1String("items"))
        return ExportKind::Items;
    if (name == QLatin1String("parcels"))
        return ExportKind::Parcels;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromName(QStringView name) {
    if (name == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (name == QLatin1String("jsonl"))
        return ExportFormat::Jsonl;
    return std::nullopt;
}

Result<qint64> exportRows(Station& station, ExportKind kind, std::optional<Millis> since, ExportFormat format,
                          QIODevice& out) {
    const ExportQuery& query = queryFor(kind);
    qint64 rows = 0;
    auto write = [&](const QByteArray& bytes) {
        return out.write(bytes) == bytes.size();
    };
    auto writeFailed = [&] {
        return Error{ErrorKind::Storage, QStringLiteral("write_failed"),
                     Tr::tr("Cannot write the export (disk full?): %1").arg(out.errorString())};
    };
    try {
        if (format == ExportFormat::Csv) {
            QStringList header;
            for (const Column& c : query.columns)
                header.append(QString::fromLatin1(c.name));
            if (!write(header.join(QLatin1Char(',')).toUtf8() + "\r\n"))
                return writeFailed();
        }
        EventLog events(station.db());
        Statement s = station.db().prepare(query.sql);
        s.bind(1, since.value_or(0));
        while (s.step()) {
            QStringList fields;
            QJsonObject object;
            for (int i = 0; i < static_cast<int>(query.columns.size()); ++i) {
                const Column& c = query.columns[static_cast<std::size_t>(i)];
                const QString name = QString::fromLatin1(c.name);
                QJsonValue value;
                if (!s.isNull(i)) {
                    switch (c.type) {
                    case Type::Text:
                        value = s.text(i);
                        break;
                    case Type::Integer:
                        value = s.int64(i);
                        break;
                    case Type::Time:
                        value = toRfc3339(s.int64(i));
                        break;
                    case Type::Money:
                        value = Money{s.int64(i), {}}.decimal();
                        break;
                    case Type::EventType:
                        value = eventcodec::typeName(s.integer(i));
                        break;
                    case Type::EventData:
                        value = events.decodeData(s.blob(i));
                        break;
                    case Type::EventId:
                        value = events.idFor(s.int64(i)).toString(QUuid::WithoutBraces);
                        break;
                    }
                }
                if (format == ExportFormat::Jsonl) {
                    object.insert(name, value);
                } else if (value.isObject()) {
                    fields.append(csvField(
                        QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))));
                } else {
                    fields.append(csvField(value.toVariant().toString()));
                }
            }
            const QByteArray line = format == ExportFormat::Jsonl
                                        ? QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'
                                        : fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
            if (!write(line))
                return writeFailed();
            ++rows;
        }
    } catch (const StoreError& e) {
        return toError(e);
    }
    return rows;
}

} // namespace dockside
