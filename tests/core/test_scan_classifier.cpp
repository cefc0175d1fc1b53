#include <catch2/catch.hpp>

#include "scan/CheckDigits.h"
#include "scan/ScanClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QString>

using namespace dockside;

namespace {

const QString GS = QString(QChar(0x1D));

QString s(const char16_t* text) {
    return QString::fromUtf16(text);
}

QStringList formats(const ScanResult& r) {
    QStringList out;
    for (const CarrierMatch& c : r.candidates)
        out << c.format;
    return out;
}

ScanResult classify(const QString& raw, QChar gsReplacement = QChar()) {
    ScanResult r = classifyScan(raw, gsReplacement);
    UNSCOPED_INFO("scan: " << raw.toStdString() << " -> " << kindName(r.kind).toStdString() << " "
                           << carrierName(r.carrier).toStdString() << " valid=" << r.valid << " value="
                           << r.value.toStdString() << " formats=" << formats(r).join(u',').toStdString()
                           << " problem=" << r.problem.toStdString());
    return r;
}

void checkTracking(const QString& raw, Carrier carrier, const QString& format, bool valid,
                   const QString& value) {
    const ScanResult r = classify(raw);
    CHECK(r.kind == ScanKind::Tracking);
    CHECK(r.carrier == carrier);
    CHECK(r.valid == valid);
    CHECK(r.value == value);
    REQUIRE_FALSE(r.candidates.isEmpty());
    CHECK(r.candidates.front().format == format);
    CHECK(r.candidates.front().carrier == carrier);
    CHECK(r.problem.isEmpty() == valid);
}

} // namespace

TEST_CASE("classify: UPS", "[scan][classify]") {
    checkTracking(s(u"1Z999AA10123456784"), Carrier::Ups, s(u"ups_1z"), true, s(u"1Z999AA10123456784"));
    checkTracking(s(u"1Z5R89390357567127"), Carrier::Ups, s(u"ups_1z"), true, s(u"1Z5R89390357567127"));
    checkTracking(s(u"1ZA1B2C3D4E5F6G7H0"), Carrier::Ups, s(u"ups_1z"), true, s(u"1ZA1B2C3D4E5F6G7H0"));
    // Printed with spaces, typed in lowercase, with the scanner's CR/LF.
    checkTracking(s(u" 1z 999 aa1 01 2345 678 4\r\n"), Carrier::Ups, s(u"ups_1z"), true,
                  s(u"1Z999AA10123456784"));
    checkTracking(s(u"1Z999AA10123456785"), Carrier::Ups, s(u"ups_1z"), false, s(u"1Z999AA10123456785"));
    // Code 128 AIM prefix is recorded and removed.
    const ScanResult r = classify(s(u"]C01Z999AA10123456784"));
    CHECK(r.kind == ScanKind::Tracking);
    CHECK(r.symbology == u"]C0");
    CHECK(r.value == u"1Z999AA10123456784");
}

TEST_CASE("classify: FedEx", "[scan][classify]") {
    checkTracking(s(u"986578788855"), Carrier::Fedex, s(u"fedex_12"), true, s(u"986578788855"));
    checkTracking(s(u"7905 3531 2317"), Carrier::Fedex, s(u"fedex_12"), true, s(u"790535312317"));
    checkTracking(s(u"996578788855"), Carrier::Fedex, s(u"fedex_12"), false, s(u"996578788855"));
    checkTracking(s(u"041441760228964"), Carrier::Fedex, s(u"fedex_15"), true, s(u"041441760228964"));
    checkTracking(s(u"041441760228965"), Carrier::Fedex, s(u"fedex_15"), false, s(u"041441760228965"));
    checkTracking(s(u"9611020987654312345672"), Carrier::Fedex, s(u"fedex_96_22"), true,
                  s(u"9611020987654312345672"));
    checkTracking(s(u"1001921334250001000300779017972697"), Carrier::Fedex, s(u"fedex_34"), true,
                  s(u"1001921334250001000300779017972697"));
    checkTracking(s(u"9622001900000000000000776632517510"), Carrier::Fedex, s(u"fedex_34"), true,
                  s(u"9622001900000000000000776632517510"));
    checkTracking(s(u"1001921334250001000300779017972698"), Carrier::Fedex, s(u"fedex_34"), false,
                  s(u"1001921334250001000300779017972698"));

    SECTION("20 digits fit several formats: the one whose check digit passes wins") {
        const ScanResult r = classify(s(u"61299998820821171811"));
        CHECK(r.kind == ScanKind::Tracking);
        CHECK(r.carrier == Carrier::Fedex);
        CHECK(r.valid);
        CHECK(formats(r) == QStringList{s(u"fedex_smartpost_20"), s(u"usps_20"), s(u"usps_impb_20")});
        CHECK(r.candidates[0].checkDigitValid);
        CHECK_FALSE(r.candidates[1].checkDigitValid);
        CHECK_FALSE(r.candidates[2].checkDigitValid);
    }
    SECTION("SmartPost 92 numbers are USPS IMpb too") {
        const ScanResult r = classify(s(u"9261292700768711948021"));
        CHECK(r.carrier == Carrier::Usps);
        CHECK(formats(r) == QStringList{s(u"usps_impb_22"), s(u"fedex_smartpost_22")});
        CHECK(r.candidates[1].carrier == Carrier::Fedex);
        CHECK(r.candidates[1].checkDigitValid);
    }
}

