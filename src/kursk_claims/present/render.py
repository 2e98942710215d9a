"""Turn claim dicts into Rich renderables and into JSON / JSONL / CSV. Computes nothing.

Everything that comes from a document (text, names, urls) is wrapped in `rich.text.Text`, so
square brackets in an article are never read as Rich markup and urls are never made into links.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import IO, Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from kursk_claims.domain.values import format_number, number
from kursk_claims.domain.values import format_value as _format_value
from kursk_claims.models import EXPORT_KEYS
from kursk_claims.present.fit import KEEP, Col, Layout, fit_table

FORMATS = ("table", "json", "jsonl", "csv")
EXPORT_FORMATS = ("jsonl", "json", "csv")
CSV_EXTRA_KEYS = (
    "location",
    "unit_text",
    "conversion",
    "conversion_ok",
    "entities",
    "doc_date",
    "outlet",
    "url",
    "copy_of",
    "n_docs",
    "n_groups",
)


def format_value(claim: Mapping[str, Any]) -> str:
    """The claim's value with its unit, in the one convention of `domain.values`."""
    return _format_value(claim, with_unit=True)


def _date(claim: Mapping[str, Any]) -> Text:
    if claim.get("claim_date"):
        return Text(str(claim["claim_date"]))
    if claim.get("doc_date"):
        return Text(str(claim["doc_date"]), style="dim")  # the document's date, not the claim's
    return Text("–", style="dim")


def _t(value: Any, style: str = "") -> Text:
    return Text("" if value is None else str(value), style=style)


WIDE = 140  # the console width the default `claims_table` is laid out for


def _claimant(c: Mapping[str, Any]) -> Text:
    claimant = _t(c.get("claimant") or "–", "" if c.get("claimant") else "dim")
    if c.get("claimant_side"):
        claimant.append(f" ({c['claimant_side']})", style="dim")
    return claimant


# The `query` table's columns, widest layout first; the number is the priority (0: always shown;
# at a narrow console the highest numbers are dropped first, see `present.fit`).
QUERY_WIDE = (
    Col("id", KEEP, wrap=False, style="cyan"),
    Col("date", KEEP, wrap=False),
    Col("metric", 3, wrap=False),
    Col("value", KEEP, wrap=False, justify="right"),
    Col("predicate", 4),
    Col("actor", 5),
    Col("claimant", 1, min_width=12),
    Col("quote", 2, min_width=20),
)
QUERY_CARRIED = Col("docs·grp", 6, wrap=False, justify="right")
QUERY_STACKED = (
    Col("claim / date", KEEP, wrap=False),
    Col("value / metric", KEEP, wrap=False),
    Col("claimant · predicate · actor · quote", KEEP),
)


def claims_table(
    claims: Sequence[Mapping[str, Any]], *, title: str | None = None, width: int = WIDE
) -> RenderableType:
    """The `query` table: one row per claim, one column per field where the console is wide enough,
    else the fields stacked into three columns (`present.fit`: whole values, never "…"). A
    "docs·grp" column (documents · independent syndication groups carrying the statement) shows
    when some claim is carried by more than one document or a copy is listed."""
    carried = any((c.get("n_docs") or 1) > 1 or c.get("copy_of") for c in claims)
    wide = [
        [
            _t(c["id"]),
            _date(c),
            _t(c["metric"]),
            Text(format_value(c), style="bold"),
            _t(c["predicate"]),
            _t(c["actor"]),
            _claimant(c),
            _t(c["text"]),
            *([_carried(c)] if carried else []),
        ]
        for c in claims
    ]
    stacked = []
    for c in claims:
        first = Text(str(c["id"]), style="cyan")
        first.append("\n")
        first.append_text(_date(c))
        second = Text(format_value(c), style="bold")
        second.append("\n" + str(c["metric"]))
        third = _claimant(c)
        third.append(f"\n{c['predicate']} · {c['actor']}\n", style="")
        third.append(f"“{c['text']}”", style="italic")
        if carried:
            second.append("\n")
            second.append_text(_carried(c))
        stacked.append([first, second, third])
    wide_cols = [*QUERY_WIDE, QUERY_CARRIED] if carried else list(QUERY_WIDE)
    stacked_cols = list(QUERY_STACKED)
    if carried:
        stacked_cols[1] = replace(stacked_cols[1], header="value / metric\n/ docs·grp")
    fitted = fit_table(
        [Layout(wide_cols, wide), Layout(stacked_cols, stacked, {"show_lines": True})],
        width,
        title=title,
        expand=False,
    )
    return Group(*fitted.renderables())


