#include "store/EventCodec.h"

#include "services/EventLog.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>

using namespace dockside;

TEST_CASE("Event data round-trips through the compact storage form", "[store]") {
    const QJsonObject data{
        {QStringLiteral("grade"), QStringLiteral("B")},
        {QStringLiteral("checklist"),
         QJsonObject{{QStringLiteral("powers_on"), true}, {QStringLiteral("unused"), false}}},
        {QStringLiteral("photos"), QJsonArray{QStringLiteral("ab12"), QStringLiteral("cd34")}},
        {QStringLiteral("estimated_recovery"),
         QJsonObject{{QStringLiteral("amount"), QStringLiteral("726.74")},
                     {QStringLiteral("currency"), QStringLiteral("EUR")}}},
        {QStringLiteral("rma_line"), 3},
        {QStringLiteral("weight_g"), QJsonValue()},
        {QStringLiteral("ratio"), 0.25},
        {QStringLiteral("a_key_not_in_the_dictionary"), QStringLiteral("kept")},
    };
    const QByteArray stored = eventcodec::encode(data);
    CHECK(eventcodec::decode(stored) == data);
    CHECK(stored.size() < QJsonDocument(data).toJson(QJsonDocument::Compact).size() * 3 / 4);
    CHECK(eventcodec::isDecodable(stored));
    CHECK_FALSE(eventcodec::isDecodable(QByteArray("not cbor at all")));
    CHECK(eventcodec::decode(QByteArray("\xff\x00", 2)).isEmpty());
}

TEST_CASE("Recurring values are stored as two bytes and read back as their text", "[store]") {
    const QJsonObject coded{{QStringLiteral("disposition"), QStringLiteral("return_to_vendor")},
                            {QStringLiteral("suggested"), QStringLiteral("open_box")},
                            {QStringLiteral("observed_reason"), QStringLiteral("damaged_in_transit")}};
    const QJsonObject plain{{QStringLiteral("disposition"), QStringLiteral("return-to-vendor")},
                            {QStringLiteral("suggested"), QStringLiteral("open-box")},
                            {QStringLiteral("observed_reason"), QStringLiteral("damaged-in-transit")}};
    const QByteArray stored = eventcodec::encode(coded);
    CHECK(eventcodec::decode(stored) == coded);
    CHECK(eventcodec::decode(eventcodec::encode(plain)) == plain); // near misses stay text
    CHECK(stored.size() + 38 <= eventcodec::encode(plain).size());
    // A value code from a newer Dockside reads as null rather than as a wrong word.
    const QByteArray future =
        QCborMap{{QStringLiteral("disposition"), QCborValue(QCborTag(6), 9999)}}.toCborValue().toCbor();
    CHECK(eventcodec::decode(future).value(QStringLiteral("disposition")).isNull());
}

TEST_CASE("Every event type has its code, and the table in the database agrees", "[store]") {
    test::StationFixture f;
    Statement s = f.station->db().prepare("SELECT code, name FROM event_types ORDER BY code");
    int rows = 0;
    while (s.step()) {
        ++rows;
        CHECK(eventcodec::typeName(s.integer(0)) == s.text(1));
        CHECK(eventcodec::typeCode(s.text(1)) == s.integer(0));
    }
    CHECK(rows >= 14);
    for (const QString& type :
         {event::ParcelReceived, event::ItemReceived, event::ItemGraded, event::ItemDispositionSet,
          event::ItemRefundDecided, event::ItemReviewRequested, event::ItemApproved, event::ItemRejected,
          event::ItemMovedToTote, event::ToteClosed, event::ExceptionRaised, event::ExceptionResolved,
          event::UserAdded, event::UserLockedOut})
        CHECK(eventcodec::typeCode(type) > 0);
    CHECK(eventcodec::typeCode(QStringLiteral("no.such_type")) == -1);
    CHECK(eventcodec::typeName(9999).isNull());
}

