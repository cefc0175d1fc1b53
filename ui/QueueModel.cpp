#include "QueueModel.h"

#include "Retranslate.h"
#include "Roles.h"
#include "Theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <limits>

namespace dockside {

namespace {

QString ageText(Millis ms) {
    const qint64 minutes = qMax<qint64>(0, ms / 60000);
    if (minutes < 60)
        return QueueModel::tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return QueueModel::tr("%n h", nullptr, int(minutes / 60));
    return QueueModel::tr("%n d", nullptr, int(minutes / (24 * 60)));
}

} // namespace

QueueModel::QueueModel(Station& station, QObject* parent)
    : QAbstractTableModel(parent)
    , m_station(station)
    , m_queue(station) {
    m_slaHours = qMax(1, station.intSetting(setting::SlaHours, 24));
    refresh();
}

int QueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
}

int QueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int QueueModel::slaState(Millis queuedAt, Millis now, int slaHours) {
    const qint64 sla = qint64(qMax(1, slaHours)) * 3600000;
    const qint64 age = now - queuedAt;
    return age >= sla ? 2 : age * 4 >= sla * 3 ? 1 : 0;
}

const QList<QueueEntry>* QueueModel::page(int index) const {
    auto it = m_pages.find(index);
    if (it == m_pages.end()) {
        QueueFilter f = m_filter;
        f.limit = kPageSize;
        f.offset = index * kPageSize;
        auto result = m_queue.list(f);
        if (!result) {
            m_error = result.error().message;
            return nullptr;
        }
        if (m_pages.size() >= kCachedPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(index, result->items);
    }
    m_recent.removeOne(index);
    m_recent.append(index);
    return &*it;
}

const QueueEntry* QueueModel::entry(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    const QList<QueueEntry>* rows = page(row / kPageSize);
    const int at = row % kPageSize;
    return rows && at < rows->size() ? &rows->at(at) : nullptr;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueEntry* e = entry(index.row());
    if (!e)
        return {};
    const Millis now = m_station.now();
    const int sla = slaState(e->createdAt, now, m_slaHours);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Age: {
            const QString age = ageText(now - e->createdAt);
            // Never by colour alone: the words say it too.
            return sla == 2   ? tr("%1 %2 overdue").arg(theme::symbol(Tone::Bad), age)
                   : sla == 1 ? tr("%1 %2 due soon").arg(theme::symbol(Tone::Warning), age)
                              : age;
        }
        case Lpn:
            return e->lpn;
        case Cause:
            return queueCauseLabels(e->causes);
        case Grade:
            return e->grade;
        case Disposition:
            return e->suggested == e->disposition || e->suggested.isEmpty()
                       ? dispositionLabel(e->disposition)
                       : tr("%1 → %2").arg(dispositionLabel(e->suggested), dispositionLabel(e->disposition));
        case Value:
            return e->value.currency.isEmpty() ? QString()
                                               : tr("%1 %2").arg(e->value.decimal(), e->value.currency);
        case Sku:
            return e->sku;
        case Category:
            return e->category;
        case Worker:
            return e->worker;
        case Status:
            return queueStatusLabel(e->status);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (index.column() == Age && e->status == QLatin1String("open") && sla > 0)
            return QBrush(sla == 2 ? QColor(0xfd, 0xe4, 0xe4) : QColor(0xff, 0xf3, 0xd6));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Age && e->status == QLatin1String("open") && sla > 0)
            return QBrush(sla == 2 ? QColor(0x7d, 0x0d, 0x0d) : QColor(0x5c, 0x3d, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Age)
            return tr("Queued %1; the SLA is %n hour(s).", nullptr, m_slaHours)
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e->createdAt).toLocalTime(),
                                        QLocale::ShortFormat));
        if (index.column() == Cause && !e->fraudFlags.isEmpty())
            return tr("Fraud flags: %1").arg(e->fraudFlags.join(QStringLiteral(", ")));
        return {};
    case roles::Code:
        return e->lpn;
    case roles::SlaState:
        return e->status == QLatin1String("open") ? sla : 0;
    case roles::QueuedAt:
        return e->createdAt;
    case roles::Disposition:
        return e->disposition;
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Age:
        return tr("Age");
    case Lpn:
        return tr("LPN");
    case Cause:
        return tr("Cause");
    case Grade:
        return tr("Grade");
    case Disposition:
        return tr("Suggested → chosen");
    case Value:
        return tr("Value");
    case Sku:
        return tr("SKU");
    case Category:
        return tr("Category");
    case Worker:
        return tr("Worker");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

QString QueueModel::sortKeyFor(int column) {
    switch (column) {
    case Age:
        return QStringLiteral("queued_at");
    case Cause:
        return QStringLiteral("cause");
    case Grade:
        return QStringLiteral("grade");
    case Disposition:
        return QStringLiteral("disposition");
    case Value:
        return QStringLiteral("value");
    case Category:
        return QStringLiteral("category");
    case Worker:
        return QStringLiteral("worker");
    default:
        return {};
    }
}

void QueueModel::sort(int column, Qt::SortOrder order) {
    const QString key = sortKeyFor(column);
    if (key.isEmpty())
        return;
    QueueFilter f = m_filter;
    f.sort = key;
    // Age ascending means youngest first: the opposite of queued_at ascending.
    f.descending = column == Age ? order == Qt::AscendingOrder : order == Qt::DescendingOrder;
    setFilter(f);
}

void QueueModel::setFilter(const QueueFilter& filter) {
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.offset = 0;
    refresh();
}

void QueueModel::refresh() {
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_error.clear();
    auto total = m_queue.count(m_filter);
    m_total = total ? *total : 0;
    if (!total)
        m_error = total.error().message;
    endResetModel();
    if (!m_error.isEmpty())
        emit failed(m_error);
}

void QueueModel::setSlaHours(int hours) {
    m_slaHours = qMax(1, hours);
    if (m_total > 0)
        emit dataChanged(index(0, Age), index(rowCount() - 1, Age));
}

bool QueueModel::event(QEvent* event) {
    retranslateModel(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace dockside
