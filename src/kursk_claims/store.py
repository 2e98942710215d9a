"""The SQLite store: documents and their claims, written one transaction per document.

Light on purpose: the query path (query, compare, show, export) imports only this module, the
record types and `names`, never spaCy, dateparser or pint.

Every SQL statement is parameterised; the only SQL assembled at run time is made of constant
fragments chosen from allow-lists (sort orders, filter clauses).
"""

from __future__ import annotations

import gc
import json
import math
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from kursk_claims.analysis import _check_date as check_date
from kursk_claims.analysis import date_span, normalize_location
from kursk_claims.domain.names import name_key, read_registry
from kursk_claims.models import ACTORS, EXPORT_KEYS, METRICS, PREDICATES, SIDES, Claim, DocResult

SCHEMA_VERSION = 4
DEFAULT_DB = "kursk_claims.db"
DB_ENV = "KURSK_CLAIMS_DB"
BUSY_TIMEOUT_MS = 30_000
MMAP_BYTES = 1 << 30

SCHEMA = """
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
    copy_of         TEXT      -- schema 4: the claim of the group's earliest document this restates
);

-- Names a claim can be found by with --entity: its claimant (role 'claimant') and the entities
-- named in its sentence (role 'entity'), as name keys (see names.name_key). claim_rowid (schema
-- 3) is the claim's rowid, so that --entity reaches its claims by integer key (claims rowids are
-- stable: the store never VACUUMs, and the full-text index relies on them too).
CREATE TABLE IF NOT EXISTS claim_entities (
    claim_id    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    claim_rowid INTEGER,
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
CREATE INDEX IF NOT EXISTS claim_entities_rowid ON claim_entities(name_key, claim_rowid);
CREATE INDEX IF NOT EXISTS documents_date    ON documents(doc_date);
CREATE INDEX IF NOT EXISTS documents_group   ON documents(group_id);
CREATE INDEX IF NOT EXISTS claims_copy_of    ON claims(copy_of);
-- covers the document columns a claim dict carries: the join reads this index, not the rows
-- (which hold the whole text)
CREATE INDEX IF NOT EXISTS documents_meta    ON documents(id, doc_date, outlet, url, published, date_source);

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
CREATE TRIGGER IF NOT EXISTS claims_fts_update AFTER UPDATE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
    INSERT INTO claims_fts(rowid, sentence) VALUES (new.rowid, new.sentence);
END;
"""

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

# Older schema versions we know how to bring up to date: version -> SQL script to reach version+1.
MIGRATIONS: dict[int, str] = {1: MIGRATION_1_TO_2, 2: MIGRATION_2_TO_3, 3: MIGRATION_3_TO_4}

SORTS: dict[str, str] = {
    "date": "c.claim_time IS NULL, c.claim_time, c.doc_id, c.start",
    "value": "c.value DESC, c.doc_id, c.start",
    "metric": "c.metric, c.claim_time, c.doc_id, c.start",
    "claimant": "c.claimant IS NULL, c.claimant, c.claim_time, c.doc_id, c.start",
    "doc": "c.doc_id, c.start",
}

_DATE_ARG = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class StoreError(Exception):
    """A store cannot be opened or written; the message says what to do."""


class StoreVersionError(StoreError):
    """The store was written by a schema version this program cannot use."""


class StoreNotFoundError(StoreError):
    """A read-only command was pointed at a store that does not exist."""


class QueryError(ValueError):
    """A query option has a value outside its vocabulary or format."""


# ----------------------------------------------------------------------------- opening


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
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreVersionError(
            f"{db_path} was written by a newer kursk-claims (schema {version}, this one knows {SCHEMA_VERSION}); "
            "upgrade kursk-claims or use another --db"
        )
    if version == SCHEMA_VERSION:
        return
    if version == 0 and _user_tables(conn) - {"sqlite_sequence"}:
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


# ----------------------------------------------------------------------------- writing


