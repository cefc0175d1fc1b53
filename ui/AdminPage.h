#pragma once

#include "domain/Types.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dockside {

class Station;
class UsersModel;

// Admins only: the station's users (add, disable, reset PIN, role) and its settings (HQ URL and
// token, nightly sync time, idle lock, label size and printer, SLA hours, language, re-grade
// share), each checked by core before it is stored.
class AdminPage : public QWidget {
    Q_OBJECT
public:
    AdminPage(Station& station, QWidget* parent = nullptr);

    void setUser(const std::optional<User>& user);
    void refresh();

    void addUser();
    void toggleActive();
    void resetPin();
    void changeRole();
    void saveSettings();

    UsersModel* usersModel() const { return m_users; }
    QTableView* usersTable() const { return m_table; }
    QLineEdit* settingField(const QString& key) const { return m_fields.value(key); }
    QString message() const;

signals:
    void settingsSaved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every fixed text; runs again when the language changes
    const User* selectedUser() const;
    void feedback(const QString& text, bool error);

    Station& m_station;
    std::optional<User> m_user;
    UsersModel* m_users = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QMap<QString, QLineEdit*> m_fields;
    QGroupBox* m_usersBox = nullptr;
    QGroupBox* m_settingsBox = nullptr;
    QFormLayout* m_form = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_resetPin = nullptr;
    QPushButton* m_role = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace dockside
