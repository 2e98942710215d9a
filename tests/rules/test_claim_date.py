"""The claim-date rules, each on a hand-built parse."""

from __future__ import annotations

import pytest
from hand import context, parse

from kursk_claims.rules.attribution import Attribution
from kursk_claims.rules.claim_date import _claim_date
from kursk_claims.rules.day_headings import day_heading
from kursk_claims.rules.days_before import same_day
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.narrative import narrative_past
from kursk_claims.text.reporting import REPORT_VERB_FORM

SYRSKYI = ((0, 1, "PERSON"),)
SAID_ON = "Syrskyi said on Sunday Ukraine holds 90 sq km."
SAID_ON_ROWS = """
Syrskyi PROPN nsubj 1
said VERB ROOT 1 say VBD
on ADP prep 1
Sunday PROPN pobj 2
Ukraine PROPN nsubj 5
holds VERB ccomp 1 hold VBZ
90 NUM nummod 8
sq ADJ compound 8
km NOUN dobj 5
. PUNCT punct 1
"""
HAD_SAID = "Syrskyi had said Ukraine holds 90 sq km."
HAD_SAID_ROWS = """
Syrskyi PROPN nsubj 2
had AUX aux 2 have VBD
said VERB ROOT 2 say VBN
Ukraine PROPN nsubj 4
holds VERB ccomp 2 hold VBZ
90 NUM nummod 7
sq ADJ compound 7
km NOUN dobj 4
. PUNCT punct 2
"""
BACKSHIFTED = "Syrskyi said the army had confirmed 90 deaths."
BACKSHIFTED_ROWS = """
Syrskyi PROPN nsubj 1
said VERB ROOT 1 say VBD
the DET det 3
army NOUN nsubj 5
had AUX aux 5 have VBD
confirmed VERB ccomp 1 confirm VBN
90 NUM nummod 7
deaths NOUN dobj 5 death
. PUNCT punct 1
"""
NAMED = Decision("claimant.reporting_verb", "test")


def said(doc_text: str, rows: str, doc_date: str | None, verb: int | None) -> tuple[str | None, str]:
    ctx = context(doc_text, {0: parse(doc_text, rows, SYRSKYI)}, doc_date)
    sdoc = ctx.parsed[0]
    att = Attribution("Oleksandr Syrskyi", "ukraine", NAMED, sdoc[verb] if verb is not None else None)
    got, why = _claim_date(ctx, att, ctx.sentences[0], sdoc)
    return got, why.rule


@pytest.mark.parametrize(
    ("text", "rows", "doc_date", "verb", "expected"),
    [
        (SAID_ON, SAID_ON_ROWS, "2024-08-14", 1, ("2024-08-11", "date.statement_time")),
        (SAID_ON, SAID_ON_ROWS, "2024-08-14", None, ("2024-08-14", "date.document_date")),
        (SAID_ON, SAID_ON_ROWS, None, None, (None, "date.no_document_date")),
        (HAD_SAID, HAD_SAID_ROWS, "2024-08-14", 2, (None, "date.past_perfect")),
        (BACKSHIFTED, BACKSHIFTED_ROWS, "2024-08-14", 1, ("2024-08-14", "date.document_date")),
    ],
    ids=[
        "time-on-the-verb",
        "no-time-on-the-verb",
        "no-document-date",
        "past-perfect",
        "reported-speech-backshift",
    ],
)
def test_claim_date_rule(
    text: str, rows: str, doc_date: str | None, verb: int | None, expected: tuple[str | None, str]
) -> None:
    assert said(text, rows, doc_date, verb) == expected


