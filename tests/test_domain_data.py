"""The domain data files are consistent with the vocabularies: a new metric or place is one entry."""

from __future__ import annotations

import pytest

from kursk_claims.claims import metric_data, place_data
from kursk_claims.models import METRICS, PREDICATES, SIDES

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


def test_gate_words_are_lowercase_unique_and_apart() -> None:
    from kursk_claims.gate import gate_data

    data = gate_data()
    for key in ("war_words", "number_words"):
        words = data[key]
        assert words and len(words) == len(set(words)), key
        assert all(w == " ".join(w.lower().split()) for w in words), key
    assert not set(data["war_words"]) & set(data["number_words"])
