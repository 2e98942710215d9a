"""Data lines: a figure on a fact-box or table line, its label, source and date (no model needed)."""

from __future__ import annotations

import pytest

from kursk_claims.rules.datalines import DataLine, data_line


def _line(text: str, figure: str) -> DataLine | None:
    at = text.index(figure)
    return data_line(text, at, at + len(figure))


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "LAND\n92 — settlements under Ukrainian control [Zelensky, 19 Aug]\n",
            "92",
            DataLine("settlements under Ukrainian control", "Zelensky", "on 19 Aug"),
        ),
        (
            '"hundreds" — Russian soldiers taken prisoner [Syrskyi]',
            "hundreds",
            DataLine("Russian soldiers taken prisoner", "Syrskyi", None),
        ),
        (  # a square bracket closing a longer item credits it, past a conversion in brackets
            "* 1,294 sq km (about 500 sq miles) under Ukrainian control [Oleksandr Syrskyi, Aug 27]",
            "1,294 sq km",
            DataLine("", "Oleksandr Syrskyi", "on Aug 27"),
        ),
        (  # ... and every figure of the item, the later ones too
            "* 115 Ukrainian soldiers returned in exchange for 115 Russian conscripts, most of them taken in "
            "Kursk [Russian Defence Ministry, Aug 24]",
            "115 Russian conscripts",
            DataLine("", "Russian Defence Ministry", "on Aug 24"),
        ),
        (
            "• Peak area held by Ukraine: about 1,300 sq km (Oleksandr Syrskyi, late August)",
            "1,300 sq km",
            DataLine("Peak area held by Ukraine", "Oleksandr Syrskyi", "in late August"),
        ),
        (
            "Settlements retaken in March alone | 24 | Russian Defence Ministry | 16 Mar",
            "24",
            DataLine("Settlements retaken in March alone", "Russian Defence Ministry", "on 16 Mar"),
        ),
        (
            "Russian losses, killed, wounded and captured | 57,000+ | Ukrainian General Staff | —",
            "57,000",
            DataLine("Russian losses, killed, wounded and captured", "Ukrainian General Staff", None),
        ),
        ("tanks ‒ 10,199 (+9)", "10,199", DataLine("tanks", None, None)),  # the day's increase is no source
        ("tanks ‒ 10,017 (+4)", "4", DataLine("tanks", None, None)),  # and counts as the total does
        ("personnel: about 829,050 (+1,480 over the day);", "1,480", DataLine("personnel", None, None)),
        ("1. personnel ‒ about 718690 (+1770) persons", "718690", DataLine("personnel", None, None)),
        (
            "• Over 900 — Russian soldiers taken prisoner in the Kursk region, according to the prisoner of war "
            "headquarters in Kyiv (as of March 2025).",
            "Over 900",
            DataLine("Russian soldiers taken prisoner in the Kursk region", None, None, prose=True),
        ),
        (
            "• About 28 km — the deepest Ukrainian penetration, per Syrskyi's August reports.",
            "About 28 km",
            DataLine(
                "the deepest Ukrainian penetration, per Syrskyi's August reports.", "Syrskyi", "in August"
            ),
        ),
        (
            "- 11 000-12 000: North Korean soldiers thought to have been sent, according to Seoul",
            "11 000-12 000",
            DataLine("North Korean soldiers thought to have been sent", "Seoul", None, prose=True),
        ),
        (  # a scraper's markdown table: outer pipes, a header row naming each column's source
            "| Figure | Russia (Gerasimov, April 26) | Ukraine (General Staff, April 26) |\n"
            "| Enemy personnel losses | more than 76,000 | 62,400 |",
            "62,400",
            DataLine("Enemy personnel losses", "Ukraine's General Staff", "on April 26"),
        ),
        (
            "| Figure | Russia (Gerasimov, April 26) | Ukraine (General Staff, April 26) |\n"
            "|---|---|---|\n"
            "| Enemy personnel losses | more than 76,000 | 62,400 |",
            "more than 76,000",
            DataLine("Enemy personnel losses", "Gerasimov", "on April 26"),
        ),
        (  # the figure's own cell credits it
            "| Measure | Kyiv | Moscow |\n| Settlements held by Ukraine | 100 (Syrskyi, Aug 27) | 28 (Smirnov, Aug 12) |",
            "28",
            DataLine("Settlements held by Ukraine", "Smirnov", "on Aug 12"),
        ),
        (  # a conversion in the figure's cell is no source: the source column still is
            "Area held by Ukraine | 1,300 sq km (500 sq mi) | Oleksandr Syrskyi | 27 Aug",
            "1,300 sq km",
            DataLine("Area held by Ukraine", "Oleksandr Syrskyi", "on 27 Aug"),
        ),
        (  # a header saying what is counted names no source; a table keyed by date is one row per day
            "| Date | Russian losses | Ukrainian losses |\n| 26 April | 3,000 | 1,200 |",
            "1,200",
            DataLine("Ukrainian losses", None, "on 26 April"),
        ),
        (  # a label that credits the figure in words; a bracket holding only a month dates it
            "Russian losses claimed by Ukraine's General Staff: more than 60,000 (April 2025)",
            "more than 60,000",
            DataLine(
                "Russian losses claimed by Ukraine's General Staff",
                "Ukraine's General Staff",
                "in April 2025",
            ),
        ),
        (  # a figure opening the line, its source in a bracket closing it
            "- 665 sq km: area of Kursk still under Ukrainian control [Ukrainian General Staff source, Nov.]",
            "665 sq km",
            DataLine(
                "area of Kursk still under Ukrainian control",
                "Ukrainian General Staff source",
                "in Nov.",
                True,
            ),
        ),
        (  # a closing bracket without a date is a gloss, not a source
            "- 40: settlements retaken by Russian forces (Sudzha district)",
            "40",
            DataLine("settlements retaken by Russian forces", None, None, True),
        ),
        (  # a unit in a header's brackets names no one: the table is keyed by date
            "| Date | Area (sq km) | Who said it |\n| 27 Aug 2024 | 1,294 | Oleksandr Syrskyi |",
            "1,294",
            DataLine("Area (sq km)", "Oleksandr Syrskyi", "on 27 Aug 2024"),
        ),
        (  # keyed by date, with a source column: the column header counts, the row says who and when
            "Date | Area, sq km | Settlements | Stated by\nAug. 20, 2024 | 1,263 | 93 | Oleksandr Syrskyi",
            "93",
            DataLine("Settlements", "Oleksandr Syrskyi", "on Aug. 20, 2024"),
        ),
        (  # keyed by a 'source, date' cell
            "Source, date of estimate | Killed | Wounded\nSouth Korea NIS, Jan 13, 2025 | 300 | 2,700",
            "2,700",
            DataLine("Wounded", "South Korea NIS", "on Jan 13, 2025"),
        ),
        (  # a cell that says nothing is skipped
            "Date | Area, sq km | Stated by\nAug. 12, 2024 | 1,000 | n/a",
            "1,000",
            DataLine("Area, sq km", None, "on Aug. 12, 2024"),
        ),
        (
            "Losses | Ukraine claims | Russia claims\nTanks | 412 | 308",
            "308",
            DataLine("Tanks", "Russia claims", None),
        ),
        (  # a plain header leaves the source column to the row
            "Figure | Value | Source | Date\nSettlements retaken | 24 | Russian Defence Ministry | 16 Mar",
            "24",
            DataLine("Settlements retaken", "Russian Defence Ministry", "on 16 Mar"),
        ),
        (  # a 'When' column dates the rows of a table keyed by who said it
            "Who | When | Figure | What it covers\nValery Gerasimov | 12 March 2025 | more than 67,000 | losses",
            "more than 67,000",
            DataLine("Figure", "Valery Gerasimov", "on 12 March 2025"),
        ),
        (  # a bracket that is a date alone dates the figure; the column header still credits it
            "| | Kyiv | Moscow |\n|---|---|---|\n| Prisoners | 909 Russian POWs (Jan 2025) | not given |",
            "909 Russian POWs",
            DataLine("Prisoners", "Kyiv", "in Jan 2025"),
        ),
    ],
)
def test_data_line(text: str, figure: str, expected: DataLine) -> None:
    assert _line(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ukrainian forces hold 1,300 sq km of the region, Syrskyi said.", "1,300"),
        ("Claim | Figure | Source\n| 24 | x |", "24"),  # the label cell is empty
        # an item of two sentences: the bracket closing the second is no credit of the first's figure
        ("* 40 villages were shelled. Officials counted the damage [Kursk region]", "40 villages"),
        # a list item closing with a round bracket (a gloss, a conversion) past 40 characters
        ("- 300 soldiers taken prisoner near the town of Sudzha in August (Kursk region)", "300 soldiers"),
    ],
)
def test_no_data_line(text: str, figure: str) -> None:
    assert _line(text, figure) is None


def test_a_heading_in_capitals_does_not_make_the_next_line_s_number_a_model_name() -> None:
    from kursk_claims.text.quantities import parse_quantities

    assert [q.text for q in parse_quantities("LAND\n1,250 km² — area Ukraine says it controls")] == [
        "1,250 km²"
    ]
    assert [q.text for q in parse_quantities("It flew a Su-34 and an F16.")] == []
