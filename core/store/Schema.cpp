#include "store/Schema.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <array>

namespace dockside::schema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

// Never edit a released migration: add a new one. Index i holds the step to version i + 1.
constexpr std::array<const char*, 14> kMigrations = {
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
    // 6: the supervisor's workspace. Queue rows carry copies of the item's grade, disposition,
    // category, worker and value (kept by triggers), so every filter and sort of the queue is an
    // index range over one table instead of a join per queued item. Blind re-grades.
    R"sql(
ALTER TABLE queue ADD COLUMN grade TEXT;
ALTER TABLE queue ADD COLUMN disposition TEXT;
ALTER TABLE queue ADD COLUMN category TEXT;
ALTER TABLE queue ADD COLUMN received_by INTEGER;
ALTER TABLE queue ADD COLUMN unit_value INTEGER NOT NULL DEFAULT 0;
UPDATE queue SET (grade, disposition, category, received_by, unit_value) =
    (SELECT i.grade, i.disposition, p.category, i.received_by, coalesce(i.unit_value, 0)
     FROM items i LEFT JOIN products p ON p.sku = i.sku WHERE i.id = queue.item_id);
CREATE TRIGGER queue_copy_item AFTER INSERT ON queue
BEGIN
    UPDATE queue SET (grade, disposition, category, received_by, unit_value) =
        (SELECT i.grade, i.disposition, p.category, i.received_by, coalesce(i.unit_value, 0)
         FROM items i LEFT JOIN products p ON p.sku = i.sku WHERE i.id = NEW.item_id)
    WHERE id = NEW.id;
END;
CREATE TRIGGER queue_follow_item AFTER UPDATE OF grade, disposition, unit_value, sku ON items
BEGIN
    UPDATE queue SET grade = NEW.grade, disposition = NEW.disposition,
                     unit_value = coalesce(NEW.unit_value, 0),
                     category = (SELECT category FROM products WHERE sku = NEW.sku)
    WHERE item_id = NEW.id;
END;
CREATE INDEX queue_status_grade ON queue(status, grade, created_at);
CREATE INDEX queue_status_disposition ON queue(status, disposition, created_at);
CREATE INDEX queue_status_category ON queue(status, category, created_at);
CREATE INDEX queue_status_worker ON queue(status, received_by, created_at);
CREATE INDEX queue_status_value ON queue(status, unit_value, created_at);

-- A second, blind grade of an item by another worker: a sample of all graded items, or asked
-- for by a supervisor. first_* is what the original worker decided; the re-grader never sees it.
CREATE TABLE regrades (
    id            INTEGER PRIMARY KEY,
    item_id       INTEGER NOT NULL REFERENCES items(id),
    reason        TEXT NOT NULL CHECK (reason IN ('sample', 'supervisor')),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    first_grade   TEXT NOT NULL,
    first_by      INTEGER NOT NULL REFERENCES users(id),
    category      TEXT,
    requested_by  INTEGER REFERENCES users(id),
    assigned_to   INTEGER REFERENCES users(id),
    requested_at  INTEGER NOT NULL,
    comment       TEXT,
    grade         TEXT CHECK (grade IN ('A', 'B', 'C', 'D', 'X')),
    graded_by     INTEGER REFERENCES users(id),
    graded_at     INTEGER
) STRICT;
CREATE INDEX regrades_open ON regrades(status, requested_at);
CREATE INDEX regrades_item ON regrades(item_id);
CREATE INDEX regrades_done ON regrades(graded_at) WHERE status = 'done';

INSERT INTO event_types (code, name) VALUES
    (15, 'item.regrade_requested'), (16, 'item.regraded'), (17, 'user.updated');
)sql",
    // 7: analytics. report_facts holds per UTC day the figures of the items received that day, so
    // a 90-day report reads ~100k summary rows instead of joining 1M items. The view
    // report_item_facts is the one definition of what an item contributes; triggers subtract an
    // item's contributions before any change to what the view reads and add them back after it, so
    // the summary always equals the view aggregated (tests/core/test_reports.cpp checks that).
    // queue.worker_grade/worker_disposition keep what the worker decided, for grader consistency.
    R"sql(
