#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>

namespace dockside {

class Station;

// The station's users for the admin page.
class UsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Badge, Name, RoleColumn, Active, ColumnCount };
    UsersModel(Station& station, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool event(QEvent* event) override; // a language switch: the views ask for every word again

    void refresh();
    const User* user(int row) const;

private:
    Station& m_station;
    QList<User> m_users;
    QList<bool> m_locked;
};

} // namespace dockside
