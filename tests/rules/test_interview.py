"""Interviews in their layouts: who speaks on each line (real model: the rules read parses)."""

from __future__ import annotations

import pytest

from conftest import claim_at, claim_in, run


def _claim(nlp, text: str, quote: str):  # type: ignore[no-untyped-def]
    return claim_at(nlp, text, quote, "2025-01-10")


LAYOUTS = [
    pytest.param(
        "A Company Commander on Kursk\n\nCaptain Serhiy Koval commands a company of a Ukrainian brigade. He spoke "
        "to us by video link.\n\n**INTERVIEWER:** When did you first see them?\n\n"
        "**KOVAL:** In December. Our intelligence says there are around 8,000 North Korean troops in Kursk.",
        "8,000",
        "Serhiy Koval",
        id="bold-name-labels",
    ),
    pytest.param(
        "Sudzha District Head Nikolai Tereshchenko: 'We Count Everyone'\n\nThe district head talked to us about "
        "the evacuated. Questions are in italics.\n\n*How many people had to leave?*\n\n"
        "A little over 20,000 residents left the district.\n\n*And how many stayed?*\n\nAround 1,500 people stayed.",
        "1,500",
        "Nikolai Tereshchenko",
        id="italic-questions-plain-answers-name-in-the-headline",
    ),
    pytest.param(
        "A battalion commander in Kursk\n\nHe is a Ukrainian battalion commander with the call sign Lys. We met him "
        "on Saturday.\n\n— How much ground does your battalion hold now?\n\n"
        "— About 30 square kilometres north of Sudzha.\n\n— And your losses?\n\n— We lost three vehicles.",
        "About 30",
        "Lys",
        id="em-dash-dialogue-with-a-call-sign",
    ),
    pytest.param(
        "THE FRONT LINE\n\nTranscript of the broadcast. With me are Oksana Dub, a member of the Ukrainian "
        "parliament, and Peter Lindqvist, a Swedish analyst.\n\n"
        "[19:01:58] NEUMANN: Peter, what do you see on the maps?\n\n"
        "[19:02:06] LINDQVIST: Ukraine held roughly 1,300 square kilometres at the peak in August.",
        "1,300",
        "Peter Lindqvist",
        id="timestamped-transcript-with-surname-labels",
    ),
    pytest.param(
        "On North Korea's losses\n\nKYIV — Maj. Gen. Petro Zhuravel, deputy head of a Ukrainian intelligence "
        "service, spoke with us on Feb. 7. The following are excerpts from the interview.\n\n"
        "Q: How heavy have their losses been?\n\nA: We count close to 4,000 North Korean casualties.",
        "close to 4,000",
        "Petro Zhuravel",
        id="a-run-of-titles-before-the-interviewees-name",
    ),
    pytest.param(
        "Press briefing\n\nTranscript. Deputy Press Secretary Lauren Whitfield and a senior military official "
        "answered questions.\n\nQ: How far have they pushed?\n\n"
        "SENIOR MILITARY OFFICIAL: We have seen them push in roughly 10 to 15 kilometers in places.",
        "roughly 10 to 15 kilometers",
        "Senior Military Official",
        id="a-speaker-labelled-by-role",
    ),
    pytest.param(
        "THE GLOBAL DESK\n\nTranscript of the broadcast.\n\nDANA RHOADES, ANCHOR: Welcome back.\n\n"
        "LT. GEN. MARK HALVORSEN (RET.), MILITARY ANALYST: My read is somewhere between 10,000 and 12,000 "
        "Ukrainian troops, Dana.",
        "between 10,000 and 12,000",
        "Mark Halvorsen",
        id="a-rush-transcripts-label-in-capitals-with-a-title",
    ),
    pytest.param(
        "Meeting on the border areas\n\nThe President held a meeting on the border areas.\n\n"
        "Head of the General Staff of the Armed Forces Valery Gerasimov: Good afternoon. The troops have freed "
        "more than 20 settlements this month.",
        "more than 20 settlements",
        "Valery Gerasimov",
        id="an-official-transcripts-title-before-the-name",
    ),
    pytest.param(
        "Oral evidence\n\nWitnesses: Major General Sir Colin Avery, Head of Defence Analysis.\n\n"
        "Chair: What is your assessment?\n\nMajor General Avery: We think about 9,000 soldiers are on that axis.",
        "about 9,000 soldiers",
        "Colin Avery",
        id="a-label-with-rank-and-surname-for-a-witness-listed-with-an-honorific",
    ),
    pytest.param(
        "Meeting on the border areas\n\nThe Governor and the Minister reported.\n\nVladimir Putin: Please.\n\n"
        "Kursk Region Governor Alexander Khinshtein: Thank you. Power is back in 12 villages.\n\n"
        "About 4,000 residents have returned to the Sudzha district.\n\nVladimir Putin: Good.",
        "About 4,000 residents",
        "Alexander Khinshtein",
        id="an-unlabelled-paragraph-goes-on-with-the-labelled-speaker-before-it",
    ),
    pytest.param(
        "Meeting at the command post\n\nThe Chief of the General Staff reported.\n\n"
        "Chief of the General Staff Valery Gerasimov: Comrade Supreme Commander-in-Chief,\n\n"
        "Units of the North group have liberated 24 settlements.\n\nThe report is over.\n\n"
        "Vladimir Putin: Thank you.\n\nValery Gerasimov: Understood.\n\nVladimir Putin: Good.",
        "24 settlements",
        "Valery Gerasimov",
        id="a-label-line-that-reads-as-a-heading-still-labels-the-paragraphs-after-it",
    ),
    pytest.param(
        "FRONTLINE BRIEF, the podcast\n\nShow notes: James and Nadia talk to Ilkka Varonen, an analyst with "
        "a Helsinki-based group. Recorded on Thursday, 30 January.\n\nJAMES: How much does Ukraine still "
        "hold?\n\nILKKA: On our mapping, somewhere between 450 and 500 square kilometres.",
        "between 450 and 500",
        "Ilkka Varonen",
        id="a-podcasts-first-name-label",
    ),
    pytest.param(
        "Meeting on the border areas\n\nThe President held a meeting.\n\nVladimir Putin: Please.\n\n"
        "Chief of the General Staff of the Armed Forces – First Deputy Defence Minister Valery Gerasimov: "
        "Comrade Supreme Commander-in-Chief,\n\nUnits of the North group have liberated 63 settlements.\n\n"
        "Vladimir Putin: Thank you.",
        "63 settlements",
        "Valery Gerasimov",
        id="a-label-whose-title-joins-two-offices-with-a-dash",
    ),
    pytest.param(
        "Press Secretary Dana Whitlock Holds a Press Briefing\n\nNov. 12, 2024\n\nPRESS SECRETARY DANA WHITLOCK: Good afternoon. A few things at the "
        "top.\n\nOn Russia and the DPRK: we assess that more than 10,000 DPRK soldiers have been sent to "
        "eastern Russia.\n\nQ: Thanks. Do you agree with that number?\n\nMS. WHITLOCK: We do.",
        "more than 10,000 DPRK soldiers",
        "Dana Whitlock",
        id="a-topic-lead-in-with-a-colon-is-no-speakers-label",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quote", "claimant"), LAYOUTS)
def test_interview_layouts(nlp, text: str, quote: str, claimant: str) -> None:  # type: ignore[no-untyped-def]
    c = _claim(nlp, text, quote)
    assert c.claimant == claimant, c.evidence
    assert c.evidence["claimant"]["rule"] == "claimant.interview_answer"


def test_rhetorical_questions_do_not_make_an_article_an_interview() -> None:
    from hand import context

    from kursk_claims.rules.interview import question_lines

    text = "Kursk\n\nWhat went wrong?\n\nThe army lost 300 men.\n\nWho is to blame?\n\nNobody knows."
    assert question_lines(context(text, {})) == []
    text = "Kursk\n\nWe spoke to a commander.\n\nWhat went wrong?\n\nWe lost 300 men.\n\nWho is to blame?\n\nNobody."
    assert len(question_lines(context(text, {}))) == 2


@pytest.mark.model
def test_what_is_said_in_an_interview_is_of_the_day_it_was_held(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Company Commander on Kursk\n\nCaptain Serhiy Koval commands a company of a Ukrainian brigade. He spoke "
        "to the Digest by video link on January 7.\n\n**INTERVIEWER:** What have you seen?\n\n"
        "**KOVAL:** Our company counted 64 North Korean soldiers dead on our sector."
    )
    c = _claim(nlp, text, "64")
    assert (c.claim_date, c.evidence["claim_date"]["rule"]) == ("2025-01-07", "date.interview"), c.evidence


@pytest.mark.model
def test_a_bare_number_answer_counts_what_the_question_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A battalion commander in Kursk\n\nWe spoke to a Ukrainian battalion commander with the call sign Lys.\n\n"
        "— How many Russian soldiers have you taken prisoner?\n\n— Forty-one since August.\n\n"
        "— And how many tanks?\n\n— Nine."
    )
    c = _claim(nlp, text, "Forty-one")
    assert (c.metric, c.evidence["metric"]["rule"]) == ("prisoners", "metric.asked"), c.evidence
    assert c.claimant == "Lys"


@pytest.mark.model
def test_a_bare_number_answer_in_a_labelled_transcript_counts_what_the_line_before_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FRONTLINE BRIEF\n\nShow notes: James talks to Ilkka Varonen, an analyst.\n\n"
        "JAMES: How many North Korean troops are there now?\n\nILKKA: Up to 60,000, counting the North Koreans.\n\n"
        "JAMES: It was a long winter.\n\nILKKA: Two, I think."
    )
    c = _claim(nlp, text, "Up to 60,000")
    assert (c.metric, c.evidence["metric"]["rule"]) == ("personnel", "metric.asked"), c.evidence
    assert c.claimant == "Ilkka Varonen"
    assert all("Two" not in x.text for x in run(nlp, text, "2025-01-10").claims)  # no question, no count


