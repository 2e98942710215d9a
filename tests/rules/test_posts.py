"""Embedded social posts (rules/posts.py) and the media credit that is no 'Source:' line."""

from __future__ import annotations

import hashlib
from typing import Any

from conftest import claim_in, run
from kursk_claims.extract import extract_document
from kursk_claims.models import Document

CARD = (
    "Zelensky hails gains\n\n"
    "President Volodymyr Zelensky echoed the numbers in a post on X.\n\n"
    "Volodymyr Zelenskyy / Володимир Зеленський ✔ @ZelenskyyUa\n"
    "More than 1,250 square kilometres of territory and 92 settlements are under the control of our forces.\n"
    "8:12 PM · Aug 19, 2024 · 2.4M Views\n\n"
    "The gap was not explained.\n"
)
QUOTED = (
    "Syrskyi weighs in\n\n"
    "Our troops hold 1,000 square kilometres of the region. pic.twitter.com/abc\n"
    "— Oleksandr Syrskyi (@OSyrskyi) August 27, 2024\n\n"
    "Analysts put the figure lower.\n"
)


def test_a_post_card_s_account_speaks_its_text_on_its_date(nlp: Any) -> None:
    claims = run(nlp, CARD, "2024-08-20").claims
    for quote in ("More than 1,250", "92 settlements"):
        c = claim_in(claims, CARD, quote)
        assert (c.claimant, c.claimant_side, c.claim_date) == ("Volodymyr Zelensky", "ukraine", "2024-08-19")
        assert c.evidence["claimant"]["rule"] == "claimant.social_post"
        assert c.evidence["claim_date"]["rule"] == "date.social_post"


def test_a_quoted_post_s_credit_line_below_names_its_author(nlp: Any) -> None:
    c = claim_in(run(nlp, QUOTED, "2024-08-28").claims, QUOTED, "1,000 square")
    assert (c.claimant, c.claim_date) == ("Oleksandr Syrskyi", "2024-08-27")


def test_a_line_outside_any_post_is_not_the_account_s(nlp: Any) -> None:
    text = CARD + "\nRussia said it had retaken 300 square kilometres.\n"
    c = claim_in(run(nlp, text, "2024-08-20").claims, text, "300 square")
    assert c.claimant != "Volodymyr Zelensky"


def test_a_source_line_crediting_the_page_s_own_outlet_is_a_media_credit(nlp: Any) -> None:
    text = (
        "Kursk push goes on\n\n"
        "Watch: drone footage of armour\n"
        "Source: USNN\n\n"
        "Ukrainian forces hold 1,263 square kilometres of the region, the army said.\n\n"
        "More than 90 settlements are under Ukrainian control.\n"
    )
    sha = hashlib.sha256(text.encode()).hexdigest()
    doc = Document("t", text, sha, published="2024-08-20", outlet="USNN cable news website")
    c = claim_in(extract_document(doc, nlp).claims, text, "More than 90")
    assert c.claimant != "USNN"
    assert c.evidence["claimant"]["rule"] != "claimant.source_line"


def test_a_byline_a_follow_line_or_a_credit_with_a_handle_is_no_post(nlp: Any) -> None:
    for line in (
        "By Jane Doe @janedoe",
        "Follow our live coverage on X @KyivIndependent",
        "— Reporting by Jane Doe (@janedoe) in Kyiv; editing by John Roe",
    ):
        text = f"Kursk push\n{line}\nUkraine holds about 600 square kilometres of the Kursk region.\n"
        c = claim_in(run(nlp, text, "2024-11-18").claims, text, "about 600")
        assert c.evidence["claimant"]["rule"] != "claimant.social_post", line
        assert c.claimant is None, line


def test_a_handle_line_without_a_tick_or_a_timestamp_is_no_post_card(nlp: Any) -> None:
    text = (
        "Kursk push\n\nKyiv Post @KyivPost\nUkraine holds about 600 square kilometres of the Kursk region.\n"
    )
    c = claim_in(run(nlp, text, "2024-11-18").claims, text, "about 600")
    assert c.evidence["claimant"]["rule"] == "claimant.article_voice"
