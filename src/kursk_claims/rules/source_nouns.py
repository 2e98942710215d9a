"""Source nouns: a figure, estimate or assessment as a clause's subject names who gives the figure
('U.S. estimates were about 1,200', 'Moscow's figure for Ukrainian losses', 'The most cited estimate
comes from South Korea's National Intelligence Service: about 11,000 troops')."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.context import _norm
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.documents import bare_document
from kursk_claims.rules.governing import nearest_governing
from kursk_claims.rules.phrases import OWNED_FIGURE_NOUNS, SOURCE_NOUNS, _entity_for_phrase
from kursk_claims.rules.tree import _is_ancestor, _phrase, _steps_up

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kursk_claims.rules.mentions import Resolver


def nearer_source(r: Resolver, t: Target) -> Attribution | None:
    """A source noun in a clause nearer the number than any reporting verb that governs it:
    'X put it at 4,000, although U.S. estimates were about 1,200'."""
    if t.sdoc is None:
        return None
    sdoc, num = t.sdoc, t.num
    nearest, depth = nearest_governing(sdoc, num)
    source = _source_noun(r, sdoc, num, t.s.idx, quoted=t.quote is not None)
    source_depth = _steps_up(source.verb, num) if source is not None and source.verb is not None else None
    if source is not None and source_depth is not None:
        if nearest is None or source_depth < depth[nearest.i]:
            return replace(source, decision=Decision("claimant.nearer_source", source.decision.why))
    return None


def source_noun(r: Resolver, t: Target) -> Attribution | None:
    """A source noun as the subject of any verb: 'U.S. estimates were lower, about 1,200'."""
    return _source_noun(r, t.sdoc, t.num, t.s.idx, quoted=t.quote is not None) if t.sdoc is not None else None


def _source_noun(
    r: Resolver, sdoc: Doc, num: Token, sent_idx: int, *, quoted: bool = False
) -> Attribution | None:
    """The attribution a source noun subject of any verb in `sdoc` gives the figure at `num`: its
    owner, the source it comes from, the outlet's own analysis, or the noun phrase as written. A bare
    'the count' in a `quoted` figure's quotation is the speaker's word, not the source before."""
    for t in sdoc:
        # (a total only with its owner named: "the Russian Defense Ministry's running total stood at ...")
        owned = t.lemma_.lower() in OWNED_FIGURE_NOUNS and any(c.dep_ == "poss" for c in t.children)
        if t.dep_ in ("nsubj", "nsubjpass") and (t.lemma_.lower() in SOURCE_NOUNS or owned):
            sub = list(t.subtree)
            if sub[0].i <= num.i <= sub[-1].i:
                continue
            if t.i > num.i and not _is_ancestor(t.head, num):
                continue
            phrase = re.sub(r"(?i)^(?:the|a|an)\s+", "", _norm(_phrase(t)))
            if bare_document(t) and not any(c.lower_ in ("this", "that") for c in t.children):
                # "The same tally lists at least 140 Russian vehicles": the tally of the source before
                if quoted:
                    continue
                got = r.resolve_subject(t, sent_idx, sent_idx)
                if got is None or got.kind not in ("body", "group", "media"):
                    continue
                why = f"'{_phrase(t)}': the {t.lemma_.lower()} of {got.name}, the source before"
                return Attribution.of(got, Decision("claimant.source_noun", why), t.head)
            came = _came_from(t)
            got = r.resolve_subject(came, sent_idx, sent_idx) if came is not None else None
            if came is not None and got is not None and got.kind in ("person", "body", "group", "media"):
                # "The most cited estimate comes from South Korea's NIS: about 11,000 troops"
                why = f"'{_phrase(t)} {t.head.text} from {_phrase(came)}'"
                return Attribution.of(got, Decision("claimant.source_noun", why), t.head)
            if not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in t.children):
                continue  # "The figure for Ukrainian losses is ...": no source named
            if any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in t.children):
                continue  # "That upbeat assessment was contradicted by ...": refers back, names no source
            outlet = r.own_outlet(t, sent_idx)
            if outlet is not None:  # "Our own assessment puts ...": the outlet's own analysis
                return Attribution.of(outlet, Decision("claimant.own_analysis", f"'{_phrase(t)}'"), t.head)
            # the owner: a possessor, or a body the registry knows set before the noun ("The NIS estimate
            # of April 30 was that ...", "an ISW assessment")
            owner = next((c for c in t.children if c.dep_ == "poss"), None) or next(
                (
                    c
                    for c in t.children
                    if c.dep_ == "compound"
                    and (e := lookup(c.text)) is not None
                    and e.kind in ("body", "group", "media")
                ),
                None,
            )
            found = _entity_for_phrase(owner, r.when()) if owner is not None else None
            if owner is not None and (found is None or found.kind == "other"):
                # "his figure", "The agency's previous estimate": whom the pronoun or role refers to
                found = r.resolve_subject(owner, sent_idx, sent_idx)
            if owner is not None and found is not None and found.kind != "other":
                # "Moscow's figure for Ukrainian losses": the owner of the figure claims it
                return Attribution(
                    found.name,
                    found.side,
                    Decision("claimant.source_owner", f"'{owner.text} {t.text}'"),
                    t.head,
                    t.lemma_.lower(),
                )
            if len(sub) >= 2:
                return Attribution(
                    phrase,
                    side_of_phrase(phrase),
                    Decision("claimant.source_noun", f"source noun '{t.text}' as subject"),
                    t.head,
                    t.lemma_.lower(),
                )
    return None


def _came_from(t: Token) -> Token | None:
    """The source a source noun is said to come from: 'the estimate comes from X', 'the figure came
    from X' (X, the object of 'from')."""
    if t.dep_ != "nsubj" or t.head.lemma_.lower() != "come":
        return None
    prep = next((c for c in t.head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
