"""Store: round trip, replace/skip, filters, SQL injection, FTS syntax, schema versions, pipeline."""

from __future__ import annotations

import gc
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import fake_extract, make_claim
from kursk_claims.domain.names import name_key
from kursk_claims.models import EXPORT_KEYS, DocResult, Document
from kursk_claims.pipeline import ExtractInterrupted, ProgressEvent, extract_paths
from kursk_claims.store import (
    SCHEMA_VERSION,
    QueryError,
    StoreError,
    StoreNotFoundError,
    StoreVersionError,
    count_claims,
    get_claim,
    get_document,
    iter_claims,
    needs_extract,
    open_store,
    query_claims,
    resolve_db_path,
    write_result,
)
from kursk_claims.store import read as store_read

TEXT = "Ukraine captured 1,000 km2 of land, Syrskyi said on Monday. Russia lost 300 troops."


def doc(doc_id: str = "d1", text: str = TEXT, **kw: Any) -> Document:
    return Document(id=doc_id, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), **kw)


def result(d: Document, claims: Iterable[Any] = (), doc_date: str | None = "2024-08-20") -> DocResult:
    return DocResult(d, doc_date, "metadata", 0.9, tuple(claims))


def two_claims(doc_id: str = "d1") -> list[Any]:
    return [
        make_claim(
            doc_id,
            17,
            sentence="Ukraine captured 1,000 km2 of land, Syrskyi said on Monday.",
            claimant="Oleksandr Syrskyi",
            claimant_side="ukraine",
            actor="ukraine",
            predicate="captured",
            claim_date="2024-08-19",
            location="Kursk",
            unit_text="km2",
            conversion="386 square miles",
            conversion_ok=True,
            entities=("Oleksandr Syrskyi", "Kursk Oblast"),
            evidence={
                "claimant": {"rule": "claimant.reporting_verb", "why": "said-verb nsubj"},
                "actor": {"rule": "actor.subject", "why": "Ukraine subject"},
            },
        ),
        make_claim(
            doc_id,
            72,
            metric="personnel",
            value=300.0,
            value_low=300.0,
            value_high=300.0,
            unit="count",
            text="300 troops",
            end=82,
            sentence="Russia lost 300 troops.",
            actor="russia",
            predicate="lost",
        ),
    ]


@pytest.fixture
def conn(db_path: Path) -> Iterator[sqlite3.Connection]:
    c = open_store(db_path)
    write_result(c, result(doc(url="javascript:alert(1)", outlet="O", published="2024-08-20"), two_claims()))
    yield c
    c.close()


def test_round_trip_every_field(conn: sqlite3.Connection) -> None:
    rows = query_claims(conn)
    assert [r["id"] for r in rows] == ["d1:17", "d1:72"]
    first = rows[0]
    assert list(first)[: len(EXPORT_KEYS)] == list(EXPORT_KEYS)
    expected = make_claim(
        "d1",
        17,
        sentence="Ukraine captured 1,000 km2 of land, Syrskyi said on Monday.",
        claimant="Oleksandr Syrskyi",
        claimant_side="ukraine",
        actor="ukraine",
        predicate="captured",
        claim_date="2024-08-19",
        location="Kursk",
        unit_text="km2",
        conversion="386 square miles",
        conversion_ok=True,
        entities=("Oleksandr Syrskyi", "Kursk Oblast"),
        evidence={
            "claimant": {"rule": "claimant.reporting_verb", "why": "said-verb nsubj"},
            "actor": {"rule": "actor.subject", "why": "Ukraine subject"},
        },
    ).to_dict()
    for key, value in expected.items():
        assert first[key] == value, key
    assert first["conversion_ok"] is True and rows[1]["conversion_ok"] is None
    assert (first["doc_date"], first["outlet"], first["url"]) == ("2024-08-20", "O", "javascript:alert(1)")
    assert TEXT[first["start"] : first["end"]] == first["text"]
    d = get_document(conn, "d1")
    assert d is not None and d["text"] == TEXT and d["date_source"] == "metadata" and d["n_claims"] == 2
    assert get_claim(conn, "d1:72") == rows[1]
    assert get_claim(conn, "nope") is None


