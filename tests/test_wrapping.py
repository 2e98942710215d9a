"""What the rules read of a page: hard-wrapped lines joined (reports converted from PDF), note
numbers glued to a sentence's end blanked.

Every page here is hand-written for these tests, wrapped by hand at about 70 characters.
"""

from __future__ import annotations

from typing import Any

from conftest import claim_at, run
from kursk_claims.text.view import reading_view
from kursk_claims.text.wrapping import unwrap

# A briefing wrapped at 70 columns: a heading, a paragraph whose sentences run across lines, a
# table with a caption and a list intro.
BRIEFING = """\
PARLIAMENTARY RESEARCH NOTE 14/2025
The Kursk salient: claims and counter-claims

1. Background
In the first weeks of the operation the commander of Ukraine's armed
forces, Oleksandr Syrskyi, told the president that his troops held 1,100
square kilometres and 93 settlements. Moscow disputed the figure; on 12
March the Russian chief of the General Staff, Valery Gerasimov, said that
his forces had retaken 24 settlements in five days, a claim the brief-
ing could not verify. The front-line towns of the Sumy region were emp-
tied over the winter, while artillery fire, drone attacks and cross-
border raids went on throughout.

2. Foreign troops
South Korea's intelligence service told lawmakers in November that some
11,000 North Korean soldiers had been sent to the Kursk region, and in
January it said that about 300 of them had been killed and 2,700 wounded.
Kyiv's estimates were higher throughout the winter, while Moscow did not
acknowledge the deployment until the end of April 2025, when the General
Staff thanked the Korean units for their part in the fighting.

Table 2 Claims of territory held, by date and claimant
Date Claimant Area
22 Aug 2024 Syrskyi 1,263 km2
26 Apr 2025 Gerasimov 0 km2

The note's sources are the following:
- Ukrainian General Staff statements
- Russian Defence Ministry bulletins
"""


def _view(page: str) -> str:
    return unwrap(page)[0]


def test_each_character_of_the_view_stands_where_the_map_says() -> None:
    view, back = unwrap(BRIEFING)
    assert back is not None and len(back) == len(view) + 1 and back[-1] == len(BRIEFING)
    for i, ch in enumerate(view):
        assert BRIEFING[back[i]] == ch or (ch == " " and BRIEFING[back[i]] == "\n")
    for word in ("Syrskyi", "1,100", "Gerasimov", "24 settlements", "Table 2", "22 Aug 2024"):
        assert back[view.index(word)] == BRIEFING.index(word)


def test_line_breaks_inside_a_paragraph_become_spaces() -> None:
    view = _view(BRIEFING)
    assert "armed forces, Oleksandr Syrskyi" in view
    assert "held 1,100 square kilometres" in view
    assert "on 12 March the Russian chief" in view


def test_headings_short_lines_tables_and_list_items_keep_their_breaks() -> None:
    view = _view(BRIEFING)
    assert "PARLIAMENTARY RESEARCH NOTE 14/2025\nThe Kursk salient" in view
    assert "1. Background\nIn the first weeks" in view
    assert "in the fighting.\n\nTable 2" in view
    assert "by date and claimant\nDate Claimant Area\n22 Aug 2024 Syrskyi 1,263 km2\n26 Apr" in view
    assert "the following:\n- Ukrainian General Staff statements\n- Russian" in view


def test_a_word_broken_across_lines_is_put_back_together() -> None:
    view = _view(BRIEFING)
    assert "a claim the briefing could not verify" in view
    assert "were emptied over the winter" in view


def test_a_compound_keeps_its_hyphen_when_broken_after_it() -> None:
    assert "attacks and cross-border raids went on" in _view(BRIEFING)


def test_a_page_of_paragraph_lines_is_left_as_it_is() -> None:
    page = (
        "Russia says it has retaken 24 settlements\n"
        "By Staff Reporter\n"
        "Russia's chief of the General Staff, Valery Gerasimov, said on Wednesday that his troops had"
        " retaken 24 settlements and 259 square kilometres in five days of fighting in the Kursk region.\n"
        "Ukraine's military did not comment on the claim, but its maps showed a smaller salient than a"
        " month ago, and analysts said the road to Sudzha was under fire.\n"
    ) * 4
    assert unwrap(page) == (page, None)


def test_a_transcript_without_punctuation_is_left_as_it_is() -> None:
    page = "\n".join(
        "so what the ministry is saying today is that they have taken back another twelve villages"[
            : 60 + i % 7
        ]
        for i in range(12)
    )
    assert unwrap(page) == (page, None)


def test_a_speaker_on_the_line_before_the_figure_is_credited(nlp: Any) -> None:
    for quote in ("1,100", "93 settlements"):
        c = claim_at(nlp, BRIEFING, quote, "2025-05-02")
        assert (c.claimant, c.claimant_side) == ("Oleksandr Syrskyi", "ukraine")
    c = claim_at(nlp, BRIEFING, "24 settlements", "2025-05-02")
    assert (c.claimant, c.claimant_side, c.claim_date) == ("Valery Gerasimov", "russia", "2025-03-12")


def test_a_figure_whose_words_run_across_lines_is_found(nlp: Any) -> None:
    c = claim_at(nlp, BRIEFING, "11,000", "2025-05-02")
    assert (c.metric, c.value, c.actor) == ("personnel", 11000, "north_korea")
    assert c.claimant == "South Korea National Intelligence Service"
    assert c.claim_date == "2024-11"


