"""`kursk-claims explore` for real: a server on loopback over a known store, pages as HTML and JSON.

One server per module (`served`); the metadata and the canned SQL are also checked without one.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from typer.testing import CliRunner

from explore_support import HOSTILE_URL, build_store, fetch, fetch_json, serve
from kursk_claims.cli.app import app
from kursk_claims.models import ACTORS, METRICS, PREDICATES, QUALIFIERS, SIDES
from kursk_claims.present.explore import (
    DB_NAME,
    build_metadata,
    canned_queries,
    column_descriptions,
    safe_url,
)
from kursk_claims.store import open_store, query_claims


def _fingerprint(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("explore") / "ledger.db"
    ids = build_store(path)
    return path, ids


@pytest.fixture(scope="module")
def served(store: tuple[Path, dict[str, str]]) -> Iterator[tuple[str, Path, dict[str, str], tuple[Any, ...]]]:
    path, ids = store
    before = _fingerprint(path)
    with serve(path) as base:
        yield base + "/" + DB_NAME, path, ids, before


def _rows(base: str, query: str, **params: str) -> list[dict[str, Any]]:
    qs = urlencode({**params, "_shape": "array"})
    data = fetch_json(f"{base}/{query}.json?{qs}")
    assert isinstance(data, list)
    return data


# ----------------------------------------------------------------------------- no server


def test_help_and_query_do_not_import_datasette(store: tuple[Path, dict[str, str]]) -> None:
    script = (
        "import sys\nfrom kursk_claims.cli.app import main\nsys.argv = ['kursk-claims'] + sys.argv[1:]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED=' + ','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('datasette', 'uvicorn'))), file=sys.stderr)\n"
    )
    for args in (["--help"], ["explore", "--help"], ["query", "--db", str(store[0])]):
        proc = subprocess.run(
            [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120
        )
        assert "LOADED=\n" in proc.stderr, (args, proc.stderr[-2000:])


def test_metadata_explains_every_vocabulary() -> None:
    claims = column_descriptions()["claims"]
    for column, words in (
        ("metric", METRICS),
        ("qualifier", QUALIFIERS),
        ("actor", ACTORS),
        ("predicate", PREDICATES),
        ("claimant_side", SIDES),
    ):
        for word in words:
            assert word in claims[column], (column, word)
    assert "territory_km2 (km2)" in claims["metric"]


def test_metadata_describes_every_schema_column(tmp_path: Path) -> None:
    conn = open_store(tmp_path / "empty.db")
    meta = build_metadata()["databases"][DB_NAME]["tables"]
    for table in ("documents", "claims", "claim_entities"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        assert set(cols) == set(meta[table]["columns"]), table
        assert set(meta[table]["facets"]) <= set(cols)
    assert meta["claims"]["fts_table"] == "claims_fts" and meta["claims"]["fts_pk"] == "rowid"
    facets = set(meta["claims"]["facets"]) | set(meta["documents"]["facets"])
    assert {"metric", "claimant", "claimant_side", "actor", "predicate", "outlet", "group_id"} <= facets


@pytest.mark.parametrize(
    "value, ok",
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        (" https://example.org", False),
        ("https://exa mple.org", False),
        ("data:text/html,<b>x</b>", False),
        ("//example.org/a", False),
        ("https://", False),
        (None, False),
        (42, False),
    ],
)
def test_safe_url(value: Any, ok: bool) -> None:
    assert (safe_url(value) is not None) is ok


def test_explore_refuses_a_missing_or_foreign_store(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["explore", "--db", str(tmp_path / "none.db"), "--no-open"])
    assert result.exit_code == 1 and "no store at" in result.output
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    result = runner.invoke(app, ["explore", "--db", str(other), "--no-open"])
    assert result.exit_code == 1 and "not a kursk-claims store" in result.output
    assert not (tmp_path / "none.db").exists()


# ----------------------------------------------------------------------------- the server


def test_database_page(served: tuple[str, Path, dict[str, str], Any]) -> None:
    base = served[0]
    status, html = fetch(base)
    assert status == 200
    assert "<h1" in html and "Ledger" in html
    assert "Start at Claims, or with a canned query below." in html
    for query in canned_queries():
        assert f'href="/{DB_NAME}/{query}"' in html, query
    data = fetch_json(base + ".json")
    tables = {t["name"]: t for t in data["tables"]}
    assert tables["claims"]["count"] == 5 and tables["documents"]["count"] == 3
    assert {q["name"] for q in data["queries"]} == set(canned_queries())


def test_faceted_claims_page(served: tuple[str, Path, dict[str, str], Any]) -> None:
    base, _, ids, _ = served
    data = fetch_json(base + "/claims.json?_size=100")
    facets = data["facet_results"]
    assert set(facets) == {"metric", "claimant", "claimant_side", "actor", "predicate"}
    counts = {r["value"]: r["count"] for r in facets["metric"]["results"]}
    assert counts == {"territory_km2": 3, "settlements": 1, "personnel": 1}
    sides = {r["value"]: r["count"] for r in facets["claimant_side"]["results"]}
    assert sides == {"ukraine": 3, "russia": 2}
    status, html = fetch(base + "/claims?metric=territory_km2")
    assert status == 200
    assert 'data-column="claimant_side"' in html and "3 rows where metric = &#34;territory_km2&#34;" in html
    # a claim links to its document row, and to its source when the url is http(s)
    kyiv_row = fetch(base + "/claims?id=" + ids["kyiv_km2"])[1]
    assert f'href="/{DB_NAME}/documents/kyiv-1"' in kyiv_row
    assert 'href="https://example.org/kyiv-1" rel="nofollow noopener noreferrer">source</a>' in kyiv_row
    tass_row = fetch(base + "/claims?id=" + ids["tass_km2"])[1]
    assert f'href="/{DB_NAME}/documents/tass-1"' in tass_row
    # claims carry their document's url (schema 5): a hostile one is shown as text, never a link
    assert 'href="javascript:' not in tass_row.lower() and '">source</a>' not in tass_row
    assert '<td class="col-url type-str">javascript:alert(document.cookie)</td>' in tass_row


def test_documents_page_facets_and_safe_links(served: tuple[str, Path, dict[str, str], Any]) -> None:
    base = served[0]
    data = fetch_json(base + "/documents.json?_col=outlet&_col=group_id")
    assert set(data["facet_results"]) == {"outlet", "group_id", "status"}
    groups = {r["value"]: r["count"] for r in data["facet_results"]["group_id"]["results"]}
    assert groups == {"kyiv-1": 2}
    status, html = fetch(base + "/documents")
    assert status == 200
    assert '<a href="https://example.org/kyiv-1" rel="nofollow noopener noreferrer">' in html
    assert 'href="javascript:' not in html.lower()
    assert HOSTILE_URL.replace("(", "").split(":")[0] in html  # shown, as text


def test_full_text_search(served: tuple[str, Path, dict[str, str], Any]) -> None:
    base, _, ids, _ = served
    data = fetch_json(base + "/claims.json?" + urlencode({"_search": "Gerasimov", "_shape": "objects"}))
    assert [r["id"] for r in data["rows"]] == [ids["tass_km2"]]
    data = fetch_json(
        base + "/claims.json?" + urlencode({"_search": "kilometres", "metric": "territory_km2"})
    )
    assert data["filtered_table_rows_count"] == 3
    data = fetch_json(base + "/claims.json?" + urlencode({"_search": 'reprint "says', "_shape": "objects"}))
    assert [r["id"] for r in data["rows"]] == [ids["copy_km2"]]  # escaped: user quotes are not syntax


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Syrskyi", {"kyiv_km2", "kyiv_settlements", "copy_km2"}),
        ("SIRSKY", {"kyiv_km2", "kyiv_settlements", "copy_km2"}),
        ("Gen. Syrskyi", {"kyiv_km2", "kyiv_settlements"}),  # the registry's canonical name
        ("Gerasimov", {"tass_km2", "tass_troops"}),
        ("Nobody", set()),
    ],
)
def test_canned_claimant_over_time(
    served: tuple[str, Path, dict[str, str], Any], name: str, expected: set[str]
) -> None:
    base, path, ids, _ = served
    rows = _rows(base, "claimant_over_time", name=name)
    assert {r["claim_id"] for r in rows} == {ids[k] for k in expected}
    times = [r["claim_time"] for r in rows]
    assert times == sorted(times)
    # the same claims `query --entity` finds, where the name is the claimant
    conn = open_store(path, readonly=True)
    try:
        lib = {c["id"] for c in query_claims(conn, entity=name) if c["claimant"]}
    finally:
        conn.close()
    assert {r["claim_id"] for r in rows} <= lib
    status, html = fetch(f"{base}/claimant_over_time?{urlencode({'name': name})}")
    assert status == 200
    for key in expected:
        assert ids[key] in html


def test_canned_metric_by_side(served: tuple[str, Path, dict[str, str], Any]) -> None:
    base, _, ids, _ = served
    rows = _rows(base, "metric_by_side", metric="territory_km2")
    assert [(r["claimant_side"], r["claim_id"]) for r in rows] == [
        ("russia", ids["tass_km2"]),
        ("ukraine", ids["kyiv_km2"]),
        ("ukraine", ids["copy_km2"]),
    ]
    assert fetch(f"{base}/metric_by_side?metric=territory_km2")[0] == 200


def test_canned_document_claims(served: tuple[str, Path, dict[str, str], Any]) -> None:
    base, _, ids, _ = served
    rows = _rows(base, "document_claims", doc_id="kyiv-1")
    assert [r["claim_id"] for r in rows] == [ids["kyiv_km2"], ids["kyiv_settlements"]]
    assert rows[0]["url"] == "https://example.org/kyiv-1" and rows[0]["value"] == 1000.0
    status, html = fetch(f"{base}/document_claims?doc_id=kyiv-1")
    assert status == 200
    assert f'<a href="/{DB_NAME}/claims/kyiv-1~3A' in html  # claim ids link to their rows
    assert f'<a href="/{DB_NAME}/documents/kyiv-1">kyiv-1</a>' in html


@pytest.mark.parametrize("given", ["kyiv-1", "reprint-1"])
def test_canned_group_documents(served: tuple[str, Path, dict[str, str], Any], given: str) -> None:
    base = served[0]
    rows = _rows(base, "group_documents", group_id=given)
    assert [(r["doc_id"], r["outlet"], r["group_id"]) for r in rows] == [
        ("kyiv-1", "Kyiv Post", "kyiv-1"),
        ("reprint-1", "Reprint", "kyiv-1"),
    ]
    assert [r["doc_id"] for r in _rows(base, "group_documents", group_id="tass-1")] == ["tass-1"]
    assert fetch(f"{base}/group_documents?group_id={given}")[0] == 200


def test_canned_sides_disagree(served: tuple[str, Path, dict[str, str], Any]) -> None:
    base, _, ids, _ = served
    rows = _rows(base, "sides_disagree", metric="", days="")
    pairs = {(r["claim_a"], r["claim_b"]) for r in rows}
    # Gerasimov's 300 km² against Syrskyi's 1,000 (two days apart) and the reprint's (one day)
    assert pairs == {(ids["tass_km2"], ids["kyiv_km2"]), (ids["tass_km2"], ids["copy_km2"])}
    assert all((r["side_a"], r["side_b"]) == ("russia", "ukraine") for r in rows)
    assert _rows(base, "sides_disagree", metric="territory_km2", days="1") == [
        r for r in rows if r["claim_b"] == ids["copy_km2"]
    ]
    assert _rows(base, "sides_disagree", metric="personnel", days="") == []
    status, html = fetch(f"{base}/sides_disagree?metric=&days=")
    assert status == 200 and "Claims on which sides disagree" in html


def test_browsing_never_writes_the_store(served: tuple[str, Path, dict[str, str], Any]) -> None:
    base, path, _, before = served
    for page in ("", "/claims", "/documents", "/claim_entities", "/claims.json?_search=Kursk"):
        assert fetch(base + page)[0] == 200
    assert _fingerprint(path) == before
    assert not Path(str(path) + "-wal").exists() and not Path(str(path) + "-shm").exists()
    # the SQL page is read-only too
    status, body = fetch(base + ".json?" + urlencode({"sql": "DELETE FROM claims"}))  # noqa: S608
    assert status != 200 or "error" in json.loads(body)
    assert _fingerprint(path) == before
