#include "MainWindow.h"

#include "AnalyticsPage.h"
#include "BackupScheduler.h"

#include "CameraScanner.h"
#include "Dialogs.h"
#include "InspectPage.h"
#include "LabelOutput.h"
#include "LoginPage.h"
#include "ParcelPage.h"
#include "RegradePage.h"
#include "ScannerInput.h"
#include "SupervisorPage.h"
#include "SyncController.h"
#include "SyncPanel.h"
#include "Theme.h"
#include "TotesPage.h"

#include "i18n/Language.h"
#include "policy/Authorization.h"
#include "scan/ScanClassifier.h"
#include "services/Catalog.h"
#include "services/EventLog.h"
#include "services/Lookup.h"
#include "services/Regrade.h"
#include "services/Station.h"
#include "services/Users.h"

#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSoundEffect>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace dockside {

MainWindow::MainWindow(Station& station, QWidget* parent)
    : QMainWindow(parent)
    , m_station(station) {
    m_look = theme::lookOf(station);
    setStyleSheet(theme::styleSheet(m_look));
    setWindowIcon(theme::icon(QStringLiteral("dockside")));
    m_stationLanguage = language::normalize(station.setting(setting::Language));
    if (m_stationLanguage.isEmpty())
        m_stationLanguage = language::current();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // Top row: the message, then language and display always at hand.
    auto* topRow = new QHBoxLayout;
    topRow->setContentsMargins(0, 0, 16, 0);
    m_message = new QLabel(central);
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setWordWrap(true);
    topRow->addWidget(m_message, 1);
    layout->addLayout(topRow);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_labels = new LabelOutput(station, this);
    m_loginPage = new LoginPage(station.code(), station.name(), m_stack);
    m_parcelPage = new ParcelPage(station, m_stack);
    m_inspectPage = new InspectPage(station, m_stack);
    m_totesPage = new TotesPage(station, m_stack);
    for (QWidget* page : {static_cast<QWidget*>(m_loginPage), static_cast<QWidget*>(m_parcelPage),
                          static_cast<QWidget*>(m_inspectPage), static_cast<QWidget*>(m_totesPage)})
        m_stack->addWidget(page);
    m_supervisorPage = new SupervisorPage(station, m_stack);
    m_stack->addWidget(m_supervisorPage);
    m_regradePage = new RegradePage(station, m_stack);
    m_stack->addWidget(m_regradePage);
    connect(m_regradePage, &RegradePage::backRequested, this, &MainWindow::toggleRegrade);
    connect(m_supervisorPage, &SupervisorPage::backRequested, this, &MainWindow::toggleSupervisor);
    connect(m_supervisorPage, &SupervisorPage::settingsSaved, this, [this] {
        setIdleLockInterval(qMax(1, m_station.intSetting(setting::IdleLockMinutes, 10)) * 60 * 1000);
        refresh();
    });
    m_analyticsPage = new AnalyticsPage(station, m_stack);
    m_stack->addWidget(m_analyticsPage);
    connect(m_analyticsPage, &AnalyticsPage::backRequested, this, [this] { showPage(Page::Parcel); });
    connect(m_analyticsPage, &AnalyticsPage::message, this,
            [this](const QString& text, bool error) { feedback(text, error, false); });

    connect(m_loginPage, &LoginPage::loginRequested, this, &MainWindow::login);
    connect(m_parcelPage, &ParcelPage::codeEntered, this, &MainWindow::handleScan);
    connect(m_parcelPage, &ParcelPage::newParcelRequested, this, &MainWindow::newParcel);
    connect(m_parcelPage, &ParcelPage::totesRequested, this, [this] { showPage(Page::Totes); });
    connect(m_inspectPage, &InspectPage::confirmed, this, &MainWindow::onConfirmed);
    connect(m_inspectPage, &InspectPage::message, this,
            [this](const QString& text, bool error) { feedback(text, error); });
    connect(m_totesPage, &TotesPage::backRequested, this, [this] { showPage(Page::Parcel); });
    connect(m_totesPage, &TotesPage::message, this,
            [this](const QString& text, bool error) { feedback(text, error); });
    connect(m_totesPage, &TotesPage::closeRequested, this, [this] {
        if (m_user)
            m_totesPage->closeSelected(*m_user);
    });
    connect(m_totesPage, &TotesPage::toteClosed, this, [this](const QString& code) {
        auto tote = Totes(m_station).find(code);
        if (!tote) {
            feedback(tote.error().message, true);
            return;
        }
        feedback(tr("Tote %1 closed. Writing its manifest…").arg(code), false, false);
        m_labels->writeManifest(*tote);
        refresh();
    });
    connect(m_labels, &LabelOutput::finished, this, [this](const QString& text, bool ok) {
        m_parcelPage->showLabelMessage(text, ok);
        if (!ok)
            feedback(text, true);
    });

    // Keyboard-first: every page action has a key.
    auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F2), [this] {
        if (m_user)
            newParcel();
    });
    shortcut(QKeySequence(Qt::Key_F4), [this] {
        if (m_user)
            showPage(Page::Totes);
    });
    shortcut(QKeySequence(Qt::Key_F12), [this] { toggleSupervisor(); });
    shortcut(QKeySequence(Qt::Key_F11), [this] { toggleRegrade(); });
    shortcut(QKeySequence(Qt::Key_F10), [this] { showAnalytics(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        if (m_user)
            lock(tr("Locked. Scan your badge to continue."));
    });
    m_okSound = new QSoundEffect(this);
    m_okSound->setSource(QUrl(QStringLiteral("qrc:/sounds/scan-ok.wav")));
    m_errorSound = new QSoundEffect(this);
    m_errorSound->setSource(QUrl(QStringLiteral("qrc:/sounds/scan-error.wav")));
    const double volume = qBound(0, station.intSetting(setting::SoundVolume, 80), 100) / 100.0;
    m_okSound->setVolume(volume);
    m_errorSound->setVolume(volume);
    m_parcelPage->camera()->setVolume(volume);

    m_userLabel = new QLabel(this);
    m_stationLabel = new QLabel(this);
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingEvents"));
    // Sync on its own thread; F9 and the status bar button work on every screen.
    m_sync = new SyncController(station, this);
    m_syncPanel = new SyncPanel(station, *m_sync, this);
    connect(m_syncPanel, &SyncPanel::syncFinished, this, &MainWindow::refresh);
    connect(m_sync, &SyncController::progress, this, &MainWindow::refresh); // the pending count
    shortcut(QKeySequence(Qt::Key_F9), [this] { m_sync->syncNow(); });
    m_cameraLabel = new QLabel(this);
    m_printerLabel = new QLabel(this);
    // Two rows, so long words in long languages never squeeze each other; the sync panel takes
    // the spare width.
    auto* statusPanel = new QWidget(this);
    statusPanel->setObjectName(QStringLiteral("statusPanel"));
    m_statusGrid = new QGridLayout(statusPanel);
    m_statusGrid->setContentsMargins(0, 0, 0, 0);
    m_statusGrid->setVerticalSpacing(0);
    arrangeStatusFacts();
    // The facts keep their width; the sync panel's status text wraps instead.
    statusPanel->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    statusBar()->addPermanentWidget(statusPanel);
    statusBar()->addPermanentWidget(m_syncPanel, 1);
    m_supervisorButton = new QPushButton(tr("Supervisor (F12)"), this);
    m_supervisorButton->setObjectName(QStringLiteral("supervisorButton"));
    m_supervisorButton->setMinimumHeight(48);
    m_supervisorButton->setFocusPolicy(Qt::NoFocus); // the code field keeps the scanner's focus
    m_supervisorButton->hide();
    connect(m_supervisorButton, &QPushButton::clicked, this, &MainWindow::toggleSupervisor);
    m_regradeButton = new QPushButton(this);
    m_regradeButton->setObjectName(QStringLiteral("secondGradesButton"));
    m_regradeButton->setMinimumHeight(48);
    m_regradeButton->setFocusPolicy(Qt::NoFocus);
    m_regradeButton->hide();
    connect(m_regradeButton, &QPushButton::clicked, this, &MainWindow::toggleRegrade);
    m_analyticsButton = new QPushButton(tr("Analytics (F10)"), this);
    m_analyticsButton->setObjectName(QStringLiteral("analyticsButton"));
    connect(m_analyticsButton, &QPushButton::clicked, this, &MainWindow::showAnalytics);
    m_analyticsButton->setMinimumHeight(48);
    m_analyticsButton->setFocusPolicy(Qt::NoFocus); // the code field keeps the scanner's focus
    for (QPushButton* b : {m_supervisorButton, m_regradeButton, m_analyticsButton})
        b->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never squeezed to "ervisor (F"
    m_analyticsButton->hide();
    // The role's workspaces sit in the top row beside language and display: the status bar is
    // full of station facts, and squeezed buttons there lost their words.
    for (QPushButton* b : {m_regradeButton, m_analyticsButton, m_supervisorButton})
        topRow->addWidget(b);
    buildDisplayMenus(topRow);
    connect(m_parcelPage->camera(), &CameraScanner::statusChanged, this, [this](const QString& status) {
        m_cameraLabel->setText(tr("Camera: %1").arg(status));
        m_cameraLabel->setToolTip(m_cameraLabel->text());
    });
    m_cameraLabel->setText(CameraScanner::cameras().isEmpty() ? tr("Camera: none found")
                                                              : tr("Camera: ready (press Camera)"));

    // Any input keeps the session alive; silence for idle_lock_minutes locks it.
    m_idle.setSingleShot(true);
    setIdleLockInterval(qMax(1, station.intSetting(setting::IdleLockMinutes, 10)) * 60 * 1000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_user)
            lock(tr("Locked after %n minute(s) without input. Scan your badge to continue.", nullptr,
                    qMax(1, m_idle.interval() / 60000)));
    });
    m_statusTimer.setInterval(30 * 1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::refresh);
    // Checkpoint the WAL between scans, never inside a worker's confirm.
    try {
        m_station.db().setAutoCheckpoint(false);
        m_station.db().setMemoryMap(0);
    } catch (const StoreError&) {
        // a read-only database: nothing to checkpoint
    }
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        try {
            m_station.db().checkpoint();
        } catch (const StoreError&) {
            // busy or read-only: the next tick tries again
        }
    });
    m_statusTimer.start();
    connect(new BackupScheduler(m_station, this), &BackupScheduler::finished, this,
            [this](const QString& text, bool failed) {
                // A failed backup must be seen; a good one must not hide the worker's message.
                if (failed)
                    feedback(text, true, false);
                else
                    statusBar()->showMessage(text, 15000);
            });

    m_scanner = new ScannerInput(this);
    qApp->installEventFilter(this);
    qApp->installEventFilter(m_scanner); // installed last, so it sees keys first
    connect(m_scanner, &ScannerInput::scanned, this, &MainWindow::handleScan);
    // A PIN must never be taken for a scan, however fast it is typed.
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget*, QWidget* now) { m_scanner->setEnabled(now != m_loginPage->pinField()); });

    resize(1280, 800);
    retranslateUi();
    showPage(Page::Login);
    refresh();
}

