#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "util/Money.h"

#include <functional>
#include <initializer_list>
#include <optional>
#include <type_traits>

namespace dockside::eventcodec {

// Event data is stored as CBOR with the common keys replaced by small integers: a third of the
// size of JSON text, which keeps a station with a million items well inside its disk budget.
// The wire (HQ API, exports) always sees the plain JSON object. Both tables below are part of
// the database format: append only, never reorder.
//
// Long texts under "reason" and "details" (refund reasons written by the policy, exception
// details) recur in most events; with an interner they are stored once elsewhere (event_texts)
// and referenced by id. Decoding such data needs the matching resolver.
using TextInterner = std::function<qint64(const QString& text)>;
using TextResolver = std::function<std::optional<QString>(qint64 id)>;
QByteArray encode(const QJsonObject& data, const TextInterner& intern = {});
// The same bytes from the fields of an object not built as a QJsonObject (which costs more than
// encoding it): written in key order, a repeated key keeps its last value and an undefined value
// leaves its key out, as in QJsonObject.
struct Field {
    Field(QString name, QJsonValue data)
        : key(std::move(name))
        , value(std::move(data)) {}
    template <typename Number>
    requires std::is_arithmetic_v<Number> // 0 would otherwise also convert to a QString
    Field(QString name, Number data)
        : key(std::move(name))
        , value(data) {}
    // Text is kept as it is: a QJsonValue would first copy it into a CBOR container.
    Field(QString name, QString data)
        : key(std::move(name))
        , text(std::move(data))
        , kind(Kind::Text) {}
    // An amount as Money::toJson() has it, without building that object.
    Field(QString name, Money amount)
        : key(std::move(name))
        , money(std::move(amount))
        , kind(Kind::Money) {}
    enum class Kind { Json, Text, Money };
    QString key;
    QJsonValue value;
    QString text;
    Money money;
    Kind kind = Kind::Json;
};
QByteArray encode(std::initializer_list<Field> fields, const TextInterner& intern = {});
QJsonObject decode(const QByteArray& stored, const TextResolver& resolve = {}); // {} when damaged
bool isDecodable(const QByteArray& stored);

// Event types are stored as small integers too.
int typeCode(const QString& type); // -1 for a type the station does not know
QString typeName(int code);        // null QString for an unknown code

} // namespace dockside::eventcodec
