// Migration 1: the hub's first schema. Released: never edit it; change the schema with a new
// migration (docs/hub.md, "Migrations").
extension Migration {
    static let v0001 = Migration(version: 1, name: "villages, announcements, deliveries, programs, heartbeats, play log, roles", sql: #"""
-- The three group roles (NOLOGIN). Roles are the cluster's, not the database's: one hub database
-- per cluster. A station's login role is a member of dalaba_station and named in villages.station_role;
-- a township office's login roles are members of dalaba_township; the administrators' of dalaba_admin.
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dalaba_admin') THEN
        CREATE ROLE dalaba_admin NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dalaba_township') THEN
        CREATE ROLE dalaba_township NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dalaba_station') THEN
        CREATE ROLE dalaba_station NOLOGIN;
    END IF;
END
$roles$;

-- A village: its name as the township says it, its GB/T 2260 county-level code (6 digits) and its
-- village code within the county (township 3 digits + village 3 digits, as in the 12-digit
-- statistical division code), and the login role its station connects as.
CREATE TABLE villages (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL UNIQUE CHECK (name <> '' AND name !~ '[,，\s]'),
    region_code  text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    village_code text NOT NULL CHECK (village_code ~ '^[0-9]{6}$'),
    code         text GENERATED ALWAYS AS (region_code || village_code) STORED,
    station_role name NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (region_code, village_code)
);

-- The village of the connected station (NULL for anyone else). Not SECURITY DEFINER: that would
-- make current_user the owner. The policy on villages compares station_role itself, so this
-- reading villages under a station's policy does not recurse.
CREATE FUNCTION current_village() RETURNS integer
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$ SELECT id FROM public.villages WHERE station_role = current_user $$;

-- The zones a village's loudspeakers are grouped in (the station reports its own).
CREATE TABLE zones (
    village_id integer NOT NULL REFERENCES villages (id) ON DELETE CASCADE,
    name       text NOT NULL CHECK (name <> ''),
    PRIMARY KEY (village_id, name)
);

-- A notice from the township. at NULL: at once. expires NULL: never (a station that gets it late
-- still plays it). priority: the station's own words (low, normal, high, emergency).
CREATE TABLE announcements (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text         text NOT NULL CHECK (text <> ''),
    priority     text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'emergency')),
    at           timestamptz,
    expires      timestamptz CHECK (expires IS NULL OR at IS NULL OR expires > at),
    created_by   name NOT NULL DEFAULT current_user,
    created_at   timestamptz NOT NULL DEFAULT now(),
    cancelled_at timestamptz
);

-- Which villages (and which of their zones; empty: all) an announcement is for.
CREATE TABLE announcement_targets (
    announcement_id bigint NOT NULL REFERENCES announcements (id) ON DELETE CASCADE,
    village_id      integer NOT NULL REFERENCES villages (id) ON DELETE CASCADE,
    zones           text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (announcement_id, village_id)
);
CREATE INDEX announcement_targets_village ON announcement_targets (village_id, announcement_id);

-- One row per announcement and village, made with the target (pending) and moved on by the
-- station: pending → queued → playing → played, or missed / failed / cancelled with a reason.
-- A final state (played, missed, failed) is never left; cancelled only for playing or played (the
-- station had it playing before it heard of the cancellation: what happened is what is kept).
CREATE TABLE deliveries (
    announcement_id bigint NOT NULL REFERENCES announcements (id) ON DELETE CASCADE,
    village_id      integer NOT NULL REFERENCES villages (id) ON DELETE CASCADE,
    state           text NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'queued', 'playing', 'played', 'missed', 'failed', 'cancelled')),
    queued_at       timestamptz,
    started_at      timestamptz,
    finished_at     timestamptz,
    reason          text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (announcement_id, village_id)
);
CREATE INDEX deliveries_village_state ON deliveries (village_id, state);

