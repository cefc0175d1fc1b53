// How long one PIN check takes at PBKDF2 work factors around the default, and that an unknown
// badge costs the same as a known one with a wrong PIN (no badge probing by timing).
//   build/tests/bench/bench_security [--samples N]
// Each figure is the median wall time and the median CPU time of the thread: on a machine shared
// with builds the wall time is stretched by waiting for a core, the CPU time is what an idle dock
// PC spends, and it is what the default work factor is chosen from (~100 ms).
#include "services/Station.h"
#include "services/Users.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace dockside;

namespace {

struct Cost {
    double wallMs = 0;
    double cpuMs = 0;
};

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

Cost median(int samples, const std::function<void()>& work) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int samples = 9;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--samples")); i > 0 && i + 1 < args.size())
        samples = std::max(1, args[i + 1].toInt());

    std::printf("PBKDF2-SHA256 (QPasswordDigestor), median of %d: wall ms / CPU ms per PIN check\n", samples);
    double cpuNsPerIteration = 0;
    for (int iterations :
         {Users::kDefaultIterations / 2, Users::kDefaultIterations, Users::kDefaultIterations * 2}) {
        const QString stored = Users::hashPin(QStringLiteral("2468"), iterations);
        const Cost cost = median(samples, [&] { Users::verifyPin(QStringLiteral("2468"), stored); });
        std::printf("  %7d iterations: %7.1f / %7.1f ms (%.2f us CPU per iteration)%s\n", iterations,
                    cost.wallMs, cost.cpuMs, cost.cpuMs * 1000 / iterations,
                    iterations == Users::kDefaultIterations ? "  (default)" : "");
        cpuNsPerIteration = cost.cpuMs * 1e6 / iterations; // the largest count: least fixed overhead
    }
    std::printf("  for 100 ms of CPU per check: about %.0f iterations\n", 100e6 / cpuNsPerIteration);

    QTemporaryDir dir;
    auto station = Station::init(dir.filePath(QStringLiteral("bench.db")), QStringLiteral("BEN-D01"), {});
    if (!station)
        return 1;
    Users users(**station);
    (void)users.add(nullptr, QStringLiteral("U-0001"), QStringLiteral("Bench"), Role::Worker,
                    QStringLiteral("2468"));
    (void)(*station)->setSetting(setting::PinMaxAttempts, QStringLiteral("1000000"));
    const Cost known =
        median(samples, [&] { (void)users.authenticate(QStringLiteral("U-0001"), QStringLiteral("1111")); });
    const Cost unknown =
        median(samples, [&] { (void)users.authenticate(QStringLiteral("U-9999"), QStringLiteral("1111")); });
    std::printf(
        "authenticate, wrong PIN (wall / CPU ms): known badge %.1f / %.1f, unknown badge %.1f / %.1f\n",
        known.wallMs, known.cpuMs, unknown.wallMs, unknown.cpuMs);
    return 0;
}
