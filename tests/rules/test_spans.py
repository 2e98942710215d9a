"""Attribution spans (`rules.spans`): a source introduced earlier speaks until another is introduced.

The text-only helpers are tested alone; the rule itself on short hand-written articles through the
model (the parse of each sentence is what it reads)."""

from __future__ import annotations

import pytest

from conftest import claim_in, run
from kursk_claims.rules.spans import WRITER_ASIDE, Speaker, _dated_narrative, _framed, _runs_on
from kursk_claims.text import dates
from kursk_claims.text.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "framed"),
    [
        ("The ministry said in its daily report:", True),
        ("Smirnov gave a televised update on the situation.", True),
        ("According to an analysis by the institute, the front has stalled.", True),
        ("It listed the following losses.", True),
        ("Syrskyi said the troops held on.", False),
        ("The ministry said in a statement that it had repelled attacks.", False),
    ],
)
def test_framed(text: str, framed: bool) -> None:
    assert _framed(text) is framed


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("In one exchange in mid-September, 103 servicemen came home.", True),
        ("Since August, 78 civilians have been killed.", False),  # the period a tally covers
        ("The offensive launched in August 2024 took 1,000 sq km.", True),
        ("Since the start of the incursion, 12 civilians have been killed.", False),
        ("Russian troops had liberated more than 1,100 square kilometres.", False),
    ],
)
def test_dated_narrative(text: str, dated: bool) -> None:
    assert _dated_narrative(text) is dated


def test_the_date_of_footage_is_no_narrative_with_footage() -> None:
    text = "Geolocated footage from August 9 shows armoured vehicles 12 km from the border."
    assert _dated_narrative(text) is True
    assert _dated_narrative(text, footage=True) is False
    assert _dated_narrative("In mid-August, footage emerged of 12 vehicles.", footage=True) is True


ARTICLE = (
    "Headline\n"
    "The governor gave a televised update on Wednesday.\n"
    "More than 121,000 residents have left.\n"
    "Twelve civilians have been killed.\n"
    "Kyiv has not commented.\n"
    "Ukrainian forces had taken 28 settlements, he went on.\n"
    "Meanwhile, in Sumy, 40 villages are shelled daily."
)


def _speaker(sent: int, framed: bool) -> Speaker:
    return Speaker("Alexei Smirnov", "russia", "governor", sent, framed, "2024-08-14")


@pytest.mark.parametrize(
    ("speaker_sent", "framed", "last", "idx", "runs"),
    [
        (1, True, 1, 2, True),  # the next paragraph after a framed opener
        (1, True, 1, 3, True),  # still within MAX_PARAGRAPHS
        (1, False, 1, 3, False),  # an unframed speaker does not reach two paragraphs on
        (1, False, 5, 6, False),  # a new paragraph, unframed, no backshift, no list: the report ended
    ],
)
def test_runs_on(speaker_sent: int, framed: bool, last: int, idx: int, runs: bool) -> None:
    sentences = split_sentences(ARTICLE)
    assert _runs_on(sentences, _speaker(speaker_sent, framed), last, idx) is runs


def test_runs_on_the_next_sentence_of_a_paragraph_and_into_backshifted_speech() -> None:
    text = "Gerasimov reported to Putin. Troops had retaken 86 per cent.\nThey had taken 430 prisoners."
    sentences = split_sentences(text)
    plain = Speaker("Valery Gerasimov", "russia", "gerasimov", 0, False, None)
    assert _runs_on(sentences, plain, 0, 1)  # the next sentence of the same paragraph
    assert _runs_on(sentences, plain, 1, 2)  # a new paragraph in past perfect: reported speech


def _claims(nlp, text: str, published: str | None = "2024-08-15"):  # type: ignore[no-untyped-def]
    return run(nlp, text, published).claims


