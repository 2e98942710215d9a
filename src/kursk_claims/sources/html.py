"""A saved article page (bytes) -> its article text, title, date, site name and canonical URL.

The work is trafilatura's (main-text extraction; its metadata takes the date from htmldate).
Choices, recorded with every document as the `extractor` JSON string (`EXTRACTOR_INFO`):

- ``deduplicate`` is off: its per-process cache makes a page's text depend on the pages
  processed before it.
- ``include_comments`` is off: reader comments are not the article.
- htmldate's *extensive* search is off (``extensive_search: False``). Extensive search falls back
  to weak evidence: any year-like string in the page's free text, such as a footer's
  "© 2024" (read as 2024-01-01) or a date in a related-links list. A publication date must come
  from the page's metadata (meta tags, JSON-LD, ``<time>`` elements, the URL or the canonical
  URL, a full date in the article header); without one the page has no date and the document's
  date is inferred from its text, as for a .txt file.

Decoding: the charset comes from the HTTP header (WARC records) or a BOM, else from the page's
``<meta charset>`` / ``http-equiv`` declaration, else UTF-8. An unknown charset name falls back
to UTF-8 with a warning; undecodable bytes are replaced (U+FFFD) with a warning, and a page with
more than 10 % undecodable bytes is skipped.

The document text is ``title + "\\n\\n" + article text`` (the title alone when the article text
already starts with it), so headline rules read the title and claim offsets index the stored text.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from kursk_claims.models import Document

MAX_PAGE_BYTES = 10 * 1024 * 1024  # pages larger than this (decompressed) are skipped, not parsed
INVALID_RATIO_UNDECODABLE = 0.10
MIN_ARTICLE_CHARS = 80  # less body text than this (a login prompt, a menu) is "no article text"

OPTIONS: dict[str, object] = {
    "output_format": "python",
    "with_metadata": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
    "favor_precision": False,
    "favor_recall": False,
    "fast": False,
}
DATE_OPTIONS: dict[str, object] = {"extensive_search": False, "original_date": True}


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:  # pragma: no cover - both are locked dependencies
        return "unknown"


EXTRACTOR_INFO = json.dumps(
    {
        "name": "trafilatura",
        "version": _version("trafilatura"),
        "htmldate": _version("htmldate"),
        "options": OPTIONS,
        "date_options": DATE_OPTIONS,
    },
    sort_keys=True,
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


class PageError(ValueError):
    """A page that yields no document; the message says why (one line)."""


@dataclass(frozen=True)
class Page:
    """What a page gives: `text` is what the claim rules read (title first)."""

    text: str
    title: str | None
    published: str | None  # YYYY-MM-DD from the page's metadata (htmldate), if any
    sitename: str | None
    url: str | None  # the canonical URL the page declares, if any
    warnings: tuple[str, ...] = ()


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):  # an unknown name, or one with a null byte in it
        return None


def decode_page(data: bytes, http_charset: str | None = None) -> tuple[str, list[str]]:
    """Decode page bytes (see the module notes); raise `PageError` when they are not text."""
    warnings: list[str] = []
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), warnings
            except UnicodeDecodeError:
                break
    declared = http_charset
    if not declared:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii", "replace") if m else None
    found = _codec(declared)
    if declared and found is None:
        warnings.append(f"unknown charset {declared[:40]!r}; decoded as UTF-8")
    codec = found or "utf-8"
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        codec_try = [codec, "utf-8"]
    else:
        codec_try = [codec]
    for c in codec_try:
        try:
            return data.decode(c), warnings
        except (UnicodeDecodeError, LookupError):
            continue
    text = data.decode(codec_try[0], errors="replace")
    replaced = text.count("\ufffd") - data.decode(codec_try[0], errors="ignore").count("\ufffd")
    if replaced / max(len(data), 1) > INVALID_RATIO_UNDECODABLE:
        raise PageError(f"undecodable as {codec} ({replaced} bad byte sequences); skipped")
    warnings.append(f"not valid {codec}: {replaced} undecodable byte sequence(s) replaced by U+FFFD")
    return text, warnings


def _iso_day(value: object) -> str | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _without_links(html: str, body: str) -> str:
    """The body's non-space characters once every link text of the page is taken out."""
    try:
        import lxml.html  # type: ignore[import-untyped]

        tree = lxml.html.fromstring(html)
    except (ValueError, TypeError, LookupError):
        return "".join(body.split())
    except Exception:  # noqa: BLE001 - lxml's ParserError and friends: trafilatura coped, so keep the text
        return "".join(body.split())
    links = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    rest = " ".join(body.split())
    for link in sorted((x for x in links if len(x) > 1), key=len, reverse=True):
        rest = rest.replace(link, " ")
    return "".join(rest.split())


