#include "policy/DispositionEngine.h"

#include "policy/Authorization.h"

#include <QCoreApplication>
#include <QLocale>

#include "i18n/Language.h"

#include <algorithm>
#include <cmath>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DispositionEngine)
};

bool isAuthorized(const QString& code) {
    return code.isEmpty() || code == authorization::Authorized;
}

// Exceptions where the item may not be ours to dispose of (it may go back to the customer, to the
// police, or be someone else's): hold it. Blind receipts and over-quantity items are ours to grade.
bool isSeriousException(const QString& code) {
    static const QStringList serious{authorization::SerialMismatch, authorization::WrongItem,
                                     authorization::UnknownProduct, authorization::Expired,
                                     authorization::NotReturnable,  authorization::RmaCancelled,
                                     authorization::RmaClosed};
    return serious.contains(code);
}

// Data must never leave on these unwiped; refurbishment wipes, the others destroy or keep it.
bool needsWipe(Disposition d) {
    return d == Disposition::Restock || d == Disposition::OpenBox || d == Disposition::Donate ||
           d == Disposition::Liquidate;
}

// In the reader's locale: "€349.00" in English, "349,00 €" in German.
QString money(const Money& m) {
    return language::formatMoney(m);
}

QString percent(double rate) {
    const double value = rate * 100.0;
    const int decimals = std::abs(value - std::round(value)) < 1e-9 ? 0 : 1;
    return Tr::tr("%1%", "percentage").arg(QLocale().toString(value, 'f', decimals));
}

bool containsCi(const QStringList& list, const QString& value) {
    return list.contains(value, Qt::CaseInsensitive);
}

// The condition fields both tables share.
bool matchesCommon(const RuleConditions& when, Grade grade, const QString& reason,
                   const QString& observedReason) {
    if (!when.grades.isEmpty() && !when.grades.contains(grade))
        return false;
    if (!when.reasons.isEmpty() && !containsCi(when.reasons, reason))
        return false;
    return when.observed.isEmpty() || containsCi(when.observed, observedReason);
}

// `value` is in the policy currency (0 when unknown).
bool matchesDisposition(const RuleConditions& when, const DispositionInput& in, const QString& hazmat,
                        const Money& value) {
    if (!matchesCommon(when, in.grade, in.reasonCode, in.observedReason))
        return false;
    if (!when.categories.isEmpty() &&
        std::none_of(when.categories.cbegin(), when.categories.cend(),
                     [&](const QString& prefix) { return Policy::categoryMatches(prefix, in.category); }))
        return false;
    if (!when.hazmat.isEmpty() && !containsCi(when.hazmat, hazmat))
        return false;
    if (when.dataBearing && *when.dataBearing != in.dataBearing)
        return false;
    if (when.wipeConfirmed && *when.wipeConfirmed != in.wipeConfirmed)
        return false;
    if (when.minValue && value.minor < when.minValue->minor)
        return false;
    return !when.maxValue || value.minor < when.maxValue->minor;
}

bool matchesRefund(const RuleConditions& when, const RefundInput& in) {
    if (!matchesCommon(when, in.grade, in.reasonCode, in.observedReason))
        return false;
    return when.fraudFlags.isEmpty() ||
           std::any_of(in.fraudFlags.cbegin(), in.fraudFlags.cend(),
                       [&](const QString& flag) { return when.fraudFlags.contains(flag); });
}

} // namespace

bool DispositionSuggestion::isAllowed(Disposition disposition) const {
    if (disposition == Disposition::Quarantine)
        return true;
    for (const DispositionCandidate& candidate : candidates)
        if (candidate.disposition == disposition)
            return candidate.allowed;
    return false;
}

