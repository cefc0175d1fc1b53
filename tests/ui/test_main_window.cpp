#include "MainWindow.h"

#include "services/Receiving.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTableWidget>

using namespace dockside;

TEST_CASE("The main window shows the station, its queue and open totes", "[ui]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("RMA-2026-000126"));
    Inspection in;
    in.grade = Grade::A;
    REQUIRE(receiving.receiveItem(parcel->id, QStringLiteral("LPT-0001"), in).ok());

    MainWindow window(*f.station);
    window.show();
    const auto labels = window.findChildren<QLabel*>();
    const bool showsStation = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
        return l->text().contains(QLatin1String("TST-D01"));
    });
    CHECK(showsStation);
    const bool showsQueue = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
        return l->text().startsWith(QLatin1String("1 item")) && l->text().contains(QLatin1String("waiting"));
    });
    CHECK(showsQueue);
    auto* totes = window.findChild<QTableWidget*>();
    REQUIRE(totes);
    CHECK(totes->rowCount() == 1);
    window.grab().save(QStringLiteral("screenshot-main-window.png"));
}
