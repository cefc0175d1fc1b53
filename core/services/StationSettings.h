#pragma once

#include "domain/Types.h"
#include "services/Station.h"

#include <QByteArray>
#include <QList>
#include <QMap>

namespace dockside {

// One thing wrong in a settings file, on its 1-based line.
struct SettingsFileProblem {
    int line = 0;
    QString message; // never quotes a value: the line may hold the HQ token
};

// A settings file as IT writes it for many stations: UTF-8 text, one "key = value" per line,
// blank lines and lines starting with "#" ignored (a "#" inside a value is part of it).
struct SettingsFile {
    QMap<QString, QString> values;       // key -> trimmed value
    QList<SettingsFileProblem> problems; // each bad line with the reason; empty: the file is valid
    bool ok() const { return problems.isEmpty(); }
    // invalid_settings_file: "line N: reason" for every problem, in one message.
    Error error() const;
};

// The station settings an admin sets (GUI admin page, `dockside-cli settings import`), each
// checked before anything is stored.
class StationSettings {
public:
    explicit StationSettings(Station& station)
        : m_station(station) {}

    // The settings on the GUI's admin page: hq_url, hq_token, nightly_sync_time,
    // idle_lock_minutes, label_size, label_printer, sla_hours, language, regrade_share_percent
    static QStringList editableKeys();
    // Every setting an admin may set: the editable ones, plus those IT sets when provisioning a
    // station (TLS, sync spread, PIN policy, backups, sound). Not the ones Dockside writes itself
    // (queue_presets, last_backup_at).
    static QStringList fileKeys();
    static QString defaultValue(const QString& key);
    // A clear message for a bad value; an empty value is allowed where it means "not set".
    static Status validate(const QString& key, const QString& value);

    QMap<QString, QString> values(); // every editable key, with its default when unset
    QMap<QString, QString> stored(); // the file keys that have a stored value (hq_token included)
    // All changes or none; admins only. `admin` null: the owner of the database file at the
    // command line (like `user add` without --user). Returns the keys whose stored value changed
    // (with `dryRun`: would change; nothing is written).
    Result<QStringList> apply(const User* admin, const QMap<QString, QString>& changes, bool dryRun = false);
    Status apply(const User& admin, const QMap<QString, QString>& changes);

    // Parses and validates a whole file; nothing is stored.
    static SettingsFile parseFile(const QByteArray& text);
    // The station's settings in the file format: stored values as "key = value", unset keys as
    // comments with their default. hq_token is never written (a secret), only whether it is set.
    QString exportFile();

private:
    Station& m_station;
};

} // namespace dockside
