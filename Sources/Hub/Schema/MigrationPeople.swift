// Migration 2: the people of the web console (docs/console.md). Released once merged: never edit
// it; change the schema with a new migration (docs/hub.md, "Migrations").
extension Migration {
    static let people = Migration(version: 2, name: "people, village clerks, the console's role, audit log, heartbeat notifications", sql: #"""
-- A person (clerk or township staff) is a login role of their own, member of dalaba_people (for
-- pg_hba.conf: +dalaba_people) and of dalaba_township or dalaba_clerk. The console logs in as
-- dalaba_console, NOINHERIT: a member of every person's role so that it may SET ROLE to the person
-- signed in, but with none of their rights by itself.
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dalaba_people') THEN
        CREATE ROLE dalaba_people NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dalaba_clerk') THEN
        CREATE ROLE dalaba_clerk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dalaba_console') THEN
        CREATE ROLE dalaba_console NOLOGIN NOINHERIT;
    END IF;
END
$roles$;

-- Who a person role is: the name they sign in with, and their village (NULL: township staff, who
-- see every village of the hub).
CREATE TABLE people (
    role       name PRIMARY KEY,
    name       text NOT NULL UNIQUE CHECK (name <> '' AND name !~ '[,，\s]'),
    village_id integer REFERENCES villages (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The signed-in person's village: NULL for township staff and for anyone not in people. Not
-- SECURITY DEFINER (current_user must stay the person); a clerk reads their own people row.
CREATE FUNCTION current_clerk_village() RETURNS integer
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$ SELECT village_id FROM public.people WHERE role = current_user $$;

-- What the people did through the console: one row per action, written as the person (person is
-- current_user: nobody writes rows in someone else's name).
CREATE TABLE audit_log (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person name NOT NULL DEFAULT current_user,
    at     timestamptz NOT NULL DEFAULT now(),
    action text NOT NULL CHECK (action <> ''),
    target text,
    detail text,
    client text
);
CREATE INDEX audit_log_at ON audit_log (at);

-- The township's overview hears each heartbeat (the payload is the village id).
CREATE FUNCTION heartbeat_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('dalaba_heartbeats', NEW.village_id::text);
    RETURN NULL;
END $$;
CREATE TRIGGER heartbeat_changed AFTER INSERT OR UPDATE ON heartbeats
    FOR EACH ROW EXECUTE FUNCTION heartbeat_changed();

REVOKE ALL ON people, audit_log FROM PUBLIC;
REVOKE ALL ON FUNCTION current_clerk_village() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION current_clerk_village() TO dalaba_admin, dalaba_township, dalaba_clerk, dalaba_console;
GRANT ALL ON people, audit_log TO dalaba_admin;
GRANT SELECT ON schema_migrations TO dalaba_clerk, dalaba_console;
GRANT USAGE ON SCHEMA public TO dalaba_clerk, dalaba_console;

-- The console itself: who may sign in (people), and the record of refused sign-ins.
GRANT SELECT ON people TO dalaba_console;
GRANT SELECT, INSERT ON audit_log TO dalaba_console;

-- Township staff: as dalaba_township already may, plus the people and the whole audit log.
GRANT SELECT ON people TO dalaba_township;
GRANT SELECT, INSERT ON audit_log TO dalaba_township;

-- A village clerk: read their village's rows, send announcements to it (and cancel their own).
GRANT SELECT ON villages, zones, announcements, announcement_targets, deliveries, programs, program_targets, heartbeats, play_log, people, audit_log
    TO dalaba_clerk;
GRANT INSERT ON announcements, announcement_targets, audit_log TO dalaba_clerk;
GRANT UPDATE (cancelled_at) ON announcements TO dalaba_clerk;

ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY admin_all ON people TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON audit_log TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY console_all ON people FOR SELECT TO dalaba_console USING (true);
CREATE POLICY console_own ON audit_log TO dalaba_console USING (person = current_user) WITH CHECK (person = current_user);
CREATE POLICY township_all ON people FOR SELECT TO dalaba_township USING (true);
CREATE POLICY township_read ON audit_log FOR SELECT TO dalaba_township USING (true);
CREATE POLICY township_write ON audit_log FOR INSERT TO dalaba_township WITH CHECK (person = current_user);

CREATE POLICY clerk_self ON people FOR SELECT TO dalaba_clerk USING (role = current_user);
CREATE POLICY clerk_own ON audit_log TO dalaba_clerk USING (person = current_user) WITH CHECK (person = current_user);
CREATE POLICY clerk_village ON villages FOR SELECT TO dalaba_clerk USING (id = current_clerk_village());
CREATE POLICY clerk_village ON zones FOR SELECT TO dalaba_clerk USING (village_id = current_clerk_village());
-- An announcement: one that targets the clerk's village, or the clerk's own (RETURNING id reads
-- the new row before its target exists).
CREATE POLICY clerk_targeted ON announcements FOR SELECT TO dalaba_clerk
    USING (created_by = current_user
        OR EXISTS (SELECT FROM announcement_targets t WHERE t.announcement_id = id AND t.village_id = current_clerk_village()));
CREATE POLICY clerk_insert ON announcements FOR INSERT TO dalaba_clerk WITH CHECK (created_by = current_user);
CREATE POLICY clerk_cancel ON announcements FOR UPDATE TO dalaba_clerk
    USING (created_by = current_user) WITH CHECK (created_by = current_user);
CREATE POLICY clerk_village ON announcement_targets TO dalaba_clerk
    USING (village_id = current_clerk_village()) WITH CHECK (village_id = current_clerk_village());
CREATE POLICY clerk_village ON deliveries FOR SELECT TO dalaba_clerk USING (village_id = current_clerk_village());
CREATE POLICY clerk_targeted ON programs FOR SELECT TO dalaba_clerk
    USING (EXISTS (SELECT FROM program_targets t WHERE t.program_id = id AND t.village_id = current_clerk_village()));
CREATE POLICY clerk_village ON program_targets FOR SELECT TO dalaba_clerk USING (village_id = current_clerk_village());
CREATE POLICY clerk_village ON heartbeats FOR SELECT TO dalaba_clerk USING (village_id = current_clerk_village());
CREATE POLICY clerk_village ON play_log FOR SELECT TO dalaba_clerk USING (village_id = current_clerk_village());
"""#)
}
