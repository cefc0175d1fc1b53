#include "Theme.h"

#include <QLabel>
#include <QStyle>
#include <QVariant>

namespace dockside::theme {

QString styleSheet() {
    // Dark text on white, saturated dark button colours; the focus ring is a thick amber border
    // that no state colour uses, so the focused control is always visible.
    return QStringLiteral(R"(
QWidget { font-size: 15pt; color: #111111; }
QMainWindow, QStackedWidget > QWidget { background: #ffffff; }
QPushButton, QToolButton {
    min-height: 56px; min-width: 56px; padding: 4px 16px; border-radius: 6px;
    background: #e8ecf2; border: 2px solid #4a5566; font-weight: 600;
}
QPushButton:hover { background: #d7dee9; }
QPushButton:pressed { background: #b9c4d6; }
QPushButton:disabled { color: #7a7a7a; border-color: #b0b0b0; background: #f2f2f2; }
QPushButton:focus, QToolButton:focus { border: 5px solid #ff9f00; }
QPushButton[primary="true"] { background: #0b4f9c; color: #ffffff; border-color: #06325f; }
QPushButton[primary="true"]:disabled { background: #9fb3c9; color: #eeeeee; }
QPushButton[answer="pass"]:checked { background: #1b6e2a; color: #ffffff; border-color: #0d3d16; }
QPushButton[answer="fail"]:checked { background: #a31515; color: #ffffff; border-color: #5c0b0b; }
QPushButton[choice="true"]:checked { background: #0b4f9c; color: #ffffff; border-color: #06325f; }
QLineEdit, QSpinBox, QPlainTextEdit {
    min-height: 48px; border: 2px solid #4a5566; border-radius: 4px; padding: 2px 8px; background: #ffffff;
}
QLineEdit:focus, QSpinBox:focus, QPlainTextEdit:focus, QTableView:focus { border: 4px solid #ff9f00; }
QTableView { gridline-color: #c0c0c0; selection-background-color: #0b4f9c; selection-color: #ffffff; }
QHeaderView::section { font-weight: 700; padding: 6px; background: #e8ecf2; border: 1px solid #c0c0c0; }
QPushButton[primary="true"]:focus, QPushButton[answer]:checked:focus, QPushButton[choice="true"]:checked:focus {
    border: 5px solid #ff9f00;
}
QPushButton[choice="true"] { font-size: 13pt; padding: 4px 6px; }
QLabel[tone="good"] { color: #0d5c1d; background: #e3f4e6; border: 2px solid #1b6e2a; border-radius: 6px; padding: 6px; }
QLabel[tone="warning"] { color: #5c3d00; background: #fff3d6; border: 2px solid #b57900; border-radius: 6px; padding: 6px; }
QLabel[tone="bad"] { color: #7d0d0d; background: #fde4e4; border: 2px solid #a31515; border-radius: 6px; padding: 6px; }
QLabel[tone="neutral"] { color: #111111; background: #eef2f7; border: 2px solid #8090a8; border-radius: 6px; padding: 6px; }
QLabel[heading="true"] { font-size: 22pt; font-weight: 700; }
QLabel[prompt="true"] { font-size: 24pt; font-weight: 700; color: #0b4f9c; }
QLabel[huge="true"] { font-size: 64pt; font-weight: 800; }
QStatusBar QLabel { font-size: 12pt; padding: 0 10px; }
)");
}

QString symbol(Tone tone) {
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("\u2714"); // heavy check mark
    case Tone::Warning:
        return QStringLiteral("\u26A0"); // warning sign
    case Tone::Bad:
        return QStringLiteral("\u2716"); // heavy multiplication x
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("\u2139"); // information source
}

void setTone(QLabel* label, Tone tone, const QString& text) {
    static const char* names[] = {"neutral", "good", "warning", "bad"};
    label->setProperty("tone", QString::fromLatin1(names[static_cast<int>(tone)]));
    // The symbol is layout, not a sentence: it never changes the translated text.
    label->setText(text.isEmpty() ? QString() : symbol(tone) + QLatin1Char(' ') + text);
    label->setVisible(!text.isEmpty());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace dockside::theme
