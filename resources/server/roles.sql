-- Planner on a shared PostgreSQL server: group roles, privileges and row-level security.
--
-- `planner db roles` runs this as the owner of the tables (or a superuser) after `db upgrade`;
-- running it again is harmless. An administrator may also read it and run it with psql.
--
--   planner_organiser  every organiser: reads and writes the programme; confidential events
--                      (and their sessions, organisers, lists and attendance) are absent, and
--                      so are birth dates, guardians and travel documents.
--   planner_sensitive  also sees and edits all of those (it includes planner_organiser).
--
-- The owner of the tables (who runs `db upgrade`) and superusers bypass row-level security.
-- Each organiser logs in as their own role, so `modified_by` and the audit log name them.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planner_organiser') THEN
        CREATE ROLE planner_organiser NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planner_sensitive') THEN
        CREATE ROLE planner_sensitive NOLOGIN;
    END IF;
    IF NOT pg_has_role('planner_sensitive', 'planner_organiser', 'MEMBER') THEN
        GRANT planner_organiser TO planner_sensitive;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO planner_organiser',
                   current_database());
END
$$;

-- Privileges: the programme is read and written; the schema only changes through `db upgrade`.
GRANT USAGE ON SCHEMA public TO planner_organiser;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO planner_organiser;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO planner_organiser;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM planner_organiser;
-- The audit log is append-only for organisers: nobody erases the trace of who looked.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM planner_organiser;

-- Confidential events: invisible rows (not permission errors), so every list keeps working.
ALTER TABLE event ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS planner_organiser ON event;
CREATE POLICY planner_organiser ON event TO planner_organiser
    USING (NOT confidential) WITH CHECK (NOT confidential);
DROP POLICY IF EXISTS planner_sensitive ON event;
CREATE POLICY planner_sensitive ON event TO planner_sensitive USING (true) WITH CHECK (true);

-- What belongs to an event follows it: the sub-query sees only the events the user may see.
ALTER TABLE event_session ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS planner_organiser ON event_session;
CREATE POLICY planner_organiser ON event_session TO planner_organiser
    USING (EXISTS (SELECT FROM event e WHERE e.id = event_session.event_id))
    WITH CHECK (EXISTS (SELECT FROM event e WHERE e.id = event_session.event_id));
DROP POLICY IF EXISTS planner_sensitive ON event_session;
CREATE POLICY planner_sensitive ON event_session TO planner_sensitive USING (true) WITH CHECK (true);

ALTER TABLE event_organiser ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS planner_organiser ON event_organiser;
CREATE POLICY planner_organiser ON event_organiser TO planner_organiser
    USING (EXISTS (SELECT FROM event e WHERE e.id = event_organiser.event_id))
    WITH CHECK (EXISTS (SELECT FROM event e WHERE e.id = event_organiser.event_id));
DROP POLICY IF EXISTS planner_sensitive ON event_organiser;
CREATE POLICY planner_sensitive ON event_organiser TO planner_sensitive USING (true) WITH CHECK (true);

ALTER TABLE registration ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS planner_organiser ON registration;
CREATE POLICY planner_organiser ON registration TO planner_organiser
    USING (EXISTS (SELECT FROM event e WHERE e.id = registration.event_id))
    WITH CHECK (EXISTS (SELECT FROM event e WHERE e.id = registration.event_id));
DROP POLICY IF EXISTS planner_sensitive ON registration;
CREATE POLICY planner_sensitive ON registration TO planner_sensitive USING (true) WITH CHECK (true);

ALTER TABLE attendance ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS planner_organiser ON attendance;
CREATE POLICY planner_organiser ON attendance TO planner_organiser
    USING (EXISTS (SELECT FROM registration r WHERE r.id = attendance.registration_id))
    WITH CHECK (EXISTS (SELECT FROM registration r WHERE r.id = attendance.registration_id));
DROP POLICY IF EXISTS planner_sensitive ON attendance;
CREATE POLICY planner_sensitive ON attendance TO planner_sensitive USING (true) WITH CHECK (true);

-- Birth dates, guardians and travel documents: only planner_sensitive has a policy, so for
-- everyone else the tables look empty and writing to them is refused.
ALTER TABLE person_sensitive ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS planner_sensitive ON person_sensitive;
CREATE POLICY planner_sensitive ON person_sensitive TO planner_sensitive
    USING (true) WITH CHECK (true);

ALTER TABLE travel_document ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS planner_sensitive ON travel_document;
CREATE POLICY planner_sensitive ON travel_document TO planner_sensitive
    USING (true) WITH CHECK (true);

-- Erasing a person must remove their sensitive rows even when the organiser erasing them cannot
-- see those rows: the server does it, with the owner's rights.
CREATE OR REPLACE FUNCTION planner_erase_sensitive() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM person_sensitive WHERE person_id = NEW.id;
    DELETE FROM travel_document WHERE person_id = NEW.id;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION planner_erase_sensitive() FROM PUBLIC;
DROP TRIGGER IF EXISTS planner_erase_sensitive ON person;
CREATE TRIGGER planner_erase_sensitive AFTER UPDATE OF erased_at ON person
    FOR EACH ROW WHEN (NEW.erased_at IS NOT NULL AND OLD.erased_at IS NULL)
    EXECUTE FUNCTION planner_erase_sensitive();
