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
    (  # a captivity cue nearer the count than a loss cue
        "metric.clause_cue",
        "prisoners",
        "Russia lost 900 troops, and 120 soldiers were taken prisoner.",
        """
Russia PROPN nsubj 1
lost VERB ROOT 1 lose VBD
900 NUM nummod 3
troops NOUN dobj 1 troop
, PUNCT punct 1
and CCONJ cc 1
120 NUM nummod 7
soldiers NOUN nsubjpass 9 soldier
were AUX auxpass 9 be
taken VERB conj 1 take VBN
prisoner NOUN oprd 9
. PUNCT punct 1
""",
        "120",
    ),
    (  # a death cue nearer the count than a casualty word
        "metric.clause_cue",
        "killed",
        "NIS said 600 soldiers were killed, out of 4,700 casualties.",
        """
NIS PROPN nsubj 1
said VERB ROOT 1 say VBD
600 NUM nummod 3
soldiers NOUN nsubjpass 5 soldier
were AUX auxpass 5 be
killed VERB ccomp 1 kill VBN
, PUNCT punct 5
out ADP prep 5
of ADP prep 7
4,700 NUM nummod 10
casualties NOUN pobj 8 casualty
. PUNCT punct 1
""",
        "600",
    ),
    (  # one half of a 'killed and wounded' before the count, however the parser hung it
        "metric.clause_cue",
        "casualties",
        "Russia had 900 soldiers killed and wounded in the Kursk direction since August, among them 40 North Korean soldiers.",
        """
Russia PROPN nsubj 1
had VERB ROOT 1 have VBD
900 NUM nummod 3
soldiers NOUN dobj 1 soldier
killed VERB acl 3 kill VBN
and CCONJ cc 4
wounded VERB conj 4 wound VBN
in ADP prep 6
the DET det 10
Kursk PROPN compound 10
direction NOUN pobj 7
since SCONJ prep 6
August PROPN pobj 11
, PUNCT punct 6
among ADP prep 6
them PRON pobj 14 they
40 NUM nummod 19
North PROPN compound 18
Korean ADJ amod 19
soldiers NOUN appos 15 soldier
. PUNCT punct 1
""",
        "40",
    ),
    (  # troops an operation cost a side
        "metric.clause_cue",
        "casualties",
        "The operation cost Russia 80,000 troops.",
        """
The DET det 1
operation NOUN nsubj 2
cost VERB ROOT 2 cost VBD
Russia PROPN dative 2
80,000 NUM nummod 5
troops NOUN dobj 2 troop
. PUNCT punct 2
""",
        "80,000",
    ),
    (  # deaths of civilians
        "metric.civilian_context",
        "civilians",
        "The office recorded 312 deaths of civilians.",
        """
The DET det 1
office NOUN nsubj 2
recorded VERB ROOT 2 record VBD
312 NUM nummod 4
deaths NOUN dobj 2 death
of ADP prep 4
civilians NOUN pobj 5 civilian
. PUNCT punct 2
""",
        "312",
    ),
    (  # troops sent, with a count of their own for what befell them
        "metric.sent",
        "personnel",
        "The 11,000 troops sent to Kursk suffered 4,000 casualties.",
        """
The DET det 2
11,000 NUM nummod 2
troops NOUN nsubj 6 troop
sent VERB acl 2 send VBN
to ADP prep 3
Kursk PROPN pobj 4
suffered VERB ROOT 6 suffer VBD
4,000 NUM nummod 8
casualties NOUN dobj 6 casualty
. PUNCT punct 6
""",
        "11,000",
    ),
    (  # the whole of a partitive whose part befell them
        "metric.sent",
        "personnel",
        "4,000 of the 11,000 troops sent were killed.",
        """
4,000 NUM nsubjpass 7
of ADP prep 0
the DET det 4
11,000 NUM nummod 4
troops NOUN pobj 1 troop
sent VERB acl 4 send VBN
were AUX auxpass 7 be
killed VERB ROOT 7 kill VBN
. PUNCT punct 7
""",
        "11,000",
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


def test_a_count_with_its_own_participle_under_an_estimate_counts_what_the_participle_says() -> None:
    text = "Seoul put casualties at 4,700, including 600 dead."
    rows = """
Seoul PROPN nsubj 1
put VERB ROOT 1 put VBD
casualties NOUN dobj 1 casualty
at ADP prep 1
4,700 NUM pobj 3
, PUNCT punct 1
including VERB prep 1 include VBG
600 NUM pobj 6
dead ADJ amod 7
. PUNCT punct 1
"""
    ctx = context(text, {0: parse(text, rows)})
    s, sdoc = ctx.sentences[0], ctx.parsed[0]
    hit = classify_metric(quantity(text, "600"), sdoc, s, [])
    assert hit is not None and hit.metric == "killed", hit
    whole = classify_metric(quantity(text, "4,700"), sdoc, s, [])
    assert whole is not None and (whole.metric, whole.decision.rule) == ("casualties", "metric.put_at")


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


@pytest.mark.parametrize(
    ("second", "rows", "figure", "counts"),
    [
        (
            "In January, Zelensky had cited 38,000.",
            """
In ADP prep 5
January PROPN pobj 0
, PUNCT punct 5
Zelensky PROPN nsubj 5
had AUX aux 5
cited VERB ROOT 5 cite
38,000 NUM dobj 5
. PUNCT punct 5
""",
            "38,000",
            True,
        ),
        (  # a part of the figure, with 'of', is no figure of its own
            "Zelensky said 300 of them.",
            """
Zelensky PROPN nsubj 1
said VERB ROOT 1 say
300 NUM dobj 1
of ADP prep 2
them PRON pobj 3
. PUNCT punct 1
""",
            "300",
            False,
        ),
        (  # 'it' citing is no named source
            "It said 38,000.",
            """
It PRON nsubj 1
said VERB ROOT 1 say
38,000 NUM dobj 1
. PUNCT punct 1
""",
            "38,000",
            False,
        ),
    ],
)
def test_a_bare_number_a_named_source_cites_counts_what_the_figure_before_counted(
    second: str, rows: str, figure: str, counts: bool
) -> None:
    from kursk_claims.models import Claim
    from kursk_claims.text.quantities import parse_quantities

    text = "Syrskyi put Russian losses at 80,000 killed and wounded. " + second
    ctx = context(text, {1: parse(second, rows)})
    s = ctx.sentences[1]
    q = next(q for q in parse_quantities(text) if q.start >= s.start and q.text.startswith(figure))
    before = Claim(
        doc_id="t", metric="casualties", value=80000, value_low=80000, value_high=80000, unit="count",
        qualifier="exact", text="80,000 killed", start=29, end=42, sentence=text.split(". ")[0] + ".",
    )  # fmt: skip
    hit = classify_metric(q, ctx.parsed[1], s, [before])
    got = hit is not None and (hit.metric, hit.decision.rule) == ("casualties", "metric.anaphor")
    assert got is counts, hit


def test_the_number_of_with_an_auxiliary_before_its_verb() -> None:
    from kursk_claims.rules.metric import _NUMBER_OF

    m = _NUMBER_OF.search("the number of soldiers killed and wounded in the region has already exceeded ")
    assert m is not None and m.group(1) == "soldiers killed and wounded in the region"