def test_claim_dicts_equal_the_columns_read_by_name(conn: sqlite3.Connection) -> None:
    # the fast row -> dict conversion gives what reading every column by its name gives
    write_result(conn, result(doc("d2", outlet=None, published=None), two_claims("d2")[1:], doc_date=None))
    rows = conn.execute(
        "SELECT c.*, d.doc_date, d.outlet, d.url, d.published, d.date_source "
        "FROM claims c JOIN documents d ON d.id = c.doc_id ORDER BY c.doc_id, c.start"
    ).fetchall()
    decoded = {
        "entities": json.loads,
        "evidence": json.loads,
        "conversion_ok": lambda v: None if v is None else bool(v),
    }
    claims = query_claims(conn, sort="doc")
    assert len(claims) == len(rows) == 3
    for claim, row in zip(claims, rows, strict=True):
        assert claim == {k: decoded.get(k, lambda v: v)(row[k]) for k in claim}
        assert [type(claim[k]) for k in claim] == [type(decoded.get(k, lambda v: v)(row[k])) for k in claim]
        assert get_claim(conn, claim["id"]) == claim


def test_query_restores_the_collector_and_leaves_frozen_objects_frozen(conn: sqlite3.Connection) -> None:
    try:
        for enabled in (True, False):
            gc.enable() if enabled else gc.disable()
            assert len(query_claims(conn)) == 2
            assert gc.isenabled() is enabled
        gc.enable()
        gc.freeze()  # a program's own frozen objects: the query must not let them go
        frozen = gc.get_freeze_count()
        assert len(query_claims(conn)) == 2
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        gc.enable()


def test_replace_changed_document_and_needs_extract(conn: sqlite3.Connection) -> None:
    d = doc()
    assert not needs_extract(conn, "d1", d.sha256)
    assert needs_extract(conn, "d1", "other") and needs_extract(conn, "d2", d.sha256)
    changed = doc(text=TEXT + " More.")
    write_result(conn, result(changed, two_claims()[1:]))
    assert [r["id"] for r in query_claims(conn)] == ["d1:72"]
    assert conn.execute("SELECT count(*) FROM claim_entities").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'Syrskyi'").fetchone()[0] == 0
    assert not needs_extract(conn, "d1", changed.sha256)


def test_failed_write_changes_nothing(conn: sqlite3.Connection) -> None:
    bad = two_claims() + [make_claim("d1", 17)]  # duplicate claim id -> IntegrityError
    with pytest.raises(sqlite3.IntegrityError):
        write_result(conn, result(doc(text=TEXT + "!"), bad))
    assert len(query_claims(conn)) == 2 and get_document(conn, "d1")["sha256"] == doc().sha256  # type: ignore[index]
    with pytest.raises(ValueError, match="non-finite"):
        write_result(conn, result(doc(text="x"), [make_claim("d1", 0, value=float("nan"))]))
    assert len(query_claims(conn)) == 2


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"entity": "Syrskyi"}, ["d1:17"]),
        ({"entity": "Syrsky"}, ["d1:17"]),
        ({"entity": "SYRSKYY"}, ["d1:17"]),
        ({"entity": "Sirskyi"}, ["d1:17"]),
        ({"entity": "oleksandr syrskyi"}, ["d1:17"]),
        ({"entity": "Kursk Oblast"}, ["d1:17"]),
        ({"entity": "Syr"}, []),
        ({"entity": "Gerasimov"}, []),
        ({"metric": "personnel"}, ["d1:72"]),
        ({"side": "ukraine"}, ["d1:17"]),
        ({"actor": "russia"}, ["d1:72"]),
        ({"predicate": "captured"}, ["d1:17"]),
        ({"since": "2024-08-20"}, ["d1:72"]),  # d1:72 has no claim date: the doc date counts
        ({"until": "2024-08-19"}, ["d1:17"]),
        ({"since": "2024-08", "until": "2024-08"}, ["d1:17", "d1:72"]),
        ({"since": "2025"}, []),
        ({"doc": "d1"}, ["d1:17", "d1:72"]),
        ({"doc": "d2"}, []),
        ({"text": "troops"}, ["d1:72"]),
        ({"text": "land Monday"}, ["d1:17"]),
        ({"sort": "value"}, ["d1:17", "d1:72"]),
        ({"sort": "metric"}, ["d1:72", "d1:17"]),
        ({"limit": 1}, ["d1:17"]),
    ],
)
def test_filters(conn: sqlite3.Connection, filters: dict[str, Any], ids: list[str]) -> None:
    assert [r["id"] for r in query_claims(conn, **filters)] == ids