@pytest.mark.parametrize(("name", "expected"), [(None, "2024-08-14"), ("Oleksandr Syrskyi", "2024-08-01")])
def test_article_voice_and_same_claimant(name: str | None, expected: str) -> None:
    text = "Ukraine lost 500 soldiers."
    rows = """
Ukraine PROPN nsubj 1
lost VERB ROOT 1 lose VBD
500 NUM nummod 3
soldiers NOUN dobj 1 soldier
. PUNCT punct 1
"""
    ctx = context(text, {0: parse(text, rows)}, "2024-08-14")
    ctx.dated_statements.append((0, "Oleksandr Syrskyi", "2024-08-01"))
    att = Attribution(name, None, NAMED)
    got, why = _claim_date(ctx, att, ctx.sentences[0], ctx.parsed[0])
    assert (got, why.rule) == (expected, "date.article_voice" if name is None else "date.same_claimant")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acting governor Alexei Smirnov gave a televised update on Wednesday evening.",
            [(0, "Alexei Smirnov", "2024-08-14")],
        ),
        (
            "Valery Gerasimov reported to Putin on Wednesday that the operation was over.",
            [(0, "Valery Gerasimov", "2024-08-14")],
        ),
        ("The update on Wednesday named no one.", []),
        (
            "General Oleksandr Syrskyi said in remarks released late on Tuesday that troops advanced.",
            [(0, "Oleksandr Syrskyi", "2024-08-13")],
        ),
        ("The Institute for the Study of War will not publish an assessment on Monday.", []),
        ("The General Staff published the figures on Wednesday.", [(0, "General Staff", "2024-08-14")]),
        ("The photo posted on Wednesday shows a burnt tank.", []),
        (  # an object with no determiner
            "The General Staff also published updated figures on Wednesday for Russian losses.",
            [(0, "General Staff", "2024-08-14")],
        ),
        (  # the occasion of speech set before its speaker, with its day
            "Speaking at a forum in Kyiv on Tuesday alongside President Volodymyr Zelensky, Commander-in-Chief "
            "Oleksandr Syrskyi said 100 settlements were under Ukrainian control.",
            [(0, "Oleksandr Syrskyi", "2024-08-13")],
        ),
        ("Speaking at a forum in Kyiv on Tuesday, the troops were tired.", []),  # no report, no speaker
    ],
)
def test_dated_statements_read_statement_nouns_and_reports_to(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    from kursk_claims.rules.dated_statements import _dated_statements
    from kursk_claims.text.segment import split_sentences

    got = _dated_statements(split_sentences(text), "2024-08-15")
    assert sorted(set(got)) == expected


EARLIER = "Syrskyi earlier said Ukraine holds 90 sq km."
EARLIER_ROWS = """
Syrskyi PROPN nsubj 2
earlier ADV advmod 2
said VERB ROOT 2 say VBD
Ukraine PROPN nsubj 4
holds VERB ccomp 2 hold VBZ
90 NUM nummod 7
sq ADJ compound 7
km NOUN dobj 4
. PUNCT punct 2
"""
PREVIOUS_CLAIMS = "Syrskyi said, down from previous claims that it held 1,400 sq km."
PREVIOUS_CLAIMS_ROWS = """
Syrskyi PROPN nsubj 1
said VERB ROOT 1 say VBD
, PUNCT punct 1
down ADV advmod 1
from ADP prep 3
previous ADJ amod 6
claims NOUN pobj 4 claim
that SCONJ mark 9
it PRON nsubj 9
held VERB acl 6 hold VBD
1,400 NUM nummod 12
sq ADJ compound 12
km NOUN dobj 9
. PUNCT punct 1
"""


@pytest.mark.parametrize(
    ("text", "rows", "number", "expected"),
    [
        (EARLIER, EARLIER_ROWS, 5, (None, "date.earlier_statement")),
        (PREVIOUS_CLAIMS, PREVIOUS_CLAIMS_ROWS, 10, (None, "date.earlier_statement")),
        (SAID_ON, SAID_ON_ROWS, 6, ("2024-08-11", "date.statement_time")),  # a time on the verb decides first
    ],
    ids=["earlier-on-the-verb", "previous-claims-over-the-figure", "time-on-the-verb-first"],
)
def test_an_earlier_statement_without_a_time_is_undated(
    text: str, rows: str, number: int, expected: tuple[str | None, str]
) -> None:
    ctx = context(text, {0: parse(text, rows, SYRSKYI)}, "2024-08-14")
    sdoc = ctx.parsed[0]
    att = Attribution("Oleksandr Syrskyi", "ukraine", NAMED, sdoc[1] if text != EARLIER else sdoc[2])
    got, why = _claim_date(ctx, att, ctx.sentences[0], sdoc, sdoc[number])
    assert (got, why.rule) == expected


def test_a_claimant_speaking_again_paragraphs_after_an_older_statement_is_the_news() -> None:
    text = "Syrskyi said on Sunday it held 90 sq km.\n\nSyrskyi said in June it held 900 sq km.\n\nSyrskyi said Ukraine holds 90 sq km."
    last = "Syrskyi said Ukraine holds 90 sq km."
    rows = """
Syrskyi PROPN nsubj 1
said VERB ROOT 1 say VBD
Ukraine PROPN nsubj 3
holds VERB ccomp 1 hold VBZ
90 NUM nummod 6
sq ADJ compound 6
km NOUN dobj 3
. PUNCT punct 1
"""
    ctx = context(text, {2: parse(last, rows, SYRSKYI)}, "2024-08-14")
    ctx.dated_statements.extend([(0, "Oleksandr Syrskyi", "2024-08-11"), (1, "Oleksandr Syrskyi", "2024-06")])
    sdoc = ctx.parsed[2]
    got, why = _claim_date(
        ctx, Attribution("Oleksandr Syrskyi", "ukraine", NAMED, sdoc[1]), ctx.sentences[2], sdoc
    )
    assert (got, why.rule) == (
        "2024-06",
        "date.same_claimant",
    )  # no statement on the document date: the nearest
    ctx.dated_statements[0] = (0, "Oleksandr Syrskyi", "2024-08-14")
    got, why = _claim_date(
        ctx, Attribution("Oleksandr Syrskyi", "ukraine", NAMED, sdoc[1]), ctx.sentences[2], sdoc
    )
    assert (got, why.rule) == ("2024-08-14", "date.same_claimant_news")
    # without a verb of its own in the sentence, the older statement carries on
    got, why = _claim_date(
        ctx, Attribution("Oleksandr Syrskyi", "ukraine", NAMED, None), ctx.sentences[2], sdoc
    )
    assert (got, why.rule) == ("2024-06", "date.same_claimant")


def test_a_when_clause_dates_its_statement_by_the_time_it_hangs_on() -> None:
    text = "No update since 27 August, when Syrskyi said Ukraine held 90 sq km."
    rows = """
No DET det 1
update NOUN ROOT 1
since ADP prep 1
27 NUM nummod 4
August PROPN pobj 2
, PUNCT punct 4
when ADV advmod 8
Syrskyi PROPN nsubj 8
said VERB relcl 4 say VBD
Ukraine PROPN nsubj 10
held VERB ccomp 8 hold VBD
90 NUM nummod 13
sq ADJ compound 13
km NOUN dobj 10
. PUNCT punct 1
"""
    ctx = context(text, {0: parse(text, rows, ((7, 8, "PERSON"),))}, "2024-10-03")
    sdoc = ctx.parsed[0]
    got, why = _claim_date(
        ctx, Attribution("Oleksandr Syrskyi", "ukraine", NAMED, sdoc[8]), ctx.sentences[0], sdoc
    )
    assert (got, why.rule) == ("2024-08-27", "date.when_clause")


NARRATIVE = "The offensive began in August 2024.\n"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            NARRATIVE + "Within weeks, Syrskyi said his forces had taken 1,300 sq km.",
            "Oleksandr Syrskyi",
            "2024-08",
        ),
        # the sentence speaks of the present: the narrative is over
        (NARRATIVE + "Ukraine now holds barely 500 sq km, Syrskyi said.", "Oleksandr Syrskyi", None),
        (
            NARRATIVE + "Russian forces currently hold 80% of it, the ministry said.",
            "Russian Defence Ministry",
            None,
        ),
        # the same claimant spoke, without a time, after the narrative's date: the figure carries on
        (
            NARRATIVE
            + "Gen. Sergei Rudskoi declared that Russia was advancing. He also stated that it held 75%.",
            "Sergei Rudskoi",
            None,
        ),
        # another speaker between the two does not end the narrative
        (
            NARRATIVE + "Zelensky declared that Ukraine would hold. Rudskoi stated that Russia held 75%.",
            "Sergei Rudskoi",
            "2024-08",
        ),
        (
            NARRATIVE + "The institute said in its latest assessment that Ukraine held less than 10 sq km.",
            "Institute for the Study of War",
            None,
        ),
        (
            NARRATIVE + "Rudskoi stated that its latest assault had cost Ukraine 75% of the area.",
            "Sergei Rudskoi",
            "2024-08",
        ),
    ],
    ids=[
        "narrative",
        "now",
        "currently",
        "same-claimant-spoke",
        "other-speaker",
        "its-latest-assessment",
        "its-latest-assault",
    ],
)
def test_narrative_past(text: str, name: str, expected: str | None) -> None:
    ctx = context(text, {}, "2025-02-20")
    assert narrative_past(ctx, ctx.sentences[-1], name) == expected


