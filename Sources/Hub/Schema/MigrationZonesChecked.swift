// Migration 6: the hub knows each village's zones and refuses a notice for a zone the village
// does not have. Released once merged: never edit it; change the schema with a new migration
// (docs/hub.md, "Migrations").
extension Migration {
    static let zonesChecked = Migration(version: 6, name: "stations report their zones; targets checked against them", sql: #"""
-- When the village's station last said which zones it has. No row: never (a village whose
-- station has not connected since this migration); its zones are then unknown and not checked
-- here: its station checks them and reports the delivery failed, naming its zones.
CREATE TABLE zone_reports (
    village_id  integer PRIMARY KEY REFERENCES villages (id) ON DELETE CASCADE,
    reported_at timestamptz NOT NULL DEFAULT now()
);
-- The station's order of its zones (station.yaml's), for the messages that list them.
ALTER TABLE zones ADD COLUMN position integer NOT NULL DEFAULT 0;

REVOKE ALL ON zone_reports FROM PUBLIC;
GRANT ALL ON zone_reports TO dalaba_admin;
GRANT SELECT ON zone_reports TO dalaba_township, dalaba_clerk, dalaba_station;
GRANT INSERT, UPDATE (reported_at) ON zone_reports TO dalaba_station;
ALTER TABLE zone_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON zone_reports TO dalaba_admin USING (true) WITH CHECK (true);
CREATE POLICY township_all ON zone_reports FOR SELECT TO dalaba_township USING (true);
CREATE POLICY clerk_village ON zone_reports FOR SELECT TO dalaba_clerk USING (village_id = current_clerk_village());
CREATE POLICY station_own ON zone_reports TO dalaba_station
    USING (village_id = current_village()) WITH CHECK (village_id = current_village());

-- The station's zones, replaced as a whole (a zone renamed or removed in station.yaml goes):
-- its link calls this on connecting and whenever dalabad's zones change. Empty: the station
-- names no zones (every announcement plays on all its loudspeakers). The caller's own rights
-- (not SECURITY DEFINER: current_village() is the caller's login), limited by row-level security
-- to its own village.
CREATE FUNCTION report_zones(names text[]) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    village integer := current_village();
BEGIN
    IF village IS NULL THEN
        RAISE EXCEPTION 'only a village''s station reports its zones' USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM zones WHERE village_id = village;
    INSERT INTO zones (village_id, name, position)
        SELECT village, n, min(i) FROM unnest(coalesce(names, '{}')) WITH ORDINALITY AS u(n, i)
        WHERE n <> '' GROUP BY n;
    INSERT INTO zone_reports (village_id) VALUES (village)
        ON CONFLICT (village_id) DO UPDATE SET reported_at = now();
END $$;
REVOKE ALL ON FUNCTION report_zones(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION report_zones(text[]) TO dalaba_station;

-- A target naming zones its village does not have is refused, whoever inserts it (the
-- township's `dalaba hub say`, a clerk through the console, an administrator): SQLSTATE DLZ01,
-- the message in English, DETAIL a JSON object {village, unknown, zones} from which the hub's
-- programs say it in the reader's language. SECURITY DEFINER: a relay or a clerk may not read
-- every village's zones, but the check must.
CREATE FUNCTION announcement_target_zones() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    village_name text;
    reported timestamptz;
    known text[];
    unknown text[];
BEGIN
    IF cardinality(NEW.zones) = 0 THEN
        RETURN NEW;
    END IF;
    SELECT v.name, r.reported_at INTO village_name, reported
        FROM villages v LEFT JOIN zone_reports r ON r.village_id = v.id WHERE v.id = NEW.village_id;
    IF reported IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT coalesce(array_agg(z.name ORDER BY z.position, z.name), '{}') INTO known FROM zones z WHERE z.village_id = NEW.village_id;
    SELECT coalesce(array_agg(n ORDER BY i), '{}') INTO unknown
        FROM unnest(NEW.zones) WITH ORDINALITY AS u(n, i) WHERE n <> ALL (known);
    IF cardinality(unknown) > 0 THEN
        RAISE EXCEPTION '% has no zone named %: %', village_name, array_to_string(unknown, ', '),
            CASE WHEN cardinality(known) = 0 THEN 'its station names no zones; leave the zones out'
                 ELSE 'its zones are ' || array_to_string(known, ', ') END
            USING ERRCODE = 'DLZ01', TABLE = 'announcement_targets', COLUMN = 'zones',
                  DETAIL = json_build_object('village', village_name, 'unknown', unknown, 'zones', known)::text;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER announcement_target_zones BEFORE INSERT OR UPDATE OF zones ON announcement_targets
    FOR EACH ROW EXECUTE FUNCTION announcement_target_zones();
"""#)
}
