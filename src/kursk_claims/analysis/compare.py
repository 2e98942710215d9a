"""compare(): the timeline of one metric with its markers; a claim's context for show."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from kursk_claims.analysis.arithmetic import check_verdict, find_arithmetic
from kursk_claims.analysis.intervals import _num, _ospan, _time_key, claim_interval, claim_time
from kursk_claims.analysis.markers import (
    _actor,
    _cid,
    _side,
    find_conflicts,
    find_corroborations,
    find_revisions,
)
from kursk_claims.analysis.records import (
    DEFAULT_WINDOW_DAYS,
    TERRITORY_TWINS,
    UNITS,
    AnalysisError,
    ArithmeticCheck,
    ClaimDict,
    CompareResult,
    Conflict,
    Corroboration,
    PredicateGroup,
    Revision,
    TimelineRow,
    _plain,
    _with_id,
)
from kursk_claims.domain.spans import _DATE_RE, date_span
from kursk_claims.domain.values import format_value
from kursk_claims.models import METRICS, PREDICATES, SIDES


def _check_date(name: str, value: str | None) -> tuple[date, date] | None:
    if value is None:
        return None
    span = date_span(value)
    if span is None or not _DATE_RE.fullmatch(value.strip()):
        raise AnalysisError(f"--{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return span


def validate_choice(name: str, value: str | None, valid: Sequence[str]) -> None:
    if value is not None and value not in valid:
        raise AnalysisError(f"unknown {name} {value!r}; valid: {', '.join(valid)}")


def compare(
    claims: Sequence[ClaimDict],
    metric: str,
    *,
    predicate: str | None = None,
    side: str | None = None,
    since: str | None = None,
    until: str | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
    limit: int | None = None,
) -> CompareResult:
    """Timeline per predicate of one metric's claims, with conflict/revision/corroboration/arithmetic markers.

    `limit`: only the first `limit` matching claims in time order become rows (and only the
    markers touching them are kept): the result is the full one cut to those rows.
    `store.compare_claims` loads just the claims such a cut result depends on.
    """
    validate_choice("metric", metric, METRICS)
    validate_choice("predicate", predicate, PREDICATES)
    validate_choice("side", side, SIDES)
    if window_days < 0:
        raise AnalysisError(f"--window must be 0 or more days, got {window_days}")
    lo, hi = _check_date("since", since), _check_date("until", until)

    twin = TERRITORY_TWINS.get(metric)
    related = [c for c in claims if c.get("metric") in (metric, twin)]
    own = [c for c in related if c.get("metric") == metric]

    def shown(c: ClaimDict) -> bool:
        if predicate is not None and (c.get("predicate") or "other") != predicate:
            return False
        if side is not None and _side(c) != side:
            return False
        if lo is not None or hi is not None:
            span = _ospan(c)
            if span is None:
                return False
            if lo is not None and span[1] < lo[0].toordinal():
                return False
            if hi is not None and span[0] > hi[1].toordinal():
                return False
        return True

    rows_claims = sorted((c for c in own if shown(c)), key=_time_key)
    if limit is not None:
        if limit < 0:
            raise AnalysisError(f"--limit must be 0 or more, got {limit}")
        rows_claims = rows_claims[:limit]
    shown_ids = {_cid(c) for c in rows_claims}

    def touches(ids: Iterable[str]) -> bool:
        return any(i in shown_ids for i in ids)

    conflicts = [
        c
        for c in find_conflicts(related, window_days, touching=shown_ids)
        if touches((c.a.id, c.b.id)) and metric in (c.a.metric, c.b.metric)
    ]
    revisions = [
        r for r in find_revisions(own, touching=shown_ids) if touches(i for s in r.steps for i in s.claim_ids)
    ]
    corrobs = [k for k in find_corroborations(own, window_days, touching=shown_ids) if touches(k.claim_ids)]
    checks = [a for a in find_arithmetic(related) if touches(a.claim_ids)]

    # Renumber so ids are 1..n within this result.
    conflicts = [_with_id(c, f"C{i}") for i, c in enumerate(conflicts, 1)]
    revisions = [_with_id(r, f"R{i}") for i, r in enumerate(revisions, 1)]
    corrobs = [_with_id(k, f"K{i}") for i, k in enumerate(corrobs, 1)]
    checks = [_with_id(a, f"A{i}") for i, a in enumerate(checks, 1)]

    marks: dict[str, list[str]] = {}
    for cf in conflicts:
        for ref in (cf.a, cf.b):
            marks.setdefault(ref.id, []).append(f"conflict {cf.id}")
    for rv in revisions:
        for n, st in enumerate(rv.steps, 1):
            for i in st.claim_ids:
                marks.setdefault(i, []).append(f"revision {rv.id} {n}/{len(rv.steps)}")
    for k in corrobs:
        for i in k.claim_ids:
            marks.setdefault(i, []).append(f"corroborated {k.id} ×{k.doc_count}")
    for ac in checks:
        for i in ac.claim_ids:
            marks.setdefault(i, []).append(f"check {ac.id} {check_verdict(ac.passed)}")

    groups: dict[str, list[TimelineRow]] = {}
    for c in rows_claims:
        span = _ospan(c)
        iv = claim_interval(c)
        row = TimelineRow(
            id=_cid(c),
            doc_id=str(c.get("doc_id") or ""),
            time=claim_time(c),
            x_date=date.fromordinal(span[0]).isoformat() if span else None,
            claimant=c.get("claimant"),
            side=_side(c),
            actor=_actor(c),
            location=c.get("location"),
            value=_num(c.get("value")) or 0.0,
            low=iv.low,
            high=iv.high,
            qualifier=str(c.get("qualifier") or "exact"),
            display=format_value(c),
            text=str(c.get("text") or ""),
            markers=tuple(dict.fromkeys(marks.get(_cid(c), []))),
        )
        groups.setdefault(str(c.get("predicate") or "other"), []).append(row)

    order = {p: i for i, p in enumerate(PREDICATES)}
    ordered = sorted(groups.items(), key=lambda kv: order.get(kv[0], len(order)))
    return CompareResult(
        metric=metric,
        unit=UNITS.get(metric, ""),
        window_days=window_days,
        predicate=predicate,
        side=side,
        since=since,
        until=until,
        groups=tuple(PredicateGroup(p, tuple(rows)) for p, rows in ordered),
        conflicts=tuple(conflicts),
        revisions=tuple(revisions),
        corroborations=tuple(corrobs),
        arithmetic=tuple(checks),
        undated=sum(1 for c in rows_claims if claim_time(c) is None),
    )


def related_metrics(metric: str) -> tuple[str, ...]:
    """The metrics whose claims `compare`/`claim_context` need for `metric` (territory twins)."""
    twin = TERRITORY_TWINS.get(metric)
    return (metric, twin) if twin else (metric,)


@dataclass(frozen=True)
class ClaimContext:
    """What the rest of the ledger says about one claim."""

    claim_id: str
    conversion: ArithmeticCheck | None  # the stated-conversion check, if the claim states one
    corroboration: Corroboration | None  # the group of documents repeating this statement
    corroborating_docs: tuple[str, ...]  # the other documents of that group, earliest first
    conflicts: tuple[Conflict, ...]
    revision: Revision | None
    arithmetic: tuple[ArithmeticCheck, ...]  # baseline checks the claim takes part in

    def to_json(self) -> dict[str, Any]:
        data = _plain(asdict(self))
        assert isinstance(data, dict)
        return data


def claim_context(
    claim: ClaimDict, claims: Sequence[ClaimDict], *, window_days: int = DEFAULT_WINDOW_DAYS
) -> ClaimContext:
    """Conversion check, corroborating documents, conflicts, revision series and baseline checks
    of `claim`, among `claims` (pass at least the claims of `related_metrics(claim["metric"])`;
    `claim` itself is added when missing)."""
    cid = _cid(claim)
    pool = list(claims)
    if not any(_cid(c) == cid for c in pool):
        pool.append(claim)
    metric = str(claim.get("metric") or "")
    validate_choice("metric", metric, METRICS)
    res = compare(pool, metric, window_days=window_days)
    corr = next((k for k in res.corroborations if cid in k.claim_ids), None)
    own_doc = str(claim.get("doc_id") or "")
    return ClaimContext(
        claim_id=cid,
        conversion=next((a for a in res.arithmetic if a.kind == "conversion" and cid in a.claim_ids), None),
        corroboration=corr,
        corroborating_docs=tuple(d for d in corr.doc_ids if d != own_doc) if corr else (),
        conflicts=tuple(c for c in res.conflicts if cid in (c.a.id, c.b.id)),
        revision=next((r for r in res.revisions if any(cid in s.claim_ids for s in r.steps)), None),
        arithmetic=tuple(a for a in res.arithmetic if a.kind == "baseline" and cid in a.claim_ids),
    )