DOCUMENTS_WIDE = (
    Col("id", KEEP, wrap=False, style="cyan"),
    Col("outlet", 4, min_width=12),
    Col("url", 6, min_width=20, fold_words=True),
    Col("published", 5, wrap=False),
    Col("date (source)", KEEP, wrap=False),
    Col("status", 1, wrap=False),
    Col("claims", KEEP, wrap=False, justify="right"),
    Col("group", 2, wrap=False),
    Col("size", 3, wrap=False, justify="right"),
)
DOCUMENTS_STACKED = (
    Col("id\ndate (source)", KEEP, wrap=False),
    Col("status · claims\ngroup (size)", KEEP, wrap=False),
    Col("outlet\nurl", 1, min_width=20, fold_words=True),
)


def documents_table(docs: Sequence[Mapping[str, Any]], *, width: int = WIDE) -> RenderableType:
    """The `documents` table: one row per document (`present.fit`: whole values, never "…")."""
    shared = sum(1 for d in docs if d["group_size"] > 1)
    wide, stacked = [], []
    for d in docs:
        several = d["group_size"] > 1
        when = Text(f"{d['doc_date'] or '–'} ({d['date_source'] or '–'})")
        status = Text(str(d["status"]), style="" if d["status"] == "extracted" else "yellow")
        group = Text(str(d["group"]), style="bold" if several else "dim")
        size = Text(str(d["group_size"]), style="bold" if several else "dim")
        wide.append(
            [
                Text(str(d["id"])),
                Text(d["outlet"] or "–"),
                Text(d["url"] or "–"),
                Text(d["published"] or "–"),
                when,
                status,
                Text(str(d["claims"])),
                group,
                size,
            ]
        )
        first = Text(str(d["id"]), style="cyan")
        first.append("\n")
        first.append_text(when)
        second = status.copy()
        second.append(f" · {d['claims']}\n")
        second.append_text(group)
        second.append(" (")
        second.append_text(size)
        second.append(")")
        stacked.append([first, second, Text(f"{d['outlet'] or '–'}\n{d['url'] or '–'}")])
    fitted = fit_table(
        [Layout(DOCUMENTS_WIDE, wide), Layout(DOCUMENTS_STACKED, stacked, {"show_lines": True})],
        width,
        title=f"{len(docs)} document(s); {shared} in a group of several",
        title_justify="left",
        expand=False,
    )
    return Group(*fitted.renderables())


def _carried(c: Mapping[str, Any]) -> Text:
    """'3·2': documents · independent groups carrying the statement (and which claim a copy copies)."""
    n_docs = c.get("n_docs") or 1
    text = Text(f"{n_docs}·{c.get('n_groups') or 1}", style="" if n_docs > 1 else "dim")
    if c.get("copy_of"):
        text.append(f"\ncopy of {c['copy_of']}", style="dim")
    return text


def highlighted_sentence(claim: Mapping[str, Any], doc_text: str | None) -> Text:
    """The claim's sentence with the quantity phrase highlighted (by offsets when possible)."""
    sentence = str(claim.get("sentence") or "")
    quote = str(claim.get("text") or "")
    out = Text(sentence)
    start = int(claim.get("start") or 0)
    span = None
    if doc_text:
        sent_start = doc_text.rfind(sentence, 0, start + 1) if sentence else -1
        if sent_start >= 0 and start - sent_start + len(quote) <= len(sentence):
            span = (start - sent_start, start - sent_start + len(quote))
    if span is None and quote:
        pos = sentence.find(quote)
        if pos >= 0:
            span = (pos, pos + len(quote))
    if span is not None:
        out.stylize("bold reverse yellow", *span)
    return out


