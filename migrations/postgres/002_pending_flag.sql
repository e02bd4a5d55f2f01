-- Documents still to analyse, found through a partial index instead of a scan of every document.
ALTER TABLE documents ADD COLUMN analyzed BOOLEAN NOT NULL DEFAULT false;
UPDATE documents SET analyzed = true WHERE id IN (SELECT doc_id FROM analyses);
CREATE INDEX documents_pending ON documents (seq) WHERE NOT analyzed;
