"""Markers of `analysis.compare` on hand-built claim sets (no extraction involved)."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kursk_claims import analysis
from kursk_claims.analysis import (
    AnalysisError,
    Interval,
    claim_interval,
    compare,
    markers,
    within_window,
)
from kursk_claims.domain.spans import date_span
from kursk_claims.domain.values import format_value

_counter = iter(range(10_000, 1_000_000))


def mk(**kw: Any) -> dict[str, Any]:
    """A claim dict with sensible defaults; `v` is shorthand for an exact value."""
    v = kw.pop("v", None)
    c: dict[str, Any] = {
        "doc_id": "d1",
        "metric": "territory_km2",
        "value": 100.0,
        "value_low": None,
        "value_high": None,
        "unit": "km2",
        "qualifier": "exact",
        "text": "100 km2",
        "start": next(_counter),
        "end": 0,
        "sentence": "",
        "actor": "ukraine",
        "predicate": "controls",
        "claimant": None,
        "claimant_side": None,
        "claim_date": None,
        "location": "Kursk region",
        "conversion": None,
        "conversion_ok": None,
        "evidence": {},
        "doc_date": None,
        "outlet": None,
        "url": None,
        "unit_text": None,
    }
    if v is not None:
        c["value"] = float(v)
        c["value_low"] = c["value_high"] = float(v)
    c.update(kw)
    c["id"] = f"{c['doc_id']}:{c['start']}"
    c["end"] = c["start"] + len(c["text"])
    return c


def ua(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine"}
    return mk(**{**base, **kw})


def ru(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"claimant": "Sergei Rudskoi", "claimant_side": "russia"}
    return mk(**{**base, **kw})


def bound(q: str, v: float, lo: float | None = None, hi: float | None = None) -> dict[str, Any]:
    """Value fields for a qualifier, shaped as the schema has them."""
    if q in ("more_than", "at_least"):
        return {"qualifier": q, "value": v, "value_low": v, "value_high": None}
    if q in ("less_than", "at_most"):
        return {"qualifier": q, "value": v, "value_low": None, "value_high": v}
    if q == "range":
        return {"qualifier": q, "value": v, "value_low": lo, "value_high": hi}
    return {"qualifier": q, "value": v, "value_low": v, "value_high": v}


# --------------------------------------------------------------------------- intervals


@pytest.mark.parametrize(
    "fields, low, high",
    [
        (bound("exact", 90), 89.1, 90.9),
        (bound("approx", 90), 81.0, 99.0),
        (bound("nearly", 1300), 1170.0, 1300.0),
        (bound("more_than", 800), 800.0, math.inf),
        (bound("at_least", 2000), 2000.0, math.inf),
        (bound("less_than", 1), 0.0, 1.0),
        (bound("at_most", 400), 0.0, 400.0),
        (bound("range", 11000, 10000, 12000), 9900.0, 12120.0),
    ],
)
def test_claim_interval(fields: dict[str, Any], low: float, high: float) -> None:
    iv = claim_interval(mk(**fields))
    assert iv.low == pytest.approx(low)
    assert iv.high == pytest.approx(high) if math.isfinite(high) else math.isinf(iv.high)


@pytest.mark.parametrize(
    "a, b, overlap",
    [
        (bound("exact", 90), bound("approx", 95), True),
        (bound("exact", 90), bound("exact", 500), False),
        (bound("more_than", 800), bound("exact", 900), True),
        (bound("more_than", 800), bound("exact", 500), False),
        (bound("less_than", 1), bound("exact", 5), False),
        (bound("less_than", 1), bound("approx", 0.5), True),
        (bound("at_most", 400), bound("more_than", 400), True),
        (bound("range", 11000, 10000, 12000), bound("approx", 11000), True),
        (bound("range", 11000, 10000, 12000), bound("exact", 3000), False),
        (bound("nearly", 1300), bound("exact", 1000), False),
    ],
)
def test_overlap(a: dict[str, Any], b: dict[str, Any], overlap: bool) -> None:
    ia, ib = claim_interval(mk(**a)), claim_interval(mk(**b))
    assert ia.overlaps(ib) is overlap
    assert ib.overlaps(ia) is overlap


@pytest.mark.parametrize(
    "fields, shown",
    [
        (bound("more_than", 800), ">800"),
        (bound("approx", 90), "≈90"),
        (bound("nearly", 90), "≲90"),
        ({"qualifier": "approx", "value": 11000, "value_low": 10000, "value_high": 12000}, "≈10,000–12,000"),
        (bound("range", 11000, 10000, 12000), "10,000–12,000"),
        (bound("less_than", 1), "<1"),
        (bound("at_most", 400), "≤400"),
        (bound("at_least", 2000), "≥2,000"),
        (bound("exact", 66.666), "66.7"),
        (bound("exact", 1250), "1,250"),
    ],
)
def test_format_value(fields: dict[str, Any], shown: str) -> None:
    assert format_value(mk(**fields)) == shown


# --------------------------------------------------------------------------- time


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("2025", "2025-01-01", "2025-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025-03-13", "2025-03-13", "2025-03-13"),
        ("2025-03-13T10:00:00", "2025-03-13", "2025-03-13"),
    ],
)
def test_date_span(value: str, first: str, last: str) -> None:
    span = date_span(value)
    assert span is not None
    assert (span[0].isoformat(), span[1].isoformat()) == (first, last)


@pytest.mark.parametrize("value", [None, "", "March", "2025-13", "2025-02-30"])
def test_date_span_rejects(value: str | None) -> None:
    assert date_span(value) is None


@pytest.mark.parametrize(
    "d2, inside",
    [("2025-03-14", True), ("2025-03-15", True), ("2025-03-16", False)],
    ids=["13-days", "14-days", "15-days"],
)
def test_window_edges(d2: str, inside: bool) -> None:
    a = mk(claim_date="2025-03-01")
    b = mk(claim_date=d2, doc_id="d2")
    assert within_window(a, b, 14) is inside


def test_month_is_an_interval() -> None:
    a = mk(claim_date="2025-03")
    assert within_window(a, mk(claim_date="2025-04-14", doc_id="d2"), 14)
    assert not within_window(a, mk(claim_date="2025-04-15", doc_id="d2"), 14)


def test_time_falls_back_to_doc_date_and_undated_same_doc() -> None:
    a = mk(doc_date="2025-03-01")
    assert analysis.claim_time(a) == "2025-03-01"
    assert analysis.claim_time(mk(claim_date="2025-02-01", doc_date="2025-03-01")) == "2025-02-01"
    u1, u2, u3 = mk(doc_id="x"), mk(doc_id="x"), mk(doc_id="y")
    assert within_window(u1, u2)
    assert not within_window(u1, u3)
    assert not within_window(u1, a)


# --------------------------------------------------------------------------- conflicts


@pytest.mark.parametrize(
    "ua_fields, ru_fields, conflict",
    [
        (bound("approx", 500), bound("more_than", 400), False),  # >400 admits ≈500
        (bound("exact", 500), bound("exact", 200), True),
        (bound("approx", 500), bound("approx", 520), False),
        (bound("more_than", 800), bound("exact", 900), False),
        (bound("more_than", 800), bound("exact", 500), True),
        (bound("less_than", 1), bound("exact", 5), True),
    ],
)
def test_disjoint_conflict(ua_fields: dict[str, Any], ru_fields: dict[str, Any], conflict: bool) -> None:
    a = ua(claim_date="2025-03-01", **ua_fields)
    b = ru(claim_date="2025-03-05", doc_id="d2", **ru_fields)
    res = compare([a, b], "territory_km2")
    assert bool(res.conflicts) is conflict
    if conflict:
        c = res.conflicts[0]
        assert c.kind == "disjoint"
        assert {c.a.id, c.b.id} == {a["id"], b["id"]}
        assert any(m.startswith("conflict C1") for m in res.rows[0].markers)


@pytest.mark.parametrize("days, conflict", [(13, True), (14, True), (15, False)])
def test_conflict_window_edges(days: int, conflict: bool) -> None:
    a = ua(claim_date="2025-03-01", v=500)
    b = ru(claim_date=f"2025-03-{1 + days:02d}", doc_id="d2", v=100)
    assert bool(compare([a, b], "territory_km2").conflicts) is conflict
    assert bool(compare([a, b], "territory_km2", window_days=days - 1).conflicts) is False


@pytest.mark.parametrize(
    "change, conflict",
    [
        ({}, True),
        ({"claimant_side": "ukraine"}, False),  # same side: that is a revision, not a conflict
        ({"claimant_side": None}, False),  # narrative voice is no side
        ({"predicate": "captured"}, False),
        ({"actor": "russia"}, False),
        ({"location": "Sumy region"}, False),
        ({"location": None}, False),
        ({"location": "Kursk Oblast"}, True),  # same place, other spelling
        ({"metric": "territory_pct"}, False),
    ],
)
def test_conflict_needs_same_statement_shape(change: dict[str, Any], conflict: bool) -> None:
    a = ua(claim_date="2025-03-01", v=500)
    b = ru(**{"claim_date": "2025-03-02", "doc_id": "d2", "v": 100, **change})
    assert bool(compare([a, b], "territory_km2").conflicts) is conflict


def test_unknown_locations_compare_only_with_each_other() -> None:
    a = ua(claim_date="2025-03-01", v=500, location=None)
    b = ru(claim_date="2025-03-02", doc_id="d2", v=100, location=None)
    assert len(compare([a, b], "territory_km2").conflicts) == 1


def seed000_like() -> list[dict[str, Any]]:
    """Seed 000 + 003 in miniature: full control vs 90 km² held in Kursk; Gerasimov's 90 km² in Sumy."""
    full = mk(
        doc_id="000",
        metric="territory_pct",
        predicate="retaken",
        actor="russia",
        claimant="Russian officials",
        claimant_side="russia",
        text="regained complete control",
        unit="percent",
        v=100,
    )
    holds = mk(
        doc_id="000",
        predicate="controls",
        actor="ukraine",
        claimant="Oleksandr Syrskyi",
        claimant_side="ukraine",
        text="about 90 square kilometers",
        **bound("approx", 90),
    )
    sumy = mk(
        doc_id="003",
        doc_date="2025-05-21",
        predicate="controls",
        actor="russia",
        claimant="Valery Gerasimov",
        claimant_side="russia",
        location="Sumy region",
        text="over 90 square kilometers",
        **bound("more_than", 90),
    )
    return [full, holds, sumy]