void MainWindow::buildDisplayMenus(QHBoxLayout* row) {
    // Reachable by keyboard (F3, Shift+F3, or Tab) as well as by touch.
    const auto menuButton = [&](const char* name, const char* icon, const QKeySequence& key) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setIcon(theme::icon(QString::fromLatin1(icon)));
        button->setIconSize(QSize(28, 28));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setMenu(new QMenu(button));
        row->addWidget(button, 0, Qt::AlignTop);
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, button, &QToolButton::showMenu);
        return button;
    };
    m_languageButton = menuButton("languageButton", "language", QKeySequence(Qt::Key_F3));
    auto* group = new QActionGroup(m_languageButton);
    for (const language::Info& info : language::supported()) {
        QAction* action = m_languageButton->menu()->addAction(info.nativeName);
        action->setData(info.code);
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = info.code] { setLanguage(code); });
    }

    m_displayButton = menuButton("displayButton", "display", QKeySequence(Qt::SHIFT | Qt::Key_F3));
    const auto toggle = [this](const char* name, bool theme::Look::*field) {
        QAction* action = m_displayButton->menu()->addAction(QString());
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, field](bool on) {
            theme::Look look = m_look;
            look.*field = on;
            setLook(look);
        });
    };
    toggle("highContrastAction", &theme::Look::highContrast);
    toggle("largeTextAction", &theme::Look::largeText);
}

