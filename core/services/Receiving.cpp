#include "services/Receiving.h"
#include "util/Json.h"

#include "policy/Grading.h"
#include "scan/ScanClassifier.h"
#include "services/Catalog.h"
#include "services/EventLog.h"
#include "services/Regrade.h"
#include "services/Totes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <array>
#include <span>
#include <string>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Receiving)
};

const QString kItem = QStringLiteral("item");
const QString kParcel = QStringLiteral("parcel");

QString compactJson(const QJsonArray& a) {
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// The items columns every receive writes, in the order receiveItem binds them.
constexpr std::array kReceivedColumns{"lpn",        "parcel_id", "rma",         "rma_line",
                                      "sku",        "gtin",      "serial",      "authorization",
                                      "unit_value", "currency",  "received_by", "received_at"};
// The items columns an inspection decides, in the order Receiving::bindDecided binds them; the
// insert of an item decided at the scan and the update of one decided later both come from here.
constexpr std::array kDecidedColumns{
    "status",          "grade",          "observed_reason",    "notes",
    "weight_g",        "fraud_flags",    "wipe_confirmed_by",  "wipe_method",
    "suggested",       "disposition",    "disposition_reason", "estimated_recovery",
    "refund_decision", "restocking_fee", "policy_version",     "decided_at",
    "tote_id"};
// The columns of an item received without an inspection, after kReceivedColumns.
constexpr std::array kUndecidedColumns{"status", "fraud_flags"};

// An insert of kReceivedColumns and then `more`, every value bound.
std::string insertItemSql(std::span<const char* const> more) {
    std::string columns, values;
    for (std::span<const char* const> part : {std::span<const char* const>(kReceivedColumns), more})
        for (const char* column : part) {
            columns += (columns.empty() ? "" : ", ") + std::string(column);
            values += values.empty() ? "?" : ", ?";
        }
    return "INSERT INTO items (" + columns + ") VALUES (" + values + ")";
}

const char* insertDecidedSql() {
    static const std::string sql = insertItemSql(kDecidedColumns);
    return sql.c_str();
}

const char* insertUndecidedSql() {
    static const std::string sql = insertItemSql(kUndecidedColumns);
    return sql.c_str();
}

const char* updateDecidedSql() {
    static const std::string sql = [] {
        std::string set;
        for (const char* column : kDecidedColumns)
            set += (set.empty() ? "" : ", ") + std::string(column) + " = ?";
        return "UPDATE items SET " + set + " WHERE id = ?";
    }();
    return sql.c_str();
}

// Supervisors see the most serious cause first.
QStringList orderedCauses(QStringList causes) {
    static const QStringList priority{cause::FraudFlag, cause::Exception, cause::BlindReceipt,
                                      cause::Override, cause::HighValue};
    std::sort(causes.begin(), causes.end(),
              [](const QString& a, const QString& b) { return priority.indexOf(a) < priority.indexOf(b); });
    causes.removeDuplicates();
    return causes;
}

} // namespace

