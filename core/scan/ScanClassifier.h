#pragma once

#include "scan/Gs1.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

// What a scanned string is: a carrier tracking number, one of Dockside's own codes (LPN, RMA,
// badge, tote), a GTIN or a GS1 element string. Pure and allocation-light: safe on any thread.
namespace dockside {

enum class ScanKind { Unknown, Tracking, Rma, Lpn, Gs1, Gtin, Badge, Tote };
enum class Carrier { None, Ups, Fedex, Usps, Dhl, Amazon, Ontrac, S10 };

QString kindName(ScanKind kind);      // "tracking", "rma", "lpn", "gs1", "gtin", "badge", "tote", "unknown"
QString carrierName(Carrier carrier); // "ups", "fedex", ...; None -> null QString

// Formats: ups_1z; fedex_12, fedex_15, fedex_sscc_20, fedex_smartpost_20, fedex_smartpost_22,
// fedex_96_22, fedex_34; usps_20, usps_impb_20 (printed without its "91"), usps_impb_22/26/30/34,
// usps_impb_420 (with "420"+ZIP routing prefix); dhl_express_10; amazon_tba/tbc/tbm;
// ontrac_c/ontrac_d; s10. Formats without a check digit (Amazon) report checkDigitValid = true.
struct CarrierMatch {
    Carrier carrier = Carrier::None;
    QString format;
    bool checkDigitValid = false;
};

struct ScanResult {
    ScanKind kind = ScanKind::Unknown;
    Carrier carrier = Carrier::None; // best candidate, when kind == Tracking
    bool valid = false;              // every check digit that the format has passed
    // Normalized: trimmed, AIM prefix and spaces removed, letters uppercased (not inside GS1
    // values, where case matters), USPS routing prefix stripped; the 14-digit form for a GTIN;
    // the bracket form "(01)...(21)..." for GS1; an RMA without its check character.
    QString value;
    QString symbology;      // AIM identifier if present, e.g. "]C1"
    QList<Gs1Field> fields; // GS1 AIs in scan order
    // Every carrier format the number fits, valid check digit first. Also filled for a GTIN or
    // SSCC that happens to fit one (carrier stays None then: the GS1 reading wins).
    QList<CarrierMatch> candidates;
    QString problem; // translated reason when !valid or Unknown

    QString field(QStringView ai) const; // value of an AI or null
    QString gtin() const;                // 14-digit GTIN from AI 01 or a plain GTIN scan
    QString serial() const;              // AI 21
};

// gsReplacement: the character a keyboard-wedge scanner is configured to send for FNC1/GS.
// Classification order: GS1 symbology ids; Dockside codes (RMA-, TOTE-, U-, LPN); other GS1
// element strings; carrier formats; plain numbers (GTIN, SSCC, numeric tracking numbers).
ScanResult classifyScan(QStringView raw, QChar gsReplacement = QChar());

// The `dockside-cli classify --json` document (DESIGN.md).
QJsonObject toJson(const ScanResult& result);

// A new LPN "<STATION>-<7-digit sequence>-<mod37_36 check>", e.g. "AMS-D03-0000412-0".
// Null QString when the station code is not [A-Z][A-Z0-9]{1,7}(-[A-Z0-9]{1,8})? (lowercase is
// uppercased) or sequence is outside 0..9999999.
QString makeLpn(QStringView station, qint64 sequence);

} // namespace dockside
