#include "services/Lookup.h"

#include "services/Receiving.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace dockside;

TEST_CASE("A scanned code finds its parcel, RMA or item", "[receiving]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    auto item = receiving.receiveItem(parcel->id, QStringLiteral("(01)04548736132610(21)S01-4471123"));
    REQUIRE(item.ok());

    auto byTracking = lookupScan(*f.station, QStringLiteral("1Z999AA10123456784"));
    CHECK(byTracking->parcelId == parcel->id);
    CHECK(byTracking->rma == QLatin1String("RMA-2026-000123"));
    auto byRma = lookupScan(*f.station, QStringLiteral("RMA-2026-000126"));
    CHECK(byRma->rma == QLatin1String("RMA-2026-000126"));
    CHECK(byRma->parcelId == 0);
    CHECK(lookupScan(*f.station, item->lpn)->lpn == item->lpn);
    CHECK(lookupScan(*f.station, QStringLiteral("S01-4471123"))->lpn == item->lpn);
    CHECK(lookupScan(*f.station, QStringLiteral("(01)04548736132610(21)S01-4471123"))->lpn == item->lpn);
    auto expected = lookupScan(*f.station, QStringLiteral("LPT-0001")); // expected, not yet received
    CHECK(expected->rma == QLatin1String("RMA-2026-000126"));
    CHECK(expected->lpn.isEmpty());
    CHECK_FALSE(lookupScan(*f.station, QStringLiteral("NOTHING-HERE"))->found());
}
