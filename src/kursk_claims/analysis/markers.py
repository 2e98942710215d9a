"""Conflicts, revisions, repetitions and agreements between claims (rules in the analysis package's docstring)."""

from __future__ import annotations

import bisect
import math
import operator
from collections.abc import Iterable, Sequence, Set
from datetime import date
from typing import Any

from kursk_claims.analysis.intervals import (
    _ogap,
    _ospan,
    _time_key,
    _value_admitted,
    claim_interval,
    claim_time,
)
from kursk_claims.analysis.records import (
    DEFAULT_WINDOW_DAYS,
    FULL_CONTROL_PCT,
    FULL_CONTROL_PREDICATES,
    HOLDS_PREDICATES,
    Agreement,
    ClaimDict,
    ClaimRef,
    Conflict,
    Interval,
    Repetition,
    Revision,
    RevisionStep,
    _with_id,
)
from kursk_claims.domain.names import name_key
from kursk_claims.domain.spans import date_span, normalize_location
from kursk_claims.domain.values import format_value, number


def _side(claim: ClaimDict) -> str | None:
    s = claim.get("claimant_side")
    return s if isinstance(s, str) and s else None


def _actor(claim: ClaimDict) -> str:
    a = claim.get("actor")
    return a if isinstance(a, str) and a else "unknown"


def _cid(claim: ClaimDict) -> str:
    cid = claim.get("id")
    if cid:
        return str(cid)
    return f"{claim.get('doc_id')}:{claim.get('start')}"


def _ref(claim: ClaimDict) -> ClaimRef:
    return ClaimRef(
        id=_cid(claim),
        doc_id=str(claim.get("doc_id") or ""),
        metric=str(claim.get("metric") or ""),
        predicate=str(claim.get("predicate") or "other"),
        actor=_actor(claim),
        claimant=claim.get("claimant"),
        side=_side(claim),
        time=claim_time(claim),
        location=claim.get("location"),
        display=format_value(claim),
    )


def _series_key(claim: ClaimDict) -> tuple[Any, ...]:
    return (
        claim.get("metric"),
        claim.get("predicate") or "other",
        _actor(claim),
        normalize_location(claim.get("location")),
    )


def _who(claim: ClaimDict) -> str:
    name = claim.get("claimant") or "(unattributed)"
    side = _side(claim)
    return f"{name} ({side})" if side else str(name)


def _group(claims: Iterable[ClaimDict], key: Any) -> dict[Any, list[ClaimDict]]:
    out: dict[Any, list[ClaimDict]] = {}
    for c in claims:
        out.setdefault(key(c), []).append(c)
    return out


class _Holds:
    """The holds of one place: dated ones by start (with the longest span, so that a window search
    starts early enough), undated ones by document; `near` gives those within a claim's window,
    each as (claim, actor, side, span, time key)."""

    Entry = tuple[ClaimDict, str, "str | None", "tuple[int, int] | None", tuple[Any, ...]]

    def __init__(self, members: Iterable[ClaimDict], window_days: int) -> None:
        entries = [(h, _actor(h), _side(h), _ospan(h), _time_key(h)) for h in members]
        dated = sorted((e for e in entries if e[3] is not None), key=lambda e: e[4])
        self.window = window_days
        self.starts = [e[3][0] for e in dated]  # type: ignore[index]
        self.dated = dated
        self.longest = max((e[3][1] - e[3][0] for e in dated), default=0)  # type: ignore[index]
        self.undated: dict[Any, list[_Holds.Entry]] = {}
        for e in entries:
            if e[3] is None:
                self.undated.setdefault(e[0].get("doc_id"), []).append(e)

    def near(self, claim: ClaimDict, span: tuple[int, int] | None) -> Sequence[_Holds.Entry]:
        if span is None:
            return self.undated.get(claim.get("doc_id"), [])
        i = bisect.bisect_left(self.starts, span[0] - self.window - self.longest)
        j = bisect.bisect_right(self.starts, span[1] + self.window)
        return self.dated[i:j]


_FOUND_ORDER = operator.itemgetter(0, 1, 2, 3)  # time key of a, kind, id of a, id of b


