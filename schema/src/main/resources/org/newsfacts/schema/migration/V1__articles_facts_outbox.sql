-- The NewsFacts schema. Owned by extract-service (Flyway); query-service only reads it.

CREATE TABLE article (
    id                varchar(64)  PRIMARY KEY,           -- SHA-256 of the normalized body
    source            text         NOT NULL,              -- where it was first ingested from (file name, URI)
    title             text,
    body              text         NOT NULL,
    url               text,
    outlet            text,
    author            text,
    published_at      timestamptz,
    content_type      text         NOT NULL,
    ingested_at       timestamptz  NOT NULL,
    sha256            varchar(64)  NOT NULL,
    extractor_version text         NOT NULL,
    extracted_at      timestamptz  NOT NULL
);
CREATE INDEX article_ingested_idx ON article (ingested_at DESC, id DESC);

-- Every name the same article arrived under (the same text dropped twice is one article).
CREATE TABLE article_source (
    article_id  varchar(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    source      text        NOT NULL,
    ingested_at timestamptz NOT NULL,
    PRIMARY KEY (article_id, source)
);

CREATE SEQUENCE fact_seq INCREMENT BY 50;
CREATE TABLE fact (
    id            bigint       PRIMARY KEY,
    article_id    varchar(64)  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ordinal       integer      NOT NULL,
    type          varchar(32)  NOT NULL,
    subject       text         NOT NULL,
    subject_type  varchar(32),
    object        text,
    object_type   varchar(32),
    value         numeric,
    unit          varchar(16),
    value_usd     numeric,
    approx        varchar(16),
    direction     varchar(8),
    metric        varchar(64),
    role          varchar(64),
    market        text,
    period        varchar(32),
    period_text   text,
    quote_text    text,
    alt           text,                                   -- JSON array of {value, unit}
    sentence      text         NOT NULL,
    start_offset  integer      NOT NULL,
    end_offset    integer      NOT NULL,
    confidence    double precision NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX fact_type_subject_idx ON fact (type, subject);
CREATE INDEX fact_subject_idx ON fact (subject);

-- Ids of the Kafka records already processed, written in the transaction that processed them.
CREATE TABLE message_log (
    consumer_group varchar(128) NOT NULL,
    message_id     varchar(256) NOT NULL,
    processed_at   timestamptz  NOT NULL,
    PRIMARY KEY (consumer_group, message_id)
);

-- Transactional outbox: events for facts.extracted, written with the facts, relayed to Kafka after commit.
CREATE TABLE outbox_event (
    id           uuid         PRIMARY KEY,
    topic        varchar(128) NOT NULL,
    message_key  text         NOT NULL,
    event_type   varchar(128) NOT NULL,
    payload      text         NOT NULL,
    created_at   timestamptz  NOT NULL,
    published_at timestamptz
);
CREATE INDEX outbox_unpublished_idx ON outbox_event (created_at) WHERE published_at IS NULL;