TEST_CASE("classify: USPS", "[scan][classify]") {
    checkTracking(s(u"9400 1112 0108 0805 4830 16"), Carrier::Usps, s(u"usps_impb_22"), true,
                  s(u"9400111201080805483016"));
    checkTracking(s(u"9400111201080805483017"), Carrier::Usps, s(u"usps_impb_22"), false,
                  s(u"9400111201080805483017"));
    checkTracking(s(u"92748931507708513018050063"), Carrier::Usps, s(u"usps_impb_26"), true,
                  s(u"92748931507708513018050063"));
    checkTracking(s(u"03071790000523483741"), Carrier::Usps, s(u"usps_20"), true, s(u"03071790000523483741"));
    checkTracking(s(u"71969010756003077385"), Carrier::Usps, s(u"usps_impb_20"), true,
                  s(u"71969010756003077385"));
    checkTracking(s(u"03071790000523483744"), Carrier::Usps, s(u"usps_20"), false,
                  s(u"03071790000523483744"));

    SECTION("routing prefix 420 + ZIP is stripped from the value") {
        checkTracking(s(u"420123459205590164917312751089"), Carrier::Usps, s(u"usps_impb_420"), true,
                      s(u"9205590164917312751089"));
        checkTracking(s(u"4201234567899205590164917312751089"), Carrier::Usps, s(u"usps_impb_420"), true,
                      s(u"9205590164917312751089"));
        checkTracking(s(u"4201234592748931507708513018050063"), Carrier::Usps, s(u"usps_impb_420"), true,
                      s(u"92748931507708513018050063"));
        checkTracking(s(u"420221539101026837331000039521"), Carrier::Usps, s(u"usps_impb_420"), true,
                      s(u"9101026837331000039521"));
        checkTracking(s(u"420123459205590164917312751088"), Carrier::Usps, s(u"usps_impb_420"), false,
                      s(u"9205590164917312751088"));
    }
    SECTION("GS1-128 IMpb label: AI 420/421 then the tracking part") {
        for (const QString& raw :
             {s(u"]C142012345") + GS + s(u"9205590164917312751089"),
              s(u"42012345") + GS + s(u"9205590164917312751089"),
              s(u"]C1420123456789") + GS + s(u"9205590164917312751089"),
              s(u"]C1420123459205590164917312751089"), // GS lost
              s(u"42012345<GS>9205590164917312751089"), s(u"(420)12345(92)05590164917312751089"),
              s(u"]C1421840123456789") + GS + s(u"9205590164917312751089")}) {
            const ScanResult r = classify(raw);
            CHECK(r.kind == ScanKind::Tracking);
            CHECK(r.carrier == Carrier::Usps);
            CHECK(r.valid);
            CHECK(r.value == u"9205590164917312751089");
            REQUIRE(r.candidates.size() == 1);
            CHECK(r.candidates[0].format == u"usps_impb_420");
        }
        const ScanResult r = classify(s(u"]C142012345") + GS + s(u"9205590164917312751089"));
        CHECK(r.symbology == u"]C1");
        CHECK(r.field(u"420") == u"12345");
        CHECK(r.field(u"92") == u"05590164917312751089");

        const ScanResult bad = classify(s(u"]C142012345") + GS + s(u"9205590164917312751088"));
        CHECK(bad.kind == ScanKind::Tracking);
        CHECK_FALSE(bad.valid);
        CHECK_FALSE(bad.problem.isEmpty());

        // A ship-to postcode followed by ordinary AIs stays GS1.
        const ScanResult notUsps = classify(s(u"]C1420B-1060") + GS + s(u"21ABC"));
        CHECK(notUsps.kind == ScanKind::Gs1);
        CHECK(notUsps.valid);
    }
}

