#include <catch2/catch.hpp>

#include "policy/Authorization.h"

using namespace dockside;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

constexpr Millis kCreated = 1'795'000'000'000; // November 2026
constexpr Millis kExpires = kCreated + 30 * kMillisPerDay;

Product product(const char* sku, const char* gtin, const char* category, int weightG,
                bool returnable = true) {
    Product p;
    p.sku = s(sku);
    p.gtins = {s(gtin)};
    p.description = s(sku);
    p.category = s(category);
    p.unitValue = Money{10000, s("EUR")};
    p.weightG = weightG;
    p.returnable = returnable;
    return p;
}

// Two headphones of the same SKU on separate serial-checked lines, a cable line of two units
// (13-digit GTIN on the line), and a gift card that the catalog marks not returnable.
struct Fixture {
    Product headphones = product("HP-XM5-BLK", "04548736132610", "electronics.audio", 250);
    Product cable = product("CBL-USBC-1M", "04006381333931", "electronics.accessories", 40);
    Product giftCard = product("GC-50", "09501101530003", "giftcards", 5, false);
    Product keyboard = product("KB-MX-KEYS", "05099206092938", "electronics.input", 810);
    Rma rma;

    Fixture() {
        rma.rma = s("RMA-2026-000123");
        rma.status = s("authorized");
        rma.reasonCode = s("changed_mind");
        rma.createdAt = kCreated;
        rma.expiresAt = kExpires;
        rma.lines = {
            RmaLine{1, s("HP-XM5-BLK"), s("04548736132610"), 1, {s("S01-4471123")}, Money{34900, s("EUR")}},
            RmaLine{2, s("CBL-USBC-1M"), s("4006381333931"), 2, {}, Money{1999, s("EUR")}},
            RmaLine{3, s("HP-XM5-BLK"), s("04548736132610"), 1, {s("S01-4471999")}, Money{34900, s("EUR")}},
            RmaLine{4, s("GC-50"), s("09501101530003"), 1, {}, Money{5000, s("EUR")}},
        };
    }

    AuthorizationInput input(const Product* p, const char* serial = "") const {
        AuthorizationInput in;
        in.rma = &rma;
        in.product = p;
        in.scannedGtin = p ? p->gtins.first() : QString();
        in.scannedSerial = s(serial);
        in.now = kCreated + 5 * kMillisPerDay;
        in.rmaReceivedAt = kCreated + 4 * kMillisPerDay;
        return in;
    }
};

void requireHeld(const AuthorizationResult& result, const QString& code) {
    INFO(result.message.toStdString());
    REQUIRE(result.code == code);
    CHECK(result.isException());
    CHECK_FALSE(result.message.isEmpty());
    CHECK_FALSE(result.action.isEmpty());
}

} // namespace