def claim_detail(claim: Mapping[str, Any], document: Mapping[str, Any] | None) -> list[RenderableType]:
    """The `show` view: fields, highlighted sentence, evidence cues, document metadata."""
    parts: list[RenderableType] = []
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="bold")
    fields.add_column()
    rows: list[tuple[str, Any]] = [
        ("claim", claim["id"]),
        ("value", format_value(claim)),
        ("metric", claim["metric"]),
        ("qualifier", claim["qualifier"]),
        (
            "bounds",
            f"{format_number(number(claim.get('value_low')))} … {format_number(number(claim.get('value_high')))}",
        ),
        ("predicate", claim["predicate"]),
        ("actor", claim["actor"]),
        ("claimant", f"{claim.get('claimant') or '–'} ({claim.get('claimant_side') or 'no side'})"),
        ("claim date", claim.get("claim_date") or "–"),
        ("location", claim.get("location") or "–"),
        ("quote", claim["text"]),
        ("unit as written", claim.get("unit_text") or "–"),
        ("entities", ", ".join(claim.get("entities") or []) or "–"),
    ]
    if claim.get("conversion"):
        ok = claim.get("conversion_ok")
        verdict = "agrees" if ok else ("DISAGREES by more than 5 %" if ok is False else "not checked")
        rows.append(("stated conversion", f"{claim['conversion']} — {verdict}"))
    for key, value in rows:
        fields.add_row(key, _t(value))
    parts.append(Panel(fields, title="claim", title_align="left"))
    doc_text = None if document is None else document.get("text")
    parts.append(Panel(highlighted_sentence(claim, doc_text), title="sentence", title_align="left"))
    evidence = claim.get("evidence") or {}
    if evidence:
        ev = Table("field", "rule", "why", title="evidence", title_justify="left")
        for key in sorted(evidence):
            entry = evidence[key]  # {"rule": id, "why": text}; a store written before rule ids holds text
            rule, why = (entry.get("rule"), entry.get("why")) if isinstance(entry, dict) else (None, entry)
            ev.add_row(_t(key), _t(rule or ""), _t(why))
        parts.append(ev)
    if document is not None:
        meta = Table.grid(padding=(0, 2))
        meta.add_column(style="bold")
        meta.add_column()
        for key in (
            "id",
            "path",
            "url",
            "outlet",
            "published",
            "doc_date",
            "date_source",
            "date_confidence",
            "sha256",
        ):
            meta.add_row(key, _t(document.get(key) if document.get(key) is not None else "–"))
        parts.append(Panel(meta, title="document", title_align="left"))
    return parts


def context_panel(context: Any) -> RenderableType | None:
    """What the rest of the ledger says about a claim (an `analysis.ClaimContext`), or None."""
    lines: list[Text] = []
    conversion = getattr(context, "conversion", None)
    if conversion is not None:
        mark = {True: "✓", False: "✗", None: "·"}[conversion.passed]
        lines.append(Text(f"{mark} conversion: {conversion.description}"))
    repetition = getattr(context, "repetition", None)
    if repetition is not None:
        docs = tuple(getattr(context, "repeating_docs", ()) or ())
        lines.append(
            Text(
                f"repeated in {repetition.group_count} independent group(s), other documents: {', '.join(docs)}"
            )
        )
    for agreement in getattr(context, "agreements", ()) or ():
        other = agreement.b if agreement.a.id == context.claim_id else agreement.a
        sides = ", another side" if agreement.different_sides else ""
        lines.append(
            Text(f"✓ agrees with {other.claimant} ({other.display}, {other.id}{sides})", style="green")
        )
    for conflict in getattr(context, "conflicts", ()) or ():
        other = conflict.b if conflict.a.id == context.claim_id else conflict.a
        lines.append(Text(f"✗ conflicts with {other.id}: {conflict.reason}", style="red"))
    revision = getattr(context, "revision", None)
    if revision is not None and len(revision.steps) > 1:
        steps = " → ".join(f"{s.display} ({s.time or '?'})" for s in revision.steps)
        lines.append(Text(f"{revision.claimant} over time: {steps}"))
    for check in getattr(context, "arithmetic", ()) or ():
        mark = {True: "✓", False: "✗", None: "·"}[check.passed]
        lines.append(Text(f"{mark} {check.description}"))
    if not lines:
        return None
    return Panel(Group(*lines), title="in the ledger", title_align="left")


