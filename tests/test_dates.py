"""Time phrases and document dates at the precision the text supports (no model needed).

Bases are fixed dates, never today's: a phrase that needs a base and has none resolves to None.
Cases the current rules get wrong are kept as ``xfail(strict=True)``.
"""

from __future__ import annotations

from datetime import date

import pytest

from kursk_claims.text.dates import resolve_on_page, resolve_time_phrase, time_aside
from kursk_claims.text.docdate import document_date, weekday_anchor
from kursk_claims.text.stamps import list_items, stamp_line_day

WED = date(2024, 11, 20)  # a Wednesday
SAT = date(2025, 3, 1)  # a Saturday, early in the year
MID_JAN = date(2025, 1, 10)  # a Friday

RESOLVE = [
    # weekday names: the most recent such day on or before the base
    pytest.param("on Monday", WED, "2024-11-18", id="on-monday"),
    pytest.param("Monday", WED, "2024-11-18", id="bare-weekday"),
    pytest.param("on Tuesday", WED, "2024-11-19", id="day-before"),
    pytest.param("on Wednesday", WED, "2024-11-20", id="same-weekday-is-the-base"),
    pytest.param("on Thursday", WED, "2024-11-14", id="later-weekday-goes-to-last-week"),
    pytest.param("Sunday night", WED, "2024-11-17", id="weekday-night"),
    pytest.param("last Wednesday", WED, "2024-11-13", id="last-same-weekday"),
    pytest.param("on Saturday", SAT, "2025-03-01", id="saturday-on-saturday"),
    # relative days and weeks
    pytest.param("yesterday", WED, "2024-11-19", id="yesterday"),
    pytest.param("yesterday evening", WED, "2024-11-19", id="yesterday-evening"),
    pytest.param("The day before yesterday", WED, "2024-11-18", id="the-day-before-yesterday"),
    pytest.param("last night", WED, "2024-11-19", id="last-night"),
    pytest.param("this morning", WED, "2024-11-20", id="this-morning"),
    pytest.param("tonight", WED, "2024-11-20", id="tonight"),
    pytest.param("last November", WED, "2023-11", id="last-month-name-in-that-month-is-a-year-back"),
    pytest.param("by the end of last August", WED, "2024-08", id="last-month-name-before-this-month"),
    pytest.param("today", WED, "2024-11-20", id="today-is-the-base"),
    # a week is a run of days: its month when it has one, else no date
    pytest.param("last week", WED, "2024-11", id="last-week-is-its-month"),
    pytest.param("last week", SAT, "2025-02", id="last-week-from-the-first-of-the-month"),
    pytest.param("last week", date(2024, 12, 3), None, id="last-week-over-two-months-has-no-date"),
    pytest.param("earlier this week", date(2024, 9, 1), "2024-08", id="earlier-this-week-on-a-sunday"),
    pytest.param("earlier this week", date(2024, 11, 19), "2024-11-18", id="earlier-this-week-on-a-tuesday"),
    pytest.param("this week", WED, "2024-11", id="this-week"),
    # months
    pytest.param("earlier this month", WED, "2024-11", id="earlier-this-month"),
    pytest.param("earlier this month", SAT, "2025-03", id="earlier-this-month-2"),
    pytest.param("last month", WED, "2024-10", id="last-month"),
    pytest.param("last month", MID_JAN, "2024-12", id="last-month-across-year"),
    pytest.param("in late April", WED, "2024-04", id="late-april-same-year"),
    pytest.param("in late April", SAT, "2024-04", id="late-april-after-base-month-is-last-year"),
    pytest.param("In January", WED, "2024-01", id="january-same-year"),
    pytest.param("In January", SAT, "2025-01", id="january-before-base-month"),
    pytest.param("in December", MID_JAN, "2024-12", id="december-from-january-is-last-year"),
    pytest.param("In November", WED, "2024-11", id="base-month-itself"),
    pytest.param("in mid-November", WED, "2024-11", id="mid-month"),
    pytest.param("at the end of August", WED, "2024-08", id="end-of-month"),
    pytest.param("in March 2023", WED, "2023-03", id="month-with-year"),
    pytest.param("in late August last year", WED, "2023-08", id="month-of-last-year"),
    pytest.param("in October of last year", WED, "2023-10", id="month-of-last-year-with-of"),
    pytest.param("in early March this year", WED, "2024-03", id="month-of-this-year"),
    # seasons and years
    pytest.param("In the fall", WED, "2024", id="fall-same-year"),
    pytest.param("In the fall", SAT, "2024", id="fall-from-spring-is-last-year"),
    pytest.param("in the summer", WED, "2024", id="summer"),
    pytest.param("last summer", WED, "2023", id="last-summer"),
    pytest.param("in the autumn of 2023", WED, "2023", id="season-with-year"),
    pytest.param("last year", WED, "2023", id="last-year"),
    # counted back from the page's day
    pytest.param("a week ago", WED, "2024-11-13", id="a-week-ago"),
    pytest.param("three days ago", WED, "2024-11-17", id="days-ago"),
    pytest.param("10 days ago", WED, "2024-11-10", id="days-ago-in-figures"),
    # months and years back: the month that far back, no finer
    pytest.param("a year ago", WED, "2023-11", id="a-year-ago"),
    pytest.param("six months ago", WED, "2024-05", id="months-ago"),
    pytest.param("eleven months ago", WED, "2023-12", id="months-ago-across-a-year"),
    pytest.param("several days ago", WED, None, id="days-ago-without-a-count"),
    pytest.param("this year", WED, "2024", id="this-year"),
    # explicit days
    pytest.param("Dec. 17", MID_JAN, "2024-12-17", id="dec-17-before-base"),
    pytest.param("on Dec. 17", WED, "2023-12-17", id="dec-17-after-base-is-last-year"),
    pytest.param("Dec. 17, 2023", WED, "2023-12-17", id="dec-17-with-year"),
    pytest.param("17 December", MID_JAN, "2024-12-17", id="day-month-order"),
    pytest.param("on 5 March 2024", WED, "2024-03-05", id="day-month-year"),
    pytest.param("on Thursday, Nov. 14", WED, "2024-11-14", id="weekday-and-date"),
    pytest.param(
        "in early 2024",
        WED,
        "2024",
        id="early-year",
    ),
]


@pytest.mark.parametrize(("phrase", "base", "expected"), RESOLVE)
def test_resolve_time_phrase(phrase: str, base: date, expected: str | None) -> None:
    assert resolve_time_phrase(phrase, base) == expected


def test_a_list_of_units_is_no_day_of_the_month() -> None:
    from kursk_claims.text.dates import TIME_PHRASE

    assert TIME_PHRASE.search("Russian attacks on the 22nd and 24th brigades were repelled") is None
    assert TIME_PHRASE.search("the ministry said on the 22nd, and") is not None


