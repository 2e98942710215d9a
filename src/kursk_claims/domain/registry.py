"""The entity registry: canonical claimants, their sides, aliases and dated roles.

Data lives in `data/entities.json`. Lookups are transliteration-insensitive through
`names.name_key` plus a surname key, so an unseen spelling of a known surname still resolves
(Sirskyi -> Oleksandr Syrskyi, Umierov -> Rustem Umerov). Pure Python: safe on the query path.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from kursk_claims.domain.names import name_key


@dataclass(frozen=True)
class Role:
    title: str
    country: str | None
    start: str | None  # ISO date or None (open)
    end: str | None

    def active(self, date: str | None) -> bool:
        """Whether the role is held on `date` (ISO, any precision); without a date, whether it is current."""
        if date is None:
            return self.end is None  # no date known: the current holder
        d = date[:10]
        return (self.start is None or self.start[: len(d)] <= d) and (self.end is None or d <= self.end)


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str  # person | body | media | group
    side: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    country: str | None = None  # an outlet's home country ('russia' for TASS): whose bodies it cites
    analyst: bool = False  # a body that publishes analysis as an outlet does (a think tank)


@dataclass(frozen=True)
class Registry:
    entities: tuple[Entity, ...]
    side_words: dict[str, tuple[str, ...]]
    independent_nouns: tuple[str, ...] = ()
    country_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # country -> its forms
    # a role's title -> the fields whose word before it names another body ("health" ministry)
    other_fields: dict[str, frozenset[str]] = field(default_factory=dict)


def surname_key(s: str) -> str:
    """A looser key for one surname: name_key plus vowel-cluster folds (Umierov ~ Umerov)."""
    k = name_key(s)
    return re.sub(r"ie", "e", k)


@cache
def load_registry() -> Registry:
    """The registry from data/entities.json (cached)."""
    raw = resources.files("kursk_claims").joinpath("data/entities.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    ents = tuple(
        Entity(
            name=e["name"],
            kind=e["kind"],
            side=e["side"],
            aliases=tuple(e.get("aliases", ())),
            roles=tuple(
                Role(r["title"], r.get("country"), r.get("from"), r.get("to")) for r in e.get("roles", ())
            ),
            country=e.get("country"),
            analyst=bool(e.get("analyst", False)),
        )
        for e in data["entities"]
    )
    sides = {k: tuple(v) for k, v in data["sides"].items()}
    forms = {k: tuple(v) for k, v in data.get("country_forms", {}).items()}
    others = {k: frozenset(v) for k, v in data.get("other_fields", {}).items()}
    return Registry(ents, sides, tuple(data.get("independent_nouns", ())), forms, others)


@cache
def entity_named(name: str) -> Entity | None:
    """The entity whose canonical name is exactly `name`."""
    return next((e for e in load_registry().entities if e.name == name), None)


@cache
def _alias_index() -> dict[str, Entity]:
    """name_key(alias) -> entity, for every alias and canonical name."""
    idx: dict[str, Entity] = {}
    for e in load_registry().entities:
        for a in (e.name, *e.aliases):
            idx.setdefault(name_key(a), e)
    return idx


@cache
def _surname_index() -> dict[str, Entity]:
    """surname key -> person, for the last token of every person's name and aliases."""
    idx: dict[str, Entity] = {}
    for e in load_registry().entities:
        if e.kind != "person":
            continue
        for a in (e.name, *e.aliases):
            last = a.split()[-1]
            if len(last) >= 4:
                idx.setdefault(surname_key(last), e)
    return idx


_TITLE_WORDS = re.compile(
    r"(?i)^(?:(?:the|gen\.?|general|lt\.?|col\.?|colonel|president|commander|commander-in-chief|"
    r"defen[cs]e\s+minister|minister|chief|top|military|mr\.?|mrs\.?|ms\.?|dr\.?|acting|governor|"
    r"ukrainian|russian|ukraine's|russia's|head|first|deputy)\s+)+"
)


@cache
def _country_forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(a country form at a name's start, the country) from the registry, longest form first."""
    forms = load_registry().country_forms
    pairs = sorted(((f, c) for c, fs in forms.items() for f in fs), key=lambda p: -len(p[0]))
    return tuple(
        (
            re.compile(
                r"^(?:the\s+)?" + re.escape(f) + r"\s+", re.I if f[:1].isupper() and not f.isupper() else 0
            ),
            c,
        )
        for f, c in pairs
    )


def country_named(phrase: str) -> str | None:
    """The registry country one of whose forms a phrase holds ('the South Korean' -> 'South Korea')."""
    low = phrase.lower()
    return next((c for c in load_registry().country_forms if _names_country(low, c.lower())), None)


def _names_country(low: str, country: str) -> bool:
    """Whether a lowercased phrase names `country` (a registry country_forms key, 'us', 'uk') by
    one of its forms ('us president', 'the american president')."""
    rx = _country_form_rx(country)
    return rx is not None and rx.search(low) is not None


@cache
def _country_form_rx(country: str) -> re.Pattern[str] | None:
    """The forms of a registry country as one pattern, read once."""
    forms = next((fs for c, fs in load_registry().country_forms.items() if c.lower() == country), ())
    if not forms:
        return None
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f.lower()) for f in forms) + r")(?![\w])")


