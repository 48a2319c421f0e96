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
-- Each organiser logs in as their own role, and the server itself writes that login into
-- `modified_by` and the audit log (triggers at the end): a client cannot name someone else.

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

-- The audit log follows the records it is about: an organiser without planner_sensitive sees
-- no entry about a confidential event (who imported which file into it, how many rows) nor
-- about travel documents, as those rows themselves are absent for them. The sub-queries see
-- only what the user may see. Entries name their own author: see the triggers below.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS planner_organiser ON audit_log;
CREATE POLICY planner_organiser ON audit_log TO planner_organiser
    USING (CASE entity
        WHEN 'event' THEN EXISTS (SELECT FROM event e WHERE e.id = audit_log.entity_id)
        WHEN 'event_session' THEN
            EXISTS (SELECT FROM event_session s WHERE s.id = audit_log.entity_id)
        WHEN 'registration' THEN
            EXISTS (SELECT FROM registration r WHERE r.id = audit_log.entity_id)
        WHEN 'travel_document' THEN false
        WHEN 'person_sensitive' THEN false
        ELSE true
    END)
    WITH CHECK ("user" = session_user::text);
DROP POLICY IF EXISTS planner_sensitive ON audit_log;
CREATE POLICY planner_sensitive ON audit_log TO planner_sensitive
    USING (true) WITH CHECK ("user" = session_user::text);

-- The mail outbox follows the same rules: an organiser without planner_sensitive sees no message
-- about a confidential event, and none sent to a minor's guardian (the address is the guardian's,
-- which only planner_sensitive may see): only messages addressed to the person's own e-mail.
-- What each person was sent (mail_delivery) follows its message.
ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS planner_organiser ON mail_outbox;
CREATE POLICY planner_organiser ON mail_outbox TO planner_organiser
    USING ((entity IS DISTINCT FROM 'event'
            OR EXISTS (SELECT FROM event e WHERE e.id = mail_outbox.entity_id))
           AND (person_id IS NULL
                OR EXISTS (SELECT FROM person p WHERE p.id = mail_outbox.person_id
                           AND lower(p.email) = lower(mail_outbox.recipient))))
    WITH CHECK ((entity IS DISTINCT FROM 'event'
                 OR EXISTS (SELECT FROM event e WHERE e.id = mail_outbox.entity_id))
                AND (person_id IS NULL
                     OR EXISTS (SELECT FROM person p WHERE p.id = mail_outbox.person_id
                                AND lower(p.email) = lower(mail_outbox.recipient))));
DROP POLICY IF EXISTS planner_sensitive ON mail_outbox;
CREATE POLICY planner_sensitive ON mail_outbox TO planner_sensitive USING (true) WITH CHECK (true);

ALTER TABLE mail_delivery ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS planner_organiser ON mail_delivery;
CREATE POLICY planner_organiser ON mail_delivery TO planner_organiser
    USING (EXISTS (SELECT FROM mail_outbox m WHERE m.id = mail_delivery.outbox_id))
    WITH CHECK (EXISTS (SELECT FROM mail_outbox m WHERE m.id = mail_delivery.outbox_id));
DROP POLICY IF EXISTS planner_sensitive ON mail_delivery;
CREATE POLICY planner_sensitive ON mail_delivery TO planner_sensitive USING (true) WITH CHECK (true);

-- Who did it is the server's word, not the client's: whatever a client sends, `modified_by`
-- and the audit log's user name the login that made the change (session_user, which SET ROLE
-- does not change). The owner of a table and superusers keep the names they write, so that
-- `db copy` carries a programme's history over as it was.
CREATE OR REPLACE FUNCTION planner_keeps_names(relation oid) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = relation
$$;

CREATE OR REPLACE FUNCTION planner_stamp_modified_by() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT planner_keeps_names(TG_RELID) THEN
        NEW.modified_by := session_user;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION planner_stamp_audit_user() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT planner_keeps_names(TG_RELID) THEN
        NEW."user" := session_user;
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS planner_stamp_audit_user ON audit_log;
CREATE TRIGGER planner_stamp_audit_user BEFORE INSERT OR UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION planner_stamp_audit_user();

-- Every table with a `modified_by` column (all editable records; new ones after a `db
-- upgrade` are included when this runs again).
DO $$
DECLARE
    tbl text;
BEGIN
    FOR tbl IN SELECT c.table_name FROM information_schema.columns c
               WHERE c.table_schema = 'public' AND c.column_name = 'modified_by'
               ORDER BY c.table_name
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS planner_stamp_modified_by ON %I', tbl);
        EXECUTE format('CREATE TRIGGER planner_stamp_modified_by BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION planner_stamp_modified_by()', tbl);
    END LOOP;
END
$$;
