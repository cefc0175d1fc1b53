// libFuzzer target: a policy document (from HQ or a file) through Policy::parse, and a parsed
// policy through the evaluations the dock runs on it.
#include "policy/Policy.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 262144)
        return 0;
    const QByteArray document(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    using namespace dockside;
    const auto policy = Policy::parse(document);
    if (!policy.ok())
        return 0;
    for (const char* category : {"", "electronics.audio", "apparel.tops", "x.y.z"})
        (void)policy->checklistFor(QString::fromLatin1(category));
    for (Disposition disposition : {Disposition::Restock, Disposition::Quarantine})
        for (Grade grade : {Grade::A, Grade::X})
            (void)policy->recovery(disposition, grade);
    (void)policy->restockingFeeRate(Grade::C);
    return 0;
}
