#pragma once

#include "services/Receiving.h"

#include <QAbstractTableModel>

namespace dockside {

class Station;

// The parcel as a table: one row per RMA line (what the customer said they return, and how much
// of it has arrived) and one row per received item that matches no line (blind receipts, wrong
// items).
class ParcelLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Description, Serials, ReceivedCount, ColumnCount };

    explicit ParcelLinesModel(QObject* parent = nullptr);

    // Descriptions come from the catalog; the view is what Receiving returned.
    void setParcel(Station& station, const ParcelView& parcel);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool event(QEvent* event) override; // a language switch: the views ask for every word again

private:
    struct Row {
        QString sku;
        QString description;
        QStringList serials;
        int expected = 0; // 0: not on the RMA
        int received = 0;
    };
    QList<Row> m_rows;
};

} // namespace dockside
