"""The store's schema, its migrations, and opening a store (WAL, checks, read-only mode)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kursk_claims.domain.spans import date_span, normalize_location

SCHEMA_VERSION = 6


DEFAULT_DB = "kursk_claims.db"


DB_ENV = "KURSK_CLAIMS_DB"


BUSY_TIMEOUT_MS = 30_000


MMAP_BYTES = 1 << 30


# The full-text index holds each claim's sentence under its rowid (rowids never change: the store
# never VACUUMs and never sets a rowid). Schema 6: the index is updated only when an UPDATE sets
# the sentence to another text. Schema 5's trigger fired on every UPDATE of a claim, so that
# syndication's copy_of updates deleted and re-inserted unchanged sentences (FTS_UPDATE_TRIGGER_5,
# kept for the 4 -> 5 migration, the tests and scripts/bench_fts_trigger.py).
FTS_UPDATE_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS claims_fts_update AFTER UPDATE OF sentence ON claims
WHEN old.sentence IS NOT new.sentence BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
    INSERT INTO claims_fts(rowid, sentence) VALUES (new.rowid, new.sentence);
END;
"""


FTS_UPDATE_TRIGGER_5 = """
CREATE TRIGGER IF NOT EXISTS claims_fts_update AFTER UPDATE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
    INSERT INTO claims_fts(rowid, sentence) VALUES (new.rowid, new.sentence);
END;
"""