@pytest.mark.parametrize("metric", ["territory_km2", "territory_pct"])
def test_full_control_vs_still_holds(metric: str) -> None:
    full, holds, sumy = seed000_like()
    res = compare([full, holds, sumy], metric)
    assert len(res.conflicts) == 1
    c = res.conflicts[0]
    assert c.kind == "full_control"
    assert {c.a.id, c.b.id} == {full["id"], holds["id"]}
    assert sumy["id"] not in {c.a.id, c.b.id}
    marked = {r.id for r in res.rows if any(m.startswith("conflict") for m in r.markers)}
    assert marked == ({holds["id"]} if metric == "territory_km2" else {full["id"]})


@pytest.mark.parametrize(
    "change",
    [
        {"location": "Sumy region"},
        {"claimant_side": "russia", "claimant": "Russian MoD"},
        {"actor": "russia"},
        {"doc_id": "other"},  # undated and in another document: cannot be placed in time
        {"value": 0.0, "value_low": 0.0, "value_high": 0.0},
    ],
)
def test_full_control_needs_other_side_same_place_and_time(change: dict[str, Any]) -> None:
    full, holds, _ = seed000_like()
    holds.update(change)
    assert compare([full, holds], "territory_km2").conflicts == ()


def test_full_control_within_window_across_documents() -> None:
    full, holds, _ = seed000_like()
    full.update(doc_id="003", doc_date="2025-04-26")
    holds.update(doc_date="2025-05-04")
    assert len(compare([full, holds], "territory_km2").conflicts) == 1
    holds.update(doc_date="2025-06-22")
    assert compare([full, holds], "territory_km2").conflicts == ()