def test_partial_claim_dates_overlap(db_path: Path) -> None:
    c = open_store(db_path)
    write_result(c, result(doc(), [make_claim("d1", 17, claim_date="2024-09")], doc_date=None))
    assert len(query_claims(c, since="2024-09-15")) == 1
    assert len(query_claims(c, until="2024-09-01")) == 1
    assert query_claims(c, until="2024-08-31") == [] and query_claims(c, since="2024-10") == []
    c.close()


INJECTIONS = [
    "'; DROP TABLE claims; --",
    '" OR 1=1 --',
    "x' OR '1'='1",
    "%",
    "_",
    "Robert'); DELETE FROM documents;--",
    "\x00",
]


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("option", ["entity", "doc", "text"])
def test_sql_injection_through_free_text_filters(conn: sqlite3.Connection, option: str, payload: str) -> None:
    if option == "text" and not payload.strip("\x00"):
        with pytest.raises(QueryError, match="at least one word"):
            query_claims(conn, text=payload)
    else:
        assert query_claims(conn, **{option: payload}) == []
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("option", ["metric", "side", "actor", "predicate", "since", "until", "sort"])
def test_sql_injection_through_vocabulary_filters_is_refused(
    conn: sqlite3.Connection, option: str, payload: str
) -> None:
    with pytest.raises(QueryError):
        query_claims(conn, **{option: payload})
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 2


@pytest.mark.parametrize(
    "text",
    ['"', "AND (", "NEAR(", "troops*", "^troops", "OR", "col:troops", '"unbalanced quote troops', "a AND"],
)
def test_fts_syntax_in_user_text_never_errors(conn: sqlite3.Connection, text: str) -> None:
    rows = query_claims(conn, text=text)
    assert isinstance(rows, list)


def test_fts_quoted_words_still_match(conn: sqlite3.Connection) -> None:
    assert [r["id"] for r in query_claims(conn, text='"troops" (Russia')] == ["d1:72"]


def test_unknown_vocabulary_lists_valid_values(conn: sqlite3.Connection) -> None:
    with pytest.raises(QueryError, match="territory_km2, territory_pct"):
        query_claims(conn, metric="square_miles")


def test_newer_schema_is_refused(db_path: Path) -> None:
    open_store(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreVersionError, match="newer"):
        open_store(db_path)
    with pytest.raises(StoreVersionError):
        open_store(db_path, readonly=True)


