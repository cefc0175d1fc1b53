#include "util/Money.h"

#include <QJsonValue>

#include <cmath>

namespace dockside {

QString Money::decimal() const {
    // Built by hand: three QString::arg calls cost ten times as much, on every event with money.
    const quint64 magnitude = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const auto cents = static_cast<char16_t>(magnitude % 100);
    QString text = QString::number(magnitude / 100);
    if (minor < 0)
        text.prepend(QLatin1Char('-'));
    text += QLatin1Char('.');
    text += QChar(char16_t(u'0' + cents / 10));
    text += QChar(char16_t(u'0' + cents % 10));
    return text;
}

QJsonObject Money::toJson() const {
    return {{QStringLiteral("amount"), decimal()}, {QStringLiteral("currency"), currency}};
}

std::optional<Money> Money::parse(QStringView amount, const QString& currency) {
    amount = amount.trimmed();
    if (amount.isEmpty() || amount.size() > 20)
        return std::nullopt;
    bool negative = false;
    if (amount.front() == QLatin1Char('-')) {
        negative = true;
        amount = amount.mid(1);
    }
    const qsizetype dot = amount.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? amount : amount.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : amount.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > 2 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 units = 0;
    for (QChar c : whole) {
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
        units = units * 10 + (c.unicode() - '0');
    }
    qint64 cents = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        cents *= 10;
        if (i < fraction.size()) {
            const QChar c = fraction[i];
            if (c.unicode() < '0' || c.unicode() > '9')
                return std::nullopt;
            cents += c.unicode() - '0';
        }
    }
    const qint64 total = units * 100 + cents;
    return Money{negative ? -total : total, currency.toUpper()};
}

std::optional<Money> Money::fromJson(const QJsonValue& value) {
    const QJsonObject object = value.toObject();
    const QString currency = object.value(QStringLiteral("currency")).toString();
    const QJsonValue amount = object.value(QStringLiteral("amount"));
    if (currency.size() != 3 || !amount.isString())
        return std::nullopt;
    return parse(amount.toString(), currency);
}

Money Money::scaled(double factor) const {
    return {static_cast<qint64>(std::llround(static_cast<double>(minor) * factor)), currency};
}

} // namespace dockside
