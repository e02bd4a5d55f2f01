-- Documents still to analyse, found through a partial index instead of a scan of every document.
ALTER TABLE documents ADD COLUMN analyzed INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET analyzed = 1 WHERE id IN (SELECT doc_id FROM analyses);
CREATE INDEX documents_pending ON documents (seq) WHERE analyzed = 0;
