#include "UsersModel.h"

#include "Retranslate.h"
#include "Roles.h"
#include "Theme.h"

#include "services/Users.h"

namespace dockside {

UsersModel::UsersModel(Station& station, QObject* parent)
    : QAbstractTableModel(parent)
    , m_station(station) {
    refresh();
}

int UsersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& u = m_users.at(index.row());
    if (role == roles::Code)
        return u.badge;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Badge:
        return u.badge;
    case Name:
        return u.name;
    case RoleColumn:
        return roleLabel(u.role);
    case Active:
        if (!u.active)
            return tr("%1 disabled").arg(theme::symbol(Tone::Bad));
        return m_locked.at(index.row()) ? tr("%1 locked out (wrong PINs)").arg(theme::symbol(Tone::Warning))
                                        : tr("active");
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Badge:
        return tr("Badge");
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Active:
        return tr("State");
    default:
        return {};
    }
}

void UsersModel::refresh() {
    beginResetModel();
    Users users(m_station);
    m_users = users.list();
    m_locked.clear();
    for (const User& u : m_users)
        m_locked.append(users.isLockedOut(u.badge));
    endResetModel();
}

const User* UsersModel::user(int row) const {
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

bool UsersModel::event(QEvent* event) {
    retranslateModel(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace dockside