def test_kursk_90_is_not_sumy_90() -> None:
    full, holds, sumy = seed000_like()
    sumy.update(doc_id="000", doc_date=None, claimant_side="russia")
    res = compare([holds, sumy], "territory_km2")
    assert res.conflicts == ()


# --------------------------------------------------------------------------- revisions


def test_same_side_revisions() -> None:
    claims = [
        ua(doc_id="a", claim_date="2024-08-12", v=1000, predicate="captured"),
        ua(doc_id="b", claim_date="2024-08-13", v=1000, predicate="captured"),  # repeat, merged
        ua(doc_id="c", claim_date="2024-08-19", v=1150, predicate="captured"),
        ua(doc_id="d", claim_date="2024-08-27", v=1250, predicate="captured"),
        ru(doc_id="e", claim_date="2024-08-20", v=300, predicate="captured", actor="russia"),
    ]
    res = compare(claims, "territory_km2")
    assert res.conflicts == ()  # Rudskoi's 300 is about Russia's gains, not Ukraine's
    assert len(res.revisions) == 1
    rev = res.revisions[0]
    assert rev.claimant == "Oleksandr Syrskyi"
    assert [s.value for s in rev.steps] == [1000, 1150, 1250]
    assert [s.change for s in rev.steps] == [None, 150, 100]
    assert rev.steps[0].doc_ids == ("a", "b")
    assert rev.steps[1].change_pct == pytest.approx(15.0)
    markers = {r.id: r.markers for r in res.rows}
    assert "revision R1 3/3" in markers[claims[3]["id"]]


def test_revision_needs_a_change_and_a_date() -> None:
    same = [ua(doc_id="a", claim_date="2024-08-12", v=1000), ua(doc_id="b", claim_date="2024-09-12", v=1000)]
    assert compare(same, "territory_km2").revisions == ()
    undated = [ua(doc_id="a", v=1000), ua(doc_id="b", v=1200)]
    assert compare(undated, "territory_km2").revisions == ()


