#include "LoginPage.h"

#include "Theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace dockside {

LoginPage::LoginPage(const QString& stationCode, const QString& stationName, QWidget* parent)
    : QWidget(parent)
    , m_stationCode(stationCode)
    , m_stationName(stationName) {
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->setSpacing(48);

    auto* left = new QVBoxLayout;
    left->setSpacing(16);
    m_title = new QLabel(this);
    m_title->setProperty("heading", true);
    m_title->setWordWrap(true);
    left->addWidget(m_title);
    m_prompt = new QLabel(this);
    m_prompt->setProperty("prompt", true);
    m_prompt->setWordWrap(true);
    left->addWidget(m_prompt);

    m_badgeLabel = new QLabel(this);
    m_badge = new QLineEdit(this);
    m_badge->setObjectName(QStringLiteral("badgeField"));
    m_badgeLabel->setBuddy(m_badge);
    left->addWidget(m_badgeLabel);
    left->addWidget(m_badge);

    m_pinLabel = new QLabel(this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), m_pin));
    m_pinLabel->setBuddy(m_pin);
    left->addWidget(m_pinLabel);
    left->addWidget(m_pin);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    left->addWidget(m_message);
    left->addStretch(1);
    outer->addLayout(left, 3);

    // The keypad never takes the focus: the PIN field keeps it, so the keyboard works alongside.
    m_keypad = new QWidget(this);
    auto* grid = new QGridLayout(m_keypad);
    grid->setSpacing(12);
    const QString keys = QStringLiteral("123456789");
    for (int i = 0; i < keys.size(); ++i) {
        auto* key = new QPushButton(keys.mid(i, 1), m_keypad);
        key->setObjectName(QStringLiteral("key_%1").arg(keys[i]));
        key->setFocusPolicy(Qt::NoFocus);
        key->setMinimumSize(96, 88);
        key->setProperty("keypad", true);
        key->setAccessibleName(keys.mid(i, 1));
        connect(key, &QPushButton::clicked, this, [this, digit = keys.mid(i, 1)] {
            m_pin->insert(digit);
            m_pin->setFocus();
        });
        grid->addWidget(key, i / 3, i % 3);
    }
    m_clear = new QPushButton(m_keypad);
    m_clear->setObjectName(QStringLiteral("key_clear"));
    m_clear->setIcon(theme::icon(QStringLiteral("clear")));
    m_clear->setIconSize(QSize(32, 32));
    m_clear->setFocusPolicy(Qt::NoFocus);
    m_clear->setMinimumSize(96, 88);
    connect(m_clear, &QPushButton::clicked, m_pin, &QLineEdit::clear);
    grid->addWidget(m_clear, 3, 0);
    auto* zero = new QPushButton(QStringLiteral("0"), m_keypad);
    zero->setObjectName(QStringLiteral("key_0"));
    zero->setFocusPolicy(Qt::NoFocus);
    zero->setMinimumSize(96, 88);
    zero->setProperty("keypad", true);
    zero->setAccessibleName(QStringLiteral("0"));
    connect(zero, &QPushButton::clicked, this, [this] {
        m_pin->insert(QStringLiteral("0"));
        m_pin->setFocus();
    });
    grid->addWidget(zero, 3, 1);
    m_ok = new QPushButton(m_keypad);
    m_ok->setObjectName(QStringLiteral("key_ok"));
    m_ok->setProperty("primary", true);
    m_ok->setFocusPolicy(Qt::NoFocus);
    m_ok->setMinimumSize(96, 88);
    connect(m_ok, &QPushButton::clicked, this, &LoginPage::submit);
    grid->addWidget(m_ok, 3, 2);
    outer->addWidget(m_keypad, 2, Qt::AlignVCenter);

    connect(m_badge, &QLineEdit::returnPressed, this, &LoginPage::focusNext);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::submit);
    retranslateUi();
    reset();
}

void LoginPage::retranslateUi() {
    m_title->setText(tr("Dockside · station %1 · %2").arg(m_stationCode, m_stationName));
    m_badgeLabel->setText(tr("Badge"));
    m_badge->setPlaceholderText(tr("Scan your badge"));
    m_badge->setAccessibleName(tr("Badge"));
    m_badge->setAccessibleDescription(tr("Scan your badge or type its code, then press Enter."));
    m_pinLabel->setText(tr("PIN"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setAccessibleDescription(tr("Your personal number, 4 to 12 digits."));
    m_pin->setPlaceholderText(tr("Type your PIN"));
    m_keypad->setAccessibleName(tr("PIN keypad"));
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the PIN"));
    m_ok->setText(tr("OK"));
    m_ok->setAccessibleName(tr("Log in"));
    updatePrompt();
}

void LoginPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString LoginPage::badge() const {
    return m_badge->text().trimmed().toUpper();
}

void LoginPage::reset(const QString& badge, const QString& message, bool error) {
    m_badge->setText(badge);
    m_pin->clear();
    theme::setTone(m_message, error ? Tone::Bad : Tone::Neutral, message);
    focusNext();
}

void LoginPage::showError(const QString& message) {
    m_pin->clear();
    theme::setTone(m_message, Tone::Bad, message);
    m_pin->setFocus();
}

void LoginPage::updatePrompt() {
    m_prompt->setText(badge().isEmpty() ? tr("Scan your badge to start.")
                                        : tr("Badge %1: type your PIN and press OK.").arg(badge()));
}

void LoginPage::focusNext() {
    updatePrompt();
    (badge().isEmpty() ? m_badge : m_pin)->setFocus();
}

void LoginPage::submit() {
    if (badge().isEmpty()) {
        showError(tr("Scan your badge first."));
        m_badge->setFocus();
        return;
    }
    if (m_pin->text().isEmpty()) {
        showError(tr("Type your PIN, then press OK."));
        return;
    }
    const QString pin = m_pin->text();
    m_pin->clear();
    emit loginRequested(badge(), pin);
}

} // namespace dockside
