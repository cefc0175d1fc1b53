#include "store/Schema.h"

#include <QCoreApplication>

#include <array>

namespace dockside::schema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

// Never edit a released migration: add a new one. Index i holds the step to version i + 1.
constexpr std::array<const char*, 6> kMigrations = {
    // 1: the station store
    R"sql(
CREATE TABLE station (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    badge            TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('worker', 'supervisor', 'admin')),
    pin_hash         TEXT NOT NULL,
    language         TEXT,
    active           INTEGER NOT NULL DEFAULT 1,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL
) STRICT;

CREATE TABLE products (
    sku           TEXT PRIMARY KEY,
    description   TEXT NOT NULL,
    category      TEXT NOT NULL,
    unit_value    INTEGER NOT NULL,
    currency      TEXT NOT NULL,
    weight_g      INTEGER NOT NULL DEFAULT 0,
    hazmat        TEXT NOT NULL DEFAULT 'none',
    data_bearing  INTEGER NOT NULL DEFAULT 0,
    returnable    INTEGER NOT NULL DEFAULT 1,
    updated_at    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE product_gtins (
    gtin  TEXT PRIMARY KEY,
    sku   TEXT NOT NULL REFERENCES products(sku) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX product_gtins_sku ON product_gtins(sku);

CREATE TABLE rmas (
    rma           TEXT PRIMARY KEY,
    status        TEXT NOT NULL CHECK (status IN ('authorized', 'cancelled', 'closed')),
    order_ref     TEXT NOT NULL DEFAULT '',
    customer_ref  TEXT NOT NULL DEFAULT '',
    reason_code   TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE rma_tracking (
    tracking  TEXT NOT NULL,
    rma       TEXT NOT NULL REFERENCES rmas(rma) ON DELETE CASCADE,
    PRIMARY KEY (tracking, rma)
) STRICT, WITHOUT ROWID;
CREATE INDEX rma_tracking_rma ON rma_tracking(rma);

CREATE TABLE rma_lines (
    rma         TEXT NOT NULL REFERENCES rmas(rma) ON DELETE CASCADE,
    line        INTEGER NOT NULL,
    sku         TEXT NOT NULL,
    gtin        TEXT NOT NULL DEFAULT '',
    qty         INTEGER NOT NULL CHECK (qty > 0),
    unit_value  INTEGER NOT NULL,
    currency    TEXT NOT NULL,
    PRIMARY KEY (rma, line)
) STRICT, WITHOUT ROWID;

-- Expected serials, one row each, so a scanned serial finds its RMA line through an index.
CREATE TABLE rma_serials (
    rma     TEXT NOT NULL,
    line    INTEGER NOT NULL,
    serial  TEXT NOT NULL,
    PRIMARY KEY (rma, line, serial),
    FOREIGN KEY (rma, line) REFERENCES rma_lines(rma, line) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX rma_serials_serial ON rma_serials(serial);

CREATE TABLE parcels (
    id           INTEGER PRIMARY KEY,
    tracking     TEXT NOT NULL,
    carrier      TEXT,
    rma          TEXT,
    dock         TEXT NOT NULL,
    weight_g     INTEGER,
    received_by  INTEGER NOT NULL REFERENCES users(id),
    received_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX parcels_tracking ON parcels(tracking);
CREATE INDEX parcels_rma ON parcels(rma) WHERE rma IS NOT NULL;

-- disposition is a Disposition name, or 'review' for the hold tote of items awaiting a supervisor.
CREATE TABLE totes (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    disposition      TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_at        INTEGER NOT NULL,
    closed_at        INTEGER,
    closed_by        INTEGER REFERENCES users(id),
    weight_g         INTEGER NOT NULL DEFAULT 0,
    partner          TEXT,
    certificate_ref  TEXT
) STRICT;
CREATE UNIQUE INDEX totes_one_open_per_disposition ON totes(disposition) WHERE status = 'open';

CREATE TABLE items (
    id                   INTEGER PRIMARY KEY,
    lpn                  TEXT NOT NULL UNIQUE,
    parcel_id            INTEGER NOT NULL REFERENCES parcels(id),
    rma                  TEXT,
    rma_line             INTEGER,
    sku                  TEXT,
    gtin                 TEXT,
    serial               TEXT,
    authorization        TEXT NOT NULL,
    status               TEXT NOT NULL,
    grade                TEXT CHECK (grade IN ('A', 'B', 'C', 'D', 'X')),
    observed_reason      TEXT,
    notes                TEXT,
    weight_g             INTEGER,
    fraud_flags          TEXT,
    wipe_confirmed_by    INTEGER REFERENCES users(id),
    wipe_method          TEXT,
    suggested            TEXT,
    disposition          TEXT,
    disposition_reason   TEXT,
    estimated_recovery   INTEGER,
    unit_value           INTEGER,
    currency             TEXT,
    refund_decision      TEXT CHECK (refund_decision IN ('full', 'partial', 'deny')),
    restocking_fee       INTEGER,
    tote_id              INTEGER REFERENCES totes(id),
    policy_version       TEXT,
    received_by          INTEGER NOT NULL REFERENCES users(id),
    received_at          INTEGER NOT NULL,
    decided_at           INTEGER
) STRICT;
CREATE INDEX items_parcel ON items(parcel_id);
CREATE INDEX items_serial ON items(serial) WHERE serial IS NOT NULL;
CREATE INDEX items_rma ON items(rma, rma_line) WHERE rma IS NOT NULL;
CREATE INDEX items_tote ON items(tote_id) WHERE tote_id IS NOT NULL;
CREATE INDEX items_received_at ON items(received_at);

CREATE TABLE photos (
    sha256      TEXT PRIMARY KEY,
    mime        TEXT NOT NULL,
    bytes       INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    uploaded    INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

CREATE TABLE item_photos (
    item_id  INTEGER NOT NULL REFERENCES items(id),
    sha256   TEXT NOT NULL REFERENCES photos(sha256),
    PRIMARY KEY (item_id, sha256)
) STRICT, WITHOUT ROWID;

CREATE TABLE queue (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES items(id),
    cause        TEXT NOT NULL,
    causes       TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'rejected')),
    created_at   INTEGER NOT NULL,
    resolved_at  INTEGER,
    resolved_by  INTEGER REFERENCES users(id),
    comment      TEXT
) STRICT;
CREATE INDEX queue_status_created ON queue(status, created_at);
CREATE INDEX queue_item ON queue(item_id);

-- The outbox and audit trail. seq is the station's strictly increasing event number (events are
-- never deleted, so the rowid only grows without AUTOINCREMENT's extra write per event). An
-- event's UUID is not stored: it is made from its seq and the salt of its epoch (EventLog::idFor).
-- A restored backup starts a new epoch, so events written after a restore never reuse the id
-- of an event that the lost database may already have pushed.
-- Checklist answers, refund reasons and wipe records live only here, not copied into items.
-- type is a code of event_types and data compact CBOR (core/store/EventCodec.h); the view
-- event_log shows both readably for ad-hoc SQL.
CREATE TABLE event_types (
    code  INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO event_types (code, name) VALUES
    (1, 'parcel.received'), (2, 'item.received'), (3, 'item.graded'), (4, 'item.disposition_set'),
    (5, 'item.refund_decided'), (6, 'item.review_requested'), (7, 'item.approved'), (8, 'item.rejected'),
    (9, 'item.moved_to_tote'), (10, 'tote.closed'), (11, 'exception.raised'), (12, 'exception.resolved'),
    (13, 'user.added'), (14, 'user.locked_out');

CREATE TABLE event_epochs (
    first_seq  INTEGER PRIMARY KEY,
    salt       BLOB NOT NULL CHECK (length(salt) = 8)
) STRICT;
INSERT INTO event_epochs (first_seq, salt) VALUES (1, randomblob(8));

CREATE TABLE events (
    seq            INTEGER PRIMARY KEY,
    type           INTEGER NOT NULL REFERENCES event_types(code),
    occurred_at    INTEGER NOT NULL,
    user           TEXT,
    entity_kind    TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    data           BLOB NOT NULL,
    delivered_at   INTEGER,
    dead_code      TEXT,
    dead_message   TEXT
) STRICT;
CREATE VIEW event_log AS
    SELECT e.seq, t.name AS type, e.occurred_at, e.user, e.entity_kind, e.entity_id,
           e.delivered_at, e.dead_code
    FROM events e JOIN event_types t ON t.code = e.type;
CREATE INDEX events_entity ON events(entity_id);

CREATE TABLE sync_state (
    feed          TEXT PRIMARY KEY,
    cursor        TEXT,
    etag          TEXT,
    last_attempt  INTEGER,
    last_success  INTEGER,
    last_error    TEXT
) STRICT, WITHOUT ROWID;

CREATE TABLE policies (
    id           INTEGER PRIMARY KEY,
    version      TEXT NOT NULL,
    etag         TEXT,
    document     TEXT NOT NULL,
    received_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE counters (
    name   TEXT PRIMARY KEY,
    value  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
)sql",
    // 2: the supervisor's queue filtered by cause in age order, and items found by SKU
    R"sql(
CREATE INDEX queue_status_cause ON queue(status, cause, created_at);
CREATE INDEX items_sku ON items(sku) WHERE sku IS NOT NULL;
)sql",
    // 3: sync backoff state, and dead letters a supervisor has released (later events of the
    // entity flow again) without requeueing the rejected event itself
    R"sql(
ALTER TABLE sync_state ADD COLUMN next_attempt INTEGER;
ALTER TABLE sync_state ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN dead_released_at INTEGER;
CREATE INDEX events_dead ON events(entity_id) WHERE dead_code IS NOT NULL AND dead_released_at IS NULL;
)sql",
    // 4: the outbox's pending count without a table scan: events settled (delivered or
    // dead-lettered) are counted by a trigger, and pending = max(seq) - settled (events are never
    // deleted and their seq only grows).
    R"sql(
INSERT OR REPLACE INTO counters (name, value)
    SELECT 'events_settled', count(*) FROM events WHERE delivered_at IS NOT NULL OR dead_code IS NOT NULL;
CREATE TRIGGER events_settled AFTER UPDATE OF delivered_at, dead_code ON events
BEGIN
    UPDATE counters
    SET value = value + ((NEW.delivered_at IS NOT NULL OR NEW.dead_code IS NOT NULL)
                         - (OLD.delivered_at IS NOT NULL OR OLD.dead_code IS NOT NULL))
    WHERE name = 'events_settled';
END;
)sql",
    // 5: long texts that recur in events (refund reasons from the policy, exception details) are
    // stored once; event data refers to them by id (see EventCodec).
    R"sql(
CREATE TABLE event_texts (
    id    INTEGER PRIMARY KEY,
    text  TEXT NOT NULL UNIQUE
) STRICT;
)sql",
    // 6: audit events of privileged actions: lock-outs lifted, PINs reset, dead letters requeued
    // or released, the database restored from a backup (codes as in EventCodec's kTypes)
    R"sql(
INSERT INTO event_types (code, name) VALUES
    (15, 'user.unlocked'), (16, 'user.pin_reset'), (17, 'outbox.requeued'), (18, 'outbox.released'),
    (19, 'station.restored');
)sql",
};

} // namespace