TEST_CASE("Long recurring texts are stored once and read back in place", "[store]") {
    test::StationFixture f;
    Database& db = f.station->db();
    EventLog log(db);
    const QString reason = QStringLiteral("Full refund: the item was sent in error, as the customer said.");
    const QJsonObject data{{QStringLiteral("decision"), QStringLiteral("full")},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("comment"), reason}, // free text keeps its place
                           {QStringLiteral("details"), QStringLiteral("short")}};
    QList<qint64> seqs;
    {
        Transaction tx(db);
        for (int i = 0; i < 3; ++i)
            seqs.append(log.append(event::ItemRefundDecided, QStringLiteral("item"),
                                   QStringLiteral("TST-D01-000000%1-X").arg(i), QStringLiteral("U-1001"),
                                   data, test::StationFixture::kNow));
        tx.commit();
    }
    CHECK(db.scalar("SELECT count(*) FROM event_texts") == 1);
    Statement s =
        db.prepare(std::string("SELECT ") + EventLog::kSelectColumns + " FROM events WHERE seq = ?");
    s.bind(1, seqs.last());
    REQUIRE(s.step());
    CHECK(log.read(s).data == data);
    CHECK(eventcodec::encode(data).size() - log.encodeData(data).size() >= reason.size() - 8);

    // A text added in a transaction that rolls back goes with it, and its id can be reused.
    {
        Transaction tx(db);
        log.append(
            event::ItemRefundDecided, QStringLiteral("item"), QStringLiteral("TST-D01-0000009-X"),
            QStringLiteral("U-1001"),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("A reason that is rolled back again.")}},
            test::StationFixture::kNow);
    }
    CHECK(db.scalar("SELECT count(*) FROM event_texts") == 1);
    // The same inside one transaction, where the texts' ids are remembered: a savepoint's rollback
    // takes its text away, so the next event stores it again instead of naming a missing row.
    {
        const QJsonObject undone{
            {QStringLiteral("reason"), QStringLiteral("Added, undone, then added again.")}};
        const auto append = [&](const char* lpn) {
            return log.append(event::ItemRefundDecided, QStringLiteral("item"), QString::fromLatin1(lpn),
                              QStringLiteral("U-1001"), undone, test::StationFixture::kNow);
        };
        Transaction tx(db);
        {
            Transaction inner(db);
            append("TST-D01-0000010-X");
        }
        // Takes the id the undone text had.
        log.append(
            event::ItemRefundDecided, QStringLiteral("item"), QStringLiteral("TST-D01-0000012-X"),
            QStringLiteral("U-1001"),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("Another long reason, stored first.")}},
            test::StationFixture::kNow);
        const qint64 seq = append("TST-D01-0000011-X");
        tx.commit();
        Statement again =
            db.prepare(std::string("SELECT ") + EventLog::kSelectColumns + " FROM events WHERE seq = ?");
        again.bind(1, seq);
        REQUIRE(again.step());
        CHECK(log.read(again).data == undone);
        CHECK(db.scalar("SELECT count(*) FROM event_texts") == 3);
    }
    // Data referring to a text that is not there reads as null, never as some other text.
    const QByteArray dangling = eventcodec::encode(
        QJsonObject{{QStringLiteral("reason"), QStringLiteral("An orphaned long reason text here.")}},
        [](const QString&) { return qint64(424242); });
    CHECK(log.decodeData(dangling).value(QStringLiteral("reason")).isNull());
}

TEST_CASE("Event data is the CBOR that Qt's own encoder gives for the same map", "[store]") {
    // Keys and texts without codes, so the bytes are plain CBOR: every head length, both signs,
    // UTF-8 beyond ASCII, long texts, nesting, and a map of more than 23 entries.
    QJsonObject object;
    QCborMap expected;
    int n = 0;
    const auto add = [&](const QJsonValue& json, const QCborValue& cbor) {
        const QString key = QStringLiteral("zz%1").arg(n++, 2, 10, QLatin1Char('0'));
        object.insert(key, json);
        expected.insert(key, cbor);
    };
    for (qint64 i :
         {qint64(0), qint64(23), qint64(24), qint64(255), qint64(256), qint64(65535), qint64(65536),
          qint64(4294967295LL), qint64(4294967296LL), qint64(1) << 50, qint64(-1), qint64(-24), qint64(-25),
          qint64(-256), qint64(-257), qint64(-65537), -(qint64(1) << 50)})
        add(QJsonValue(i), QCborValue(i));
    add(12.5, 12.5);
    add(-0.1, -0.1);
    add(true, true);
    add(false, false);
    add(QJsonValue(), QCborValue(nullptr));
    add(QStringLiteral("Zürich ✓ 🚚"), QStringLiteral("Zürich ✓ 🚚"));
    add(QString(300, QLatin1Char('x')), QString(300, QLatin1Char('x')));
    add(QStringLiteral(""), QStringLiteral(""));
    add(QJsonArray{1, QStringLiteral("zz-text"), QJsonValue()},
        QCborArray{1, QStringLiteral("zz-text"), nullptr});
    add(QJsonObject{{QStringLiteral("zzb"), 2}, {QStringLiteral("zza"), QStringLiteral("zz-text")}},
        QCborMap{{QStringLiteral("zza"), QStringLiteral("zz-text")}, {QStringLiteral("zzb"), 2}});
    REQUIRE(n > 23);
    CHECK(eventcodec::encode(object) == QCborValue(expected).toCbor());
    CHECK(eventcodec::decode(eventcodec::encode(object)) == object);
}

