"""Share/area arithmetic: a percentage and an area in one place imply a baseline, checked against others."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from kursk_claims.analysis.intervals import _time_key
from kursk_claims.analysis.markers import _cid, _group, _who
from kursk_claims.analysis.records import (
    BASELINE_TOLERANCE,
    FULL_CONTROL_PCT,
    PAIR_FALLBACK_CHARS,
    REFERENCE_PREDICATES,
    SENTENCE_GAP_CHARS,
    ArithmeticCheck,
    ClaimDict,
    _with_id,
)
from kursk_claims.domain.spans import normalize_location
from kursk_claims.domain.values import format_number, format_value, number


def _sentence_spans(claim: ClaimDict) -> list[tuple[int, int]]:
    """Candidate document spans of the claim's sentence (one per position of `text` in `sentence`)."""
    sentence, text, start = claim.get("sentence"), claim.get("text"), claim.get("start")
    if not isinstance(sentence, str) or not isinstance(text, str) or not text or not isinstance(start, int):
        return []
    out: list[tuple[int, int]] = []
    i = sentence.find(text)
    while i >= 0:
        if start - i >= 0:
            out.append((start - i, start - i + len(sentence)))
        i = sentence.find(text, i + 1)
    return out


def _spans_near(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """The same sentence (spans overlap) or adjacent ones (only a short gap between them)."""
    if x[1] <= y[0]:
        return y[0] - x[1] <= SENTENCE_GAP_CHARS
    if y[1] <= x[0]:
        return x[0] - y[1] <= SENTENCE_GAP_CHARS
    return True


def same_or_adjacent_sentence(a: ClaimDict, b: ClaimDict) -> bool:
    """Whether two claims of one document stand in the same or adjacent sentences (see the
    module docstring, "Share/area pairs")."""
    sa, sb = _sentence_spans(a), _sentence_spans(b)
    if sa and sb:
        return any(_spans_near(x, y) for x in sa for y in sb)
    return abs(int(a.get("start") or 0) - int(b.get("start") or 0)) <= PAIR_FALLBACK_CHARS


def find_arithmetic(claims: Sequence[ClaimDict]) -> list[ArithmeticCheck]:
    """Baselines implied by share+area pairs, checked across claimants; stated conversions."""
    checks: list[ArithmeticCheck] = []
    pcts = [
        c
        for c in claims
        if c.get("metric") == "territory_pct" and 0 < (number(c.get("value")) or 0.0) < FULL_CONTROL_PCT
    ]
    areas = [c for c in claims if c.get("metric") == "territory_km2" and (number(c.get("value")) or 0.0) > 0]
    # one entry per distinct (claimant, predicate, place, area, share): its first pair in time
    # order, and the claims of every pair repeating those figures
    distinct: dict[tuple[Any, ...], tuple[ClaimDict, ClaimDict, float, list[str]]] = {}
    areas_by_doc = _group(areas, lambda a: a.get("doc_id"))
    for p in sorted(pcts, key=_time_key):
        mates = [
            a
            for a in areas_by_doc.get(p.get("doc_id"), [])
            if a.get("claimant") == p.get("claimant")
            and a.get("predicate") == p.get("predicate")
            and normalize_location(a.get("location")) == normalize_location(p.get("location"))
            and same_or_adjacent_sentence(a, p)
        ]
        if not mates:
            continue
        mate = min(mates, key=lambda a: abs(int(a.get("start") or 0) - int(p.get("start") or 0)))
        pv = number(p.get("value")) or 1.0
        av = number(mate.get("value")) or 0.0
        if not math.isfinite(av * 100.0 / pv):
            continue  # a share too small for its area to imply a baseline
        key = (
            p.get("claimant"),
            p.get("predicate"),
            normalize_location(p.get("location")),
            round(av, 6),
            round(pv, 6),
        )
        if key in distinct:
            ids = distinct[key][3]
            ids.extend(i for i in (_cid(p), _cid(mate)) if i not in ids)
        else:
            distinct[key] = (p, mate, av * 100.0 / pv, [_cid(p), _cid(mate)])
    baselines = [(p, a, base) for p, a, base, _ids in distinct.values()]
    pair_ids = {(_cid(p), _cid(a)): tuple(ids) for p, a, _base, ids in distinct.values()}

    def same_place(x: ClaimDict, loc: str | None) -> bool:
        other = normalize_location(x.get("location"))
        return loc is None or other is None or other == loc

    for p, a, base in baselines:
        loc = normalize_location(p.get("location") or a.get("location"))
        refs: list[tuple[float, str, str]] = []
        for p2, a2, base2 in baselines:
            if p2.get("claimant") != p.get("claimant") and same_place(p2, loc):
                refs.append((base2, _cid(a2), f"{_who(p2)}'s implied baseline {format_number(base2)} km²"))
        for r in areas:
            if (
                r.get("predicate") in REFERENCE_PREDICATES
                and r.get("claimant") != p.get("claimant")
                and same_place(r, loc)
            ):
                rv = number(r.get("value")) or 0.0
                refs.append((rv, _cid(r), f"{_who(r)} {r.get('predicate')} {format_value(r)} km²"))
        head = (
            f"{_who(p)}: {format_value(a)} km² = {format_value(p)} % "
            f"implies a baseline of {format_number(base)} km²"
        )
        if not refs:
            checks.append(
                ArithmeticCheck(
                    id="",
                    kind="baseline",
                    passed=None,
                    claim_ids=pair_ids[(_cid(p), _cid(a))],
                    description=f"{head}; no other claimant's figure to check it against",
                    baseline=base,
                )
            )
            continue
        ref_v, ref_id, ref_desc = min(refs, key=lambda t: abs(t[0] - base) / max(t[0], 1e-9))
        diff = abs(base - ref_v) / max(ref_v, 1e-9)
        passed = diff <= BASELINE_TOLERANCE
        checks.append(
            ArithmeticCheck(
                id="",
                kind="baseline",
                passed=passed,
                claim_ids=pair_ids[(_cid(p), _cid(a))],
                description=(
                    f"{head}; nearest reference {ref_desc}: {100 * diff:.1f} % apart "
                    f"({'within' if passed else 'beyond'} {100 * BASELINE_TOLERANCE:.0f} %)"
                ),
                baseline=base,
                reference=ref_v,
                reference_claim=ref_id,
                diff_pct=100 * diff,
            )
        )

    for c in sorted(claims, key=_time_key):
        ok = c.get("conversion_ok")
        if ok is None:
            continue
        checks.append(
            ArithmeticCheck(
                id="",
                kind="conversion",
                passed=bool(ok),
                claim_ids=(_cid(c),),
                description=(
                    f"{c.get('text') or format_value(c)!s} stated as "
                    f"({c.get('conversion') or '?'}): "
                    + ("consistent" if ok else "the stated conversion disagrees by more than 5 %")
                ),
            )
        )
    return [_with_id(c, f"A{i}") for i, c in enumerate(checks, 1)]


def check_verdict(passed: bool | None) -> str:
    """'pass', 'FAIL' or 'n/a' (no reference to check against)."""
    return "n/a" if passed is None else "pass" if passed else "FAIL"