ALTER TABLE queue ADD COLUMN worker_grade TEXT;
ALTER TABLE queue ADD COLUMN worker_disposition TEXT;
UPDATE queue SET worker_grade = (SELECT grade FROM items WHERE id = queue.item_id),
                 worker_disposition = (SELECT disposition FROM items WHERE id = queue.item_id)
    WHERE status = 'open';
CREATE TRIGGER queue_worker_decision AFTER INSERT ON queue
BEGIN
    UPDATE queue SET worker_grade = (SELECT grade FROM items WHERE id = NEW.item_id),
                     worker_disposition = (SELECT disposition FROM items WHERE id = NEW.item_id)
        WHERE id = NEW.id;
END;

-- One row per item with what the figures need. settled_at: when the item's disposition and refund
-- became final (decided without review, or the supervisor's decision); NULL while pending.
CREATE VIEW report_item_settled AS
SELECT i.id AS item_id, i.rma, i.sku, i.received_at, i.received_by, i.status, i.authorization, i.grade,
       i.disposition, i.suggested, i.refund_decision, coalesce(i.restocking_fee, 0) AS fee,
       coalesce(i.estimated_recovery, 0) AS recovery, coalesce(i.unit_value, 0) AS unit_value,
       i.observed_reason, nullif(r.reason_code, '') AS stated,
       coalesce(nullif(p.weight_g, 0), i.weight_g, 0) AS weight_g, pa.received_at AS parcel_received_at,
       CASE WHEN i.decided_at IS NULL OR o.id IS NOT NULL THEN NULL
            ELSE coalesce(q.resolved_at, i.decided_at) END AS settled_at,
       q.worker_grade, q.worker_disposition
FROM items i
LEFT JOIN rmas r ON r.rma = i.rma
LEFT JOIN products p ON p.sku = i.sku
JOIN parcels pa ON pa.id = i.parcel_id
LEFT JOIN queue q ON q.id = (SELECT max(x.id) FROM queue x WHERE x.item_id = i.id AND x.status != 'open')
-- joins, not subqueries in the select list: the flattened view would run those once per figure
LEFT JOIN queue o ON o.id = (SELECT max(y.id) FROM queue y WHERE y.item_id = i.id AND y.status = 'open');

CREATE VIEW report_item_base AS
SELECT *, max(settled_at - received_at, 0) / 60000 AS dock_m,
       max(settled_at - parcel_received_at, 0) / 60000 AS refund_m
FROM report_item_settled;

-- (figure, key, n, amount) rows per item; rows with a NULL key do not count.
CREATE VIEW report_item_facts AS
SELECT b.item_id, b.rma, b.sku, b.received_at, f.figure,
       CASE f.figure
           WHEN 'received' THEN ''
           WHEN 'status' THEN b.status
           WHEN 'stated' THEN b.stated
           WHEN 'exception' THEN nullif(b.authorization, 'authorized')
           WHEN 'sku' THEN b.sku
           WHEN 'worker_units' THEN CAST(b.received_by AS TEXT)
           WHEN 'worker_hour' THEN b.received_by || ':' || (b.received_at / 3600000 % 24)
           WHEN 'grade' THEN b.grade
           WHEN 'disposition' THEN iif(b.grade IS NULL, NULL, b.disposition)
           WHEN 'disposition_value' THEN iif(b.grade IS NULL, NULL, b.disposition)
           WHEN 'override' THEN iif(b.grade IS NULL OR b.suggested IS b.disposition, NULL, b.disposition)
           WHEN 'refund' THEN iif(b.grade IS NULL, NULL, b.refund_decision)
           WHEN 'observed' THEN iif(b.grade IS NULL, NULL, b.observed_reason)
           WHEN 'reason_pair' THEN iif(b.grade IS NULL, NULL, b.stated || '>' || b.observed_reason)
           WHEN 'sku_graded' THEN iif(b.grade IS NULL, NULL, b.sku)
           WHEN 'sku_defect' THEN iif(b.grade IS NULL OR b.observed_reason IS NOT 'defect_confirmed', NULL, b.sku)
           WHEN 'sku_stated_defective' THEN
               iif(b.grade IS NULL OR b.stated IS NOT 'defective' OR b.observed_reason IS NULL, NULL, b.sku)
           WHEN 'sku_no_fault_found' THEN
               iif(b.grade IS NULL OR b.stated IS NOT 'defective' OR b.observed_reason IS NOT 'no_fault_found',
                   NULL, b.sku)
           -- the ledger counts final outcomes only: not items still waiting for a supervisor
           WHEN 'ledger_g' THEN
               iif(b.settled_at IS NULL, NULL,
                   CASE b.disposition
                       WHEN 'restock' THEN 'resold' WHEN 'open_box' THEN 'resold' WHEN 'liquidate' THEN 'resold'
                       WHEN 'return_to_vendor' THEN 'returned_to_vendor' WHEN 'refurbish' THEN 'refurbished'
                       WHEN 'donate' THEN 'donated' WHEN 'recycle' THEN 'recycled' WHEN 'destroy' THEN 'destroyed'
                       ELSE 'held' END)
           -- durations in minute buckets: 1 min under an hour, 15 min under a day, then hours
           WHEN 'dock_to_stock' THEN
               CAST(CASE WHEN b.dock_m < 60 THEN b.dock_m WHEN b.dock_m < 1440 THEN b.dock_m / 15 * 15
                         ELSE b.dock_m / 60 * 60 END AS TEXT)
           WHEN 'refund_time' THEN
               CAST(CASE WHEN b.refund_m < 60 THEN b.refund_m WHEN b.refund_m < 1440 THEN b.refund_m / 15 * 15
                         ELSE b.refund_m / 60 * 60 END AS TEXT)
           WHEN 'review' THEN iif(b.worker_disposition IS NULL, NULL, CAST(b.received_by AS TEXT))
           WHEN 'review_changed' THEN
               iif(b.worker_disposition IS NULL
                       OR (b.worker_disposition IS b.disposition AND b.worker_grade IS b.grade),
                   NULL, CAST(b.received_by AS TEXT))
       END AS key,
       1 AS n,
       CASE f.figure
           WHEN 'disposition' THEN b.recovery
           WHEN 'disposition_value' THEN b.unit_value
           WHEN 'refund' THEN b.fee
           WHEN 'ledger_g' THEN b.weight_g
           ELSE 0 END AS amount
FROM report_item_base b
JOIN (SELECT 'received' AS figure UNION ALL SELECT 'status' UNION ALL SELECT 'stated' UNION ALL
      SELECT 'exception' UNION ALL SELECT 'sku' UNION ALL SELECT 'worker_units' UNION ALL
      SELECT 'worker_hour' UNION ALL SELECT 'grade' UNION ALL SELECT 'disposition' UNION ALL
      SELECT 'disposition_value' UNION ALL SELECT 'override' UNION ALL SELECT 'refund' UNION ALL
      SELECT 'observed' UNION ALL SELECT 'reason_pair' UNION ALL SELECT 'sku_graded' UNION ALL
      SELECT 'sku_defect' UNION ALL SELECT 'sku_stated_defective' UNION ALL
      SELECT 'sku_no_fault_found' UNION ALL SELECT 'ledger_g' UNION ALL SELECT 'dock_to_stock' UNION ALL
      SELECT 'refund_time' UNION ALL SELECT 'review' UNION ALL SELECT 'review_changed') f;

CREATE TABLE report_facts (
    day     INTEGER NOT NULL, -- UTC day number: received_at / 86400000
    figure  TEXT NOT NULL,
    key     TEXT NOT NULL,
    n       INTEGER NOT NULL,
    amount  INTEGER NOT NULL,
    PRIMARY KEY (day, figure, key)
) STRICT, WITHOUT ROWID;
INSERT INTO report_facts (day, figure, key, n, amount)
    SELECT received_at / 86400000, figure, key, sum(n), sum(amount) FROM report_item_facts
    WHERE key IS NOT NULL GROUP BY 1, 2, 3;
CREATE TRIGGER report_facts_item_insert_after AFTER INSERT ON items
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, n, amount FROM report_item_facts
        WHERE item_id = NEW.id AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_item_update_before BEFORE UPDATE OF status, authorization, grade, disposition, suggested, refund_decision, restocking_fee, estimated_recovery, unit_value, observed_reason, weight_g, decided_at, sku, rma, received_by, received_at ON items
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, -n, -amount FROM report_item_facts
        WHERE item_id = OLD.id AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_item_update_after AFTER UPDATE OF status, authorization, grade, disposition, suggested, refund_decision, restocking_fee, estimated_recovery, unit_value, observed_reason, weight_g, decided_at, sku, rma, received_by, received_at ON items
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, n, amount FROM report_item_facts
        WHERE item_id = NEW.id AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_queue_insert_before BEFORE INSERT ON queue
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, -n, -amount FROM report_item_facts
        WHERE item_id = NEW.item_id AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_queue_insert_after AFTER INSERT ON queue
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, n, amount FROM report_item_facts
        WHERE item_id = NEW.item_id AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_queue_update_before BEFORE UPDATE OF status, resolved_at, worker_grade, worker_disposition ON queue
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, -n, -amount FROM report_item_facts
        WHERE item_id = OLD.item_id AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_queue_update_after AFTER UPDATE OF status, resolved_at, worker_grade, worker_disposition ON queue
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, n, amount FROM report_item_facts
        WHERE item_id = NEW.item_id AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_rma_reason_before BEFORE UPDATE OF reason_code ON rmas
    WHEN OLD.reason_code IS NOT NEW.reason_code
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, -n, -amount FROM report_item_facts
        WHERE rma = OLD.rma AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_rma_reason_after AFTER UPDATE OF reason_code ON rmas
    WHEN OLD.reason_code IS NOT NEW.reason_code
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, n, amount FROM report_item_facts
        WHERE rma = NEW.rma AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_product_weight_before BEFORE UPDATE OF weight_g ON products
    WHEN OLD.weight_g IS NOT NEW.weight_g
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, -n, -amount FROM report_item_facts
        WHERE sku = OLD.sku AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_product_weight_after AFTER UPDATE OF weight_g ON products
    WHEN OLD.weight_g IS NOT NEW.weight_g
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, n, amount FROM report_item_facts
        WHERE sku = NEW.sku AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_rma_insert_before BEFORE INSERT ON rmas
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, -n, -amount FROM report_item_facts
        WHERE rma = NEW.rma AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_rma_insert_after AFTER INSERT ON rmas
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, n, amount FROM report_item_facts
        WHERE rma = NEW.rma AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_product_insert_before BEFORE INSERT ON products
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, -n, -amount FROM report_item_facts
        WHERE sku = NEW.sku AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER report_facts_product_insert_after AFTER INSERT ON products
BEGIN
    INSERT INTO report_facts (day, figure, key, n, amount)
        SELECT received_at / 86400000, figure, key, n, amount FROM report_item_facts
        WHERE sku = NEW.sku AND key IS NOT NULL
    ON CONFLICT (day, figure, key) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
)sql",
    // 8: audit events of privileged actions: lock-outs lifted, PINs reset, dead letters requeued
    // or released, the database restored from a backup (codes as in EventCodec's kTypes)
    R"sql(