def find_conflicts(
    claims: Sequence[ClaimDict], window_days: int = DEFAULT_WINDOW_DAYS, *, touching: Set[str] | None = None
) -> list[Conflict]:
    """Disjoint-interval conflicts between sides plus full-control-vs-still-holds conflicts.

    `touching`: only the conflicts involving one of these claim ids (numbered among themselves);
    then only the pairs with such a claim are looked at.
    """
    claims = [c for c in claims if not c.get("copy_of")]  # copies never conflict
    # (time key of a, kind, id of a, id of b, ref a, ref b, gap, reason)
    found: list[tuple[tuple[Any, ...], str, str, str, ClaimRef, ClaimRef, int, str]] = []
    # per claim, once (a claim takes part in many conflicts): its ref and "who says what"
    known: dict[int, tuple[ClaimRef, str]] = {}

    def info(c: ClaimDict) -> tuple[ClaimRef, str]:
        got = known.get(id(c))
        if got is None:
            r = _ref(c)
            got = known[id(c)] = (r, f"{_who(c)} says {r.display}")
        return got

    for members in _group(claims, _series_key).values():
        keyed = sorted(((_time_key(c), c) for c in members), key=lambda kc: kc[0])
        keys = [k for k, _ in keyed]
        members = [c for _, c in keyed]
        ids = [_cid(c) for c in members]
        if touching is None:
            hot: list[int] | None = None
        else:
            hot = [j for j, i in enumerate(ids) if i in touching]
            if not hot:
                continue
        spans = [_ospan(c) for c in members]
        sides = [_side(c) for c in members]
        ivs: dict[int, Interval] = {}
        for i, a in enumerate(members):
            sa = sides[i]
            if sa is None:
                continue
            span_a = spans[i]
            # Sweep: members are in time order (undated last, by document), so the later claims
            # that can be within the window of `a` are the next ones up to the first beyond it
            # (when `a` is not wanted itself, only the wanted ones among them).
            later: Iterable[int]
            if hot is None or ids[i] in touching:  # type: ignore[operator]
                later = range(i + 1, len(members))
            else:
                later = hot[bisect.bisect_right(hot, i) :]
            for j in later:
                span_b = spans[j]
                b = members[j]
                if span_a is not None:
                    if span_b is None or span_b[0] - span_a[1] > window_days:
                        break  # undated claims and later starts are all out of reach
                elif span_b is None and b.get("doc_id") != a.get("doc_id"):
                    break  # undated claims are grouped by document
                sb = sides[j]
                if sb is None or sb == sa:
                    continue
                gap = _ogap(a, b, span_a, span_b)
                if gap is None or gap > window_days:
                    continue
                ia = ivs.get(i) or ivs.setdefault(i, claim_interval(a))
                ib = ivs.get(j) or ivs.setdefault(j, claim_interval(b))
                if ia.overlaps(ib):
                    continue
                (ra, says_a), (rb, says_b) = info(a), info(b)
                reason = f"{says_a}, {says_b} {gap} day(s) apart: the figures cannot both be true"
                found.append((keys[i], "disjoint", ids[i], ids[j], ra, rb, gap, reason))

    full = [
        c
        for c in claims
        if c.get("metric") == "territory_pct"
        and c.get("predicate") in FULL_CONTROL_PREDICATES
        and (number(c.get("value")) or 0.0) >= FULL_CONTROL_PCT
        and _side(c) is not None
    ]
    holds = [
        c
        for c in claims
        if c.get("metric") == "territory_km2"
        and c.get("predicate") in HOLDS_PREDICATES
        and (number(c.get("value")) or 0.0) > 0
        and _actor(c) != "unknown"
        and _side(c) is not None
    ]

    # holds by place, looked up by window (see _Holds): not every hold for every full-control claim
    by_loc = _group(holds, lambda h: normalize_location(h.get("location")))
    all_holds = {loc: _Holds(members, window_days) for loc, members in by_loc.items()}
    hot_holds = (
        all_holds
        if touching is None
        else {
            loc: _Holds(mine, window_days)
            for loc, members in by_loc.items()
            if (mine := [h for h in members if _cid(h) in touching])
        }
    )
    for f in full:
        f_side = _side(f)
        f_actor = _actor(f) if _actor(f) != "unknown" else f_side
        f_id = _cid(f)
        f_span = _ospan(f)
        place = (all_holds if touching is None or f_id in touching else hot_holds).get(
            normalize_location(f.get("location"))
        )
        if place is None:
            continue
        f_key = _time_key(f)
        for h, h_actor, h_side, h_span, h_key in place.near(f, f_span):
            if h_actor == f_actor or h_side == f_side:
                continue
            gap = _ogap(f, h, f_span, h_span)
            if gap is None or gap > window_days:
                continue
            (rf, _), (rh, _) = info(f), info(h)
            reason = (
                f"{_who(f)} claims full control ({rf.display} % {rf.predicate}), "
                f"{_who(h)} says {rh.actor} still {rh.predicate} {rh.display} km²"
            )
            if f_key <= h_key:
                found.append((f_key, "full_control", f_id, rh.id, rf, rh, gap, reason))
            else:
                found.append((h_key, "full_control", rh.id, f_id, rh, rf, gap, reason))

    found.sort(key=_FOUND_ORDER)
    return [
        Conflict(id=f"C{i}", kind=kind, a=ra, b=rb, gap_days=gap, reason=reason)
        for i, (_, kind, _ia, _ib, ra, rb, gap, reason) in enumerate(found, 1)
    ]


