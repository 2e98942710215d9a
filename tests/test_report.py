"""The HTML report and the chart, on hand-built claims: structure, escaping, links, output path rules."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kursk_claims.analysis import compare
from kursk_claims.present.report import (
    ReportError,
    claim_anchor,
    render_chart,
    render_report,
    safe_href,
    split_highlight,
    write_chart,
    write_report,
)
from test_analysis import _run, bound, build_store, cli_claims, mk, rudskoi_pair, seed000_like, ua

HOSTILE = (
    "Officials said <script>document.title='pwned'</script> that 1,300 square kilometers "
    "<img src=x onerror=\"document.title='pwned'\"> were held & more."
)


def hostile_claims() -> list[dict[str, Any]]:
    full, holds, sumy = seed000_like()
    evil = ua(
        doc_id="evil",
        doc_date="2025-05-20",
        predicate="captured",
        text="1,300 square kilometers",
        sentence=HOSTILE,
        url="javascript:alert(document.domain)",
        claimant="<b>Bold</b> Claimant",
        v=1300,
    )
    good = ua(
        doc_id="good",
        doc_date="2025-05-21",
        predicate="captured",
        v=1250,
        url="https://example.org/a?b=1&c=2",
    )
    return [full, holds, sumy, *rudskoi_pair(), evil, good]


@pytest.fixture(scope="module")
def html() -> str:
    return render_report(hostile_claims())


def test_report_has_charts_and_tables(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("<svg") == 2  # territory_km2 and territory_pct
    assert "<?xml" not in html and "<!DOCTYPE svg" not in html
    for cls in ("timeline", "conflicts", "arithmetic", "claims", "documents"):
        assert f'<table class="{cls}">' in html
    assert 'id="metric-territory_km2"' in html and 'id="metric-territory_pct"' in html
    assert "full_control" in html


def test_report_escapes_document_text(html: str) -> None:
    assert "<script" not in html.lower()
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert "<img" not in html.lower()
    assert "&lt;img src=x onerror=" in html
    assert "<b>Bold</b>" not in html and "&lt;b&gt;Bold&lt;/b&gt; Claimant" in html
    assert "<mark>1,300 square kilometers</mark>" in html


def test_report_links_only_http_urls(html: str) -> None:
    assert 'href="javascript:' not in html.lower()
    assert "javascript:alert(document.domain)" in html  # shown as text
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html


def test_report_is_self_contained(html: str) -> None:
    assert not re.search(
        r"""(src|href)\s*=\s*["']?(https?:)?//""", html.replace('href="https://example.org', "")
    )
    assert "<link" not in html and "@import" not in html
    assert "Content-Security-Policy" in html


def test_report_anchors_resolve(html: str) -> None:
    targets = set(re.findall(r'href="#([^"]*)"', html))
    ids = set(re.findall(r'id="([^"]*)"', html))
    assert targets - {""} <= ids


def test_report_metric_selection() -> None:
    page = render_report(hostile_claims(), metrics=["territory_pct"])
    assert page.count("<svg") == 1
    assert 'id="metric-territory_km2"' not in page


