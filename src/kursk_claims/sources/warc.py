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

import contextlib
import hashlib
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast
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
    status: int | None = None
    content_type: str | None = None  # HTTP mime type, lower case, no parameters
    charset: str | None = None
    payload: bytes | None = None  # None when over the cap (or not read: not an HTML/text response)
    problem: str | None = None  # something wrong with this record that did not drop it


class _Unreadable(Exception):
    """The reader failed; `done` records (of any type) had been read before."""

    def __init__(self, done: int, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.done = done
        self.cause = cause


class _Gunzip:
    """Streaming gunzip of one or more gzip members (per-record or whole-file gzip).

    Unlike fastwarc 2.0.1's reader, it tells a truncated stream (`truncated`) from a clean end,
    and each `read` inflates at most `size` bytes, so a gzip bomb never sits in memory.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.inflater = zlib.decompressobj(31)
        self.buf = b""
        self.in_member = False
        self.truncated = False
        self.pos = 0

    def tell(self) -> int:
        return self.pos

    def read(self, size: int = -1) -> bytes:
        size = size if size and size > 0 else 1 << 16
        while True:
            if not self.buf:
                self.buf = self.raw.read(1 << 16)
                if not self.buf:
                    self.truncated = self.in_member
                    return b""
            self.in_member = True
            out = self.inflater.decompress(self.buf, size)
            if self.inflater.eof:
                self.buf = self.inflater.unused_data
                self.inflater = zlib.decompressobj(31)
                self.in_member = False
            else:
                self.buf = self.inflater.unconsumed_tail
            if out:
                self.pos += len(out)
                return out


def _mime(value: str | None) -> str | None:
    if not value:
        return None
    return value.split(";", 1)[0].strip().lower() or None


def _charset(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", value, re.IGNORECASE)
    return m.group(1) if m else None


class _Dechunk:
    """HTTP chunked transfer decoding over a reader (tolerant: a bad chunk header ends the body)."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.left = 0
        self.done = False
        self.pending = b""

    def _fill(self, n: int) -> bytes:
        while len(self.pending) < n:
            more = self.reader.read(max(n - len(self.pending), 4096))
            if not more:
                break
            self.pending += more
        out, self.pending = self.pending[:n], self.pending[n:]
        return out

    def _line(self) -> bytes:
        line = b""
        while not line.endswith(b"\n") and len(line) < 1024:
            c = self._fill(1)
            if not c:
                break
            line += c
        return line

    def read(self, size: int = -1) -> bytes:
        if self.done:
            return b""
        if self.left == 0:
            try:
                self.left = int(self._line().split(b";")[0].strip() or b"0", 16)
            except ValueError:
                self.left = 0
            if self.left == 0:
                self.done = True
                return b""
        data = self._fill(min(self.left, size if size and size > 0 else 1 << 16))
        self.left -= len(data)
        if self.left == 0:
            self._line()
        if not data:
            self.done = True
        return data


class _Inflate:
    """Content-Encoding gzip/deflate undone at most `size` bytes per read (bomb-safe)."""

    def __init__(self, reader: Any, encoding: str) -> None:
        self.reader = reader
        self.inflater = zlib.decompressobj(31 if "gzip" in encoding else 15)
        self.buf = b""
        self.first = encoding != "gzip"

    def read(self, size: int = -1) -> bytes:
        size = size if size and size > 0 else 1 << 16
        while not self.inflater.eof:
            if not self.buf:
                self.buf = self.reader.read(1 << 16)
                if not self.buf:
                    return b""
            if self.first:  # "deflate" is zlib-wrapped or raw, depending on the server
                self.first = False
                if (self.buf[0] & 0x0F) != 8:
                    self.inflater = zlib.decompressobj(-15)
            out = self.inflater.decompress(self.buf, size)
            self.buf = self.inflater.unconsumed_tail
            if out:
                return out
        return b""


def _read_capped(stream: Any) -> bytes | None:
    """Read at most MAX_PAGE_BYTES in chunks; None when there is more."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_PAGE_BYTES:
        chunk = stream.read(min(1 << 16, MAX_PAGE_BYTES + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return None if size > MAX_PAGE_BYTES else b"".join(chunks)


def _payload(
    reader: Any, transfer: str | None, encoding: str | None, length: str | None
) -> tuple[bytes | None, str | None]:
    """The HTTP body, de-chunked and decompressed, capped; and a problem with it, if any."""
    stream: Any = reader
    if transfer and "chunked" in transfer.lower():
        stream = _Dechunk(stream)
    enc = (encoding or "").strip().lower()
    if enc in ("gzip", "x-gzip", "deflate"):
        stream = _Inflate(stream, enc)
    elif enc not in ("", "identity"):
        return None, f"unsupported Content-Encoding {enc[:20]!r}"
    try:
        data = _read_capped(stream)
    except zlib.error as exc:
        return None, f"corrupt {enc} body ({exc})"
    problem = None
    if data is not None and stream is reader and length and length.strip().isdigit():
        declared = int(length)
        if declared != len(data):
            problem = (
                f"WARC Content-Length disagrees with the HTTP body (declares {declared} bytes, "
                f"holds {len(data)}); a neighbouring record may be cut or swallowed"
            )
            data = data[:declared]
    return data, problem


def _fastwarc_records(path: Path) -> Iterator[_Record]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    done = 0
    try:
        with path.open("rb") as raw:
            # gzip (per-record members or whole-file) is undone here, not by fastwarc: fastwarc
            # 2.0.1 ends a truncated gzip stream silently
            prev: _Record | None = None
            gz = _Gunzip(raw) if raw.read(2) == b"\x1f\x8b" else None
            raw.seek(0)
            records = ArchiveIterator(
                cast(BinaryIO, gz or raw),
                record_types=WarcRecordType.any_type,  # all types, to count what is skipped
                parse_http=True,
                auto_decode="none",  # chunking and Content-Encoding are undone in `_payload`
                stream_detect=False,
            )
            for rec in records:
                headers = rec.headers
                try:
                    stamp = rec.record_date
                    warc_date = stamp.date().isoformat() if stamp is not None else None
                except (ValueError, OSError, OverflowError, AttributeError):
                    warc_date = None
                r = _Record(
                    str(rec.record_type) or "unknown",
                    headers.get("WARC-Target-URI"),
                    headers.get("WARC-Record-ID"),
                    warc_date,
                )
                if r.kind == "response" and rec.is_http:
                    h = rec.http_headers
                    r.status = h.status_code
                    r.content_type = _mime(h.get("Content-Type"))
                    r.charset = _charset(h.get("Content-Type"))
                    if r.content_type in HTML_TYPES + TEXT_TYPES:
                        r.payload, r.problem = _payload(
                            rec.reader,
                            h.get("Transfer-Encoding"),
                            h.get("Content-Encoding"),
                            h.get("Content-Length"),
                        )
                if prev is not None:  # one record of lookahead: a truncated stream cuts the last one
                    done += 1
                    yield prev
                prev = r
            if gz is not None and gz.truncated:
                raise _Unreadable(done, EOFError("truncated gzip stream"))
            if prev is not None:
                done += 1
                yield prev
    except _Unreadable:
        raise
    except (OSError, ValueError, zlib.error) as exc:
        raise _Unreadable(done, exc) from exc
    except BaseException as exc:  # fastwarc's Rust panics are BaseExceptions (pyo3 PanicException)
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError)):
            raise
        raise _Unreadable(done, exc) from exc


def _warcio_records(path: Path, skip: int) -> Iterator[_Record]:
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    done = 0
    try:
        with path.open("rb") as raw:
            # warcio 1.8.1 refuses whole-file gzip: it is given the inflated stream instead
            fh: Any = _Gunzip(raw) if raw.read(2) == b"\x1f\x8b" else raw
            raw.seek(0)
            it = ArchiveIterator(fh)
            while True:
                with contextlib.redirect_stderr(io.StringIO()):  # warcio writes warnings to stderr
                    rec = next(it, None)
                if rec is None:
                    break
                done += 1
                if done <= skip:
                    continue
                h = rec.rec_headers
                raw_date = h.get_header("WARC-Date") or ""
                r = _Record(
                    str(rec.rec_type or "unknown"),
                    h.get_header("WARC-Target-URI"),
                    h.get_header("WARC-Record-ID"),
                    raw_date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", raw_date) else None,
                )
                if it.err_count:
                    r.problem = "record not followed by a blank line: its Content-Length is probably wrong"
                    it.err_count = 0
                if r.kind == "response" and rec.http_headers is not None:
                    code = rec.http_headers.get_statuscode()
                    r.status = int(code) if code and code.isdigit() else None
                    raw_type = rec.http_headers.get_header("Content-Type")
                    r.content_type, r.charset = _mime(raw_type), _charset(raw_type)
                    if r.content_type in HTML_TYPES + TEXT_TYPES:
                        with contextlib.redirect_stderr(io.StringIO()):
                            r.payload = _read_capped(rec.content_stream())
                yield r
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds (ArchiveLoadFailed, zlib.error, ...)
        raise _Unreadable(max(done, skip), exc) from exc


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
    if isinstance(first.cause, EOFError):
        problems.append(
            f"truncated gzip stream: {done} complete record(s) read, the record cut short and the rest are missing"
        )
        return
    try:
        for rec in _warcio_records(path, done):
            done += 1
            yield rec
        problems.append(
            f"fastwarc stopped after {first.done} record(s) ({_one_line(first.cause)[:120]}); read by warcio"
        )
    except _Unreadable as exc:
        where = "the file" if done == 0 else f"record {done + 1}"
        problems.append(
            f"unreadable WARC at {where} ({_one_line(exc.cause)[:160]}); "
            + ("file skipped" if done == 0 else "rest of file skipped")
        )


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def warc_doc_id(uri: str | None, record_id: str | None) -> str:
    """``<host>-<16 hex>``: stable for the same target URI and WARC-Record-ID."""
    try:
        host = (urlsplit(uri or "").hostname or "warc").lower()
    except ValueError:  # a malformed target URI ("http://[bad/"): the id still derives from it
        host = "warc"
    host = _SAFE.sub("-", host.removeprefix("www."))[:60] or "warc"
    digest = hashlib.sha256(f"{uri or ''} {record_id or ''}".encode()).hexdigest()[:16]
    return f"{host}-{digest}"


def _text_date(text: str) -> bool:
    """Does the text itself give a date (the extractor's text inference)?"""
    from kursk_claims.text.docdate import document_date

    return document_date(text, None)[0] is not None


def iter_warc(path: Path, seen_ids: set[str]) -> Iterator[Document | tuple[str, bool]]:
    """Documents of one WARC file, and ``(message, skipped)`` for every problem and the tally."""
    problems: list[str] = []
    skipped: dict[str, int] = {}
    pages = 0
    try:
        with path.open("rb") as fh:
            head = fh.read(2)
            fh.seek(0)
            start = _Gunzip(fh).read(5) if head == b"\x1f\x8b" else fh.read(5)
    except (OSError, zlib.error) as exc:
        yield f"cannot read as a (gzipped) WARC file ({_one_line(exc)[:120]}); skipped", True
        return
    if not start:
        yield "empty file; skipped", True
        return
    if not start.startswith(b"WARC/"):
        yield "not a WARC file (it does not start with a WARC/1.x record); skipped", True
        return

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
        where = " ".join(f"{rec.record_id or rec.uri or '?'}".split())[:200]
        if rec.problem:
            yield f"record {where}: {rec.problem}", rec.payload is None
        if rec.payload is None:
            if rec.problem:
                continue
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
            path=f"{path}#{where if rec.record_id else doc_id}",
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
