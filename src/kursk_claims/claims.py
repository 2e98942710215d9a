"""The claim layer: from a quantity in a parsed sentence to a claim record.

For each quantity the rules decide, in this order:
- metric: the unit (km², km, %), else the head noun of the number ("troops", "settlements"),
  refined by cue words of its clause ("were killed", "taken prisoner", "lost");
- actor and predicate: whose forces/territory (modifiers, the subject of the governing verb,
  "enemy"/"our" relative to the speaker) and what happened (the governing verb);
- claimant: a sieve of precise rules first (subject of a reporting verb, "according to X",
  the speaker of a quotation), then weaker ones (pronouns and role phrases resolved to earlier
  mentions or to the registry by date, "This was stated by X", a "Source:" line, headlines
  credited to the body's source for the same figure, delayed identification);
- claim date: an explicit time on the reporting verb, a dated statement by the same claimant,
  or the document date, at the precision the text allows.
Each decision records its cue in `evidence`, which `show` prints.

The rules read a sentence's parse and, for context, the parses of a fixed window of
neighbouring sentences (`WINDOW_BACK`, `WINDOW_FWD`); that is what lets extraction parse only
the sentences that hold quantities and their windows and still produce identical claims.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from kursk_claims.domain.registry import Entity, entity_named, lookup, resolve_role, side_of_phrase
from kursk_claims.models import Claim, Document
from kursk_claims.text import dates
from kursk_claims.text.quantities import Quantity, tidy
from kursk_claims.text.segment import Quote, Sentence, quote_at, sentences_spanning

WINDOW_BACK = 4
WINDOW_FWD = 2

REPORT_VERBS = {
    "say", "tell", "state", "report", "claim", "estimate", "write", "add", "note", "announce", "confirm",
    "assert", "indicate", "emphasize", "emphasise", "affirm", "insist", "acknowledge", "admit", "concede",
    "explain", "stress", "declare", "inform", "assess", "believe", "suggest", "show", "reveal", "publish",
    "post", "warn", "argue", "maintain", "put", "observe", "brief", "testify", "calculate", "count", "tally",
    "record", "allege", "boast", "specify", "clarify", "conclude", "mention", "accuse",
}  # fmt: skip
_RECKONING_NOUNS = {
    "reckoning",
    "estimate",
    "count",
    "calculation",
    "tally",
    "assessment",
    "account",
    "figure",
    "data",
}
SOURCE_NOUNS = {
    "estimate",
    "estimates",
    "assessment",
    "assessments",
    "figure",
    "figures",
    "data",
    "tally",
    "count",
    "intelligence",
    "analysis",
}
REPORT_NOUNS = {"report", "reports"}
ANAPHOR_HEADS = {
    "ministry", "statement", "source", "informant", "commander", "general", "official", "governor", "staff",
    "military", "army", "spokesman", "spokeswoman", "agency", "service", "president", "minister", "chief",
    "office", "command", "department", "head", "leader", "officer", "mod", "report",
}  # fmt: skip
ANAPHOR_SYNONYMS = {"mod": ("ministry",), "command": ("command", "staff", "ministry", "military")}
METONYMS = {
    "moscow": "Russia", "kremlin": "Kremlin", "kyiv": "Ukraine", "kiev": "Ukraine", "pyongyang": "North Korea",
    "seoul": "South Korea", "washington": "United States",
}  # fmt: skip
FULL_CONTROL = re.compile(
    r"(?i)\b(?:(?:fully|completely|entirely)\s+(?:reclaimed|liberated|retaken|recaptured|regained|cleared|freed)"
    r"|(?:regain(?:ed|ing)?|retak(?:en|ing|e)|restor(?:ed|ing|e)|reclaim(?:ed|ing)?|took|taken|tak(?:e|ing))\s+"
    r"(?:full|complete|total)\s+control)\b"
)


def _data_json(name: str) -> dict[str, Any]:
    raw = resources.files("kursk_claims").joinpath(f"data/{name}").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


@cache
def metric_data() -> dict[str, Any]:
    """data/metrics.json: each metric's nouns, the cue-word lists and the predicate rules (cached)."""
    return _data_json("metrics.json")


@cache
def place_data() -> dict[str, Any]:
    """data/places.json: regions and countries with their spellings, and which side holds a region (cached)."""
    return _data_json("places.json")


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


# ---------------------------------------------------------------------------------------------
# Context


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
    parsed: dict[int, Any]  # sentence idx -> spaCy Doc (only the window sentences are read)
    quotes: list[Quote]
    doc_date: str | None
    dated_statements: list[tuple[int, str, str]]  # (sentence idx, entity name, ISO date)
    source_line: tuple[int, str, str | None] | None = None  # ("Source: X" line idx, name, side)
    claims: list[Claim] = field(default_factory=list)

    @property
    def base(self) -> date | None:
        """The document date as a date (None when unknown)."""
        return dates.parse_iso(self.doc_date)

    def window(self, i: int) -> range:
        """The sentence indexes the rules may read for sentence i (WINDOW_BACK before, WINDOW_FWD after)."""
        return range(max(0, i - WINDOW_BACK), min(len(self.sentences), i + WINDOW_FWD + 1))

    def sent_doc(self, i: int, around: int) -> Any | None:
        """The parse of sentence i, when it lies in the window of sentence `around` (else None)."""
        if i not in self.window(around):
            return None
        return self.parsed.get(i)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds a document offset, if any."""
        return next((s for s in self.sentences if s.start <= offset < s.end), None)


def _norm(s: str) -> str:
    return s.replace("’", "'").replace("‘", "'")


def side_of(name: str | None) -> str | None:
    """The side of a claimant name: the registry's, else the one its words name ('a Russian official')."""
    if not name:
        return None
    e = lookup(name)
    if e is not None:
        return e.side
    return side_of_phrase(_norm(name))


def opposite(side: str | None) -> str | None:
    """The warring side facing `side` (North Korea fights Ukraine); None for any other side."""
    return {"ukraine": "russia", "russia": "ukraine", "north_korea": "ukraine"}.get(side or "")


# ---------------------------------------------------------------------------------------------
# Token helpers


def _tokens_for(sdoc: Any, s: Sentence, start: int, end: int) -> list[Any]:
    """The tokens of a sentence's Doc that overlap [start, end) (document offsets)."""
    a, b = max(0, start - s.start), min(len(sdoc.text), end - s.start)
    if b <= a:
        return []
    span = sdoc.char_span(a, b, alignment_mode="expand")
    return list(span) if span is not None else [t for t in sdoc if t.idx < b and t.idx + len(t.text) > a]


_SCALE_TOKENS = {
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "score",
    "scores",
}


def _num_token(sdoc: Any, s: Sentence, q: Quantity) -> Any | None:
    toks = _tokens_for(sdoc, s, q.num_start, q.num_end)
    if not toks:
        return None
    nums = [t for t in toks if t.like_num or t.pos_ == "NUM" or t.lower_ in _SCALE_TOKENS]
    return (nums or toks)[-1]


_TRANSPARENT = {"including", "includes", "include", "among", "excluding"}


def _heads(tok: Any, limit: int) -> Iterator[Any]:
    """tok's heads, nearest first: at most `limit` of them, ending at the root."""
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            return
        cur = cur.head
        yield cur


def _steps_up(a: Any, t: Any) -> int | None:
    """How many heads up from t the token a stands (0 when t is a); None when a is not t or one of
    its 29 nearest heads."""
    if t.i == a.i:
        return 0
    return next((n for n, h in enumerate(_heads(t, 29), 1) if h.i == a.i), None)


def _ancestors_to_verb(tok: Any, limit: int = 6) -> list[Any]:
    """tok's heads up to and including the first verb (and one more verb for xcomp/conj chains)."""
    out: list[Any] = []
    for cur in _heads(tok, limit):
        out.append(cur)
        if cur.lower_ in _TRANSPARENT:
            continue  # "..., including 16,000 killed": the list hangs on the verb above
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in (
            "xcomp",
            "conj",
            "acl",
            "advcl",
            "relcl",
            "pcomp",
        ):
            break
    return out


def _governing_verb(tok: Any) -> Any | None:
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i and cur.lower_ not in _TRANSPARENT:
            return cur
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
    return None


def _subject_of(verb: Any) -> Any | None:
    """The subject of a verb, climbing through xcomp/conj/advcl chains (and the nouns they hang on)."""
    cur = verb
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            for c in cur.children:
                if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                    if c.dep_ == "nsubj" and c.lemma_.lower() in (
                        "region",
                        "area",
                        "territory",
                        "village",
                        "town",
                    ):
                        break  # "declared the region fully liberated and put ...": not the speaker
                    return c
            if cur.dep_ == "relcl":
                return cur.head  # "the region that covers ..." -> region
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "ROOT"):
            break
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("xcomp", "conj", "advcl", "acl", "pcomp", "prep"):
            break
        cur = cur.head
    return None


def _agent_of(verb: Any) -> Any | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _subtree_text(tok: Any) -> str:
    """The text of the whole phrase tok heads."""
    sub = list(tok.subtree)
    return str(tok.doc[sub[0].i : sub[-1].i + 1].text)


def _phrase(tok: Any) -> str:
    """The noun phrase a token heads, cut at the first comma/parenthesis after it."""
    toks = list(tok.subtree)
    start = toks[0].i
    end = toks[-1].i
    for t in toks:
        if t.i > tok.i and t.text in (",", "(", "—", "–", ";"):
            end = t.i - 1
            break
    span = tok.doc[start : end + 1]
    return str(span.text).strip(" ,")


def _words_lower(toks: list[Any]) -> list[str]:
    """The tokens' lowercase words, then a separator, then their lemmas (phrases match within either)."""
    return [t.lower_ for t in toks] + ["|"] + [t.lemma_.lower() for t in toks]


def _has_cue(words: list[str] | str, cues: list[str]) -> str | None:
    text = " " + (" ".join(words) if isinstance(words, list) else words.lower()) + " "
    for c in cues:
        if " " + c + " " in text:
            return c
    return None


# ---------------------------------------------------------------------------------------------
# Metric


_SAY = r"(?P<verb>said|says|told|wrote|added|reported|stated|claimed|claims|announced|noted|estimated|estimates|believes)"
# "..., Commander-in-Chief Oleksandr Syrskyi said on Feb. 6."
_TAIL_ATTRIBUTION = re.compile(
    r",\s+(?P<who>[A-Z][^,;\"“”]{1,90}?)\s+" + _SAY + r"\b[^,;\"“”]{0,60}[.!?]?[\"”’]?\s*$"
)
# "Russia's Defense Ministry claims that ..."
_HEAD_ATTRIBUTION = re.compile(r"^(?P<who>[A-Z][^,;\"“”]{1,60}?)\s+" + _SAY + r"\s+(?:that\s+)?")
# "put the number of killed and wounded North Koreans at 4,000", "the death toll stood at 300"
_NUMBER_OF = re.compile(
    r"(?i)\b(?:number|toll|tally|count)\s+of\s+([\w\s'’-]{3,60}?)\s+"
    r"(?:at|to|was|is|stood\s+at|stands\s+at|reached|reaches|rose\s+to|exceeded|exceeds|surpassed|topped|"
    r"totals|totalled|totaled|amounted\s+to|amounts\s+to)\s+[\w\s]{0,15}$"
)


_KILLED_OR_WOUNDED = re.compile(
    r"\b(?:killed|dead)(?:,)?\s+(?:or|and)\s+(?:wounded|injured)\b|\b(?:wounded|injured)\s+(?:or|and)\s+(?:killed|dead)\b"
)


