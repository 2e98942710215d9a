"""`kursk-claims explore`: browse the store in Datasette (read-only; Datasette loads only here)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from kursk_claims.cli.common import EXIT_USAGE, err_console, errors, fail
from kursk_claims.cli.options import DbOpt

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def check_store(path: Path) -> None:
    """Fail unless `path` is a kursk-claims store of this schema, reading it immutable (no writes)."""
    from kursk_claims.store import StoreError, StoreNotFoundError, StoreVersionError
    from kursk_claims.store.schema import DB_ENV, SCHEMA_VERSION

    if path.is_dir():
        raise StoreError(f"{path} is a folder; give --db a file path")
    if not path.exists():
        raise StoreNotFoundError(
            f"no store at {path}; run `kursk-claims extract PATH --db {path}` first (or set {DB_ENV})"
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot use store {path}: {exc}") from exc
    if version == 0 or not {"claims", "documents"} <= tables:
        raise StoreError(f"{path} is not a kursk-claims store; use another --db")
    if version != SCHEMA_VERSION:
        raise StoreVersionError(
            f"{path} uses schema {version}, this kursk-claims shows schema {SCHEMA_VERSION}; "
            "run `kursk-claims extract` on it once to migrate it (or upgrade kursk-claims)"
        )


def make_datasette(path: Path) -> Any:
    """A Datasette serving the store at `path` immutable, as database `ledger`, with the generated
    metadata and the explore plugin (`present.explore_hooks`)."""
    from datasette.app import Datasette
    from datasette.database import Database
    from datasette.plugins import pm

    from kursk_claims.present import explore_hooks
    from kursk_claims.present.explore import DB_NAME, build_metadata

    if not pm.is_registered(explore_hooks):
        pm.register(explore_hooks, name="kursk_claims_explore")
    ds = Datasette(
        immutables=[str(path)],
        metadata=build_metadata(DB_NAME),
        settings={"truncate_cells_html": 400, "default_facet_size": 15, "facet_time_limit_ms": 500},
    )
    for name in [n for n, db in ds.databases.items() if db.path == str(path)]:
        ds.remove_database(name)
    ds.add_database(Database(ds, path=str(path), is_mutable=False), name=DB_NAME, route=DB_NAME)
    return ds


def _open_when_up(url: str, host: str, port: int) -> None:
    import socket
    import webbrowser

    for _ in range(100):
        try:
            with socket.create_connection((host, port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    webbrowser.open(url)


def explore(
    host: Annotated[
        str,
        typer.Option(
            help="Address to listen on. The default serves this machine only; 0.0.0.0 serves the whole "
            "network (every table, every document's text and read-only SQL, without a login)."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8001,
    open_browser: Annotated[
        bool, typer.Option("--open/--no-open", help="Open the ledger in a web browser once it is up.")
    ] = True,
    db: DbOpt = None,
) -> None:
    """Browse the store in Datasette: faceted tables, full-text search over claim sentences, canned
    queries (a claimant over time, a metric by side, a document's claims, a syndication group, sides
    that disagree), each claim linked to its document and source. Read-only; Ctrl-C stops it.

    Example: kursk-claims explore --db kursk_claims.db
    """
    from kursk_claims.store import resolve_db_path

    if not host.strip():
        fail("--host must not be empty", EXIT_USAGE)
    path = resolve_db_path(db)
    with errors():
        check_store(path)
    ds = make_datasette(path)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/ledger"
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        err_console.print(
            Text(
                f"note: {wal.name} holds writes not yet merged into the store (an extract is running or "
                "was stopped); the browser shows the store without them",
                style="yellow",
            ),
            soft_wrap=True,
        )
    if host not in LOOPBACK:
        err_console.print(
            Text(
                f"warning: listening on {host}: anyone who can reach this address can read every "
                "table, document text and run read-only SQL, without a login",
                style="bold yellow",
            ),
            soft_wrap=True,
        )
    err_console.print(Text(f"serving {path} read-only at {url} (Ctrl-C to stop)"), soft_wrap=True)
    import uvicorn

    if open_browser:
        threading.Thread(target=_open_when_up, args=(url, host, port), daemon=True).start()
    try:
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
    except KeyboardInterrupt:  # pragma: no cover - uvicorn handles SIGINT itself
        pass
