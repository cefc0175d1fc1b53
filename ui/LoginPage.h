#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dockside {

// Badge, then PIN on a large keypad (the keyboard works too). The badge usually arrives as a
// scan routed here by the main window; typing it and pressing Enter works as well.
class LoginPage : public QWidget {
    Q_OBJECT
public:
    LoginPage(const QString& stationCode, const QString& stationName, QWidget* parent = nullptr);

    // Starts over: badge asked (or, with a badge, the PIN for it). message: why we are here.
    void reset(const QString& badge = {}, const QString& message = {}, bool error = false);
    void showError(const QString& message);
    QString badge() const;
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* badgeField() const { return m_badge; }

    // Focus where the next input goes: the badge field, or the PIN field once a badge is known.
    void focusNext();

signals:
    void loginRequested(const QString& badge, const QString& pin);

protected:
    void changeEvent(QEvent* event) override;

private:
    void submit();
    void retranslateUi(); // every fixed text; runs again when the language changes
    void updatePrompt();

    QString m_stationCode;
    QString m_stationName;
    QLabel* m_title = nullptr;
    QLabel* m_badgeLabel = nullptr;
    QLabel* m_pinLabel = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_ok = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_badge = nullptr;
    QLineEdit* m_pin = nullptr;
    QWidget* m_keypad = nullptr;
};

} // namespace dockside