SPANS = [
    pytest.param(
        "Kursk Governor Gives Update\n\n"
        "Acting governor Alexei Smirnov gave a televised update on Wednesday evening.\n\n"
        "More than 121,000 residents have left the border districts.\n\n"
        "Since the start of the incursion, 12 civilians have been killed and 121 wounded.",
        "121 wounded",
        ("Alexei Smirnov", "2024-08-14"),
        id="televised-update-over-paragraphs",
    ),
    pytest.param(
        "Gerasimov Reports To Putin\n\n"
        "Valery Gerasimov reported to Putin on Wednesday that the operation was nearly over. "
        "Russian troops had liberated more than 1,100 square kilometres.\n\n"
        "Over the past five days alone, 24 settlements had been recaptured.",
        "24 settlements",
        ("Valery Gerasimov", "2024-08-14"),
        id="report-to-a-head-of-state-backshifted",
    ),
    pytest.param(
        "Losses\n\nThe Russian Defense Ministry said on Thursday:\n\n"
        "- Ukraine lost up to 290 servicemen.\n- Ukraine lost four armoured vehicles.",
        "four armoured",
        ("Russian Defense Ministry", None),
        id="list-after-an-intro-line",
    ),
    pytest.param(
        "Losses Report\n\nUkraine's General Staff published its daily tally of Russian losses on Monday. "
        "It listed the following:\n\n- 1,250 soldiers\n- 12 tanks\n- 30 artillery systems",
        "30 artillery",
        ("Ukrainian General Staff", "2024-08-12"),
        id="it-listed-the-following",
    ),
    pytest.param(
        "Governor Update\n\nGovernor Alexander Khinshtein posted a video address on Telegram on Tuesday.\n\n"
        "He said the situation in the border districts remained tense.\n\n"
        "Since August, 78 civilians have been killed in the region.",
        "78 civilians",
        ("Alexander Khinshtein", "2024-08-13"),
        id="framing-carried-from-the-speaker-s-earlier-sentence",
    ),
    pytest.param(
        "Kursk Front\n\nThe Institute for the Study of War reports.\n\n"
        "Geolocated footage from August 9 shows that Ukrainian armoured vehicles have advanced "
        "about 12 km from the border.",
        "about 12 km",
        ("Institute for the Study of War", None),
        id="a-report-announced-as-a-whole-owns-the-footage-it-cites",
    ),
    pytest.param(
        'Losses\n\n"Over the past day the enemy lost 330 servicemen," the Russian Defense Ministry said.\n\n'
        "Artillery struck manpower in 14 areas. Since August, the enemy has lost over 24,200 servicemen.",
        "24,200",
        ("Russian Defense Ministry", None),
        id="a-side-s-own-words-carry-its-account-on",
    ),
    pytest.param(
        'Tally\n\n"On this day a year ago we went across," Col. Serhii Dovbenko wrote on his Telegram channel '
        'on Wednesday. "I am proud of you. Here is what the brigade did in Kursk, in numbers:"\n\n'
        "— enemy losses (killed and wounded): 4,870\n— tanks destroyed: 41",
        "41",
        ("Serhii Dovbenko", "2024-08-14"),
        id="a-list-a-quotation-introduces-is-its-speaker-s",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quote", "expected"), SPANS)
def test_speaker_span(nlp, text: str, quote: str, expected: tuple[str, str | None]) -> None:  # type: ignore[no-untyped-def]
    c = claim_in(_claims(nlp, text), text, quote)
    name, when = expected
    assert c.claimant == name, c.evidence
    assert c.evidence["claimant"]["rule"] in ("claimant.speaker_span", "claimant.list_intro"), c.evidence
    if when is not None:
        assert c.claim_date == when, c.evidence


@pytest.mark.model
def test_interview_answer_with_someone_the_registry_does_not_know(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Interview\n\nMaj. Oleksii Dmytrenko is deputy commander of a Ukrainian brigade.\n\n"
        "Q: What did you lose?\n\nA: We lost perhaps 40 or 50 square kilometres on the flank."
    )
    c = claim_in(_claims(nlp, text), text, "40 or 50")
    assert (c.claimant, c.claimant_side) == ("Oleksii Dmytrenko", "ukraine"), c.evidence


@pytest.mark.model
def test_interview_answer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Interview\n\nWe spoke to Ukrainian commander Oleksandr Syrskyi about the Kursk operation.\n\n"
        "Q: How much territory do you hold?\n\nA: We hold about 500 square kilometres."
    )
    c = claim_in(_claims(nlp, text), text, "about 500")
    assert c.claimant == "Oleksandr Syrskyi" and c.evidence["claimant"]["rule"] == "claimant.interview_answer"


NO_SPANS = [
    pytest.param(
        'Border\n\n"We are attacking," Syrskyi said in an online address on Monday.\n\n'
        "Russia reportedly deployed over 10,000 North Korean troops.",
        "10,000",
        id="reportedly-is-unnamed-reports",
    ),
    pytest.param(
        "Border\n\nSyrskyi said on Monday that his troops held 1,000 square kilometres.\n\n"
        "By the numbers:\n\n- Villages shelled daily: 40",
        "40",
        id="the-article-s-own-list",
    ),
    pytest.param(
        "Border\n\nKyiv says it has taken nearly 700 Russian soldiers prisoner. "
        "In one exchange in mid-September, 103 Ukrainian servicemen came home.",
        "103 Ukrainian",
        id="dated-narrative-in-the-writer-s-voice",
    ),
    pytest.param(
        "Border\n\nSyrskyi said on Monday that his troops held 1,000 square kilometres.\n\n"
        "The region covers 30,000 square kilometres.\n\n"
        "About 200 villages lie near the border.",
        "200 villages",
        id="a-new-paragraph-without-a-framed-report",
    ),
    pytest.param(
        "Border\n\nUkrainian forces hold 800 square kilometres, the institute wrote in its Wednesday update.\n\n"
        "Geolocated footage published on Tuesday shows a flag over a village some 19 kilometres from the border.",
        "some 19",
        id="footage-after-a-report-is-the-writer-s-unless-announced-as-a-whole",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quote"), NO_SPANS)
def test_no_speaker_span(nlp, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    c = claim_in(_claims(nlp, text), text, quote)
    assert c.evidence["claimant"]["rule"] != "claimant.speaker_span", c.evidence


_FACT_BOX = (
    "Key figures\n\nNorth Korean troops in Kursk: 11,000 (Ukrainian estimate); 10,000 (South Korea)\n\n"
    "Ground held at the peak: 1,300 square kilometres (500 square miles)"
)
# a broadcast's on-screen lines, opening with their source after the screen's label
_ON_SCREEN = (
    "ANCHOR: Good evening. The front in Kursk tonight.\n"
    "TICKER: General Staff: Russian losses over the past day — 1,180 personnel, 9 tanks\n"
    "GRAPHIC: ZELENSKY: ~4,000 NORTH KOREAN TROOPS KILLED OR WOUNDED\n"
    "ANALYST: Seoul thinks about 300 North Korean soldiers have died.\n"
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        (_FACT_BOX, "11,000", ("Ukrainian estimate", "ukraine")),
        (_FACT_BOX, "10,000", ("South Korea", None)),
        (_FACT_BOX, "1,300", (None, None)),  # "(500 square miles)" is a conversion, not a source
        (_ON_SCREEN, "1,180 personnel", ("Ukrainian General Staff", "ukraine")),
        (_ON_SCREEN, "9 tanks", ("Ukrainian General Staff", "ukraine")),
        (_ON_SCREEN, "~4,000", ("Volodymyr Zelensky", "ukraine")),
        (_ON_SCREEN, "300 North Korean", (None, None)),  # a speaker's turn is no on-screen line
    ],
)
def test_bracketed_source(nlp, text: str, quote: str, expected: tuple[str | None, str | None]) -> None:  # type: ignore[no-untyped-def]
    c = claim_in(_claims(nlp, text), text, quote)
    name, side = expected
    if name is None:
        assert c.evidence["claimant"]["rule"] != "claimant.bracketed_source", c.evidence
        return
    assert c.evidence["claimant"]["rule"] == "claimant.bracketed_source", c.evidence
    assert c.claimant is not None and name in c.claimant, c.evidence
    if side is not None:
        assert c.claimant_side == side


@pytest.mark.model
def test_floating_quote_is_the_last_person_quoted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Front\n\nUkrainian forces hold 1,263 square kilometres, Oleksandr Syrskyi said on Tuesday.\n\n"
        '"In some sectors we have gone 28 to 35 kilometres deep."'
    )
    c = claim_in(_claims(nlp, text), text, "28 to 35")
    assert c.claimant == "Oleksandr Syrskyi", c.evidence
    assert c.evidence["claimant"]["rule"] == "claimant.floating_quote"


@pytest.mark.model
def test_a_quotation_opening_its_paragraph_is_the_lead_in_s_subject_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Front\n\nThe major asked to be identified only by his call sign, Bereza. His unit crossed in August.\n\n"
        "Asked about his sector, Bereza answered for ten minutes.\n\n"
        '"My battalion holds about 6 kilometres of front. That is a lot for the men I have.\n\n'
        '"Since December we have counted more than 400 North Korean bodies in front of our positions."'
    )
    claims = _claims(nlp, text)
    for quote in ("about 6", "more than 400"):  # the lead-in's subject, then the quotation running on
        c = claim_in(claims, text, quote)
        assert (c.claimant, c.evidence["claimant"]["rule"]) == ("Bereza", "claimant.floating_quote"), (
            c.evidence
        )


@pytest.mark.model
def test_a_quotation_after_a_lead_in_about_a_place_has_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Front\n\nThe village of Sverdlikovo lies two kilometres from the border.\n\n"
        '"We lost about 40 men there in one week."'
    )
    c = claim_in(_claims(nlp, text), text, "about 40")
    assert c.evidence["claimant"]["rule"] != "claimant.floating_quote", c.evidence