def find_revisions(claims: Sequence[ClaimDict], *, touching: Set[str] | None = None) -> list[Revision]:
    """Each claimant's successive distinct figures per metric/predicate/actor/place, in time order.

    `touching`: only the revisions with one of these claim ids (numbered among themselves)."""
    out: list[tuple[tuple[Any, ...], Revision]] = []
    named = [c for c in claims if c.get("claimant") and _ospan(c) is not None and not c.get("copy_of")]
    groups = _group(named, lambda c: (c.get("claimant"), *_series_key(c)))
    for (claimant, metric, predicate, actor, _loc), members in groups.items():
        if touching is not None and not any(_cid(c) in touching for c in members):
            continue
        members = sorted(members, key=_time_key)
        steps: list[list[ClaimDict]] = []
        for c in members:
            v = number(c.get("value")) or 0.0
            if steps:
                prev = number(steps[-1][0].get("value")) or 0.0
                if math.isclose(prev, v, rel_tol=1e-6):
                    steps[-1].append(c)
                    continue
            steps.append([c])
        if len(steps) < 2:
            continue
        built: list[RevisionStep] = []
        prev_v: float | None = None
        for step in steps:
            first = step[0]
            v = number(first.get("value")) or 0.0
            change = None if prev_v is None else v - prev_v
            pct = None if prev_v in (None, 0.0) or change is None else 100.0 * change / float(prev_v or 1)
            built.append(
                RevisionStep(
                    value=v,
                    display=format_value(first),
                    time=claim_time(first),
                    claim_ids=tuple(_cid(c) for c in step),
                    doc_ids=tuple(dict.fromkeys(str(c.get("doc_id")) for c in step)),
                    change=change,
                    change_pct=pct,
                )
            )
            prev_v = v
        rev = Revision(
            id="",
            claimant=str(claimant),
            side=_side(members[0]),
            metric=str(metric),
            predicate=str(predicate),
            actor=str(actor),
            location=members[0].get("location"),
            steps=tuple(built),
        )
        out.append((_time_key(members[0]), rev))
    out.sort(key=lambda t: (t[0], t[1].claimant))
    return [_with_id(r, f"R{i}") for i, (_, r) in enumerate(out, 1)]


def _gid(claim: ClaimDict) -> str:
    """The claim's syndication group: its document's group id, else the document itself."""
    return str(claim.get("group_id") or claim.get("doc_id") or "")


