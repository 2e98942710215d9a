"""What the rules read of a document: the DocContext (sentences, parses, quotations, dates), entity
mentions, the domain data (metrics.json, places.json) and the side words.

The rules read a sentence's parse and, for context, the parses of a fixed window of
neighbouring sentences (`WINDOW_BACK`, `WINDOW_FWD`); that is what lets extraction parse only
the sentences that hold quantities and their windows and still produce identical claims.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, NamedTuple

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.domain.registry import place_data as place_data  # one reader of the file
from kursk_claims.models import Claim, Document
from kursk_claims.text import dates
from kursk_claims.text.reporting import attribution_data as attribution_data  # one reader of the file
from kursk_claims.text.segment import Quote, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


WINDOW_BACK = 4


WINDOW_FWD = 2


# user_data key of a parse made without the entity components: True, then (once a document's
# rules hold it) the call that runs them on it; `ents_of` makes that call on the first read
ENTITIES_PENDING = "kursk_entities_pending"
_ENTS = "kursk_ents"


def ents_of(sdoc: Doc) -> Sequence[Span]:
    """The named entities of a sentence's parse. Every rule reads entities through here (or
    `ent_type_of`; tests/test_lazy_entities.py checks it): the extractor may parse without the
    entity components and leave the call that runs them in `user_data[ENTITIES_PENDING]`."""
    ents: tuple[Span, ...] | None = sdoc.user_data.get(_ENTS)
    if ents is None:
        pending = sdoc.user_data.pop(ENTITIES_PENDING, None)
        if pending is not None:
            pending(sdoc)  # a parse made without entities: have them found now
        ents = tuple(sdoc.ents)
        if any(_no_name(e) for e in ents):
            # a name is capitalised: "the independent outlet Mediazona" is no mention of The Independent
            sdoc.ents = [e for e in ents if not _no_name(e)]
            ents = tuple(sdoc.ents)
        aged = _aged_names(sdoc, ents)
        if aged:
            sdoc.ents = sorted(
                [e for e in ents if not any(a.start < e.end and e.start < a.end for a in aged)] + aged,
                key=lambda e: e.start,
            )
            ents = tuple(sdoc.ents)
        sdoc.user_data[_ENTS] = ents  # kept: spaCy builds `Doc.ents` anew from every token at each read
    return ents


# "Yevhen, a 34-year-old former bus driver,", "Tamara, a retired schoolteacher of 71,", "Olha, 61,":
# news style gives a person's age after their name, so a name written with an age is a person's
_AGED_NAME = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s+"
    r"(?:[1-9]\d,|an?\s+(?:[\w-]+\s+){0,3}?[1-9]\d-year-old\b|an?\s+[^,.;]{3,60}?\s+of\s+[1-9]\d(?![\d,]|,\d))"
)
_NOT_NAME_WORDS = frozenset(
    "a an and as at after before but by for from if in on since the when while with".split()
)


def _aged_names(sdoc: Doc, ents: Sequence[Span]) -> list[Span]:
    """PERSON spans for names the recogniser missed or mislabelled that the text gives an age."""
    from spacy.tokens import Span

    out: list[Span] = []
    for m in _AGED_NAME.finditer(sdoc.text):
        start = m.start(1)
        for word in m.group(1).split():
            if word.lower() not in _NOT_NAME_WORDS:
                break
            start = sdoc.text.index(word, start) + len(word) + 1
        span = sdoc.char_span(start, m.end(1))
        if span is None or start >= m.end(1):
            continue
        overlapping = [e for e in ents if e.start < span.end and span.start < e.end]
        if any(x.label_ == "PERSON" or x.ent_id_ for x in overlapping) or lookup(span.text) is not None:
            continue  # a person already, or a body or place the registry knows
        out.append(Span(sdoc, span.start, span.end, label="PERSON"))
    return out


def _no_name(x: Span) -> bool:
    """An entity that names nobody: a registry name the entity ruler matched in words written all in
    lowercase, or a person or body the model found in a run of symbols with no letter (a post's
    view counter "👁 61.0K"), or a month the model took for a person (a timeline's "MARCH 12 - ...")."""
    if x.label_ in ("PERSON", "ORG", "NORP", "GPE") and not any(ch.isalpha() for ch in x.text):
        return True
    if x.label_ == "PERSON" and re.fullmatch(dates.MONTH_RX + r"\.?(?:\s+\d{1,2})?", x.text):
        return x.text.split()[0].isupper() or len(x.text.split()) > 1  # (not "May" the name)
    return bool(x.ent_id_) and not any(ch.isupper() for ch in x.text)


def ent_type_of(tok: Token) -> str:
    """The entity label of a token ('' outside an entity), through `ents_of`."""
    ents_of(tok.doc)
    return str(tok.ent_type_)


def ent_id_of(x: Token | Span) -> str:
    """The registry id the entity ruler gave a token or an entity ('' if none), through `ents_of`."""
    ents_of(x.doc)
    return str(x.ent_id_)


def _data_json(name: str) -> dict[str, Any]:
    raw = resources.files("kursk_claims").joinpath(f"data/{name}").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


@cache
def metric_data() -> dict[str, Any]:
    """data/metrics.json: each metric's nouns, the cue-word lists and the predicate rules (cached)."""
    return _data_json("metrics.json")


@cache
def _noun_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for metric, spec in metric_data()["metrics"].items():
        for n in spec["nouns"]:
            idx.setdefault(n, metric)
    return idx


@cache
def _place_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for region, aliases in place_data()["places"].items():
        for a in aliases:
            names[a] = region
    for country, aliases in place_data()["countries"].items():
        for a in aliases:
            names[a] = country
    alts = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, alts)) + r")(?![a-z])"), names