def test_jan_before_a_surname_is_a_first_name() -> None:
    from kursk_claims.text.dates import TIME_PHRASE

    assert TIME_PHRASE.search("Interview conducted by Jan Wendtland and Fedir Pavlenko") is None
    assert [m.group(0) for m in TIME_PHRASE.finditer("in Jan 2025, by Jan. 5 and in May Russia said")] == [
        "in Jan 2025",
        "Jan. 5",
        "in May",
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "on Monday",
        "last week",
        "earlier this month",
        "in late April",
        "In January",
        "In the fall",
        "yesterday",
        "today",
        "last year",
        "Dec. 17",
        "17 December",
    ],
)
def test_relative_phrases_without_a_base_are_unknown(phrase: str) -> None:
    assert resolve_time_phrase(phrase, None) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("Dec. 17, 2023", "2023-12-17"), ("on 5 March 2024", "2024-03-05"), ("in March 2023", "2023-03")],
)
def test_phrases_with_a_year_need_no_base(phrase: str, expected: str) -> None:
    assert resolve_time_phrase(phrase, None) == expected


# ----------------------------------------------------------------------------- document dates

DOC_DATES = [
    pytest.param(
        "Russia lost troops\n\nKYIV, Nov 20 (Reuters) - Russia lost about 1,500 troops in Kursk in the week to 17 "
        "November 2024, Ukraine's General Staff said on Wednesday.\n\nMore text.",
        None,
        ("2024-11-20", "wire-dateline"),
        id="a-week-to-a-day-in-a-sentence-is-no-digest-header",
    ),
    pytest.param(
        "Kursk monthly report | August 2024\n\nText here.\n\nRelated reports\nKursk monthly report | October 2024\n",
        None,
        ("2024-08", "header-month"),
        id="a-related-reports-list-is-no-timeline",
    ),
    pytest.param(
        "Kursk explainer\n\nSyrskyi said on Tuesday that Ukraine held 1,294 square kilometres.\n\n"
        + "The fighting went on in the border districts.\n\n" * 8
        + "Views: 12 438\n\nLast updated: 28.08.2024, 11:47",
        None,
        ("2024-08-28", "footer-stamp"),
        id="a-foot-stamp-written-day-first-with-dots",
    ),
    pytest.param(
        "Kursk Front: The Week in Review\n\nWeekly digest | The seven days to Sunday, 17 November 2024\n\n"
        "Here is how the week unfolded.\n\nMonday\n\nZelensky spoke.",
        None,
        ("2024-11-17", "digest-header"),
        id="a-digest-dated-by-the-day-its-week-ends",
    ),
    pytest.param(
        "Sudzha and the corridor: Kursk morning digest\n\nRBC-Ukraine Morning digest, 13 March\n\nSeven months "
        "after Ukrainian troops crossed into the Kursk region in August 2024, the front has moved.",
        None,
        ("2025-03-13", "digest-header"),
        id="an-editions-day-without-a-year-takes-the-texts",
    ),
    pytest.param(
        "Over 112,000 residents remain in temporary housing\n\nKURSK, January 21. /TASS/. More than 112,000 "
        "residents who left after the incursion on August 6, 2024 are still in temporary housing.",
        None,
        ("2025-01-21", "wire-dateline"),
        id="a-wire-dateline-after-the-story-start-year",
    ),
    pytest.param(
        "Kursk: a timeline\n\nAugust 2024\n\nUkraine crossed the border on 6 August.\n\nSeptember 2024\n\nRussia "
        "counter-attacked.\n\nMarch 2025\n\nRussia retook Sudzha.",
        None,
        ("2025-03", "header-month"),
        id="a-timeline-is-of-its-latest-month-section",
    ),
    pytest.param("Any text at all.", "2024-08-20", ("2024-08-20", "metadata"), id="metadata"),
    pytest.param("Text.", "2024-08-20T09:15:00Z", ("2024-08-20", "metadata"), id="metadata-timestamp"),
    pytest.param(
        "date 2025-01-07 Kyiv gave no figures.", "2024-06-01", ("2024-06-01", "metadata"), id="metadata-wins"
    ),
    pytest.param("date 2025-01-07 Kyiv gave no figures.", None, ("2025-01-07", "header"), id="header"),
    pytest.param(
        "Ukraine holds its ground\n7:03 AM EST, November 24, 2024\nThe army said little.",
        None,
        ("2024-11-24", "dateline"),
        id="dateline-with-time",
    ),
    pytest.param(
        "Monday, August 19, 2024\nThe army said little.",
        None,
        ("2024-08-19", "dateline"),
        id="weekday-dateline",
    ),
    pytest.param(
        "The push began on August 6, 2024. Syrskyi said on Dec. 17 that troops held on. "
        "Putin said on Nov. 3 that the attack had failed.",
        None,
        ("2024-12-17", "reported-date"),
        id="latest-reporting-date-year-from-elsewhere",
    ),
    pytest.param(
        "Zelensky said on 17 December 2024 that the line held.",
        None,
        ("2024-12-17", "reported-date"),
        id="reporting-date-with-year",
    ),
    pytest.param(
        "Syrskyi said on Dec. 17 that troops held on.",
        None,
        ("2024-12", "latest-date"),
        id="reporting-date-without-any-year-takes-the-story-period",
    ),
    pytest.param(
        "Headline\n\nThe line held.\n\nAs of August 12, troops held 1,000 sq km since the push of August 2024.",
        None,
        ("2024-08-12", "as-of"),
        id="as-of-date-past-the-lede-year-from-month-year",
    ),
    pytest.param(
        "December 2024\n\nThe month in numbers\n\nKyiv put losses at 1,000.",
        None,
        ("2024-12", "header-month"),
        id="month-only-header",
    ),
    pytest.param(
        "Troops waited.\n\nThe pipeline was watched since the morning of Saturday, March 8.",
        None,
        ("2025-03", "latest-date"),
        id="weekday-fixes-the-year-within-the-story",
    ),
    pytest.param(
        "The rise and fall of the Kursk push, told by the people who fought it.\n\n"
        "The push was launched on August 6, 2024, and Syrskyi said on Aug. 27, 2024, that it held.",
        None,
        (None, None),
        id="dates-with-their-year-past-the-lede-are-background",
    ),
    pytest.param(
        "Weekly review.\n\nOn Monday, March 10, 2025, the push began. On Tuesday, it went on.",
        None,
        ("2025-03", "latest-date"),
        id="weekday-and-year-is-a-recent-anchor",
    ),
    pytest.param(
        "The push began on August 6, 2024. Syrskyi confirmed on Dec. 17 that troops held on.",
        None,
        ("2024-12-17", "reported-date"),
        id="any-reporting-verb-dates-its-statement",
    ),
    pytest.param(
        "OPINION | APRIL 2025\n\nA siege ends\n\nMoscow declared on 26 April that the region was cleared.",
        None,
        ("2025-04", "header-month"),
        id="month-header-after-a-section-label-outranks-a-reported-day",
    ),
    pytest.param(
        "A blog, month by month.\n\nIn March 2025 the line broke.\n\n"
        "On 12 September the ministry announced that 10 villages had been retaken.",
        None,
        ("2024-09", "latest-date"),
        id="a-day-past-the-story-end-takes-the-year-before",
    ),
    pytest.param(
        "The siege of Sudzha, three weeks on.\n\nMoscow declared the region cleared on April 26. Since the "
        "beginning of May, four residents of the village have been killed by drones.",
        None,
        ("2025-05", "latest-date"),
        id="a-month-named-as-begun-after-the-latest-day-is-the-pages",
    ),
    pytest.param(
        "The siege of Sudzha.\n\nMoscow declared the region cleared on April 26. Talks on the return of "
        "residents are expected in early May.",
        None,
        ("2025-04", "latest-date"),
        id="a-month-to-come-is-not-the-pages",
    ),
    pytest.param(
        "The siege of Sudzha.\n\nMoscow declared the region cleared on April 26. The fighting continued into "
        "May. In mid-May, the ministry said 700 Ukrainian troops had been killed.",
        None,
        ("2025-05", "latest-date"),
        id="the-month-may-is-no-modal",
    ),
    pytest.param(
        "The siege of Sudzha.\n\nMoscow declared the region cleared on April 26. Ukraine hopes to retake the "
        "initiative in June, and delegations are to meet again in early June.",
        None,
        ("2025-04", "latest-date"),
        id="a-month-hoped-for-or-planned-is-not-the-pages",
    ),
    pytest.param(
        "Kursk, three years on.\n\nSyrskyi said on December 5 that Russia had lost 38,000 troops since the "
        "invasion in February.",
        None,
        ("2024-12", "latest-date"),
        id="an-events-month-is-background",
    ),
    pytest.param(
        "Kursk front\n\nThe General Staff said on 14.08.2024 that Russian losses had reached 2,000. On "
        "27.08.2024 Syrskyi said Ukraine held 1,294 square kilometres.",
        None,
        ("2024-08", "latest-date"),
        id="days-written-in-figures-are-days-the-page-states",
    ),
    pytest.param(
        "Kursk front\n\nThe colonel, born on 12.03.1975, said the line held.",
        None,
        (None, None),
        id="a-day-in-figures-before-the-story-is-background",
    ),
    pytest.param(
        "The United States on 12 August pledged more aid.",
        None,
        ("2024-08", "latest-date"),
        id="a-noun-homograph-of-a-reporting-verb-dates-no-statement",
    ),
    pytest.param(
        "The photo posted on 3 September 2024 shows troops.",
        None,
        (None, None),
        id="a-posted-photo-dates-no-page",
    ),
    pytest.param(
        "Kursk losses\n\nKYIV, Aug 27 (Reuters) - Syrskyi said on Tuesday his troops held 100 villages.\n\n"
        "The ministry said on Aug. 12 that it had lost none.\n\n© 2024 Reuters",
        None,
        ("2024-08-27", "wire-dateline"),
        id="a-wire-dateline-without-a-year-takes-the-texts-year",
    ),
    pytest.param(
        "Kursk losses\n\nMOSCOW, September 6, 2024. Ukraine's army has lost 9,000 troops, the ministry said.",
        None,
        ("2024-09-06", "wire-dateline"),
        id="a-wire-dateline-with-its-year",
    ),
    pytest.param(
        "Settlements liberated\n\nMOSCOW, September 12. /TASS/. Units of the Sever battlegroup have "
        "liberated 10 settlements, the ministry said. Losses since August 2024 exceed 12,000.",
        None,
        ("2024-09-12", "wire-dateline"),
        id="an-agency-mark-after-the-dateline",
    ),
    pytest.param(
        "Kursk: what we know\n\nSyrskyi said on Tuesday that his troops held 1,294 square kilometres.\n\n"
        + "Evacuations went on in the border districts.\n\n" * 6
        + "Share this article\nLast updated: 27 August 2024, 16:20 BST\n© 2024 Broadcaster",
        None,
        ("2024-08-27", "footer-stamp"),
        id="a-last-updated-stamp-at-the-foot-of-the-page",
    ),
    pytest.param(
        "SSO: 50 North Korean soldiers killed\nukrinform.net/rubric-ato/2024/12/17/sso-north-korean-losses\n\n"
        "The Special Operations Forces said 50 North Korean soldiers were killed. Yesterday HUR reported 30.",
        None,
        ("2024-12-17", "linked-url"),
        id="a-link-to-the-page-in-its-text-carries-the-day",
    ),
    pytest.param(
        "Sumy orders evacuation of 11 more villages\n\nby Iryna Voitenko | June 5, 2025, 8:14 pm | Kyiv Post\n\n"
        "Authorities on Thursday ordered the evacuation of 11 more villages.",
        None,
        ("2025-06-05", "dateline"),
        id="a-stamp-line-of-parts-set-apart-by-bars",
    ),
    pytest.param(
        "The Eastfront Brief\nIssue #61 · Mon, Mar 17, 2025 · 7 min read\n\nSudzha fell last week.",
        None,
        ("2025-03-17", "dateline"),
        id="a-newsletters-stamp-with-its-issue-number-and-reading-time",
    ),
    pytest.param(
        "Kursk claims\n\nDate | Area, sq km | Stated by\nAug 27, 2024 | 1,294 | Syrskyi\n\n"
        "Syrskyi said on Aug. 30 that his troops held 1,300 square kilometres.",
        None,
        ("2024-08-30", "reported-date"),
        id="a-table-row-with-a-date-is-no-stamp",
    ),
    pytest.param(
        "NIS: troops in combat\nPublished : Nov. 27, 2024 - 18:05   Updated : Nov. 27, 2024 - 18:40\n\n"
        "The NIS said on Wednesday that North Korean troops were in combat.",
        None,
        ("2024-11-27", "dateline"),
        id="a-published-and-an-updated-stamp-of-one-day",
    ),
    pytest.param(
        "NIS: 11,000 deployed\nPosted : 2024-11-13 17:21 | Updated : 2024-11-13 19:05\n\nThe NIS said so.",
        None,
        ("2024-11-13", "dateline"),
        id="a-stamp-with-iso-dates",
    ),
    pytest.param(
        "Sumy holds on\n13.09.2024 | 11:47 | Views: 3 214\n\nThe hromada said on Thursday it was shelled.",
        None,
        ("2024-09-13", "dateline"),
        id="a-stamp-beside-a-view-counter",
    ),
    pytest.param(
        "KURSK VESTI\n20.08.2024 13:47 | Views: 18 412 | Comments: 56\n\nThe ministry named the losses.\n\n"
        "Read also: 15.08.2024 The governor spoke",
        None,
        ("2024-08-20", "dateline"),
        id="a-stamp-beside-view-and-comment-counters",
    ),
    pytest.param(
        "Kursk claims\n\nAug 27, 2024 | Aug 30, 2024\n\nSyrskyi said on Aug. 30 that his troops held 1,300.",
        None,
        ("2024-08-30", "reported-date"),
        id="two-days-on-one-line-stamp-no-page",
    ),
    pytest.param(
        "Swap\nIssued on: 06/02/2025 - 15:32\n\nUkraine and Russia swapped 150 prisoners each on Wednesday.",
        None,
        ("2025-02-06", "dateline"),
        id="a-numeric-stamp-is-day-first",
    ),
    pytest.param(
        "Map\nPublished: 11/04/2024 at 12:41 PM EST\n\nZelensky said on Monday 11,000 troops were in Kursk.",
        None,
        ("2024-11-04", "dateline"),
        id="a-numeric-stamp-with-a-us-time-zone-is-month-first",
    ),
    pytest.param(
        "Moscow says Kursk retaken\nDilara Karaman |28.04.2025 - Update : 28.04.2025\n\nMoscow said so on Monday.",
        None,
        ("2025-04-28", "dateline"),
        id="a-stamp-that-repeats-its-day-as-the-update",
    ),
    pytest.param(
        "Key dates\n\nTimeline | August 6, 2024 | Ukraine crosses the border\n\nSyrskyi said on Aug. 30, 2024 "
        "that his troops held 1,300 square kilometres.",
        None,
        ("2024-08-30", "reported-date"),
        id="a-timeline-line-is-no-stamp",
    ),
    pytest.param(
        "Ukraine holds line\nRead also: https://www.ukrinform.net/rubric-ato/2024/08/07/x\n\n"
        "KYIV, Aug 27 (Reuters) - Syrskyi said his troops held 100 villages. Losses since August 2024 rose.",
        None,
        ("2024-08-27", "wire-dateline"),
        id="a-link-to-another-page-dates-nothing",
    ),
    pytest.param(
        "Kursk facts\nhttps://www.example.com/2024/08/10-facts-about-the-kursk-incursion/\n\nThe incursion "
        "began in August 2024.",
        None,
        (None, None),
        id="a-slugs-first-word-is-no-day",
    ),
    pytest.param(
        "Map\nPosted 11/04/2024 · 12:41 PM ET\n\nZelensky said on Monday 11,000 troops were in Kursk.",
        None,
        ("2024-11-04", "dateline"),
        id="a-us-time-zone-in-another-part-of-the-stamp",
    ),
    pytest.param(
        "Kursk\n\nBreaking news | 12 August 2024\n\nSyrskyi said on Monday his troops held 1,000 square km.",
        None,
        ("2024-08-12", "dateline"),
        id="a-section-label-beside-the-stamp",
    ),
    pytest.param(
        "Kursk\nhttps://www.france24.com/en/europe/20240813-ukraine-says-it-controls-74-settlements\n\n"
        "Ukraine said on Tuesday it controlled 74 settlements.",
        None,
        ("2024-08-13", "linked-url"),
        id="a-links-compact-day-before-its-slug",
    ),
    pytest.param(
        "Re: Gerasimov says Kursk liberated\nPost by Tallinn_Observer » Sun Apr 27, 2025 10:41 am\n\n"
        "Gerasimov told Putin on Saturday that the region had been liberated.",
        None,
        ("2025-04-27", "dateline"),
        id="a-forum-posts-stamp",
    ),
    pytest.param(
        "Kursk: what we know\n\nSyrskyi said his troops held 1,294 square kilometres, as he had "
        "said on August 27, 2024.\n\nUpdated stories appear daily.",
        None,
        ("2024-08-27", "reported-date"),
        id="a-foot-line-without-a-stamp-is-no-date",
    ),
    pytest.param(
        "Searching\n\nThis story was originally published in Russian on October 3. It has been edited.\n\n"
        "The governor said on Tuesday that 1,100 requests had come in since August 2024.",
        None,
        ("2024-10-03", "first-published"),
        id="a-republished-story-says-when-it-first-ran",
    ),
    pytest.param(
        "Kursk: Sudzha falls\nBy Jane Roe\nPublished Mar 14, 2025 at 5:12 AM EDT\n\nRussia said on Thursday ...",
        None,
        ("2025-03-14", "dateline"),
        id="a-byline-s-published-line",
    ),
    pytest.param(
        "UNN | War\n19.03.2025 17:05\n\n175 defenders return home in a new swap.",
        None,
        ("2025-03-19", "dateline"),
        id="a-header-date-with-dots-is-day-month-year",
    ),
    pytest.param(
        "One year on\n\nWednesday marks one year since Ukrainian troops smashed through the border.\n\n"
        "Six days into the operation, on Aug. 12, the commander said his forces held 1,000 sq km.",
        None,
        ("2025-08", "elapsed-time"),
        id="the-latest-time-a-page-counts-from-the-start",
    ),
    pytest.param(
        "Waiting\n\nNearly half a year after Ukrainian forces crossed into the Kursk region, families wait.",
        None,
        ("2025-01", "elapsed-time"),
        id="nearly-half-a-year",
    ),
    pytest.param(
        "Podcast\n\nIt has now been five months since our guys crossed into the Kursk region.",
        None,
        ("2025-01", "elapsed-time"),
        id="our-guys-crossed-opens-the-story-told-from-inside",
    ),
    pytest.param(
        "Kursk: the toll\nOleh Pavliuk — Sunday, 27 April 2025, 10:14\n\nThe General Staff said 62,400 ...",
        None,
        ("2025-04-27", "dateline"),
        id="a-stamp-after-a-byline",
    ),
    pytest.param(
        "Swap\nJuly 31, 2025 7:05 AM GMT+1 Updated 3 hours ago\n\nUkraine brought home 84 soldiers.",
        None,
        ("2025-07-31", "dateline"),
        id="a-stamp-with-its-update-furniture",
    ),
    pytest.param(
        "Updates\n29/05/2025\n\nForces advanced near Tyotkino.",
        None,
        ("2025-05-29", "dateline"),
        id="day-first-slashes",
    ),
    pytest.param(
        "Kursk, by the numbers\n| 27 Aug 2024 | 1,294 | Syrskyi |\n| 12 Mar 2025 | 200 | DeepState |",
        None,
        (None, None),
        id="a-table-row-is-no-stamp",
    ),
    pytest.param(
        "Notices\n\nEvacuees registered in the district.\n\nFrom tomorrow, Monday 19 August, payments of 15,000 "
        "roubles will be made.",
        None,
        ("2024-08-18", "relative-day"),
        id="a-relative-day-written-out-names-the-pages-own-day",
    ),
    pytest.param(
        "Governor's update\n\nShelling continued overnight. Yesterday (Aug. 12) 4,000 people left the district.",
        None,
        ("2024-08-13", "relative-day"),
        id="yesterday-with-its-day-in-brackets",
    ),
    pytest.param(
        "Evacuations\n\nAs of August 20, 2024, some 121,000 people had left the border districts, officials said.\n\n"
        "On August 10, acting governor Alexei Smirnov said evacuations would begin tomorrow, August 11.",
        None,
        ("2024-08-20", "as-of"),
        id="a-speakers-tomorrow-in-a-dated-sentence-is-the-speakers",
    ),
    pytest.param(
        "Feature\n\nTaras would have turned 27 today, 11 January. Instead his mother will visit the cemetery.",
        None,
        ("2025-01-11", "relative-day"),
        id="today-with-its-day-in-a-would-sentence-is-still-the-pages-day",
    ),
    pytest.param(
        "Explainer\n\nRussian officials say the counteroffensive will start tomorrow, September 10, according to leaked "
        "plans. Ukraine claims to hold 1,300 square kilometres as of September 20.",
        None,
        ("2024-09", "latest-date"),
        id="a-plans-tomorrow-is-no-pages-day",
    ),
    pytest.param(
        "Update\n\nOfficials say 150,000 people have now left.\nRelated: Kursk governor: evacuation of Glushkovo to "
        "begin tomorrow, August 15",
        None,
        ("2024-08", "latest-date"),
        id="a-link-to-another-story-names-its-day-not-the-pages",
    ),
    pytest.param(
        "FACT SHEET\nEvacuation of the border communities\n\nInformation as of 18:00, 28.08.2024\nPrepared by the "
        "department.\n\nSince 6 August, 20,550 people have been evacuated.",
        None,
        ("2024-08-28", "as-of"),
        id="as-of-a-clock-time-and-a-day-in-figures-in-the-head",
    ),
    pytest.param(
        "Update\n\nAid reached 24,000 people in the region since mid-August.\n5 hospitals received supplies after the "
        "release of 14 September.",
        None,
        ("2024-09", "latest-date"),
        id="a-months-full-stop-ends-its-sentence-not-a-day",
    ),
    pytest.param("No date anywhere in this text.", None, (None, None), id="nothing"),
    pytest.param("Bad metadata and no date.", "not-a-date", (None, None), id="bad-metadata-ignored"),
]


