#include "MainWindow.h"
#include "TotesModel.h"
#include "TotesPage.h"

#include "services/Receiving.h"

#include "TestSupport.h"
#include "UiSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>

using namespace dockside;

TEST_CASE("The totes page shows the station, its queue and open totes", "[ui]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("RMA-2026-000126"));
    Inspection in;
    in.grade = Grade::A;
    REQUIRE(receiving.receiveItem(parcel->id, QStringLiteral("LPT-0001"), in).ok());

    MainWindow window(*f.station);
    window.show();
    CHECK(window.page() == MainWindow::Page::Login);
    CHECK(window.windowTitle().contains(QLatin1String("TST-D01")));
    QAbstractItemModelTester tester(window.totesPage()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.totesPage()->refresh();
    const QString summary = window.totesPage()->findChild<QLabel*>(QStringLiteral("totesSummary"))->text();
    CHECK(summary.contains(QLatin1String("TST-D01")));
    CHECK(summary.contains(QLatin1String("1 item")));
    CHECK(summary.contains(QLatin1String("waiting for a supervisor")));
    auto* totes = window.totesPage()->findChild<QTableView*>(QStringLiteral("totesTable"));
    REQUIRE(totes);
    CHECK(totes->model()->rowCount() == 1);
    CHECK(totes->model()->index(0, TotesModel::Disposition).data().toString() ==
          QLatin1String("Supervisor review"));
    test::saveScreenshot(&window, QStringLiteral("screenshot-main-window.png"));
}
