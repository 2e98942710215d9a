"""Terminal tables at 80 and 160 columns: whole values, dropped columns named, nothing cut with '…'."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.console import Console, Group, RenderableType
from rich.text import Text

from conftest import make_claim
from explore_support import build_store
from kursk_claims.cli.compare import compare_from_store
from kursk_claims.domain.names import read_registry
from kursk_claims.models import DocResult, Document
from kursk_claims.present import render
from kursk_claims.present.compare_view import compare_renderables
from kursk_claims.present.fit import KEEP, Col, Layout, fit_table, table_width
from kursk_claims.store import open_store, query_claims, write_result

WIDTHS = (80, 160)

LONG_DOC = "2024-08-20_kyiv-independent_briefing"  # a long file-stem document id


def _render(renderable: RenderableType, width: int) -> str:
    console = Console(width=width, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def _words(text: str) -> list[str]:
    return text.split()


def _assert_whole(out: str, width: int, values: list[str]) -> None:
    assert "…" not in out, out
    assert all(len(line) <= width for line in out.splitlines()), out
    # every value shows whole: an unbreakable value (an id) on one line, prose word by word
    flat = " ".join(re.sub(r"[│┃┆|]", " ", out).split())
    for value in values:
        for word in _words(value):
            assert word in flat, (word, out)


@pytest.fixture(scope="module")
def claims_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "fit.db"
    build_store(path)
    text = (
        "Ukrainian Special Operations Forces and the General Staff of the Armed Forces said "
        "forces captured about 1,300 square kilometres of the Kursk region.\n"
    )
    doc = Document(LONG_DOC, text, "d" * 64, published="2024-08-21")
    start = text.index("1,300 square kilometres")
    claim = make_claim(
        LONG_DOC,
        start,
        text="1,300 square kilometres",
        end=start + len("1,300 square kilometres"),
        sentence=text.strip(),
        value=1300.0,
        value_low=1300.0,
        value_high=1300.0,
        qualifier="approx",
        predicate="captured",
        actor="ukraine",
        claimant="Ukrainian Special Operations Forces and the General Staff of the Armed Forces",
        claimant_side="ukraine",
        claim_date="2024-08-21",
        location="Kursk region",
    )
    conn = open_store(path)
    try:
        write_result(conn, DocResult(doc, "2024-08-21", "metadata", 1.0, (claim,)))
    finally:
        conn.close()
    return path


@pytest.mark.parametrize("width", WIDTHS)
def test_query_table_shows_whole_values(claims_db: Path, width: int) -> None:
    conn = open_store(claims_db, readonly=True)
    try:
        claims = query_claims(conn)
    finally:
        conn.close()
    out = _render(render.claims_table(claims, title="claims", width=width), width)
    values = [c["id"] for c in claims] + [c["text"] for c in claims] + [str(c["claimant"]) for c in claims]
    _assert_whole(out, width, values)
    for c in claims:
        assert c["id"] in out  # ids stay on one line


@pytest.mark.parametrize("width", WIDTHS)
def test_compare_tables_show_whole_values(claims_db: Path, width: int) -> None:
    result, _ = compare_from_store(str(claims_db), "territory_km2")
    assert result.conflicts
    out = _render(Group(*compare_renderables(result, width=width)), width)
    values = [r.id for r in result.rows] + [c.reason for c in result.conflicts]
    values += [str(r.claimant) for r in result.rows if r.claimant]
    _assert_whole(out, width, values)
    for r in result.rows:
        assert r.id in out
    for c in result.conflicts:
        assert c.a.id in out and c.b.id in out


def test_compare_conflicts_use_the_compact_row_at_80(claims_db: Path) -> None:
    result, _ = compare_from_store(str(claims_db), "territory_km2")
    narrow = _render(Group(*compare_renderables(result, width=80)), 80)
    wide = _render(Group(*compare_renderables(result, width=160)), 160)
    assert "claim A" in narrow and "kind: why" in narrow  # the stacked header of the compact row
    assert "kind: why" not in wide and "│ disjoint │" in wide


@pytest.mark.parametrize("width", WIDTHS)
def test_entities_table_shows_whole_values(width: int) -> None:
    entries = read_registry()
    out = _render(render.entities_table(entries, width=width), width)
    values = [str(e["name"]) for e in entries] + [str(a) for e in entries for a in e.get("aliases") or []]
    _assert_whole(out, width, values)


def test_fit_drops_lowest_priority_first_and_names_it() -> None:
    cols = [
        Col("id", KEEP, wrap=False),
        Col("value", KEEP, wrap=False),
        Col("place", 3),
        Col("who", 1),
        Col("actor", 2, wrap=False),
    ]
    rows = [
        [Text("doc-with-a-long-name:1234"), Text("≈1,300"), Text("Kursk"), Text("Syrskyi"), Text("ukraine")]
    ]
    assert fit_table([Layout(cols, rows)], 60).dropped == ("place",)
    fitted = fit_table([Layout(cols, rows)], 50)
    assert fitted.dropped == ("place", "actor")
    out = _render(Group(*fitted.renderables()), 50)
    assert "not shown at this width: place, actor" in out
    assert fit_table([Layout(cols, rows)], 40).dropped == ("place", "actor", "who")  # KEEP columns stay
    assert "doc-with-a-long-name:1234" in out and "…" not in out
    assert fit_table([Layout(cols, rows)], 120).dropped == ()


def test_fit_folds_rather_than_crops_when_even_the_kept_columns_are_too_wide() -> None:
    long_id = "a-very-long-document-id-" * 4 + ":1"
    fitted = fit_table(
        [Layout([Col("id", KEEP, wrap=False), Col("v", KEEP)], [[Text(long_id), Text("1")]])], 40
    )
    out = _render(fitted.table, 40)
    assert "…" not in out and all(len(line) <= 40 for line in out.splitlines())
    first_column = "".join(line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│"))
    assert first_column == long_id


def test_fit_takes_the_first_layout_that_fits() -> None:
    wide = Layout([Col("a", wrap=False), Col("b", wrap=False)], [[Text("x" * 40), Text("y" * 40)]])
    stacked = Layout([Col("a / b", wrap=False)], [[Text("x" * 40 + "\n" + "y" * 40)]])
    assert fit_table([wide, stacked], 120).table.columns[0].header == "a"
    fitted = fit_table([wide, stacked], 60)
    assert fitted.table.columns[0].header == "a / b" and fitted.dropped == ()
    assert table_width([40]) <= 60


@pytest.mark.parametrize("width", [80, 160])
def test_documents_table_shows_whole_values(width: int) -> None:
    url = "https://example-news.test/world/2024/08/kursk-incursion-first-week-figures-in-full"
    docs = [
        {
            "id": f"d{i}",
            "outlet": "Example News Agency",
            "url": url,
            "published": "2024-08-12",
            "doc_date": "2024-08-12",
            "date_source": "metadata",
            "status": "extracted" if i else "irrelevant",
            "claims": 3 * i,
            "group": "d0",
            "group_size": 2 if i < 2 else 1,
        }
        for i in range(3)
    ]
    out = _render(render.documents_table(docs, width=width), width)
    assert "…" not in out
    assert all(len(line) <= width for line in out.splitlines())
    assert "https://example-news" in out and "in-full" in out  # folded, never cut
    for value in ("d0", "irrelevant", "2024-08-12 (metadata)", "Example"):
        assert value in out