# --------------------------------------------------------------------------- repetition (formerly corroboration)


def test_corroboration_across_documents_origin_is_earliest() -> None:
    claims = [
        ua(doc_id="late", doc_date="2024-08-14", claim_date="2024-08-12", **bound("approx", 1000)),
        ua(doc_id="early", doc_date="2024-08-12", claim_date="2024-08-12", v=1000),
        ua(doc_id="mid", doc_date="2024-08-13", claim_date="2024-08-12", v=1000),
        ua(doc_id="mid", doc_date="2024-08-13", claim_date="2024-08-12", v=1000),  # same doc twice
        ua(doc_id="far", doc_date="2024-10-01", claim_date="2024-10-01", v=1000),  # outside window
    ]
    res = compare(claims, "territory_km2")
    assert len(res.repetitions) == 1
    k = res.repetitions[0]
    assert k.doc_count == 3 and k.group_count == 3  # no syndication groups: each document its own
    assert k.origin_doc == "early"
    assert k.doc_ids == ("early", "mid", "late")
    assert claims[4]["id"] not in k.claim_ids


@pytest.mark.parametrize(
    "other, corroborated",
    [
        (bound("exact", 1000), True),
        (bound("approx", 1000), True),
        (bound("approx", 1050), False),  # 1,000 is about 1,050, but 1,050 is not 1,000
        (bound("more_than", 1000), True),
        (bound("exact", 1300), False),
        (bound("more_than", 900), False),  # 1000 is inside >900 but 900 is not inside 1000±1 %
    ],
)
def test_corroboration_values_within_bounds(other: dict[str, Any], corroborated: bool) -> None:
    a = ua(doc_id="x", claim_date="2024-08-12", v=1000)
    b = ua(doc_id="y", claim_date="2024-08-13", **other)
    assert bool(compare([a, b], "territory_km2").repetitions) is corroborated


def test_corroboration_needs_same_claimant() -> None:
    a = ua(doc_id="x", claim_date="2024-08-12", v=1000)
    b = ua(doc_id="y", claim_date="2024-08-13", v=1000, claimant="Volodymyr Zelensky")
    assert compare([a, b], "territory_km2").repetitions == ()


# --------------------------------------------------------------------------- arithmetic


def rudskoi_pair(doc: str = "004") -> list[dict[str, Any]]:
    return [
        ru(doc_id=doc, predicate="retaken", actor="russia", start=100, text="More than 800 square kilometers",
           **bound("more_than", 800)),
        ru(doc_id=doc, predicate="retaken", actor="russia", start=180, metric="territory_pct", unit="percent",
           text="about 64%", **bound("approx", 64)),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "reference, passed",
    [(1300, True), (1200, True), (1400, False), (29_900, False)],
)
def test_baseline_check(reference: float, passed: bool) -> None:
    ref = ua(doc_id="003", predicate="captured", v=reference)
    res = compare([*rudskoi_pair(), ref], "territory_pct")
    assert len(res.arithmetic) == 1
    check = res.arithmetic[0]
    assert check.kind == "baseline"
    assert check.baseline == pytest.approx(1250)
    assert check.reference == reference
    assert check.passed is passed
    assert check.diff_pct == pytest.approx(100 * abs(1250 - reference) / reference)


def test_baseline_picks_nearest_reference_and_other_claimants_baseline() -> None:
    region = ua(doc_id="003", predicate="region_size", v=29_900)
    captured = ua(doc_id="003", predicate="captured", **bound("nearly", 1300))
    res = compare([*rudskoi_pair(), region, captured], "territory_km2")
    (check,) = res.arithmetic
    assert check.passed and check.reference == 1300
    # another claimant's implied baseline also serves as a reference
    other = [
        ua(doc_id="x", predicate="retaken", start=1, v=500),
        ua(doc_id="x", predicate="retaken", start=9, metric="territory_pct", v=40),
    ]  # 500 / 40 % = 1250
    res = compare([*rudskoi_pair(), *other], "territory_pct")
    assert len(res.arithmetic) == 2 and all(c.passed for c in res.arithmetic)


def test_baseline_pair_needs_same_place() -> None:
    pct, area = rudskoi_pair()
    area["location"] = "Donetsk region"
    ref = ua(doc_id="003", predicate="retaken", v=1300)
    assert compare([pct, area, ref], "territory_pct").arithmetic == ()


def test_no_reference_baseline_is_listed_without_verdict() -> None:
    res = compare(rudskoi_pair(), "territory_pct")
    (check,) = res.arithmetic
    assert check.passed is None and check.baseline == pytest.approx(1250)
    assert "check A1 n/a" in res.rows[0].markers


