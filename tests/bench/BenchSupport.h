#pragma once

// Timing helpers shared by the benchmarks.
#include "store/Database.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <vector>

namespace dockside::bench {

struct Figures {
    double median = 0, p99 = 0, max = 0;
};

// `between` runs before each sample, untimed (idle-time work such as WAL checkpoints).
inline Figures measure(int samples, const std::function<void(int)>& run,
                       const std::function<void(int)>& between = {}) {
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(samples));
    QElapsedTimer timer;
    for (int i = 0; i < samples; ++i) {
        if (between)
            between(i);
        timer.start();
        run(i);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)], ms.back()};
}

// The first column of a query with one bound limit (e.g. random codes that exist).
inline QStringList sample(Database& db, const char* sql, int n) {
    QStringList values;
    Statement s = db.prepare(sql);
    s.bind(1, n);
    while (s.step())
        values.append(s.text(0));
    return values;
}

} // namespace dockside::bench