def stored_fingerprints(conn: sqlite3.Connection) -> dict[str, str]:
    """Map every stored document id to its sha256 (used to skip unchanged documents)."""
    return {str(r[0]): str(r[1]) for r in conn.execute("SELECT id, sha256 FROM documents")}


def needs_extract(conn: sqlite3.Connection, doc_id: str, sha256: str) -> bool:
    """True unless a document with this id and exactly this sha256 is already stored."""
    row = conn.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row is None or row[0] != sha256


def _finite(x: float | None) -> float | None:
    if x is None:
        return None
    value = float(x)
    if not math.isfinite(value):
        raise ValueError(f"non-finite number {value!r}")
    return value


def _claim_row(claim: Claim, doc_date: str | None) -> tuple[Any, ...]:
    value = _finite(claim.value)
    span = _span(claim.claim_date, doc_date)
    return (
        claim.id,
        claim.doc_id,
        claim.metric,
        value,
        _finite(claim.value_low),
        _finite(claim.value_high),
        claim.unit,
        claim.qualifier,
        claim.text,
        claim.start,
        claim.end,
        claim.sentence,
        claim.actor,
        claim.predicate,
        claim.claimant,
        name_key(claim.claimant) if claim.claimant else None,
        claim.claimant_side,
        claim.claim_date,
        claim.location,
        claim.unit_text,
        claim.conversion,
        None if claim.conversion_ok is None else int(bool(claim.conversion_ok)),
        json.dumps(list(claim.entities), ensure_ascii=False),
        json.dumps(dict(claim.evidence), ensure_ascii=False, sort_keys=True),
        claim.claim_date if claim.claim_date is not None else doc_date,
        span[0] if span else None,
        span[1] if span else None,
        normalize_location(claim.location),
    )


_INSERT_CLAIM = (
    'INSERT INTO claims (id, doc_id, metric, value, value_low, value_high, unit, qualifier, text, start, "end", '
    "sentence, actor, predicate, claimant, claimant_key, claimant_side, claim_date, location, unit_text, "
    "conversion, conversion_ok, entities, evidence, claim_time, t_lo, t_hi, loc_key) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


# the claim's rowid is looked up by its id (the claim is inserted first, in the same transaction)
_INSERT_ENTITY = (
    "INSERT INTO claim_entities (claim_id, role, name, name_key, claim_rowid) "
    "VALUES (?1, ?2, ?3, ?4, (SELECT c.rowid FROM claims c WHERE c.id = ?1))"
)


def write_result(conn: sqlite3.Connection, result: DocResult, *, extracted_at: str | None = None) -> int:
    """Replace one document and all its claims in a single transaction; return the claim count.

    Either everything of the document is stored or (on any error, including KeyboardInterrupt)
    nothing changes. Raises `ValueError` for claims that cannot be stored (non-finite numbers,
    a claim of another document) and `StoreError` when the store stays locked.
    """
    doc = result.document
    stamp = extracted_at or datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    claim_rows = []
    entity_rows: list[tuple[str, str, str, str]] = []
    for claim in result.claims:
        if claim.doc_id != doc.id:
            raise ValueError(f"claim {claim.id} belongs to {claim.doc_id!r}, not {doc.id!r}")
        claim_rows.append(_claim_row(claim, result.doc_date))
        seen: set[tuple[str, str]] = set()
        names = [("claimant", claim.claimant)] if claim.claimant else []
        names += [("entity", e) for e in claim.entities]
        for role, name in names:
            if not name:
                continue
            key = name_key(name)
            if key and (role, key) not in seen:
                seen.add((role, key))
                entity_rows.append((claim.id, role, name, key))
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(f"store is busy ({exc}); another process holds the write lock — try again") from exc
    try:
        conn.execute("DELETE FROM claims WHERE doc_id = ?", (doc.id,))
        conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
        conn.execute(
            "INSERT INTO documents (id, path, sha256, url, outlet, published, doc_date, date_source, "
            "date_confidence, text, n_claims, warnings, extracted_at, title, extractor, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                doc.path,
                doc.sha256,
                doc.url,
                doc.outlet,
                doc.published,
                result.doc_date,
                result.date_source,
                result.date_confidence,
                doc.text,
                len(claim_rows),
                json.dumps(list(result.warnings), ensure_ascii=False),
                stamp,
                doc.title,
                doc.extractor,
                result.status,
            ),
        )
        conn.executemany(_INSERT_CLAIM, claim_rows)
        conn.executemany(_INSERT_ENTITY, entity_rows)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return len(claim_rows)