@pytest.mark.parametrize(("text", "published", "expected"), DOC_DATES)
def test_document_date(text: str, published: str | None, expected: tuple[str | None, str | None]) -> None:
    iso, source, confidence = document_date(text, published)
    assert (iso, source) == expected
    if iso is None:
        assert confidence is None
    else:
        assert confidence is not None and 0 < confidence <= 1


def test_document_date_confidence_orders_the_sources() -> None:
    meta = document_date("x", "2024-08-20")[2]
    header = document_date("date 2024-08-20 x", None)[2]
    line = document_date("Headline\nAugust 20, 2024\nBody.", None)[2]
    reported = document_date("It began August 6, 2024. Kyiv said on Aug. 20 it held.", None)[2]
    assert meta is not None and header is not None and line is not None and reported is not None
    assert meta > header > line > reported


# ----------------------------------------------------------------------------- reported dates: the lede only

LEDE_DATES = [
    pytest.param(
        "Ukraine holds its ground in Kursk\n"
        "Ukrainian officials say the front is stable and the troops are well supplied.\n"
        "Syrskyi said on Dec. 17, 2024 that troops held on.",
        (None, None),
        id="reported-date-after-the-lede-is-ignored",
    ),
    pytest.param(
        "Kursk: the front holds\n"
        "Syrskyi said on 17 December 2024 that the line held in the Kursk region.\n"
        "Zelensky said on 20 December 2024 that it was stable.",
        ("2024-12-17", "reported-date"),
        id="lede-date-wins-over-a-later-paragraph",
    ),
    pytest.param(
        "By Olena Kovalenko\nZelensky said on 17 December 2024 that the line held in the Kursk region.",
        ("2024-12-17", "reported-date"),
        id="byline-is-not-the-lede",
    ),
    pytest.param(
        "The front is quiet.\nSyrskyi said on 17 December 2024 that the line held near Sudzha.",
        ("2024-12-17", "reported-date"),
        id="short-line-is-not-the-lede",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEDE_DATES)
def test_reported_date_comes_from_the_lede(text: str, expected: tuple[str | None, str | None]) -> None:
    iso, source, confidence = document_date(text, None)
    assert (iso, source) == expected
    assert (confidence is None) == (iso is None)


RESOLVE_RECENT = [
    pytest.param("on Jan. 11 last year", WED, "2023-01-11", id="a-day-of-last-year"),
    pytest.param("on 5 March this year", WED, "2024-03-05", id="a-day-of-this-year"),
    pytest.param("In the first week of January", WED, "2024-01", id="a-week-of-a-month-is-that-month"),
    pytest.param("in the second half of August", WED, "2024-08", id="a-half-of-a-month-is-that-month"),
    pytest.param("on the 20th", WED, "2024-11-20", id="on-the-nth-is-the-page-day"),
    pytest.param("on the 12th", WED, "2024-11-12", id="on-the-nth-earlier-this-month"),
    pytest.param("on the 27th", WED, "2024-10-27", id="on-the-nth-after-the-page-day-is-last-month"),
    pytest.param("on the 30th", SAT, None, id="on-the-nth-that-last-month-lacks-is-unknown"),
    pytest.param("on the 12th", None, None, id="on-the-nth-needs-a-base"),
    pytest.param("in mid-2024", WED, "2024", id="mid-year-hyphen"),
    pytest.param("late 2023", SAT, "2023", id="late-year-bare"),
    pytest.param("early 2025", None, "2025", id="early-year-needs-no-base"),
]


@pytest.mark.parametrize(("phrase", "base", "expected"), RESOLVE_RECENT)
def test_resolve_part_of_year(phrase: str, base: date | None, expected: str) -> None:
    assert resolve_time_phrase(phrase, base) == expected


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("in a defensive position since February 2024.", []),  # a month and a year, never "February 20"
        ("Syrskyi said on February 20 that ...", ["on February 20"]),
        ("as of February 20, 2025, the line held", ["February 20, 2025"]),
        ("By August 27 he put the figure at 1,294", ["August 27"]),  # "by" a day is the day, not the month
        ("The ministry said this morning that it had retaken 12 villages", ["this morning"]),
        # a statement set in a month: "In a January 2025 address", but "in his Nov. 11 address" is the day
        ("In a January 2025 address, Zelensky said", ["In a January 2025"]),
        ("Zelensky gave a number in his Nov. 11 address", ["Nov. 11"]),
        # the year a month is of, when the phrase names it ("in late August last year")
        ("Syrsky claimed in late August last year that", ["in late August last year"]),
        ("In August, last year's losses were counted", ["In August", "last year"]),
        # a day's year named from the page's, and a part of a month named as its week or half
        ("Zelensky announced on Jan. 11 last year that", ["on Jan. 11 last year"]),
        ("In the first week of January, Zelensky said", ["In the first week of January"]),
        ("in the second half of August the line moved", ["in the second half of August"]),
    ],
)
def test_a_day_is_never_cut_out_of_a_year(text: str, phrases: list[str]) -> None:
    from kursk_claims.text.dates import TIME_PHRASE

    assert [m.group(0) for m in TIME_PHRASE.finditer(text)] == phrases


