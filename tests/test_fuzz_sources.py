"""Fuzzing the page and archive readers (issue 12): no exception escapes, offsets-free invariants.

Page fuzz: random HTML-ish bytes (tags, entities, charsets, scripts, NULs). WARC fuzz: valid
records with random bytes flipped, cut or inserted, plain and gzipped. Every call either yields
documents (non-empty text; title first when there is one) and ``(message, skipped)`` notes, or
raises `PageError` (pages). `KURSK_FUZZ_EXAMPLES` sets the number of examples (default 150).
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kursk_claims.models import Document
from kursk_claims.sources.html import PageError, extract_page
from kursk_claims.sources.warc import iter_warc
from sources_helpers import article_page, http_response, mixed_records, warc_record

EXAMPLES = int(os.environ.get("KURSK_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
FRAGMENTS = [
    "<html>", "</html>", "<head>", "<body>", "<article>", "</article>", "<p>", "</p>", "<title>", "</title>",
    "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#x110000;",
    '<meta charset="utf-16">', '<meta charset="x-bogus">', '<meta http-equiv="content-type" content="text/html; charset=koi8-r">',
    "<h1>", "</h1>", "<nav>", "<footer>", "1,000 square kilometres", "Syrskyi said", "\x00", "\ufeff", "<", ">", '"', "'",
    "<time datetime='2024-13-45'>", '<script type="application/ld+json">{"datePublished": "99999-01-01"}</script>',
]  # fmt: skip


@FUZZ
@given(
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=60), st.binary(max_size=40)
)
def test_fuzz_html_page(parts: list[str], noise: bytes) -> None:
    data = "".join(parts).encode("utf-8", errors="surrogatepass") + noise
    try:
        page = extract_page(data)
    except PageError:
        return
    assert page.text.strip()
    if page.title:
        assert page.text.startswith(page.title)
    assert page.published is None or len(page.published) == 10


_BASE = b"".join(mixed_records(article_page().encode())) + warc_record(
    "response", http_response(b"chunk", extra="Transfer-Encoding: chunked\r\n"), "https://a.org/c"
)


@FUZZ
@given(
    st.lists(st.tuples(st.integers(0, len(_BASE) - 1), st.binary(min_size=0, max_size=8)), max_size=6),
    st.integers(0, len(_BASE)),
    st.sampled_from([None, "record", "file"]),
)
def test_fuzz_warc(edits: list[tuple[int, bytes]], cut: int, gz: str | None) -> None:
    data = bytearray(_BASE[:cut] if cut > 100 else _BASE)
    for pos, blob in edits:
        pos = min(pos, len(data))
        data[pos : pos + len(blob)] = blob
    raw = bytes(data)
    if gz == "record":
        raw = gzip.compress(raw[: len(raw) // 2]) + gzip.compress(raw[len(raw) // 2 :])
    elif gz == "file":
        raw = gzip.compress(raw)
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"kursk-fuzz-{os.getpid()}.warc"
    path.write_bytes(raw)
    try:
        for item in iter_warc(path, set()):
            if isinstance(item, Document):
                assert item.text.strip() and item.id and item.sha256
            else:
                message, skipped = item
                assert isinstance(message, str) and "\n" not in message and isinstance(skipped, bool)
    finally:
        path.unlink(missing_ok=True)