INSERT INTO event_types (code, name) VALUES
    (18, 'user.unlocked'), (19, 'user.pin_reset'), (20, 'outbox.requeued'), (21, 'outbox.released'),
    (22, 'station.restored');
)sql",
    // 9: a bulk load (the demo) pauses the report_facts triggers and rebuilds the table once at
    // the end; the paused triggers' SQL waits here, so a load killed half-way is healed on the
    // next open (see ReportFacts.h)
    R"sql(
CREATE TABLE paused_triggers (
    name TEXT PRIMARY KEY,
    sql  TEXT NOT NULL
) STRICT;
)sql",
    // 10: queue rows carry the item's SKU as well, so a search by SKU is one index range over the
    // queue (a popular SKU has thousands of items but a few hundred queue entries) instead of a
    // queue look-up per item. The copy is kept like the others of migration 6; the category copy
    // now also follows the catalog (a product added or re-categorised by HQ after its items were
    // queued), found through the new index.
    R"sql(
ALTER TABLE queue ADD COLUMN sku TEXT;
UPDATE queue SET (sku, category) =
    (SELECT i.sku, p.category FROM items i LEFT JOIN products p ON p.sku = i.sku WHERE i.id = queue.item_id);
CREATE INDEX queue_sku ON queue(sku) WHERE sku IS NOT NULL;
DROP TRIGGER queue_copy_item;
CREATE TRIGGER queue_copy_item AFTER INSERT ON queue
BEGIN
    UPDATE queue SET (grade, disposition, category, received_by, unit_value, sku) =
        (SELECT i.grade, i.disposition, p.category, i.received_by, coalesce(i.unit_value, 0), i.sku
         FROM items i LEFT JOIN products p ON p.sku = i.sku WHERE i.id = NEW.item_id)
    WHERE id = NEW.id;
