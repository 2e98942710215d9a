"""Writing: one document and all its claims per transaction; skipping unchanged documents."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from kursk_claims.domain.names import name_key
from kursk_claims.domain.spans import normalize_location
from kursk_claims.models import Claim, DocResult
from kursk_claims.store.schema import StoreError, _span


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


def _claim_row(claim: Claim, doc_date: str | None, doc_columns: tuple[Any, ...]) -> tuple[Any, ...]:
    """The claim's `_INSERT_CLAIM` values; `doc_columns`: its document's (doc_date, outlet, url,
    published, date_source)."""
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
        *doc_columns,
    )


_INSERT_CLAIM = (
    'INSERT INTO claims (id, doc_id, metric, value, value_low, value_high, unit, qualifier, text, start, "end", '
    "sentence, actor, predicate, claimant, claimant_key, claimant_side, claim_date, location, unit_text, "
    "conversion, conversion_ok, entities, evidence, claim_time, t_lo, t_hi, loc_key, "
    "doc_date, outlet, url, published, date_source) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


# the claim's rowid is looked up by its id (the claim is inserted first, in the same transaction);
# then the claim's date sort key (claim_time, doc_id, start) and dup (1: an entity row with the
# claimant's name key), which `write_result` knows
_INSERT_ENTITY = (
    "INSERT INTO claim_entities (claim_id, role, name, name_key, claim_rowid, claim_time, doc_id, start, dup) "
    "VALUES (?1, ?2, ?3, ?4, (SELECT c.rowid FROM claims c WHERE c.id = ?1), ?5, ?6, ?7, ?8)"
)


def write_result(
    conn: sqlite3.Connection,
    result: DocResult,
    *,
    extracted_at: str | None = None,
    signature: bytes | None = None,
    in_transaction: Callable[[sqlite3.Connection], object] | None = None,
) -> int:
    """Replace one document and all its claims in a single transaction; return the claim count.

    `signature` is stored with the document (its MinHash, `analysis.syndication`);
    `in_transaction(conn)` runs after the rows are written and before COMMIT (the syndication
    group assignment), so the document and its group are committed together.
    Either everything of the document is stored or (on any error, including KeyboardInterrupt)
    nothing changes. Raises `ValueError` for claims that cannot be stored (non-finite numbers,
    a claim of another document) and `StoreError` when the store stays locked.
    """
    doc = result.document
    stamp = extracted_at or datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    claim_rows = []
    entity_rows: list[tuple[Any, ...]] = []
    doc_columns = (result.doc_date, doc.outlet, doc.url, doc.published, result.date_source)
    for claim in result.claims:
        if claim.doc_id != doc.id:
            raise ValueError(f"claim {claim.id} belongs to {claim.doc_id!r}, not {doc.id!r}")
        row = _claim_row(claim, result.doc_date, doc_columns)
        claim_rows.append(row)
        claimant_key, claim_time = row[15], row[24]
        seen: set[tuple[str, str]] = set()
        names = [("claimant", claim.claimant)] if claim.claimant else []
        names += [("entity", e) for e in claim.entities]
        for role, name in names:
            if not name:
                continue
            key = name_key(name)
            if key and (role, key) not in seen:
                seen.add((role, key))
                dup = int(role != "claimant" and key == claimant_key)
                entity_rows.append((claim.id, role, name, key, claim_time, claim.doc_id, claim.start, dup))
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(f"store is busy ({exc}); another process holds the write lock — try again") from exc
    try:
        conn.execute("DELETE FROM claims WHERE doc_id = ?", (doc.id,))
        conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
        conn.execute(
            "INSERT INTO documents (id, path, sha256, url, outlet, published, doc_date, date_source, "
            "date_confidence, text, n_claims, warnings, extracted_at, title, extractor, status, signature) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                signature,
            ),
        )
        conn.executemany(_INSERT_CLAIM, claim_rows)
        conn.executemany(_INSERT_ENTITY, entity_rows)
        if in_transaction is not None:
            in_transaction(conn)
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
