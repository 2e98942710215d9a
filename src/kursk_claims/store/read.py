"""Reading: claims as dicts with filters, by entity, by id; documents; the columns compare reads."""

from __future__ import annotations

import gc
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from kursk_claims.domain.names import name_key
from kursk_claims.domain.registry import lookup
from kursk_claims.models import ACTORS, EXPORT_KEYS, METRICS, PREDICATES, SIDES
from kursk_claims.store.copies import BY_COPY
from kursk_claims.store.schema import QueryError, StoreError

SORTS: dict[str, str] = {
    "date": "c.claim_time IS NULL, c.claim_time, c.doc_id, c.start",
    "value": "c.value DESC, c.doc_id, c.start",
    "metric": "c.metric, c.claim_time, c.doc_id, c.start",
    "claimant": "c.claimant IS NULL, c.claimant, c.claim_time, c.doc_id, c.start",
    "doc": "c.doc_id, c.start",
}


_DATE_ARG = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


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
    """Name keys to look for when the user asks for `entity`: its own key plus the key of the
    canonical name the registry resolves it to (`domain.registry.lookup`, the resolver extraction
    uses: aliases, transliterations, titles such as "Gen.", surnames)."""
    key = name_key(entity)
    keys = [key] if key else []
    try:
        entry = lookup(entity)
    except (OSError, ValueError):
        entry = None
    if entry is not None:
        canonical = name_key(entry.name)
        if canonical and canonical not in keys:
            keys.append(canonical)
    return keys


_DISTINCT_KEYS = (
    "WITH RECURSIVE k(x) AS (SELECT min(name_key) FROM claim_entities WHERE dup = 0 UNION ALL "
    "SELECT (SELECT min(name_key) FROM claim_entities WHERE dup = 0 AND name_key > k.x) FROM k WHERE k.x IS NOT NULL) "
    "SELECT x FROM k WHERE x IS NOT NULL"
)


def _stored_name_keys(conn: sqlite3.Connection) -> list[str]:
    """The distinct name keys in claim_entities, by a skip scan of claim_entities_order (one seek per key)."""
    return [str(r[0]) for r in conn.execute(_DISTINCT_KEYS)]


# Every column a claim dict is built from, in a fixed order (rows come back as plain tuples:
# building dicts from sqlite3.Row by name was most of the time of a big query).
_CLAIM_KEYS = (
    *EXPORT_KEYS, "location", "unit_text", "conversion", "conversion_ok", "entities", "evidence", "copy_of",
)  # fmt: skip


_DOC_KEYS = ("doc_date", "outlet", "url", "published", "date_source")


_CLAIM_COLUMNS = ", ".join("c." + (f'"{k}"' if k == "end" else k) for k in _CLAIM_KEYS)


# the claim's columns, then its document's (copied onto the claim on write: schema 5)
_COLUMNS = "SELECT " + _CLAIM_COLUMNS + ", " + ", ".join(f"c.{col}" for col in _DOC_KEYS)


_SELECT = _COLUMNS + " FROM claims c"


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


# Every claim dict starts as a copy of this one (its keys in `_OUT_KEYS` order, already sized):
# copying it and setting the values is faster than a 29-key dict display, which grows its table
# twice on the way (measured: building and freeing 6,890 claims, 6.4 ms against 8.7 ms).
_TEMPLATE: dict[str, Any] = dict.fromkeys(_OUT_KEYS)


