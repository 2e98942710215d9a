"""The noun a number counts, read along the words after it: 'approximately 10,000 Russian troops' ->
troops, 'over 7,000 pieces of weaponry' -> weaponry, 'eleven-thousand of Kim's men' -> men."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.rules.context import _noun_index, _place_regex, ent_type_of, metric_data

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# participles of what befalls equipment and people ("destroyed", "abandoned", "burned-out"), beside
# the lemmas of data harm_verbs
_LOSS_PARTICIPLES = frozenset({"abandon", "burn", "lose"}) | frozenset(metric_data()["harm_verbs"])


def _loss_participle(t: Token) -> bool:
    return t.tag_ == "VBN" and t.lemma_.lower() in _LOSS_PARTICIPLES


def _modifies_a_counted_noun(sdoc: Doc, i: int) -> bool:
    """Whether the words from `i` run through modifiers only (adjectives, demonyms, participles of loss,
    'or', 'and') to a counted noun within four words: "... Russian vehicles", not "... by drones"."""
    for k in range(i, min(len(sdoc), i + 4)):
        t = sdoc[k]
        if t.lemma_.lower() in _noun_index() and t.pos_ in ("NOUN", "PROPN"):
            return True
        if not (t.pos_ in ("ADJ", "PROPN") or _loss_participle(t) or t.lower_ in ("or", "and", "-", "–")):
            return False
    return False


def _head_noun(sdoc: Doc, num: Token) -> Token | None:
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
        if (
            low in ("-", "–")
            and not t.whitespace_
            and i + 2 < len(sdoc)
            and sdoc[i + 1].lemma_.lower() not in _noun_index()
            and sdoc[i + 2].pos_ in ("NOUN", "ADJ", "PROPN")
        ):
            i += 2  # the second half of a hyphenated modifier: "47 fixed-wing unmanned aerial vehicles"
            continue
        if low in ("[", "]", "-", "–", '"', "“", "”", "'") or t.is_quote or t.is_space:
            i += 1
            continue
        if low == "," and i + 2 < len(sdoc) and sdoc[i + 1].lower_ == "if" and sdoc[i + 2].lower_ == "not":
            # "hundreds, if not thousands, of Russian soldiers": the aside does not end the phrase
            close = next((k for k in range(i + 3, min(len(sdoc), i + 7)) if sdoc[k].lower_ == ","), None)
            if close is not None:
                i = close + 1
                continue
        if low in ("a", "an", "|"):
            break  # "82 a week earlier": a new noun phrase; "| over 67,000 |": a table cell ends
        if (
            t.tag_ == "POS"
            and i > 0
            and ent_type_of(sdoc[i - 1]) == "PERSON"
            and _place_regex()[0].fullmatch(sdoc[i - 1].text) is None
        ):
            i += 1  # "eleven-thousand of Kim's men": a person's possessive inside the counted phrase
            continue
        if (
            t.pos_ == "NOUN"
            and i + 2 < len(sdoc)
            and sdoc[i + 1].text in ("-", "–")
            and not sdoc[i + 1].whitespace_
        ):
            i += 2  # the first half of a hyphenated modifier: "100 self-propelled guns"
            continue
        if low in ("plus", "odd"):
            i += 1
            continue
        if t.pos_ == "ADV" and t.head.dep_ == "amod" and t.head.i == i + 1:
            i += 1  # an adverb on a participle modifying the counted noun: "22 seriously wounded soldiers"
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
        if (
            low in ("and", "or", ",")
            and i + 1 < len(sdoc)
            and sdoc[i + 1].pos_ in ("ADJ", "PROPN")
            and (low != "," or ent_type_of(sdoc[i + 1]) == "NORP")
        ):
            # coordinated modifiers: "50,000 Russian and North Korean soldiers", "Russian, North
            # Korean troops"; not a clause after a comma: "estimated at around 3,800, military
            # intelligence says"
            i += 1
            continue
        if _loss_participle(t) and _modifies_a_counted_noun(sdoc, i + 1):
            # a participle of loss the parser took for a verb of its own: "we geolocated 12 destroyed
            # Russian vehicles", "37 destroyed or abandoned Ukrainian vehicles"
            i += 1
            continue
        if low in ("and", "or") and i + 1 < len(sdoc) and _loss_participle(sdoc[i + 1]):
            i += 1
            continue
        if (
            t.pos_ == "VERB"
            and t.dep_ == "amod"
            and i + 1 < len(sdoc)
            and (
                sdoc[i + 1].lemma_.lower() in _noun_index()
                or sdoc[i + 1].text in ("-", "–")
                or (i < t.head.i <= i + 3 and t.head.lemma_.lower() in _noun_index())
            )
        ):
            # a participle modifying the counted noun: "122,883 displaced residents", "36 fixed-wing drones",
            # "15 wounded Russian prisoners of war"
            i += 1
            continue
        if t.pos_ == "PROPN" and t.dep_ != "compound" and low in _noun_index():
            return t  # a demonym plural counted: "189 Ukrainians", "3,000 Russians"
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


def _civilian_context(sdoc: Doc) -> bool:
    """The sentence is about civilians (residents, children, a strike on a town) and not troops."""
    words = {t.lemma_.lower() for t in sdoc}
    civil = set(metric_data()["civilian_context"])
    military = set(metric_data()["military_context"])
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
