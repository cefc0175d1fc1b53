#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dockside::eventcodec {

// Event data is stored as CBOR with the common keys replaced by small integers: a third of the
// size of JSON text, which keeps a station with a million items well inside its disk budget.
// The wire (HQ API, exports) always sees the plain JSON object. Both tables below are part of
// the database format: append only, never reorder.
QByteArray encode(const QJsonObject& data);
QJsonObject decode(const QByteArray& stored); // empty object for damaged data
bool isDecodable(const QByteArray& stored);

// Event types are stored as small integers too.
int typeCode(const QString& type); // -1 for a type the station does not know
QString typeName(int code);        // null QString for an unknown code

} // namespace dockside::eventcodec