@pytest.mark.parametrize(
    ("phrase", "doc_date", "expected"),
    [
        ("on 5 January", "2025-01", "2025-01-05"),  # a day of the page's month
        ("on Dec. 3", "2025-01", "2024-12-03"),  # before the page's month ends
        ("on Tuesday", "2025-01", "2025-01"),  # a weekday on a page known to the month: that month
        ("on Tuesday", "2025-01-17", "2025-01-14"),
        ("yesterday", "2025-01", "2025-01"),  # a day near the page's: as near as the page is known
        ("said last week", "2025-01", "2025-01"),
        ("last month", "2025-01", "2024-12"),
        ("a year ago", "2025-08", "2024-08"),  # months back from a month-dated page
        ("earlier this year", "2025-03", "2025"),
        ("on 5 January", None, None),
    ],
)
def test_resolve_on_page_keeps_the_page_s_precision(
    phrase: str, doc_date: str | None, expected: str | None
) -> None:
    from kursk_claims.text.dates import resolve_on_page

    assert resolve_on_page(phrase, doc_date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Day 70\n\nSumy Line\n\nMonday, 14 October. The operation is in its 70th day.",
            ("2024-10-14", "dated-opening"),
        ),
        (
            "Tracker\n\nLast updated: 21 February 2025\n\nRussia says it retook Sudzha.",
            ("2025-02-21", "dated-opening"),
        ),
    ],
)
def test_a_page_that_opens_with_its_own_day(text: str, expected: tuple[str, str]) -> None:
    from kursk_claims.text.docdate import document_date

    assert document_date(text, None)[:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme's or a newsletter's greeting opening a line names its day; the weekday fixes the year
        (
            "The front at dawn\n\nHOST:\n\nIt's Wednesday, March 12. Good morning. Russia says it took Sudzha.",
            ("2025-03-12", "greeting"),
        ),
        (
            "Sumy Line weekly\n\nGood morning. It is Friday, 20 June, and the map has barely moved.",
            ("2025-06-20", "greeting"),
        ),
        # a lede that names today's day: "Today, on Wednesday, 19 March, ..."
        (
            "Ukrinform\n\nExchanges: a chronology\n\nToday, on Wednesday, 19 March, another 175 Ukrainian "
            "defenders returned home.",
            ("2025-03-19", "greeting"),
        ),
        # not one quoted inside a story (the wire's dateline dates it), nor a flashback's with its year
        (
            "KYIV, Nov 14 (Reuters) - Ukraine said on Thursday it was holding its positions.\n\nOne soldier "
            "said: \"It's Tuesday, November 12, and we still haven't seen them.\"\n\nThe war goes on.",
            ("2024-11-14", "wire-dateline"),
        ),
        (
            "Podcast notes\n\nIt's Tuesday, August 6, 2024, and Ukrainian troops have just crossed the border.",
            ("2024-08", "latest-date"),
        ),
        # today's day named after the word in the body ("He said this today, Tuesday, 27 August, ...")
        (
            "Syrskyi: 100 settlements\n\nThe commander said his troops controlled 100 settlements. He said this "
            "today, Tuesday, 27 August, at a briefing on the first three weeks, which began on 6 August 2024.",
            ("2024-08-27", "today-named"),
        ),
    ],
)
def test_a_greeting_names_the_page_s_day(text: str, expected: tuple[str | None, str | None]) -> None:
    from kursk_claims.text.docdate import document_date

    assert document_date(text, None)[:2] == expected


