#include <catch2/catch.hpp>

#include "scan/Gs1.h"

#include <QString>

using namespace dockside;

namespace {

const QString GS = QString(QChar(0x1D));

QString s(const char16_t* text) {
    return QString::fromUtf16(text);
}

QList<Gs1Field> parseOk(const QString& text, QChar extra = QChar()) {
    auto result = parseGs1(text, extra);
    INFO(text.toStdString());
    if (!result)
        INFO(result.error().code.toStdString() + ": " + result.error().message.toStdString());
    REQUIRE(result.ok());
    return result.value();
}

QString errorCode(const QString& text, QChar extra = QChar()) {
    auto result = parseGs1(text, extra);
    return result ? QString() : result.error().code;
}

const QList<Gs1Field> kGtinLotSerial = {
    {s(u"01"), s(u"09506000134352")}, {s(u"10"), s(u"ABC123")}, {s(u"21"), s(u"xyz-9")}};

} // namespace

TEST_CASE("GS1 separators and symbology prefixes", "[scan][gs1]") {
    // The same data however the scanner delivers FNC1.
    const QStringList forms = {
        s(u"0109506000134352") + s(u"10ABC123") + GS + s(u"21xyz-9"),
        GS + s(u"0109506000134352") + s(u"10ABC123") + GS + s(u"21xyz-9") + GS, // leading FNC1, trailing GS
        s(u"]C10109506000134352") + s(u"10ABC123") + GS + s(u"21xyz-9"),
        s(u"]d20109506000134352") + s(u"10ABC123") + GS + s(u"21xyz-9"),
        s(u"]Q30109506000134352") + s(u"10ABC123") + GS + s(u"21xyz-9"),
        s(u"]J10109506000134352") + s(u"10ABC123") + GS + s(u"21xyz-9"),
        s(u"]e00109506000134352") + s(u"10ABC123") + GS + s(u"21xyz-9"),
        s(u"0109506000134352") + s(u"10ABC123<GS>21xyz-9"),
        s(u"0109506000134352") + s(u"10ABC123<gs>21xyz-9"),
        s(u"0109506000134352") + s(u"10ABC123{GS}21xyz-9"),
        s(u"0109506000134352") + s(u"10ABC123^]21xyz-9"),
        s(u"0109506000134352") + s(u"10ABC123\\x1D21xyz-9"),
        s(u"0109506000134352") + s(u"10ABC123") + GS + GS + s(u"21xyz-9"), // doubled separator
        s(u"  ]C10109506000134352") + s(u"10ABC123") + GS + s(u"21xyz-9\r\n"),
        s(u"(01)09506000134352(10)ABC123(21)xyz-9"),
        s(u"(01) 09506000134352 (10) ABC123 (21) xyz-9"),
    };
    for (const QString& form : forms)
        CHECK(parseOk(form) == kGtinLotSerial);

    SECTION("configurable replacement character") {
        CHECK(parseOk(s(u"0109506000134352") + s(u"10ABC123|21xyz-9"), u'|') == kGtinLotSerial);
        CHECK(parseOk(s(u"]C1~0109506000134352") + s(u"10ABC123~21xyz-9"), u'~') == kGtinLotSerial);
        // Without the replacement configured, '|' is not a GS1 character.
        CHECK(errorCode(s(u"0109506000134352") + s(u"10ABC123|21xyz-9")) == u"gs1_bad_character");
    }
}

