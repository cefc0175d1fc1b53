#include "ScannerInput.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace dockside {

ScannerInput::ScannerInput(QObject* parent)
    : QObject(parent) {
    m_clock.start();
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        if (m_detector.expire(m_clock.elapsed()))
            replay();
        else if (m_detector.holding())
            m_expiry.start(m_detector.settings().maxGapMs);
    });
}

KeyBurstDetector::KeyKind ScannerInput::kindOf(const QKeyEvent& e) {
    using Kind = KeyBurstDetector::KeyKind;
    if (e.key() == Qt::Key_Return || e.key() == Qt::Key_Enter)
        return Kind::Enter;
    if (e.key() == Qt::Key_Tab)
        return Kind::Tab;
    if (e.key() == Qt::Key_Shift || e.key() == Qt::Key_Control || e.key() == Qt::Key_Alt ||
        e.key() == Qt::Key_Meta || e.key() == Qt::Key_AltGr)
        return Kind::Modifier;
    // Scanners send GS as Ctrl+] (ASCII 0x1D) or, on some keyboard layouts, as F8.
    if (e.key() == Qt::Key_F8 || e.text() == QString(QChar(0x1D)) ||
        (e.key() == Qt::Key_BracketRight && (e.modifiers() & Qt::ControlModifier)))
        return Kind::GroupSeparator;
    if (e.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return Kind::Other; // shortcuts are never part of a code
    return e.text().isEmpty() ? Kind::Other : Kind::Text;
}

bool ScannerInput::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || m_replaying || !m_enabled || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    // An application filter sees the event once per widget it propagates to; judge it once.
    if (watched != QApplication::focusWidget() && QApplication::focusWidget())
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const auto verdict = m_detector.feed(kindOf(*key), key->text(), m_clock.elapsed());
    replay();
    switch (verdict) {
    case KeyBurstDetector::Verdict::Hold:
        m_expiry.start(m_detector.settings().maxGapMs + 5);
        return true;
    case KeyBurstDetector::Verdict::Scanned:
        m_expiry.stop();
        emit scanned(m_detector.takeScan());
        return true;
    case KeyBurstDetector::Verdict::Pass:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ScannerInput::replay() {
    const QList<QString> keys = m_detector.takeReplay();
    QWidget* target = QApplication::focusWidget();
    if (keys.isEmpty() || !target)
        return;
    m_replaying = true;
    for (const QString& text : keys) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, text);
        QApplication::sendEvent(target, &release);
    }
    m_replaying = false;
}

} // namespace dockside
