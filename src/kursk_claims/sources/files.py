"""Read input files into `Document`s, one at a time, warning about (and skipping) bad input.

Inputs are files and folders. Folders are walked recursively in sorted order; symlinked folders are
followed once (loops are reported, not followed). Supported files:

- ``.txt`` / ``.md``: one document, id = file stem, optional sidecar ``STEM.meta.json`` with
  ``url``, ``outlet``, ``published`` (ISO date); other keys are ignored. A malformed sidecar skips
  the document with a warning.
- ``.jsonl``: one document per line with ``text`` and optional ``id``, ``url``, ``outlet``,
  ``published``; without ``id`` the id is ``STEM-LINENO``. A broken line is skipped with a warning
  naming the file and line; the other lines go on.
- ``.html`` / ``.htm``: a saved article page (see `kursk_claims.sources.html`), id = file stem,
  optional sidecar as for ``.txt``.
- ``.warc`` / ``.warc.gz``: a web archive, one document per HTML response record (see
  `kursk_claims.sources.warc`).

Text is decoded exactly as on disk (bytes decoded, no newline translation), so claim offsets
index it. Encoding policy (see README "Bad input"):

- UTF-8 (a leading UTF-8 BOM is dropped), UTF-16/UTF-32 with a BOM are decoded;
- invalid UTF-8 is decoded with U+FFFD replacement characters and a warning, unless more than
  10 % of the bytes are invalid, in which case the file is skipped as "not text";
- NUL-heavy files (more than 1 % NUL bytes) are skipped as binary;
- empty and whitespace-only files are skipped.

A document's sha256 is that of its raw bytes (for JSONL: of its line, without the line break);
when a sidecar exists its bytes are hashed too, so editing the metadata re-extracts the document.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kursk_claims.models import Document

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
HTML_SUFFIXES = (".html", ".htm")  # issue 12: saved pages and web archives
WARC_SUFFIXES = (".warc", ".warc.gz")
WARC_BYTES_PER_DOC = 20_000  # a rough gzipped size of one page record, for the progress estimate
META_SUFFIX = ".meta.json"
NUL_RATIO_BINARY = 0.01
INVALID_RATIO_NOT_TEXT = 0.10
META_KEYS = ("url", "outlet", "published")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class LoadError(Exception):
    """Input that cannot be used at all: a missing path, or no readable documents."""


@dataclass(frozen=True)
class LoadWarning:
    """Something wrong with one input; `skipped` says whether a document was dropped."""

    path: str
    message: str
    line: int | None = None
    skipped: bool = True

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


LoadItem = Document | LoadWarning


def _is_candidate(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith(".") or name.endswith(META_SUFFIX):
        return False
    return name.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES)


def _walk(folder: Path, seen_dirs: set[tuple[int, int]]) -> Iterator[Path | LoadWarning]:
    try:
        st = folder.stat()
    except OSError as exc:
        yield LoadWarning(str(folder), f"cannot read folder ({exc.strerror or exc})")
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_dirs:
        yield LoadWarning(str(folder), "symlink loop or repeated folder; not followed again")
        return
    seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield LoadWarning(str(folder), f"cannot list folder ({exc.strerror or exc})")
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
            is_file = entry.is_file(follow_symlinks=True)
        except OSError as exc:  # e.g. ELOOP on a self-referencing symlink
            yield LoadWarning(str(path), f"cannot follow ({exc.strerror or exc})")
            continue
        if is_dir:
            yield from _walk(path, seen_dirs)
        elif is_file:
            if _is_candidate(path):
                yield path
        elif entry.is_symlink():
            yield LoadWarning(str(path), "broken or looping symlink; skipped")


def collect_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[LoadWarning]]:
    """Expand files and folders into the sorted list of input files (plus warnings met on the way).

    Raises `LoadError` for a path that does not exist and for a folder without any
    ``.txt``/``.md``/``.jsonl`` file. Files named explicitly are taken whatever their suffix
    (read as text unless they end in ``.jsonl``).
    """
    files: list[Path] = []
    warnings: list[LoadWarning] = []
    seen_files: set[Path] = set()
    seen_dirs: set[tuple[int, int]] = set()
    path_list = [Path(p) for p in paths]
    if not path_list:
        raise LoadError("no input paths given")
    for path in path_list:
        if not os.path.lexists(path):
            raise LoadError(f"{path}: no such file or folder")
        if path.is_dir():
            found = 0
            for item in _walk(path, seen_dirs):
                if isinstance(item, LoadWarning):
                    warnings.append(item)
                    continue
                found += 1
                if item not in seen_files:
                    seen_files.add(item)
                    files.append(item)
            if found == 0:
                raise LoadError(
                    f"{path}: folder holds no .txt, .md or .jsonl documents (nor .html, .htm, .warc, .warc.gz)"
                )
        elif path.is_file():
            if path not in seen_files:
                seen_files.add(path)
                files.append(path)
        else:
            raise LoadError(f"{path}: not a readable file or folder (broken symlink?)")
    return files, warnings


def estimate_documents(files: Iterable[Path]) -> int:
    """Cheap document count for a progress bar: 1 per text file, non-empty lines per JSONL file."""
    total = 0
    for path in files:
        if path.name.lower().endswith(JSONL_SUFFIXES):
            try:
                with path.open("rb") as fh:
                    total += sum(1 for raw in fh if raw.strip())
            except OSError:
                total += 1
        elif path.name.lower().endswith(WARC_SUFFIXES):
            try:
                total += max(1, path.stat().st_size // WARC_BYTES_PER_DOC)
            except OSError:
                total += 1
        else:
            total += 1
    return total


def decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    """Decode raw file bytes. Returns ``(text, None)``, ``(text, warning)`` or ``(None, reason)``."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), None
            except UnicodeDecodeError:
                return None, f"has a {codec.upper()} byte-order mark but does not decode as {codec.upper()}"
    if data and data.count(0) / len(data) > NUL_RATIO_BINARY:
        return None, "looks binary (many NUL bytes); skipped"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if replaced / max(len(data), 1) > INVALID_RATIO_NOT_TEXT:
        return None, "is not UTF-8 text; skipped"
    return text, f"is not valid UTF-8: {replaced} undecodable byte sequence(s) replaced by U+FFFD"


