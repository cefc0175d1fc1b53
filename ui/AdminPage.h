#pragma once

#include "domain/Types.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
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

private:
    const User* selectedUser() const;
    void feedback(const QString& text, bool error);

    Station& m_station;
    std::optional<User> m_user;
    UsersModel* m_users = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QMap<QString, QLineEdit*> m_fields;
};

} // namespace dockside
