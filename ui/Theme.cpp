#include "Theme.h"

#include "services/Station.h"

#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QVariant>

#include <algorithm>

namespace dockside::theme {

Look lookOf(Station& station) {
    const auto on = [&](const QString& key) {
        return station.setting(key, QStringLiteral("false")) == QLatin1String("true");
    };
    return {on(kHighContrastSetting), on(kLargeTextSetting)};
}

QString styleSheet(const Look& look) {
    // Dark text on white, saturated dark button colours; the focus ring is a thick amber border
    // that no state colour uses. High contrast: black text and borders, focus ring black on amber.
    // Buttons have no min-width: a style sheet's minimum becomes the widget's explicit minimum size,
    // down to which layouts squeeze a button and cut its words; words and padding already make it
    // wider than a finger.
    QString sheet = QStringLiteral(R"(
QWidget { font-size: 15pt; color: @text; }
QMainWindow, QStackedWidget > QWidget, QDialog { background: #ffffff; }
QPushButton, QToolButton {
    min-height: 56px; padding: 4px 16px; border-radius: 6px;
    background: @button; border: @bw solid @border; font-weight: 600;
}
QPushButton:hover, QToolButton:hover { background: #d7dee9; }
QPushButton:pressed, QToolButton:pressed { background: #b9c4d6; }
QPushButton:disabled { color: @disabled; border-color: #b0b0b0; background: #f2f2f2; }
QPushButton:focus, QToolButton:focus { border: 5px solid @focus; }
QPushButton[primary="true"] { background: @primary; color: #ffffff; border-color: #06325f; }
QPushButton[primary="true"]:disabled { background: #9fb3c9; color: #eeeeee; }
QPushButton[answer="pass"]:checked { background: @good; color: #ffffff; border-color: #0d3d16; }
QPushButton[answer="fail"]:checked { background: @bad; color: #ffffff; border-color: #5c0b0b; }
QPushButton[choice="true"]:checked { background: @primary; color: #ffffff; border-color: #06325f; }
QLineEdit, QSpinBox, QPlainTextEdit, QComboBox {
    min-height: 48px; border: @bw solid @border; border-radius: 4px; padding: 2px 8px; background: #ffffff;
}
QLineEdit:focus, QSpinBox:focus, QPlainTextEdit:focus, QComboBox:focus, QTableView:focus, QListView:focus {
    border: 4px solid @focus;
}
QCheckBox, QRadioButton { min-height: 48px; spacing: 12px; }
QCheckBox::indicator, QRadioButton::indicator { width: 28px; height: 28px; }
QCheckBox:focus, QRadioButton:focus { border: 4px solid @focus; border-radius: 4px; }
QTableView { gridline-color: #c0c0c0; selection-background-color: @primary; selection-color: #ffffff; }
QHeaderView::section { font-weight: 700; padding: 6px; background: @button; border: 1px solid #c0c0c0; }
QPushButton[primary="true"]:focus, QPushButton[answer]:checked:focus, QPushButton[choice="true"]:checked:focus {
    border: 5px solid @focus;
}
QPushButton[choice="true"] { font-size: 13pt; padding: 4px 6px; }
QPushButton[keypad="true"] { font-size: 28pt; }
QPushButton[big="true"] { font-size: 20pt; }
QPushButton[confirm="true"] { font-size: 17pt; }
QLabel[tone="good"] { color: @goodText; background: #e3f4e6; border: 2px solid @good; border-radius: 6px; padding: 6px; }
QLabel[tone="warning"] { color: @warnText; background: #fff3d6; border: 2px solid #b57900; border-radius: 6px; padding: 6px; }
QLabel[tone="bad"] { color: @badText; background: #fde4e4; border: 2px solid @bad; border-radius: 6px; padding: 6px; }
QLabel[tone="neutral"] { color: @text; background: #eef2f7; border: 2px solid #8090a8; border-radius: 6px; padding: 6px; }
QLabel[heading="true"] { font-size: 22pt; font-weight: 700; }
QLabel[prompt="true"] { font-size: 24pt; font-weight: 700; color: @prompt; }
QLabel[huge="true"] { font-size: 64pt; font-weight: 800; }
QLabel#gradeLabel { font-size: 52pt; }
QLabel[small="true"] { font-size: 12pt; color: @secondary; }
QLabel#messageBar { font-size: 16pt; margin: 8px 8px 0 16px; }
QStatusBar QLabel { font-size: 12pt; padding: 0 10px; }
QToolButton#languageButton, QToolButton#displayButton { margin-top: 8px; padding: 2px 12px; }
QMenu { font-size: 15pt; }
QMenu::item { padding: 10px 28px; }
QMenu::item:selected { background: @primary; color: #ffffff; }
)");
    const bool hc = look.highContrast;
    const QList<std::pair<const char*, const char*>> colours{
        {"@text", hc ? "#000000" : "#111111"},
        {"@secondary", hc ? "#000000" : "#333333"},
        {"@button", hc ? "#ffffff" : "#e8ecf2"},
        {"@border", hc ? "#000000" : "#4a5566"},
        {"@bw", hc ? "3px" : "2px"},
        {"@disabled", hc ? "#4d4d4d" : "#7a7a7a"},
        {"@focus", hc ? "#000000" : "#ff9f00"},
        {"@primary", hc ? "#00265a" : "#0b4f9c"},
        {"@good", hc ? "#0a4a17" : "#1b6e2a"},
        {"@bad", hc ? "#7a0000" : "#a31515"},
        {"@goodText", hc ? "#000000" : "#0d5c1d"},
        {"@warnText", hc ? "#000000" : "#5c3d00"},
        {"@badText", hc ? "#000000" : "#7d0d0d"},
        {"@prompt", hc ? "#000000" : "#0b4f9c"},
    };
    // Longest keys first: "@good" must not eat the start of "@goodText".
    auto ordered = colours;
    std::sort(ordered.begin(), ordered.end(),
              [](const auto& a, const auto& b) { return qstrlen(a.first) > qstrlen(b.first); });
    for (const auto& [key, value] : ordered)
        sheet.replace(QLatin1String(key), QLatin1String(value));
    if (hc) // the focused control also gets a yellow fill, so focus never depends on a thin line
        sheet += QStringLiteral("QPushButton:focus, QToolButton:focus, QLineEdit:focus, QSpinBox:focus, "
                                "QComboBox:focus { background: #ffe14d; color: #000000; }\n");
    if (look.largeText) {
        static const QRegularExpression points(QStringLiteral("font-size: (\\d+)pt"));
        QString scaled;
        qsizetype last = 0;
        for (auto it = points.globalMatch(sheet); it.hasNext();) {
            const auto m = it.next();
            scaled += sheet.mid(last, m.capturedStart() - last);
            scaled += QStringLiteral("font-size: %1pt").arg(qRound(m.captured(1).toInt() * 1.3));
            last = m.capturedEnd();
        }
        sheet = scaled + sheet.mid(last);
    }
    return sheet;
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

QIcon icon(const QString& name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace dockside::theme
