"""What `kursk-claims explore` shows: Datasette 0.65 metadata for a store (titles, descriptions,
facets, full-text search, canned queries) and the safe links of a cell. Imports no Datasette.

The vocabularies in the descriptions come from `models` and `data/metrics.json`, the one source
of truth for what extraction writes. The canned queries read only the store's own tables plus two
SQL functions that the explore plugin registers on every connection (`explore_hooks`):
``kc_name_key(name)`` (`domain.names.name_key`) and ``kc_entity_keys(name)`` (a JSON array of the
keys `query --entity NAME` looks for: `store.read.entity_keys`).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from kursk_claims.analysis.records import DEFAULT_WINDOW_DAYS
from kursk_claims.models import ACTORS, METRICS, PREDICATES, QUALIFIERS, SIDES

DB_NAME = "ledger"  # the database's name in Datasette's URLs: /ledger, /ledger/claims ...

DISAGREE_TOLERANCE = 0.05  # value ranges further apart than this (relative) count as different

OPEN_TOP = "1e300"  # the top of an open range (more than, at least: value_high is NULL)


def _metric_units() -> dict[str, str]:
    raw = resources.files("kursk_claims").joinpath("data/metrics.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return {str(k): str(v.get("unit", "")) for k, v in data.get("metrics", {}).items()}


def _vocab(words: tuple[str, ...]) -> str:
    return ", ".join(words)


def column_descriptions() -> dict[str, dict[str, str]]:
    """Per table, per column: what the column holds (the vocabularies spelled out)."""
    units = _metric_units()
    metrics = ", ".join(f"{m} ({units.get(m, '?')})" for m in METRICS)
    return {
        "documents": {
            "id": "The document's id (file name without extension, or the JSONL line's id).",
            "path": "Where the document was read from.",
            "sha256": "SHA-256 of the text as read: an unchanged file is not extracted twice.",
            "url": "The source URL (from metadata), when known.",
            "outlet": "The publishing outlet (from metadata), when known.",
            "published": "Publication date from metadata or the page, ISO.",
            "doc_date": "The document's date used to date its claims: metadata, else the text.",
            "date_source": "Where doc_date came from: metadata, header, dateline, latest-date.",
            "date_confidence": "How sure the doc_date is (0-1).",
            "text": "The full text the claims' offsets index.",
            "n_claims": "How many claims were extracted from the document.",
            "warnings": "JSON list of what went wrong while reading or extracting.",
            "extracted_at": "When the document was extracted (UTC).",
            "title": "The page's title, when the input was a web page.",
            "extractor": "JSON: the text extractor's name, version and options (pages only).",
            "status": "extracted, irrelevant (failed the relevance gate, stored without claims) or skipped.",
            "group_id": "Syndication group: the id of the group's earliest document (near-duplicate copies "
            "share it); empty when the document has no copies.",
            "signature": "MinHash signature of the text (for near-duplicate grouping).",
        },
        "claims": {
            "id": "The claim's id: document id, a colon, and the character offset of the quantity.",
            "doc_id": "The document the claim was read from.",
            "metric": f"What is counted, with its canonical unit: {metrics}.",
            "value": "The number in the canonical unit (for a range, its midpoint).",
            "value_low": "Lowest value the wording allows.",
            "value_high": "Highest value the wording allows; empty when open (more than, at least).",
            "unit": "Canonical unit: km2, km, percent or count.",
            "qualifier": f"How the number is hedged: {_vocab(QUALIFIERS)}.",
            "text": "The quantity phrase exactly as written.",
            "start": "Character offset of the quantity phrase in the document text.",
            "end": "Character offset just after the quantity phrase.",
            "sentence": "The sentence the claim was read from (searchable).",
            "actor": f"Whose forces or people the number is about: {_vocab(ACTORS)}.",
            "predicate": f"What the number says happened: {_vocab(PREDICATES)}.",
            "claimant": "Who makes the claim (canonical name when the entity registry knows it).",
            "claimant_key": "The claimant's transliteration-insensitive name key (Syrsky = Syrskyi).",
            "claimant_side": f"The claimant's side: {_vocab(SIDES)}; empty when unknown.",
            "claim_date": "The date the claim is about, when the text says (YYYY, YYYY-MM or YYYY-MM-DD).",
            "location": "The place the claim is about, when named.",
            "unit_text": "The unit as written (square miles, troops ...).",
            "conversion": 'A conversion the text states alongside ("500 square miles").',
            "conversion_ok": "1 when the stated conversion agrees within 5 %, 0 when not.",
            "entities": "JSON list: canonical names of the entities named in the sentence.",
            "evidence": "JSON: for each field, the rule or cue that set it.",
            "claim_time": "claim_date, else the document's date: what sorting and date filters read.",
            "t_lo": "First day of the claim's time span (proleptic ordinal); empty when undated.",
            "t_hi": "Last day of the claim's time span (proleptic ordinal); empty when undated.",
            "loc_key": "The location normalised for comparison.",
            "copy_of": "For a claim in a syndicated copy: the claim of the group's earliest document it restates.",
            "doc_date": "Its document's doc_date (copied from the document, like the next four).",
            "outlet": "Its document's outlet.",
            "url": "Its document's URL.",
            "published": "Its document's publication date.",
            "date_source": "Where its document's doc_date came from.",
        },
        "claim_entities": {
            "claim_id": "The claim.",
            "role": "claimant (who makes the claim) or entity (named in its sentence).",
            "name": "The name as stored.",
            "name_key": "Transliteration-insensitive key of the name (what query --entity matches).",
            "claim_rowid": "The claim's rowid (an integer key for lookups).",
            "claim_time": "The claim's claim_time (with doc_id and start: its place in date order).",
            "doc_id": "The claim's document.",
            "start": "The claim's start offset.",
            "dup": "1 when the claim has another row with this name_key (another role), else 0.",
        },
    }


TABLE_INFO = {
    "documents": (
        "Documents",
        "One row per input article or page: where it came from, its date, its status and its "
        "syndication group. A document's claims are linked from the claims table.",
    ),
    "claims": (
        "Claims",
        "One row per numeric claim: who claims how much of what, when, and where in the text. "
        "Facets on the right narrow by metric, side, actor ...; the search box searches claim "
        "sentences. Each row links to its document and, when known, its source URL.",
    ),
    "claim_entities": (
        "Names per claim",
        "The names each claim can be found by: its claimant and the entities in its sentence, "
        "with their transliteration-insensitive keys.",
    ),
}


_CLAIM_COLUMNS = (
    "c.claim_time, c.metric, c.predicate, c.actor, c.value, c.value_low, c.value_high, c.unit, "
    "c.qualifier, c.claimant, c.claimant_side, c.location, c.text AS quote, c.id AS claim_id, "
    "c.doc_id, d.url"
)


def canned_queries() -> dict[str, dict[str, Any]]:
    """The canned queries, by name (each: title, description, sql; parameters are the :names)."""
    window = DEFAULT_WINDOW_DAYS
    tol = 1 + DISAGREE_TOLERANCE
    return {
        "claimant_over_time": {
            "title": "One claimant's claims over time",
            "description": "Every claim made by one claimant, oldest first. The name is matched like "
            "`kursk-claims query --entity`: any spelling or transliteration (Syrsky, Syrskyi, "
            "Sirskyi, 'Gen. Syrskyi') finds the same person.",
            "sql": (
                f"SELECT {_CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc_id "  # noqa: S608 - constant SQL; values are :parameters
                "WHERE c.rowid IN (SELECT ce.claim_rowid FROM claim_entities ce, "
                "json_each(kc_entity_keys(:name)) k WHERE ce.role = 'claimant' AND "
                "instr(' ' || ce.name_key || ' ', ' ' || k.value || ' ') > 0) "
                "ORDER BY c.claim_time IS NULL, c.claim_time, c.doc_id, c.start"
            ),
        },
        "metric_by_side": {
            "title": "One metric's claims by side over time",
            "description": f"Every claim on one metric ({', '.join(METRICS)}), grouped by the "
            "claimant's side (unknown side last), oldest first within a side.",
            "sql": (
                f"SELECT c.claimant_side, {_CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc_id "  # noqa: S608 - constant SQL; values are :parameters
                "WHERE c.metric = :metric ORDER BY c.claimant_side IS NULL, c.claimant_side, "
                "c.claim_time IS NULL, c.claim_time, c.doc_id, c.start"
            ),
        },
        "document_claims": {
            "title": "A document's claims",
            "description": "The claims of one document (its id), in the order they occur in the text.",
            "sql": (
                f"SELECT c.start, c.sentence, {_CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc_id "  # noqa: S608 - constant SQL; values are :parameters
                "WHERE c.doc_id = :doc_id ORDER BY c.start"
            ),
        },
        "group_documents": {
            "title": "The documents of a syndication group",
            "description": "The documents that share a syndication group, earliest first. Give the "
            "group's id (a group_id value) or any document's id: a document without copies is a "
            "group of one.",
            "sql": (
                "SELECT d.id AS doc_id, d.title, d.outlet, d.published, d.doc_date, d.status, d.n_claims, "
                "coalesce(d.group_id, d.id) AS group_id, d.url FROM documents d "
                "WHERE coalesce(d.group_id, d.id) = coalesce((SELECT coalesce(g.group_id, g.id) FROM "
                "documents g WHERE g.id = :group_id), :group_id) "
                "ORDER BY d.published IS NULL, d.published, d.doc_date, d.id"
            ),
        },
        "sides_disagree": {
            "title": "Claims on which sides disagree",
            "description": "Pairs of claims on the same metric, predicate and actor, made by claimants "
            "of two different known sides, whose dates are at most :days days apart (default "
            f"{window}, compare's window; undated claims are left out) and whose value ranges "
            f"(low to high; an open 'more than' has no top) are more than {DISAGREE_TOLERANCE:.0%} "
            "apart. Optionally only one metric (leave :metric empty for all).",
            "sql": (
                "SELECT a.metric, a.predicate, a.actor, "  # noqa: S608 - constant SQL; values are :parameters
                "a.claimant_side AS side_a, a.claimant AS claimant_a, a.value AS value_a, a.qualifier AS "
                "qualifier_a, a.claim_time AS time_a, a.id AS claim_a, "
                "b.claimant_side AS side_b, b.claimant AS claimant_b, b.value AS value_b, b.qualifier AS "
                "qualifier_b, b.claim_time AS time_b, b.id AS claim_b "
                "FROM claims a JOIN claims b ON a.metric = b.metric AND a.predicate = b.predicate "
                "AND a.actor = b.actor AND a.claimant_side < b.claimant_side "
                "WHERE (:metric = '' OR a.metric = :metric) "
                "AND a.t_lo IS NOT NULL AND b.t_lo IS NOT NULL "
                f"AND b.t_lo <= a.t_hi + coalesce(nullif(:days, ''), {window}) "
                f"AND a.t_lo <= b.t_hi + coalesce(nullif(:days, ''), {window}) "
                f"AND (coalesce(b.value_low, b.value) > coalesce(a.value_high, {OPEN_TOP}) * {tol} "
                f"OR coalesce(a.value_low, a.value) > coalesce(b.value_high, {OPEN_TOP}) * {tol}) "
                "ORDER BY a.metric, a.claim_time, a.id, b.id"
            ),
        },
    }


FACETS = {
    "claims": ["metric", "claimant", "claimant_side", "actor", "predicate"],
    "documents": ["outlet", "group_id", "status"],
    "claim_entities": ["role"],
}


def build_metadata(db_name: str = DB_NAME) -> dict[str, Any]:
    """Datasette 0.65 metadata (the `metadata.json` shape) for a kursk-claims store."""
    columns = column_descriptions()
    tables: dict[str, Any] = {}
    for table, (title, description) in TABLE_INFO.items():
        tables[table] = {
            "title": title,
            "description": description,
            "columns": columns[table],
            "facets": FACETS[table],
        }
    tables["claims"].update(
        {
            "fts_table": "claims_fts",
            "fts_pk": "rowid",
            "searchmode": "escaped",
            "sort": "claim_time",
            "label_column": "text",
        }
    )
    tables["documents"].update({"label_column": "title", "sort_desc": "published"})
    return {
        "title": "kursk-claims ledger",
        "description": "Numeric claims extracted from war reporting: who claims how much of what, "
        "when, and where in the text. Read-only: browsing never changes the store.",
        "databases": {
            db_name: {
                "title": "Ledger",
                "description": "The store: documents, their claims, and the names each claim can be "
                "found by. Start at Claims, or with a canned query below.",
                "tables": tables,
                "queries": canned_queries(),
            }
        },
    }


def safe_url(value: object) -> str | None:
    """`value` when it is an http(s) URL that is safe to make a link of, else None (no javascript:,
    data:, protocol-relative or whitespace-carrying URLs)."""
    if not isinstance(value, str) or not value or value != value.strip():
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value
