#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
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

private:
    Station& m_station;
    QLineEdit* m_code = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    TimelineModel* m_model = nullptr;
};

} // namespace dockside
