"""`kursk-claims entities`: the entity registry (names, aliases, sides)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from kursk_claims.cli.common import (
    check_choice,
    errors,
    fail,
    out_console,
)
from kursk_claims.cli.options import DbOpt
from kursk_claims.models import SIDES
from kursk_claims.present import render


def entities(
    side: Annotated[
        str | None, typer.Option(help=f"Only this side: {', '.join(SIDES)}.", show_default=False)
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(help="Only entries whose name or an alias matches (any spelling).", show_default=False),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    db: DbOpt = None,
) -> None:
    """List the entity registry: canonical names, sides, aliases and dated roles.

    The registry ships with the package (data/entities.json), so --db is accepted like on every
    command but not needed.

    Example: kursk-claims entities --name Syrsky
    """
    del db  # the registry is package data, not part of a store
    from kursk_claims.domain.names import name_key, read_registry, registry_path

    check_choice("--side", side, SIDES)
    check_choice("--format", fmt, ("table", "json"))
    try:
        entries = read_registry()
    except (OSError, ValueError) as exc:
        fail(f"cannot read the entity registry {registry_path()}: {exc}")
    if side is not None:
        entries = [e for e in entries if e.get("side") == side]
    if name is not None:
        key = name_key(name)
        entries = [
            e
            for e in entries
            if any(
                key and key in name_key(str(n)) for n in [e.get("name", "")] + list(e.get("aliases") or [])
            )
        ]
    with errors():
        if fmt == "json":
            render.write_entities_json(entries, sys.stdout)
        else:
            out_console.print(render.entities_table(entries, width=out_console.width))
