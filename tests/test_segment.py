"""Rule-based document structure: sentences, quotations and page furniture (no model needed).

Every input is hand-written for these tests. Cases the current rules get wrong are kept and
marked ``xfail(strict=True)`` so that they turn into failures (to be un-marked) once fixed.
"""

from __future__ import annotations

import pytest

from kursk_claims.text.segment import find_quotes, is_furniture, quote_at, split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


# ----------------------------------------------------------------------------- sentences

SPLITS = [
    pytest.param(
        "Gen. Valery Gerasimov visited the front. He spoke to officers.",
        ["Gen. Valery Gerasimov visited the front.", "He spoke to officers."],
        id="title-gen",
    ),
    pytest.param(
        "Lt. Col. Petrenko led the unit. It crossed at dawn.",
        ["Lt. Col. Petrenko led the unit.", "It crossed at dawn."],
        id="stacked-titles",
    ),
    pytest.param(
        "Col. Gen. Rudskoi gave a briefing. No questions were taken.",
        ["Col. Gen. Rudskoi gave a briefing.", "No questions were taken."],
        id="col-gen",
    ),
    pytest.param(
        "Fighting resumed on Dec. 17 near the border. Both sides fired artillery.",
        ["Fighting resumed on Dec. 17 near the border.", "Both sides fired artillery."],
        id="month-abbrev-day",
    ),
    pytest.param(
        "The offensive stalled in Jan. 2025 after heavy losses.",
        ["The offensive stalled in Jan. 2025 after heavy losses."],
        id="month-abbrev-year",
    ),
    pytest.param(
        "The U.S. approved a new package. Congress had debated it.",
        ["The U.S. approved a new package.", "Congress had debated it."],
        id="us-at-sentence-end-is-not-a-boundary-inside",
    ),
    pytest.param(
        "The U.K. Defence Ministry published a map. It showed the front.",
        ["The U.K. Defence Ministry published a map.", "It showed the front."],
        id="uk-mid-sentence",
    ),
    pytest.param(
        "A. B. Kovalenko wrote the assessment. It was cautious.",
        ["A. B. Kovalenko wrote the assessment.", "It was cautious."],
        id="initials",
    ),
    pytest.param(
        "Mr. Zelensky, speaking on Feb. 3, gave no figure. Aides declined to comment.",
        ["Mr. Zelensky, speaking on Feb. 3, gave no figure.", "Aides declined to comment."],
        id="mr-and-feb",
    ),
    pytest.param(
        "St. Petersburg hosted the summit. Leaders arrived late.",
        ["St. Petersburg hosted the summit.", "Leaders arrived late."],
        id="saint",
    ),
    pytest.param(
        "The shell landed 3.5 km away. Nobody was hurt.",
        ["The shell landed 3.5 km away.", "Nobody was hurt."],
        id="decimal-number",
    ),
    pytest.param(
        "Was the line holding? Officers said yes. They were sure!",
        ["Was the line holding?", "Officers said yes.", "They were sure!"],
        id="question-and-exclamation",
    ),
    pytest.param(
        "Troops crossed the river\nThe bridge was intact",
        ["Troops crossed the river", "The bridge was intact"],
        id="newline-is-hard-boundary",
    ),
    pytest.param(
        "Kyiv said its units held\nthe line near Sudzha.",
        ["Kyiv said its units held", "the line near Sudzha."],
        id="newline-splits-even-mid-clause",
    ),
    pytest.param(
        "First paragraph ends here.\n\nSecond paragraph starts here.",
        ["First paragraph ends here.", "Second paragraph starts here."],
        id="blank-lines-skipped",
    ),
    pytest.param(
        "date 2025-01-07 Kyiv reported new gains. Moscow denied them.",
        ["date 2025-01-07", "Kyiv reported new gains.", "Moscow denied them."],
        id="date-header-split-off",
    ),
    pytest.param(
        "MOSCOW, May 2 (Reuters) - The ministry gave new figures. Kyiv disputed them.",
        ["MOSCOW, May 2 (Reuters) -", "The ministry gave new figures.", "Kyiv disputed them."],
        id="wire-dateline-split-off",
    ),
    pytest.param(
        "KYIV, Ukraine (AP) — Officials described the fighting. It continued.",
        ["KYIV, Ukraine (AP) —", "Officials described the fighting.", "It continued."],
        id="ap-dateline-split-off",
    ),
    pytest.param(
        "NATO officials said the front held. Kyiv agreed.",
        ["NATO officials said the front held.", "Kyiv agreed."],
        id="capitalised-subject-is-not-a-dateline",
    ),
    pytest.param(
        "“We are holding the line.” The colonel then left.",
        ["“We are holding the line.”", "The colonel then left."],
        id="closing-curly-quote-stays-with-sentence",
    ),
    pytest.param(
        'He said: "We advanced." Then he left.',
        ['He said: "We advanced."', "Then he left."],
        id="closing-straight-quote-stays-with-sentence",
    ),
    pytest.param(
        "Units pushed 12 km. The ministry confirmed it.",
        ["Units pushed 12 km.", "The ministry confirmed it."],
        id="km-at-sentence-end",
    ),
    pytest.param(
        "Ukraine lost 40 tanks in the region.The ministry said 300 were killed.",
        ["Ukraine lost 40 tanks in the region.", "The ministry said 300 were killed."],
        id="run-together-sentences-split",
    ),
    pytest.param("Gen.Syrskyi spoke.", ["Gen.Syrskyi spoke."], id="run-together-abbreviation-kept"),
    pytest.param("The U.S.Army said so.", ["The U.S.Army said so."], id="run-together-initialism-kept"),
    pytest.param("See example.com today.", ["See example.com today."], id="lower-case-domain-kept"),
    pytest.param(
        "In numbers\n\n93\nsettlements under Ukrainian control\n\nMore than 4,000\nNorth Korean troops killed",
        [
            "In numbers",
            "93\nsettlements under Ukrainian control",
            "More than 4,000\nNorth Korean troops killed",
        ],
        id="key-figure-card-joins-number-and-label",
    ),
    pytest.param(
        "2024\nThe year the war came to Kursk.\n\n417\n280\ntanks",
        ["2024", "The year the war came to Kursk.", "417", "280\ntanks"],
        id="a-year-or-a-number-over-a-number-is-no-card",
    ),
    pytest.param(
        "11.40\nRussian troops shot down 40 drones.\n\n14\nWednesday 13 November",
        ["11.40", "Russian troops shot down 40 drones.", "14", "Wednesday 13 November"],
        id="a-clock-or-a-number-over-a-day-heading-is-no-card",
    ),
    pytest.param(
        "Tanks\n412\nArmoured vehicles\n890\n\n1\nUkrainian troops advance 10 kilometres.",
        ["Tanks", "412", "Armoured vehicles", "890", "1", "Ukrainian troops advance 10 kilometres."],
        id="labels-above-numbers-and-list-numbering-are-no-cards",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gen. Syrskyi said so. Then the U.S. reacted.\nA new line “with a quote.”",
        "date 2024-08-20 Ukraine advanced. Russia retreated.",
        "  Leading spaces. And trailing ones.   \n",
    ],
)
def test_sentence_offsets_index_the_text(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_date_header_is_furniture_and_headline() -> None:
    header, first = split_sentences("date 2025-01-07 Ukraine held ground.")[:2]
    assert header.text == "date 2025-01-07"
    assert header.furniture and header.headline
    assert not first.furniture


def test_line_numbers_and_headline_flag() -> None:
    sents = split_sentences("Ukraine gains ground in Kursk\n\nTroops advanced. Russia retreated.")
    assert [(s.line, s.headline) for s in sents] == [(0, True), (1, False), (1, False)]


# ----------------------------------------------------------------------------- quotations

QUOTES = [
    pytest.param('He said "we hold 500 km" and left.', ['"we hold 500 km"'], [True], id="straight"),
    pytest.param("He said “we hold the line” and left.", ["“we hold the line”"], [True], id="curly"),
    pytest.param(
        "“We hold it. We will stay,” the officer said.",
        ["“We hold it. We will stay,”"],
        [True],
        id="multi-sentence-curly",
    ),
    pytest.param(
        '"They retreat. We advance. It is over," he said.',
        ['"They retreat. We advance. It is over,"'],
        [True],
        id="multi-sentence-straight",
    ),
    pytest.param('"One" and "two" were said.', ['"One"', '"two"'], [True, True], id="two-straight-pairs"),
    pytest.param(
        "“This quote never closes\nThe next line is plain.",
        ["“This quote never closes"],
        [False],
        id="unclosed-curly-ends-at-line-end",
    ),
    pytest.param(
        'She said "open\n"closed" later.',
        ['"open', '"closed"'],
        [False, True],
        id="newline-closes-open-straight-quote",
    ),
    pytest.param("«Наступ» was the word.", ["«Наступ»"], [True], id="guillemets"),
    pytest.param("No quotation marks at all here.", [], [], id="none"),
    pytest.param(
        "The commander said ‘we have pushed them back’ on Tuesday.",
        ["‘we have pushed them back’"],
        [True],
        id="single-curly-british-style",
    ),
    pytest.param(
        'Quote: "We hold the line.\n\nOur units took 40 prisoners.\n\nThe rest retreated."\n\nHe left.',
        ['"We hold the line.\n\nOur units took 40 prisoners.\n\nThe rest retreated."'],
        [True],
        id="a-long-quotation-closed-once-at-its-last-paragraph",
    ),
    pytest.param(
        'He said "we hold" it.\n\nThen: "Go."',
        ['"we hold"', '"Go."'],
        [True, True],
        id="a-closed-quotation-is-not-continued",
    ),
]


@pytest.mark.parametrize(("text", "spans", "closed"), QUOTES)
def test_find_quotes(text: str, spans: list[str], closed: list[bool]) -> None:
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == spans
    assert [q.closed for q in quotes] == closed


def test_quote_at_finds_the_enclosing_quote() -> None:
    text = '"We hold 500 square kilometres," Syrskyi said. Russia said 200.'
    quotes = find_quotes(text)
    inside = text.index("500")
    outside = text.index("200")
    q = quote_at(quotes, inside, inside + 3)
    assert q is not None and text[q.start : q.end].startswith('"We hold')
    assert quote_at(quotes, outside, outside + 3) is None


# ----------------------------------------------------------------------------- page furniture

FURNITURE = [
    pytest.param(
        "FILE - A tank moves along a road near the border, Aug. 14, 2024. (AP Photo/Jane Doe)",
        True,
        id="ap-file-caption",
    ),
    pytest.param("Soldiers rest near a trench. (AP Photo/John Roe, File)", True, id="ap-photo-credit"),
    pytest.param("A destroyed bridge over the river. Photo: Getty Images", True, id="photo-credit"),
    pytest.param("2 min read", True, id="read-time"),
    pytest.param("5 minute read", True, id="read-time-long"),
    pytest.param("Sign up for our morning briefing", True, id="sign-up"),
    pytest.param("Get our weekly newsletter in your inbox", True, id="newsletter"),
    pytest.param("Please donate to keep our reporting free", True, id="donate"),
    pytest.param("By The Associated Press", True, id="byline-agency"),
    pytest.param("By Olena Kovalenko and Ivan Petrov", True, id="byline-names"),
    pytest.param("Updated 10:42 AM GMT", True, id="updated-stamp"),
    pytest.param("Read more", True, id="read-more"),
    pytest.param("Related", True, id="related"),
    pytest.param("Oksana Melnyk is a correspondent for a Kyiv newspaper.", True, id="author-bio"),
    pytest.param(
        "By February, Russia had pushed Ukraine's forces out of most of the area.",
        False,
        id="by-month-sentence-is-reporting-long",
    ),
    pytest.param(
        "Ukrainian troops crossed the border in August and seized dozens of villages.",
        False,
        id="plain-reporting",
    ),
    pytest.param("The by-election was held in the region.", False, id="by-inside-word"),
    pytest.param(
        "By February, Russia had retaken most of the land Ukraine seized.",
        False,
        id="by-month-short-sentence",
    ),
    pytest.param(
        "By the end of the week, Ukraine had pushed 10 km further.",
        False,
        id="by-the-end-of",
    ),
    pytest.param(
        "30,000 readers have chosen to be part of our community",
        True,
        id="community-counter",
    ),
    pytest.param(
        "Ukrainian soldiers ride an armoured vehicle near the border, in this photo released on August 12, via Reuters",
        True,
        id="picture-credit-via-a-wire",
    ),
    pytest.param("REUTERS/Stringer via Reuters", True, id="short-credit-line"),
    pytest.param(
        "According to Russian officials (via Reuters), this territory represents approximately 64% of the land "
        "that Ukraine had initially taken following the invasion last year.",
        False,
        id="reporting-that-credits-a-wire",
    ),
]


@pytest.mark.parametrize(("line", "expected"), FURNITURE)
def test_is_furniture(line: str, expected: bool) -> None:
    assert is_furniture(line) is expected


def test_a_byline_that_goes_on_to_a_second_line_is_furniture() -> None:
    text = "By OLENA MARCHUK and\nDAVID REYES\n\nUkraine said its troops advanced 5 km."
    assert [(s.text, s.furniture) for s in split_sentences(text)] == [
        ("By OLENA MARCHUK and", True),
        ("DAVID REYES", True),
        ("Ukraine said its troops advanced 5 km.", False),
    ]


def test_furniture_flag_reaches_the_sentences() -> None:
    text = "By The Associated Press\nUkraine said its troops advanced 5 km.\n2 min read"
    assert [s.furniture for s in split_sentences(text)] == [True, False, True]


# ----------------------------------------------------------------------------- wire datelines and live-blog stamps

# (text, sentence texts, furniture flags): the dateline or timestamp is split off as furniture.
HEADERS = [
    pytest.param(
        "MOSCOW, March 3 (Reuters) - Russia said its forces had retaken two villages. Kyiv denied it.",
        [
            "MOSCOW, March 3 (Reuters) -",
            "Russia said its forces had retaken two villages.",
            "Kyiv denied it.",
        ],
        [True, False, False],
        id="reuters-dateline-with-date",
    ),
    pytest.param(
        "BELGOROD, Russia, Jan 5 (Reuters) - The governor said drones hit the city.",
        ["BELGOROD, Russia, Jan 5 (Reuters) -", "The governor said drones hit the city."],
        [True, False],
        id="dateline-with-country-and-date",
    ),
    pytest.param(
        "KYIV/MOSCOW, Aug 15 (Reuters) - Ukraine's top commander said his forces held 80 villages.",
        ["KYIV/MOSCOW, Aug 15 (Reuters) -", "Ukraine's top commander said his forces held 80 villages."],
        [True, False],
        id="dateline-of-two-cities",
    ),
    pytest.param(
        "KURSK, Russia (AP) — The region was quiet overnight.",
        ["KURSK, Russia (AP) —", "The region was quiet overnight."],
        [True, False],
        id="ap-dateline-em-dash",
    ),
    pytest.param(
        "18:40 GMT — Ukraine says its forces pushed 5 km further. Russia denies it.",
        ["18:40 GMT —", "Ukraine says its forces pushed 5 km further.", "Russia denies it."],
        [True, False, False],
        id="live-blog-gmt-stamp",
    ),
    pytest.param(
        "09:15 (Kyiv time): The General Staff gave new figures.",
        ["09:15 (Kyiv time):", "The General Staff gave new figures."],
        [True, False],
        id="live-blog-local-time-colon",
    ),
    pytest.param(
        "7:30 p.m. EST - Officials spoke late in the evening.",
        ["7:30 p.m. EST -", "Officials spoke late in the evening."],
        [True, False],
        id="live-blog-pm-stamp",
    ),
    pytest.param(
        "The blog opened at dawn.\n10:05 BST | Kyiv says it held the line.",
        ["The blog opened at dawn.", "10:05 BST |", "Kyiv says it held the line."],
        [False, True, False],
        id="stamp-on-a-later-line",
    ),
    pytest.param(
        "At 18:40 GMT the sirens stopped. Residents came out.",
        ["At 18:40 GMT the sirens stopped.", "Residents came out."],
        [False, False],
        id="time-inside-a-sentence-is-not-a-stamp",
    ),
    pytest.param(
        "US officials said 3 brigades had moved.",
        ["US officials said 3 brigades had moved."],
        [False],
        id="acronym-subject-without-dash",
    ),
    pytest.param(
        "NATO — the alliance of 32 states — met on Monday.",
        ["NATO — the alliance of 32 states — met on Monday."],
        [False],
        id="acronym-subject-before-a-dash-aside",
    ),
    pytest.param(
        "MOSCOW, December 16 (Novosti Wire) — Belousov said 189 settlements were taken.",
        ["MOSCOW, December 16 (Novosti Wire) —", "Belousov said 189 settlements were taken."],
        [True, False],
        id="dateline-of-any-wire-service",
    ),
]


@pytest.mark.parametrize(("text", "expected", "furniture"), HEADERS)
def test_datelines_and_timestamps(text: str, expected: list[str], furniture: list[bool]) -> None:
    sents = split_sentences(text)
    assert [s.text for s in sents] == expected
    assert [s.furniture for s in sents] == furniture
    for s in sents:
        assert text[s.start : s.end] == s.text
