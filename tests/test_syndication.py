"""Syndication groups, copies, repetition vs agreement, and the documents command."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import fake_extract
from kursk_claims import analysis
from kursk_claims.analysis import syndication
from kursk_claims.cli.app import app
from kursk_claims.models import DocResult, Document
from kursk_claims.pipeline import ExtractInterrupted, extract_paths
from kursk_claims.store import open_store
from syndication_corpus import make_corpus, pair_scores

# ------------------------------------------------------------------ grouping on the generated corpus

# Measured on 24 generated corpora (seeds 1-3, 14, 20-39; 64 documents each): precision 1.00 and
# recall 1.00 with 5-word shingles, 128 permutations, threshold 0.4 (0.5: recall 0.996, min 0.958;
# 0.3: precision 0.94). The floors leave room for nothing but noise.
PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.98


def _result(doc_id: str, text: str, date: str | None, outlet: str | None = None) -> DocResult:
    doc = Document(id=doc_id, text=text, sha256=str(hash(text)), outlet=outlet, published=date)
    return DocResult(doc, date, "metadata" if date else None, 1.0, ())


def _groups(conn: sqlite3.Connection) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in conn.execute("SELECT id, group_id FROM documents")}


@pytest.mark.parametrize("seed", [14, 2])
def test_grouping_precision_recall_on_generated_corpus(tmp_path: Path, seed: int) -> None:
    docs = make_corpus(seed)
    conn = open_store(tmp_path / "g.db")
    index = syndication.GroupIndex.from_store(conn)
    for d in docs:
        index.write_result(conn, _result(d.id, d.text, d.date, d.outlet))
    got = _groups(conn)
    conn.close()
    precision, recall = pair_scores(got, {d.id: d.label for d in docs})
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR, (precision, recall)
    # the group id is the earliest member by date, then id
    dates = {d.id: d.date for d in docs}
    for doc_id, gid in got.items():
        members = [m for m, g in got.items() if g == gid]
        assert gid == min(members, key=lambda m: (dates[m], m)), doc_id


def test_copies_are_near_and_near_misses_are_not() -> None:
    docs = {d.id: d for d in make_corpus(3)}
    orig = syndication.signature(docs["s0-orig"].text)
    assert all(
        syndication.signature(docs[f"s0-copy{i}"].text).jaccard(orig) >= syndication.THRESHOLD
        for i in range(5)
    )
    assert all(
        syndication.signature(docs[f"s0-near{i}"].text).jaccard(orig) < syndication.THRESHOLD
        for i in range(2)
    )


def test_signature_blob_round_trip() -> None:
    m = syndication.signature("one two three four five six seven")
    back = syndication.from_blob(syndication.to_blob(m))
    assert back is not None and back.jaccard(m) == 1.0
    assert syndication.from_blob(b"\0" * 12) is None  # another permutation count: ignored
    assert syndication.shingles("") == set() and len(syndication.shingles("a b")) == 1


# ------------------------------------------------------------------ a small syndicated story

P1 = "Commander Oleksandr Syrskyi said about 11,000 troops from North Korea were fighting in the region."
P2 = (
    "The fighting around Sudzha has intensified over the past ten days, according to military bloggers, "
    "who described artillery duels along the main road and drones striking supply trucks at night."
)
P3 = (
    "Residents of Sudzha were evacuated as artillery fire hit the outskirts of the town, and local "
    "officials said schools in the district would remain closed until further notice."
)
P4 = (
    "Satellite images reviewed by analysts showed burned vehicles along the road to Sudzha, and "
    "open-source researchers geolocated footage of armoured columns moving west of the town."
)
P5 = (
    "Ukraine launched a surprise cross-border incursion into Russia's Kursk region in August, the first "
    "foreign ground assault on Russian territory since World War Two."
)
P6 = (
    "Kyiv did not immediately comment on the claims, which could not be independently verified, and "
    "Moscow has not said how many of its own soldiers were lost in the battle."
)
ORIGINAL = "\n\n".join(["North Korean troops join fight for Sudzha", P1, P2, P3, P4, P5, P6])
COPY1 = "\n\n".join(
    [
        "Kursk battle: 11,000 North Korean troops, Syrskyi says",
        P1,
        P2,
        P4,
        P5,
        P6.replace("claims", "figures"),
    ]
)
COPY2 = "\n\n".join(
    [
        "Syrskyi: North Korea has sent troops",
        P1,
        P2.replace("intensified", "escalated"),
        P3,
        "This article is part of our continuing coverage of the war in Ukraine.",
        P4,
        P5,
        P6,
    ]
)
OTHER = "\n\n".join(
    [
        "Moscow says reinforcements reach Kursk",
        "General Valery Gerasimov said about 11,000 troops from North Korea had arrived at the front.",
        "He told a meeting of commanders that the enemy was being pushed back from several villages and "
        "that air defence had shot down dozens of drones over the weekend.",
        "Russian war correspondents reported heavy losses among conscripts and complained about slow "
        "reinforcements, while the governor's office counted evacuated residents.",
    ]
)
LATER = "\n\n".join(
    [
        "Syrskyi repeats North Korean troop figure in interview",
        "In a television interview, Oleksandr Syrskyi said about 11,000 troops were still in the Kursk area.",
        "He said his forces would hold the line through the winter and asked allies for more artillery "
        "shells, air defence systems and long-range missiles.",
    ]
)


def _line(doc_id: str, text: str, published: str, outlet: str) -> str:
    return json.dumps(
        {"id": doc_id, "text": text, "published": published, "outlet": outlet, "url": f"https://x/{doc_id}"}
    )


STORY = [
    ("orig", ORIGINAL, "2024-09-10", "Reuters"),
    ("copy1", COPY1, "2024-09-11", "AP"),
    ("copy2", COPY2, "2024-09-11", "AFP"),
    ("other", OTHER, "2024-09-10", "TASS"),
    ("later", LATER, "2024-09-12", "Kyiv Independent"),
]


def _write_feed(path: Path, docs: Iterable[tuple[str, str, str, str]]) -> Path:
    path.write_text("".join(_line(*d) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.fixture
def story_db(tmp_path: Path) -> str:
    db = tmp_path / "story.db"
    extract_paths([_write_feed(tmp_path / "feed.jsonl", STORY)], db, extractor=fake_extract)
    return str(db)


def _run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def test_groups_and_copies_in_the_store(story_db: str) -> None:
    conn = open_store(story_db, readonly=True)
    groups = _groups(conn)
    assert groups == {"orig": "orig", "copy1": "orig", "copy2": "orig", "other": "other", "later": "later"}
    copies = dict(conn.execute("SELECT id, copy_of FROM claims WHERE metric = 'personnel'").fetchall())
    conn.close()
    original = next(i for i in copies if i.startswith("orig:"))
    assert copies[original] is None
    assert [copies[i] for i in sorted(copies) if i.startswith("copy")] == [original, original]
    assert all(copies[i] is None for i in copies if i.startswith(("other:", "later:")))


def test_group_moves_to_an_earlier_document_and_copies_follow(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    feed = tmp_path / "f.jsonl"
    # the two copies alone are too different from each other (one dropped a paragraph, the other
    # added one): two groups
    extract_paths([_write_feed(feed, [STORY[1], STORY[2]])], db, extractor=fake_extract)
    conn = open_store(db, readonly=True)
    assert _groups(conn) == {"copy1": "copy1", "copy2": "copy2"}
    assert conn.execute("SELECT count(*) FROM claims WHERE copy_of IS NOT NULL").fetchone()[0] == 0
    conn.close()
    # a new run (the index rebuilt from the stored signatures): the original, earlier, bridges both
    # groups; the group id moves to it and the copies' claims point at its claims
    extract_paths([_write_feed(feed, [STORY[0], STORY[1], STORY[2]])], db, extractor=fake_extract)
    conn = open_store(db, readonly=True)
    assert _groups(conn) == {"orig": "orig", "copy1": "orig", "copy2": "orig"}
    after = dict(conn.execute("SELECT doc_id, copy_of FROM claims WHERE metric = 'personnel'").fetchall())
    conn.close()
    assert after["orig"] is None and after["copy1"].startswith("orig:") and after["copy2"].startswith("orig:")


def test_group_moves_within_one_run(tmp_path: Path) -> None:
    conn = open_store(tmp_path / "r.db")
    index = syndication.GroupIndex.from_store(conn)
    index.write_result(conn, _result("b-copy", COPY2, "2024-09-11"))
    index.write_result(conn, _result("z-orig", ORIGINAL, "2024-09-10"))
    index.write_result(conn, _result("a-copy", COPY1, "2024-09-12"))
    assert _groups(conn) == {"b-copy": "z-orig", "z-orig": "z-orig", "a-copy": "z-orig"}
    conn.close()


def test_index_is_rebuilt_from_signatures_not_texts(story_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    real = syndication.signature

    def counting(text: str, **kw: Any) -> Any:
        made.append(text[:20])
        return real(text, **kw)

    monkeypatch.setattr(syndication, "signature", counting)
    conn = open_store(story_db)
    index = syndication.GroupIndex.from_store(conn)
    assert made == [] and len(index.signatures) == 5
    text = COPY2.replace("escalated", "grown")
    assert index.write_result(conn, _result("copy3", text, "2024-09-13", "BBC")) >= 0
    assert made == [text[:20]]
    assert _groups(conn)["copy3"] == "orig"
    conn.close()


def test_interrupted_run_keeps_groups(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    feed = _write_feed(tmp_path / "f.jsonl", STORY)

    def interrupting(
        docs: Iterable[Document], *, model: str | None = None, workers: int = 1
    ) -> Iterator[DocResult]:
        for n, result in enumerate(fake_extract(docs)):
            if n == 2:
                raise KeyboardInterrupt
            yield result

    with pytest.raises(ExtractInterrupted):
        extract_paths([feed], db, extractor=interrupting)
    conn = open_store(db, readonly=True)
    assert _groups(conn) == {"orig": "orig", "copy1": "orig"}
    conn.close()
    extract_paths([feed], db, extractor=fake_extract)  # the rest joins the stored groups
    conn = open_store(db, readonly=True)
    assert _groups(conn)["copy2"] == "orig" and len(_groups(conn)) == 5
    conn.close()


# ------------------------------------------------------------------ export, query, compare, show


def test_copy_of_in_export(story_db: str) -> None:
    res = _run("export", "--format", "jsonl", "--metric", "personnel", "--db", story_db)
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert {r["doc_id"]: bool(r["copy_of"]) for r in rows} == {
        "orig": False, "copy1": True, "copy2": True, "other": False, "later": False,
    }  # fmt: skip
    res = _run("export", "--format", "csv", "--metric", "personnel", "--db", story_db)
    assert "copy_of" in next(csv.reader(io.StringIO(res.stdout)))


def test_query_shows_each_statement_once(story_db: str) -> None:
    res = _run("query", "--metric", "personnel", "--format", "json", "--db", story_db)
    assert res.exit_code == 0, res.output
    rows = {r["doc_id"]: r for r in json.loads(res.stdout)}
    assert set(rows) == {"orig", "other", "later"}
    # Syrskyi's figure: the original, its two copies and the interview: 4 documents, 2 groups
    assert (rows["orig"]["n_docs"], rows["orig"]["n_groups"]) == (4, 2)
    assert (rows["other"]["n_docs"], rows["other"]["n_groups"]) == (1, 1)
    res = _run("query", "--metric", "personnel", "--format", "json", "--all-copies", "--db", story_db)
    assert {r["doc_id"] for r in json.loads(res.stdout)} == {"orig", "copy1", "copy2", "other", "later"}
    table = _run("query", "--metric", "personnel", "--all-copies", "--db", story_db)
    assert table.exit_code == 0 and "docs·grp" in table.stdout and "copy of" in table.stdout


def test_compare_dedups_and_marks_repetition_and_agreement(story_db: str) -> None:
    res = _run("compare", "--metric", "personnel", "--format", "json", "--db", story_db)
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    rows = {r["doc_id"]: r for g in data["groups"] for r in g["rows"]}
    assert set(rows) == {"orig", "other", "later"}
    assert (rows["orig"]["docs"], rows["orig"]["groups"]) == (4, 2)
    (rep,) = data["repetitions"]
    assert rep["claimant"] == "Oleksandr Syrskyi" and rep["group_count"] == 2 and rep["origin_doc"] == "orig"
    assert rep["group_ids"] == ["orig", "later"]
    pairs = {(a["a"]["doc_id"], a["b"]["doc_id"], a["different_sides"]) for a in data["agreements"]}
    assert pairs == {("orig", "other", True), ("other", "later", True)}
    assert data["conflicts"] == []
    every = _run("compare", "--metric", "personnel", "--format", "json", "--all-copies", "--db", story_db)
    rows_all = [r for g in json.loads(every.stdout)["groups"] for r in g["rows"]]
    assert sorted(r["doc_id"] for r in rows_all) == ["copy1", "copy2", "later", "orig", "other"]
    copy_rows = [r for r in rows_all if r["copy_of"]]
    assert all(r["markers"][0].startswith("copy of orig:") for r in copy_rows)
    table = _run("compare", "--metric", "personnel", "--db", story_db)
    assert table.exit_code == 0, (table.output, table.exception)
    assert "Repetitions" in table.stdout and "Agreements" in table.stdout and "docs·grp" in table.stdout


def test_compare_limit_cut_equals_full_cut_with_copies(story_db: str) -> None:
    from kursk_claims.analysis.load import compare_claims

    conn = open_store(story_db, readonly=True)
    for all_copies in (False, True):
        full_claims, _ = compare_claims(conn, "personnel", all_copies=all_copies)
        for limit in (1, 2, 3):
            cut_claims, _ = compare_claims(conn, "personnel", limit=limit, all_copies=all_copies)
            full = analysis.compare(full_claims, "personnel", limit=limit, all_copies=all_copies)
            cut = analysis.compare(cut_claims, "personnel", limit=limit, all_copies=all_copies)
            assert cut == full, (all_copies, limit)
    conn.close()


def test_show_names_copies(story_db: str) -> None:
    conn = open_store(story_db, readonly=True)
    original = conn.execute(
        "SELECT id FROM claims WHERE doc_id = 'orig' AND metric = 'personnel'"
    ).fetchone()[0]
    conn.close()
    res = _run("show", original, "--db", story_db)
    assert res.exit_code == 0, res.output
    assert (
        "2 copies" in res.stdout
        and "copy1:" in res.stdout
        and "syndication group orig (3 documents)" in res.stdout
    )
    data = json.loads(_run("show", original, "--json", "--db", story_db).stdout)
    assert sorted(c["doc_id"] for c in data["copies"]) == ["copy1", "copy2"]


# ------------------------------------------------------------------ repetition vs agreement, by hand


def _c(
    doc: str, claimant: str | None, side: str | None, value: float, *, group: str | None = None, **kw: Any
) -> dict[str, Any]:
    base = {
        "id": f"{doc}:{int(value)}", "doc_id": doc, "metric": "personnel", "value": value, "value_low": value,
        "value_high": value, "qualifier": "approx", "actor": "north_korea", "predicate": "deployed",
        "claimant": claimant, "claimant_side": side, "claim_date": "2024-11-05", "doc_date": "2024-11-05",
        "location": None, "start": int(value), "text": "about", "group_id": group or doc,
    }  # fmt: skip
    base.update(kw)
    return base


def test_repetition_counts_groups_not_copies() -> None:
    claims = [
        _c("a", "Zelensky", "ukraine", 11000),
        _c("a2", "Zelensky", "ukraine", 11000, group="a"),  # a syndicated copy not marked copy_of
        _c("a3", "Zelensky", "ukraine", 11000, group="a", copy_of="a:11000"),
    ]
    res = analysis.compare(claims, "personnel")
    assert res.repetitions == () and res.agreements == ()  # one group only; same claimant
    claims.append(_c("b", "Zelensky", "ukraine", 11000))
    res = analysis.compare(claims, "personnel")
    (rep,) = res.repetitions
    assert rep.group_count == 2 and rep.doc_count == 3 and "a3:11000" not in rep.claim_ids
    rows = {r.doc_id: r for r in res.rows}
    assert set(rows) == {"a", "a2", "b"} and (rows["a"].docs, rows["a"].groups) == (4, 2)


def test_agreement_between_different_claimants_with_sides() -> None:
    claims = [
        _c("ua", "Zelensky", "ukraine", 11000),
        _c(
            "nis",
            "South Korea's NIS",
            "third_party",
            11500,
            qualifier="range",
            value_low=11000,
            value_high=12000,
        ),
        _c("us", "Pentagon", "third_party", 12000, claim_date="2024-11-08"),
        _c("ru", "Peskov", "russia", 3000),  # far apart: no agreement
        _c("late", "Budanov", "ukraine", 11000, claim_date="2025-02-01"),  # outside the window
        _c("cp", "Zelensky", "ukraine", 11000, group="ua", copy_of="ua:11000"),  # copies never agree
    ]
    res = analysis.compare(claims, "personnel")
    got = {(g.a.claimant, g.b.claimant, g.different_sides) for g in res.agreements}
    assert got == {
        ("South Korea's NIS", "Zelensky", True),  # same day: by document id
        ("Zelensky", "Pentagon", True),
        ("South Korea's NIS", "Pentagon", False),  # both third parties
    }
    assert res.repetitions == ()
    assert {c.b.claimant for c in res.conflicts} | {c.a.claimant for c in res.conflicts} >= {"Peskov"}
    marks = {r.doc_id: r.markers for r in res.rows}
    assert any(m.startswith("agrees") and "(other side)" in m for m in marks["ua"])


def test_conflicts_and_revisions_ignore_copies() -> None:
    a = _c("a", "Zelensky", "ukraine", 11000, claim_date="2024-11-01")
    copy = _c("a2", "Zelensky", "ukraine", 12000, group="a", copy_of="a:11000", claim_date="2024-11-03")
    other = _c("r", "Peskov", "russia", 1000, claim_date="2024-11-03", copy_of="x:1")  # a copy: ignored
    res = analysis.compare([a, copy, other], "personnel")
    assert res.revisions == () and res.conflicts == ()


# ------------------------------------------------------------------ documents command


def test_documents_formats_and_filters(story_db: str) -> None:
    res = _run("documents", "--format", "json", "--db", story_db)
    assert res.exit_code == 0, res.output
    docs = {d["id"]: d for d in json.loads(res.stdout)}
    assert set(docs) == {"orig", "copy1", "copy2", "other", "later"}
    assert docs["copy1"]["group"] == "orig" and docs["copy1"]["group_size"] == 3
    assert docs["later"]["group_size"] == 1 and docs["orig"]["status"] == "extracted"
    assert docs["orig"]["date_source"] == "metadata" and docs["orig"]["claims"] >= 1
    assert set(docs["orig"]) >= {
        "id",
        "outlet",
        "url",
        "published",
        "date_source",
        "status",
        "claims",
        "group",
    }
    by_group = _run("documents", "--group", "copy2", "--format", "jsonl", "--db", story_db)
    assert [json.loads(x)["id"] for x in by_group.stdout.splitlines()] == ["orig", "copy1", "copy2"]
    by_outlet = _run("documents", "--outlet", "tass", "--format", "csv", "--db", story_db)
    rows = list(csv.DictReader(io.StringIO(by_outlet.stdout)))
    assert [r["id"] for r in rows] == ["other"] and rows[0]["group_size"] == "1"
    dated = _run(
        "documents", "--since", "2024-09-11", "--until", "2024-09-11", "--format", "json", "--db", story_db
    )
    assert sorted(d["id"] for d in json.loads(dated.stdout)) == ["copy1", "copy2"]
    table = _run("documents", "--db", story_db)
    assert table.exit_code == 0 and "3 in a group of several" in table.stdout
    assert _run("documents", "--format", "xml", "--db", story_db).exit_code == 2
    assert _run("documents", "--since", "last week", "--db", story_db).exit_code == 2
    assert "Examples" in _run("documents", "--help").stdout
