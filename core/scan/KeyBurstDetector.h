#pragma once

#include <QChar>
#include <QList>
#include <QString>

namespace dockside {

// Tells a keyboard-wedge scanner from a person typing, by key timing alone: scanners send a whole
// code in a burst (well under 50 ms between keys) ending with Enter or Tab; people type slower.
// Keys are held back while a burst may be starting; if it turns out to be typing they are
// handed back (replay) so nothing a person types is lost, and a burst never reaches a text field.
// Pure logic with timestamps passed in, so it is tested with synthetic key streams.
class KeyBurstDetector {
public:
    struct Settings {
        int maxGapMs = 50; // the longest pause between two keys of one burst
        int minLength = 3; // shorter bursts ending in Enter are typing (e.g. "12" + Enter)
        bool tabTerminates = true;
        QChar gsReplacement; // a printable character the scanner is set to send for GS (e.g. '|')
    };

    // Modifier: a bare Shift/Ctrl/Alt press. Scanners press Shift for capitals and Ctrl for GS,
    // so it neither breaks nor extends a burst.
    enum class KeyKind { Text, Enter, Tab, GroupSeparator, Modifier, Other };

    // After every feed() and expire(), first deliver takeReplay() (held keys that turned out to be
    // typing), then act on the verdict for the key itself.
    enum class Verdict {
        Hold,    // keep the key: it may belong to a burst
        Pass,    // let the key through
        Scanned, // a burst ended with this key: takeScan() has the code; swallow the key
    };

    KeyBurstDetector() = default;
    explicit KeyBurstDetector(const Settings& settings)
        : m_settings(settings) {}
    void setSettings(const Settings& settings) { m_settings = settings; }
    const Settings& settings() const { return m_settings; }

    // One key press at `timestampMs` (any monotonic clock). text is what the key types.
    Verdict feed(KeyKind kind, const QString& text, qint64 timestampMs);
    // Called by a timer maxGapMs after the last key: true when held keys are now in takeReplay().
    bool expire(qint64 nowMs);
    bool holding() const { return !m_held.isEmpty(); }

    QString takeScan();
    QList<QString> takeReplay(); // the held keys' texts, oldest first

private:
    void releaseHeld();

    Settings m_settings;
    QString m_burst;       // the code so far, GS recovered
    QList<QString> m_held; // the texts of the held keys, for replay
    qint64 m_lastKeyMs = 0;
    QString m_scan;
    QList<QString> m_replay;
};

} // namespace dockside
