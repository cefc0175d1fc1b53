#pragma once

#include "domain/Types.h"
#include "services/Station.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dockside::test {

// A temporary folder that lives for one test; the station database goes inside.
class TempFolder {
public:
    TempFolder();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString dbPath() const { return path(QStringLiteral("station.db")); }

private:
    QTemporaryDir m_dir;
};

// A fresh station in a temporary folder, with cheap PIN hashing so tests stay fast, a small
// catalog and a few RMAs (see TestSupport.cpp), and users U-1001 (worker), U-1002 (supervisor),
// U-1003 (admin), all with PIN 2468.
struct StationFixture {
    StationFixture();
    TempFolder folder;
    std::unique_ptr<Station> station;
    User worker;
    User supervisor;
    User admin;
    static constexpr const char* kPin = "2468";
    static constexpr Millis kNow = 1795000000000; // 2026-11-18T... UTC; RMAs are made relative to it
};

// A station database for tests of the CLI binary: like StationFixture's (station TST-D01, fast
// PIN hashing, seedCatalog, the same users and PIN), but with the RMAs relative to the real clock,
// which is the one the CLI uses. Nothing stays open: one writer at a time.
void prepareCliStation(const QString& dbPath, bool withUsers = true);

// The fixture's catalog and RMAs, also used by CLI tests through `seedCatalog`.
void seedCatalog(Station& station, Millis now);

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real dockside-cli binary; never inherits a DOCKSIDE_PIN from the environment.
CliRun runCli(const QStringList& args, const QProcessEnvironment& extraEnv = {},
              const QByteArray& stdinData = {});

// HQ's database (dockside-hq --db) holds each of the station's events exactly once, nothing is
// left to send, and the station passes its integrity check.
void checkExactlyOnce(Station& station, const QString& hqDb);

// Overwrites the items table's root page, as a failing disk would: the schema still reads, but
// quick_check fails. Forgets the start-up check of this boot, as after a reboot.
void damageItemsTable(const QString& dbPath);

QString cliPath();

// Starts dockside-hq on 127.0.0.1, port 0, and reads the chosen port from its first line (0 when
// it did not start). The caller owns the process; stopHq kills and deletes it.
QProcess* startHq(const QString& dbPath, const QStringList& extraArgs, quint16* port);
void stopHq(QProcess* process);
QString sourcePath(const QString& relative);

} // namespace dockside::test
