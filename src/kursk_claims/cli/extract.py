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
        int,
        typer.Option(
            "--workers",
            "-j",
            min=1,
            help="Worker processes on this machine (a local process pool; with --scheduler local, "
            "the LocalCluster's size).",
        ),
    ] = 1,
    force: Annotated[bool, typer.Option("--force", help="Re-extract documents even when unchanged.")] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Run on a Dask cluster: tcp://HOST:PORT of a running `dask scheduler`, or `local` "
            "for a LocalCluster of --workers processes.",
            show_default=False,
        ),
    ] = None,
    no_gate: Annotated[
        bool,
        typer.Option("--no-gate", help="Extract every document (turn the relevance gate off)."),
    ] = False,
) -> None:
    """Extract numeric claims from articles into the store.

    Unchanged documents (same id and content) are skipped; a changed one replaces its claims.
    Documents that fail the relevance gate (no war word, or no number near one) are stored as
    irrelevant without running the model. Bad inputs are skipped with a warning on stderr (exit 3).

    Examples:

      kursk-claims extract seeds/ scraped.jsonl --db claims.db

      kursk-claims extract archive/ --workers 4

      kursk-claims extract archive/ --scheduler tcp://10.0.0.5:8786
    """
    from kursk_claims.pipeline import (
        ExtractInterrupted,
        ExtractionError,
        ProgressEvent,
        extract_paths,
        interrupt_handler,
    )

    for p in paths:
        if not os.path.lexists(p):
            fail(f"{p}: no such file or folder", EXIT_USAGE)
    if scheduler is not None and scheduler != "local" and "://" not in scheduler:
        fail(f"--scheduler {scheduler!r}: give tcp://HOST:PORT or local", EXIT_USAGE)
    if scheduler is not None and scheduler != "local" and workers > 1:
        fail(
            "--workers sets local processes; with --scheduler the cluster's own workers are used", EXIT_USAGE
        )

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
            elif event.kind in ("extracted", "irrelevant", "unchanged", "skipped"):
                progress.update(task, completed=min(event.done, event.total or event.done))

    try:
        # from here on Ctrl-C is a KeyboardInterrupt this command reports (see kursk_claims._entry)
        signal.signal(signal.SIGINT, interrupt_handler)
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
                    paths,
                    db,
                    model=model,
                    workers=workers,
                    force=force,
                    on_progress=on_progress,
                    gate=not no_gate,
                    scheduler=scheduler,
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
        f"{report.documents_seen} document(s): {report.extracted} extracted, {report.irrelevant} irrelevant, "
        f"{report.skipped_unchanged} unchanged, {report.skipped_bad} skipped; "
        f"{report.claims_written} claim(s) written"
    )
    err_console.print(
        Text(summary, style="green" if not report.anything_skipped else "yellow"), soft_wrap=True
    )
    if report.anything_skipped:
        raise typer.Exit(EXIT_SKIPPED)
