"""Syndication groups: near-duplicate documents (wire copies) by MinHash LSH over word shingles.

Wire copy is republished lightly edited: a new headline, a paragraph dropped or added, a few
words changed. Such copies share most of their word k-grams (shingles); two different stories
on the same battle and day share names and figures but few k-grams.

- `shingles(text)`: the text's word `SHINGLE_K`-grams (lowercased, words = ``\\w+`` runs);
- `signature(text)`: a datasketch `MinHash` of them (`NUM_PERM` permutations, affine32 scheme),
  stored in ``documents.signature`` as `NUM_PERM` little-endian uint32 (`to_blob`/`from_blob`);
- `GroupIndex`: a `MinHashLSH` (threshold `THRESHOLD`) over the stored signatures, rebuilt from
  the store (signatures, never texts) when a run first writes, then updated document by document.
  A new document's LSH candidates are kept when their estimated Jaccard is at least `THRESHOLD`;
  it joins the groups of all of them (merging groups it bridges). The group id is the id of the
  group's earliest document (by ``doc_date``, undated last, then id); when a new document is
  earlier, the id moves to it and every member is updated. All of this runs inside the
  document's own write transaction, so an interrupted run keeps every group it committed.
- Claims in copies: a claim of a non-earliest member that restates a claim of the earliest
  document (same metric, predicate, actor and claimant — both unattributed counts as the same —
  and each value admitted by the other's interval, `analysis.intervals`) gets ``copy_of`` = that
  claim's id (the nearest value, then the first in the text). When the earliest document
  changes, every member's ``copy_of`` is recomputed.

Parameters (chosen on the generated corpus of tests/syndication_corpus.py; see the README):
5-word shingles, 128 permutations, threshold 0.4.

This module imports datasketch (and numpy, scipy); only `extract` loads it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from kursk_claims.analysis.intervals import _value_admitted

SHINGLE_K = 5
NUM_PERM = 128
THRESHOLD = 0.4
SEED = 1
SCHEME = "affine32"

_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE_K) -> set[bytes]:
    """The word k-grams of `text` (lowercased), as UTF-8 bytes; a text shorter than k words is one shingle."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) <= k:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> Any:
    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations


def signature(text: str, *, k: int = SHINGLE_K, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash of the text's word k-grams."""
    m = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME, permutations=_permutations(num_perm))
    grams = shingles(text, k)
    if grams:
        m.update_batch(list(grams))
    return m


def to_blob(m: MinHash) -> bytes:
    """A signature as stored: its hash values as little-endian uint32."""
    return bytes(np.asarray(m.hashvalues, dtype="<u4").tobytes())


def from_blob(blob: bytes) -> MinHash | None:
    """A stored signature back as a MinHash (None when it was made with another permutation count)."""
    if len(blob) != 4 * NUM_PERM:
        return None
    values = np.frombuffer(blob, dtype="<u4").astype(np.uint32)
    return MinHash(seed=SEED, scheme=SCHEME, hashvalues=values, permutations=_permutations(NUM_PERM))


def _age_key(doc_id: str, doc_date: str | None) -> tuple[bool, str, str]:
    """Earliest first: by document date (undated last), then id."""
    return (doc_date is None, doc_date or "", doc_id)