QJsonObject ParcelView::toJson() const {
    QJsonArray itemArray;
    for (const ItemSummary& i : items)
        itemArray.append(QJsonObject{{QStringLiteral("lpn"), i.lpn},
                                     {QStringLiteral("sku"), orNull(i.sku)},
                                     {QStringLiteral("serial"), orNull(i.serial)},
                                     {QStringLiteral("authorization"), i.authorization},
                                     {QStringLiteral("status"), i.status},
                                     {QStringLiteral("grade"), orNull(i.grade)},
                                     {QStringLiteral("disposition"), orNull(i.disposition)}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tracking"), tracking},
            {QStringLiteral("carrier"), orNull(carrier)},
            {QStringLiteral("rma"), rma ? QJsonValue(rma->rma) : QJsonValue()},
            {QStringLiteral("authorization"), authorization},
            {QStringLiteral("message"), message},
            {QStringLiteral("created"), created},
            {QStringLiteral("received_at"), toRfc3339(receivedAt)},
            {QStringLiteral("items"), itemArray}};
}

QJsonObject ItemOutcome::toJson() const {
    QJsonObject refundJson;
    if (refund)
        refundJson = {{QStringLiteral("decision"), refundDecisionName(refund->decision)},
                      {QStringLiteral("restocking_fee"), refund->restockingFee.toJson()},
                      {QStringLiteral("reason"), refund->reason}};
    return {{QStringLiteral("lpn"), lpn},
            {QStringLiteral("authorization"), authorization},
            {QStringLiteral("authorization_message"), authorizationMessage},
            {QStringLiteral("sku"), orNull(sku)},
            {QStringLiteral("serial"), orNull(serial)},
            {QStringLiteral("grade"), grade ? QJsonValue(gradeName(*grade)) : QJsonValue()},
            {QStringLiteral("grade_reason"), orNull(gradeReason)},
            {QStringLiteral("disposition"),
             disposition ? QJsonValue(dispositionName(*disposition)) : QJsonValue()},
            {QStringLiteral("suggested"), suggested ? QJsonValue(dispositionName(*suggested)) : QJsonValue()},
            {QStringLiteral("explanation"), orNull(explanation)},
            {QStringLiteral("estimated_recovery"),
             disposition ? QJsonValue(estimatedRecovery.toJson()) : QJsonValue()},
            {QStringLiteral("refund"), refund ? QJsonValue(refundJson) : QJsonValue()},
            {QStringLiteral("tote"), orNull(tote)},
            {QStringLiteral("queue"), QJsonArray::fromStringList(queueCauses)},
            {QStringLiteral("fraud_flags"), QJsonArray::fromStringList(fraudFlags)}};
}

struct Receiving::ItemRow {
    qint64 id = 0;
    QString lpn;
    QString parcelTracking;
    QString rma;
    std::optional<int> rmaLine;
    QString sku;
    QString serial;
    QString authorization;
    QString status;
    QStringList fraudFlags;
    Money unitValue;
    std::optional<Product> product;
    QString reasonCode;
};

// What an inspection decides for one item: everything the item row, its events, the queue and
// the tote need, worked out before anything is written.
struct Receiving::Decision {
    GradeResult graded;
    QStringList flags;
    std::optional<int> weight;
    qint64 itemWeight = 0;
    bool wiped = false;
    QString wipeMethod;
    QString category;
    DispositionSuggestion suggestion;
    Disposition chosen = Disposition::Quarantine;
    QString overrideReason; // empty unless chosen differs from the suggestion
    RefundSuggestion refund;
    QStringList causes;
    Money recovery;
    QString policyVersion;

    QString status() const {
        return causes.isEmpty() ? QStringLiteral("decided") : QStringLiteral("in_review");
    }
    QString toteDisposition() const { return causes.isEmpty() ? dispositionName(chosen) : kReviewTote; }
};

Result<ParcelView> Receiving::openParcel(const QString& scannedCode, std::optional<int> weightG) {
    const ScanResult scan = classifyScan(scannedCode);
    QString tracking = scan.value;
    switch (scan.kind) {
    case ScanKind::Tracking:
    case ScanKind::Rma:
        break;
    case ScanKind::Unknown:
        // An unknown label is still received (blind receipt), as long as it is a label at all.
        tracking = scannedCode.trimmed().toUpper();
        if (tracking.isEmpty() || tracking.size() > 64 ||
            std::any_of(tracking.cbegin(), tracking.cend(), [](QChar c) { return !c.isPrint(); }))
            return Error::invalid(
                QStringLiteral("unreadable_label"),
                Tr::tr("This scan is not a parcel label. Scan the carrier label or the RMA code "
                       "again."));
        break;
    case ScanKind::Lpn:
        return Error::invalid(
            QStringLiteral("not_a_parcel"),
            Tr::tr("%1 is a Dockside item label, not a parcel. Scan the carrier label or the RMA "
                   "code.")
                .arg(scan.value));
    default:
        return Error::invalid(
            QStringLiteral("not_a_parcel"),
            Tr::tr("This is a product, badge or tote code, not a parcel label. Scan the carrier "
                   "label or the RMA code."));
    }
    if (weightG && (*weightG < 0 || *weightG > 1000000))
        return Error::invalid(QStringLiteral("invalid_weight"),
                              Tr::tr("The weight %1 g is not plausible.").arg(*weightG));

    Database& db = m_station.db();
    try {
        Catalog catalog(db);
        Statement& existing = db.cached("SELECT id FROM parcels WHERE tracking = ? ORDER BY id DESC LIMIT 1");
        existing.bind(1, tracking);
        if (existing.step()) {
            const qint64 id = existing.int64(0);
            existing.reset();
            return parcel(id);
        }
        existing.reset();

        std::optional<Rma> rma =
            scan.kind == ScanKind::Rma ? catalog.rma(scan.value) : catalog.rmaByTracking(tracking);
        if (scan.kind == ScanKind::Tracking && !scan.valid && !rma)
            return Error::invalid(
                QStringLiteral("check_digit"),
                Tr::tr("The tracking number %1 has a wrong check digit: it was probably misread. "
                       "Scan it again.")
                    .arg(tracking));
        const Millis now = m_station.now();
        Transaction tx(db);
        db.cached("INSERT INTO parcels (tracking, carrier, rma, dock, weight_g, received_by, received_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bindAll(tracking, carrierName(scan.carrier), rma ? rma->rma : QString(), m_station.code(),
                     weightG, m_worker.id, now)
            .run();
        const qint64 id = db.lastInsertRowId();
        EventLog events(db);
        events.append(
            event::ParcelReceived, kParcel, tracking, m_worker.badge,
            {{QStringLiteral("tracking"), tracking},
             {QStringLiteral("carrier"),
              carrierName(scan.carrier).isNull() ? QJsonValue() : QJsonValue(carrierName(scan.carrier))},
             {QStringLiteral("rma"), rma ? QJsonValue(rma->rma) : QJsonValue()},
             {QStringLiteral("dock"), m_station.code()},
             {QStringLiteral("weight_g"), orNull(weightG)}},
            now);
        if (!rma)
            events.append(event::ExceptionRaised, kParcel, tracking, m_worker.badge,
                          {{QStringLiteral("code"), authorization::UnknownParcel},
                           {QStringLiteral("details"), Tr::tr("No RMA matches this label; received blind.")}},
                          now);
        tx.commit();
        ParcelView view;
        view.id = id;
        view.tracking = tracking;
        view.carrier = carrierName(scan.carrier);
        view.rma = std::move(rma);
        view.created = true;
        view.receivedAt = now;
        describeAuthorization(view);
        return view;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

void Receiving::describeAuthorization(ParcelView& view) {
    if (!view.rma) {
        view.authorization = authorization::UnknownParcel;
        view.message =
            Tr::tr("No return authorization found. Receive the items blind: they go to a supervisor.");
        return;
    }
    // The parcel-level verdict: the RMA itself, judged at arrival. Items are checked one by one.
    AuthorizationInput input;
    input.rma = &*view.rma;
    input.now = view.receivedAt;
    input.rmaReceivedAt = view.receivedAt;
    const AuthorizationResult verdict = authorizeParcel(m_station.policy(), input);
    view.authorization = verdict.code;
    view.message = verdict.message;
}

Result<ParcelView> Receiving::parcel(qint64 parcelId) {
    Database& db = m_station.db();
    try {
        Statement& s = db.cached("SELECT tracking, carrier, rma, received_at FROM parcels WHERE id = ?");
        s.bind(1, parcelId);
        if (!s.step())
            return Error::notFound(QStringLiteral("unknown_parcel"),
                                   Tr::tr("There is no parcel %1.").arg(parcelId));
        ParcelView view;
        view.id = parcelId;
        view.tracking = s.text(0);
        view.carrier = s.text(1);
        const QString rmaCode = s.text(2);
        view.receivedAt = s.int64(3);
        s.reset();
        if (!rmaCode.isEmpty())
            view.rma = Catalog(db).rma(rmaCode);
        describeAuthorization(view);
        Statement& items =
            db.cached("SELECT lpn, coalesce(sku, ''), coalesce(serial, ''), authorization, status, "
                      "coalesce(grade, ''), coalesce(disposition, '') FROM items WHERE parcel_id = ? "
                      "ORDER BY id");
        items.bind(1, parcelId);
        while (items.step())
            view.items.append({items.text(0), items.text(1), items.text(2), items.text(3), items.text(4),
                               items.text(5), items.text(6)});
        return view;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<QStringList> Receiving::storePhotos(const QStringList& files) {
    QStringList hashes;
    const QDir folder(m_station.photoFolder());
    for (const QString& file : files) {
        const QFileInfo info(file);
        // The same file attached again (several items, a retry) is not read and hashed again.
        const QString cacheKey = QStringLiteral("%1|%2|%3")
                                     .arg(info.absoluteFilePath())
                                     .arg(info.size())
                                     .arg(info.lastModified().toMSecsSinceEpoch());
        StoredPhoto stored = m_station.cachedPhoto(cacheKey);
        if (stored.sha256.isEmpty()) {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly))
                return Error::invalid(QStringLiteral("photo_unreadable"),
                                      Tr::tr("Cannot read the photo %1.").arg(file));
            if (in.size() > 10 * 1024 * 1024)
                return Error::invalid(QStringLiteral("photo_too_large"),
                                      Tr::tr("The photo %1 is larger than 10 MiB.").arg(file));
            const QByteArray bytes = in.readAll();
            QImageReader reader(file);
            const QByteArray format = reader.format();
            if (format != "jpeg" && format != "png")
                return Error::invalid(QStringLiteral("photo_not_image"),
                                      Tr::tr("%1 is not a JPEG or PNG photo.").arg(file));
            const QSize size = reader.size();
            if (!size.isValid() || size.width() > 12000 || size.height() > 12000)
                return Error::invalid(QStringLiteral("photo_not_image"),
                                      Tr::tr("The photo %1 cannot be read.").arg(file));
            stored.sha256 =
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            stored.mime = format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
            stored.bytes = bytes.size();
            // The file name comes from the content hash only, never from the input's name.
            const QString target = folder.filePath(stored.sha256.left(2) + QLatin1Char('/') + stored.sha256);
            if (!QFile::exists(target)) {
                if (!QDir().mkpath(QFileInfo(target).absolutePath()))
                    return Error{ErrorKind::Storage, QStringLiteral("photo_store"),
                                 Tr::tr("Cannot create the photo folder %1.").arg(folder.path())};
                QSaveFile out(target);
                if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
                    return Error{ErrorKind::Storage, QStringLiteral("photo_store"),
                                 Tr::tr("Cannot save the photo (disk full?): %1").arg(out.errorString())};
            }
            m_station.cachePhoto(cacheKey, stored);
        }
        m_station.db()
            .cached("INSERT OR IGNORE INTO photos (sha256, mime, bytes, created_at) VALUES (?, ?, ?, ?)")
            .bindAll(stored.sha256, stored.mime, stored.bytes, m_station.now())
            .run();
        hashes.append(stored.sha256);
    }
    hashes.removeDuplicates();
    return hashes;
}

Result<ItemOutcome> Receiving::receiveItem(qint64 parcelId, const QString& scannedCode,
                                           const std::optional<Inspection>& inspection) {
    const ScanResult scan = classifyScan(scannedCode);
    QString gtin = scan.gtin();
    QString serial = scan.serial();
    switch (scan.kind) {
    case ScanKind::Gtin:
        if (!scan.valid)
            return Error::invalid(
                QStringLiteral("check_digit"),
                Tr::tr("The product code %1 has a wrong check digit. Scan it again.").arg(scan.value));
        break;
    case ScanKind::Gs1:
        if (!scan.valid)
            return Error::invalid(
                QStringLiteral("invalid_gs1"),
                Tr::tr("The product barcode could not be read correctly: %1").arg(scan.problem));
        break;
    case ScanKind::Lpn:
        return Error::invalid(
            QStringLiteral("already_received"),
            Tr::tr("%1 is already a Dockside item label: this item was received before.").arg(scan.value));
    case ScanKind::Badge:
    case ScanKind::Tote:
    case ScanKind::Rma:
        return Error::invalid(
            QStringLiteral("not_an_item"),
            Tr::tr("This is not a product code. Scan the product's barcode or serial number."));
    default: {
        // Anything else is read as a serial number, the way it is printed on the product.
        serial = scannedCode.trimmed();
        if (serial.isEmpty() || serial.size() > 64 ||
            std::any_of(serial.cbegin(), serial.cend(), [](QChar c) { return !c.isPrint(); }))
            return Error::invalid(QStringLiteral("unreadable_item"),
                                  Tr::tr("This scan is not a product code or serial number. Scan it again."));
    }
    }

    QStringList photoHashes;
    Database& db = m_station.db();
    try {
        if (inspection && !inspection->photoFiles.isEmpty()) {
            auto stored = storePhotos(inspection->photoFiles);
            if (!stored)
                return stored.error();
            photoHashes = *stored;
        }
        Catalog catalog(db);
        Statement& p = db.cached("SELECT tracking, rma, received_at FROM parcels WHERE id = ?");
        p.bind(1, parcelId);
        if (!p.step())
            return Error::notFound(QStringLiteral("unknown_parcel"),
                                   Tr::tr("There is no parcel %1.").arg(parcelId));
        ItemRow item;
        item.parcelTracking = p.text(0);
        const QString parcelRma = p.text(1);
        const Millis parcelReceivedAt = p.int64(2);
        p.reset();

        if (!serial.isEmpty()) {
            Statement& dup = db.cached("SELECT lpn FROM items WHERE serial = ? LIMIT 1");
            dup.bind(1, serial);
            if (dup.step()) {
                const QString lpn = dup.text(0);
                dup.reset();
                return Error::invalid(QStringLiteral("duplicate_serial"),
                                      Tr::tr("Serial %1 was already received as %2. Check the item and ask a "
                                             "supervisor.")
                                          .arg(serial, lpn));
            }
            dup.reset();
        }

        std::optional<Product> product = gtin.isEmpty() ? std::nullopt : catalog.productByGtin(gtin);
        std::optional<Rma> rma =
            parcelRma.isEmpty() ? std::nullopt : catalog.rma(parcelRma, Catalog::Tracking::Skip);
        // A parcel may hold items of several RMAs: a serial that another RMA expects belongs there.
        if (!serial.isEmpty()) {
            const QString bySerial = catalog.rmaCodeBySerial(serial);
            if (!bySerial.isEmpty() && (!rma || bySerial != rma->rma))
                rma = catalog.rma(bySerial, Catalog::Tracking::Skip);
            if (!product && rma)
                for (const RmaLine& line : rma->lines)
                    if (line.serials.contains(serial))
                        product = catalog.productBySku(line.sku);
        }

        AuthorizationInput input;
        input.rma = rma ? &*rma : nullptr;
        input.product = product ? &*product : nullptr;
        input.scannedGtin = gtin;
        input.scannedSerial = serial;
        input.now = m_station.now();
        input.rmaReceivedAt = parcelReceivedAt;
        if (rma) {
            Statement& counts =
                db.cached("SELECT rma_line, count(*) FROM items WHERE rma = ? AND rma_line IS NOT NULL "
                          "GROUP BY rma_line");
            counts.bind(1, rma->rma);
            while (counts.step())
                input.receivedPerLine.insert(counts.integer(0), counts.integer(1));
            counts.reset();
        }
        const AuthorizationResult verdict = authorize(m_station.policy(), input);

        item.rma = rma ? rma->rma : QString();
        item.rmaLine = verdict.rmaLine;
        item.product = product;
        item.sku = product ? product->sku : QString();
        item.serial = serial;
        item.authorization = verdict.code;
        item.fraudFlags = verdict.fraudFlags;
        item.reasonCode = rma ? rma->reasonCode : QString();
        item.unitValue =
            product ? product->unitValue : Money{0, m_station.policy().approvalThreshold().currency};
        if (rma && verdict.rmaLine)
            for (const RmaLine& line : rma->lines)
                if (line.line == *verdict.rmaLine) {
                    item.unitValue = line.unitValue;
                    if (item.sku.isEmpty())
                        item.sku = line.sku;
                }

        const Millis now = m_station.now();
        Transaction tx(db);
        item.lpn = makeLpn(m_station.code(), m_station.nextCounter("lpn"));
        const QString storedGtin = gtin.isEmpty() ? QString() : gtin;
        const QString storedSerial = serial.isEmpty() ? QString() : serial;
        // An item inspected as it is received is written once, decided: an insert and then an
        // update would run the analytics triggers three times.
        std::optional<Decision> decision;
        ToteInfo tote;
        if (inspection) {
            auto judged = judge(item, *inspection, photoHashes);
            if (!judged)
                return judged.error(); // the transaction rolls back: the item is not half-received
            decision = std::move(*judged);
            tote = Totes(m_station).toteFor(decision->toteDisposition());
        }
        Statement& insert = db.cached(decision ? insertDecidedSql() : insertUndecidedSql());
        insert.bindAt(1, item.lpn, parcelId, item.rma, item.rmaLine, item.sku, storedGtin, storedSerial,
                      item.authorization, item.unitValue.minor, item.unitValue.currency, m_worker.id, now);
        constexpr int next = static_cast<int>(kReceivedColumns.size()) + 1;
        if (decision)
            bindDecided(insert, next, *decision, *inspection, tote.id, now);
        else
            insert.bindAt(next, QStringLiteral("received"),
                          item.fraudFlags.isEmpty()
                              ? QString()
                              : compactJson(QJsonArray::fromStringList(item.fraudFlags)));
        insert.run();
        item.id = db.lastInsertRowId();
        item.status = decision ? decision->status() : QStringLiteral("received");
        EventLog events(db);
        events.append(event::ItemReceived, kItem, item.lpn, m_worker.badge,
                      {{QStringLiteral("parcel"), item.parcelTracking},
                       {QStringLiteral("rma"), orNull(item.rma)},
                       {QStringLiteral("rma_line"), orNull(item.rmaLine)},
                       {QStringLiteral("sku"), orNull(item.sku)},
                       {QStringLiteral("gtin"), orNull(gtin)},
                       {QStringLiteral("serial"), orNull(serial)},
                       {QStringLiteral("authorization"), item.authorization}},
                      now);
        if (verdict.isException())
            events.append(
                event::ExceptionRaised, kItem, item.lpn, m_worker.badge,
                {{QStringLiteral("code"), verdict.code}, {QStringLiteral("details"), verdict.message}}, now);

        ItemOutcome outcome;
        if (decision) {
            outcome = record(item, *inspection, *decision, tote, photoHashes, now);
        } else {
            outcome.lpn = item.lpn;
            outcome.sku = item.sku;
            outcome.serial = item.serial;
            outcome.authorization = item.authorization;
            outcome.fraudFlags = item.fraudFlags;
        }
        outcome.authorizationMessage = verdict.message;
        tx.commit();
        return outcome;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<ItemOutcome> Receiving::inspectItem(const QString& lpn, const Inspection& inspection) {
    return inspect(lpn, inspection, true);
}

Result<ItemOutcome> Receiving::previewItem(const QString& lpn, const Inspection& inspection) {
    return inspect(lpn, inspection, false);
}

Result<ItemOutcome> Receiving::inspect(const QString& lpn, const Inspection& inspection, bool commit) {
    Database& db = m_station.db();
    try {
        QStringList photoHashes;
        if (!inspection.photoFiles.isEmpty()) {
            auto stored = storePhotos(inspection.photoFiles);
            if (!stored)
                return stored.error();
            photoHashes = *stored;
        }
        Statement& s =
            db.cached("SELECT i.id, i.lpn, p.tracking, coalesce(i.rma, ''), i.rma_line, coalesce(i.sku, ''), "
                      "coalesce(i.serial, ''), i.authorization, i.status, coalesce(i.fraud_flags, '[]'), "
                      "i.unit_value, i.currency, coalesce(r.reason_code, '') FROM items i "
                      "JOIN parcels p ON p.id = i.parcel_id LEFT JOIN rmas r ON r.rma = i.rma "
                      "WHERE i.lpn = ?");
        s.bind(1, lpn.trimmed().toUpper());
        if (!s.step())
            return Error::notFound(QStringLiteral("unknown_lpn"), Tr::tr("There is no item %1.").arg(lpn));
        ItemRow item;
        item.id = s.int64(0);
        item.lpn = s.text(1);
        item.parcelTracking = s.text(2);
        item.rma = s.text(3);
        item.rmaLine = s.isNull(4) ? std::nullopt : std::optional<int>(s.integer(4));
        item.sku = s.text(5);
        item.serial = s.text(6);
        item.authorization = s.text(7);
        item.status = s.text(8);
        for (const QJsonValue& v : QJsonDocument::fromJson(s.blob(9)).array())
            item.fraudFlags.append(v.toString());
        item.unitValue = {s.int64(10), s.text(11)};
        item.reasonCode = s.text(12);
        s.reset();
        if (item.status != QLatin1String("received"))
            return Error::invalid(
                QStringLiteral("already_decided"),
                Tr::tr("Item %1 is already decided; corrections go through a supervisor.").arg(item.lpn));
        if (!item.sku.isEmpty())
            item.product = Catalog(db).productBySku(item.sku);
        Transaction tx(db, commit ? Transaction::Purpose::Keep : Transaction::Purpose::Preview);
        auto decision = judge(item, inspection, photoHashes);
        if (!decision)
            return decision.error();
        const Millis now = m_station.now();
        const ToteInfo tote = Totes(m_station).toteFor(decision->toteDisposition());
        Statement& update = db.cached(updateDecidedSql());
        bindDecided(update, 1, *decision, inspection, tote.id, now);
        update.bind(static_cast<int>(kDecidedColumns.size()) + 1, item.id);
        update.run();
        ItemOutcome outcome = record(item, inspection, *decision, tote, photoHashes, now);
        outcome.authorization = item.authorization;
        if (commit)
            tx.commit(); // a preview rolls back: the same code path, nothing kept
        return outcome;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

// Binds the values of kDecidedColumns, from index `first` on.
void Receiving::bindDecided(Statement& s, int first, const Decision& d, const Inspection& in, qint64 toteId,
                            Millis now) const {
    s.bindAt(first, d.status(), gradeName(d.graded.grade),
             in.observedReason.isEmpty() ? QString() : in.observedReason,
             in.notes.isEmpty() ? QString() : in.notes,
             d.weight ? std::optional<qint64>(*d.weight) : std::nullopt,
             d.flags.isEmpty() ? QString() : compactJson(QJsonArray::fromStringList(d.flags)),
             d.wiped ? std::optional<qint64>(m_worker.id) : std::nullopt, d.wipeMethod,
             dispositionName(d.suggestion.suggested), dispositionName(d.chosen), d.overrideReason,
             d.recovery.minor, refundDecisionName(d.refund.decision), d.refund.restockingFee.minor,
             d.policyVersion, now, toteId);
}

// Grades, decides and refunds one item; reads the policy, writes nothing. An incomplete or
// implausible inspection is an error.
Result<Receiving::Decision> Receiving::judge(const ItemRow& item, const Inspection& in,
                                             const QStringList& photoHashes) {
    const Policy& policy = m_station.policy();
    const Product* product = item.product ? &*item.product : nullptr;
    const QString category = product ? product->category : QString();
    const QString hazmat = product ? product->hazmat : QStringLiteral("none");
    const bool dataBearing = product && product->dataBearing;

    if (!in.observedReason.isEmpty() && !observedReasons().contains(in.observedReason))
        return Error::invalid(QStringLiteral("unknown_observed_reason"),
                              Tr::tr("\"%1\" is not a known finding. Use one of: %2.")
                                  .arg(in.observedReason, observedReasons().join(QStringLiteral(", "))));
    if (in.weightG && (*in.weightG < 0 || *in.weightG > 1000000))
        return Error::invalid(QStringLiteral("invalid_weight"),
                              Tr::tr("The weight %1 g is not plausible.").arg(*in.weightG));

    // Grade: the worker's choice wins; the checklist still tells battery, wipe and photo needs.
    const Checklist& checklist = policy.checklistFor(category);
    GradeResult graded;
    if (in.grade) {
        graded.grade = *in.grade;
        graded.reason = Tr::tr("Grade %1 chosen by the worker.").arg(gradeName(*in.grade));
        if (!in.checks.isEmpty()) {
            auto fromChecks = gradeFromChecklist(checklist, in.checks, dataBearing, hazmat);
            if (!fromChecks && fromChecks.error().code != QLatin1String("checklist_unanswered"))
                return fromChecks.error();
            if (fromChecks) {
                graded.photoRequired = fromChecks->photoRequired;
                graded.batteryFailed = fromChecks->batteryFailed;
                graded.wipeConfirmed = fromChecks->wipeConfirmed;
            }
        }
    } else {
        if (in.checks.isEmpty())
            return Error::invalid(
                QStringLiteral("not_graded"),
                Tr::tr("Item %1 has no grade: answer the checklist or choose a grade.").arg(item.lpn));
        auto fromChecks = gradeFromChecklist(checklist, in.checks, dataBearing, hazmat);
        if (!fromChecks)
            return fromChecks.error();
        graded = *fromChecks;
    }
    if (graded.photoRequired && photoHashes.isEmpty())
        return Error::invalid(QStringLiteral("photo_required"),
                              Tr::tr("Damage was reported on %1: take at least one photo.").arg(item.lpn));

    QStringList flags = item.fraudFlags;
    const std::optional<int> weight = in.weightG;
    flags += weightFlags(policy, product, weight);
    if (in.observedReason == observed::EmptyBox)
        flags.append(fraud::EmptyBox);
    flags.removeDuplicates();

    DispositionInput dispositionInput;
    dispositionInput.category = category;
    dispositionInput.grade = graded.grade;
    dispositionInput.reasonCode = item.reasonCode;
    dispositionInput.observedReason = in.observedReason;
    dispositionInput.hazmat = hazmat;
    dispositionInput.dataBearing = dataBearing;
    dispositionInput.wipeConfirmed = graded.wipeConfirmed;
    dispositionInput.batteryFailed = graded.batteryFailed;
    dispositionInput.unitValue = item.unitValue;
    dispositionInput.authorization = item.authorization;
    dispositionInput.fraudFlags = flags;
    const DispositionSuggestion suggestion =
        suggestDisposition(policy, dispositionInput, m_explain ? Explain::Yes : Explain::No);
    const Disposition chosen = in.disposition.value_or(suggestion.suggested);
    if (Status allowed = checkOverride(suggestion, chosen, in.overrideReason); !allowed)
        return allowed.error();

    RefundInput refundInput{graded.grade,      item.authorization, item.reasonCode,
                            in.observedReason, item.unitValue,     flags};
    const RefundSuggestion refund = suggestRefund(policy, refundInput);

    QStringList causes;
    if (chosen != suggestion.suggested)
        causes.append(cause::Override);
    if (suggestion.needsApproval)
        causes.append(cause::HighValue);
    if (item.authorization == authorization::UnknownParcel)
        causes.append(cause::BlindReceipt);
    else if (item.authorization != authorization::Authorized)
        causes.append(cause::Exception);
    if (!flags.isEmpty())
        causes.append(cause::FraudFlag);
    causes = orderedCauses(causes);

    Money recovery = suggestion.estimatedRecovery;
    for (const DispositionCandidate& c : suggestion.candidates)
        if (c.disposition == chosen)
            recovery = c.netRecovery;

    Decision d;
    d.graded = std::move(graded);
    d.flags = std::move(flags);
    d.weight = weight;
    d.itemWeight = weight.value_or(product ? product->weightG : 0);
    d.wiped = dataBearing && d.graded.wipeConfirmed;
    d.wipeMethod =
        d.wiped ? (in.wipeMethod.isEmpty() ? QStringLiteral("checklist") : in.wipeMethod) : QString();
    d.category = category;
    d.suggestion = suggestion;
    d.chosen = chosen;
    if (chosen != suggestion.suggested)
        d.overrideReason = in.overrideReason.trimmed();
    d.refund = refund;
    d.causes = std::move(causes);
    d.recovery = recovery;
    d.policyVersion = policy.version();
    return d;
}

// Writes what follows a decision into the caller's transaction: photos, events, the queue entry,
// the regrade sample and the tote's weight. The item row already holds the decided columns.
ItemOutcome Receiving::record(const ItemRow& item, const Inspection& in, const Decision& d,
                              const ToteInfo& tote, const QStringList& photoHashes, Millis now) {
    Database& db = m_station.db();
    QJsonObject checklistJson;
    for (auto it = in.checks.cbegin(); it != in.checks.cend(); ++it)
        checklistJson.insert(it.key(), it.value());
    for (const QString& hash : photoHashes)
        db.cached("INSERT OR IGNORE INTO item_photos (item_id, photo_id) SELECT ?, id FROM photos WHERE "
                  "sha256 = ?")
            .bindAll(item.id, hash)
            .run();

    EventLog events(db);
    // Who confirmed the data wipe, and how: the chain of custody for data-bearing items.
    const QJsonValue wipe = d.wiped ? QJsonValue(QJsonObject{{QStringLiteral("by"), m_worker.badge},
                                                             {QStringLiteral("method"), d.wipeMethod}})
                                    : QJsonValue(QJsonValue::Undefined);
    events.append(event::ItemGraded, kItem, item.lpn, m_worker.badge,
                  {{QStringLiteral("grade"), gradeName(d.graded.grade)},
                   {QStringLiteral("checklist"), checklistJson},
                   {QStringLiteral("notes"), in.notes},
                   {QStringLiteral("observed_reason"), orNull(in.observedReason)},
                   {QStringLiteral("photos"), QJsonArray::fromStringList(photoHashes)},
                   {QStringLiteral("wipe"), wipe}},
                  now);
    events.append(event::ItemDispositionSet, kItem, item.lpn, m_worker.badge,
                  {{QStringLiteral("disposition"), dispositionName(d.chosen)},
                   {QStringLiteral("suggested"), dispositionName(d.suggestion.suggested)},
                   {QStringLiteral("reason"), d.overrideReason},
                   {QStringLiteral("estimated_recovery"), d.recovery}},
                  now);
    events.append(event::ItemRefundDecided, kItem, item.lpn, m_worker.badge,
                  {{QStringLiteral("decision"), refundDecisionName(d.refund.decision)},
                   {QStringLiteral("restocking_fee"), d.refund.restockingFee},
                   {QStringLiteral("reason"), d.refund.reason}},
                  now);
    if (!d.causes.isEmpty()) {
        // With the item's values as the queue's filters and the reviewer's "worker said" read
        // them. Read first, then VALUES: an INSERT ... SELECT into a table with triggers goes
        // through a temporary table.
        Statement& values = db.cached("SELECT i.grade, i.disposition, p.category, i.received_by, "
                                      "coalesce(i.unit_value, 0), i.sku FROM items i "
                                      "LEFT JOIN products p ON p.sku = i.sku WHERE i.id = ?");
        values.bind(1, item.id);
        values.step();
        const QString grade = values.text(0), disposition = values.text(1), queueCategory = values.text(2),
                      sku = values.text(5);
        const qint64 receivedBy = values.int64(3), unitValue = values.int64(4);
        values.reset();
        db.cached("INSERT INTO queue (item_id, cause, causes, created_at, grade, disposition, category, "
                  "received_by, unit_value, sku, worker_grade, worker_disposition) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(item.id, d.causes.first(), d.causes.join(QLatin1Char(',')), now, grade, disposition,
                     queueCategory, receivedBy, unitValue, sku, grade, disposition)
            .run();
        for (const QString& c : d.causes)
            events.append(event::ItemReviewRequested, kItem, item.lpn, m_worker.badge,
                          {{QStringLiteral("cause"), c}}, now);
    }
    Regrade(m_station).sampleGraded(item.id, item.lpn, gradeName(d.graded.grade), m_worker, d.category, now);
    Totes(m_station).recordPlacement(item.lpn, tote, d.itemWeight, m_worker.badge, now);

    ItemOutcome outcome;
    outcome.lpn = item.lpn;
    outcome.authorization = item.authorization;
    outcome.sku = item.sku;
    outcome.serial = item.serial;
    outcome.grade = d.graded.grade;
    outcome.gradeReason = d.graded.reason;
    outcome.disposition = d.chosen;
    outcome.suggested = d.suggestion.suggested;
    outcome.explanation = d.suggestion.explanation;
    for (const DispositionCandidate& c : d.suggestion.candidates)
        if (c.allowed)
            outcome.allowed.append(c.disposition);
    outcome.refund = d.refund;
    outcome.estimatedRecovery = d.recovery;
    outcome.tote = tote.code;
    outcome.queueCauses = d.causes;
    outcome.fraudFlags = d.flags;
    return outcome;
}

Result<qint64> Receiving::unfinishedParcel(int withinDays) {
    Database& db = m_station.db();
    try {
        Statement& s = db.cached("SELECT i.parcel_id FROM items i JOIN parcels p ON p.id = i.parcel_id "
                                 "WHERE i.received_at >= ? AND i.status = 'received' AND p.received_by = ? "
                                 "ORDER BY i.received_at DESC LIMIT 1");
        s.bindAll(m_station.now() - static_cast<Millis>(withinDays) * kMillisPerDay, m_worker.id);
        const qint64 id = s.step() ? s.int64(0) : 0;
        s.reset();
        return id;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<ParcelView> Receiving::parcelOfItem(const QString& lpn) {
    Database& db = m_station.db();
    try {
        Statement& s = db.cached("SELECT parcel_id FROM items WHERE lpn = ?");
        s.bind(1, lpn.trimmed().toUpper());
        const qint64 id = s.step() ? s.int64(0) : 0;
        s.reset();
        if (!id)
            return Error::notFound(QStringLiteral("unknown_lpn"), Tr::tr("There is no item %1.").arg(lpn));
        return parcel(id);
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<SyncSummary> Receiving::syncSummary() {
    Database& db = m_station.db();
    try {
        Statement& s =
            db.cached("SELECT coalesce(max(last_success), 0), coalesce(max(last_attempt), 0), "
                      "(SELECT coalesce(last_error, '') FROM sync_state ORDER BY last_attempt DESC "
                      "LIMIT 1) FROM sync_state");
        SyncSummary summary;
        if (s.step()) {
            summary.lastSuccess = s.int64(0);
            summary.lastAttempt = s.int64(1);
            summary.lastError = s.text(2);
        }
        s.reset();
        return summary;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<ParcelReceipt> Receiving::receive(const ParcelRequest& request) {
    Database& db = m_station.db();
    try {
        Transaction tx(db);
        auto opened = openParcel(request.parcelCode, request.parcelWeightG);
        if (!opened)
            return opened.error();
        ParcelReceipt receipt;
        for (const QString& code : request.itemCodes) {
            const ScanResult scan = classifyScan(code);
            Result<ItemOutcome> outcome = Error::failed({}, {});
            if (scan.kind == ScanKind::Lpn) {
                if (!request.inspection)
                    return Error::invalid(
                        QStringLiteral("nothing_to_do"),
                        Tr::tr("Item %1 is already received; give its grade or checklist to "
                               "inspect it.")
                            .arg(scan.value));
                const bool inParcel = std::any_of(opened->items.cbegin(), opened->items.cend(),
                                                  [&](const ItemSummary& i) { return i.lpn == scan.value; });
                if (!inParcel)
                    return Error::invalid(
                        QStringLiteral("not_in_parcel"),
                        Tr::tr("Item %1 is not in parcel %2.").arg(scan.value, opened->tracking));
                outcome = inspectItem(scan.value, *request.inspection);
            } else {
                outcome = receiveItem(opened->id, code, request.inspection);
            }
            if (!outcome)
                return outcome.error();
            receipt.items.append(*outcome);
        }
        tx.commit();
        auto view = parcel(opened->id);
        if (!view)
            return view.error();
        receipt.parcel = *view;
        receipt.parcel.created = opened->created;
        return receipt;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

} // namespace dockside
