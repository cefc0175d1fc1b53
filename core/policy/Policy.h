#pragma once

#include "domain/Types.h"
#include "policy/Grading.h"
#include "util/Money.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <iterator>
#include <optional>

namespace dockside {

struct ReasonCode {
    QString code; // snake_case, as RMAs carry it
    QString label;
};

struct GradeInfo {
    Grade grade = Grade::A;
    QString label;
    QString description;
};

// The conditions of one decision-table row. An empty list or an unset optional matches anything;
// a row matches when every condition it sets matches.
struct RuleConditions {
    QStringList categories; // dotted prefixes, "" matches every category
    QList<Grade> grades;
    QStringList reasons;    // the customer's stated reason codes
    QStringList observed;   // the worker's observed reasons (observed::)
    QStringList hazmat;     // hazmat classes, "none" included
    QStringList fraudFlags; // matches when the item carries any of them (refund rules only)
    std::optional<bool> dataBearing;
    std::optional<bool> wipeConfirmed;
    std::optional<Money> minValue; // inclusive
    std::optional<Money> maxValue; // exclusive
};

// A row of the disposition table. For each disposition the first matching row that names it (in
// `allow` or `forbid`) decides; a disposition no matching row names is not allowed.
struct DispositionRule {
    QString id;
    QString description; // why the row exists, shown when it forbids something
    RuleConditions when;
    QList<Disposition> allow;
    QList<Disposition> forbid;
};

// A row of the refund table; the first matching row decides.
struct RefundRule {
    QString id;
    QString description;
    RuleConditions when;
    RefundDecision decision = RefundDecision::Deny;
};

struct RecoveryEntry {
    double rate = 0;    // share of the unit value recovered
    Money handlingCost; // in the policy currency
};

// The weight check against the catalog weight (empty-box and weight-mismatch fraud flags).
struct WeightCheck {
    double emptyBoxRatio = 0.25; // below this share of the catalog weight: empty box
    double toleranceRatio = 0.3; // lighter or heavier than the catalog by more than this share: mismatch
    int packagingAllowanceG = 0; // grams of packaging tolerated on top of the heavier bound
};

// The rules a station applies, as HQ sends them (resources/policy/README.md documents the shape).
// A value type: cheap to copy, immutable once parsed.
class Policy {
    Q_DECLARE_TR_FUNCTIONS(Policy)

public:
    // A policy with no rules: every disposition but quarantine forbidden, no checks. Only the
    // fallback when the built-in document is broken; real policies come from parse().
    Policy();

    // Strict validation: errors name the line and column (JSON syntax) or the JSON path of the
    // offending field, with code "policy_invalid".
    static Result<Policy> parse(const QByteArray& json);
    // The default shipped in the resources (:/policy/default.json). Never aborts: a broken
    // built-in is a programmer error that the tests catch; it logs and yields Policy().
    static const Policy& builtIn();

    QString version() const { return m_version; }
    QByteArray document() const { return m_document; } // the JSON as received
    QString currency() const { return m_currency; }
    int returnWindowDays() const { return m_returnWindowDays; }
    Money approvalThreshold() const { return m_approvalThreshold; }
    const WeightCheck& weightCheck() const { return m_weightCheck; }

    const QList<ReasonCode>& reasons() const { return m_reasons; }
    bool hasReason(const QString& code) const;
    QString reasonLabel(const QString& code) const; // the code itself when unknown

    const QList<GradeInfo>& grades() const { return m_grades; }
    QString gradeLabel(Grade grade) const;
    QString gradeDescription(Grade grade) const;

    const QList<Checklist>& checklists() const { return m_checklists; }
    // The checklist with the longest category prefix matching `category`, else the "" fallback.
    const Checklist& checklistFor(const QString& category) const;

    const QList<DispositionRule>& dispositionRules() const { return m_rules; }
    RecoveryEntry recovery(Disposition disposition, Grade grade) const;
    double restockingFeeRate(Grade grade) const;
    const QList<RefundRule>& refundRules() const { return m_refundRules; }

    // "electronics" matches "electronics" and "electronics.audio", not "electronicsx"; "" matches all.
    static bool categoryMatches(const QString& prefix, const QString& category);

private:
    friend class PolicyParser;

    QByteArray m_document;
    QString m_version;
    QString m_currency = QStringLiteral("EUR");
    int m_returnWindowDays = 30;
    Money m_approvalThreshold{0, QStringLiteral("EUR")};
    WeightCheck m_weightCheck;
    QList<ReasonCode> m_reasons;
    QList<GradeInfo> m_grades;
    QList<Checklist> m_checklists;
    QList<DispositionRule> m_rules;
    RecoveryEntry m_recovery[std::size(kAllDispositions)][std::size(kAllGrades)];
    double m_restockingFees[std::size(kAllGrades)] = {};
    QList<RefundRule> m_refundRules;
};

} // namespace dockside
