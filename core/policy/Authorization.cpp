#include "policy/Authorization.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Authorization)
};

// GTIN-8/12/13/14 compare equal in their zero-padded 14-digit form.
QString gtin14(const QString& gtin) {
    const QString trimmed = gtin.trimmed();
    const bool digits = !trimmed.isEmpty() && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    const qsizetype n = trimmed.size();
    if (digits && (n == 8 || n == 12 || n == 13 || n == 14))
        return trimmed.rightJustified(14, QLatin1Char('0'));
    return trimmed;
}

bool sameSerial(const QString& a, const QString& b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool listsSerial(const RmaLine& line, const QString& serial) {
    if (serial.trimmed().isEmpty())
        return false;
    return std::any_of(line.serials.cbegin(), line.serials.cend(),
                       [&](const QString& s) { return sameSerial(s, serial); });
}

bool lineMatches(const RmaLine& line, const Product* product, const QString& scannedGtin14) {
    const QString lineGtin = gtin14(line.gtin);
    if (!lineGtin.isEmpty() && !scannedGtin14.isEmpty() && lineGtin == scannedGtin14)
        return true;
    if (!product)
        return false;
    if (!line.sku.isEmpty() && line.sku.compare(product->sku, Qt::CaseInsensitive) == 0)
        return true;
    return !lineGtin.isEmpty() && std::any_of(product->gtins.cbegin(), product->gtins.cend(),
                                              [&](const QString& g) { return gtin14(g) == lineGtin; });
}

// The action for every exception: the item is always received, never refused at the screen.
QString holdAction() {
    return Tr::tr(
        "Receive it and put it in the quarantine tote; a supervisor will decide what happens to it.");
}

QString localDate(Millis utc) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC).toLocalTime().date(),
                              QLocale::ShortFormat);
}

AuthorizationResult held(const QString& code, QString message, QString action = holdAction()) {
    AuthorizationResult result;
    result.code = code;
    result.message = std::move(message);
    result.action = std::move(action);
    return result;
}

// The RMA-level checks, in order; nullopt when the RMA may be received against.
std::optional<AuthorizationResult> checkRma(const Policy& policy, const AuthorizationInput& input) {
    if (!input.rma)
        return held(authorization::UnknownParcel, Tr::tr("No return authorization matches this parcel."),
                    Tr::tr("Receive it as a blind receipt and put it in the quarantine tote; a supervisor "
                           "will match it to a return."));
    const Rma& rma = *input.rma;
    const QString status = rma.status.trimmed().toLower();
    if (status == QLatin1String("cancelled") || status == QLatin1String("canceled"))
        return held(authorization::RmaCancelled, Tr::tr("Return %1 was cancelled.").arg(rma.rma));
    // Anything but "authorized" is treated as closed: only an open return may be received.
    if (status != QLatin1String("authorized"))
        return held(authorization::RmaClosed, Tr::tr("Return %1 is already closed.").arg(rma.rma));

    const Millis arrival = input.rmaReceivedAt > 0 ? input.rmaReceivedAt : input.now;
    const Millis deadline = rma.expiresAt > 0   ? rma.expiresAt
                            : rma.createdAt > 0 ? rma.createdAt + policy.returnWindowDays() * kMillisPerDay
                                                : 0;
    if (deadline > 0 && arrival > deadline)
        return held(authorization::Expired, Tr::tr("Return %1 arrived after its return window closed on %2.")
                                                .arg(rma.rma, localDate(deadline)));

    return std::nullopt;
}

} // namespace

AuthorizationResult authorizeParcel(const Policy& policy, const AuthorizationInput& input) {
    if (std::optional<AuthorizationResult> rmaHeld = checkRma(policy, input))
        return *rmaHeld;
    AuthorizationResult result;
    result.code = authorization::Authorized;
    result.message = Tr::tr("Return %1: scan each item.").arg(input.rma->rma);
    result.action = Tr::tr("Scan the first item.");
    return result;
}