@pytest.mark.model
def test_a_transcripts_witness_speaks_for_the_country_whose_parliament_publishes_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Oral evidence\n\nWitnesses: Dr Helen Brook, Director of Research.\n\nChair: Welcome.\n\n"
        "Dr Brook: Thank you.\n\nChair: And the numbers?\n\nDr Brook: Russia has lost about 400 tanks there."
    )
    doc = run(nlp, text, "2025-01-10", outlet="UK Parliament Defence Committee transcript")
    c = claim_in(doc.claims, text, "400 tanks")
    assert (c.claimant, c.claimant_side) == ("Helen Brook", "third_party"), c.evidence
    doc = run(nlp, text, "2025-01-10", outlet="The Daily Courier")
    c = claim_in(doc.claims, text, "400 tanks")
    assert (c.claimant, c.claimant_side) == ("Helen Brook", None), c.evidence


@pytest.mark.model
def test_we_in_a_transcript_is_the_speaker_not_the_publisher(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Press briefing\n\nPress Secretary Dana Morrow holds a briefing.\n\n"
        "PRESS SECRETARY DANA MORROW: Good afternoon.\n\n"
        "Our assessment has changed. We now assess that about 9,000 soldiers are in the area.\n\n"
        "Q: Thanks. Any losses?\n\nMS. MORROW: Not at this time."
    )
    doc = run(nlp, text, "2025-01-10", outlet="Department of Defense (transcript page)")
    c = claim_in(doc.claims, text, "about 9,000 soldiers")
    assert c.claimant == "Dana Morrow", c.evidence