END;
DROP TRIGGER queue_follow_item;
CREATE TRIGGER queue_follow_item AFTER UPDATE OF grade, disposition, unit_value, sku ON items
BEGIN
    UPDATE queue SET grade = NEW.grade, disposition = NEW.disposition,
                     unit_value = coalesce(NEW.unit_value, 0), sku = NEW.sku,
                     category = (SELECT category FROM products WHERE sku = NEW.sku)
    WHERE item_id = NEW.id;
END;
CREATE TRIGGER queue_follow_product_insert AFTER INSERT ON products
BEGIN
    UPDATE queue SET category = NEW.category WHERE sku = NEW.sku AND category IS NOT NEW.category;
END;
CREATE TRIGGER queue_follow_product_category AFTER UPDATE OF category ON products
    WHEN OLD.category IS NOT NEW.category
BEGIN
    UPDATE queue SET category = NEW.category WHERE sku = NEW.sku;
END;
)sql",
    // 11: an item's photos name the photo by its row id instead of repeating its 64-character
    // hash: a station photographs the same few damage views thousands of times (1M items: 25 MB
    // of links become 4 MB). The hash stays the photo's identity for files and HQ.
    R"sql(
CREATE TABLE photo_files (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    mime        TEXT NOT NULL,
    bytes       INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    uploaded    INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO photo_files (sha256, mime, bytes, created_at, uploaded)
    SELECT sha256, mime, bytes, created_at, uploaded FROM photos ORDER BY created_at, sha256;
CREATE TABLE item_photo_links (
    item_id   INTEGER NOT NULL REFERENCES items(id),
    photo_id  INTEGER NOT NULL REFERENCES photo_files(id),
    PRIMARY KEY (item_id, photo_id)
) STRICT, WITHOUT ROWID;
INSERT INTO item_photo_links (item_id, photo_id)
    SELECT l.item_id, f.id FROM item_photos l JOIN photo_files f ON f.sha256 = l.sha256;
DROP TABLE item_photos;
DROP TABLE photos;
ALTER TABLE photo_files RENAME TO photos;
ALTER TABLE item_photo_links RENAME TO item_photos;
)sql",
    // 12: receiving writes a queue row with its item's values in the INSERT, instead of two
    // triggers updating the fresh row (and its nine indexes) twice; the trigger still fills them
    // for any other insert. And CHECK constraints without IN lists: rewriteInListChecks below.
    R"sql(
