-- sitrep store, PostgreSQL: documents, their stored analyses, and a full-text index.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;

-- unaccent() is only STABLE; an immutable wrapper with the dictionary named lets it be indexed.
CREATE OR REPLACE FUNCTION sitrep_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, t) $$;

CREATE TABLE documents (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  metadata JSON NOT NULL,
  text TEXT NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX documents_source ON documents (source);

CREATE TABLE analyses (
  seq BIGSERIAL PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
  items JSON NOT NULL,
  nlp JSON NOT NULL,
  analyzed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per searchable item: a document (title and text), a claim or an event.
CREATE TABLE search_items (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  ref TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  span_start INTEGER NOT NULL,
  body TEXT NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', sitrep_fold(body))) STORED
);
CREATE INDEX search_items_tsv ON search_items USING GIN (tsv);
