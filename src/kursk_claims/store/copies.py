"""Syndication in the store: documents' groups, claims' copies and the documents carrying a
statement (`query`'s counts). Read only; the copies are written by `analysis.syndication`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

# Seeks by copy_of go through its index by name: most claims are no copy, so after ANALYZE the
# planner reads claims_copy_of as one value on every row and scans the table for each lookup
# (0.19 s per 500 ids on a million claims) instead of seeking the few copies.
BY_COPY = " INDEXED BY claims_copy_of"


def doc_groups(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> dict[str, str]:
    """Document id -> its syndication group id (the document itself when it has none)."""
    ids = sorted(set(doc_ids))
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = f"SELECT id, COALESCE(group_id, id) FROM documents WHERE id IN ({', '.join('?' * len(chunk))})"  # noqa: S608
        out.update((str(a), str(b)) for a, b in conn.execute(sql, chunk))
    return out


def statement_counts(
    conn: sqlite3.Connection, claims: Sequence[Mapping[str, Any]]
) -> dict[str, tuple[int, int]]:
    """Claim id -> (documents, independent groups) carrying its statement, for `query`.

    The statement of a claim (of a copy: of its original) is carried by the original's document
    and its copies' documents; a named claimant's statement also by the documents holding a
    non-copy claim of that claimant with the same metric, predicate, actor and value. Groups
    are the distinct syndication groups of those documents."""
    out: dict[str, tuple[int, int]] = {}
    originals = sorted({str(c.get("copy_of") or c["id"]) for c in claims})
    docs_of: dict[str, set[str]] = {o: {o.rsplit(":", 1)[0]} for o in originals}
    for i in range(0, len(originals), 500):
        chunk = originals[i : i + 500]
        sql = f"SELECT copy_of, doc_id FROM claims{BY_COPY} WHERE copy_of IN ({', '.join('?' * len(chunk))})"  # noqa: S608
        for orig, doc in conn.execute(sql, chunk):
            docs_of[str(orig)].add(str(doc))
    same_of: dict[str, set[str]] = {}
    keys = {
        str(c.get("copy_of") or c["id"]): (c["metric"], c["claimant"], c["predicate"], c["actor"], c["value"])
        for c in claims
        if c.get("claimant")
    }
    by_key: dict[tuple[Any, ...], set[str]] = {}
    for orig, key in keys.items():
        if key not in by_key:
            rows = conn.execute(
                "SELECT doc_id FROM claims WHERE metric = ? AND claimant = ? AND predicate = ? AND actor = ? "
                "AND value = ? AND copy_of IS NULL",
                key,
            )
            by_key[key] = {str(r[0]) for r in rows}
        same_of[orig] = by_key[key]
    groups = doc_groups(conn, {d for s in (*docs_of.values(), *same_of.values()) for d in s})
    for c in claims:
        orig = str(c.get("copy_of") or c["id"])
        docs = docs_of.get(orig, set())
        carrying = docs | same_of.get(orig, set())
        out[str(c["id"])] = (len(carrying), len({groups.get(d, d) for d in carrying}))
    return out


def copies_of(conn: sqlite3.Connection, claim_id: str) -> list[dict[str, Any]]:
    """The claims stored as copies of `claim_id`, with their documents' outlets (`show`)."""
    sql = (
        "SELECT c.id, c.doc_id, d.outlet FROM claims c" + BY_COPY + " JOIN documents d ON d.id = c.doc_id "  # noqa: S608
        "WHERE c.copy_of = ? ORDER BY c.doc_id, c.start"
    )
    rows = conn.execute(sql, (claim_id,))
    return [{"id": str(r[0]), "doc_id": str(r[1]), "outlet": r[2]} for r in rows]
