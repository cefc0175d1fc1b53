// Languages, accessibility, first run and the demo: the dock GUI as a multilingual crew and IT
// meet it.
#include "AdminPage.h"
#include "AnalyticsPage.h"
#include "DemoSession.h"
#include "Dialogs.h"
#include "FirstRunWizard.h"
#include "HistoryPage.h"
#include "InspectPage.h"
#include "InspectionQueuePage.h"
#include "ItemDetailPane.h"
#include "LabelOutput.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "ParcelPage.h"
#include "QueueModel.h"
#include "RegradePage.h"
#include "SupervisorPage.h"
#include "SyncPanel.h"
#include "TimelineModel.h"
#include "TotesPage.h"
#include "UsersModel.h"

#include "i18n/Language.h"
#include "services/EventLog.h"
#include "services/Receiving.h"
#include "services/Regrade.h"
#include "services/Users.h"

#include "TestSupport.h"
#include "UiSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QValueAxis>

using namespace dockside;

namespace {

struct EnglishAfterwards {
    ~EnglishAfterwards() { language::apply(QStringLiteral("en")); }
};

// Installing a translator posts QEvent::LanguageChange; widgets redraw when it is delivered.
void settle() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QApplication::processEvents();
}

QString tr(const char* context, const char* text, int n = -1) {
    return QCoreApplication::translate(context, text, nullptr, n);
}

// A chart title as read: long ones come as HTML in two lines.
QString plainText(const QString& title) {
    return QTextDocumentFragment::fromHtml(title)
        .toPlainText()
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QChar::LineSeparator, QLatin1Char(' '));
}

// Items for the supervisor's queue, received by the fixture's worker: a blind receipt, an item
// off its RMA and two overridden ones. Returns their LPNs.
QStringList queueSomeItems(test::StationFixture& f) {
    REQUIRE(f.station->setSetting(setting::RegradeSharePercent, QStringLiteral("0")).ok());
    Receiving receiving(*f.station, f.worker);
    Inspection a;
    a.grade = Grade::A;
    Inspection overridden = a;
    overridden.disposition = Disposition::Quarantine; // differs from the suggestion
    overridden.overrideReason = QStringLiteral("Smells of smoke");
    QStringList lpns;
    const auto blind = receiving.openParcel(QStringLiteral("UNKNOWN-LABEL-7"));
    REQUIRE(blind.ok());
    lpns << receiving.receiveItem(blind->id, QStringLiteral("4006381333931"), a)->lpn;
    const auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    REQUIRE(parcel.ok());
    lpns << receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), overridden)->lpn;
    lpns << receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), overridden)->lpn;
    lpns << receiving.receiveItem(parcel->id, QStringLiteral("00012345678905"), a)->lpn;
    return lpns;
}

struct Gui {
    test::StationFixture f;
    std::unique_ptr<MainWindow> window;

    Gui() {
        Dialogs::clearAnswers();
        window = std::make_unique<MainWindow>(*f.station);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Gui() {
        QTRY_VERIFY_WITH_TIMEOUT(window->labelOutput()->busy() == 0, 10000);
        Dialogs::clearAnswers();
    }
    QWidget* focus() const {
        QWidget* w = QApplication::focusWidget();
        return w ? w : window.get();
    }
    void scan(const QString& code) {
        QTest::keyClicks(focus(), code);
        QTest::keyClick(focus(), Qt::Key_Return);
    }
    void login(const QString& badge = QStringLiteral("U-1001")) {
        scan(badge);
        REQUIRE(window->page() == MainWindow::Page::Login);
        QTest::keyClicks(window->loginPage()->pinField(), QString::fromLatin1(test::StationFixture::kPin));
        QTest::keyClick(window->loginPage()->pinField(), Qt::Key_Return);
        REQUIRE(window->page() == MainWindow::Page::Parcel);
    }
    QString text(const char* name) {
        auto* widget = window->findChild<QWidget*>(QString::fromLatin1(name));
        REQUIRE(widget);
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            return button->text();
        return qobject_cast<QLabel*>(widget)->text();
    }
};

// Visible texts that do not fit their widget: a button or single-line label narrower than its
// text needs. Word-wrapped labels grow in height instead and are not counted.
QStringList clippedTexts(QWidget* root) {
    QStringList clipped;
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(root) && !b->text().isEmpty() && b->width() + 1 < b->sizeHint().width())
            clipped.append(QStringLiteral("button \"%1\": %2 of %3 px")
                               .arg(b->text())
                               .arg(b->width())
                               .arg(b->sizeHint().width()));
    }
    for (QLabel* l : root->findChildren<QLabel*>()) {
        if (l->isVisibleTo(root) && !l->wordWrap() && !l->text().isEmpty() && l->pixmap().isNull() &&
            l->width() + 1 < l->sizeHint().width())
            clipped.append(QStringLiteral("label \"%1\": %2 of %3 px")
                               .arg(l->text())
                               .arg(l->width())
                               .arg(l->sizeHint().width()));
    }
    return clipped;
}