void MainWindow::retranslateUi() {
    setWindowTitle(tr("Dockside — %1").arg(m_station.code()));
    m_stationLabel->setText(tr("Station %1").arg(m_station.code()));
    m_supervisorButton->setText(tr("Supervisor (F12)"));
    m_analyticsButton->setText(tr("Analytics (F10)"));
    m_message->setAccessibleName(tr("Message"));
    m_userLabel->setAccessibleName(tr("Logged-in user"));
    m_pendingLabel->setAccessibleName(tr("Events waiting for head office"));
    m_cameraLabel->setAccessibleName(tr("Camera"));
    m_printerLabel->setAccessibleName(tr("Label printer"));
    const QString current = language::current();
    for (const language::Info& info : language::supported())
        if (info.code == current)
            m_languageButton->setText(info.nativeName);
    for (QAction* action : m_languageButton->menu()->actions())
        action->setChecked(action->data().toString() == current);
    m_languageButton->setAccessibleName(tr("Language"));
    m_languageButton->setAccessibleDescription(tr("Choose the language of the screens (F3)."));
    m_languageButton->setToolTip(tr("Language (F3)"));
    m_displayButton->setText(tr("Display"));
    m_displayButton->setAccessibleName(tr("Display"));
    m_displayButton->setAccessibleDescription(tr("High contrast and large text (Shift+F3)."));
    m_displayButton->setToolTip(tr("Display (Shift+F3)"));
    const QList<QAction*> display = m_displayButton->menu()->actions();
    display[0]->setText(tr("High contrast"));
    display[1]->setText(tr("Large text"));
    for (QAction* action : display) {
        const QSignalBlocker block(action);
        action->setChecked(action == display[0] ? m_look.highContrast : m_look.largeText);
    }
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString& code) {
    const QString applied = language::apply(code);
    if (m_user) {
        auto saved = Users(m_station).setLanguage(*m_user, m_user->badge, applied);
        if (saved)
            m_user->language = applied;
        else
            feedback(saved.error().message, true, false);
    } else {
        m_stationLanguage = applied; // until someone logs in; the station's stored setting stays
    }
    const auto& list = language::supported();
    const auto info =
        std::find_if(list.begin(), list.end(), [&](const auto& i) { return i.code == applied; });
    theme::setTone(m_message, Tone::Good, tr("Language: %1.").arg(info->nativeName));
}

