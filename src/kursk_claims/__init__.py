"""kursk-claims: turn war reporting into a ledger of numeric claims.

Library API (imported lazily, so ``import kursk_claims`` stays cheap and never pulls in spaCy):

- `extract_paths(paths, db_path=None, *, model=None, workers=1, force=False, on_progress=None,
  extractor=None) -> ExtractReport`
- `open_store(path=None, readonly=False) -> sqlite3.Connection`
- `query_claims(conn, *, entity=None, metric=None, side=None, actor=None, predicate=None,
  since=None, until=None, doc=None, text=None, sort="date", limit=None) -> list[dict]`
- `iter_documents(paths)` -> Documents and LoadWarnings; `name_key(name)`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "extract_paths": "pipeline",
    "ExtractReport": "pipeline",
    "ExtractInterrupted": "pipeline",
    "ExtractionError": "pipeline",
    "ProgressEvent": "pipeline",
    "open_store": "store",
    "query_claims": "store",
    "iter_claims": "store",
    "get_claim": "store",
    "get_document": "store",
    "resolve_db_path": "store",
    "StoreError": "store",
    "StoreVersionError": "store",
    "QueryError": "store",
    "iter_documents": "sources.files",
    "LoadError": "sources.files",
    "LoadWarning": "sources.files",
    "name_key": "domain.names",
    "Document": "models",
    "Claim": "models",
    "DocResult": "models",
    "EXPORT_KEYS": "models",
}

__all__ = [
    "Claim",
    "DocResult",
    "Document",
    "EXPORT_KEYS",
    "ExtractInterrupted",
    "ExtractReport",
    "ExtractionError",
    "LoadError",
    "LoadWarning",
    "ProgressEvent",
    "QueryError",
    "StoreError",
    "StoreVersionError",
    "extract_paths",
    "get_claim",
    "get_document",
    "iter_claims",
    "iter_documents",
    "name_key",
    "open_store",
    "query_claims",
    "resolve_db_path",
]

if TYPE_CHECKING:  # pragma: no cover
    from kursk_claims.domain.names import name_key
    from kursk_claims.models import EXPORT_KEYS, Claim, DocResult, Document
    from kursk_claims.pipeline import (
        ExtractInterrupted,
        ExtractionError,
        ExtractReport,
        ProgressEvent,
        extract_paths,
    )
    from kursk_claims.sources.files import LoadError, LoadWarning, iter_documents
    from kursk_claims.store import (
        QueryError,
        StoreError,
        StoreVersionError,
        get_claim,
        get_document,
        iter_claims,
        open_store,
        query_claims,
        resolve_db_path,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kursk_claims' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
