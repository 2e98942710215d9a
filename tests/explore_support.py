"""A known store and a real `kursk-claims explore` server on loopback, for test_explore/test_browser."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from conftest import TESTS_DIR, make_claim
from kursk_claims.models import DocResult, Document
from kursk_claims.store import open_store, write_result

HOSTILE_URL = "javascript:alert(document.cookie)"

KYIV = (
    "Commander Oleksandr Syrskyi said Ukrainian forces captured 1,000 square kilometres of Kursk. "
    "He added that 28 settlements were taken.\n"
)
TASS = (
    "Valery Gerasimov claimed Ukrainian forces captured only 300 square kilometres. 1,500 troops were lost.\n"
)
COPY = "Sirskyi said Ukrainian forces captured 1,000 square kilometres of Kursk, a reprint says.\n"


def _claim(doc: Document, phrase: str, **kw: Any) -> Any:
    start = doc.text.index(phrase)
    sentence = next(s for s in doc.text.replace("\n", "").split(". ") if phrase in s)
    return make_claim(doc.id, start, text=phrase, end=start + len(phrase), sentence=sentence, **kw)


def build_store(path: Path) -> dict[str, str]:
    """Three documents (one a syndicated copy, one with a javascript: url) and six claims; returns
    the claim ids by a short name."""
    kyiv = Document("kyiv-1", KYIV, "a" * 64, url="https://example.org/kyiv-1", outlet="Kyiv Post",
                    published="2024-08-20")  # fmt: skip
    tass = Document("tass-1", TASS, "b" * 64, url=HOSTILE_URL, outlet="TASS", published="2024-08-22")
    copy = Document("reprint-1", COPY, "c" * 64, url="https://example.net/r", outlet="Reprint",
                    published="2024-08-21")  # fmt: skip
    syrskyi = {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine", "actor": "ukraine"}
    claims = {
        "kyiv_km2": _claim(
            kyiv,
            "1,000 square kilometres",
            predicate="captured",
            claim_date="2024-08-20",
            entities=("Oleksandr Syrskyi",),
            **syrskyi,
        ),  # fmt: skip
        "kyiv_settlements": _claim(
            kyiv,
            "28 settlements",
            metric="settlements",
            value=28.0,
            value_low=28.0,
            value_high=28.0,
            unit="count",
            predicate="captured",
            claim_date="2024-08-20",
            **syrskyi,
        ),  # fmt: skip
        "tass_km2": _claim(
            tass,
            "300 square kilometres",
            value=300.0,
            value_low=300.0,
            value_high=300.0,
            predicate="captured",
            actor="ukraine",
            claimant="Valery Gerasimov",
            claimant_side="russia",
            claim_date="2024-08-22",
        ),  # fmt: skip
        "tass_troops": _claim(
            tass,
            "1,500 troops",
            metric="personnel",
            value=1500.0,
            value_low=1500.0,
            value_high=1500.0,
            unit="count",
            predicate="lost",
            actor="ukraine",
            claimant="Valery Gerasimov",
            claimant_side="russia",
        ),  # fmt: skip
        "copy_km2": _claim(
            copy,
            "1,000 square kilometres",
            predicate="captured",
            actor="ukraine",
            claimant="Sirskyi",
            claimant_side="ukraine",
            claim_date="2024-08-21",
        ),  # fmt: skip
    }
    conn = open_store(path)
    try:
        by_doc: dict[str, list[Any]] = {}
        for c in claims.values():
            by_doc.setdefault(c.doc_id, []).append(c)
        for doc in (kyiv, tass, copy):
            write_result(
                conn,
                DocResult(doc, doc.published, "metadata", 1.0, tuple(by_doc[doc.id])),
                extracted_at="2024-09-01T00:00:00+00:00",
            )
        # a syndication group, as the grouping step writes it: the earliest document's id
        conn.execute("UPDATE documents SET group_id = 'kyiv-1' WHERE id IN ('kyiv-1', 'reprint-1')")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    return {name: c.id for name, c in claims.items()}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:  # noqa: S310 - loopback test server
            return int(resp.status), resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read().decode("utf-8", "replace")


def fetch_json(url: str) -> Any:
    status, body = fetch(url)
    assert status == 200, body[:2000]
    return json.loads(body)


@contextmanager
def serve(db: Path) -> Iterator[str]:
    """Run `kursk-claims explore --no-open` on a free loopback port; yield its base URL."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(TESTS_DIR) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("KURSK_CLAIMS_DB", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kursk_claims.cli.app",
            "explore",
            "--db",
            str(db),
            "--port",
            str(port),
            "--no-open",
        ],  # fmt: skip
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"explore exited {proc.returncode}: {proc.stderr.read()}")
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2):  # noqa: S310
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError("explore did not come up within 60 s") from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
        if proc.stderr is not None:
            proc.stderr.close()