def test_a_statement_made_to_the_page_s_outlet_is_no_narrative_past() -> None:
    from dataclasses import replace

    text = NARRATIVE + "Kravets told DW that his brigade had captured 37 Russian soldiers."
    ctx = context(text, {}, "2025-02-20")
    assert narrative_past(ctx, ctx.sentences[-1], "Kravets") == "2024-08"  # no outlet known
    ctx = replace(ctx, document=replace(ctx.document, outlet="DW (Deutsche Welle)"))
    assert narrative_past(ctx, ctx.sentences[-1], "Kravets") is None


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("said", True),
        ("emphasized", True),
        ("tallied", True),
        ("stresses", True),
        ("admitted", True),
        ("saying", False),
    ],
)
def test_report_verb_forms_are_derived_from_the_lemma_list(word: str, found: bool) -> None:
    assert bool(REPORT_VERB_FORM.fullmatch(word)) is found


# a weekly digest sent on Monday 12 August 2024, its days as headings
DIGEST = (
    "The week in Kursk\n"
    "MONDAY\n"
    "Kyiv said its troops held 1,000 square kilometres.\n"
    "WEDNESDAY\n"
    "Moscow said Ukraine had lost 2,000 soldiers.\n"
    "SUNDAY\n"
    "ISW said Russian forces retook 3 settlements.\n"
)
TITLED = (
    "Kursk watch\n"
    "► Aug. 5 — Prisoner swap\n"
    "Zelensky said 115 Ukrainians came home.\n"
    "► Aug. 7 — New push\n"
    "DeepState reported gains of up to 5 kilometres.\n"
)
WEEK_AHEAD = (
    "The week ahead\n"
    "Tuesday — NATO meets\n"
    "NATO ministers are expected to discuss 10,000 more troops.\n"
    "Friday — UN vote\n"
    "Diplomats said 600 Russian soldiers were held.\n"
)
LIVE_BLOG = (
    "War live: troops push into Kursk\n"
    "Key events\n"
    "Thu 8 Aug: ISW says Ukrainian troops advanced at least 10km\n"
    "Wednesday 7 August\n"
    "Gerasimov said Ukraine had lost up to 315 servicemen.\n"
    "Thursday 8 August\n"
    "The ministry now says Ukraine has lost up to 945 troops.\n"
)


