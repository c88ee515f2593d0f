-- Pages of one subject's (or object's) facts in id order straight from an index: LIMIT stops after
-- the page however many facts the name has (a frequent name has thousands), and counting them is an
-- index-only scan. These replace the single-column indexes, which they also serve.
CREATE INDEX fact_subject_id_idx ON fact (subject, id);
CREATE INDEX fact_object_id_idx ON fact (object, id);
DROP INDEX fact_subject_idx;
DROP INDEX fact_object_idx;
-- fact (article_id, ordinal) is already the UNIQUE constraint's index; V3 created it twice.
DROP INDEX fact_article_idx;
