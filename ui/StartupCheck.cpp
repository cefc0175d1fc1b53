#include "StartupCheck.h"

#include "Dialogs.h"
#include "services/Backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dockside {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StartupCheck)
};
} // namespace

Result<std::unique_ptr<Station>> openCheckedStation(QWidget* parent, const QString& path) {
    auto station = Station::open(path);
    Error damage;
    if (station) {
        Status healthy = quickCheckOncePerBoot(**station);
        if (healthy)
            return station;
        damage = healthy.error();
    } else {
        damage = station.error();
    }
    if (damage.code != QLatin1String("corrupt"))
        return damage;
    station = Error{}; // closed before its file is replaced

    const QString folder = Backups::defaultFolder(path);
    const QList<BackupInfo> backups = Backups::listIn(folder);
    if (backups.isEmpty())
        return damage;
    const BackupInfo& newest = backups.first();
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(newest.at), QLocale::LongFormat);
    if (!Dialogs::ask(parent, Tr::tr("Station database damaged"),
                      Tr::tr("The station database is damaged, so Dockside will not work on it.\n\n"
                             "Restore the newest backup, from %1? Items received after it stay only at "
                             "head office (if they were synced). The damaged file is kept in %2.")
                          .arg(when, folder),
                      Tr::tr("Restore backup"), Tr::tr("Quit")))
        return damage;
    auto restored = Backups::restore(path, newest.file, folder);
    if (!restored)
        return restored.error();
    return Station::open(path);
}

} // namespace dockside
