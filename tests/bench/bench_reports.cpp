// The analytics report on a large station (see README.md here).
//
//   dockside-cli --db big.db init --station BEN-D01 && dockside-cli --db big.db demo --items 1000000
//   bench_reports --db big.db [--days 90] [--runs 7] [--pdf out.pdf]
//
// Opening the database runs any pending migration first (on a database made before the analytics migration
// (6), that fills the report_facts summary once); its time is printed separately. Then buildReport for the
// last --days days up to the newest receipt, --runs times (the first run is cold: page cache of this process
// empty), and optionally the PDF.
#include "services/ReportPdf.h"
#include "services/Reports.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

using namespace dockside;

namespace {

[[noreturn]] void die(const QString& message) {
    std::fprintf(stderr, "bench_reports: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF needs fonts, not a display
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, const QString& fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const QString path = option("--db", {});
    if (path.isEmpty())
        die(QStringLiteral("usage: bench_reports --db FILE [--days N] [--runs N] [--pdf FILE]"));
    const int days = option("--days", QStringLiteral("90")).toInt();
    const int runs = std::max(1, option("--runs", QStringLiteral("7")).toInt());

    QElapsedTimer timer;
    timer.start();
    auto opened = Station::open(path);
    if (!opened)
        die(opened.error().message);
    std::printf("open (with pending migrations): %.0f ms\n", static_cast<double>(timer.elapsed()));
    Station& station = **opened;
    const Millis newest = station.db().scalar("SELECT max(received_at) FROM items");
    const qint64 items = station.db().scalar("SELECT count(*) FROM items");
    // Three windows: the dashboard's "90 days" (whole days up to now, today partial), a rolling
    // window with a partial day at both ends, and the most item work a report can have: both ends
    // at noon of days received in full, half a day of items on either side of each (one day fewer,
    // as the demo's first day is partial).
    const Millis today = newest / kMillisPerDay * kMillisPerDay;
    const Millis noon = today - kMillisPerDay / 2; // yesterday, 12:00 UTC
    struct Window {
        const char* name;
        int days;
        std::pair<Millis, Millis> period;
    };
    const Window windows[] = {
        {"whole days up to now", days, {today - (days - 1) * kMillisPerDay, newest + 1}},
        {"rolling, partial days at both ends", days, {newest + 1 - days * kMillisPerDay, newest + 1}},
        {"both ends at noon (worst case)", days - 1, {noon - (days - 1) * kMillisPerDay, noon}},
    };
    for (const auto& [name, windowDays, window] : windows) {
        std::vector<double> ms;
        qint64 received = 0;
        for (int i = 0; i < runs; ++i) {
            timer.start();
            auto report = buildReport(station, window.first, window.second);
            ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (!report)
                die(report.error().message);
            received = report->figures.value(QStringLiteral("received")).toInteger();
            if (i == runs - 1 && args.contains(QStringLiteral("--pdf"))) {
                timer.start();
                if (Status written = writeReportPdf(*report, station.name(), option("--pdf", {})); !written)
                    die(written.error().message);
                std::printf("PDF written in %.0f ms\n", static_cast<double>(timer.elapsed()));
            }
        }
        const double first = ms.front();
        std::sort(ms.begin(), ms.end());
        std::printf("report, %d days, %s: %lld of %lld items; first run %.1f ms, median %.1f ms, max %.1f ms "
                    "(%d runs)\n",
                    windowDays, name, static_cast<long long>(received), static_cast<long long>(items), first,
                    ms[ms.size() / 2], ms.back(), runs);
    }
    return 0;
}
