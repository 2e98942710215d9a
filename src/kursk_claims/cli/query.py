"""`kursk-claims query`: list stored claims with filters."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from rich.text import Text

from kursk_claims.cli.common import (
    check_choice,
    err_console,
    errors,
    open_readonly,
    out_console,
)
from kursk_claims.cli.options import DbOpt, FormatOpt
from kursk_claims.models import ACTORS, METRICS, PREDICATES, SIDES
from kursk_claims.present import render
from kursk_claims.store import SORTS

QUERY_TABLE_LIMIT = 200  # query rows in a terminal table unless --limit says otherwise


def query(
    entity: Annotated[
        str | None,
        typer.Option(
            help="Claimant or entity named in the sentence (spelling-insensitive).", show_default=False
        ),
    ] = None,
    metric: Annotated[
        str | None, typer.Option(help=f"One of: {', '.join(METRICS)}.", show_default=False)
    ] = None,
    side: Annotated[
        str | None, typer.Option(help=f"Claimant side: {', '.join(SIDES)}.", show_default=False)
    ] = None,
    actor: Annotated[
        str | None, typer.Option(help=f"Whose forces: {', '.join(ACTORS)}.", show_default=False)
    ] = None,
    predicate: Annotated[
        str | None, typer.Option(help=f"What happened: {', '.join(PREDICATES)}.", show_default=False)
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).", show_default=False)
    ] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, inclusive.", show_default=False)] = None,
    doc: Annotated[
        str | None, typer.Option(help="Only claims of this document id.", show_default=False)
    ] = None,
    text: Annotated[
        str | None, typer.Option(help="Words that must occur in the sentence.", show_default=False)
    ] = None,
    sort: Annotated[str, typer.Option(help=f"Order: {', '.join(SORTS)}.")] = "date",
    limit: Annotated[
        int | None,
        typer.Option(
            min=0,
            help=f"At most this many claims; 0: all. Default: {QUERY_TABLE_LIMIT} for a table, all for "
            "json, jsonl and csv.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = "table",
    all_copies: Annotated[
        bool,
        typer.Option(
            "--all-copies", help="Also list the copies of a claim in syndicated copies of its story."
        ),
    ] = False,
    db: DbOpt = None,
) -> None:
    """List stored claims matching every filter given.

    Example: kursk-claims query --entity Syrskyi --metric territory_km2 --since 2024-08

    Each statement is listed once: a claim restated in syndicated copies of its story (its
    copies, with copy_of set) is counted in the docs and groups columns (documents and
    independent syndication groups carrying it; json/jsonl/csv: n_docs, n_groups) instead of
    listed again; --all-copies lists every copy.

    A table shows at most --limit claims (default 200, in --sort order; a note on stderr says how
    many match; --limit 0 for all); json, jsonl and csv are complete unless --limit is given.
    """
    from kursk_claims.store import count_claims, query_claims, statement_counts

    check_choice("--metric", metric, METRICS)
    check_choice("--side", side, SIDES)
    check_choice("--actor", actor, ACTORS)
    check_choice("--predicate", predicate, PREDICATES)
    check_choice("--sort", sort, tuple(SORTS))
    check_choice("--format", fmt, render.FORMATS)
    if limit is None:
        limit = QUERY_TABLE_LIMIT if fmt == "table" else 0
    filters: dict[str, Any] = {
        "entity": entity,
        "metric": metric,
        "side": side,
        "actor": actor,
        "predicate": predicate,
        "since": since,
        "until": until,
        "doc": doc,
        "text": text,
        "all_copies": all_copies,
    }
    with errors():
        conn = open_readonly(db)
        try:
            # one row more than shown tells whether there are more (then they are counted)
            rows = query_claims(conn, sort=sort, limit=limit + 1 if limit else None, **filters)
            total = len(rows)
            if limit and total > limit:
                rows = rows[:limit]
                total = count_claims(conn, **filters)
            counts = statement_counts(conn, rows)
            for row in rows:
                row["n_docs"], row["n_groups"] = counts.get(row["id"], (1, 1))
        finally:
            conn.close()
        if len(rows) < total:
            err_console.print(
                Text(
                    f"showing the first {len(rows)} of {total} matching claims (--sort {sort}); narrow "
                    "the filters or pass --limit 0 for all",
                    style="yellow",
                ),
                soft_wrap=True,
            )
        if fmt == "table":
            if not rows:
                err_console.print(Text("no claims match", style="yellow"))
                return
            out_console.print(
                render.claims_table(rows, title=f"{len(rows)} claim(s)", width=out_console.width)
            )
        else:
            render.write_claims(rows, fmt, sys.stdout)
            sys.stdout.flush()
