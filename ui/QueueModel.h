#pragma once

#include "services/InspectionQueue.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dockside {

// The inspection queue as a table that never loads every row: the row count comes from one
// COUNT, and rows are fetched a page at a time from SQL when a view asks for them (a few pages
// are kept). Sorting by a column re-asks SQL, so the order covers the whole queue.
class QueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Age, Lpn, Cause, Grade, Disposition, Value, Sku, Category, Worker, Status, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 20;

    explicit QueueModel(Station& station, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool event(QEvent* event) override; // a language switch: the views ask for every word again
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const QueueFilter& filter() const { return m_filter; }
    void setFilter(const QueueFilter& filter); // paging fields are ignored
    void refresh();                            // after a decision: counts and pages again
    void setSlaHours(int hours);
    int slaHours() const { return m_slaHours; }
    // The entry at a row (fetching its page if needed); nullptr outside the model or on error.
    const QueueEntry* entry(int row) const;
    QString lastError() const { return m_error; }
    int fetchedPages() const { return static_cast<int>(m_pages.size()); }

    static QString sortKeyFor(int column); // empty for columns that cannot be sorted
    // Age against the SLA: 0 within, 1 nearly due (from 75 %), 2 overdue.
    static int slaState(Millis queuedAt, Millis now, int slaHours);

signals:
    void failed(const QString& message);

private:
    const QList<QueueEntry>* page(int index) const;

    Station& m_station;
    mutable InspectionQueue m_queue;
    QueueFilter m_filter;
    qint64 m_total = 0;
    int m_slaHours = 24;
    mutable QHash<int, QList<QueueEntry>> m_pages;
    mutable QList<int> m_recent; // page indexes, most recently used last
    mutable QString m_error;
};

} // namespace dockside