TEST_CASE("GS1 fixed and variable lengths", "[scan][gs1]") {
    SECTION("variable field at the end takes the rest") {
        const auto f = parseOk(s(u"0109506000134352") + s(u"21ABC"));
        REQUIRE(f.size() == 2);
        CHECK(f[1] == Gs1Field{s(u"21"), s(u"ABC")});
    }
    SECTION("predefined-length fields need no separator") {
        const auto f = parseOk(s(u"0109506000134352") + s(u"17251231") + s(u"3103000750") + s(u"10LOT7"));
        REQUIRE(f.size() == 4);
        CHECK(f[1] == Gs1Field{s(u"17"), s(u"251231")});
        CHECK(f[2] == Gs1Field{s(u"3103"), s(u"000750")});
        CHECK(f[3] == Gs1Field{s(u"10"), s(u"LOT7")});
    }
    SECTION("SSCC, content and count") {
        const auto f = parseOk(s(u"00106141411234567897") + s(u"0209506000134352") + s(u"3712"));
        REQUIRE(f.size() == 3);
        CHECK(f[0] == Gs1Field{s(u"00"), s(u"106141411234567897")});
        CHECK(f[2] == Gs1Field{s(u"37"), s(u"12")});
    }
    SECTION("maximum lengths are enforced") {
        CHECK(parseOk(s(u"10") + QString(20, u'A')).at(0).value.size() == 20);
        CHECK(errorCode(s(u"10") + QString(21, u'A')) == u"gs1_too_long");
        // A lost separator after a variable field in the middle.
        CHECK(errorCode(s(u"0109506000134352") + s(u"21ABCDEFGHIJKLMNOPQRS17251231")) == u"gs1_too_long");
        CHECK(parseOk(s(u"99") + QString(90, u'x')).at(0).value.size() == 90);
        CHECK(errorCode(s(u"99") + QString(91, u'x')) == u"gs1_too_long");
        CHECK(errorCode(s(u"30123456789")) == u"gs1_too_long");
        CHECK(errorCode(s(u"(10)") + QString(21, u'A')) == u"gs1_too_long");
        CHECK(errorCode(s(u"(01)095060001343521")) == u"gs1_too_long");
    }
    SECTION("too short and truncated") {
        CHECK(errorCode(s(u"01095060001343")) == u"gs1_truncated");
        CHECK(errorCode(s(u"0109506000134352") + s(u"17") + s(u"2512")) == u"gs1_truncated");
        CHECK(errorCode(s(u"010950600") + GS + s(u"13435210ABC")) == u"gs1_truncated");
        CHECK(errorCode(s(u"10") + GS + s(u"21ABC")) == u"gs1_too_short");
        CHECK(errorCode(s(u"(01)0950600013435")) == u"gs1_truncated");
        CHECK(errorCode(s(u"25312345")) == u"gs1_too_short"); // GDTI needs 13 digits
    }
    SECTION("non-predefined fixed field followed by its separator") {
        const auto f = parseOk(s(u"40206141411234567890") + GS + s(u"21X1"));
        REQUIRE(f.size() == 2);
        CHECK(f[0] == Gs1Field{s(u"402"), s(u"06141411234567890")});
    }
}

