#include <catch2/catch.hpp>

#include "policy/Grading.h"
#include "policy/Policy.h"
#include "services/Station.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace dockside;

namespace {

QByteArray builtInBytes() {
    QFile file(QStringLiteral(":/policy/default.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonObject builtInJson() {
    return QJsonDocument::fromJson(builtInBytes()).object();
}

// Parses the built-in document after `edit` changed it; returns the error message ("" if it parsed).
QString errorAfter(const std::function<void(QJsonObject&)>& edit) {
    QJsonObject root = builtInJson();
    edit(root);
    const Result<Policy> parsed = Policy::parse(QJsonDocument(root).toJson());
    if (parsed.ok())
        return {};
    CHECK(parsed.error().code == QStringLiteral("policy_invalid"));
    CHECK(parsed.error().kind == ErrorKind::Invalid);
    return parsed.error().message;
}

// Replaces root[arrayKey][index][key] by value (or removes it when value is undefined).
void setInArray(QJsonObject& root, const QString& arrayKey, qsizetype index, const QString& key,
                const QJsonValue& value) {
    QJsonArray array = root.value(arrayKey).toArray();
    QJsonObject row = array[index].toObject();
    if (value.isUndefined())
        row.remove(key);
    else
        row.insert(key, value);
    array[index] = row;
    root.insert(arrayKey, array);
}

QString s(const char* text) {
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("the built-in policy parses and holds the documented defaults", "[policy]") {
    const QByteArray bytes = builtInBytes();
    const Result<Policy> parsed = Policy::parse(bytes);
    INFO((parsed.ok() ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.ok());

    const Policy& policy = Policy::builtIn();
    REQUIRE_FALSE(policy.version().isEmpty());
    CHECK(policy.version() == parsed->version());
    CHECK(policy.document() == bytes);
    CHECK(policy.currency() == s("EUR"));
    CHECK(policy.returnWindowDays() == 30);
    CHECK(policy.approvalThreshold() == Money{50000, s("EUR")});
    CHECK(policy.weightCheck().emptyBoxRatio == Approx(0.25));
    CHECK(policy.weightCheck().toleranceRatio == Approx(0.3));
    CHECK(policy.weightCheck().packagingAllowanceG == 500);

    for (const char* code :
         {"defective", "damaged_in_transit", "wrong_item_sent", "not_as_described", "changed_mind",
          "no_longer_needed", "better_price", "arrived_late", "size_fit", "other"}) {
        INFO(code);
        CHECK(policy.hasReason(s(code)));
        CHECK(policy.reasonLabel(s(code)) != s(code));
    }
    CHECK(policy.reasons().size() == 10);
    CHECK(policy.reasonLabel(s("defective")) == s("Defective or does not work"));
    CHECK(policy.reasonLabel(s("no_such_reason")) == s("no_such_reason"));

    REQUIRE(policy.grades().size() == 5);
    CHECK(policy.gradeLabel(Grade::A) == s("Like new"));
    CHECK_FALSE(policy.gradeDescription(Grade::X).isEmpty());

    CHECK(policy.restockingFeeRate(Grade::A) == 0.0);
    CHECK(policy.restockingFeeRate(Grade::B) == Approx(0.10));
    CHECK(policy.restockingFeeRate(Grade::C) == Approx(0.20));
    CHECK(policy.recovery(Disposition::Restock, Grade::A).rate == Approx(0.95));
    CHECK(policy.recovery(Disposition::Restock, Grade::A).handlingCost == Money{150, s("EUR")});
    CHECK(policy.recovery(Disposition::Quarantine, Grade::X).handlingCost == Money{500, s("EUR")});
    CHECK_FALSE(policy.dispositionRules().isEmpty());
    CHECK_FALSE(policy.refundRules().isEmpty());

    // A value type: copies are independent and equal.
    Policy copy = policy;
    CHECK(copy.version() == policy.version());
    CHECK(copy.checklistFor(s("apparel")).items.size() == policy.checklistFor(s("apparel")).items.size());
}

TEST_CASE("checklists are found by the longest category prefix", "[policy]") {
    const Policy& policy = Policy::builtIn();
    CHECK(policy.checklistFor(s("electronics.audio.headphones")).category == s("electronics.audio"));
    CHECK(policy.checklistFor(s("electronics.audio")).category == s("electronics.audio"));
    CHECK(policy.checklistFor(s("electronics.phones")).category == s("electronics"));
    CHECK(policy.checklistFor(s("electronics")).category == s("electronics"));
    CHECK(policy.checklistFor(s("electronicsx")).category == QString());
    CHECK(policy.checklistFor(s("apparel.shoes")).category == s("apparel"));
    CHECK(policy.checklistFor(s("home.kitchen")).category == s("home"));
    CHECK(policy.checklistFor(s("garden.tools")).category == QString());
    CHECK(policy.checklistFor(QString()).category == QString());
    CHECK_FALSE(policy.checklistFor(s("garden.tools")).items.isEmpty());

    CHECK(Policy::categoryMatches(QString(), s("anything")));
    CHECK(Policy::categoryMatches(s("electronics"), s("electronics.audio")));
    CHECK_FALSE(Policy::categoryMatches(s("electronics.audio"), s("electronics")));
    CHECK_FALSE(Policy::categoryMatches(s("home"), s("homeware")));

    // The electronics checklist carries the data-wipe and battery checks the brief requires.
    const Checklist& electronics = policy.checklistFor(s("electronics"));
    bool hasWipe = false;
    bool hasBattery = false;
    for (const ChecklistItem& item : electronics.items) {
        hasWipe = hasWipe || item.special == checkSpecial::DataWipe;
        hasBattery = hasBattery || item.special == checkSpecial::Battery;
    }
    CHECK(hasWipe);
    CHECK(hasBattery);
}

TEST_CASE("a JSON syntax error names its line and column", "[policy]") {
    SECTION("a missing value") {
        const QByteArray json = "{\n  \"format\": 1,\n  \"version\": ,\n  \"currency\": \"EUR\"\n}\n";
        const Result<Policy> parsed = Policy::parse(json);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == s("policy_invalid"));
        INFO(parsed.error().message.toStdString());
        CHECK(parsed.error().message.contains(s("line 3, column 14")));
    }
    SECTION("columns count characters, not UTF-8 bytes") {
        const QByteArray json = "{\"version\": \"\xc3\xa9\xc3\xa9\" \"x\"}";
        const Result<Policy> parsed = Policy::parse(json);
        REQUIRE_FALSE(parsed.ok());
        INFO(parsed.error().message.toStdString());
        CHECK(parsed.error().message.contains(s("line 1, column 18")));
    }
    SECTION("a stray non-ASCII character is pointed at") {
        const Result<Policy> parsed = Policy::parse("{\"a\": 1,\n \"b\": \xc3\xa9}");
        REQUIRE_FALSE(parsed.ok());
        INFO(parsed.error().message.toStdString());
        CHECK(parsed.error().message.contains(s("line 2, column 7")));
    }
    SECTION("an unterminated document") {
        const Result<Policy> parsed = Policy::parse("{\n\"format\": 1,\n");
        REQUIRE_FALSE(parsed.ok());
        INFO(parsed.error().message.toStdString());
        CHECK(parsed.error().message.contains(s("line 3, column 1")));
    }
    SECTION("not an object") {
        const Result<Policy> parsed = Policy::parse("[1, 2]");
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == s("policy_invalid"));
    }
}

TEST_CASE("semantic errors name the JSON path", "[policy]") {
    CHECK(errorAfter([](QJsonObject&) {}).isEmpty());

    SECTION("an unknown grade in a rule") {
        const QString message = errorAfter([](QJsonObject& root) {
            setInArray(root, s("rules"), 3, s("grades"), QJsonArray{s("C"), s("E")});
        });
        CHECK(message.contains(s("rules[3].grades: unknown grade \"E\"")));
    }
    SECTION("a missing top-level field") {
        CHECK(errorAfter([](QJsonObject& root) {
                  root.remove(s("return_window_days"));
              }).contains(s("return_window_days: missing required field")));
    }
    SECTION("a missing nested field") {
        const QString message = errorAfter([](QJsonObject& root) {
            QJsonObject recovery = root.value(s("recovery")).toObject();
            QJsonObject donate = recovery.value(s("donate")).toObject();
            donate.remove(s("C"));
            recovery.insert(s("donate"), donate);
            root.insert(s("recovery"), recovery);
        });
        CHECK(message.contains(s("recovery.donate.C: missing required field")));
    }
    SECTION("wrong types") {
        CHECK(errorAfter([](QJsonObject& root) {
                  root.insert(s("return_window_days"), s("30"));
              }).contains(s("return_window_days: expected number, found string")));
        const QString message = errorAfter([](QJsonObject& root) {
            QJsonArray checklists = root.value(s("checklists")).toArray();
            QJsonObject first = checklists[0].toObject();
            QJsonArray items = first.value(s("items")).toArray();
            QJsonObject item = items[1].toObject();
            item.insert(s("damage"), s("yes"));
            items[1] = item;
            first.insert(s("items"), items);
            checklists[0] = first;
            root.insert(s("checklists"), checklists);
        });
        CHECK(message.contains(s("checklists[0].items[1].damage: expected boolean, found string")));
        CHECK(errorAfter([](QJsonObject& root) {
                  root.insert(s("rules"), QJsonObject());
              }).contains(s("rules: expected array, found object")));
    }
    SECTION("values out of range") {
        CHECK(errorAfter([](QJsonObject& root) {
                  root.insert(s("return_window_days"), 0);
              }).contains(s("return_window_days: must be a whole number from 1 to 3650")));
        CHECK(errorAfter([](QJsonObject& root) {
                  root.insert(s("format"), 2);
              }).contains(s("format: unsupported format 2")));
        CHECK(errorAfter([](QJsonObject& root) {
                  QJsonObject fees = root.value(s("restocking_fees")).toObject();
                  fees.insert(s("B"), 1.5);
                  root.insert(s("restocking_fees"), fees);
              }).contains(s("restocking_fees.B: must be a number from 0 to 1")));
    }
    SECTION("money in another currency or not a decimal string") {
        CHECK(errorAfter([](QJsonObject& root) {
                  root.insert(s("approval_threshold"),
                              QJsonObject{{s("amount"), s("500.00")}, {s("currency"), s("USD")}});
              }).contains(s("approval_threshold.currency: \"USD\" differs from the policy currency EUR")));
        CHECK(errorAfter([](QJsonObject& root) {
                  root.insert(s("approval_threshold"),
                              QJsonObject{{s("amount"), s("5.001")}, {s("currency"), s("EUR")}});
              }).contains(s("approval_threshold.amount")));
        CHECK(errorAfter([](QJsonObject& root) {
                  root.insert(s("approval_threshold"), 500);
              }).contains(s("approval_threshold: expected object")));
    }
    SECTION("references to unknown codes") {
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("rules"), 0, s("reasons"), QJsonArray{s("bored")});
              }).contains(s("rules[0].reasons: unknown reason code \"bored\"")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("rules"), 1, s("allow"), QJsonArray{s("burn")});
              }).contains(s("rules[1].allow: unknown disposition \"burn\"")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("refund_rules"), 0, s("decision"), s("maybe"));
              }).contains(s("refund_rules[0].decision: unknown decision \"maybe\"")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("refund_rules"), 0, s("fraud_flags"), QJsonArray{s("shifty")});
              }).contains(s("refund_rules[0].fraud_flags: unknown fraud flag \"shifty\"")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("refund_rules"), 1, s("observed"), QJsonArray{s("smelly")});
              }).contains(s("refund_rules[1].observed: unknown observed reason \"smelly\"")));
    }
    SECTION("rows reject conditions they do not know") {
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("rules"), 2, s("grade"), QJsonArray{s("A")});
              }).contains(s("rules[2].grade: unknown field in a rule")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("refund_rules"), 2, s("categories"), QJsonArray{s("apparel")});
              }).contains(s("refund_rules[2].categories: unknown field in a rule")));
        // Elsewhere unknown fields are ignored (forward compatibility).
        CHECK(errorAfter([](QJsonObject& root) { root.insert(s("future_field"), true); }).isEmpty());
    }
    SECTION("table consistency") {
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("rules"), 4, s("forbid"), QJsonArray{s("quarantine")});
              }).contains(s("rules[4].forbid: quarantine is always allowed")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("rules"), 3, s("forbid"), QJsonArray{s("donate")});
              }).contains(s("rules[3].forbid: \"donate\" is both allowed and forbidden")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("rules"), 4, s("forbid"), QJsonArray());
              }).contains(s("rules[4].forbid: the list is empty")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("rules"), 5, s("id"), s("restock_grade_a_only"));
              }).contains(s("rules[5].id: \"restock_grade_a_only\" is listed twice")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("rules"), 6, s("max_value"),
                             QJsonObject{{s("amount"), s("100.00")}, {s("currency"), s("EUR")}});
              }).contains(s("rules[6].max_value: must be greater than min_value")));
    }
    SECTION("checklists") {
        CHECK(errorAfter([](QJsonObject& root) {
                  QJsonArray checklists = root.value(s("checklists")).toArray();
                  checklists.removeLast(); // the "" fallback
                  root.insert(s("checklists"), checklists);
              }).contains(s("checklists: a fallback checklist with the category \"\" is required")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("checklists"), 1, s("category"), s("electronics"));
              }).contains(s("checklists[1].category: a checklist for \"electronics\" is already defined")));
        CHECK(errorAfter([](QJsonObject& root) {
                  setInArray(root, s("checklists"), 0, s("category"), s("Electronics"));
              }).contains(s("checklists[0].category")));
        CHECK(errorAfter([](QJsonObject& root) {
                  QJsonArray checklists = root.value(s("checklists")).toArray();
                  QJsonObject first = checklists[0].toObject();
                  QJsonArray items = first.value(s("items")).toArray();
                  QJsonObject item = items[0].toObject();
                  item.insert(s("special"), s("magic"));
                  items[0] = item;
                  first.insert(s("items"), items);
                  checklists[0] = first;
                  root.insert(s("checklists"), checklists);
              }).contains(s("checklists[0].items[0].special: unknown special check \"magic\"")));
    }
    SECTION("grades must all be described") {
        CHECK(errorAfter([](QJsonObject& root) {
                  QJsonObject grades = root.value(s("grades")).toObject();
                  grades.remove(s("D"));
                  root.insert(s("grades"), grades);
              }).contains(s("grades.D: missing required field")));
        CHECK(errorAfter([](QJsonObject& root) {
                  QJsonObject grades = root.value(s("grades")).toObject();
                  grades.insert(s("E"), QJsonObject{{s("label"), s("x")}, {s("description"), s("y")}});
                  root.insert(s("grades"), grades);
              }).contains(s("grades: unknown grade \"E\"")));
    }
}