TEST_CASE("Event data written in place stores the same bytes as the same JSON object", "[store]") {
    using eventcodec::Field;
    const auto intern = [](const QString& text) {
        return static_cast<qint64>(text.size());
    };
    const QString longReason = QStringLiteral("returned in like-new condition, full refund");
    // Keys out of order, a nested object, an array, a recurring value, a number, null, an internable text.
    const QByteArray inPlace = eventcodec::encode(
        {Field{QStringLiteral("sku"), QStringLiteral("HP-XM5-BLK")},
         Field{QStringLiteral("disposition"), QStringLiteral("restock")},
         Field{QStringLiteral("estimated_recovery"),
               QJsonObject{{QStringLiteral("amount"), 12.5},
                           {QStringLiteral("currency"), QStringLiteral("EUR")}}},
         Field{QStringLiteral("photos"), QJsonArray{QStringLiteral("ab"), QStringLiteral("cd")}},
         Field{QStringLiteral("rma_line"), 2}, Field{QStringLiteral("serial"), QJsonValue()},
         Field{QStringLiteral("reason"), longReason}, Field{QStringLiteral("not_a_known_key"), true}},
        intern);
    const QJsonObject object{
        {QStringLiteral("sku"), QStringLiteral("HP-XM5-BLK")},
        {QStringLiteral("disposition"), QStringLiteral("restock")},
        {QStringLiteral("estimated_recovery"),
         QJsonObject{{QStringLiteral("amount"), 12.5}, {QStringLiteral("currency"), QStringLiteral("EUR")}}},
        {QStringLiteral("photos"), QJsonArray{QStringLiteral("ab"), QStringLiteral("cd")}},
        {QStringLiteral("rma_line"), 2},
        {QStringLiteral("serial"), QJsonValue()},
        {QStringLiteral("reason"), longReason},
        {QStringLiteral("not_a_known_key"), true}};
    CHECK(inPlace == eventcodec::encode(object, intern));

    // An amount written in place stores what Money::toJson() would.
    for (const Money& amount :
         {Money{12999, QStringLiteral("EUR")}, Money{-5, QStringLiteral("USD")}, Money{0, QString()}}) {
        CAPTURE(amount.minor, amount.currency);
        CHECK(eventcodec::encode({Field{QStringLiteral("restocking_fee"), amount},
                                  Field{QStringLiteral("decision"), QStringLiteral("partial")}}) ==
              eventcodec::encode(QJsonObject{{QStringLiteral("restocking_fee"), amount.toJson()},
                                             {QStringLiteral("decision"), QStringLiteral("partial")}}));
    }

    // A repeated key keeps its last value, as QJsonObject does.
    CHECK(eventcodec::encode({Field{QStringLiteral("grade"), QStringLiteral("A")},
                              Field{QStringLiteral("grade"), QStringLiteral("C")}}) ==
          eventcodec::encode(QJsonObject{{QStringLiteral("grade"), QStringLiteral("C")}}));
    CHECK(eventcodec::decode(eventcodec::encode({})).isEmpty());
    // An undefined value leaves its key out, as QJsonObject::insert does (an optional field).
    CHECK(eventcodec::encode({Field{QStringLiteral("grade"), QStringLiteral("A")},
                              Field{QStringLiteral("wipe"), QJsonValue(QJsonValue::Undefined)}}) ==
          eventcodec::encode(QJsonObject{{QStringLiteral("grade"), QStringLiteral("A")}}));
    CHECK(eventcodec::encode({Field{QStringLiteral("wipe"), QStringLiteral("clear")},
                              Field{QStringLiteral("wipe"), QJsonValue(QJsonValue::Undefined)}}) ==
          eventcodec::encode(QJsonObject{}));

    // More fields than the in-place sort holds still encode (through a QJsonObject), texts and
    // amounts among them.
    QJsonObject many;
    for (int i = 0; i < 18; ++i)
        many.insert(QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')), i);
    const Money fee{250, QStringLiteral("EUR")};
    many.insert(QStringLiteral("k18"), QStringLiteral("eighteen"));
    many.insert(QStringLiteral("k19"), fee.toJson());
    const QByteArray manyInPlace =
        eventcodec::encode({Field{QStringLiteral("k00"), 0},
                            Field{QStringLiteral("k01"), 1},
                            Field{QStringLiteral("k02"), 2},
                            Field{QStringLiteral("k03"), 3},
                            Field{QStringLiteral("k04"), 4},
                            Field{QStringLiteral("k05"), 5},
                            Field{QStringLiteral("k06"), 6},
                            Field{QStringLiteral("k07"), 7},
                            Field{QStringLiteral("k08"), 8},
                            Field{QStringLiteral("k09"), 9},
                            Field{QStringLiteral("k10"), 10},
                            Field{QStringLiteral("k11"), 11},
                            Field{QStringLiteral("k12"), 12},
                            Field{QStringLiteral("k13"), 13},
                            Field{QStringLiteral("k14"), 14},
                            Field{QStringLiteral("k15"), 15},
                            Field{QStringLiteral("k16"), 16},
                            Field{QStringLiteral("k17"), 17},
                            Field{QStringLiteral("k18"), QStringLiteral("eighteen")},
                            Field{QStringLiteral("k19"), fee}});
    CHECK(manyInPlace == eventcodec::encode(many));
    CHECK(eventcodec::decode(manyInPlace) == many);
}
