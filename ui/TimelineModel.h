#pragma once

#include "services/History.h"

#include <QAbstractTableModel>

namespace dockside {

// An item's, parcel's or RMA's timeline (core itemHistory) as a table, oldest event first.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Station, Who, Entity, Event, Details, AtHq, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool event(QEvent* event) override; // a language switch: the views ask for every word again

    void setTimeline(const Timeline& timeline);
    void clear();
    const Timeline& timeline() const { return m_timeline; }

private:
    Timeline m_timeline;
};

} // namespace dockside
