"""Schema evolution (issue 7, item 5): older stores are migrated in one transaction or refused with a
clear message, newer ones are refused, and nothing is silently dropped.

The generic migration path is exercised by pretending this program knows the next schema
(`SCHEMA_VERSION` and `MIGRATIONS` patched) and opening real stores of the current version
(`CUR`, "v1" below) written by the current code; the real 1 -> 2 migration is tested at the end. test_store.py already covers "newer is refused"
and "user_version 0 with foreign tables is refused".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import fake_extract
from kursk_claims.cli.app import app
from kursk_claims.pipeline import extract_paths
from kursk_claims.store import StoreError, StoreVersionError, count_claims, open_store, query_claims
from kursk_claims.store import read as store_read
from kursk_claims.store import schema as store

runner = CliRunner()

CUR = store.SCHEMA_VERSION  # the version this code writes (6: full-text re-indexing on sentence changes only)

# A realistic migration: rebuild `documents` with an extra column (SQLite cannot add a column
# with a constraint in place), copying every row. With foreign keys on, DROP TABLE documents
# would cascade-delete every claim.
REBUILD_DOCUMENTS = """
CREATE TABLE documents_new (
    id TEXT PRIMARY KEY, path TEXT, sha256 TEXT NOT NULL, url TEXT, outlet TEXT, published TEXT,
    doc_date TEXT, date_source TEXT, date_confidence REAL, text TEXT NOT NULL,
    n_claims INTEGER NOT NULL DEFAULT 0, warnings TEXT NOT NULL DEFAULT '[]', extracted_at TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en'
);
INSERT INTO documents_new (id, path, sha256, url, outlet, published, doc_date, date_source,
    date_confidence, text, n_claims, warnings, extracted_at)
    SELECT id, path, sha256, url, outlet, published, doc_date, date_source, date_confidence, text,
    n_claims, warnings, extracted_at FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE INDEX IF NOT EXISTS documents_date ON documents(doc_date);