DispositionSuggestion suggestDisposition(const Policy& policy, const DispositionInput& in, Explain explain) {
    const bool texts = explain == Explain::Yes;
    const QString currency = policy.currency();
    const bool valueKnown = in.unitValue.isValid() && in.unitValue.currency == currency;
    const Money value = valueKnown ? in.unitValue : Money{0, currency};
    const QString hazmat = in.hazmat.isEmpty() ? QStringLiteral("none") : in.hazmat;

    QList<DispositionCandidate> candidates;
    for (Disposition d : kAllDispositions) {
        DispositionCandidate c;
        c.disposition = d;
        // The table: for each disposition, the first matching row that names it decides.
        bool decided = false;
        for (const DispositionRule& rule : policy.dispositionRules()) {
            const bool allows = rule.allow.contains(d);
            if ((!allows && !rule.forbid.contains(d)) || !matchesDisposition(rule.when, in, hazmat, value))
                continue;
            c.allowed = allows;
            if (!allows && texts)
                c.whyNot = Tr::tr("policy rule %1: %2").arg(rule.id, rule.description);
            decided = true;
            break;
        }
        if (!decided && texts)
            c.whyNot = Tr::tr("no policy rule allows it for this item");

        // Hard rules on top of the table.
        if (d == Disposition::Quarantine) {
            c.allowed = true;
            c.whyNot.clear();
        } else if (in.batteryFailed) {
            c.allowed = false;
            if (texts)
                c.whyNot =
                    Tr::tr("the battery failed its check: the item stays in the hazmat quarantine until a "
                           "supervisor releases it for recycling");
        } else if (in.dataBearing && !in.wipeConfirmed && needsWipe(d)) {
            c.allowed = false;
            if (texts)
                c.whyNot = Tr::tr("it holds data and the data wipe is not confirmed");
        }

        const RecoveryEntry entry = policy.recovery(d, in.grade);
        c.recoveryRate = entry.rate;
        c.handlingCost = entry.handlingCost;
        c.netRecovery = Money{value.scaled(entry.rate).minor - entry.handlingCost.minor, currency};
        candidates << c;
    }

    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const DispositionCandidate& a, const DispositionCandidate& b) {
                         if (a.allowed != b.allowed)
                             return a.allowed;
                         if (a.allowed && a.netRecovery.minor != b.netRecovery.minor)
                             return a.netRecovery.minor > b.netRecovery.minor;
                         return static_cast<int>(a.disposition) < static_cast<int>(b.disposition);
                     });

    DispositionSuggestion s;
    s.candidates = candidates;
    const bool seriousException = !isAuthorized(in.authorization) && isSeriousException(in.authorization);
    // Quarantine is always allowed, so the first candidate is always an allowed one.
    const DispositionCandidate& best = candidates.first();
    s.suggested = in.batteryFailed || seriousException || !in.fraudFlags.isEmpty() ? Disposition::Quarantine
                                                                                   : best.disposition;
    for (const DispositionCandidate& c : std::as_const(candidates))
        if (c.disposition == s.suggested)
            s.estimatedRecovery = c.netRecovery;
    // A value in another currency cannot be compared with the threshold: let a supervisor look.
    s.needsApproval = (in.unitValue.isValid() && !valueKnown) ||
                      (valueKnown && value.minor > policy.approvalThreshold().minor);
    if (!texts)
        return s;

    QStringList lines;
    if (in.batteryFailed) {
        lines << Tr::tr("Suggested: %1, because the battery failed its check; keep it in the hazmat cage.")
                     .arg(dispositionLabel(s.suggested));
    } else if (seriousException) {
        lines
            << Tr::tr(
                   "Suggested: %1, because the item was received with the exception \"%2\"; hold it until a "
                   "supervisor decides.")
                   .arg(dispositionLabel(s.suggested), authorizationLabel(in.authorization));
    } else if (!in.fraudFlags.isEmpty()) {
        lines << Tr::tr("Suggested: %1, because of the fraud flags %2; keep the item as evidence until a "
                        "supervisor decides.")
                     .arg(dispositionLabel(s.suggested), in.fraudFlags.join(QStringLiteral(", ")));
    } else {
        const bool tie = candidates.size() > 1 && candidates[1].allowed &&
                         candidates[1].netRecovery.minor == best.netRecovery.minor;
        lines << (tie ? Tr::tr(
                            "Suggested: %1, tied with %2 on the highest net recovery (%3) and first in the "
                            "preference order.")
                            .arg(dispositionLabel(best.disposition),
                                 dispositionLabel(candidates[1].disposition), money(best.netRecovery))
                      : Tr::tr("Suggested: %1, the highest net recovery among the allowed options (%2).")
                            .arg(dispositionLabel(best.disposition), money(best.netRecovery)));
    }
    for (const DispositionCandidate& c : std::as_const(candidates))
        lines << (c.allowed ? Tr::tr("%1: %2 × %3 − %4 = %5")
                                  .arg(dispositionLabel(c.disposition), money(value), percent(c.recoveryRate),
                                       money(c.handlingCost), money(c.netRecovery))
                            : Tr::tr("%1: not allowed, %2").arg(dispositionLabel(c.disposition), c.whyNot));

    if (!in.unitValue.isValid()) {
        lines << Tr::tr("The unit value is unknown: it was counted as 0.");
    } else if (!valueKnown) {
        lines << Tr::tr("The unit value is in %1 but the policy counts in %2: it was counted as 0 and a "
                        "supervisor "
                        "must approve.")
                     .arg(in.unitValue.currency, currency);
    } else if (s.needsApproval) {
        lines << Tr::tr("The unit value %1 is above the approval threshold %2: a supervisor must approve.")
                     .arg(money(value), money(policy.approvalThreshold()));
    }
    s.explanation = lines.join(QLatin1Char('\n'));
    return s;
}

