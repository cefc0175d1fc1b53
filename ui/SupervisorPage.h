#pragma once

#include "domain/Types.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTabWidget;

namespace dockside {

class AdminPage;
class HistoryPage;
class InspectionQueuePage;
class Station;

// The supervisor's workspace (supervisors and admins only): the inspection queue, item history,
// and for admins users and settings. The dock pages stay as they are; this is one more page of
// the main window, reached with F12 or its button.
class SupervisorPage : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Queue, History, Admin };
    SupervisorPage(Station& station, QWidget* parent = nullptr);

    // Whether a user may open the workspace at all.
    static bool allows(const std::optional<User>& user);
    void setUser(const std::optional<User>& user);
    void refresh();
    // A scan while the workspace is open: the queue finds the item, or the history shows it.
    void handleScan(const QString& code);
    void showTab(Tab tab);
    Tab currentTab() const;

    InspectionQueuePage* queuePage() const { return m_queue; }
    HistoryPage* historyPage() const { return m_history; }
    AdminPage* adminPage() const { return m_admin; }

signals:
    void backRequested();
    void settingsSaved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every fixed text; runs again when the language changes

    QPushButton* m_back = nullptr;
    QTabWidget* m_tabs = nullptr;
    InspectionQueuePage* m_queue = nullptr;
    HistoryPage* m_history = nullptr;
    AdminPage* m_admin = nullptr;
    std::optional<User> m_user;
};

} // namespace dockside
