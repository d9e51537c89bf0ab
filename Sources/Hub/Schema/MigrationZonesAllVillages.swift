// Migration 8: a notice naming zones that several of its villages lack is refused naming every
// one of them (migration 6 named the first), so that a clerk who sent `--all --zones 东头` learns
// at once which villages to leave out. Released once merged: never edit it; change the schema
// with a new migration (docs/hub.md, "Migrations").
extension Migration {
    static let zonesAllVillages = Migration(version: 8, name: "a zone refusal names every village lacking it", sql: #"""
-- The inserted targets checked together, after the statement (its transition table): every
-- village lacking a named zone, in the hub's order. SQLSTATE DLZ01 as before; the message one
-- sentence per village; the DETAIL a JSON array of {village, unknown, zones}.
CREATE FUNCTION announcement_targets_zones() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    refused jsonb;
    message text;
BEGIN
    SELECT jsonb_agg(jsonb_build_object('village', v.name, 'unknown', u.unknown, 'zones', k.known)
                     ORDER BY v.region_code, v.village_code),
           string_agg(v.name || ' has no zone named ' || array_to_string(u.unknown, ', ') || ': ' ||
                      CASE WHEN cardinality(k.known) = 0 THEN 'its station names no zones; leave the zones out'
                           ELSE 'its zones are ' || array_to_string(k.known, ', ') END,
                      '; ' ORDER BY v.region_code, v.village_code)
        INTO refused, message
    FROM (SELECT t.village_id, t.zones,
                 (SELECT coalesce(array_agg(z.name ORDER BY z.position, z.name), '{}') FROM zones z
                  WHERE z.village_id = t.village_id) AS known
          FROM new_targets t
          WHERE cardinality(t.zones) > 0 AND EXISTS (SELECT FROM zone_reports r WHERE r.village_id = t.village_id)) k
    CROSS JOIN LATERAL (SELECT coalesce(array_agg(n ORDER BY i), '{}') AS unknown
                        FROM unnest(k.zones) WITH ORDINALITY AS x(n, i) WHERE n <> ALL (k.known)) u
    JOIN villages v ON v.id = k.village_id
    WHERE cardinality(u.unknown) > 0;
    IF refused IS NOT NULL THEN
        RAISE EXCEPTION '%', message
            USING ERRCODE = 'DLZ01', TABLE = 'announcement_targets', COLUMN = 'zones', DETAIL = refused::text;
    END IF;
    RETURN NULL;
END $$;

-- Inserts are checked by statement; an update of a target's zones (nothing of ours makes one)
-- stays checked row by row by migration 6's trigger.
DROP TRIGGER announcement_target_zones ON announcement_targets;
CREATE TRIGGER announcement_target_zones BEFORE UPDATE OF zones ON announcement_targets
    FOR EACH ROW EXECUTE FUNCTION announcement_target_zones();
CREATE TRIGGER announcement_targets_zones AFTER INSERT ON announcement_targets
    REFERENCING NEW TABLE AS new_targets FOR EACH STATEMENT EXECUTE FUNCTION announcement_targets_zones();
"""#)
}
