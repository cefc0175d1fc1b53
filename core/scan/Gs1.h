#pragma once

#include "util/Result.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// GS1 element strings (GS1 General Specifications §3 and §7.8): what GS1-128, GS1 DataMatrix,
// GS1 QR and GS1 DataBar carry, as scanners and keyboard wedges deliver them.
namespace dockside {

struct Gs1Field {
    QString ai;
    QString value;
    bool operator==(const Gs1Field&) const = default;
};

// ASCII GS (0x1D), the FNC1 separator between fields.
inline constexpr char16_t kGs1Separator = 0x1D;

// Turns every separator form scanners send into GS: GS itself, the literals "<GS>", "{GS}",
// "\x1D" and "^]" (Ctrl+] echoed), and extraSeparator (a replacement char such as '|' or '~'
// configured in the scanner) when it is not null. Spaces are removed: no AI value may contain
// one, and people type the bracket form with spaces.
QString normalizeGs1Separators(QStringView text, QChar extraSeparator = QChar());

// The AIM symbology identifier at the start of text ("]C1", "]d2", ...), or an empty view.
QStringView aimPrefix(QStringView text);
// ]C1 GS1-128, ]e0 GS1 DataBar, ]d2 GS1 DataMatrix, ]Q3 GS1 QR, ]J1 GS1 DotCode.
bool isGs1Symbology(QStringView aim);

// Fields in scan order plus the first problem found. Wrong check digits and dates do not stop
// parsing (the fields are still useful to show); unknown AIs, bad lengths and bad characters do,
// and fields then holds what was read before the problem.
struct Gs1Parse {
    QList<Gs1Field> fields;
    std::optional<Error> error;
};
Gs1Parse parseGs1Detailed(QStringView text, QChar extraSeparator = QChar());

// Parses an element string (with or without AIM prefix, with any separator form above) or the
// human-readable bracket form "(01)09506000134352(21)ABC". Fails with code "gs1_..." on an empty
// string, unknown AI, truncated/too long/too short field, bad character, wrong check digit (AIs
// 00, 01, 02, 253, 402, 410-417, 8003, 8006, 8018) or an impossible date/time.
Result<QList<Gs1Field>> parseGs1(QStringView text, QChar extraSeparator = QChar());

// "(01)09506000134352(21)ABC"
QString formatGs1HumanReadable(const QList<Gs1Field>& fields);

} // namespace dockside