RECORD = (
    "Kursk Region\n\nVolume 801: debated on Tuesday 10 September 2024\n\n"
    "Mr Tom Ashdown (Mid Wessex) (LD) (Urgent Question): To ask the Secretary of State what assessment he has made.\n\n"
    "The Minister of State for Defence (Anna Pelham): I thank the hon. Member. Our assessment is that Ukraine "
    "holds about 1,000 square kilometres.\n\n"
    "It has also taken some 600 prisoners.\n\n"
    "Mr Ashdown: Reports say that 2,000 civilians have fled. Does the Minister agree?\n\n"
    "Lord Fenwick (Con): My Lords, the front has moved about 30 kilometres.\n\n"
    "Lord Fenwick (Con): My Lords, Russia claims to have killed 6,000 Ukrainian soldiers.\n\n"
    "Anna Pelham: Around 40 villages have been taken."
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("quote", "claimant"),
    [
        ("about 1,000 square kilometres", "Anna Pelham"),  # an office labelled, the name in brackets
        ("some 600 prisoners", "Anna Pelham"),  # her turn goes on in the next paragraph
        ("about 30 kilometres", "Lord Fenwick"),  # an honorific and a surname, the party in brackets
        ("Around 40 villages", "Anna Pelham"),
    ],
)
def test_a_parliaments_record_labels_its_members_by_honorific_or_office(
    nlp, quote: str, claimant: str
) -> None:  # type: ignore[no-untyped-def]
    doc = run(nlp, RECORD, "2024-09-10", outlet="Hansard (House of Commons Official Report)")
    c = claim_in(doc.claims, RECORD, quote)
    assert (c.claimant, c.claimant_side) == (claimant, "third_party"), c.evidence


@pytest.mark.model
def test_a_members_form_of_address_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Lord Fenwick (Con): My Lords, Russia claims ...": the peer relays Russia's claim
    doc = run(nlp, RECORD, "2024-09-10", outlet="Hansard (House of Lords Official Report)")
    c = claim_in(doc.claims, RECORD, "6,000 Ukrainian soldiers")
    assert (c.claimant, c.claimant_side) == ("Russia", "russia"), c.evidence


def test_a_members_label_may_carry_seat_party_and_business_in_brackets() -> None:
    from kursk_claims.rules.labels import LABEL

    m = LABEL.match(
        "Ms Jane Roe (Bicester and Woodstock) (LD) (Urgent Question): To ask the Secretary of State"
    )
    assert m is not None and m.group("label") == "Ms Jane Roe"
