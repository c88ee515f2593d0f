-- The company register (issue 26, docs/register.md): identifiers of the organisations the extractor
-- linked to a register entry, and of each fact's subject and object. (V7 is the exchange-rate
-- migration of the same issue; the two are independent.)

-- The register's canonical name and country of a linked organisation (null: never linked).
ALTER TABLE entity ADD COLUMN register_name text, ADD COLUMN register_country text;

-- Its identifiers: every listing (TICKER with its exchange), ISIN and CIK of the entries it was
-- linked to. Looked up by value, ignoring case (GET /api/entities?ticker=, ?isin=, ?cik=).
CREATE TABLE entity_identifier (
    entity_id bigint      NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    scheme    varchar(8)  NOT NULL CHECK (scheme IN ('TICKER', 'ISIN', 'CIK')),
    value     text        NOT NULL,
    exchange  varchar(16) NOT NULL DEFAULT '',              -- a TICKER's exchange; '' for ISIN and CIK
    PRIMARY KEY (entity_id, scheme, value, exchange)
);
CREATE INDEX entity_identifier_lookup_idx ON entity_identifier (scheme, upper(value));

-- fact.v1's subjectIds / objectIds as JSON ({name, ticker, exchange, isin, cik}); null when unlinked.
ALTER TABLE fact ADD COLUMN subject_ids text, ADD COLUMN object_ids text;
