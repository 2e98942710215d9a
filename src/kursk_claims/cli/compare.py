"""The `compare` and `report` commands: parse options, load claims, call `analysis.compare` /
`present.report.write_report`, render. The analysis loads only when one of them runs (every
command imports this module to be registered), matplotlib and Jinja2 only inside `report`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Group
from rich.text import Text

from kursk_claims.cli.common import (
    EXIT_USAGE,
    check_choice,
    err_console,
    errors,
    fail,
    out_console,
)
from kursk_claims.cli.options import DbOpt
from kursk_claims.models import DEFAULT_WINDOW_DAYS, METRICS, PREDICATES, SIDES

if TYPE_CHECKING:  # pragma: no cover
    from kursk_claims.analysis import CompareResult

FORMATS = ("table", "json", "csv")


TABLE_LIMIT = 200  # compare rows in a terminal table unless --limit says otherwise


WindowOpt = Annotated[
    int,
    typer.Option(
        "--window",
        min=0,
        help="Days within which claims count as simultaneous (conflicts, repetitions, agreements).",
    ),
]


def _load(db: str | None, metrics: Sequence[str] | None) -> list[dict[str, Any]]:
    """Claims of the given metrics (all claims when None) from the store, read-only."""
    from kursk_claims.store import doc_groups, open_store, query_claims

    conn = open_store(db, readonly=True)
    try:
        if metrics is None:
            out = query_claims(conn, sort="date")
        else:
            out = []
            for m in dict.fromkeys(metrics):
                out.extend(query_claims(conn, metric=m, sort="date"))
        groups = doc_groups(conn, {c["doc_id"] for c in out})  # syndication groups (repetitions)
        for c in out:
            c["group_id"] = groups.get(c["doc_id"], c["doc_id"])
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
    all_copies: bool = False,
) -> tuple[CompareResult, int]:
    """`analysis.compare` over the store (filters in SQL; with `limit`, only the first `limit`
    matching claims and what their markers depend on are read) and the number of claims matching."""
    from kursk_claims.analysis import compare
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
            all_copies=all_copies,
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
        all_copies=all_copies,
    )
    return result, total


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
    all_copies: Annotated[
        bool,
        typer.Option(
            "--all-copies",
            help="Also show the copies of a statement in syndicated copies of a story (marked 'copy of').",
        ),
    ] = False,
    db: DbOpt = None,
) -> None:
    """Who claimed how much of one metric, when: a timeline per predicate with conflicts between
    sides, each claimant's revisions, repetitions across independent syndication groups,
    agreements between different claimants, and arithmetic checks.

    Example: kursk-claims compare --metric territory_km2 --since 2025-03 --plot km2.svg

    Each statement is shown once: copies of it in syndicated copies of a story are counted in
    the docs·grp column (documents · independent groups carrying it), and listed with --all-copies.

    A table shows at most --limit claims (default 200: the first in time order; narrow with
    --since/--until/--predicate/--side, or --limit 0 for all); json and csv are complete unless
    --limit is given. Only the claims the shown rows and their markers depend on are read.
    """
    from kursk_claims.analysis import compare
    from kursk_claims.present.compare_view import compare_renderables, write_compare_csv

    check_choice("--metric", metric, METRICS)
    check_choice("--predicate", predicate, PREDICATES)
    check_choice("--side", side, SIDES)
    check_choice("--format", fmt, FORMATS)
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        fail(f"--plot file must end in .png or .svg, not {plot.name!r}", EXIT_USAGE)
    with errors():
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
            all_copies=all_copies,
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
                fail(str(exc))
            err_console.print(Text(f"chart written to {written}", style="green"), soft_wrap=True)
        if fmt == "json":
            sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
        elif fmt == "csv":
            write_compare_csv(result, sys.stdout)
        else:
            out_console.print(Group(*compare_renderables(result, width=out_console.width)))


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
        check_choice("--metric", m, METRICS)
    from kursk_claims.analysis import TERRITORY_TWINS
    from kursk_claims.present.report import ReportError, write_report

    with errors():
        metrics = list(dict.fromkeys(metric)) if metric else None
        twins = [t for m in metrics or () if (t := TERRITORY_TWINS.get(m))]
        claims = _load(db, None if metrics is None else [*metrics, *twins])
        try:
            info = write_report(claims, out, metrics=metrics, window_days=window)
        except ReportError as exc:
            fail(str(exc))
        err_console.print(
            Text(
                f"wrote {info.path}: {info.claims} claim(s) from {info.documents} document(s); "
                f"metrics: {', '.join(info.metrics) or 'none'}",
                style="green",
            ),
            soft_wrap=True,
        )
