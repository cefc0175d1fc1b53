#pragma once

#include "domain/Types.h"
#include "services/Station.h"

namespace dockside {

// The hold tote of items waiting for a supervisor; its "disposition" in the totes table.
inline const QString kReviewTote = QStringLiteral("review");

struct ToteInfo {
    qint64 id = 0;
    QString code;
    QString disposition; // a disposition name or kReviewTote
    QString status;      // open, closed
    int itemCount = 0;
    qint64 weightG = 0;
    Millis openedAt = 0;
    Millis closedAt = 0;
    QString partner;
    QString certificateRef;
    QJsonObject toJson() const;
};

struct ManifestLine {
    QString lpn;
    QString sku;
    QString description;
    QString grade;
    Money value;
    qint64 weightG = 0;
};

// Totes: one open tote per disposition; closing one ships its items with a manifest.
class Totes {
public:
    explicit Totes(Station& station)
        : m_station(station) {}

    // The open tote for a disposition (or kReviewTote), opened when there is none. Inside a
    // transaction; throws StoreError.
    ToteInfo toteFor(const QString& disposition);
    // Puts an item in a tote and writes item.moved_to_tote. Inside a transaction. fromTote: the
    // item was in another tote, whose weight drops by the same weightG (measured, else catalog).
    void moveItem(qint64 itemId, const QString& lpn, const ToteInfo& tote, qint64 weightG,
                  const QString& user, Millis at, bool fromTote);
    // The tote's side of a first placement whose items.tote_id the caller already wrote (receiving
    // sets it in the same UPDATE as the decision): the tote's weight and item.moved_to_tote.
    void recordPlacement(const QString& lpn, const ToteInfo& tote, qint64 weightG, const QString& user,
                         Millis at);

    QList<ToteInfo> list(bool includeClosed = false);
    Result<ToteInfo> find(const QString& code);
    QList<ManifestLine> manifest(const QString& code);
    // Recycle and destroy totes need the partner and certificate reference (chain of custody).
    Result<ToteInfo> close(const User& user, const QString& code, const QString& partner = {},
                           const QString& certificateRef = {});

    static bool needsChainOfCustody(const QString& disposition);

private:
    Station& m_station;
};

} // namespace dockside
