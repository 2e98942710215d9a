"""Hostile pages and archives (issue 12): one warning line each, the run goes on, nothing lost."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kursk_claims.cli.app import EXIT_SKIPPED, app
from kursk_claims.models import Document
from kursk_claims.sources.html import MAX_PAGE_BYTES
from kursk_claims.sources.warc import iter_warc
from sources_helpers import article_page, http_response, warc_record, write_warc

runner = CliRunner()
PAGE = article_page().encode()


def _good(n: int) -> bytes:
    return warc_record("response", http_response(PAGE), f"https://a.org/{n}")


def _run(path: Path) -> tuple[list[str], list[tuple[str, bool]]]:
    items = list(iter_warc(path, set()))
    return [i.url or "" for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, tuple)]


def _skips(notes: list[tuple[str, bool]]) -> list[str]:
    return [m for m, skipped in notes if skipped]


def test_truncated_gzip_keeps_the_complete_records(tmp_path: Path) -> None:
    data = b"".join(gzip.compress(_good(i)) for i in range(3))
    (tmp_path / "t.warc.gz").write_bytes(data[:-200])
    urls, notes = _run(tmp_path / "t.warc.gz")
    assert urls == ["https://a.org/0", "https://a.org/1"]
    assert any("truncated gzip stream" in m for m in _skips(notes))


def test_truncated_whole_file_gzip(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(_good(i) for i in range(3)))
    (tmp_path / "t.warc.gz").write_bytes(data[: len(data) // 2])
    _, notes = _run(tmp_path / "t.warc.gz")
    assert any("truncated gzip stream" in m for m in _skips(notes))


def test_corrupt_record_reports_and_keeps_what_came_before(tmp_path: Path) -> None:
    bad = b"WARC/1.0\r\nWARC-Type: response\r\nthis is no header\r\n\r\nxx"
    write_warc(tmp_path / "c.warc", [_good(0), bad, _good(2)])
    urls, notes = _run(tmp_path / "c.warc")
    assert urls[:1] == ["https://a.org/0"]
    assert any("unreadable WARC" in m for m in _skips(notes))


@pytest.mark.parametrize("delta", [5000, -1400])
def test_wrong_content_length_is_reported(tmp_path: Path, delta: int) -> None:
    wrong = warc_record(
        "response", http_response(PAGE), "https://a.org/1", length=len(http_response(PAGE)) + delta
    )
    write_warc(tmp_path / "w.warc", [_good(0), wrong, _good(2)])
    urls, notes = _run(tmp_path / "w.warc")
    assert urls[0] == "https://a.org/0"
    assert any("Content-Length" in m or "unreadable WARC" in m for m, _ in notes), notes


def test_undecodable_and_unknown_charsets(tmp_path: Path) -> None:
    write_warc(
        tmp_path / "cs.warc",
        [
            warc_record("response", http_response(PAGE, "text/html; charset=x-klingon"), "https://a.org/k"),
            warc_record("response", http_response(bytes(range(128, 256)) * 50), "https://a.org/noise"),
        ],
    )
    urls, notes = _run(tmp_path / "cs.warc")
    assert urls == ["https://a.org/k"]
    assert any("unknown charset 'x-klingon'" in m and not s for m, s in notes)
    assert any("undecodable" in m for m in _skips(notes))


def test_page_over_the_cap_and_gzip_bomb(tmp_path: Path) -> None:
    big = (
        b"<html><body><article>"
        + b"<p>Ukraine captured 1,000 square kilometres.</p>" * (MAX_PAGE_BYTES // 40)
        + b"</article></body></html>"
    )
    bomb = gzip.compress(b"<p>" + b"A" * (100 * 1024 * 1024))
    write_warc(
        tmp_path / "b.warc.gz",
        [
            _good(0),
            warc_record("response", http_response(big), "https://a.org/big"),
            warc_record(
                "response", http_response(bomb, extra="Content-Encoding: gzip\r\n"), "https://a.org/bomb"
            ),
            _good(3),
        ],
        "record",
    )
    urls, notes = _run(tmp_path / "b.warc.gz")
    assert urls == ["https://a.org/0", "https://a.org/3"]
    assert sum("MB cap (decompressed)" in m for m in _skips(notes)) == 2


def test_a_warc_level_gzip_bomb_streams_through(tmp_path: Path) -> None:
    """A record whose gzip member inflates to 200 MB: skipped at the cap, memory stays bounded."""
    huge = http_response(b"<p>" + b"B" * (200 * 1024 * 1024))
    write_warc(
        tmp_path / "bomb.warc.gz",
        [_good(0), warc_record("response", huge, "https://a.org/bomb"), _good(2)],
        "record",
    )
    assert (tmp_path / "bomb.warc.gz").stat().st_size < 1_000_000
    urls, notes = _run(tmp_path / "bomb.warc.gz")
    assert urls == ["https://a.org/0", "https://a.org/2"]
    assert any("MB cap" in m for m in _skips(notes))


def test_not_a_warc_and_empty(tmp_path: Path) -> None:
    (tmp_path / "n.warc").write_bytes(b"hello, not an archive\n" * 5)
    (tmp_path / "e.warc.gz").write_bytes(b"")
    assert _skips(_run(tmp_path / "n.warc")[1]) == [
        "not a WARC file (it does not start with a WARC/1.x record); skipped"
    ]
    assert _skips(_run(tmp_path / "e.warc.gz")[1]) == ["empty file; skipped"]


def test_hostile_folder_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KURSK_CLAIMS_EXTRACTOR", "conftest:fake_extract")
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "good.html").write_text(article_page(), encoding="utf-8")
    (folder / "scripts.html").write_text(
        "<html><head><script>a=1</script><style>p{}</style></head><body><script>b()</script></body></html>"
    )
    (folder / "front.html").write_text(
        "<html><body><nav>"
        + "".join(f"<a href='/{i}'>Section {i}</a>" for i in range(30))
        + "</nav></body></html>"
    )
    (folder / "huge.html").write_bytes(
        b"<html><body><p>" + b"word " * (11 * 1024 * 1024 // 5) + b"</p></body></html>"
    )
    (folder / "latin.html").write_bytes(
        article_page(charset=None).encode("utf-8")[:-40] + b"\xff\xfe caf\xe9 </html>"
    )
    data = b"".join(gzip.compress(_good(i)) for i in range(3))
    (folder / "trunc.warc.gz").write_bytes(data[:-200])
    db = tmp_path / "bad.db"
    result = runner.invoke(app, ["extract", str(folder), "--db", str(db)])
    err = result.stderr
    assert result.exit_code == EXIT_SKIPPED, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert all(line.startswith("warning: ") for line in lines[:-1]), lines
    assert any("scripts.html: no article text found" in line for line in lines)
    assert any("front.html: no article text found" in line for line in lines)
    assert any("huge.html: page of" in line and "MB page cap" in line for line in lines)
    assert any("latin.html: not valid utf-8" in line for line in lines)
    assert any("trunc.warc.gz: truncated gzip stream" in line for line in lines)
    conn = sqlite3.connect(db)
    ids = {r[0] for r in conn.execute("SELECT id FROM documents")}
    conn.close()
    assert {"good", "latin"} <= ids and len(ids) == 4  # + the two complete WARC records