void MainWindow::setLook(const theme::Look& look) {
    if (look == m_look)
        return;
    m_look = look;
    setStyleSheet(theme::styleSheet(m_look));
    const auto store = [this](const QString& key, bool on) {
        if (auto saved = m_station.setSetting(key, on ? QStringLiteral("true") : QStringLiteral("false"));
            !saved)
            feedback(saved.error().message, true, false);
    };
    store(theme::kHighContrastSetting, m_look.highContrast);
    store(theme::kLargeTextSetting, m_look.largeText);
    arrangeStatusFacts();
    retranslateUi(); // the menu's check marks
}

void MainWindow::arrangeStatusFacts() {
    // Large text makes the sync button wide: the facts then take three rows of two, not two of three.
    const int columns = m_look.largeText ? 2 : 3;
    const QList<QLabel*> facts{m_userLabel, m_pendingLabel, m_cameraLabel, m_stationLabel, m_printerLabel};
    for (QLabel* fact : facts)
        m_statusGrid->removeWidget(fact);
    for (int i = 0; i < facts.size(); ++i)
        m_statusGrid->addWidget(facts[i], i / columns, i % columns);
}

MainWindow::~MainWindow() {
    qApp->removeEventFilter(m_scanner);
    qApp->removeEventFilter(this);
    // ~QWidget closes the window, which moves the focus and would call the focusChanged lambda on
    // a half-destroyed MainWindow (UBSan found it): Qt only drops the connection in ~QObject.
    disconnect(qApp, nullptr, this, nullptr);
}

void MainWindow::setIdleLockInterval(int ms) {
    m_idle.setInterval(ms);
    if (m_user)
        m_idle.start();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress && m_user && page() == Page::Parcel &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Undo)) {
        // Filtered here, not a QShortcut: the code field would take Ctrl+Z for itself.
        feedback(tr("A confirmed item cannot be undone here: ask a supervisor to correct it."), true);
        return true;
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_user && m_idle.isActive())
            m_idle.start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::Page MainWindow::page() const {
    return static_cast<Page>(m_stack->currentIndex());
}

