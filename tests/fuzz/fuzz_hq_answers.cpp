// libFuzzer target: every answer HQ (or a broken proxy in front of it) can send the station:
// push results, feed pages with their RMAs and catalog items, health, error bodies, Retry-After,
// and the batch HQ reads from a station.
// The work itself is in FuzzTargets.h, which the unit tests also run on the corpus.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    dockside::fuzz::hqAnswers(data, size);
    return 0;
}
