"""`kursk-claims export`: every stored claim as JSONL, JSON or CSV."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.text import Text

from kursk_claims.cli.common import (
    EXIT_USAGE,
    check_choice,
    err_console,
    errors,
    fail,
    open_readonly,
)
from kursk_claims.cli.options import DbOpt
from kursk_claims.models import METRICS
from kursk_claims.present import render


def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, json or csv.")] = "jsonl",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Write to exactly this file (default: standard output).", show_default=False
        ),
    ] = None,
    metric: Annotated[str | None, typer.Option(help="Only this metric.", show_default=False)] = None,
    doc: Annotated[str | None, typer.Option(help="Only this document id.", show_default=False)] = None,
    db: DbOpt = None,
) -> None:
    """Export every stored claim (or those of one metric / document) with the export keys.

    Keys: id, doc_id, metric, value, value_low, value_high, unit, qualifier, text, start, end,
    sentence, actor, predicate, claimant, claimant_side, claim_date, then more.

    Example: kursk-claims export --format jsonl --out claims.jsonl
    """
    from kursk_claims.store import iter_claims

    check_choice("--format", fmt, render.EXPORT_FORMATS)
    check_choice("--metric", metric, METRICS)
    if out is not None:
        if out.is_symlink():
            fail(f"{out} is a symlink; give the real file path", EXIT_USAGE)
        if out.is_dir():
            fail(f"{out} is a folder; --out needs a file path", EXIT_USAGE)
        if not out.parent.is_dir():
            fail(f"{out.parent} does not exist; create the folder first", EXIT_USAGE)
    with errors():
        conn = open_readonly(db)
        try:
            rows = iter_claims(conn, metric=metric, doc=doc, sort="doc")
            if out is None:
                n = render.write_claims(rows, fmt, sys.stdout)
                sys.stdout.flush()
            else:
                try:
                    fh: IO[str] = render.open_output(out)
                except OSError as exc:
                    fail(f"cannot write {out}: {exc.strerror or exc}")
                with fh:
                    n = render.write_claims(rows, fmt, fh)
                err_console.print(Text(f"{n} claim(s) written to {out}", style="green"), soft_wrap=True)
        finally:
            conn.close()