AuthorizationResult authorize(const Policy& policy, const AuthorizationInput& input) {
    if (std::optional<AuthorizationResult> rmaHeld = checkRma(policy, input))
        return *rmaHeld;
    const Rma& rma = *input.rma;
    const QString scannedGtin = gtin14(input.scannedGtin);
    const QString scannedSerial = input.scannedSerial.trimmed();
    // An item known only by its serial number is matched through the lines' serial lists.
    const bool identified = input.product || !scannedGtin.isEmpty();
    QList<const RmaLine*> matches;
    for (const RmaLine& line : rma.lines)
        if (identified ? lineMatches(line, input.product, scannedGtin) : listsSerial(line, scannedSerial))
            matches << &line;

    if (matches.isEmpty() && !input.product) {
        if (!identified && scannedSerial.isEmpty())
            return held(authorization::UnknownProduct,
                        Tr::tr("The item could not be identified: no barcode or serial number was scanned."),
                        Tr::tr("Scan the item's barcode or serial number; if it has none, receive it as a "
                               "blind receipt and put it in the quarantine tote."));
        const QString scanned = !scannedGtin.isEmpty() ? scannedGtin : scannedSerial;
        return held(authorization::UnknownProduct,
                    Tr::tr("The item %1 is not in the catalog and not on return %2.").arg(scanned, rma.rma),
                    Tr::tr("Receive it as a blind receipt and put it in the quarantine tote; a supervisor "
                           "will identify it."));
    }
    if (matches.isEmpty()) {
        AuthorizationResult result =
            held(authorization::WrongItem,
                 Tr::tr("This item (%1, %2) is not on return %3.")
                     .arg(input.product->sku, input.product->description, rma.rma),
                 Tr::tr("Receive it, photograph it and put it in the quarantine tote."));
        result.fraudFlags << fraud::WrongItem;
        return result;
    }

    // Prefer a line with quantity left, then one that lists this serial, then one without serials.
    auto score = [&](const RmaLine* line) {
        const bool left = input.receivedPerLine.value(line->line, 0) < line->qty;
        return (left ? 4 : 0) + (listsSerial(*line, scannedSerial) ? 2 : 0) +
               (line->serials.isEmpty() ? 1 : 0);
    };
    const RmaLine* line = matches.first();
    for (const RmaLine* candidate : std::as_const(matches))
        if (score(candidate) > score(line))
            line = candidate;

    const int received = input.receivedPerLine.value(line->line, 0);
    if (received >= line->qty) {
        AuthorizationResult result =
            held(authorization::OverQuantity,
                 Tr::tr("Return %1 line %2 allows %n item(s), and all of them have already been received.",
                        nullptr, line->qty)
                     .arg(rma.rma)
                     .arg(line->line));
        result.rmaLine = line->line;
        return result;
    }

    if (!line->serials.isEmpty() && !listsSerial(*line, scannedSerial)) {
        AuthorizationResult result;
        if (scannedSerial.isEmpty()) {
            // Not suspicious yet: the worker may simply not have scanned it. No fraud flag.
            result =
                held(authorization::SerialMismatch,
                     Tr::tr("Return %1 line %2 expects a specific unit, but no serial number was scanned.")
                         .arg(rma.rma)
                         .arg(line->line),
                     Tr::tr("Scan the serial number on the item; if it has none, receive it and put it "
                            "in the quarantine tote."));
        } else {
            result = held(authorization::SerialMismatch,
                          Tr::tr("Serial number %1 is not the one expected on return %2 line %3 (%4).")
                              .arg(scannedSerial, rma.rma)
                              .arg(line->line)
                              .arg(line->serials.join(QStringLiteral(", "))),
                          Tr::tr("Receive it, photograph the serial number label and put it in the "
                                 "quarantine tote."));
            result.fraudFlags << fraud::SerialMismatch;
        }
        result.rmaLine = line->line;
        return result;
    }

    if (input.product && !input.product->returnable) {
        AuthorizationResult result =
            held(authorization::NotReturnable,
                 Tr::tr("%1 (%2) cannot be returned.").arg(input.product->description, input.product->sku));
        result.rmaLine = line->line;
        return result;
    }

    AuthorizationResult result;
    result.code = authorization::Authorized;
    result.rmaLine = line->line;
    result.message = Tr::tr("Authorized: return %1, line %2.").arg(rma.rma).arg(line->line);
    result.action = Tr::tr("Grade the item.");
    return result;
}

QStringList weightFlags(const Policy& policy, const Product* product, std::optional<int> weightG) {
    if (!product || !weightG || *weightG < 0 || product->weightG <= 0)
        return {};
    const WeightCheck& check = policy.weightCheck();
    const double catalog = product->weightG;
    const double weight = *weightG;
    if (weight < catalog * check.emptyBoxRatio)
        return {fraud::EmptyBox};
    if (weight < catalog * (1.0 - check.toleranceRatio) ||
        weight > catalog * (1.0 + check.toleranceRatio) + check.packagingAllowanceG)
        return {fraud::WeightMismatch};
    return {};
}

QString authorizationLabel(const QString& code) {
    if (code == authorization::Authorized)
        return Tr::tr("Authorized");
    if (code == authorization::UnknownParcel)
        return Tr::tr("Unknown parcel");
    if (code == authorization::RmaCancelled)
        return Tr::tr("Return cancelled");
    if (code == authorization::RmaClosed)
        return Tr::tr("Return closed");
    if (code == authorization::Expired)
        return Tr::tr("Return window expired");
    if (code == authorization::WrongItem)
        return Tr::tr("Wrong item");
    if (code == authorization::OverQuantity)
        return Tr::tr("More items than authorized");
    if (code == authorization::SerialMismatch)
        return Tr::tr("Serial number mismatch");
    if (code == authorization::NotReturnable)
        return Tr::tr("Not returnable");
    if (code == authorization::UnknownProduct)
        return Tr::tr("Product not in the catalog");
    return code;
}

} // namespace dockside
