"""compare's result as Rich renderables (timeline, markers, checks) and as CSV."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import Any

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from kursk_claims.analysis import (
    CompareResult,
    check_verdict,
)

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


def compare_renderables(result: CompareResult) -> list[RenderableType]:
    """Rich tables for a compare result: a timeline per predicate, then the marker lists."""
    out: list[RenderableType] = []
    unit = f" ({result.unit})" if result.unit else ""
    if not result.groups:
        out.append(Text(f"no {result.metric} claims match", style="yellow"))
    for g in result.groups:
        table = Table(title=f"{result.metric} · {g.predicate}", title_justify="left", expand=False)
        table.add_column("date", no_wrap=True)
        table.add_column("claimant")
        table.add_column("side", no_wrap=True)
        table.add_column("actor", no_wrap=True)
        table.add_column("place")
        table.add_column("value" + unit, justify="right", no_wrap=True)
        table.add_column("source", no_wrap=True)
        carried = any(r.docs > 1 or r.groups > 1 for r in result.rows)  # syndication: docs · groups
        if carried:
            table.add_column("docs·grp", justify="right", no_wrap=True)
        table.add_column("markers")
        for r in g.rows:
            extra = [Text(f"{r.docs}·{r.groups}", style="" if r.docs > 1 else "dim")] if carried else []
            table.add_row(
                Text(r.time or "undated", style="" if r.time else "dim"),
                Text(r.claimant or "—"),
                _side_text(r.side),
                Text(r.actor),
                Text(r.location or "—"),
                Text(r.display, style="bold"),
                Text(r.id),
                *extra,
                _markers_text(r.markers),
            )
        out.append(table)

    if result.conflicts:
        t = Table(title="Conflicts", title_justify="left", title_style="bold red")
        for col in ("id", "kind", "claim A", "claim B", "gap", "why"):
            t.add_column(col)
        for c in result.conflicts:
            t.add_row(c.id, c.kind, _ref_text(c.a), _ref_text(c.b), f"{c.gap_days} d", Text(c.reason))
        out.append(t)
    if result.revisions:
        t = Table(title="Revisions", title_justify="left", title_style="bold cyan")
        for col in ("id", "claimant", "predicate", "actor · place", "figures"):
            t.add_column(col)
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
            t.add_row(
                v.id, Text(who), v.predicate, Text(f"{v.actor} · {v.location or 'place unknown'}"), steps
            )
        out.append(t)
    if result.repetitions:
        t = Table(title="Repetitions (independent groups)", title_justify="left", title_style="bold green")
        for col in ("id", "claimant", "statement", "groups", "docs", "origin", "documents"):
            t.add_column(col)
        for k in result.repetitions:
            who = k.claimant + (f" ({k.side})" if k.side else "")
            t.add_row(
                k.id,
                Text(who),
                Text(f"{k.predicate} {k.display}"),
                str(k.group_count),
                str(k.doc_count),
                Text(k.origin_doc),
                Text(", ".join(k.doc_ids)),
            )
        out.append(t)
    if result.agreements:
        t = Table(title="Agreements (different claimants)", title_justify="left", title_style="bold green")
        for col in ("id", "claim A", "claim B", "sides", "gap"):
            t.add_column(col)
        for ag in result.agreements:
            sides = (
                Text("different", style="bold green")
                if ag.different_sides
                else Text("same/unknown", style="dim")
            )
            t.add_row(ag.id, _ref_text(ag.a), _ref_text(ag.b), sides, f"{ag.gap_days} d")
        out.append(t)
    if result.arithmetic:
        t = Table(title="Arithmetic checks", title_justify="left", title_style="bold yellow")
        for col in ("id", "kind", "result", "check"):
            t.add_column(col)
        for a in result.arithmetic:
            verdict = Text(check_verdict(a.passed), style=VERDICT_STYLES[check_verdict(a.passed)])
            t.add_row(a.id, a.kind, verdict, Text(a.description))
        out.append(t)
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