def test_unmigratable_older_schema_is_refused_without_changes(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE documents (id TEXT)")
    raw.execute("INSERT INTO documents VALUES ('keep')")
    raw.execute("PRAGMA user_version = 0")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="not a kursk-claims store"):
        open_store(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT id FROM documents").fetchall() == [("keep",)]
    raw.close()


def test_not_a_database_and_missing_store(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot use store"):
        open_store(junk)
    with pytest.raises(StoreNotFoundError, match="kursk-claims extract"):
        open_store(tmp_path / "none.db", readonly=True)
    assert not (tmp_path / "none.db").exists()


def test_store_settings(db_path: Path) -> None:
    c = open_store(db_path)
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    c.close()
    ro = open_store(db_path, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        ro.execute("DELETE FROM claims")
    ro.close()


def test_resolve_db_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KURSK_CLAIMS_DB", raising=False)
    assert resolve_db_path(None) == Path("kursk_claims.db")
    monkeypatch.setenv("KURSK_CLAIMS_DB", "/tmp/env.db")
    assert resolve_db_path(None) == Path("/tmp/env.db")
    assert resolve_db_path("x.db") == Path("x.db")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Syrsky", "Syrskyi"),
        ("Syrskyy", "Sirskyi"),
        ("Zelenskyy", "Zelenskiy"),
        ("Rudskoi", "Rudskoy"),
        ("Gérasimov", "Gerasimov"),
    ],
)
def test_name_key_folds_transliterations(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_names_apart() -> None:
    assert name_key("Putin") != name_key("Zelensky")
    assert name_key("Kim") == "kim"


# ----------------------------------------------------------------------------- pipeline


def test_pipeline_extracts_skips_unchanged_and_replaces_changed(corpus: Path, db_path: Path) -> None:
    events: list[ProgressEvent] = []
    first = extract_paths([corpus], db_path, extractor=fake_extract, on_progress=events.append)
    assert (first.documents_seen, first.extracted, first.skipped_unchanged, first.skipped_bad) == (4, 4, 0, 0)
    assert first.claims_written == 5
    assert events[0].kind == "start" and events[0].total == 4 and events[-1].done == 4
    again = extract_paths([corpus], db_path, extractor=fake_extract)
    assert (again.extracted, again.skipped_unchanged, again.claims_written) == (0, 4, 0)
    (corpus / "b.md").write_text("Now 7 settlements and 50 troops.\n")
    third = extract_paths([corpus], db_path, extractor=fake_extract)
    assert (third.extracted, third.skipped_unchanged, third.claims_written) == (1, 3, 2)
    c = open_store(db_path, readonly=True)
    assert [r["value"] for r in query_claims(c, doc="b")] == [7.0, 50.0]
    assert [r["claimant"] for r in query_claims(c, entity="Syrsky")] == [
        "Oleksandr Syrskyi",
        "Oleksandr Syrskyi",
    ]
    c.close()
    forced = extract_paths([corpus], db_path, extractor=fake_extract, force=True)
    assert forced.extracted == 4 and forced.skipped_unchanged == 0


def test_pipeline_survives_a_failing_document_and_bad_claims(corpus: Path, db_path: Path) -> None:
    def flaky(docs: Iterable[Document], *, model: str | None = None, workers: int = 1) -> Iterator[DocResult]:
        for d in docs:
            if d.id == "b":
                raise RuntimeError("boom on b")
            res = next(fake_extract([d]))
            if d.id == "j1":  # one claim with wrong offsets: dropped, the rest kept
                bad = make_claim("j1", 0, text="nope", end=4)
                res = DocResult(d, res.doc_date, res.date_source, res.date_confidence, res.claims + (bad,))
            yield res

    report = extract_paths([corpus], db_path, extractor=flaky)
    assert (report.extracted, report.skipped_bad) == (3, 1)
    assert any("boom on b" in w for w in report.warnings)
    assert any("j1:0 dropped: offsets" in w for w in report.warnings)
    c = open_store(db_path, readonly=True)
    assert sorted(r[0] for r in c.execute("SELECT id FROM documents")) == ["a", "feed-2", "j1"]
    c.close()


def test_pipeline_interrupt_keeps_committed_documents(corpus: Path, db_path: Path) -> None:
    def interrupting(
        docs: Iterable[Document], *, model: str | None = None, workers: int = 1
    ) -> Iterator[DocResult]:
        for i, res in enumerate(fake_extract(docs)):
            if i == 2:
                raise KeyboardInterrupt
            yield res

    with pytest.raises(ExtractInterrupted) as info:
        extract_paths([corpus], db_path, extractor=interrupting)
    assert info.value.report.extracted == 2 and info.value.report.interrupted
    c = open_store(db_path, readonly=True)
    assert c.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    c.close()
    rest = extract_paths([corpus], db_path, extractor=fake_extract)
    assert (rest.skipped_unchanged, rest.extracted) == (2, 2)


def test_pipeline_passes_model_and_workers(
    corpus: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def spy(docs: Iterable[Document], *, model: str | None = None, workers: int = 1) -> Iterator[DocResult]:
        seen.update(model=model, workers=workers)
        return fake_extract(docs)

    monkeypatch.setenv("KURSK_CLAIMS_MODEL", "from_env")
    extract_paths([corpus], db_path, extractor=spy, workers=3)
    assert seen == {"model": "from_env", "workers": 3}
    extract_paths([corpus], db_path, extractor=spy, model="explicit", force=True)
    assert seen["model"] == "explicit"


@pytest.mark.parametrize(
    "asked, canonical",
    [
        ("Gen. Syrskyi", "oleksandr sirsk"),  # a title: the same resolver extraction uses
        ("Syrsky", "oleksandr sirsk"),  # a transliteration
        ("the NIS", "south korea national intelligence service"),  # an alias
    ],
)
def test_entity_keys_resolve_names_as_extraction_does(asked: str, canonical: str) -> None:
    from kursk_claims.domain.names import name_key
    from kursk_claims.domain.registry import lookup
    from kursk_claims.store import entity_keys

    entry = lookup(asked)
    assert entry is not None and name_key(entry.name) == canonical
    assert canonical in entity_keys(asked)


def test_entity_queries_in_date_order_from_the_entity_index(db_path: Path) -> None:
    # one matched key reads claim_entities_order (no sort); two keys take the IN path: both give
    # SORTS["date"] (claim_time, undated last, then doc_id and start), each claim once
    c = open_store(db_path)
    try:
        syr, short = "Oleksandr Syrskyi", "Syrskyi"  # keys 'oleksandr sirsk' and 'sirsk'
        write_result(c, result(doc("d1", outlet="O1"), [
            make_claim("d1", 17, claim_date="2024-08-19", claimant=syr, entities=(syr,)),
            make_claim("d1", 72, metric="personnel", unit="count", entities=(short,)),
        ]))  # fmt: skip
        write_result(c, result(doc("d2"), [
            make_claim("d2", 5, entities=(syr,)),
            make_claim("d2", 40, claim_date="2024-08", entities=(syr, short)),
        ], doc_date=None))  # fmt: skip
        write_result(c, result(doc("d0", url="https://x.example/0"), [
            make_claim("d0", 3, claim_date="2024-08-20", claimant=syr, claimant_side="ukraine"),
        ]))  # fmt: skip
        got = query_claims(c, entity=syr)
        assert [x["id"] for x in got] == ["d2:40", "d1:17", "d0:3", "d2:5"]
        assert [(x["doc_date"], x["outlet"], x["url"]) for x in got] == [
            (None, None, None), ("2024-08-20", "O1", None), ("2024-08-20", None, "https://x.example/0"), (None, None, None),
        ]  # fmt: skip
        assert [x["id"] for x in query_claims(c, entity=short)] == ["d2:40", "d1:17", "d0:3", "d1:72", "d2:5"]
        for entity in (syr, short):
            every = query_claims(c, entity=entity)
            assert every == sorted(query_claims(c, entity=entity, sort="doc"), key=store_read._date_sort_key)
            assert count_claims(c, entity=entity) == len(every)
            for n in (0, 1, 3, 9):
                assert query_claims(c, entity=entity, limit=n) == every[:n]
            assert list(iter_claims(c, entity=entity)) == every
        assert [x["id"] for x in query_claims(c, entity=syr, side="ukraine")] == ["d0:3"]
        assert [x["id"] for x in query_claims(c, entity=syr, since="2024-08-20")] == ["d2:40", "d0:3"]
        assert count_claims(c, entity=syr, since="2024-08-20") == 2
        assert [x["id"] for x in query_claims(c, entity=syr, doc="d2")] == ["d2:40", "d2:5"]
        assert [x["id"] for x in query_claims(c, entity=syr, sort="value", limit=2)] == ["d0:3", "d1:17"]
        # every entity row carries its claim's sort key; dup marks the entity rows of the claimant's key
        rows = c.execute(
            "SELECT ce.claim_id, ce.role, ce.dup, ce.claim_time IS c.claim_time AND ce.doc_id IS c.doc_id "
            "AND ce.start IS c.start FROM claim_entities ce JOIN claims c ON c.rowid = ce.claim_rowid "
            "WHERE ce.name_key = 'oleksandr sirsk' ORDER BY 1, 2"
        ).fetchall()
        assert [tuple(r) for r in rows] == [
            ("d0:3", "claimant", 0, 1), ("d1:17", "claimant", 0, 1), ("d1:17", "entity", 1, 1),
            ("d2:40", "entity", 0, 1), ("d2:5", "entity", 0, 1),
        ]  # fmt: skip
        # the document's columns go with a rewrite of the document
        write_result(c, result(doc("d0", url="https://x.example/new"), [make_claim("d0", 3, claimant=syr)]))
        assert [(x["id"], x["url"]) for x in query_claims(c, entity=syr)][1:3] == [
            ("d1:17", None), ("d0:3", "https://x.example/new"),
        ]  # fmt: skip
    finally:
        c.close()


@pytest.fixture
def mixed(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Three documents: dated and undated claims, a claimant who is also named, two name keys that
    one name matches ('sirsk', 'oleksandr sirsk'), and a copy (copy_of set, as syndication does)."""
    c = open_store(db_path)
    syr, short = "Oleksandr Syrskyi", "Syrskyi"
    write_result(c, result(doc("d1"), [
        make_claim("d1", 17, claim_date="2024-08-19", claimant=syr, claimant_side="ukraine", entities=(syr,)),
        make_claim("d1", 72, metric="personnel", unit="count", sentence="Russia lost 300 troops.",
                   actor="russia", entities=(short,)),
    ]))  # fmt: skip
    write_result(c, result(doc("d2"), [
        make_claim("d2", 5, entities=(syr,)),
        make_claim("d2", 40, claim_date="2024-08", claimant=syr, claimant_side="ukraine", entities=(syr, short)),
        make_claim("d2", 90, metric="personnel", unit="count", sentence="Ukraine lost 50 troops.",
                   claimant=short, claimant_side="ukraine"),
    ], doc_date=None))  # fmt: skip
    write_result(c, result(doc("d3"), [
        make_claim("d3", 3, claim_date="2024-08-21", claimant=syr, claimant_side="ukraine"),
    ], doc_date="2024-08-22"))  # fmt: skip
    c.execute("UPDATE claims SET copy_of = 'd1:17' WHERE id = 'd3:3'")
    yield c
    c.close()


@pytest.mark.parametrize(
    ("filters", "n"),
    [
        ({}, 6),
        ({"all_copies": False}, 5),
        ({"entity": "Oleksandr Syrskyi"}, 4),  # one key alone: counted from claim_entities
        ({"entity": "Syrskyi"}, 6),  # two keys
        ({"entity": "Oleksandr Syrskyi", "all_copies": False}, 3),  # one key and another term
        ({"entity": "Oleksandr Syrskyi", "since": "2024-08-20"}, 2),
        ({"entity": "Syrskyi", "until": "2024-08-19", "all_copies": False}, 2),
        ({"entity": "Oleksandr Syrskyi", "doc": "d2"}, 2),
        ({"entity": "Syrskyi", "text": "troops"}, 2),
        ({"entity": "Nobody Anywhere"}, 0),
        ({"metric": "personnel", "side": "ukraine"}, 1),
        ({"text": "land", "since": "2024-08", "all_copies": False}, 2),
        ({"predicate": "captured", "actor": "russia"}, 0),
    ],
)
def test_count_agrees_with_the_listed_claims(
    mixed: sqlite3.Connection, filters: dict[str, Any], n: int
) -> None:
    listed = {sort: [r["id"] for r in query_claims(mixed, sort=sort, **filters)] for sort in store_read.SORTS}
    for ids in listed.values():
        assert len(ids) == len(set(ids)) == n and set(ids) == set(listed["date"])
    assert count_claims(mixed, **filters) == n
    assert [r["id"] for r in iter_claims(mixed, **filters)] == listed["date"]
    assert [r["id"] for r in query_claims(mixed, limit=1, **filters)] == listed["date"][:1]