ENTITY_COLUMNS = (
    Col("name", KEEP, style="bold"),
    Col("side", 1, wrap=False),
    Col("kind", 3, wrap=False),
    Col("aliases", 2, min_width=16),
    Col("roles", 2, min_width=16),
)


def _role_span(role: Mapping[str, Any]) -> str:
    start, end = role.get("from"), role.get("to")
    if start and end:
        return f"{start} – {end}"
    if start:
        return f"since {start}"
    return f"until {end}" if end else "undated"


def entities_table(entries: Iterable[Mapping[str, Any]], width: int = WIDE) -> RenderableType:
    """The `entities` table: canonical name, side, kind, aliases, roles (`present.fit`)."""
    rows = []
    for e in entries:
        by_span: dict[str, list[str]] = {}
        for r in e.get("roles") or []:
            if isinstance(r, Mapping):
                by_span.setdefault(_role_span(r), []).append(str(r.get("title", "?")))
        roles = [f"{', '.join(titles)} ({span})" for span, titles in by_span.items()]
        rows.append(
            [
                _t(e.get("name")),
                _t(e.get("side") or "–"),
                _t(e.get("kind") or "–"),
                _t(", ".join(str(a) for a in e.get("aliases") or [])),
                _t("; ".join(roles)),
            ]
        )
    fitted = fit_table([Layout(ENTITY_COLUMNS, rows)], width, title="entity registry")
    return Group(*fitted.renderables())


# A spreadsheet treats a cell starting with one of these as a formula (CSV injection).
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_safe(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs: text starting with ``= + - @`` (or tab, CR, or their
    full-width forms) gets a leading apostrophe; numbers and other text are left alone."""
    if isinstance(value, str) and value.startswith(CSV_FORMULA_START):
        return "'" + value
    return value


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return csv_safe(json.dumps(value, ensure_ascii=False, sort_keys=True))
    if value is None:
        return ""
    return csv_safe(value)


def write_claims(claims: Iterable[Mapping[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write claims as ``json`` (one array), ``jsonl`` (one object a line) or ``csv``; return the count.

    JSON/JSONL keep every key of the dicts (export keys first); CSV has the export keys then
    `CSV_EXTRA_KEYS` (lists as JSON), and text cells that a spreadsheet would read as a formula
    get a leading apostrophe (see `csv_safe`).
    """
    n = 0
    if fmt == "jsonl":
        for c in claims:
            out.write(json.dumps(dict(c), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        out.write("[")
        for c in claims:
            out.write(("\n  " if n == 0 else ",\n  ") + json.dumps(dict(c), ensure_ascii=False))
            n += 1
        out.write("\n]\n" if n else "]\n")
    elif fmt == "csv":
        columns = list(EXPORT_KEYS) + list(CSV_EXTRA_KEYS)
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for c in claims:
            writer.writerow({k: _csv_cell(c.get(k)) for k in columns})
            n += 1
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}")
    return n


def open_output(path: str | os.PathLike[str], *, binary: bool = False) -> IO[Any]:
    """Open exactly `path` for writing (created or truncated), never following a symlink there.

    The callers check for folders, symlinks and missing parents first, with friendly messages;
    ``O_NOFOLLOW`` closes the gap between that check and the open (a link planted in between
    makes this raise ``OSError`` instead of writing through it).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, 0o666)
    try:
        if binary:
            return os.fdopen(fd, "wb")
        return os.fdopen(fd, "w", encoding="utf-8", newline="")
    except BaseException:
        os.close(fd)
        raise


def write_entities_json(entries: Iterable[Mapping[str, Any]], out: IO[str]) -> None:
    """The registry as a JSON array (for `entities --format json`)."""
    out.write(json.dumps([dict(e) for e in entries], ensure_ascii=False, indent=2) + "\n")