def _check_published(value: Any) -> str | None:
    """Validate an ISO date (or datetime) and return it as YYYY-MM-DD; raise ValueError if bad."""
    if value is None:
        return None
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError(f"'published' must be an ISO date like 2024-08-06, not {value!r}")
    if len(value) == 10:
        return date.fromisoformat(value).isoformat()
    return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()


def _check_meta(obj: Any) -> dict[str, str | None]:
    if not isinstance(obj, dict):
        raise ValueError("metadata must be a JSON object")
    out: dict[str, str | None] = {}
    for key in ("url", "outlet"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{key!r} must be a string")
        out[key] = value or None
    out["published"] = _check_published(obj.get("published"))
    return out


def _load_text_file(path: Path, seen_ids: set[str]) -> Iterator[LoadItem]:
    doc_id = path.stem
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield LoadWarning(str(path), f"cannot read ({exc.strerror or exc}); skipped")
        return
    text, problem = decode_bytes(data)
    if text is None:
        yield LoadWarning(str(path), problem or "cannot decode; skipped")
        return
    if problem:
        yield LoadWarning(str(path), problem, skipped=False)
    if not text.strip():
        yield LoadWarning(str(path), "empty or whitespace-only; skipped")
        return
    digest = hashlib.sha256(data)
    meta: dict[str, str | None] = {}
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if meta_path.is_file():
        try:
            meta_bytes = meta_path.read_bytes()
            meta = _check_meta(json.loads(meta_bytes.decode("utf-8-sig")))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            yield LoadWarning(str(meta_path), f"malformed metadata ({_one_line(exc)}); {path.name} skipped")
            return
        digest.update(b"\0meta\0" + meta_bytes)
    if doc_id in seen_ids:
        yield LoadWarning(
            str(path), f"duplicate document id {doc_id!r}; the first one is kept, this one skipped"
        )
        return
    seen_ids.add(doc_id)
    yield Document(
        id=doc_id,
        text=text,
        sha256=digest.hexdigest(),
        path=str(path),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        published=meta.get("published"),
    )


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _load_jsonl(path: Path, seen_ids: set[str]) -> Iterator[LoadItem]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield LoadWarning(str(path), f"cannot read ({exc.strerror or exc}); skipped")
        return
    produced = 0
    with fh:
        lineno = 0
        while True:
            try:
                raw = fh.readline()
            except OSError as exc:
                yield LoadWarning(
                    str(path), f"read error ({exc.strerror or exc}); rest of file skipped", lineno + 1
                )
                return
            if not raw:
                break
            lineno += 1
            line = raw.rstrip(b"\r\n")
            if lineno == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8) :]
            if not line.strip():
                continue
            try:
                obj = json.loads(line.decode("utf-8"))
                if not isinstance(obj, dict):
                    raise ValueError("line is not a JSON object")
                text = obj.get("text")
                if not isinstance(text, str):
                    raise ValueError("missing 'text' string")
                raw_id = obj.get("id")
                if raw_id is None or raw_id == "":
                    doc_id = f"{path.stem}-{lineno}"
                elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
                    doc_id = str(raw_id)
                else:
                    raise ValueError("'id' must be a string or an integer")
                meta = _check_meta(obj)
            except (UnicodeDecodeError, ValueError, RecursionError) as exc:
                yield LoadWarning(str(path), f"bad JSONL line ({_one_line(exc)[:200]}); skipped", lineno)
                continue
            if not text.strip():
                yield LoadWarning(str(path), "empty text; skipped", lineno)
                continue
            if doc_id in seen_ids:
                yield LoadWarning(
                    str(path),
                    f"duplicate document id {doc_id!r}; the first one is kept, this one skipped",
                    lineno,
                )
                continue
            seen_ids.add(doc_id)
            produced += 1
            yield Document(
                id=doc_id,
                text=text,
                sha256=hashlib.sha256(line).hexdigest(),
                path=f"{path}:{lineno}",
                url=meta.get("url"),
                outlet=meta.get("outlet"),
                published=meta.get("published"),
            )
    if produced == 0 and lineno == 0:
        yield LoadWarning(str(path), "empty file; skipped")


