#include "store/EventCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cstring>

namespace dockside::eventcodec {

namespace {

// Append only: a key's number is written into every stored event.
constexpr std::array kKeys{
    "authorization",
    "gtin",
    "parcel",
    "rma",
    "rma_line",
    "serial",
    "sku",
    "checklist",
    "grade",
    "notes",
    "observed_reason",
    "photos",
    "wipe",
    "by",
    "method",
    "disposition",
    "estimated_recovery",
    "amount",
    "currency",
    "reason",
    "suggested",
    "decision",
    "restocking_fee",
    "cause",
    "tote",
    "comment",
    "code",
    "details",
    "items",
    "weight_g",
    "partner",
    "certificate_ref",
    "tracking",
    "carrier",
    "dock",
    "name",
    "role",
    "attempts",
    // The default policy's checklist keys: every item.graded event carries them.
    "genuine",
    "battery_ok",
    "powers_on",
    "no_physical_damage",
    "screen_and_body_clean",
    "data_wiped",
    "accessories_complete",
    "unused",
    "original_packaging",
    "plays_both_sides",
    "ear_parts_clean",
    "hygienic",
    "no_holes_or_tears",
    "no_odour_or_stains",
    "unworn",
    "tags_attached",
    "works",
    "no_breakage",
    "parts_complete",
    "no_cosmetic_marks",
    "no_damage",
    "complete",
};

// Append only, as above; 0 is never used.
constexpr std::array kTypes{
    "",
    "parcel.received",
    "item.received",
    "item.graded",
    "item.disposition_set",
    "item.refund_decided",
    "item.review_requested",
    "item.approved",
    "item.rejected",
    "item.moved_to_tote",
    "tote.closed",
    "exception.raised",
    "exception.resolved",
    "user.added",
    "user.locked_out",
    "item.regrade_requested",
    "item.regraded",
    "user.updated",
    "user.unlocked",
    "user.pin_reset",
    "outbox.requeued",
    "outbox.released",
    "station.restored",
};

// Append only, as above: string values that recur in nearly every event (dispositions, decisions,
// authorization and reason codes, currencies, carriers) are stored as tag 6 + their index, two
// bytes instead of up to twenty. Tag 6 is unassigned in CBOR; it never leaves the station.
constexpr std::array kValues{
    "restock",
    "open_box",
    "refurbish",
    "return_to_vendor",
    "liquidate",
    "donate",
    "recycle",
    "destroy",
    "quarantine",
    "full",
    "partial",
    "deny",
    "authorized",
    "unknown_parcel",
    "rma_cancelled",
    "rma_closed",
    "expired",
    "wrong_item",
    "over_quantity",
    "serial_mismatch",
    "not_returnable",
    "unknown_product",
    "defect_confirmed",
    "no_fault_found",
    "wrong_item_returned",
    "damaged_in_transit",
    "missing_parts",
    "used_or_worn",
    "empty_box",
    "as_described",
    "weight_mismatch",
    "override",
    "high_value",
    "exception",
    "fraud_flag",
    "blind_receipt",
    "nist_800_88_clear",
    "nist_800_88_purge",
    "EUR",
    "USD",
    "GBP",
    "PLN",
    "CHF",
    "SEK",
    "CZK",
    "DKK",
    "NOK",
    "ups",
    "fedex",
    "usps",
    "dhl",
    "amazon",
    "ontrac",
    "worker",
    "supervisor",
    "admin",
};
constexpr auto kValueTag = QCborTag(6);
constexpr auto kTextTag = QCborTag(7); // an id in event_texts
constexpr qsizetype kInternMinLength = 24;

bool internable(QStringView key) {
    return key == QLatin1String("reason") || key == QLatin1String("details");
}

const QHash<QString, int>& keyCodes() {
    static const QHash<QString, int> codes = [] {
        QHash<QString, int> h;
        for (int i = 0; i < static_cast<int>(kKeys.size()); ++i)
            h.insert(QString::fromLatin1(kKeys[static_cast<std::size_t>(i)]), i);
        return h;
    }();
    return codes;
}

const QHash<QString, int>& valueCodes() {
    static const QHash<QString, int> codes = [] {
        QHash<QString, int> h;
        for (int i = 0; i < static_cast<int>(kValues.size()); ++i)
            h.insert(QString::fromLatin1(kValues[static_cast<std::size_t>(i)]), i);
        return h;
    }();
    return codes;
}

// The CBOR Dockside writes, appended straight to the bytes: a QCborMap per event cost more than
// the insert itself in a bulk load, and QCborStreamWriter's QBuffer still half of the encoding.
// The bytes are what QCborValue::toCbor gives for the same map (definite lengths, shortest
// integers, doubles as 64-bit, text as UTF-8), so stored events read back unchanged (tested).
class CborWriter {
public:
    explicit CborWriter(QByteArray& bytes)
        : m_bytes(bytes) {}
    void startMap(quint64 size) { head(5, size); }
    void startArray(quint64 size) { head(4, size); }
    void append(QCborTag tag) { head(6, static_cast<quint64>(tag)); }
    void append(qint64 value) {
        if (value >= 0)
            head(0, static_cast<quint64>(value));
        else
            head(1, static_cast<quint64>(-1 - value));
    }
    void append(const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        head(3, static_cast<quint64>(utf8.size()));
        m_bytes.append(utf8);
    }
    void append(bool value) { m_bytes.append(static_cast<char>(value ? 0xf5 : 0xf4)); }
    void append(double value) {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        m_bytes.append(static_cast<char>(0xfb));
        bigEndian(bits, 8);
    }
    void appendNull() { m_bytes.append(static_cast<char>(0xf6)); }
    void appendUndefined() { m_bytes.append(static_cast<char>(0xf7)); }

private:
    void head(int major, quint64 argument) {
        const auto type = static_cast<char>(major << 5);
        if (argument < 24) {
            m_bytes.append(static_cast<char>(type | static_cast<char>(argument)));
        } else if (argument <= 0xff) {
            m_bytes.append(static_cast<char>(type | 24));
            bigEndian(argument, 1);
        } else if (argument <= 0xffff) {
            m_bytes.append(static_cast<char>(type | 25));
            bigEndian(argument, 2);
        } else if (argument <= 0xffffffffULL) {
            m_bytes.append(static_cast<char>(type | 26));
            bigEndian(argument, 4);
        } else {
            m_bytes.append(static_cast<char>(type | 27));
            bigEndian(argument, 8);
        }
    }
    void bigEndian(quint64 value, int bytes) {
        for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8)
            m_bytes.append(static_cast<char>((value >> shift) & 0xff));
    }

