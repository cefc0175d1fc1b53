#pragma once

#include "domain/Types.h"
#include "store/Database.h"

#include <QJsonObject>

#include <optional>

namespace dockside {

// Products and return authorizations as HQ sends them. A repository: its methods throw
// StoreError and are called inside a service's transaction.
class Catalog {
public:
    explicit Catalog(Database& db)
        : m_db(db) {}

    void upsertProduct(const Product& product);
    void upsertRma(const Rma& rma); // a later version replaces the earlier one whole

    std::optional<Product> productBySku(const QString& sku);
    std::optional<Product> productByGtin(const QString& gtin14);
    // An item's authorization reads the lines and serials only; the tracking numbers are for
    // parcels and screens.
    enum class Tracking { Read, Skip };
    std::optional<Rma> rma(const QString& code, Tracking tracking = Tracking::Read);
    std::optional<Rma> rmaByTracking(const QString& tracking);
    // The RMA that expects this serial, if exactly one does (its code; null otherwise).
    QString rmaCodeBySerial(const QString& serial);

    qint64 productCount();
    qint64 rmaCount();
    // Every SKU and RMA code, sorted (to hand a station's data to a demo HQ).
    QStringList skus();
    QStringList rmaCodes();

    // The hq-api.md shapes. Parsing names the first field that is missing or wrong.
    static Result<Product> productFromJson(const QJsonObject& json);
    static Result<Rma> rmaFromJson(const QJsonObject& json);
    static QJsonObject toJson(const Product& product);
    static QJsonObject toJson(const Rma& rma);

private:
    Database& m_db;
};

// GTINs are compared in their 14-digit form.
QString gtin14(const QString& gtin);

} // namespace dockside
