"""The SQLite store: documents and their claims, written one transaction per document.

Light on purpose: the query path (query, compare, show, export) imports only this package, the
record types and `domain`, never spaCy, dateparser or pint. It imports nothing from `analysis`.

- `schema`: the schema string, migrations (PRAGMA user_version), opening a store;
- `write`: one document and its claims per transaction;
- `read`: claims and documents as dicts, with filters.
- `copies`: syndication groups, claims' copies and statement counts.

Every SQL statement is parameterised; the only SQL assembled at run time is made of constant
fragments chosen from allow-lists (sort orders, filter clauses).
"""

from __future__ import annotations

from kursk_claims.store.copies import copies_of, doc_groups, statement_counts
from kursk_claims.store.read import (
    SORTS,
    count_claims,
    entity_keys,
    fts_query,
    get_claim,
    get_document,
    iter_claims,
    list_documents,
    query_claims,
    store_stats,
)
from kursk_claims.store.schema import (
    DB_ENV,
    DEFAULT_DB,
    SCHEMA_VERSION,
    QueryError,
    StoreError,
    StoreNotFoundError,
    StoreVersionError,
    open_store,
    resolve_db_path,
)
from kursk_claims.store.write import delete_document, needs_extract, stored_fingerprints, write_result

__all__ = [
    "DB_ENV",
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "SORTS",
    "QueryError",
    "StoreError",
    "StoreNotFoundError",
    "StoreVersionError",
    "copies_of",
    "count_claims",
    "delete_document",
    "doc_groups",
    "entity_keys",
    "fts_query",
    "get_claim",
    "get_document",
    "iter_claims",
    "list_documents",
    "needs_extract",
    "open_store",
    "query_claims",
    "resolve_db_path",
    "statement_counts",
    "store_stats",
    "stored_fingerprints",
    "write_result",
]