# Nouns that name the figure itself, not what it counts: "in the several hundred range", "the 4,000 mark"
_FIGURE_NOUNS = {
    "more",
    "others",
    "other",
    "range",
    "figure",
    "mark",
    "level",
    "total",
    "tally",
    "count",
    "number",
}


@dataclass
class MetricHit:
    metric: str
    noun: Any | None  # head noun token
    cue: str


def _head_noun(sdoc: Any, num: Any) -> Any | None:
    """The noun a number counts: 'approximately 10,000 Russian troops' -> troops."""
    i = num.i + 1
    steps = 0
    prev_of_ok = (
        num.lower_ in ("thousands", "hundreds", "dozens", "tens", "millions", "scores") or num.like_num
    )
    while i < len(sdoc) and steps < 8:
        t = sdoc[i]
        steps += 1
        low = t.lower_
        if low in ("[", "]", "-", "–", '"', "“", "”", "'") or t.is_quote:
            i += 1
            continue
        if low in ("a", "an"):
            break  # "82 a week earlier": a new noun phrase
        if low in ("plus", "odd"):
            i += 1
            continue
        if low == "or" and i + 1 < len(sdoc) and sdoc[i + 1].lower_ in ("so", "more", "fewer", "less"):
            i += 2  # "10,000 or so Russian troops"
            continue
        if low == "of" and prev_of_ok:
            prev_of_ok = False
            i += 1
            continue
        if (
            low in ("units", "unit", "pieces", "piece", "items")
            and i + 1 < len(sdoc)
            and sdoc[i + 1].lower_ == "of"
        ):
            i += 2
            continue
        if low in ("and", "or", ",") and i + 1 < len(sdoc) and sdoc[i + 1].pos_ in ("ADJ", "PROPN"):
            i += 1  # coordinated modifiers: "50,000 Russian and North Korean soldiers"
            continue
        if t.pos_ in ("ADJ", "DET", "NUM") or low in (
            "our",
            "their",
            "its",
            "his",
            "these",
            "those",
            "more",
            "other",
            "the",
        ):
            i += 1
            continue
        if (
            t.pos_ in ("PROPN",)
            or (t.pos_ == "NOUN" and t.dep_ == "compound")
            or low in ("north", "korean", "aggressor")
        ):
            if t.pos_ == "NOUN" and t.dep_ != "compound" and t.lemma_.lower() in _noun_index():
                return t
            i += 1
            continue
        if t.pos_ == "NOUN" or (
            t.pos_ == "VERB" and t.tag_ == "VBN" and low in ("killed", "wounded", "injured", "dead")
        ):
            return t
        if t.pos_ == "ADJ" and low in ("dead", "wounded", "injured"):
            return t
        break
    return None


def _noun_metric(noun: Any) -> tuple[str, str] | None:
    idx = _noun_index()
    doc = noun.doc
    cands = [noun.lemma_.lower(), noun.lower_]
    for k in (2, 3):
        if noun.i - k + 1 >= 0:
            span = doc[noun.i - k + 1 : noun.i + 1]
            cands.append(" ".join(t.lower_ for t in span))
            cands.append(" ".join([t.lower_ for t in span][:-1] + [noun.lemma_.lower()]))
    # "prisoners of war"
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of" and doc[noun.i + 2].lower_ == "war":
        return "prisoners", "prisoners of war"
    for c in sorted(cands, key=len, reverse=True):
        if c in idx:
            return idx[c], c
    return None


def _clause_cues(num: Any, noun: Any | None) -> list[str]:
    """Words and lemmas of the quantity's clause, nearest first: the heads up to the governing
    verb with its objects and prepositional phrases, the phrase's own modifiers, then the words
    right after it."""
    anchor = noun if noun is not None else num
    doc = anchor.doc
    toks: list[Any] = [anchor] if anchor.pos_ == "VERB" else []
    for a in _ancestors_to_verb(anchor):
        toks.append(a)
        if a.pos_ in ("VERB", "AUX"):
            for c in a.children:
                if c.i == anchor.i:
                    continue
                if c.dep_ in ("oprd", "dobj", "prt", "acomp", "attr", "auxpass", "nsubj"):
                    toks.append(c)
                elif c.dep_ in ("prep", "xcomp"):
                    toks.extend(t for t in c.subtree if t.i - c.i < 5)
    for c in anchor.children:
        if c.dep_ in ("acl", "relcl", "amod"):
            toks.append(c)
            toks.extend(g for g in c.children if g.dep_ in ("oprd", "prt", "dobj"))
    toks.extend(doc[anchor.i + 1 : min(len(doc), anchor.i + 6)])
    return _words_lower(toks)


_LIST_LABEL = re.compile(
    r"^\s*(?:[-•*·]\s*)?([A-Za-z][A-Za-z /,()-]{1,48}?)\s*[‒–—:-]\s*(?:about|approximately|around|more\s+than|over|up\s+to)?\s*$"
)


def _share_of_territory(after: str, context: str) -> str | None:
    """'two-thirds of the captured territory', 'a fifth of Ukraine', 'half of it' (after an area),
    'less than half of the 1,376 sq km'; not 'two-thirds of houses', 'a third of those who remain'."""
    m = re.match(r"^\s+of\s+(it|that|this)\b", after)
    if m:
        territorial = _has_cue(re.findall(r"[a-z']+", context.lower()), metric_data()["territory_words"])
        areal = re.search(r"(?i)\bkm\b|km²|kilomet|square\s+mi|\bsq\b|hectare", context)
        return f"'{m.group(1)}' (territory)" if territorial or areal else None
    m = re.match(r"^\s+of\s+", after)
    if not m:
        return None
    rest = after[m.end() : m.end() + 80]
    if re.match(r"(?:the\s+)?[\d,.]+\s*(?:sq(?:uare)?\.?\s*(?:km|kilomet|mi)|km²|km2|hectares)", rest, re.I):
        return "an area"
    rx, _names = _place_regex()
    for k, w in enumerate(re.finditer(r"[\w’'-]+", rest)):
        if k >= 5:
            break
        token = w.group(0)
        if token.lower() in metric_data()["territory_words"]:
            return f"'{token}'"
        if rx.fullmatch(token) and not re.match(r"^\s*['’]s\b", rest[w.end() :]):
            return f"'{token}'"
        if token.lower() in (
            "those",
            "them",
            "whom",
            "which",
            "houses",
            "homes",
            "people",
            "residents",
            "respondents",
        ):
            return None
    return None


def _civilian_context(sdoc: Any) -> bool:
    """The sentence is about civilians (residents, children, a strike on a town) and not troops."""
    words = {t.lemma_.lower() for t in sdoc}
    civil = {
        "civilian",
        "resident",
        "child",
        "people",
        "inhabitant",
        "hospital",
        "apartment",
        "school",
        "shelling",
        "strike",
    }
    military = {
        "soldier",
        "troop",
        "serviceman",
        "servicemen",
        "fighter",
        "personnel",
        "occupier",
        "mercenary",
        "enemy",
        "army",
        "invader",
    }
    return bool(words & civil) and not (words & military)


def _label_metric(label: str) -> str | None:
    """'tanks' -> equipment, 'armoured combat vehicles' -> equipment, 'personnel' -> personnel."""
    idx = _noun_index()
    words = re.findall(r"[a-z]+", label.lower())
    for k in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - k + 1):
            phrase = " ".join(words[i : i + k])
            for cand in (
                phrase,
                phrase[:-1] if phrase.endswith("s") else phrase,
                re.sub(r"ies$", "y", phrase),
            ):
                if cand in idx:
                    return idx[cand]
    return None


def ctx_text_before(s: Sentence, earlier: list[Claim]) -> str:
    """The sentence text plus the sentences of the claims just before it (for list context)."""
    return " ".join([c.sentence for c in earlier[-3:]] + [s.text])


def classify_metric(q: Quantity, sdoc: Any, s: Sentence, earlier: list[Claim]) -> MetricHit | None:
    """What the quantity counts, or None when it is not a war claim."""
    num = _num_token(sdoc, s, q)
    if num is None:
        return None
    if q.unit == "km2":
        return MetricHit("territory_km2", None, f"unit '{q.unit_text}'")
    if q.unit == "km":
        return MetricHit("distance_km", None, f"unit '{q.unit_text}'")
    if q.unit == "percent":
        return _percent_metric(q, s, earlier)
    if q.unit != "count":
        return None
    noun = _head_noun(sdoc, num)
    hit = _noun_metric(noun) if noun is not None else None
    cues = _clause_cues(num, noun)
    if hit is not None and noun is not None:
        return _counted_noun_metric(q, sdoc, num, noun, hit, cues)
    if noun is not None and noun.pos_ == "NOUN" and noun.lower_ not in _FIGURE_NOUNS:
        return None  # the number counts something else: "two countries", "71 air strikes"
    return _bare_number_metric(q, sdoc, s, num, cues, earlier)


def _percent_metric(q: Quantity, s: Sentence, earlier: list[Claim]) -> MetricHit | None:
    """A percentage or fraction is a claim only as a share of territory."""
    if q.kind in ("fraction", "verb"):
        if q.kind == "verb":
            return MetricHit("territory_pct", None, f"'{q.text}' the territory")
        share = _share_of_territory(s.text[q.end - s.start :], ctx_text_before(s, earlier))
        return MetricHit("territory_pct", None, f"share '{q.text}' of {share}") if share else None
    words = re.findall(r"[a-z']+", s.text.lower())
    cue = _has_cue(
        words,
        metric_data()["territory_words"] + ["liberated", "captured", "retaken", "occupied", "seized"],
    )
    if cue:
        return MetricHit("territory_pct", None, f"percentage with territory word '{cue}'")
    return None


def _counted_noun_metric(
    q: Quantity, sdoc: Any, num: Any, noun: Any, hit: tuple[str, str], cues: list[str]
) -> MetricHit:
    """The metric of a number whose head noun names one ('10,000 troops'), refined by the cues around it."""
    md = metric_data()
    metric, word = hit
    if metric in md["person_metrics"] or metric == "civilians" and word in ("people", "person"):
        around = sdoc[max(0, num.i - 5) : min(len(sdoc), noun.i + 13)].text.lower()
        if _KILLED_OR_WOUNDED.search(around):
            return MetricHit("casualties", noun, f"'{word}' killed or wounded")
        if re.search(r"\bhome\b", around) and re.search(
            r"(?i)captur|prisoner|exchange|swap|captivity", sdoc.text
        ):
            return MetricHit("prisoners", noun, f"'{word}' brought home in an exchange")
        for target, words in md["refine_person"]:
            c = _has_cue(cues, words)
            if c:
                if metric == "civilians" and target == "prisoners":
                    continue
                if metric == "civilians" and target in ("killed", "wounded"):
                    return MetricHit("civilians", noun, f"'{word}' {c}")
                return MetricHit(target, noun, f"'{word}' with cue '{c}'")
        if metric == "civilians" and _has_cue(
            _words_lower(list(sdoc)), ["personnel", "soldiers", "troops", "losses"]
        ):
            return MetricHit("casualties", noun, f"'{word}' among military losses")
    participle = noun.lower_ in ("killed", "wounded", "injured", "dead")
    if metric in ("killed", "wounded") and participle:
        if _KILLED_OR_WOUNDED.search(sdoc[noun.i : min(len(sdoc), noun.i + 4)].text.lower()):
            return MetricHit("casualties", noun, f"'{q.text} killed and wounded'")
    if metric in ("killed", "wounded") and participle and _civilian_context(sdoc):
        return MetricHit("civilians", noun, f"'{q.text} {noun.text}' among civilians")
    if metric == "casualties":
        right = _words_lower(list(noun.doc[noun.i + 1 : noun.i + 5]))
        for target, words in md["refine_person"]:
            if target in ("killed", "wounded") and _has_cue(right, words):
                return MetricHit(target, noun, f"'{word}' with cue '{_has_cue(right, words)}'")
    return MetricHit(metric, noun, f"head noun '{word}'")