-- A schedule file pushed to villages. The newest program of a file name that targets a village
-- is the one the village should have; if it is removed (removed_at), the file goes.
CREATE TABLE programs (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name  text NOT NULL CHECK (file_name ~ '^[^/\\.][^/\\]*\.ya?ml$'),
    yaml       text NOT NULL,
    created_by name NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    removed_at timestamptz
);

-- A program at one village, and what the station made of it: pending, installed, refused (reason:
-- the station parser's file:line message), removed.
CREATE TABLE program_targets (
    program_id bigint NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    village_id integer NOT NULL REFERENCES villages (id) ON DELETE CASCADE,
    state      text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'installed', 'refused', 'removed')),
    reason     text,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (program_id, village_id)
);
CREATE INDEX program_targets_village ON program_targets (village_id, program_id);

-- The station's last word, one row per village (upserted). last_seen is the hub's clock, set by
-- the trigger; clock_offset_ms is the station's clock minus the hub's when station_time is given.
CREATE TABLE heartbeats (
    village_id      integer PRIMARY KEY REFERENCES villages (id) ON DELETE CASCADE,
    online          boolean NOT NULL,
    speaker         text,
    schedule_errors integer NOT NULL DEFAULT 0 CHECK (schedule_errors >= 0),
    schedule_detail text,
    station_time    timestamptz,
    clock_offset_ms integer,
    version         text,
    last_seen       timestamptz NOT NULL DEFAULT now()
);

-- What the station played, uploaded by its link: the station's play log (`dalaba history`) line
-- for line, once each line is final. seq is the station's own record number: the link uploads
-- from play_log_last_seq() on, and the key refuses a duplicate. outcome: played, interrupted,
-- skipped, cancelled, missed, failed. announcement_id: the hub's announcement it played, if any.
CREATE TABLE play_log (
    village_id      integer NOT NULL REFERENCES villages (id) ON DELETE CASCADE,
    seq             bigint NOT NULL CHECK (seq > 0),
    title           text,
    text            text,
    outcome         text NOT NULL,
    reason          text,
    priority        text,
    source          text,
    due_at          timestamptz NOT NULL,
    started_at      timestamptz,
    finished_at     timestamptz,
    volume          double precision,
    announcement_id bigint REFERENCES announcements (id) ON DELETE SET NULL,
    zones           text[] NOT NULL DEFAULT '{}',
    uploaded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (village_id, seq)
);
CREATE INDEX play_log_due ON play_log (due_at);

CREATE FUNCTION play_log_last_seq() RETURNS bigint
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$ SELECT coalesce(max(seq), 0) FROM public.play_log WHERE village_id = public.current_village() $$;

-- Notifications. A link LISTENs on dalaba_village_<villages.id>; the payload says what changed,
-- 'announcement <id>' or 'program <id>', never its text. The township side may LISTEN on
-- dalaba_deliveries ('<announcement_id> <village_id> <state>') and dalaba_programs.
CREATE FUNCTION notify_village(village integer, payload text) RETURNS void
    LANGUAGE sql AS $$ SELECT pg_notify('dalaba_village_' || village, payload) $$;

-- A target makes its delivery row and tells the village. SECURITY DEFINER: the township inserts
-- targets, not deliveries.
CREATE FUNCTION announcement_target_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO public.deliveries (announcement_id, village_id) VALUES (NEW.announcement_id, NEW.village_id)
        ON CONFLICT DO NOTHING;
    PERFORM public.notify_village(NEW.village_id, 'announcement ' || NEW.announcement_id);
    RETURN NULL;
END $$;
CREATE TRIGGER announcement_target_added AFTER INSERT ON announcement_targets
    FOR EACH ROW EXECUTE FUNCTION announcement_target_added();