def test_a_contents_list_of_dated_sections_is_no_dateline() -> None:
    from kursk_claims.text.docdate import document_date

    text = (
        "Timeline of the Kursk campaign\n\nContents\n1 August 2024\n2 September 2024\n3 March 2025\n\n"
        "August 2024\n\nOn 12 August, Syrskyi reported that Ukrainian forces controlled 1,000 km2."
    )
    assert document_date(text, None)[1] != "dateline"


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("As of 12 August, 121,000 had left.", "12 August"),
        ("According to DeepState, as of Saturday Ukraine controlled 110 km².", "Saturday"),
        ("As of now, nothing is known.", None),
        ("Prisoners held by Ukraine: over 870 (as of March 2025).", "March 2025"),  # a month, not March 20
    ],
)
def test_as_of_takes_a_day_or_a_weekday(text: str, as_of: str | None) -> None:
    from kursk_claims.text.dates import AS_OF

    m = AS_OF.search(text)
    assert (m.group(1) if m else None) == as_of


def test_a_weekday_as_of_never_dates_an_undated_page() -> None:
    from kursk_claims.text.docdate import document_date

    assert document_date("Tally\nAs of Saturday, the front held near Sudzha in 2025.", None)[1] != "as-of"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Feature\nIt is early November, and the road to Sudzha is lined with trucks.",
            ("2024-11", "present-month"),
        ),
        # a month before the story began is the next year's, whatever year the text names
        ("Feature\nIt is late March. The front has held since August 2024.", ("2025-03", "present-month")),
        (
            "Live\nRussian forces have retaken 11 settlements so far in October, after the raid of August 6.",
            ("2024-10", "present-month"),
        ),
        (
            "Feature\nFive months after Ukraine's incursion, thousands are displaced.",
            ("2025-01", "elapsed-time"),
        ),
        ("Feature\nTwo weeks into the offensive, troops held 1,000 sq km.", ("2024-08", "elapsed-time")),
        # the time since the start told by what it was, or by itself
        (
            "Feature\nResidents who stayed through the seven months of Ukrainian control were found alive.",
            ("2025-03", "elapsed-time"),
        ),
        ("Explainer\nNine months on, here is what we know about the incursion.", ("2025-05", "elapsed-time")),
        # the count written after the event, or as its length
        ("Explainer\nTwo months in, the front has settled near Sudzha.", ("2024-10", "elapsed-time")),
        (
            "Feature\nUkrainian troops entered the region five months ago, officials said.",
            ("2025-01", "elapsed-time"),
        ),
        ("Feature\nThe incursion began nearly three months ago.", ("2024-10", "elapsed-time")),
        (
            "Feature\nAfter Ukraine's seven-month occupation of the area, residents are returning.",
            ("2025-03", "elapsed-time"),
        ),
        ("Feature\nHe was wounded two weeks ago in the offensive.", (None, None)),
        # not another side's operation, a later village, another war, nor past the story and its aftermath
        ("Feature\nThe Russian operation to retake Sudzha began two weeks ago.", (None, None)),
        ("Feature\nUkrainian troops entered the village of Pogrebki two weeks ago.", (None, None)),
        ("Feature\nThree years in, Russia's full-scale war grinds on.", (None, None)),
        ("Feature\nCrimea's 10-year occupation continues.", (None, None)),
        ("Feature\nUkrainian troops first crossed the border five months ago.", ("2025-01", "elapsed-time")),
        ("Podcast\nSeven months ago, Ukrainian troops burst across the border.", ("2025-03", "elapsed-time")),
        (
            "Feature\nThe town fell seven months after Ukrainian troops seized it in August 2024.",
            ("2025-03", "elapsed-time"),
        ),
        ("Feature\nTwo weeks ago, Ukrainian troops shelled a bridge near Sudzha.", (None, None)),
        (
            "Feature\nThe brigade held the line in five days of fighting near Sudzha.",
            (None, None),
        ),  # a battle's length
        ("Feature\nSix months after the war began, prices rose.", (None, None)),  # not the story's start
        # the start told by what its actors did, and counted from the day the sentence gives
        (
            "Feature\nTen weeks after Ukrainian troops burst across the border on August 6, families wait.",
            ("2024-10", "elapsed-time"),
        ),
        (
            "Feature\nThe ministry spoke five months after Kyiv's troops first crossed the border.",
            ("2025-01", "elapsed-time"),
        ),
        (
            "Feature\nSeven months after Ukraine's incursion began in August 2024, the salient is small.",
            ("2025-03", "elapsed-time"),
        ),
        # "nearly nine months": half a month short of nine (6 August + 8.5 months)
        (
            "Feature\nThe region is retaken, nearly nine months after Kyiv's troops stormed across the border.",
            ("2025-04", "elapsed-time"),
        ),
        (
            "Feature\nTen days after Ukrainian troops crossed the Seym river, a bridge fell.",
            ("2024-08", "elapsed-time"),
        ),
        # only the story's actors open it: not another war, not any crowd
        ("Feature\nEight months after Russia invaded Ukraine, Kyiv said it held 500 sq km.", (None, None)),
        (
            "Feature\nThree days after firefighters poured into the village, 12 civilians had died.",
            (None, None),
        ),
        # the event's own day, not a later clause's
        (
            "Feature\nFour weeks after Ukrainian troops stormed into the region, residents said on Friday, "
            "October 4 that they had fled.",
            ("2024-09", "elapsed-time"),
        ),
    ],
)
def test_an_undated_page_told_its_month(text: str, expected: tuple[str | None, str | None]) -> None:
    from kursk_claims.text.docdate import document_date

    assert document_date(text, None)[:2] == expected