TEST_CASE("authorization: every exception code and the happy path", "[policy]") {
    const Policy& policy = Policy::builtIn();
    Fixture f;

    SECTION("authorized") {
        const AuthorizationResult r = authorize(policy, f.input(&f.headphones, "S01-4471123"));
        CHECK(r.code == authorization::Authorized);
        CHECK_FALSE(r.isException());
        CHECK(r.rmaLine == 1);
        CHECK(r.fraudFlags.isEmpty());
        CHECK(r.message.contains(s("RMA-2026-000123")));
        CHECK_FALSE(r.action.isEmpty());
    }
    SECTION("unknown_parcel: no RMA") {
        AuthorizationInput in = f.input(&f.headphones, "S01-4471123");
        in.rma = nullptr;
        const AuthorizationResult r = authorize(policy, in);
        requireHeld(r, authorization::UnknownParcel);
        CHECK_FALSE(r.rmaLine);
    }
    SECTION("rma_cancelled") {
        f.rma.status = s("cancelled");
        requireHeld(authorize(policy, f.input(&f.headphones, "S01-4471123")), authorization::RmaCancelled);
    }
    SECTION("rma_closed") {
        f.rma.status = s("closed");
        requireHeld(authorize(policy, f.input(&f.headphones, "S01-4471123")), authorization::RmaClosed);
    }
    SECTION("expired: arrival after expires_at") {
        AuthorizationInput in = f.input(&f.headphones, "S01-4471123");
        in.rmaReceivedAt = kExpires + 1;
        requireHeld(authorize(policy, in), authorization::Expired);
        in.rmaReceivedAt = kExpires; // the last millisecond still counts
        CHECK(authorize(policy, in).code == authorization::Authorized);
    }
    SECTION("expired: without expires_at the window is created_at plus the policy's days") {
        f.rma.expiresAt = 0;
        AuthorizationInput in = f.input(&f.headphones, "S01-4471123");
        in.rmaReceivedAt = kCreated + 30 * kMillisPerDay + 1;
        requireHeld(authorize(policy, in), authorization::Expired);
        in.rmaReceivedAt = kCreated + 29 * kMillisPerDay;
        CHECK(authorize(policy, in).code == authorization::Authorized);
    }
    SECTION("the window is judged at arrival, not when the item is scanned") {
        AuthorizationInput in = f.input(&f.headphones, "S01-4471123");
        in.rmaReceivedAt = kExpires - kMillisPerDay;
        in.now = kExpires + 3 * kMillisPerDay;
        CHECK(authorize(policy, in).code == authorization::Authorized);
        in.rmaReceivedAt = 0; // unknown arrival: judged now
        CHECK(authorize(policy, in).code == authorization::Expired);
    }
    SECTION("unknown_product: not in the catalog and not on a line") {
        AuthorizationInput in = f.input(nullptr);
        in.scannedGtin = s("04000000000001");
        const AuthorizationResult r = authorize(policy, in);
        requireHeld(r, authorization::UnknownProduct);
        CHECK(r.fraudFlags.isEmpty());
    }
    SECTION("unknown_product: nothing scanned at all") {
        requireHeld(authorize(policy, f.input(nullptr)), authorization::UnknownProduct);
    }
    SECTION("a product missing from the catalog is still authorized when its GTIN is on a line") {
        AuthorizationInput in = f.input(nullptr);
        in.scannedGtin = s("04006381333931"); // the line holds the 13-digit form
        const AuthorizationResult r = authorize(policy, in);
        CHECK(r.code == authorization::Authorized);
        CHECK(r.rmaLine == 2);
    }
    SECTION("wrong_item: a catalog product that is not on the RMA") {
        const AuthorizationResult r = authorize(policy, f.input(&f.keyboard, "K-1"));
        requireHeld(r, authorization::WrongItem);
        CHECK(r.fraudFlags == QStringList{fraud::WrongItem});
        CHECK_FALSE(r.rmaLine);
    }
    SECTION("over_quantity") {
        AuthorizationInput in = f.input(&f.cable);
        in.receivedPerLine = {{2, 1}};
        CHECK(authorize(policy, in).code == authorization::Authorized);
        in.receivedPerLine = {{2, 2}};
        const AuthorizationResult r = authorize(policy, in);
        requireHeld(r, authorization::OverQuantity);
        CHECK(r.rmaLine == 2);
        CHECK(r.fraudFlags.isEmpty());
    }
    SECTION("serial_mismatch: a serial no line expects") {
        const AuthorizationResult r = authorize(policy, f.input(&f.headphones, "S99-0000001"));
        requireHeld(r, authorization::SerialMismatch);
        CHECK(r.fraudFlags == QStringList{fraud::SerialMismatch});
        CHECK(r.rmaLine == 1);
    }
    SECTION("serial_mismatch: the serial is missing (no fraud flag yet)") {
        const AuthorizationResult r = authorize(policy, f.input(&f.headphones));
        requireHeld(r, authorization::SerialMismatch);
        CHECK(r.fraudFlags.isEmpty());
    }
    SECTION("not_returnable") {
        const AuthorizationResult r = authorize(policy, f.input(&f.giftCard));
        requireHeld(r, authorization::NotReturnable);
        CHECK(r.rmaLine == 4);
    }
}

TEST_CASE("authorization: the order of the checks", "[policy]") {
    const Policy& policy = Policy::builtIn();
    Fixture f;
    // Cancelled beats expired beats item problems.
    f.rma.status = s("cancelled");
    AuthorizationInput in = f.input(&f.keyboard);
    in.rmaReceivedAt = kExpires + kMillisPerDay;
    CHECK(authorize(policy, in).code == authorization::RmaCancelled);
    f.rma.status = s("authorized");
    CHECK(authorize(policy, in).code == authorization::Expired);
    in.rmaReceivedAt = kCreated + kMillisPerDay;
    CHECK(authorize(policy, in).code == authorization::WrongItem);
    // Over-quantity is reported before a serial mismatch on the same line.
    AuthorizationInput single = f.input(&f.headphones, "S99");
    single.receivedPerLine = {{1, 1}, {3, 1}};
    CHECK(authorize(policy, single).code == authorization::OverQuantity);
    // A non-returnable item is reported only after quantity.
    AuthorizationInput gift = f.input(&f.giftCard);
    gift.receivedPerLine = {{4, 1}};
    CHECK(authorize(policy, gift).code == authorization::OverQuantity);
}