_SCHEMA_TABLES = """
CREATE TABLE IF NOT EXISTS documents (
    id              TEXT PRIMARY KEY,
    path            TEXT,
    sha256          TEXT NOT NULL,
    url             TEXT,
    outlet          TEXT,
    published       TEXT,
    doc_date        TEXT,
    date_source     TEXT,
    date_confidence REAL,
    text            TEXT NOT NULL,
    n_claims        INTEGER NOT NULL DEFAULT 0,
    warnings        TEXT NOT NULL DEFAULT '[]',
    extracted_at    TEXT NOT NULL,
    -- schema 4:
    title           TEXT,     -- the page's title when the input was a page (HTML, WARC record)
    extractor       TEXT,     -- JSON: the text extractor's name, version and options (pages only)
    status          TEXT NOT NULL DEFAULT 'extracted',  -- extracted | irrelevant | skipped
    group_id        TEXT,     -- syndication group: id of the group's earliest document
    signature       BLOB      -- MinHash signature of the text (near-duplicate grouping)
);

CREATE TABLE IF NOT EXISTS claims (
    id              TEXT PRIMARY KEY,
    doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    metric          TEXT NOT NULL,
    value           REAL NOT NULL,
    value_low       REAL,
    value_high      REAL,
    unit            TEXT NOT NULL,
    qualifier       TEXT NOT NULL,
    text            TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    sentence        TEXT NOT NULL,
    actor           TEXT NOT NULL,
    predicate       TEXT NOT NULL,
    claimant        TEXT,
    claimant_key    TEXT,
    claimant_side   TEXT,
    claim_date      TEXT,
    location        TEXT,
    unit_text       TEXT,
    conversion      TEXT,
    conversion_ok   INTEGER,
    entities        TEXT NOT NULL DEFAULT '[]',
    evidence        TEXT NOT NULL DEFAULT '{}',
    -- derived on write (schema 2), for indexed time and place lookups:
    claim_time      TEXT,     -- claim_date, else the document's doc_date (what --since/--until/sort read)
    t_lo            INTEGER,  -- first and last day (proleptic ordinal) of analysis.claim_time's span;
    t_hi            INTEGER,  -- NULL when undated (what compare's windows read)
    loc_key         TEXT,     -- analysis.normalize_location(location)
    copy_of         TEXT,     -- schema 4: the claim of the group's earliest document this restates
    -- schema 5: the document's columns a claim dict carries, copied from its document on write
    -- (a document and its claims are only ever written together), so reads need no join:
    doc_date        TEXT,
    outlet          TEXT,
    url             TEXT,
    published       TEXT,
    date_source     TEXT
);

-- Names a claim can be found by with --entity: its claimant (role 'claimant') and the entities
-- named in its sentence (role 'entity'), as name keys (see names.name_key). claim_rowid (schema
-- 3) is the claim's rowid, so that --entity reaches its claims by integer key (claims rowids are
-- stable: the store never VACUUMs, and the full-text index relies on them too). Schema 5 adds
-- the claim's sort key for `query --entity` (claim_time, doc_id, start: SORTS["date"], copied
-- from the claim on write) and `dup`: 1 on an entity row whose name_key is also its claim's
-- claimant's (a claim has one row with dup = 0 per name key), so that one key's rows in
-- claim_entities_order (dup = 0 only) are its claims, once each, in date order without a sort.
-- Lookups by name_key say `dup = 0` so that they can use that (partial) index.
CREATE TABLE IF NOT EXISTS claim_entities (
    claim_id    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    claim_rowid INTEGER,
    claim_time  TEXT,
    doc_id      TEXT,
    start       INTEGER,
    dup         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (claim_id, role, name_key)
);

CREATE INDEX IF NOT EXISTS claims_doc        ON claims(doc_id);
CREATE INDEX IF NOT EXISTS claims_metric     ON claims(metric, claim_time);
CREATE INDEX IF NOT EXISTS claims_date       ON claims(claim_time);
CREATE INDEX IF NOT EXISTS claims_span       ON claims(metric, t_lo, t_hi, doc_id, start);
CREATE INDEX IF NOT EXISTS claims_series     ON claims(metric, claimant, predicate, actor);
CREATE INDEX IF NOT EXISTS claims_value      ON claims(metric, predicate, value);
CREATE INDEX IF NOT EXISTS claims_claimant   ON claims(claimant_key);
CREATE INDEX IF NOT EXISTS claims_side       ON claims(claimant_side);
CREATE INDEX IF NOT EXISTS claims_actor      ON claims(actor);
CREATE INDEX IF NOT EXISTS claims_predicate  ON claims(predicate);
CREATE INDEX IF NOT EXISTS claim_entities_order ON claim_entities(
    name_key, claim_time IS NULL, claim_time, doc_id, start, claim_rowid, dup
) WHERE dup = 0;
CREATE INDEX IF NOT EXISTS documents_date    ON documents(doc_date);
CREATE INDEX IF NOT EXISTS documents_group   ON documents(group_id);
CREATE INDEX IF NOT EXISTS claims_copy_of    ON claims(copy_of);
CREATE INDEX IF NOT EXISTS claims_metric_copy ON claims(metric, copy_of);

-- Full-text search over claim sentences (external content: the text lives in claims).
CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(
    sentence, content='claims', content_rowid='rowid'
);
CREATE TRIGGER IF NOT EXISTS claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, sentence) VALUES (new.rowid, new.sentence);
END;
CREATE TRIGGER IF NOT EXISTS claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
END;
"""


SCHEMA = _SCHEMA_TABLES + FTS_UPDATE_TRIGGER


# Schema 1 -> 2: the derived time and place columns, filled for every stored claim, and their
# indexes (the old (metric, claim_date) and (claim_date) indexes are rebuilt on claim_time).
# `kc_span_lo`, `kc_span_hi` and `kc_loc_key` are this module's Python functions, registered on
# the connection while it migrates (the same code that fills the columns on write).
MIGRATION_1_TO_2 = """
ALTER TABLE claims ADD COLUMN claim_time TEXT;
ALTER TABLE claims ADD COLUMN t_lo INTEGER;
ALTER TABLE claims ADD COLUMN t_hi INTEGER;
ALTER TABLE claims ADD COLUMN loc_key TEXT;
UPDATE claims SET
    claim_time = COALESCE(claim_date, (SELECT d.doc_date FROM documents d WHERE d.id = claims.doc_id)),
    t_lo = kc_span_lo(claim_date, (SELECT d.doc_date FROM documents d WHERE d.id = claims.doc_id)),
    t_hi = kc_span_hi(claim_date, (SELECT d.doc_date FROM documents d WHERE d.id = claims.doc_id)),
    loc_key = kc_loc_key(location);
DROP INDEX IF EXISTS claims_metric;
DROP INDEX IF EXISTS claims_date;
CREATE INDEX claims_metric ON claims(metric, claim_time);
CREATE INDEX claims_date ON claims(claim_time);
CREATE INDEX claims_span ON claims(metric, t_lo, t_hi);
CREATE INDEX claims_series ON claims(metric, claimant, predicate, actor);
CREATE INDEX claims_value ON claims(metric, predicate, value);
DROP INDEX IF EXISTS claim_entities_key;
CREATE INDEX claim_entities_key ON claim_entities(name_key, claim_id);
"""


