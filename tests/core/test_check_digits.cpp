#include <catch2/catch.hpp>

#include "scan/CheckDigits.h"

#include <QString>

using namespace dockside;

// Valid numbers below were computed from the published algorithms (python3 reference in the
// comments) or come from carriers' and GS1's own examples; "invalid" ones change one digit.

TEST_CASE("GS1 mod 10 and GTIN/SSCC", "[scan][checkdigits]") {
    CHECK(gs1CheckDigit(u"0950600013435") == 2);
    CHECK(gs1CheckDigit(u"400638133393") == 1);
    CHECK(gs1CheckDigit(u"") == -1);
    CHECK(gs1CheckDigit(u"12a4") == -1);

    for (const char16_t* valid : {u"09506000134352", u"4006381333931", u"96385074", u"036000291452",
                                  u"10614141000019", u"123456789012"}) {
        INFO(QString::fromUtf16(valid).toStdString());
        CHECK(isValidGtin(valid));
    }
    for (const char16_t* invalid : {u"09506000134353", u"4006381333932", u"96385075", u"036000291453",
                                    u"0950600013435", u"950600013435", u"0950600013435X", u""}) {
        INFO(QString::fromUtf16(invalid).toStdString());
        CHECK_FALSE(isValidGtin(invalid));
    }
    CHECK(isValidSscc(u"106141411234567897"));
    CHECK(isValidSscc(u"037612345000000014"));
    CHECK_FALSE(isValidSscc(u"106141411234567898"));
    CHECK_FALSE(isValidSscc(u"10614141123456789"));
}

TEST_CASE("UPS 1Z", "[scan][checkdigits]") {
    // UPS's documented example, jkeen/tracking_number_data vectors, and two computed here.
    for (const char16_t* valid : {u"1Z999AA10123456784", u"1Z5R89390357567127", u"1Z879E930346834440",
                                  u"1Z410E7W0392751591", u"1Z12345E0200000003", u"1ZA1B2C3D4E5F6G7H0"}) {
        INFO(QString::fromUtf16(valid).toStdString());
        CHECK(isValidUps1Z(valid));
    }
    CHECK(ups1ZCheckDigit(u"999AA1012345678") == 4);
    CHECK(ups1ZCheckDigit(u"999AA101234567") == -1);
    CHECK(ups1ZCheckDigit(u"999aa1012345678") == -1);
    CHECK_FALSE(isValidUps1Z(u"1Z999AA10123456785"));
    CHECK_FALSE(isValidUps1Z(u"1Z999AA10123466784"));
    CHECK_FALSE(isValidUps1Z(u"2Z999AA10123456784"));
    CHECK_FALSE(isValidUps1Z(u"1Z1111111111111111"));
    CHECK_FALSE(isValidUps1Z(u"1Z999AA1012345678"));
}