STAMPED = (
    "Kursk: live\n"
    "9 August 2024, 10:05\n"
    "The ministry says Ukraine has lost up to 280 troops.\n"
    "8 August 2024, 21:47\n"
    "Zelensky said Ukrainian forces held 74 settlements.\n"
)


ROUND_UP = (
    "The week in Kursk\n\n"
    "Wednesday. The ministry said its troops had retaken two villages.\n\n"
    "Thursday. Kyiv said its forces held 1,100 sq km.\n\n"
    "On the whole the line barely moved.\n"
)


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        (LIVE_BLOG, "Thu 8 Aug: ISW", "2024-08-08"),  # an entry that opens with its day
        (LIVE_BLOG, "Gerasimov said", "2024-08-07"),
        (LIVE_BLOG, "The ministry now", "2024-08-08"),
        (LIVE_BLOG, "War live", None),  # above the first heading: the page's date
        # a single date line (a byline) is no live blog's heading
        ("Headline\nAugust 7, 2024\nThe ministry said Ukraine lost 945 troops.\n", "The ministry", None),
        (DIGEST, "Kyiv said", "2024-08-05"),  # "MONDAY" in a digest sent on Monday 12 August: the week before
        (DIGEST, "Moscow said", "2024-08-07"),
        (DIGEST, "ISW said", "2024-08-11"),
        (TITLED, "Zelensky said", "2024-08-05"),  # "► Aug. 5 — Prisoner swap"
        (TITLED, "DeepState reported", "2024-08-07"),
        (TITLED, "► Aug. 7", "2024-08-07"),  # a heading's own words are of its day
        (WEEK_AHEAD, "NATO ministers", None),  # two weekday lines: no record of days past
        (STAMPED, "Zelensky said", "2024-08-08"),  # "8 August 2024, 21:47": a day with its time
        (STAMPED, "The ministry says", "2024-08-09"),
        (ROUND_UP, "The ministry said", "2024-08-07"),  # "Wednesday. The ministry said ..." on Sat 10 Aug
        (ROUND_UP, "Kyiv said", "2024-08-08"),
        (ROUND_UP, "On the whole", None),  # a paragraph with no label of its own
    ],
    ids=[
        "entry-opening-with-its-day",
        "under-first-heading",
        "under-second-heading",
        "above",
        "lone-date-line",
        "weekday-heading-a-week-back",
        "weekday-heading-midweek",
        "weekday-heading-last",
        "bulleted-heading-with-title",
        "bulleted-heading-second",
        "heading-own-line",
        "week-ahead-is-no-digest",
        "stamped-heading-first",
        "stamped-heading-second",
        "round-up-paragraph-labelled-with-its-weekday",
        "round-up-next-label",
        "round-up-unlabelled-paragraph",
    ],
)
def test_a_live_blog_s_day_heading_dates_its_entries(text: str, sentence: str, expected: str | None) -> None:
    ctx = context(text, {}, "2024-08-12" if text is DIGEST else "2024-08-10")
    s = next(x for x in ctx.sentences if x.text.startswith(sentence))
    assert day_heading(ctx, s) == expected