TEST_CASE("the default Policy() is safe: nothing but quarantine, everything needs approval", "[policy]") {
    const Policy empty;
    CHECK(empty.version().isEmpty());
    CHECK(empty.checklistFor(s("electronics")).items.isEmpty());
    CHECK(empty.dispositionRules().isEmpty());
    CHECK(empty.approvalThreshold().minor == 0);
}

TEST_CASE("grading from the checklist", "[policy]") {
    const Policy& policy = Policy::builtIn();
    const Checklist& apparel = policy.checklistFor(s("apparel.shirts"));
    QMap<QString, bool> answers;
    for (const ChecklistItem& item : apparel.items)
        answers.insert(item.key, true);

    SECTION("all passed is A") {
        const Result<GradeResult> graded = gradeFromChecklist(apparel, answers, false, s("none"));
        REQUIRE(graded.ok());
        CHECK(graded->grade == Grade::A);
        CHECK_FALSE(graded->photoRequired);
        CHECK_FALSE(graded->reason.isEmpty());
        CHECK(graded->unanswered.isEmpty());
    }
    SECTION("the worst failed item sets the grade") {
        answers[s("tags_attached")] = false;      // B
        answers[s("no_odour_or_stains")] = false; // C, damage
        const Result<GradeResult> graded = gradeFromChecklist(apparel, answers, false, s("none"));
        REQUIRE(graded.ok());
        CHECK(graded->grade == Grade::C);
        CHECK(graded->photoRequired);
        CHECK(graded->reason.contains(s("No odour")));
        CHECK(graded->reason.contains(s("Original tags attached")));
    }
    SECTION("a failed item without damage needs no photo") {
        answers[s("tags_attached")] = false;
        const Result<GradeResult> graded = gradeFromChecklist(apparel, answers, false, s("none"));
        REQUIRE(graded.ok());
        CHECK(graded->grade == Grade::B);
        CHECK_FALSE(graded->photoRequired);
    }
    SECTION("unanswered items are an error listing them") {
        answers.remove(s("unworn"));
        answers.remove(s("genuine"));
        const Result<GradeResult> graded = gradeFromChecklist(apparel, answers, false, s("none"));
        REQUIRE_FALSE(graded.ok());
        CHECK(graded.error().code == s("checklist_unanswered"));
        CHECK(graded.error().message.contains(s("unworn")));
        CHECK(graded.error().message.contains(s("genuine")));
        CHECK(unansweredChecks(apparel, answers, false, s("none")) == QStringList{s("genuine"), s("unworn")});
    }
    SECTION("unknown keys are an error") {
        answers.insert(s("powers_on"), true);
        const Result<GradeResult> graded = gradeFromChecklist(apparel, answers, false, s("none"));
        REQUIRE_FALSE(graded.ok());
        CHECK(graded.error().code == s("unknown_check"));
        CHECK(graded.error().message.contains(s("powers_on")));
    }
}

