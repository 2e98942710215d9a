"""Extraction: model loading (`model`) and per-document extraction with the parse gate (`document`).

The names below are loaded on first use, so importing `kursk_claims.extract.model` (as the
pipeline does to recognise a missing model) does not import the rules, pint or dateparser.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "extract_document": "kursk_claims.extract.document",
    "extract_documents": "kursk_claims.extract.document",
    "finish": "kursk_claims.extract.document",
    "prepare": "kursk_claims.extract.document",
    "ModelNotFoundError": "kursk_claims.extract.model",
    "load_nlp": "kursk_claims.extract.model",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
