#pragma once

#include "store/Database.h"
#include "sync/HqProtocol.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace dockside::hqserver {

// dockside-hq's own SQLite database: the events stations pushed (each id stored once per
// station), photo blobs, and the RMA and catalog documents with a change sequence for the delta
// feeds. One connection, used by the server's single thread.
class HqStore {
    Q_DECLARE_TR_FUNCTIONS(HqStore)

public:
    // "DKHQ": distinct from the station's application_id, so neither opens the other's file.
    static constexpr int kApplicationId = 0x444b4851;

    static Result<std::unique_ptr<HqStore>> open(const QString& path);

    enum class Feed { Rmas, Catalog };

    // Stores the batch's events exactly once each; the answer lists each id once.
    Result<hq::PushResult> storeEvents(const QString& station, const QJsonArray& events);
    bool hasBlob(const QString& sha256);
    // true when the blob is new.
    Result<bool> storeBlob(const QString& sha256, const QString& mime, const QByteArray& bytes);

    // A page of the feed after `since` (0: from the beginning); the cursor is opaque to stations.
    Result<hq::FeedPage> feedPage(Feed feed, qint64 since, int limit);
    static QString makeCursor(qint64 changeSeq);
    static std::optional<qint64> readCursor(const QString& cursor);

    // Validates through Catalog's parsers and stores the documents as the next changes.
    Result<int> importDocuments(Feed feed, const QList<QJsonObject>& documents);

    qint64 eventCount();
    Database& db() { return *m_db; }

private:
    explicit HqStore(std::unique_ptr<Database> db)
        : m_db(std::move(db)) {}
    qint64 nextChange();

    std::unique_ptr<Database> m_db;
};

// Reads RMAs or products from a JSON file (an array, or an object with "items") or a CSV file
// (columns documented in README / dockside-hq --help).
Result<QList<QJsonObject>> readImportFile(HqStore::Feed feed, const QString& path);

// The event types this reference HQ stores; others are rejected with unknown_event_type.
bool isKnownEventType(const QString& type);

} // namespace dockside::hqserver
