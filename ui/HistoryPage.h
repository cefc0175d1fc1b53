#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dockside {

class Station;
class TimelineModel;

// Any LPN, tracking number, RMA or serial opens its timeline: every event with who, when, on
// which station, and whether it reached head office yet.
class HistoryPage : public QWidget {
    Q_OBJECT
public:
    HistoryPage(Station& station, QWidget* parent = nullptr);
    void show(const QString& code); // looks it up and fills the table
    TimelineModel* model() const { return m_model; }
    QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every fixed text; runs again when the language changes
    void lookUp();        // m_shown's timeline, or why there is none
    void showSummary();   // the line above the table, from the timeline shown

    Station& m_station;
    QString m_shown; // the code last looked up (the field may hold a newer one)
    bool m_lookedUp = false;
    QLabel* m_codeLabel = nullptr;
    QPushButton* m_go = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    TimelineModel* m_model = nullptr;
};

} // namespace dockside
