"""Orders: an authority that orders an evacuation asserts the figures of its order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.context import metric_data
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.outlet import government_publisher
from kursk_claims.rules.phrases import INSTITUTION_HEADS
from kursk_claims.rules.tree import _heads, _phrase, _subject_of
from kursk_claims.text.reporting import attribution_data

if TYPE_CHECKING:
    from kursk_claims.rules.mentions import Resolver

# verbs by which an authority orders or widens an evacuation (data ordering_verbs)
_ORDERING = frozenset(attribution_data()["ordering_verbs"])
# nouns of an evacuation (data evacuation_words, metrics.json)
_EVACUATIONS = frozenset(w for w in metric_data()["evacuation_words"] if w.endswith(("ion", "ment")))


def ordered_by(r: Resolver, t: Target) -> Attribution | None:
    """'The Sumy Regional Military Administration ordered the mandatory evacuation of residents from
    28 settlements', '... extended the mandatory evacuation of civilians to 11 more settlements': the
    authority that orders or widens an evacuation asserts the figures of its order (whom it moves, from
    where), when no one in the sentence reports them and the order is not quoted."""
    if t.sdoc is None:
        return None
    # the figure's verb, past a participle that places the order's object ("the evacuation of villages ...
    # lying within 15 kilometres of the border"; not an event with its agent, "villages hit by 120 shells")
    v = next(
        (
            h
            for h in _heads(t.num, 10)
            if h.pos_ in ("VERB", "AUX")
            and not (
                h.dep_ == "acl"
                and h.tag_ in ("VBG", "VBN")
                and not any(c.dep_ == "agent" for c in h.children)
            )
        ),
        None,
    )
    if v is None or v.lemma_.lower() not in _ORDERING:
        return None
    evacuation = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in _EVACUATIONS), None)
    if evacuation is None or (t.quote is not None and t.quote.start <= t.s.start + v.idx < t.quote.end):
        return None
    subj = _subject_of(v)
    got = r.resolve_subject(subj, t.s.idx, t.s.idx) if subj is not None else None
    # ("Sumy regional authorities ordered ...": an unnamed institution the registry does not know)
    # (not on a page a body publishes, which relays the order in its own voice)
    institution = (
        subj is not None
        and subj.lemma_.lower() in INSTITUTION_HEADS
        and government_publisher(r.ctx.document.outlet) is None
    )
    if subj is None or got is None or not (got.kind in ("person", "body", "group") or institution):
        return None
    return Attribution.of(
        got, Decision("claimant.ordered_by", f"'{_phrase(subj)}' ordered the {evacuation.text}"), v
    )