TEST_CASE("GS1 AI table", "[scan][gs1]") {
    struct Case {
        QString text;
        QString ai;
        QString value;
    };
    const QList<Case> cases = {
        {s(u"11250101"), s(u"11"), s(u"250101")},
        {s(u"12250100"), s(u"12"), s(u"250100")},
        {s(u"13240229"), s(u"13"), s(u"240229")},
        {s(u"15251130"), s(u"15"), s(u"251130")},
        {s(u"16251231"), s(u"16"), s(u"251231")},
        {s(u"2007"), s(u"20"), s(u"07")},
        {s(u"22CPV-1"), s(u"22"), s(u"CPV-1")},
        {s(u"3012345678"), s(u"30"), s(u"12345678")},
        {s(u"3100000123"), s(u"3100"), s(u"000123")},
        {s(u"3165000123"), s(u"3165"), s(u"000123")},
        {s(u"3205001000"), s(u"3205"), s(u"001000")},
        {s(u"3375000001"), s(u"3375"), s(u"000001")},
        {s(u"3490000002"), s(u"3490"), s(u"000002")},
        {s(u"3570000003"), s(u"3570"), s(u"000003")},
        {s(u"3695000004"), s(u"3695"), s(u"000004")},
        {s(u"240ADD-ID"), s(u"240"), s(u"ADD-ID")},
        {s(u"241PART/7"), s(u"241"), s(u"PART/7")},
        {s(u"242123456"), s(u"242"), s(u"123456")},
        {s(u"250SER2"), s(u"250"), s(u"SER2")},
        {s(u"251REF"), s(u"251"), s(u"REF")},
        {s(u"2534012345000047ABC"), s(u"253"), s(u"4012345000047ABC")},
        {s(u"254EXT1"), s(u"254"), s(u"EXT1")},
        {s(u"400PO-4711"), s(u"400"), s(u"PO-4711")},
        {s(u"401GINC1"), s(u"401"), s(u"GINC1")},
        {s(u"403ROUTE9"), s(u"403"), s(u"ROUTE9")},
        {s(u"4105060000000009"), s(u"410"), s(u"5060000000009")},
        {s(u"4171234567890128"), s(u"417"), s(u"1234567890128")},
        {s(u"420B-1060"), s(u"420"), s(u"B-1060")},
        {s(u"421056B1060"), s(u"421"), s(u"056B1060")},
        {s(u"422276"), s(u"422"), s(u"276")},
        {s(u"423276040"), s(u"423"), s(u"276040")},
        {s(u"424276"), s(u"424"), s(u"276")},
        {s(u"425276"), s(u"425"), s(u"276")},
        {s(u"426276"), s(u"426"), s(u"276")},
        {s(u"427BY"), s(u"427"), s(u"BY")},
        {s(u"70032512311830"), s(u"7003"), s(u"2512311830")},
        {s(u"800309506000134352SN1"), s(u"8003"), s(u"09506000134352SN1")},
        {s(u"8004GIAI-77"), s(u"8004"), s(u"GIAI-77")},
        {s(u"8006095060001343520102"), s(u"8006"), s(u"095060001343520102")},
        {s(u"800825123118"), s(u"8008"), s(u"25123118")},
        {s(u"8008251231183059"), s(u"8008"), s(u"251231183059")},
        {s(u"8018950600013435212346"), s(u"8018"), s(u"950600013435212346")},
        {s(u"8020INV-1"), s(u"8020"), s(u"INV-1")},
        {s(u"90internal"), s(u"90"), s(u"internal")},
        {s(u"91A"), s(u"91"), s(u"A")},
        {s(u"95B"), s(u"95"), s(u"B")},
        {s(u"99C"), s(u"99"), s(u"C")},
    };
    for (const Case& c : cases) {
        const auto f = parseOk(c.text);
        REQUIRE(f.size() == 1);
        CHECK(f[0].ai == c.ai);
        CHECK(f[0].value == c.value);
    }

    SECTION("unknown AIs") {
        for (const QString& text :
             {s(u"23123"), s(u"3106000123"), s(u"3170000123"), s(u"3922123"), s(u"7001123"), s(u"8001123"),
              s(u"44123"), s(u"X0123"), s(u"(23)1"), s(u"(3106)000123")}) {
            INFO(text.toStdString());
            CHECK(errorCode(text) == u"gs1_unknown_ai");
        }
    }
    SECTION("bad characters") {
        CHECK(errorCode(s(u"10AB#C")) == u"gs1_bad_character");
        CHECK(errorCode(s(u"10AB C")) != u"gs1_bad_character"); // spaces are dropped, not data
        CHECK(errorCode(s(u"010950600013435X")) == u"gs1_bad_character");
        CHECK(errorCode(s(u"21\u00E9t\u00E9")) == u"gs1_bad_character");
        CHECK(errorCode(s(u"421A56B1060")) == u"gs1_bad_character");
        CHECK(errorCode(s(u"30A")) == u"gs1_bad_character");
    }
    SECTION("country lists") {
        CHECK(errorCode(s(u"4232760")) == u"gs1_bad_value");
        CHECK(parseOk(s(u"423276040208056528")).at(0).value.size() == 15);
        CHECK(errorCode(s(u"4232760402080565281")) == u"gs1_too_long");
    }
}

TEST_CASE("GS1 check digits and dates", "[scan][gs1]") {
    SECTION("check digits") {
        CHECK(errorCode(s(u"0109506000134353")) == u"gs1_check_digit");
        CHECK(errorCode(s(u"0209506000134353")) == u"gs1_check_digit");
        CHECK(errorCode(s(u"00106141411234567898")) == u"gs1_check_digit");
        CHECK(errorCode(s(u"4105060000000008")) == u"gs1_check_digit");
        CHECK(errorCode(s(u"4141234567890129")) == u"gs1_check_digit");
        CHECK(errorCode(s(u"40206141411234567891")) == u"gs1_check_digit");
        CHECK(errorCode(s(u"2534012345000048")) == u"gs1_check_digit");
        CHECK(errorCode(s(u"8018950600013435212347")) == u"gs1_check_digit");
        CHECK(errorCode(s(u"800309506000134353")) == u"gs1_check_digit");
        CHECK(errorCode(s(u"8006095060001343530102")) == u"gs1_check_digit");
    }
    SECTION("dates") {
        CHECK(parseOk(s(u"17250200")).at(0).value == u"250200"); // DD 00: end of month
        CHECK(parseOk(s(u"17240229")).at(0).value == u"240229"); // leap year
        CHECK(errorCode(s(u"17250229")) == u"gs1_bad_date");
        CHECK(errorCode(s(u"17250230")) == u"gs1_bad_date");
        CHECK(errorCode(s(u"17251301")) == u"gs1_bad_date");
        CHECK(errorCode(s(u"17250001")) == u"gs1_bad_date");
        CHECK(errorCode(s(u"11250431")) == u"gs1_bad_date");
        CHECK(errorCode(s(u"(17)251232")) == u"gs1_bad_date");
        CHECK(errorCode(s(u"70032512312400")) == u"gs1_bad_date");
        CHECK(errorCode(s(u"70032512311860")) == u"gs1_bad_date");
        CHECK(errorCode(s(u"70032512001200")) == u"gs1_bad_date"); // 7003 has no DD 00
        CHECK(errorCode(s(u"800825123124")) == u"gs1_bad_date");
        CHECK(errorCode(s(u"8008251231183")) == u"gs1_bad_date"); // odd length
        CHECK(errorCode(s(u"8008251231186000")) == u"gs1_bad_date");
    }
    SECTION("meaning problems keep the fields, structural ones stop") {
        auto parsed = parseGs1Detailed(s(u"0109506000134353") + s(u"17251301") + s(u"10LOT"));
        REQUIRE(parsed.error);
        CHECK(parsed.error->code == u"gs1_check_digit"); // the first problem
        CHECK(parsed.error->kind == ErrorKind::Invalid);
        CHECK_FALSE(parsed.error->message.isEmpty());
        CHECK(parsed.fields.size() == 3);

        parsed = parseGs1Detailed(s(u"0109506000134352") + s(u"23ABC"));
        REQUIRE(parsed.error);
        CHECK(parsed.error->code == u"gs1_unknown_ai");
        CHECK(parsed.fields.size() == 1);
    }
}

