#pragma once

#include "domain/Types.h"
#include "policy/Authorization.h"
#include "policy/DispositionEngine.h"
#include "services/Station.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace dockside {

class Statement;
struct ToteInfo;

struct ItemSummary {
    QString lpn;
    QString sku;
    QString serial;
    QString authorization;
    QString status;
    QString grade;
    QString disposition;
};

// A parcel as the worker sees it after scanning its label.
struct ParcelView {
    qint64 id = 0;
    QString tracking;
    QString carrier;
    std::optional<Rma> rma; // nullopt: blind receipt
    QString authorization;  // authorization::Authorized or the parcel-level exception
    QString message;        // plain words for the worker
    bool created = false;   // false when the scan reopened a parcel already received
    Millis receivedAt = 0;
    QList<ItemSummary> items;
    QJsonObject toJson() const;
};

// What the worker found on one item. Leave `grade` empty to compute it from `checks`, and
// `disposition` empty to accept the suggestion.
struct Inspection {
    std::optional<Grade> grade;
    QMap<QString, bool> checks;
    QString observedReason;
    QString notes;
    QStringList photoFiles;
    QString wipeMethod; // how the data was wiped, for data-bearing items with the wipe check passed
    std::optional<int> weightG;
    std::optional<Disposition> disposition;
    QString overrideReason;
};

struct ItemOutcome {
    QString lpn;
    QString authorization;
    QString authorizationMessage;
    QString sku;
    QString serial;
    std::optional<Grade> grade;
    QString gradeReason;
    std::optional<Disposition> disposition;
    std::optional<Disposition> suggested;
    QString explanation;
    QList<Disposition> allowed; // every disposition the policy allows for this item, best first
    std::optional<RefundSuggestion> refund;
    Money estimatedRecovery;
    QString tote;
    QStringList queueCauses;
    QStringList fraudFlags;
    QJsonObject toJson() const; // the `receive --json` item shape of DESIGN.md
};

// One parcel and its items as a single unit of work (the CLI's `receive`): all of it or nothing.
struct ParcelRequest {
    QString parcelCode;
    std::optional<int> parcelWeightG;
    QStringList itemCodes;                // product scans, or LPNs of items of this parcel still to inspect
    std::optional<Inspection> inspection; // applied to every item; none: only receive them
};

// The last sync with head office as the sync_state table recorded it (any feed).
struct SyncSummary {
    Millis lastSuccess = 0; // 0: never
    Millis lastAttempt = 0;
    QString lastError; // of the latest attempt, empty when it succeeded
};

struct ParcelReceipt {
    ParcelView parcel;
    QList<ItemOutcome> items;
};

// The dock workflow for one worker: open a parcel by its label, receive its items one by one,
// grade and decide each. Every write is one transaction with its events.
class Receiving {
public:
    Receiving(Station& station, User worker)
        : m_station(station)
        , m_worker(std::move(worker)) {}

    Result<ParcelView> openParcel(const QString& scannedCode, std::optional<int> weightG = {});
    Result<ParcelView> parcel(qint64 parcelId);
    // Receives the item scanned into the parcel and, when an inspection is given, decides it in
    // the same transaction.
    Result<ItemOutcome> receiveItem(qint64 parcelId, const QString& scannedCode,
                                    const std::optional<Inspection>& inspection = {});
    // Grades and decides an item already received (the parcel stays open between items).
    Result<ItemOutcome> inspectItem(const QString& lpn, const Inspection& inspection);
    // What inspectItem would decide (grade, suggestion, refund, tote), without keeping anything.
    Result<ItemOutcome> previewItem(const QString& lpn, const Inspection& inspection);
    // openParcel, then receiveItem (or inspectItem for LPNs) per item, in one transaction.
    Result<ParcelReceipt> receive(const ParcelRequest& request);

    // The newest parcel this worker opened that still holds items received but not decided (a crash
    // or a lock mid-parcel); 0 when there is none. Looks back `withinDays` through the received_at
    // index only, so it stays cheap at start-up with millions of items.
    Result<qint64> unfinishedParcel(int withinDays = 7);
    // The parcel holding an item (by LPN): what a scanned item label shows.
    Result<ParcelView> parcelOfItem(const QString& lpn);
    // For the status bar; reads one small table.
    Result<SyncSummary> syncSummary();

    // Bulk loaders (the demo) skip the translated explanations nobody reads.
    void setExplanations(bool on) { m_explain = on; }

private:
    struct ItemRow;
    struct Decision;
    Result<ItemOutcome> inspect(const QString& lpn, const Inspection& inspection, bool commit);
    Result<Decision> judge(const ItemRow& item, const Inspection& inspection, const QStringList& photoHashes);
    void bindDecided(Statement& statement, int first, const Decision& decision, const Inspection& inspection,
                     qint64 toteId, Millis now) const;
    ItemOutcome record(const ItemRow& item, const Inspection& inspection, const Decision& decision,
                       const ToteInfo& tote, const QStringList& photoHashes, Millis now);
    Result<QStringList> storePhotos(const QStringList& files);

    void describeAuthorization(ParcelView& view);

    Station& m_station;
    User m_worker;
    bool m_explain = true;
};

} // namespace dockside