HIT_BACK = "The ministry hit back yesterday, insisting Kyiv had lost 74 tanks."
HIT_BACK_ROWS = """
The DET det 1
ministry NOUN nsubj 2
hit VERB ROOT 2 hit VBD
back ADV advmod 2
yesterday NOUN npadvmod 2
, PUNCT punct 2
insisting VERB advcl 2 insist VBG
Kyiv PROPN nsubj 9
had AUX aux 9 have VBD
lost VERB ccomp 6 lose VBN
74 NUM nummod 11
tanks NOUN dobj 9 tank
. PUNCT punct 2
"""
CLAIMING = "Ukraine launched its incursion on Aug. 6, claiming to initially seize 1,300 sq km."
CLAIMING_ROWS = """
Ukraine PROPN nsubj 1
launched VERB ROOT 1 launch VBD
its PRON poss 3
incursion NOUN dobj 1
on ADP prep 1
Aug. PROPN pobj 4
6 NUM nummod 5
, PUNCT punct 1
claiming VERB advcl 1 claim VBG
to PART aux 11
initially ADV advmod 11
seize VERB xcomp 8
1,300 NUM nummod 14
sq ADJ compound 14
km NOUN dobj 11
. PUNCT punct 1
"""


SPEAKING = "The general, speaking on Thursday, said Kyiv had taken 82 settlements."
SPEAKING_ROWS = """
The DET det 1
general NOUN nsubj 7
, PUNCT punct 1
speaking VERB advcl 1 speak VBG
on ADP prep 3
Thursday PROPN pobj 4
, PUNCT punct 1
said VERB ROOT 7 say VBD
Kyiv PROPN nsubj 10
had AUX aux 10 have VBD
taken VERB ccomp 7 take VBN
82 NUM nummod 12
settlements NOUN dobj 10 settlement
. PUNCT punct 7
"""


