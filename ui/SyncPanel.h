#pragma once

#include "Theme.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dockside {

class Station;
class SyncController;

// The sync corner of the status bar: the last success or the last error in plain words, the
// next scheduled run, progress while a run is going, and the "Sync now" button (F9 in MainWindow).
class SyncPanel : public QWidget {
    Q_OBJECT
public:
    SyncPanel(Station& station, SyncController& controller, QWidget* parent = nullptr);

    void refresh();
    QString statusText() const;
    QPushButton* syncButton() const { return m_button; }

signals:
    void syncFinished(bool ok); // after the panel has shown the outcome

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every fixed text; runs again when the language changes
    void setStatus(Tone tone, const QString& text);

    Station& m_station;
    SyncController& m_controller;
    QLabel* m_status = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace dockside
