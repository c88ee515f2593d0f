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

-- How many articles each extractor version made (an index-only count), and which were extracted
-- before a request.
CREATE INDEX article_extractor_version_idx ON article (extractor_version);
CREATE INDEX article_extracted_idx ON article (extracted_at);