TEST_CASE("classify: DHL, S10, Amazon, OnTrac", "[scan][classify]") {
    checkTracking(s(u"3318810025"), Carrier::Dhl, s(u"dhl_express_10"), true, s(u"3318810025"));
    checkTracking(s(u"1234567891"), Carrier::Dhl, s(u"dhl_express_10"), true, s(u"1234567891"));
    checkTracking(s(u"3318810026"), Carrier::Dhl, s(u"dhl_express_10"), false, s(u"3318810026"));
    checkTracking(s(u"RR123456785GB"), Carrier::S10, s(u"s10"), true, s(u"RR123456785GB"));
    checkTracking(s(u"ee 987 654 326 cn"), Carrier::S10, s(u"s10"), true, s(u"EE987654326CN"));
    checkTracking(s(u"RR123456786GB"), Carrier::S10, s(u"s10"), false, s(u"RR123456786GB"));
    checkTracking(s(u"TBA502887274000"), Carrier::Amazon, s(u"amazon_tba"), true, s(u"TBA502887274000"));
    checkTracking(s(u"tbc000000000001"), Carrier::Amazon, s(u"amazon_tbc"), true, s(u"TBC000000000001"));
    checkTracking(s(u"TBM123456789012"), Carrier::Amazon, s(u"amazon_tbm"), true, s(u"TBM123456789012"));
    checkTracking(s(u"C11031500001879"), Carrier::Ontrac, s(u"ontrac_c"), true, s(u"C11031500001879"));
    checkTracking(s(u"D10011354453707"), Carrier::Ontrac, s(u"ontrac_d"), true, s(u"D10011354453707"));
    checkTracking(s(u"C11031500001889"), Carrier::Ontrac, s(u"ontrac_c"), false, s(u"C11031500001889"));
    CHECK(classify(s(u"TBA50288727400")).kind == ScanKind::Unknown);
    CHECK(classify(s(u"TBB502887274000")).kind == ScanKind::Unknown);
}

TEST_CASE("classify: GTIN", "[scan][classify]") {
    struct Case {
        QString raw;
        QString value;
    };
    for (const Case& c :
         {Case{s(u"09506000134352"), s(u"09506000134352")}, Case{s(u"4006381333931"), s(u"04006381333931")},
          Case{s(u"96385074"), s(u"00000096385074")}, Case{s(u"036000291452"), s(u"00036000291452")},
          Case{s(u"]E04006381333931"), s(u"04006381333931")}}) {
        const ScanResult r = classify(c.raw);
        CHECK(r.kind == ScanKind::Gtin);
        CHECK(r.valid);
        CHECK(r.value == c.value);
        CHECK(r.gtin() == c.value);
        CHECK(r.carrier == Carrier::None);
        CHECK(r.problem.isEmpty());
    }
    SECTION("a UPC that also passes FedEx's check stays a GTIN, FedEx listed") {
        const ScanResult r = classify(s(u"123456789012"));
        CHECK(r.kind == ScanKind::Gtin);
        CHECK(r.value == u"00123456789012");
        CHECK(formats(r) == QStringList{s(u"fedex_12")});
        CHECK(r.candidates[0].checkDigitValid);
    }
    SECTION("wrong check digit") {
        ScanResult r = classify(s(u"4006381333932"));
        CHECK(r.kind == ScanKind::Gtin);
        CHECK_FALSE(r.valid);
        CHECK_FALSE(r.problem.isEmpty());
        r = classify(s(u"09506000134353"));
        CHECK(r.kind == ScanKind::Gtin);
        CHECK_FALSE(r.valid);
        // 12 digits fit FedEx too: ranked as tracking, neither check passes.
        r = classify(s(u"036000291453"));
        CHECK(r.kind == ScanKind::Tracking);
        CHECK(r.carrier == Carrier::Fedex);
        CHECK_FALSE(r.valid);
        CHECK_FALSE(r.problem.isEmpty());
    }
}

