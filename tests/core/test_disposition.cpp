#include "i18n/Language.h"
#include <catch2/catch.hpp>

#include "policy/DispositionEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>
#include <vector>

using namespace dockside;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}
Money eur(qint64 minor) {
    return Money{minor, s("EUR")};
}

using D = Disposition;

struct DispositionCase {
    const char* name;
    DispositionInput input;
    Disposition expected;
    qint64 expectedNetMinor; // the suggestion's net recovery, computed by hand from default.json
    std::vector<Disposition> allowed;
    std::vector<Disposition> forbidden;
    bool needsApproval = false;
};

DispositionInput item(const char* category, Grade grade, qint64 valueMinor,
                      const char* reason = "changed_mind") {
    DispositionInput in;
    in.category = s(category);
    in.grade = grade;
    in.reasonCode = s(reason);
    in.unitValue = eur(valueMinor);
    in.authorization = authorization::Authorized;
    return in;
}

template <typename F>
DispositionInput with(DispositionInput in, F change) {
    change(in);
    return in;
}

// Net recovery = value x rate - handling cost, with the rates and costs of default.json.
const DispositionCase kCases[] = {
    {"restock wins for grade A electronics: 100.00 x 95% - 1.50",
     item("electronics.input", Grade::A, 10000),
     D::Restock,
     9350,
     {D::Restock, D::OpenBox, D::Refurbish, D::Liquidate, D::Donate, D::Recycle, D::Destroy, D::Quarantine},
     {D::ReturnToVendor}},
    {"open-box wins for grade B: 100.00 x 75% - 3.00",
     item("electronics.input", Grade::B, 10000),
     D::OpenBox,
     7200,
     {D::OpenBox, D::Refurbish, D::Liquidate},
     {D::Restock, D::ReturnToVendor}},
    {"grade C electronics still sells open-box: 100.00 x 55% - 3.50",
     item("electronics", Grade::C, 10000),
     D::OpenBox,
     5150,
     {D::OpenBox},
     {D::Restock}},
    {"refurbish wins for an unwiped data-bearing B: 400.00 x 65% - 20.00",
     with(item("electronics.phones", Grade::B, 40000), [](auto& in) { in.dataBearing = true; }),
     D::Refurbish,
     24000,
     {D::Refurbish, D::Recycle, D::Destroy, D::Quarantine},
     {D::Restock, D::OpenBox, D::Donate, D::Liquidate, D::ReturnToVendor}},
    {"the same phone with its wipe confirmed sells open-box: 400.00 x 75% - 3.00",
     with(item("electronics.phones", Grade::B, 40000),
          [](auto& in) {
              in.dataBearing = true;
              in.wipeConfirmed = true;
          }),
     D::OpenBox,
     29700,
     {D::OpenBox, D::Liquidate, D::Donate, D::Refurbish},
     {D::Restock}},
    {"grade D with a confirmed defect goes back to the vendor: 200.00 x 35% - 6.00 (refurbish 45.00)",
     with(item("electronics.audio", Grade::D, 20000, "defective"),
          [](auto& in) {
              in.observedReason = observed::DefectConfirmed;
              in.hazmat = s("lithium_ion");
          }),
     D::ReturnToVendor,
     6400,
     {D::ReturnToVendor, D::Refurbish, D::Recycle},
     {D::Liquidate, D::Donate, D::OpenBox, D::Restock}},
    {"grade D home goods without a defect are liquidated: 60.00 x 10% - 2.00",
     with(item("home.kitchen", Grade::D, 6000, "defective"),
          [](auto& in) { in.observedReason = observed::NoFaultFound; }),
     D::Liquidate,
     400,
     {D::Liquidate, D::Recycle, D::Destroy},
     {D::Refurbish, D::ReturnToVendor, D::OpenBox, D::Donate, D::Restock}},
    {"grade D electronics worth repairing are refurbished: 300.00 x 40% - 35.00",
     item("electronics.input", Grade::D, 30000),
     D::Refurbish,
     8500,
     {D::Refurbish, D::Liquidate},
     {D::OpenBox, D::Donate}},
    {"worn clothing is donated: 25.00 x 5% - 1.00",
     item("apparel.shirts", Grade::C, 2500, "size_fit"),
     D::Donate,
     25,
     {D::Donate, D::Recycle, D::Destroy},
     {D::Liquidate, D::OpenBox, D::Restock, D::Refurbish}},
    {"grade X electronics are recycled: 50.00 x 2% - 1.00",
     item("electronics.audio", Grade::X, 5000),
     D::Recycle,
     0,
     {D::Recycle, D::Destroy, D::Quarantine},
     {D::Restock, D::OpenBox, D::Refurbish, D::ReturnToVendor, D::Liquidate, D::Donate}},
    {"an unwiped data-bearing grade X laptop is destroyed: 0 - 3.00",
     with(item("electronics.laptops", Grade::X, 80000), [](auto& in) { in.dataBearing = true; }),
     D::Destroy,
     -300,
     {D::Destroy, D::Quarantine},
     {D::Recycle, D::Liquidate, D::Refurbish},
     true},
    {"a failed lithium battery allows only quarantine: 0 - 5.00",
     with(item("electronics.audio", Grade::X, 34900),
          [](auto& in) {
              in.hazmat = s("lithium_ion");
              in.batteryFailed = true;
          }),
     D::Quarantine,
     -500,
     {D::Quarantine},
     {D::Restock, D::OpenBox, D::Refurbish, D::ReturnToVendor, D::Liquidate, D::Donate, D::Recycle,
      D::Destroy}},
    {"a serious exception suggests quarantine but leaves the rest allowed",
     with(item("electronics.input", Grade::A, 10000),
          [](auto& in) { in.authorization = authorization::SerialMismatch; }),
     D::Quarantine,
     -500,
     {D::Restock, D::OpenBox, D::Quarantine},
     {D::ReturnToVendor}},
    {"an expired return is held too",
     with(item("apparel", Grade::A, 4000), [](auto& in) { in.authorization = authorization::Expired; }),
     D::Quarantine,
     -500,
     {D::Restock, D::Quarantine},
     {}},
    {"a blind receipt gets the normal suggestion: 100.00 x 95% - 1.50",
     with(item("electronics.input", Grade::A, 10000),
          [](auto& in) { in.authorization = authorization::UnknownParcel; }),
     D::Restock,
     9350,
     {D::Restock},
     {}},
    {"an extra unit (over quantity) gets the normal suggestion: 100.00 x 75% - 3.00",
     with(item("electronics.input", Grade::B, 10000),
          [](auto& in) { in.authorization = authorization::OverQuantity; }),
     D::OpenBox,
     7200,
     {D::OpenBox},
     {}},
    {"a fraud flag suggests quarantine",
     with(item("electronics.input", Grade::A, 10000),
          [](auto& in) { in.fraudFlags = {fraud::WeightMismatch}; }),
     D::Quarantine,
     -500,
     {D::Restock, D::Quarantine},
     {}},
    {"above the approval threshold: 1200.00 x 95% - 1.50, and no donation",
     item("electronics.laptops", Grade::A, 120000),
     D::Restock,
     113850,
     {D::Restock},
     {D::Donate},
     true},
    {"exactly at the threshold needs no approval: 500.00 x 95% - 1.50",
     item("electronics.laptops", Grade::A, 50000),
     D::Restock,
     47350,
     {D::Restock},
     {D::Donate},
     false},
    {"just below the donation limit donation stays allowed",
     item("electronics", Grade::A, 49999),
     D::Restock,
     47349,
     {D::Donate},
     {},
     false},
    {"an unknown value counts as 0; the donate/recycle tie at -1.00 goes to donate by preference order",
     with(item("apparel", Grade::A, 0), [](auto& in) { in.unitValue = Money{}; }),
     D::Donate,
     -100,
     {D::Donate, D::Recycle},
     {D::Refurbish},
     false},
    {"a value in another currency counts as 0 and needs approval",
     with(item("apparel", Grade::B, 0),
          [](auto& in) {
              in.unitValue = Money{20000, s("USD")};
          }),
     D::Donate,
     -100,
     {D::Donate},
     {D::Restock},
     true},
};