def _claim_dicts(rows: Iterable[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Rows of `_SELECT` (plain tuples) as claim dicts."""
    out: list[dict[str, Any]] = []
    append = out.append
    new = _TEMPLATE.copy
    entities = _entities
    loads = json.loads
    for r in rows:
        d = new()
        d["id"] = r[0]
        d["doc_id"] = r[1]
        d["metric"] = r[2]
        d["value"] = r[3]
        d["value_low"] = r[4]
        d["value_high"] = r[5]
        d["unit"] = r[6]
        d["qualifier"] = r[7]
        d["text"] = r[8]
        d["start"] = r[9]
        d["end"] = r[10]
        d["sentence"] = r[11]
        d["actor"] = r[12]
        d["predicate"] = r[13]
        d["claimant"] = r[14]
        d["claimant_side"] = r[15]
        d["claim_date"] = r[16]
        d["location"] = r[17]
        d["unit_text"] = r[18]
        d["conversion"] = r[19]
        ok = r[20]
        d["conversion_ok"] = None if ok is None else bool(ok)
        d["entities"] = entities(r[21])
        evidence = r[22]
        d["evidence"] = loads(evidence) if evidence and evidence != "{}" else {}
        d["copy_of"] = r[23]
        d["doc_date"] = r[24]
        d["outlet"] = r[25]
        d["url"] = r[26]
        d["published"] = r[27]
        d["date_source"] = r[28]
        append(d)
    return out


@dataclass(frozen=True)
class ClaimFilter:
    """The filters of `query_claims`, `iter_claims` and `count_claims` (see `query_claims`)."""

    entity: str | None = None
    metric: str | None = None
    side: str | None = None
    actor: str | None = None
    predicate: str | None = None
    since: str | None = None
    until: str | None = None
    doc: str | None = None
    text: str | None = None
    all_copies: bool = True


_Terms = tuple[list[str], list[Any], list[str] | None]  # what `_terms` returns: SQL terms, parameters, keys


def _terms(conn: sqlite3.Connection, f: ClaimFilter) -> _Terms | None:
    """SQL terms (on claims as `c`) and parameters for the filter, and the stored name keys its
    `entity` matches (None without `entity`; `_from_where` makes them SQL); None when nothing can
    match (an entity name no stored claim mentions)."""
    _check_choice("metric", f.metric, METRICS)
    _check_choice("side", f.side, SIDES)
    _check_choice("actor", f.actor, ACTORS)
    _check_choice("predicate", f.predicate, PREDICATES)
    lo = _date_bound("--since", f.since, "-00-00")
    hi = _date_bound("--until", f.until, "-99-99")
    where: list[str] = [] if f.all_copies else ["c.copy_of IS NULL"]
    params: list[Any] = []
    matched: list[str] | None = None
    for column, value in (
        ("c.metric", f.metric),
        ("c.claimant_side", f.side),
        ("c.actor", f.actor),
        ("c.predicate", f.predicate),
        ("c.doc_id", f.doc),
    ):
        if value is not None:
            where.append(column + " = ?")
            params.append(value)
    if f.entity is not None:
        keys = entity_keys(f.entity)
        if not keys:
            return None
        # whole-word match against the few distinct stored keys, then an indexed IN lookup
        wanted = [" " + key + " " for key in keys]
        matched = [k for k in _stored_name_keys(conn) if any(w in " " + k + " " for w in wanted)]
        if not matched:
            return None
    if lo is not None:
        # a partial time overlaps `lo` when padded; the first term (implied by the second: a padded
        # time >= lo starts with a year >= lo's year) lets the (metric, claim_time) index range-scan
        where.append("c.claim_time >= ? AND substr(c.claim_time || '-99-99', 1, 10) >= ?")
        params.extend([lo[:4], lo])
    if hi is not None:
        where.append("c.claim_time <= ?")
        params.append(hi)
    if f.text is not None:
        match = fts_query(f.text)
        if match is None:
            raise QueryError("--text needs at least one word")
        where.append("c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
        params.append(match)
    return where, params, matched


_ENTITY_ORDER = "ce.claim_time IS NULL, ce.claim_time, ce.doc_id, ce.start"  # SORTS["date"] on claim_entities


def _from_where(
    where: list[str], params: list[Any], keys: list[str] | None, *, ordered: bool = False
) -> tuple[str, list[Any]]:
    """The FROM and WHERE of a claims query (claims as `c`) and its parameters, from `_terms`.

    With one name key and `ordered`, the key's claim_entities rows (dup = 0: each claim once)
    drive, in claim_entities_order's order, which is SORTS["date"] (`_ENTITY_ORDER`): no sort,
    and claims reached by rowid. Otherwise entity keys are an IN term on the claims' rowids."""
    if keys is not None and len(keys) == 1 and ordered:
        sql = " FROM claim_entities ce CROSS JOIN claims c ON c.rowid = ce.claim_rowid WHERE ce.name_key = ? AND ce.dup = 0"
        return sql + "".join(" AND " + w for w in where), [keys[0], *params]
    terms = list(where)
    if keys is not None:
        terms.insert(
            0,
            "c.rowid IN (SELECT ce.claim_rowid FROM claim_entities ce WHERE ce.dup = 0 AND ce.name_key IN ("  # noqa: S608
            + ", ".join("?" * len(keys))
            + "))",
        )
    return " FROM claims c" + ((" WHERE " + " AND ".join(terms)) if terms else ""), [*(keys or ()), *params]


def _selection(
    conn: sqlite3.Connection, f: ClaimFilter, *, sort: str | None
) -> tuple[str, list[Any], bool] | None:
    """The filter as SQL, for `count_claims` and `query_claims` alike: the FROM and WHERE (claims as
    `c`), its parameters, and whether rows come in SORTS["date"] order without an ORDER BY
    (`_ENTITY_ORDER` gives it); None when nothing can match. `sort`: the order wanted; None to
    count, when one name key alone reads claim_entities only (no `c`: good for count(*) only)."""
    found = _terms(conn, f)
    if found is None:
        return None
    where, params, keys = found
    key = keys[0] if keys is not None and len(keys) == 1 else None
    if sort is None and key is not None and not where:
        # a key's dup = 0 rows are its claims, once each (ON DELETE CASCADE keeps them to existing claims)
        return " FROM claim_entities ce WHERE ce.name_key = ? AND ce.dup = 0", [key], False
    # by one name key in date order (the `query --entity` default; counting too): claim_entities_order
    # drives, already sorted; not with a document or full-text filter, whose own indexes are narrower
    ordered = sort in (None, "date") and key is not None and f.doc is None and f.text is None
    from_where, params = _from_where(where, params, keys, ordered=ordered)
    return from_where, params, ordered


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
    all_copies: bool = True,
) -> int:
    """How many claims `query_claims` with these filters returns (without a limit)."""
    found = _selection(conn, ClaimFilter(
        entity=entity, metric=metric, side=side, actor=actor, predicate=predicate,
        since=since, until=until, doc=doc, text=text, all_copies=all_copies,
    ), sort=None)  # fmt: skip
    if found is None:
        return 0
    from_where, params, _ = found
    try:
        return int(conn.execute("SELECT count(*)" + from_where, params).fetchone()[0])
    except sqlite3.OperationalError as exc:
        raise StoreError(f"query failed: {exc}") from exc


def _claims_cursor(
    conn: sqlite3.Connection, f: ClaimFilter, *, sort: str, limit: int | None
) -> sqlite3.Cursor | None:
    """The cursor of `query_claims` (plain `_SELECT` tuples), or None when nothing can match."""
    _check_choice("sort", sort, tuple(SORTS))
    if limit is not None and limit < 0:
        raise QueryError("--limit must be 0 or more")
    found = _selection(conn, f, sort=sort)
    if found is None:
        return None
    from_where, params, ordered = found
    if ordered:
        sql = _COLUMNS + from_where + " ORDER BY " + _ENTITY_ORDER
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
    elif limit is not None:
        # two steps: order only the sort keys of every match, then read the whole rows of the
        # first `limit` (SQLite's sorter would carry every column)
        order = " ORDER BY " + SORTS[sort]
        sql = _SELECT + " WHERE c.rowid IN (SELECT c.rowid" + from_where + order + " LIMIT ?)" + order  # noqa: S608
        params.append(int(limit))
    else:
        sql = _COLUMNS + from_where + " ORDER BY " + SORTS[sort]
    try:
        cursor = conn.execute(sql, params)
        cursor.row_factory = None  # plain tuples (read at fetch time)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"query failed: {exc}") from exc
    return cursor


_STREAM_ROWS = 512  # rows converted at a time by iter_claims


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
    all_copies: bool = True,
) -> Iterator[dict[str, Any]]:
    """Streaming form of `query_claims` (same arguments, same dicts)."""
    cursor = _claims_cursor(conn, ClaimFilter(
        entity=entity, metric=metric, side=side, actor=actor, predicate=predicate,
        since=since, until=until, doc=doc, text=text, all_copies=all_copies,
    ), sort=sort, limit=limit)  # fmt: skip
    if cursor is None:
        return
    while rows := cursor.fetchmany(_STREAM_ROWS):
        yield from _claim_dicts(rows)


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
    all_copies: bool = True,
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
      ``claimant`` or ``doc``; ``limit``: at most that many rows;
    - ``all_copies``: False leaves out copies (claims with ``copy_of``: restatements of a claim in
      a syndicated copy of their group's earliest document); `statement_counts` counts them.

    Each dict holds the export keys (`kursk_claims.models.EXPORT_KEYS`, in that order) and then
    ``location, unit_text, conversion, conversion_ok (bool|None), entities (list[str]),
    evidence (dict[str, str]), copy_of, doc_date, outlet, url, published, date_source``.
    """
    with _gc_paused():
        cursor = _claims_cursor(conn, ClaimFilter(
            entity=entity, metric=metric, side=side, actor=actor, predicate=predicate,
            since=since, until=until, doc=doc, text=text, all_copies=all_copies,
        ), sort=sort, limit=limit)  # fmt: skip
        return [] if cursor is None else _claim_dicts(cursor)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a big result is built, and the result then handed
    to the oldest generation unscanned. Its thousands of new dicts and lists hold no reference
    cycles, yet a collection walks every one of them: left on, the collector would run once per
    700 new objects while they are built; merely switched back on, it would walk them all at the
    next allocation, since they are all young (5-6 ms of a 55 ms query of 6,890 claims).
    `gc.freeze()` then `gc.unfreeze()` moves every tracked object to the oldest generation
    without looking at it, as two collections that found nothing would have, and zeroes the
    young count. The oldest generation is collected as usual, so nothing leaks: a cycle that was
    young (ours have none) waits for the next full collection instead of the next young one.
    Skipped when the program keeps frozen objects of its own (unfreeze would let them go).
    Restored on exit, even on error."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if was:
            gc.enable()


def get_claim(conn: sqlite3.Connection, claim_id: str) -> dict[str, Any] | None:
    """One claim by id (``DOC_ID:START``) as a `query_claims` dict, or None."""
    cursor = conn.execute(_SELECT + " WHERE c.id = ?", (claim_id,))
    cursor.row_factory = None
    row = cursor.fetchone()
    return None if row is None else _claim_dicts([row])[0]


def get_document(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    """One stored document (all columns but the MinHash ``signature``; ``warnings`` decoded to a
    list; ``group_size``: the documents of its syndication group), or None."""
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    out = {k: row[k] for k in row.keys() if k != "signature"}
    group = out.get("group_id") or doc_id
    out["group_size"] = max(
        1, int(conn.execute("SELECT count(*) FROM documents WHERE group_id = ?", (group,)).fetchone()[0])
    )
    out["warnings"] = json.loads(out.get("warnings") or "[]")
    return out


def store_stats(conn: sqlite3.Connection) -> dict[str, int]:
    """Counts of documents and claims in the store."""
    docs = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    claims = int(conn.execute("SELECT count(*) FROM claims").fetchone()[0])
    return {"documents": docs, "claims": claims}


# What `analysis.compare` reads of a claim (and t_lo/t_hi, which it reads instead of parsing the
# dates): compare loads these columns only, not the entities, evidence or document metadata.
_CMP_COLUMNS = (
    "c.id, c.doc_id, c.metric, c.value, c.value_low, c.value_high, c.qualifier, c.text, c.start, c.sentence, "
    "c.actor, c.predicate, c.claimant, c.claimant_side, c.claim_date, c.location, c.conversion, "
    "c.conversion_ok, c.t_lo, c.t_hi, c.doc_date, c.copy_of"
)


_CMP_FROM = " FROM claims c"


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
        "copy_of": r[21],
    }


def _fetch(
    conn: sqlite3.Connection, where: str, params: list[Any], *, head: str = "", by_copy: bool = False
) -> list[dict[str, Any]]:
    """Claims for compare (`_cmp_dict`s) matching `where`; `head` goes before the SELECT (a WITH);
    `by_copy` when `where` selects by ``c.copy_of`` (`BY_COPY`)."""
    sql = head + "SELECT " + _CMP_COLUMNS + _CMP_FROM + (BY_COPY if by_copy else "") + " WHERE " + where  # noqa: S608 - constant fragments
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


_DOC_COLUMNS = (
    "d.id, d.outlet, d.url, d.published, d.doc_date, d.date_source, d.status, d.n_claims, "
    "COALESCE(d.group_id, d.id), (SELECT count(*) FROM documents g WHERE g.group_id = d.group_id)"
)


DOCUMENT_KEYS = (
    "id", "outlet", "url", "published", "doc_date", "date_source", "status", "claims", "group", "group_size",
)  # fmt: skip


def list_documents(
    conn: sqlite3.Connection,
    *,
    group: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Stored documents (no text) with their syndication group and its size, by date then id.

    ``group``: the members of the group of this id (a group id, or any member's id); ``outlet``:
    exact, case-insensitive; ``since``/``until``: on the document date (partial dates overlap)."""
    lo = _date_bound("--since", since, "-00-00")
    hi = _date_bound("--until", until, "-99-99")
    where: list[str] = []
    params: list[Any] = []
    if group is not None:
        where.append("d.group_id = COALESCE((SELECT x.group_id FROM documents x WHERE x.id = ?), ?)")
        params.extend([group, group])
    if outlet is not None:
        where.append("d.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if lo is not None:
        where.append("substr(d.doc_date || '-99-99', 1, 10) >= ?")
        params.append(lo)
    if hi is not None:
        where.append("d.doc_date <= ?")
        params.append(hi)
    sql = (
        "SELECT " + _DOC_COLUMNS + " FROM documents d"  # noqa: S608 - constant fragments
        + ((" WHERE " + " AND ".join(where)) if where else "")
        + " ORDER BY d.doc_date IS NULL, d.doc_date, d.id"
    )  # fmt: skip
    out = []
    for row in conn.execute(sql, params):
        item = dict(zip(DOCUMENT_KEYS, tuple(row), strict=True))
        item["group_size"] = max(1, int(item["group_size"] or 0))
        out.append(item)
    return out
