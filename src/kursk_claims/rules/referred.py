"""A number that counts what the figure just before it counted, by words that refer back to it (a
figure noun or a pronoun moving to a new value or equated with it, a part of it): the metric rules ask
it when the number's own words name nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.rules.context import ent_type_of, metric_data
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.harm import _killed_or_wounded
from kursk_claims.rules.tree import _has_cue, _words_lower

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kursk_claims.models import Claim
    from kursk_claims.text.quantities import Quantity
    from kursk_claims.text.segment import Sentence

# Nouns that name the figure itself, not what it counts: "in the several hundred range", "the 4,000 mark"
FIGURE_NOUNS: frozenset[str] = frozenset(metric_data()["figure_nouns"])
ANAPHOR_REACH = 200  # characters from the figure before to the sentence of a figure that refers back to it

# the subject nouns of such a verb that name a figure ("the tally ... stood at", "the death toll rose to")
FIGURE_SUBJECTS = FIGURE_NOUNS | {"toll"}
# verbs by which a figure named before moves to a new value (data figure_change_verbs)
CHANGE_VERBS: frozenset[str] = frozenset(metric_data()["figure_change_verbs"])
# "Of these, about 500 ...", "Of these, the source said, some 8,000 were ...": a part opening its clause
_OF_THESE = re.compile(r"(?i)\bof\s+(?:these|them|those)\s*,?\s*(?:[^,0-9]{0,40},\s*)?$")
_OF_THEM = (["of", "them"], ["of", "these"], ["of", "those"])
# what a number may count by referring back to the figure before it (or by continuing it: an ellipsis)
REFERRED = ("killed", "wounded", "casualties", "personnel", "prisoners", "equipment", "civilians")
_OWN = ("poss", "compound", "amod", "prep")  # words that make a figure noun a figure of its own
# verbs by which a source gives a figure as a bare number ("had cited 38,000")
_CITING: frozenset[str] = frozenset(metric_data()["figure_citing_verbs"])


def referred_back(
    q: Quantity, s: Sentence, num: Token, gverb: Token | None, earlier: list[Claim]
) -> tuple[str, None, Decision] | None:
    """A number that counts what the figure just before counted, by words that refer back to it:
    'The figure has since fallen to about 400', 'That number had grown to 594' (a figure noun moving
    to a new value), 'By May it was 64' (a pronoun equated with it), 'Other bloggers put the number at
    up to 600', 'Of these, about 12,000 are still
    in temporary centres', 'About 5,000 of them ...' (a part of it, never larger) — with a killed or
    wounded cue of its own ('Of them, more than 600 are confirmed dead')."""
    before = earlier[-1] if earlier else None
    # the figure just before: in a sentence shortly before, or earlier in this one
    # (an area is referred back to only as it moves to a new one: "The area has since shrunk to about
    # 1,300"; "it stood at 64" after an area is too often a count of something else)
    to = num.dep_ == "pobj" and num.head.lower_ == "to" and num.head.head == gverb
    if before is None or not (before.metric in REFERRED or (before.metric == "territory_km2" and to)):
        return None
    if not (0 <= s.start - before.end <= ANAPHOR_REACH or s.start <= before.start < q.start):
        return None
    # ("had fallen to 760", "by March it had reached 57", "by December it stood at 64"; but "the
    # ministry's running total stood at 22,600" may be a figure of its own)
    at = num.dep_ == "pobj" and num.head.lower_ == "at" and num.head.head == gverb
    moved = (
        gverb is not None
        and gverb.lemma_.lower() in CHANGE_VERBS
        and (
            num.dep_ == "dobj"
            or at
            or (num.dep_ == "pobj" and num.head.lower_ == "to" and num.head.head == gverb)
        )
        and any(
            c.dep_ == "nsubj"
            and (
                c.lower_ in ("it", "that", "this")
                or (c.lemma_.lower() in FIGURE_NOUNS and not (at and any(k.dep_ in _OWN for k in c.children)))
            )
            for c in gverb.children
        )
    )
    # "Today it is between 30 and 45 thousand", "By May it was 64": a pronoun or a bare figure noun
    # equated with the number
    equated = (
        gverb is not None
        and gverb.lemma_ == "be"
        and (num.head if num.dep_ == "conj" else num).dep_ == "attr"
        and any(
            c.dep_ == "nsubj"
            and (c.lower_ in ("it", "that", "this") or c.lemma_.lower() in FIGURE_NOUNS)
            and not list(c.children)
            for c in gverb.children
        )
    )
    subject = num.dep_ in ("nsubj", "nsubjpass") or (
        num.dep_ == "nummod" and num.head.dep_ in ("nsubj", "nsubjpass")
    )
    part = subject and _OF_THESE.search(s.text[: q.start - s.start]) is not None
    # "About 5,000 of them are living in temporary centres": the number's own partitive
    part = part or (subject and [t.lower_ for t in num.doc[num.i + 1 : num.i + 3]] in _OF_THEM)
    # "Other military bloggers put the number at 'up to 600'": a figure noun with no 'of' of its own
    put = (
        gverb is not None
        and gverb.lemma_.lower() in ("put", "place")
        and num.dep_ == "pobj"
        and num.head.lower_ == "at"
        and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in FIGURE_NOUNS
            and not any(g.dep_ == "prep" and g.lower_ in ("of", "for") for g in c.children)
            for c in gverb.children
        )
    )
    # "In January, Zelensky had cited 38,000", "Zelensky said 11,000 in his address": a source citing a bare
    # number gives a figure of what the one before counted
    cited = (
        gverb is not None
        and gverb.lemma_.lower() in _CITING
        and num.dep_ == "dobj"
        and not any(
            c.dep_ in ("amod", "compound") or (c.dep_ == "prep" and c.lower_ == "of") for c in num.children
        )
        and any(
            c.dep_ == "nsubj"
            and c.pos_ in ("PROPN", "NOUN")
            and c.lemma_.lower() not in FIGURE_NOUNS  # ("Adding up every daily figure gives 47,350")
            and ent_type_of(c) not in ("DATE", "TIME")  # (nor a day the parser took for the subject)
            and not any(k.dep_ == "poss" for k in c.children)  # (not "Our intelligence said about 11,000")
            for c in gverb.children
        )
    )
    moved = moved or put or equated or cited
    if part and before.value is not None and q.value is not None and q.value > before.value:
        part = False  # a part is no larger than the whole: "them" are not what that figure counted
    if not (moved or part):
        return None
    if part and before.metric in ("personnel", "casualties"):
        if _killed_or_wounded(num.doc[num.i + 1 : min(len(num.doc), num.i + 9)].text) is not None:
            return (
                "casualties",
                None,
                Decision("metric.anaphor", f"a part of '{before.text}', killed or wounded"),
            )
        near = _words_lower(list(num.doc[num.i + 1 : num.i + 8]))
        for target, words in metric_data()["refine_person"]:
            c = _has_cue(near, words)
            if c and target in ("killed", "wounded"):
                return (target, None, Decision("metric.anaphor", f"a part of '{before.text}', cue '{c}'"))
    how = f"'{gverb.text} ... {q.text}'" if moved and gverb is not None else f"'{q.text}', a part of it"
    return (before.metric, None, Decision("metric.anaphor", f"{how}: what '{before.text}' counted"))