TEST_CASE("FedEx", "[scan][checkdigits]") {
    SECTION("12-digit Express, mod 11") {
        CHECK(fedexMod11CheckDigit(u"12345678901") == 2);
        for (const char16_t* valid : {u"986578788855", u"477179081230", u"799531274483", u"123456789012",
                                      u"000000000011", u"777777777776"}) {
            INFO(QString::fromUtf16(valid).toStdString());
            CHECK(isValidFedex12(valid));
        }
        CHECK_FALSE(isValidFedex12(u"996578788855"));
        CHECK_FALSE(isValidFedex12(u"123456789013"));
        CHECK_FALSE(isValidFedex12(u"12345678901"));
    }
    SECTION("15-digit Ground, GS1 mod 10") {
        CHECK(isValidFedex15(u"041441760228964"));
        CHECK(isValidFedex15(u"568283610012000"));
        CHECK(isValidFedex15(u"100123456789011"));
        CHECK_FALSE(isValidFedex15(u"568283610012732"));
        CHECK_FALSE(isValidFedex15(u"100123456789012"));
    }
    SECTION("22-digit Ground 96") {
        CHECK(isValidFedex96(u"9611020987654312345672"));
        CHECK(isValidFedex96(u"9611020123123123123125"));
        CHECK_FALSE(isValidFedex96(u"9611020987654312345673"));
        CHECK_FALSE(isValidFedex96(u"9600000000000000000001"));
        CHECK_FALSE(isValidFedex96(u"9511020987654312345672")); // not a 96 number
    }
    SECTION("20-digit SSCC form") {
        CHECK(isValidFedexSscc20(u"00001234500000000021"));
        CHECK(isValidFedexSscc20(u"00106141411234567897"));
        CHECK_FALSE(isValidFedexSscc20(u"00001234500000000022"));
        CHECK_FALSE(isValidFedexSscc20(u"01106141411234567897"));
    }
    SECTION("34-digit Express / Ground GSN") {
        for (const char16_t* valid :
             {u"1001921334250001000300779017972697", u"1001901781990001000300617767839437",
              u"1001921334250001000312345678901230", u"9622001900000000000000776632517510",
              u"9632001560123456789900794808390594"}) {
            INFO(QString::fromUtf16(valid).toStdString());
            CHECK(isValidFedex34(valid));
        }
        CHECK_FALSE(isValidFedex34(u"1001901781990001000300617767839438"));
        CHECK_FALSE(isValidFedex34(u"9622001560001234567100794808390595"));
    }
    SECTION("SmartPost") {
        CHECK(isValidFedexSmartPost(u"61299998820821171811")); // printed without "92"
        CHECK(isValidFedexSmartPost(u"12345678901234567891"));
        CHECK(isValidFedexSmartPost(u"9261292700768711948021")); // with "92"
        CHECK_FALSE(isValidFedexSmartPost(u"61299998820821171812"));
        CHECK_FALSE(isValidFedexSmartPost(u"9261292700768711948020"));
        CHECK_FALSE(isValidFedexSmartPost(u"9361292700768711948021"));
    }
}

TEST_CASE("USPS IMpb", "[scan][checkdigits]") {
    SECTION("bare tracking parts") {
        for (const char16_t* valid :
             {u"9400111201080805483016", u"9205590164917312751089", u"9361289878700317633795",
              u"92748931507708513018050063", u"03071790000523483741",
              u"71969010756003077385" /* legacy, checked with its "91" */}) {
            INFO(QString::fromUtf16(valid).toStdString());
            CHECK(isValidUspsTracking(valid));
            CHECK(isValidUspsImpb(valid));
        }
        CHECK_FALSE(isValidUspsTracking(u"9400111201080805483017"));
        CHECK_FALSE(isValidUspsTracking(u"92748931507708513018050064"));
        CHECK_FALSE(isValidUspsTracking(u"03071790000523483742"));
        CHECK_FALSE(isValidUspsTracking(u"940011120108080548301")); // 21 digits
    }
    SECTION("routing prefix 420 + ZIP") {
        const QString zip5 = QStringLiteral("420123459205590164917312751089");
        auto parts = splitUspsRouting(zip5);
        REQUIRE(parts);
        CHECK(parts->zip == u"12345");
        CHECK(parts->tracking == u"9205590164917312751089");
        CHECK(isValidUspsImpb(zip5));

        const QString zip9 = QStringLiteral("4201234567899205590164917312751089");
        parts = splitUspsRouting(zip9);
        REQUIRE(parts);
        CHECK(parts->zip == u"123456789");
        CHECK(parts->tracking == u"9205590164917312751089");
        CHECK(isValidUspsImpb(zip9));

        // 34 digits can also be ZIP5 + 26: the split whose tracking part checks and starts with 9x wins.
        const QString zip5Long = QStringLiteral("4201234592748931507708513018050063");
        parts = splitUspsRouting(zip5Long);
        REQUIRE(parts);
        CHECK(parts->zip == u"12345");
        CHECK(parts->tracking == u"92748931507708513018050063");
        CHECK(isValidUspsImpb(zip5Long));

        // Published examples (jkeen/tracking_number_data).
        CHECK(isValidUspsImpb(u"420221539101026837331000039521"));
        CHECK(isValidUspsImpb(u"4201002334249200190132607600833457"));
        CHECK(splitUspsRouting(u"4201028200009261290113185417468510")->tracking == u"9261290113185417468510");

        // GS between ZIP and tracking part settles the split.
        const QString withGs =
            QStringLiteral("42012345") + QChar(0x1D) + QStringLiteral("9205590164917312751089");
        parts = splitUspsRouting(withGs);
        REQUIRE(parts);
        CHECK(parts->zip == u"12345");
        CHECK(parts->tracking == u"9205590164917312751089");
        CHECK(isValidUspsImpb(withGs));
        const QString badZip =
            QStringLiteral("4201234") + QChar(0x1D) + QStringLiteral("9205590164917312751089");
        CHECK_FALSE(splitUspsRouting(badZip));

        CHECK_FALSE(isValidUspsImpb(u"420123459205590164917312751088"));
        CHECK_FALSE(isValidUspsImpb(u"4201234567899205590164917312751080"));
        CHECK_FALSE(splitUspsRouting(u"9205590164917312751089"));
        CHECK_FALSE(splitUspsRouting(u"4201234"));
    }
}

