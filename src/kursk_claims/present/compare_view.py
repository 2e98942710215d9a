"""compare's result as Rich renderables (timeline, markers, checks) and as CSV."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from rich.console import RenderableType
from rich.text import Text

from kursk_claims.analysis import (
    CompareResult,
    check_verdict,
)
from kursk_claims.present.fit import KEEP, Col, Layout, fit_table

SIDE_STYLES = {
    "ukraine": "bold blue",
    "russia": "bold red",
    "north_korea": "magenta",
    "third_party": "green",
    "media": "dim",
}


VERDICT_STYLES = {"pass": "green", "FAIL": "bold red", "n/a": "dim"}


MARKER_STYLES = {
    "conflict": "bold red",
    "revision": "cyan",
    "repeated": "green",
    "agrees": "bold green",
    "copy": "dim",
    "check": "yellow",
}


def _side_text(side: str | None) -> Text:
    return Text(side or "—", style=SIDE_STYLES.get(side or "", "dim"))


def _markers_text(markers: Sequence[str]) -> Text:
    t = Text()
    for i, m in enumerate(markers):
        if i:
            t.append("\n")
        t.append(m, style=MARKER_STYLES.get(m.split(" ")[0], ""))
    return t


def _ref_text(ref: Any) -> Text:
    who = ref.claimant or "unattributed"
    side = f" ({ref.side})" if ref.side else ""
    return Text(
        f"{ref.display} {ref.metric} {ref.predicate} — {who}{side}, {ref.time or 'undated'}, "
        f"{ref.location or 'place unknown'}, {ref.id}"
    )


# compare's tables, each declared as layouts of prioritised columns (`present.fit`): the widest
# layout when it fits the console, else the compact one (two stacked lines per cell), and at a very
# narrow console its highest-numbered columns are dropped first and named in a note.
TIMELINE_WIDE = (
    Col("date", KEEP, wrap=False),
    Col("claimant", 1, min_width=12),
    Col("side", 3, wrap=False),
    Col("actor", 5, wrap=False),
    Col("place", 4, min_width=10),
    Col("value", KEEP, wrap=False, justify="right"),
    Col("source", 2, wrap=False),
    Col("markers", KEEP),
)
CARRIED = Col("docs·grp", 3, wrap=False, justify="right")  # documents · independent groups (syndication)
TIMELINE_COMPACT = (
    Col("date\nsource", KEEP, wrap=False),
    Col("claimant (side)\nactor · place", 1),
    Col("value\nmarkers", KEEP, justify="right"),
)
CONFLICTS_WIDE = (
    Col("id", KEEP, wrap=False),
    Col("kind", 2),
    Col("claim A", KEEP, min_width=30),
    Col("claim B", KEEP, min_width=30),
    Col("gap", 1, wrap=False),
    Col("why", 1, min_width=30),
)
CONFLICTS_COMPACT = (Col("id\ngap", KEEP, wrap=False), Col("kind: why\nclaim A\nclaim B", KEEP))
REVISIONS = (
    Col("id", KEEP, wrap=False),
    Col("claimant", 1),
    Col("predicate", 3),
    Col("actor · place", 2),
    Col("figures", KEEP, min_width=30),
)
REPETITIONS = (
    Col("id", KEEP, wrap=False),
    Col("claimant", 1),
    Col("statement", KEEP, min_width=12),
    Col("groups", KEEP, wrap=False, justify="right"),
    Col("docs", 3, wrap=False, justify="right"),
    Col("origin", 2),
    Col("documents", 4, min_width=20),
)
AGREEMENTS = (
    Col("id", KEEP, wrap=False),
    Col("claim A", KEEP, min_width=30),
    Col("claim B", KEEP, min_width=30),
    Col("sides", 1, wrap=False),
    Col("gap", 2, wrap=False),
)
ARITHMETIC_WIDE = (
    Col("id", KEEP, wrap=False),
    Col("kind", 1, wrap=False),
    Col("result", KEEP, wrap=False),
    Col("check", KEEP, min_width=50),
)
ARITHMETIC_COMPACT = (Col("id\nresult", KEEP, wrap=False), Col("kind\ncheck", KEEP))


def _lines(*parts: Text | str) -> Text:
    out = Text()
    for i, part in enumerate(parts):
        if i:
            out.append("\n")
        out.append_text(part if isinstance(part, Text) else Text(part))
    return out


def _timeline(result: CompareResult, g: Any, unit: str, width: int) -> list[RenderableType]:
    wide, compact = [], []
    carried = any(r.docs > 1 or r.groups > 1 for r in result.rows)  # syndication: docs · groups
    for r in g.rows:
        time = Text(r.time or "undated", style="" if r.time else "dim")
        value = Text(r.display, style="bold")
        spread = Text(f"{r.docs}·{r.groups}", style="" if r.docs > 1 else "dim")
        wide.append(
            [
                time,
                Text(r.claimant or "—"),
                _side_text(r.side),
                Text(r.actor),
                Text(r.location or "—"),
                value,
                Text(r.id),
                *([spread] if carried else []),
                _markers_text(r.markers),
            ]
        )
        who = Text(r.claimant or "—")
        if r.side:
            who.append(" (")
            who.append_text(_side_text(r.side))
            who.append(")")
        where = Text(f"{r.actor} · {r.location or 'place unknown'}", style="dim")
        source = Text(r.id)
        if carried:
            source.append(f" · {r.docs}·{r.groups}", style="dim")
        compact.append([_lines(time, source), _lines(who, where), _lines(value, _markers_text(r.markers))])
    wide_cols = [replace(c, header=c.header + unit) if c.header == "value" else c for c in TIMELINE_WIDE]
    compact_cols = [
        replace(c, header=c.header.replace("value", "value" + unit)) if c.header.startswith("value") else c
        for c in TIMELINE_COMPACT
    ]
    if carried:
        wide_cols.insert(len(wide_cols) - 1, CARRIED)
        compact_cols[0] = replace(compact_cols[0], header="date\nsource · docs·grp")
    fitted = fit_table(
        [Layout(wide_cols, wide), Layout(compact_cols, compact)],
        width,
        title=f"{result.metric} · {g.predicate}",
        title_justify="left",
        expand=False,
    )
    return fitted.renderables("widen the terminal or use --format csv")


def _ref_line(label: str, ref: Any) -> Text:
    t = Text(f"{label} ", style="bold")
    t.append_text(_ref_text(ref))
    return t


def compare_renderables(result: CompareResult, width: int = 160) -> list[RenderableType]:
    """Rich renderables for a compare result at a console `width`: a timeline per predicate, then
    the marker lists (`present.fit`: whole values; dropped columns are named in a note)."""
    out: list[RenderableType] = []
    unit = f" ({result.unit})" if result.unit else ""
    if not result.groups:
        out.append(Text(f"no {result.metric} claims match", style="yellow"))
    for g in result.groups:
        out.extend(_timeline(result, g, unit, width))

    if result.conflicts:
        wide = [
            [
                Text(c.id),
                Text(c.kind),
                _ref_text(c.a),
                _ref_text(c.b),
                Text(f"{c.gap_days} d"),
                Text(c.reason),
            ]
            for c in result.conflicts
        ]
        compact = []
        for c in result.conflicts:
            head = Text(f"{c.kind}: ", style="bold")
            head.append(c.reason)
            compact.append(
                [_lines(c.id, f"{c.gap_days} d"), _lines(head, _ref_line("A", c.a), _ref_line("B", c.b))]
            )
        out.extend(
            fit_table(
                [Layout(CONFLICTS_WIDE, wide), Layout(CONFLICTS_COMPACT, compact, {"show_lines": True})],
                width,
                title="Conflicts",
                title_justify="left",
                title_style="bold red",
            ).renderables()
        )
    if result.revisions:
        rows = []
        for v in result.revisions:
            steps = Text()
            for i, st in enumerate(v.steps):
                if i:
                    steps.append(" → ")
                steps.append(st.display, style="bold")
                steps.append(f" ({st.time})", style="dim")
                if st.change is not None:
                    pct = f", {st.change_pct:+.1f} %" if st.change_pct is not None else ""
                    steps.append(f" [{st.change:+,.0f}{pct}]")
            who = v.claimant + (f" ({v.side})" if v.side else "")
            rows.append(
                [
                    Text(v.id),
                    Text(who),
                    Text(v.predicate),
                    Text(f"{v.actor} · {v.location or 'place unknown'}"),
                    steps,
                ]
            )
        out.extend(
            fit_table(
                [Layout(REVISIONS, rows)],
                width,
                title="Revisions",
                title_justify="left",
                title_style="bold cyan",
            ).renderables()
        )
    if result.repetitions:
        rows = []
        for k in result.repetitions:
            who = k.claimant + (f" ({k.side})" if k.side else "")
            rows.append(
                [
                    Text(k.id),
                    Text(who),
                    Text(f"{k.predicate} {k.display}"),
                    Text(str(k.group_count)),
                    Text(str(k.doc_count)),
                    Text(k.origin_doc),
                    Text(", ".join(k.doc_ids)),
                ]
            )
        out.extend(
            fit_table(
                [Layout(REPETITIONS, rows)],
                width,
                title="Repetitions (independent groups)",
                title_justify="left",
                title_style="bold green",
            ).renderables()
        )
    if result.agreements:
        rows = []
        for ag in result.agreements:
            sides = (
                Text("different", style="bold green")
                if ag.different_sides
                else Text("same/unknown", style="dim")
            )
            rows.append([Text(ag.id), _ref_text(ag.a), _ref_text(ag.b), sides, Text(f"{ag.gap_days} d")])
        out.extend(
            fit_table(
                [Layout(AGREEMENTS, rows)],
                width,
                title="Agreements (different claimants)",
                title_justify="left",
                title_style="bold green",
            ).renderables()
        )
    if result.arithmetic:
        wide, compact = [], []
        for a in result.arithmetic:
            verdict = Text(check_verdict(a.passed), style=VERDICT_STYLES[check_verdict(a.passed)])
            wide.append([Text(a.id), Text(a.kind), verdict, Text(a.description)])
            compact.append(
                [_lines(Text(a.id), verdict), _lines(Text(a.kind, style="bold"), Text(a.description))]
            )
        out.extend(
            fit_table(
                [Layout(ARITHMETIC_WIDE, wide), Layout(ARITHMETIC_COMPACT, compact, {"show_lines": True})],
                width,
                title="Arithmetic checks",
                title_justify="left",
                title_style="bold yellow",
            ).renderables()
        )
    summary = (
        f"{len(result.rows)} claim(s); {len(result.conflicts)} conflict(s), {len(result.revisions)} "
        f"revision(s), {len(result.repetitions)} repetition(s), {len(result.agreements)} agreement(s), "
        f"{len(result.arithmetic)} check(s); "
        f"window {result.window_days} days"
    )
    if result.undated:
        summary += f"; {result.undated} undated"
    out.append(Text(summary, style="dim"))
    return out


CSV_COLUMNS = (
    "predicate",
    "time",
    "claimant",
    "side",
    "actor",
    "location",
    "value",
    "low",
    "high",
    "qualifier",
    "display",
    "doc_id",
    "claim_id",
    "markers",
    "docs",
    "groups",
    "copy_of",
)


def write_compare_csv(result: CompareResult, stream: Any) -> None:
    """One line per timeline row; markers joined by '; '; an open bound is empty; text cells that
    a spreadsheet would read as a formula get a leading apostrophe (`render.csv_safe`)."""
    from kursk_claims.present.render import csv_safe

    w = csv.writer(stream, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for g in result.groups:
        for r in g.rows:
            w.writerow(
                csv_safe(cell)
                for cell in (
                    g.predicate,
                    r.time or "",
                    r.claimant or "",
                    r.side or "",
                    r.actor,
                    r.location or "",
                    r.value,
                    r.low,
                    "" if r.high == float("inf") else r.high,
                    r.qualifier,
                    r.display,
                    r.doc_id,
                    r.id,
                    "; ".join(r.markers),
                    r.docs,
                    r.groups,
                    r.copy_of or "",
                )
            )
