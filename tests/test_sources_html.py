"""Saved article pages (issue 12): text, title, date, site name and URL from pages the tests write."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kursk_claims.cli.app import app
from kursk_claims.sources.html import EXTRACTOR_INFO, PageError, extract_page, iter_html_file
from sources_helpers import (
    ARTICLE_PARAS,
    ARTICLE_TITLE,
    JSON_LD,
    META_TAGS,
    article_page,
    http_response,
    mixed_records,
    write_warc,
)

runner = CliRunner()


def test_boilerplate_stays_out_and_the_title_comes_first() -> None:
    page = extract_page(article_page().encode())
    assert page.title == ARTICLE_TITLE
    assert page.text.startswith(ARTICLE_TITLE + "\n\n")
    assert page.text.count(ARTICLE_TITLE) == 1  # the <h1> repeating the title is not doubled
    for para in ARTICLE_PARAS:
        assert para in page.text
    for junk in ("cookies", "Accept all", "12,000 troops", "77 settlements", "9,999", "Copyright", "Weather"):
        assert junk not in page.text, junk


def test_og_tags_give_date_site_and_url() -> None:
    page = extract_page(article_page(head=META_TAGS.format(title=ARTICLE_TITLE)).encode())
    assert (page.published, page.sitename) == ("2024-08-20", "Example News")
    assert page.url == "https://news.example.org/2024/kursk-holds"


def test_json_ld_only_metadata() -> None:
    page = extract_page(article_page(head=JSON_LD.format(title=ARTICLE_TITLE), boilerplate=False).encode())
    assert page.published == "2024-08-19"
    assert page.sitename == "Ledger Daily"


def test_no_date_anywhere_and_a_footer_year_is_not_a_date() -> None:
    page = extract_page(article_page().encode())  # footer: "Copyright 2023 ..."
    assert page.published is None


def test_charset_from_the_page() -> None:
    html = article_page(title="Kursk: 1 000 km² — état des lieux", charset="windows-1252")
    page = extract_page(html.encode("cp1252", errors="replace"))
    assert page.title is not None and "état" in page.title


def test_a_charset_with_a_null_byte_is_ignored() -> None:
    from kursk_claims.sources.html import decode_page

    text, _ = decode_page(b"<html><head><meta charset='\x00tf-8'></head><body>Kursk</body></html>")
    assert "Kursk" in text
    text, _ = decode_page(b"<p>Kursk</p>", http_charset="\x00tf-8")
    assert "Kursk" in text


def test_extractor_info_records_options() -> None:
    info = json.loads(EXTRACTOR_INFO)
    assert info["name"] == "trafilatura" and info["version"]
    assert info["options"]["deduplicate"] is False and info["date_options"]["extensive_search"] is False


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><script>var n = 1000;</script><style>p {}</style></head><body><script>x()</script></body></html>",
        "<html><body><nav><a href='/1'>World</a> <a href='/2'>Sport</a></nav><form><input type=password></form>"
        "<p>Log in to continue</p></body></html>",
        "",
    ],
    ids=["script-style-only", "login-wall", "empty"],
)
def test_pages_without_article_text_are_refused(html: str) -> None:
    with pytest.raises(PageError):
        extract_page(html.encode())


def _write(folder: Path, name: str, html: str, meta: dict[str, str] | None = None) -> Path:
    path = folder / name
    path.write_text(html, encoding="utf-8")
    if meta is not None:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta))
    return path


def test_date_precedence_sidecar_then_page(tmp_path: Path) -> None:
    html = article_page(head=META_TAGS.format(title=ARTICLE_TITLE))
    a = _write(tmp_path, "a.html", html, {"published": "2024-09-01", "outlet": "Sidecar Times"})
    b = _write(tmp_path, "b.htm", html)
    c = _write(tmp_path, "c.html", article_page())
    (da,) = [d for d in iter_html_file(a, set()) if not isinstance(d, tuple)]
    (db,) = [d for d in iter_html_file(b, set()) if not isinstance(d, tuple)]
    (dc,) = [d for d in iter_html_file(c, set()) if not isinstance(d, tuple)]
    assert (da.published, da.published_source, da.outlet) == ("2024-09-01", "metadata", "Sidecar Times")
    assert (db.published, db.published_source, db.outlet) == ("2024-08-20", "page", "Example News")
    assert (dc.published, dc.published_source) == (None, None)
    assert da.id == "a" and da.title == ARTICLE_TITLE and da.extractor == EXTRACTOR_INFO


def _extract(folder: Path, db: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["extract", str(folder), "--db", str(db), *extra])
    return result.exit_code, result.stderr if result.stderr_bytes is not None else result.output


def test_cli_extracts_a_folder_of_pages_and_warcs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KURSK_CLAIMS_EXTRACTOR", "conftest:fake_extract")
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "og.html", article_page(head=META_TAGS.format(title=ARTICLE_TITLE)))
    _write(folder, "side.html", article_page(), {"published": "2024-09-01"})
    _write(folder, "nodate.html", article_page())
    text_page = http_response(
        b"Officials said 40 settlements were retaken on Monday by Ukrainian forces.\n", "text/plain"
    )
    from sources_helpers import warc_record

    records = mixed_records(article_page(paras=ARTICLE_PARAS[:1]).encode())
    records.append(warc_record("response", text_page, "https://news.example.org/plain.txt"))
    write_warc(folder / "crawl.warc.gz", records, "record")
    db = tmp_path / "s.db"
    code, err = _extract(folder, db)
    assert code == 0, err
    assert (
        "records not read as pages: 1 metadata, 1 non-HTML response, 1 request, 1 revisit, 1 warcinfo" in err
    )
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    docs = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM documents")}
    claims = [dict(r) for r in conn.execute("SELECT * FROM claims")]
    conn.close()
    assert docs["og"]["date_source"] == "page" and docs["og"]["doc_date"] == "2024-08-20"
    assert docs["side"]["date_source"] == "metadata" and docs["side"]["doc_date"] == "2024-09-01"
    assert docs["nodate"]["date_source"] is None
    warc_docs = [d for d in docs.values() if d["path"] and "crawl.warc.gz#" in d["path"]]
    assert len(warc_docs) == 2
    assert {d["date_source"] for d in warc_docs} == {"warc-date"}  # no date in the page or the text
    assert all(d["doc_date"] == "2024-08-21" for d in warc_docs)
    html_doc = next(d for d in warc_docs if d["title"])
    assert (
        html_doc["url"] == "https://news.example.org/2024/kursk" and html_doc["extractor"] == EXTRACTOR_INFO
    )
    for c in claims:
        assert docs[c["doc_id"]]["text"][c["start"] : c["end"]] == c["text"]
    assert any(c["doc_id"] == "og" and c["start"] < len(ARTICLE_TITLE) for c in claims)  # headline claim
    # unchanged pages are skipped on the second run
    code, err = _extract(folder, db)
    assert code == 0 and "0 extracted, 0 irrelevant, 5 unchanged" in err, err


def _txt_and_page(folder: Path) -> None:
    body = "\n".join(ARTICLE_PARAS)
    (folder / "art.txt").write_text(f"{ARTICLE_TITLE}\n\n{body}\n", encoding="utf-8")
    (folder / "art.meta.json").write_text(json.dumps({"published": "2024-08-20", "outlet": "Example News"}))
    (folder / "page.html").write_text(
        article_page(head=META_TAGS.format(title=ARTICLE_TITLE)), encoding="utf-8"
    )


@pytest.mark.model
def test_txt_and_html_give_the_same_claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("spacy")
    from kursk_claims.extract.model import ModelNotFoundError, load_nlp

    try:
        load_nlp(None)
    except ModelNotFoundError as exc:
        pytest.skip(f"no spaCy pipeline: {exc}")
    monkeypatch.delenv("KURSK_CLAIMS_EXTRACTOR", raising=False)
    folder = tmp_path / "pair"
    folder.mkdir()
    _txt_and_page(folder)
    db = tmp_path / "pair.db"
    code, err = _extract(folder, db)
    assert code == 0, err
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    texts = {r["id"]: r["text"] for r in conn.execute("SELECT id, text FROM documents")}
    assert texts["art"] == texts["page"]
    rows = {
        doc: [
            (
                r["start"],
                r["end"],
                r["metric"],
                r["value"],
                r["qualifier"],
                r["claimant"],
                r["actor"],
                r["claim_date"],
            )
            for r in conn.execute("SELECT * FROM claims WHERE doc_id = ? ORDER BY start", (doc,))
        ]
        for doc in ("art", "page")
    }
    dates = {r["id"]: (r["doc_date"], r["date_source"]) for r in conn.execute("SELECT * FROM documents")}
    conn.close()
    assert len(rows["art"]) >= 3
    assert rows["art"] == rows["page"]
    assert dates == {"art": ("2024-08-20", "metadata"), "page": ("2024-08-20", "page")}
    if os.environ.get("KURSK_SHOW_PAIR"):
        print(rows)