TEST_CASE("classify: GS1", "[scan][classify]") {
    SECTION("GS1-128 with AIM prefix, lowercase kept in values") {
        const ScanResult r =
            classify(s(u"]C10109506000134352") + s(u"10abc") + GS + s(u"21xyz") + GS + s(u"17251231"));
        CHECK(r.kind == ScanKind::Gs1);
        CHECK(r.valid);
        CHECK(r.symbology == u"]C1");
        CHECK(r.carrier == Carrier::None);
        CHECK(r.gtin() == u"09506000134352");
        CHECK(r.serial() == u"xyz");
        CHECK(r.field(u"10") == u"abc");
        CHECK(r.field(u"17") == u"251231");
        CHECK(r.field(u"99").isNull());
        CHECK(r.value == u"(01)09506000134352(10)abc(21)xyz(17)251231");
    }
    SECTION("every way a GS1 string arrives") {
        const QStringList forms = {
            s(u"]d20109506000134352") + s(u"21ABC"),   s(u"]Q30109506000134352") + s(u"21ABC"),
            s(u"]e00109506000134352") + s(u"21ABC"),   s(u"]J10109506000134352") + s(u"21ABC"),
            s(u"(01)09506000134352(21)ABC"),
            s(u"0109506000134352") + s(u"21ABC"), // 01 + GTIN then more AIs, no separators
            GS + s(u"0109506000134352") + s(u"21ABC"), s(u"0109506000134352") + s(u"21ABC<GS>"),
        };
        for (const QString& form : forms) {
            const ScanResult r = classify(form);
            CHECK(r.kind == ScanKind::Gs1);
            CHECK(r.valid);
            CHECK(r.fields == QList<Gs1Field>{{s(u"01"), s(u"09506000134352")}, {s(u"21"), s(u"ABC")}});
        }
        ScanResult r = classify(s(u"0109506000134352") + s(u"10LOT1|21SER1"), u'|');
        CHECK(r.kind == ScanKind::Gs1);
        CHECK(r.field(u"10") == u"LOT1");
        CHECK(r.serial() == u"SER1");
        r = classify(s(u"0109506000134352") + s(u"10LOT1^]21SER1"));
        CHECK(r.serial() == u"SER1");
        r = classify(s(u"0109506000134352") + s(u"21123")); // digits only
        CHECK(r.kind == ScanKind::Gs1);
        CHECK(r.serial() == u"123");
        r = classify(s(u"0109506000134352")); // AI 01 alone
        CHECK(r.kind == ScanKind::Gs1);
        CHECK(r.gtin() == u"09506000134352");
    }
    SECTION("SSCC") {
        ScanResult r = classify(s(u"106141411234567897"));
        CHECK(r.kind == ScanKind::Gs1);
        CHECK(r.valid);
        CHECK(r.field(u"00") == u"106141411234567897");
        r = classify(s(u"106141411234567898"));
        CHECK(r.kind == ScanKind::Gs1);
        CHECK_FALSE(r.valid);
        CHECK_FALSE(r.problem.isEmpty());
        r = classify(s(u"00106141411234567897"));
        CHECK(r.kind == ScanKind::Gs1);
        CHECK(r.valid);
        CHECK(r.field(u"00") == u"106141411234567897");
        CHECK(formats(r).contains(u"fedex_sscc_20"));
        r = classify(s(u"]C100106141411234567897"));
        CHECK(r.kind == ScanKind::Gs1);
        CHECK(r.field(u"00") == u"106141411234567897");
    }
    SECTION("problems keep the fields") {
        ScanResult r = classify(s(u"]d20109506000134353") + s(u"21ABC"));
        CHECK(r.kind == ScanKind::Gs1);
        CHECK_FALSE(r.valid);
        CHECK_FALSE(r.problem.isEmpty());
        CHECK(r.serial() == u"ABC");
        r = classify(s(u"(01)09506000134352(17)251301"));
        CHECK(r.kind == ScanKind::Gs1);
        CHECK_FALSE(r.valid);
        CHECK(r.fields.size() == 2);
        r = classify(s(u"]C1hello"));
        CHECK(r.kind == ScanKind::Gs1);
        CHECK_FALSE(r.valid);
        CHECK(r.fields.isEmpty());
        r = classify(s(u"0109506000134352") + s(u"10") + QString(25, u'A'));
        CHECK(r.kind == ScanKind::Gs1);
        CHECK_FALSE(r.valid);
    }
}