@pytest.mark.parametrize("location, checked", [("Kursk region", True), (None, True), ("Sumy region", False)])
def test_baseline_reference_place(location: str | None, checked: bool) -> None:
    ref = ua(doc_id="003", predicate="captured", location=location, v=1300)
    (check,) = compare([*rudskoi_pair(), ref], "territory_pct").arithmetic
    assert (check.passed is not None) is checked


def _in_text(doc_text: str, **kw: Any) -> dict[str, Any]:
    """A claim whose `text` stands at its first place in `doc_text`, with its real sentence."""
    text = kw["text"]
    start = doc_text.index(text)
    a = doc_text.rfind(". ", 0, start)
    a = 0 if a < 0 else a + 2
    b = doc_text.find(". ", start)
    b = len(doc_text) if b < 0 else b + 1
    return {"start": start, "sentence": doc_text[a:b], **kw}


GERASIMOV = (
    "Gerasimov said 86% of the territory has been liberated. "
    "He praised the northern group of forces. "
    "Troops took 24 settlements and 259 square kilometers over the past five days."
)


def gerasimov(doc_text: str = GERASIMOV) -> list[dict[str, Any]]:
    who: dict[str, Any] = {"claimant": "Valery Gerasimov", "claimant_side": "russia", "doc_id": "g1",
                           "predicate": "retaken", "actor": "russia"}  # fmt: skip
    return [
        ru(**_in_text(doc_text, text="86%", metric="territory_pct", unit="percent", v=86, **who)),
        ru(**_in_text(doc_text, text="259 square kilometers", v=259, **who)),
    ]


def test_share_and_area_two_sentences_apart_are_not_paired() -> None:
    # issue 5: "86 % liberated" and "259 km² over the past five days" two sentences later are
    # unrelated figures; pairing them gave a baseline of 301 km² and a false FAIL
    ref = ua(doc_id="003", predicate="captured", v=1300)
    assert compare([*gerasimov(), ref], "territory_pct").arithmetic == ()


@pytest.mark.parametrize(
    "doc_text",
    [
        # the same sentence
        "Troops liberated 259 square kilometers, which amounts to 86% of the territory. Other news.",
        # adjacent sentences on one line, and across a paragraph break
        "Gerasimov said 86% of the territory has been liberated. That is 259 square kilometers.",
        "Gerasimov said 86% of the territory has been liberated.\n\nThat is 259 square kilometers.",
    ],
)
def test_share_and_area_in_same_or_adjacent_sentences_pair(doc_text: str) -> None:
    (check,) = compare(gerasimov(doc_text), "territory_pct").arithmetic
    assert check.kind == "baseline" and check.baseline == pytest.approx(259 / 0.86)


def test_sentence_located_by_text_and_offset() -> None:
    pct, area = gerasimov()
    assert not analysis.same_or_adjacent_sentence(pct, area)
    # a sentence that does not contain the claim's text cannot be located: offsets decide
    far = {**area, "sentence": "", "start": pct["start"] + 251}
    near = {**area, "sentence": "", "start": pct["start"] + 250}
    assert not analysis.same_or_adjacent_sentence(pct, far)
    assert analysis.same_or_adjacent_sentence(pct, near)
    # a text found twice in its sentence: any of its places may be the one
    sentence = "Of 800 km² retaken, 800 km² are in Kursk."
    twice = {**area, "text": "800 km²", "sentence": sentence, "start": 1000 + sentence.rindex("800")}
    after = {**pct, "text": "64%", "sentence": "It is 64%.", "start": 1000 + len(sentence) + 1 + 6}
    assert analysis.same_or_adjacent_sentence(twice, after)


def test_repeated_figures_make_one_check_marked_on_every_claim() -> None:
    # the same share and area stated again (headline-like repetition in the next sentences and in
    # a second document) are one check, not one per pair
    first = rudskoi_pair("004")
    again = [{**c, "start": c["start"] + 1000, "id": f"004:{c['start'] + 1000}"} for c in rudskoi_pair("004")]
    other_doc = rudskoi_pair("005")
    ref = ua(doc_id="003", predicate="captured", v=1300)
    res = compare([*first, *again, *other_doc, ref], "territory_pct")
    (check,) = res.arithmetic
    assert check.passed is True and check.baseline == pytest.approx(1250)
    assert set(check.claim_ids) == {markers._cid(c) for c in [*first, *again, *other_doc]}
    assert check.claim_ids[:2] == (first[1]["id"], first[0]["id"])  # the first pair leads
    assert all("check A1 pass" in r.markers for r in res.rows)
    # a different share is a different check
    changed = [{**c, "value": 70.0, "value_low": 70.0, "value_high": 70.0} if c["metric"] == "territory_pct"
               else c for c in other_doc]  # fmt: skip
    assert len(compare([*first, *changed, ref], "territory_pct").arithmetic) == 2


