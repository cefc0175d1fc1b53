#include "ParcelLinesModel.h"

#include "Retranslate.h"
#include "Roles.h"
#include "Theme.h"

#include "services/Catalog.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace dockside {

ParcelLinesModel::ParcelLinesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ParcelLinesModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ParcelLinesModel::setParcel(Station& station, const ParcelView& parcel) {
    QList<Row> rows;
    Catalog catalog(station.db());
    QHash<QString, QString> descriptions;
    auto describe = [&](const QString& sku) {
        if (sku.isEmpty())
            return QString();
        auto found = descriptions.constFind(sku);
        if (found != descriptions.cend())
            return *found;
        QString text;
        try {
            if (auto product = catalog.productBySku(sku))
                text = product->description;
        } catch (const StoreError&) {
            // A description is a convenience: the SKU alone still identifies the line.
        }
        descriptions.insert(sku, text);
        return text;
    };
    QList<ItemSummary> unmatched = parcel.items;
    if (parcel.rma) {
        for (const RmaLine& line : parcel.rma->lines) {
            Row row{line.sku, describe(line.sku), line.serials, line.qty, 0};
            // Items are matched to lines by SKU; serials of other RMAs never count here.
            for (auto it = unmatched.begin(); it != unmatched.end();) {
                if (it->sku == line.sku && row.received < line.qty) {
                    ++row.received;
                    it = unmatched.erase(it);
                } else {
                    ++it;
                }
            }
            rows.append(row);
        }
    }
    for (const ItemSummary& item : unmatched)
        rows.append({item.sku, describe(item.sku),
                     item.serial.isEmpty() ? QStringList() : QStringList{item.serial}, 0, 1});
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ParcelLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParcelLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParcelLinesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool complete = row.expected > 0 && row.received >= row.expected;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sku:
            return row.sku.isEmpty() ? tr("Unknown product") : row.sku;
        case Description:
            return row.description;
        case Serials:
            return row.serials.join(QStringLiteral(", "));
        case ReceivedCount:
            if (row.expected == 0)
                return tr("%1 Not on the RMA").arg(theme::symbol(Tone::Warning));
            return tr("%1 %2 of %3")
                .arg(theme::symbol(complete ? Tone::Good : Tone::Neutral))
                .arg(row.received)
                .arg(row.expected);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReceivedCount && row.expected == 0)
            return tr("This item was not expected in this parcel; it goes to a supervisor.");
        break;
    case Qt::BackgroundRole:
        if (row.expected == 0)
            return QBrush(QColor(0xff, 0xf3, 0xd6));
        if (complete)
            return QBrush(QColor(0xe3, 0xf4, 0xe6));
        break;
    case roles::Code:
        return row.sku;
    case roles::Complete:
        return complete;
    case roles::Received:
        return row.received;
    case roles::Expected:
        return row.expected;
    default:
        break;
    }
    return {};
}

QVariant ParcelLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku:
        return tr("SKU");
    case Description:
        return tr("Product");
    case Serials:
        return tr("Expected serial numbers");
    case ReceivedCount:
        return tr("Received");
    }
    return {};
}

bool ParcelLinesModel::event(QEvent* event) {
    retranslateModel(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace dockside