QString MainWindow::message() const {
    return m_message->text();
}

void MainWindow::showPage(Page page) {
    m_stack->setCurrentIndex(static_cast<int>(page));
    if (page == Page::Totes)
        m_totesPage->refresh();
    if (page == Page::Analytics)
        m_analyticsPage->refresh();
    // Focus after the switch: a hidden page cannot take it.
    if (page == Page::Parcel)
        m_parcelPage->findChild<QWidget*>(QStringLiteral("codeField"))->setFocus();
    else if (page == Page::Inspect)
        m_inspectPage->focusNext();
    else if (page == Page::Login)
        m_loginPage->focusNext();
    refresh();
}

void MainWindow::toggleRegrade() {
    if (!m_user)
        return;
    if (page() == Page::Regrade) {
        showPage(m_inspectPage->active() ? Page::Inspect : Page::Parcel);
        return;
    }
    m_regradePage->setUser(m_user);
    showPage(Page::Regrade);
}

void MainWindow::toggleSupervisor() {
    if (!m_user)
        return;
    if (page() == Page::Supervisor) {
        showPage(m_inspectPage->active() ? Page::Inspect : Page::Parcel);
        return;
    }
    if (!SupervisorPage::allows(m_user)) {
        feedback(tr("The supervisor workspace is for supervisors and admins."), true);
        return;
    }
    m_supervisorPage->setUser(m_user);
    m_supervisorPage->refresh();
    showPage(Page::Supervisor);
}

void MainWindow::showAnalytics() {
    if (!m_user)
        return;
    if (Status allowed = Users::requireRole(*m_user, Role::Supervisor); !allowed) {
        feedback(allowed.error().message, true);
        return;
    }
    showPage(Page::Analytics);
}

void MainWindow::feedback(const QString& text, bool error, bool sound) {
    theme::setTone(m_message, error ? Tone::Bad : Tone::Good, text);
    if (sound)
        (error ? m_errorSound : m_okSound)->play();
}

void MainWindow::refresh() {
    m_userLabel->setText(m_user ? tr("%1 (%2)").arg(m_user->name, roleLabel(m_user->role))
                                : tr("Nobody logged in"));
    m_supervisorButton->setVisible(SupervisorPage::allows(m_user));
    // Second grades waiting for this user: a button, not an interruption of the dock flow.
    int regrades = 0;
    if (m_user)
        if (const auto pending = Regrade(m_station).pending(*m_user, 100))
            regrades = static_cast<int>(pending->size());
    m_regradeButton->setText(regrades >= 100 ? tr("Second grades (100+) F11")
                                             : tr("Second grades (%1) F11").arg(regrades));
    m_regradeButton->setVisible(regrades > 0 || page() == Page::Regrade);
    const qint64 pending = EventLog(m_station.db()).pendingCount();
    m_pendingLabel->setText(tr("%n event(s) to send", nullptr, static_cast<int>(pending)));
    m_syncPanel->refresh();
    m_analyticsButton->setVisible(m_user && m_user->role != Role::Worker);
    const QString printer = m_labels->printerName();
    m_printerLabel->setText(printer.isEmpty() ? tr("Labels: PDF files") : tr("Printer: %1").arg(printer));
    m_printerLabel->setToolTip(m_printerLabel->text());
}

void MainWindow::lock(const QString& reason) {
    m_idle.stop();
    if (m_user)
        m_lockedUser = m_user;
    m_user.reset();
    m_supervisorPage->setUser(std::nullopt);
    if (language::current() != m_stationLanguage)
        language::apply(m_stationLanguage);
    m_loginPage->reset({}, reason);
    showPage(Page::Login);
    theme::setTone(m_message, Tone::Neutral, {});
}

void MainWindow::switchUser(const QString& badge) {
    if (m_user && m_user->badge == badge) {
        feedback(tr("You are already logged in."), false);
        return;
    }
    if (m_user)
        m_lockedUser = m_user;
    m_user.reset();
    m_idle.stop();
    if (language::current() != m_stationLanguage)
        language::apply(m_stationLanguage);
    m_loginPage->reset(badge, tr("Badge %1: type your PIN.").arg(badge));
    showPage(Page::Login);
    theme::setTone(m_message, Tone::Neutral, {});
    m_okSound->play();
}