// Buttons smaller than a finger (48 px either way). A line edit's own clear button is exempt: the
// keyboard and the field itself do the same.
QStringList smallTargets(QWidget* root) {
    QStringList small;
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(root) && !qobject_cast<QLineEdit*>(b->parentWidget()) &&
            (b->width() < 48 || b->height() < 48))
            small.append(
                QStringLiteral("%1 \"%2\" %3: %4×%5 px")
                    .arg(QString::fromLatin1(b->metaObject()->className()), b->text(), b->objectName())
                    .arg(b->width())
                    .arg(b->height()));
    return small;
}

// Every control a worker can reach has a name a screen reader can say.
QStringList unnamedControls(QWidget* root) {
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue; // a spin box's own line edit: the spin box carries the name
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                             qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w);
        if (!control)
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                                       w->objectName()));
    }
    return unnamed;
}

QString screenshotFolder(const QString& lang) {
    const QString folder = QDir::current().filePath(QStringLiteral("screenshots/%1").arg(lang));
    QDir().mkpath(folder);
    return folder;
}

} // namespace

TEST_CASE("The language switches at run time and the badge brings the user's language", "[ui][i18n]") {
    EnglishAfterwards guard;
    language::apply(QStringLiteral("en"));
    Gui gui;
    REQUIRE(Users(*gui.f.station).setLanguage(gui.f.admin, QStringLiteral("U-1001"), QStringLiteral("de")));
    CHECK(gui.window->stationLanguage() == QLatin1String("en"));
    CHECK(gui.text("key_ok") == QLatin1String("OK"));
    CHECK(gui.window->languageButton()->text() == QLatin1String("English"));

    // Nobody logged in: the switch is for this session only, and every fixed text follows it.
    gui.window->setLanguage(QStringLiteral("es"));
    settle();
    CHECK(language::current() == QLatin1String("es"));
    CHECK(gui.window->languageButton()->text() == QStringLiteral("Español"));
    const QString spanishTitle = gui.window->windowTitle();
    CHECK(spanishTitle == tr("dockside::MainWindow", "Dockside — %1").arg(QStringLiteral("TST-D01")));
    CHECK(gui.window->displayButton()->text() == tr("dockside::MainWindow", "Display"));
    CHECK(gui.window->displayButton()->text() != QLatin1String("Display"));
    CHECK(gui.window->findChild<QLabel*>()->parentWidget() != nullptr);

    // The worker's badge brings German.
    gui.login();
    settle();
    CHECK(language::current() == QLatin1String("de"));
    CHECK(gui.text("newParcelButton") == tr("dockside::ParcelPage", "New parcel (F2)"));
    CHECK(gui.text("newParcelButton") != QLatin1String("New parcel (F2)"));
    CHECK(QLocale().language() == QLocale::German);

    // Switching while logged in is remembered as the worker's language, through the menu.
    QAction* polish = nullptr;
    for (QAction* action : gui.window->languageButton()->menu()->actions())
        if (action->data().toString() == QLatin1String("pl"))
            polish = action;
    REQUIRE(polish);
    polish->trigger();
    settle();
    CHECK(language::current() == QLatin1String("pl"));
    CHECK(gui.text("totesButton") == tr("dockside::ParcelPage", "Totes (F4)"));
    CHECK(Users(*gui.f.station).findByBadge(QStringLiteral("U-1001"))->language == QLatin1String("pl"));
    // The open parcel is redrawn in the new language too.
    gui.scan(QStringLiteral("1Z999AA10123456784"));
    REQUIRE(gui.window->currentParcel());
    gui.window->setLanguage(QStringLiteral("uk"));
    settle();
    CHECK(gui.text("parcelPrompt") ==
          tr("dockside::ParcelPage", "Scan the next item, or the label of a new parcel."));

    // Locking goes back to the station's language; another worker without one keeps it.
    QTest::keyClick(gui.focus(), Qt::Key_L, Qt::ControlModifier);
    CHECK(gui.window->page() == MainWindow::Page::Login);
    CHECK(language::current() == QLatin1String("es"));
    gui.login(QStringLiteral("U-1002"));
    CHECK(language::current() == QLatin1String("es"));
}

