#pragma once

#include "policy/Policy.h"
#include "store/Database.h"
#include "util/Result.h"
#include "util/Time.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace dockside {

// Setting keys stored in the settings table. One name each, shared by CLI, GUI and docs.
namespace setting {
inline const QString HqUrl = QStringLiteral("hq_url");
inline const QString HqToken = QStringLiteral("hq_token");
inline const QString AllowInsecureHttp = QStringLiteral("allow_insecure_http");
inline const QString NightlySyncTime = QStringLiteral("nightly_sync_time");
inline const QString LabelPrinter = QStringLiteral("label_printer");
inline const QString LabelSize = QStringLiteral("label_size");
inline const QString Language = QStringLiteral("language");
inline const QString IdleLockMinutes = QStringLiteral("idle_lock_minutes");
inline const QString PinMaxAttempts = QStringLiteral("pin_max_attempts");
inline const QString PinLockoutSeconds = QStringLiteral("pin_lockout_seconds");
inline const QString PinIterations = QStringLiteral("pin_iterations");
inline const QString SlaHours = QStringLiteral("sla_hours");
inline const QString QueuePresets = QStringLiteral("queue_presets");                // JSON: name -> filter
inline const QString RegradeSharePercent = QStringLiteral("regrade_share_percent"); // blind re-grade sample
inline const QString BackupFolder = QStringLiteral("backup_folder");
inline const QString BackupKeep = QStringLiteral("backup_keep");
inline const QString LastBackupAt = QStringLiteral("last_backup_at");
inline const QString SoundVolume = QStringLiteral("sound_volume"); // scan beeps, 0..100
} // namespace setting

// A photo already in the station's content-addressed store.
struct StoredPhoto {
    QString sha256;
    QString mime;
    qint64 bytes = 0;
};

// An open station: its database (migrated), identity, settings and active policy. The entry
// point for every core service.
class Station {
public:
    // DOCKSIDE_DB, else the per-user data folder's station.db.
    static QString defaultDatabasePath();

    // Opens an initialized station database; fails with a clear message when the file is missing,
    // not Dockside's, or was never initialized.
    static Result<std::unique_ptr<Station>> open(const QString& path,
                                                 Database::Mode mode = Database::Mode::ReadWrite);
    // Creates the database (or opens it, when it already is this station's).
    static Result<std::unique_ptr<Station>> init(const QString& path, const QString& code,
                                                 const QString& name);
    static bool isValidCode(const QString& code);

    Database& db() { return *m_db; }
    const QString& code() const { return m_code; }
    const QString& name() const { return m_name; }
    QString databasePath() const { return m_db->path(); }
    // Content-addressed photo files live beside the database.
    const QString& photoFolder() const { return m_photoFolder; }

    QString setting(const QString& key, const QString& fallback = {});
    int intSetting(const QString& key, int fallback);
    Status setSetting(const QString& key, const QString& value);

    // The newest stored policy, or the built-in default before the first sync. A policy that another
    // connection stored (the sync thread) is picked up on the next call, so items graded after it
    // arrives use it; references handed out earlier stay valid for the station's lifetime.
    const Policy& policy();
    Status storePolicy(const Policy& policy, const QString& etag);

    // The station's clock. Demo data and tests set a fixed time to replay history.
    Millis now() const { return m_clockOverride ? m_clockOverride : nowMillis(); }
    void setClock(Millis fixedUtcMillis) { m_clockOverride = fixedUtcMillis; }
    void resetClock() { m_clockOverride = 0; }

    // Photos stored during this session, by "path|size|mtime": attaching the same file again
    // needs no new read and hash.
    StoredPhoto cachedPhoto(const QString& key) const { return m_photoCache.value(key); }
    void cachePhoto(const QString& key, const StoredPhoto& photo) { m_photoCache.insert(key, photo); }

    // Next value of a named, never reused counter (LPNs, totes). Call inside a transaction.
    qint64 nextCounter(const char* name);

private:
    Station(std::unique_ptr<Database> db);
    Status loadIdentity();

    std::unique_ptr<Database> m_db;
    QString m_photoFolder;
    QString m_code;
    QString m_name;
    std::shared_ptr<const Policy> m_policy;
    qint64 m_policyId = -1;                                // policies.id of m_policy; 0: built-in
    quint64 m_policySnapshot = 0;                          // Database::snapshot() it was looked up in
    std::vector<std::shared_ptr<const Policy>> m_replaced; // keeps earlier references valid
    Millis m_clockOverride = 0;
    QHash<QString, StoredPhoto> m_photoCache;
};

} // namespace dockside