DROP TRIGGER queue_worker_decision;
DROP TRIGGER queue_copy_item;
CREATE TRIGGER queue_copy_item AFTER INSERT ON queue WHEN NEW.received_by IS NULL
BEGIN
    UPDATE queue SET (grade, disposition, category, received_by, unit_value, sku, worker_grade,
                      worker_disposition) =
        (SELECT i.grade, i.disposition, p.category, i.received_by, coalesce(i.unit_value, 0), i.sku,
                i.grade, i.disposition
         FROM items i LEFT JOIN products p ON p.sku = i.sku WHERE i.id = NEW.item_id)
    WHERE id = NEW.id;
END;
)sql",
    // 13: the queue copies an item's values only when one of them changed. An approval writes the
    // item's disposition as it was: the copy rewrote the resolved queue row's five filter indexes
    // for nothing (a quarter of an approval's time with a million items).
    R"sql(
DROP TRIGGER queue_follow_item;
CREATE TRIGGER queue_follow_item AFTER UPDATE OF grade, disposition, unit_value, sku ON items
    WHEN OLD.grade IS NOT NEW.grade OR OLD.disposition IS NOT NEW.disposition
         OR OLD.unit_value IS NOT NEW.unit_value OR OLD.sku IS NOT NEW.sku
BEGIN
    UPDATE queue SET grade = NEW.grade, disposition = NEW.disposition,
                     unit_value = coalesce(NEW.unit_value, 0), sku = NEW.sku,
                     category = (SELECT category FROM products WHERE sku = NEW.sku)
    WHERE item_id = NEW.id;
