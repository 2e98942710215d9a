"""When a percentage or a fraction is a share of territory (rules/shares.py), on hand-written sentences."""

from __future__ import annotations

import pytest

from kursk_claims.rules.shares import territory_share
from kursk_claims.text.quantities import parse_quantities
from kursk_claims.text.segment import split_sentences


def _share(text: str, quote: str, before: str = "") -> str | None:
    s = split_sentences(text)[0]
    q = next(q for q in parse_quantities(text) if q.text == quote)
    why = territory_share(q, s, before)
    return why.rule if why is not None else None


@pytest.mark.parametrize(
    ("text", "quote", "rule"),
    [
        ("Moscow says its troops have retaken almost two-thirds.", "almost two-thirds", "metric.share_verb"),
        ("Kyiv has lost roughly half the ground it took in August.", "roughly half", "metric.share_verb"),
        (
            "The Russians have taken back perhaps a quarter of what they lost.",
            "a quarter",
            "metric.share_of_territory",
        ),
        (
            "Ukraine has given back well over half of what it had seized.",
            "well over half",
            "metric.share_of_territory",
        ),
        (
            "The Ukrainian-held area had shrunk by roughly a third in a week.",
            "roughly a third",
            "metric.share_shrunk",
        ),
        (
            "That is a loss of more than 80 percent of the salient.",
            "more than 80 percent",
            "metric.territory_percent",
        ),
        ("Russia had recaptured roughly 40 percent by Sunday.", "roughly 40 percent", "metric.share_verb"),
        ("A third of the brigade's men have lost half their weight.", "half", None),
        ("Prices have fallen by a third since the summer.", "a third", None),
        ("Some 44 percent of Poles say the war will last years.", "Some 44 percent", None),
        ("The regiment has lost roughly half its men.", "roughly half", None),
        (
            'The minister said Russian units had regained "more than half" of the territory seized in August.',
            "more than half",
            "metric.share_of_territory",
        ),
        (
            "Kyiv still holds roughly 800 sq km, or around 60% of its August peak.",
            "around 60%",
            "metric.share_of_territory",
        ),
        ("The brigade is at around 60% of its peak strength.", "around 60%", None),
    ],
    ids=[
        "retaken-needs-no-territory-word",
        "lost-the-ground",
        "of-what-they-lost",
        "of-what-it-had-seized",
        "an-area-shrunk-by",
        "percent-of-the-salient",
        "recaptured-percent",
        "not-weight",
        "not-prices",
        "not-people-polled",
        "not-men",
        "a-quoted-share-of-the-territory",
        "a-share-of-the-peak-after-an-area",
        "not-a-peak-with-no-area",
    ],
)
def test_a_share_is_a_claim_only_of_territory(text: str, quote: str, rule: str | None) -> None:
    assert _share(text, quote) == rule


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "predicate"),
    [
        (
            "The Ukrainian-held area in Kursk had shrunk by roughly a third in a week.",
            "roughly a third",
            "lost",
        ),
        ("Ukraine has given back well over half of what it took in Kursk.", "well over half", "lost"),
    ],
    ids=["shrunk-by-is-lost", "given-back-is-lost"],
)
def test_a_share_given_back_is_lost(nlp, text: str, quote: str, predicate: str) -> None:  # type: ignore[no-untyped-def]
    from conftest import claim_at

    c = claim_at(nlp, text, quote, "2025-02-01")
    assert (c.metric, c.predicate) == ("territory_pct", predicate), c.evidence
