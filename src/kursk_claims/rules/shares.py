"""When a percentage or a fraction is a claim: only as a share of territory ('two-thirds of the
captured territory', 'retaken almost two-thirds', 'the foothold has shrunk by a third'), never as a
share of people polled or of houses."""

from __future__ import annotations

import re

from kursk_claims.rules.context import _place_regex, metric_data
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.tree import _has_cue
from kursk_claims.text.quantities import Quantity
from kursk_claims.text.segment import Sentence


def _share_of_territory(after: str, context: str) -> str | None:
    """'two-thirds of the captured territory', 'a fifth of Ukraine', 'half of it' (after an area),
    'less than half of the 1,376 sq km'; not 'two-thirds of houses', 'a third of those who remain'."""
    m = re.match(r"(?i)^\s+of\s+(it|that|this)\b", after)
    if m:
        areal = _AREAL.search(context)
        return f"'{m.group(1)}' (territory)" if _territorial(context) or areal else None
    m = re.match(r"(?i)^\s+of\s+", after)
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


# a percentage of people: "of Poles", "of Ukrainians", "of respondents", "of those polled" (not a title-case
# headline's determiner, "About 40% of Its Kursk Foothold")
_SHARE_OF_PEOPLE = re.compile(
    r"\s*of\s+(?:the\s+)?(?:(?!(?:Its|This|His|Hers|Ours|Yours|Theirs)\b)[A-Z][a-z]+(?:ians|ans|ers|s)\b|(?:respondents|voters|people|those\s+(?:polled|asked|surveyed)"
    r"|citizens|adults|residents)\b)"
)


def territory_share(q: Quantity, s: Sentence, before: str) -> Decision | None:
    """Why a percentage or fraction is a share of territory (the only share that is a claim), or None;
    `before` is the text before the sentence that a bare 'half of it' may refer to."""
    if q.kind == "verb":
        return Decision("metric.share_verb", f"'{q.text}' the territory")
    after = re.sub(r'^["”’]', "", s.text[q.end - s.start :])  # 'regained "more than half" of the territory'
    peak = _OF_THE_PEAK.match(after)
    if peak and (_territorial(s.text + " " + before) or _AREAL.search(s.text + " " + before)):
        # "around 60% of its August peak", "roughly half its peak size" (after an area)
        return Decision("metric.share_of_territory", f"share '{q.text}' of '{peak.group(0).strip()}'")
    if q.kind == "fraction":
        share = _share_of_territory(after, before)
        if share:
            return Decision("metric.share_of_territory", f"share '{q.text}' of {share}")
    elif _SHARE_OF_PEOPLE.match(after):
        return None  # "44 percent of Poles believe ...": a share of people polled, not of territory
    took = _OF_WHAT_WAS_TAKEN.match(after)
    if took:
        # "well over half of what it took", "a quarter of what they lost": of the ground won or lost
        return Decision("metric.share_of_territory", f"share '{q.text}' of '{took.group(1)}'")
    head = s.text[: q.start - s.start]
    verb = _LAND_VERB_BEFORE.search(head)
    retaking = verb is not None and _RETAKING.match(verb.group(1)) is not None
    if verb and _ENDS_CLAUSE.match(after) and (retaking or _territorial(s.text + " " + before)):
        # "Moscow says it has retaken almost two-thirds.", "has lost roughly half the ground"
        return Decision("metric.share_verb", f"'{verb.group(1)} {q.text}' the territory")
    shrunk = _SHRUNK_BY.search(head)
    if shrunk and _territorial(head):
        # "the Ukrainian-held area had shrunk by roughly a third in a week"
        return Decision("metric.share_shrunk", f"'{shrunk.group(0).strip()} {q.text}' of an area")
    if q.kind != "fraction":
        words = re.findall(r"[a-z']+", s.text.lower())
        cue = _has_cue(words, metric_data()["territory_words"] + _TAKEN_WORDS)
        if cue:
            return Decision("metric.territory_percent", f"percentage with territory word '{cue}'")
    return None


# "of its August peak", "its peak size", "of the peak area", "of Kyiv's peak holding": the largest area held
_OF_THE_PEAK = re.compile(
    r"(?i)^\s+(?:of\s+)?(?:its|their|the|[A-Z][\w’']+['’]s)\s+(?:[\w-]+\s+)?peak\b(?:\s+(?:size|holding|area|gains))?"
)
# an area in square measure: what a share of the peak is a share of
_AREAL = re.compile(r"(?i)\bkm\b|km²|kilomet|square\s+mi|\bsq\b|hectare")


# the participles of taking and losing ground, with which a percentage is of territory
_TAKEN_WORDS = ["liberated", "captured", "retaken", "recaptured", "regained", "occupied", "seized"]
# "of what it took", "of what Ukraine had seized", "of what they lost": a share of ground won or lost
_OF_WHAT_WAS_TAKEN = re.compile(
    r"(?i)^\s+of\s+what\s+(?:[\w'’-]+\s+){1,3}?(?:had\s+|has\s+|have\s+)?"
    r"(took|taken|seized|captured|held|had|gained|lost|controlled|occupied|won)\b"
)
# a verb of taking, holding or losing ground right before the share: "has retaken almost two-thirds"
_LAND_VERB_BEFORE = re.compile(
    r"(?i)\b(retaken|retook|recaptured|regained|liberated|lost|taken\s+back|took\s+back|given\s+back|gave\s+back"
    r"|holds?|held|controls?|controlled|recaptures|retakes|regains)\s+"
    r"(?:(?:almost|nearly|roughly|about|around|perhaps|maybe|some|just|only|barely|at\s+least|well\s+over"
    r"|more\s+than|less\s+than|over|under|something\s+like)\s+)*$"
)
# taking back is only said of ground: "has retaken almost two-thirds" needs no territory word
_RETAKING = re.compile(
    r"(?i)re(?:taken|took|captured|gained|captures|takes|gains)|taken\s+back|took\s+back|liberated"
)
# the share ends its clause, or names the ground it is a share of: "two-thirds.", "half the ground"
_ENDS_CLAUSE = re.compile(
    r"(?i)^\s*(?:[.,;:!?)\"”’—–-]|$|\s+(?:since|in|by|over|within|so\s+far|already|now|of\s+it)\b"
    r"|\s+(?:the|its|their)\s+(?:ground|territory|land|area|salient|foothold|pocket|bridgehead)\b)"
)
# "has shrunk by", "had contracted by", "was reduced by": an area made smaller by a share
_SHRUNK_BY = re.compile(
    r"(?i)\b(?:shrunk|shrank|shrinks|contracted|reduced|cut|fallen|fell|decreased)\s+by\s+$"
)


def _territorial(text: str) -> bool:
    """Whether a text speaks of ground: a territory word ('area', 'foothold', 'salient')."""
    return _has_cue(re.findall(r"[a-z']+", text.lower()), metric_data()["territory_words"]) is not None