def test_weekdays_count_from_the_day_a_month_dated_page_states() -> None:
    text = "Week ending Sunday, Oct. 27, 2024 — Borderland Weekly\n\nOn Monday, the ministry said 2,100 were lost."
    anchor = weekday_anchor(text, "2024-10", document_date(text, None)[1])
    assert anchor == ("2024-10-27", False)  # a week ending on it: its weekdays count back
    assert resolve_on_page("On Monday", "2024-10", anchor) == "2024-10-21"
    assert resolve_on_page("on Sunday", "2024-10", anchor) == "2024-10-27"
    assert resolve_on_page("On Monday", "2024-10", None) == "2024-10"  # no anchor: the month only
    assert (
        weekday_anchor(text, "2024-10-28", document_date(text, None)[1]) is None
    )  # a page dated to the day needs none
    assert (
        weekday_anchor(
            "Sunday, Nov. 3, 2024 was quiet.",
            "2024-10",
            document_date("Sunday, Nov. 3, 2024 was quiet.", None)[1],
        )
        is None
    )  # a day of another month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before the story began is background: the day takes the story's year (without a year
        # of the story, a reported day only bounds the page)
        (
            "Story\nAid has flowed since Russia's invasion in February 2022. The ministry said on Aug. 12 "
            "that troops held 1,000 square km.",
            ("2024-08", "latest-date"),
        ),
        # the weekday fixes the year: 14 March 2025 was a Friday (14 March 2024 a Thursday)
        (
            "Letter\nSeven months after the incursion began in August 2024. Trump said on Friday 14 March "
            "that thousands were surrounded.",
            ("2025-03-14", "reported-date"),
        ),
        # the story's aftermath: a day without its year that fell before the story in the text's
        # latest year is the next year's when its weekday says so, up to a year past the story's end
        (
            "Story\nThe incursion began in August 2024. The governor said that 40,000 residents could not "
            "return, and Syrskyi said on Saturday, June 21 that troops held 90 square kilometers.",
            ("2025-06-21", "reported-date"),
        ),
        # ... or when the text names that year only for the story's start
        (
            "Story\nThe incursion began in August 2024. Syrskyi said on June 21 that troops held 90 square "
            "kilometers.",
            ("2025-06-21", "reported-date"),
        ),
        # without either, a day before the story in the text's year is background
        (
            "Story\nUkraine said on October 3, 2024 that its troops held 1,000 square kilometres. Russia had "
            "warned on July 28 of 50,000 troops massing.",
            ("2024-10-03", "reported-date"),
        ),
        # a footer's copyright year, when the text gives no other
        (
            "Story\nThe governor said on Aug. 12 that 2,000 people had left.\n© 2024 Sumy Today",
            ("2024-08-12", "reported-date"),
        ),
    ],
)
def test_an_undated_page_keeps_its_days_in_the_story(text: str, expected: tuple[str, str]) -> None:
    from kursk_claims.text.docdate import document_date

    assert document_date(text, None)[:2] == expected


