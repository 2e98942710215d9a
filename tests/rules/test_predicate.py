"""The predicate rules, each on a hand-built parse."""

from __future__ import annotations

import re

import pytest
from hand import figure

from kursk_claims.rules.predicate import _predicate

CASES = [
    (
        "predicate.held_area",
        "controls",
        "Ukraine holds onto a strip covering 30 sq km.",
        """
Ukraine PROPN nsubj 1
holds VERB ROOT 1 hold VBZ
onto ADP prep 1
a DET det 4
strip NOUN pobj 2
covering VERB acl 4 cover VBG
30 NUM nummod 8
sq ADJ compound 8
km NOUN dobj 5
. PUNCT punct 1
""",
        "30 sq km",
    ),
    (
        "predicate.held_area",
        "controls",
        "The Ukrainian-held area covered 30 sq km.",
        """
The DET det 4
Ukrainian PROPN npadvmod 3
- PUNCT punct 3
held VERB amod 4 hold VBN
area NOUN nsubj 5
covered VERB ROOT 5 cover VBD
30 NUM nummod 8
sq ADJ compound 8
km NOUN dobj 5
. PUNCT punct 5
""",
        "30 sq km",
    ),
    (
        "predicate.region_size",
        "region_size",
        "Ukraine took land in the region that covers 30 sq km.",
        """
Ukraine PROPN nsubj 1
took VERB ROOT 1 take VBD
land NOUN dobj 1
in ADP prep 1
the DET det 5
region NOUN pobj 3
that PRON nsubj 7
covers VERB relcl 5 cover VBZ
30 NUM nummod 10
sq ADJ compound 10
km NOUN dobj 7
. PUNCT punct 1
""",
        "30 sq km",
    ),
    (
        "predicate.from_metric",
        "killed",
        "Russia said 300 soldiers were killed.",
        """
Russia PROPN nsubj 1
said VERB ROOT 1 say VBD
300 NUM nummod 3
soldiers NOUN nsubjpass 5 soldier
were AUX auxpass 5 be
killed VERB ccomp 1 kill VBN
. PUNCT punct 1
""",
        "300",
    ),
    (
        "predicate.clause_cue",
        "retaken",
        "Russian forces liberated 10 settlements.",
        """
Russian ADJ amod 1
forces NOUN nsubj 2 force
liberated VERB ROOT 2 liberate VBD
10 NUM nummod 4
settlements NOUN dobj 2 settlement
. PUNCT punct 2
""",
        "10",
    ),
    (
        "predicate.occupy_tense",
        "controls",
        "Ukraine occupies 90 sq km.",
        """
Ukraine PROPN nsubj 1
occupies VERB ROOT 1 occupy VBZ
90 NUM nummod 4
sq ADJ compound 4
km NOUN dobj 1
. PUNCT punct 1
""",
        "90 sq km",
    ),
    (
        "predicate.occupy_tense",
        "captured",
        "Ukraine occupied 90 sq km.",
        """
Ukraine PROPN nsubj 1
occupied VERB ROOT 1 occupy VBD
90 NUM nummod 4
sq ADJ compound 4
km NOUN dobj 1
. PUNCT punct 1
""",
        "90 sq km",
    ),
    (
        "predicate.default",
        "deployed",
        "There are 10,000 troops.",
        """
There PRON expl 1
are VERB ROOT 1 be VBP
10,000 NUM nummod 3
troops NOUN attr 1 troop
. PUNCT punct 1
""",
        "10,000",
    ),
]


@pytest.mark.parametrize(
    ("rule", "predicate", "text", "rows", "phrase"), CASES, ids=[c[0] + "-" + c[1] for c in CASES]
)
def test_predicate_rule(rule: str, predicate: str, text: str, rows: str, phrase: str) -> None:
    _ctx, s, _sdoc, q, num, hit = figure(text, rows, phrase)
    got, why = _predicate(hit.metric, num, hit.noun, q, s)
    assert (got, why.rule) == (predicate, rule), why


def test_what_a_foothold_covers_is_not_the_size_of_a_region() -> None:
    rows = """
The DET det 1
bridgehead NOUN nsubj 2
covers VERB ROOT 2 cover VBZ
800 NUM nummod 5
sq ADJ compound 5
km NOUN dobj 2
. PUNCT punct 2
"""
    _ctx, s, _sdoc, q, num, hit = figure("The bridgehead covers 800 sq km.", rows, "800 sq km")
    got, why = _predicate(hit.metric, num, hit.noun, q, s)
    assert got != "region_size", why


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Size of the Kursk region: 30,000 sq km", "30,000 sq km"),
        ("30,000 sq km - total area of the Kursk region", "30,000 sq km"),
        ("The Kursk region, with an area of 30,000 sq km, borders Sumy.", "30,000 sq km"),
    ],
)
def test_the_area_of_a_region_beside_the_figure(text: str, phrase: str) -> None:
    # a flat parse: the rule reads what sits beside the figure, not the tree
    words = re.findall(r"\d[\d,]*\d|\w+|[^\w\s]", text)
    rows = "\n".join(f"{w} {'NUM nummod' if w[0].isdigit() else 'NOUN dep'} 0" for w in words)
    _ctx, s, _sdoc, q, num, hit = figure(text, rows, phrase)
    got, why = _predicate(hit.metric, num, hit.noun, q, s)
    assert (got, why.rule) == ("region_size", "predicate.region_size")