# Schema 2 -> 3: claim_entities points at its claim by rowid too (filled here and on write), with
# an index on (name_key, claim_rowid) in place of (name_key, claim_id); a covering index for the
# document columns that claim dicts carry; claims_span extended by (doc_id, start): compare's row
# order straight from the index.
MIGRATION_2_TO_3 = """
ALTER TABLE claim_entities ADD COLUMN claim_rowid INTEGER;
UPDATE claim_entities SET claim_rowid = (SELECT c.rowid FROM claims c WHERE c.id = claim_entities.claim_id);
DROP INDEX IF EXISTS claim_entities_key;
CREATE INDEX claim_entities_rowid ON claim_entities(name_key, claim_rowid);
CREATE INDEX documents_meta ON documents(id, doc_date, outlet, url, published, date_source);
DROP INDEX IF EXISTS claims_span;
CREATE INDEX claims_span ON claims(metric, t_lo, t_hi, doc_id, start);
"""


# Schema 3 -> 4: page metadata (title, extractor), a document status (irrelevant documents are
# stored without claims), syndication groups with their MinHash signatures, and claims' copy_of.
MIGRATION_3_TO_4 = """
ALTER TABLE documents ADD COLUMN title TEXT;
ALTER TABLE documents ADD COLUMN extractor TEXT;
ALTER TABLE documents ADD COLUMN status TEXT NOT NULL DEFAULT 'extracted';
ALTER TABLE documents ADD COLUMN group_id TEXT;
ALTER TABLE documents ADD COLUMN signature BLOB;
ALTER TABLE claims ADD COLUMN copy_of TEXT;
CREATE INDEX IF NOT EXISTS documents_group ON documents(group_id);
CREATE INDEX IF NOT EXISTS claims_copy_of ON claims(copy_of);
"""


# Schema 4 -> 5: `query --entity` without a join or a sort. Claims carry their document's columns
# (the documents_meta index the join read goes); claim_entities carries its claim's date sort key
# and `dup`, indexed by claim_entities_order in place of claim_entities_rowid. The full-text
# update trigger is off while the claims are filled (their sentences do not change).
_MIGRATION_4_TO_5 = """
ALTER TABLE claims ADD COLUMN doc_date TEXT;
ALTER TABLE claims ADD COLUMN outlet TEXT;
ALTER TABLE claims ADD COLUMN url TEXT;
ALTER TABLE claims ADD COLUMN published TEXT;
ALTER TABLE claims ADD COLUMN date_source TEXT;
DROP TRIGGER IF EXISTS claims_fts_update;
UPDATE claims SET (doc_date, outlet, url, published, date_source) = (
    SELECT d.doc_date, d.outlet, d.url, d.published, d.date_source FROM documents d WHERE d.id = claims.doc_id
);
ALTER TABLE claim_entities ADD COLUMN claim_time TEXT;
ALTER TABLE claim_entities ADD COLUMN doc_id TEXT;
ALTER TABLE claim_entities ADD COLUMN start INTEGER;
ALTER TABLE claim_entities ADD COLUMN dup INTEGER NOT NULL DEFAULT 0;
UPDATE claim_entities SET (claim_time, doc_id, start) = (
    SELECT c.claim_time, c.doc_id, c.start FROM claims c WHERE c.rowid = claim_entities.claim_rowid
);
UPDATE claim_entities SET dup = 1 WHERE EXISTS (
    SELECT 1 FROM claim_entities x
    WHERE x.claim_id = claim_entities.claim_id AND x.name_key = claim_entities.name_key AND x.role < claim_entities.role
);
DROP INDEX IF EXISTS claim_entities_rowid;
DROP INDEX IF EXISTS documents_meta;
CREATE INDEX claim_entities_order ON claim_entities(
    name_key, claim_time IS NULL, claim_time, doc_id, start, claim_rowid, dup
) WHERE dup = 0;
"""


