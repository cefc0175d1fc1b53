// Classifier throughput on a realistic mix of dock scans: bench_classify [iterations]
// Prints the median of 5 runs as ns and µs per string.

#include "scan/ScanClassifier.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace dockside;

int main(int argc, char** argv) {
    const long iterations = argc > 1 ? std::max(1L, std::atol(argv[1])) : 200000L;
    const QString gs(QChar(0x1D));
    const QStringList scans = {
        QStringLiteral("1Z999AA10123456784"),
        QStringLiteral("1Z 5R8 939 03 5756 712 7\r\n"),
        QStringLiteral("986578788855"),
        QStringLiteral("9611020987654312345672"),
        QStringLiteral("1001921334250001000300779017972697"),
        QStringLiteral("9400111201080805483016"),
        QStringLiteral("420123459205590164917312751089"),
        QStringLiteral("]C142012345") + gs + QStringLiteral("9205590164917312751089"),
        QStringLiteral("61299998820821171811"),
        QStringLiteral("3318810025"),
        QStringLiteral("RR123456785GB"),
        QStringLiteral("TBA502887274000"),
        QStringLiteral("C11031500001879"),
        QStringLiteral("]C10109506000134352") + QStringLiteral("17251231") + QStringLiteral("10LOT42") + gs +
            QStringLiteral("21SN000123"),
        QStringLiteral("(01)09506000134352(21)ABC123"),
        QStringLiteral("4006381333931"),
        QStringLiteral("AMS-D03-0000412-0"),
        QStringLiteral("RMA-2026-000123-R"),
        QStringLiteral("U-1234"),
        QStringLiteral("TOTE-0042"),
        QStringLiteral("not a barcode at all"),
    };

    std::vector<double> nsPerScan;
    int sink = 0; // keeps the optimizer from dropping the work
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        for (long i = 0; i < iterations; ++i) {
            const ScanResult r = classifyScan(scans[int(i % scans.size())]);
            sink += int(r.kind) + int(r.valid);
        }
        const std::chrono::duration<double, std::nano> elapsed = std::chrono::steady_clock::now() - start;
        nsPerScan.push_back(elapsed.count() / double(iterations));
    }
    std::sort(nsPerScan.begin(), nsPerScan.end());
    const double median = nsPerScan[nsPerScan.size() / 2];
    std::printf("classifyScan: %ld scans x 5 runs over %lld distinct strings: median %.0f ns = %.2f us per "
                "string (min %.0f ns, max %.0f ns) [sink %d]\n",
                iterations, static_cast<long long>(scans.size()), median, median / 1000.0, nsPerScan.front(),
                nsPerScan.back(), sink);
    return 0;
}
