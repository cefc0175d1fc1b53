#include "SupervisorPage.h"

#include "AdminPage.h"
#include "HistoryPage.h"
#include "InspectionQueuePage.h"

#include <QEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dockside {

SupervisorPage::SupervisorPage(Station& station, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("supervisorPage"));
    // Denser than the dock pages: supervisors read tables at a desk, with a mouse. Targets stay
    // at least 48 px high.
    setStyleSheet(QStringLiteral(
        "#supervisorPage QWidget { font-size: 12pt; }"
        "#supervisorPage QPushButton { min-height: 48px; padding: 2px 10px; }"
        "#supervisorPage QComboBox { min-height: 48px; }"
        "#supervisorPage QLabel[heading=\"true\"] { font-size: 16pt; font-weight: 700; }"
        "#supervisorPage QTabBar::tab { min-height: 52px; padding: 0 18px; font-size: 13pt; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    // No heading row: the tabs name the workspace, and every pixel of height goes to the queue
    // (the window must fit a 1280 x 800 dock screen).
    m_tabs = new QTabWidget(this);
    m_back = new QPushButton(m_tabs);
    m_back->setObjectName(QStringLiteral("backToDock"));
    connect(m_back, &QPushButton::clicked, this, &SupervisorPage::backRequested);
    m_tabs->setCornerWidget(m_back, Qt::TopRightCorner);
    m_queue = new InspectionQueuePage(station, m_tabs);
    m_history = new HistoryPage(station, m_tabs);
    // Users and settings are a long form used now and then: it scrolls rather than making the
    // whole window taller.
    auto* adminScroll = new QScrollArea(m_tabs);
    adminScroll->setWidgetResizable(true);
    adminScroll->setFrameShape(QFrame::NoFrame);
    m_admin = new AdminPage(station, adminScroll);
    adminScroll->setWidget(m_admin);
    m_tabs->addTab(m_queue, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(adminScroll, QString());
    layout->addWidget(m_tabs, 1);
    connect(m_admin, &AdminPage::settingsSaved, this, [this] {
        m_queue->refresh(); // the SLA may have changed
        emit settingsSaved();
    });
    retranslateUi();
    setUser(std::nullopt);
}

void SupervisorPage::retranslateUi() {
    m_back->setText(tr("Back to the dock (F12)"));
    m_tabs->setTabText(static_cast<int>(Tab::Queue), tr("Inspection queue"));
    m_tabs->setTabText(static_cast<int>(Tab::History), tr("Item history"));
    m_tabs->setTabText(static_cast<int>(Tab::Admin), tr("Users and settings"));
}

void SupervisorPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the tabs retranslate themselves, keeping what was typed and chosen
    QWidget::changeEvent(event);
}

bool SupervisorPage::allows(const std::optional<User>& user) {
    return user && (user->role == Role::Supervisor || user->role == Role::Admin);
}

void SupervisorPage::setUser(const std::optional<User>& user) {
    m_user = allows(user) ? user : std::nullopt;
    m_queue->setUser(m_user);
    m_admin->setUser(m_user && m_user->role == Role::Admin ? m_user : std::nullopt);
    m_tabs->setTabVisible(static_cast<int>(Tab::Admin), m_user && m_user->role == Role::Admin);
    if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(0);
}

void SupervisorPage::refresh() {
    m_queue->refresh();
    if (m_user && m_user->role == Role::Admin)
        m_admin->refresh();
}

void SupervisorPage::handleScan(const QString& code) {
    if (currentTab() == Tab::History) {
        m_history->show(code);
        return;
    }
    showTab(Tab::Queue);
    m_queue->search(code);
}

void SupervisorPage::showTab(Tab tab) {
    if (m_tabs->isTabVisible(static_cast<int>(tab)))
        m_tabs->setCurrentIndex(static_cast<int>(tab));
}

SupervisorPage::Tab SupervisorPage::currentTab() const {
    return static_cast<Tab>(m_tabs->currentIndex());
}

} // namespace dockside