def test_a_copyright_year_outside_the_story_is_not_the_page_year() -> None:
    from kursk_claims.text.docdate import _text_year

    assert _text_year("Story\nTroops advanced.\n© 2019 Old Site") is None
    assert _text_year("Story\nSince October 2024 it grew.\n© 2025 Site") == 2024
    assert _text_year("Story\nTroops advanced.\nCopyright 2025 NEWS 9. All rights reserved.") == 2025
    assert _text_year("Story\nTroops advanced.\n© 2014–2025 Site") == 2025  # a range: its last year


def test_a_weekday_fixes_the_year_of_a_day_just_past_the_page() -> None:
    from kursk_claims.text.dates import _parse_day

    # a weekly letter known from Friday 14 March 2025 reports its Monday 17 March (a Monday in 2025)
    assert _parse_day("On Monday 17 March", date(2025, 3, 14)) == date(2025, 3, 17)
    # without a weekday the day is the latest one on or before the page's day
    assert _parse_day("On 17 March", date(2025, 3, 14)) == date(2024, 3, 17)


def test_weekdays_count_on_from_a_day_a_month_dated_page_opens_with() -> None:
    text = (
        "Kursk diary\n\nTuesday, 11 March. Talks in Jeddah.\n\nOn Wednesday, the governor said 110 had left."
    )
    anchor = weekday_anchor(text, "2025-03", document_date(text, None)[1])
    assert anchor == ("2025-03-11", True)
    assert resolve_on_page("On Wednesday", "2025-03", anchor) == "2025-03-12"
    assert resolve_on_page("on Tuesday", "2025-03", anchor) == "2025-03-11"
    assert resolve_on_page("on Monday", "2025-03", anchor) == "2025-03-10"  # the day before
    assert resolve_on_page("on Saturday", "2025-03", anchor) == "2025-03-15"  # four days on


def test_a_day_of_the_story_far_down_the_page_is_no_anchor() -> None:
    text = (
        "March 2025\n\nThe war went on as talks began in earnest between the parties this month.\n\n"
        "The summit opened on Friday, March 28.\n\nEarlier, on Monday, the ministry said it had retaken 12 settlements."
    )
    assert weekday_anchor(text, "2025-03", document_date(text, None)[1]) is None


def test_the_latest_day_an_undated_page_states_with_its_weekday_anchors_it() -> None:
    text = (
        "Trump asks Putin to spare Ukrainian troops\n\nThe US president says he asked for the lives of soldiers "
        "to be spared.\n\nThe Russian push has gathered pace since early March. On Wednesday, March 12, "
        "2025, Gerasimov told Putin that Ukraine had lost 67,000 soldiers.\n\n"
        "Kursk officials said on Friday that 120 civilians had been evacuated."
    )
    assert document_date(text, None)[:2] == ("2025-03", "latest-date")
    anchor = weekday_anchor(text, "2025-03", document_date(text, None)[1])
    assert anchor == ("2025-03-12", True)
    assert resolve_on_page("on Friday", "2025-03", anchor) == "2025-03-14"
    # the same day without its weekday anchors nothing
    undated = text.replace("On Wednesday, March 12", "On March 12")
    assert weekday_anchor(undated, "2025-03", document_date(undated, None)[1]) is None


