#pragma once

#include "services/Station.h"
#include "util/Result.h"

#include <QObject>
#include <QProcess>
#include <QString>

#include <functional>
#include <memory>

namespace dockside {

// `dockside --demo`: a demo station with data in the user's data folder and a local dockside-hq
// on 127.0.0.1 (a free port) that the station has already synced with. The HQ process lives as
// long as this object.
class DemoSession : public QObject {
    Q_OBJECT
public:
    // folder: where station.db and hq.db live; hqProgram: the dockside-hq executable.
    DemoSession(QString folder, QString hqProgram, QObject* parent = nullptr);
    ~DemoSession() override;

    static QString defaultFolder(); // <user data folder>/demo
    static inline const QString kStationCode = QStringLiteral("AMS-D03");

    // Creates the demo station the first time (items processed through the workflow), starts
    // the HQ, hands it the station's catalog and RMAs the first time, and runs one sync.
    // progress: (what is happening, done, total) for a progress dialog; total 0 = unknown.
    Result<std::unique_ptr<Station>>
    start(qint64 items, const std::function<void(const QString&, qint64, qint64)>& progress = {});
    void stop();

    QString databasePath() const;
    QString hqUrl() const { return m_hqUrl; }
    bool hqRunning() const { return m_hq.state() == QProcess::Running; }

private:
    Status startHq(const QString& token);
    Status seedHq(Station& station);

    QString m_folder;
    QString m_hqProgram;
    QProcess m_hq;
    QString m_hqUrl;
};

} // namespace dockside
