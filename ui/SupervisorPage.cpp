#include "SupervisorPage.h"

#include "AdminPage.h"
#include "HistoryPage.h"
#include "InspectionQueuePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
        "#supervisorPage QTabBar::tab { min-height: 44px; padding: 0 18px; font-size: 13pt; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setProperty("heading", true);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backToDock"));
    connect(m_back, &QPushButton::clicked, this, &SupervisorPage::backRequested);
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_back);
    layout->addLayout(top);
    m_tabs = new QTabWidget(this);
    m_queue = new InspectionQueuePage(station, m_tabs);
    m_history = new HistoryPage(station, m_tabs);
    m_admin = new AdminPage(station, m_tabs);
    m_tabs->addTab(m_queue, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_admin, QString());
    layout->addWidget(m_tabs, 1);
    connect(m_admin, &AdminPage::settingsSaved, this, [this] {
        m_queue->refresh(); // the SLA may have changed
        emit settingsSaved();
    });
    retranslateUi();
    setUser(std::nullopt);
}

void SupervisorPage::retranslateUi() {
    m_title->setText(tr("Supervisor workspace"));
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
