-- What query-service searches and filters on (issue 4). The schema stays extract-service's.

-- Full-text search over title (weight A) and body (weight B), kept up to date by PostgreSQL itself.
ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', body), 'B')
) STORED;
CREATE INDEX article_search_idx ON article USING gin (search);
CREATE INDEX article_published_idx ON article ((coalesce(published_at, ingested_at)));
CREATE INDEX article_outlet_lower_idx ON article (lower(outlet));
CREATE INDEX article_source_source_idx ON article_source (source);

-- Fact filters: subject is indexed already (V1); objects, amounts and the export's order.
CREATE INDEX fact_object_idx ON fact (object);
CREATE INDEX fact_value_usd_idx ON fact (value_usd) WHERE value_usd IS NOT NULL;
CREATE INDEX fact_article_idx ON fact (article_id, ordinal);

-- Substring search over entity names and aliases: trigram indexes when pg_trgm can be created here
-- (a trusted extension since PostgreSQL 13: the database owner may create it). Without it the
-- same queries still work, by scanning.
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
        RAISE NOTICE 'pg_trgm is not available (%); entity search scans instead of using an index', SQLERRM;
    END;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX entity_alias_trgm_idx ON entity_alias USING gin (lower(alias) gin_trgm_ops)';
        EXECUTE 'CREATE INDEX entity_canonical_trgm_idx ON entity USING gin (lower(canonical) gin_trgm_ops)';
    END IF;
END $$;

-- query-service reads as its own role (created with the database, see README); it may read every
-- table, now and later, and nothing else. SchemaMigration grants again at each start for a role
-- created after this migration ran.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${readerRole}') THEN
        EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${readerRole}';
        EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ${readerRole}';
    END IF;
END $$;
