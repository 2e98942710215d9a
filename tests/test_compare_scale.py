"""compare at scale: the store-backed cut result equals the full one cut; the sweeps equal pairwise."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from kursk_claims import analysis
from kursk_claims.analysis import compare, intervals, markers
from kursk_claims.analysis.load import compare_claims
from kursk_claims.models import Claim, DocResult, Document
from kursk_claims.store import open_store, query_claims, write_result

PREDS = ("captured", "controls", "retaken", "region_size")
SIDES = ("ukraine", "russia", None)
PEOPLE = (("Syrskyi", "ukraine"), ("Gerasimov", "russia"), ("Kofman", None), (None, None))
QUALS = ("exact", "approx", "more_than", "less_than", "range", "nearly")


def _claims(rng: random.Random, doc_id: str, n: int) -> tuple[Claim, ...]:
    out = []
    for k in range(n):
        metric = rng.choice(("territory_km2", "territory_km2", "territory_pct"))
        value = float(rng.choice((100, 90, 800, 1000, 64, 100, rng.randrange(1, 1500))))
        who, side = rng.choice(PEOPLE)
        q = rng.choice(QUALS)
        lo, hi = (value * 0.9, value * 1.1) if q == "range" else (value, value)
        date = rng.choice(
            (
                None,
                "2024-08",
                f"2024-08-{rng.randrange(1, 29):02d}",
                f"2024-09-{rng.randrange(1, 29):02d}",
                "2024",
            )
        )
        out.append(
            Claim(
                doc_id=doc_id, metric=metric, value=value, value_low=lo, value_high=hi,
                unit="km2" if metric == "territory_km2" else "percent", qualifier=q, text="x", start=k * 10,
                end=k * 10 + 1, sentence="s", actor=rng.choice(("ukraine", "russia", "unknown")),
                predicate=rng.choice(PREDS), claimant=who, claimant_side=side or rng.choice(SIDES) if who else None,
                claim_date=date, location=rng.choice((None, "Kursk region", "Kursk Oblast", "Sumy")),
                conversion_ok=rng.choice((None, None, True, False)),
            )
        )  # fmt: skip
    return tuple(out)


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("scale") / "s.db"
    rng = random.Random(5)
    conn = open_store(db)
    for d in range(60):
        doc_id = f"d{d:02d}"
        doc = Document(id=doc_id, text="x" * 1000, sha256="0" * 64)
        date = rng.choice(
            (None, f"2024-08-{rng.randrange(1, 29):02d}", f"2024-09-{rng.randrange(1, 29):02d}")
        )
        write_result(
            conn,
            DocResult(
                document=doc,
                doc_date=date,
                date_source=None,
                date_confidence=None,
                claims=_claims(rng, doc_id, rng.randrange(1, 9)),
            ),
        )
    conn.close()
    return db


def _full(db: Path, metric: str, **kw: Any) -> analysis.CompareResult:
    conn = open_store(db, readonly=True)
    try:
        claims, _ = compare_claims(conn, metric, **{k: v for k, v in kw.items() if k != "limit"})
    finally:
        conn.close()
    return compare(claims, metric, **kw)


@pytest.mark.parametrize("metric", ["territory_km2", "territory_pct"])
@pytest.mark.parametrize(
    "filters",
    [{}, {"since": "2024-08-20"}, {"until": "2024-09"}, {"predicate": "controls"}, {"side": "russia"}],
)
@pytest.mark.parametrize("limit", [1, 5, 20, 1000])
def test_cut_from_the_store_equals_the_full_result_cut(
    big_store: Path, metric: str, filters: dict[str, str], limit: int
) -> None:
    conn = open_store(big_store, readonly=True)
    try:
        claims, total = compare_claims(conn, metric, limit=limit, **filters)
    finally:
        conn.close()
    cut = compare(claims, metric, limit=limit, **filters)
    full = _full(big_store, metric, limit=limit, **filters)
    assert cut.to_json() == full.to_json()
    assert len(cut.rows) == min(limit, total)


def _pairwise_conflicts(claims: list[dict[str, Any]], window: int) -> list[tuple[str, str, str]]:
    out = []
    for members in markers._group(claims, markers._series_key).values():
        members = sorted(members, key=intervals._time_key)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                sa, sb = markers._side(a), markers._side(b)
                if sa is None or sb is None or sa == sb or not analysis.within_window(a, b, window):
                    continue
                if not analysis.claim_interval(a).overlaps(analysis.claim_interval(b)):
                    out.append(("disjoint", markers._cid(a), markers._cid(b)))
    return sorted(out)


@pytest.mark.parametrize("window", [0, 3, 14, 40])
def test_sweeps_equal_pairwise(big_store: Path, window: int) -> None:
    conn = open_store(big_store, readonly=True)
    try:
        claims, _ = compare_claims(conn, "territory_km2")
    finally:
        conn.close()
    got = sorted(
        (c.kind, c.a.id, c.b.id) for c in analysis.find_conflicts(claims, window) if c.kind == "disjoint"
    )
    assert got == _pairwise_conflicts(claims, window)
    assert got  # the set is dense enough to test something


@pytest.mark.parametrize("metric", ["territory_km2", "territory_pct"])
def test_compare_reads_of_a_claim_give_the_result_of_whole_claims(big_store: Path, metric: str) -> None:
    # compare_claims reads only what compare needs, and the stored t_lo/t_hi instead of dates
    conn = open_store(big_store, readonly=True)
    try:
        lean, _ = compare_claims(conn, metric)
        whole = [c for m in analysis.related_metrics(metric) for c in query_claims(conn, metric=m)]
    finally:
        conn.close()
    assert "t_lo" in lean[0] and "t_lo" not in whole[0]
    for window in (0, 14):
        assert (
            compare(lean, metric, window_days=window).to_json()
            == compare(whole, metric, window_days=window).to_json()
        )


@pytest.mark.parametrize("sort", ["date", "value", "metric", "claimant", "doc"])
@pytest.mark.parametrize("limit", [0, 1, 7, 1000])
def test_query_limit_is_the_complete_result_cut(big_store: Path, sort: str, limit: int) -> None:
    conn = open_store(big_store, readonly=True)
    try:
        for filters in ({}, {"metric": "territory_km2"}, {"entity": "Syrskyi"}, {"since": "2024-08-20"}):
            every = query_claims(conn, sort=sort, **filters)
            assert query_claims(conn, sort=sort, limit=limit, **filters) == every[:limit]
    finally:
        conn.close()
