// libFuzzer target: whatever a scanner types (UTF-8 bytes, control characters, GS in every form)
// goes through the scan classifier and its JSON without crashing or tripping a sanitizer.
#include "scan/ScanClassifier.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const dockside::ScanResult plain = dockside::classifyScan(text);
    (void)dockside::toJson(plain);
    // A configured GS replacement character changes the parse: try the common one too.
    (void)dockside::toJson(dockside::classifyScan(text, QChar(u'~')));
    return 0;
}
