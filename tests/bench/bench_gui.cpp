// The dock GUI on a large station (issue 4 budgets): start-up to the log-in screen, scan-to-
// screen (from the Enter of a scanner burst to the parcel shown) and memory after 500 items.
//
//   bench_gui --db big.db [--items 500]   (a copy of a `demo --items 1000000` database; it is changed)
#include "Dialogs.h"
#include "LoginPage.h"
#include "MainWindow.h"

#include "services/Station.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dockside;

namespace {

// VmRSS, or RssAnon (heap) / RssFile (mapped files: the database's mmap pages count here).
long rssKb(const char* field = "VmRSS:") {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

void scan(MainWindow& w, const QString& code) {
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
}

void click(MainWindow& w, const QString& name) {
    if (auto* b = w.findChild<QAbstractButton*>(name))
        QTest::mouseClick(b, Qt::LeftButton);
}

[[noreturn]] void die(const char* why) {
    std::fprintf(stderr, "bench_gui: %s\n", why);
    std::exit(1);
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0); // figures appear as they are measured
    const QStringList args = app.arguments();
    const qsizetype itemsAt = args.indexOf(QStringLiteral("--items"));
    const int items = itemsAt > 0 ? std::max(1, args.value(itemsAt + 1).toInt()) : 500;
    const qsizetype at = args.indexOf(QStringLiteral("--db"));
    if (at < 0 || at + 1 >= args.size())
        die("usage: bench_gui --db FILE");

    QElapsedTimer startup;
    startup.start();
    auto station = Station::open(args[at + 1]);
    if (!station)
        die("cannot open the database");
    MainWindow window(**station);
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowExposed(&window))
        die("window not shown");
    const double startupMs = static_cast<double>(startup.nsecsElapsed()) / 1e6;
    std::printf("start-up to the log-in screen: %.0f ms (%lld items in the store)\n", startupMs,
                (*station)->db().scalar("SELECT count(*) FROM items"));

    scan(window, QStringLiteral("U-0003"));
    for (const QChar d : QStringLiteral("1234"))
        click(window, QStringLiteral("key_%1").arg(d));
    click(window, QStringLiteral("key_ok"));
    if (window.page() == MainWindow::Page::Login)
        die("log-in failed (demo user U-0003, PIN 1234)");

    // RMAs the demo created but never received: each a fresh parcel, like the next one on the dock.
    struct Todo {
        QString rma;
        QString gtin;
    };
    std::vector<Todo> todo;
    {
        // Found through a connection of its own, closed before the items: the search reads much of
        // the file, and its mmap pages would otherwise count in the GUI's RSS.
        auto setup = Database::open(args[at + 1], Database::Mode::ReadOnly);
        if (!setup)
            die("cannot open the database for set-up");
        Statement s = (*setup)->prepare(
            "SELECT r.rma, l.gtin FROM rmas r JOIN rma_lines l ON l.rma = r.rma WHERE r.status = "
            "'authorized' "
            "AND l.line = 1 AND NOT EXISTS (SELECT 1 FROM parcels p WHERE p.rma = r.rma) AND NOT EXISTS "
            "(SELECT 1 FROM rma_serials x WHERE x.rma = r.rma) LIMIT ?");
        s.bind(1, items);
        while (s.step())
            todo.push_back({s.text(0), s.text(1)});
    }
    if (todo.empty())
        die("the database has no unreceived RMAs left");
    std::vector<double> toScreen;
    const long rssBefore = rssKb();
    for (const Todo& t : todo) {
        QElapsedTimer timer;
        timer.start();
        // An RMA of two units leaves its parcel unfinished: "start the next parcel?" is answered yes.
        Dialogs::queueAnswer(true);
        scan(window, t.rma); // the Enter is the last key; the parcel page is built before it returns
        QApplication::processEvents();
        toScreen.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        Dialogs::clearAnswers();
        if (window.page() != MainWindow::Page::Parcel)
            die("the parcel was not shown");
        scan(window, t.gtin.mid(1));
        click(window, QStringLiteral("allPassButton"));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Return);
        QApplication::processEvents();
        if (toScreen.size() % 10 == 0)
            std::printf("  %zu items, last scan-to-screen %.1f ms, RSS %ld MB\n", toScreen.size(),
                        toScreen.back(), rssKb() / 1024);
    }
    std::sort(toScreen.begin(), toScreen.end());
    std::printf("scan-to-screen (parcel shown): median %.1f ms, p99 %.1f ms, max %.1f ms over %zu parcels\n",
                toScreen[toScreen.size() / 2], toScreen[toScreen.size() * 99 / 100], toScreen.back(),
                toScreen.size());
    std::printf("memory: %ld MB RSS after %zu items processed (%ld MB before them); of it heap %ld MB, "
                "mapped files %ld MB\n",
                rssKb() / 1024, todo.size(), rssBefore / 1024, rssKb("RssAnon:") / 1024,
                rssKb("RssFile:") / 1024);
    return 0;
}