def _country_key(name: str) -> str | None:
    """A body's key with the country it opens with written one way ('Britain's Ministry of Defence'
    and 'UK Ministry of Defence' -> 'uk ministry of defense'); None when it opens with no country."""
    text = name.strip().replace("’", "'")
    for rx, country in _country_forms():
        m = rx.match(text)
        if m:
            return name_key(f"{country} {text[m.end() :]}").replace("defence", "defense")
    return None


@cache
def _country_index() -> dict[str, Entity]:
    """_country_key(alias) -> body, for every body alias that opens with a country."""
    idx: dict[str, Entity] = {}
    for e in load_registry().entities:
        if e.kind == "person":
            continue
        for a in (e.name, *e.aliases):
            k = _country_key(a)
            if k is not None:
                idx.setdefault(k, e)
    return idx


def lookup(name: str) -> Entity | None:
    """The registry entity a name refers to, or None. 'Gen. Valery Gerasimov', 'Sirskyi', 'the NIS'."""
    if not name or not name.strip():
        return None
    name = re.sub(r"(['’]s)\s+own\s+", r"\1 ", name)  # "Russia's own General Staff" is Russia's
    cleaned = _TITLE_WORDS.sub("", name.strip())
    for cand in (name, cleaned):
        e = _alias_index().get(name_key(cand))
        if e is not None:
            return e
    country = _country_key(name)
    if country is not None and country in _country_index():
        return _country_index()[country]
    toks = [t for t in re.split(r"[\s,]+", cleaned) if t]
    if toks and all(t[:1].isupper() for t in toks) and len(toks) <= 4:
        e = _surname_index().get(surname_key(toks[-1]))
        if e is not None and (len(toks) == 1 or _first_names_agree(toks[0], e)):
            return e
    return None


def lookup_tail(words: list[str], *, shortest: int = 1, max_drop: int | None = None) -> Entity | None:
    """The registry entity the last words of a run name, dropping its first words one at a time
    (at most `max_drop` of them, keeping `shortest` at least): 'Ukraine Oleksandr Syrskyi' (a title's
    last word run into the name), 'Staff Valery Gerasimov' (of 'the General Staff Valery Gerasimov')."""
    for k in range(len(words) - shortest + 1):
        if max_drop is not None and k > max_drop:
            break
        e = lookup(" ".join(words[k:]))
        if e is not None:
            return e
    return None


def _first_names_agree(first: str, e: Entity) -> bool:
    """'Oleksandr Kovalenko' is not 'Andrii Kovalenko'; 'Aleksey Smirnov' is 'Alexei Smirnov'."""
    if len(first.rstrip(".")) <= 1:
        return True  # an initial
    key = surname_key(first)[:3]
    return any(surname_key(a.split()[0])[:3] == key for a in (e.name, *e.aliases) if len(a.split()) > 1)


def resolve_role(phrase: str, date: str | None) -> Entity | None:
    """'Ukraine's top military commander' on 2025-03-10 -> Oleksandr Syrskyi; a place's governor
    however written ('the acting governor of Kursk', 'Kursk's governor', 'the Kursk regional
    governor' -> the 'kursk governor' of that date)."""
    low = re.sub(r"['’]s\b|\b(?:acting|regional)\s+", "", phrase.lower().replace("’", "'"))
    low = re.sub(r"\bdefence\b", "defense", low)  # British spelling: "Ukraine's defence minister"
    low = re.sub(r"\bof general staff\b", "of the general staff", low)  # "Russia's chief of general staff"
    low = re.sub(r"\b(governor|mayor)\s+of\s+(?:the\s+)?([a-z]+)(?:\s+(?:region|oblast))?", r"\2 \1", low)
    country = side_of_phrase(low)
    best: tuple[int, Entity] | None = None
    others = load_registry().other_fields
    for e in load_registry().entities:
        for r in e.roles:
            found = re.search(r"(?<![a-z])" + re.escape(r.title) + r"(?![a-z])", low) if r.title else None
            if found is None:
                continue
            # the words naming the title's field, before it or after its "of" ("Ministry of Foreign Affairs")
            near = [
                *low[: found.start()].split()[-2:],
                *re.findall(r"^\s+of\s+(?:the\s+)?(\w+)", low[found.end() :]),
            ]
            if set(near) & others.get(r.title, frozenset()):
                continue  # (not "Russia's health ministry", "Ukraine's social policy ministry": another field's body)
            if (
                r.country
                and country
                and r.country != country
                and not (country == "third_party" and _names_country(low, r.country))
            ):
                continue  # ("the US president": a third country's role, named by its own forms)
            if r.country and not country and not (set(r.title.split()) & _place_words()):
                continue  # a role needs its country named, unless its title names its place ("Kursk governor")
            if not r.active(date):
                continue
            score = len(r.title)
            if best is None or score > best[0]:
                best = (score, e)
    return best[1] if best else None


