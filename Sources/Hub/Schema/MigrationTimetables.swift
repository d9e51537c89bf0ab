// Migration 7: each village's timetable of today, as its station reports it, so that the
// township sees what each village's programs play today and what comes next. Released once
// merged: never edit it; change the schema with a new migration (docs/hub.md, "Migrations").
extension Migration {
    static let timetables = Migration(version: 7, name: "each village's timetable of today", sql: #"""
-- The day a village's timetable is for (the station's day, in its time zone) and when its link
-- last uploaded it: on connecting, after a reload or a pushed file, and at the station's midnight.
CREATE TABLE timetables (
    village_id  integer PRIMARY KEY REFERENCES villages (id) ON DELETE CASCADE,
    day         date NOT NULL,
    time_zone   text NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now()
);

-- That day's program occurrences from the station's schedule files, in the order they fall due
-- (played, queued or to come): replaced as a whole with each upload.
CREATE TABLE timetable_programs (
    village_id integer NOT NULL REFERENCES timetables (village_id) ON DELETE CASCADE,
    position   integer NOT NULL,
    due        timestamptz NOT NULL,
    title      text NOT NULL,
    text       text NOT NULL,
    zones      text[] NOT NULL DEFAULT '{}',
    source     text NOT NULL,
    priority   text NOT NULL,
    PRIMARY KEY (village_id, position)
);
CREATE INDEX timetable_programs_due ON timetable_programs (village_id, due);

REVOKE ALL ON timetables, timetable_programs FROM PUBLIC;
GRANT ALL ON timetables, timetable_programs TO dalaba_admin;
GRANT SELECT ON timetables, timetable_programs TO dalaba_township, dalaba_clerk, dalaba_station;
GRANT INSERT, UPDATE (day, time_zone, uploaded_at) ON timetables TO dalaba_station;
GRANT INSERT, DELETE ON timetable_programs TO dalaba_station;

ALTER TABLE timetables ENABLE ROW LEVEL SECURITY;
ALTER TABLE timetable_programs ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON timetables TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON timetable_programs TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY township_all ON timetables FOR SELECT TO dalaba_township USING (true);
CREATE POLICY township_all ON timetable_programs FOR SELECT TO dalaba_township USING (true);
CREATE POLICY clerk_village ON timetables FOR SELECT TO dalaba_clerk USING (village_id = current_clerk_village());
CREATE POLICY clerk_village ON timetable_programs FOR SELECT TO dalaba_clerk USING (village_id = current_clerk_village());
CREATE POLICY station_own ON timetables TO dalaba_station
    USING (village_id = current_village()) WITH CHECK (village_id = current_village());
CREATE POLICY station_own ON timetable_programs TO dalaba_station
    USING (village_id = current_village()) WITH CHECK (village_id = current_village());
"""#)
}