def delete_document(conn: sqlite3.Connection, doc_id: str) -> bool:
    """Remove a document and its claims; True if it existed."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM claims WHERE doc_id = ?", (doc_id,))
        cur = conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return cur.rowcount > 0


# ----------------------------------------------------------------------------- reading


def _check_choice(option: str, value: str | None, valid: tuple[str, ...]) -> None:
    if value is not None and value not in valid:
        raise QueryError(f"unknown {option} {value!r}; choose one of: {', '.join(valid)}")


def _date_bound(option: str, value: str | None, pad: str) -> str | None:
    if value is None:
        return None
    if not _DATE_ARG.match(value):
        raise QueryError(f"{option} must be a date like 2024-08, 2024-08-06 or 2024, not {value!r}")
    return (value + pad)[:10]


def fts_query(text: str) -> str | None:
    """Turn free user text into a safe FTS5 query: every whitespace-separated term is quoted."""
    # FTS5 strings end at a NUL byte, so control characters become spaces before quoting.
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    terms = cleaned.split()
    if not terms:
        return None
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def entity_keys(entity: str) -> list[str]:
    """Name keys to look for when the user asks for `entity`: its own key plus the canonical names
    of registry entries that list it (or a transliteration of it) as an alias."""
    key = name_key(entity)
    keys = [key] if key else []
    for entry in _registry_entries():
        names = [entry.get("name", "")] + list(entry.get("aliases", []))
        if any(isinstance(n, str) and name_key(n) == key for n in names):
            canonical = name_key(str(entry.get("name", "")))
            if canonical and canonical not in keys:
                keys.append(canonical)
    return keys


_DISTINCT_KEYS = (
    "WITH RECURSIVE k(x) AS (SELECT min(name_key) FROM claim_entities UNION ALL "
    "SELECT (SELECT min(name_key) FROM claim_entities WHERE name_key > k.x) FROM k WHERE k.x IS NOT NULL) "
    "SELECT x FROM k WHERE x IS NOT NULL"
)


def _stored_name_keys(conn: sqlite3.Connection) -> list[str]:
    """The distinct name keys in claim_entities, by a skip scan of its index (one seek per key)."""
    return [str(r[0]) for r in conn.execute(_DISTINCT_KEYS)]


def _registry_entries() -> list[Mapping[str, Any]]:
    try:
        return list(read_registry())
    except (OSError, ValueError):
        return []


# Every column a claim dict is built from, in a fixed order (rows come back as plain tuples:
# building dicts from sqlite3.Row by name was most of the time of a big query).
_CLAIM_KEYS = (*EXPORT_KEYS, "location", "unit_text", "conversion", "conversion_ok", "entities", "evidence")
_DOC_KEYS = ("doc_date", "outlet", "url", "published", "date_source")
_CLAIM_COLUMNS = ", ".join("c." + (f'"{k}"' if k == "end" else k) for k in _CLAIM_KEYS)
_SELECT = (
    "SELECT "  # noqa: S608 - constant column names
    + _CLAIM_COLUMNS
    + ", "
    + ", ".join(f"d.{col}" for col in _DOC_KEYS)
    # the covering index, also where no ANALYZE told the planner that it beats the primary key's
    + " FROM claims c JOIN documents d INDEXED BY documents_meta ON d.id = c.doc_id"
)
# the dict's keys, in order: the export keys, then the extra claim and document keys
_OUT_KEYS = (*_CLAIM_KEYS, *_DOC_KEYS)
_ENTITIES_CACHE: dict[str, list[str]] = {}  # the few distinct entity lists, decoded once
_ENTITIES_CACHE_MAX = 65_536


def _entities(raw: Any) -> list[str]:
    if not raw or raw == "[]":
        return []
    cached = _ENTITIES_CACHE.get(raw)
    if cached is None:
        cached = json.loads(raw)
        if len(_ENTITIES_CACHE) < _ENTITIES_CACHE_MAX:
            _ENTITIES_CACHE[raw] = cached
    return list(cached)  # a list of the caller's own


def _tuple_to_dict(r: tuple[Any, ...]) -> dict[str, Any]:
    """A row of `_SELECT` as a claim dict (a dict display: twice as fast as dict(zip(...)))."""
    ok = r[20]
    return {
        "id": r[0],
        "doc_id": r[1],
        "metric": r[2],
        "value": r[3],
        "value_low": r[4],
        "value_high": r[5],
        "unit": r[6],
        "qualifier": r[7],
        "text": r[8],
        "start": r[9],
        "end": r[10],
        "sentence": r[11],
        "actor": r[12],
        "predicate": r[13],
        "claimant": r[14],
        "claimant_side": r[15],
        "claim_date": r[16],
        "location": r[17],
        "unit_text": r[18],
        "conversion": r[19],
        "conversion_ok": None if ok is None else bool(ok),
        "entities": _entities(r[21]),
        "evidence": json.loads(r[22]) if r[22] and r[22] != "{}" else {},
        "doc_date": r[23],
        "outlet": r[24],
        "url": r[25],
        "published": r[26],
        "date_source": r[27],
    }


assert tuple(_tuple_to_dict((None,) * len(_OUT_KEYS))) == _OUT_KEYS  # the display follows the columns


def _filters(
    conn: sqlite3.Connection,
    *,
    entity: str | None,
    metric: str | None,
    side: str | None,
    actor: str | None,
    predicate: str | None,
    since: str | None,
    until: str | None,
    doc: str | None,
    text: str | None,
) -> tuple[list[str], list[Any]] | None:
    """SQL terms (on claims as `c`) and parameters for `query_claims`' filters; None when nothing
    can match (an entity name no stored claim mentions)."""
    _check_choice("metric", metric, METRICS)
    _check_choice("side", side, SIDES)
    _check_choice("actor", actor, ACTORS)
    _check_choice("predicate", predicate, PREDICATES)
    lo = _date_bound("--since", since, "-00-00")
    hi = _date_bound("--until", until, "-99-99")
    where: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("c.metric", metric),
        ("c.claimant_side", side),
        ("c.actor", actor),
        ("c.predicate", predicate),
        ("c.doc_id", doc),
    ):
        if value is not None:
            where.append(column + " = ?")
            params.append(value)
    if entity is not None:
        keys = entity_keys(entity)
        if not keys:
            return None
        # whole-word match against the few distinct stored keys, then an indexed IN lookup
        wanted = [" " + key + " " for key in keys]
        matched = [k for k in _stored_name_keys(conn) if any(w in " " + k + " " for w in wanted)]
        if not matched:
            return None
        # by integer keys: (name_key, claim_rowid) index -> claims by rowid -> documents_meta
        where.append(
            "c.rowid IN (SELECT ce.claim_rowid FROM claim_entities ce WHERE ce.name_key IN ("  # noqa: S608
            + ", ".join("?" * len(matched))
            + "))"
        )
        params.extend(matched)
    if lo is not None:
        # a partial time overlaps `lo` when padded; the first term (implied by the second: a padded
        # time >= lo starts with a year >= lo's year) lets the (metric, claim_time) index range-scan
        where.append("c.claim_time >= ? AND substr(c.claim_time || '-99-99', 1, 10) >= ?")
        params.extend([lo[:4], lo])
    if hi is not None:
        where.append("c.claim_time <= ?")
        params.append(hi)
    if text is not None:
        match = fts_query(text)
        if match is None:
            raise QueryError("--text needs at least one word")
        where.append("c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
        params.append(match)
    return where, params


def count_claims(
    conn: sqlite3.Connection,
    *,
    entity: str | None = None,
    metric: str | None = None,
    side: str | None = None,
    actor: str | None = None,
    predicate: str | None = None,
    since: str | None = None,
    until: str | None = None,
    doc: str | None = None,
    text: str | None = None,
) -> int:
    """How many claims `query_claims` with these filters returns (without a limit)."""
    found = _filters(
        conn, entity=entity, metric=metric, side=side, actor=actor, predicate=predicate,
        since=since, until=until, doc=doc, text=text,
    )  # fmt: skip
    if found is None:
        return 0
    where, params = found
    sql = "SELECT count(*) FROM claims c" + ((" WHERE " + " AND ".join(where)) if where else "")  # noqa: S608
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    except sqlite3.OperationalError as exc:
        raise StoreError(f"query failed: {exc}") from exc


def iter_claims(
    conn: sqlite3.Connection,
    *,
    entity: str | None = None,
    metric: str | None = None,
    side: str | None = None,
    actor: str | None = None,
    predicate: str | None = None,
    since: str | None = None,
    until: str | None = None,
    doc: str | None = None,
    text: str | None = None,
    sort: str = "date",
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Streaming form of `query_claims` (same arguments, same dicts)."""
    _check_choice("sort", sort, tuple(SORTS))
    if limit is not None and limit < 0:
        raise QueryError("--limit must be 0 or more")
    found = _filters(
        conn, entity=entity, metric=metric, side=side, actor=actor, predicate=predicate,
        since=since, until=until, doc=doc, text=text,
    )  # fmt: skip
    if found is None:
        return
    where, params = found

    cond = (" WHERE " + " AND ".join(where)) if where else ""
    order = " ORDER BY " + SORTS[sort]
    if limit is not None:
        # two steps: order only the sort keys of every match, then read the whole rows (and
        # their documents) of the first `limit` (SQLite's sorter would carry every column)
        sql = _SELECT + " WHERE c.rowid IN (SELECT c.rowid FROM claims c" + cond + order + " LIMIT ?)" + order  # noqa: S608
        params.append(int(limit))
    else:
        sql = _SELECT + cond + order
    try:
        cursor = conn.execute(sql, params)
        cursor.row_factory = None  # plain tuples (read at fetch time)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"query failed: {exc}") from exc
    for row in cursor:
        yield _tuple_to_dict(row)


