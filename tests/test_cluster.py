"""Extraction on Dask: a LocalCluster of two worker processes gives the same store as one process.

One cluster serves the module (a few seconds to start). The fake extractor (conftest) stands in
for the model except in the one identity test with the real model on the five seeds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import fake_extract, killing_extract
from kursk_claims.cli.app import app
from kursk_claims.extract.cluster import ClusterError, connect, local_cluster
from kursk_claims.pipeline import extract_paths

ROOT = Path(__file__).resolve().parent.parent
OFF_TOPIC = "The home side won 3-1 before 40,000 fans; the striker now has 14 goals this season.\n"
runner = CliRunner()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster, c = local_cluster(2)  # LocalCluster(n_workers=2, threads_per_worker=1, processes=True)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def export(db: Path) -> str:
    res = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)])
    assert res.exit_code == 0, res.output
    return res.stdout


def statuses(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, status FROM documents"))


def test_cluster_store_equals_in_process_with_gate(corpus: Path, tmp_path: Path, client: Any) -> None:
    (corpus / "sport.txt").write_text(OFF_TOPIC, encoding="utf-8")
    here = extract_paths([corpus], tmp_path / "here.db", extractor=fake_extract)
    there = extract_paths([corpus], tmp_path / "there.db", extractor=fake_extract, client=client)
    assert (here.extracted, here.irrelevant, here.claims_written) == (4, 1, 5)
    assert (there.extracted, there.irrelevant, there.claims_written) == (4, 1, 5)
    assert export(tmp_path / "here.db") == export(tmp_path / "there.db")
    assert statuses(tmp_path / "there.db") == statuses(tmp_path / "here.db")
    assert statuses(tmp_path / "there.db")["sport"] == "irrelevant"
    again = extract_paths([corpus], tmp_path / "there.db", extractor=fake_extract, client=client)
    assert (again.extracted, again.irrelevant, again.skipped_unchanged) == (0, 0, 5)


def test_a_worker_dying_mid_batch_costs_a_retry_not_a_document(
    corpus: Path, tmp_path: Path, client: Any
) -> None:
    marker = tmp_path / "killed"
    extractor = partial(killing_extract, marker=str(marker), victim="b")
    report = extract_paths([corpus], tmp_path / "k.db", extractor=extractor, client=client)
    assert marker.exists()  # a worker process really died on document b
    assert (report.extracted, report.skipped_bad, report.claims_written) == (4, 0, 5)
    assert export(tmp_path / "k.db") == export_fake(corpus, tmp_path)


def export_fake(corpus: Path, tmp_path: Path) -> str:
    extract_paths([corpus], tmp_path / "ref.db", extractor=fake_extract)
    return export(tmp_path / "ref.db")


def test_unreachable_scheduler_is_one_clear_error() -> None:
    with pytest.raises(ClusterError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        connect("tcp://127.0.0.1:9", timeout=1)
    res = runner.invoke(app, ["extract", str(ROOT / "seeds"), "--scheduler", "127.0.0.1:9"])
    assert res.exit_code == 2 and "tcp://HOST:PORT" in res.stderr


@pytest.mark.model
def test_identical_exports_in_process_local_workers_and_dask_cluster(tmp_path: Path, client: Any) -> None:
    """The real model on the five seeds: byte-identical exports three ways."""
    pytest.importorskip("spacy")
    seeds = ROOT / "seeds"
    extract_paths([seeds], tmp_path / "one.db")
    extract_paths([seeds], tmp_path / "pool.db", workers=2)
    report = extract_paths([seeds], tmp_path / "dask.db", client=client)
    assert report.extracted == 5 and report.claims_written > 0
    one = export(tmp_path / "one.db")
    assert one.strip()
    assert export(tmp_path / "pool.db") == one
    assert export(tmp_path / "dask.db") == one


def test_the_end_of_the_input_goes_out_in_smaller_batches() -> None:
    from kursk_claims.extract.cluster import _chunks
    from kursk_claims.models import Document

    docs = [Document(id=f"d{i:03d}", text="x", sha256="0" * 64) for i in range(208)]
    sizes = [len(c) for c in _chunks(docs, 16, 4)]
    assert sizes[:10] == [16] * 10 and sizes[10:] == [12, 9, 7, 5, 4, 3, 2, 2, 2, 2]
    assert [d for c in _chunks(docs, 16, 4) for d in c] == docs  # every document once, in order
    assert [len(c) for c in _chunks(docs[:3], 16, 4)] == [2, 1]
    assert list(_chunks([], 16, 4)) == []