TEST_CASE("classify: LPN", "[scan][classify]") {
    CHECK(makeLpn(u"AMS-D03", 412) == u"AMS-D03-0000412-0");
    CHECK(makeLpn(u"ams-d03", 412) == u"AMS-D03-0000412-0");
    CHECK(makeLpn(u"AMS", 1) == u"AMS-0000001-A");
    CHECK(makeLpn(u"BER1", 0) == u"BER1-0000000-B");
    CHECK(makeLpn(u"LHRDOCK7", 9999) == u"LHRDOCK7-0009999-J");
    CHECK(makeLpn(u"AMS-D03", 9999999).size() == 17);
    for (const char16_t* bad : {u"", u"A", u"1AB", u"ABCDEFGHI", u"AMS-D03-X", u"AMS-", u"AMS-123456789",
                                u"AM S", u"AMS_1", u"\u00C4MS"})
        CHECK(makeLpn(bad, 1).isNull());
    CHECK(makeLpn(u"AMS", -1).isNull());
    CHECK(makeLpn(u"AMS", 10000000).isNull());

    ScanResult r = classify(s(u"AMS-D03-0000412-0"));
    CHECK(r.kind == ScanKind::Lpn);
    CHECK(r.valid);
    CHECK(r.value == u"AMS-D03-0000412-0");
    CHECK(r.problem.isEmpty());
    r = classify(s(u" ams-d03-0000412-0 "));
    CHECK(r.kind == ScanKind::Lpn);
    CHECK(r.value == u"AMS-D03-0000412-0");
    r = classify(s(u"AMS-D03-0000412-1"));
    CHECK(r.kind == ScanKind::Lpn);
    CHECK_FALSE(r.valid);
    CHECK_FALSE(r.problem.isEmpty());
    r = classify(s(u"AMS-D03-0000413-0"));
    CHECK(r.kind == ScanKind::Lpn);
    CHECK_FALSE(r.valid);
    CHECK(classify(s(u"]C0AMS-D03-0000412-0")).kind == ScanKind::Lpn);
    // Not LPNs: no check char, 6-digit sequence, bad station.
    CHECK(classify(s(u"AMS-D03-0000412")).kind == ScanKind::Unknown);
    CHECK(classify(s(u"AMS-D03-000412-0")).kind == ScanKind::Unknown);
    CHECK(classify(s(u"1MS-D03-0000412-0")).kind == ScanKind::Unknown);
    CHECK(classify(s(u"AMS-D03-X-0000412-0")).kind == ScanKind::Unknown);

    // Round trip over many stations and sequences.
    for (const char16_t* station : {u"AMS-D03", u"AB", u"ZZZZZZZZ-99999999", u"X1-A", u"DOCK7"}) {
        for (qint64 seq : {0LL, 1LL, 412LL, 123456LL, 9999999LL}) {
            const QString lpn = makeLpn(station, seq);
            REQUIRE_FALSE(lpn.isNull());
            const ScanResult back = classify(lpn);
            CHECK(back.kind == ScanKind::Lpn);
            CHECK(back.valid);
            CHECK(back.value == lpn);
        }
    }
}

