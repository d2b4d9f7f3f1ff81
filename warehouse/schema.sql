-- newsfacts warehouse schema. Idempotent; warehouse.db.apply_schema runs it when its hash differs
-- from the one stored in warehouse_meta.
-- Tables hold the data (with extra columns); the four views are the public contract
-- (../shared/CONTRACT.md): their names and columns never change meaning.

CREATE TABLE IF NOT EXISTS article_rows (
    article_id         VARCHAR PRIMARY KEY,
    path               VARCHAR NOT NULL UNIQUE,
    title              VARCHAR,
    publisher          VARCHAR,
    url                VARCHAR,
    published_at       DATE,
    published_inferred BOOLEAN NOT NULL DEFAULT FALSE,
    published_text     VARCHAR,
    text               VARCHAR,
    status             VARCHAR NOT NULL,         -- ok | duplicate | quarantined
    duplicate_of       VARCHAR,
    error              VARCHAR,
    source_sha256      VARCHAR NOT NULL,         -- raw bytes: a re-run skips unchanged files
    shingle_count      INTEGER,
    extractor_version  VARCHAR,
    loaded_at          TIMESTAMPTZ NOT NULL
);

-- MinHash signature, one row per position: near-duplicate candidates are the articles that
-- share many (position, value) pairs, found with one join instead of a scan of all signatures.
CREATE TABLE IF NOT EXISTS article_minhash (
    article_id VARCHAR NOT NULL,
    pos        SMALLINT NOT NULL,
    val        UBIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS mention_rows (
    article_id VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS claim_rows (
    claim_id           VARCHAR PRIMARY KEY,
    fact_id            VARCHAR,
    article_id         VARCHAR NOT NULL,
    subject            VARCHAR NOT NULL,
    subject_type       VARCHAR NOT NULL,
    predicate          VARCHAR NOT NULL,
    value              DOUBLE,
    value_low          DOUBLE,
    value_high         DOUBLE,
    bound              VARCHAR,
    unit               VARCHAR,
    scope              VARCHAR,
    event              VARCHAR,
    date_start         DATE,
    date_end           DATE,
    date_granularity   VARCHAR,
    value_text         VARCHAR NOT NULL,
    char_start         INTEGER NOT NULL,
    char_end           INTEGER NOT NULL,
    sentence           VARCHAR,
    sentence_start     INTEGER,
    sentence_end       INTEGER,
    subject_text       VARCHAR,
    subject_start      INTEGER,
    subject_end        INTEGER,
    hedged             BOOLEAN NOT NULL,
    hedge_cues         VARCHAR[],
    hedge_cue_starts   INTEGER[],
    hedge_cue_ends     INTEGER[],
    attribution        VARCHAR,
    confidence         DOUBLE,
    binding            VARCHAR,
    alignment          VARCHAR,
    extractor_version  VARCHAR,
    subject_key        VARCHAR NOT NULL,         -- warehouse.ids.subject_key(subject)
    measure            VARCHAR,                  -- quantities: patterns/measures.json id
    part_of_whole      BOOLEAN,                  -- quantities: "including N" (a part)
    published_at       DATE,                     -- its article's publication date
    revised_to_start   DATE,                     -- a plan the same text says was replaced:
    revised_to_end     DATE,                     --   the replacing plan's interval
    revised_to_text    VARCHAR,                  --   and surface
    revised_to_value   DOUBLE,                   -- a size the same text says was changed
    size_role          VARCHAR,                  -- parameter counts: planned | component
    denied             BOOLEAN                   -- reported only to be denied or withdrawn
);

CREATE TABLE IF NOT EXISTS fact_rows (
    fact_id          VARCHAR PRIMARY KEY,
    subject          VARCHAR NOT NULL,
    subject_type     VARCHAR NOT NULL,
    predicate        VARCHAR NOT NULL,
    value            DOUBLE,
    value_low        DOUBLE,
    value_high       DOUBLE,
    bound            VARCHAR,
    unit             VARCHAR,
    scope            VARCHAR,
    event            VARCHAR,
    date_start       DATE,
    date_end         DATE,
    date_granularity VARCHAR,
    hedged           BOOLEAN NOT NULL,
    confidence       DOUBLE,
    n_claims         INTEGER NOT NULL,
    n_articles       INTEGER NOT NULL,
    n_sources        INTEGER NOT NULL,
    status           VARCHAR NOT NULL,
    contested_with   VARCHAR[],                -- fact_ids of the incompatible facts
    first_published  DATE,
    last_published   DATE,
    subject_key      VARCHAR NOT NULL,
    measure          VARCHAR,
    superseded_by    VARCHAR,                  -- fact_id of the statement that replaced it
    slip_with        VARCHAR[]                 -- facts one of its articles gives with the
                                               -- decimal point moved (facts --history)
);

-- Warehouses created before these columns existed get them here (CREATE ... IF NOT EXISTS
-- leaves an existing table as it is). Their old claims keep NULL until their file changes.
ALTER TABLE claim_rows ADD COLUMN IF NOT EXISTS measure VARCHAR;
ALTER TABLE claim_rows ADD COLUMN IF NOT EXISTS part_of_whole BOOLEAN;
ALTER TABLE claim_rows ADD COLUMN IF NOT EXISTS published_at DATE;
ALTER TABLE claim_rows ADD COLUMN IF NOT EXISTS revised_to_start DATE;
ALTER TABLE claim_rows ADD COLUMN IF NOT EXISTS revised_to_end DATE;
ALTER TABLE claim_rows ADD COLUMN IF NOT EXISTS revised_to_text VARCHAR;
ALTER TABLE claim_rows ADD COLUMN IF NOT EXISTS revised_to_value DOUBLE;
ALTER TABLE claim_rows ADD COLUMN IF NOT EXISTS size_role VARCHAR;
ALTER TABLE claim_rows ADD COLUMN IF NOT EXISTS denied BOOLEAN;
ALTER TABLE fact_rows ADD COLUMN IF NOT EXISTS measure VARCHAR;
ALTER TABLE fact_rows ADD COLUMN IF NOT EXISTS superseded_by VARCHAR;
ALTER TABLE fact_rows ADD COLUMN IF NOT EXISTS slip_with VARCHAR[];

-- Subjects whose claims changed since their facts were last computed. Each load transaction
-- adds its subjects here; the run's last step recomputes their facts once and empties it (a
-- per-batch refresh re-read every claim of a popular subject per batch: quadratic in the run).
-- Rows left by an interrupted run are picked up by the next run, even one with no new files.
CREATE TABLE IF NOT EXISTS stale_subjects (
    subject_key VARCHAR PRIMARY KEY
);

-- Facts about the warehouse itself: the hash of the schema last applied ("schema_sha256"), so
-- connecting applies this file only when it changed (a read or a no-op run writes nothing).
CREATE TABLE IF NOT EXISTS warehouse_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE OR REPLACE VIEW articles AS
SELECT article_id, path, title, publisher, published_at, text, status, duplicate_of, error,
       url, published_inferred, source_sha256, loaded_at
FROM article_rows;

CREATE OR REPLACE VIEW mentions AS
SELECT article_id, name, type, text, char_start, char_end
FROM mention_rows;

CREATE OR REPLACE VIEW claims AS
SELECT claim_id, fact_id, article_id, subject, subject_type, predicate, value, value_low,
       value_high, bound, unit, scope, event, date_start, date_end, date_granularity,
       value_text, char_start, char_end, sentence, hedged, hedge_cues, attribution, confidence,
       binding, subject_text, subject_start, subject_end, sentence_start, sentence_end,
       hedge_cue_starts, hedge_cue_ends, measure, part_of_whole, published_at,
       revised_to_start, revised_to_end, revised_to_text, revised_to_value, size_role, denied
FROM claim_rows;

CREATE OR REPLACE VIEW facts AS
SELECT fact_id, subject, subject_type, predicate, value, value_low, value_high, bound, unit,
       scope, event, date_start, date_end, date_granularity, hedged, confidence, n_claims,
       n_articles, n_sources, status, first_published, last_published, contested_with,
       measure, superseded_by
FROM fact_rows;
