"""The entity registry (data/entities.json through registry.py) and the unit table (data/units.json)."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from itertools import combinations
from typing import Any

import pytest

from kursk_claims.domain.names import name_key
from kursk_claims.domain.registry import Entity, load_registry, lookup, resolve_role, surname_key
from kursk_claims.models import SIDES
from kursk_claims.text.quantities import conversion_factor, parse_quantities


def _entities() -> tuple[Entity, ...]:
    return load_registry().entities


def _units() -> list[dict[str, Any]]:
    raw = resources.files("kursk_claims").joinpath("data/units.json").read_text(encoding="utf-8")
    units: list[dict[str, Any]] = json.loads(raw)["units"]
    return units


# ---------------------------------------------------------------------------------------------
# Data integrity


def test_no_two_entities_share_an_alias() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for e in _entities():
        for alias in {e.name, *e.aliases}:
            k = name_key(alias)
            if owner.setdefault(k, e.name) != e.name:
                clashes.append((alias, owner[k], e.name))
    assert not clashes


def test_no_two_people_share_a_surname_key() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for e in _entities():
        if e.kind != "person":
            continue
        for alias in (e.name, *e.aliases):
            last = alias.split()[-1]
            if len(last) < 4:
                continue
            k = surname_key(last)
            if owner.setdefault(k, e.name) != e.name:
                clashes.append((alias, owner[k], e.name))
    assert not clashes


def test_canonical_names_are_unique() -> None:
    names = [e.name for e in _entities()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("entity", _entities(), ids=lambda e: e.name)
def test_entity_side_and_kind_are_in_the_vocabulary(entity: Entity) -> None:
    assert entity.side in SIDES
    assert entity.kind in ("person", "body", "media", "group")


def test_side_words_use_the_vocabulary() -> None:
    assert set(load_registry().side_words) <= set(SIDES)


def test_role_dates_are_iso_and_ordered() -> None:
    for e in _entities():
        for r in e.roles:
            for d in (r.start, r.end):
                if d is not None:
                    date.fromisoformat(d)
            if r.start and r.end:
                assert r.start <= r.end, (e.name, r)


def test_one_holder_of_a_role_at_a_time() -> None:
    """Two people never hold the same dated title in the same country on the same day."""
    roles = [(e.name, r) for e in _entities() for r in e.roles]
    for (n1, r1), (n2, r2) in combinations(roles, 2):
        if n1 == n2 or r1.title != r2.title or r1.country != r2.country:
            continue
        s1, e1 = r1.start or "0000", r1.end or "9999"
        s2, e2 = r2.start or "0000", r2.end or "9999"
        assert e1 < s2 or e2 < s1, f"{n1} and {n2} both hold {r1.title!r} ({r1.country})"


# ---------------------------------------------------------------------------------------------
# Transliteration variants resolve to one key / one entity

VARIANTS = [
    (
        "Oleksandr Syrskyi",
        ["Syrsky", "Syrskyi", "Syrskyy", "Sirskyi", "Oleksandr Syrsky", "Alexander Syrsky"],
    ),
    ("Volodymyr Zelensky", ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy"]),
    ("Sergei Rudskoi", ["Rudskoi", "Rudskoy", "Sergey Rudskoy"]),
    ("Sergei Shoigu", ["Shoigu", "Shoygu", "Sergey Shoygu"]),
    ("Rustem Umerov", ["Umerov", "Umierov", "Rustem Umierov"]),
    ("Valery Gerasimov", ["Gerasimov", "Valeriy Gerasimov", "Gen. Valery Gerasimov"]),
    # bodies often quoted by their short or national form
    ("U.S. State Department", ["State Department", "US State Department", "U.S. Department of State"]),
    (
        "Ukrainian Air Assault Forces",
        ["Air Assault Forces", "Air Assault Forces of the Armed Forces of Ukraine"],
    ),
]


@pytest.mark.parametrize(
    "canonical,spelling", [(c, s) for c, spellings in VARIANTS for s in spellings], ids=lambda v: str(v)
)
def test_transliteration_variants_resolve(canonical: str, spelling: str) -> None:
    e = lookup(spelling)
    assert e is not None and e.name == canonical


@pytest.mark.parametrize(
    "a,b", [("Syrsky", "Syrskyi"), ("Syrskyy", "Sirskyi"), ("Zelenskyy", "Zelenskiy"), ("Rudskoi", "Rudskoy")]
)
def test_variants_share_a_name_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_a_cyrillic_name_keys_as_its_transliteration_and_finds_the_body() -> None:
    assert name_key("Сирський") == name_key("Syrskyi")
    assert name_key("Минобороны России") == "minoboron ross"
    e = lookup("Минобороны России")
    assert e is not None and e.name == "Russian Defense Ministry"


@pytest.mark.parametrize(
    "spelling,canonical",
    [
        ("Syrskyj", "Oleksandr Syrskyi"),
        ("Sirskij", "Oleksandr Syrskyi"),
        ("Zelenskij", "Volodymyr Zelensky"),
        ("Zelenskyj", "Volodymyr Zelensky"),
        ("Shojgu", "Sergei Shoigu"),
        ("Oleksandr Syrskyj", "Oleksandr Syrskyi"),
    ],
)
def test_unseen_variants_still_resolve(spelling: str, canonical: str) -> None:
    e = lookup(spelling)
    assert e is not None and e.name == canonical


@pytest.mark.parametrize(
    "written,canonical",
    [
        ("Britain's Ministry of Defence", "UK Ministry of Defence"),
        ("the U.K. Defense Ministry", "UK Ministry of Defence"),
        ("Seoul's spy agency", "South Korea National Intelligence Service"),
        ("the Ukrainian Defense Ministry", "Ukrainian Defense Ministry"),
    ],
)
def test_a_body_written_with_another_form_of_its_country_resolves(written: str, canonical: str) -> None:
    e = lookup(written)
    assert e is not None and e.name == canonical


@pytest.mark.parametrize(
    "name", ["", "   ", "Smith", "the general", "Kursk", "Britain's army", "US officials"]
)
def test_unknown_names_do_not_resolve(name: str) -> None:
    assert lookup(name) is None


# ---------------------------------------------------------------------------------------------
# Roles resolve by date


@pytest.mark.parametrize(
    "phrase,when,expected",
    [
        ("Ukraine's top military commander", "2023-06-01", "Valerii Zaluzhnyi"),
        ("Ukraine's top military commander", "2025-03-10", "Oleksandr Syrskyi"),
        ("Ukraine's top military commander", "2024-02-07", "Valerii Zaluzhnyi"),
        ("Ukraine's top military commander", "2024-02-08", "Oleksandr Syrskyi"),
        ("Ukraine's top military commander", None, "Oleksandr Syrskyi"),
        ("the Russian defense minister", "2023-01-15", "Sergei Shoigu"),
        ("the Russian defense minister", "2024-08-20", "Andrei Belousov"),
        ("Ukraine's defense minister", "2024-08-20", "Rustem Umerov"),
        ("the Ukrainian president", "2024-08-20", "Volodymyr Zelensky"),
        ("the Russian president", "2024-08-20", "Vladimir Putin"),
        ("the acting governor of Kursk", "2024-08-13", "Alexei Smirnov"),
        ("Kursk's governor", "2024-08-13", "Alexei Smirnov"),
        ("the governor of the Kursk region", "2024-08-13", "Alexei Smirnov"),
        ("Russia's human rights commissioner", "2025-01-10", "Tatyana Moskalkova"),
        ("the Ukrainian Parliament Commissioner for Human Rights", "2025-01-10", "Dmytro Lubinets"),
        ("Russia's Kursk governor", "2024-08-20", "Alexei Smirnov"),
        ("Russia's Kursk governor", "2025-01-20", "Alexander Khinshtein"),
        # a title naming its place needs no country: "Kursk Governor Says ..."
        ("Kursk Governor", "2025-02-12", "Alexander Khinshtein"),
        ("the Sumy governor", "2025-02-12", "Volodymyr Artiukh"),
        # a third country's role, named by one of its forms
        ("the US president", "2025-03-14", "Donald Trump"),
        # the office's common English name
        ("Russia's ombudswoman", "2024-10-21", "Tatyana Moskalkova"),
        ("the Ukrainian ombudsman", "2024-10-21", "Dmytro Lubinets"),
        ("the American president", "2024-12-14", "Joe Biden"),
        # the British spelling of a title
        ("Ukraine's defence minister", "2024-11-05", "Rustem Umerov"),
    ],
)
def test_resolve_role_by_date(phrase: str, when: str | None, expected: str) -> None:
    e = resolve_role(phrase, when)
    assert e is not None and e.name == expected


def test_role_without_a_country_or_holder_is_none() -> None:
    assert resolve_role("a local shopkeeper", "2024-08-20") is None


# ---------------------------------------------------------------------------------------------
# Every unit spelling in data/units.json goes through pint and through the parser

UNIT_SPELLINGS = [(u["pint"], u["canonical"], sp) for u in _units() for sp in u["spellings"]]


@pytest.mark.parametrize(
    "pint_expr,canonical,spelling", UNIT_SPELLINGS, ids=[s for _, _, s in UNIT_SPELLINGS]
)
def test_every_unit_spelling_converts(pint_expr: str, canonical: str, spelling: str) -> None:
    f = conversion_factor(pint_expr, canonical)
    assert f > 0
    text = f"The report gives 12 {spelling} for the sector."
    qs = parse_quantities(text)
    assert len(qs) == 1, (text, qs)
    q = qs[0]
    assert q.unit == canonical
    assert q.unit_text == spelling
    assert q.value == pytest.approx(12 * f, rel=1e-9)
    assert text[q.start : q.end] == f"12 {spelling}"


def test_unit_spellings_are_unique() -> None:
    spellings = [sp.lower() for _, _, sp in UNIT_SPELLINGS]
    assert len(spellings) == len(set(spellings))


def test_a_generic_role_still_needs_its_country() -> None:
    assert resolve_role("the defense minister", "2024-08-20") is None
    assert resolve_role("the governor", "2024-08-20") is None


def test_a_ministry_of_another_field_is_not_the_ministry_of_defence() -> None:
    found = resolve_role("Russia's ministry", "2024-08-20")
    assert found is not None and found.name == "Russian Defense Ministry"
    assert resolve_role("Russia's health ministry", "2024-08-20") is None
    assert resolve_role("Ukraine's foreign ministry", "2024-08-20") is None


def test_a_hyphenated_independent_noun_names_a_third_party() -> None:
    from kursk_claims.domain.registry import side_of_phrase

    assert side_of_phrase("a volunteer open-source group in Helsinki") == "third_party"
    assert side_of_phrase("pro-Kremlin bloggers") == "russia"
    assert side_of_phrase("Kyiv-based analysts") == "ukraine"


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("commands an assault battalion that crossed into Russia's Kursk region", "ukraine"),
        ("a source inside Russia's defence ministry", "russia"),
        ("Ukraine's defense attache in Seoul", "ukraine"),
        ("joint Ukrainian and Western estimates", "third_party"),
        ("a spokesperson for the Kursk operational group", "ukraine"),  # a Ukrainian army unit's name
        ("head of the Yunakivka hromada", "ukraine"),  # a Ukrainian municipality
        ("the Kursk regional branch of the Russian Red Cross", "russia"),  # a side's own branch
        ("Ukraine's UN envoy", "ukraine"),
        ("joint Ukrainian-US estimates", "third_party"),  # joint, not a branch
        ("Russian and US officials", "third_party"),
        ("a sergeant in the 47th Mechanized Brigade", "ukraine"),  # a formation only one army has
        ("a company commander with the 68th Jaeger Brigade", "ukraine"),
        ("a platoon leader of the 155th Naval Infantry Brigade", "russia"),
        ("a motor rifle regiment's chief of staff", "russia"),
        ("The Warsaw consultancy Vistula Defence Analysis", "third_party"),  # a third country's capital
        ("a Helsinki-based open-source group", "third_party"),
    ],
)
def test_the_side_a_phrase_names(phrase: str, side: str) -> None:
    from kursk_claims.domain.registry import side_of_phrase

    assert side_of_phrase(phrase) == side


def test_lookup_tail_reads_the_name_at_the_end_of_a_run() -> None:
    from kursk_claims.domain.registry import lookup_tail

    found = lookup_tail("Ukraine Oleksandr Syrskyi".split(), max_drop=2)
    assert found is not None and found.name == "Oleksandr Syrskyi"
    found = lookup_tail("Staff Valery Gerasimov".split(), shortest=2)
    assert found is not None and found.name == "Valery Gerasimov"
    # never fewer words than `shortest` nor more first words dropped than `max_drop`: "Syrskyi" alone is not tried
    assert lookup_tail("Unknown Person Syrskyi".split(), shortest=2, max_drop=1) is None
    assert lookup_tail("Margus Tamm".split(), shortest=2) is None


def test_the_un_monitoring_mission_spelled_out_is_the_mission_not_the_un() -> None:
    assert lookup("United Nations human rights monitoring mission") == lookup("HRMMU")
    assert lookup("HRMMU") is not None and lookup("HRMMU") != lookup("United Nations")


def test_us_written_lower_case_is_the_pronoun() -> None:
    from kursk_claims.domain.registry import side_of_phrase

    assert side_of_phrase("Major Oleh Koval, a commander, told us about the fighting") is None
    assert side_of_phrase("a US official told reporters") == "third_party"
    assert side_of_phrase("the us president") == "third_party"  # (lower-cased by the caller: the country)