def extract_page(data: bytes, *, url: str | None = None, http_charset: str | None = None) -> Page:
    """Article text and metadata of one page; raise `PageError` (one line) when there is none."""
    if len(data) > MAX_PAGE_BYTES:
        raise PageError(
            f"page of {len(data) / 1e6:.1f} MB exceeds the {MAX_PAGE_BYTES // (1024 * 1024)} MB page cap; skipped"
        )
    html, warnings = decode_page(data, http_charset)
    if not html.strip():
        raise PageError("empty page; skipped")
    if "\x00" in html:
        html = html.replace("\x00", "")
    from trafilatura import bare_extraction  # noqa: PLC0415 - heavy import, only when pages are read

    try:
        result = bare_extraction(
            html,
            url=url,
            date_extraction_params={**DATE_OPTIONS},
            **OPTIONS,  # type: ignore[arg-type]
        )
    except (ValueError, TypeError, AttributeError, RecursionError, LookupError) as exc:
        msg = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise PageError(f"HTML cannot be parsed ({type(exc).__name__}: {msg}); skipped") from exc
    meta: dict[str, object] = {}
    if isinstance(result, dict):
        meta = result
    elif result is not None:
        meta = result.as_dict()
    body = meta.get("text")
    body_text = body.strip() if isinstance(body, str) else ""
    if len(body_text) < MIN_ARTICLE_CHARS:
        raise PageError(
            "no article text found (a front page, a login wall or a script/style-only page?); skipped"
        )
    if len(_without_links(html, body_text)) < MIN_ARTICLE_CHARS:
        raise PageError("no article text found: only link text (a front page or an index?); skipped")
    title = _clean(meta.get("title"))
    if title and (body_text == title or body_text.startswith(title + "\n")):
        body_text = body_text[len(title) :].lstrip("\n")  # the page repeats its title as a heading
    text = f"{title}\n\n{body_text}" if title and body_text else (title or body_text)
    return Page(
        text=text + "\n",
        title=title,
        published=_iso_day(meta.get("date")),
        sitename=_clean(meta.get("sitename")),
        url=_clean(meta.get("url")),
        warnings=tuple(warnings),
    )


def iter_html_file(path: Path, seen_ids: set[str]) -> Iterator[Document | tuple[str, bool]]:
    """The document of one saved page, and ``(message, skipped)`` for every problem.

    Id: the file stem (as for .txt). A sidecar ``STEM.meta.json`` wins over the page's own
    metadata (``published_source`` = ``metadata``); else the page's date (``page``); else none,
    and the extractor infers one from the text. sha256: the page bytes (and the sidecar's, when
    there is one, as for .txt files), so a changed page is re-extracted.
    """
    from kursk_claims.sources.files import META_SUFFIX, _check_meta  # noqa: PLC0415 - files imports us

    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            yield (
                f"page of {size / 1e6:.1f} MB exceeds the {MAX_PAGE_BYTES // (1024 * 1024)} MB page cap; skipped",
                True,
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield f"cannot read ({exc.strerror or exc}); skipped", True
        return
    try:
        page = extract_page(data)
    except PageError as exc:
        yield str(exc), True
        return
    for w in page.warnings:
        yield w, False
    digest = hashlib.sha256(data)
    meta: dict[str, str | None] = {}
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if meta_path.is_file():
        try:
            meta_bytes = meta_path.read_bytes()
            meta = _check_meta(json.loads(meta_bytes.decode("utf-8-sig")))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            msg = " ".join(str(exc).split()) or type(exc).__name__
            yield f"{meta_path}: malformed metadata ({msg}); {path.name} skipped", True
            return
        digest.update(b"\0meta\0" + meta_bytes)
    doc_id = path.stem
    if doc_id in seen_ids:
        yield f"duplicate document id {doc_id!r}; the first one is kept, this one skipped", True
        return
    seen_ids.add(doc_id)
    published, source = meta.get("published"), "metadata"
    if published is None:
        published, source = page.published, "page"
    yield Document(
        id=doc_id,
        text=page.text,
        sha256=digest.hexdigest(),
        path=str(path),
        url=meta.get("url") or page.url,
        outlet=meta.get("outlet") or page.sitename,
        published=published,
        published_source=source if published else None,
        title=page.title,
        extractor=EXTRACTOR_INFO,
    )
