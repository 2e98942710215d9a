"""The owner of a claim noun asserts what its content clause says ('Syrskyi refuted Putin's claims that
about 2,000 troops were cut off'): the sieve's `claimant.claim_owner` rule, and the claim nouns (data
claim_nouns) the date rules read too."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import country_named, side_of_phrase
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.context import attribution_data, metric_data
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.phrases import REPORT_VERBS, Found
from kursk_claims.rules.relay import _RELAY_VERBS
from kursk_claims.rules.tree import _heads, _phrase

if TYPE_CHECKING:
    from spacy.tokens import Token


# Nouns whose owner asserts the figure in their content clause ("Putin's claims that ..."), or, for
# the nouns of a figure itself, the figure they give ("Syrskyi's figure of 1,376 square kilometres").
CLAIM_NOUNS = frozenset(attribution_data()["claim_nouns"])
_GIVEN_FIGURES = CLAIM_NOUNS & frozenset(metric_data()["figure_nouns"])
_ADJECTIVE_OWNED = frozenset(attribution_data()["adjective_owned_nouns"])


def claim_owner(r: Resolver, t: Target) -> Attribution | None:
    """'Syrskyi refuted Putin's claims that about 2,000 troops were cut off': the figure stands in the
    content of a claim noun whose owner is named (possessor, or 'claims by X'); the owner asserts
    it, whoever reports or rejects the claim. A reporting verb nearer the figure comes first (after a
    colon, any reporting verb of the words after it)."""
    if t.sdoc is None:
        return None
    claim = _claim_before_clause(t.num) or _claim_before_colon(t.num)
    below = t.num
    for cur in _heads(t.num, 8) if claim is None else ():
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in REPORT_VERBS:
            return None
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in CLAIM_NOUNS:
            if cur.lemma_.lower() in _GIVEN_FIGURES and not (
                below.dep_ == "appos" or (below.dep_ == "prep" and below.lower_ == "of")
            ):
                break  # a figure noun owns only its own figure: "X's figure of N", "X's figure, N,"
            claim = cur
            break
        below = cur
    if (
        claim is not None
        and claim.dep_ == "pobj"
        and claim.head.lower_ in ("in", "with")
        and claim.head.head.pos_ in ("VERB", "AUX")
        and claim.head.head.lemma_.lower() in REPORT_VERBS
    ):
        return None  # "ISW said in its Monday assessment that ...": the reporting verb's subject speaks
    if claim is not None:
        cur = claim
        owner = next((c for c in cur.children if c.dep_ == "poss"), None)
        if owner is None:
            by = next((c for c in cur.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        # "the South Korean number, a hundred dead": a country's adjective owns it like its possessive
        # (not "reiterated the U.S. assessment that ...", the speaker's: data adjective_owned_nouns)
        described = " ".join(c.text for c in cur.children if c.dep_ in ("amod", "compound") and c.i < cur.i)
        adjective_owned = owner is None and described and cur.lemma_.lower() in _ADJECTIVE_OWNED
        country = country_named(described) if adjective_owned else None
        if country is not None:
            return Attribution.of(
                Found(country, side_of_phrase(country.lower()), "body", cur.lemma_.lower()),
                Decision("claimant.claim_owner", f"'{described} {cur.text}'"),
                None,
            )
        if owner is not None:
            got = r.resolve_subject(owner, t.s.idx, t.s.idx)
            if got is None:
                return None
            made = t.sdoc.text[cur.idx : t.num.idx] if cur.i < t.num.i else None  # "claims made on Oct. 24"
            return Attribution.of(
                got,
                Decision("claimant.claim_owner", f"'{_POSSESSIVE.sub('', _phrase(owner))}'s {cur.text}'"),
                None,
                made,
            )
    return None


def _claim_before_clause(num: Token) -> Token | None:
    """'referring to Syrskyi's claim a day earlier that Ukraine controlled 1,150 square kilometres': a
    that-clause the parser hung on the verb, right after a claim noun and the time it was made."""
    clause = next((h for h in (num, *num.ancestors) if h.dep_ == "ccomp"), None)
    mark = (
        next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if clause
        else None
    )
    if mark is None:
        return None
    for cur in reversed(num.doc[max(0, mark.i - 6) : mark.i]):
        if cur.pos_ in ("VERB", "AUX") or cur.is_punct:
            return None
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in CLAIM_NOUNS:
            return cur
    return None


def _claim_before_colon(num: Token) -> Token | None:
    """'A member of the committee relayed the agency's findings: North Korea has sent about 11,000 troops
    ...', 'He then gave the ministry's latest figures: 385 servicemen killed': a claim noun with its
    owner, right before a colon that opens the figure's words: the object of a verb that passes it on,
    or no object at all; not when the words after the colon name a source of their own."""
    doc = num.doc
    colon = next((tok for tok in reversed(doc[: num.i]) if tok.text == ":"), None)
    if colon is None or colon.i == 0:
        return None
    if any(
        (tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORT_VERBS)
        or tok.lower_ in (";", "according")
        for tok in doc[colon.i :]
    ):
        return None  # ("...: only 12 were captured, the General Staff said"): a source of the words' own
    noun = doc[colon.i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is not None and verb.lemma_.lower() not in _PASSING_ON:
        return None  # ("Kyiv dismissed Moscow's figures: only 12 ..."): a rejecter gives its own
    return noun if any(c.dep_ == "poss" for c in noun.children) else None


# verbs that pass a claim noun on, not reject it: "relayed the agency's findings:", "gave the figures:"
_PASSING_ON = REPORT_VERBS | _RELAY_VERBS | {"give", "share", "present"}


# a possessor's own "'s", left out where the explanation adds one
_POSSESSIVE = re.compile(r"['’]s$")