@pytest.mark.parametrize(
    ("text", "rows", "verb", "expected"),
    [
        (HIT_BACK, HIT_BACK_ROWS, 6, ("2024-08-15", "date.statement_time")),
        # an earlier claim the participle marks as such stays undated
        (CLAIMING, CLAIMING_ROWS, 8, (None, "date.earlier_statement")),
        (SPEAKING, SPEAKING_ROWS, 7, ("2024-08-15", "date.statement_time")),
    ],
    ids=["participle-takes-its-head-s-time", "earlier-claim-stays-undated", "the-speaker-s-participle"],
)
def test_a_participle_s_statement_is_made_when_its_head_s_act_is(
    text: str, rows: str, verb: int, expected: tuple[str | None, str]
) -> None:
    ctx = context(text, {0: parse(text, rows)}, "2024-08-16")
    sdoc = ctx.parsed[0]
    att = Attribution("Russian Defense Ministry", "russia", NAMED, sdoc[verb])
    got, why = _claim_date(ctx, att, ctx.sentences[0], sdoc, next(t for t in sdoc if t.like_num))
    assert (got, why.rule) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv said on 3 April that 1,600 had left.\nOfficials said the same day that 400 had returned.",
            "2024-04-03",
        ),
        (
            "Kyiv said on 3 April that 1,600 had left.\nA day earlier, officials said 400 had returned.",
            "2024-04-02",
        ),
        (
            "Moscow said on Sunday it held the town, while Rybar put it on the same day at 30 sq km.",
            "2024-04-07",
        ),
        ("Since 6 August, 1,600 have left.\nOfficials said the same day that 400 had returned.", None),
        (
            "Putin visited a command post on 3 April. There, Gerasimov told him 400 had been captured.",
            "2024-04-03",
        ),
        (
            "Putin chaired a meeting on 3 April.\nAt that meeting, Gerasimov said 400 had been captured.",
            "2024-04-03",
        ),
        ("Putin visited a command post on 3 April. There are 400 prisoners, Gerasimov said.", None),
        (
            "The brigade posted its video on 9 April.\nIt comes a day after the intelligence agency, the HUR, "
            "said 40 soldiers had been killed.",
            "2024-04-08",
        ),
        ("Two days after the incursion began, Syrskyi said 40 villages were held.", None),
        (
            "Moscow said on 9 April that 945 had been lost since the troops crossed on 6 April.\n"
            "A day earlier the ministry had put the losses at 660.",
            "2024-04-08",
        ),
        (
            "The governor held a meeting on 3 April. He promised all claims made before 1 February would be "
            "paid.\nAt the same meeting, he said 400 had returned.",
            "2024-04-03",
        ),
        (
            "Putin chaired a meeting on 3 April.\nDuring the meeting, Gerasimov said 400 had been captured.",
            "2024-04-03",
        ),
        (
            "Smirnov spoke to Putin on 3 April.\nHours later, Syrskyi said 1,000 sq km were held.",
            "2024-04-03",
        ),
        ("Smirnov spoke to Putin on 3 April.\n48 hours later, Syrskyi said 1,000 sq km were held.", None),
    ],
    ids=[
        "same-day",
        "a-day-earlier",
        "same-sentence",
        "never-a-period-start",
        "there",
        "at-that-meeting",
        "there-is",
        "comes-a-day-after-x-said",
        "days-after-an-event-date-no-statement",
        "the-statement-s-day-before-an-event-s",
        "at-the-same-meeting-never-a-deadline",
        "during-the-meeting",
        "hours-later",
        "not-48-hours-later",
    ],
)
def test_the_same_day_is_the_day_named_before(text: str, expected: str | None) -> None:
    ctx = context(text, {}, "2024-04-10")
    got = same_day(ctx, ctx.sentences[-1])
    assert (got[0] if got else None) == expected


def test_a_statement_speaker_is_the_name_after_its_title() -> None:
    from kursk_claims.rules.dated_statements import _first_known

    # the title's last word runs into the name: the name is its last words
    assert _first_known(["Ukraine Oleksandr Syrskyi", "Armed Forces"]) == "Oleksandr Syrskyi"
    # an institution the registry cannot place without the article's side stays as written
    assert _first_known(["General Staff"]) == "General Staff"
    assert _first_known(["Thursday"]) is None


def test_an_institution_as_written_is_the_claimant_whose_name_holds_it() -> None:
    from kursk_claims.rules.dated_statements import same_speaker

    assert same_speaker("General Staff", "Ukrainian General Staff")
    assert same_speaker("Oleksandr Syrskyi", "Oleksandr Syrskyi")
    assert not same_speaker("Oleksandr Syrskyi", "Volodymyr Zelensky")
    assert not same_speaker("General Staff", None)
    # a name the registry knows is matched only as itself
    assert not same_speaker("Volodymyr Zelensky", "Office of Volodymyr Zelensky")