def test_a_weekday_counted_from_an_anchor_stays_in_the_page_month() -> None:
    from kursk_claims.text.dates import Anchor

    # Friday 28 March: "On Tuesday" four days on would be 1 April, outside the page's month
    assert resolve_on_page("On Tuesday", "2025-03", Anchor("2025-03-28", True)) == "2025-03"


def test_a_mistaken_weekday_moves_no_day_by_a_year() -> None:
    from kursk_claims.text.dates import _parse_day

    # 14 March 2025 was a Friday: a page of 20 March 2025 that calls it Thursday still means that day
    assert _parse_day("on Thursday 14 March", date(2025, 3, 20)) == date(2025, 3, 14)


def test_a_weekday_that_fits_no_year_leaves_the_day_to_the_text_year() -> None:
    # 3 October 2024 was a Thursday: "Wednesday, Oct. 3" is a slip, not another year
    text = "Story\nSince August 2024 the fighting has gone on. The ministry said on Wednesday, Oct. 3 that 1,000 troops were lost."
    assert document_date(text, None)[:2] == ("2024-10-03", "reported-date")


TAG_PAGE = (
    "Tag: Kursk\n\n"
    "Governor Says 9,000 Residents Still Displaced\n"
    "Mar. 4, 2025 · 10:12 · Russia\n"
    "The governor told reporters on Monday that villages near the border stay closed.\n\n"
    "<item>\n<title>Army Chief Says 64% Retaken</title>\n"
    "<pubDate>Fri, 28 Feb 2025 17:44:00 +0000</pubDate>\n</item>\n\n"
    "14.02.2025 08:30\n"
    "Minister puts losses at 40,000\n"
)


def test_a_list_pages_items_are_dated_by_their_own_stamps() -> None:
    items = list_items(TAG_PAGE)
    assert [d for _, _, d in items] == ["2025-03-04", "2025-02-28", "2025-02-14"]
    start, end, _ = items[0]
    assert TAG_PAGE[start:end].startswith("Governor Says 9,000")
    assert "Minister puts losses" in TAG_PAGE[items[2][0] : items[2][1]]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published: 14:32, 16 Aug 2024 | Updated: 9:05, 17 Aug 2024", date(2024, 8, 16)),
        ("Oct. 8, 2024 - Updated Oct. 9, 2024", date(2024, 10, 8)),
        ("Published Thursday, August 8, 2024, 11:47 a.m. EDT. Updated 2:05 p.m. EDT", date(2024, 8, 8)),
        ("Published On 14 Jan 202514 Jan 2025", date(2025, 1, 14)),
        ("Wednesday, 28. August 2024", date(2024, 8, 28)),
        ("Saturday, September 14, 2024 · A6", date(2024, 9, 14)),
        ("Issue 11/2025 | Monday 17 March 2025", date(2025, 3, 17)),
        ("OSW Commentary NUMBER 658 | 19.03.2025", date(2025, 3, 19)),
    ],
)
def test_a_header_stamp_is_of_the_first_publication_among_its_furniture(line: str, day: date) -> None:
    assert stamp_line_day(line) == day


def test_title_blocks_head_the_text_after_them_only_on_a_page_of_them() -> None:
    blog = "".join(
        f"Entry {i}\nFrom our bureau\n{i + 5}:30 p.m. ET, August 8, 2024\n\nText {i}.\n\n" for i in range(3)
    )
    items = list_items(blog)
    assert len(items) == 3 and blog[items[0][0] : items[0][1]].rstrip().endswith("Text 0.")
    article = (
        "Headline\nBy Anna Smith\nAug. 20, 2024\n\nRead also\nAn older story\nAug. 13, 2024\n\nBody text.\n"
    )
    assert all("Body text" not in article[a:b] for a, b, _ in list_items(article))


def test_a_page_with_one_stamped_block_is_no_list() -> None:
    article = (
        "Kursk: the front a year on\nBy Anna Smith\nAug. 6, 2025 · 09:00\n\nThe governor said on Monday ...\n"
    )
    assert list_items(article) == []


def test_a_stamp_is_read_inside_a_feeds_date_element_and_beside_a_site_headers_weather() -> None:
    assert stamp_line_day("<pubDate>Thu, 31 Oct 2024 17:44:00 +0000</pubDate>") == date(2024, 10, 31)
    assert stamp_line_day("Wednesday, 5 February 2025   Kyiv +1°C   USD 41.65   EUR 43.09") == date(
        2025, 2, 5
    )
    assert stamp_line_day("Wednesday, 5 February 2025   Kyiv lost 300 men") is None
    assert stamp_line_day("<published>2024-08-12T19:02:00Z</published>") == date(2024, 8, 12)
    # (a feed dumped to text keeps the element as a field)
    assert stamp_line_day("pubDate: Mon, 16 Dec 2024 22:40:00 +0000") == date(2024, 12, 16)
    assert stamp_line_day("pubDate: soon") is None
    # (a fact box's row with a sum of money is no stamp)
    assert stamp_line_day("September 25, 2024   USD 375 million   Drawdown") is None


def test_a_day_written_in_figures_is_a_time_phrase_and_a_chronology_entrys_day() -> None:
    from kursk_claims.text.dates import DAY_PREFIX, TIME_PHRASE

    found = [
        m.group(0) for m in TIME_PHRASE.finditer("The ministry said on 14.08.2024 and by 2024-08-27 that")
    ]
    assert found == ["on 14.08.2024", "by 2024-08-27"]
    assert resolve_time_phrase("on 14.08.2024", date(2025, 1, 15)) == "2024-08-14"
    assert resolve_time_phrase("on 2024-08-27", None) == "2024-08-27"
    assert resolve_time_phrase("on 31.02.2024", date(2025, 1, 15)) is None  # no such day
    # (not a version number, a longer run of figures, nor a month past twelve)
    assert TIME_PHRASE.search("version 1.12.2024.5, code 300.12.2024 and 1.2.20245") is None
    assert TIME_PHRASE.search("on 12.13.2024") is None
    entry = DAY_PREFIX.match("07.08.2024 — Gerasimov tells Putin that up to 1,000 servicemen crossed")
    assert entry is not None and entry.group(1) == "07.08.2024"
    assert DAY_PREFIX.match("8/14/24 — Syrskyi says") is None  # a slashed day: month or day first?


def test_a_time_set_off_by_commas_before_the_verb_is_an_aside_of_times_alone() -> None:
    before = "South Korea's intelligence service, on Monday this week, "
    assert time_aside(before, before.index("on Monday"))
    assert time_aside(before, before.index("this week"))
    # (an aside with more than times in it is no time's: "the agency, citing lawmakers on Monday, ...")
    other = "The agency, citing lawmakers on Monday, "
    assert not time_aside(other, other.index("on Monday"))
    assert not time_aside("The agency on Monday ", 11)