TEST_CASE("The supervisor's screens switch language in place and keep what the user chose",
          "[ui][i18n][supervisor]") {
    EnglishAfterwards guard;
    language::apply(QStringLiteral("en"));
    Gui gui;
    const QStringList lpns = queueSomeItems(gui.f);
    // A second grade waits for the admin, who also leads the supervisor workspace here.
    REQUIRE(Regrade(*gui.f.station)
                .request(gui.f.supervisor, lpns[1], QStringLiteral("Seams?"), QStringLiteral("U-1003"))
                .ok());
    gui.login(QStringLiteral("U-1003"));
    REQUIRE(language::current() == QLatin1String("en"));

    // Every page opened once, each with something chosen or typed.
    gui.window->showAnalytics();
    REQUIRE(gui.window->page() == MainWindow::Page::Analytics);
    AnalyticsPage* analytics = gui.window->analyticsPage();
    analytics->setPeriod(AnalyticsPage::Period::Days30);
    REQUIRE(analytics->report());
    const ReportChart firstChart = analytics->report()->charts().first();
    QChartView* chartView = analytics->chartView(firstChart.id);
    REQUIRE(chartView);
    CHECK(plainText(chartView->chart()->title()) == firstChart.title);

    gui.window->toggleRegrade();
    REQUIRE(gui.window->page() == MainWindow::Page::Regrade);
    auto* regradeList = gui.window->regradePage()->findChild<QListWidget*>(QStringLiteral("regradeList"));
    REQUIRE(regradeList->count() == 1);
    const QString regradeLine = regradeList->item(0)->text();
    gui.window->regradePage()->chooseGrade(Grade::B);

    gui.window->toggleSupervisor();
    REQUIRE(gui.window->page() == MainWindow::Page::Supervisor);
    SupervisorPage* supervisor = gui.window->supervisorPage();
    InspectionQueuePage* queue = supervisor->queuePage();
    auto* search = queue->findChild<QLineEdit*>(QStringLiteral("queueSearch"));
    QTest::keyClicks(search, lpns[2]);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(queue->model()->rowCount() == 1);
    queue->selectRow(0);
    REQUIRE(queue->selectedLpns() == QStringList{lpns[2]});
    HistoryPage* history = supervisor->historyPage();
    history->show(lpns[0]);
    REQUIRE(history->model()->rowCount() > 0);
    auto* historyField = history->findChild<QLineEdit*>(QStringLiteral("historyCode"));
    historyField->setText(QStringLiteral("half-typed")); // typed, not yet looked up
    AdminPage* admin = supervisor->adminPage();
    admin->settingField(setting::SlaHours)->setText(QStringLiteral("36")); // typed, not saved
    const QString englishApprove = queue->findChild<QPushButton*>(QStringLiteral("approveButton"))->text();
    const QString englishTitle = chartView->chart()->title();

    QSignalSpy queueHeaders(queue->model(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy queueCells(queue->model(), &QAbstractItemModel::dataChanged);
    QSignalSpy queueResets(queue->model(), &QAbstractItemModel::modelReset);
    QSignalSpy timelineHeaders(history->model(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy timelineResets(history->model(), &QAbstractItemModel::modelReset);
    QSignalSpy usersHeaders(admin->usersModel(), &QAbstractItemModel::headerDataChanged);
    gui.window->setLanguage(QStringLiteral("de"));
    settle();
    REQUIRE(language::current() == QLatin1String("de"));

    // The workspace, in place: its words are German, the queue keeps filter, selection and rows.
    const auto text = [&](QWidget* root, const char* name) {
        auto* button = root->findChild<QAbstractButton*>(QString::fromLatin1(name));
        REQUIRE(button);
        return button->text();
    };
    CHECK(text(supervisor, "backToDock") == tr("dockside::SupervisorPage", "Back to the dock (F12)"));
    auto* tabs = supervisor->findChild<QTabWidget*>();
    CHECK(tabs->tabText(0) == tr("dockside::SupervisorPage", "Inspection queue"));
    CHECK(tabs->tabText(1) == tr("dockside::SupervisorPage", "Item history"));
    CHECK(text(queue, "approveButton") == tr("dockside::InspectionQueuePage", "Approve (Ctrl+Enter)"));
    CHECK(text(queue, "approveButton") != englishApprove);
    CHECK(text(queue, "rejectButton") == tr("dockside::InspectionQueuePage", "Reject…"));
    QLabel* searchLabel = nullptr;
    for (QLabel* label : queue->findChildren<QLabel*>())
        if (label->buddy() == search)
            searchLabel = label;
    REQUIRE(searchLabel);
    CHECK(searchLabel->text() == tr("dockside::InspectionQueuePage", "&Search"));
    CHECK(queue->findChild<QComboBox*>(QStringLiteral("statusFilter"))->currentText() == tr("Types", "Open"));
    CHECK(queue->findChild<QComboBox*>(QStringLiteral("ageFilter"))->currentText() ==
          tr("dockside::InspectionQueuePage", "Any age"));
    CHECK(queue->model()->headerData(QueueModel::Age, Qt::Horizontal).toString() ==
          tr("dockside::QueueModel", "Age"));
    CHECK(queueHeaders.count() >= 1); // the view asks again: no reset
    CHECK(queueCells.count() >= 1);
    CHECK(queueResets.count() == 0);
    CHECK(search->text() == lpns[2]);
    CHECK(queue->model()->filter().search == lpns[2]);
    CHECK(queue->model()->rowCount() == 1);
    CHECK(queue->selectedLpns() == QStringList{lpns[2]});
    CHECK(queue->findChild<QLabel*>(QStringLiteral("queueTotal"))->text() ==
          tr("dockside::InspectionQueuePage", "%n item(s)", 1));
    // The detail pane of the selected item.
    const QString detailBody = queue->detailPane()->findChild<QLabel*>(QStringLiteral("detailBody"))->text();
    CHECK(detailBody.contains(tr("dockside::ItemDetailPane", "Worker's finding").toHtmlEscaped()));
    CHECK(queue->detailPane()->detail()->lpn == lpns[2]);
    // The history: its header, its summary line, what was typed in its field.
    CHECK(text(history, "showHistoryButton") == tr("dockside::HistoryPage", "Show history"));
    CHECK(history->model()->headerData(TimelineModel::When, Qt::Horizontal).toString() ==
          tr("dockside::TimelineModel", "When"));
    CHECK(timelineHeaders.count() >= 1);
    CHECK(timelineResets.count() == 0);
    CHECK(history->message().contains(
        tr("dockside::HistoryPage", "%n not yet at head office.", history->model()->rowCount())));
    CHECK(historyField->text() == QLatin1String("half-typed"));
    // The admin page: its boxes, its table's header, the settings' labels, the typed value.
    CHECK(admin->findChild<QGroupBox*>()->title() == tr("dockside::AdminPage", "Users"));
    CHECK(text(admin, "saveSettings") == tr("dockside::AdminPage", "Save settings"));
    CHECK(admin->usersModel()->headerData(UsersModel::Badge, Qt::Horizontal).toString() ==
          tr("dockside::UsersModel", "Badge"));
    CHECK(usersHeaders.count() >= 1);
    QLabel* slaLabel = nullptr;
    for (QLabel* label : admin->findChildren<QLabel*>())
        if (label->buddy() == admin->settingField(setting::SlaHours))
            slaLabel = label;
    REQUIRE(slaLabel);
    CHECK(slaLabel->text() == tr("dockside::AdminPage", "Queue SLA (hours)"));
    CHECK(admin->settingField(setting::SlaHours)->text() == QLatin1String("36"));
    // Second grades: the same list and choice, in German.
    RegradePage* regrade = gui.window->regradePage();
    CHECK(text(regrade, "recordRegrade") == tr("dockside::RegradePage", "Record grade"));
    CHECK(text(regrade, "regrade_B") == tr("dockside::RegradePage", "Grade %1").arg(QStringLiteral("B")));
    CHECK(regrade->findChild<QAbstractButton*>(QStringLiteral("regrade_B"))->isChecked());
    CHECK(regradeList->count() == 1);
    CHECK(regradeList->currentRow() == 0);
    CHECK(regradeList->item(0)->text().startsWith(lpns[1]));
    CHECK(regradeList->item(0)->text().contains(QLatin1String("Seams?")));
    // Analytics: the same period and report, the charts retitled where they are.
    CHECK(analytics->period() == AnalyticsPage::Period::Days30);
    CHECK(text(analytics, "period2") == tr("dockside::AnalyticsPage", "30 days"));
    CHECK(analytics->findChild<QAbstractButton*>(QStringLiteral("period2"))->isChecked());
    CHECK(text(analytics, "savePdfButton") == tr("dockside::AnalyticsPage", "Save PDF"));
    const ReportChart german = analytics->report()->charts().first();
    CHECK(analytics->chartView(german.id) == chartView); // the same chart, not a new one
    CHECK(plainText(chartView->chart()->title()) == german.title);
    CHECK(chartView->chart()->title() != englishTitle);
    const auto valueAxes = chartView->chart()->axes(Qt::Vertical) + chartView->chart()->axes(Qt::Horizontal);
    bool unitShown = false;
    for (QAbstractAxis* axis : valueAxes)
        if (auto* values = qobject_cast<QValueAxis*>(axis))
            unitShown = values->titleText() == german.unit;
    CHECK(unitShown);
    CHECK(text(analytics, QStringLiteral("exportCsv_%1").arg(german.id).toLatin1().constData()) ==
          tr("dockside::AnalyticsPage", "Export CSV"));
    // The sync corner of the status bar.
    CHECK(gui.window->syncPanel()->syncButton()->text() == tr("dockside::SyncPanel", "⟳ Sync (F9)"));
}

TEST_CASE("Main screens in every language are saved for review, with no clipped text",
          "[ui][i18n][screenshots]") {
    EnglishAfterwards guard;
    const QString lang = QString::fromLatin1(GENERATE("en", "de", "es", "pl", "uk"));
    INFO("language " << lang.toStdString());
    language::apply(lang);
    settle();
    Gui gui;
    queueSomeItems(gui.f);
    const QString folder = screenshotFolder(lang);
    const auto shot = [&](const char* name) {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        REQUIRE(test::saveScreenshot(
            &*gui.window, QDir(folder).filePath(QString::fromLatin1(name) + QStringLiteral(".png"))));
        // No screen may need more than a 1280 x 800 station screen with a title bar: the window is
        // as wide and high as its largest page. (Large text may need more.)
        if (!gui.window->look().largeText) {
            CHECK(gui.window->width() <= 1280);
            CHECK(gui.window->minimumSizeHint().height() <= 760);
        }
        const QStringList clipped = clippedTexts(gui.window.get());
        INFO(name << ":\n" << clipped.join(QLatin1Char('\n')).toStdString());
        CHECK(clipped.isEmpty());
        const QStringList small = smallTargets(gui.window.get());
        INFO(name << " buttons smaller than 48 px:\n" << small.join(QLatin1Char('\n')).toStdString());
        CHECK(small.isEmpty());
        const QStringList unnamed = unnamedControls(gui.window.get());
        INFO(name << " controls without an accessible name:\n"
                  << unnamed.join(QLatin1Char('\n')).toStdString());
        CHECK(unnamed.isEmpty());
    };
    shot("1-login");
    gui.login(QStringLiteral("U-1002")); // no language of their own: the station's (this one)
    REQUIRE(language::current() == lang);
    gui.scan(QStringLiteral("1Z999AA10123456784"));
    shot("2-parcel");
    gui.scan(QStringLiteral("(01)04548736132610(21)S01-4471123"));
    REQUIRE(gui.window->page() == MainWindow::Page::Inspect);
    shot("3-item");
    gui.window->inspectPage()->allPass();
    shot("4-decision");
    gui.window->inspectPage()->confirm();
    REQUIRE(gui.window->page() == MainWindow::Page::Parcel);
    shot("5-confirmed");
    QTest::keyClick(gui.focus(), Qt::Key_F4);
    REQUIRE(gui.window->page() == MainWindow::Page::Totes);
    shot("6-totes");
    // The supervisor's screens, with an item chosen so the detail pane and decisions show.
    gui.window->toggleSupervisor();
    REQUIRE(gui.window->page() == MainWindow::Page::Supervisor);
    InspectionQueuePage* queue = gui.window->supervisorPage()->queuePage();
    REQUIRE(queue->model()->rowCount() > 0);
    queue->selectRow(0);
    shot("7-supervisor-queue");
    gui.window->showAnalytics();
    REQUIRE(gui.window->page() == MainWindow::Page::Analytics);
    shot("8-analytics");
    QTest::keyClick(gui.focus(), Qt::Key_F4);
    REQUIRE(gui.window->page() == MainWindow::Page::Totes);
    gui.window->setLook({true, true});
    shot("9-totes-high-contrast-large");
}

TEST_CASE("High contrast and large text switch at run time and are kept", "[ui][a11y]") {
    Gui gui;
    auto* title = gui.window->totesPage()->findChild<QLabel*>();
    REQUIRE(title);
    const QString before = gui.window->styleSheet();
    gui.window->setLook({true, false});
    CHECK(gui.window->styleSheet() != before);
    CHECK(gui.window->styleSheet().contains(QLatin1String("#ffe14d"))); // focused control filled
    gui.window->setLook({true, true});
    CHECK(gui.window->styleSheet().contains(QLatin1String("font-size: 20pt"))); // 15pt × 1.3
    CHECK(theme::lookOf(*gui.f.station) == theme::Look{true, true});
    MainWindow again(*gui.f.station);
    CHECK(again.look() == theme::Look{true, true});
}

TEST_CASE("Every control can be reached with Tab and the focus is always visible", "[ui][a11y]") {
    Gui gui;
    gui.login();
    gui.scan(QStringLiteral("1Z999AA10123456784"));
    gui.scan(QStringLiteral("(01)04548736132610(21)S01-4471123"));
    REQUIRE(gui.window->page() == MainWindow::Page::Inspect);
    // Tab walks through the item page's controls and back round.
    QSet<QWidget*> visited;
    QWidget* start = gui.focus();
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(gui.focus(), Qt::Key_Tab);
        visited.insert(gui.focus());
        if (gui.focus() == start)
            break;
    }
    for (const char* name : {"allPassButton", "weightField", "addPhotoButton", "notesField", "languageButton",
                             "displayButton"}) {
        INFO(name);
        CHECK(visited.contains(gui.window->findChild<QWidget*>(QString::fromLatin1(name))));
    }
    // The focused button looks different from the same button without focus.
    auto* button = gui.window->findChild<QAbstractButton*>(QStringLiteral("addPhotoButton"));
    button->setFocus();
    QApplication::processEvents();
    const QImage focused = button->grab().toImage();
    gui.window->findChild<QWidget*>(QStringLiteral("notesField"))->setFocus();
    QApplication::processEvents();
    CHECK(button->grab().toImage() != focused);
}

TEST_CASE("The first-run wizard sets up the station, its admin, language and head office", "[ui][firstrun]") {
    EnglishAfterwards guard;
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("new.db"));
    FirstRunWizard wizard(path);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QAbstractButton*>(QStringLiteral("language_de"))->click();
    settle();
    CHECK(language::current() == QLatin1String("de"));
    CHECK(wizard.windowTitle() == tr("dockside::FirstRunWizard", "Set up this Dockside station"));
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::StationPage);
    wizard.codeField()->setText(QStringLiteral("ams d03"));
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::StationPage); // refused, with the reason
    CHECK(wizard.errorText().contains(QLatin1String("AMS D03")));
    wizard.codeField()->setText(QStringLiteral("ams-d03"));
    wizard.nameField()->setText(QStringLiteral("Amsterdam dock 3"));
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::AdminPage);
    wizard.badgeField()->setText(QStringLiteral("U-0001"));
    wizard.adminNameField()->setText(QStringLiteral("Jana Novak"));
    wizard.pinField()->setText(QStringLiteral("4711"));
    wizard.pinAgainField()->setText(QStringLiteral("4712"));
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::AdminPage);
    CHECK_FALSE(wizard.errorText().isEmpty());
    wizard.pinAgainField()->setText(QStringLiteral("4711"));
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::HqPage);
    wizard.hqUrlField()->setText(QStringLiteral("https://hq.example.com"));
    wizard.accept();
    CHECK(wizard.isVisible()); // a URL without a token
    CHECK_FALSE(QFile::exists(path));
    wizard.hqTokenField()->setText(QStringLiteral("secret"));
    wizard.accept();
    CHECK(wizard.result() == QDialog::Accepted);
    auto station = wizard.takeStation();
    REQUIRE(station);
    CHECK(station->code() == QLatin1String("AMS-D03"));
    CHECK(station->setting(setting::Language) == QLatin1String("de"));
    CHECK(station->setting(setting::HqUrl) == QLatin1String("https://hq.example.com"));
    auto admin = Users(*station).authenticate(QStringLiteral("U-0001"), QStringLiteral("4711"));
    REQUIRE(admin);
    CHECK(admin->role == Role::Admin);
    CHECK(admin->language == QLatin1String("de"));
}