class GroupIndex:
    """The LSH index of the stored signatures and the group assignment of new documents.

    Use `write_result` (the store's writer with the signature and the group assignment in the
    same transaction); `from_store` rebuilds the index from the stored signatures.
    """

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.signatures: dict[str, MinHash] = {}

    @classmethod
    def from_store(cls, conn: sqlite3.Connection) -> GroupIndex:
        index = cls()
        cursor = conn.execute("SELECT id, signature FROM documents WHERE signature IS NOT NULL")
        for doc_id, blob in cursor:
            m = from_blob(bytes(blob))
            if m is not None:
                index.add(str(doc_id), m)
        return index

    def add(self, doc_id: str, m: MinHash) -> None:
        if doc_id in self.signatures:
            self.lsh.remove(doc_id)
        self.signatures[doc_id] = m
        self.lsh.insert(doc_id, m)

    def matches(self, m: MinHash, *, exclude: str | None = None) -> list[str]:
        """Indexed documents whose estimated Jaccard with `m` is at least the threshold."""
        out = []
        for key in self.lsh.query(m):
            if key != exclude and self.signatures[key].jaccard(m) >= self.threshold:
                out.append(str(key))
        return sorted(out)

    def assign(self, conn: sqlite3.Connection, doc_id: str, m: MinHash) -> str:
        """Put the (just written) document `doc_id` in its group, inside the caller's transaction;
        return the group id. Moves the group id to the earliest member and recomputes copy_of."""
        near = self.matches(m, exclude=doc_id)
        # the group this document used to name (a re-extracted earliest document): its members
        # that no longer match are renamed after their own earliest member below
        orphans = _ids(conn, "SELECT id FROM documents WHERE group_id = ? AND id != ?", (doc_id, doc_id))
        groups = sorted(_group_ids(conn, near))
        members = {doc_id, *near}
        for chunk in _chunks(groups):
            members.update(
                _ids(conn, f"SELECT id FROM documents WHERE group_id IN ({_marks(chunk)})", chunk)  # noqa: S608
            )
        dates = _dates(conn, members)
        earliest = min(members, key=lambda d: _age_key(d, dates.get(d)))
        _set_group(conn, members, earliest)
        if earliest == doc_id or groups != [earliest]:
            for member in members:  # the earliest document changed: every member's copies
                _set_copies(conn, member, earliest)
        else:
            _set_copies(conn, doc_id, earliest)
        left = [d for d in orphans if d not in members]
        if left:
            dates = _dates(conn, left)
            first = min(left, key=lambda d: _age_key(d, dates.get(d)))
            _set_group(conn, left, first)
            for member in left:
                _set_copies(conn, member, first)
        return earliest

    def write_result(self, conn: sqlite3.Connection, result: Any, *, extracted_at: str | None = None) -> int:
        """`store.write_result` plus the document's signature and group, in one transaction."""
        from kursk_claims.store.write import write_result

        m = signature(result.document.text)
        n = write_result(
            conn,
            result,
            extracted_at=extracted_at,
            signature=to_blob(m),
            in_transaction=lambda c: self.assign(c, result.document.id, m),
        )
        self.add(result.document.id, m)  # only once committed
        return n


def _marks(items: Iterable[Any]) -> str:
    return ", ".join("?" for _ in items)


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _ids(conn: sqlite3.Connection, sql: str, params: Iterable[Any]) -> list[str]:
    return [str(r[0]) for r in conn.execute(sql, tuple(params))]


def _group_ids(conn: sqlite3.Connection, doc_ids: list[str]) -> set[str]:
    out: set[str] = set()
    for chunk in _chunks(doc_ids):
        for (gid,) in conn.execute(
            f"SELECT DISTINCT COALESCE(group_id, id) FROM documents WHERE id IN ({_marks(chunk)})",  # noqa: S608
            chunk,
        ):
            out.add(str(gid))
    return out


def _dates(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> dict[str, str | None]:
    ids = sorted(doc_ids)
    out: dict[str, str | None] = {}
    for chunk in _chunks(ids):
        for doc_id, doc_date in conn.execute(
            f"SELECT id, doc_date FROM documents WHERE id IN ({_marks(chunk)})",  # noqa: S608
            chunk,
        ):
            out[str(doc_id)] = doc_date
    return out


def _set_group(conn: sqlite3.Connection, members: Iterable[str], group_id: str) -> None:
    conn.executemany(
        "UPDATE documents SET group_id = ? WHERE id = ? AND group_id IS NOT ?",
        [(group_id, d, group_id) for d in sorted(members)],
    )


_CLAIM_COLS = "id, metric, predicate, actor, claimant_key, value, value_low, value_high, qualifier, start"


def _claims(conn: sqlite3.Connection, doc_id: str) -> list[dict[str, Any]]:
    cursor = conn.execute(f"SELECT {_CLAIM_COLS} FROM claims WHERE doc_id = ? ORDER BY start", (doc_id,))  # noqa: S608
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def restates(copy: dict[str, Any], original: dict[str, Any]) -> bool:
    """Same metric, predicate, actor and claimant (by name key), each value admitted by the other."""
    return (
        copy["metric"] == original["metric"]
        and copy["predicate"] == original["predicate"]
        and copy["actor"] == original["actor"]
        and copy.get("claimant_key") == original.get("claimant_key")
        and _value_admitted(copy, original)
    )


def copy_links(copies: list[dict[str, Any]], originals: list[dict[str, Any]]) -> dict[str, str]:
    """claim id -> id of the original claim it restates (nearest value, then first in the text)."""
    out: dict[str, str] = {}
    for c in copies:
        found = [o for o in originals if restates(c, o)]
        if found:
            v = float(c["value"])
            best = min(found, key=lambda o: (abs(float(o["value"]) - v), int(o["start"])))
            out[str(c["id"])] = str(best["id"])
    return out


def _set_copies(conn: sqlite3.Connection, doc_id: str, earliest: str) -> None:
    mine = _claims(conn, doc_id)
    links = {} if doc_id == earliest else copy_links(mine, _claims(conn, earliest))
    conn.executemany(
        "UPDATE claims SET copy_of = ? WHERE id = ? AND copy_of IS NOT ?",
        [(links.get(str(c["id"])), c["id"], links.get(str(c["id"]))) for c in mine],
    )
