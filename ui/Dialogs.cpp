#include "Dialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QQueue>
#include <QVBoxLayout>

namespace dockside {

namespace {
QQueue<QVariant>& answers() {
    static QQueue<QVariant> queue;
    return queue;
}

QDialog* makeDialog(QWidget* parent, const QString& title, const QString& text, QVBoxLayout*& layout) {
    auto* dialog = new QDialog(parent);
    dialog->setWindowTitle(title);
    dialog->setMinimumWidth(640);
    layout = new QVBoxLayout(dialog);
    layout->setSpacing(16);
    auto* label = new QLabel(text, dialog);
    label->setWordWrap(true);
    label->setProperty("heading", true);
    layout->addWidget(label);
    return dialog;
}
} // namespace

void Dialogs::queueAnswer(const QVariant& answer) {
    answers().enqueue(answer);
}
qsizetype Dialogs::queuedAnswers() {
    return answers().size();
}
void Dialogs::clearAnswers() {
    answers().clear();
}

bool Dialogs::ask(QWidget* parent, const QString& title, const QString& question, const QString& yes,
                  const QString& no) {
    if (!answers().isEmpty())
        return answers().dequeue().toBool();
    QVBoxLayout* layout = nullptr;
    QDialog* dialog = makeDialog(parent, title, question, layout);
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* yesButton = buttons->addButton(yes, QDialogButtonBox::AcceptRole);
    yesButton->setProperty("primary", true);
    buttons->addButton(no, QDialogButtonBox::RejectRole);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    yesButton->setFocus();
    const bool accepted = dialog->exec() == QDialog::Accepted;
    delete dialog;
    return accepted;
}

QStringList Dialogs::askFiles(QWidget* parent, const QString& title, const QString& folder,
                              const QString& filter) {
    if (!answers().isEmpty())
        return answers().dequeue().toStringList();
    return QFileDialog::getOpenFileNames(parent, title, folder, filter);
}

std::optional<QString> Dialogs::askText(QWidget* parent, const QString& title, const QString& label,
                                        bool required) {
    if (!answers().isEmpty()) {
        const QVariant answer = answers().dequeue();
        if (!answer.isValid())
            return std::nullopt;
        return answer.toString();
    }
    QVBoxLayout* layout = nullptr;
    QDialog* dialog = makeDialog(parent, title, label, layout);
    auto* field = new QLineEdit(dialog);
    layout->addWidget(field);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setProperty("primary", true);
    if (required) {
        ok->setEnabled(false);
        QObject::connect(field, &QLineEdit::textChanged, ok,
                         [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    field->setFocus();
    std::optional<QString> result;
    if (dialog->exec() == QDialog::Accepted)
        result = field->text().trimmed();
    delete dialog;
    return result;
}

std::optional<int> Dialogs::askChoice(QWidget* parent, const QString& title, const QString& label,
                                      const QStringList& options, int current) {
    if (!answers().isEmpty()) {
        const QVariant answer = answers().dequeue();
        if (!answer.isValid())
            return std::nullopt;
        return answer.toInt();
    }
    QVBoxLayout* layout = nullptr;
    QDialog* dialog = makeDialog(parent, title, label, layout);
    auto* list = new QListWidget(dialog);
    list->addItems(options);
    list->setCurrentRow(qBound(0, current, int(options.size()) - 1));
    list->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 48px; }"));
    layout->addWidget(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setProperty("primary", true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(list, &QListWidget::itemDoubleClicked, dialog, &QDialog::accept);
    layout->addWidget(buttons);
    list->setFocus();
    std::optional<int> result;
    if (dialog->exec() == QDialog::Accepted && list->currentRow() >= 0)
        result = list->currentRow();
    delete dialog;
    return result;
}

std::optional<QString> Dialogs::askSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                                            const QString& filter) {
    if (!answers().isEmpty()) {
        const QVariant answer = answers().dequeue();
        if (!answer.isValid())
            return std::nullopt;
        return answer.toString();
    }
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

} // namespace dockside