@pytest.mark.model
def test_a_transcript_line_labelled_with_a_name_is_that_person_s_on_the_interview_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Interview\n\nMaj. Ostap Dzhus speaks for the Ukrainian forces in Kursk. This interview was conducted "
        "by phone on Monday.\n\nQ: What is the picture since August?\n\n"
        "Dzhus: We still control about 600 square kilometres.\n\n"
        "Q: Russia's Defence Ministry claims that Ukraine has lost more than 50,000 servicemen. Your view?"
    )
    c = claim_in(_claims(nlp, text), text, "about 600")
    assert (c.claimant, c.claimant_side) == ("Ostap Dzhus", "ukraine"), c.evidence
    assert (c.claim_date, c.evidence["claim_date"]["rule"]) == ("2024-08-12", "date.interview"), c.evidence
    q = claim_in(_claims(nlp, text), text, "50,000")
    assert q.claimant == "Russian Defense Ministry", q.evidence  # the "Q:" label is nobody
    assert q.claim_date == "2024-08-12", q.evidence  # a question relays a claim on the interview's day


@pytest.mark.model
@pytest.mark.parametrize(
    ("quote", "claimant", "date", "metric"),
    [
        ("about 1,300", "Oleksandr Syrskyi", "2024-08", "territory_km2"),
        ("roughly 500", "DeepState", "2025-02-05", "territory_km2"),
        ("around 11,000", "South Korea National Intelligence Service", "2024-11", "personnel"),
        ("38,000", "Volodymyr Zelensky", "2025-01-06", "casualties"),
        (
            "more than 900",
            "Coordination Headquarters for the Treatment of Prisoners of War",
            "2025-02-06",
            "prisoners",
        ),
        ("about 150,000", "Kursk regional authorities", "2025-02-06", "civilians"),
    ],
)
def test_a_fact_box_credits_and_dates_each_line(
    nlp, quote: str, claimant: str, date: str, metric: str
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Key Figures\n\n"
        "• Peak area held by Ukraine: about 1,300 sq km (Oleksandr Syrskyi, late August)\n"
        "• Area held now: roughly 500 sq km (DeepState, Feb. 5)\n"
        "• North Korean soldiers sent to Russia: around 11,000 (South Korea's National Intelligence Service, November)\n"
        "• Russian troops killed and wounded in Kursk: 38,000 (Zelensky, Jan. 6)\n"
        "• Russian servicemen captured in Kursk: more than 900 (Coordination Headquarters for the Treatment of "
        "Prisoners of War)\n"
        "• Residents who left Kursk border districts: about 150,000 (Kursk regional authorities)\n"
    )
    c = claim_in(_claims(nlp, text, published="2025-02-06"), text, quote)
    assert (c.claimant, c.claim_date, c.metric) == (claimant, date, metric), c.evidence


