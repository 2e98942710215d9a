"""Web archives (``.warc``, ``.warc.gz``): every HTML (or plain-text) HTTP response is a document.

Records are streamed with fastwarc (``ArchiveIterator(stream, record_types=...)``; per-record and
whole-file gzip are detected from the stream); where fastwarc cannot read a file, or stops
part-way, warcio reads it (again from the start, skipping the records fastwarc already gave).
A file is never read whole into memory: one record's payload at a time, capped.

- ``response`` records whose HTTP Content-Type is HTML (or ``text/plain``) become documents;
  ``request``, ``metadata``, ``revisit``, ``warcinfo`` and other records, non-HTML responses and
  non-200 responses are skipped and counted (one summary line per file).
- The payload is read decompressed (HTTP chunked / Content-Encoding undone) up to
  `MAX_PAGE_BYTES` (10 MB, the page cap of `kursk_claims.sources.html`); a larger payload
  (a 50 MB page, a gzip bomb) is skipped with a warning, its rest discarded while streaming.
- Document id: ``<host>-<sha256(target URI + " " + WARC-Record-ID)[:16]>`` (host lower-cased,
  ``www.`` dropped), stable across runs and file names; `url` is the target URI; `path` is
  ``FILE#<WARC-Record-ID>``; `sha256` is that of the raw HTTP payload (the page bytes).
- Date: the page's metadata, else (when the text gives no date either) the record's WARC-Date,
  with ``published_source = "warc-date"``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kursk_claims.models import Document
from kursk_claims.sources.html import EXTRACTOR_INFO, MAX_PAGE_BYTES, PageError, decode_page, extract_page

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
_SAFE = re.compile(r"[^a-z0-9.-]+")


@dataclass
class _Record:
    """One WARC record, normalised across fastwarc and warcio."""

    kind: str  # response | request | metadata | revisit | warcinfo | resource | ...
    uri: str | None
    record_id: str | None
    warc_date: str | None  # YYYY-MM-DD
    status: int | None
    content_type: str | None  # HTTP mime type, lower case, no parameters
    charset: str | None
    payload: bytes | None  # None when larger than the cap (or not read: not a response)
    payload_size: int  # bytes read (cap + 1 when over the cap)


class _Unreadable(Exception):
    """The reader failed; `done` records (of any type) had been read before."""

    def __init__(self, done: int, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.done = done
        self.cause = cause


def _mime(value: str | None) -> str | None:
    if not value:
        return None
    return value.split(";", 1)[0].strip().lower() or None


def _charset(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", value, re.IGNORECASE)
    return m.group(1) if m else None


def _read_capped(stream: Any) -> tuple[bytes | None, int]:
    """Read at most MAX_PAGE_BYTES + 1 bytes in chunks; None (and the size read) when over the cap."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_PAGE_BYTES:
        chunk = stream.read(min(1 << 16, MAX_PAGE_BYTES + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > MAX_PAGE_BYTES:
        return None, size
    return b"".join(chunks), size


def _fastwarc_records(path: Path) -> Iterator[_Record]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    done = 0
    try:
        with path.open("rb") as fh:
            for rec in ArchiveIterator(
                fh, record_types=WarcRecordType.any_type, parse_http=True, auto_decode="all"
            ):
                kind = str(rec.record_type.name or "unknown")
                headers = rec.headers
                try:
                    warc_date: str | None = rec.record_date.date().isoformat()
                except (ValueError, OSError, OverflowError):
                    warc_date = None
                status = ctype = charset = None
                payload: bytes | None = None
                size = 0
                if kind == "response" and rec.is_http:
                    status = rec.http_headers.status_code
                    ctype = _mime(rec.http_content_type) or _mime(rec.http_headers.get("Content-Type"))
                    charset = rec.http_charset or _charset(rec.http_headers.get("Content-Type"))
                    if ctype in HTML_TYPES + TEXT_TYPES:
                        payload, size = _read_capped(rec.reader)
                done += 1
                yield _Record(
                    kind,
                    headers.get("WARC-Target-URI"),
                    headers.get("WARC-Record-ID"),
                    warc_date,
                    status,
                    ctype,
                    charset,
                    payload,
                    size,
                )
    except (OSError, ValueError, EOFError) as exc:
        raise _Unreadable(done, exc) from exc


def _warcio_records(path: Path, skip: int) -> Iterator[_Record]:
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    done = 0
    try:
        with path.open("rb") as fh:
            for rec in ArchiveIterator(fh):
                done += 1
                if done <= skip:
                    continue
                kind = str(rec.rec_type or "unknown")
                h = rec.rec_headers
                raw_date = h.get_header("WARC-Date") or ""
                warc_date = raw_date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", raw_date) else None
                status = ctype = charset = None
                payload: bytes | None = None
                size = 0
                if kind == "response" and rec.http_headers is not None:
                    code = rec.http_headers.get_statuscode()
                    status = int(code) if code and code.isdigit() else None
                    raw_type = rec.http_headers.get_header("Content-Type")
                    ctype, charset = _mime(raw_type), _charset(raw_type)
                    if ctype in HTML_TYPES + TEXT_TYPES:
                        payload, size = _read_capped(rec.content_stream())
                yield _Record(
                    kind,
                    h.get_header("WARC-Target-URI"),
                    h.get_header("WARC-Record-ID"),
                    warc_date,
                    status,
                    ctype,
                    charset,
                    payload,
                    size,
                )
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds (ArchiveLoadFailed, zlib.error, ...)
        raise _Unreadable(skip + max(done - skip, 0), exc) from exc


def _records(path: Path, problems: list[str]) -> Iterator[_Record]:
    """Records from fastwarc; from warcio where fastwarc fails. Problems are appended to `problems`."""
    done = 0
    try:
        for rec in _fastwarc_records(path):
            done += 1
            yield rec
        return
    except _Unreadable as exc:
        first = exc
    try:
        for rec in _warcio_records(path, done):
            done += 1
            yield rec
        if done > first.done:
            problems.append(
                f"fastwarc stopped after {first.done} record(s) ({_one_line(first.cause)}); read by warcio"
            )
    except _Unreadable as exc:
        where = "the file" if done == 0 else f"record {done + 1}"
        problems.append(
            f"unreadable WARC at {where} ({_one_line(exc.cause)[:160]}); {'file' if done == 0 else 'rest of file'} skipped"
        )


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def warc_doc_id(uri: str | None, record_id: str | None) -> str:
    """``<host>-<16 hex>``: stable for the same target URI and WARC-Record-ID."""
    host = (urlsplit(uri or "").hostname or "warc").lower()
    host = _SAFE.sub("-", host.removeprefix("www."))[:60] or "warc"
    digest = hashlib.sha256(f"{uri or ''} {record_id or ''}".encode()).hexdigest()[:16]
    return f"{host}-{digest}"


def _text_date(text: str) -> bool:
    """Does the text itself give a date (the extractor's text inference)?"""
    from kursk_claims.text.dates import document_date

    return document_date(text, None)[0] is not None


def iter_warc(path: Path, seen_ids: set[str]) -> Iterator[Document | tuple[str, bool]]:
    """Documents of one WARC file, and ``(message, skipped)`` for every problem and the tally."""
    problems: list[str] = []
    skipped: dict[str, int] = {}
    pages = 0

    def skip(reason: str) -> None:
        skipped[reason] = skipped.get(reason, 0) + 1

    for rec in _records(path, problems):
        while problems:  # a reader problem met mid-file (reported where it happened)
            yield problems.pop(0), True
        if rec.kind != "response":
            skip(rec.kind)
            continue
        if rec.status is not None and rec.status != 200:
            skip("non-200 response")
            continue
        if rec.content_type not in HTML_TYPES + TEXT_TYPES:
            skip("non-HTML response")
            continue
        where = f"{rec.record_id or rec.uri or '?'}"
        if rec.payload is None:
            yield (
                (
                    f"record {where}: page larger than the {MAX_PAGE_BYTES // (1024 * 1024)} MB cap "
                    "(decompressed); skipped"
                ),
                True,
            )
            continue
        try:
            if rec.content_type in TEXT_TYPES:
                text, warns = decode_page(rec.payload, rec.charset)
                title = published = sitename = None
                if not text.strip():
                    raise PageError("empty text; skipped")
            else:
                page = extract_page(rec.payload, url=rec.uri, http_charset=rec.charset)
                text, warns = page.text, list(page.warnings)
                title, published, sitename = page.title, page.published, page.sitename
        except PageError as exc:
            yield f"record {where}: {exc}", True
            continue
        for w in warns:
            yield f"record {where}: {w}", False
        doc_id = warc_doc_id(rec.uri, rec.record_id)
        if doc_id in seen_ids:
            yield (
                f"record {where}: duplicate document id {doc_id!r}; the first one is kept, this one skipped",
                True,
            )
            continue
        seen_ids.add(doc_id)
        source = "page" if published else None
        if published is None and rec.warc_date and not _text_date(text):
            published, source = rec.warc_date, "warc-date"  # last resort: the crawl date
        pages += 1
        yield Document(
            id=doc_id,
            text=text,
            sha256=hashlib.sha256(rec.payload).hexdigest(),
            path=f"{path}#{rec.record_id or doc_id}",
            url=rec.uri,
            outlet=sitename,
            published=published,
            published_source=source,
            title=title,
            extractor=EXTRACTOR_INFO if rec.content_type in HTML_TYPES else None,
        )
    while problems:
        yield problems.pop(0), True
    if skipped or pages == 0:
        tally = ", ".join(f"{n} {kind}" for kind, n in sorted(skipped.items())) or "nothing"
        yield f"{pages} page(s) read; records not read as pages: {tally}", False