def test_an_institution_as_written_inside_two_claimants_is_neither() -> None:
    from kursk_claims.rules.dated_statements import same_speaker

    both = {"Russian General Staff", "Ukrainian General Staff"}
    assert not same_speaker("General Staff", "Ukrainian General Staff", both)
    assert same_speaker("General Staff", "Ukrainian General Staff", {"Ukrainian General Staff"})


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Update, Aug. 14: The ministry said Ukraine had lost 300 troops.", "2024-08-14"),
        (
            "Updated Jan. 3: Kyiv said it held 500 square kilometres.",
            "2025-01-03",
        ),  # after the page: next year
        (
            "UPDATE, Aug. 14, 09:40: The ministry said Ukraine had lost 300 troops.",
            "2024-08-14",
        ),  # with its time
        ("Update: The ministry said Ukraine had lost 300 troops.", None),  # no day given
    ],
)
def test_an_update_added_to_a_story_is_of_its_own_day(line: str, expected: str | None) -> None:
    ctx = context("Headline\nThe first story.\n" + line + "\n", {}, "2024-08-10")
    s = next(x for x in ctx.sentences if x.text.startswith(line[:8]))
    assert day_heading(ctx, s) == expected


def test_an_updates_day_before_its_colon_is_no_subject() -> None:
    from kursk_claims.rules.tree import _is_line_label

    doc = parse(
        "Update, Dec. 14: ISW said",
        """
Update NOUN nsubj 6
, PUNCT punct 0
Dec. PROPN npadvmod 0
14 NUM nummod 2
: PUNCT punct 0
ISW PROPN nsubj 6
said VERB ROOT 6 say VBD
""",
    )
    assert _is_line_label(doc[0]) is True
    assert _is_line_label(doc[5]) is False


@pytest.mark.model
def test_a_live_blog_entry_is_not_dated_by_the_same_speaker_in_the_entry_above(nlp) -> None:  # type: ignore[no-untyped-def]
    from conftest import claim_in, run

    text = (
        "War live: Kursk\n\n"
        "Mon 6 Jan 2025 10.12 GMT\n"
        "Russia's defence ministry said on Monday morning that its forces had destroyed four tanks.\n\n"
        "Sun 5 Jan 2025 18.25 GMT\n"
        "Russia's defence ministry says its troops have repelled the attack. It said drones had hit two tanks.\n"
    )
    c = claim_in(run(nlp, text, "2025-01-06").claims, text, "two tanks")
    assert c.claim_date == "2025-01-05", c.evidence


def test_the_verb_that_reports_a_backshifted_statement_dates_it() -> None:
    text = "Syrskyi said on Thursday he had confirmed 1,270 deaths."
    rows = """
Syrskyi PROPN nsubj 1
said VERB ROOT 1 say VBD
on ADP prep 1
Thursday PROPN pobj 2
he PRON nsubj 7
had AUX aux 7 have VBD
confirmed VERB ccomp 1 confirm VBN
1,270 NUM nummod 9
deaths NOUN dobj 7 death
. PUNCT punct 1
"""
    # the claimant found as the subject of 'confirmed': 'said on Thursday' dates the statement
    got, rule = said(text, rows, "2024-11-09", 6)
    assert (got, rule) == ("2024-11-07", "date.statement_time")


def test_a_day_the_parser_hung_off_its_preposition_still_dates_the_verb() -> None:
    text = "On 12 August Syrskyi told Zelensky his troops held 1,000 sq km."
    rows = """
On ADP prep 4
12 NUM nummod 2
August PROPN compound 3
Syrskyi PROPN nsubj 4
told VERB ROOT 4 tell VBD
Zelensky PROPN dobj 4
his PRON poss 7
troops NOUN nsubj 8
held VERB ccomp 4 hold VBD
1,000 NUM nummod 11
sq ADJ amod 11
km NOUN dobj 8
. PUNCT punct 4
"""
    got, rule = said(text, rows, "2025-04-10", 4)
    assert (got, rule) == ("2024-08-12", "date.statement_time")


