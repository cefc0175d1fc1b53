#pragma once

#include "domain/Types.h"
#include "services/InspectionQueue.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QScrollArea;
class QVBoxLayout;

namespace dockside {

class ItemDetailPane;
class QueueModel;

// The supervisor's inspection queue: filters and presets on top, counts per cause on the left,
// the queue in the middle (paged from SQL), the selected item's case and the decisions on the
// right. Every decision goes through core with the signed-in supervisor.
class InspectionQueuePage : public QWidget {
    Q_OBJECT
public:
    InspectionQueuePage(Station& station, QWidget* parent = nullptr);

    void setUser(const std::optional<User>& user);
    void refresh();                       // counts, rows and detail again
    void search(const QString& code);     // a scanned or typed LPN, tracking, RMA, serial or SKU
    void applyFilters();                  // the filter widgets to the model
    void setFilter(const QueueFilter& f); // the widgets from a filter, then applied
    QueueFilter filterFromWidgets() const;
    void selectRow(int row);
    QStringList selectedLpns() const;

    // The decisions, on the selected rows; they ask through Dialogs where they need words.
    void approveSelected();
    void changeDisposition();
    void rejectSelected();
    void requestRegrade();
    void resolveException();
    void savePreset();
    void deletePreset();

    QueueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ItemDetailPane* detailPane() const { return m_detail; }
    QString message() const;

signals:
    void message(const QString& text, bool error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every fixed text; runs again when the language changes
    void feedback(const QString& text, bool error);
    void selectionChanged(); // the detail pane, then updateActions
    void updateActions();    // which decisions the selection allows, and their words
    void showTotal();
    void fillAgeChoices();                                  // keeps the chosen range
    QString ageRangeText(int minHours, int maxHours) const; // -1: open-ended
    void reloadPresets();
    void reloadCounts();
    void afterDecision(const QString& text);
    bool checkDecisions(const Result<QList<QueueDecision>>& results);

    Station& m_station;
    std::optional<User> m_user;
    QueueModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    ItemDetailPane* m_detail = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_total = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_cause = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_disposition = nullptr;
    QLineEdit* m_category = nullptr;
    QComboBox* m_worker = nullptr;
    QComboBox* m_age = nullptr;
    QLineEdit* m_minValue = nullptr;
    QLineEdit* m_maxValue = nullptr;
    QComboBox* m_presets = nullptr;
    QPushButton* m_savePreset = nullptr;
    QPushButton* m_deletePreset = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QHash<QWidget*, QLabel*> m_labels; // each filter's label, by the control it names
    QVBoxLayout* m_counts = nullptr;
    QScrollArea* m_countsScroll = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_regrade = nullptr;
    QPushButton* m_resolve = nullptr;
    QTimer m_searchDelay;
    bool m_loading = false; // widgets being set from a filter: no re-query per widget
};

} // namespace dockside
