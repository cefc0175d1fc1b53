// libFuzzer target: a policy document (from HQ or a file) through Policy::parse, and a parsed
// policy through the evaluations the dock runs on it.
// The work itself is in FuzzTargets.h, which the unit tests also run on the corpus.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    dockside::fuzz::policy(data, size);
    return 0;
}