Policy customPolicy(const QJsonArray& rules) {
    QFile file(QStringLiteral(":/policy/default.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(s("rules"), rules);
    Result<Policy> parsed = Policy::parse(QJsonDocument(root).toJson());
    INFO((parsed.ok() ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.ok());
    return parsed.value();
}

} // namespace

TEST_CASE("disposition suggestions from the default policy", "[policy]") {
    const Policy& policy = Policy::builtIn();
    std::set<Disposition> winners;
    for (const DispositionCase& c : kCases) {
        DYNAMIC_SECTION(c.name) {
            const DispositionSuggestion suggestion = suggestDisposition(policy, c.input);
            INFO(suggestion.explanation.toStdString());
            CHECK(suggestion.suggested == c.expected);
            CHECK(suggestion.estimatedRecovery.minor == c.expectedNetMinor);
            CHECK(suggestion.estimatedRecovery.currency == s("EUR"));
            CHECK(suggestion.needsApproval == c.needsApproval);
            for (Disposition d : c.allowed) {
                INFO("allowed: " << dispositionName(d).toStdString());
                CHECK(suggestion.isAllowed(d));
            }
            for (Disposition d : c.forbidden) {
                INFO("forbidden: " << dispositionName(d).toStdString());
                CHECK_FALSE(suggestion.isAllowed(d));
            }
            CHECK(suggestion.isAllowed(Disposition::Quarantine));
            CHECK(suggestion.isAllowed(suggestion.suggested));

            // All nine candidates: allowed first by net recovery, then the rest; reasons for the rest.
            REQUIRE(suggestion.candidates.size() == 9);
            std::set<Disposition> seen;
            bool inAllowed = true;
            for (qsizetype i = 0; i < suggestion.candidates.size(); ++i) {
                const DispositionCandidate& candidate = suggestion.candidates[i];
                seen.insert(candidate.disposition);
                if (!candidate.allowed) {
                    inAllowed = false;
                    CHECK_FALSE(candidate.whyNot.isEmpty());
                } else {
                    CHECK(inAllowed);
                    CHECK(candidate.whyNot.isEmpty());
                    if (i > 0)
                        CHECK(suggestion.candidates[i - 1].netRecovery.minor >= candidate.netRecovery.minor);
                }
            }
            CHECK(seen.size() == 9);
            // Every candidate is explained on its own line, plus the line about the winner.
            CHECK(suggestion.explanation.count(QLatin1Char('\n')) >= 9);
            CHECK(suggestion.explanation.contains(dispositionLabel(c.expected)));
        }
        winners.insert(suggestDisposition(policy, c.input).suggested);
    }
    // Each of the nine dispositions wins at least one case.
    CHECK(winners.size() == 9);
}

TEST_CASE("the explanation shows the arithmetic and the reasons", "[policy]") {
    const Policy& policy = Policy::builtIn();
    const DispositionSuggestion open = suggestDisposition(policy, item("electronics.input", Grade::B, 10000));
    INFO(open.explanation.toStdString());
    CHECK(open.explanation.startsWith(s("Suggested: Open-box resale")));
    // Money in the current locale (English in tests: "€100.00").
    const auto eurText = [](qint64 minor) {
        return language::formatMoney(Money{minor, s("EUR")});
    };
    CHECK(open.explanation.contains(
        s("Open-box resale: %1 × 75% − %2 = %3").arg(eurText(10000), eurText(300), eurText(7200))));
    CHECK(open.explanation.contains(s("Restock: not allowed, policy rule restock_grade_a_only")));

    const DispositionSuggestion phone = suggestDisposition(
        policy, with(item("electronics.phones", Grade::B, 40000), [](auto& in) { in.dataBearing = true; }));
    CHECK(phone.explanation.contains(s("data wipe is not confirmed")));

    const DispositionSuggestion expensive = suggestDisposition(policy, item("electronics", Grade::A, 120000));
    CHECK(expensive.explanation.contains(s("approval threshold %1").arg(eurText(50000))));
}

TEST_CASE("overrides must be allowed and need a reason", "[policy]") {
    const Policy& policy = Policy::builtIn();
    const DispositionSuggestion open = suggestDisposition(policy, item("electronics.input", Grade::B, 10000));
    REQUIRE(open.suggested == Disposition::OpenBox);

    CHECK(checkOverride(open, Disposition::OpenBox, QString()).ok());
    const Status noReason = checkOverride(open, Disposition::Liquidate, s("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == s("override_reason_required"));
    CHECK(checkOverride(open, Disposition::Liquidate, s("Box crushed, no open-box buyer")).ok());

    const Status forbidden = checkOverride(open, Disposition::Restock, s("looks new"));
    REQUIRE_FALSE(forbidden.ok());
    CHECK(forbidden.error().code == s("disposition_not_allowed"));
    CHECK(forbidden.error().message.contains(s("restock_grade_a_only")));

    CHECK(checkOverride(open, Disposition::Quarantine, s("customer disputes")).ok());
    CHECK_FALSE(checkOverride(open, Disposition::Quarantine, QString()).ok());

    const DispositionSuggestion battery =
        suggestDisposition(policy, with(item("electronics.audio", Grade::X, 34900), [](auto& in) {
                               in.hazmat = s("lithium_ion");
                               in.batteryFailed = true;
                           }));
    CHECK(checkOverride(battery, Disposition::Quarantine, QString()).ok());
    const Status recycle = checkOverride(battery, Disposition::Recycle, s("battery removed"));
    REQUIRE_FALSE(recycle.ok());
    CHECK(recycle.error().message.contains(s("battery")));

    const DispositionSuggestion held =
        suggestDisposition(policy, with(item("electronics.input", Grade::A, 10000),
                                        [](auto& in) { in.authorization = authorization::WrongItem; }));
    CHECK(held.suggested == Disposition::Quarantine);
    CHECK(checkOverride(held, Disposition::Restock, s("supervisor identified it as ours")).ok());
}

TEST_CASE("decision table semantics: first row naming a disposition decides", "[policy]") {
    const QJsonObject hundred{{s("amount"), s("100.00")}, {s("currency"), s("EUR")}};
    const Policy policy = customPolicy(QJsonArray{
        QJsonObject{{s("id"), s("b_no_restock")},
                    {s("description"), s("B is not restocked")},
                    {s("grades"), QJsonArray{s("B")}},
                    {s("forbid"), QJsonArray{s("restock")}}},
        QJsonObject{{s("id"), s("cheap_no_open_box")},
                    {s("description"), s("cheap items are not sold open-box")},
                    {s("max_value"), hundred},
                    {s("forbid"), QJsonArray{s("open_box")}}},
        QJsonObject{{s("id"), s("lithium_recycle")},
                    {s("description"), s("lithium items may be recycled")},
                    {s("hazmat"), QJsonArray{s("lithium_ion")}},
                    {s("allow"), QJsonArray{s("recycle")}}},
        QJsonObject{{s("id"), s("all")},
                    {s("description"), s("restock and open-box")},
                    {s("allow"), QJsonArray{s("restock"), s("open_box")}},
                    {s("forbid"), QJsonArray{s("recycle")}}},
    });

    const DispositionSuggestion b = suggestDisposition(policy, item("garden", Grade::B, 10000));
    CHECK_FALSE(b.isAllowed(Disposition::Restock));   // the first row that names it forbids it
    CHECK(b.isAllowed(Disposition::OpenBox));         // 100.00 is not below max_value 100.00
    CHECK_FALSE(b.isAllowed(Disposition::Recycle));   // named later by a forbid
    CHECK_FALSE(b.isAllowed(Disposition::Liquidate)); // named by no row: not allowed
    CHECK(b.isAllowed(Disposition::Quarantine));
    for (const DispositionCandidate& c : b.candidates)
        if (c.disposition == Disposition::Liquidate)
            CHECK(c.whyNot.contains(s("no policy rule allows it")));

    const DispositionSuggestion a = suggestDisposition(policy, item("garden", Grade::A, 9999));
    CHECK(a.isAllowed(Disposition::Restock));
    CHECK_FALSE(a.isAllowed(Disposition::OpenBox)); // 99.99 < 100.00

    const DispositionSuggestion lithium = suggestDisposition(
        policy, with(item("garden", Grade::C, 10000), [](auto& in) { in.hazmat = s("lithium_ion"); }));
    CHECK(lithium.isAllowed(Disposition::Recycle)); // the earlier allow wins over the later forbid
}

namespace {

struct RefundCase {
    const char* name;
    RefundInput input;
    RefundDecision expected;
    qint64 feeMinor; // computed by hand: unit value x restocking fee of the grade
};

RefundInput refund(Grade grade, const char* reason, qint64 valueMinor, const char* observedReason = "") {
    return RefundInput{grade, authorization::Authorized, s(reason), s(observedReason), eur(valueMinor), {}};
}

const RefundCase kRefunds[] = {
    {"grade A is refunded in full", refund(Grade::A, "changed_mind", 10000), RefundDecision::Full, 0},
    {"grade B keeps 10%: 349.00 -> 34.90", refund(Grade::B, "changed_mind", 34900), RefundDecision::Partial,
     3490},
    {"grade C keeps 20%: 59.99 -> 12.00 (11.998 rounded)", refund(Grade::C, "size_fit", 5999),
     RefundDecision::Partial, 1200},
    {"grade D keeps 50%: 129.99 -> 65.00 (64.995 rounded half up)",
     refund(Grade::D, "no_longer_needed", 12999), RefundDecision::Partial, 6500},
    {"grade B arrived late keeps 10%: 45.50 -> 4.55", refund(Grade::B, "arrived_late", 4550),
     RefundDecision::Partial, 455},
    {"a defect claimed but not found is the customer's: 80.00 -> 8.00",
     refund(Grade::B, "defective", 8000, "no_fault_found"), RefundDecision::Partial, 800},
    {"a confirmed defect is refunded in full at grade D",
     refund(Grade::D, "defective", 20000, "defect_confirmed"), RefundDecision::Full, 0},
    {"confirmed transit damage is refunded in full",
     refund(Grade::C, "damaged_in_transit", 15000, "damaged_in_transit"), RefundDecision::Full, 0},
    {"our wrong item is refunded in full", refund(Grade::B, "wrong_item_sent", 3000, "as_described"),
     RefundDecision::Full, 0},
    {"not as described, confirmed", refund(Grade::B, "not_as_described", 3000, "as_described"),
     RefundDecision::Full, 0},
    {"grade X is denied", refund(Grade::X, "defective", 20000, "defect_confirmed"), RefundDecision::Deny, 0},
    {"an empty box is denied", refund(Grade::A, "changed_mind", 20000, "empty_box"), RefundDecision::Deny, 0},
    {"a different item returned is denied", refund(Grade::A, "changed_mind", 20000, "wrong_item_returned"),
     RefundDecision::Deny, 0},
    {"a fraud flag is denied",
     RefundInput{
         Grade::A, authorization::Authorized, s("changed_mind"), {}, eur(9900), {fraud::WeightMismatch}},
     RefundDecision::Deny, 0},
    {"an exception is held for a supervisor",
     RefundInput{Grade::A, authorization::Expired, s("changed_mind"), {}, eur(9900), {}},
     RefundDecision::Deny, 0},
    {"a blind receipt is held for a supervisor",
     RefundInput{Grade::A, authorization::UnknownParcel, {}, {}, eur(9900), {}}, RefundDecision::Deny, 0},
};

} // namespace

TEST_CASE("refund suggestions from the default policy", "[policy]") {
    const Policy& policy = Policy::builtIn();
    for (const RefundCase& c : kRefunds) {
        DYNAMIC_SECTION(c.name) {
            const RefundSuggestion r = suggestRefund(policy, c.input);
            INFO(r.reason.toStdString());
            CHECK(r.decision == c.expected);
            CHECK(r.restockingFee == eur(c.feeMinor));
            CHECK_FALSE(r.reason.isEmpty());
        }
    }

    const RefundSuggestion partial = suggestRefund(policy, refund(Grade::B, "changed_mind", 34900));
    CHECK(partial.reason.contains(language::formatMoney(Money{3490, s("EUR")})));
    CHECK(partial.reason.contains(s("10%")));
    const RefundSuggestion held =
        suggestRefund(policy, RefundInput{Grade::A, authorization::SerialMismatch, {}, {}, eur(100), {}});
    CHECK(held.reason.contains(s("supervisor")));
}

TEST_CASE("a refund no rule matches is denied for a supervisor", "[policy]") {
    QFile file(QStringLiteral(":/policy/default.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(s("refund_rules"), QJsonArray{QJsonObject{{s("id"), s("a")},
                                                          {s("description"), s("like new")},
                                                          {s("grades"), QJsonArray{s("A")}},
                                                          {s("decision"), s("full")}}});
    const Result<Policy> policy = Policy::parse(QJsonDocument(root).toJson());
    REQUIRE(policy.ok());
    CHECK(suggestRefund(*policy, refund(Grade::A, "changed_mind", 1000)).decision == RefundDecision::Full);
    const RefundSuggestion none = suggestRefund(*policy, refund(Grade::B, "changed_mind", 1000));
    CHECK(none.decision == RefundDecision::Deny);
    CHECK(none.reason.contains(s("supervisor")));
}
