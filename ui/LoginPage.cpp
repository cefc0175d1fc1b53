#include "LoginPage.h"

#include "Theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace dockside {

LoginPage::LoginPage(const QString& stationTitle, QWidget* parent)
    : QWidget(parent) {
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->setSpacing(48);

    auto* left = new QVBoxLayout;
    left->setSpacing(16);
    auto* title = new QLabel(stationTitle, this);
    title->setProperty("heading", true);
    title->setWordWrap(true);
    left->addWidget(title);
    m_prompt = new QLabel(this);
    m_prompt->setProperty("prompt", true);
    m_prompt->setWordWrap(true);
    left->addWidget(m_prompt);

    auto* badgeLabel = new QLabel(tr("Badge"), this);
    m_badge = new QLineEdit(this);
    m_badge->setObjectName(QStringLiteral("badgeField"));
    m_badge->setPlaceholderText(tr("Scan your badge"));
    m_badge->setAccessibleName(tr("Badge"));
    badgeLabel->setBuddy(m_badge);
    left->addWidget(badgeLabel);
    left->addWidget(m_badge);

    auto* pinLabel = new QLabel(tr("PIN"), this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), m_pin));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setPlaceholderText(tr("Type your PIN"));
    pinLabel->setBuddy(m_pin);
    left->addWidget(pinLabel);
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
        key->setStyleSheet(QStringLiteral("font-size: 28pt;"));
        connect(key, &QPushButton::clicked, this, [this, digit = keys.mid(i, 1)] {
            m_pin->insert(digit);
            m_pin->setFocus();
        });
        grid->addWidget(key, i / 3, i % 3);
    }
    auto* clear = new QPushButton(tr("Clear"), m_keypad);
    clear->setObjectName(QStringLiteral("key_clear"));
    clear->setFocusPolicy(Qt::NoFocus);
    clear->setMinimumSize(96, 88);
    connect(clear, &QPushButton::clicked, m_pin, &QLineEdit::clear);
    grid->addWidget(clear, 3, 0);
    auto* zero = new QPushButton(QStringLiteral("0"), m_keypad);
    zero->setObjectName(QStringLiteral("key_0"));
    zero->setFocusPolicy(Qt::NoFocus);
    zero->setMinimumSize(96, 88);
    zero->setStyleSheet(QStringLiteral("font-size: 28pt;"));
    connect(zero, &QPushButton::clicked, this, [this] {
        m_pin->insert(QStringLiteral("0"));
        m_pin->setFocus();
    });
    grid->addWidget(zero, 3, 1);
    auto* ok = new QPushButton(tr("OK"), m_keypad);
    ok->setObjectName(QStringLiteral("key_ok"));
    ok->setProperty("primary", true);
    ok->setFocusPolicy(Qt::NoFocus);
    ok->setMinimumSize(96, 88);
    connect(ok, &QPushButton::clicked, this, &LoginPage::submit);
    grid->addWidget(ok, 3, 2);
    outer->addWidget(m_keypad, 2, Qt::AlignVCenter);

    connect(m_badge, &QLineEdit::returnPressed, this, &LoginPage::focusNext);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::submit);
    reset();
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

void LoginPage::focusNext() {
    if (badge().isEmpty()) {
        m_prompt->setText(tr("Scan your badge to start."));
        m_badge->setFocus();
    } else {
        m_prompt->setText(tr("Badge %1: type your PIN and press OK.").arg(badge()));
        m_pin->setFocus();
    }
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
