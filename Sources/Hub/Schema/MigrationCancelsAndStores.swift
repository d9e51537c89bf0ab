// A migration after the first: a township's cancel reaches the stations, and a station's play
// log is keyed by its store. Released once merged: never edit it; change the schema with a new
// migration (docs/hub.md, "Migrations").
extension Migration {
    static let cancelsAndStores = Migration(version: 4, name: "cancels reach the station; play log by station store", sql: #"""
-- Who cancelled an announcement (the role in force, set here: not the clerk's to write; through
-- the web console that is the signed-in person's role, not the console's login) and why (the
-- clerk's words, optional).
ALTER TABLE announcements ADD COLUMN cancelled_by name;
ALTER TABLE announcements ADD COLUMN cancel_reason text CHECK (cancel_reason IS NULL OR cancel_reason <> '');
GRANT UPDATE (cancel_reason) ON announcements TO dalaba_township, dalaba_clerk, dalaba_relay;

CREATE FUNCTION announcement_cancelling() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.cancelled_at IS NOT NULL AND OLD.cancelled_at IS NULL THEN
        NEW.cancelled_by := current_user;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER announcement_cancelling BEFORE UPDATE ON announcements
    FOR EACH ROW EXECUTE FUNCTION announcement_cancelling();

-- A cancel no longer marks deliveries itself: only the station knows whether it holds the
-- announcement (queued, playing, or taken by a link that died before it could say so). Each
-- targeted village is told; its link cancels it at the station by its key and reports the
-- delivery `cancelled` with who and why, or how it ended if it had already. Until then the
-- delivery keeps its state, which is the truth: the station may still play it.
CREATE OR REPLACE FUNCTION announcement_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE v integer;
BEGIN
    FOR v IN SELECT village_id FROM public.announcement_targets WHERE announcement_id = NEW.id LOOP
        PERFORM public.notify_village(v, 'announcement ' || NEW.id);
    END LOOP;
    RETURN NULL;
END $$;

-- A station's play-log sequence counts within its store (dalabad's SQLite file): a store made
-- afresh (a wiped or new disk) starts again from 1 under a new identity, which the link sends
-- as `store`. Rows from before this migration keep store ''. The key takes each line once.
ALTER TABLE play_log ADD COLUMN store text NOT NULL DEFAULT '';
ALTER TABLE play_log DROP CONSTRAINT play_log_pkey;
ALTER TABLE play_log ADD PRIMARY KEY (village_id, store, seq);

CREATE FUNCTION play_log_last_seq(station_store text) RETURNS bigint
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$ SELECT coalesce(max(p.seq), 0) FROM public.play_log p
          WHERE p.village_id = public.current_village() AND p.store = station_store $$;
REVOKE ALL ON FUNCTION play_log_last_seq(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION play_log_last_seq(text) TO dalaba_admin, dalaba_township, dalaba_station;

-- The store the station last reported: a link that finds another store at its station knows the
-- old one is gone with what it held queued, and hands those deliveries over again.
ALTER TABLE heartbeats ADD COLUMN store text;
GRANT UPDATE (store) ON heartbeats TO dalaba_station;
"""#)
}