TEST_CASE("battery and data-wipe checks apply only where they belong", "[policy]") {
    const Checklist& electronics = Policy::builtIn().checklistFor(s("electronics.phones"));
    QMap<QString, bool> plain;
    for (const ChecklistItem& item : electronics.items)
        if (item.special.isEmpty())
            plain.insert(item.key, true);

    // Neither data-bearing nor lithium: the special items are skipped.
    Result<GradeResult> graded = gradeFromChecklist(electronics, plain, false, s("none"));
    REQUIRE(graded.ok());
    CHECK(graded->grade == Grade::A);
    CHECK_FALSE(graded->wipeConfirmed);
    CHECK_FALSE(graded->batteryFailed);

    // Data-bearing lithium phone: both are required.
    graded = gradeFromChecklist(electronics, plain, true, s("lithium_ion"));
    REQUIRE_FALSE(graded.ok());
    CHECK(graded.error().message.contains(s("data_wiped")));
    CHECK(graded.error().message.contains(s("battery_ok")));

    QMap<QString, bool> full = plain;
    full.insert(s("data_wiped"), true);
    full.insert(s("battery_ok"), true);
    graded = gradeFromChecklist(electronics, full, true, s("lithium_ion"));
    REQUIRE(graded.ok());
    CHECK(graded->grade == Grade::A);
    CHECK(graded->wipeConfirmed);
    CHECK_FALSE(graded->batteryFailed);

    full[s("data_wiped")] = false;
    graded = gradeFromChecklist(electronics, full, true, s("lithium_ion"));
    REQUIRE(graded.ok());
    CHECK(graded->grade == Grade::C);
    CHECK_FALSE(graded->wipeConfirmed);

    full[s("battery_ok")] = false;
    graded = gradeFromChecklist(electronics, full, true, s("lithium_metal"));
    REQUIRE(graded.ok());
    CHECK(graded->grade == Grade::X);
    CHECK(graded->batteryFailed);
    CHECK(graded->photoRequired);

    // An answer to a skipped special item is known to the checklist and ignored.
    graded = gradeFromChecklist(electronics, full, false, s("none"));
    REQUIRE(graded.ok());
    CHECK(graded->grade == Grade::A);
    CHECK_FALSE(graded->batteryFailed);

    CHECK(isLithiumHazmat(s("lithium_ion")));
    CHECK(isLithiumHazmat(s("lithium_metal")));
    CHECK_FALSE(isLithiumHazmat(s("none")));
    CHECK_FALSE(isLithiumHazmat(s("flammable_liquid")));
}

