#include "AnalyticsPage.h"
#include "Dialogs.h"
#include "LoginPage.h"
#include "MainWindow.h"

#include "services/DemoData.h"

#include "TestSupport.h"
#include "UiSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QTest>

using namespace dockside;

namespace {

constexpr Millis kEnd = 1795000000000; // the demo's "now"

struct DemoDock {
    DemoDock() {
        auto created = Station::init(folder.dbPath(), QStringLiteral("DEM-D01"), QStringLiteral("Demo dock"));
        REQUIRE(created.ok());
        station = std::move(*created);
        REQUIRE(station->setSetting(setting::PinIterations, QStringLiteral("1000")).ok());
        DemoOptions options;
        options.items = 400;
        options.seed = 7;
        options.end = kEnd;
        REQUIRE(loadDemoData(*station, options).ok());
        station->setClock(kEnd);
    }
    test::TempFolder folder;
    std::unique_ptr<Station> station;
};

void click(QWidget* root, const QString& name) {
    auto* button = root->findChild<QAbstractButton*>(name);
    REQUIRE(button);
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

double barTotal(QChartView* view) {
    double total = 0;
    for (QAbstractSeries* series : view->chart()->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                total += set->sum();
    return total;
}

} // namespace

TEST_CASE("Supervisors drive the analytics dashboard, and workers cannot open it", "[ui][analytics]") {
    DemoDock dock;
    MainWindow window(*dock.station);
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // A dock worker sees no Analytics button and F10 is refused.
    emit window.loginPage()->loginRequested(QStringLiteral("U-0003"), kDemoPin);
    REQUIRE(window.user().has_value());
    auto* analyticsButton = window.findChild<QAbstractButton*>(QStringLiteral("analyticsButton"));
    REQUIRE(analyticsButton);
    CHECK_FALSE(analyticsButton->isVisible());
    window.showAnalytics();
    CHECK(window.page() != MainWindow::Page::Analytics);

    // The supervisor opens it: 7 days by default, then 90 days and chosen dates.
    window.lock();
    emit window.loginPage()->loginRequested(QStringLiteral("U-0002"), kDemoPin);
    REQUIRE(window.user()->role == Role::Supervisor);
    CHECK(analyticsButton->isVisible());
    QTest::mouseClick(analyticsButton, Qt::LeftButton);
    REQUIRE(window.page() == MainWindow::Page::Analytics);
    AnalyticsPage* page = window.analyticsPage();
    CHECK(page->period() == AnalyticsPage::Period::Days7);
    REQUIRE(page->report().has_value());
    const int week = page->report()->figures.value(QStringLiteral("received")).toInt();
    CHECK(week > 0);

    click(page, QStringLiteral("period3")); // 90 days
    CHECK(page->period() == AnalyticsPage::Period::Days90);
    const int quarter = page->report()->figures.value(QStringLiteral("received")).toInt();
    CHECK(quarter > week);
    page->setCustomRange(QDateTime::fromMSecsSinceEpoch(kEnd - 100 * kMillisPerDay).date(),
                         QDateTime::fromMSecsSinceEpoch(kEnd).date());
    CHECK(page->report()->figures.value(QStringLiteral("received")).toInt() == 400);
    CHECK(page->findChild<QWidget*>(QStringLiteral("fromDate"))->isVisible());

    // Every chart is drawn, and the bars add up to the report's figures.
    for (const ReportChart& chart : page->report()->charts())
        CHECK(page->chartView(chart.id));
    const QJsonObject& figures = page->report()->figures;
    CHECK(barTotal(page->chartView(QStringLiteral("grade_mix"))) ==
          figures.value(QStringLiteral("decided")).toInt());
    CHECK(barTotal(page->chartView(QStringLiteral("disposition_mix"))) ==
          figures.value(QStringLiteral("decided")).toInt());
    CHECK(page->findChild<QLabel*>(QStringLiteral("analyticsKpis"))
              ->text()
              .contains(QLatin1String("Recovery")));
    // The received-per-day area's boundary line belongs to the area (QAreaSeries does not own it;
    // every refresh leaked one until LeakSanitizer found it).
    bool sawArea = false;
    for (QAbstractSeries* series : page->chartView(QStringLiteral("received_per_day"))->chart()->series())
        if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            sawArea = true;
            CHECK(area->upperSeries()->parent() == area);
        }
    CHECK(sawArea);

    QApplication::processEvents();
    REQUIRE(test::saveScreenshot(&window, QStringLiteral("screenshot-analytics.png")));
    auto* charts = page->findChild<QWidget*>(QStringLiteral("analyticsCharts"));
    REQUIRE(test::saveScreenshot(&*charts, QStringLiteral("screenshot-analytics-charts.png")));

    // Export one chart's data: the file dialog's answer is queued; a cancelled dialog writes nothing.
    const QString csvPath = dock.folder.path(QStringLiteral("grades.csv"));
    Dialogs::queueAnswer(csvPath);
    click(page, QStringLiteral("exportCsv_grade_mix"));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    CHECK(content.startsWith("category,Items (items)\r\nA,"));
    CHECK(window.message().contains(csvPath));
    const QString cancelled = dock.folder.path(QStringLiteral("cancelled.csv"));
    Dialogs::queueAnswer(QVariant());
    click(page, QStringLiteral("exportCsv_sustainability_kg"));
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(Dialogs::queuedAnswers() == 0);

    // The whole report as PDF.
    const QString pdfPath = dock.folder.path(QStringLiteral("report.pdf"));
    Dialogs::queueAnswer(pdfPath);
    click(page, QStringLiteral("savePdfButton"));
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    // A folder that cannot be written gets a clear message.
    Dialogs::queueAnswer(dock.folder.path(QStringLiteral("no/such/folder/report.pdf")));
    click(page, QStringLiteral("savePdfButton"));
    CHECK(window.message().contains(QLatin1String("Cannot write")));

    click(page, QStringLiteral("analyticsBackButton"));
    CHECK(window.page() == MainWindow::Page::Parcel);
}
