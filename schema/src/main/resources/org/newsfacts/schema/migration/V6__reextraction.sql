-- Re-extraction (issue 14): articles whose facts come from an older extractor are extracted again
-- from their stored bodies, in the background, by every extract-service instance (see
-- org.newsfacts.extract.reextract).

-- "./newsfacts reextract --all" asks for every article to be extracted again, whatever its version:
-- articles extracted before the newest request are due. Kept in the database so that every instance
-- sees it and a restart goes on with it.
CREATE TABLE reextract_request (
    id           bigserial   PRIMARY KEY,
    requested_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- No index on extractor_version or extracted_at: re-extraction updates both in every row it does,
-- and an indexed column that changes makes each such update write a new entry in every index of
-- the table (the full-text GIN index too) instead of a heap-only tuple update. Counting the backlog
-- scans the table instead (a few per second at most).
-- Room in each page for those updates to stay heap-only (applies to pages written from now on).
ALTER TABLE article SET (fillfactor = 90);
