"""The `kursk-claims` Typer app: one module per command, registered here. Nothing else.

Exit codes (`cli.common`): 0 ok, 1 error, 2 usage, 3 finished with skipped inputs, 130 interrupted.
Only `extract` reaches NLP code; the other commands and `--help` import the store and Rich only;
Datasette loads only inside `explore`.
"""

from __future__ import annotations

import typer

from kursk_claims.cli import compare, documents, entities, explore, export, extract, query, show
from kursk_claims.cli.common import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_SKIPPED", "EXIT_USAGE", "app", "main"]

app = typer.Typer(
    name="kursk-claims",
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
app.command("extract")(extract.extract)
app.command("query")(query.query)
app.command("show")(show.show)
app.command("export")(export.export)
app.command("documents")(documents.documents)
app.command("entities")(entities.entities)
app.command("compare")(compare.compare_cmd)
app.command("report")(compare.report_cmd)
app.command("explore")(explore.explore)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="kursk-claims")


if __name__ == "__main__":  # pragma: no cover
    main()
