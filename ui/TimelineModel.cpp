#include "TimelineModel.h"

#include "Retranslate.h"
#include "Roles.h"
#include "Theme.h"

#include <QDateTime>
#include <QLocale>

namespace dockside {

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_timeline.events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent& e = m_timeline.events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.occurredAt).toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Station:
            return e.station;
        case Who:
            return e.userName.isEmpty() ? e.user : tr("%1 %2").arg(e.user, e.userName);
        case Entity:
            return e.entityId;
        case Event:
            return eventTypeLabel(e.type);
        case Details:
            return summarizeEvent(e.type, e.data); // now, not when loaded: in today's language
        case AtHq:
            // Words and a symbol, never colour alone.
            return e.delivered            ? tr("%1 at HQ").arg(theme::symbol(Tone::Good))
                   : e.deadCode.isEmpty() ? tr("waiting")
                                          : tr("%1 refused: %2").arg(theme::symbol(Tone::Bad), e.deadCode);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == When)
            return toRfc3339(e.occurredAt);
        return {};
    case roles::Code:
        return e.entityId;
    case roles::Delivered:
        return e.delivered;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Station:
        return tr("Station");
    case Who:
        return tr("Who");
    case Entity:
        return tr("Item / parcel");
    case Event:
        return tr("Event");
    case Details:
        return tr("Details");
    case AtHq:
        return tr("Reached HQ");
    default:
        return {};
    }
}

void TimelineModel::setTimeline(const Timeline& timeline) {
    beginResetModel();
    m_timeline = timeline;
    endResetModel();
}

void TimelineModel::clear() {
    setTimeline({});
}

bool TimelineModel::event(QEvent* event) {
    retranslateModel(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace dockside
