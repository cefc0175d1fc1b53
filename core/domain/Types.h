#pragma once

#include "util/Money.h"
#include "util/Time.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dockside {

// Each enum has one wire name (snake_case), used alike in SQLite, JSON, the CLI and HQ events.

enum class Role { Worker, Supervisor, Admin };
enum class Grade { A, B, C, D, X };
enum class Disposition {
    Restock,
    OpenBox,
    Refurbish,
    ReturnToVendor,
    Liquidate,
    Donate,
    Recycle,
    Destroy,
    Quarantine,
};
enum class RefundDecision { Full, Partial, Deny };
enum class ItemStatus {
    Received, // scanned into a parcel, not yet decided
    Decided,  // grade, disposition and refund set; in a tote
    InReview, // waiting for a supervisor in the inspection queue
    Approved, // a supervisor approved (or changed) the decision
    Rejected, // a supervisor rejected the return (refund denied, item held)
    Shipped,  // its tote was closed
};

inline constexpr Disposition kAllDispositions[] = {
    Disposition::Restock,        Disposition::OpenBox,   Disposition::Refurbish,
    Disposition::ReturnToVendor, Disposition::Liquidate, Disposition::Donate,
    Disposition::Recycle,        Disposition::Destroy,   Disposition::Quarantine,
};
inline constexpr Grade kAllGrades[] = {Grade::A, Grade::B, Grade::C, Grade::D, Grade::X};

QString roleName(Role);
QString gradeName(Grade);
QString dispositionName(Disposition);
QString refundDecisionName(RefundDecision);
QString itemStatusName(ItemStatus);
std::optional<Role> roleFromName(QStringView);
std::optional<Grade> gradeFromName(QStringView);
std::optional<Disposition> dispositionFromName(QStringView);
std::optional<RefundDecision> refundDecisionFromName(QStringView);
std::optional<ItemStatus> itemStatusFromName(QStringView);

// Translated labels for screens and reports. Those taking a code return it unchanged when they
// do not know it, so a newer code from HQ still shows.
QString dispositionLabel(Disposition);
QString dispositionLabel(const QString& code);
QString roleLabel(Role);
QString refundDecisionLabel(const QString& code);
QString observedReasonLabel(const QString& code);
QString queueCauseLabel(const QString& code);
QString queueCauseLabels(const QStringList& codes); // "High value, Fraud check"
QString fraudFlagLabel(const QString& code);
QString fraudFlagLabels(const QStringList& codes);
QString queueStatusLabel(const QString& code); // open, approved, rejected

// The authorization of one received item: "authorized" or an exception code.
namespace authorization {
inline const QString Authorized = QStringLiteral("authorized");
inline const QString UnknownParcel = QStringLiteral("unknown_parcel"); // no RMA found: blind receipt
inline const QString RmaCancelled = QStringLiteral("rma_cancelled");
inline const QString RmaClosed = QStringLiteral("rma_closed");
inline const QString Expired = QStringLiteral("expired");      // outside the return window
inline const QString WrongItem = QStringLiteral("wrong_item"); // not on the RMA
inline const QString OverQuantity = QStringLiteral("over_quantity");
inline const QString SerialMismatch = QStringLiteral("serial_mismatch");
inline const QString NotReturnable = QStringLiteral("not_returnable");
inline const QString UnknownProduct = QStringLiteral("unknown_product"); // not in the catalog
} // namespace authorization

// What the worker found, beside the customer's stated reason.
namespace observed {
inline const QString DefectConfirmed = QStringLiteral("defect_confirmed");
inline const QString NoFaultFound = QStringLiteral("no_fault_found");
inline const QString WrongItemReturned = QStringLiteral("wrong_item_returned");
inline const QString DamagedInTransit = QStringLiteral("damaged_in_transit");
inline const QString MissingParts = QStringLiteral("missing_parts");
inline const QString UsedOrWorn = QStringLiteral("used_or_worn");
inline const QString EmptyBox = QStringLiteral("empty_box");
inline const QString AsDescribed = QStringLiteral("as_described"); // unopened / as the customer said
} // namespace observed
QStringList observedReasons();

namespace fraud {
inline const QString SerialMismatch = QStringLiteral("serial_mismatch");
inline const QString WrongItem = QStringLiteral("wrong_item");
inline const QString EmptyBox = QStringLiteral("empty_box");
inline const QString WeightMismatch = QStringLiteral("weight_mismatch");
} // namespace fraud

// Why an item is in the inspection queue.
namespace cause {
inline const QString Override = QStringLiteral("override");
inline const QString HighValue = QStringLiteral("high_value");
inline const QString Exception = QStringLiteral("exception");
inline const QString FraudFlag = QStringLiteral("fraud_flag");
inline const QString BlindReceipt = QStringLiteral("blind_receipt");
} // namespace cause

struct Product {
    QString sku;
    QStringList gtins;
    QString description;
    QString category; // dotted, e.g. "electronics.audio"
    Money unitValue;
    int weightG = 0;
    QString hazmat = QStringLiteral("none");
    bool dataBearing = false;
    bool returnable = true;
    Millis updatedAt = 0;
};

struct RmaLine {
    int line = 0;
    QString sku;
    QString gtin;
    int qty = 1;
    QStringList serials;
    Money unitValue;
};

struct Rma {
    QString rma;
    QString status; // authorized, cancelled, closed
    QString order;
    QString customerRef;
    QString reasonCode;
    Millis createdAt = 0;
    Millis expiresAt = 0;
    QStringList tracking;
    QList<RmaLine> lines;
    Millis updatedAt = 0;
};

struct User {
    qint64 id = 0;
    QString badge; // "U-0017": printed on the badge, and the user id events carry
    QString name;
    Role role = Role::Worker;
    QString language;
    bool active = true;
};

} // namespace dockside