@pytest.mark.parametrize("ok", [False, True])
def test_conversion_check(ok: bool) -> None:
    c = ua(v=1300, conversion="500 square miles", conversion_ok=ok, text="1,300 square kilometers")
    res = compare([c], "territory_km2")
    (check,) = res.arithmetic
    assert check.kind == "conversion" and check.passed is ok
    assert f"check A1 {'pass' if ok else 'FAIL'}" in res.rows[0].markers


# --------------------------------------------------------------------------- compare


def test_compare_groups_filters_and_json() -> None:
    claims = [
        ua(doc_id="a", claim_date="2025-03-01", v=500, predicate="controls"),
        ru(doc_id="b", claim_date="2025-03-02", v=100, predicate="controls"),
        ru(doc_id="b", claim_date="2025-02-01", **bound("more_than", 800), predicate="retaken"),
        ua(doc_id="c", v=1, metric="killed", predicate="killed"),
    ]
    res = compare(claims, "territory_km2")
    assert [g.predicate for g in res.groups] == ["controls", "retaken"]
    assert [r.time for r in res.groups[0].rows] == ["2025-03-01", "2025-03-02"]
    data = json.loads(json.dumps(res.to_json()))
    assert data["groups"][1]["rows"][0]["high"] is None  # +inf as null
    assert data["conflicts"][0]["kind"] == "disjoint"

    only_ru = compare(claims, "territory_km2", side="russia")
    assert {r.side for r in only_ru.rows} == {"russia"}
    assert len(only_ru.conflicts) == 1  # the conflict still shows from the side that is shown

    march = compare(claims, "territory_km2", since="2025-03")
    assert [r.display for r in march.rows] == ["500", "100"]
    feb = compare(claims, "territory_km2", until="2025-02", predicate="retaken")
    assert [r.display for r in feb.rows] == [">800"]
    assert feb.conflicts == ()


@pytest.mark.parametrize(
    "kwargs, msg",
    [
        ({"metric": "area"}, "unknown metric 'area'; valid: territory_km2"),
        ({"metric": "killed", "predicate": "won"}, "unknown predicate"),
        ({"metric": "killed", "side": "nato"}, "unknown side"),
        ({"metric": "killed", "since": "last week"}, "--since must be"),
        ({"metric": "killed", "window_days": -1}, "--window"),
    ],
)
def test_compare_errors(kwargs: dict[str, Any], msg: str) -> None:
    with pytest.raises(AnalysisError, match=msg):
        compare([], **kwargs)


def test_interval_admits() -> None:
    assert Interval(1, 2).admits(1.5)
    assert not Interval(1, 2).admits(3)


# --------------------------------------------------------------------------- one claim in context


def test_claim_context_for_show() -> None:
    claims = cli_claims()
    h2 = next(c for c in claims if c["doc_id"] == "h2")
    ctx = analysis.claim_context(h2, claims)
    assert ctx.repetition is not None and ctx.repetition.origin_doc == "h1"
    assert ctx.repeating_docs == ("h1",)
    assert ctx.revision is not None and ctx.conversion is None
    conv = next(c for c in claims if c.get("conversion_ok") is True)
    assert analysis.claim_context(conv, claims).conversion is not None
    holds = next(c for c in claims if c["text"] == "about 90 square kilometers")
    ctx = analysis.claim_context(holds, claims)
    assert [c.kind for c in ctx.conflicts] == ["full_control"]
    json.dumps(ctx.to_json(), allow_nan=False)
    assert analysis.related_metrics("territory_pct") == ("territory_pct", "territory_km2")
    assert analysis.related_metrics("killed") == ("killed",)


# --------------------------------------------------------------------------- CLI on a tiny store