void MainWindow::login(const QString& badge, const QString& pin) {
    auto user = Users(m_station).authenticate(badge, pin);
    if (!user) {
        m_loginPage->showError(user.error().message);
        m_errorSound->play();
        return;
    }
    m_user = *user;
    m_idle.start();
    // The badge brings its language; a user without one keeps the station's.
    const QString wanted = user->language.isEmpty() ? m_stationLanguage : user->language;
    if (wanted != language::current())
        language::apply(wanted);
    if (m_lockedUser && m_lockedUser->id == user->id && m_receiving) {
        // The same worker back after a lock: everything as it was, unconfirmed answers included.
        m_lockedUser.reset();
        showPage(m_inspectPage->active() ? Page::Inspect : Page::Parcel);
        feedback(tr("Welcome back, %1.").arg(user->name), false, false);
        return;
    }
    m_lockedUser.reset();
    m_receiving = std::make_unique<Receiving>(m_station, *user);
    m_parcel.reset();
    m_inspectPage->clear();
    m_parcelPage->clearLastItem();
    m_parcelPage->showParcel(std::nullopt);
    showPage(Page::Parcel);
    feedback(tr("Hello %1.").arg(user->name), false, false);
    resumeUnfinished();
}

void MainWindow::resumeUnfinished() {
    auto unfinished = m_receiving->unfinishedParcel();
    if (!unfinished || *unfinished == 0)
        return;
    auto parcel = m_receiving->parcel(*unfinished);
    if (!parcel)
        return;
    QList<ItemSummary> open;
    for (const ItemSummary& item : parcel->items)
        if (item.status == QLatin1String("received"))
            open.append(item);
    if (open.isEmpty())
        return;
    if (!Dialogs::ask(this, tr("Unfinished parcel"),
                      tr("Parcel %1 has %n item(s) received but not graded. Continue with it now?", nullptr,
                         static_cast<int>(open.size()))
                          .arg(parcel->tracking),
                      tr("Continue"), tr("Later")))
        return;
    m_parcel = *parcel;
    m_parcelPage->showParcel(m_parcel);
    inspectReceived(open.first());
}

QString MainWindow::describe(const QString& sku) {
    if (sku.isEmpty())
        return {};
    try {
        if (const auto product = Catalog(m_station.db()).productBySku(sku))
            return product->description;
    } catch (const StoreError&) {
        // Only a description: the SKU still says what it is.
    }
    return {};
}

void MainWindow::inspectReceived(const ItemSummary& item) {
    ItemOutcome received;
    received.lpn = item.lpn;
    received.sku = item.sku;
    received.serial = item.serial;
    received.authorization = item.authorization;
    received.authorizationMessage = item.authorization == authorization::Authorized
                                        ? tr("This item is on the RMA.")
                                        : tr("This item goes to a supervisor after grading.");
    m_inspectPage->start(m_receiving.get(), received, describe(item.sku));
    showPage(Page::Inspect);
}

bool MainWindow::leaveCurrentItem() {
    if (!m_inspectPage->active())
        return true;
    return Dialogs::ask(this, tr("Item not finished"),
                        tr("Item %1 is not confirmed yet. Leave it for now? It stays received and is "
                           "offered again later.")
                            .arg(m_inspectPage->lpn()),
                        tr("Leave it"), tr("Stay"));
}

void MainWindow::handleScan(const QString& code) {
    if (m_user)
        m_idle.start();
    const ScanResult scan = classifyScan(code);
    if (scan.kind == ScanKind::Badge) {
        switchUser(scan.value);
        return;
    }
    if (!m_user) {
        m_loginPage->showError(tr("Scan your badge first."));
        m_errorSound->play();
        return;
    }
    if (page() == Page::Supervisor) {
        m_supervisorPage->handleScan(code);
        return;
    }
    if (page() == Page::Regrade && scan.kind == ScanKind::Lpn) {
        m_regradePage->select(scan.value);
        return;
    }
    switch (scan.kind) {
    case ScanKind::Tote:
        showPage(Page::Totes);
        m_totesPage->select(scan.value);
        feedback(tr("Tote %1.").arg(scan.value), false);
        return;
    case ScanKind::Lpn:
        showItem(scan.value);
        return;
    case ScanKind::Tracking:
    case ScanKind::Rma:
        openParcel(code);
        return;
    case ScanKind::Gtin:
    case ScanKind::Gs1:
        receiveItem(code);
        return;
    default:
        break;
    }
    if (!m_parcel) {
        openParcel(code); // an unknown label: a blind receipt
        return;
    }
    // With a parcel open an unknown code is a serial number, unless it is a parcel we know.
    const auto found = lookupScan(m_station, code);
    if (found && found->parcelId != 0 && found->lpn.isEmpty())
        openParcel(code);
    else
        receiveItem(code);
}

