"""CLI through typer's CliRunner (fake extractor), plus subprocess checks for imports and Ctrl-C."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from conftest import TESTS_DIR
from kursk_claims.cli.app import EXIT_SKIPPED, EXIT_USAGE, app
from kursk_claims.models import EXPORT_KEYS, METRICS
from kursk_claims.store import SCHEMA_VERSION

runner = CliRunner()
HEAVY = ("spacy", "dateparser", "pint")


@pytest.fixture(autouse=True)
def fake_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KURSK_CLAIMS_EXTRACTOR", "conftest:fake_extract")
    monkeypatch.delenv("KURSK_CLAIMS_DB", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def store(corpus: Path, db_path: Path) -> Path:
    res = runner.invoke(app, ["extract", str(corpus), "--db", str(db_path)])
    assert res.exit_code == 0, res.output
    return db_path


def command_names() -> list[str]:
    group = get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_has_help_with_an_example() -> None:
    names = command_names()
    assert {"extract", "query", "show", "export", "entities", "compare"} <= set(names)
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0 and "Example" in top.output
    for name in names:
        res = runner.invoke(app, [name, "--help"])
        assert res.exit_code == 0, name
        assert "Example" in res.output, name


def test_extract_summary_and_rerun(corpus: Path, db_path: Path) -> None:
    res = runner.invoke(app, ["extract", str(corpus), "--db", str(db_path)])
    assert res.exit_code == 0
    assert (
        "4 document(s): 4 extracted, 0 irrelevant, 0 unchanged, 0 skipped; 5 claim(s) written" in res.stderr
    )
    assert res.stdout == ""
    again = runner.invoke(app, ["extract", str(corpus), "--db", str(db_path)])
    assert "0 extracted, 0 irrelevant, 4 unchanged" in again.stderr and again.exit_code == 0


def test_extract_db_from_env(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env.db"
    monkeypatch.setenv("KURSK_CLAIMS_DB", str(target))
    assert runner.invoke(app, ["extract", str(corpus)]).exit_code == 0
    res = runner.invoke(app, ["query", "--format", "json"])
    assert len(json.loads(res.stdout)) == 5


def test_extract_with_skipped_input_exits_3(corpus: Path, db_path: Path) -> None:
    (corpus / "broken.jsonl").write_text('{"text": "ok 5 troops"}\n{oops\n')
    (corpus / "blob.txt").write_bytes(b"\x00" * 100)
    res = runner.invoke(app, ["extract", str(corpus), "--db", str(db_path)])
    assert res.exit_code == EXIT_SKIPPED
    assert f"{corpus / 'broken.jsonl'}:2: bad JSONL line" in res.stderr
    assert "blob.txt: looks binary" in res.stderr
    assert "5 extracted" in res.stderr and "2 skipped" in res.stderr


@pytest.mark.parametrize(
    ("make", "code", "message"),
    [
        (lambda p: p / "missing", EXIT_USAGE, "no such file or folder"),
        (lambda p: (p / "empty").mkdir() or p / "empty", 1, "no .txt, .md or .jsonl"),
        (lambda p: (p / "e.txt").write_text(" ") and p / "e.txt", 1, "no readable documents"),
    ],
)
def test_extract_bad_paths(tmp_path: Path, db_path: Path, make, code: int, message: str) -> None:  # type: ignore[no-untyped-def]
    res = runner.invoke(app, ["extract", str(make(tmp_path)), "--db", str(db_path)])
    assert res.exit_code == code
    assert message in res.stderr and "Traceback" not in res.output
    assert res.stderr.strip().count("\n") <= 1  # one line (plus a warning line at most)


def test_query_formats(store: Path) -> None:
    base = ["query", "--db", str(store)]
    as_json = json.loads(runner.invoke(app, base + ["--format", "json"]).stdout)
    assert [c["id"] for c in as_json] == ["a:59", "a:111", "j1:0", "b:15", "feed-2:14"]
    assert all(list(c)[: len(EXPORT_KEYS)] == list(EXPORT_KEYS) for c in as_json)
    lines = runner.invoke(app, base + ["--format", "jsonl", "--metric", "personnel"]).stdout.splitlines()
    assert [json.loads(line)["value"] for line in lines] == [300.0, 12000.0]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, base + ["--format", "csv"]).stdout)))
    assert len(rows) == 5 and rows[0]["claimant"] == "Oleksandr Syrskyi" and rows[0]["value"] == "1000.0"
    table = runner.invoke(app, base + ["--entity", "Syrsky"])
    assert table.exit_code == 0
    assert "1,000 km²" in table.stdout and "≈1,300 km²" in table.stdout and "12,000" not in table.stdout
    none = runner.invoke(app, base + ["--entity", "Nobody"])
    assert none.exit_code == 0 and "no claims match" in none.stderr


def test_query_table_shows_the_first_rows_and_says_so(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kursk_claims.cli import query as cli

    monkeypatch.setattr(cli, "QUERY_TABLE_LIMIT", 2)
    base = ["query", "--db", str(store)]
    res = runner.invoke(app, base)
    assert res.exit_code == 0
    assert "a:59" in res.stdout and "a:111" in res.stdout and "feed-2:14" not in res.stdout
    assert "showing the first 2 of 5 matching claims" in res.stderr and "--limit 0" in res.stderr
    every = runner.invoke(app, [*base, "--limit", "0"])
    assert "feed-2:14" in every.stdout and "showing" not in every.stderr
    # json, jsonl and csv are complete unless --limit is given
    assert len(json.loads(runner.invoke(app, [*base, "--format", "json"]).stdout)) == 5
    assert len(runner.invoke(app, [*base, "--format", "jsonl"]).stdout.splitlines()) == 5
    assert len(json.loads(runner.invoke(app, [*base, "--format", "json", "--limit", "3"]).stdout)) == 3
    # the note counts every match of the filters
    res = runner.invoke(app, [*base, "--limit", "1", "--entity", "Syrsky"])
    assert "showing the first 1 of 2 matching claims" in res.stderr


def test_query_table_fits_narrow_consoles(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    res = runner.invoke(app, ["query", "--entity", "Syrskyi", "--db", str(store)])
    assert res.exit_code == 0
    assert "claim / date" in res.stdout and "≈1,300 km²" in res.stdout
    assert max(len(line) for line in res.stdout.splitlines()) <= 80


def test_query_unknown_metric_lists_valid_ones(store: Path) -> None:
    res = runner.invoke(app, ["query", "--metric", "acres", "--db", str(store)])
    assert res.exit_code == EXIT_USAGE
    assert "unknown --metric 'acres'" in res.stderr and ", ".join(METRICS) in res.stderr


@pytest.mark.parametrize("option", ["--side", "--actor", "--predicate", "--sort", "--format"])
def test_query_unknown_vocabulary(store: Path, option: str) -> None:
    res = runner.invoke(app, ["query", option, "'; DROP TABLE claims; --", "--db", str(store)])
    assert res.exit_code == EXIT_USAGE and "valid values" in res.stderr


def test_query_bad_date_and_fts_input(store: Path) -> None:
    bad = runner.invoke(app, ["query", "--since", "yesterday", "--db", str(store)])
    assert bad.exit_code == EXIT_USAGE and "--since must be a date" in bad.stderr
    fts = runner.invoke(app, ["query", "--text", 'AND ( "', "--format", "json", "--db", str(store)])
    assert fts.exit_code == 0 and json.loads(fts.stdout) == []


def test_query_missing_and_newer_store(tmp_path: Path, store: Path) -> None:
    res = runner.invoke(app, ["query", "--db", str(tmp_path / "nope.db")])
    assert res.exit_code == 1 and "no store at" in res.stderr
    raw = sqlite3.connect(store)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.close()
    for args in (["query"], ["export"], ["show", "a:59"], ["extract", str(TESTS_DIR / "conftest.py")]):
        res = runner.invoke(app, args + ["--db", str(store)])
        assert res.exit_code == 1, args
        assert "newer kursk-claims" in res.stderr, args


def test_show_highlights_and_explains(store: Path) -> None:
    res = runner.invoke(app, ["show", "a:59", "--db", str(store)])
    assert res.exit_code == 0
    out = res.stdout
    assert "Oleksandr Syrskyi (ukraine)" in out and "fake: name in sentence" in out
    assert "https://example.org/a" in out and "2024-08-20" in out
    assert "1,000 square kilometres" in out
    as_json = json.loads(runner.invoke(app, ["show", "a:59", "--json", "--db", str(store)]).stdout)
    assert as_json["claim"]["text"] == "1,000 square kilometres" and "text" not in as_json["document"]
    assert as_json["context"]["claim_id"] == "a:59"  # from the analysis module
    missing = runner.invoke(app, ["show", "a:1", "--db", str(store)])
    assert missing.exit_code == 1 and "no claim 'a:1'" in missing.stderr


def test_show_prints_markup_in_documents_literally(tmp_path: Path, db_path: Path) -> None:
    text = "[bold red]Injected[/] [link=javascript:x]5 troops[/link] here."
    (tmp_path / "m.txt").write_text(text)
    assert runner.invoke(app, ["extract", str(tmp_path / "m.txt"), "--db", str(db_path)]).exit_code == 0
    res = runner.invoke(app, ["show", f"m:{text.index('5 troops')}", "--db", str(db_path)])
    assert res.exit_code == 0, res.output
    assert "[bold red]Injected[/]" in res.stdout and "[link=javascript:x]" in res.stdout


def test_export_formats_and_out(store: Path, tmp_path: Path) -> None:
    lines = runner.invoke(app, ["export", "--db", str(store)]).stdout.splitlines()
    assert len(lines) == 5
    for line in lines:
        assert set(EXPORT_KEYS) <= set(json.loads(line))
    out = tmp_path / "claims.json"
    res = runner.invoke(app, ["export", "--format", "json", "--out", str(out), "--db", str(store)])
    assert res.exit_code == 0 and "5 claim(s) written" in res.stderr and res.stdout == ""
    data = json.loads(out.read_text())
    assert [c["doc_id"] for c in data] == ["a", "a", "b", "feed-2", "j1"]
    csv_out = tmp_path / "claims.csv"
    runner.invoke(
        app, ["export", "-f", "csv", "-o", str(csv_out), "--metric", "personnel", "--db", str(store)]
    )
    header = csv_out.read_text().splitlines()[0].split(",")
    assert header[: len(EXPORT_KEYS)] == list(EXPORT_KEYS)


def test_export_refuses_directories_and_missing_parents(store: Path, tmp_path: Path) -> None:
    res = runner.invoke(app, ["export", "--out", str(tmp_path), "--db", str(store)])
    assert res.exit_code == EXIT_USAGE and "is a folder" in res.stderr
    res = runner.invoke(app, ["export", "--out", str(tmp_path / "no" / "x.jsonl"), "--db", str(store)])
    assert res.exit_code == EXIT_USAGE and "does not exist" in res.stderr
    assert not (tmp_path / "no").exists()
    res = runner.invoke(app, ["export", "--format", "xml", "--db", str(store)])
    assert res.exit_code == EXIT_USAGE


def test_entities_lists_the_registry() -> None:
    res = runner.invoke(app, ["entities", "--name", "Sirskyy", "--format", "json"])
    assert res.exit_code == 0
    names = [e["name"] for e in json.loads(res.stdout)]
    assert names == ["Oleksandr Syrskyi"]
    table = runner.invoke(app, ["entities"])
    assert table.exit_code == 0 and "Oleksandr Syrskyi" in table.stdout


def test_compare_runs(store: Path) -> None:
    res = runner.invoke(app, ["compare", "--metric", "territory_km2", "--db", str(store)])
    assert res.exit_code == 0, res.output
    assert "1,300" in res.stdout or "1300" in res.stdout


# ----------------------------------------------------------------------------- subprocesses


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(TESTS_DIR) + os.pathsep + env.get("PYTHONPATH", "")
    env["KURSK_CLAIMS_EXTRACTOR"] = "conftest:slow_fake_extract"
    env.pop("KURSK_CLAIMS_DB", None)
    env.update(extra)
    return env


CHECK_IMPORTS = """
import sys
from kursk_claims.cli.app import main
sys.argv = ["kursk-claims"] + sys.argv[1:]
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r})
print("HEAVY=" + ",".join(heavy), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["query", "--entity", "Syrskyi"],
        ["query", "--format", "csv"],
        ["show", "a:59"],
        ["export", "--format", "jsonl"],
        ["entities"],
        ["compare", "--metric", "territory_km2"],
        ["extract", "--help"],
    ],
)
def test_read_commands_do_not_import_nlp_libraries(store: Path, args: list[str]) -> None:
    script = CHECK_IMPORTS.replace("{heavy!r}", repr(set(HEAVY)))
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            *args,
            *([] if args[-1] == "--help" or args == ["entities"] else ["--db", str(store)]),
        ],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "HEAVY=\n" in proc.stderr, proc.stderr


