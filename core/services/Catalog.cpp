#include "services/Catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

Error fieldError(const QString& what, const QString& field) {
    return Error::invalid(QStringLiteral("invalid_") + what,
                          Tr::tr("The %1 has a missing or invalid field \"%2\".").arg(what, field));
}

QStringList stringList(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        if (v.isString())
            list.append(v.toString());
    return list;
}

Product readProduct(Statement& s) {
    Product p;
    p.sku = s.text(0);
    p.description = s.text(1);
    p.category = s.text(2);
    p.unitValue = {s.int64(3), s.text(4)};
    p.weightG = s.integer(5);
    p.hazmat = s.text(6);
    p.dataBearing = s.int64(7) != 0;
    p.returnable = s.int64(8) != 0;
    p.updatedAt = s.int64(9);
    return p;
}

constexpr const char* kProductColumns =
    "p.sku, p.description, p.category, p.unit_value, p.currency, p.weight_g, p.hazmat, p.data_bearing, "
    "p.returnable, p.updated_at";

} // namespace

QString gtin14(const QString& gtin) {
    if (gtin.isEmpty() || gtin.size() >= 14)
        return gtin;
    return QString(14 - gtin.size(), QLatin1Char('0')) + gtin;
}

void Catalog::upsertProduct(const Product& p) {
    m_db.cached(
            "INSERT INTO products (sku, description, category, unit_value, currency, weight_g, hazmat, "
            "data_bearing, returnable, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (sku) DO UPDATE SET description = excluded.description, category = "
            "excluded.category, "
            "unit_value = excluded.unit_value, currency = excluded.currency, weight_g = excluded.weight_g, "
            "hazmat = excluded.hazmat, data_bearing = excluded.data_bearing, returnable = "
            "excluded.returnable, "
            "updated_at = excluded.updated_at")
        .bindAll(p.sku, p.description, p.category, p.unitValue.minor, p.unitValue.currency, p.weightG,
                 p.hazmat, p.dataBearing, p.returnable, p.updatedAt)
        .run();
    m_db.cached("DELETE FROM product_gtins WHERE sku = ?").bindAll(p.sku).run();
    for (const QString& gtin : p.gtins)
        m_db.cached("INSERT OR REPLACE INTO product_gtins (gtin, sku) VALUES (?, ?)")
            .bindAll(gtin14(gtin), p.sku)
            .run();
}

void Catalog::upsertRma(const Rma& r) {
    // Replacing the whole RMA keeps the delta-feed rule simple: the latest version wins.
    m_db.cached("DELETE FROM rmas WHERE rma = ?").bindAll(r.rma).run();
    m_db.cached(
            "INSERT INTO rmas (rma, status, order_ref, customer_ref, reason_code, created_at, expires_at, "
            "updated_at) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?)")
        .bindAll(r.rma, r.status, r.order, r.customerRef, r.reasonCode, r.createdAt, r.expiresAt, r.updatedAt)
        .run();
    for (const QString& tracking : r.tracking)
        m_db.cached("INSERT OR IGNORE INTO rma_tracking (tracking, rma) VALUES (?, ?)")
            .bindAll(tracking, r.rma)
            .run();
    for (const RmaLine& line : r.lines) {
        m_db.cached("INSERT INTO rma_lines (rma, line, sku, gtin, qty, unit_value, currency) VALUES (?, ?, "
                    "?, ?, ?, ?, ?)")
            .bindAll(r.rma, line.line, line.sku, gtin14(line.gtin), line.qty, line.unitValue.minor,
                     line.unitValue.currency)
            .run();
        for (const QString& serial : line.serials)
            m_db.cached("INSERT OR IGNORE INTO rma_serials (rma, line, serial) VALUES (?, ?, ?)")
                .bindAll(r.rma, line.line, serial)
                .run();
    }
}

std::optional<Product> Catalog::productBySku(const QString& sku) {
    Statement& s =
        m_db.cached("SELECT p.sku, p.description, p.category, p.unit_value, p.currency, p.weight_g, "
                    "p.hazmat, p.data_bearing, p.returnable, p.updated_at FROM products p WHERE p.sku = ?");
    s.bind(1, sku);
    if (!s.step())
        return std::nullopt;
    Product p = readProduct(s);
    s.reset();
    Statement& g = m_db.cached("SELECT gtin FROM product_gtins WHERE sku = ? ORDER BY gtin");
    g.bind(1, sku);
    while (g.step())
        p.gtins.append(g.text(0));
    return p;
}