    QByteArray& m_bytes;
};

void writeValue(CborWriter& out, const QJsonValue& value);

void writeKey(CborWriter& out, const QString& key) {
    const auto& codes = keyCodes();
    const auto code = codes.constFind(key);
    if (code != codes.cend())
        out.append(static_cast<qint64>(*code));
    else
        out.append(key);
}

void writeString(CborWriter& out, const QString& text) {
    const auto code = valueCodes().constFind(text);
    if (code != valueCodes().cend()) {
        out.append(kValueTag);
        out.append(static_cast<qint64>(*code));
    } else {
        out.append(text);
    }
}

void writeTextField(CborWriter& out, const QString& key, const QString& text, const TextInterner& intern) {
    writeKey(out, key);
    if (intern && text.size() >= kInternMinLength && internable(key)) {
        out.append(kTextTag);
        out.append(intern(text));
        return;
    }
    writeString(out, text);
}

void writeField(CborWriter& out, const QString& key, const QJsonValue& value, const TextInterner& intern) {
    if (value.isString()) {
        writeTextField(out, key, value.toString(), intern);
        return;
    }
    writeKey(out, key);
    writeValue(out, value);
}

void writeObject(CborWriter& out, const QJsonObject& object, const TextInterner& intern) {
    out.startMap(static_cast<quint64>(object.size()));
    for (auto it = object.begin(); it != object.end(); ++it)
        writeField(out, it.key(), it.value(), intern);
}

void writeValue(CborWriter& out, const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Object:
        writeObject(out, value.toObject(), {});
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.startArray(static_cast<quint64>(array.size()));
        for (const QJsonValue& v : array)
            writeValue(out, v);
        return;
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const auto i = static_cast<qint64>(d);
        if (static_cast<double>(i) == d)
            out.append(i);
        else
            out.append(d);
        return;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        return;
    case QJsonValue::Bool:
        out.append(value.toBool());
        return;
    case QJsonValue::Null:
        out.appendNull();
        return;
    case QJsonValue::Undefined:
        out.appendUndefined();
        return;
    }
}

QJsonValue jsonOf(const Field& field) {
    switch (field.kind) {
    case Field::Kind::Text:
        return field.text;
    case Field::Kind::Money:
        return field.money.toJson();
    case Field::Kind::Json:
        break;
    }
    return field.value;
}

QJsonValue decodeValue(const QCborValue& value, const TextResolver& resolve);

