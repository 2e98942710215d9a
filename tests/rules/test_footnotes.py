"""Footnoted fact boxes (rules/footnotes.py): a note marker after a figure names its source."""

from __future__ import annotations

from typing import Any

from conftest import claim_in, run

RUN_IN = (
    "Key figures\n\n"
    "Ukrainian-held territory today: c. 1,000 sq km¹\n"
    "Ukrainian tanks destroyed: 140²\n\n"
    "Sources: 1) Ukrainian General Staff, 8 October; 2) Russian Defence Ministry, bulletin of 10 October.\n"
)
NOTE_LINES = (
    "Key figures\n\n"
    "Civilians evacuated from the Kursk region: 150,000³\n\n"
    "³ Kursk regional government, 20 August\n"
)


def test_a_run_in_source_list_names_each_figure_s_source_and_date(nlp: Any) -> None:
    claims = run(nlp, RUN_IN, "2024-10-12").claims
    held = claim_in(claims, RUN_IN, "1,000 sq km")
    tanks = claim_in(claims, RUN_IN, "140")
    assert (held.claimant, held.claimant_side, held.claim_date) == (
        "Ukrainian General Staff",
        "ukraine",
        "2024-10-08",
    )
    assert (tanks.claimant, tanks.claimant_side, tanks.claim_date) == (
        "Russian Defense Ministry",
        "russia",
        "2024-10-10",
    )
    assert held.evidence["claimant"]["rule"] == "claimant.footnote"
    assert held.evidence["claim_date"]["rule"] == "date.footnote"


def test_a_note_line_with_the_marker_names_the_source(nlp: Any) -> None:
    c = claim_in(run(nlp, NOTE_LINES, "2024-08-25").claims, NOTE_LINES, "150,000")
    assert (c.claimant_side, c.claim_date) == ("russia", "2024-08-20")
    assert c.evidence["claimant"]["rule"] == "claimant.footnote"


def test_a_figure_without_a_marker_is_not_footnoted(nlp: Any) -> None:
    text = RUN_IN + "\nUkrainian forces hold 900 square kilometres, Syrskyi said.\n"
    c = claim_in(run(nlp, text, "2024-10-12").claims, text, "900 square")
    assert c.claimant == "Oleksandr Syrskyi"


def test_the_square_of_a_unit_is_no_note_marker_and_a_note_naming_no_source_names_no_one(nlp: Any) -> None:
    text = (
        "Kursk in numbers\n\n"
        "Ukrainian forces held about 1,000 km² in November, against 1,300 km² in August.\n"
        "The salient shrank to 600 sq km².\n\n"
        "Notes: 1) Figures are rounded; 2) Areas are approximate and based on open-source maps.\n"
    )
    claims = run(nlp, text, "2024-11-20").claims
    for quote in ("about 1,000", "1,300", "600 sq"):
        c = claim_in(claims, text, quote)
        assert c.evidence["claimant"]["rule"] != "claimant.footnote", quote
        assert c.claimant is None, quote
