#include "TotesModel.h"

#include "Retranslate.h"
#include "Roles.h"

#include <QLocale>

namespace dockside {

TotesModel::TotesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TotesModel::setTotes(const QList<ToteInfo>& totes) {
    beginResetModel();
    m_totes = totes;
    endResetModel();
}

const ToteInfo* TotesModel::tote(int row) const {
    return row >= 0 && row < m_totes.size() ? &m_totes[row] : nullptr;
}

int TotesModel::rowOf(const QString& code) const {
    for (int row = 0; row < m_totes.size(); ++row)
        if (m_totes[row].code == code)
            return row;
    return -1;
}

QString TotesModel::dispositionText(const QString& disposition) {
    if (const auto d = dispositionFromName(disposition))
        return dispositionLabel(*d);
    return tr("Supervisor review");
}

int TotesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_totes.size());
}

int TotesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TotesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToteInfo& t = m_totes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return t.code;
        case Disposition:
            return dispositionText(t.disposition);
        case Items:
            return tr("%n item(s)", nullptr, t.itemCount);
        case Weight:
            return tr("%1 kg").arg(QLocale().toString(static_cast<double>(t.weightG) / 1000.0, 'f', 1));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Items || index.column() == Weight)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case roles::Code:
        return t.code;
    case roles::Disposition:
        return t.disposition;
    case roles::ItemCount:
        return t.itemCount;
    case roles::WeightG:
        return t.weightG;
    case roles::NeedsChainOfCustody:
        return Totes::needsChainOfCustody(t.disposition);
    default:
        break;
    }
    return {};
}

QVariant TotesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Tote");
    case Disposition:
        return tr("Goes to");
    case Items:
        return tr("Items");
    case Weight:
        return tr("Weight");
    }
    return {};
}

bool TotesModel::event(QEvent* event) {
    retranslateModel(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace dockside