MIGRATION_4_TO_5 = _MIGRATION_4_TO_5 + FTS_UPDATE_TRIGGER_5


# Schema 5 -> 6: the full-text update trigger fires only when a claim's sentence changes (the
# index's contents are the same, so nothing is re-indexed).
MIGRATION_5_TO_6 = "DROP TRIGGER IF EXISTS claims_fts_update;\n" + FTS_UPDATE_TRIGGER


# Indexes added since their schema version, which no query names: opened for writing, a store of the
# current version gains any it lacks (no migration: commands that only read work without them, more
# slowly). claims_metric_copy lets `compare --metric` count a metric's claims that are no copy from
# the index instead of reading every claim row of the metric.
LATER_INDEXES = ("CREATE INDEX IF NOT EXISTS claims_metric_copy ON claims(metric, copy_of)",)


# Older schema versions we know how to bring up to date: version -> SQL script to reach version+1.
MIGRATIONS: dict[int, str] = {
    1: MIGRATION_1_TO_2,
    2: MIGRATION_2_TO_3,
    3: MIGRATION_3_TO_4,
    4: MIGRATION_4_TO_5,
    5: MIGRATION_5_TO_6,
}


class StoreError(Exception):
    """A store cannot be opened or written; the message says what to do."""


class StoreVersionError(StoreError):
    """The store was written by a schema version this program cannot use."""


class StoreNotFoundError(StoreError):
    """A read-only command was pointed at a store that does not exist."""


class QueryError(ValueError):
    """A query option has a value outside its vocabulary or format."""


def resolve_db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """The store path: the explicit argument, else $KURSK_CLAIMS_DB, else ./kursk_claims.db."""
    if db is not None and str(db) != "":
        return Path(db)
    env = os.environ.get(DB_ENV)
    return Path(env) if env else Path(DEFAULT_DB)


def open_store(path: str | os.PathLike[str] | None = None, readonly: bool = False) -> sqlite3.Connection:
    """Open (and, unless `readonly`, create or migrate) a store; return a sqlite3 connection.

    The connection is in autocommit mode (``isolation_level=None``); writers use explicit
    ``BEGIN IMMEDIATE`` transactions. Rows come back as `sqlite3.Row`.

    Raises `StoreNotFoundError` (readonly and missing), `StoreVersionError` (newer or
    unmigratable schema) and `StoreError` (not a database, not a kursk-claims store, locked).
    """
    db_path = resolve_db_path(path)
    if db_path.is_dir():
        raise StoreError(f"{db_path} is a folder; give --db a file path")
    if readonly and not db_path.exists():
        raise StoreNotFoundError(
            f"no store at {db_path}; run `kursk-claims extract PATH --db {db_path}` first (or set {DB_ENV})"
        )
    try:
        conn = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open store {db_path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        conn.execute("PRAGMA foreign_keys = ON")
        _check_schema(conn, db_path, readonly)
        if readonly:
            conn.execute("PRAGMA query_only = ON")
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")  # big lookups read pages without a syscall each
        else:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            for statement in LATER_INDEXES:
                conn.execute(statement)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot use store {db_path}: {exc}") from exc
    except StoreError:
        conn.close()
        raise
    return conn


def _user_tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(r[0]) for r in rows}


