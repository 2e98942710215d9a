"""Crash safety and concurrency (issue 7, items 3 and 4), with the slow fake extractor in subprocesses.

- `extract` is SIGKILLed at random moments (at least 20 times, first run and `--force` re-runs);
  after every kill the store passes `PRAGMA integrity_check` and the FTS index check, every stored
  document has exactly the claims of an uninterrupted run, and finishing the run gives exactly
  the uninterrupted run's claims.
- SIGINT at random moments: exit 130 with a message, never a traceback.
- Two `extract`s on one store (same documents, one with `--force`) with `query`s meanwhile; a
  writer that cannot get the lock fails with one clear line.

No assertion depends on timing: the random moments only decide *where* a run is cut.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import TESTS_DIR, fake_extract
from kursk_claims.cli.app import app
from kursk_claims.pipeline import extract_paths
from kursk_claims.store import schema as store_module

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

N_DOCS = 12
MIN_KILLS = 20
CLI = [sys.executable, "-c", "from kursk_claims._entry import main; main()"]
SEED = int(os.environ.get("KURSK_CRASH_SEED", "8"))
CLAIM_COLUMNS = (
    'id, doc_id, metric, value, value_low, value_high, unit, qualifier, text, start, "end", sentence, '
    "actor, predicate, claimant, claimant_key, claimant_side, claim_date, entities, evidence"
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(TESTS_DIR) + os.pathsep + env.get("PYTHONPATH", "")
    env["KURSK_CLAIMS_EXTRACTOR"] = "conftest:slow_fake_extract"
    env.pop("KURSK_CLAIMS_DB", None)
    return env


def make_corpus(root: Path) -> Path:
    """N_DOCS documents with 0 to 4 claims each (some share claimants, one JSONL file)."""
    root.mkdir()
    phrases = [
        "Ukraine captured {a} square kilometres, Syrskyi said.",
        "Russia's Gerasimov claimed about {b} troops were lost.",
        "Officials said more than {c} settlements were taken.",
        "The army sent {d} troops.",
    ]
    lines = []
    for i in range(N_DOCS):
        k = i % 5
        body = " ".join(p.format(a=100 + i, b=200 + i, c=3 + i, d=1000 + i) for p in phrases[:k])
        text = f"Report {i}. {body or 'No figures today.'}\n"
        if i % 9 == 8:
            lines.append(json.dumps({"id": f"j{i}", "text": text}))
        else:
            (root / f"d{i:02}.txt").write_text(text, encoding="utf-8")
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def claims_by_doc(db: Path) -> tuple[dict[str, int], dict[str, tuple[Any, ...]]]:
    conn = sqlite3.connect(db)
    try:
        counts = {str(r[0]): int(r[1]) for r in conn.execute("SELECT id, n_claims FROM documents")}
        rows = {str(r[0]): tuple(r) for r in conn.execute(f"SELECT {CLAIM_COLUMNS} FROM claims")}  # noqa: S608
    finally:
        conn.close()
    return counts, rows


def check_store(db: Path, expected: dict[str, int]) -> int:
    """Integrity, FTS consistency, and all-or-nothing claims per stored document; return #docs."""
    if not db.exists() or db.stat().st_size == 0:
        return 0
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "documents" not in tables:  # killed before the schema transaction committed
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
            return 0
        conn.execute("INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')")
        stored = dict(
            conn.execute(
                "SELECT d.id, (SELECT count(*) FROM claims c WHERE c.doc_id = d.id) FROM documents d"
            ).fetchall()
        )
        n_claims = dict(conn.execute("SELECT id, n_claims FROM documents").fetchall())
        orphans = conn.execute(
            "SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        fts_rows = conn.execute("SELECT count(*) FROM claims_fts").fetchone()[0]
        total = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    finally:
        conn.close()
    assert orphans == 0
    assert fts_rows == total
    for doc_id, count in stored.items():
        assert count == expected[doc_id] == n_claims[doc_id], doc_id
    return len(stored)


@pytest.fixture(scope="module")
def crash_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The corpus and the store of an uninterrupted run (in-process, same extractor results)."""
    base = tmp_path_factory.mktemp("crash")
    corpus = make_corpus(base / "corpus")
    reference = base / "reference.db"
    report = extract_paths([corpus], reference, extractor=fake_extract)
    # documents without figures fail the relevance gate: stored as irrelevant, still one row each
    assert report.extracted + report.irrelevant == N_DOCS and report.skipped_bad == 0
    return corpus, reference


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(crash_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, reference = crash_corpus
    expected, reference_rows = claims_by_doc(reference)
    assert sorted(set(expected.values())) == [0, 1, 2, 3, 4]
    db = tmp_path / "killed.db"
    rng = random.Random(SEED)
    kills = finished = force_kills = 0
    force = False
    runs = 0
    while kills < MIN_KILLS:
        runs += 1
        assert runs < 4 * MIN_KILLS, "the runs keep finishing before the kill"
        proc = subprocess.Popen(
            [*CLI, "extract", str(corpus), "--db", str(db), *(["--force"] if force else [])],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=_env(),
        )
        # Somewhere between start-up (schema creation) and a few documents in (mid-write).
        time.sleep(rng.uniform(0.0, 1.2))
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=60)
        if proc.returncode == -signal.SIGKILL:
            kills += 1
            force_kills += force
        else:
            assert proc.returncode == 0, err.decode()
            finished += 1
        if check_store(db, expected) == N_DOCS:
            force = True  # the corpus is complete: now kill re-extractions (delete + insert)
    # Finish: a plain re-run completes the corpus with exactly the uninterrupted run's claims.
    proc = subprocess.run(
        [*CLI, "extract", str(corpus), "--db", str(db)], capture_output=True, env=_env(), timeout=120
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert check_store(db, expected) == N_DOCS
    counts, rows = claims_by_doc(db)
    assert counts == expected
    assert rows == reference_rows
    print(f"SIGKILL: {kills} kills ({force_kills} during --force re-runs) in {runs} runs, seed {SEED}")


@pytest.mark.slow
def test_sigint_at_random_moments_exits_130_with_a_message(
    crash_corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, reference = crash_corpus
    expected, _ = claims_by_doc(reference)
    db = tmp_path / "int.db"
    rng = random.Random(SEED + 1)
    for delay in [0.3 + rng.uniform(0.0, 0.8) for _ in range(4)]:
        proc = subprocess.Popen(
            [*CLI, "extract", str(corpus), "--db", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_env(),
            text=True,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        if proc.returncode == 0:
            continue  # finished before the signal arrived
        assert proc.returncode == 130, err
        assert "Traceback" not in err
        assert "interrupted" in err and "run the same command again" in err or "before anything" in err
        check_store(db, expected)


# ----------------------------------------------------------------------------- concurrency


@pytest.mark.slow
def test_two_extracts_of_the_same_documents_and_queries(
    crash_corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    """Both writers replace the same documents (one with --force); queries read meanwhile."""
    corpus, reference = crash_corpus
    expected, reference_rows = claims_by_doc(reference)
    files = sorted(corpus.glob("d0*.txt"))  # 9 documents keep the two runs short
    expected = {f.stem: expected[f.stem] for f in files}
    reference_rows = {k: v for k, v in reference_rows.items() if v[1] in expected}
    db = tmp_path / "shared.db"
    procs = [
        subprocess.Popen(
            [*CLI, "extract", *map(str, files), "--db", str(db), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for extra in ([], ["--force"])
    ]
    queries = 0
    while any(p.poll() is None for p in procs):
        if db.exists():
            q = subprocess.run(
                [*CLI, "query", "-f", "jsonl", "--sort", "doc", "--db", str(db)],
                capture_output=True,
                text=True,
                env=_env(),
                timeout=60,
            )
            assert "Traceback" not in q.stderr
            if q.returncode == 0:
                rows = [json.loads(line) for line in q.stdout.splitlines()]
                per_doc: dict[str, int] = {}
                for r in rows:
                    per_doc[r["doc_id"]] = per_doc.get(r["doc_id"], 0) + 1
                for doc_id, n in per_doc.items():  # a reader never sees half a document
                    assert n == expected[doc_id]
                queries += 1
            else:  # only before the first schema commit
                assert q.returncode == 1 and q.stderr.startswith("error: "), q.stderr
                assert q.stderr.count("\n") == 1
        time.sleep(0.05)
    for p in procs:
        _, err = p.communicate(timeout=60)
        assert "Traceback" not in err
        assert p.returncode == 0 or (p.returncode == 1 and err.startswith("error: ")), err
        assert p.returncode == 0, err  # with a 30 s busy timeout both finish
    assert queries >= 1
    assert check_store(db, expected) == len(files)
    assert claims_by_doc(db)[1] == reference_rows


def test_writer_that_cannot_get_the_lock_fails_with_one_clear_line(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KURSK_CLAIMS_EXTRACTOR", "conftest:fake_extract")
    db = tmp_path / "locked.db"
    runner = CliRunner()
    assert runner.invoke(app, ["extract", str(corpus), "--db", str(db)]).exit_code == 0
    (corpus / "new.txt").write_text("Ukraine captured 5 square kilometres.\n")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock for longer than the timeout
    try:
        res = runner.invoke(app, ["extract", str(corpus), "--db", str(db)])
        reader = runner.invoke(app, ["query", "-f", "json", "--db", str(db)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert res.exit_code == 1, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert res.stderr.startswith("error: ") and "busy" in res.stderr
    assert "Traceback" not in res.output
    assert reader.exit_code == 0 and len(json.loads(reader.stdout)) == 5  # readers are not blocked
    again = runner.invoke(app, ["extract", str(corpus), "--db", str(db)])
    assert again.exit_code == 0 and "1 extracted, 0 irrelevant, 4 unchanged" in again.stderr


def test_an_interrupt_turned_into_an_import_error_still_ends_the_run_as_an_interrupt(
    corpus: Path, tmp_path: Path
) -> None:
    """Ctrl-C while an extension module imports can surface as ImportError('initialization
    failed'): after the SIGINT handler has run, that is the interrupt, not a bad document."""
    from kursk_claims import pipeline

    def extract_then_interrupted(docs: Any, model: Any = None, workers: int = 1) -> Any:
        it = iter(docs)
        first = next(it)
        yield from fake_extract([first])
        with pytest.raises(KeyboardInterrupt):
            pipeline.interrupt_handler(signal.SIGINT, None)
        raise ImportError("initialization failed")

    with pytest.raises(pipeline.ExtractInterrupted) as caught:
        extract_paths([corpus], tmp_path / "s.db", extractor=extract_then_interrupted)
    assert caught.value.report.extracted == 1
    assert caught.value.report.skipped_bad == 0


def test_an_import_error_without_an_interrupt_is_an_extraction_error(corpus: Path, tmp_path: Path) -> None:
    def broken(docs: Any, model: Any = None, workers: int = 1) -> Any:
        for _ in docs:
            raise ImportError("initialization failed")
        yield from ()

    from kursk_claims.pipeline import ExtractionError

    with pytest.raises(ExtractionError, match="ImportError: initialization failed"):
        extract_paths([corpus], tmp_path / "s.db", extractor=broken)
