// The supervisor's workspace driven offscreen: the queue model, an approval, bulk approval,
// a changed disposition, a rejection, a blind receipt linked to its RMA, the history and the
// admin page. Screenshots land in the working directory (screenshot-supervisor-*.png).
#include "AdminPage.h"
#include "Dialogs.h"
#include "HistoryPage.h"
#include "InspectionQueuePage.h"
#include "ItemDetailPane.h"
#include "MainWindow.h"
#include "QueueModel.h"
#include "RegradePage.h"
#include "Roles.h"
#include "SupervisorPage.h"
#include "TimelineModel.h"
#include "UsersModel.h"

#include "services/DemoData.h"
#include "services/History.h"
#include "services/Receiving.h"
#include "services/Regrade.h"
#include "services/Users.h"

#include "TestSupport.h"
#include "UiSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace dockside;

namespace {

void shot(QWidget* w, const QString& name) {
    QApplication::processEvents();
    REQUIRE(test::saveScreenshot(&*w, QStringLiteral("screenshot-supervisor-%1.png").arg(name)));
}

struct Workspace {
    test::StationFixture f;
    std::unique_ptr<MainWindow> window;
    QString laptop, blind, wrongItem, shirt1, shirt2;

    Workspace() {
        (void)f.station->setSetting(setting::RegradeSharePercent, QStringLiteral("0"));
        Receiving receiving(*f.station, f.worker);
        Inspection a;
        a.grade = Grade::A;
        auto p1 = receiving.openParcel(QStringLiteral("RMA-2026-000126"));
        laptop = receiving.receiveItem(p1->id, QStringLiteral("LPT-0001"), a)->lpn;
        auto p2 = receiving.openParcel(QStringLiteral("UNKNOWN-LABEL-7"));
        blind = receiving.receiveItem(p2->id, QStringLiteral("4006381333931"), a)->lpn;
        auto p3 = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
        Inspection overridden = a;
        overridden.disposition = Disposition::Quarantine; // always allowed; differs from the suggestion
        overridden.overrideReason = QStringLiteral("Smells of smoke");
        shirt1 = receiving.receiveItem(p3->id, QStringLiteral("4006381333931"), overridden)->lpn;
        shirt2 = receiving.receiveItem(p3->id, QStringLiteral("4006381333931"), overridden)->lpn;
        wrongItem = receiving.receiveItem(p3->id, QStringLiteral("00012345678905"), a)->lpn;
        window = std::make_unique<MainWindow>(*f.station);
        window->resize(1600, 1000);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        Dialogs::clearAnswers();
    }
    ~Workspace() { Dialogs::clearAnswers(); }
    void scan(const QString& code) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
        QTest::keyClicks(target, code);
        QTest::keyClick(target, Qt::Key_Return);
    }
    void login(const QString& badge) {
        scan(badge);
        REQUIRE(window->page() == MainWindow::Page::Login);
        for (const QChar digit : QString::fromLatin1(test::StationFixture::kPin))
            click(QStringLiteral("key_%1").arg(digit));
        click(QStringLiteral("key_ok"));
        REQUIRE(window->page() == MainWindow::Page::Parcel);
    }
    void click(const QString& name) {
        auto* button = window->findChild<QAbstractButton*>(name);
        REQUIRE(button);
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    InspectionQueuePage* queue() { return window->supervisorPage()->queuePage(); }
    int rowOf(const QString& lpn) {
        for (int row = 0; row < queue()->model()->rowCount(); ++row)
            if (queue()->model()->index(row, 0).data(roles::Code).toString() == lpn)
                return row;
        return -1;
    }
    QString eventUser(const QString& lpn, const QString& type) {
        const auto history = itemHistory(*f.station, lpn);
        REQUIRE(history.ok());
        for (const TimelineEvent& e : history->events)
            if (e.type == type)
                return e.user;
        return {};
    }
};

} // namespace

