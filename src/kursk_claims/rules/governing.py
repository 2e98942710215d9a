"""Which reporting verbs of a sentence govern a figure, nearest first: the order in which the
claimant sieve's `reporting_verb` rule asks them who speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kursk_claims.rules.documents import DOCUMENT_NOUNS, PUBLICATION_NOUNS
from kursk_claims.rules.phrases import (
    CLAUSE_REPORT_VERBS,
    GIVEN_FIGURES,
    INSTITUTION_HEADS,
    MEDIA_OBJECT_NOUNS,
    RECORD_VERBS,
    REVISE_VERBS,
    _reporting_verbs,
)
from kursk_claims.rules.tree import _agent_of, _steps_up

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _content_after_day(c: Token) -> bool:
    """'replied the same day that Russian losses had exceeded 25,000': the parser hung the content clause
    on the day as a relative clause; its 'that' marks it as what was said."""
    return c.dep_ == "npadvmod" and any(
        g.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
        for g in c.children
    )


def _verbs_by_depth(sdoc: Doc, num: Token) -> tuple[list[Token], dict[int, int]]:
    """The sentence's reporting verbs, those governing the number first (nearest first), and how many
    heads up from the number each governing verb stands."""
    # (a report denied asserts nothing: "a figure Reuters could not independently verify", "Gerasimov did not
    # mention the roughly 11,000 North Koreans"; "DeepState's maps never showed more than 1,100 km²" still does)
    verbs = [
        v
        for v in _reporting_verbs(sdoc)
        if not any(c.dep_ == "neg" and c.lower_ in ("not", "n't", "n’t") for c in v.children)
    ]
    # "Mediazona found that at least 312 of the dead were volunteers": a verb that reports only with
    # a content clause, when the number is in it
    clause = [
        t
        for t in sdoc
        if t.pos_ == "VERB"
        and t.lemma_.lower() in CLAUSE_REPORT_VERBS
        and not any(c.dep_ == "neg" for c in t.children)  # ("officials do not think that ...")
        and any(
            (c.dep_ == "ccomp" or _content_after_day(c)) and c.left_edge.i <= num.i <= c.right_edge.i
            for c in t.children
        )
    ]
    # "On August 27, he raised it to 1,294 square kilometers": a source moving its own figure (a name, a
    # pronoun or a body's noun; not "Overnight shelling raised the death toll to 15"), unless a reporting verb
    # already governs the figure
    governed = any(_steps_up(v, num) is not None for v in verbs)
    clause += [
        t
        for t in sdoc
        if not governed
        and t.pos_ == "VERB"
        and t.lemma_.lower() in REVISE_VERBS
        and any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() in _OWN_FIGURES
                or (c.lower_ in ("it", "that", "this") and not _body_subject(t))
            )
            for c in t.children
        )
        and any(c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "PRON") or _body_subject(t)) for c in t.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" and _after_to(t, c, num) for c in t.children)
    ]
    # "The WarSpotting database lists 14 Ukrainian tanks", "DeepState's map had Ukraine holding 365 km²": a
    # document holding a figure reports it, as its owner's (not "the brigade has 3,000 troops"); a document
    # named by its noun alone ("The tally ... lists 14 tanks") only when no reporting verb governs the figure
    clause += [
        t
        for t in sdoc
        if t.lemma_.lower() in RECORD_VERBS
        and t.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in _HOLDING_NOUNS
            and (_owned(c) or (not governed and c.lemma_.lower() in DOCUMENT_NOUNS | PUBLICATION_NOUNS))
            for c in t.children
        )
    ]
    if clause:
        verbs = sorted({t.i: t for t in [*verbs, *clause]}.values(), key=lambda t: t.i)

    # 1. a reporting verb that governs the number, the nearest first
    depth = {v.i: d for v in verbs if (d := _steps_up(v, num)) is not None and not _sibling_clause(v, num)}
    # "the roughly 100 that Syrskyi said had been taken": a report in a relative clause on the figure
    counted = num.head if num.dep_ == "nummod" else num
    # "the 17,819 killed, wounded or captured reported by Syrskyi": a participle on it with its agent
    depth.update(
        {
            v.i: 0
            for v in verbs
            if (v.dep_ == "relcl" or (v.dep_ == "acl" and _agent_of(v) is not None))
            and v.head in (num, counted)
            and v.i > num.i
        }
    )
    # "The figure he gave on 15 August was 1,150 sq km": a report on the figure the number is
    # ("..., alongside 82 settlements": anything the copula holds past its subject)
    # (the copula is the first verb above the figure: not "..., but he said Ukraine still holds 1,000")
    copula = next((a for a in counted.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if copula is not None and copula.lemma_ == "be" and copula.i < counted.i:
        figure = [c for c in copula.children if c.dep_ == "nsubj" and c.lemma_.lower() in GIVEN_FIGURES]
        depth.update({v.i: 0 for v in verbs if v.dep_ in ("relcl", "acl") and v.head in figure})
    governing = sorted((v for v in verbs if v.i in depth), key=lambda v: depth[v.i])
    ordered = governing + [v for v in verbs if v.i not in depth]
    return ordered, depth


def nearest_governing(sdoc: Doc, num: Token) -> tuple[Token | None, dict[int, int]]:
    """The reporting verb nearest above the number (None when none governs it), and the depths of
    `_verbs_by_depth`."""
    ordered, depth = _verbs_by_depth(sdoc, num)
    return (ordered[0] if ordered and ordered[0].i in depth else None), depth


def _after_to(verb: Token, to: Token, num: Token) -> bool:
    """The figure stands in the verb's 'to' phrase, or is a second object the parser hung on the verb
    after it ('raised its estimate to about 600 dead and 4,700 casualties')."""
    if to.left_edge.i <= num.i <= to.right_edge.i:
        return True
    counted = num.head if num.dep_ == "nummod" else num
    return num.i > to.i and counted.head == verb and counted.dep_ in ("dobj", "conj")


# what holds figures: a source's documents and publications, and media objects (their author's)
_HOLDING_NOUNS = DOCUMENT_NOUNS | PUBLICATION_NOUNS | MEDIA_OBJECT_NOUNS


def _owned(noun: Token) -> bool:
    """A document its owner is named on: 'DeepState's map', 'the WarSpotting database' (not 'The
    database has 14 tanks', whose owner the claimant rules look for elsewhere)."""
    return any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in noun.children)


# what a source revises is its figure, not a number of troops ('aiming to increase this number to 690,000')
_OWN_FIGURES = GIVEN_FIGURES - {"number", "toll", "count"}


def _body_subject(verb: Token) -> bool:
    """The verb's subject is a publishing body's head noun ("The Russian ministry raised its tally to
    5,137 troops"; not an army, which raises troop numbers, not figures)."""
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in INSTITUTION_HEADS - {"military"}
        for c in verb.children
    )


# subordinators of a clause set against the main one: its reporting verb speaks for itself only
_CONTRAST = frozenset({"while", "whereas", "although", "though"})


def _sibling_clause(v: Token, num: Token) -> bool:
    """'Syrskyi wrote that Ukrainian troops were maintaining a zone and that Russia had concentrated
    over 60,000 troops': a that-clause joined to v's own complement clause is the governor's second
    complement, not one v reports (the parser hangs it on v)."""
    if v.dep_ != "ccomp":
        return False
    for h in (num, *num.ancestors):
        if h.head.i == v.i:
            return h.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in h.children)
    return False
