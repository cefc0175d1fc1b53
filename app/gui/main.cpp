#include "MainWindow.h"
#include "StartupCheck.h"
#include "services/Station.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dockside"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dockside"));
    QApplication::setApplicationVersion(QStringLiteral(DOCKSIDE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Dockside returns dock station."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "The station database (default: $DOCKSIDE_DB)."),
        QStringLiteral("FILE"), dockside::Station::defaultDatabasePath());
    parser.addOption(dbOption);
    parser.process(app);

    auto station = dockside::openCheckedStation(nullptr, parser.value(dbOption));
    if (!station) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Dockside"), station.error().message);
        return 2;
    }
    dockside::MainWindow window(**station);
    window.show();
    return app.exec();
}
