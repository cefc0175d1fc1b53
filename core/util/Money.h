#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dockside {

// Money in integer minor units plus ISO 4217 code. All Dockside currencies use 2 decimals.
struct Money {
    // ISO 4217's code for "no currency": for amounts typed as filters, compared in minor units only.
    static inline const QString kNoCurrency = QStringLiteral("XXX");

    qint64 minor = 0;
    QString currency;

    bool isValid() const { return currency.size() == 3; }
    // "129.99" (no currency); negative values keep their sign.
    QString decimal() const;
    // {"amount": "129.99", "currency": "EUR"} as on the wire
    QJsonObject toJson() const;
    // Parses a decimal string with at most 2 fraction digits; nullopt on anything else.
    static std::optional<Money> parse(QStringView amount, const QString& currency);
    static std::optional<Money> fromJson(const QJsonValue& value);

    Money scaled(double factor) const; // rounded half away from zero
    friend bool operator==(const Money&, const Money&) = default;
};

} // namespace dockside
