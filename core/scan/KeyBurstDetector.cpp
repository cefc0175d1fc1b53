#include "scan/KeyBurstDetector.h"

#include <utility>

namespace dockside {

KeyBurstDetector::Verdict KeyBurstDetector::feed(KeyKind kind, const QString& text, qint64 timestampMs) {
    if (kind == KeyKind::Modifier)
        return Verdict::Pass;
    if (!m_held.isEmpty() && timestampMs - m_lastKeyMs > m_settings.maxGapMs)
        releaseHeld(); // too slow to be a scanner: the held keys were typed
    m_lastKeyMs = timestampMs;
    const bool terminator = kind == KeyKind::Enter || (kind == KeyKind::Tab && m_settings.tabTerminates);
    if (terminator) {
        if (m_burst.size() >= m_settings.minLength) {
            m_scan = m_burst;
            m_held.clear();
            m_burst.clear();
            return Verdict::Scanned;
        }
        releaseHeld(); // a short fast entry and Enter: a person's keystrokes after all
        return Verdict::Pass;
    }
    if (kind == KeyKind::GroupSeparator) {
        m_burst.append(QChar(0x1D));
        m_held.append(QString(QChar(0x1D)));
        return Verdict::Hold;
    }
    if (kind != KeyKind::Text || text.isEmpty() || !text.at(0).isPrint()) {
        releaseHeld();
        return Verdict::Pass;
    }
    const bool isGs = !m_settings.gsReplacement.isNull() && text == QString(m_settings.gsReplacement);
    m_burst.append(isGs ? QString(QChar(0x1D)) : text);
    m_held.append(text);
    return Verdict::Hold;
}

void KeyBurstDetector::releaseHeld() {
    m_replay += m_held;
    m_held.clear();
    m_burst.clear();
}

bool KeyBurstDetector::expire(qint64 nowMs) {
    if (m_held.isEmpty() || nowMs - m_lastKeyMs <= m_settings.maxGapMs)
        return false;
    releaseHeld();
    return true;
}

QString KeyBurstDetector::takeScan() {
    return std::exchange(m_scan, QString());
}

QList<QString> KeyBurstDetector::takeReplay() {
    return std::exchange(m_replay, {});
}

} // namespace dockside