-- A cancelled announcement: the deliveries not yet final become cancelled, the villages are told.
CREATE FUNCTION announcement_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v integer;
BEGIN
    IF NEW.cancelled_at IS NOT NULL AND OLD.cancelled_at IS NULL THEN
        UPDATE public.deliveries SET state = 'cancelled', reason = coalesce(reason, 'cancelled by ' || session_user)
            WHERE announcement_id = NEW.id AND state IN ('pending', 'queued');
    END IF;
    FOR v IN SELECT village_id FROM public.announcement_targets WHERE announcement_id = NEW.id LOOP
        PERFORM public.notify_village(v, 'announcement ' || NEW.id);
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER announcement_changed AFTER UPDATE ON announcements
    FOR EACH ROW EXECUTE FUNCTION announcement_changed();

-- Deliveries: a final state stays; times the station did not give are the hub's; the township hears.
CREATE FUNCTION delivery_changing() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state <> OLD.state AND (OLD.state IN ('played', 'missed', 'failed')
            OR (OLD.state = 'cancelled' AND NEW.state NOT IN ('playing', 'played'))) THEN
        RAISE EXCEPTION 'delivery of announcement % to village % is already %, it cannot become %',
            OLD.announcement_id, OLD.village_id, OLD.state, NEW.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.state <> OLD.state THEN
        IF NEW.state IN ('queued', 'playing', 'played') AND NEW.queued_at IS NULL THEN NEW.queued_at := now(); END IF;
        IF NEW.state IN ('playing', 'played') AND NEW.started_at IS NULL THEN NEW.started_at := now(); END IF;
        IF NEW.state IN ('played', 'missed', 'failed', 'cancelled') AND NEW.finished_at IS NULL THEN NEW.finished_at := now(); END IF;
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER delivery_changing BEFORE UPDATE ON deliveries
    FOR EACH ROW EXECUTE FUNCTION delivery_changing();

CREATE FUNCTION delivery_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state <> OLD.state THEN
        PERFORM pg_notify('dalaba_deliveries', NEW.announcement_id || ' ' || NEW.village_id || ' ' || NEW.state);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER delivery_changed AFTER UPDATE ON deliveries
    FOR EACH ROW EXECUTE FUNCTION delivery_changed();

CREATE FUNCTION program_target_added() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM public.notify_village(NEW.village_id, 'program ' || NEW.program_id);
    RETURN NULL;
END $$;
CREATE TRIGGER program_target_added AFTER INSERT ON program_targets
    FOR EACH ROW EXECUTE FUNCTION program_target_added();

CREATE FUNCTION program_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v integer;
BEGIN
    FOR v IN SELECT village_id FROM public.program_targets WHERE program_id = NEW.id LOOP
        PERFORM public.notify_village(v, 'program ' || NEW.id);
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER program_changed AFTER UPDATE ON programs
    FOR EACH ROW EXECUTE FUNCTION program_changed();

CREATE FUNCTION program_target_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    IF NEW.state <> OLD.state THEN
        PERFORM pg_notify('dalaba_programs', NEW.program_id || ' ' || NEW.village_id || ' ' || NEW.state);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER program_target_changed BEFORE UPDATE ON program_targets
    FOR EACH ROW EXECUTE FUNCTION program_target_changed();

CREATE FUNCTION heartbeat_stamped() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.last_seen := clock_timestamp();
    IF NEW.station_time IS NOT NULL THEN
        NEW.clock_offset_ms := round(extract(epoch FROM NEW.station_time - NEW.last_seen) * 1000);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER heartbeat_stamped BEFORE INSERT OR UPDATE ON heartbeats
    FOR EACH ROW EXECUTE FUNCTION heartbeat_stamped();

-- Privileges: nobody but the owner and the groups below; row-level security decides the rows.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON FUNCTION current_village(), play_log_last_seq(), notify_village(integer, text) FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO dalaba_admin, dalaba_township, dalaba_station;
-- Everyone checks the schema's version before anything else (a newer hub than the program).
GRANT SELECT ON schema_migrations TO dalaba_admin, dalaba_township, dalaba_station;
GRANT EXECUTE ON FUNCTION current_village(), play_log_last_seq() TO dalaba_admin, dalaba_township, dalaba_station;
GRANT EXECUTE ON FUNCTION notify_village(integer, text) TO dalaba_admin, dalaba_township;