TEST_CASE("GS1 bracket form", "[scan][gs1]") {
    auto f = parseOk(s(u"(01)09506000134352(21)ABC"));
    REQUIRE(f.size() == 2);
    CHECK(f[1] == Gs1Field{s(u"21"), s(u"ABC")});

    // '(' is a legal value character: only a known "(AI)" ends a value.
    f = parseOk(s(u"(10)A(B)C(21)X(1)"));
    REQUIRE(f.size() == 2);
    CHECK(f[0].value == u"A(B)C");
    CHECK(f[1].value == u"X(1)");

    f = parseOk(s(u"(00)106141411234567897(420)12345"));
    REQUIRE(f.size() == 2);
    CHECK(f[1] == Gs1Field{s(u"420"), s(u"12345")});

    CHECK(errorCode(s(u"(21)AB#(10)C")) == u"gs1_bad_character");
    CHECK(errorCode(s(u"(01")) == u"gs1_unknown_ai");
    CHECK(errorCode(s(u"(21)")) == u"gs1_too_short");
}

TEST_CASE("GS1 empty and garbage input", "[scan][gs1]") {
    CHECK(errorCode(QString()) == u"gs1_empty");
    CHECK(errorCode(s(u"   ")) == u"gs1_empty");
    CHECK(errorCode(s(u"]C1")) == u"gs1_empty");
    CHECK(errorCode(GS + GS) == u"gs1_empty");
    CHECK(errorCode(s(u"hello")) == u"gs1_unknown_ai");
    CHECK(errorCode(s(u"0")) == u"gs1_unknown_ai");
    CHECK(errorCode(s(u"\u4F60\u597D")) == u"gs1_unknown_ai");
    QString garbage;
    for (int i = 0; i < 10000; ++i)
        garbage.append(QChar(char16_t((i * 7919) % 0x2FF)));
    CHECK_FALSE(parseGs1(garbage).ok());
    CHECK_FALSE(parseGs1(s(u"01") + QString(10000, u'9')).ok());
}

TEST_CASE("GS1 human-readable form", "[scan][gs1]") {
    CHECK(formatGs1HumanReadable(kGtinLotSerial) == u"(01)09506000134352(10)ABC123(21)xyz-9");
    CHECK(formatGs1HumanReadable({}).isEmpty());
    CHECK(parseOk(formatGs1HumanReadable(kGtinLotSerial)) == kGtinLotSerial);
}

TEST_CASE("AIM symbology prefix", "[scan][gs1]") {
    CHECK(aimPrefix(u"]C1010950") == u"]C1");
    CHECK(aimPrefix(u"]E09506000134352") == u"]E0");
    CHECK(aimPrefix(u"]C").isEmpty());
    CHECK(aimPrefix(u"C10109").isEmpty());
    CHECK(isGs1Symbology(u"]C1"));
    CHECK(isGs1Symbology(u"]d2"));
    CHECK_FALSE(isGs1Symbology(u"]C0"));
    CHECK_FALSE(isGs1Symbology(u"]D2"));
}
