// libFuzzer target: every answer HQ (or a broken proxy in front of it) can send the station:
// push results, feed pages with their RMAs and catalog items, health, error bodies, Retry-After,
// and the batch HQ reads from a station.
#include "services/Catalog.h"
#include "sync/HqProtocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 65536)
        return 0;
    using namespace dockside;
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)hq::parsePushResponse(body, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    if (const auto page = hq::parseFeedPage(body)) {
        for (const QJsonValue& item : page->items) {
            (void)Catalog::rmaFromJson(item.toObject());
            (void)Catalog::productFromJson(item.toObject());
        }
    }
    (void)hq::parseHealth(body);
    (void)hq::parseErrorBody(body);
    (void)hq::parseBatch(body);
    (void)hq::parseRetryAfterMs(body.left(64), 1795000000000);
    return 0;
}
