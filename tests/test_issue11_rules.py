"""Issue 11 rules (metric, predicate, actor, headline, look-alikes) on short hand-written
sentences, through the whole pipeline: the parse is the point."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import claim_at
from kursk_claims.extract.document import sentence_cased

pytestmark = pytest.mark.model

CASES = [
    # rule, text, quote, expected fields
    (
        "date.same_claimant_later",
        "Ukraine holds 1,000 square kilometres, Oleksandr Syrskyi said. "
        "Oleksandr Syrskyi said on Thursday that the push went on.",
        "1,000",
        {"claim_date": "2024-11-28"},
    ),
    (
        "metric.counted_noun",
        "The governor said 122,883 displaced residents had registered for aid.",
        "122,883",
        {"metric": "civilians"},
    ),
    (
        "metric.counted_noun",
        "Seoul says 300 North Koreans have been killed in Kursk.",
        "300",
        {"metric": "killed"},
    ),
    (
        "metric.killed_or_wounded",
        "Ukrainian forces have killed, injured, or captured 17,819 Russian soldiers, Syrskyi said.",
        "17,819",
        {"metric": "casualties"},
    ),
    (
        "metric.killed_or_wounded",
        "Since October, there have been hundreds of casualties, both killed and wounded, in Kursk.",
        "hundreds",
        {"metric": "casualties"},
    ),
    (
        "metric.counted_noun",
        "North Korea sent 12,000 troops, including 500 officers and three generals.",
        "500 officers",
        {"metric": "personnel"},
    ),
    (
        "metric.counted_noun",
        "Moscow has deployed about 1,000 combat engineers to the region.",
        "1,000",
        {"metric": "personnel", "predicate": "deployed"},
    ),
    (
        "metric.if_not_aside",
        "The army sent hundreds, if not thousands, of soldiers through the pipe.",
        "hundreds",
        {"metric": "personnel", "value": 200.0},
    ),
    (
        "extract.title_case_headline",
        "Over 3,000 North Korean Soldiers Killed, Wounded In Kursk: Zelensky",
        "3,000",
        {"metric": "casualties", "qualifier": "more_than"},
    ),
    (
        "extract.title_case_headline",
        "Ukraine Admits It Lost Two-Thirds Of Its Captured Territory In Kursk",
        "Two-Thirds",
        {"metric": "territory_pct", "predicate": "lost"},
    ),
    (
        "predicate.intent",
        "Russia is seeking to deploy 60,000 troops to the region.",
        "60,000",
        {"metric": "personnel", "predicate": "other"},
    ),
    (
        "predicate.intent",
        "North Korea plans to deploy another 6,000 soldiers.",
        "6,000",
        {"predicate": "other"},
    ),
    (
        "predicate.nearest_cue",
        "Russian infantrymen covered 12 to 15 kilometers through the pipe.",
        "12 to 15",
        {"metric": "distance_km", "predicate": "advanced"},
    ),
    (
        "actor.captured_by",
        "More than a hundred troops captured by Ukraine have been freed, the ministry said.",
        "hundred",
        {"metric": "prisoners", "actor": "russia", "predicate": "other"},
    ),
    (
        "actor.own_losses",
        "Russia continues to take more than 1,000 casualties per day.",
        "1,000",
        {"metric": "casualties", "actor": "russia"},
    ),
    (
        "predicate.evacuation_zone",
        "The compulsory evacuation had been extended to 28 more settlements.",
        "28",
        {"metric": "settlements", "actor": "civilians", "predicate": "other"},
    ),
    (
        "predicate.evacuation_zone",
        "Russian troops captured four villages, and Kyiv ordered the evacuation of 200 settlements.",
        "four villages",
        {"actor": "russia", "predicate": "captured"},
    ),
]


@pytest.mark.parametrize(("rule", "text", "quote", "expected"), CASES)
def test_issue11_rule(nlp: Any, rule: str, text: str, quote: str, expected: dict[str, Any]) -> None:  # noqa: F811
    c = claim_at(nlp, text, quote, published="2024-12-01")
    got = {k: getattr(c, k) for k in expected}
    assert got == expected, f"{rule}: {c.text!r} {c.evidence}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 3,000 North Korean Soldiers Killed In Kursk: Zelensky", "over 3,000 north korean soldiers killed in Kursk: Zelensky"),
        ("Russia says 304 dead in Kursk strike", "Russia says 304 dead in Kursk strike"),
        ("NATO Says Russia Lost 600 Tanks", "NATO says Russia lost 600 tanks"),
    ],
)  # fmt: skip
def test_sentence_cased(text: str, expected: str) -> None:
    out = sentence_cased(text)
    assert len(out) == len(text)
    assert out == expected


def test_look_alike_apostrophe_keeps_offsets() -> None:
    from kursk_claims.extract.document import prepare
    from kursk_claims.models import Document

    text = "The enemyʼs losses amounted to 40,000 people, the General Staff said."
    p = prepare(Document("t", text, "x" * 64), gate=False)
    parsed = p.text_of(0)
    assert len(parsed) == len(text) and "enemy's" in parsed
