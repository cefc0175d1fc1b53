#include "DemoSession.h"
#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "StartupCheck.h"
#include "Theme.h"
#include "i18n/Language.h"
#include "services/Station.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

using namespace dockside;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dockside"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dockside"));
    QApplication::setApplicationVersion(QStringLiteral(DOCKSIDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dockside"));
    QApplication::setWindowIcon(theme::icon(QStringLiteral("dockside")));
    language::apply(qEnvironmentVariable("DOCKSIDE_LANGUAGE", language::systemDefault()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Dockside returns dock station."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The station database (default: $DOCKSIDE_DB, else %1).")
            .arg(QDir::toNativeSeparators(Station::defaultDatabasePath())),
        QStringLiteral("FILE"), Station::defaultDatabasePath());
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "main",
            "Open the demo station (made on first use in %1) with a local demo head office, already synced.")
            .arg(QDir::toNativeSeparators(DemoSession::defaultFolder())));
    const QCommandLineOption demoItemsOption(
        QStringLiteral("demo-items"),
        QCoreApplication::translate("main", "Items in a new demo station (default 2000)."),
        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main",
                                    "Language of the screens before anyone logs in: en, de, es, pl or uk."),
        QStringLiteral("LANG"));
    parser.addOptions({dbOption, demoOption, demoItemsOption, languageOption});
    parser.process(app);
    if (parser.isSet(languageOption) && language::normalize(parser.value(languageOption)).isEmpty()) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Dockside"),
            QCoreApplication::translate("main", "Dockside does not speak \"%1\". Use en, de, es, pl or uk.")
                .arg(parser.value(languageOption)));
        return 2;
    }

    std::unique_ptr<DemoSession> demo;
    std::unique_ptr<Station> station;
    if (parser.isSet(demoOption)) {
        bool itemsOk = false;
        const qint64 items = parser.value(demoItemsOption).toLongLong(&itemsOk);
        if (!itemsOk || items < 0) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Dockside"),
                                  QCoreApplication::translate("main", "--demo-items needs a number."));
            return 2;
        }
        const QString folder = parser.isSet(dbOption) ? QFileInfo(parser.value(dbOption)).absolutePath()
                                                      : DemoSession::defaultFolder();
        demo = std::make_unique<DemoSession>(
            folder, QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("dockside-hq")));
        QProgressDialog progress(QCoreApplication::translate("main", "Preparing the demo station…"),
                                 QString(), 0, 0);
        progress.setWindowTitle(QCoreApplication::translate("main", "Dockside demo"));
        progress.setMinimumDuration(500);
        progress.setWindowModality(Qt::ApplicationModal);
        auto opened = demo->start(items, [&](const QString& what, qint64 done, qint64 total) {
            progress.setLabelText(what);
            progress.setMaximum(static_cast<int>(qMin<qint64>(total, INT_MAX)));
            progress.setValue(static_cast<int>(qMin<qint64>(done, INT_MAX)));
            QApplication::processEvents();
        });
        progress.close();
        if (!opened) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Dockside demo"),
                                  opened.error().message);
            return 1;
        }
        station = std::move(*opened);
    } else {
        const QString path = parser.value(dbOption);
        if (!QFileInfo::exists(path)) {
            // First run: set the station up instead of failing.
            if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
                QMessageBox::critical(
                    nullptr, QCoreApplication::translate("main", "Dockside"),
                    QCoreApplication::translate("main", "Cannot create the folder for %1.").arg(path));
                return 2;
            }
            if (parser.isSet(languageOption))
                language::apply(parser.value(languageOption));
            FirstRunWizard wizard(path);
            if (wizard.exec() != QDialog::Accepted)
                return 0;
            station = wizard.takeStation();
        } else {
            // Checks the file first and offers the newest backup when it is damaged.
            auto opened = openCheckedStation(nullptr, path);
            if (!opened) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Dockside"),
                                      opened.error().message);
                return 2;
            }
            station = std::move(*opened);
        }
    }
    // Before anyone logs in: --language, else the station's language, else the system's.
    const QString stationLanguage = station->setting(setting::Language);
    language::apply(parser.isSet(languageOption) ? parser.value(languageOption)
                    : stationLanguage.isEmpty()  ? language::current()
                                                 : stationLanguage);
    MainWindow window(*station);
    window.show();
    const int code = app.exec();
    if (demo)
        demo->stop();
    return code;
}
