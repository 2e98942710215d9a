"""The metric rules, each on a hand-built parse."""

from __future__ import annotations

import pytest
from hand import context, parse, quantity

from kursk_claims.rules.metric import classify_metric

CASES = [
    (
        "metric.unit",
        "territory_km2",
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
        "metric.counted_noun",
        "personnel",
        "Russia massed 10,000 troops.",
        """
Russia PROPN nsubj 1
massed VERB ROOT 1 mass VBD
10,000 NUM nummod 3
troops NOUN dobj 1 troop
. PUNCT punct 1
""",
        "10,000",
    ),
    (
        "metric.sent",
        "personnel",
        "Russia sent 10,000 troops, with 300 killed.",
        """
Russia PROPN nsubj 1
sent VERB ROOT 1 send VBD
10,000 NUM nummod 3
troops NOUN dobj 1 troop
, PUNCT punct 1
with ADP prep 1
300 NUM pobj 5
killed VERB acl 6 kill VBN
. PUNCT punct 1
""",
        "10,000",
    ),
    (
        "metric.clause_cue",
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
        "metric.list_line",
        "equipment",
        "tanks – 10,199",
        """
tanks NOUN ROOT 0 tank
– PUNCT punct 0
10,199 NUM appos 0
""",
        "10,199",
    ),
]


@pytest.mark.parametrize(("rule", "metric", "text", "rows", "phrase"), CASES, ids=[c[0] for c in CASES])
def test_metric_rule(rule: str, metric: str, text: str, rows: str, phrase: str) -> None:
    ctx = context(text, {0: parse(text, rows)})
    hit = classify_metric(quantity(text, phrase), ctx.parsed[0], ctx.sentences[0], [])
    assert hit is not None
    assert (hit.metric, hit.decision.rule) == (metric, rule), hit.decision


def test_a_number_counting_something_else_is_no_claim() -> None:
    text = "Russia launched 71 air strikes."
    rows = """
Russia PROPN nsubj 1
launched VERB ROOT 1 launch VBD
71 NUM nummod 4
air NOUN compound 4
strikes NOUN dobj 1 strike
. PUNCT punct 1
"""
    ctx = context(text, {0: parse(text, rows)})
    assert classify_metric(quantity(text, "71"), ctx.parsed[0], ctx.sentences[0], []) is None


def test_a_pronoun_equated_with_a_number_counts_what_the_figure_before_counted() -> None:
    from kursk_claims.models import Claim
    from kursk_claims.text.quantities import parse_quantities

    text = "Russia had 11,000 troops there. Today it is between 30 and 45 thousand."
    rows = """
Today NOUN npadvmod 2
it PRON nsubj 2
is AUX ROOT 2 be
between ADP quantmod 4
30 NUM attr 2
and CCONJ cc 4
45 NUM compound 7
thousand NUM conj 4
. PUNCT punct 2
"""
    second = "Today it is between 30 and 45 thousand."
    ctx = context(text, {1: parse(second, rows)})
    s = ctx.sentences[1]
    q = next(q for q in parse_quantities(text) if q.start >= s.start)
    before = Claim(
        doc_id="t", metric="personnel", value=11000, value_low=11000, value_high=11000, unit="count",
        qualifier="exact", text="11,000 troops", start=11, end=24, sentence="Russia had 11,000 troops there.",
    )  # fmt: skip
    hit = classify_metric(q, ctx.parsed[1], s, [before])
    assert hit is not None and (hit.metric, hit.decision.rule) == ("personnel", "metric.anaphor")
    # no figure just before: the pronoun refers to nothing counted
    assert classify_metric(q, ctx.parsed[1], s, []) is None


def test_the_number_of_with_an_auxiliary_before_its_verb() -> None:
    from kursk_claims.rules.metric import _NUMBER_OF

    m = _NUMBER_OF.search("the number of soldiers killed and wounded in the region has already exceeded ")
    assert m is not None and m.group(1) == "soldiers killed and wounded in the region"
