"""The `kursk-claims` Typer app: one module per command, registered here, and typer's value
coercion deferred until a value needs it (so that the read commands do not load pydantic).

Exit codes (`cli.common`): 0 ok, 1 error, 2 usage, 3 finished with skipped inputs, 130 interrupted.
Only `extract` reaches NLP code; the other commands and `--help` import the store and Rich only;
Datasette loads only inside `explore`, the analysis only inside `compare`, `report` and `show`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import typer
from typer._click import Command, Context
from typer._coercion import RuntimeParam, build_runtime_param
from typer.core import TyperCommand, TyperGroup, _TyperParameter

from kursk_claims.cli import compare, documents, entities, explore, export, extract, query, show
from kursk_claims.cli.common import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_SKIPPED", "EXIT_USAGE", "app", "main"]


@dataclass(frozen=True)
class _DeferredCoercion(RuntimeParam):
    """Typer's coercion of one parameter, built only for a value that needs it.

    Typer coerces every parameter of a command, given or not, through a pydantic TypeAdapter it
    builds on first use, and building the first one imports pydantic: about 50 ms of a 200 ms
    `query`. Typer's `coerce` returns None for an option not given before it asks the adapter,
    and the adapter of a plain `str` option returns a `str` value unchanged; this does the same
    without building the adapter, and hands every other value to typer's own coercion, built
    then (an int, a path, a list: the same validation and messages as always)."""

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        if type(value) is str and self.annotation is str and self.parameter_info.parser is None:
            return value
        built = build_runtime_param(param.type_descriptor)
        param._runtime_param = built
        return built._coerce_value(value, param=param, ctx=ctx)


class _Deferring(Command):
    """Before parsing, every parameter of the command (its help option too) gets a
    `_DeferredCoercion` in place of the typer coercion it would build on first use."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        for param in self.get_params(ctx):
            if isinstance(param, _TyperParameter) and param._runtime_param is None:
                described = param.type_descriptor
                param._runtime_param = _DeferredCoercion(described.parameter_info, described.annotation)
        return super().parse_args(ctx, args)


class _Command(_Deferring, TyperCommand):
    pass


class _Group(_Deferring, TyperGroup):
    pass


app = typer.Typer(
    name="kursk-claims",
    cls=_Group,
    help=(
        "Turn war reporting into a ledger of numeric claims — who claims how much of what, when, "
        "and where in the text.\n\n"
        "Example: kursk-claims extract seeds/ && kursk-claims query --entity Syrskyi"
    ),
    rich_markup_mode="rich",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# The order here is the order of `--help`.
app.command("extract", cls=_Command)(extract.extract)
app.command("query", cls=_Command)(query.query)
app.command("show", cls=_Command)(show.show)
app.command("export", cls=_Command)(export.export)
app.command("documents", cls=_Command)(documents.documents)
app.command("entities", cls=_Command)(entities.entities)
app.command("compare", cls=_Command)(compare.compare_cmd)
app.command("report", cls=_Command)(compare.report_cmd)
app.command("explore", cls=_Command)(explore.explore)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="kursk-claims")


if __name__ == "__main__":  # pragma: no cover
    main()
