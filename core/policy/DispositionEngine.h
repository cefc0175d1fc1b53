#pragma once

#include "domain/Types.h"
#include "policy/Policy.h"
#include "util/Money.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dockside {

struct DispositionInput {
    QString category;
    Grade grade = Grade::A;
    QString reasonCode;     // the customer's stated reason (RMA)
    QString observedReason; // observed:: what the worker found, may be empty
    QString hazmat = QStringLiteral("none");
    bool dataBearing = false;
    bool wipeConfirmed = false;
    bool batteryFailed = false;
    Money unitValue;       // invalid (no currency): unknown, counted as 0
    QString authorization; // authorization::Authorized or an exception code; empty counts as authorized
    QStringList fraudFlags;
};

struct DispositionCandidate {
    Disposition disposition = Disposition::Quarantine;
    bool allowed = false;
    QString whyNot; // translated, empty when allowed
    double recoveryRate = 0;
    Money handlingCost;
    Money netRecovery; // unit value x rate - handling cost, in the policy currency
};

struct DispositionSuggestion {
    Disposition suggested = Disposition::Quarantine;
    Money estimatedRecovery;                // the net recovery of the suggested disposition
    QList<DispositionCandidate> candidates; // all 9: allowed ones first by net recovery desc, then the rest
    QString explanation;                    // translated, one line per candidate plus why the winner won
    bool needsApproval = false; // unit value above the approval threshold (or not comparable with it)
    bool isAllowed(Disposition disposition) const;
};

// Evaluates the policy's disposition table plus the hard rules (battery failed: quarantine only;
// data-bearing without a confirmed wipe: no restock, open-box, liquidation or donation; quarantine
// always allowed). The suggestion is the allowed disposition with the highest net recovery, ties
// broken in kAllDispositions order, except quarantine for serious cases: fraud flags, a failed
// battery, or the exceptions serial_mismatch, wrong_item, unknown_product, expired, not_returnable,
// rma_cancelled and rma_closed.
enum class Explain { Yes, No };
// Explain::No skips the translated texts (explanation, whyNot) for bulk work nobody reads.
DispositionSuggestion suggestDisposition(const Policy& policy, const DispositionInput& input,
                                         Explain explain = Explain::Yes);

// An override: the chosen disposition must be allowed (quarantine always is) and, when it differs
// from the suggestion, needs a non-empty reason. Errors: "disposition_not_allowed",
// "override_reason_required".
Status checkOverride(const DispositionSuggestion& suggestion, Disposition chosen, const QString& reason);

struct RefundInput {
    Grade grade = Grade::A;
    QString authorization; // empty counts as authorized
    QString reasonCode;
    QString observedReason;
    Money unitValue;
    QStringList fraudFlags;
};

struct RefundSuggestion {
    RefundDecision decision = RefundDecision::Deny;
    Money restockingFee; // unit value x the grade's restocking fee, for partial refunds; else 0
    QString reason;      // translated
};

// Exceptions (authorization not "authorized") are always denied pending a supervisor; otherwise the
// first matching refund rule of the policy decides, and deny when none matches.
RefundSuggestion suggestRefund(const Policy& policy, const RefundInput& input);

} // namespace dockside