@pytest.mark.model
def test_plain_answers_under_labelled_questions_are_the_interviewee_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Interview\n\nWe spoke to Taras Hlushko, a Ukrainian battalion commander, about the fighting.\n\n"
        "Q: How much ground do you hold?\n\nWe hold about 500 square kilometres.\n\n"
        "Q: And the North Koreans?\n\nThere were around 11,000 of them at the start."
    )
    c = claim_in(_claims(nlp, text), text, "about 500")
    assert (c.claimant, c.claimant_side) == ("Taras Hlushko", "ukraine"), c.evidence
    assert c.evidence["claimant"]["rule"] == "claimant.interview_answer"


@pytest.mark.model
def test_a_tally_as_of_a_day_is_of_that_day_on_an_undated_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kursk Displaced\n\nAs of 5 January, 112,000 residents of the Kursk region remain displaced, according to "
        "figures published by the regional government.\n\nOn Tuesday, Governor Alexander Khinshtein said 38 "
        "residents had returned to Sudzha district."
    )
    claims = _claims(nlp, text, published=None)
    c = claim_in(claims, text, "112,000")
    assert (c.claim_date, c.evidence["claim_date"]["rule"]) == ("2025-01-05", "date.as_of"), c.evidence


def test_a_period_reported_on_does_not_date_the_report() -> None:
    from kursk_claims.rules.spans import _PERIOD_BEFORE

    text = "Units liberated three villages during the week of December 21–27, the ministry said on Friday."
    starts = [m.start() for m in dates.TIME_PHRASE.finditer(text)]
    assert [bool(_PERIOD_BEFORE.search(text[:a])) for a in starts] == [True, False]


