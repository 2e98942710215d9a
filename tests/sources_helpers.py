"""Pages and WARC files the tests write themselves (nothing copied from the web)."""

from __future__ import annotations

import gzip
import uuid
from pathlib import Path

ARTICLE_TITLE = "Ukraine holds 1,000 square kilometres in Kursk"
ARTICLE_PARAS = (
    "Ukrainian commander Oleksandr Syrskyi said on Tuesday that forces captured 1,000 square kilometres "
    "of Russian territory in the Kursk region since the incursion began.",
    "Russia's chief of staff Valery Gerasimov claimed about 300 troops were lost by the attackers in the "
    "last day, a figure that could not be independently verified.",
    "Officials in Kyiv said more than 28 settlements were now under Ukrainian control, and that "
    "humanitarian corridors would open for the civilians who stayed.",
)

BOILERPLATE_TOP = """<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div id="cookie-consent" class="cookie-banner"><p>We and our 500 partners use cookies. 4,000 troops of
trackers. <button>Accept all</button></p></div>"""
BOILERPLATE_BOTTOM = """<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Army sends 12,000 troops to the border</a></li>
<li><a href="/b">Another 77 settlements evacuated</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Reader42: I heard 9,999 troops were there, nobody reports it.</p></div></section>
<footer class="site-footer"><p>Copyright 2023 Example News Group. All rights reserved. 5,555 square kilometres of legal text.</p></footer>"""


def article_page(
    *,
    title: str = ARTICLE_TITLE,
    paras: tuple[str, ...] = ARTICLE_PARAS,
    head: str = "",
    boilerplate: bool = True,
    charset: str | None = "utf-8",
    h1: bool = True,
) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head>{meta_charset}<title>{title}</title>{head}</head><body>\n'
        + (BOILERPLATE_TOP if boilerplate else "")
        + f"\n<main><article>{f'<h1>{title}</h1>' if h1 else ''}\n{body}\n</article></main>\n"
        + (BOILERPLATE_BOTTOM if boilerplate else "")
        + "\n</body></html>\n"
    )


META_TAGS = (
    '<meta property="og:title" content="{title}">'
    '<meta property="og:site_name" content="Example News">'
    '<meta property="og:url" content="https://news.example.org/2024/kursk-holds">'
    '<meta property="article:published_time" content="2024-08-20T10:00:00+00:00">'
)
JSON_LD = (
    '<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", '
    '"headline": "{title}", "datePublished": "2024-08-19T08:30:00Z", '
    '"publisher": {{"@type": "Organization", "name": "Ledger Daily"}}, '
    '"mainEntityOfPage": "https://ledger.example.net/world/kursk"}}</script>'
)


def http_response(
    body: bytes, content_type: str = "text/html; charset=utf-8", extra: str = "", status: str = "200 OK"
) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n{extra}\r\n"
    return head.encode("latin-1") + body


def warc_record(
    kind: str,
    block: bytes,
    uri: str = "https://news.example.org/a",
    *,
    date: str = "2024-08-21T12:00:00Z",
    record_id: str | None = None,
    content_type: str | None = None,
    extra: str = "",
    length: int | None = None,
) -> bytes:
    rid = record_id or f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri + kind + str(len(block)))}>"
    ctype = content_type or {
        "response": "application/http; msgtype=response",
        "request": "application/http; msgtype=request",
        "revisit": "application/http; msgtype=response",
        "metadata": "application/warc-fields",
        "warcinfo": "application/warc-fields",
    }.get(kind, "application/octet-stream")
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: {rid}\r\nWARC-Date: {date}\r\n"
        + (f"WARC-Target-URI: {uri}\r\n" if kind != "warcinfo" else "")
        + f"Content-Type: {ctype}\r\n{extra}Content-Length: {len(block) if length is None else length}\r\n\r\n"
    )
    return head.encode("utf-8") + block + b"\r\n\r\n"


def mixed_records(page: bytes, uri: str = "https://news.example.org/2024/kursk") -> list[bytes]:
    """warcinfo, request, HTML response, non-HTML response, metadata, revisit."""
    return [
        warc_record("warcinfo", b"software: kursk-claims tests\r\n"),
        warc_record("request", b"GET /2024/kursk HTTP/1.1\r\nHost: news.example.org\r\n\r\n", uri),
        warc_record(
            "response", http_response(page), uri, record_id="<urn:uuid:00000000-0000-4000-8000-000000000001>"
        ),
        warc_record(
            "response",
            http_response(b"\x89PNG\r\n\x1a\n" + bytes(300), "image/png"),
            "https://news.example.org/logo.png",
        ),
        warc_record("metadata", b"via: https://news.example.org/\r\nhopsFromSeed: L\r\n", uri),
        warc_record(
            "revisit",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
            uri,
            extra="WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n",
            date="2024-08-22T12:00:00Z",
        ),
    ]


def write_warc(path: Path, records: list[bytes], gz: str | None = None) -> Path:
    """gz: None (plain), "record" (one gzip member per record) or "file" (whole-file gzip)."""
    if gz == "record":
        data = b"".join(gzip.compress(r) for r in records)
    elif gz == "file":
        data = gzip.compress(b"".join(records))
    else:
        data = b"".join(records)
    path.write_bytes(data)
    return path
