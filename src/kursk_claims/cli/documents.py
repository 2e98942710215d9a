"""`kursk-claims documents`: the stored documents with their status and syndication group."""

from __future__ import annotations

import csv
import json
import sys
from typing import Annotated, Any

import typer
from rich.text import Text

from kursk_claims.cli.common import check_choice, err_console, errors, open_readonly, out_console
from kursk_claims.cli.options import DbOpt, FormatOpt
from kursk_claims.present import render


def documents(
    group: Annotated[
        str | None,
        typer.Option(
            help="Only the syndication group of this id (a group id or any member's id).", show_default=False
        ),
    ] = None,
    outlet: Annotated[
        str | None, typer.Option(help="Only this outlet (case-insensitive).", show_default=False)
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(help="Documents dated on/after YYYY, YYYY-MM or YYYY-MM-DD.", show_default=False),
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Documents dated on/before this date.", show_default=False)
    ] = None,
    fmt: FormatOpt = "table",
    db: DbOpt = None,
) -> None:
    """List the stored documents: id, outlet, url, published, date source, status (extracted /
    irrelevant / skipped), claims, syndication group and group size, by date.

    A group holds near-duplicates (wire copies: a new headline, a paragraph dropped or added, a
    few words edited); its id is its earliest document's.

    Examples:
      kursk-claims documents
      kursk-claims documents --group 000_854d517305ee8dde --format json
      kursk-claims documents --outlet Reuters --since 2024-08 --format csv
    """
    from kursk_claims.store import list_documents

    check_choice("--format", fmt, render.FORMATS)
    with errors():
        conn = open_readonly(db)
        try:
            docs = list_documents(conn, group=group, outlet=outlet, since=since, until=until)
        finally:
            conn.close()
        if fmt == "table":
            if not docs:
                err_console.print(Text("no documents match", style="yellow"))
                return
            out_console.print(render.documents_table(docs, width=out_console.width))
        else:
            write_documents(docs, fmt, sys.stdout)
            sys.stdout.flush()


def write_documents(docs: list[dict[str, Any]], fmt: str, out: Any) -> None:
    """json (an array), jsonl or csv (text cells made safe for spreadsheets: `render.csv_safe`)."""
    if fmt == "json":
        out.write(json.dumps(docs, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    else:
        from kursk_claims.store.read import DOCUMENT_KEYS

        w = csv.writer(out, lineterminator="\n")
        w.writerow(DOCUMENT_KEYS)
        for d in docs:
            w.writerow(render.csv_safe("" if d[k] is None else d[k]) for k in DOCUMENT_KEYS)
