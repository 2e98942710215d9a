"""Options shared by every command (one definition, so `--db` reads the same everywhere)."""

from __future__ import annotations

from typing import Annotated

import typer

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="KURSK_CLAIMS_DB",
        help="SQLite store to use (default ./kursk_claims.db; env KURSK_CLAIMS_DB).",
        show_default=False,
    ),
]

FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, json, jsonl or csv.")]