std::optional<Product> Catalog::productByGtin(const QString& gtin) {
    Statement& s = m_db.cached("SELECT sku FROM product_gtins WHERE gtin = ?");
    s.bind(1, gtin14(gtin));
    if (!s.step())
        return std::nullopt;
    const QString sku = s.text(0);
    s.reset();
    return productBySku(sku);
}

std::optional<Rma> Catalog::rma(const QString& code, Tracking tracking) {
    Statement& s =
        m_db.cached("SELECT rma, status, order_ref, customer_ref, reason_code, created_at, expires_at, "
                    "updated_at FROM rmas WHERE rma = ?");
    s.bind(1, code);
    if (!s.step())
        return std::nullopt;
    Rma r;
    r.rma = s.text(0);
    r.status = s.text(1);
    r.order = s.text(2);
    r.customerRef = s.text(3);
    r.reasonCode = s.text(4);
    r.createdAt = s.int64(5);
    r.expiresAt = s.int64(6);
    r.updatedAt = s.int64(7);
    s.reset();
    if (tracking == Tracking::Read) {
        Statement& t = m_db.cached("SELECT tracking FROM rma_tracking WHERE rma = ? ORDER BY tracking");
        t.bind(1, code);
        while (t.step())
            r.tracking.append(t.text(0));
        t.reset();
    }
    Statement& l = m_db.cached("SELECT line, sku, gtin, qty, unit_value, currency FROM rma_lines "
                               "WHERE rma = ? ORDER BY line");
    l.bind(1, code);
    while (l.step()) {
        RmaLine line;
        line.line = l.integer(0);
        line.sku = l.text(1);
        line.gtin = l.text(2);
        line.qty = l.integer(3);
        line.unitValue = {l.int64(4), l.text(5)};
        r.lines.append(line);
    }
    l.reset();
    Statement& serials =
        m_db.cached("SELECT line, serial FROM rma_serials WHERE rma = ? ORDER BY line, serial");
    serials.bind(1, code);
    while (serials.step())
        for (RmaLine& line : r.lines)
            if (line.line == serials.integer(0))
                line.serials.append(serials.text(1));
    serials.reset();
    return r;
}

std::optional<Rma> Catalog::rmaByTracking(const QString& tracking) {
    // The authorized RMA first, then the latest. Picked here, not by ORDER BY ... LIMIT 1: a
    // label names one or two RMAs, and SQLite would open a sorter for them on every scan.
    Statement& s = m_db.cached("SELECT t.rma, r.status = 'authorized', r.updated_at FROM rma_tracking t "
                               "JOIN rmas r ON r.rma = t.rma WHERE t.tracking = ?");
    s.bind(1, tracking);
    QString code;
    std::pair<bool, qint64> best;
    while (s.step()) {
        const std::pair<bool, qint64> rank{s.int64(1) != 0, s.int64(2)};
        if (code.isEmpty() || rank > best) {
            code = s.text(0);
            best = rank;
        }
    }
    s.reset();
    if (code.isEmpty())
        return std::nullopt;
    return rma(code);
}

QString Catalog::rmaCodeBySerial(const QString& serial) {
    Statement& s = m_db.cached("SELECT DISTINCT rma FROM rma_serials WHERE serial = ? LIMIT 2");
    s.bind(1, serial);
    QStringList found;
    while (s.step())
        found.append(s.text(0));
    return found.size() == 1 ? found.first() : QString();
}

qint64 Catalog::productCount() {
    return m_db.scalar("SELECT count(*) FROM products");
}
qint64 Catalog::rmaCount() {
    return m_db.scalar("SELECT count(*) FROM rmas");
}

namespace {
QStringList firstColumn(Database& db, const char* sql) {
    QStringList list;
    Statement stmt = db.prepare(sql);
    while (stmt.step())
        list.append(stmt.text(0));
    return list;
}
} // namespace

QStringList Catalog::skus() {
    return firstColumn(m_db, "SELECT sku FROM products ORDER BY sku");
}

QStringList Catalog::rmaCodes() {
    return firstColumn(m_db, "SELECT rma FROM rmas ORDER BY rma");
}