Status checkOverride(const DispositionSuggestion& suggestion, Disposition chosen, const QString& reason) {
    if (!suggestion.isAllowed(chosen)) {
        QString whyNot = Tr::tr("no policy rule allows it for this item");
        for (const DispositionCandidate& c : suggestion.candidates)
            if (c.disposition == chosen && !c.whyNot.isEmpty())
                whyNot = c.whyNot;
        return Error::invalid(
            QStringLiteral("disposition_not_allowed"),
            Tr::tr("%1 is not allowed for this item: %2.").arg(dispositionLabel(chosen), whyNot));
    }
    if (chosen != suggestion.suggested && reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("override_reason_required"),
                              Tr::tr("Say why you chose %1 instead of the suggested %2.")
                                  .arg(dispositionLabel(chosen), dispositionLabel(suggestion.suggested)));
    return {};
}

RefundSuggestion suggestRefund(const Policy& policy, const RefundInput& in) {
    const Money zero{0, in.unitValue.isValid() ? in.unitValue.currency : policy.currency()};
    if (!isAuthorized(in.authorization))
        return {RefundDecision::Deny, zero,
                Tr::tr("Refund held for a supervisor: the item was received with the exception \"%1\".")
                    .arg(authorizationLabel(in.authorization))};

    for (const RefundRule& rule : policy.refundRules()) {
        if (!matchesRefund(rule.when, in))
            continue;
        switch (rule.decision) {
        case RefundDecision::Full:
            return {RefundDecision::Full, zero, Tr::tr("Full refund: %1").arg(rule.description)};
        case RefundDecision::Partial: {
            const double rate = policy.restockingFeeRate(in.grade);
            const Money fee = in.unitValue.isValid() ? in.unitValue.scaled(rate) : zero;
            return {RefundDecision::Partial, fee,
                    Tr::tr("Partial refund less a restocking fee of %1 (%2 for grade %3): %4")
                        .arg(money(fee), percent(rate), gradeName(in.grade), rule.description)};
        }
        case RefundDecision::Deny:
            return {RefundDecision::Deny, zero, Tr::tr("No refund: %1").arg(rule.description)};
        }
    }
    return {RefundDecision::Deny, zero,
            Tr::tr("No refund rule of the policy fits this item: a supervisor decides.")};
}

} // namespace dockside
