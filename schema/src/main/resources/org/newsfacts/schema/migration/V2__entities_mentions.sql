-- Entities found by the extractor: one row per canonical name and type, with every way articles
-- wrote it (aliases), and where each article mentions it. Facts name entities by canonical name.
CREATE TABLE entity (
    id        bigserial    PRIMARY KEY,
    canonical text         NOT NULL,
    type      varchar(16)  NOT NULL,                      -- ORGANIZATION, PERSON, PLACE, MEDIA
    UNIQUE (canonical, type)
);

CREATE TABLE entity_alias (
    entity_id bigint NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias     text   NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_alias_lower_idx ON entity_alias (lower(alias));
CREATE INDEX entity_canonical_lower_idx ON entity (lower(canonical));

CREATE TABLE mention (
    article_id   varchar(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_offset integer     NOT NULL,
    end_offset   integer     NOT NULL,
    entity_id    bigint      NOT NULL REFERENCES entity (id),
    written      text        NOT NULL,
    PRIMARY KEY (article_id, start_offset)
);
CREATE INDEX mention_entity_idx ON mention (entity_id);

-- A quotation whose speaker the article does not name has no subject (FACTS.md gold: "subject": null).
ALTER TABLE fact ALTER COLUMN subject DROP NOT NULL;