def _check_schema(conn: sqlite3.Connection, db_path: Path, readonly: bool) -> None:
    # the version and the tables read in one snapshot: a store another process is creating right now
    # (its schema and version committed together) is seen whole or not at all, never as tables without
    # a version
    conn.execute("BEGIN")
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = _user_tables(conn) if version == 0 else set()
    finally:
        conn.execute("COMMIT")
    if version > SCHEMA_VERSION:
        raise StoreVersionError(
            f"{db_path} was written by a newer kursk-claims (schema {version}, this one knows {SCHEMA_VERSION}); "
            "upgrade kursk-claims or use another --db"
        )
    if version == SCHEMA_VERSION:
        return
    if version == 0 and tables - {"sqlite_sequence"}:
        raise StoreError(f"{db_path} is a SQLite database but not a kursk-claims store; use another --db")
    if readonly:
        if version == 0:
            raise StoreNotFoundError(
                f"{db_path} is an empty store; run `kursk-claims extract PATH --db {db_path}` first"
            )
        raise StoreVersionError(
            f"{db_path} uses the older schema {version}; run `kursk-claims extract` on it once to migrate it"
        )
    _register_functions(conn)
    # Foreign keys are off while the schema changes: a migration that rebuilds `documents` (create,
    # copy, drop, rename) must not cascade-delete every claim. They are checked before committing.
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])  # re-read under the write lock
        if version == 0:
            for statement in _split_script(SCHEMA):
                conn.execute(statement)
        else:
            before = _row_counts(conn)
            while version < SCHEMA_VERSION:
                script = MIGRATIONS.get(version)
                if script is None:
                    raise StoreVersionError(
                        f"{db_path} uses schema {version}, which this kursk-claims cannot migrate; "
                        "re-extract into a new --db"
                    )
                for statement in _split_script(script):
                    conn.execute(statement)
                version += 1
            _check_migration(conn, db_path, before)
        conn.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _span_lo(claim_date: str | None, doc_date: str | None) -> int | None:
    span = _span(claim_date, doc_date)
    return span[0] if span else None


def _span_hi(claim_date: str | None, doc_date: str | None) -> int | None:
    span = _span(claim_date, doc_date)
    return span[1] if span else None


def _span(claim_date: str | None, doc_date: str | None) -> tuple[int, int] | None:
    """(first, last) day ordinal of the claim's time as `analysis.claim_time` reads it."""
    for value in (claim_date, doc_date):
        if isinstance(value, str):
            span = date_span(value)
            if span is not None:
                return span[0].toordinal(), span[1].toordinal()
    return None


def _register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("kc_span_lo", 2, _span_lo, deterministic=True)
    conn.create_function("kc_span_hi", 2, _span_hi, deterministic=True)
    conn.create_function("kc_loc_key", 1, normalize_location, deterministic=True)


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = _user_tables(conn)
    return {
        t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])  # noqa: S608 - names from the allow-list
        for t in ("documents", "claims", "claim_entities")
        if t in tables
    }


def _check_migration(conn: sqlite3.Connection, db_path: Path, before: dict[str, int]) -> None:
    """Refuse (and so roll back) a migration that lost rows or broke a reference."""
    after = _row_counts(conn)
    lost = {t: (n, after.get(t, 0)) for t, n in before.items() if after.get(t, 0) < n}
    if lost:
        detail = ", ".join(f"{t} {a} -> {b}" for t, (a, b) in lost.items())
        raise StoreVersionError(
            f"migrating {db_path} to schema {SCHEMA_VERSION} would lose rows ({detail}); nothing was changed"
        )
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise StoreVersionError(
            f"migrating {db_path} to schema {SCHEMA_VERSION} would leave dangling references; nothing was changed"
        )


def _split_script(script: str) -> list[str]:
    """Split a schema script into statements (triggers contain ';' inside BEGIN ... END)."""
    statements: list[str] = []
    buf: list[str] = []
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        buf.append(line)
        candidate = "\n".join(buf)
        if sqlite3.complete_statement(candidate):
            statements.append(candidate)
            buf = []
    if buf:
        statements.append("\n".join(buf))
    return statements
