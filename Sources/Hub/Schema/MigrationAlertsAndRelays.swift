// A migration after the first: CAP alerts received at the hub, fanned out as announcements (docs/hub.md,
// "Alerts"), the villages' optional coordinates for CAP polygons and circles, and the relays'
// tokens for the console's `POST /api/cap`. Released once merged: never edit it; change the
// schema with a new migration.
extension Migration {
    static let alertsAndRelays = Migration(version: 3, name: "CAP alerts, village coordinates, relay tokens", sql: #"""
-- Where a village's loudspeakers are (WGS 84), tested against a CAP alert's polygons and circles.
-- Optional: a village without them is matched by its region code alone.
ALTER TABLE villages
    ADD COLUMN latitude  double precision CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT villages_location_whole CHECK ((latitude IS NULL) = (longitude IS NULL));

-- The hub's rules for alerts from outside (one row): whose alerts it believes (senders NULL: any),
-- whether it sends drills (Test, Exercise) as 演练, how often an alert is repeated before it expires.
CREATE TABLE alert_policy (
    only_row          boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    senders           text[],
    drills            boolean NOT NULL DEFAULT false,
    repeat_every      integer NOT NULL DEFAULT 900 CHECK (repeat_every BETWEEN 60 AND 86400),
    max_repeats       integer NOT NULL DEFAULT 4 CHECK (max_repeats BETWEEN 0 AND 48),
    description_limit integer NOT NULL DEFAULT 300 CHECK (description_limit BETWEEN 20 AND 2000),
    updated_by        name NOT NULL DEFAULT current_user,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
INSERT INTO alert_policy DEFAULT VALUES;

-- Every message received, readable or not. identifier, sender, sent: NULL when it could not be
-- read as CAP 1.2. state: fanned_out (announcements made for the villages it covers), ignored
-- (valid, nothing to send: a duplicate, another area, expired, a Cancel itself, an Ack),
-- rejected (refused: unreadable, a sender not allowed, a Draft …), cancelled (withdrawn by a
-- later Cancel or replaced by an Update). reason: one line, English and Chinese.
CREATE TABLE alerts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now(),
    received_by name NOT NULL DEFAULT current_user,
    via         text NOT NULL,
    identifier  text,
    sender      text,
    sent        text,
    sent_at     timestamptz,
    msg_type    text,
    status      text,
    title       text NOT NULL,
    priority    text CHECK (priority IN ('low', 'normal', 'high', 'emergency')),
    expires     timestamptz,
    state       text NOT NULL CHECK (state IN ('fanned_out', 'ignored', 'rejected', 'cancelled')),
    reason      text,
    reason_zh   text,
    message     bytea
);
CREATE INDEX alerts_identity ON alerts (sender, identifier, sent_at);

-- The announcements an alert became (one per broadcast time).
CREATE TABLE alert_announcements (
    alert_id        bigint NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    announcement_id bigint NOT NULL REFERENCES announcements (id) ON DELETE CASCADE,
    PRIMARY KEY (alert_id, announcement_id)
);

-- A relay that may post CAP messages to the console (`POST /api/cap`). Its token is shown once
-- when made; the hub keeps the SHA-256 of its secret part only.
CREATE TABLE relays (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9_.-]{1,64}$'),
    secret_hash  bytea NOT NULL CHECK (length(secret_hash) = 32),
    created_by   name NOT NULL DEFAULT current_user,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    last_used_at timestamptz
);

-- dalaba_relay: what a relay's post may do, and nothing else (the console takes this role, by
-- SET ROLE, to receive a message whose bearer token it has checked): read the villages and the
-- policy, record the alert, fan it out as announcements, cancel the ones an Update or Cancel names.
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dalaba_relay') THEN
        CREATE ROLE dalaba_relay NOLOGIN;
    END IF;
    -- The web console's login (docs/console.md), when its migration has made it.
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'dalaba_console') THEN
        GRANT dalaba_relay TO dalaba_console;
    END IF;
END
$roles$;

REVOKE ALL ON alert_policy, alerts, alert_announcements, relays FROM PUBLIC;
GRANT ALL ON alert_policy, alerts, alert_announcements, relays TO dalaba_admin;
-- The township receives alerts (from a file, or through the console) and fans them out; the
-- administrator sets the policy and makes the relays' tokens.
GRANT SELECT ON alert_policy, alerts, alert_announcements, relays TO dalaba_township;
GRANT INSERT ON alerts, alert_announcements TO dalaba_township;
GRANT UPDATE (state, reason, reason_zh) ON alerts TO dalaba_township;
GRANT UPDATE (last_used_at) ON relays TO dalaba_township;
GRANT USAGE ON SCHEMA public TO dalaba_relay;
GRANT SELECT ON schema_migrations, villages, announcements, announcement_targets, deliveries TO dalaba_relay;
GRANT SELECT ON alert_policy, alerts, alert_announcements, relays TO dalaba_relay;
GRANT INSERT ON announcements, announcement_targets, alerts, alert_announcements TO dalaba_relay;
GRANT UPDATE (cancelled_at) ON announcements TO dalaba_relay;
GRANT UPDATE (state, reason, reason_zh) ON alerts TO dalaba_relay;
GRANT UPDATE (last_used_at) ON relays TO dalaba_relay;

ALTER TABLE alert_policy ENABLE ROW LEVEL SECURITY;
ALTER TABLE alerts ENABLE ROW LEVEL SECURITY;
ALTER TABLE alert_announcements ENABLE ROW LEVEL SECURITY;
ALTER TABLE relays ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON alert_policy TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON alerts TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON alert_announcements TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON relays TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY township_all ON alert_policy TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON alerts TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON alert_announcements TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON relays TO dalaba_township USING (true) WITH CHECK (true);
-- A relay's post reaches every village of the hub, as a township's announcement does.
CREATE POLICY relay_all ON villages FOR SELECT TO dalaba_relay USING (true);
CREATE POLICY relay_all ON announcements TO dalaba_relay USING (true) WITH CHECK (true);
CREATE POLICY relay_all ON announcement_targets TO dalaba_relay USING (true) WITH CHECK (true);
CREATE POLICY relay_all ON deliveries FOR SELECT TO dalaba_relay USING (true);
CREATE POLICY relay_all ON alert_policy FOR SELECT TO dalaba_relay USING (true);
CREATE POLICY relay_all ON alerts TO dalaba_relay USING (true) WITH CHECK (true);
CREATE POLICY relay_all ON alert_announcements TO dalaba_relay USING (true) WITH CHECK (true);
CREATE POLICY relay_all ON relays TO dalaba_relay USING (true) WITH CHECK (true);
-- Stations see none of it: what reaches them is the announcements, as any other.
"""#)
}
