-- The read-only role query-service connects as (created with the database; extract-service grants
-- it SELECT on every table). Run once as a role that may create roles; it does nothing if the role exists.
-- docker-compose runs this file from /docker-entrypoint-initdb.d; ./newsfacts and the tests run it themselves.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsfacts_reader') THEN
        CREATE ROLE newsfacts_reader LOGIN PASSWORD 'newsfacts_reader';
        -- Even a statement that slipped past the grants could not write.
        ALTER ROLE newsfacts_reader SET default_transaction_read_only = on;
    END IF;
END $$;