TEST_CASE("classify: RMA, badge, tote", "[scan][classify]") {
    ScanResult r = classify(s(u"RMA-2026-000123"));
    CHECK(r.kind == ScanKind::Rma);
    CHECK(r.valid);
    CHECK(r.value == u"RMA-2026-000123");
    r = classify(s(u"RMA-2026-000123-R"));
    CHECK(r.kind == ScanKind::Rma);
    CHECK(r.valid);
    CHECK(r.value == u"RMA-2026-000123");
    r = classify(s(u"rma-2026-0001234567-t"));
    CHECK(r.kind == ScanKind::Rma);
    CHECK(r.valid);
    CHECK(r.value == u"RMA-2026-0001234567");
    r = classify(s(u"RMA-2026-000123-S"));
    CHECK(r.kind == ScanKind::Rma);
    CHECK_FALSE(r.valid);
    CHECK(r.value == u"RMA-2026-000123");
    CHECK_FALSE(r.problem.isEmpty());
    // A 7-digit RMA with check char would also fit the LPN grammar: RMA wins.
    r = classify(s(u"RMA-2026-0001234-") + mod37_36(u"RMA20260001234"));
    CHECK(r.kind == ScanKind::Rma);
    CHECK(r.valid);
    for (const char16_t* bad : {u"RMA-2026-12345", u"RMA-2026-00012345678", u"RMA-26-000123",
                                u"RMA-2026-000123-", u"RMA-2026-000123-RR", u"RMA2026000123"})
        CHECK(classify(s(bad)).kind == ScanKind::Unknown);

    r = classify(s(u"U-1234"));
    CHECK(r.kind == ScanKind::Badge);
    CHECK(r.valid);
    CHECK(r.value == u"U-1234");
    r = classify(s(u"u-00012345"));
    CHECK(r.kind == ScanKind::Badge);
    CHECK(r.value == u"U-00012345");
    CHECK(classify(s(u"U-123")).kind == ScanKind::Unknown);
    CHECK(classify(s(u"U-123456789")).kind == ScanKind::Unknown);
    CHECK(classify(s(u"U-12A4")).kind == ScanKind::Unknown);

    r = classify(s(u"TOTE-0042"));
    CHECK(r.kind == ScanKind::Tote);
    CHECK(r.valid);
    CHECK(r.value == u"TOTE-0042");
    CHECK(classify(s(u"tote-12345678")).value == u"TOTE-12345678");
    CHECK(classify(s(u"TOTE-42")).kind == ScanKind::Unknown);
    CHECK(classify(s(u"TOTE-123456789")).kind == ScanKind::Unknown);
}

TEST_CASE("classify: garbage never crashes", "[scan][classify]") {
    QStringList inputs = {QString(),
                          s(u"   "),
                          s(u"\r\n"),
                          s(u"hello world"),
                          s(u"\u041F\u0440\u0438\u0432\u0435\u0442 \u043C\u0438\u0440"),
                          s(u"\u4F60\u597D\u4E16\u754C"),
                          s(u"\U0001F4E6\U0001F4E6"),
                          s(u"\x01\x02\x03\x7F"),
                          s(u"]"),
                          s(u"]C1"),
                          s(u"]C1   "),
                          s(u"1Z"),
                          s(u"("),
                          s(u"(((("),
                          s(u"()"),
                          s(u"(0"),
                          s(u"01"),
                          s(u"420"),
                          s(u"42012345"),
                          GS,
                          GS + GS + GS,
                          s(u"<GS><GS>"),
                          s(u"^]^]"),
                          s(u"-"),
                          s(u"--------"),
                          s(u"U-"),
                          s(u"RMA-"),
                          s(u"TOTE-"),
                          s(u"A-0000000-0"),
                          s(u"12345"),
                          QString(10000, u'9'),
                          QString(5000, u'A'),
                          QString(4096, u' ') + s(u"1Z999AA10123456784")};
    QString garbage;
    for (int i = 0; i < 10240; ++i)
        garbage.append(QChar(char16_t(QRandomGenerator::global()->bounded(1, 0xD7FF))));
    inputs << garbage << garbage.left(30) << garbage.left(3000);
    for (int len = 1; len < 60; ++len) {
        QString ascii;
        for (int i = 0; i < len; ++i)
            ascii.append(QChar(char16_t(QRandomGenerator::global()->bounded(0, 128))));
        inputs << ascii;
        QString digits;
        for (int i = 0; i < len; ++i)
            digits.append(QChar(char16_t(u'0' + QRandomGenerator::global()->bounded(0, 10))));
        inputs << digits << (s(u"]C1") + digits) << (s(u"(01)") + digits);
    }
    for (const QString& raw : inputs) {
        const ScanResult r = classifyScan(raw);
        const QJsonObject json = toJson(r);
        CHECK(json.contains(u"kind"));
        if (!r.valid) {
            INFO(raw.toStdString());
            CHECK_FALSE(r.problem.isEmpty());
        }
        if (r.kind == ScanKind::Tracking) {
            CHECK(r.carrier != Carrier::None);
        } else {
            CHECK(r.carrier == Carrier::None);
        }
    }
    CHECK(classifyScan(QString()).kind == ScanKind::Unknown);
    CHECK(classifyScan(s(u"hello world")).kind == ScanKind::Unknown);
    CHECK(classifyScan(garbage).kind == ScanKind::Unknown);
    CHECK(classifyScan(s(u"]C1")).kind == ScanKind::Unknown);
    CHECK(classifyScan(s(u"\u4F60\u597D")).kind == ScanKind::Unknown);
    CHECK(classifyScan(QString(5000, u'A')).kind == ScanKind::Unknown);
    CHECK(classifyScan(s(u"abc") + GS + s(u"def")).kind == ScanKind::Unknown);
}