LOADED = """
import sys
from kursk_claims.cli.app import main
sys.argv = ["kursk-claims"] + sys.argv[1:]
try:
    main()
except SystemExit as exc:
    code = exc.code
loaded = sorted(m for m in sys.modules if m in ("pydantic", "kursk_claims.analysis", "kursk_claims.sources.files"))
print("LOADED=" + ",".join(loaded), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["query", "--entity", "Syrskyi"],
        ["query", "--format", "json", "--sort", "value", "--since", "2024"],
        ["query", "--metric", "bogus"],
        ["export", "--format", "jsonl"],
        ["documents"],
    ],
)
def test_query_path_loads_neither_pydantic_nor_the_analysis(store: Path, args: list[str]) -> None:
    # typer's coercion of text options and options not given is deferred (cli.app), and errors()
    # recognises the analysis' and the readers' errors without importing them
    extra = [] if args == ["--help"] else ["--db", str(store)]
    proc = subprocess.run(
        [sys.executable, "-c", LOADED, *args, *extra], capture_output=True, text=True, env=_env(), timeout=120
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "LOADED=\n" in proc.stderr, proc.stderr


def test_values_needing_typer_coercion_still_get_it(store: Path) -> None:
    # an int option given on the command line goes through typer's own validation and messages
    res = runner.invoke(app, ["query", "--limit", "abc", "--db", str(store)])
    assert res.exit_code == EXIT_USAGE and "--limit" in res.output
    res = runner.invoke(app, ["query", "--limit", "-1", "--db", str(store)])
    assert res.exit_code == EXIT_USAGE
    res = runner.invoke(app, ["query", "--limit", "1", "--format", "jsonl", "--db", str(store)])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_130_and_keeps_committed_documents(tmp_path: Path, db_path: Path) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(40):
        (corpus / f"d{i:02}.txt").write_text(f"Article {i}: Ukraine captured {i + 1} square kilometres.\n")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from kursk_claims.cli.app import main; main()",
            "extract",
            str(corpus),
            "--db",
            str(db_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # wait until a few documents are committed
        time.sleep(0.2)
        if db_path.exists():
            try:
                with sqlite3.connect(db_path) as c:
                    if c.execute("SELECT count(*) FROM documents").fetchone()[0] >= 3:
                        break
            except sqlite3.Error:
                pass
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    c = sqlite3.connect(db_path)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = c.execute("SELECT count(*) FROM documents").fetchone()[0]
    claims = c.execute("SELECT count(*) FROM claims").fetchone()[0]
    c.close()
    assert 3 <= stored < 40 and claims == stored


def test_two_extracts_and_a_query_share_one_store(tmp_path: Path, db_path: Path) -> None:
    procs = []
    for name in ("left", "right"):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(8):
            (folder / f"{name}{i}.txt").write_text(
                f"{name} {i}: Ukraine captured {i + 1} square kilometres.\n"
            )
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from kursk_claims.cli.app import main; main()",
                    "extract",
                    str(folder),
                ]
                + ["--db", str(db_path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=_env(),
            )
        )
    queries = 0
    while any(p.poll() is None for p in procs):
        if db_path.exists():
            q = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "from kursk_claims.cli.app import main; main()",
                    "query",
                    "-f",
                    "json",
                ]
                + ["--db", str(db_path)],
                capture_output=True,
                text=True,
                env=_env(),
                timeout=60,
            )
            assert q.returncode in (0, 1), q.stderr
            assert "Traceback" not in q.stderr
            if q.returncode == 0:
                json.loads(q.stdout)
                queries += 1
        time.sleep(0.1)
    for p in procs:
        _, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
    assert queries >= 1
    c = sqlite3.connect(db_path)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert c.execute("SELECT count(*) FROM documents").fetchone()[0] == 16
    assert c.execute("SELECT count(*) FROM claims").fetchone()[0] == 16
    c.close()


@pytest.mark.model
def test_real_extraction_of_the_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("kursk_claims.extract")
    from kursk_claims.pipeline import ExtractionError, extract_paths
    from kursk_claims.store import get_document, open_store, query_claims

    monkeypatch.delenv("KURSK_CLAIMS_EXTRACTOR", raising=False)
    db = tmp_path / "seeds.db"
    try:
        report = extract_paths([TESTS_DIR.parent / "seeds"], db)
    except ExtractionError as exc:
        pytest.skip(f"no spaCy pipeline: {exc}")
    assert (report.documents_seen, report.extracted, report.skipped_bad) == (5, 5, 0)
    assert report.claims_written > 0
    conn = open_store(db, readonly=True)
    claims = query_claims(conn)
    for c in claims:
        doc = get_document(conn, c["doc_id"])
        assert doc is not None and doc["text"][c["start"] : c["end"]] == c["text"]
    assert query_claims(conn, entity="Syrskyi")
    conn.close()


def test_a_late_ctrl_c_exits_130_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Ctrl-C that reaches the entry point after the command let go of it: 130 and one line."""
    import kursk_claims._entry as entry
    import kursk_claims.cli.app as app_module

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(app_module, "main", interrupted)
    previous = signal.getsignal(signal.SIGINT)
    try:
        with pytest.raises(SystemExit) as exc:
            entry.main()
    finally:
        signal.signal(signal.SIGINT, previous)
    assert exc.value.code == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "run the same command again" in err and "Traceback" not in err
