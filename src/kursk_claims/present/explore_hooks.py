"""Datasette plugin hooks for `kursk-claims explore` (registered with `pm.register` by the command,
so Datasette loads only there): the SQL functions the canned queries use, and cells that link a
claim to its document and its source URL (http and https only; everything else stays text).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar, cast

from datasette import hookimpl as _hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from kursk_claims.domain.names import name_key
from kursk_claims.present.explore import safe_url
from kursk_claims.store.read import entity_keys

CLAIM_ID_COLUMNS = ("claim_id", "claim_a", "claim_b")

_F = TypeVar("_F", bound=Callable[..., Any])


def hookimpl(fn: _F) -> _F:
    """Datasette's (pluggy's) hook marker, typed."""
    return cast(_F, _hookimpl(fn))


def _name_key(name: object) -> str | None:
    return None if name is None else name_key(str(name))


def _entity_keys(name: object) -> str:
    return json.dumps([] if name is None else entity_keys(str(name)))


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("kc_name_key", 1, _name_key, deterministic=True)
    conn.create_function("kc_entity_keys", 1, _entity_keys, deterministic=True)


def _link(href: str, label: str, *, external: bool = False) -> str:
    rel = ' rel="nofollow noopener noreferrer"' if external else ""
    return f'<a href="{escape(href)}"{rel}>{escape(label)}</a>'


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    if isinstance(value, dict):  # a foreign key Datasette expanded: {"value": ..., "label": ...}
        value = value.get("value")
    if column == "url":
        url = safe_url(value)
        return None if url is None else Markup(_link(url, url, external=True))
    if column == "doc_id" and isinstance(value, str) and table in (None, "claims"):
        return _doc_cell(row, value, table, database, datasette)
    if column in CLAIM_ID_COLUMNS and table is None and isinstance(value, str):
        return Markup(_link(datasette.urls.row(database, "claims", tilde_encode(value)), value))
    return None


def _doc_cell(row: Any, doc_id: str, table: str | None, database: str, datasette: Any) -> Any:
    async def inner() -> Markup:
        doc_href = datasette.urls.row(database, "documents", tilde_encode(doc_id))
        url: Any = None
        if table is None:
            keys = row.keys() if hasattr(row, "keys") else ()
            url = row["url"] if "url" in keys else None
        else:
            res = await datasette.get_database(database).execute(
                "SELECT url FROM documents WHERE id = ?", [doc_id]
            )
            first = res.first()
            url = first[0] if first is not None else None
        html = _link(doc_href, doc_id)
        source = safe_url(url)
        if source is not None and table is not None:  # query results show the url column itself
            html += " · " + _link(source, "source", external=True)
        return Markup(html)

    return inner