TEST_CASE("classify: JSON shape", "[scan][classify]") {
    QJsonObject json = toJson(classifyScan(u"1Z999AA10123456784"));
    CHECK(json == QJsonDocument::fromJson(R"({"kind": "tracking", "carrier": "ups", "valid": true,
        "value": "1Z999AA10123456784", "fields": {},
        "candidates": [{"carrier": "ups", "format": "ups_1z", "check_digit_valid": true}]})")
                      .object());

    json = toJson(classifyScan(QString(s(u"]C10109506000134352") + s(u"21ABC"))));
    CHECK(json == QJsonDocument::fromJson(R"({"kind": "gs1", "carrier": null, "valid": true,
        "value": "(01)09506000134352(21)ABC", "fields": {"01": "09506000134352", "21": "ABC"},
        "candidates": []})")
                      .object());

    json = toJson(classifyScan(u"RMA-2026-000123-S"));
    CHECK(json.value(u"kind").toString() == u"rma");
    CHECK(json.value(u"carrier").isNull());
    CHECK(json.value(u"valid") == false);
    CHECK(json.value(u"value").toString() == u"RMA-2026-000123");
    CHECK(json.value(u"problem").isString());

    json = toJson(classifyScan(u"61299998820821171811"));
    const QJsonArray candidates = json.value(u"candidates").toArray();
    REQUIRE(candidates.size() == 3);
    CHECK(candidates[0].toObject().value(u"carrier").toString() == u"fedex");
    CHECK(candidates[1].toObject().value(u"carrier").toString() == u"usps");
    CHECK(candidates[1].toObject().value(u"check_digit_valid") == false);
    CHECK_FALSE(json.contains(u"problem"));

    json = toJson(classifyScan(u"???"));
    CHECK(json.value(u"kind").toString() == u"unknown");
    CHECK(json.value(u"value").toString() == u"");
    CHECK(json.value(u"problem").isString());
}

TEST_CASE("classify: names", "[scan][classify]") {
    CHECK(kindName(ScanKind::Tracking) == u"tracking");
    CHECK(kindName(ScanKind::Rma) == u"rma");
    CHECK(kindName(ScanKind::Lpn) == u"lpn");
    CHECK(kindName(ScanKind::Gs1) == u"gs1");
    CHECK(kindName(ScanKind::Gtin) == u"gtin");
    CHECK(kindName(ScanKind::Badge) == u"badge");
    CHECK(kindName(ScanKind::Tote) == u"tote");
    CHECK(kindName(ScanKind::Unknown) == u"unknown");
    CHECK(carrierName(Carrier::Ups) == u"ups");
    CHECK(carrierName(Carrier::Fedex) == u"fedex");
    CHECK(carrierName(Carrier::Usps) == u"usps");
    CHECK(carrierName(Carrier::Dhl) == u"dhl");
    CHECK(carrierName(Carrier::Amazon) == u"amazon");
    CHECK(carrierName(Carrier::Ontrac) == u"ontrac");
    CHECK(carrierName(Carrier::S10) == u"s10");
    CHECK(carrierName(Carrier::None).isNull());
}
