"""Web archives (issue 12): WARC files the tests write, per-record and whole-file gzip."""

from __future__ import annotations

from pathlib import Path

import pytest

from kursk_claims.models import Document
from kursk_claims.sources.files import LoadWarning, collect_files, iter_files
from kursk_claims.sources.warc import _fastwarc_records, _warcio_records, iter_warc, warc_doc_id
from sources_helpers import (
    ARTICLE_TITLE,
    JSON_LD,
    article_page,
    http_response,
    mixed_records,
    warc_record,
    write_warc,
)

URI = "https://news.example.org/2024/kursk"
RID = "<urn:uuid:00000000-0000-4000-8000-000000000001>"


def _split(items: list[object]) -> tuple[list[Document], list[tuple[str, bool]]]:
    docs = [i for i in items if isinstance(i, Document)]
    notes = [i for i in items if isinstance(i, tuple)]
    return docs, notes  # type: ignore[return-value]


@pytest.mark.parametrize("gz", [None, "record", "file"])
def test_mixed_record_types(tmp_path: Path, gz: str | None) -> None:
    page = article_page(head=JSON_LD.format(title=ARTICLE_TITLE)).encode()
    path = write_warc(tmp_path / ("m.warc" + (".gz" if gz else "")), mixed_records(page, URI), gz)
    docs, notes = _split(list(iter_warc(path, set())))
    assert len(docs) == 1
    doc = docs[0]
    assert doc.id == warc_doc_id(URI, RID) and doc.id.startswith("news.example.org-")
    assert doc.url == URI and doc.title == ARTICLE_TITLE and doc.text.startswith(ARTICLE_TITLE + "\n\n")
    assert (doc.published, doc.published_source) == ("2024-08-19", "page")
    assert doc.path == f"{path}#{RID}"
    assert notes == [
        (
            "1 page(s) read; records not read as pages: 1 metadata, 1 non-HTML response, 1 request, 1 revisit, 1 warcinfo",
            False,
        )
    ]


def test_id_is_stable_and_depends_on_uri_and_record_id() -> None:
    assert warc_doc_id(URI, RID) == warc_doc_id(URI, RID)
    assert warc_doc_id(URI, RID) != warc_doc_id(URI + "x", RID) != warc_doc_id(URI, RID + "x")
    assert warc_doc_id("https://www.Example.org/a", RID).startswith("example.org-")


def test_warc_date_only_as_last_resort(tmp_path: Path) -> None:
    no_date = article_page().encode()
    dated_text = article_page(
        paras=(
            "Ukraine said on August 12, 2024 that 1,000 square kilometres were held by its troops in the region.",
        )
    ).encode()
    path = write_warc(
        tmp_path / "d.warc",
        [
            warc_record("response", http_response(no_date), "https://a.org/1"),
            warc_record(
                "response", http_response(dated_text), "https://a.org/2", date="2024-09-30T00:00:00Z"
            ),
        ],
    )
    docs, _ = _split(list(iter_warc(path, set())))
    assert (docs[0].published, docs[0].published_source) == ("2024-08-21", "warc-date")
    assert docs[1].published is None  # the text gives a date: the extractor infers it, not WARC-Date


def test_fastwarc_and_warcio_read_the_same(tmp_path: Path) -> None:
    page = article_page().encode()
    for gz in (None, "record", "file"):
        path = write_warc(tmp_path / f"x{gz}.warc", mixed_records(page, URI), gz)
        a = [(r.kind, r.uri, r.record_id, r.content_type, r.payload) for r in _fastwarc_records(path)]
        b = [(r.kind, r.uri, r.record_id, r.content_type, r.payload) for r in _warcio_records(path, 0)]
        assert a == b


def test_loader_collects_warc_and_html(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(article_page(), encoding="utf-8")
    write_warc(tmp_path / "c.warc.gz", mixed_records(article_page().encode(), URI), "record")
    files, _ = collect_files([tmp_path])
    assert [f.name for f in files] == ["c.warc.gz", "p.html"]
    items = list(iter_files(files))
    assert sum(isinstance(i, Document) for i in items) == 2
    assert all(not i.skipped for i in items if isinstance(i, LoadWarning))


def test_id_of_a_malformed_target_uri_is_stable() -> None:
    from kursk_claims.sources.warc import warc_doc_id

    a = warc_doc_id("http://[bad/page", "<urn:uuid:1>")
    assert a == warc_doc_id("http://[bad/page", "<urn:uuid:1>") and a.startswith("warc-")
