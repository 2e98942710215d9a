"""compare(): the timeline of one metric with its markers; a claim's context for show."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from kursk_claims.analysis.arithmetic import check_verdict, find_arithmetic
from kursk_claims.analysis.intervals import _ospan, _time_key, claim_interval, claim_time
from kursk_claims.analysis.markers import (
    _actor,
    _cid,
    _gid,
    _side,
    find_agreements,
    find_conflicts,
    find_repetitions,
    find_revisions,
)
from kursk_claims.analysis.records import (
    DEFAULT_WINDOW_DAYS,
    TERRITORY_TWINS,
    UNITS,
    Agreement,
    AnalysisError,
    ArithmeticCheck,
    ClaimDict,
    CompareResult,
    Conflict,
    PredicateGroup,
    Repetition,
    Revision,
    TimelineRow,
    _plain,
    _with_id,
)
from kursk_claims.domain.spans import _DATE_RE, date_span
from kursk_claims.domain.values import format_value, number
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
    all_copies: bool = False,
) -> CompareResult:
    """Timeline per predicate of one metric's claims, with conflict/revision/repetition/agreement/
    arithmetic markers.

    Copies (claims with ``copy_of``: restatements in a syndicated copy of the group's earliest
    document) take part in no marker; they are not rows either unless `all_copies` (then their
    row is marked "copy of ID"). Each row counts the documents and independent syndication
    groups carrying its statement (`TimelineRow.docs`/`groups`).

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
    every = [c for c in claims if c.get("metric") in (metric, twin)]
    related = [c for c in every if not c.get("copy_of")]  # markers never see copies
    own = [c for c in related if c.get("metric") == metric]
    copies: dict[str, list[ClaimDict]] = {}
    for c in every:
        if c.get("copy_of") and c.get("metric") == metric:
            copies.setdefault(str(c["copy_of"]), []).append(c)

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

    candidates = own + [c for cs in copies.values() for c in cs] if all_copies else own
    rows_claims = sorted((c for c in candidates if shown(c)), key=_time_key)
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
    # a copy's row carries its original's markers of the series (repetition, agreement)
    wanted = shown_ids | {str(c["copy_of"]) for c in rows_claims if c.get("copy_of")}
    all_reps = find_repetitions(own, window_days, touching=wanted)
    repeats = [k for k in all_reps if touches(k.claim_ids)]
    agrees = [g for g in find_agreements(own, window_days, touching=shown_ids) if touches((g.a.id, g.b.id))]
    checks = [a for a in find_arithmetic(related) if touches(a.claim_ids)]

    # Renumber so ids are 1..n within this result.
    conflicts = [_with_id(c, f"C{i}") for i, c in enumerate(conflicts, 1)]
    revisions = [_with_id(r, f"R{i}") for i, r in enumerate(revisions, 1)]
    repeats = [_with_id(k, f"K{i}") for i, k in enumerate(repeats, 1)]
    agrees = [_with_id(g, f"G{i}") for i, g in enumerate(agrees, 1)]
    checks = [_with_id(a, f"A{i}") for i, a in enumerate(checks, 1)]

    marks: dict[str, list[str]] = {}
    for cf in conflicts:
        for ref in (cf.a, cf.b):
            marks.setdefault(ref.id, []).append(f"conflict {cf.id}")
    for rv in revisions:
        for n, st in enumerate(rv.steps, 1):
            for i in st.claim_ids:
                marks.setdefault(i, []).append(f"revision {rv.id} {n}/{len(rv.steps)}")
    for k in repeats:
        for i in k.claim_ids:
            marks.setdefault(i, []).append(f"repeated {k.id} ×{k.group_count} groups")
    for g in agrees:
        for ref, other in ((g.a, g.b), (g.b, g.a)):
            sides = " (other side)" if g.different_sides else ""
            marks.setdefault(ref.id, []).append(f"agrees {g.id} with {other.claimant}{sides}")
    for ac in checks:
        for i in ac.claim_ids:
            marks.setdefault(i, []).append(f"check {ac.id} {check_verdict(ac.passed)}")

    # the statement a row stands for: its repetition's claims, else the claim; plus their copies
    rep_of = {i: k for k in all_reps for i in k.claim_ids}
    by_id = {_cid(c): c for c in own}

    def carried(c: ClaimDict) -> tuple[int, int]:
        cid = str(c.get("copy_of") or _cid(c))
        rep = rep_of.get(cid)
        members = [by_id.get(i) or c for i in rep.claim_ids] if rep else [by_id.get(cid) or c]
        members += [x for m in list(members) for x in copies.get(_cid(m), [])]
        return len({str(m.get("doc_id")) for m in members}), len({_gid(m) for m in members})

    groups: dict[str, list[TimelineRow]] = {}
    for c in rows_claims:
        span = _ospan(c)
        n_docs, n_groups = carried(c)
        own_marks = marks.get(_cid(c), [])
        if c.get("copy_of"):
            own_marks = [f"copy of {c['copy_of']}", *marks.get(str(c["copy_of"]), [])]
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
            value=number(c.get("value")) or 0.0,
            low=iv.low,
            high=iv.high,
            qualifier=str(c.get("qualifier") or "exact"),
            display=format_value(c),
            text=str(c.get("text") or ""),
            markers=tuple(dict.fromkeys(own_marks)),
            docs=n_docs,
            groups=n_groups,
            copy_of=c.get("copy_of"),
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
        repetitions=tuple(repeats),
        agreements=tuple(agrees),
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
    repetition: Repetition | None  # the independent groups repeating this statement
    repeating_docs: tuple[str, ...]  # the other documents of that repetition, earliest first
    agreements: tuple[Agreement, ...]  # other claimants whose figures admit this one
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
    """Conversion check, repeating documents, agreements, conflicts, revision series and baseline checks
    of `claim`, among `claims` (pass at least the claims of `related_metrics(claim["metric"])`;
    `claim` itself is added when missing)."""
    cid = _cid(claim)
    pool = list(claims)
    if not any(_cid(c) == cid for c in pool):
        pool.append(claim)
    metric = str(claim.get("metric") or "")
    validate_choice("metric", metric, METRICS)
    res = compare(pool, metric, window_days=window_days)
    corr = next((k for k in res.repetitions if cid in k.claim_ids), None)
    own_doc = str(claim.get("doc_id") or "")
    return ClaimContext(
        claim_id=cid,
        conversion=next((a for a in res.arithmetic if a.kind == "conversion" and cid in a.claim_ids), None),
        repetition=corr,
        repeating_docs=tuple(d for d in corr.doc_ids if d != own_doc) if corr else (),
        agreements=tuple(g for g in res.agreements if cid in (g.a.id, g.b.id)),
        conflicts=tuple(c for c in res.conflicts if cid in (c.a.id, c.b.id)),
        revision=next((r for r in res.revisions if any(cid in s.claim_ids for s in r.steps)), None),
        arithmetic=tuple(a for a in res.arithmetic if a.kind == "baseline" and cid in a.claim_ids),
    )
