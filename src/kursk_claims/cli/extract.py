"""`kursk-claims extract`: read documents, extract claims, store them."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from kursk_claims.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_SKIPPED,
    EXIT_USAGE,
    err_console,
    errors,
    fail,
)
from kursk_claims.cli.options import DbOpt


def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files (.txt, .md, .jsonl) and folders (searched recursively).", show_default=False
        ),
    ],
    db: DbOpt = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            envvar="KURSK_CLAIMS_MODEL",
            help="spaCy pipeline to use (env KURSK_CLAIMS_MODEL).",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-j", min=1, help="Worker processes for extraction.")
    ] = 1,
    force: Annotated[bool, typer.Option("--force", help="Re-extract documents even when unchanged.")] = False,
) -> None:
    """Extract numeric claims from articles into the store.

    Unchanged documents (same id and content) are skipped; a changed one replaces its claims.
    Bad inputs are skipped with a warning on stderr (exit code 3).

    Example: kursk-claims extract seeds/ scraped.jsonl --db claims.db
    """
    from kursk_claims.pipeline import ExtractInterrupted, ExtractionError, ProgressEvent, extract_paths

    for p in paths:
        if not os.path.lexists(p):
            fail(f"{p}: no such file or folder", EXIT_USAGE)

    show_bar = err_console.is_terminal
    progress: Any = None
    task: Any = None

    def on_progress(event: ProgressEvent) -> None:
        if event.kind in ("skipped", "warning") and event.message:
            style = "yellow" if event.kind == "skipped" else "dim yellow"
            target = progress.console if progress is not None else err_console
            target.print(Text("warning: " + event.message, style=style), soft_wrap=True)
        if progress is not None:
            if event.kind == "start":
                progress.update(task, total=max(event.total, 1))
            elif event.kind in ("extracted", "unchanged", "skipped"):
                progress.update(task, completed=min(event.done, event.total or event.done))

    try:
        # from here on Ctrl-C is a KeyboardInterrupt this command reports (see kursk_claims._entry)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        if show_bar:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            progress = Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err_console,
                transient=True,
            )
            progress.start()
            task = progress.add_task("extract", total=None)
        try:
            with errors():
                report = extract_paths(
                    paths, db, model=model, workers=workers, force=force, on_progress=on_progress
                )
        finally:
            if progress is not None:
                progress.stop()
    except ExtractInterrupted as exc:
        r = exc.report
        err_console.print(
            Text(
                f"interrupted: {r.extracted} document(s) stored before Ctrl-C are kept; "
                "run the same command again to finish",
                style="bold red",
            ),
            soft_wrap=True,
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except KeyboardInterrupt:
        err_console.print(Text("interrupted before anything was stored", style="bold red"), soft_wrap=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except ExtractionError as exc:
        fail(str(exc))
    summary = (
        f"{report.documents_seen} document(s): {report.extracted} extracted, "
        f"{report.skipped_unchanged} unchanged, {report.skipped_bad} skipped; "
        f"{report.claims_written} claim(s) written"
    )
    err_console.print(
        Text(summary, style="green" if not report.anything_skipped else "yellow"), soft_wrap=True
    )
    if report.anything_skipped:
        raise typer.Exit(EXIT_SKIPPED)
