"""The domain data files are consistent with the vocabularies: a new metric or place is one entry."""

from __future__ import annotations

import pytest

from kursk_claims.models import METRICS, PREDICATES, SIDES
from kursk_claims.rules.context import metric_data, place_data

CANONICAL_UNITS = {"km2", "km", "percent", "count"}


def test_every_metric_has_an_entry_and_no_more() -> None:
    assert set(metric_data()["metrics"]) == set(METRICS)


@pytest.mark.parametrize("metric", METRICS)
def test_metric_unit_is_canonical(metric: str) -> None:
    assert metric_data()["metrics"][metric]["unit"] in CANONICAL_UNITS


def test_no_noun_belongs_to_two_metrics() -> None:
    seen: dict[str, str] = {}
    for metric, spec in metric_data()["metrics"].items():
        for noun in spec["nouns"]:
            assert noun == noun.lower(), noun
            assert seen.setdefault(noun, metric) == metric, f"{noun!r} in {seen[noun]} and {metric}"


def test_refinements_and_predicates_use_the_vocabularies() -> None:
    md = metric_data()
    assert {target for target, _ in md["refine_person"]} <= set(METRICS)
    for family, rules in md["predicates"].items():
        for predicate, cues in rules:
            assert predicate in PREDICATES, (family, predicate)
            assert cues and all(c == c.lower() for c in cues), (family, predicate)


def test_places_map_aliases_to_one_region_and_sides_are_known() -> None:
    data = place_data()
    owner: dict[str, str] = {}
    for region, aliases in data["places"].items():
        for alias in aliases:
            assert owner.setdefault(alias, region) == region, alias
    assert set(data["sides"]) <= set(data["places"])
    assert set(data["sides"].values()) <= set(SIDES)


def test_story_period_is_ordered() -> None:
    from kursk_claims.text.story import story_period

    start, end = story_period()
    assert start < end


def test_metonyms_are_lowercase_and_name_a_side() -> None:
    from kursk_claims.rules.context import side_of

    metonyms = place_data()["metonyms"]
    assert metonyms and all(k == k.lower() for k in metonyms)
    assert all(side_of(name) in SIDES for name in metonyms.values()), metonyms


def test_word_lists_are_lowercase_sorted_and_unique() -> None:
    from kursk_claims.rules.context import attribution_data

    lists = {k: v for k, v in attribution_data().items() if isinstance(v, list)}
    md = metric_data()
    lists |= {k: md[k] for k in ("harm_verbs", "figure_nouns", "civilian_context", "military_context")}
    assert set(lists) >= {"report_verbs", "report_nouns", "source_nouns", "anaphor_heads", "statement_nouns"}
    for key, words in lists.items():
        assert words and words == sorted(set(words)), key
        assert all(w == w.lower() and w.strip() == w for w in words), key
    assert not set(md["civilian_context"]) & set(md["military_context"])
    synonyms = attribution_data()["anaphor_synonyms"]
    heads = set(attribution_data()["anaphor_heads"]) | set(attribution_data()["described_heads"])
    assert set(synonyms) <= heads
    assert all(set(v) <= heads | {"centre", "center"} for v in synonyms.values())


def test_gate_words_are_lowercase_unique_and_apart() -> None:
    from kursk_claims.extract.gate import gate_data

    data = gate_data()
    for key in ("war_words", "number_words"):
        words = data[key]
        assert words and len(words) == len(set(words)), key
        assert all(w == " ".join(w.lower().split()) for w in words), key
    assert not set(data["war_words"]) & set(data["number_words"])


def test_no_data_file_repeats_a_key() -> None:
    """A JSON object with a key twice keeps only the last value silently: every data file has each key
    once, at every level."""
    import json
    from importlib import resources

    def once(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
        return dict(pairs)

    files = [
        f for f in resources.files("kursk_claims").joinpath("data").iterdir() if f.name.endswith(".json")
    ]
    assert files
    for f in files:
        json.loads(f.read_text(encoding="utf-8"), object_pairs_hook=once)