def iter_files(files: Iterable[Path]) -> Iterator[LoadItem]:
    """Load already-collected files (see `collect_files`), streaming one document at a time."""
    seen_ids: set[str] = set()
    for path in files:
        name = path.name.lower()
        if name.endswith(JSONL_SUFFIXES):
            yield from _load_jsonl(path, seen_ids)
        elif name.endswith(HTML_SUFFIXES + WARC_SUFFIXES):
            from kursk_claims.sources import html, warc  # issue 12; trafilatura/fastwarc load lazily

            items = (
                html.iter_html_file(path, seen_ids)
                if name.endswith(HTML_SUFFIXES)
                else warc.iter_warc(path, seen_ids)
            )
            for item in items:
                yield item if isinstance(item, Document) else LoadWarning(str(path), item[0], skipped=item[1])
        else:
            yield from _load_text_file(path, seen_ids)


def iter_documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[LoadItem]:
    """Yield a `Document` for every readable input and a `LoadWarning` for every problem.

    Deterministic: folders are walked in sorted order. Raises `LoadError` (before yielding
    anything) for a missing path or a folder without candidate files, and (at the end) when no
    document at all could be read. Duplicate ids keep the first document.
    """
    files, warnings = collect_files(paths)
    yield from warnings
    count = 0
    skipped = 0
    for item in iter_files(files):
        if isinstance(item, Document):
            count += 1
        elif item.skipped:
            skipped += 1
        yield item
    if count == 0:
        raise LoadError(f"no readable documents ({skipped} input(s) skipped; see the warnings above)")
