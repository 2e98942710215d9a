"""The `kursk-claims` command line: parse options, call the library, render. Nothing else.

Exit codes: 0 ok, 1 error, 2 usage (bad option value, unknown vocabulary value, missing input
path), 3 finished but some inputs were skipped, 130 interrupted (Ctrl-C).

Only `extract` reaches NLP code; the other commands and `--help` import the store and Rich only.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from kursk_claims.cli.options import DbOpt
from kursk_claims.models import ACTORS, METRICS, PREDICATES, SIDES
from kursk_claims.present import render
from kursk_claims.sources.files import LoadError
from kursk_claims.store import SORTS, QueryError, StoreError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130

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

out_console = Console()
err_console = Console(stderr=True)


def fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    """One red line on stderr, then exit with `code`."""
    err_console.print(Text("error: " + " ".join(message.split()), style="bold red"), soft_wrap=True)
    raise typer.Exit(code)


def _check(option: str, value: str | None, valid: tuple[str, ...]) -> None:
    if value is not None and value not in valid:
        fail(f"unknown {option} {value!r}; valid values: {', '.join(valid)}", EXIT_USAGE)


@contextmanager
def _errors() -> Iterator[None]:
    """Map library errors to one red line and an exit code."""
    try:
        yield
    except QueryError as exc:
        fail(str(exc), EXIT_USAGE)
    except (StoreError, LoadError) as exc:
        fail(str(exc))
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from None


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _open_readonly(db: str | None) -> Any:
    from kursk_claims.store import open_store

    return open_store(db, readonly=True)


# ----------------------------------------------------------------------------- extract


@app.command()
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
    from kursk_claims.pipeline import ExtractInterrupted, ExtractionError, ProgressEvent, extract_paths

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
            with _errors():
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


# ----------------------------------------------------------------------------- query


FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, json, jsonl or csv.")]
QUERY_TABLE_LIMIT = 200  # query rows in a terminal table unless --limit says otherwise


@app.command()
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
    db: DbOpt = None,
) -> None:
    """List stored claims matching every filter given.

    Example: kursk-claims query --entity Syrskyi --metric territory_km2 --since 2024-08

    A table shows at most --limit claims (default 200, in --sort order; a note on stderr says how
    many match; --limit 0 for all); json, jsonl and csv are complete unless --limit is given.
    """
    from kursk_claims.store import count_claims, query_claims

    _check("--metric", metric, METRICS)
    _check("--side", side, SIDES)
    _check("--actor", actor, ACTORS)
    _check("--predicate", predicate, PREDICATES)
    _check("--sort", sort, tuple(SORTS))
    _check("--format", fmt, render.FORMATS)
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
    }
    with _errors():
        conn = _open_readonly(db)
        try:
            # one row more than shown tells whether there are more (then they are counted)
            rows = query_claims(conn, sort=sort, limit=limit + 1 if limit else None, **filters)
            total = len(rows)
            if limit and total > limit:
                rows = rows[:limit]
                total = count_claims(conn, **filters)
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


# ----------------------------------------------------------------------------- show


@app.command()
def show(
    claim_id: Annotated[
        str, typer.Argument(help="A claim id as printed by query: DOC_ID:START.", show_default=False)
    ],
    db: DbOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the claim and its document as JSON.")
    ] = False,
) -> None:
    """Explain one claim: its sentence with the quantity highlighted, the cues behind it, its document.

    Example: kursk-claims show 000_854d517305ee8dde:1012
    """
    from kursk_claims.store import get_claim, get_document

    with _errors():
        conn = _open_readonly(db)
        try:
            claim = get_claim(conn, claim_id)
            if claim is None:
                fail(f"no claim {claim_id!r} in the store; list ids with `kursk-claims query --doc DOC_ID`")
            document = get_document(conn, str(claim["doc_id"]))
            context = _claim_context(conn, claim)
        finally:
            conn.close()
        if as_json:
            meta = {k: v for k, v in (document or {}).items() if k != "text"}
            payload: dict[str, Any] = {"claim": claim, "document": meta}
            if context is not None:
                payload["context"] = context.to_json()
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
            return
        for part in render.claim_detail(claim, document):
            out_console.print(part)
        panel = render.context_panel(context) if context is not None else None
        if panel is not None:
            out_console.print(panel)


def _claim_context(conn: Any, claim: dict[str, Any]) -> Any:
    """The analysis module's view of a claim among the others."""
    from kursk_claims.analysis import claim_context, related_metrics
    from kursk_claims.store import query_claims

    pool: list[dict[str, Any]] = []
    for metric in related_metrics(claim["metric"]):
        pool.extend(query_claims(conn, metric=metric))
    return claim_context(claim, pool)


# ----------------------------------------------------------------------------- export


@app.command()
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

    _check("--format", fmt, render.EXPORT_FORMATS)
    _check("--metric", metric, METRICS)
    if out is not None:
        if out.is_symlink():
            fail(f"{out} is a symlink; give the real file path", EXIT_USAGE)
        if out.is_dir():
            fail(f"{out} is a folder; --out needs a file path", EXIT_USAGE)
        if not out.parent.is_dir():
            fail(f"{out.parent} does not exist; create the folder first", EXIT_USAGE)
    with _errors():
        conn = _open_readonly(db)
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


# ----------------------------------------------------------------------------- entities


@app.command()
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

    _check("--side", side, SIDES)
    _check("--format", fmt, ("table", "json"))
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
    with _errors():
        if fmt == "json":
            render.write_entities_json(entries, sys.stdout)
        else:
            out_console.print(render.entities_table(entries))


# ----------------------------------------------------------------------------- compare / report


def _register_analysis() -> None:
    from kursk_claims.cli.analysis_cmds import compare_cmd, report_cmd

    app.command("compare")(compare_cmd)
    app.command("report")(report_cmd)


_register_analysis()


def main() -> None:
    """Console-script entry point."""
    app(prog_name="kursk-claims")


if __name__ == "__main__":  # pragma: no cover
    main()