def find_repetitions(
    claims: Sequence[ClaimDict], window_days: int = DEFAULT_WINDOW_DAYS, *, touching: Set[str] | None = None
) -> list[Repetition]:
    """The same statement by the same claimant in two or more independent syndication groups.

    Copies (claims with ``copy_of``) never count; several documents of one group count once.
    `touching`: only the statements of a claimant series holding one of these claim ids."""
    out: list[tuple[tuple[Any, ...], Repetition]] = []
    named = [c for c in claims if c.get("claimant") and not c.get("copy_of")]
    for (claimant, *_rest), members in _group(named, lambda c: (c.get("claimant"), *_series_key(c))).items():
        if touching is not None and not any(_cid(c) in touching for c in members):
            continue
        members = sorted(members, key=_time_key)
        clusters: list[list[ClaimDict]] = []
        # clusters whose anchor can still be within the window of a later member, in creation
        # order (members come in time order, so a dated anchor ending more than the window
        # before a member's start is out of reach of every later member too)
        active: list[tuple[tuple[int, int] | None, list[ClaimDict]]] = []
        for c in members:
            span_c = _ospan(c)
            if span_c is not None:
                active = [(sp, cl) for sp, cl in active if sp is None or span_c[0] - sp[1] <= window_days]
            else:
                active = [(sp, cl) for sp, cl in active if sp is None]
            for _sp, cl in active:
                anchor = cl[0]
                gap = _ogap(anchor, c, _ospan(anchor), span_c)
                if gap is not None and gap <= window_days and _value_admitted(anchor, c):
                    cl.append(c)
                    break
            else:
                clusters.append([c])
                active.append((span_c, clusters[-1]))
        for cl in clusters:
            docs = _docs_by_age(cl)
            group_of = {str(c.get("doc_id")): _gid(c) for c in cl}
            groups = list(dict.fromkeys(group_of[d] for d in docs))
            if len(groups) < 2:
                continue
            anchor = cl[0]
            out.append(
                (
                    _time_key(anchor),
                    Repetition(
                        id="",
                        claimant=str(claimant),
                        side=_side(anchor),
                        metric=str(anchor.get("metric")),
                        predicate=str(anchor.get("predicate") or "other"),
                        display=format_value(anchor),
                        group_count=len(groups),
                        group_ids=tuple(groups),
                        doc_count=len(docs),
                        doc_ids=tuple(docs),
                        origin_doc=docs[0],
                        claim_ids=tuple(_cid(c) for c in cl),
                    ),
                )
            )
    out.sort(key=lambda t: (t[0], t[1].claimant))
    return [_with_id(c, f"K{i}") for i, (_, c) in enumerate(out, 1)]


def find_agreements(
    claims: Sequence[ClaimDict], window_days: int = DEFAULT_WINDOW_DAYS, *, touching: Set[str] | None = None
) -> list[Agreement]:
    """Pairs of claims by different named claimants (by name key) of one series (metric, predicate,
    actor, place) within the window whose values admit each other; copies never take part.

    `touching`: only the pairs with one of these claim ids (numbered among themselves)."""
    found: list[tuple[tuple[Any, ...], str, str, Agreement]] = []
    named = [c for c in claims if c.get("claimant") and not c.get("copy_of")]
    for members in _group(named, _series_key).values():
        keyed = sorted(((_time_key(c), c) for c in members), key=lambda kc: kc[0])
        members = [c for _, c in keyed]
        ids = [_cid(c) for c in members]
        if touching is not None and not any(i in touching for i in ids):
            continue
        spans = [_ospan(c) for c in members]
        who = [name_key(str(c.get("claimant"))) for c in members]
        for i, a in enumerate(members):
            for j in range(i + 1, len(members)):
                span_a, span_b = spans[i], spans[j]
                b = members[j]
                if span_a is not None:
                    if span_b is None or span_b[0] - span_a[1] > window_days:
                        break
                elif span_b is None and b.get("doc_id") != a.get("doc_id"):
                    break
                if who[i] == who[j]:
                    continue
                if touching is not None and ids[i] not in touching and ids[j] not in touching:
                    continue
                gap = _ogap(a, b, span_a, span_b)
                if gap is None or gap > window_days or not _value_admitted(a, b):
                    continue
                ra, rb = _ref(a), _ref(b)
                different = ra.side is not None and rb.side is not None and ra.side != rb.side
                reason = (
                    f"{_who(a)} and {_who(b)} both put {ra.actor} {ra.predicate} at {ra.display} / "
                    f"{rb.display}, {gap} day(s) apart" + (" (different sides)" if different else "")
                )
                found.append((keyed[i][0], ids[i], ids[j], Agreement("", ra, rb, different, gap, reason)))
    found.sort(key=operator.itemgetter(0, 1, 2))
    return [_with_id(g, f"G{i}") for i, (_, _a, _b, g) in enumerate(found, 1)]


def _docs_by_age(cl: Sequence[ClaimDict]) -> list[str]:
    """Distinct documents of a cluster, earliest first (by document date, else claim time, then id)."""
    best: dict[str, tuple[Any, ...]] = {}
    for c in cl:
        doc = str(c.get("doc_id"))
        span = date_span(c.get("doc_date")) or date_span(claim_time(c))
        key = (0, span[0], doc) if span else (1, date.max, doc)
        if doc not in best or key < best[doc]:
            best[doc] = key
    return sorted(best, key=lambda d: best[d])
