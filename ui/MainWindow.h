#pragma once

#include "Theme.h"
#include "domain/Types.h"
#include "services/Receiving.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSoundEffect;
class QStackedWidget;
class QToolButton;

namespace dockside {

class AnalyticsPage;
class InspectPage;
class LabelOutput;
class LoginPage;
class ParcelPage;
class ScannerInput;
class SupervisorPage;
class RegradePage;
class Station;
class SyncController;
class SyncPanel;
class TotesPage;

// The dock station: a stack of pages (log in, parcel, item, totes) under one message bar and a
// status bar. Every scan, on every page, comes through handleScan() and is routed by what it is:
// a badge switches user, a parcel label opens the parcel, a product code receives an item, an
// item label shows the item, a tote code the totes. Locks itself after `idle_lock_minutes`.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Login, Parcel, Inspect, Totes, Supervisor, Regrade, Analytics };

    explicit MainWindow(Station& station, QWidget* parent = nullptr);
    ~MainWindow() override;

    void handleScan(const QString& code);
    void refresh(); // the status bar and the open page's data
    void lock(const QString& reason = {});
    void setIdleLockInterval(int ms);
    int idleLockInterval() const { return m_idle.interval(); }

    Page page() const;
    const std::optional<User>& user() const { return m_user; }
    const std::optional<ParcelView>& currentParcel() const { return m_parcel; }
    QString message() const;
    LoginPage* loginPage() const { return m_loginPage; }
    ParcelPage* parcelPage() const { return m_parcelPage; }
    InspectPage* inspectPage() const { return m_inspectPage; }
    TotesPage* totesPage() const { return m_totesPage; }
    SupervisorPage* supervisorPage() const { return m_supervisorPage; }
    // F12 or the status bar button: the supervisor workspace and back (supervisors and admins).
    void toggleSupervisor();
    RegradePage* regradePage() const { return m_regradePage; }
    // F11 or its status bar button (shown while second grades wait for this user): blind re-grades.
    void toggleRegrade();
    AnalyticsPage* analyticsPage() const { return m_analyticsPage; }
    void showAnalytics(); // supervisors and admins only
    LabelOutput* labelOutput() const { return m_labels; }
    ScannerInput* scannerInput() const { return m_scanner; }
    SyncController* syncController() const { return m_sync; }
    SyncPanel* syncPanel() const { return m_syncPanel; }

    // The language on screen: the user's badge brings theirs, nobody logged in means the
    // station's. Switching stores it as the logged-in user's language.
    void setLanguage(const QString& code);
    QString stationLanguage() const { return m_stationLanguage; }
    // High contrast and large text, stored in the station's settings.
    void setLook(const theme::Look& look);
    const theme::Look& look() const { return m_look; }
    QToolButton* languageButton() const { return m_languageButton; }
    QToolButton* displayButton() const { return m_displayButton; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void arrangeStatusFacts();
    void buildDisplayMenus(QHBoxLayout* row);
    void showPage(Page page);
    void feedback(const QString& text, bool error, bool sound = true);
    void login(const QString& badge, const QString& pin);
    void switchUser(const QString& badge);
    void openParcel(const QString& code);
    void receiveItem(const QString& code);
    void showItem(const QString& lpn);
    void inspectReceived(const ItemSummary& item);
    void onConfirmed(const ItemOutcome& outcome);
    void newParcel();
    void resumeUnfinished();
    bool leaveCurrentItem();
    void reloadParcel();
    QString describe(const QString& sku);

    Station& m_station;
    std::optional<User> m_user;
    std::optional<User> m_lockedUser; // who was logged in before the lock: may come straight back
    std::unique_ptr<Receiving> m_receiving;
    std::optional<ParcelView> m_parcel;

    ScannerInput* m_scanner = nullptr;
    LabelOutput* m_labels = nullptr;
    QStackedWidget* m_stack = nullptr;
    LoginPage* m_loginPage = nullptr;
    ParcelPage* m_parcelPage = nullptr;
    InspectPage* m_inspectPage = nullptr;
    TotesPage* m_totesPage = nullptr;
    SupervisorPage* m_supervisorPage = nullptr;
    QPushButton* m_supervisorButton = nullptr;
    RegradePage* m_regradePage = nullptr;
    QPushButton* m_regradeButton = nullptr;
    AnalyticsPage* m_analyticsPage = nullptr;
    QPushButton* m_analyticsButton = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_stationLabel = nullptr;
    QLabel* m_pendingLabel = nullptr;
    SyncController* m_sync = nullptr;
    SyncPanel* m_syncPanel = nullptr;
    QLabel* m_cameraLabel = nullptr;
    QLabel* m_printerLabel = nullptr;
    QToolButton* m_languageButton = nullptr;
    QToolButton* m_displayButton = nullptr;
    QString m_stationLanguage;
    theme::Look m_look;
    QGridLayout* m_statusGrid = nullptr; // the station facts in the status bar
    QSoundEffect* m_okSound = nullptr;
    QSoundEffect* m_errorSound = nullptr;
    QTimer m_idle;
    QTimer m_statusTimer;
};

} // namespace dockside