TEST_CASE("DHL Express mod 7", "[scan][checkdigits]") {
    for (const char16_t* valid :
         {u"3318810025", u"8487135506", u"1099255990", u"1234567891", u"9876543213", u"0000000011"}) {
        INFO(QString::fromUtf16(valid).toStdString());
        CHECK(isValidDhlExpress(valid));
    }
    CHECK(dhlMod7CheckDigit(u"123456789") == 1); // 123456789 = 7 * 17636684 + 1
    CHECK(dhlMod7CheckDigit(u"12345678") == -1);
    CHECK_FALSE(isValidDhlExpress(u"3318810010"));
    CHECK_FALSE(isValidDhlExpress(u"1234567892"));
    CHECK_FALSE(isValidDhlExpress(u"123456789"));
}

TEST_CASE("UPU S10", "[scan][checkdigits]") {
    for (const char16_t* valid :
         {u"RR123456785GB", u"RB123456785US", u"EE987654326CN", u"EE000000014CN", u"EE473124829CN"}) {
        INFO(QString::fromUtf16(valid).toStdString());
        CHECK(isValidS10(valid));
    }
    CHECK(s10CheckDigit(u"12345678") == 5);
    CHECK(s10CheckDigit(u"00000001") == 4);
    CHECK_FALSE(isValidS10(u"RR123456786GB"));
    CHECK_FALSE(isValidS10(u"RR123456785G1"));
    CHECK_FALSE(isValidS10(u"R1123456785GB"));
    CHECK(isS10Format(u"RR123456786GB"));
    CHECK_FALSE(isS10Format(u"RR12345678GB"));
}

TEST_CASE("Amazon and OnTrac", "[scan][checkdigits]") {
    CHECK(isAmazonFormat(u"TBA502887274000"));
    CHECK(isAmazonFormat(u"TBC000000000001"));
    CHECK(isAmazonFormat(u"TBM123456789012"));
    CHECK_FALSE(isAmazonFormat(u"TBB000000000000"));
    CHECK_FALSE(isAmazonFormat(u"TBA50288727400A"));
    CHECK_FALSE(isAmazonFormat(u"TBA50288727400"));

    for (const char16_t* valid : {u"C11031500001879", u"C10999911320231", u"C12345678901236",
                                  u"D10011354453707", u"D10011345983010", u"D98765432109875"}) {
        INFO(QString::fromUtf16(valid).toStdString());
        CHECK(isValidOntrac(valid));
    }
    CHECK_FALSE(isValidOntrac(u"C11031500001889"));
    CHECK_FALSE(isValidOntrac(u"D10011345983012"));
    CHECK_FALSE(isValidOntrac(u"E11031500001879"));
    CHECK(isOntracFormat(u"C11031500001889"));
}

TEST_CASE("ISO/IEC 7064 MOD 37,36", "[scan][checkdigits]") {
    CHECK(mod37_36(u"A12425GABC1234002") == u'M'); // GRid example from the GRid standard
    CHECK(mod37_36(u"RABD") == u'A');
    CHECK(mod37_36(u"X0H") == u'X');
    CHECK(mod37_36(u"AMSD030000412") == u'0');
    CHECK(mod37_36(u"RMA2026000123") == u'R');
    CHECK(mod37_36(u"amsd030000412") == u'0');
    CHECK(mod37_36(u"").isNull());
    CHECK(mod37_36(u"AMS-D03").isNull());
    CHECK(mod37_36(u"\u00C4BC").isNull());
}