def query_claims(
    conn: sqlite3.Connection,
    *,
    entity: str | None = None,
    metric: str | None = None,
    side: str | None = None,
    actor: str | None = None,
    predicate: str | None = None,
    since: str | None = None,
    until: str | None = None,
    doc: str | None = None,
    text: str | None = None,
    sort: str = "date",
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Return stored claims matching every given filter, as plain dicts.

    Filters (all optional, combined with AND):

    - ``entity``: the claimant or an entity named in the claim's sentence; matched by name key
      (transliteration-insensitive, whole words: "Syrskyi" finds "Oleksandr Syrsky"), and through
      registry aliases;
    - ``metric``, ``side`` (claimant side), ``actor``, ``predicate``: exact vocabulary values
      (see `kursk_claims.models`); an unknown value raises `QueryError` listing the valid ones;
    - ``since`` / ``until``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, inclusive, applied to the
      claim date, else the document date; partial dates overlap (``2024-08`` is within
      ``since=2024-08-15``); claims without any date are left out when either is given;
    - ``doc``: a document id; ``text``: words that must all occur in the claim's sentence
      (full-text search; any punctuation in the input is safe);
    - ``sort``: ``date`` (oldest first, undated last), ``value`` (largest first), ``metric``,
      ``claimant`` or ``doc``; ``limit``: at most that many rows.

    Each dict holds the export keys (`kursk_claims.models.EXPORT_KEYS`, in that order) and then
    ``location, unit_text, conversion, conversion_ok (bool|None), entities (list[str]),
    evidence (dict[str, str]), doc_date, outlet, url, published, date_source``.
    """
    with _gc_paused():
        return list(
            iter_claims(
                conn,
                entity=entity,
                metric=metric,
                side=side,
                actor=actor,
                predicate=predicate,
                since=since,
                until=until,
                doc=doc,
                text=text,
                sort=sort,
                limit=limit,
            )
        )


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a big result is built: its thousands of new dicts
    and lists (no reference cycles among them) would otherwise set off collections that walk the
    whole heap, again and again. Restored on exit, even on error."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def get_claim(conn: sqlite3.Connection, claim_id: str) -> dict[str, Any] | None:
    """One claim by id (``DOC_ID:START``) as a `query_claims` dict, or None."""
    cursor = conn.execute(_SELECT + " WHERE c.id = ?", (claim_id,))
    cursor.row_factory = None
    row = cursor.fetchone()
    return None if row is None else _tuple_to_dict(row)


def get_document(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    """One stored document (all columns; ``warnings`` decoded to a list), or None."""
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    out = {k: row[k] for k in row.keys()}
    out["warnings"] = json.loads(out.get("warnings") or "[]")
    return out


def store_stats(conn: sqlite3.Connection) -> dict[str, int]:
    """Counts of documents and claims in the store."""
    docs = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    claims = int(conn.execute("SELECT count(*) FROM claims").fetchone()[0])
    return {"documents": docs, "claims": claims}


# ----------------------------------------------------------------------------- compare


# What `analysis.compare` reads of a claim (and t_lo/t_hi, which it reads instead of parsing the
# dates): compare loads these columns only, not the entities, evidence or document metadata.
_CMP_COLUMNS = (
    "c.id, c.doc_id, c.metric, c.value, c.value_low, c.value_high, c.qualifier, c.text, c.start, c.sentence, "
    "c.actor, c.predicate, c.claimant, c.claimant_side, c.claim_date, c.location, c.conversion, "
    "c.conversion_ok, c.t_lo, c.t_hi, d.doc_date"
)
_CMP_FROM = " FROM claims c JOIN documents d INDEXED BY documents_meta ON d.id = c.doc_id"


def _cmp_dict(r: tuple[Any, ...]) -> dict[str, Any]:
    ok = r[17]
    return {
        "id": r[0],
        "doc_id": r[1],
        "metric": r[2],
        "value": r[3],
        "value_low": r[4],
        "value_high": r[5],
        "qualifier": r[6],
        "text": r[7],
        "start": r[8],
        "sentence": r[9],
        "actor": r[10],
        "predicate": r[11],
        "claimant": r[12],
        "claimant_side": r[13],
        "claim_date": r[14],
        "location": r[15],
        "conversion": r[16],
        "conversion_ok": None if ok is None else bool(ok),
        "t_lo": r[18],
        "t_hi": r[19],
        "doc_date": r[20],
    }


def _fetch(
    conn: sqlite3.Connection, where: str, params: list[Any], *, head: str = ""
) -> list[dict[str, Any]]:
    """Claims for compare (`_cmp_dict`s) matching `where`; `head` goes before the SELECT (a WITH)."""
    sql = head + "SELECT " + _CMP_COLUMNS + _CMP_FROM + " WHERE " + where  # noqa: S608 - constant fragments
    if head:
        sql = sql.replace(" FROM claims c ", " FROM s CROSS JOIN claims c ", 1)  # the WITH's rows drive
    cursor = conn.execute(sql, params)
    cursor.row_factory = None
    with _gc_paused():
        return [_cmp_dict(row) for row in cursor]


def _date_sort_key(c: Mapping[str, Any]) -> tuple[Any, ...]:
    """SORTS["date"] in Python: (claim_time IS NULL, claim_time, doc_id, start)."""
    t = c.get("claim_date")
    t = t if t is not None else c.get("doc_date")
    return (t is None, t or "", str(c.get("doc_id")), int(c.get("start") or 0))


def _day(option: str, value: str, last: bool) -> int:
    span = check_date(option, value)  # compare's own validation and message
    assert span is not None
    return span[1 if last else 0].toordinal()


def compare_claims(
    conn: sqlite3.Connection,
    metric: str,
    *,
    predicate: str | None = None,
    side: str | None = None,
    since: str | None = None,
    until: str | None = None,
    window_days: int = 14,
    limit: int | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """The claims `analysis.compare(claims, metric, ..., limit=limit)` needs, and how many claims
    match the row filters in all.

    With `limit` None: every claim of the metric and of its territory twin (ordered as
    `query_claims(sort="date")` returns them, metric first). With a `limit`: the first `limit`
    matching claims in time order (the filters run in SQL, on the indexes) plus only what their
    markers depend on — claims of the same series within the window of a row, the other claims
    of the rows' documents, each row's whole claimant series (revisions, corroborations), and,
    when a row takes part in a share/area baseline, every baseline and reference figure of the
    store — so compare's cut result is exactly the full one cut to those rows. Context claims
    within the window are read only when their side is known (nothing else uses them).

    The dicts hold only what compare reads (`_cmp_dict`: no entities, evidence or document
    metadata besides doc_date) plus ``t_lo``/``t_hi``, the stored day span compare uses instead of
    parsing dates; `query_claims` gives whole claims.
    """
    _check_choice("metric", metric, METRICS)
    _check_choice("predicate", predicate, PREDICATES)
    _check_choice("side", side, SIDES)
    twins = {"territory_km2": "territory_pct", "territory_pct": "territory_km2"}
    related = [metric] + ([twins[metric]] if metric in twins else [])
    where = ["c.metric = ?"]
    params: list[Any] = [metric]
    if predicate is not None:
        where.append("c.predicate = ?")
        params.append(predicate)
    if side is not None:
        where.append("c.claimant_side = ?")
        params.append(side)
    if since is not None:
        where.append("c.t_hi >= ?")
        params.append(_day("since", since, last=False))
    if until is not None:
        where.append("c.t_lo <= ?")
        params.append(_day("until", until, last=True))
    clause = " AND ".join(where)
    total = int(conn.execute("SELECT count(*) FROM claims c WHERE " + clause, params).fetchone()[0])  # noqa: S608
    if limit is None:
        out: list[dict[str, Any]] = []
        for m in related:
            out.extend(_fetch(conn, "c.metric = ? ORDER BY " + SORTS["date"], [m]))
        return out, total
    # compare's row order (analysis._time_key): dated claims by (t_lo, t_hi, doc_id, start), which
    # the claims_span index gives without sorting, then undated ones by (doc_id, start)
    rows = _fetch(
        conn,
        clause + " AND c.t_lo IS NOT NULL ORDER BY c.t_lo, c.t_hi, c.doc_id, c.start LIMIT ?",
        [*params, int(limit)],
    )
    if len(rows) < limit:
        rows += _fetch(
            conn,
            clause + " AND c.t_lo IS NULL ORDER BY c.doc_id, c.start LIMIT ?",
            [*params, int(limit) - len(rows)],
        )
    pool: dict[str, dict[str, Any]] = {r["id"]: r for r in rows}

    def add(found: list[dict[str, Any]]) -> None:
        for r in found:
            pool.setdefault(r["id"], r)

    marks = ", ".join("?" * len(related))
    # the rows' documents: undated pairs, share/area mates, conversions
    docs = sorted({r["doc_id"] for r in rows})
    for i in range(0, len(docs), 500):
        chunk = docs[i : i + 500]
        add(
            _fetch(
                conn,
                f"c.metric IN ({marks}) AND c.doc_id IN ({', '.join('?' * len(chunk))})",
                [*related, *chunk],
            )
        )
    # within the window of a dated row: conflicts of its series and full-control conflicts (twin)
    spans = sorted((r["t_lo"], r["t_hi"]) for r in rows if r["t_lo"] is not None)
    reach: list[list[int]] = []
    for sp in spans:
        lo, hi = sp[0] - window_days, sp[1] + window_days
        if reach and lo <= reach[-1][1]:
            reach[-1][1] = max(reach[-1][1], hi)
        else:
            reach.append([lo, hi])
    preds = sorted({r["predicate"] for r in rows})
    for lo, hi in reach:
        # t_hi >= lo bounds t_lo from below by lo - 366 (a year is the longest span): an index
        # range; only claims of a known side take part in conflicts
        add(
            _fetch(
                conn,
                "c.metric = ? AND c.t_lo BETWEEN ? AND ? AND c.t_hi >= ? AND c.claimant_side IS NOT NULL "
                f"AND c.predicate IN ({', '.join('?' * len(preds))})",
                [metric, lo - 366, hi, lo, *preds],
            )
        )
        if len(related) > 1:
            add(
                _fetch(
                    conn,
                    "c.metric = ? AND c.t_lo BETWEEN ? AND ? AND c.t_hi >= ? AND c.claimant_side IS NOT NULL "
                    "AND c.predicate IN ('retaken', 'controls')",
                    [related[1], lo - 366, hi, lo],
                )
            )
    # each row's claimant series, whole (revisions and corroborations): one statement, the series
    # as a VALUES table driving seeks on the claims_series index
    series = sorted({(r["claimant"], r["predicate"], r["actor"]) for r in rows if r["claimant"]})
    for i in range(0, len(series), 300):
        chunk = series[i : i + 300]
        add(
            _fetch(
                conn,
                "c.metric = ? AND c.claimant = s.cl AND c.predicate = s.pr AND c.actor = s.ac",
                [*(v for key in chunk for v in key), metric],
                head="WITH s(cl, pr, ac) AS (VALUES " + ", ".join(["(?, ?, ?)"] * len(chunk)) + ") ",
            )
        )
    # share/area baselines: when one touches a row, every baseline and reference is needed
    if metric in twins and _touches_baseline(list(pool.values()), {r["id"] for r in rows}):
        pcts = _fetch(conn, "c.metric = 'territory_pct' AND c.value > 0 AND c.value < 99.5", [])
        add(pcts)
        pct_docs = sorted({p["doc_id"] for p in pcts})
        for i in range(0, len(pct_docs), 500):
            chunk = pct_docs[i : i + 500]
            add(
                _fetch(
                    conn, f"c.metric = 'territory_km2' AND c.doc_id IN ({', '.join('?' * len(chunk))})", chunk
                )
            )
        add(_fetch(conn, "c.metric = 'territory_km2' AND c.predicate IN ('captured', 'region_size')", []))
    ordered = sorted(pool.values(), key=lambda c: (related.index(c["metric"]), _date_sort_key(c)))
    return ordered, total


def _touches_baseline(claims: list[dict[str, Any]], row_ids: set[str]) -> bool:
    """Whether some share/area pair among `claims` (same document, claimant, predicate) involves a row.

    A superset of analysis.find_arithmetic's pairs (which also need the same place and the same or
    adjacent sentences): it may load the baselines when not needed, never miss them."""
    areas: dict[tuple[Any, ...], list[str]] = {}
    for c in claims:
        if c["metric"] == "territory_km2" and (c["value"] or 0) > 0:
            areas.setdefault((c["doc_id"], c["claimant"], c["predicate"]), []).append(c["id"])
    for c in claims:
        if c["metric"] == "territory_pct" and 0 < (c["value"] or 0) < 99.5:
            mates = areas.get((c["doc_id"], c["claimant"], c["predicate"]), [])
            if mates and (c["id"] in row_ids or any(m in row_ids for m in mates)):
                return True
    return False