def build_store(path: Any, claims: list[dict[str, Any]], urls: dict[str, str] | None = None) -> Any:
    """Write hand-built claim dicts into a real store (one document per doc_id); return the path.

    Each document's text is its claims' sentences joined; offsets are recomputed so that
    `text == doc.text[start:end]` holds.
    """
    import hashlib

    from kursk_claims.models import Claim, DocResult, Document
    from kursk_claims.store import open_store, write_result

    conn = open_store(path)
    try:
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for c in claims:
            by_doc.setdefault(c["doc_id"], []).append(c)
        for doc_id, members in by_doc.items():
            parts: list[str] = []
            built: list[Claim] = []
            offset = 0
            for c in members:
                sentence = c.get("sentence") or f"Someone said {c['text']} in a statement."
                if c["text"] not in sentence:
                    sentence = f"{sentence} {c['text']}."
                start = offset + sentence.index(c["text"])
                built.append(
                    Claim(
                        doc_id=doc_id,
                        metric=c["metric"],
                        value=c["value"],
                        value_low=c["value_low"],
                        value_high=c["value_high"],
                        unit=c["unit"],
                        qualifier=c["qualifier"],
                        text=c["text"],
                        start=start,
                        end=start + len(c["text"]),
                        sentence=sentence,
                        actor=c["actor"],
                        predicate=c["predicate"],
                        claimant=c["claimant"],
                        claimant_side=c["claimant_side"],
                        claim_date=c["claim_date"],
                        location=c["location"],
                        conversion=c.get("conversion"),
                        conversion_ok=c.get("conversion_ok"),
                    )
                )
                parts.append(sentence)
                offset += len(sentence) + 1
            text = " ".join(parts)
            doc = Document(
                id=doc_id,
                text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                url=(urls or {}).get(doc_id, f"https://example.org/{doc_id}"),
                outlet="Example News",
                published=members[0].get("doc_date"),
            )
            write_result(
                conn,
                DocResult(
                    document=doc,
                    doc_date=members[0].get("doc_date"),
                    date_source="metadata" if members[0].get("doc_date") else None,
                    date_confidence=None,
                    claims=tuple(built),
                ),
                extracted_at="2025-01-01T00:00:00+00:00",
            )
    finally:
        conn.close()
    return path


def cli_claims() -> list[dict[str, Any]]:
    full, holds, sumy = seed000_like()
    return [
        full,
        holds,
        sumy,
        *rudskoi_pair(),
        ua(doc_id="003", doc_date="2025-05-21", predicate="captured", text="nearly 1,300 square kilometers",
           conversion="500 square miles", conversion_ok=True, **bound("nearly", 1300)),
        ua(doc_id="h1", doc_date="2024-08-12", predicate="captured", text="1,000 square kilometers", v=1000),
        ua(doc_id="h2", doc_date="2024-08-13", claim_date="2024-08-12", predicate="captured",
           text="about 1,000 square kilometers", **bound("approx", 1000)),
        ua(doc_id="h3", doc_date="2024-08-27", predicate="captured", text="1,250 square kilometers", v=1250),
    ]  # fmt: skip


@pytest.fixture
def cli_db(tmp_path: Any) -> str:
    return str(build_store(tmp_path / "claims.db", cli_claims()))


def _run(args: list[str]) -> Any:
    from typer.testing import CliRunner

    from kursk_claims.cli.app import app

    return CliRunner().invoke(app, args)


def test_cli_compare_table(cli_db: str) -> None:
    res = _run(["compare", "--metric", "territory_km2", "--db", cli_db])
    assert res.exit_code == 0, res.output
    out = res.output
    for needle in ("territory_km2 · controls", "territory_km2 · captured", "≈90", ">90", "≲1,300",
                   "Conflicts", "full_control", "Revisions", "Repetitions", "Arithmetic checks"):  # fmt: skip
        assert needle in out, needle


def test_cli_compare_json_markers(cli_db: str) -> None:
    res = _run(["compare", "--metric", "territory_km2", "--format", "json", "--db", cli_db])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    (conflict,) = data["conflicts"]
    assert conflict["kind"] == "full_control"
    assert {conflict["a"]["location"], conflict["b"]["location"]} == {"Kursk region"}
    assert [s["value"] for s in data["revisions"][0]["steps"]] == [1000, 1250, 1300]
    (k,) = data["repetitions"]
    assert k["doc_count"] == 2 and k["origin_doc"] == "h1"
    kinds = {(a["kind"], a["passed"]) for a in data["arithmetic"]}
    assert ("baseline", True) in kinds and ("conversion", True) in kinds


def test_cli_compare_pct_shows_arithmetic(cli_db: str) -> None:
    res = _run(["compare", "--metric", "territory_pct", "--format", "json", "--db", cli_db])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    (base,) = [a for a in data["arithmetic"] if a["kind"] == "baseline"]
    assert base["baseline"] == pytest.approx(1250) and base["passed"]
    assert base["reference"] == 1250  # the nearest of Syrskyi's captured figures (1,000, 1,250, ~1,300)
    assert data["conflicts"][0]["kind"] == "full_control"


def test_cli_compare_csv_and_filters(cli_db: str) -> None:
    import csv
    import io

    res = _run(["compare", "--metric", "territory_km2", "--format", "csv", "--predicate", "captured",
                "--since", "2024-08", "--until", "2024-08-31", "--db", cli_db])  # fmt: skip
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["display"] for r in rows] == ["1,000", "≈1,000", "1,250"]
    assert "repeated K1 ×2 groups" in rows[0]["markers"]


