-- Near duplicates (syndicated copies) are linked to their original, not dropped: each article keeps
-- its MinHash signature, and the LSH buckets of an original's 16 bands find it as a candidate.
-- near_duplicate_of is the original's id (itself never a copy); null for an original. Articles stored
-- before this migration are signed and linked by extract-service at startup (NearDuplicateBackfill).
ALTER TABLE article ADD COLUMN minhash integer[];
-- No foreign key: articles are never deleted, and a key would share-lock the original's row for every
-- copy inserted (thousands of copies of one story from concurrent consumers contend on that row).
ALTER TABLE article ADD COLUMN near_duplicate_of varchar(64);
CREATE INDEX article_near_duplicate_idx ON article (near_duplicate_of) WHERE near_duplicate_of IS NOT NULL;

CREATE TABLE article_band (
    band       smallint    NOT NULL,
    bucket     bigint      NOT NULL,
    article_id varchar(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, article_id)
);
