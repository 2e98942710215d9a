"""Loading what compare needs from the store: the rows, and only the claims their markers depend on."""

from __future__ import annotations

import sqlite3
from typing import Any

from kursk_claims.analysis.compare import _check_date as check_date
from kursk_claims.models import METRICS, PREDICATES, SIDES
from kursk_claims.store.copies import doc_groups
from kursk_claims.store.read import SORTS, _check_choice, _date_sort_key, _fetch


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
    all_copies: bool = False,
) -> tuple[list[dict[str, Any]], int]:
    """The claims `analysis.compare(claims, metric, ..., limit=limit)` needs, and how many claims
    match the row filters in all.

    With `limit` None: every claim of the metric and of its territory twin (ordered as
    `query_claims(sort="date")` returns them, metric first). With a `limit`: the first `limit`
    matching claims in time order (the filters run in SQL, on the indexes) plus only what their
    markers depend on — claims of the same series within the window of a row, the other claims
    of the rows' documents, each row's whole claimant series (revisions, repetitions), and,
    when a row takes part in a share/area baseline, every baseline and reference figure of the
    store, and the copies of every claim loaded (and the originals of loaded copies: a row's
    document and group counts) — so compare's cut result is exactly the full one cut to those
    rows. Context claims within the window are read only when their side or claimant is known
    (nothing else uses them). Rows leave out copies unless `all_copies` (and so does the count).
    Every dict carries ``group_id``, its document's syndication group.

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
    if not all_copies:
        where.append("c.copy_of IS NULL")
    clause = " AND ".join(where)
    total = int(conn.execute("SELECT count(*) FROM claims c WHERE " + clause, params).fetchone()[0])  # noqa: S608
    if limit is None:
        out: list[dict[str, Any]] = []
        for m in related:
            out.extend(_fetch(conn, "c.metric = ? ORDER BY " + SORTS["date"], [m]))
        return _with_groups(conn, out), total
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
                "c.metric = ? AND c.t_lo BETWEEN ? AND ? AND c.t_hi >= ? "
                "AND (c.claimant_side IS NOT NULL OR c.claimant IS NOT NULL) "
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
    # each row's claimant series, whole (revisions and repetitions): one statement, the series
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
    # copies of the claims loaded, and the originals of the copies loaded (documents and groups
    # carrying a row's statement)
    ids = sorted(i for i, c in pool.items() if c["metric"] == metric)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        add(_fetch(conn, f"c.copy_of IN ({', '.join('?' * len(chunk))})", chunk, by_copy=True))
    origs = sorted({c["copy_of"] for c in pool.values() if c["copy_of"]} - set(pool))
    for i in range(0, len(origs), 500):
        chunk = origs[i : i + 500]
        add(_fetch(conn, f"c.id IN ({', '.join('?' * len(chunk))})", chunk))
    ordered = sorted(pool.values(), key=lambda c: (related.index(c["metric"]), _date_sort_key(c)))
    return _with_groups(conn, ordered), total


def _with_groups(conn: sqlite3.Connection, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each claim with ``group_id``: its document's syndication group (`store.copies.doc_groups`)."""
    groups = doc_groups(conn, {c["doc_id"] for c in claims})
    for c in claims:
        c["group_id"] = groups.get(c["doc_id"], c["doc_id"])
    return claims


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