TEST_CASE("semantic errors name the line of the offending value too", "[policy]") {
    const QByteArray original = builtInBytes();
    auto lineOf = [&](const QByteArray& needle) {
        return original.left(original.indexOf(needle)).count('\n') + 1;
    };
    SECTION("a top-level number that is a string") {
        QByteArray edited = original;
        edited.replace("\"return_window_days\": 30", "\"return_window_days\": \"thirty\"");
        auto parsed = Policy::parse(edited);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QStringLiteral("line %1, return_window_days: expected number")
                                                  .arg(lineOf("\"return_window_days\""))));
    }
    SECTION("a value deep inside an array") {
        QByteArray edited = original;
        const QByteArray needle = "\"grades\": [\"X\"]";
        REQUIRE(edited.contains(needle));
        edited.replace(needle, "\"grades\": [\"E\"]");
        auto parsed = Policy::parse(edited);
        REQUIRE_FALSE(parsed.ok());
        INFO(parsed.error().message.toStdString());
        CHECK(parsed.error().message.contains(QStringLiteral("line %1, rules[").arg(lineOf(needle))));
    }
    SECTION("a missing field: the line of the object that lacks it") {
        QByteArray edited = original;
        REQUIRE(edited.contains("\"tolerance_ratio\": 0.3,"));
        edited.replace("\"tolerance_ratio\": 0.3,", "");
        auto parsed = Policy::parse(edited);
        REQUIRE_FALSE(parsed.ok());
        INFO(parsed.error().message.toStdString());
        CHECK(parsed.error().message.contains(
            QStringLiteral("line %1, weight_check.tolerance_ratio: missing required field")
                .arg(lineOf("\"weight_check\""))));
        // At the top level: the document's first line.
        auto topLevel = Policy::parse("\n\n{\"format\": 1}");
        REQUIRE_FALSE(topLevel.ok());
        CHECK(topLevel.error().message.startsWith(QStringLiteral("Invalid policy at line 3, ")));
    }
}