TEST_CASE("authorization: matching among several lines", "[policy]") {
    const Policy& policy = Policy::builtIn();
    Fixture f;

    SECTION("the line whose serials contain the scanned serial wins") {
        CHECK(authorize(policy, f.input(&f.headphones, "S01-4471999")).rmaLine == 3);
        CHECK(authorize(policy, f.input(&f.headphones, "s01-4471123")).rmaLine == 1); // case-insensitive
    }
    SECTION("a line with quantity left is preferred") {
        AuthorizationInput in = f.input(&f.headphones, "S01-4471999");
        in.receivedPerLine = {{1, 1}};
        const AuthorizationResult r = authorize(policy, in);
        CHECK(r.code == authorization::Authorized);
        CHECK(r.rmaLine == 3);
    }
    SECTION("the same serial twice: its line is full, the other line does not expect it") {
        AuthorizationInput in = f.input(&f.headphones, "S01-4471123");
        in.receivedPerLine = {{1, 1}};
        const AuthorizationResult r = authorize(policy, in);
        CHECK(r.code == authorization::SerialMismatch);
        CHECK(r.rmaLine == 3);
        CHECK(r.fraudFlags == QStringList{fraud::SerialMismatch});
    }
    SECTION("by SKU when no GTIN was scanned") {
        AuthorizationInput in = f.input(&f.cable);
        in.scannedGtin.clear();
        CHECK(authorize(policy, in).rmaLine == 2);
    }
    SECTION("by a catalog GTIN in another length") {
        Product cable = f.cable;
        cable.sku = s("CBL-OTHER-SKU");
        cable.gtins = {s("4006381333931")};
        AuthorizationInput in = f.input(&cable);
        in.scannedGtin.clear();
        CHECK(authorize(policy, in).rmaLine == 2);
    }
    SECTION("by serial alone when the item is otherwise unidentified") {
        AuthorizationInput in = f.input(nullptr, "S01-4471999");
        const AuthorizationResult r = authorize(policy, in);
        CHECK(r.code == authorization::Authorized);
        CHECK(r.rmaLine == 3);
        in.scannedSerial = s("S77");
        CHECK(authorize(policy, in).code == authorization::UnknownProduct);
    }
}

TEST_CASE("authorization: the parcel-level verdict checks only the RMA", "[policy]") {
    const Policy& policy = Policy::builtIn();
    Fixture f;
    AuthorizationInput in = f.input(&f.keyboard); // an item problem is ignored here
    const AuthorizationResult ok = authorizeParcel(policy, in);
    CHECK(ok.code == authorization::Authorized);
    CHECK_FALSE(ok.rmaLine);
    in.rmaReceivedAt = kExpires + 1;
    CHECK(authorizeParcel(policy, in).code == authorization::Expired);
    in.rma = nullptr;
    CHECK(authorizeParcel(policy, in).code == authorization::UnknownParcel);
}

TEST_CASE("authorization labels are readable", "[policy]") {
    for (const QString& code :
         {authorization::Authorized, authorization::UnknownParcel, authorization::RmaCancelled,
          authorization::RmaClosed, authorization::Expired, authorization::WrongItem,
          authorization::OverQuantity, authorization::SerialMismatch, authorization::NotReturnable,
          authorization::UnknownProduct}) {
        INFO(code.toStdString());
        CHECK_FALSE(authorizationLabel(code).isEmpty());
        CHECK(authorizationLabel(code) != code);
    }
}

TEST_CASE("weight flags: empty box and weight mismatch", "[policy]") {
    const Policy& policy = Policy::builtIn(); // empty below 25 %, 30 % tolerance, 500 g packaging
    Fixture f;
    const Product* headphones = &f.headphones; // 250 g
    CHECK(weightFlags(policy, headphones, std::nullopt).isEmpty());
    CHECK(weightFlags(policy, nullptr, 250).isEmpty());
    Product weightless = f.headphones;
    weightless.weightG = 0;
    CHECK(weightFlags(policy, &weightless, 10).isEmpty());

    CHECK(weightFlags(policy, headphones, 0) == QStringList{fraud::EmptyBox});
    CHECK(weightFlags(policy, headphones, 62) == QStringList{fraud::EmptyBox});       // < 62.5
    CHECK(weightFlags(policy, headphones, 63) == QStringList{fraud::WeightMismatch}); // < 175
    CHECK(weightFlags(policy, headphones, 174) == QStringList{fraud::WeightMismatch});
    CHECK(weightFlags(policy, headphones, 175).isEmpty());
    CHECK(weightFlags(policy, headphones, 250).isEmpty());
    CHECK(weightFlags(policy, headphones, 825).isEmpty()); // 250 x 1.3 + 500
    CHECK(weightFlags(policy, headphones, 826) == QStringList{fraud::WeightMismatch});
}
