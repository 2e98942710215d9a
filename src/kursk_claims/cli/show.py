"""`kursk-claims show`: one claim in its sentence, with the rule behind every field."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from kursk_claims.cli.common import (
    errors,
    fail,
    open_readonly,
    out_console,
)
from kursk_claims.cli.options import DbOpt
from kursk_claims.present import render


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
    from kursk_claims.store import copies_of, get_claim, get_document

    with errors():
        conn = open_readonly(db)
        try:
            claim = get_claim(conn, claim_id)
            if claim is None:
                fail(f"no claim {claim_id!r} in the store; list ids with `kursk-claims query --doc DOC_ID`")
            document = get_document(conn, str(claim["doc_id"]))
            context = _claim_context(conn, claim)
            copies = copies_of(conn, claim_id)
        finally:
            conn.close()
        if as_json:
            meta = {k: v for k, v in (document or {}).items() if k != "text"}
            payload: dict[str, Any] = {"claim": claim, "document": meta}
            if context is not None:
                payload["context"] = context.to_json()
            payload["copies"] = copies
            payload["copy_of"] = claim.get("copy_of")
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
            return
        for part in render.claim_detail(claim, document):
            out_console.print(part)
        panel = render.context_panel(context) if context is not None else None
        if panel is not None:
            out_console.print(panel)
        _print_copies(claim, copies, document)


def _print_copies(claim: dict[str, Any], copies: list[dict[str, Any]], document: Any) -> None:
    """The claim's syndication: the original it copies, or its copies in other documents."""
    from rich.text import Text

    group = (document or {}).get("group_id")
    size = (document or {}).get("group_size") or 1
    if group and size > 1:
        out_console.print(Text(f"syndication group {group} ({size} documents)", style="bold"))
    if claim.get("copy_of"):
        out_console.print(Text(f"copy of {claim['copy_of']} (the group's earliest document)"))
    if copies:
        out_console.print(
            Text(f"{len(copies)} cop{'y' if len(copies) == 1 else 'ies'} in syndicated documents:")
        )
        for c in copies:
            out_console.print(Text(f"  {c['id']}" + (f" ({c['outlet']})" if c["outlet"] else "")))


def _claim_context(conn: Any, claim: dict[str, Any]) -> Any:
    """The analysis module's view of a claim among the others."""
    from kursk_claims.analysis import claim_context, related_metrics
    from kursk_claims.store import query_claims

    pool: list[dict[str, Any]] = []
    for metric in related_metrics(claim["metric"]):
        pool.extend(query_claims(conn, metric=metric))
    return claim_context(claim, pool)
