"""The actor rules, each on a hand-built parse."""

from __future__ import annotations

import pytest
from hand import figure

from kursk_claims.rules.actor import _actor

CASES = [
    (
        "actor.modifier_side",
        "north_korea",
        None,
        "Kyiv said 12,000 North Korean soldiers arrived.",
        """
Kyiv PROPN nsubj 1
said VERB ROOT 1 say VBD
12,000 NUM nummod 5
North PROPN compound 4
Korean ADJ amod 5
soldiers NOUN nsubj 6 soldier
arrived VERB ccomp 1 arrive VBD
. PUNCT punct 1
""",
        "12,000",
    ),
    (
        "actor.relative_to_speaker",
        "russia",
        "ukraine",
        "There are 500 enemy soldiers.",
        """
There PRON expl 1
are VERB ROOT 1 be VBP
500 NUM nummod 4
enemy NOUN compound 4
soldiers NOUN attr 1 soldier
. PUNCT punct 1
""",
        "500",
    ),
    (
        "actor.harm_by_subject",
        "russia",
        None,
        "Ukrainian forces destroyed 12 tanks.",
        """
Ukrainian ADJ amod 1
forces NOUN nsubj 2 force
destroyed VERB ROOT 2 destroy VBD
12 NUM nummod 4
tanks NOUN dobj 2 tank
. PUNCT punct 2
""",
        "12",
    ),
    (
        "actor.subject",
        "ukraine",
        None,
        "Ukraine holds 90 sq km.",
        """
Ukraine PROPN nsubj 1
holds VERB ROOT 1 hold VBZ
90 NUM nummod 4
sq ADJ compound 4
km NOUN dobj 1
. PUNCT punct 1
""",
        "90 sq km",
    ),
    (
        "actor.claimant_side",
        "russia",
        "russia",
        "Troops liberated 10 settlements.",
        """
Troops NOUN nsubj 1 troop
liberated VERB ROOT 1 liberate VBD
10 NUM nummod 3
settlements NOUN dobj 1 settlement
. PUNCT punct 1
""",
        "10",
    ),
]


@pytest.mark.parametrize(
    ("rule", "actor", "speaker", "text", "rows", "phrase"), CASES, ids=[c[0] for c in CASES]
)
def test_actor_rule(rule: str, actor: str, speaker: str | None, text: str, rows: str, phrase: str) -> None:
    _ctx, s, sdoc, q, num, hit = figure(text, rows, phrase)
    from kursk_claims.rules.predicate import _predicate

    predicate, _ = _predicate(hit.metric, num, hit.noun, q, s)
    got, why = _actor(hit.metric, predicate, num, hit.noun, q, s, speaker, sdoc)
    assert (got, why.rule) == (actor, rule), why


def test_civilians_are_their_own_actor() -> None:
    text = "The strike killed 12 civilians."
    rows = """
The DET det 1
strike NOUN nsubj 2
killed VERB ROOT 2 kill VBD
12 NUM nummod 4
civilians NOUN dobj 2 civilian
. PUNCT punct 2
"""
    _ctx, s, sdoc, q, num, hit = figure(text, rows, "12")
    got, why = _actor(hit.metric, "killed", num, hit.noun, q, s, None, sdoc)
    assert (hit.metric, got, why.rule) == ("civilians", "civilians", "actor.civilians_metric")


IT_LOST = "It also lost 300 servicemen, the ministry added."
IT_LOST_ROWS = """
It PRON nsubj 2
also ADV advmod 2
lost VERB ccomp 7 lose VBD
300 NUM nummod 4
servicemen NOUN dobj 2 serviceman
, PUNCT punct 7
the DET det 6
ministry NOUN nsubj 7
added VERB ROOT 7 add VBD
. PUNCT punct 7
"""


@pytest.mark.parametrize(
    ("antecedent", "expected"),
    [("ukraine", ("ukraine", "actor.pronoun_antecedent")), (None, ("russia", "actor.subject"))],
    ids=["refers-back-to-the-figure-before", "no-figure-before-the-speaker-s-side"],
)
def test_a_pronoun_opening_its_sentence_refers_back(
    antecedent: str | None, expected: tuple[str, str]
) -> None:
    _ctx, s, sdoc, q, num, hit = figure(IT_LOST, IT_LOST_ROWS, "300")
    got, why = _actor(
        hit.metric, "killed_or_wounded", num, hit.noun, q, s, "russia", sdoc, None, None, antecedent
    )
    assert (got, why.rule) == expected


@pytest.mark.parametrize(
    ("line", "actor"),
    [
        ("• Ukrainian losses claimed by Moscow: over 54,000", "ukraine"),
        ("• North Korean killed and wounded: 4,000", "north_korea"),
        ("• Russian servicemen captured in Kursk: 900", "russia"),
    ],
)
def test_a_fact_box_line_s_label_names_whose(line: str, actor: str) -> None:
    from hand import context, parse, quantity

    from kursk_claims.rules.tree import _num_token

    words = line.split()
    rows = "\n".join(f"{w} {'NUM' if w[0].isdigit() else 'NOUN'} dep 0" for w in words)
    ctx = context(line, {0: parse(line, rows)})
    s, sdoc = ctx.sentences[0], ctx.parsed[0]
    q = quantity(line, words[-1])
    num = _num_token(sdoc, s, q)
    got, why = _actor("casualties", "killed_or_wounded", num, None, q, s, "russia", sdoc)
    assert (got, why.rule) == (actor, "actor.list_label")


def test_under_a_side_s_control_names_whose() -> None:
    text = "The fate of people in the 28 settlements under Ukrainian control is unknown."
    rows = """
The DET det 1
fate NOUN nsubj 11
of ADP prep 1
people NOUN pobj 2
in ADP prep 3
the DET det 7
28 NUM nummod 7
settlements NOUN pobj 4 settlement
under ADP prep 7
Ukrainian ADJ amod 10
control NOUN pobj 8
is AUX ROOT 13 be
unknown ADJ acomp 11
. PUNCT punct 11
"""
    _ctx, s, sdoc, q, num, hit = figure(text, rows, "28")
    got, why = _actor(hit.metric, "controls", num, hit.noun, q, s, "russia", sdoc)
    assert (got, why.rule) == ("ukraine", "actor.under_control")


def test_under_a_side_s_control_through_the_figure_s_verb() -> None:
    text = "Rybar said 560 square kilometres remained under Ukrainian control."
    rows = """
Rybar PROPN nsubj 1
said VERB ROOT 1 say
560 NUM nummod 4
square ADJ amod 4
kilometres NOUN nsubj 5 kilometre
remained VERB ccomp 1 remain
under ADP prep 5
Ukrainian ADJ amod 8
control NOUN pobj 6
. PUNCT punct 1
"""
    _ctx, s, sdoc, q, num, hit = figure(text, rows, "560")
    got, why = _actor(hit.metric, "controls", num, hit.noun, q, s, "russia", sdoc)
    assert (got, why.rule) == ("ukraine", "actor.under_control")
