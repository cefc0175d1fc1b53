// libFuzzer target: GS1 element strings (AIM prefix, bracket form, GS separators) through the
// parser, the detailed parser and the human-readable formatter.
#include "scan/Gs1.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)dockside::normalizeGs1Separators(text, QChar(u'|'));
    (void)dockside::aimPrefix(text);
    (void)dockside::parseGs1Detailed(text);
    const auto parsed = dockside::parseGs1(text, QChar(u'|'));
    if (parsed.ok())
        (void)dockside::formatGs1HumanReadable(*parsed);
    return 0;
}
