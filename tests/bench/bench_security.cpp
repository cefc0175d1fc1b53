// How long one PIN check takes at PBKDF2 work factors around the default, and that an unknown
// badge costs the same as a known one with a wrong PIN (no badge probing by timing).
//   build/tests/bench/bench_security [--samples N]
#include "services/Station.h"
#include "services/Users.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace dockside;

namespace {

double medianMs(int samples, const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int samples = 9;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--samples")); i > 0 && i + 1 < args.size())
        samples = std::max(1, args[i + 1].toInt());

    std::printf("PBKDF2-SHA256 (QPasswordDigestor), median of %d\n", samples);
    for (int iterations : {60000, 100000, Users::kDefaultIterations, 160000, 240000}) {
        const QString stored = Users::hashPin(QStringLiteral("2468"), iterations);
        const double ms = medianMs(samples, [&] { Users::verifyPin(QStringLiteral("2468"), stored); });
        std::printf("  %6d iterations: %7.1f ms per PIN check%s\n", iterations, ms,
                    iterations == Users::kDefaultIterations ? "  (default)" : "");
    }

    QTemporaryDir dir;
    auto station = Station::init(dir.filePath(QStringLiteral("bench.db")), QStringLiteral("BEN-D01"), {});
    if (!station)
        return 1;
    Users users(**station);
    (void)users.add(nullptr, QStringLiteral("U-0001"), QStringLiteral("Bench"), Role::Worker,
                    QStringLiteral("2468"));
    (void)(*station)->setSetting(setting::PinMaxAttempts, QStringLiteral("1000000"));
    const double known = medianMs(
        samples, [&] { (void)users.authenticate(QStringLiteral("U-0001"), QStringLiteral("1111")); });
    const double unknown = medianMs(
        samples, [&] { (void)users.authenticate(QStringLiteral("U-9999"), QStringLiteral("1111")); });
    std::printf("authenticate, wrong PIN: known badge %.1f ms, unknown badge %.1f ms\n", known, unknown);
    return 0;
}