class SourceLine(NamedTuple):
    """A 'Source: X' line: its sentence index and the claimant it names."""

    sent: int
    name: str
    side: str | None


@dataclass
class Mention:
    sent: int
    name: str  # canonical (registry) or as written
    side: str | None
    head: str  # head noun lemma of the phrase that named it ("source", "ministry", "syrskyi")
    kind: str  # person | body | media | group | other


@dataclass
class DocContext:
    document: Document
    sentences: list[Sentence]
    parsed: dict[int, Doc]  # sentence idx -> spaCy Doc (only the window sentences are read)
    quotes: list[Quote]
    doc_date: str | None
    dated_statements: list[tuple[int, str, str]]  # (sentence idx, entity name, ISO date)
    # the sentences of those statements an occasion dated (date.event_day, date.same_occasion): they
    # carry on only while nothing sets another time (rules.statement_days.carries_on)
    occasions: set[int] = field(default_factory=set)
    source_line: SourceLine | None = None  # the first 'Source: X' line (until a 'Background:' line)
    claims: list[Claim] = field(default_factory=list)
    claimant_heads: dict[int, str] = field(default_factory=dict)  # claim start -> its claimant's head noun
    # claim start -> (sentence that introduced its speaker, whether it frames a report, whether it
    # announces the report as a whole): speaker spans
    span_openers: dict[int, tuple[int, bool, bool]] = field(default_factory=dict)
    # sentence idx -> the text its parse holds, read without parsing (None: the parse's own text)
    parse_text: Callable[[int], str] | None = None
    # on a page dated only to its month, a day of it the page states with its weekday (docdate.weekday_anchor)
    anchor: dates.Anchor | None = None
    # the page's day headings, (sentence index, day), read once (rules.claim_date.day_heading)
    day_headings: list[tuple[int, str | None]] | None = None
    # a list page's items dated by their own stamps, (start, end, day), read once
    # (rules.day_headings.item_sentences)
    item_days: list[tuple[int, int, str]] | None = None
    # the sentences opening an interview's question lines, read once (rules.interview.question_lines)
    question_idx: list[int] | None = None
    # one-word claimants the page writes after a first name, each read once (rules.earlier._named_person)
    named_persons: dict[str, bool] = field(default_factory=dict)
    # sides the document passes learned for speakers the sentence rules left without one (name -> side):
    # the actor rules read them on a second look at those speakers' sentences (rules.document)
    learned_sides: dict[str, str] = field(default_factory=dict)
    # call signs the page gives named people (rules.described.call_sign_names), read once
    call_sign_names: dict[str, str] | None = None
    # (lede sentence, day) of the briefing, hearing or speech the lede reports, when before the page's
    # day (rules.statement_days.event_day)
    event: tuple[int, str] | None = None
    # the page's date is only inferred from its text (docdate: as-of, reported-date, latest-date, present-month,
    # elapsed-time) or unknown: a time it gives without a year cannot be placed by it before the story
    date_inferred: bool = False

    def claims_in(self, s: Sentence) -> list[Claim]:
        """The claims already found in one sentence, in text order."""
        return [c for c in self.claims if s.start <= c.start < s.end]

    def on_page(self, phrase: str) -> str | None:
        """A time phrase resolved against the page's date (and its weekday anchor)."""
        return dates.resolve_on_page(phrase, self.doc_date, self.anchor)

    @property
    def base(self) -> date | None:
        """The document date as a date (None when unknown)."""
        return dates.parse_iso(self.doc_date)

    def window(self, i: int) -> range:
        """The sentence indexes the rules may read for sentence i (WINDOW_BACK before, WINDOW_FWD after)."""
        return range(max(0, i - WINDOW_BACK), min(len(self.sentences), i + WINDOW_FWD + 1))

    def sent_doc(self, i: int, around: int) -> Doc | None:
        """The parse of sentence i, when it lies in the window of sentence `around` (else None)."""
        if i not in self.window(around):
            return None
        return self.parsed.get(i)

    def sent_text(self, i: int, around: int) -> str | None:
        """The text of `sent_doc(i, around)` (None exactly when that is None), without parsing the
        sentence: a rule that only reads text on a sentence it may not need asks for this first."""
        if i not in self.window(around) or i not in self.parsed:
            return None
        if self.parse_text is None:
            sdoc = self.parsed.get(i)
            return None if sdoc is None else str(sdoc.text)  # (a hand-built parse)
        return self.parse_text(i)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds a document offset, if any."""
        return next((s for s in self.sentences if s.start <= offset < s.end), None)


def _norm(s: str) -> str:
    return s.replace("’", "'").replace("‘", "'")


def side_of(name: str | None) -> str | None:
    """The side of a claimant name: the registry's, else the one its words name ('a Russian official'),
    else the country governing the place its officials are of ('Kursk regional authorities')."""
    if not name:
        return None
    e = lookup(name)
    if e is not None:
        return e.side
    return side_of_phrase(_norm(name)) or governed_place_side(name)


# Words for those who govern or administer a place: 'Kursk officials', 'the Sumy regional government',
# 'the head of the Glushkovo district'.
_GOVERNING = re.compile(
    r"(?i)\b(?:officials?|authorities|government|governor|administration|council|mayor|police|"
    # ("Kursk region human rights commissioner Yelena Tarasova", "the Kursk regional prosecutor")
    r"commissioner|ombudsman|ombudswoman|prosecutor|duma|legislature|"
    r"emergenc(?:y|ies)|health|ministry|department|office|headquarters|head|district|community|hromada|"
    # the people of a place and those who serve it: "a resident of Sudzha", "a surgeon at a Kursk city hospital"
    r"residents?|hospital|clinic|school|church|parish|diocese|village|city|town)\b"
)


def governed_place_side(phrase: str) -> str | None:
    """The side whose officials govern the place a phrase names, when the phrase names its
    officials or bodies ('Kursk regional authorities' -> russia, 'Sumy officials' -> ukraine)."""
    if COMMANDANT.search(phrase):
        # "the military commandant's office in the Kursk region": an army's office, the side of whichever
        # army holds the place, which the place's own side does not tell
        return None
    if _GOVERNING.search(phrase):
        return place_side(phrase)
    # "Vitaliy, a volunteer driver from Sumy": one from a place is of the side governing it (not "a
    # drone operator just back from Sudzha", "who evacuated soldiers from the Kursk region")
    origin = _ORIGIN.search(phrase)
    return place_side(origin.group(1)) if origin else None


_ORIGIN = re.compile(
    r"(?i)^\s*(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:"  # the description's own head ("a drone operator from")
    + "|".join(attribution_data()["origin_nouns"])
    + r")s?\s+from\s+(?:the\s+)?((?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?)"
)


# a military commandant (or his office) set up in a place: the administration of the army holding it
COMMANDANT = re.compile(r"(?i)\bcommandant(?:'s|’s|s)?\b")


def place_side(text: str, *, last: bool = False) -> str | None:
    """The side governing the first (or `last`) place of data/places.json the text names that has one."""
    rx, names = _place_regex()
    sides: dict[str, str] = place_data().get("sides", {})
    found = [side for m in rx.finditer(text) if (side := sides.get(names[m.group(0)]))]
    return (found[-1] if last else found[0]) if found else None


# the sides at war: a speaker, a list label or a claim's actor that is one of them takes part
WARRING_SIDES = ("ukraine", "russia", "north_korea")


def opposite(side: str | None) -> str | None:
    """The warring side facing `side` (North Korea fights Ukraine); None for any other side."""
    return {"ukraine": "russia", "russia": "ukraine", "north_korea": "ukraine"}.get(side or "")


def _side_word(tok: Token) -> str | None:
    low = _norm(tok.lower_)
    if tok.i > 0:
        # a two-word side word of the data ("north korean", "n. korean" in a headline)
        two = f"{tok.doc[tok.i - 1].lower_} {low}"
        side = next((sd for sd, words in _side_words().items() if sd != "third_party" and two in words), None)
        if side is not None:
            return side
    if low in ("north",) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_.startswith("korea"):
        return "north_korea"
    if low == "koreans" and (tok.i == 0 or tok.doc[tok.i - 1].lower_ != "south"):
        return "north_korea"  # "killed at least 300 Koreans": the Koreans at this war's front are the North's
    if low in ("korean", "koreans", "korea"):
        return None
    for side, words in _side_words().items():
        if side == "third_party":
            continue
        if low in words:
            return side
    return None


@cache
def _side_words() -> dict[str, set[str]]:
    from kursk_claims.domain.registry import load_registry

    return {k: set(v) for k, v in load_registry().side_words.items()}


# what a speaker's "my" makes theirs: their unit and its people ("my battalion", "my men")
_MY_OWN = frozenset(attribution_data()["formation_nouns"]) | {
    "unit",
    "man",
    "guy",
    "soldier",
    "fighter",
    "position",
}


# Slavic surnames mark their bearer's sex: "Zakharova", "Kostina", "Lebedeva" are women's; "Smirnov",
# "Putin", "Syrskyi", "Hrytsenko" (either) ... so "she" is never "Smirnov" nor "he" "Zakharova"
_WOMANS_SURNAME = re.compile(r"(?i)(?:ova|eva|yova|ina|yna|ska|tska|skaya|aya)$")
_MANS_SURNAME = re.compile(r"(?i)(?:ov|ev|yov|in|yn|sky|skyi|skiy|ich|vych)$")


def pronoun_clash(pronoun: str, name: str) -> bool:
    """Whether a third-person pronoun cannot refer to a person of this name, by the sex a Slavic
    surname marks ('she' ... 'Dmytro Lubinets' can be; 'she' ... 'Alexei Smirnov' cannot)."""
    words = name.split()
    if len(words) < 2:
        return False
    surname = words[-1]
    if pronoun in ("she", "her", "hers", "herself"):
        return _MANS_SURNAME.search(surname) is not None and _WOMANS_SURNAME.search(surname) is None
    if pronoun in ("he", "him", "his", "himself"):
        return _WOMANS_SURNAME.search(surname) is not None
    return False


def _relative_side(tok: Token, speaker_side: str | None) -> str | None:
    low = tok.lower_
    if low in ("enemy", "aggressor", "adversary", "enemy's"):
        return opposite(speaker_side) or None
    if low in ("occupiers", "occupier", "invaders", "invader", "occupying"):
        return "russia"
    if low in ("our", "we", "us") and tok.text != "US":
        return speaker_side  # (not "US-made", "the US": the country)
    if low == "my" and tok.head.lemma_.lower() in _MY_OWN:
        return speaker_side  # "my battalion lost 11 men": the speaker's own (not "my estimate")

    return None