@pytest.mark.parametrize("suffix", ["svg", "png"])
def test_cli_compare_plot(cli_db: str, tmp_path: Any, suffix: str) -> None:
    out = tmp_path / f"chart.{suffix}"
    res = _run(
        ["compare", "--metric", "territory_km2", "--plot", str(out), "--format", "json", "--db", cli_db]
    )
    assert res.exit_code == 0, res.output
    data = out.read_bytes()
    assert len(data) > 5000
    assert (b"<svg" in data) if suffix == "svg" else data.startswith(b"\x89PNG")
    json.loads(res.stdout)  # the chart note goes to stderr, stdout stays JSON


@pytest.mark.parametrize(
    "args, code, msg",
    [
        (["--metric", "area"], 2, "valid values: territory_km2"),
        (["--metric", "killed", "--side", "nato"], 2, "unknown --side"),
        (["--metric", "killed", "--format", "xml"], 2, "unknown --format"),
        (["--metric", "killed", "--since", "yesterday"], 2, "--since must be"),
        (["--metric", "killed", "--plot", "chart.pdf"], 2, ".png or .svg"),
        (["--metric", "killed", "--db", "/nonexistent/x.db"], 1, "no store at"),
    ],
)
def test_cli_compare_errors(args: list[str], code: int, msg: str) -> None:
    res = _run(["compare", *args])
    assert res.exit_code == code
    assert msg in res.stderr
    assert "Traceback" not in res.output


def test_compare_does_not_import_heavy_modules() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from typer.testing import CliRunner; from kursk_claims.cli.app import app; "
        "CliRunner().invoke(app, ['compare', '--help']); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('spacy', 'dateparser', 'pint', 'matplotlib', 'jinja2')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# --------------------------------------------------------------------------- properties


_claim_strategy = st.fixed_dictionaries(
    {
        "doc_id": st.sampled_from(["a", "b", "c"]),
        "metric": st.sampled_from(["territory_km2", "territory_pct"]),
        "qualifier": st.sampled_from(
            ["exact", "approx", "nearly", "more_than", "at_least", "less_than", "at_most", "range"]
        ),
        "v": st.floats(min_value=0, max_value=50_000, allow_nan=False),
        "actor": st.sampled_from(["ukraine", "russia", "unknown"]),
        "predicate": st.sampled_from(["controls", "retaken", "captured"]),
        "claimant_side": st.sampled_from(["ukraine", "russia", None]),
        "claimant": st.sampled_from(["A", "B", None]),
        "location": st.sampled_from(["Kursk", "Sumy region", None]),
        "claim_date": st.sampled_from([None, "2025", "2025-03", "2025-03-01", "2025-03-20", "bogus"]),
        "conversion_ok": st.sampled_from([None, True, False]),
    }
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_claim_strategy, max_size=12), st.integers(min_value=0, max_value=40))
def test_compare_never_breaks(specs: list[dict[str, Any]], window: int) -> None:
    claims = []
    for spec in specs:
        spec = dict(spec)
        v = spec.pop("v")
        q = spec.pop("qualifier")
        fields = bound(q, v, v * 0.9, v * 1.1) if q == "range" else bound(q, v)
        claims.append(mk(**spec, **fields))
    for metric in ("territory_km2", "territory_pct"):
        res = compare(claims, metric, window_days=window)
        json.dumps(res.to_json(), allow_nan=False)
        by_id = {c["id"]: c for c in claims}
        for c in res.conflicts:
            a, b = by_id[c.a.id], by_id[c.b.id]
            assert a["claimant_side"] != b["claimant_side"]
            assert c.gap_days <= window
            if c.kind == "disjoint":
                assert not claim_interval(a).overlaps(claim_interval(b))
        for r in res.revisions:
            assert len(r.steps) >= 2
            assert all(s.value != p.value for p, s in zip(r.steps, r.steps[1:], strict=False))
        for k in res.repetitions:
            assert k.doc_count >= 2 and k.origin_doc == k.doc_ids[0]


def test_a_vanishing_share_implies_no_baseline() -> None:
    # found by Hypothesis: a share so small that dividing by it raised ZeroDivisionError
    area = mk(v=90.0, predicate="controls", claimant="Syrskyi", claimant_side="ukraine", start=10)
    share = mk(
        metric="territory_pct", unit="percent", v=5e-324, predicate="controls", claimant="Syrskyi",
        claimant_side="ukraine", start=20,
    )  # fmt: skip
    assert not [c for c in analysis.find_arithmetic([area, share]) if c.kind == "baseline"]
