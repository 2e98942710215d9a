"""The location rules (text only: no parse needed)."""

from __future__ import annotations

import pytest
from hand import context

from kursk_claims.rules.place import location_for


@pytest.mark.parametrize(
    ("text", "phrase", "place", "rule"),
    [
        ("Ukraine holds 90 sq km of Kursk region territory.", "90", "Kursk region", "place.of_place"),
        ("Ukraine holds 90 sq km, Kursk governor said.", "90", "Kursk region", "place.in_sentence"),
        ("Russia lost 500 soldiers in Ukraine.", "500", "Ukraine", "place.country"),
        ("Russia lost 500 soldiers.", "500", None, "place.unknown"),
        (
            "Fighting in Sumy went on. Russia lost 500 soldiers.",
            "500",
            "Sumy region",
            "place.earlier_sentence",
        ),
        ("Fighting in Sumy went on.\nRussia lost 500 soldiers.", "500", "Sumy region", "place.main_place"),
    ],
    ids=lambda v: v if isinstance(v, str) and v.startswith("place.") else "",
)
def test_location_rule(text: str, phrase: str, place: str | None, rule: str) -> None:
    ctx = context(text, {})
    at = text.index(phrase)
    s = ctx.sentence_at(at)
    assert s is not None
    got, why = location_for(ctx, s, at)
    assert (got, why.rule) == (place, rule), why