QJsonObject decodeMap(const QCborMap& map, const TextResolver& resolve) {
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it) {
        QString key;
        if (it.key().isInteger()) {
            const qint64 code = it.key().toInteger();
            if (code < 0 || code >= static_cast<qint64>(kKeys.size()))
                continue; // written by a newer Dockside: unknown fields are ignored, as on the wire
            key = QString::fromLatin1(kKeys[static_cast<std::size_t>(code)]);
        } else {
            key = it.key().toString();
        }
        object.insert(key, decodeValue(it.value(), resolve));
    }
    return object;
}

QJsonValue decodeValue(const QCborValue& value, const TextResolver& resolve) {
    if (value.isMap())
        return decodeMap(value.toMap(), resolve);
    if (value.isArray()) {
        QJsonArray array;
        for (const QCborValue& v : value.toArray())
            array.append(decodeValue(v, resolve));
        return array;
    }
    if (value.isTag() && value.tag() == kTextTag) {
        const std::optional<QString> text =
            resolve ? resolve(value.taggedValue().toInteger(-1)) : std::nullopt;
        return text ? QJsonValue(*text) : QJsonValue(); // a missing text reads as null, never as another
    }
    if (value.isTag() && value.tag() == kValueTag) {
        const qint64 code = value.taggedValue().toInteger(-1);
        if (code >= 0 && code < static_cast<qint64>(kValues.size()))
            return QString::fromLatin1(kValues[static_cast<std::size_t>(code)]);
        return QJsonValue(); // written by a newer Dockside: an unknown value reads as null
    }
    return value.toJsonValue();
}

} // namespace

QByteArray encode(const QJsonObject& data, const TextInterner& intern) {
    QByteArray bytes;
    bytes.reserve(256); // most events fit: no regrowth while the writer appends
    CborWriter out(bytes);
    writeObject(out, data, intern);
    return bytes;
}

QByteArray encode(std::initializer_list<Field> fields, const TextInterner& intern) {
    // QJsonObject's order (keys sorted), so both forms store the same bytes.
    std::array<const Field*, 16> sorted{};
    if (fields.size() > sorted.size()) {
        QJsonObject object;
        for (const Field& field : fields)
            object.insert(field.key, jsonOf(field));
        return encode(object, intern);
    }
    qsizetype count = 0;
    for (const Field& field : fields) {
        const auto at = std::lower_bound(sorted.begin(), sorted.begin() + count, &field,
                                         [](const Field* a, const Field* b) { return a->key < b->key; });
        if (at != sorted.begin() + count && (*at)->key == field.key) {
            *at = &field; // a repeated key keeps its last value
            continue;
        }
        std::move_backward(at, sorted.begin() + count, sorted.begin() + count + 1);
        *at = &field;
        ++count;
    }
    // An undefined value removes its key, as QJsonObject::insert does.
    count = std::remove_if(
                sorted.begin(), sorted.begin() + count,
                [](const Field* f) { return f->kind == Field::Kind::Json && f->value.isUndefined(); }) -
            sorted.begin();
    QByteArray bytes;
    bytes.reserve(256);
    CborWriter out(bytes);
    out.startMap(static_cast<quint64>(count));
    for (qsizetype i = 0; i < count; ++i) {
        const Field& field = *sorted[static_cast<std::size_t>(i)];
        switch (field.kind) {
        case Field::Kind::Text:
            writeTextField(out, field.key, field.text, intern);
            break;
        case Field::Kind::Money: {
            // Money::toJson()'s two keys, in QJsonObject's order; nested texts are never interned.
            static const QString amountKey = QStringLiteral("amount"),
                                 currencyKey = QStringLiteral("currency");
            writeKey(out, field.key);
            out.startMap(2);
            writeKey(out, amountKey);
            writeString(out, field.money.decimal());
            writeKey(out, currencyKey);
            writeString(out, field.money.currency);
            break;
        }
        case Field::Kind::Json:
            writeField(out, field.key, field.value, intern);
            break;
        }
    }
    return bytes;
}

QJsonObject decode(const QByteArray& stored, const TextResolver& resolve) {
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(stored, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return {};
    return decodeMap(value.toMap(), resolve);
}

bool isDecodable(const QByteArray& stored) {
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(stored, &error);
    return error.error == QCborError::NoError && value.isMap();
}

int typeCode(const QString& type) {
    for (int i = 1; i < static_cast<int>(kTypes.size()); ++i)
        if (type == QLatin1String(kTypes[static_cast<std::size_t>(i)]))
            return i;
    return -1;
}

QString typeName(int code) {
    if (code < 1 || code >= static_cast<int>(kTypes.size()))
        return {};
    return QString::fromLatin1(kTypes[static_cast<std::size_t>(code)]);
}

} // namespace dockside::eventcodec
