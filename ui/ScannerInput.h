#pragma once

#include "scan/KeyBurstDetector.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QKeyEvent;

namespace dockside {

// Watches every key press of the application for keyboard-wedge scanner bursts. A burst never
// reaches the focused widget: it is swallowed and emitted as scanned(). Keys held back while a
// burst might be starting are handed to the focused widget unchanged when they turn out to be
// typing. Install once on the QApplication.
class ScannerInput : public QObject {
    Q_OBJECT
public:
    explicit ScannerInput(QObject* parent = nullptr);

    void setSettings(const KeyBurstDetector::Settings& settings) { m_detector.setSettings(settings); }
    const KeyBurstDetector::Settings& settings() const { return m_detector.settings(); }
    // While disabled (e.g. a PIN field that must never be a scan), keys pass straight through.
    void setEnabled(bool enabled) { m_enabled = enabled; }

    static KeyBurstDetector::KeyKind kindOf(const QKeyEvent& event);

signals:
    void scanned(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void replay();

    KeyBurstDetector m_detector;
    QElapsedTimer m_clock;
    QTimer m_expiry;
    bool m_enabled = true;
    bool m_replaying = false;
};

} // namespace dockside
