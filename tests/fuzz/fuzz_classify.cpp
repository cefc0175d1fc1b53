// libFuzzer target: whatever a scanner types (UTF-8 bytes, control characters, GS in every form)
// goes through the scan classifier and its JSON without crashing or tripping a sanitizer.
// The work itself is in FuzzTargets.h, which the unit tests also run on the corpus.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    dockside::fuzz::classify(data, size);
    return 0;
}
