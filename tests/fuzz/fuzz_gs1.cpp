// libFuzzer target: GS1 element strings (AIM prefix, bracket form, GS separators) through the
// parser, the detailed parser and the human-readable formatter.
// The work itself is in FuzzTargets.h, which the unit tests also run on the corpus.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    dockside::fuzz::gs1(data, size);
    return 0;
}