GRANT ALL ON villages, zones, announcements, announcement_targets, deliveries, programs, program_targets, heartbeats, play_log
    TO dalaba_admin;
GRANT SELECT ON villages, zones, announcements, announcement_targets, deliveries, programs, program_targets, heartbeats, play_log
    TO dalaba_township;
GRANT INSERT ON announcements, announcement_targets, programs, program_targets TO dalaba_township;
GRANT UPDATE (cancelled_at) ON announcements TO dalaba_township;
GRANT UPDATE (removed_at) ON programs TO dalaba_township;
GRANT SELECT ON villages, zones, announcements, announcement_targets, deliveries, programs, program_targets, heartbeats, play_log
    TO dalaba_station;
GRANT INSERT, DELETE ON zones TO dalaba_station;
GRANT UPDATE (state, queued_at, started_at, finished_at, reason) ON deliveries TO dalaba_station;
GRANT UPDATE (state, reason) ON program_targets TO dalaba_station;
GRANT INSERT, UPDATE (online, speaker, schedule_errors, schedule_detail, station_time, clock_offset_ms, version)
    ON heartbeats TO dalaba_station;
GRANT INSERT ON play_log TO dalaba_station;

ALTER TABLE villages ENABLE ROW LEVEL SECURITY;
ALTER TABLE zones ENABLE ROW LEVEL SECURITY;
ALTER TABLE announcements ENABLE ROW LEVEL SECURITY;
ALTER TABLE announcement_targets ENABLE ROW LEVEL SECURITY;
ALTER TABLE deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE programs ENABLE ROW LEVEL SECURITY;
ALTER TABLE program_targets ENABLE ROW LEVEL SECURITY;
ALTER TABLE heartbeats ENABLE ROW LEVEL SECURITY;
ALTER TABLE play_log ENABLE ROW LEVEL SECURITY;

-- The administrators and the township see every row (a hub serves one township's or county's
-- villages); what they may change is in the grants above.
CREATE POLICY admin_all ON villages TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON zones TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON announcements TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON announcement_targets TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON deliveries TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON programs TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON program_targets TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON heartbeats TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON play_log TO dalaba_admin USING (true) WITH CHECK (true);

CREATE POLICY township_all ON villages TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON zones TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON announcements TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON announcement_targets TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON deliveries TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON programs TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON program_targets TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON heartbeats TO dalaba_township USING (true) WITH CHECK (true);
CREATE POLICY township_all ON play_log TO dalaba_township USING (true) WITH CHECK (true);

-- A station: its own village's rows, and the announcements and programs that target it.
CREATE POLICY station_own ON villages TO dalaba_station USING (station_role = current_user);
CREATE POLICY station_own ON zones TO dalaba_station
    USING (village_id = current_village()) WITH CHECK (village_id = current_village());
CREATE POLICY station_targeted ON announcements FOR SELECT TO dalaba_station
    USING (EXISTS (SELECT FROM announcement_targets t WHERE t.announcement_id = id AND t.village_id = current_village()));
CREATE POLICY station_own ON announcement_targets FOR SELECT TO dalaba_station USING (village_id = current_village());
CREATE POLICY station_own ON deliveries TO dalaba_station
    USING (village_id = current_village()) WITH CHECK (village_id = current_village());
CREATE POLICY station_targeted ON programs FOR SELECT TO dalaba_station
    USING (EXISTS (SELECT FROM program_targets t WHERE t.program_id = id AND t.village_id = current_village()));
CREATE POLICY station_own ON program_targets TO dalaba_station
    USING (village_id = current_village()) WITH CHECK (village_id = current_village());
CREATE POLICY station_own ON heartbeats TO dalaba_station
    USING (village_id = current_village()) WITH CHECK (village_id = current_village());
CREATE POLICY station_own ON play_log TO dalaba_station
    USING (village_id = current_village()) WITH CHECK (village_id = current_village());
"""#)
}
