#pragma once

#include "domain/Types.h"
#include "services/Station.h"

#include <QMap>

namespace dockside {

// The station settings an admin edits (GUI admin page, `dockside-cli config`), each checked
// before anything is stored.
class StationSettings {
public:
    explicit StationSettings(Station& station)
        : m_station(station) {}

    // hq_url, hq_token, nightly_sync_time, idle_lock_minutes, label_size, label_printer,
    // sla_hours, language, regrade_share_percent
    static QStringList editableKeys();
    static QString defaultValue(const QString& key);
    // A clear message for a bad value; an empty value is allowed where it means "not set".
    static Status validate(const QString& key, const QString& value);

    QMap<QString, QString> values(); // every editable key, with its default when unset
    // All changes or none; admins only.
    Status apply(const User& admin, const QMap<QString, QString>& changes);

private:
    Station& m_station;
};

} // namespace dockside