def _bare_number_metric(
    q: Quantity, sdoc: Any, s: Sentence, num: Any, cues: list[str], earlier: list[Claim]
) -> MetricHit | None:
    """The metric of a number with no counting noun: from the noun it hangs on, its verb's subject or
    object, a list label, cue words, 'the number of ...', or the figure before it (ellipsis)."""
    md = metric_data()
    # "suffered losses of 40,000": the noun before "of" counts the number
    if num.head.lower_ == "of" and num.dep_ == "pobj" and num.head.head.pos_ == "NOUN":
        got = _noun_metric(num.head.head)
        if got is not None:
            return MetricHit(got[0], None, f"'{num.head.head.text} of {q.text}'")
    # "Russian losses exceeded 62,000": the subject of the number's verb says what it counts
    gverb = _governing_verb(num)  # the number's verb, read by the rules below
    role = num.head.dep_ if num.dep_ == "nummod" and num.head.lower_ in ("plus", "odd") else num.dep_
    if gverb is not None and role in ("dobj", "attr", "pobj", "npadvmod", "advmod"):
        subj_tok = next((c for c in gverb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj_tok is not None and subj_tok.i < num.i:
            got = _noun_metric(subj_tok)
            if got is None:  # "Moscow's figure for Ukrainian losses is 76,000-plus"
                inner = [
                    g
                    for c in subj_tok.children
                    if c.dep_ == "prep" and c.lower_ in ("for", "of")
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                got = _noun_metric(inner[0]) if inner else None
            if got is not None and got[0] in (
                "casualties",
                "killed",
                "wounded",
                "prisoners",
                "personnel",
                "equipment",
            ):
                return MetricHit(got[0], None, f"'{subj_tok.text} {gverb.text} {q.text}'")
    # "put the contingent at 11,000-12,000", "put North Korean casualties in the several hundred range"
    if gverb is not None and gverb.lemma_.lower() in ("put", "estimate", "place", "number"):
        objs = [c for c in gverb.children if c.dep_ in ("dobj", "nsubj")]
        for o in objs:
            got = _noun_metric(o)
            if got is not None:
                return MetricHit(got[0], None, f"'{gverb.text} {o.text} at {q.text}'")
    # A list line: "tanks ‒ 10,199 (+9)", "personnel – 62,400 people" (a General Staff tally)
    label = _LIST_LABEL.search(s.text[: q.start - s.start])
    if label:
        listed = _label_metric(label.group(1))
        if listed is not None:
            if listed == "personnel" and re.search(r"(?i)\bloss", ctx_text_before(s, earlier)):
                listed = "casualties"
            return MetricHit(listed, None, f"list line '{label.group(1).strip()}'")
    # A bare number: "2,700 had been injured", "47 more", "about 1,200" after an earlier figure.
    right = _words_lower(list(sdoc[num.i + 1 : num.i + 4]))
    if (
        gverb is not None
        and num.dep_ in ("nsubj", "nsubjpass", "dobj")
        or num.head.dep_ in ("nsubj", "nsubjpass")
    ):
        # "several hundred of them had been killed", "2,700 had been injured", "Hundreds were taken prisoner"
        vt = gverb if gverb is not None else num.head
        right += _words_lower([vt, *(c for c in vt.children if c.dep_ in ("oprd", "dobj", "acomp"))])
    for target, words in md["refine_person"]:
        c = _has_cue(right, words)
        if c and target in ("killed", "wounded", "casualties", "prisoners"):
            if target in ("killed", "wounded") and _civilian_context(sdoc):
                return MetricHit("civilians", None, f"bare number with '{c}' among civilians")
            return MetricHit(target, None, f"bare number with '{c}'")
    if gverb is not None and gverb.lemma_ == "put":
        obj_words = _words_lower([t for c in gverb.children if c.dep_ == "dobj" for t in c.subtree])
        for target, words in md["refine_person"]:
            c = _has_cue(obj_words, words)
            if c:
                return MetricHit(target, None, f"'put the number of ... at', cue '{c}'")
    nm = _NUMBER_OF.search(s.text[: q.num_start - s.start])
    if nm:
        words = re.findall(r"[a-z'-]+", nm.group(1).lower())
        noun_metric = next((_noun_index()[w] for w in words if w in _noun_index()), None)
        if noun_metric == "civilians" and not _has_cue(words, ["killed", "wounded", "dead", "injured"]):
            return MetricHit("civilians", None, f"'the number of {nm.group(1).strip()}'")
        for target, cue_words in md["refine_person"]:
            c = _has_cue(words, cue_words)
            if c:
                return MetricHit(target, None, f"'the number of {nm.group(1).strip()}' at the figure")
    prev = [c for c in earlier if c.start >= s.start and c.end <= q.start]
    if prev:
        base = prev[-1].metric
        if base in ("killed", "wounded", "casualties", "personnel", "prisoners"):
            near_toks = (
                [gverb, *(c for c in gverb.children if c.dep_ in ("acomp", "attr", "oprd"))]
                if gverb is not None
                else []
            )
            near_toks.extend(num.doc[num.i + 1 : num.i + 5])
            near = _words_lower(near_toks)
            for target, words in md["refine_person"]:
                c = _has_cue(near, words)
                if c and target in ("killed", "wounded"):
                    return MetricHit(target, None, f"ellipsis after '{prev[-1].text}', cue '{c}'")
        if base == "civilians" or base in (
            "killed",
            "wounded",
            "casualties",
            "personnel",
            "prisoners",
            "equipment",
            "settlements",
        ):
            return MetricHit(base, None, f"ellipsis: same kind as '{prev[-1].text}'")
    for target, words in md["refine_person"]:
        c = _has_cue(cues, words)
        if c and _has_cue(cues, ["number"]):
            return MetricHit(target, None, f"'number of' with '{c}'")
    return None


# ---------------------------------------------------------------------------------------------
# Actor and predicate


def _side_word(tok: Any) -> str | None:
    low = _norm(tok.lower_)
    if low in ("korean", "koreans") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "north":
        return "north_korea"
    if low in ("korea", "korea's") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "north":
        return "north_korea"
    if low in ("north",) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_.startswith("korea"):
        return "north_korea"
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


def _relative_side(tok: Any, speaker_side: str | None) -> str | None:
    low = tok.lower_
    if low in ("enemy", "aggressor", "adversary", "enemy's"):
        return opposite(speaker_side) or None
    if low in ("occupiers", "occupier", "invaders", "invader", "occupying"):
        return "russia"
    if low in ("our", "we", "us"):
        return speaker_side
    return None


def _side_of_np(tok: Any, speaker_side: str | None) -> str | None:
    """Side named inside the phrase headed by tok ('Russia's army', 'the Armed Forces of Ukraine', 'we')."""
    rel = _relative_side(tok, speaker_side)
    if rel:
        return rel
    for t in tok.subtree:
        r = _relative_side(t, speaker_side)
        if r:
            return r
        sw = _side_word(t)
        if sw:
            return sw
    return None


def _modifier_side(num: Any, noun: Any | None, speaker_side: str | None) -> tuple[str | None, str]:
    toks: list[Any] = []
    if noun is not None:
        toks.extend(num.doc[num.i + 1 : noun.i + 1])
        toks.extend(
            t for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree
        )
        # "12,000 troops from North Korea"
        toks.extend(t for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree)
    else:
        toks.extend(num.doc[num.i + 1 : min(len(num.doc), num.i + 3)])
    for t in toks:
        r = _relative_side(t, speaker_side)
        if r:
            return r, f"'{t.text}' relative to the speaker"
        sw = _side_word(t)
        if sw:
            return sw, f"modifier '{t.text}'"
    return None, ""


def _last_side_before(
    sdoc: Any, char_limit: int, skip: tuple[int, int] | None = None, speaker_side: str | None = None
) -> tuple[str | None, str]:
    best: tuple[str | None, str] = (None, "")
    for t in sdoc:
        if t.idx >= char_limit:
            break
        if skip and skip[0] <= t.idx < skip[1]:
            continue
        sw = _relative_side(t, speaker_side) if t.lower_ not in ("our", "we", "us") else None
        sw = sw or _side_word(t)
        if sw:
            best = (sw, f"nearest side word '{t.text}'")
    return best


def _unit_anchor(num: Any, q: Quantity) -> Any:
    """For '800 square kilometers' or '64%', the unit noun heads the phrase in the parse."""
    if q.unit in ("km2", "km", "percent") and q.kind not in ("fraction", "verb"):
        if num.dep_ in ("nummod", "quantmod", "compound", "amod") and num.i < num.head.i <= num.i + 4:
            return num.head
    if q.kind == "fraction" and num.dep_ == "nummod" and num.head.i > num.i:
        return num.head  # "two-thirds": the noun "thirds" is the phrase head
    return num


def _predicate(metric: str, num: Any, noun: Any | None, q: Quantity, s: Sentence) -> tuple[str, str]:
    md = metric_data()
    if metric == "killed":
        return "killed", "metric"
    if metric == "wounded":
        return "wounded", "metric"
    if metric == "casualties":
        return "killed_or_wounded", "metric"
    anchor = noun if noun is not None else _unit_anchor(num, q)
    cues = _clause_cues(num, noun if noun is not None else (anchor if anchor.i != num.i else None))
    verb = _governing_verb(anchor)
    if metric == "prisoners":
        c = _has_cue(cues, md["predicates"]["prisoners"][0][1])
        return ("other", f"cue '{c}'") if c else ("taken_prisoner", "metric")
    if metric == "civilians":
        gv = anchor if anchor.pos_ == "VERB" else verb
        if gv is not None and gv.lemma_.lower() in ("wound", "injure"):
            return "wounded", f"'{gv.text}'"
        if gv is not None and gv.lemma_.lower() in ("kill", "die"):
            return "killed", f"'{gv.text}'"
        c = _has_cue(cues, ["kill", "killed", "dead", "die", "died"])
        if c:
            return "killed", f"cue '{c}'"
        c = _has_cue(cues, ["wound", "wounded", "injure", "injured"])
        return ("wounded", f"cue '{c}'") if c else ("other", "default for civilians")
    if metric in ("territory_km2", "territory_pct", "settlements"):
        family = "territory"
    elif metric == "distance_km":
        family = "distance"
        if q.hyphenated:
            return "other", "adjectival distance ('40-kilometer front')"
    else:
        family = metric
    rules = md["predicates"].get(family, [])
    if family == "territory" and rules and rules[0][0] == "region_size":
        gv = verb.lemma_.lower() if verb is not None else ""
        if gv in ("cover", "span", "measure") and anchor.dep_ in ("dobj", "attr", "npadvmod", "pobj"):
            return "region_size", f"'{verb.text}' (size of a region)"  # type: ignore[union-attr]
        rules = rules[1:]
    if family in ("personnel", "distance"):
        # nearest cue wins, token by token (a token's word and lemma together)
        half = cues.index("|") if "|" in cues else len(cues)
        for w, lem in zip(cues[:half], cues[half + 1 :], strict=False):
            for pred, cue_words in rules:
                if w in cue_words or lem in cue_words:
                    return pred, f"cue '{w}'"
    if family == "territory":
        if re.search(r"(?i)\bbeen\s+(?:pushed|driven|forced|expelled|squeezed|ousted)\s+out\b", s.text):
            return "lost", "'been pushed out of'"
        if (
            _has_cue(cues, ["control"])
            and verb is not None
            and verb.lemma_ in ("take", "gain", "establish", "assume", "have", "seize")
        ):
            return "controls", f"'{verb.text} ... control'"
        if verb is not None and verb.lemma_ == "claim" and _is_object_of(anchor, verb):
            return "controls", "'claimed' N km² (held at the time)"
        if verb is not None and verb.lemma_ == "occupy":
            return (
                ("controls", "'occupies' (present)")
                if verb.tag_ in ("VBZ", "VBP")
                else ("captured", "'occupied' (past)")
            )
    for pred, cue_words in rules:
        c = _has_cue(cues, cue_words)
        if c:
            return pred, f"cue '{c}'"
    if family == "territory" and _has_cue(cues, ["attack", "repel", "thwart", "assault"]):
        return "attacking", "cue 'attack'"
    defaults = {"personnel": "deployed", "equipment": "lost", "distance": "other", "territory": "controls"}
    if family == "equipment" and not _has_cue(
        _words_lower(list(num.doc)), ["lose", "lost", "destroy", "destroyed", "loss", "losses"]
    ):
        return "other", "no loss cue"
    return defaults.get(family, "other"), "default"


def _is_object_of(tok: Any, verb: Any) -> bool:
    """tok is the direct object of verb (or conjoined with it, or inside 'N of X')."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "dobj" and cur.head.i == verb.i:
            return True
        if cur.dep_ in ("conj", "appos", "pobj", "prep", "nummod", "quantmod") and cur.head.i != cur.i:
            cur = cur.head
            continue
        return False
    return False


_HARM_VERBS = {
    "kill", "wound", "injure", "destroy", "eliminate", "down", "shoot", "hit", "strike", "neutralize",
    "neutralise", "capture", "seize", "take", "intercept",
}  # fmt: skip


def _actor(
    metric: str,
    predicate: str,
    num: Any,
    noun: Any | None,
    q: Quantity,
    s: Sentence,
    speaker_side: str | None,
    sdoc: Any,
    prev_doc: Any | None = None,
    earlier_actor: str | None = None,
) -> tuple[str, str]:
    if metric == "civilians":
        return "civilians", "metric"
    if predicate == "region_size":
        return "unknown", "size of a region"
    anchor = noun if noun is not None else _unit_anchor(num, q)
    verb = _governing_verb(anchor)
    if metric not in ("territory_km2", "territory_pct", "settlements"):
        side, why = _modifier_side(num, noun, speaker_side)
        if side:
            return side, why
        if verb is not None and verb.lemma_.lower() in ("put", "estimate", "place"):
            # "put Ukrainian losses at 4,130 servicemen": whose losses the object names
            for o in (c for c in verb.children if c.dep_ == "dobj"):
                side = _side_of_np(o, speaker_side)
                if side:
                    return side, f"'{verb.text} {_phrase(o)} at ...'"
        if noun is None and q.unit == "count" and earlier_actor:
            return earlier_actor, "ellipsis: the actor of the figure before it"
        for a in _ancestors_to_verb(anchor):
            if a.pos_ in ("NOUN", "PROPN"):
                for c in a.children:
                    if c.dep_ in ("amod", "compound", "poss"):
                        sw = _side_word(c) or _relative_side(c, speaker_side)
                        if sw:
                            return sw, f"'{c.text} {a.text}'"
    if verb is not None:
        figure = next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _FIGURE_NOUNS), None
        )
        if figure is not None:
            # "Moscow's figure for Ukrainian losses is 76,000": whose losses the figure is for
            for p in (c for c in figure.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
                side = _side_of_np(p, speaker_side)
                if side:
                    return side, f"'{figure.text} {p.text} ...'"
        subj = _agent_of(verb) if anchor.dep_ == "nsubjpass" else None
        subj = subj or _subject_of(verb)
        if subj is not None and not (subj.i <= anchor.i <= list(subj.subtree)[-1].i):
            if (
                metric in ("killed", "wounded", "casualties", "equipment", "prisoners")
                and (
                    verb.lemma_.lower() in _HARM_VERBS
                    or metric == "prisoners"
                    and verb.lemma_.lower() in ("hold", "keep")
                )
                and _is_object_of(anchor, verb)
                and not (noun is None and earlier_actor)
            ):
                # "Ukrainian forces destroyed 12 tanks": the subject did it; the losses are the other side's
                doer = _side_of_np(subj, speaker_side)
                if (
                    doer is None
                    and speaker_side
                    and {t.lower_ for t in subj.subtree} & {"we", "our", "they", "it", "its"}
                ):
                    doer = speaker_side
                if opposite(doer):
                    return opposite(
                        doer
                    ) or "unknown", f"'{verb.text}' by '{_phrase(subj)}': the other side's losses"
            else:
                side = _side_of_np(subj, speaker_side)
                pronouns = {"it", "they", "we", "its", "their", "our"}
                if side is None and speaker_side and ({t.lower_ for t in subj.subtree} & pronouns):
                    side = speaker_side
                if side is None and subj.lower_ in ("which", "that") and earlier_actor:
                    return earlier_actor, f"relative pronoun '{subj.text}': the actor of the figure before it"
                if side:
                    return side, f"subject '{_phrase(subj)}' of '{verb.text}'"
        if (
            metric in ("equipment", "killed", "wounded", "casualties")
            and anchor.dep_ == "nsubjpass"
            and verb.lemma_.lower() in _HARM_VERBS
            and _agent_of(verb) is None
            and opposite(speaker_side)
        ):
            return opposite(
                speaker_side
            ) or "unknown", f"'{verb.text}' (passive, no agent): the speaker's enemy"
        if anchor.dep_ == "nsubjpass" and speaker_side and metric.startswith("territory"):
            return speaker_side, "passive without agent: the speaker's side"
    if (
        metric in ("territory_km2", "territory_pct", "settlements")
        and speaker_side in ("ukraine", "russia", "north_korea")
        and predicate
        in (
            "retaken",
            "captured",
            "controls",
        )
    ):
        # "86% of the territory has been liberated", "units liberated 10 settlements": no side named,
        # the claimant's own side did it
        return speaker_side, "no side named: the claimant's side"
    side, why = _last_side_before(sdoc, q.start - s.start, speaker_side=speaker_side)
    if side:
        return side, why
    if prev_doc is not None:
        side, why = _last_side_before(prev_doc, len(prev_doc.text) + 1, speaker_side=speaker_side)
        if side:
            return side, why + " (previous sentence)"
    return "unknown", "no cue"


# ---------------------------------------------------------------------------------------------
# Attribution


@dataclass
class Attribution:
    name: str | None
    side: str | None
    rule: str
    verb: Any | None = None  # the reporting verb token (for the claim date)
    head: str = ""
    time_text: str | None = None  # text around a reporting verb found by pattern ('said on Feb. 6')


def _entity_for_phrase(tok: Any, when: str | None) -> tuple[str, str | None, str, str] | None:
    """(name, side, kind, head) for the phrase headed by tok, via registry, NER, roles or as written.

    A person the registry does not know takes the side their phrase names ('Col. X, a Ukrainian
    military analyst' -> ukraine)."""
    found = _entity_for_phrase_raw(tok, when)
    if found is not None and found[2] == "person" and found[1] is None:
        found = (found[0], side_of_phrase(_norm(_subtree_text(tok))), found[2], found[3])
    return found


def _entity_for_phrase_raw(tok: Any, when: str | None) -> tuple[str, str | None, str, str] | None:
    sub = list(tok.subtree)
    span_start, span_end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    doc = tok.doc
    head_low = tok.lemma_.lower()
    conj = [c for c in tok.children if c.dep_ == "conj"]
    if conj and tok.pos_ == "PROPN":
        # "Ukraine, the United States and South Korea said": a joint claimant
        joint = doc[sub[0].i : max(t.i for c in conj for t in c.subtree) + 1].text
        joint = re.sub(r"(?i)^the\s+", "", _norm(joint)).strip(" ,")
        parts = [lookup(p.text) for p in (tok, *conj)]
        side = side_of_phrase(joint)
        if side is None and all(e is not None and e.side == "media" for e in parts):
            side = "media"  # "the BBC and Mediazona"
        return joint, side, "group", head_low
    phrase = _phrase(tok)
    whole = lookup(_norm(phrase))
    if whole is not None:
        return whole.name, whole.side, whole.kind, head_low
    ents = [e for e in doc.ents if e.start_char >= span_start and e.end_char <= span_end]
    # an appositive person names the role: "the Commander-in-Chief of Ukraine's Armed Forces, Oleksandr Syrskyi"
    for e in ents:
        if e.label_ == "PERSON" and any(t.dep_ == "appos" and e.start <= t.i < e.end for t in tok.subtree):
            ent = _canon_entity(e)
            if ent is not None:
                return ent[0], ent[1], ent[2], head_low
    phrase_end = span_start + len(phrase) + 1
    # keep what the phrase itself names, or a person set off right after it by a comma (an apposition
    # the parser attached elsewhere), but not "speaking to Ukrainska Pravda" further on
    ents = [
        e for e in ents
        if e.end_char <= phrase_end or e.start <= tok.i < e.end
        or (e.label_ in ("PERSON", "ORG") and re.fullmatch(r",?\s*", doc.text[phrase_end - 1 : e.start_char]))
    ]  # fmt: skip
    # the entity that contains the head token wins
    for e in ents:
        if e.start <= tok.i < e.end and e.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            ent = _canon_entity(e)
            if ent is not None:
                return ent[0], ent[1], ent[2], head_low
    persons = [e for e in ents if e.label_ == "PERSON"]
    for e in persons:
        ent = _canon_entity(e)
        if ent is not None:
            return ent[0], ent[1], ent[2], head_low
    for e in ents:
        if e.label_ == "ORG" and e.ent_id_:
            ent = _canon_entity(e)
            if ent is not None:
                return ent[0], ent[1], ent[2], head_low
    text = _norm(phrase)
    if head_low in REPORT_NOUNS and not (tok.lower_ == "report" and re.match(r"(?i)^the\s", phrase)):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return _entity_for_phrase(g, when)
        return None  # "reports" alone: unattributed
    role = resolve_role(text, when)
    if role is not None and (head_low in ANAPHOR_HEADS | {"commander-in-chief"} or role.kind == "body"):
        return role.name, role.side, role.kind, head_low
    for e in ents:
        if e.label_ in ("ORG", "GPE", "NORP", "PERSON"):
            ent = _canon_entity(e)
            if ent is not None and (e.label_ != "GPE" or e.root.i == tok.i):
                return ent[0], ent[1], ent[2], head_low
    if tok.pos_ == "PRON":
        return None
    cleaned = re.sub(r"(?i)^(?:the|a|an)\s+", "", text).strip()
    if not cleaned or len(cleaned) > 80:
        return None
    low = cleaned.lower()
    known = lookup(cleaned)
    if known is not None:
        return known.name, known.side, known.kind, head_low
    if low in METONYMS:
        name = METONYMS[low]
        return name, side_of(name), "body", head_low
    if low in ("ukraine", "russia", "north korea"):
        return cleaned, side_of(cleaned), "body", head_low
    return cleaned, side_of_phrase(cleaned), "other", head_low


def _canon_entity(span: Any) -> tuple[str, str | None, str] | None:
    if span.ent_id_:
        e = entity_named(span.ent_id_)
        if e is not None:
            return e.name, e.side, e.kind
    text = _norm(span.text).strip()
    text = re.sub(r"(?i)^the\s+", "", text)
    found: Entity | None = lookup(text)
    if found is not None:
        return found.name, found.side, found.kind
    low = text.lower()
    if low in METONYMS:
        return METONYMS[low], side_of(METONYMS[low]), "body"
    if span.label_ == "PERSON":
        return text, None, "person"
    if span.label_ == "ORG":
        return text, side_of_phrase(text), "body"
    if span.label_ == "GPE" and low in ("ukraine", "russia", "north korea"):
        return text, side_of_phrase(text), "body"
    return None


def _reporting_verbs(sdoc: Any) -> list[Any]:
    """Reporting verbs of a sentence (cached on the Doc: the rules ask for them often)."""
    cached = sdoc.user_data.get("kursk_reporting_verbs")
    if cached is not None:
        return [sdoc[i] for i in cached]
    out = _find_reporting_verbs(sdoc)
    sdoc.user_data["kursk_reporting_verbs"] = [t.i for t in out]
    return out


def _find_reporting_verbs(sdoc: Any) -> list[Any]:
    out = []
    for t in sdoc:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REPORT_VERBS:
            if t.lemma_.lower() == "put" and not any(c.lower_ in ("at", "in") for c in t.subtree):
                continue
            if t.lemma_.lower() in ("show", "count", "record") and not any(
                c.dep_ in ("nsubj",) for c in t.children
            ):
                continue
            out.append(t)
    return out


def _verb_between(tok: Any, verb: Any) -> bool:
    """Another verb stands on the way up from tok to verb."""
    if tok.i == verb.i:
        return False
    for cur in _heads(tok, 12):
        if cur.i == verb.i:
            return False
        if cur.pos_ == "VERB":
            # "in a statement issued on 18 March" still dates the statement
            return not (cur.dep_ == "acl" and cur.head.lemma_.lower() in _STATEMENT_NOUNS)
    return False


_STATEMENT_NOUNS = {
    "statement", "report", "address", "briefing", "interview", "post", "video", "update", "bulletin",
    "meeting", "message", "speech", "conference", "summary",
}  # fmt: skip


def _entity_just_before(sdoc: Any, verb: Any) -> Any | None:
    """A reporting verb the parser left without a subject: the person or body named right before it."""
    for e in reversed(sdoc.ents):
        if e.end <= verb.i and verb.i - e.end <= 2 and e.label_ in ("PERSON", "ORG"):
            if all(t.is_punct for t in sdoc[e.end : verb.i]):
                return e.root
    return None


def _is_ancestor(a: Any, t: Any) -> bool:
    """a is t or one of t's heads."""
    return _steps_up(a, t) is not None


class Attributor:
    """Finds the claimant of a quantity: a sieve from precise to weak rules."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx

    def when(self) -> str | None:
        """The date roles are resolved at: the document date."""
        return self.ctx.doc_date

    # -- resolving a subject token to a claimant ---------------------------------------------

    def resolve_subject(
        self, subj: Any, sent_idx: int, around: int
    ) -> tuple[str, str | None, str, str] | None:
        """(name, side, kind, head) of the claimant a subject token names, or None.

        Pronouns, "its"/"their", "one of them" and unnamed spokespeople resolve to earlier mentions;
        definite role phrases ("the ministry", "the source") to the last matching mention; anything
        else through the registry, NER, roles or as written, with its side guessed from context.
        """
        low = subj.lower_
        if low in ("he", "she", "him", "her"):
            m = self.last_mention(sent_idx, around, kinds=("person",), before=subj.idx, speakers=True)
            m = m or self.last_mention(sent_idx, around, kinds=("person",), before=subj.idx)
            m = m or self.next_person(sent_idx, around)
            return (m.name, m.side, m.kind, low) if m else None
        if low == "it" and subj.dep_ == "nsubj" and subj.head.lemma_.lower() in REPORT_VERBS:
            m = self.last_mention(sent_idx, around, kinds=("body",), before=subj.idx)
            return (m.name, m.side, m.kind, low) if m else None
        if low in ("i", "we", "they", "it", "this", "that", "you", "who", "which"):
            return None
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is not None:
            # "Its maps show ...": the body named before
            m = self.last_mention(sent_idx, around, kinds=("body", "group", "media"), before=subj.idx)
            return (m.name, m.side, m.kind, low) if m else None
        if low in ("one", "some", "both", "all") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "those") for g in c.children)
            for c in subj.children
        ):
            # "One of them said": one of the sources named just before
            m = self.last_mention(sent_idx, around, before=subj.idx)
            return (m.name, m.side, m.kind, low) if m else None
        sub_ids = {t.i for t in subj.subtree}
        if low in ("spokesman", "spokeswoman", "spokesperson") and not any(
            e.label_ in ("PERSON", "ORG")
            and e.root.i in sub_ids
            and e.root.dep_ in ("appos", "compound", "nsubj")
            for e in subj.doc.ents
        ):
            m = self.last_mention(sent_idx, around, kinds=("body",), before=subj.idx)
            if m is not None:
                return m.name, m.side, m.kind, low
        found = _entity_for_phrase(subj, self.when())
        if found is None:
            return None
        name, side, kind, head = found
        is_definite = bool(re.match(r"(?i)^the\s", _phrase(subj)))
        start_idx = min(t.idx for t in subj.subtree)  # mentions must precede the phrase itself
        if lookup(name) is None and kind in ("body", "other") and head in ANAPHOR_HEADS and is_definite:
            kind = "other"
        if kind == "other" and head in ANAPHOR_HEADS and is_definite:
            m = self.last_mention(
                sent_idx, around, heads=ANAPHOR_SYNONYMS.get(head, (head,)), before=start_idx
            )
            if m is None and head in ("statement", "report"):
                m = self.last_mention(sent_idx, around, kinds=("body",), before=start_idx)
            if m is not None:
                return m.name, m.side, m.kind, head
        if kind == "other" and head in ("source", "informant") and is_definite:
            m = self.last_mention(sent_idx, around, heads=("source", "informant"), before=start_idx)
            if m is not None:
                return m.name, m.side, m.kind, head
        if side is None and lookup(name) is None:
            whole_side = side_of_phrase(_norm(_phrase(subj)))
            if whole_side is not None:
                return name, whole_side, kind, head
            title_text = " ".join(t.text for t in (subj.head if subj.dep_ == "appos" else subj).subtree)
            if re.search(r"(?i)\b(?:governor|regional|mayor|oblast|administration)\b", title_text):
                region_side = self.region_side(subj)
                if region_side:
                    return name, region_side, kind, head
            guessed = self.country_from_context(subj, sent_idx, around)
            if guessed is not None:
                # "the defence ministry said" in a story about Russia's side -> Russian Defense Ministry
                role = resolve_role(f"{guessed} {re.sub(r'(?i)defence', 'defense', name)}", self.when())
                if role is not None and (head in ANAPHOR_HEADS or role.kind == "body"):
                    return role.name, role.side, role.kind, head
                if head in ANAPHOR_HEADS:
                    return name, guessed, kind, head
        return name, side, kind, head

    def country_from_context(self, subj: Any, sent_idx: int, around: int) -> str | None:
        """The side a sentence (or the one before it) is about, from its first demonym or country."""
        sub = {t.i for t in subj.subtree}
        for t in subj.doc:
            if t.i in sub:
                continue
            sw = _side_word(t)
            if sw:
                return sw
        prev = self.ctx.sent_doc(sent_idx - 1, around) if sent_idx > 0 else None
        if prev is not None:
            for t in prev:
                sw = _side_word(t)
                if sw:
                    return sw
        return None

    def region_side(self, subj: Any) -> str | None:
        """An unnamed regional official: the country governing the region the sentence names."""
        rx, names = _place_regex()
        sides: dict[str, str] = place_data().get("sides", {})
        for m in rx.finditer(subj.doc.text):
            side = sides.get(names[m.group(0)])
            if side:
                return side
        main = _main_place(self.ctx.document.text)
        return sides.get(main) if main else None

    def next_person(self, sent_idx: int, around: int) -> Mention | None:
        """A pronoun with nothing before it (a page that starts mid-article): the next named person."""
        if any(
            self.ctx.sent_doc(j, around) is not None and not self.ctx.sentences[j].furniture
            for j in range(max(0, sent_idx - WINDOW_BACK), sent_idx)
        ):
            return None
        for j in range(sent_idx + 1, sent_idx + WINDOW_FWD + 1):
            sdoc = self.ctx.sent_doc(j, around)
            if sdoc is None:
                continue
            for e in sdoc.ents:
                ce = _canon_entity(e) if e.label_ == "PERSON" else None
                if ce is not None:
                    return Mention(j, ce[0], ce[1], "person", ce[2])
        return None

    def _speaker_tokens(self, sdoc: Any) -> set[int]:
        out: set[int] = set()
        for v in _reporting_verbs(sdoc):
            subj = _subject_of(v)
            if subj is not None:
                out.update(t.i for t in subj.subtree)
        return out

    def last_mention(
        self,
        sent_idx: int,
        around: int,
        *,
        kinds: tuple[str, ...] = (),
        heads: tuple[str, ...] = (),
        before: int | None = None,
        speakers: bool = False,
    ) -> Mention | None:
        """The latest entity mention before this point: earlier claims' claimants and window mentions."""
        cands: list[tuple[int, int, Mention]] = []
        for j in self.ctx.window(around):
            if j > sent_idx:
                break
            sdoc = self.ctx.sent_doc(j, around)
            if sdoc is None or self.ctx.sentences[j].furniture:
                continue
            speaker_toks = self._speaker_tokens(sdoc) if speakers else set()
            for e in sdoc.ents:
                if speakers and e.root.i not in speaker_toks:
                    continue
                if j == sent_idx and before is not None and e.start_char >= before:
                    continue
                ce = _canon_entity(e) if e.label_ in ("PERSON", "ORG") else None
                if ce is None:
                    continue
                if ce[2] == "person" and ce[1] is None:
                    ce = (ce[0], side_of_phrase(_norm(_subtree_text(e.root))), ce[2])
                head = "person" if ce[2] == "person" else e.root.lemma_.lower()
                name_low = ce[0].lower()
                heads_here = {head} | {w for w in ANAPHOR_HEADS if w in name_low}
                if "intelligence" in name_low or "service" in name_low:
                    heads_here |= {"agency", "service"}
                if ce[2] == "person":
                    heads_here |= {
                        "commander",
                        "general",
                        "official",
                        "governor",
                        "president",
                        "minister",
                        "chief",
                        "head",
                        "officer",
                        "leader",
                    }
                cands.append((j, e.start_char, Mention(j, ce[0], ce[1], " ".join(sorted(heads_here)), ce[2])))
            for t in sdoc if not speakers else ():
                if t.lemma_.lower() in ("source", "informant") and t.dep_ in ("nsubj", "nsubjpass"):
                    if j == sent_idx and before is not None and t.idx >= before:
                        continue
                    got = _entity_for_phrase(t, self.when())
                    if got and got[2] != "other":
                        cands.append((j, t.idx, Mention(j, got[0], got[1], "source informant", got[2])))
        for c in self.ctx.claims:
            cs = self.ctx.sentence_at(c.start)
            sidx = cs.idx if cs is not None else None
            if c.claimant and sidx is not None and sidx <= sent_idx and sidx in self.ctx.window(around):
                known = lookup(c.claimant)
                kind = known.kind if known else "other"
                head = c.evidence.get("claimant_head", "")
                cands.append((sidx, c.start, Mention(sidx, c.claimant, c.claimant_side, head, kind)))
        cands.sort(key=lambda x: (x[0], x[1]))
        for _, _, m in reversed(cands):
            if kinds and m.kind not in kinds:
                continue
            if heads and not (set(heads) & set(m.head.split())):
                continue
            return m
        return None

    # -- the sieve -------------------------------------------------------------------------

    def attribute(self, q_start: int, q_end: int, s: Sentence, num: Any) -> Attribution:
        """The claimant of the figure at [q_start, q_end) in sentence s, through the sieve: a
        quotation's speaker, the sentence itself, 'This was stated by X' next, the paragraph's
        speaker, a 'Source:' line, else the article's own voice."""
        ctx = self.ctx
        sdoc = ctx.sent_doc(s.idx, s.idx)
        quote = quote_at(ctx.quotes, q_start, q_end)
        if quote is not None:
            att = self.quote_speaker(quote, s)
            if att is not None:
                return att
        if sdoc is not None:
            att = self.in_sentence(sdoc, s, num, quote)
            if att is not None:
                return att
        nxt = ctx.sent_doc(s.idx + 1, s.idx)
        if nxt is not None:
            att = self.stated_by_next(nxt, s)
            if att is not None:
                return att
        att = self.paragraph_continuation(s)
        if att is not None:
            return att
        if ctx.source_line is not None and ctx.source_line[0] < s.idx:
            return Attribution(ctx.source_line[1], ctx.source_line[2], "'Source:' line")
        return Attribution(None, None, "article voice")

    def in_sentence(self, sdoc: Any, s: Sentence, num: Any, quote: Quote | None) -> Attribution | None:
        """A claimant the sentence names itself: the subject of a reporting verb (the one governing
        the number first), 'according to X' / 'by X's reckoning', a pattern, or a source noun."""
        verbs = _reporting_verbs(sdoc)
        # 1. a reporting verb that governs the number, the nearest first
        depth = {v.i: d for v in verbs if (d := _steps_up(v, num)) is not None}
        governing = sorted((v for v in verbs if v.i in depth), key=lambda v: depth[v.i])
        ordered = governing + [v for v in verbs if v.i not in depth]
        source = self.source_noun(sdoc, num)
        source_depth = _steps_up(source.verb, num) if source is not None and source.verb is not None else None
        if source is not None and source_depth is not None:
            if not governing or source_depth < depth[governing[0].i]:
                return source  # the nearer clause's source: "X put it at 4,000, although U.S. estimates were ..."
        for v in ordered:
            governs = v.i in depth
            if quote is not None and quote.start <= s.start + v.idx < quote.end:
                continue
            subj = _subject_of(v) if v.dep_ not in ("ccomp",) or governs else None
            if subj is None:
                subj = next((c for c in v.children if c.dep_ == "agent"), None)
                subj = (
                    next((g for g in subj.children if g.dep_ == "pobj"), None) if subj is not None else None
                )
            if subj is None:
                subj = _entity_just_before(sdoc, v)
            if subj is None:
                continue
            sub = list(subj.subtree)
            if subj.i < num.i < v.i:
                # "Ukrainian forces hold N km², Ukraine's commander, Oleksandr Syrskyi, said": the parser
                # took the clause's subject for the speaker; the speaker is named right before the verb
                named = _entity_just_before(sdoc, v)
                if named is not None:
                    subj, sub = named, list(named.subtree)
            if sub[0].i <= num.i <= sub[-1].i:
                continue  # the number sits inside the subject: not this verb's statement
            if not governs and v.dep_ not in ("ROOT", "parataxis", "advcl", "conj"):
                continue
            if v.dep_ == "conj" and not governs and v.i < num.i:
                continue
            if subj.lemma_.lower() in REPORT_NOUNS and not any(c.dep_ == "prep" for c in subj.children):
                return Attribution(None, None, f"'{subj.text} {v.text}': unnamed reports", v)
            got = self.resolve_subject(subj, s.idx, s.idx)
            if got is not None:
                if got[0].lower() in ("i", "we"):
                    continue
                cited = self.cited_source(v, s.idx)
                if cited is not None and got[2] in ("media", "other"):
                    return Attribution(
                        cited[0], cited[1], f"'{v.text}, citing ...': the cited source", v, cited[3]
                    )
                return Attribution(got[0], got[1], f"subject of reporting verb '{v.text}'", v, got[3])
        # 2. according to X / by X's reckoning / by Western estimates
        for t in sdoc:
            if t.lower_ == "by" and t.dep_ == "prep":
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in _RECKONING_NOUNS:
                    owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
                    target = owner if owner is not None else pobj
                    got = self.resolve_subject(target, s.idx, s.idx)
                    if got is not None:
                        return Attribution(got[0], got[1], f"'by {_phrase(pobj)}'", None, got[3])
            if t.lower_ == "according" and t.i + 1 < len(sdoc) and sdoc[t.i + 1].lower_ == "to":
                pobj = next((c for c in sdoc[t.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                definite_report = pobj.lower_ == "report" and any(c.lower_ == "the" for c in pobj.children)
                if (
                    pobj.lemma_.lower() in REPORT_NOUNS | {"media"}
                    and not definite_report
                    and not any(c.dep_ == "prep" for c in pobj.children)
                ):
                    return Attribution(None, None, "'according to reports': unnamed", None)
                got = self.resolve_subject(pobj, s.idx, s.idx)
                if got is not None:
                    # the main verb's time is the event's, not the statement's: no verb for the date
                    return Attribution(got[0], got[1], f"'according to {_phrase(pobj)}'", None, got[3])
        tail = self.attribution_by_pattern(sdoc, s, num)
        if tail is not None:
            return tail
        return self.source_noun(sdoc, num)

    def attribution_by_pattern(self, sdoc: Any, s: Sentence, num: Any) -> Attribution | None:
        """When the parse garbles a plain attribution, read it off the words: '..., X said on Feb. 6.'
        at the end of the sentence, or 'X says/claims that ...' at its start."""
        text = sdoc.text
        for rx, after_number in ((_TAIL_ATTRIBUTION, True), (_HEAD_ATTRIBUTION, False)):
            m = rx.search(text)
            if not m:
                continue
            if after_number and m.start("who") < num.idx:
                continue
            if not after_number and m.end() > num.idx:
                continue
            span = sdoc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            root = span.root
            got = self.resolve_subject(root, s.idx, s.idx)
            if got is not None and got[2] in ("person", "body", "group", "media", "other"):
                if got[2] == "other" and not (got[1] or root.lemma_.lower() in ANAPHOR_HEADS | SOURCE_NOUNS):
                    continue
                return Attribution(
                    got[0],
                    got[1],
                    f"'{m.group('who')} {m.group('verb')}' (attribution pattern)",
                    None,
                    got[3],
                    text[m.start("verb") :],
                )
        return None

    def cited_source(self, verb: Any, sent_idx: int) -> tuple[str, str | None, str, str] | None:
        """'Ukrainian media reported, citing Syrskyi': a named person or body the reporter cites."""
        for c in verb.subtree:
            if c.lemma_.lower() == "cite" and c.pos_ == "VERB":
                obj = next((g for g in c.children if g.dep_ == "dobj"), None)
                if obj is None:
                    continue
                if not any(e.label_ in ("PERSON", "ORG") and e.start <= obj.i < e.end for e in obj.doc.ents):
                    return None  # "citing Ukrainian soldiers": the outlet stays the claimant
                got = self.resolve_subject(obj, sent_idx, sent_idx)
                if got is not None and got[2] in ("person", "body", "group"):
                    return got
        return None

    def source_noun(self, sdoc: Any, num: Any) -> Attribution | None:
        """A source noun as subject of any verb: 'U.S. estimates were lower, about 1,200'."""
        for t in sdoc:
            if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in SOURCE_NOUNS:
                sub = list(t.subtree)
                if sub[0].i <= num.i <= sub[-1].i:
                    continue
                if t.i > num.i and not _is_ancestor(t.head, num):
                    continue
                phrase = re.sub(r"(?i)^(?:the|a|an)\s+", "", _norm(_phrase(t)))
                if not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in t.children):
                    continue  # "The figure for Ukrainian losses is ...": no source named
                owner = next((c for c in t.children if c.dep_ == "poss"), None)
                found = _entity_for_phrase(owner, self.when()) if owner is not None else None
                if owner is not None and found is not None and found[2] != "other":
                    # "Moscow's figure for Ukrainian losses": the owner of the figure claims it
                    return Attribution(
                        found[0], found[1], f"'{owner.text} {t.text}'", t.head, t.lemma_.lower()
                    )
                if len(sub) >= 2:
                    return Attribution(
                        phrase,
                        side_of_phrase(phrase),
                        f"source noun '{t.text}' as subject",
                        t.head,
                        t.lemma_.lower(),
                    )
        return None

    def quote_speaker(self, quote: Quote, s: Sentence) -> Attribution | None:
        """The speaker of a quotation: the subject of a reporting verb after its closing mark, before
        its opening mark, or near the start of the next sentence."""
        ctx = self.ctx
        idxs = sentences_spanning(ctx.sentences, quote.start, quote.end)
        if not idxs:
            return None
        first, last = idxs[0], idxs[-1]
        # after the closing mark, in the sentence that holds it: '... ," Rudskoi told Krasnaya Zvezda.'
        candidates: list[tuple[int, str]] = [(last, "after"), (first, "before")]
        if last + 1 < len(ctx.sentences):
            candidates.append((last + 1, "next"))
        for j, where in candidates:
            sdoc = ctx.parsed.get(j)  # a quotation's sentences and the one after are always parsed
            if sdoc is None:
                continue
            sj = ctx.sentences[j]
            for v in _reporting_verbs(sdoc):
                pos = sj.start + v.idx
                if quote.start <= pos < quote.end:
                    continue
                if where == "after" and pos < quote.end:
                    continue
                if where == "before" and pos > quote.start:
                    continue
                if where == "next" and v.i > 6:
                    continue
                subj = _subject_of(v)
                if subj is None:
                    continue
                spos = sj.start + subj.idx
                if quote.start <= spos < quote.end:
                    continue
                got = self.resolve_subject(subj, j, s.idx)
                if got is not None:
                    return Attribution(
                        got[0], got[1], f"speaker of the quotation ('{subj.text} {v.text}')", v, got[3]
                    )
        return None

    def paragraph_continuation(self, s: Sentence) -> Attribution | None:
        """Reported speech runs on within a paragraph: an unattributed sentence right after an
        attributed one on the same line continues that speaker ('Smirnov said ... At the same time, ...')."""
        if s.idx == 0:
            return None
        if any(re.search(r"\d{4}|" + dates.MONTH_RX, m.group(0)) for m in dates.TIME_PHRASE.finditer(s.text)):
            return None  # a dated event ("In a surprise offensive launched in August 2024, ...") is narrative
        prev = self.ctx.sentences[s.idx - 1]
        if prev.line != s.line:
            return None
        pdoc = self.ctx.sent_doc(prev.idx, s.idx)
        if pdoc is None:
            return None
        for v in _reporting_verbs(pdoc):
            if v.dep_ != "ROOT":
                continue
            subj = _subject_of(v) or _entity_just_before(pdoc, v)
            if subj is None:
                continue
            got = self.resolve_subject(subj, prev.idx, s.idx)
            if got is not None and got[2] in ("person", "body", "group", "media"):
                return Attribution(
                    got[0],
                    got[1],
                    f"continues the reported speech of the previous sentence ('{subj.text} {v.text}')",
                    None,
                    got[3],
                )
        return None

    def stated_by_next(self, nxt: Any, s: Sentence) -> Attribution | None:
        """'This was stated by X' / 'X said this' in the next sentence credits this one."""
        text = nxt.text.lower()
        if not re.match(
            r"^\s*(?:this|that|these|the figures?|the numbers?)\s+(?:was|were|has been|have been)\s+\w+\s+by\b",
            text,
        ):
            return None
        for t in nxt:
            if t.dep_ == "agent":
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    got = self.resolve_subject(pobj, s.idx + 1, s.idx)
                    if got is not None:
                        return Attribution(
                            got[0],
                            got[1],
                            f"'{t.head.text} by {_phrase(pobj)}' in the next sentence",
                            t.head,
                            got[3],
                        )
        return None


# ---------------------------------------------------------------------------------------------
# Dates and locations


# A bare year ("2024", "in 2024") dates no statement.
_BARE_YEAR = re.compile(r"(?i)(?:in\s+)?\d{4}$")


def _claim_date(ctx: DocContext, att: Attribution, s: Sentence, sdoc: Any) -> tuple[str | None, str]:
    base = ctx.base
    if att.name is None:
        return (
            (ctx.doc_date, "article voice: the document date") if ctx.doc_date else (None, "no document date")
        )
    # 1. a time phrase attached to the reporting verb
    if att.verb is None and att.time_text:
        m = dates.TIME_PHRASE.search(att.time_text)
        if m and not _BARE_YEAR.match(m.group(0).strip()):
            got = dates.resolve_time_phrase(m.group(0), base)
            if got:
                return got, f"'{m.group(0).strip()}' after the reporting verb"
    if att.verb is not None and att.verb.doc is sdoc:
        v = att.verb
        spans: list[tuple[int, int]] = []
        for c in v.children:
            if c.dep_ in ("prep", "npadvmod", "advmod", "tmod", "obl") or c.ent_type_ == "DATE":
                sub = list(c.subtree)
                spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
        for m in dates.TIME_PHRASE.finditer(sdoc.text):
            inside = any(a <= m.start() and m.end() <= b for a, b in spans)
            if not inside:
                continue
            first = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
            if first is not None and _verb_between(first.root, v):
                continue  # "with 3,000 sent in January": the time of another verb's event
            if _BARE_YEAR.match(m.group(0).strip()):
                continue
            before = sdoc.text[max(0, m.start() - 8) : m.start()].lower()
            if "since" in before:
                continue
            got = dates.resolve_time_phrase(m.group(0), base)
            if got:
                return got, f"'{m.group(0).strip()}' on '{v.text}'" + (
                    f" relative to {ctx.doc_date}" if ctx.doc_date else ""
                )
            return None, f"'{m.group(0).strip()}' but no document date"
    # past perfect: "had earlier put", "had said" -> an earlier, unknown time (for the whole sentence)
    for rv in _reporting_verbs(sdoc):
        if any(c.lower_ == "had" and c.dep_ == "aux" for c in rv.children):
            return None, f"past perfect '{rv.text}': an earlier statement"
    # 2. the same claimant's dated statement earlier in the document
    for j, name, iso in reversed(ctx.dated_statements):
        if j <= s.idx and name == att.name:
            return iso, f"same claimant's statement dated {iso} (sentence {j + 1})"
    if ctx.doc_date is None:
        return None, "no document date"
    # 3. a narrative of the past: an explicit date well before the document date just before
    old = _narrative_past(ctx, s)
    if old:
        return None, f"inside a narrative of earlier events ('{old}')"
    return ctx.doc_date, "the document date"


def _narrative_past(ctx: DocContext, s: Sentence) -> str | None:
    """The nearest time the text sets before this sentence (within its section), if that time is
    well before the document date: the statement belongs to a narrative of earlier events."""
    base = ctx.base
    if base is None:
        return None
    for j in range(s.idx - 1, max(-1, s.idx - 13), -1):  # its own sentence dates the event, not the statement
        sj = ctx.sentences[j]
        if sj.headline and j != s.idx:
            break
        if sj.furniture:
            continue
        found: list[str] = []
        for m in dates.TIME_PHRASE.finditer(sj.text):
            before = sj.text[: m.start()].lower()
            if re.search(r"\b(?:since|between|from)\b[^,;]*$", before) or quote_at(
                ctx.quotes, sj.start + m.start(), sj.start + m.end()
            ):
                continue  # "since August 2024", "between ... and ...": a period, not the narrative time
            d = dates.resolve_time_phrase(m.group(0), base)
            if d:
                found.append(d)
                old = len(d) >= 7 and (base - date(int(d[:4]), int(d[5:7]), 1)).days > 60
                old = old or (len(d) == 4 and int(d) < base.year)
                if not old:
                    return None  # the nearest time set is recent: the present narrative
        if found:
            return found[0]
    return None


# "Russian territory", "100 Russian settlements": the country a demonym puts the figure in
_DEMONYM_PLACE = re.compile(
    r"(?i)\b(Russian|Ukrainian)\s+(?:territory|territories|land|soil|settlements|villages|towns|border\s+regions?)\b"
)


def location_for(ctx: DocContext, s: Sentence, q_start: int) -> tuple[str | None, str]:
    """The place a figure is about: a region named in its sentence, else one named just before,
    else a country the sentence puts it in ('territory in Ukraine'), else the document's main region."""
    rx, names = _place_regex()
    countries = set(place_data()["countries"])

    def hits_in(text: str) -> list[tuple[int, str, str]]:
        return [(m.start(), names[m.group(0)], text[m.end() : m.end() + 2]) for m in rx.finditer(text)]

    def nearest(pool: list[tuple[int, str, str]], anchor: int) -> str:
        after = [h for h in pool if h[0] >= anchor]
        if after and after[0][0] - anchor < 80:
            return after[0][1]
        # a place the figure is put in ("into Kursk Oblast") beats one that only describes ("Ukraine's Sumy Oblast")
        locative = [
            h
            for h in pool
            if re.search(
                r"(?:\bin|\binto|\bof|\bnear|\bacross)\s+(?:the\s+|Russia's\s+|Russia’s\s+)?$", s.text[: h[0]]
            )
        ]
        return min(locative or pool, key=lambda h: abs(h[0] - anchor))[1]

    anchor = q_start - s.start
    here = hits_in(s.text)
    of_place = re.match(r"[^.;]{0,40}?\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}?", s.text[anchor:])
    if of_place:
        direct = [h for h in here if h[0] == anchor + of_place.end()]
        if direct and direct[0][2][:2] not in ("'s", "’s"):
            return direct[0][1], "'... of <place>' right after the figure"
    regions = [h for h in here if h[1] not in countries]
    if regions:
        return nearest(regions, anchor), "named in the sentence"
    locative = [
        h for h in here
        if h[1] in countries and h[2][:2] not in ("'s", "’s") and re.search(r"(?:\bin|\binto|\binside|\bacross)\s+$", s.text[: h[0]])
    ]  # fmt: skip
    if locative:
        return nearest(locative, anchor), "the country the sentence names"
    demonym = _DEMONYM_PLACE.search(s.text)
    if demonym:
        country = "russia" if demonym.group(1).lower().startswith("russia") else "ukraine"
        top = _main_place(ctx.document.text)
        if top and place_data().get("sides", {}).get(top) == country:
            return top, f"'{demonym.group(0)}' in the document's main region"
        return country.capitalize(), f"'{demonym.group(0)}'"
    for j in range(s.idx - 1, max(-1, s.idx - 3), -1):
        sj = ctx.sentences[j]
        if sj.furniture or sj.line != s.line:
            continue  # neighbours in the same paragraph only
        prev_regions = [h for h in hits_in(sj.text) if h[1] not in countries]
        if prev_regions:
            return prev_regions[-1][1], f"named in sentence {j + 1}"
    top = _main_place(ctx.document.text)
    return (top, "the document's main place") if top else (None, "unknown")


@lru_cache(maxsize=8)
def _main_place(text: str) -> str | None:
    """The region a document is mostly about (once per document: the lede's region weighs more)."""
    rx, names = _place_regex()
    countries = set(place_data()["countries"])
    counts: dict[str, int] = {}
    for m in rx.finditer(text):
        n = names[m.group(0)]
        if n not in countries:
            counts[n] = counts.get(n, 0) + (3 if not counts else 1)
    return max(counts.items(), key=lambda kv: kv[1])[0] if counts else None


def _in_russia(location: str | None) -> bool:
    return location in ("Kursk region", "Belgorod region", "Bryansk region", "Russia")


# ---------------------------------------------------------------------------------------------
# The per-sentence driver


def sentence_claims(ctx: DocContext, s: Sentence, quantities: list[Quantity]) -> list[Claim]:
    """Claims for the quantities of one sentence (quantities already filtered to this sentence)."""
    sdoc = ctx.sent_doc(s.idx, s.idx)
    if sdoc is None or s.furniture:
        return []
    out: list[Claim] = []
    attributor = Attributor(ctx)
    for q in quantities:
        if not q.is_measure:
            continue
        earlier = ctx.claims + out
        hit = classify_metric(q, sdoc, s, earlier)
        if hit is None:
            continue
        num = _num_token(sdoc, s, q)
        assert num is not None
        att = attributor.attribute(q.start, q.end, s, num)
        # "our", "the enemy", "liberated" (no agent) speak for a warring side; analysts and media speak for none
        speaker_side = att.side if att.side in ("ukraine", "russia", "north_korea") else None
        location, loc_why = location_for(ctx, s, q.start)
        predicate, pred_why = _predicate(hit.metric, num, hit.noun, q, s)
        prev_doc = (
            ctx.sent_doc(s.idx - 1, s.idx) if s.idx > 0 and ctx.sentences[s.idx - 1].line == s.line else None
        )
        same_sentence = [c for c in earlier if c.start >= s.start and c.actor != "unknown"]
        earlier_actor = same_sentence[-1].actor if same_sentence else None
        actor, actor_why = _actor(
            hit.metric, predicate, num, hit.noun, q, s, speaker_side, sdoc, prev_doc, earlier_actor
        )
        if (
            hit.metric in ("territory_km2", "territory_pct", "settlements")
            and actor == "russia"
            and _in_russia(location)
        ):
            if predicate in ("captured",) or (predicate == "controls" and "control'" in pred_why):
                predicate, pred_why = "retaken", f"{pred_why}; Russia taking ground in {location}"
        # demonstrative repeat: "these 28 settlements" restates an earlier claim
        prev_tok = sdoc[num.i - 1] if num.i > 0 else None
        if prev_tok is not None and prev_tok.lower_ in ("these", "those", "the"):
            same = [c for c in earlier if c.metric == hit.metric and abs(c.value - q.value) < 1e-9]
            if same and prev_tok.lower_ != "the":
                actor, predicate = same[-1].actor, same[-1].predicate
                actor_why = pred_why = f"'{prev_tok.text} {q.text}' repeats an earlier claim"
        # partitive: "several hundred of them", "25,200 of which" -> the antecedent figure's actor
        if num.i + 2 < len(sdoc) and sdoc[num.i + 1].lower_ == "of" and sdoc[num.i + 2].lower_ in (
            "them", "those", "these", "which", "whom",
        ):  # fmt: skip
            antecedents = [c for c in earlier if c.actor != "unknown" and c.unit == "count"]
            if antecedents:
                actor, actor_why = (
                    antecedents[-1].actor,
                    f"'{q.text} of {sdoc[num.i + 2].text}': antecedent '{antecedents[-1].text}'",
                )
        # ellipsis: a bare number continuing an earlier figure inherits its actor
        if hit.noun is None and actor == "unknown" and q.unit == "count":
            prev = [c for c in earlier if c.start >= s.start]
            if prev:
                actor, actor_why = prev[-1].actor, f"ellipsis after '{prev[-1].text}'"
        if predicate == "region_size":
            att = Attribution(None, None, "size of a region: background fact")
        claim_date, date_why = _claim_date(ctx, att, s, sdoc)
        if claim_date and att.name and (" on '" in date_why or "after the reporting verb" in date_why):
            ctx.dated_statements.append((s.idx, att.name, claim_date))  # later figures of this statement
        ents = tuple(
            sorted(
                {ce[0] for e in sdoc.ents if e.label_ in ("PERSON", "ORG") for ce in [_canon_entity(e)] if ce}
            )
        )
        value, low, high = q.value, q.low, q.high
        end = q.end
        if hit.noun is not None and 0 < hit.noun.i - num.i <= 6 and q.unit == "count":
            end = max(
                end, s.start + hit.noun.idx + len(hit.noun.text)
            )  # "approximately 10,000 Russian troops"
        out.append(
            Claim(
                doc_id=ctx.document.id,
                metric=hit.metric,
                value=tidy(value) or 0.0,
                value_low=None if low is None else tidy(low),
                value_high=None if high is None else tidy(high),
                unit=q.unit,
                qualifier=q.qualifier,
                text=ctx.document.text[q.start : end],
                start=q.start,
                end=end,
                sentence=s.text,
                actor=actor,
                predicate=predicate,
                claimant=att.name,
                claimant_side=att.side if att.name else None,
                claim_date=claim_date,
                location=location,
                unit_text=q.unit_text,
                conversion=q.conversion,
                conversion_ok=q.conversion_ok,
                entities=ents,
                evidence={
                    "metric": hit.cue,
                    "actor": actor_why,
                    "predicate": pred_why,
                    "claimant": att.rule,
                    "claimant_head": att.head,
                    "claim_date": date_why,
                    "location": loc_why,
                },
            )
        )
    return out


def _claim_noun_owner(tok: Any) -> Any | None:
    """The possessor of a 'claim'/'announcement' noun the phrase hangs on ('Moscow's claim of ...')."""
    for cur in _heads(tok, 4):
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in (
            "claim",
            "assertion",
            "announcement",
            "statement",
            "report",
        ):
            return next((c for c in cur.children if c.dep_ == "poss"), None)
    return None


def full_control_claims(ctx: DocContext, s: Sentence) -> list[Claim]:
    """'fully reclaimed', 'regained complete control' -> territory_pct 100 (predicate retaken)."""
    sdoc = ctx.sent_doc(s.idx, s.idx)
    if sdoc is None or s.furniture:
        return []
    out: list[Claim] = []
    for m in FULL_CONTROL.finditer(s.text):
        start, end = s.start + m.start(), s.start + m.end()
        toks = _tokens_for(sdoc, s, start, end)
        if not toks:
            continue
        verb = toks[0] if toks[0].pos_ in ("VERB", "AUX") else _governing_verb(toks[0]) or toks[0]
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        att = Attributor(ctx).attribute(start, end, s, verb)
        subj = _subject_of(verb)
        owner = _claim_noun_owner(verb)
        if owner is not None:
            # "Ukraine dismissed Moscow's claim of retaking full control": the claim is Moscow's
            got = Attributor(ctx).resolve_subject(owner, s.idx, s.idx)
            if got is not None:
                att = Attribution(got[0], got[1], f"'{owner.text}'s claim'", None, got[3])
                subj = None
        actor = _side_of_np(subj, att.side) if subj is not None else None
        actor = actor or att.side or _last_side_before(sdoc, m.start())[0] or "unknown"
        if actor == "russia" and att.name is None:
            att = Attribution("Russia", "russia", "full-control statement by Russia's side", att.verb)
        location, loc_why = location_for(ctx, s, start)
        claim_date, date_why = _claim_date(ctx, att, s, sdoc)
        wording = m.group(0).lower()
        retake_words = (
            "liberat",
            "reclaim",
            "retak",
            "recaptur",
            "regain",
            "restor",
            "clear",
            "freed",
            "expel",
        )
        predicate = (
            "retaken"
            if actor == "russia" and _in_russia(location) or any(w in wording for w in retake_words)
            else "controls"
        )
        out.append(
            Claim(
                doc_id=ctx.document.id, metric="territory_pct", value=100.0, value_low=100.0, value_high=100.0,
                unit="percent", qualifier="exact", text=s.text[m.start() : m.end()], start=start, end=end,
                sentence=s.text, actor=actor, predicate=predicate, claimant=att.name,
                claimant_side=att.side if att.name else None, claim_date=claim_date, location=location,
                evidence={"metric": f"full-control statement '{m.group(0)}'", "claimant": att.rule, "claim_date": date_why,
                          "location": loc_why, "actor": "subject or speaker", "predicate": "full control"},
            )
        )  # fmt: skip
    return out


# ---------------------------------------------------------------------------------------------
# Document-level passes (no parse needed)


def credit_headlines(ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """A figure in a headline or standfirst is credited to the source the body names for it."""
    out: list[Claim] = []
    lead_lines = {s.line for s in ctx.sentences[:3]}
    for c in claims:
        s = ctx.sentence_at(c.start)
        is_lead = s is not None and (s.headline or s.line in lead_lines)
        generic = c.claimant is None or (lookup(c.claimant) is None and _is_generic(c.claimant))
        if s is not None and is_lead and generic:
            body = [
                b
                for b in claims
                if b is not c
                and b.metric == c.metric
                and b.claimant
                and abs(b.value - c.value) <= 0.02 * max(abs(c.value), 1)
                and not _is_generic(b.claimant)
                and b.start > c.start
            ]
            if body:
                b = body[0]
                c = replace(
                    c,
                    claimant=b.claimant,
                    claimant_side=b.claimant_side,
                    claim_date=b.claim_date if c.claim_date is None or b.claim_date else c.claim_date,
                    evidence={
                        **c.evidence,
                        "claimant": f"headline figure credited to the body's source (claim at {b.start})",
                    },
                )
            elif s.headline:
                credited = _headline_source(s.text)
                if credited is not None:
                    c = replace(
                        c,
                        claimant=credited.name,
                        claimant_side=credited.side,
                        evidence={**c.evidence, "claimant": f"headline credit '{credited.name}'"},
                    )
        out.append(c)
    return out


_HEADLINE_CREDIT = re.compile(r"^\s*([^:]{2,40}):\s+\S|\s[-–—]\s*([A-Z][\w.' ]{1,40})\s*$")


def _headline_source(text: str) -> Entity | None:
    """Headline attribution conventions: 'Russian MoD: Ukraine loses ...', '... - MoD'."""
    m = _HEADLINE_CREDIT.search(text)
    if not m:
        return None
    who = _norm((m.group(1) or m.group(2) or "").strip())
    return lookup(who) or lookup(re.sub(r"\bMoD\b", "Defense Ministry", who))


def _is_generic(name: str) -> bool:
    low = _norm(name).lower()
    low = re.sub(r"^(?:the|a|an)\s+", "", low)
    generic_words = {
        "ukraine",
        "russia",
        "ukraine's military",
        "russia's military",
        "moscow",
        "kyiv",
        "military",
        "officials",
        "the military",
    }
    return low in generic_words or bool(
        re.match(r"^(?:ukraine|russia)(?:'s)?\s+(?:military|army|forces|officials)$", low)
    )


def _named_person_after(ctx: DocContext, s_idx: int, side: str | None) -> tuple[int, str, str | None] | None:
    """The first named person of the same side in the next two sentences ('The official, Sergei Rudskoi, ...')."""
    for j in range(s_idx + 1, min(len(ctx.sentences), s_idx + 3)):
        sdoc = ctx.sent_doc(j, s_idx)
        if sdoc is None or ctx.sentences[j].furniture:
            continue
        for e in sdoc.ents:
            if e.label_ != "PERSON" or e.root.dep_ not in ("nsubj", "nsubjpass", "appos"):
                continue  # the identification is the subject or an apposition, not any mention
            ce = _canon_entity(e)
            if ce is None:
                continue
            if side is None or ce[1] in (side, None):
                return j, ce[0], ce[1]
    return None


def inherit_list_context(ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """Items of a tally ('tanks ‒ 10,199') under an intro line ending in ':' take the intro's
    source, date and side from the figure stated just before the list."""
    out: list[Claim] = []
    anchor: Claim | None = None
    for c in claims:
        if not c.evidence.get("metric", "").startswith("list line"):
            anchor = c
            out.append(c)
            continue
        s = ctx.sentence_at(c.start)
        intro = None
        if s is not None:
            for j in range(s.idx - 1, max(-1, s.idx - 25), -1):
                if ctx.sentences[j].text.rstrip().endswith(":"):
                    intro = ctx.sentences[j]
                    break
        if intro is None or anchor is None or anchor.start > intro.start + len(intro.text) + 2000:
            out.append(c)
            continue
        losses = re.search(r"(?i)\bloss", intro.text) is not None
        actor = c.actor
        if actor == "unknown":
            if anchor.actor not in ("unknown", "civilians"):
                actor = anchor.actor
            elif re.search(r"(?i)\benemy\b", intro.text):
                actor = opposite(anchor.claimant_side) or "unknown"
        c = replace(
            c,
            claimant=c.claimant or anchor.claimant,
            claimant_side=c.claimant_side if c.claimant else anchor.claimant_side,
            claim_date=c.claim_date if c.claimant else anchor.claim_date,
            actor=actor,
            predicate="lost" if losses and c.metric == "equipment" else c.predicate,
            evidence={
                **c.evidence,
                "claimant": f"list under '{intro.text.strip()[:60]}', as '{anchor.text}'",
            },
        )
        out.append(c)
    return out


def delayed_identification(ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """'..., a senior Russian military official said.' followed by the named official -> that person."""
    out: list[Claim] = []
    for c in claims:
        if (
            c.claimant
            and re.match(r"(?i)^(?:a|an)\s", c.claimant) is None
            and not re.match(r"(?i)^(?:senior|top|high-ranking)\s", c.claimant)
        ):
            out.append(c)
            continue
        if not c.claimant:
            out.append(c)
            continue
        later = [
            b for b in claims if b.start > c.start and b.claimant
            and (c.claimant_side is None or b.claimant_side == c.claimant_side)
            and (known := lookup(b.claimant)) is not None and known.kind == "person"
        ]  # fmt: skip
        cs = ctx.sentence_at(c.start)
        s_idx = cs.idx if cs is not None else None
        named = _named_person_after(ctx, s_idx, c.claimant_side) if s_idx is not None else None
        if named is not None and (not later or (later[0].start > ctx.sentences[named[0]].start)):
            c = replace(
                c, claimant=named[1], claimant_side=named[2] or c.claimant_side,
                evidence={**c.evidence, "claimant": f"'{c.claimant}' identified as {named[1]} in sentence {named[0] + 1}"},
            )  # fmt: skip
            out.append(c)
            continue
        if later and s_idx is not None:
            b = later[0]
            bs = ctx.sentence_at(b.start)
            b_idx = bs.idx if bs is not None else None
            if b_idx is not None and b_idx - s_idx <= 2:
                c = replace(
                    c, claimant=b.claimant, claimant_side=b.claimant_side,
                    evidence={**c.evidence, "claimant": f"'{c.claimant}' identified as {b.claimant} in sentence {b_idx + 1}"},
                )  # fmt: skip
        out.append(c)
    return out
