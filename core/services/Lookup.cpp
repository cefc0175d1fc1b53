#include "services/Lookup.h"

#include "scan/ScanClassifier.h"

namespace dockside {

QJsonObject ScanLookup::toJson() const {
    return {{QStringLiteral("code"), code},
            {QStringLiteral("parcel"), parcelId ? QJsonValue(parcelId) : QJsonValue()},
            {QStringLiteral("rma"), rma.isEmpty() ? QJsonValue() : QJsonValue(rma)},
            {QStringLiteral("lpn"), lpn.isEmpty() ? QJsonValue() : QJsonValue(lpn)}};
}

Result<ScanLookup> lookupScan(Station& station, const QString& raw) {
    const ScanResult scan = classifyScan(raw);
    ScanLookup result;
    result.code = scan.kind == ScanKind::Unknown ? raw.trimmed() : scan.value;
    const QString serial = scan.kind == ScanKind::Gs1 ? scan.serial() : raw.trimmed();
    Database& db = station.db();
    auto first = [&](const char* sql, const QString& value) {
        Statement& s = db.cached(sql);
        s.bind(1, value);
        QString found = s.step() ? s.text(0) : QString();
        s.reset();
        return found;
    };
    try {
        switch (scan.kind) {
        case ScanKind::Lpn:
            result.lpn = first("SELECT lpn FROM items WHERE lpn = ?", scan.value);
            break;
        case ScanKind::Rma:
            result.rma = first("SELECT rma FROM rmas WHERE rma = ?", scan.value);
            result.parcelId =
                first("SELECT id FROM parcels WHERE rma = ? ORDER BY id DESC LIMIT 1", scan.value)
                    .toLongLong();
            break;
        case ScanKind::Badge:
        case ScanKind::Tote:
            break;
        default:
            // Tracking numbers and serials are free text as far as the store is concerned.
            result.parcelId =
                first("SELECT id FROM parcels WHERE tracking = ? ORDER BY id DESC LIMIT 1", result.code)
                    .toLongLong();
            result.rma = first("SELECT rma FROM rma_tracking WHERE tracking = ? LIMIT 1", result.code);
            if (!serial.isEmpty()) {
                result.lpn = first("SELECT lpn FROM items WHERE serial = ? LIMIT 1", serial);
                if (result.rma.isEmpty())
                    result.rma = first("SELECT rma FROM rma_serials WHERE serial = ? LIMIT 1", serial);
            }
        }
    } catch (const StoreError& e) {
        return toError(e);
    }
    return result;
}

} // namespace dockside