Result<Product> Catalog::productFromJson(const QJsonObject& j) {
    const QString what = QStringLiteral("product");
    Product p;
    p.sku = j.value(QStringLiteral("sku")).toString();
    if (p.sku.isEmpty())
        return fieldError(what, QStringLiteral("sku"));
    p.gtins = stringList(j.value(QStringLiteral("gtins")));
    p.description = j.value(QStringLiteral("description")).toString();
    p.category = j.value(QStringLiteral("category")).toString();
    if (p.category.isEmpty())
        return fieldError(what, QStringLiteral("category"));
    const auto value = Money::fromJson(j.value(QStringLiteral("unit_value")));
    if (!value)
        return fieldError(what, QStringLiteral("unit_value"));
    p.unitValue = *value;
    p.weightG = j.value(QStringLiteral("weight_g")).toInt(0);
    p.hazmat = j.value(QStringLiteral("hazmat")).toString(QStringLiteral("none"));
    p.dataBearing = j.value(QStringLiteral("data_bearing")).toBool(false);
    p.returnable = j.value(QStringLiteral("returnable")).toBool(true);
    p.updatedAt = fromRfc3339(j.value(QStringLiteral("updated_at")).toString()).value_or(0);
    return p;
}

Result<Rma> Catalog::rmaFromJson(const QJsonObject& j) {
    const QString what = QStringLiteral("RMA");
    Rma r;
    r.rma = j.value(QStringLiteral("rma")).toString();
    if (r.rma.isEmpty())
        return fieldError(what, QStringLiteral("rma"));
    r.status = j.value(QStringLiteral("status")).toString();
    if (r.status != QLatin1String("authorized") && r.status != QLatin1String("cancelled") &&
        r.status != QLatin1String("closed"))
        return fieldError(what, QStringLiteral("status"));
    r.order = j.value(QStringLiteral("order")).toString();
    r.customerRef = j.value(QStringLiteral("customer_ref")).toString();
    r.reasonCode = j.value(QStringLiteral("reason_code")).toString();
    const auto created = fromRfc3339(j.value(QStringLiteral("created_at")).toString());
    if (!created)
        return fieldError(what, QStringLiteral("created_at"));
    r.createdAt = *created;
    r.expiresAt = fromRfc3339(j.value(QStringLiteral("expires_at")).toString()).value_or(0);
    r.updatedAt = fromRfc3339(j.value(QStringLiteral("updated_at")).toString()).value_or(r.createdAt);
    r.tracking = stringList(j.value(QStringLiteral("tracking")));
    const QJsonArray lines = j.value(QStringLiteral("lines")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines[i].toObject();
        RmaLine line;
        line.line = l.value(QStringLiteral("line")).toInt(static_cast<int>(i) + 1);
        line.sku = l.value(QStringLiteral("sku")).toString();
        line.gtin = l.value(QStringLiteral("gtin")).toString();
        line.qty = l.value(QStringLiteral("qty")).toInt(0);
        line.serials = stringList(l.value(QStringLiteral("serials")));
        const auto value = Money::fromJson(l.value(QStringLiteral("unit_value")));
        if (line.sku.isEmpty() || line.qty <= 0 || !value)
            return fieldError(what, QStringLiteral("lines[%1]").arg(i));
        line.unitValue = *value;
        r.lines.append(line);
    }
    return r;
}

QJsonObject Catalog::toJson(const Product& p) {
    return {{QStringLiteral("sku"), p.sku},
            {QStringLiteral("gtins"), QJsonArray::fromStringList(p.gtins)},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("unit_value"), p.unitValue.toJson()},
            {QStringLiteral("weight_g"), p.weightG},
            {QStringLiteral("hazmat"), p.hazmat},
            {QStringLiteral("data_bearing"), p.dataBearing},
            {QStringLiteral("returnable"), p.returnable},
            {QStringLiteral("updated_at"), toRfc3339(p.updatedAt)}};
}

QJsonObject Catalog::toJson(const Rma& r) {
    QJsonArray lines;
    for (const RmaLine& l : r.lines)
        lines.append(QJsonObject{{QStringLiteral("line"), l.line},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("gtin"), l.gtin},
                                 {QStringLiteral("qty"), l.qty},
                                 {QStringLiteral("serials"), QJsonArray::fromStringList(l.serials)},
                                 {QStringLiteral("unit_value"), l.unitValue.toJson()}});
    return {{QStringLiteral("rma"), r.rma},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("order"), r.order},
            {QStringLiteral("customer_ref"), r.customerRef},
            {QStringLiteral("reason_code"), r.reasonCode},
            {QStringLiteral("created_at"), toRfc3339(r.createdAt)},
            {QStringLiteral("expires_at"), r.expiresAt ? QJsonValue(toRfc3339(r.expiresAt)) : QJsonValue()},
            {QStringLiteral("tracking"), QJsonArray::fromStringList(r.tracking)},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("updated_at"), toRfc3339(r.updatedAt)}};
}

} // namespace dockside