TEST_CASE("the station's policy follows stored policies, looked up once per transaction", "[policy][store]") {
    test::StationFixture f;
    Station& station = *f.station;
    const auto versioned = [](const char* version) {
        QJsonObject doc = QJsonDocument::fromJson(builtInBytes()).object();
        doc.insert(QStringLiteral("version"), QString::fromLatin1(version));
        auto parsed = Policy::parse(QJsonDocument(doc).toJson());
        REQUIRE(parsed.ok());
        return *parsed;
    };
    REQUIRE(station.storePolicy(versioned("test-1"), QStringLiteral("e1")).ok());
    CHECK(station.policy().version() == QLatin1String("test-1"));
    {
        // Stored by this connection inside a transaction: seen at once, before the commit.
        Transaction tx(station.db());
        CHECK(station.policy().version() == QLatin1String("test-1"));
        REQUIRE(station.storePolicy(versioned("test-2"), QStringLiteral("e2")).ok());
        CHECK(station.policy().version() == QLatin1String("test-2"));
    } // rolled back: the policy is gone again
    CHECK(station.policy().version() == QLatin1String("test-1"));
    // Stored by another connection (the sync thread's): seen by the next transaction.
    auto other = Station::open(station.databasePath());
    REQUIRE(other.ok());
    Transaction before(station.db());
    CHECK(station.policy().version() == QLatin1String("test-1"));
    before.commit();
    REQUIRE((*other)->storePolicy(versioned("test-3"), QStringLiteral("e3")).ok());
    Transaction after(station.db());
    CHECK(station.policy().version() == QLatin1String("test-3"));
}