void MainWindow::newParcel() {
    if (!leaveCurrentItem())
        return;
    m_inspectPage->clear();
    m_parcel.reset();
    m_parcelPage->clearLastItem();
    m_parcelPage->showParcel(std::nullopt);
    showPage(Page::Parcel);
    feedback(tr("Ready for the next parcel."), false, false);
}

void MainWindow::openParcel(const QString& code) {
    if (!leaveCurrentItem())
        return;
    auto parcel = m_receiving->openParcel(code);
    if (!parcel) {
        feedback(parcel.error().message, true);
        return;
    }
    m_inspectPage->clear();
    m_parcel = *parcel;
    m_parcelPage->clearLastItem();
    m_parcelPage->showParcel(m_parcel);
    showPage(Page::Parcel);
    if (parcel->created)
        feedback(tr("Parcel %1 opened. Now scan the first item.").arg(parcel->tracking),
                 parcel->authorization != authorization::Authorized &&
                     parcel->authorization != authorization::UnknownParcel);
    else
        feedback(tr("Parcel %1 was received before: reopened.").arg(parcel->tracking), false);
}

void MainWindow::reloadParcel() {
    if (!m_parcel)
        return;
    if (auto fresh = m_receiving->parcel(m_parcel->id)) {
        m_parcel = *fresh;
        m_parcelPage->showParcel(m_parcel);
    }
}

void MainWindow::receiveItem(const QString& code) {
    if (!m_parcel) {
        feedback(tr("Scan the parcel label first, then the item."), true);
        return;
    }
    if (!leaveCurrentItem())
        return;
    auto item = m_receiving->receiveItem(m_parcel->id, code);
    if (!item) {
        feedback(item.error().message, true);
        return;
    }
    reloadParcel();
    m_inspectPage->start(m_receiving.get(), *item, describe(item->sku));
    showPage(Page::Inspect);
    const bool authorized = item->authorization == authorization::Authorized;
    if (authorized)
        feedback(tr("Item %1 received. Check it.").arg(item->lpn), false);
    else
        feedback(tr("Item %1: %2").arg(item->lpn, authorizationLabel(item->authorization)), true);
}

void MainWindow::showItem(const QString& lpn) {
    auto parcel = m_receiving->parcelOfItem(lpn);
    if (!parcel) {
        feedback(parcel.error().message, true);
        return;
    }
    for (const ItemSummary& item : parcel->items) {
        if (item.lpn != lpn)
            continue;
        if (item.status == QLatin1String("received")) {
            if (!leaveCurrentItem())
                return;
            m_parcel = *parcel;
            m_parcelPage->showParcel(m_parcel);
            inspectReceived(item);
            feedback(tr("Item %1 is not graded yet: check it now.").arg(lpn), false);
        } else {
            feedback(tr("Item %1 is already done (grade %2, %3). Corrections go through a supervisor.")
                         .arg(lpn, item.grade,
                              dispositionFromName(item.disposition)
                                  ? dispositionLabel(*dispositionFromName(item.disposition))
                                  : item.disposition),
                     false);
        }
        return;
    }
}

void MainWindow::onConfirmed(const ItemOutcome& outcome) {
    reloadParcel();
    m_parcelPage->showLastItem(outcome);
    showPage(Page::Parcel);
    m_labels->printLpnLabel(outcome.lpn);
    feedback(outcome.queueCauses.isEmpty()
                 ? tr("Item %1 done. Scan the next item.").arg(outcome.lpn)
                 : tr("Item %1 done; a supervisor will check it. Scan the next item.").arg(outcome.lpn),
             false);
}

} // namespace dockside
