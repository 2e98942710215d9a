"""What every command shares: the consoles, the exit codes, and one way to fail.

Exit codes: 0 ok, 1 error (store, file, library), 2 usage (bad option value, unknown vocabulary
value, bad date, missing input path), 3 finished but some inputs were skipped, 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.text import Text

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130

out_console = Console()
err_console = Console(stderr=True)


def fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    """One red line on stderr, then exit with `code`."""
    err_console.print(Text("error: " + " ".join(message.split()), style="bold red"), soft_wrap=True)
    raise typer.Exit(code)


def check_choice(option: str, value: str | None, valid: Sequence[str]) -> None:
    """Fail with a usage error when `value` is not one of `valid`."""
    if value is not None and value not in valid:
        fail(f"unknown {option} {value!r}; valid values: {', '.join(valid)}", EXIT_USAGE)


def _loaded(*names: str) -> tuple[type[BaseException], ...]:
    """The exception classes named ``module:Class`` whose modules are loaded: an exception whose
    class was never imported cannot have been raised, so `errors` needs to import none of them
    (the analysis and the input readers stay unloaded on the query path)."""
    found: list[type[BaseException]] = []
    for name in names:
        module, _, cls = name.partition(":")
        loaded = getattr(sys.modules.get(module), cls, None)
        if loaded is not None:
            found.append(loaded)
    return tuple(found)


_USAGE_ERRORS = ("kursk_claims.analysis.records:AnalysisError", "kursk_claims.store.schema:QueryError")
_FAILURES = ("kursk_claims.store.schema:StoreError", "kursk_claims.sources.files:LoadError")


@contextmanager
def errors() -> Iterator[None]:
    """Map library errors to one red line and an exit code (the only place that does)."""
    try:
        yield
    except _loaded(*_USAGE_ERRORS) as exc:
        fail(str(exc), EXIT_USAGE)
    except _loaded(*_FAILURES) as exc:
        fail(str(exc))
    except BrokenPipeError:
        silence_stdout()
        raise typer.Exit(EXIT_OK) from None
    except OSError as exc:
        fail(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))


def silence_stdout() -> None:
    """Point stdout at /dev/null (after a closed pipe, so that exiting prints nothing more)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def open_readonly(db: str | None) -> Any:
    """The store at `db` (or the default), opened read-only."""
    from kursk_claims.store import open_store

    return open_store(db, readonly=True)
