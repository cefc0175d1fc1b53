#pragma once

#include "domain/Types.h"
#include "policy/Policy.h"
#include "util/Time.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dockside {

struct AuthorizationInput {
    const Rma* rma = nullptr;         // the RMA found for the parcel/item, or nullptr (blind receipt)
    const Product* product = nullptr; // catalog product of the scanned item, or nullptr (not in catalog)
    QString scannedGtin;              // 14-digit, may be empty
    QString scannedSerial;            // may be empty
    QMap<int, int> receivedPerLine;   // items already received against each RMA line (excluding this one)
    Millis now = 0;
    Millis rmaReceivedAt = 0; // when the parcel arrived (window is judged at arrival); 0: use `now`
};

struct AuthorizationResult {
    QString code;               // authorization::Authorized or an exception code from Types.h
    std::optional<int> rmaLine; // the matched line
    QString message;            // plain translated words a dock worker understands
    QString action;             // what to do now, translated
    QStringList fraudFlags;     // fraud::SerialMismatch, fraud::WrongItem ...
    bool isException() const { return code != authorization::Authorized; }
};

// Checks, in this order: RMA found, not cancelled, not closed, inside the return window, product
// known (or its GTIN on a line), item on the RMA, line quantity left, serial expected, returnable.
AuthorizationResult authorize(const Policy& policy, const AuthorizationInput& input);

// The parcel-level verdict: only the RMA checks of authorize() (found, not cancelled, not closed,
// inside the window); the input's item fields are ignored. Items are then authorized one by one.
AuthorizationResult authorizeParcel(const Policy& policy, const AuthorizationInput& input);

// Fraud flags from a measured weight: fraud::EmptyBox below the policy's share of the catalog
// weight, fraud::WeightMismatch when too far from it. Nothing without a weight or a catalog weight.
QStringList weightFlags(const Policy& policy, const Product* product, std::optional<int> weightG);

// A short translated name for an authorization code ("Serial number mismatch"), the code itself
// when unknown.
QString authorizationLabel(const QString& code);

} // namespace dockside
