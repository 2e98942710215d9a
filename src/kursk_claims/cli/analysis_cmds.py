"""The `compare` and `report` commands: parse options, load claims from the store, call
`analysis.compare` / `report.write_report`, render.

cli.py registers `compare_cmd` and `report_cmd`. This module imports only Typer, Rich, the store
and `analysis` at import time; matplotlib and Jinja2 (via `report`) load inside the commands that
draw. It does not import cli.py (cli.py imports this module).

Exit codes follow cli.py: 0 ok, 1 error (store, file), 2 usage (unknown vocabulary value, bad date).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from kursk_claims.analysis import (
    DEFAULT_WINDOW_DAYS,
    TERRITORY_TWINS,
    AnalysisError,
    CompareResult,
    check_verdict,
    compare,
)
from kursk_claims.cli.options import DbOpt
from kursk_claims.models import METRICS, PREDICATES, SIDES

EXIT_ERROR = 1
EXIT_USAGE = 2
FORMATS = ("table", "json", "csv")
TABLE_LIMIT = 200  # compare rows in a terminal table unless --limit says otherwise
SIDE_STYLES = {
    "ukraine": "bold blue",
    "russia": "bold red",
    "north_korea": "magenta",
    "third_party": "green",
    "media": "dim",
}
VERDICT_STYLES = {"pass": "green", "FAIL": "bold red", "n/a": "dim"}
MARKER_STYLES = {"conflict": "bold red", "revision": "cyan", "corroborated": "green", "check": "yellow"}

out_console = Console()
err_console = Console(stderr=True)

WindowOpt = Annotated[
    int,
    typer.Option(
        "--window", min=0, help="Days within which claims count as simultaneous (conflicts, corroborations)."
    ),
]


def _fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    err_console.print(Text("error: " + " ".join(message.split()), style="bold red"), soft_wrap=True)
    raise typer.Exit(code)


def _check(option: str, value: str | None, valid: Sequence[str]) -> None:
    if value is not None and value not in valid:
        _fail(f"unknown {option} {value!r}; valid values: {', '.join(valid)}", EXIT_USAGE)


@contextmanager
def _errors() -> Iterator[None]:
    """Library errors become one red line on stderr and an exit code."""
    from kursk_claims.store import QueryError, StoreError

    try:
        yield
    except (AnalysisError, QueryError) as exc:
        _fail(str(exc), EXIT_USAGE)
    except StoreError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))


def _load(db: str | None, metrics: Sequence[str] | None) -> list[dict[str, Any]]:
    """Claims of the given metrics (all claims when None) from the store, read-only."""
    from kursk_claims.store import open_store, query_claims

    conn = open_store(db, readonly=True)
    try:
        if metrics is None:
            return query_claims(conn, sort="date")
        out: list[dict[str, Any]] = []
        for m in dict.fromkeys(metrics):
            out.extend(query_claims(conn, metric=m, sort="date"))
        return out
    finally:
        conn.close()


def compare_from_store(
    db: str | None,
    metric: str,
    *,
    predicate: str | None = None,
    side: str | None = None,
    since: str | None = None,
    until: str | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
    limit: int | None = None,
) -> tuple[CompareResult, int]:
    """`analysis.compare` over the store (filters in SQL; with `limit`, only the first `limit`
    matching claims and what their markers depend on are read) and the number of claims matching."""
    from kursk_claims.analysis.load import compare_claims
    from kursk_claims.store import open_store

    conn = open_store(db, readonly=True)
    try:
        claims, total = compare_claims(
            conn,
            metric,
            predicate=predicate,
            side=side,
            since=since,
            until=until,
            window_days=window_days,
            limit=limit,
        )
    finally:
        conn.close()
    result = compare(
        claims,
        metric,
        predicate=predicate,
        side=side,
        since=since,
        until=until,
        window_days=window_days,
        limit=limit,
    )
    return result, total


# ----------------------------------------------------------------------------- rendering


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
        table.add_column("markers")
        for r in g.rows:
            table.add_row(
                Text(r.time or "undated", style="" if r.time else "dim"),
                Text(r.claimant or "—"),
                _side_text(r.side),
                Text(r.actor),
                Text(r.location or "—"),
                Text(r.display, style="bold"),
                Text(r.id),
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
    if result.corroborations:
        t = Table(title="Corroborations", title_justify="left", title_style="bold green")
        for col in ("id", "claimant", "statement", "docs", "origin", "documents"):
            t.add_column(col)
        for k in result.corroborations:
            who = k.claimant + (f" ({k.side})" if k.side else "")
            t.add_row(
                k.id,
                Text(who),
                Text(f"{k.predicate} {k.display}"),
                str(k.doc_count),
                Text(k.origin_doc),
                Text(", ".join(k.doc_ids)),
            )
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
        f"revision(s), {len(result.corroborations)} corroboration(s), {len(result.arithmetic)} check(s); "
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
                )
            )


# ----------------------------------------------------------------------------- commands


def compare_cmd(
    metric: Annotated[
        str, typer.Option("--metric", help=f"One of: {', '.join(METRICS)}.", show_default=False)
    ],
    predicate: Annotated[
        str | None,
        typer.Option("--predicate", help="Only this predicate (e.g. controls).", show_default=False),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only claims made on/after YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Only claims made on/before YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    side: Annotated[
        str | None, typer.Option("--side", help=f"Only claimants of this side: {', '.join(SIDES)}.")
    ] = None,
    window: WindowOpt = DEFAULT_WINDOW_DAYS,
    fmt: Annotated[str, typer.Option("--format", help="Output: table, json or csv.")] = "table",
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            min=0,
            help=f"Show the first N claims in time order (and the markers touching them); 0: all. "
            f"Default: {TABLE_LIMIT} for a table without --plot, all for json and csv.",
            show_default=False,
        ),
    ] = None,
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot", help="Also write the timeline chart to FILE.png or FILE.svg.", show_default=False
        ),
    ] = None,
    db: DbOpt = None,
) -> None:
    """Who claimed how much of one metric, when: a timeline per predicate with conflicts between
    sides, each claimant's revisions, corroborations across documents and arithmetic checks.

    Example: kursk-claims compare --metric territory_km2 --since 2025-03 --plot km2.svg

    A table shows at most --limit claims (default 200: the first in time order; narrow with
    --since/--until/--predicate/--side, or --limit 0 for all); json and csv are complete unless
    --limit is given. Only the claims the shown rows and their markers depend on are read.
    """
    _check("--metric", metric, METRICS)
    _check("--predicate", predicate, PREDICATES)
    _check("--side", side, SIDES)
    _check("--format", fmt, FORMATS)
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        _fail(f"--plot file must end in .png or .svg, not {plot.name!r}", EXIT_USAGE)
    with _errors():
        result = compare(
            [],
            metric,
            predicate=predicate,
            side=side,
            since=since,
            until=until,
            window_days=window,
        )  # validates the options before the store is opened
        if limit is None:
            limit = TABLE_LIMIT if fmt == "table" and plot is None else 0
        result, total = compare_from_store(
            db,
            metric,
            predicate=predicate,
            side=side,
            since=since,
            until=until,
            window_days=window,
            limit=limit or None,
        )
        if len(result.rows) < total:
            err_console.print(
                Text(
                    f"showing the first {len(result.rows)} of {total} {metric} claims in time order "
                    "(and the markers touching them); narrow with --since/--until/--predicate/--side "
                    "or pass --limit 0 for all",
                    style="yellow",
                ),
                soft_wrap=True,
            )
        if plot is not None:
            from kursk_claims.present.report import ReportError, write_chart

            try:
                written = write_chart(result, plot)
            except ReportError as exc:
                _fail(str(exc))
            err_console.print(Text(f"chart written to {written}", style="green"), soft_wrap=True)
        if fmt == "json":
            sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
        elif fmt == "csv":
            write_compare_csv(result, sys.stdout)
        else:
            out_console.print(Group(*compare_renderables(result)))


def report_cmd(
    out: Annotated[
        Path,
        typer.Option("--out", help="The HTML file to write (its folder must exist).", show_default=False),
    ],
    metric: Annotated[
        list[str] | None,
        typer.Option(
            "--metric", help="Only this metric; repeat for several (default: every metric present)."
        ),
    ] = None,
    window: WindowOpt = DEFAULT_WINDOW_DAYS,
    db: DbOpt = None,
) -> None:
    """Write one self-contained HTML report: a timeline chart per metric, the compare tables and
    every claim with its highlighted source sentence. Opens without network access.

    Example: kursk-claims report --out report.html --metric territory_km2 --metric territory_pct
    """
    for m in metric or ():
        _check("--metric", m, METRICS)
    from kursk_claims.present.report import ReportError, write_report

    with _errors():
        metrics = list(dict.fromkeys(metric)) if metric else None
        twins = [t for m in metrics or () if (t := TERRITORY_TWINS.get(m))]
        claims = _load(db, None if metrics is None else [*metrics, *twins])
        try:
            info = write_report(claims, out, metrics=metrics, window_days=window)
        except ReportError as exc:
            _fail(str(exc))
        err_console.print(
            Text(
                f"wrote {info.path}: {info.claims} claim(s) from {info.documents} document(s); "
                f"metrics: {', '.join(info.metrics) or 'none'}",
                style="green",
            ),
            soft_wrap=True,
        )
