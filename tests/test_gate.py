"""The relevance gate: every document that holds a gold claim passes it; generated non-war news does not.

Gold sets: seeds/ with ../shared/corpus/seeds-gold, ../shared/corpus/dev and dev2 (skipped when
../shared is missing) and tests/data/synthetic/set*. Texts are read in place, never copied.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kursk_claims.extract.gate import NEAR_CHARS, RelevanceGate, default_gate, gate_data, vocabulary

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
SYNTH = ROOT / "tests" / "data" / "synthetic"


def _gold_docs(gold: Path) -> set[str]:
    """Ids of the documents holding at least one gold claim in the .jsonl files under `gold`."""
    ids: set[str] = set()
    for path in sorted(gold.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(str(json.loads(line).get("doc") or path.stem))
    return ids


def _gold_sets() -> list[tuple[str, Path, Path]]:
    """(name, docs folder, gold folder) of every gold set present."""
    sets = [("seeds", ROOT / "seeds", SHARED / "seeds-gold")]
    sets += [(name, SHARED / name / "docs", SHARED / name / "gold") for name in ("dev", "dev2")]
    sets += [(p.name, p / "docs", p / "gold") for p in sorted(SYNTH.glob("set*"))]
    return sets


@pytest.mark.parametrize(("name", "docs", "gold"), _gold_sets(), ids=[s[0] for s in _gold_sets()])
def test_gate_passes_every_document_with_a_gold_claim(name: str, docs: Path, gold: Path) -> None:
    if not gold.is_dir() or not docs.is_dir():
        pytest.skip(f"{name}: {gold if not gold.is_dir() else docs} not found")
    ids = _gold_docs(gold)
    assert ids, f"{name}: no gold claims"
    gate = default_gate()
    failed = []
    for doc_id in sorted(ids):
        path = docs / f"{doc_id}.txt"
        assert path.exists(), f"{name}: gold document {doc_id} missing"
        verdict = gate.check(path.read_text(encoding="utf-8"))
        if not verdict.relevant:
            failed.append(f"{doc_id}: {verdict.reason}")
    assert not failed, f"{name}: the gate drops documents holding gold claims: {failed}"


OFF_TOPIC = [
    "Manchester United beat Leeds 3-1 on Saturday in front of 73,000 fans; the striker has 14 goals.",
    "Shares in the retailer rose 4.5 percent after quarterly revenue reached $2.3 billion.",
    "Forecasters expect 25 mm of rain and gusts of 90 km/h along the coast on Tuesday.",
    "The city council approved a budget of 120 million for 35 new schools, the mayor said.",
]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_off_topic_news_with_numbers_fails(text: str) -> None:
    assert not default_gate().check(text).relevant


def test_the_rule_needs_an_anchor_and_a_number_near_a_cue() -> None:
    gate = default_gate()
    assert gate("Ukrainian forces hold 1,000 square kilometres, Syrskyi said.")
    assert gate("Hundreds of soldiers crossed into the Kursk region.")  # a number word
    assert not gate("Ukrainian forces hold ground in the Kursk region.")  # no number at all
    far = "Russia " + "x" * (NEAR_CHARS + 10) + " 12"
    assert not gate(far)  # a number, but too far from any cue
    assert not gate("The warden moved 12 chairs.")  # 'war' inside a word is not the word 'war'
    assert gate("The war: 12 villages.")


def test_custom_words_and_plurals() -> None:
    gate = RelevanceGate({"foo": 3, "bar": 2})
    assert gate("foos: 3 bars")
    assert not gate("bar 3")  # a cue but no anchor


def test_gate_vocabulary_is_data() -> None:
    words = vocabulary()
    data = gate_data()
    for w in data["war_words"] + data["number_words"]:
        assert w == w.lower() and w.strip() == w, w
        assert " ".join(w.split()) in words
    assert "reuters" not in words  # media outlets are not anchors


def test_pipeline_stores_irrelevant_documents_and_skips_them_again(tmp_path: Path) -> None:
    import sqlite3

    from conftest import fake_extract
    from kursk_claims.pipeline import extract_paths

    root = tmp_path / "in"
    root.mkdir()
    (root / "war.txt").write_text("Ukrainian forces captured 1,000 square kilometres.\n", encoding="utf-8")
    (root / "sport.txt").write_text("The club sold 40,000 tickets and 12 square kilometres of turf.\n")
    db = tmp_path / "s.db"
    first = extract_paths([root], db, extractor=fake_extract)
    assert (first.documents_seen, first.extracted, first.irrelevant, first.claims_written) == (2, 1, 1, 1)
    with sqlite3.connect(db) as conn:
        rows = dict(
            conn.execute("SELECT id, status || ':' || n_claims || ':' || length(text) FROM documents")
        )
    assert rows["sport"] == "irrelevant:0:0" and rows["war"].startswith("extracted:1:")
    again = extract_paths([root], db, extractor=fake_extract)
    assert (again.extracted, again.irrelevant, again.skipped_unchanged) == (0, 0, 2)
    ungated = extract_paths([root], db, extractor=fake_extract, gate=False)  # irrelevant rows re-done
    assert (ungated.extracted, ungated.irrelevant, ungated.skipped_unchanged, ungated.claims_written) == (
        1,
        0,
        1,
        1,
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM documents WHERE id = 'sport'").fetchone()[0] == "extracted"
