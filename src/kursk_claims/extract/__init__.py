"""Extraction: model loading (`model`) and per-document extraction with the parse gate (`document`).

Importing this package loads no model; `load_nlp` does, once per process.
"""

from kursk_claims.extract.document import extract_document, extract_documents, finish, prepare
from kursk_claims.extract.model import ModelNotFoundError, load_nlp

__all__ = ["ModelNotFoundError", "extract_document", "extract_documents", "finish", "load_nlp", "prepare"]