CREATE INDEX IF NOT EXISTS documents_meta ON documents(id, doc_date, outlet, url, published, date_source);
"""


def _counts(db: Path) -> tuple[int, int, int, int]:
    conn = sqlite3.connect(db)
    try:
        return (
            conn.execute("PRAGMA user_version").fetchone()[0],
            conn.execute("SELECT count(*) FROM documents").fetchone()[0],
            conn.execute("SELECT count(*) FROM claims").fetchone()[0],
            conn.execute("SELECT count(*) FROM claim_entities").fetchone()[0],
        )
    finally:
        conn.close()


@pytest.fixture
def v1_store(corpus: Path, db_path: Path) -> Path:
    extract_paths([corpus], db_path, extractor=fake_extract)
    assert _counts(db_path) == (CUR, 4, 5, 6)
    return db_path


def test_older_store_is_migrated_and_keeps_every_row(v1_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "SCHEMA_VERSION", CUR + 1)
    monkeypatch.setattr(store, "MIGRATIONS", {CUR: REBUILD_DOCUMENTS})
    conn = open_store(v1_store)
    try:
        assert [r["id"] for r in query_claims(conn, sort="doc")] == [
            "a:59",
            "a:111",
            "b:15",
            "feed-2:14",
            "j1:0",
        ]
        assert query_claims(conn, entity="Syrsky") and query_claims(conn, text="troops")
        assert [tuple(r) for r in conn.execute("SELECT DISTINCT language FROM documents")] == [("en",)]
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # back on after migrating
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert _counts(v1_store) == (CUR + 1, 4, 5, 6)


def test_older_store_read_only_asks_for_a_migration(v1_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "SCHEMA_VERSION", CUR + 1)
    monkeypatch.setattr(store, "MIGRATIONS", {CUR: REBUILD_DOCUMENTS})
    res = runner.invoke(app, ["query", "--db", str(v1_store)])
    assert res.exit_code == 1
    assert (
        res.stderr.startswith("error: ") and f"older schema {CUR}" in res.stderr and "extract" in res.stderr
    )
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.output
    assert _counts(v1_store) == (CUR, 4, 5, 6)


@pytest.mark.parametrize(
    ("migrations", "message"),
    [
        ({}, "cannot migrate"),  # no step from 1
        ({CUR: "DELETE FROM claims WHERE doc_id = 'a'"}, "would lose rows (claims 5 -> 3"),
        ({CUR: "DROP TABLE claim_entities"}, "would lose rows (claim_entities 6 -> 0"),
        ({CUR: "UPDATE claims SET doc_id = 'gone' WHERE doc_id = 'b'"}, "dangling references"),
        (
            {CUR: "ALTER TABLE claims ADD COLUMN x TEXT;\nALTER TABLE nowhere ADD COLUMN y TEXT;"},
            "no such table",
        ),
    ],
)
def test_a_bad_or_missing_migration_changes_nothing(
    v1_store: Path, monkeypatch: pytest.MonkeyPatch, migrations: dict[int, str], message: str
) -> None:
    monkeypatch.setattr(store, "SCHEMA_VERSION", CUR + 1)
    monkeypatch.setattr(store, "MIGRATIONS", migrations)
    with pytest.raises(StoreError, match=message.replace("(", r"\(")):
        open_store(v1_store)
    assert _counts(v1_store) == (CUR, 4, 5, 6)
    conn = sqlite3.connect(v1_store)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(claims)")]
    finally:
        conn.close()
    assert "x" not in columns  # the first statement of the failing script was rolled back too


def test_missing_step_through_the_cli_is_one_line(
    v1_store: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KURSK_CLAIMS_EXTRACTOR", "conftest:fake_extract")
    monkeypatch.setattr(store, "SCHEMA_VERSION", CUR + 2)
    monkeypatch.setattr(store, "MIGRATIONS", {CUR: "ALTER TABLE claims ADD COLUMN x TEXT"})
    res = runner.invoke(app, ["extract", str(corpus), "--db", str(v1_store)])
    assert res.exit_code == 1, res.output
    assert (
        res.stderr.startswith("error: ")
        and f"schema {CUR + 1}, which this kursk-claims cannot migrate" in res.stderr
    )
    assert _counts(v1_store) == (CUR, 4, 5, 6)


def test_newer_store_is_refused_by_every_command_and_left_alone(
    v1_store: Path, corpus: Path, tmp_path: Path
) -> None:
    raw = sqlite3.connect(v1_store)
    raw.execute(f"PRAGMA user_version = {CUR + 1}")
    raw.close()
    for args in (
        ["extract", str(corpus)],
        ["query"],
        ["show", "a:59"],
        ["export"],
        ["compare", "--metric", "territory_km2"],
        ["report", "--out", str(tmp_path / "r.html")],
    ):
        res = runner.invoke(app, [*args, "--db", str(v1_store)])
        assert res.exit_code == 1, args
        assert f"newer kursk-claims (schema {CUR + 1}" in res.stderr, args
    assert _counts(v1_store) == (CUR + 1, 4, 5, 6)
    assert not (tmp_path / "r.html").exists()


def test_a_store_interrupted_while_being_created_is_created_again(db_path: Path, corpus: Path) -> None:
    """An empty file (killed before the schema transaction) is version 0 without tables: created."""
    db_path.write_bytes(b"")
    report = extract_paths([corpus], db_path, extractor=fake_extract)
    assert report.extracted == 4 and _counts(db_path) == (CUR, 4, 5, 6)


def test_version_error_is_a_store_error() -> None:
    assert issubclass(StoreVersionError, StoreError)


def _downgrade_to_schema_5(db: Path) -> None:
    """Turn a current (schema 6) store into what schema 5 wrote: the full-text update trigger
    that fires on every UPDATE of a claim."""
    raw = sqlite3.connect(db)
    try:
        raw.execute("DROP TRIGGER claims_fts_update")
        raw.execute(store.FTS_UPDATE_TRIGGER_5)
        raw.execute("PRAGMA user_version = 5")
        raw.commit()
    finally:
        raw.close()


def _downgrade_to_schema_4(db: Path) -> None:
    """Turn a current store into what schema 4 wrote: no document columns on claims, no sort key
    or dup on claim_entities, the (name_key, claim_rowid) and documents_meta indexes."""
    _downgrade_to_schema_5(db)
    raw = sqlite3.connect(db)
    try:
        raw.execute("DROP INDEX claim_entities_order")
        for column in ("doc_date", "outlet", "url", "published", "date_source"):
            raw.execute(f"ALTER TABLE claims DROP COLUMN {column}")
        for column in ("claim_time", "doc_id", "start", "dup"):
            raw.execute(f"ALTER TABLE claim_entities DROP COLUMN {column}")
        raw.execute("CREATE INDEX claim_entities_rowid ON claim_entities(name_key, claim_rowid)")
        raw.execute(
            "CREATE INDEX documents_meta ON documents(id, doc_date, outlet, url, published, date_source)"
        )
        raw.execute("PRAGMA user_version = 4")
        raw.commit()
    finally:
        raw.close()


def _downgrade_to_schema_3(db: Path) -> None:
    """Turn a current store into what schema 3 wrote: no page, status, group or copy columns."""
    _downgrade_to_schema_4(db)
    raw = sqlite3.connect(db)
    try:
        for index in ("documents_group", "claims_copy_of", "claims_metric_copy"):
            raw.execute(f"DROP INDEX {index}")
        for column in ("title", "extractor", "status", "group_id", "signature"):
            raw.execute(f"ALTER TABLE documents DROP COLUMN {column}")
        raw.execute("ALTER TABLE claims DROP COLUMN copy_of")
        raw.execute("PRAGMA user_version = 3")
        raw.commit()
    finally:
        raw.close()


def _claims_by_date(path: Path) -> list[dict[str, Any]]:
    """Every claim of a store, read-only, in date order."""
    conn = open_store(path, readonly=True)
    try:
        return query_claims(conn, sort="date")
    finally:
        conn.close()


def test_schema_3_store_is_migrated_to_4_with_documents_extracted(v1_store: Path) -> None:
    before = _claims_by_date(v1_store)
    _downgrade_to_schema_3(v1_store)
    assert _counts(v1_store) == (3, 4, 5, 6)
    conn = open_store(v1_store)  # writable: migrates
    try:
        assert query_claims(conn, sort="date") == before
        statuses = [tuple(r) for r in conn.execute("SELECT DISTINCT status FROM documents")]
        assert statuses == [("extracted",)]
        assert conn.execute("SELECT count(*) FROM claims WHERE copy_of IS NOT NULL").fetchone()[0] == 0
    finally:
        conn.close()
    assert _counts(v1_store) == (CUR, 4, 5, 6)


def _downgrade_to_schema_2(db: Path) -> None:
    """Turn a current store into what schema 2 wrote: no claim_rowid, the old indexes."""
    _downgrade_to_schema_3(db)
    raw = sqlite3.connect(db)
    try:
        for index in ("claim_entities_rowid", "documents_meta", "claims_span"):
            raw.execute(f"DROP INDEX {index}")
        raw.execute("ALTER TABLE claim_entities DROP COLUMN claim_rowid")
        raw.execute("CREATE INDEX claim_entities_key ON claim_entities(name_key, claim_id)")
        raw.execute("CREATE INDEX claims_span ON claims(metric, t_lo, t_hi)")
        raw.execute("PRAGMA user_version = 2")
        raw.commit()
    finally:
        raw.close()


def _downgrade_to_schema_1(db: Path) -> None:
    """Turn a current store into what schema 1 wrote: no derived columns, the old indexes."""
    _downgrade_to_schema_2(db)
    raw = sqlite3.connect(db)
    try:
        for index in (
            "claims_metric",
            "claims_date",
            "claims_span",
            "claims_series",
            "claims_value",
            "claim_entities_key",
        ):
            raw.execute(f"DROP INDEX {index}")
        for column in ("claim_time", "t_lo", "t_hi", "loc_key"):
            raw.execute(f"ALTER TABLE claims DROP COLUMN {column}")
        raw.execute("CREATE INDEX claims_metric ON claims(metric, claim_date)")
        raw.execute("CREATE INDEX claims_date ON claims(claim_date)")
        raw.execute("CREATE INDEX claim_entities_key ON claim_entities(name_key)")
        raw.execute("PRAGMA user_version = 1")
        raw.commit()
    finally:
        raw.close()


def _plan(conn: sqlite3.Connection, sql: str, params: tuple[str, ...] = ()) -> str:
    return " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_schema_2_store_is_migrated_to_3_with_claim_rowids_filled(v1_store: Path) -> None:
    conn = open_store(v1_store, readonly=True)
    try:
        before = query_claims(conn, sort="date")
        by_entity = query_claims(conn, entity="Syrsky")
    finally:
        conn.close()
    assert by_entity
    _downgrade_to_schema_2(v1_store)
    assert _counts(v1_store) == (2, 4, 5, 6)
    conn = open_store(v1_store)  # writable: migrates
    try:
        assert query_claims(conn, sort="date") == before
        assert query_claims(conn, entity="Syrsky") == by_entity
        # every entity row points at its claim's rowid
        assert (
            conn.execute(
                "SELECT count(*) FROM claim_entities ce JOIN claims c ON c.rowid = ce.claim_rowid "
                "WHERE c.id = ce.claim_id"
            ).fetchone()[0]
            == 6
        )
        where = " WHERE c.rowid IN (SELECT ce.claim_rowid FROM claim_entities ce WHERE ce.dup = 0 AND ce.name_key IN (?))"
        plan = _plan(conn, store_read._SELECT + where, ("x",))  # noqa: S608
        assert "COVERING INDEX claim_entities_order" in plan  # schema 5's index, after 3 -> 4 -> 5
    finally:
        conn.close()
    assert _counts(v1_store) == (CUR, 4, 5, 6)


def test_entity_rows_written_after_a_rewrite_point_at_the_new_claim_rows(
    v1_store: Path, corpus: Path
) -> None:
    # re-extracting a document deletes and re-inserts its claims (new rowids): the entity rows follow
    extract_paths([corpus], v1_store, extractor=fake_extract, force=True)
    conn = open_store(v1_store, readonly=True)
    try:
        bad = conn.execute(
            "SELECT count(*) FROM claim_entities ce LEFT JOIN claims c ON c.rowid = ce.claim_rowid "
            "WHERE c.id IS NOT ce.claim_id"
        ).fetchone()[0]
        assert bad == 0 and query_claims(conn, entity="Syrsky")
    finally:
        conn.close()


def test_schema_1_store_is_migrated_to_2_with_derived_columns_filled(v1_store: Path) -> None:
    conn = open_store(v1_store, readonly=True)
    try:
        before = query_claims(conn, sort="date")
        derived = conn.execute(
            "SELECT id, claim_time, t_lo, t_hi, loc_key FROM claims ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    _downgrade_to_schema_1(v1_store)
    assert _counts(v1_store) == (1, 4, 5, 6)
    conn = open_store(v1_store)  # writable: migrates
    try:
        assert (
            conn.execute("SELECT id, claim_time, t_lo, t_hi, loc_key FROM claims ORDER BY id").fetchall()
            == derived
        )
        assert query_claims(conn, sort="date") == before
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM claims WHERE metric = 'territory_km2' AND claim_time >= '2024'"
            )
        )
        assert "claims_metric" in plan
    finally:
        conn.close()
    assert _counts(v1_store) == (CUR, 4, 5, 6)
    # the derived columns agree with what they are derived from
    raw = sqlite3.connect(v1_store)
    try:
        rows = raw.execute(
            "SELECT c.claim_time, COALESCE(c.claim_date, d.doc_date) FROM claims c JOIN documents d ON d.id = c.doc_id"
        ).fetchall()
    finally:
        raw.close()
    assert rows and all(a == b for a, b in rows)


def test_schema_4_store_is_migrated_to_5_and_queried_by_entity_without_a_sort(v1_store: Path) -> None:
    conn = open_store(v1_store, readonly=True)
    try:
        every = query_claims(conn, sort="date")
        by_entity = query_claims(conn, entity="Syrsky")
        written = (  # what the schema-5 writer put in the new columns
            conn.execute(
                "SELECT id, doc_date, outlet, url, published, date_source FROM claims ORDER BY id"
            ).fetchall(),
            conn.execute(
                "SELECT claim_id, role, claim_time, doc_id, start, dup FROM claim_entities ORDER BY claim_id, role"
            ).fetchall(),
        )
    finally:
        conn.close()
    _downgrade_to_schema_4(v1_store)
    assert _counts(v1_store) == (4, 4, 5, 6)
    with pytest.raises(StoreVersionError, match="older schema 4"):
        open_store(v1_store, readonly=True)
    conn = open_store(v1_store)  # writable: migrates
    try:
        claims_cols = conn.execute(
            "SELECT id, doc_date, outlet, url, published, date_source FROM claims ORDER BY id"
        ).fetchall()
        entity_cols = conn.execute(
            "SELECT claim_id, role, claim_time, doc_id, start, dup FROM claim_entities ORDER BY claim_id, role"
        ).fetchall()
        assert (claims_cols, entity_cols) == written
        assert [tuple(r) for r in claims_cols][0] == (
            "a:111", "2024-08-20", "Ex", "https://example.org/a", "2024-08-20", "metadata",
        )  # fmt: skip
        # the claimant also named in the sentence: one row of the two per key has dup = 0
        assert [tuple(r) for r in entity_cols][:2] == [
            ("a:111", "claimant", "2024-08-20", "a", 111, 0),
            ("a:111", "entity", "2024-08-20", "a", 111, 1),
        ]
        assert query_claims(conn, sort="date") == every
        got = query_claims(conn, entity="Syrsky")
        assert got == by_entity
        assert [(c["id"], c["doc_date"], c["outlet"], c["url"]) for c in got] == [
            ("a:59", "2024-08-20", "Ex", "https://example.org/a"),
            ("j1:0", "2024-09-01", None, None),
        ]
        assert [c["id"] for c in query_claims(conn, entity="Syrsky", limit=1)] == ["a:59"]
        assert count_claims(conn, entity="Syrsky") == 2
        # the full-text update trigger, dropped while the claims were filled, is back and working
        conn.execute("UPDATE claims SET sentence = 'Zaporizhzhia reprint.' WHERE id = 'a:59'")
        assert [c["id"] for c in query_claims(conn, text="Zaporizhzhia")] == ["a:59"]
        # one key, date order: claim_entities_order drives, no join and no sort
        chosen = store_read._selection(conn, store_read.ClaimFilter(entity="Syrsky"), sort="date")
        assert chosen is not None
        from_where, params, ordered = chosen
        assert ordered  # what query_claims itself chooses: the entity index drives
        plan = _plan(
            conn, store_read._COLUMNS + from_where + " ORDER BY " + store_read._ENTITY_ORDER, tuple(params)
        )
        assert "USING COVERING INDEX claim_entities_order (name_key=?)" in plan
        assert "TEMP B-TREE" not in plan and "documents" not in plan
        names = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "claim_entities_order" in names and "claims_fts_update" in names
        assert not names & {"claim_entities_rowid", "documents_meta"}
    finally:
        conn.close()
    assert _counts(v1_store) == (CUR, 4, 5, 6)


def _changes(conn: sqlite3.Connection, sql: str, params: tuple[str, ...]) -> int:
    """Rows the statement wrote, its triggers' writes included (the full-text index's own tables)."""
    before = conn.total_changes
    conn.execute(sql, params)
    return conn.total_changes - before


def _fts_blocks(conn: sqlite3.Connection) -> list[tuple[int, bytes]]:
    """The full-text index as stored (FTS5's %_data shadow table)."""
    rows = conn.execute("SELECT id, block FROM claims_fts_data ORDER BY id")
    return [(int(r[0]), bytes(r[1])) for r in rows]


def test_schema_5_store_is_migrated_to_6_and_reindexes_only_changed_sentences(v1_store: Path) -> None:
    every = _claims_by_date(v1_store)
    copy_of = "UPDATE claims SET copy_of = ? WHERE id = ?"
    raw = sqlite3.connect(v1_store, isolation_level=None)
    try:  # a store created at schema 6: setting copy_of writes the claim row alone
        assert _changes(raw, copy_of, ("b:15", "j1:0")) == 1
        assert _changes(raw, "UPDATE claims SET copy_of = NULL WHERE id = ?", ("j1:0",)) == 1
    finally:
        raw.close()
    _downgrade_to_schema_5(v1_store)
    assert _counts(v1_store) == (5, 4, 5, 6)
    raw = sqlite3.connect(v1_store, isolation_level=None)
    try:  # schema 5: setting copy_of deletes and re-inserts the unchanged sentence in the index
        assert _changes(raw, copy_of, ("b:15", "j1:0")) > 1
        assert _changes(raw, "UPDATE claims SET copy_of = NULL WHERE id = ?", ("j1:0",)) > 1
    finally:
        raw.close()
    conn = open_store(v1_store)  # writable: migrates
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CUR
        assert query_claims(conn, sort="date") == every
        assert [c["id"] for c in query_claims(conn, text="troops", sort="doc")] == ["a:111", "feed-2:14"]
        blocks = _fts_blocks(conn)
        # updates of other columns write the claim rows only and leave the index as it was
        assert _changes(conn, copy_of, ("b:15", "j1:0")) == 1
        assert (
            _changes(conn, "UPDATE claims SET copy_of = NULL, qualifier = 'approx' WHERE doc_id = 'a'", ())
            == 2
        )
        assert _changes(conn, "UPDATE claims SET sentence = sentence WHERE id = 'b:15'", ()) == 1
        assert _fts_blocks(conn) == blocks
        # a changed sentence is re-indexed: found by its new words, no longer by its old ones
        assert {c["id"] for c in query_claims(conn, text="Syrskyi")} == {"a:59", "j1:0"}
        assert (
            _changes(conn, "UPDATE claims SET sentence = 'Zaporizhzhia reprint.' WHERE id = 'a:59'", ()) > 1
        )
        assert [c["id"] for c in query_claims(conn, text="Zaporizhzhia")] == ["a:59"]
        assert [c["id"] for c in query_claims(conn, text="Syrskyi")] == ["j1:0"]
        assert [c["id"] for c in query_claims(conn, text="troops", sort="doc")] == ["a:111", "feed-2:14"]
        conn.execute("INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()
    assert _counts(v1_store) == (CUR, 4, 5, 6)


def test_a_store_without_a_later_index_is_read_as_it_is_and_gains_it_when_written(v1_store: Path) -> None:
    every = _claims_by_date(v1_store)
    raw = sqlite3.connect(v1_store)
    raw.execute("DROP INDEX claims_metric_copy")  # a store written before the index was added
    raw.close()
    count = "SELECT count(*) FROM claims c WHERE c.metric = ? AND c.copy_of IS NULL"
    conn = open_store(v1_store, readonly=True)  # no migration asked for
    try:
        assert query_claims(conn, sort="date") == every
        assert "claims_metric_copy" not in _plan(conn, count, ("territory_km2",))
    finally:
        conn.close()
    conn = open_store(v1_store)  # writable: the index is added
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CUR
        assert query_claims(conn, sort="date") == every
        conn.execute("ANALYZE")
        assert "COVERING INDEX claims_metric_copy" in _plan(conn, count, ("territory_km2",))
        assert conn.execute(count, ("territory_km2",)).fetchone()[0] == count_claims(
            conn, metric="territory_km2"
        )
    finally:
        conn.close()
    assert _counts(v1_store) == (CUR, 4, 5, 6)


def test_copies_are_sought_through_their_index_when_no_claim_is_a_copy(v1_store: Path) -> None:
    """After ANALYZE a store without copies has one copy_of value on every row; the lookups by
    copy_of (compare's and query's) still seek the index instead of reading every claim."""
    conn = open_store(v1_store)
    try:
        conn.execute("ANALYZE")
        where = "c.copy_of IN (?, ?)"
        sql = "SELECT c.id" + store_read._CMP_FROM + store_read.BY_COPY + " WHERE " + where
        assert "USING INDEX claims_copy_of" in _plan(conn, sql, ("a:59", "b:15"))
        assert store_read._fetch(conn, where, ["a:59", "b:15"], by_copy=True) == []
        conn.execute("UPDATE claims SET copy_of = 'b:15' WHERE id = 'j1:0'")
        assert [c["id"] for c in store_read._fetch(conn, where, ["a:59", "b:15"], by_copy=True)] == ["j1:0"]
    finally:
        conn.close()