@cache
def place_data() -> dict[str, Any]:
    """data/places.json: regions and countries with their spellings, and which side holds a region
    (read once; rules.context re-exports it)."""
    raw = resources.files("kursk_claims").joinpath("data/places.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


@cache
def _place_words() -> frozenset[str]:
    """The lowercase one-word place names of data/places.json ('kursk', 'sumy', 'belgorod')."""
    places: dict[str, list[str]] = place_data()["places"]
    return frozenset(a.lower() for aliases in places.values() for a in aliases if " " not in a)


_INTO_COUNTRY = re.compile(r" (?:into|across the border into) (?:the )?(russia|ukraine)(?:'s)? ")


def side_of_phrase(phrase: str) -> str | None:
    """The side a phrase names through a country or demonym ('a Russian official' -> russia)."""
    if phrase != phrase.lower():
        phrase = re.sub(r"\bus\b", " ", phrase)  # ("told us" as written: the pronoun, never the US)
    low = " " + re.sub(r"[^a-z'. ]+", " ", phrase.lower().replace("’", "'")) + " "
    found: list[tuple[int, str]] = []
    # "a battalion that crossed into Russia's Kursk region": the one who goes into a country is of
    # the side that fights it
    for m in _INTO_COUNTRY.finditer(low):
        found.append((m.start(), {"russia": "ukraine", "ukraine": "russia"}[m.group(1)]))
    low = _INTO_COUNTRY.sub(" ", low)
    low = re.sub(r"'s\b", "", low) + low  # "Seoul's" names Seoul
    present: list[tuple[str, str]] = []  # (side, word) as the registry lists them
    for side, words in load_registry().side_words.items():
        for w in words:
            i = low.find(" " + w + " ")
            if i >= 0:
                found.append((i, side))
                present.append((side, w))
    if not found:
        if " pro war " in low:
            return "russia"  # "pro-war bloggers": the war's own commentators (not "a pro-war Ukrainian MP")
        if any(" " + w.replace("-", " ") + " " in low for w in load_registry().independent_nouns):
            return "third_party"  # "military analysts", "experts": independent of the warring sides
        return None
    sides = {s for _, s in found}
    plain = phrase.lower().replace("’", "'")
    owner = re.match(r"\s*(?:the\s+)?([a-z.]+(?:\s[a-z.]+)?)'s\s", plain)
    if owner is not None and len(sides) > 1:
        # "Ukraine's defense attache in Seoul": the country that owns the post, wherever it serves
        own = [sd for sd, words in load_registry().side_words.items() if owner.group(1) in words]
        if own and own[0] != "third_party":
            return own[0]
    if "third_party" in sides and len(sides) > 1:
        # "the Russian Red Cross", "Ukraine's UN envoy": a warring side's own branch of, or post at, a
        # body of other countries (of the words found above)
        third = [w for sd, w in present if sd == "third_party"]
        own_branch = [
            sd
            for sd, w in present
            if sd != "third_party"
            for t in third
            if re.search(rf"\b{re.escape(w)} {re.escape(t)}\b", plain)
        ]
        if own_branch:
            return own_branch[0]
        return "third_party"  # joint Ukrainian/Western estimates count as third party
    found.sort()
    return found[0][1]


@cache
def side_name_regexes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(side, regex of the names and aliases of its registry officials and bodies), warring sides only."""
    names: dict[str, set[str]] = {"ukraine": set(), "russia": set()}
    for e in load_registry().entities:
        if e.side in names and e.kind in ("person", "body"):
            names[e.side].update((e.name, *e.aliases))
    return tuple(
        (
            side,
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(ns, key=len, reverse=True)) + r")\b"),
        )
        for side, ns in names.items()
    )


def field_of(name: str, head: str) -> str | None:
    """The field a body's name gives its head noun ("health" of "Russia's health ministry", "defense"
    of "the Defence Ministry"; data/entities.json `other_fields`), else None."""
    fields = load_registry().other_fields.get(head, frozenset()) | {"defense"}
    words = re.sub(r"(?i)defence", "defense", name).lower().split()
    return next((w for w in words if w in fields), None) if head in load_registry().other_fields else None
