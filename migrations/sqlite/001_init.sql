-- sitrep store, SQLite: documents, their stored analyses, and a full-text index.
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  metadata TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_source ON documents (source);

CREATE TABLE analyses (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  doc_id TEXT NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
  items TEXT NOT NULL,
  nlp TEXT NOT NULL,
  analyzed_at TEXT NOT NULL
);

-- One row per searchable item: a document (title and text), a claim or an event.
CREATE VIRTUAL TABLE search_fts USING fts5 (
  body,
  kind UNINDEXED,
  ref UNINDEXED,
  doc UNINDEXED,
  span_start UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