TEST_CASE("Starting with --demo opens a demo station already synced with a local dockside-hq", "[ui][demo]") {
    test::TempFolder folder;
    const QString demoFolder = folder.path(QStringLiteral("demo"));
    QString url;
    {
        DemoSession demo(demoFolder, QStringLiteral(DOCKSIDE_HQ_PATH));
        QStringList stages;
        auto station = demo.start(30, [&](const QString& what, qint64, qint64) {
            if (!stages.contains(what))
                stages.append(what);
        });
        REQUIRE(station);
        CHECK(demo.hqRunning());
        url = demo.hqUrl();
        CHECK(url.startsWith(QLatin1String("http://127.0.0.1:")));
        CHECK((*station)->setting(setting::HqUrl) == url);
        CHECK(EventLog((*station)->db()).pendingCount() == 0);
        CHECK(stages.size() >= 3);
        const auto sync = Receiving(**station, User{}).syncSummary();
        REQUIRE(sync);
        CHECK(sync->lastSuccess > 0);
        CHECK(sync->lastError.isEmpty());
    }
    // The HQ stops with the session; the next start reuses the station and syncs again.
    DemoSession again(demoFolder, QStringLiteral(DOCKSIDE_HQ_PATH));
    auto station = again.start(30);
    REQUIRE(station);
    CHECK(again.hqRunning());
    CHECK((*station)->code() == DemoSession::kStationCode);
    again.stop();
    CHECK_FALSE(again.hqRunning());
}
