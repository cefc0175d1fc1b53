#include "store/EventCodec.h"

#include "services/EventLog.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

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