@pytest.mark.parametrize(
    "url, href",
    [
        ("https://example.org/x", "https://example.org/x"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("https://exa mple.org", None),
        ('https://example.org/"onmouseover=x', None),
        ("//example.org", None),
        (None, None),
    ],
)
def test_safe_href(url: str | None, href: str | None) -> None:
    assert safe_href(url) == href


@pytest.mark.parametrize(
    "claim, parts",
    [
        ({"sentence": "He said 90 km here.", "text": "90 km"}, ("He said ", "90 km", " here.")),
        ({"sentence": "No match here.", "text": "90 km"}, ("No match here.", "", "")),
        ({"sentence": "", "text": "90 km"}, ("", "", "")),
        # sentence_start picks the second occurrence when it is consistent with start/end
        ({"sentence": "90 then 90.", "text": "90", "start": 108, "end": 110, "sentence_start": 100},
         ("90 then ", "90", ".")),
        # inconsistent offsets fall back to the first occurrence
        ({"sentence": "90 then 90.", "text": "90", "start": 5, "end": 7, "sentence_start": 100},
         ("", "90", " then 90.")),
    ],
)  # fmt: skip
def test_split_highlight(claim: dict[str, Any], parts: tuple[str, str, str]) -> None:
    assert split_highlight(claim) == parts


def test_claim_anchor_is_safe() -> None:
    assert claim_anchor('doc"><x:12') == "claim-doc-x-12"


def test_chart_svg_and_png() -> None:
    result = compare(hostile_claims(), "territory_km2")
    svg = render_chart(result, "svg")
    assert b"<svg" in svg and b"<script" not in svg
    assert render_chart(result, "svg") == svg  # deterministic
    png = render_chart(result, "png")
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    with pytest.raises(ReportError):
        render_chart(result, "pdf")


def test_chart_with_no_claims() -> None:
    assert b"<svg" in render_chart(compare([], "killed"), "svg")


def test_chart_of_undated_claims_only() -> None:
    assert b"<svg" in render_chart(compare([mk(v=5)], "territory_km2"), "svg")


# --------------------------------------------------------------------------- writing


def test_write_report_only_writes_out(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    info = write_report(hostile_claims(), out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]
    assert info.path == out and info.claims == 7 and info.metrics == ("territory_km2", "territory_pct")


@pytest.mark.parametrize("case", ["folder", "missing-parent", "symlink"])
def test_write_report_refuses(tmp_path: Path, case: str) -> None:
    if case == "folder":
        out = tmp_path
    elif case == "missing-parent":
        out = tmp_path / "nope" / "r.html"
    else:
        target = tmp_path / "elsewhere.html"
        target.write_text("keep")
        out = tmp_path / "link.html"
        out.symlink_to(target)
    with pytest.raises(ReportError):
        write_report(hostile_claims(), out)
    if case == "symlink":
        assert (tmp_path / "elsewhere.html").read_text() == "keep"
    assert not (tmp_path / "nope").exists()


def test_write_chart_suffix(tmp_path: Path) -> None:
    result = compare(hostile_claims(), "territory_km2")
    assert write_chart(result, tmp_path / "c.svg").read_bytes().count(b"<svg") == 1
    with pytest.raises(ReportError, match=".png or .svg"):
        write_chart(result, tmp_path / "c.jpg")


# --------------------------------------------------------------------------- CLI


def test_cli_report(tmp_path: Path) -> None:
    killed = ua(
        doc_id="x", metric="killed", predicate="killed", actor="north_korea", text="50", **bound("exact", 50)
    )
    db = build_store(tmp_path / "c.db", [*cli_claims(), killed])
    out = tmp_path / "report.html"
    res = _run(["report", "--out", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    page = out.read_text()
    assert page.count("<svg") == 3
    assert "wrote" in res.stderr
    res = _run(["report", "--out", str(out), "--metric", "killed", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert out.read_text().count("<svg") == 1


@pytest.mark.parametrize(
    "args, code, msg",
    [
        (["--metric", "area"], 2, "valid values: territory_km2"),
        (["--db", "/nonexistent/x.db"], 1, "no store at"),
    ],
)
def test_cli_report_errors(tmp_path: Path, args: list[str], code: int, msg: str) -> None:
    res = _run(["report", "--out", str(tmp_path / "r.html"), *args])
    assert res.exit_code == code
    assert msg in res.stderr
    assert not (tmp_path / "r.html").exists()


def test_cli_report_refuses_folder(tmp_path: Path) -> None:
    db = build_store(tmp_path / "c.db", cli_claims())
    res = _run(["report", "--out", str(tmp_path), "--db", str(db)])
    assert res.exit_code == 1
    assert "is a folder" in res.stderr