END;
)sql",
    // 14: a bulk load also drops the indexes it never reads and builds them once at the end, one
    // sort each instead of an insert per row (a sixth of a million-item demo); their SQL waits
    // here like the triggers' of migration 9 (see PausedSchema.h)
    R"sql(
CREATE TABLE paused_indexes (
    name TEXT PRIMARY KEY,
    sql  TEXT NOT NULL
) STRICT;
)sql",
};

// SQLite evaluates a CHECK of the form `x IN ('a', 'b', 'c')` by building a temporary index on
// every INSERT and UPDATE that writes x: half the time of inserting and deciding an item. The
// same rule as a chain of comparisons costs next to nothing. A CHECK constraint changes no
// stored byte, so SQLite's documented writable_schema route for such changes applies
// (https://sqlite.org/lang_altertable.html#otheralter), with no table to rebuild. Two-value
// lists are compiled to comparisons already and stay as they are.
void rewriteInListChecks(Database& db) {
    struct Rewrite {
        const char* table;
        const char* from;
        const char* to;
    };
    static constexpr std::array kRewrites{
        Rewrite{"users", "role IN ('worker', 'supervisor', 'admin')",
                "role = 'worker' OR role = 'supervisor' OR role = 'admin'"},
        Rewrite{"rmas", "status IN ('authorized', 'cancelled', 'closed')",
                "status = 'authorized' OR status = 'cancelled' OR status = 'closed'"},
        Rewrite{"items", "grade IN ('A', 'B', 'C', 'D', 'X')",
                "grade = 'A' OR grade = 'B' OR grade = 'C' OR grade = 'D' OR grade = 'X'"},
        Rewrite{"items", "refund_decision IN ('full', 'partial', 'deny')",
                "refund_decision = 'full' OR refund_decision = 'partial' OR refund_decision = 'deny'"},
        Rewrite{"queue", "status IN ('open', 'approved', 'rejected')",
                "status = 'open' OR status = 'approved' OR status = 'rejected'"},
        Rewrite{"regrades", "grade IN ('A', 'B', 'C', 'D', 'X')",
                "grade = 'A' OR grade = 'B' OR grade = 'C' OR grade = 'D' OR grade = 'X'"},
    };
    const qint64 schemaVersion = db.scalar("PRAGMA schema_version");
    db.exec("PRAGMA writable_schema=ON");
    struct Off {
        Database& db;
        ~Off() { sqlite3_exec(db.handle(), "PRAGMA writable_schema=OFF", nullptr, nullptr, nullptr); }
    } off{db};
    for (const Rewrite& r : kRewrites)
        db.prepare("UPDATE sqlite_schema SET sql = replace(sql, ?1, ?2) WHERE type = 'table' AND name = ?3")
            .bindAll(QString::fromLatin1(r.from), QString::fromLatin1(r.to), QString::fromLatin1(r.table))
            .run();
    // Every connection, this one included, reads the schema again at its next statement.
    db.exec("PRAGMA schema_version=" + std::to_string(schemaVersion + 1));
}

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
            if (next == 12)
                rewriteInListChecks(db);
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
