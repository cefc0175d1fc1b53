#pragma once

#include "domain/Types.h"
#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dockside {

// Values of ChecklistItem::special: items that only apply to some products.
namespace checkSpecial {
inline const QString Battery = QStringLiteral("battery");    // lithium hazmat items only
inline const QString DataWipe = QStringLiteral("data_wipe"); // data-bearing items only
} // namespace checkSpecial

struct ChecklistItem {
    QString key;
    QString label;
    Grade gradeIfFailed = Grade::B;
    bool damage = false; // a failed answer needs at least one photo
    QString special;     // "", "battery", "data_wipe"
};

struct Checklist {
    QString category; // dotted category prefix; "" is the fallback for every category
    QList<ChecklistItem> items;
};

struct GradeResult {
    Grade grade = Grade::A;
    QString reason; // one translated line: why this grade
    bool photoRequired = false;
    bool batteryFailed = false;
    bool wipeConfirmed = false;
    QStringList unanswered; // always empty on success: unanswered items make grading fail
};

// True for the hazmat classes whose battery must be checked ("lithium_ion", "lithium_metal", ...).
bool isLithiumHazmat(const QString& hazmat);

// Whether an item of the checklist is asked for this product (special items are skipped otherwise).
bool checkApplies(const ChecklistItem& item, bool dataBearing, const QString& hazmat);

// The keys of the items that apply to this product and have no answer yet, in checklist order.
QStringList unansweredChecks(const Checklist& checklist, const QMap<QString, bool>& answers, bool dataBearing,
                             const QString& hazmat);

// answers: key -> passed. All applicable items must be answered; the grade is the worst
// gradeIfFailed among the failed ones (A when all passed). Errors: "unknown_check" for a key the
// checklist does not have, "checklist_unanswered" listing the unanswered items.
Result<GradeResult> gradeFromChecklist(const Checklist& checklist, const QMap<QString, bool>& answers,
                                       bool dataBearing, const QString& hazmat);

} // namespace dockside
