#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class QWidget;

namespace dockside {

// The few questions the dock screens ask. Tests queue the answers (like KeePassXC's
// MessageBox::setNextAnswer) so a modal dialog never hangs an offscreen run.
class Dialogs {
public:
    // A yes/no question; true for yes.
    static bool ask(QWidget* parent, const QString& title, const QString& question, const QString& yes,
                    const QString& no);
    // A line of text; nullopt when cancelled. An empty answer is refused while `required`.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                          bool required = true);

    // One of several options; the chosen index, nullopt when cancelled.
    static std::optional<int> askChoice(QWidget* parent, const QString& title, const QString& label,
                                        const QStringList& options, int current = 0);

    // Files to open (photos); empty when cancelled.
    static QStringList askFiles(QWidget* parent, const QString& title, const QString& folder,
                                const QString& filter);

    // Where to save a file (exports, PDF reports); nullopt when cancelled.
    static std::optional<QString> askSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                                              const QString& filter);

    // Test hook: the next dialogs answer these, oldest first, without showing (bool for ask(),
    // QString for askText() and askSaveFile(), QStringList for askFiles(), int for askChoice(), an
    // invalid QVariant to cancel askText() or askSaveFile()).
    static void queueAnswer(const QVariant& answer);
    static qsizetype queuedAnswers();
    static void clearAnswers();
};

} // namespace dockside