@pytest.mark.model
def test_a_speaker_who_lists_a_report_speaks_for_the_paragraph_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The general's numbers\n\n"
        "Syrskyi wrote on Monday that Russian losses had reached 38,000 soldiers.\n\n"
        "He also listed equipment. Russia has lost 40 tanks in the region."
    )
    claims = run(nlp, text, "2025-01-08").claims
    c = claim_in(claims, text, "40 tanks")
    assert (c.claimant, c.evidence["claimant"]["rule"]) == ("Oleksandr Syrskyi", "claimant.speaker_span"), (
        c.evidence
    )
    assert c.claim_date == "2025-01-06"  # the day he was last heard on, not the page's


@pytest.mark.model
def test_a_long_list_is_one_paragraph_of_its_speakers_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A year on\n\n"
        '"Here is what the brigade did," Col. Serhii Dovbenko wrote on his Telegram channel on Wednesday.\n\n'
        "— enemy losses: 4,870\n— prisoners taken: 312\n— tanks destroyed: 41\n— armoured vehicles destroyed: 118\n"
        "— guns destroyed: 60\n— UAVs downed: 1,040\n— settlements entered: 37\n"
    )
    c = claim_in(run(nlp, text, "2025-08-07").claims, text, "37")
    assert (c.claimant, c.evidence["claimant"]["rule"]) == ("Serhii Dovbenko", "claimant.speaker_span"), (
        c.evidence
    )


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("That amounts to a little over 4 per cent of a region that covers almost 30,000 sq km.", True),
        ("That would mean the salient has lost more than three-fifths of its peak area.", True),
        ("Sudzha lies about 6 miles from the border.", True),
        ("The city now lies roughly 10 km from the front line.", True),
        ("That figure rose to 1,300 square kilometres within a week.", False),
        ("Ukrainian forces hold 500 square kilometres.", False),
        # what has happened since, told in the writer's voice (but not "has since said")
        ("Russia has since retaken more than half of that territory.", True),
        ("Moscow has since clawed back a significant part of the area.", True),
        ("Kyiv has since said it holds 800 sq km.", False),
        ("He has since estimated 300 dead.", False),  # a speaker's, not the writer's
        ("Zelensky has since admitted losing 40 per cent.", False),
    ],
)
def test_the_writer_s_arithmetic_and_where_a_place_lies_are_asides(text: str, aside: bool) -> None:
    assert bool(WRITER_ASIDE.match(text)) is aside


@pytest.mark.model
def test_the_writer_s_arithmetic_takes_no_earlier_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from conftest import claim_in, run

    text = (
        "Kursk\n\nAt the high-water mark in late August, Oleksandr Syrskyi said his forces held 1,300 square "
        "kilometres. That amounts to a little over 4 per cent of a region that covers almost 30,000 sq km.\n"
    )
    c = claim_in(run(nlp, text, "2025-02-01").claims, text, "a little over 4 per cent")
    assert c.claimant is None, c.evidence