int latestVersion() {
    return static_cast<int>(kMigrations.size());
}

int currentVersion(Database& db) {
    return static_cast<int>(db.scalar("PRAGMA user_version"));
}

Status migrate(Database& db, int target) {
    if (target < 0)
        target = latestVersion();
    try {
        const qint64 appId = db.scalar("PRAGMA application_id");
        const int version = currentVersion(db);
        const qint64 tables = db.scalar("SELECT count(*) FROM sqlite_schema");
        if (appId != kApplicationId && (appId != 0 || tables != 0))
            return Error::invalid(QStringLiteral("not_dockside"),
                                  Tr::tr("%1 is an SQLite database of another program, not a Dockside "
                                         "station database.")
                                      .arg(db.path()));
        if (version > latestVersion())
            return Error::invalid(QStringLiteral("newer_schema"),
                                  Tr::tr("The station database was written by a newer Dockside (schema %1, "
                                         "this program knows %2). Install the newer version.")
                                      .arg(version)
                                      .arg(latestVersion()));
        if (!db.readOnly())
            db.enableWal();
        if (version >= target)
            return {};
        if (db.readOnly())
            return Error{ErrorKind::Storage, QStringLiteral("read_only"),
                         Tr::tr("The station database needs an upgrade but is opened read-only.")};
        for (int next = version + 1; next <= target; ++next) {
            Transaction tx(db);
            db.exec(kMigrations[static_cast<std::size_t>(next - 1)]);
            db.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
            db.exec("PRAGMA user_version=" + std::to_string(next));
            tx.commit();
        }
    } catch (const StoreError& e) {
        return toError(e);
    }
    return {};
}

} // namespace dockside::schema