TEST_CASE("The queue model pages from SQL and passes the model tester", "[ui][supervisor]") {
    test::TempFolder folder;
    auto station = Station::init(folder.dbPath(), QStringLiteral("MOD-D01"), QStringLiteral("Model"));
    REQUIRE(station.ok());
    DemoOptions options;
    options.items = 3000;
    options.end = test::StationFixture::kNow;
    REQUIRE(loadDemoData(**station, options).ok());
    (*station)->setClock(test::StationFixture::kNow);
    QueueModel model(**station);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 open = (*station)->db().scalar("SELECT count(*) FROM queue WHERE status = 'open'");
    REQUIRE(open > QueueModel::kPageSize);
    CHECK(model.rowCount() == open);
    CHECK(model.fetchedPages() <= 1);
    // Reading the last row fetches only its page.
    const QModelIndex last = model.index(model.rowCount() - 1, QueueModel::Lpn);
    CHECK_FALSE(last.data().toString().isEmpty());
    CHECK(model.fetchedPages() <= 2);
    // Oldest first; the age column says how it stands against the SLA in words too.
    CHECK(model.index(0, 0).data(roles::QueuedAt).toLongLong() <= last.data(roles::QueuedAt).toLongLong());
    CHECK(model.index(0, 0).data(roles::SlaState).toInt() == 2); // the demo's oldest items are overdue
    CHECK(model.index(0, QueueModel::Age).data().toString().contains(QLatin1String("overdue")));
    // Sorting by value asks SQL for the whole queue's order.
    model.sort(QueueModel::Value, Qt::DescendingOrder);
    CHECK(model.filter().sort == QLatin1String("value"));
    CHECK(model.entry(0)->value.minor >= model.entry(model.rowCount() - 1)->value.minor);
    CHECK_FALSE(model.index(0, QueueModel::Cause).data().toString().contains(QLatin1Char('_')));
    CHECK(model.index(0, QueueModel::Status).data().toString() == QLatin1String("Open"));
    QueueFilter filter;
    filter.cause = cause::HighValue;
    model.setFilter(filter);
    CHECK(
        model.rowCount() ==
        (*station)->db().scalar("SELECT count(*) FROM queue WHERE status = 'open' AND cause = 'high_value'"));
    for (int row = 0; row < qMin(model.rowCount(), 250); ++row)
        CHECK(model.entry(row)->cause == cause::HighValue);
    CHECK(model.fetchedPages() <= QueueModel::kCachedPages);

    TimelineModel timeline;
    QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    timeline.setTimeline(*itemHistory(**station, model.entry(0)->lpn));
    CHECK(timeline.rowCount() >= 5);
    CHECK(timeline.index(0, TimelineModel::AtHq).data().toString() == QLatin1String("waiting"));
    // Event types and codes in words, not the wire names.
    CHECK(timeline.index(0, TimelineModel::Event).data().toString() == QLatin1String("Parcel received"));
    CHECK(timeline.index(1, TimelineModel::Event).data().toString() == QLatin1String("Item received"));
    for (int row = 0; row < timeline.rowCount(); ++row) {
        const QString event = timeline.index(row, TimelineModel::Event).data().toString();
        INFO(event.toStdString());
        CHECK_FALSE(event.contains(QLatin1Char('.')));
        CHECK_FALSE(event.contains(QLatin1Char('_')));
    }
    UsersModel users(**station);
    QAbstractItemModelTester usersTester(&users, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(users.rowCount() > 3);
    users.refresh();

    // A language switch (passed on by the owning page) re-announces every header and cell, and
    // the testers check what is announced; nothing is reset.
    for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*>{&model, &timeline, &users}) {
        QSignalSpy headers(m, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(m, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(m, &QAbstractItemModel::modelReset);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m, &change);
        CHECK(headers.count() == 1);
        CHECK(cells.count() == 1);
        CHECK(cells.first().at(1).toModelIndex() == m->index(m->rowCount() - 1, m->columnCount() - 1));
        CHECK(resets.count() == 0);
    }
}

TEST_CASE("A worker never sees the supervisor workspace", "[ui][supervisor]") {
    Workspace w;
    w.login(QStringLiteral("U-1001"));
    CHECK_FALSE(w.window->findChild<QPushButton*>(QStringLiteral("supervisorButton"))->isVisible());
    QTest::keyClick(w.window.get(), Qt::Key_F12);
    CHECK(w.window->page() == MainWindow::Page::Parcel);
    CHECK(w.window->message().contains(QLatin1String("supervisors")));
}

TEST_CASE("A supervisor clears the queue by approving in bulk and settling exceptions", "[ui][supervisor]") {
    Workspace w;
    w.login(QStringLiteral("U-1002"));
    w.click(QStringLiteral("supervisorButton"));
    REQUIRE(w.window->page() == MainWindow::Page::Supervisor);
    InspectionQueuePage* q = w.queue();
    CHECK(q->model()->rowCount() == 5);
    CHECK(w.window->supervisorPage()
              ->findChild<QPushButton*>(QStringLiteral("count_override"))
              ->text()
              .endsWith(QLatin1String("2")));
    // The admin tab is for admins only.
    CHECK_FALSE(w.window->supervisorPage()->adminPage()->isVisibleTo(w.window->supervisorPage()));

    q->selectRow(w.rowOf(w.laptop));
    REQUIRE(q->detailPane()->detail());
    CHECK(q->detailPane()->detail()->lpn == w.laptop);
    CHECK_FALSE(q->detailPane()->findChild<QLabel*>(QStringLiteral("detailExplanation"))->text().isEmpty());
    shot(w.window.get(), QStringLiteral("queue"));
    w.click(QStringLiteral("approveButton"));
    CHECK(q->model()->rowCount() == 4);
    CHECK(w.rowOf(w.laptop) == -1);
    CHECK(w.eventUser(w.laptop, event::ItemApproved) == QLatin1String("U-1002"));

    // Bulk: only where every selected item allows it (no exceptions in the selection).
    q->table()->clearSelection();
    q->table()->selectionModel()->select(q->model()->index(w.rowOf(w.blind), 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    q->table()->selectionModel()->select(q->model()->index(w.rowOf(w.shirt1), 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK_FALSE(w.window->findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
    q->table()->clearSelection();
    for (const QString& lpn : {w.shirt1, w.shirt2})
        q->table()->selectionModel()->select(q->model()->index(w.rowOf(lpn), 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK(q->selectedLpns().size() == 2);
    shot(w.window.get(), QStringLiteral("bulk-selection"));
    Dialogs::queueAnswer(true);
    w.click(QStringLiteral("approveButton"));
    CHECK(Dialogs::queuedAnswers() == 0);
    CHECK(q->model()->rowCount() == 2);
    CHECK(w.eventUser(w.shirt2, event::ItemApproved) == QLatin1String("U-1002"));

    // The wrong item: denied as an exception, with a reason.
    q->selectRow(w.rowOf(w.wrongItem));
    Dialogs::queueAnswer(1);
    Dialogs::queueAnswer(QStringLiteral("Customer sent a phone instead"));
    w.click(QStringLiteral("resolveButton"));
    CHECK(q->model()->rowCount() == 1);
    CHECK(itemDetail(*w.f.station, w.wrongItem)->refundDecision == QLatin1String("deny"));

    // The blind receipt: found by its tracking number and linked to the RMA.
    q->selectRow(w.rowOf(w.blind));
    Dialogs::queueAnswer(QStringLiteral("1Z999AA10123456784"));
    Dialogs::queueAnswer(0);
    w.click(QStringLiteral("resolveButton"));
    CHECK(q->model()->rowCount() == 0);
    CHECK(itemDetail(*w.f.station, w.blind)->rma == QLatin1String("RMA-2026-000123"));
    CHECK(q->message().contains(w.blind));

    // Everything decided shows under "All"; a scan finds an item whatever its state.
    w.scan(w.shirt1);
    REQUIRE(q->selectedLpns() == QStringList{w.shirt1});
    CHECK_FALSE(w.window->findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
    shot(w.window.get(), QStringLiteral("decided-item"));

    // History: a scan on the history tab shows the timeline.
    w.window->supervisorPage()->showTab(SupervisorPage::Tab::History);
    w.scan(w.blind);
    HistoryPage* history = w.window->supervisorPage()->historyPage();
    CHECK(history->model()->rowCount() >= 8);
    CHECK(history->message().contains(QLatin1String("not yet at head office")));
    shot(w.window.get(), QStringLiteral("history"));

    // F12 goes back to the dock.
    QTest::keyClick(w.window.get(), Qt::Key_F12);
    CHECK(w.window->page() == MainWindow::Page::Parcel);
}

TEST_CASE("A supervisor changes a disposition and rejects and asks for a re-grade", "[ui][supervisor]") {
    Workspace w;
    w.login(QStringLiteral("U-1002"));
    w.window->toggleSupervisor();
    InspectionQueuePage* q = w.queue();
    q->selectRow(w.rowOf(w.shirt1));
    // A re-grade by anyone but the first worker; the item stays in the queue.
    Dialogs::queueAnswer(0);
    Dialogs::queueAnswer(QString());
    w.click(QStringLiteral("regradeButton"));
    REQUIRE(q->detailPane()->detail()->regrade);
    CHECK(q->detailPane()->detail()->regrade->status == QLatin1String("open"));
    // Change the disposition, with a comment.
    const QList<Disposition> allowed = q->detailPane()->detail()->allowed;
    REQUIRE_FALSE(allowed.isEmpty());
    Dialogs::queueAnswer(0);
    Dialogs::queueAnswer(QStringLiteral("Sell it as new after all"));
    w.click(QStringLiteral("changeButton"));
    CHECK(itemDetail(*w.f.station, w.shirt1)->disposition == dispositionName(allowed.first()));
    // Cancelling a rejection changes nothing; giving a reason rejects.
    q->selectRow(w.rowOf(w.shirt2));
    Dialogs::queueAnswer(QVariant());
    w.click(QStringLiteral("rejectButton"));
    CHECK(w.rowOf(w.shirt2) >= 0);
    Dialogs::queueAnswer(QStringLiteral("Stained"));
    w.click(QStringLiteral("rejectButton"));
    CHECK(w.rowOf(w.shirt2) == -1);
    CHECK(w.eventUser(w.shirt2, event::ItemRejected) == QLatin1String("U-1002"));

    // Filters: grade, value and a preset that comes back.
    auto* search = q->findChild<QLineEdit*>(QStringLiteral("minValue"));
    search->setText(QStringLiteral("1000"));
    q->applyFilters();
    CHECK(q->model()->rowCount() == 1); // the laptop
    Dialogs::queueAnswer(QStringLiteral("Expensive"));
    q->savePreset();
    q->setFilter(QueueFilter{});
    CHECK(q->model()->rowCount() == 3);
    CHECK(InspectionQueue(*w.f.station).presets().value(QStringLiteral("Expensive")).minValue == 100000);
    search->setText(QStringLiteral("lots"));
    q->applyFilters();
    CHECK(q->message().contains(QLatin1String("not an amount")));
}

TEST_CASE("An admin manages users and settings with validation", "[ui][supervisor]") {
    Workspace w;
    w.login(QStringLiteral("U-1003"));
    w.window->toggleSupervisor();
    w.window->supervisorPage()->showTab(SupervisorPage::Tab::Admin);
    REQUIRE(w.window->supervisorPage()->currentTab() == SupervisorPage::Tab::Admin);
    AdminPage* admin = w.window->supervisorPage()->adminPage();
    admin->settingField(setting::SlaHours)->setText(QStringLiteral("a day"));
    w.click(QStringLiteral("saveSettings"));
    CHECK(admin->message().contains(QLatin1String("whole number")));
    CHECK(admin->settingField(setting::SlaHours)->text() == QLatin1String("a day")); // kept to correct
    admin->settingField(setting::SlaHours)->setText(QStringLiteral("2"));
    admin->settingField(setting::IdleLockMinutes)->setText(QStringLiteral("3"));
    w.click(QStringLiteral("saveSettings"));
    CHECK(w.f.station->intSetting(setting::SlaHours, 0) == 2);
    CHECK(w.window->idleLockInterval() == 3 * 60 * 1000);
    CHECK(w.queue()->model()->slaHours() == 2);

    // Disable the worker, then add a new one.
    admin->usersTable()->selectRow(0); // U-1001, the worker
    w.click(QStringLiteral("toggleUser"));
    CHECK_FALSE(Users(*w.f.station).findByBadge(QStringLiteral("U-1001"))->active);
    Dialogs::queueAnswer(QStringLiteral("u-2001"));
    Dialogs::queueAnswer(QStringLiteral("Nina New"));
    Dialogs::queueAnswer(0);
    Dialogs::queueAnswer(QStringLiteral("13579"));
    w.click(QStringLiteral("addUser"));
    CHECK(Users(*w.f.station).authenticate(QStringLiteral("U-2001"), QStringLiteral("13579")).ok());
    CHECK(admin->usersModel()->rowCount() == 4);
    shot(w.window.get(), QStringLiteral("admin"));
}

TEST_CASE("Another worker records a blind second grade from the dock", "[ui][supervisor][regrade]") {
    Workspace w;
    REQUIRE(Users(*w.f.station)
                .add(nullptr, QStringLiteral("U-1004"), QStringLiteral("Olga Other"), Role::Worker,
                     QString::fromLatin1(test::StationFixture::kPin))
                .ok());
    REQUIRE(Regrade(*w.f.station).request(w.f.supervisor, w.shirt1, QStringLiteral("Check the seams")).ok());
    // The first grader has nothing to do; the other worker sees a button, not an interruption.
    w.login(QStringLiteral("U-1001"));
    w.window->refresh();
    CHECK_FALSE(w.window->findChild<QPushButton*>(QStringLiteral("secondGradesButton"))->isVisible());
    w.login(QStringLiteral("U-1004"));
    w.window->refresh();
    auto* button = w.window->findChild<QPushButton*>(QStringLiteral("secondGradesButton"));
    REQUIRE(button->isVisible());
    CHECK(button->text().contains(QLatin1String("(1)")));
    w.click(QStringLiteral("secondGradesButton"));
    REQUIRE(w.window->page() == MainWindow::Page::Regrade);
    RegradePage* page = w.window->regradePage();
    CHECK(page->pendingCount() == 1);
    // The page never shows the first grade.
    CHECK_FALSE(page->findChild<QListWidget*>(QStringLiteral("regradeList"))
                    ->item(0)
                    ->text()
                    .contains(QLatin1String("Grade")));
    w.scan(w.shirt1);
    CHECK(page->message().contains(w.shirt1));
    w.click(QStringLiteral("recordRegrade"));
    CHECK(page->message().contains(QLatin1String("grade first")));
    w.click(QStringLiteral("regrade_C"));
    shot(w.window.get(), QStringLiteral("regrade"));
    w.click(QStringLiteral("recordRegrade"));
    CHECK(page->pendingCount() == 0);
    const auto info = Regrade(*w.f.station).latestFor(w.shirt1);
    REQUIRE(info);
    CHECK(info->grade == QLatin1String("C"));
    CHECK(info->gradedBy == QLatin1String("U-1004"));
    QTest::keyClick(w.window.get(), Qt::Key_F11);
    CHECK(w.window->page() == MainWindow::Page::Parcel);
}