def test_a_claim_quotes_the_page_as_written(nlp: Any) -> None:
    res = run(nlp, BRIEFING, "2025-03-20")
    for c in res.claims:
        assert BRIEFING[c.start : c.end] == c.text
    c = claim_at(nlp, BRIEFING, "1,100", "2025-03-20")
    assert c.text == "1,100\nsquare kilometres"
    c = claim_at(nlp, BRIEFING, "2,700 wounded", "2025-03-20")  # after two words put back together
    assert (c.text, c.value) == ("2,700 wounded", 2700)


NOTED = (
    "On 20 August the commander said his forces held 1,263 km2 and 93 settlements.1 The ministry "
    "disputed it,2 and on 12 March Gerasimov claimed 24 settlements retaken.12 See p.14 and F-16s; "
    "the area is 29,997 km2.\n"
)


def test_a_note_number_glued_to_a_sentence_end_is_blanked() -> None:
    view, back = reading_view(NOTED)
    assert len(view) == len(NOTED) and back is None
    assert "93 settlements.  The ministry disputed it,  and" in view
    assert "24 settlements retaken.   See" in view


def test_numbers_that_are_no_note_marks_stay() -> None:
    view = reading_view(NOTED)[0]
    for kept in ("1,263 km2", "F-16s", "29,997 km2", "On 20 August"):
        assert kept in view


def test_a_sentence_ends_at_the_mark_before_a_note_number(nlp: Any) -> None:
    c = claim_at(nlp, NOTED, "93 settlements", "2025-03-20")
    assert (c.metric, c.value) == ("settlements", 93)
    assert c.sentence.rstrip().endswith("93 settlements.")


# A second report wrapped at about 72 columns, with what a converted PDF carries along.
REPORT = """\
SITUATION REPORT NO. 9: KURSK AND SUMY BORDER AREAS, 23 AUGUST 2024
The regional administration said on Friday that its staff had moved some twenty-
eight hundred people out of the border villages this month.4 The Kremlin-
backed governor of Kursk, for his part, said that the number of people who had
left their homes stood at 121,000. A further 59,000 were still due to go. The
14
monitors said on Saturday that the Ukrainian-held area, which they call Ukrainian-
held ground, had grown to 1,263 square kilometres by the end of the week. Then,
— according to the same monitors — 93 settlements were under Ukrainian control.
The ministry put Russian losses at 300 troops,12 tanks and five guns. It also
added that the figures would be revised. Its summary came out on Friday. The
next one is due on Monday. Tallies are then consolidated for the whole week.
"""


def test_a_heading_in_capitals_keeps_its_line() -> None:
    assert "23 AUGUST 2024\nThe regional" in _view(REPORT)


def test_a_number_word_and_a_named_compound_keep_their_hyphen() -> None:
    view = _view(REPORT)
    assert "some twenty-eight hundred people" in view
    assert "The Kremlin-backed governor" in view
    assert "which they call Ukrainian-held ground" in view


def test_a_page_number_between_two_lines_of_a_paragraph_goes() -> None:
    view, back = unwrap(REPORT)
    assert "still due to go. The monitors said" in view
    assert back is not None and "14" not in view.split("due to go.")[1][:20]


def test_a_line_opening_with_a_dash_goes_on_the_paragraph() -> None:
    assert "Then, — according to the same monitors — 93 settlements" in _view(REPORT)


def test_a_page_with_note_numbers_an_indent_or_crlf_is_still_read_as_wrapped() -> None:
    indented = "\n".join("      " + line if line else line for line in REPORT.split("\n"))
    assert "some twenty-eight hundred people" in unwrap(indented)[0]
    crlf = REPORT.replace("\n", "\r\n")
    view, back = unwrap(crlf)
    assert "The Kremlin-backed governor" in view and back is not None
    assert crlf[back[view.index("121,000")] :].startswith("121,000")


def test_a_number_after_a_comma_before_its_noun_is_no_note_mark() -> None:
    view = reading_view(REPORT)[0]
    assert "300 troops,12 tanks" in view
    assert "border villages this month.  The Kremlin" in view


def test_a_claims_sentence_is_quoted_from_the_page(nlp: Any) -> None:
    res = run(nlp, REPORT, "2024-08-23")
    c = claim_at(nlp, REPORT, "1,263 square kilometres", "2024-08-23")
    assert c.sentence in REPORT and "Ukrainian-\nheld ground" in c.sentence
    assert all(x.sentence in REPORT for x in res.claims)


# A newspaper column as an e-paper saves it: about 40 characters a line, so that nearly every
# sentence ends at the end of a line rather than inside one.
COLUMN = """\
KURSK OFFENSIVE GAINS GROUND
By a Staff Correspondent
Ukraine's army chief said yesterday
that his forces now held more than
1,000 square kilometres of the Kursk
region and 74 settlements.
The figure could not be checked.
Russia's Defence Ministry, which has
issued a tally of Ukrainian losses
every morning since the incursion
began, said Kyiv had lost up to 2,030
servicemen and 35 tanks in the area.
Its troops had repelled attempts by
small groups to break through near
the villages of Kauchuk and Alexeyev-
sky, the ministry added.
Local officials said more than 120,000
people had left their homes.
"""


def test_a_narrow_column_whose_sentences_end_at_line_ends_is_read_as_wrapped() -> None:
    view = _view(COLUMN)
    assert "had lost up to 2,030 servicemen and 35 tanks in the area." in view
    assert "the villages of Kauchuk and Alexeyevsky, the ministry added." in view
    assert view.startswith("KURSK OFFENSIVE GAINS GROUND\nBy a Staff Correspondent\n")


def test_the_tanks_of_a_narrow_column_are_the_ministrys(nlp: Any) -> None:
    c = claim_at(nlp, COLUMN, "35 tanks")
    assert (c.metric, c.claimant) == ("equipment", "Russian Defense Ministry")
