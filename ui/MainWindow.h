#pragma once

#include <QMainWindow>

class QLabel;
class QTableWidget;

namespace dockside {

class Station;

// The station's main window. For now it shows the station at a glance: identity, open totes,
// the inspection queue and the outbox; the worker and supervisor screens plug in here.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Station& station, QWidget* parent = nullptr);

    void refresh();

private:
    Station& m_station;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_totes = nullptr;
};

} // namespace dockside