STATEMENT_TIMES = [
    pytest.param(
        "The front held until the spring. The peak came in late August, when Oleksandr Syrskyi put Ukrainian "
        "control at nearly 1,300 square kilometres.",
        "1,300 square kilometres",
        "2024-08",
        "date.when_clause",
        id="a-when-clause-on-a-time-with-its-preposition",
    ),
    pytest.param(
        "The new figure is far above the one the NIS gave in mid-January, when it told lawmakers that about "
        "300 North Korean troops had died.",
        "300 North Korean troops",
        "2025-01",
        "date.when_clause",
        id="a-when-clause-on-the-verb-that-holds-the-time",
    ),
    pytest.param(
        "Syrskyi, writing on Telegram on Nov. 18, claimed that Russia had lost more than 21,000 servicemen.",
        "21,000 servicemen",
        "2024-11-18",
        "date.statement_time",
        id="a-participle-the-parser-joined-to-the-speaker",
    ),
    pytest.param(
        "Speaking on Monday at a ceremony in Kyiv, Syrskyi claimed the operation had drawn around 60,000 "
        "Russian troops away from the Donbas.",
        "60,000",
        "2025-02-24",
        "date.statement_time",
        id="a-speaking-participle-before-the-verb",
    ),
    pytest.param(
        "In January, Ukraine's commander-in-chief Oleksandr Syrskyi still spoke of about 600 square kilometres "
        "under Ukrainian control.",
        "600 square kilometres",
        "2025-01",
        "date.statement_time",
        id="spoke-of-reports",
    ),
    pytest.param(
        "Six months ago, Oleksandr Syrskyi sat across a table from Volodymyr Zelensky and told him that "
        "Ukrainian troops controlled about 1,000 square kilometres of Russia's Kursk region.",
        "1,000 square kilometres",
        "2024-08",
        "date.statement_time",
        id="the-time-set-before-the-subject-of-two-joined-verbs",
    ),
    pytest.param(
        "At its peak in late August, the Ukrainian-held zone stretched across some 1,300 square kilometers, "
        "Commander-in-Chief Oleksandr Syrskyi said at the time.",
        "1,300 square kilometers",
        "2024-08",
        "date.at_the_time",
        id="said-at-the-time-the-sentence-names",
    ),
    pytest.param(
        "Figures for January, published by Ukraine's General Staff on Feb. 3, show that Russia lost "
        "more than 9,000 troops in the Kursk region.",
        "more than 9,000 troops",
        "2025-02-03",
        "date.statement_time",
        id="figures-dated-by-their-publishing",
    ),
    pytest.param(
        "Russian forces have recaptured about 45% of the territory Ukraine seized, according to an analysis "
        "published on Friday by Black Bird Group.",
        "about 45%",
        "2025-02-21",
        "date.pattern_time",
        id="according-to-an-analysis-published-on-a-day",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quote", "expected", "rule"), STATEMENT_TIMES)
def test_the_time_a_clause_sets_dates_the_statement(
    nlp, text: str, quote: str, expected: str, rule: str
) -> None:  # type: ignore[no-untyped-def]
    from conftest import claim_at

    c = claim_at(nlp, text, quote, "2025-02-27")
    assert (c.claim_date, c.evidence["claim_date"]["rule"]) == (expected, rule), c.evidence
    assert c.claimant is not None and "," not in c.claimant


@pytest.mark.model
def test_a_speaker_going_on_keeps_the_day_of_their_dated_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    from conftest import claim_in, run

    text = (
        "Kursk\n\n"
        "Putin visited a command post on Wednesday. The day before, Valery Gerasimov told Putin that Russian "
        "forces had cleared more than 1,100 square kilometres. Gerasimov said 430 Ukrainian soldiers had been "
        "taken prisoner.\n\n"
        "Timeline\n\n"
        "August 15, 2024 – Syrskyi says his forces control 82 settlements.\n\n"
        "August 20, 2024 – Syrskyi raises the figure to 93 settlements.\n"
    )
    claims = run(nlp, text, "2025-03-14").claims
    c = claim_in(claims, text, "430 Ukrainian soldiers")  # goes on from the statement of the day before
    assert (c.claim_date, c.evidence["claim_date"]["rule"]) == ("2025-03-11", "date.goes_on"), c.evidence
    entry = claim_in(claims, text, "93 settlements")  # a dated entry of its own
    assert entry.claim_date == "2024-08-20", entry.evidence
