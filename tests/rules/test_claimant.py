"""The claimant sieve: each rule called alone on hand-built parses; the README lists SIEVE in order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hand import SAID, SAID_ROWS, context, parse
from spacy.tokens import Doc

from conftest import claim_at, claim_in, run
from kursk_claims.rules import claimant
from kursk_claims.rules.attribution import Target
from kursk_claims.rules.claimant import SIEVE, SieveRule
from kursk_claims.rules.context import DocContext, SourceLine
from kursk_claims.rules.document import DOC_PASSES
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.outlet import government_publisher

README = Path(__file__).resolve().parents[2] / "README.md"

LOST = """
Ukraine PROPN nsubj 1
lost VERB ROOT 1 lose VBD
500 NUM nummod 3
soldiers NOUN dobj 1 soldier
. PUNCT punct 1
"""


def target(ctx: DocContext, i: int, phrase: str) -> Target:
    s = ctx.sentences[i]
    sdoc = ctx.parsed[i]
    at = s.text.index(phrase)
    num = next(t for t in sdoc if t.idx == at)
    return Target.of(ctx, s.start + at, s.start + at + len(phrase), s, num)


def one(text: str, rows: str, ents: tuple[tuple[int, int, str], ...] = ()) -> dict[int, Doc]:
    return {0: parse(text, rows, ents)}


QUOTED = '"We hold 90 sq km," Syrskyi said.'
QUOTED_ROWS = """
" PUNCT punct 9
We PRON nsubj 2 we
hold VERB ccomp 9 - VBP
90 NUM nummod 5
sq ADJ compound 5
km NOUN dobj 2
, PUNCT punct 9
" PUNCT punct 9
Syrskyi PROPN nsubj 9
said VERB ROOT 9 say VBD
. PUNCT punct 9
"""
ACCORDING = "According to Syrskyi, Ukraine holds 90 sq km."
ACCORDING_ROWS = """
According VERB prep 5 accord VBG
to ADP prep 0
Syrskyi PROPN pobj 1
, PUNCT punct 5
Ukraine PROPN nsubj 5
holds VERB ROOT 5 hold VBZ
90 NUM nummod 8
sq ADJ compound 8
km NOUN dobj 5
. PUNCT punct 5
"""
GARBLED = "Syrskyi claims that Ukraine holds 90 sq km."  # the parser took "claims" for a noun
GARBLED_ROWS = """
Syrskyi PROPN compound 1
claims NOUN nsubj 4 claim
that SCONJ mark 4
Ukraine PROPN nsubj 4
holds VERB ROOT 4 hold VBZ
90 NUM nummod 7
sq ADJ compound 7
km NOUN dobj 4
. PUNCT punct 4
"""
ESTIMATES = "Western estimates were about 1,200."
ESTIMATES_ROWS = """
Western ADJ amod 1
estimates NOUN nsubj 2 estimate
were AUX ROOT 2 be VBD
about ADV advmod 4
1,200 NUM attr 2
. PUNCT punct 2
"""
REFUTED = "Syrskyi refuted Putin's claims made on Oct. 24 that 2,000 troops were cut off."
REFUTED_ROWS = """
Syrskyi PROPN nsubj 1
refuted VERB ROOT 1 refute VBD
Putin PROPN poss 4
's PART case 2
claims NOUN dobj 1 claim
made VERB acl 4 make VBN
on ADP prep 5
Oct. PROPN pobj 6
24 NUM nummod 7
that SCONJ mark 13
2,000 NUM nummod 11
troops NOUN nsubjpass 13 troop
were AUX auxpass 13 be
cut VERB acl 4 cut VBN
off ADP prt 13
. PUNCT punct 1
"""
SYRSKYI = ((0, 1, "PERSON"),)
# a source the relayer names ahead of her reporting verb asserts what it governs; one named after the figure
# and the verb is who relays the verb's statement
RELAYED = "According to Syrskyi, Ukraine holds 90 sq km, she said."
RELAYED_ROWS = """
According VERB prep 5 accord VBG
to ADP prep 0
Syrskyi PROPN pobj 1
, PUNCT punct 5
Ukraine PROPN nsubj 5
holds VERB ccomp 11 hold VBZ
90 NUM nummod 8
sq ADJ compound 8
km NOUN dobj 5
, PUNCT punct 11
she PRON nsubj 11
said VERB ROOT 11 say VBD
. PUNCT punct 11
"""
RELAYED_AFTER = "She added that Ukraine holds 90 sq km, according to Syrskyi."
RELAYED_AFTER_ROWS = """
She PRON nsubj 1
added VERB ROOT 1 add VBD
that SCONJ mark 4
Ukraine PROPN nsubj 4
holds VERB ccomp 1 hold VBZ
90 NUM nummod 7
sq ADJ compound 7
km NOUN dobj 4
, PUNCT punct 4
according VERB prep 4 accord VBG
to ADP prep 9
Syrskyi PROPN pobj 10
. PUNCT punct 1
"""

CASES = [
    (
        "claimant.claim_owner",
        REFUTED,
        one(REFUTED, REFUTED_ROWS, ((0, 1, "PERSON"), (2, 3, "PERSON"))),
        "2,000",
        "Vladimir Putin",
    ),
    (
        "claimant.quote_speaker",
        QUOTED,
        one(QUOTED, QUOTED_ROWS, ((8, 9, "PERSON"),)),
        "90",
        "Oleksandr Syrskyi",
    ),
    ("claimant.nearer_source", ESTIMATES, one(ESTIMATES, ESTIMATES_ROWS), "1,200", "Western estimates"),
    ("claimant.reporting_verb", SAID, one(SAID, SAID_ROWS, SYRSKYI), "1,000", "Oleksandr Syrskyi"),
    (
        "claimant.according_to",
        ACCORDING,
        one(ACCORDING, ACCORDING_ROWS, ((2, 3, "PERSON"),)),
        "90",
        "Oleksandr Syrskyi",
    ),
    ("claimant.attribution_pattern", GARBLED, one(GARBLED, GARBLED_ROWS, SYRSKYI), "90", "Oleksandr Syrskyi"),
    ("claimant.source_noun", ESTIMATES, one(ESTIMATES, ESTIMATES_ROWS), "1,200", "Western estimates"),
    (
        "claimant.according_in_report",
        RELAYED,
        one(RELAYED, RELAYED_ROWS, ((2, 3, "PERSON"),)),
        "90",
        "Oleksandr Syrskyi",
    ),
]


@pytest.mark.parametrize(("rule", "text", "parses", "phrase", "name"), CASES, ids=[c[0] for c in CASES])
def test_rule_in_the_sentence(rule: str, text: str, parses: dict[int, Doc], phrase: str, name: str) -> None:
    ctx = context(text, parses)
    apply = next(r.apply for r in SIEVE if r.rule_id == rule)
    att = apply(Resolver(ctx), target(ctx, 0, phrase))
    assert att is not None and (att.decision.rule, att.name) == (rule, name), att


@pytest.mark.parametrize(
    ("rule", "text", "parses", "phrase"),
    [
        ("claimant.quote_speaker", SAID, one(SAID, SAID_ROWS, SYRSKYI), "1,000"),  # not in a quotation
        ("claimant.claim_owner", SAID, one(SAID, SAID_ROWS, SYRSKYI), "1,000"),  # no claim noun
        ("claimant.reporting_verb", ESTIMATES, one(ESTIMATES, ESTIMATES_ROWS), "1,200"),  # no reporting verb
        ("claimant.according_to", SAID, one(SAID, SAID_ROWS, SYRSKYI), "1,000"),
        ("claimant.source_noun", SAID, one(SAID, SAID_ROWS, SYRSKYI), "1,000"),
        (
            "claimant.according_in_report",
            RELAYED_AFTER,
            one(RELAYED_AFTER, RELAYED_AFTER_ROWS, ((11, 12, "PERSON"),)),
            "90",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and v.startswith("claimant.") else "",
)
def test_rule_passes_when_its_cue_is_absent(
    rule: str, text: str, parses: dict[int, Doc], phrase: str
) -> None:
    ctx = context(text, parses)
    apply = next(r.apply for r in SIEVE if r.rule_id == rule)
    assert apply(Resolver(ctx), target(ctx, 0, phrase)) is None


def test_stated_by_next() -> None:
    text = "Ukraine lost 500 soldiers. This was stated by Syrskyi."
    nxt = """
This PRON nsubjpass 2 this
was AUX auxpass 2 be
stated VERB ROOT 2 state VBN
by ADP agent 2
Syrskyi PROPN pobj 3
. PUNCT punct 2
"""
    ctx = context(
        text,
        {
            0: parse("Ukraine lost 500 soldiers.", LOST),
            1: parse("This was stated by Syrskyi.", nxt, ((4, 5, "PERSON"),)),
        },
    )
    att = claimant.stated_by_next(Resolver(ctx), target(ctx, 0, "500"))
    assert att is not None and (att.decision.rule, att.name) == (
        "claimant.stated_by_next",
        "Oleksandr Syrskyi",
    )


@pytest.mark.parametrize(
    ("joiner", "continues"), [(" ", True), ("\n", False)], ids=["same-paragraph", "new-paragraph"]
)
def test_paragraph_continuation(joiner: str, continues: bool) -> None:
    first = "Syrskyi said the front held."
    rows = """
Syrskyi PROPN nsubj 1
said VERB ROOT 1 say VBD
the DET det 3
front NOUN nsubj 4
held VERB ccomp 1 hold VBD
. PUNCT punct 1
"""
    text = first + joiner + "Ukraine lost 500 soldiers."
    ctx = context(text, {0: parse(first, rows, SYRSKYI), 1: parse("Ukraine lost 500 soldiers.", LOST)})
    att = claimant.paragraph_continuation(Resolver(ctx), target(ctx, 1, "500"))
    assert (att is not None and att.name == "Oleksandr Syrskyi") is continues


def test_source_line_and_article_voice() -> None:
    text = "Source: the General Staff.\nUkraine lost 500 soldiers."
    ctx = context(text, {1: parse("Ukraine lost 500 soldiers.", LOST)})
    t = target(ctx, 1, "500")
    assert claimant.source_line(Resolver(ctx), t) is None  # no 'Source:' line recorded
    ctx.source_line = SourceLine(0, "General Staff of the Armed Forces of Ukraine", "ukraine")
    att = claimant.source_line(Resolver(ctx), t)
    assert att is not None and (att.decision.rule, att.side) == ("claimant.source_line", "ukraine")
    voice = claimant.article_voice(Resolver(ctx), t)
    assert voice is not None and (voice.name, voice.decision.rule) == (None, "claimant.article_voice")


def test_sieve_ends_with_the_article_voice_and_ids_are_unique() -> None:
    ids = [r.rule_id for r in SIEVE]
    assert ids[-1] == "claimant.article_voice" and len(set(ids)) == len(ids)
    assert all(isinstance(r, SieveRule) and r.rule_id.startswith("claimant.") for r in SIEVE)


def _readme_list(heading: str) -> list[str]:
    """The `id` of each bullet under a README heading, in order."""
    text = README.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n#", 1)[0]
    return re.findall(r"(?m)^\d+\.\s+`([\w.]+)`", section)


def test_readme_lists_the_sieve_in_code_order() -> None:
    assert _readme_list("### The claimant sieve") == [r.rule_id for r in SIEVE]


def test_readme_lists_the_document_passes_in_code_order() -> None:
    assert _readme_list("### Document passes") == [p.name for p in DOC_PASSES]


# ----------------------------------------------------------------------------- issue 11: who can claim


def _claim(nlp, text: str, quote: str):  # type: ignore[no-untyped-def]
    return claim_at(nlp, text, quote, "2024-09-01")


WHO_CLAIMS = [
    pytest.param(
        "Military expert Gennady Volkov, a retired captain, told RIA Novosti the front was stable. Earlier, the "
        "head of the Korenevo district, Natalia Ivaschenko, said that 14 villages of the district had been cleared.",
        "14 villages",
        "Natalia Ivaschenko",
        "claimant.reporting_verb",
        id="a-title-s-holder-named-after-it-never-refers-back",
    ),
    pytest.param(
        "Figures for August, published by the UN Human Rights Monitoring Mission in Ukraine on 6 August, show "
        "that 21 civilians were killed in the oblast during July.",
        "21 civilians",
        "UN Human Rights Monitoring Mission in Ukraine",
        "claimant.reporting_verb",
        id="figures-that-speak-are-their-publisher-s",
    ),
    pytest.param(
        "Joe Biden says he has asked Vladimir Putin to spare the soldiers. In a post, the US president "
        'wrote that "thousands of Ukrainian troops are completely surrounded".',
        "thousands of Ukrainian troops",
        "Joe Biden",  # the US president on the article's date, never the Russian one named before
        "claimant.quote_speaker",
        id="a-country-s-president-is-not-another-country-s-president-named-before",
    ),
    pytest.param(
        "Britain's envoy to the Organization for Security and Co-operation in Europe, Alastair Penrose, told "
        "the council on Monday that about 11,000 North Korean soldiers were now in Russia's Kursk region.",
        "11,000",
        "Alastair Penrose",
        "claimant.reporting_verb",
        id="the-person-in-apposition-not-the-body-his-title-names",
    ),
    pytest.param(
        "Two civilians were killed and nine wounded in Russian strikes on Sumy region over the past day, the "
        "head of the Regional Military Administration, Vitaliy Kostenko, said on Tuesday morning.",
        "nine",
        "Vitaliy Kostenko",
        "claimant.reporting_verb",
        id="a-figure-parsed-as-a-second-subject-is-not-the-speaker",
    ),
    pytest.param(
        "North Korean casualties are estimated at about 3,600, the NIS was quoted as saying.",
        "3,600",
        "National Intelligence Service",
        "claimant.reported_as_saying",
        id="passive-quoted-as-saying-is-the-one-quoted",
    ),
    pytest.param(
        "South Korea's National Intelligence Service said on Wednesday that the troops had been attached to "
        "units including the 810th Naval Infantry Brigade. It estimated that 11,000 men had crossed into Russia.",
        "11,000",
        "National Intelligence Service",
        None,
        id="it-is-the-body-that-spoke-not-the-last-named",
    ),
    pytest.param(
        "The defence ministry's weekly tally for the Belgorod axis, as published by RIA Novosti on Friday: "
        "500 troops killed or wounded; 11 tanks; 32 armoured vehicles.",
        "11 tanks",
        "ministry",
        "claimant.relayed_owner",
        id="relayed-owner-as-published-by",
    ),
    pytest.param(
        "A lawmaker said 100 soldiers died. About 1,000 North Korean soldiers are believed to have been wounded.",
        "1,000",
        None,
        None,
        id="passive-reporting-verb-without-agent-is-nobody",
    ),
    pytest.param(
        "The loss of roughly 100 square miles has been confirmed by Ukrainian officers speaking to Ukrainska Pravda.",
        "100 square miles",
        "Ukrainian officers",
        "claimant.passive_agent",
        id="passive-agent-not-the-outlet-spoken-to",
    ),
    pytest.param(
        "Geolocated footage published on Monday shows that Ukrainian forces advanced about 10 km from the border.",
        "10 km",
        None,
        None,
        id="media-object-without-author-claims-nothing",
    ),
    pytest.param(
        "A video posted by Ukraine's General Staff shows that Ukrainian forces advanced about 10 km.",
        "10 km",
        "Ukrainian General Staff",
        None,
        id="media-object-posted-by-its-author",
    ),
    pytest.param(
        "State media reported Smirnov as saying last week that more than 150,000 people had been evacuated.",
        "150,000",
        "Alexei Smirnov",
        "claimant.reported_as_saying",
        id="reported-x-as-saying",
    ),
    pytest.param(
        "More than 150,000 people have fled their homes since August 6, state media reported Smirnov as saying.",
        "150,000",
        "Alexei Smirnov",
        "claimant.reported_as_saying",
        id="reported-x-as-saying-after-the-figure",
    ),
    pytest.param(
        "Ukraine has lost 1,200 troops in the past week, Russian media quoted the Russian defence ministry as saying.",
        "1,200",
        "Russian Defense Ministry",
        "claimant.reported_as_saying",
        id="quoted-x-as-saying-after-the-figure",
    ),
    pytest.param(
        "The Russian Defence Ministry issued its report. Ukraine lost 300 servicemen and seven tanks "
        "over the day, the ministry adde.",
        "300 servicemen",
        "Russian Defense Ministry",
        "claimant.attribution_pattern",
        id="misspelt-verb-in-the-attribution-slot",
    ),
    pytest.param(
        "The bridge carried 300 trucks a day until the floods, the council voted.",
        "300 trucks",
        None,
        None,
        id="a-real-word-in-the-attribution-slot-is-no-misspelling",
    ),
    pytest.param(
        "The Institute for the Study of War reports that Ukrainian forces advanced about 10 km.",
        "10 km",
        "Institute for the Study of War",
        None,
        id="a-registry-name-the-parse-cuts-is-read-whole",
    ),
    pytest.param(
        "Ukraine's special forces reported on December 17 that 50 North Korean soldiers were killed and 47 injured.",
        "50 North Korean",
        "Ukrainian Special Operations Forces",
        "claimant.reporting_verb",
        id="a-noun-the-parser-made-the-root-is-named-without-its-report",
    ),
    pytest.param(
        "Syrskyi described the situation as challenging, with Ukrainian forces engaged along a "
        "1,040-kilometer front line.",
        "1,040-kilometer",
        "Oleksandr Syrskyi",
        "claimant.reporting_verb",
        id="describing-is-a-statement",
    ),
    pytest.param(
        "An official of the Kursk regional emergencies department told TASS that residents had been moved. "
        "According to him, 312 children are among those accommodated.",
        "312 children",
        "official of the Kursk regional emergencies department",
        None,
        id="a-pronoun-is-the-described-speaker-before-it",
    ),
    pytest.param(
        "The Institute for the Study of War said in its update that Russia had advanced. The Washington-based "
        "think tank assessed that Ukrainian troops still hold about 700 square kilometers.",
        "about 700",
        "Institute for the Study of War",
        None,
        id="the-think-tank-refers-back-to-the-institute",
    ),
    pytest.param(
        "The Institute for the Study of War said in its update that Russia had advanced. Analysts at the "
        "Washington think tank also estimated that Russia has about 50,000 troops in the region.",
        "50,000",
        "Institute for the Study of War",
        None,
        id="analysts-at-an-institution-speak-for-it",
    ),
    pytest.param(
        "Russian milbloggers, cited in the same update, claimed that troops had pushed Ukrainian forces out of "
        '2 more villages and captured "about a dozen" Ukrainian soldiers. ISW said it could not confirm that.',
        "about a dozen",
        "Russian milbloggers",
        None,
        id="a-quoted-fragment-belongs-to-its-own-sentence-s-speaker",
    ),
    pytest.param(
        'A Ukrainian official involved in the negotiations said Kyiv still held many Russians. "The fund is '
        'large," the official said. The same official put the number of Ukrainians in captivity at more than 8,000.',
        "8,000",
        "Ukrainian official involved in the negotiations",
        None,
        id="the-same-official-is-the-described-speaker-before",
    ),
    pytest.param(
        "Ukraine's General Staff reported on Wednesday that Russia attacked 27 times. The General Staff's daily "
        "tally, which covers the whole front, put Russian losses at 1,520 troops.",
        "1,520",
        "Ukrainian General Staff",
        None,
        id="whoever-owns-the-tally-speaks",
    ),
    pytest.param(
        "Lubinets said 49 of those freed had defended Mariupol. A spokesman for the 95th Air Assault Brigade said "
        "the unit alone had taken 236 prisoners since Aug. 6.",
        "236 prisoners",
        "Air Assault Brigade",
        None,
        id="a-spokesman-for-x-speaks-for-x-not-for-the-last-body",
    ),
    pytest.param(
        "On the evening news, the correspondent, who accompanied the minister, relayed what Belousov had told "
        "him off camera: more than 58,000 Ukrainian servicemen killed or wounded since August.",
        "58,000",
        "Andrei Belousov",
        "claimant.reporting_verb",  # the verb right before the colon opens what is said
        id="what-a-colon-introduces-is-the-nearest-speaker-s",
    ),
    pytest.param(
        "Our correspondent reached a Ukrainian drone operator who gave his call sign as Hrim. He said his unit "
        "had lost four armoured vehicles on the road out of Sudzha.",
        "four armoured",
        "Hrim",
        "claimant.reporting_verb",
        id="someone-known-by-a-call-sign",
    ),
    pytest.param(
        "Chief of the General Staff Valery Gerasimov reported to Supreme Commander-in-Chief Vladimir Putin "
        "that the region was free. According to the general, the enemy lost more than 76,000 servicemen.",
        "76,000",
        "Valery Gerasimov",
        "claimant.according_to",
        id="the-general-is-the-person-whose-title-says-so",
    ),
    pytest.param(
        "Chief of the General Staff Valery Gerasimov reported to Supreme Commander-in-Chief Vladimir Putin "
        "that the region was free. The chief of the General Staff said that 99 settlements had been returned.",
        "99 settlements",
        "Valery Gerasimov",
        "claimant.reporting_verb",
        id="a-role-without-a-country-is-its-holder-the-article-named",
    ),
    pytest.param(
        "RIA Novosti, quoting the defence ministry, reported that Ukraine had lost 530 troops.",
        "530 troops",
        "Russian Defense Ministry",
        "claimant.citing",
        id="outlet-quoting-its-country-s-ministry",
    ),
    pytest.param(
        "On Thursday, the Turkish agency Anadolu, citing RIA Novosti, which in turn quoted the defence ministry, "
        "reported that 87 Ukrainian troops had been killed.",
        "87 Ukrainian",
        "Russian Defense Ministry",
        "claimant.citing",
        id="a-chain-of-outlets-ends-at-its-last-link-in-that-outlet-s-country",
    ),
    pytest.param(
        "As Ukrinform reported, Russia has lost more than 38,000 troops in the Kursk direction, according to "
        "Ukraine's General Staff.",
        "38,000",
        "Ukrainian General Staff",
        "claimant.citing",
        id="an-outlet-reporting-relays-the-source-it-gives-by-according-to",
    ),
    pytest.param(
        "He gave no figures, but a source in the General Staff, speaking to Ukrainska Pravda, said Ukrainian "
        "forces still held 200-300 sq km of the Kursk region.",
        "200-300",
        "Ukrainian General Staff",
        None,
        id="the-outlet-spoken-to-just-before-the-verb-relays",
    ),
    pytest.param(
        "Oleksandr Syrskyi has reported that Russia has lost 27,460 soldiers, and says Ukrainian forces continue "
        "to hold more than 700 square kilometres.",
        "700 square",
        "Oleksandr Syrskyi",
        "claimant.reporting_verb",
        id="a-second-reporting-verb-joined-to-the-first-report-s-clause-shares-its-subject",
    ),
    pytest.param(
        "Together with the BBC's Russian service, the independent outlet Mediazona has confirmed the deaths of "
        "95,000 Russian soldiers.",
        "95,000",
        "Mediazona",
        "claimant.reporting_verb",
        id="a-lowercase-word-is-no-mention-of-an-outlet-named-by-it",
    ),
    pytest.param(
        'In Washington, a Pentagon spokesman said on Tuesday that North Korean troops had suffered "several '
        'hundred" casualties, without specifying how many were killed.',
        "several hundred",
        "U.S. Department of Defense",
        "claimant.quote_speaker",
        id="a-quoted-fragment-is-the-governing-reporting-verb-s-not-a-verb-after-it",
    ),
    pytest.param(
        "The ministry said on Sunday that Ukrainian units held a few pockets, while the pro-Kremlin Telegram "
        "channel Rybar put Ukrainian-held territory at no more than 30 square kilometres.",
        "30 square",
        "Rybar",
        None,
        id="a-leaning-names-no-speaker",
    ),
    pytest.param(
        "Russia has never confirmed that North Korean troops are fighting in Kursk. Its Defence Ministry says "
        "Ukraine has lost more than 56,000 servicemen in the region.",
        "56,000",
        "Russian Defense Ministry",
        "claimant.reporting_verb",
        id="its-body-is-the-body-of-the-country-before",
    ),
    pytest.param(
        "ISW also cited Ukraine's military intelligence agency (HUR), which said on Jan. 6 that North Korean "
        "forces had suffered roughly 3,800 casualties.",
        "3,800",
        "Ukrainian military intelligence",
        "claimant.reporting_verb",
        id="a-relative-clause-s-speaker-is-what-it-hangs-on",
    ),
    pytest.param(
        "Analysts at the Vienna-based Institute for Strategic Risk estimate that Russia has massed between "
        "55,000 and 60,000 troops in the Kursk region.",
        "55,000",
        "Institute for Strategic Risk",
        None,
        id="analysts-at-an-institution-estimate-in-the-plural",
    ),
    pytest.param(
        "In January the NIS gave a lower figure: some 300 dead and 2,700 injured.",
        "2,700",
        "South Korea National Intelligence Service",
        "claimant.reporting_verb",  # giving a figure reports it
        id="a-figure-given-before-a-colon",
    ),
    pytest.param(
        "Okno has identified by name at least 1,240 Russian servicemen killed in the Kursk region.",
        "1,240",
        "Okno",
        "claimant.reporting_verb",
        id="identifying-the-dead-by-name-is-a-count",
    ),
    pytest.param(
        "Mediazona and the BBC Russian Service, which track deaths across the whole war, have named more than "
        "90,000 Russian soldiers killed since February 2022.",
        "90,000",
        "Mediazona and the BBC Russian Service",
        "claimant.reporting_verb",
        id="a-joint-claimant-without-its-relative-clause",
    ),
    pytest.param(
        "The General Staff said yesterday that Russian losses in the Kursk region had exceeded 17,000 troops.",
        "17,000",
        "Ukrainian General Staff",
        "claimant.reporting_verb",
        id="a-body-without-its-country-counting-russian-losses-is-ukraine-s",
    ),
    pytest.param(
        "Ukraine lost 12 infantry fighting vehicles and 4 howitzers, the ministry said.",
        "12 infantry",
        "Russian Defense Ministry",
        "claimant.reporting_verb",
        id="a-ministry-saying-ukraine-lost-is-russia-s",
    ),
    pytest.param(
        "Four people were killed in Sumy, Suspilne reported, citing local authorities.",
        "Four people",
        "local authorities",
        "claimant.citing",
        id="citing-unnamed-institution",
    ),
    pytest.param(
        "Two European diplomats said Ukraine had lost roughly two-thirds of its Kursk territory.",
        "two-thirds",
        "European diplomats",
        None,
        id="counted-speakers-still-speak",
    ),
    pytest.param(
        "A Pentagon spokeswoman, Maria Lund, said Washington believed about 9,000 North Korean soldiers had "
        "reached the Kursk region.",
        "about 9,000",
        "Maria Lund",
        "claimant.speaker_for_own",
        id="a-spokeswoman-reporting-what-her-government-believes",
    ),
    pytest.param(
        "A drone pilot who gave his name as Taras said his crew had counted about 60 destroyed vehicles.",
        "about 60",
        "Taras",
        "claimant.speaker_for_own",
        id="a-speaker-reporting-what-his-own-crew-counted",
    ),
    pytest.param(
        "Petro Kovalenko commands a drone company near Sudzha. On one road alone, he said, his company "
        "counted 25 Russian tanks.",
        "25",
        "Petro Kovalenko",
        "claimant.speaker_for_own",
        id="he-said-his-company-counted",
    ),
    pytest.param(
        "Zelensky said Moscow claimed to have retaken 12 villages.",
        "12",
        "Russia",
        None,
        id="the-other-side-s-claim-relayed-stays-theirs",
    ),
    pytest.param(
        "A Ukrainian battalion commander said 40 Russian soldiers had surrendered near Sudzha.",
        "40",
        "battalion commander",
        None,
        id="a-unit-commander-holds-no-country-s-role",
    ),
    pytest.param(
        "The commander of a Ukrainian drone unit fighting near the village of Snagost said Russia had "
        "massed 30,000 troops.",
        "30,000",
        "commander of a Ukrainian drone unit",
        None,
        id="a-name-in-the-clause-describing-the-speaker-is-not-the-speaker",
    ),
    pytest.param(
        "A volunteer group from Belgorod that has been working in the district alongside the army since March 3 "
        "said it had found the bodies of 14 civilians.",
        "14 civilians",
        "volunteer group from Belgorod",
        "claimant.reporting_verb",
        id="a-long-description-is-written-down-without-its-clause",
    ),
    pytest.param(
        "Ukrainian units have dug in up to 12 kilometres from the border, a Ukrainian colonel said on Monday. "
        "Colonel Ivan Hrytsai, who commands a brigade near Sudzha, told reporters the line was holding.",
        "up to 12 kilometres",
        "Ivan Hrytsai",
        "claimant.delayed_identification",
        id="a-colonel-described-then-the-colonel-named",
    ),
    pytest.param(
        "Colonel Ivan Hrytsai commands a brigade near Sudzha. The governor said 12 civilians had been "
        "killed. The colonel, speaking again after the governor's figures were read out to him, said his "
        "brigade had taken 87 Russian servicemen prisoner.",
        "87 Russian servicemen",
        "Ivan Hrytsai",
        None,
        id="the-colonel-with-a-clause-set-off-after-the-title",
    ),
    pytest.param(
        "Andriy Kovalenko, a spokesman for the agency, spoke on Sunday night. The defence ministry in Kyiv "
        "gave no figures. The spokesman said Ukrainian troops still held more than 600 square kilometres.",
        "more than 600 square kilometres",
        "Andriy Kovalenko",
        None,
        id="the-spokesman-is-the-person-described-as-one",
    ),
    pytest.param(
        "Tatyana Moskalkova, the Russian ombudswoman, met relatives in Kursk. Her Ukrainian "
        "counterpart, Dmytro Lubinets, said on Sunday that Ukraine was ready to hand over more civilians.\n\n"
        "Asked about those figures, the ombudswoman said she could not confirm them. She added that 49 of "
        "the Russian soldiers returned in the exchange had been captured in the Kursk region.",
        "49 of the Russian soldiers",
        "Tatyana Moskalkova",
        None,
        id="she-is-the-person-the-title-before-names",
    ),
    pytest.param(
        "Major Dmytro Kravets said the raid had involved more than 100 Russian soldiers.\n\n"
        "The account was echoed by a Russian officer who identified himself only by the call sign Tundra. "
        "In a video broadcast by state television on Sunday, he claimed that his unit had captured 27 "
        "Ukrainian soldiers.",
        "27 Ukrainian soldiers",
        "Tundra",
        None,
        id="he-is-the-call-sign-the-sentence-before-introduces",
    ),
    pytest.param(
        "Within hours, the Three Sergeants channel, which is run by former servicemen, posted a different "
        "summary. Ukrainian assault groups, it wrote, had taken two villages.",
        "two villages",
        "Three Sergeants channel",
        None,
        id="it-is-the-channel-the-sentence-before-is-about",
    ),
    pytest.param(
        "The third speaker, the head of the Sumy Regional Military Administration, spoke about the border. "
        "He said Russian forces had shelled 14 villages over the past day.",
        "14 villages",
        "Sumy Regional Military Administration",
        None,
        id="he-is-the-one-the-subject-before-describes",
    ),
    pytest.param(
        "Jussi Hakala, an analyst at the Helsinki-based mapping group Karttapiste, said Ukraine now held about "
        "800 square kilometres.",
        "about 800 square kilometres",
        "Jussi Hakala",
        None,
        id="a-person-is-not-the-group-his-apposition-names",
    ),
    pytest.param(
        "The Institute for the Study of War said Russian forces were advancing. The independent outlet "
        "Mediazona, which tracks military deaths, said it had confirmed the names of 230 conscripts killed.",
        "230 conscripts",
        "Mediazona",
        "claimant.speaker_for_own",
        id="x-said-it-had-confirmed-is-x",
    ),
    pytest.param(
        "He added that 86% of the territory had been liberated, RT reported.\n\nGerasimov reported on the "
        "situation during a meeting with Putin.",
        "86%",
        "Gerasimov",
        None,
        id="he-added-then-an-outlet-reported-stays-the-speaker",
    ),
    pytest.param(
        "Russia's Defence Ministry published its daily report on Friday.\n\nOver the past 24 hours, units of "
        "the Battlegroup North repelled seven attacks in the areas of the settlements of Lyubimovka, Olgovka and "
        "Zeleny Shlyakh, the ministry specified.\n\n\"Over the day, the enemy's losses amounted to up to 320 "
        'servicemen," the statement said.',
        "up to 320 servicemen",
        "Russian Defense Ministry",
        None,
        id="the-statement-is-the-body-that-spoke-not-a-place-or-unit-named-since",
    ),
    pytest.param(
        'Ruslana, a 52-year-old nurse from Sumy, waited at the border post. "We took in 37 wounded soldiers in '
        'one night," she said.',
        "37 wounded soldiers",
        "Ruslana",
        "claimant.quote_speaker",
        id="a-first-name-given-an-age-is-a-person",
    ),
    pytest.param(
        "More than 4,000 residents of the Rylsk district have been evacuated since Ukrainian drones began hitting "
        "the roads, the head of the district, Anatoly Berezin, told Interfax.",
        "4,000 residents",
        "Anatoly Berezin",
        "claimant.reporting_verb",
        id="a-verb-joined-to-the-figures-clause-credits-the-name-before-it",
    ),
    pytest.param(
        "Speaking on state television, Colonel Dmytro Harchenko, spokesman for the grouping fighting in the Kursk "
        "direction, said Ukrainian troops still held positions around three villages.",
        "three villages",
        "Harchenko",
        "claimant.reporting_verb",
        id="a-rank-led-name-before-a-description-with-a-participle",
    ),
    pytest.param(
        "The project has checked every name. Mediazona found that at least 280 of the dead were volunteers.",
        "280",
        "Mediazona",
        "claimant.reporting_verb",
        id="found-that-reports",
    ),
    pytest.param(
        "Rescuers found the bodies of more than 80 civilians in the basements of Sudzha.",
        "80 civilians",
        None,
        None,
        id="found-an-object-reports-nothing",
    ),
    pytest.param(
        "Last week the two delegations agreed to exchange 1,000 prisoners of war each.",
        "1,000 prisoners",
        None,
        None,
        id="agreed-to-do-reports-nothing",
    ),
    pytest.param(
        "Ukraine's General Staff issued a statement on Friday.\n\n\"Over the week the enemy lost 1,900 "
        'servicemen in the Kursk direction," the statement reads.',
        "1,900 servicemen",
        "Ukrainian General Staff",
        None,
        id="the-statement-reads-is-its-authors",
    ),
    pytest.param(
        "The major nodded, pointing to Zelensky's claim two days earlier that Ukrainian troops held 1,000 "
        "square kilometres.",
        "1,000 square kilometres",
        "Volodymyr Zelensky",
        "claimant.claim_owner",
        id="a-claim-noun-and-its-time-before-the-clause-the-parser-hung-elsewhere",
    ),
    pytest.param(
        "Ingrid Solberg leads the monitors in Sumy. She said the mission had documented strikes on 41 "
        "settlements since January.",
        "41 settlements",
        "Ingrid Solberg",
        "claimant.reporting_verb",
        id="a-person-speaking-for-the-body-she-works-for",
    ),
    pytest.param(
        "South Korea's National Intelligence Service briefed lawmakers on Monday. Lawmaker Park Sun-won said "
        "the agency had estimated that 300 North Korean soldiers had died.",
        "300 North Korean soldiers",
        "National Intelligence Service",
        None,
        id="a-lawmaker-relaying-a-known-body-is-not-its-voice",
    ),
    pytest.param(
        "The detachment's commander, Andrei Volkov, who goes by the call sign Sokol, spoke to us in Lgov.\n\n"
        '"We have taken back four villages since October," Sokol said.',
        "four villages",
        "Andrei Volkov",
        "claimant.quote_speaker",
        id="a-call-sign-of-a-named-person-is-that-person",
    ),
    pytest.param(
        "08:15 · 👁 61.0K\nRecap of yesterday for those who slept through it. The Chief of the General Staff "
        "reported to the Supreme Commander at the command post: since the start of the operation, ~1,100 km2 "
        "liberated in the Kursk region.",
        "~1,100 km2",
        "Chief of the General Staff",
        "claimant.reporting_verb",
        id="a-post-s-view-counter-names-no-one",
    ),
    pytest.param(
        "Maksym Lytvyn did not like journalists, but over seven months he spoke to this newspaper five times.\n\n"
        "He was a teacher in Chernihiv before 2014. When his brigade was told, a day before the operation, that "
        "it would cross into Russia's Kursk region, he said he felt relief.\n\n"
        "The first days were quiet. The roads were empty, and the villages were shuttered.\n\n"
        "In the first week of the August offensive, standing in the yard of a looted customs post, he counted "
        "his gains out loud. His company had taken 31 prisoners before lunch, he said.",
        "31 prisoners",
        "Maksym Lytvyn",
        "claimant.reporting_verb",
        id="a-profile-s-he-is-its-subject-named-paragraphs-before",
    ),
    pytest.param(
        "Maksym Lytvyn did not like journalists, but over seven months he spoke to this newspaper five times.\n\n"
        "A source in the security services told the agency that two battalions, about 1,000 men, had been sent "
        "in. The first days were quiet. The roads were empty.\n\n"
        "In the first week of the August offensive in the Kursk region the column moved fast. According to "
        "him, no more than 30 armored vehicles had been involved.",
        "30 armored vehicles",
        "source in the security services",
        None,
        id="but-not-past-a-speaker-described-since",
    ),
    pytest.param(
        "A fortnight later, on August 27, Ukraine's commander-in-chief Oleksandr Syrskyi put the figure at 100 "
        "settlements and 1,294 sq km.",
        "1,294 sq km",
        "Oleksandr Syrskyi",
        "claimant.reporting_verb",
        id="a-span-of-time-before-later-is-no-speaker",
    ),
    pytest.param(
        "MARCH 12 - Chief of the General Staff Valery Gerasimov, appearing with Putin at a command post, says "
        "86% of the territory in the Kursk region has been recovered.",
        "86%",
        "Valery Gerasimov",
        "claimant.reporting_verb",
        id="a-timeline-s-month-in-capitals-is-no-person",
    ),
    pytest.param(
        "Ukraine still holds about 600 square kilometres of the Kursk region by most estimates.",
        "600 square kilometres",
        None,
        "claimant.article_voice",
        id="most-estimates-name-no-one",
    ),
    pytest.param(
        '"Russia has moved something like 40,000 troops to the Kursk region by most estimates," said Hanna '
        "Lysenko, an analyst in Kyiv.",
        "40,000 troops",
        "Hanna Lysenko",
        "claimant.quote_speaker",
        id="most-estimates-in-a-quotation-are-the-speaker-s",
    ),
    pytest.param(
        "When Syrskyi spoke to the Washington Post in July, he put Russian losses in the Kursk region at 80,000 "
        "killed and wounded. In January, Zelensky had cited 38,000.",
        "38,000",
        "Volodymyr Zelensky",
        "claimant.reporting_verb",
        id="who-cites-a-figure-gives-it",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quote", "claimant_name", "rule"), WHO_CLAIMS)
def test_who_can_claim(nlp, text: str, quote: str, claimant_name: str | None, rule: str | None) -> None:  # type: ignore[no-untyped-def]
    c = _claim(nlp, text, quote)
    got = c.claimant
    if claimant_name is not None and got is not None and claimant_name not in got:
        raise AssertionError((got, c.evidence))
    assert (got is None) is (claimant_name is None), (got, c.evidence)
    if rule is not None:
        assert c.evidence["claimant"]["rule"] == rule, c.evidence


BODIES = [
    pytest.param(
        "More than 100 troops captured by Ukraine have been freed, the Defense Ministry in Moscow has said. "
        "Moscow handed 115 Ukrainian prisoners of war to Kiev, the ministry announced on Saturday.",
        "115 Ukrainian",
        ("Russian Defense Ministry", "russia"),
        id="ministry-after-capital-postmodifier",
    ),
    pytest.param(
        "Syrskyi visited the front on Monday. The General Staff reported on February 6 that the enemy's "
        "total losses amounted to almost 40 thousand people.",
        "40 thousand",
        ("Ukrainian General Staff", "ukraine"),
        id="general-staff-by-home-side",
    ),
    pytest.param(
        "Seoul's intelligence service said some 600 North Korean soldiers had been killed.",
        "600",
        ("South Korea National Intelligence Service", "third_party"),
        id="capital-s-intelligence-service",
    ),
    pytest.param(
        "Radio Free Europe/Radio Liberty's Russia service reported that 40 Russian soldiers were captured.",
        "40 Russian",
        ("Radio Free Europe/Radio Liberty", "media"),
        id="possessive-outlet",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quote", "expected"), BODIES)
def test_institutions_by_context(nlp, text: str, quote: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    c = _claim(nlp, text, quote)
    assert (c.claimant, c.claimant_side) == expected, c.evidence


def test_strip_possessive_and_fragments() -> None:
    from kursk_claims.rules.phrases import _strip_possessive

    assert _strip_possessive("Radio Free Europe/Radio Liberty's") == "Radio Free Europe/Radio Liberty"
    assert _strip_possessive("Ukrainian command’s") == "Ukrainian command"
    assert _strip_possessive("Reuters") == "Reuters"


def test_home_side_needs_a_clear_majority() -> None:
    ua = "Syrskyi said so. Zelensky agreed. Umerov added more."
    ctx = context(ua, {})
    assert Resolver(ctx).home_side() == "ukraine"
    mixed = "Syrskyi said so. Putin disagreed."
    assert Resolver(context(mixed, {})).home_side() is None


@pytest.mark.parametrize(
    ("word", "misspelt"),
    [
        ("adde", True),
        ("siad", True),
        ("sad", False),
        ("stat", False),
        ("sated", False),
        ("repoted", True),
        ("said", False),
        ("paid", False),
        ("voted", False),
        ("wrot", True),
        ("retreated", False),
    ],
)
def test_misspelt_reporting_verb(word: str, misspelt: bool) -> None:
    from kursk_claims.rules.patterns import _misspelt_say

    assert _misspelt_say(word) is misspelt


@pytest.mark.model
def test_an_unknown_speaker_keeps_the_side_their_description_gave(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "This was reported by Vadym Mysnyk, a spokesman for the Siversk operational and tactical group.\n\n"
        '"The enemy held about 11,000 servicemen in this area," said Mysnyk.'
    )
    c = _claim(nlp, text, "11,000")
    assert c.claimant is not None and c.claimant.endswith("Mysnyk"), c.evidence
    assert c.claimant_side == "ukraine", c.evidence


@pytest.mark.model
def test_an_outlet_speaking_as_itself_gives_its_own_count(nlp) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from kursk_claims.extract import extract_document
    from kursk_claims.models import Document

    text = (
        "Kursk Salient Shrinks, Our Analysis Shows\n\n"
        "By 1 October our mapping put the area under Ukrainian control at about 920 sq km.\n\n"
        "Our own assessment puts North Korean losses at between 3,000 and 4,000.\n\n"
        '"We hold about 700 square kilometres," a Ukrainian officer said.'
    )
    doc = Document("t", text, hashlib.sha256(text.encode()).hexdigest(), published="2024-10-03",
                   outlet="The Albion Review (data desk)")  # fmt: skip
    claims = {c.text: c for c in extract_document(doc, nlp).claims}
    # "our mapping", "Our own assessment": the outlet's own count, side media, of the page's day
    assert claims["about 920 sq km"].claimant == "The Albion Review"
    assert claims["about 920 sq km"].claimant_side == "media"
    assert claims["about 920 sq km"].claim_date == "2024-10-03"
    assert claims["about 920 sq km"].evidence["claimant"]["rule"] == "claimant.own_voice"
    assert next(c for t, c in claims.items() if "3,000" in t).claimant == "The Albion Review"
    assert next(c for t, c in claims.items() if "700" in t).claimant_side == "ukraine"  # "we" in a quote
    # the outlet named in the third person is an attribution
    named = text + "\n\nThe Albion Review's own count found 41 destroyed Russian tanks."
    doc = Document("t", named, hashlib.sha256(named.encode()).hexdigest(), published="2024-10-03",
                   outlet="The Albion Review (data desk)")  # fmt: skip
    claims = {c.text: c for c in extract_document(doc, nlp).claims}
    tanks = next(c for t, c in claims.items() if "41" in t)
    assert tanks.claimant is not None and tanks.claimant.endswith("Albion Review"), tanks.evidence
    # on a line a speaker's label opens, "our" is the speaker's
    labelled = text + "\n\nDr Hanna Voloshyna: Our own mapping now shows about 350 square kilometres."
    doc = Document("t", labelled, hashlib.sha256(labelled.encode()).hexdigest(), published="2024-10-03",
                   outlet="The Albion Review (data desk)")  # fmt: skip
    claims = {c.text: c for c in extract_document(doc, nlp).claims}
    assert next(c for t, c in claims.items() if "350" in t).claimant != "The Albion Review"
    # on a copy of an agency's story the first person is the agency's
    doc = Document("t", text, hashlib.sha256(text.encode()).hexdigest(), published="2024-10-03",
                   outlet="Daily Ledger (AFP syndicated feed)")  # fmt: skip
    claims = {c.text: c for c in extract_document(doc, nlp).claims}
    assert claims["about 920 sq km"].claimant == "Agence France-Presse"
    # an interview's answer after its first question: the interviewee's "we", not the outlet's
    interview = (
        "District head: 'We count every resident'\n\nThe district head talked to us about the evacuated. "
        "Questions are in italics.\n\n*How many people left the district?*\n\nA little over 20,000.\n\n"
        "*How many civilians died?*\n\nWe have confirmed 76 deaths so far."
    )
    doc = Document("t", interview, hashlib.sha256(interview.encode()).hexdigest(), published="2025-04-04",
                   outlet="The Albion Review")  # fmt: skip
    deaths = next(c for c in extract_document(doc, nlp).claims if "76" in c.text)
    assert deaths.claimant != "The Albion Review", deaths.evidence
    # without a page outlet, or in an article with no analysis of its own, "our" names nobody
    plain = (
        text.replace("Our Analysis Shows", "Map")
        .replace("our mapping", "the map")
        .replace("Our own assessment", "It")
    )
    doc = Document(
        "t",
        plain,
        hashlib.sha256(plain.encode()).hexdigest(),
        published="2024-10-03",
        outlet="The Albion Review",
    )
    assert all(c.claimant != "The Albion Review" for c in extract_document(doc, nlp).claims)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # "By our count" framing a sentence no source's verb reports
        (
            "By our count, Ukrainian soldiers or vehicles have been filmed in at least 35 separate settlements "
            "inside the Kursk region.",
            "at least 35",
        ),
        # the writer's "my own estimate"
        (
            "My own estimate is that Ukraine never had more than 12,000 troops inside Russia at any one time.",
            "12,000",
        ),
    ],
)
def test_the_writers_own_count_is_the_outlets(nlp, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    from conftest import run

    page = "Kursk mapped\n\n" + text
    c = claim_in(run(nlp, page, "2024-09-01", "The Ledger (data desk)").claims, page, quote)
    assert (c.claimant, c.claimant_side, c.claim_date) == ("The Ledger", "media", "2024-09-01"), c.evidence
    assert c.evidence["claimant"]["rule"] == "claimant.own_voice"
    # a page whose outlet is unknown leaves it unattributed
    assert claim_in(run(nlp, page, "2024-09-01", None).claims, page, quote).claimant is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "outlet", "quote", "claimant"),
    [
        pytest.param(
            "Kursk dead\n\nBy our count, at least 1,460 Russian servicemen have been killed in the region. Our "
            "count is only a floor. Demographer Pavel Ilyin estimates that the list captures at most half of the "
            'toll. "Based on how the count grew in other regions, I would expect the true number of dead in Kursk '
            'to be somewhere around 4,000 by now," he said.',
            "Mediazona (English edition)",
            "around 4,000",
            "Pavel Ilyin",
            id="a-bare-count-in-a-quotation-is-the-speakers-word",
        ),
        pytest.param(
            "District head: 'We count every resident'\n\nSeym Courier\n\nThe district head talked to us about "
            "the evacuated. Questions are in italics.\n\n*How many people left?*\n\nA little over 20,000.\n\n"
            "*Kyiv says it evacuated several hundred residents to Sumy. What do you know about them?*\n\nWe have "
            "the names of 124 people.\n\n*How many died?*\n\nWe have confirmed 76 deaths. Another 300 residents "
            "are missing.",
            "Seym Courier",
            "several hundred",
            "Ukraine",
            id="an-interviews-question-in-italics-is-no-headline",
        ),
    ],
)
def test_the_outlets_own_count_does_not_spread(
    nlp, text: str, outlet: str, quote: str, claimant: str
) -> None:  # type: ignore[no-untyped-def]
    from conftest import run

    c = claim_in(run(nlp, text, "2025-02-21", outlet).claims, text, quote)
    assert c.claimant is not None and c.claimant.endswith(claimant), c.evidence


@pytest.mark.model
def test_as_the_page_s_own_outlet_reported_points_to_its_own_story(nlp) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from kursk_claims.extract import extract_document
    from kursk_claims.models import Document

    text = (
        "Another exchange\n\n"
        "As Ukrinform reported earlier, Ukraine brought home 95 defenders in October.\n\n"
        "As Ukrinform reported, according to Ukrainian intelligence, about 11,000 North Korean troops are in Kursk."
    )

    def claims(outlet: str) -> dict[str, object]:
        doc = Document(
            "t", text, hashlib.sha256(text.encode()).hexdigest(), published="2024-11-20", outlet=outlet
        )
        return {c.text: c.claimant for c in extract_document(doc, nlp).claims}

    own = claims("Ukrinform (English edition)")
    assert own["95 defenders"] is None  # the outlet's pointer to its own story: its own voice
    assert own["about 11,000 North Korean troops"] == "Ukrainian intelligence"
    other = claims("Kyiv Post")
    assert other["95 defenders"] == "Ukrinform"  # another outlet's report is that outlet's


def test_capitals_in_a_joint_claimant_speak_for_their_countries(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "North Korea has sent an estimated 11,000 troops to Russia, according to Kyiv, Seoul and Washington."
    )
    c = _claim(nlp, text, "11,000")
    assert c.claimant == "Ukraine, South Korea and United States", c.evidence


@pytest.mark.model
def test_an_institution_described_before_it_is_named_is_the_one_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia has clawed back roughly a third of the ground Ukraine seized, according to the latest "
        "assessment by a Washington-based think tank.\n\n"
        "The Institute for the Study of War assesses that Ukrainian forces still hold around 800 square kilometres."
    )
    c = _claim(nlp, text, "roughly a third")
    assert c.claimant == "Institute for the Study of War", c.evidence
    assert c.evidence["claimant"]["rule"] == "claimant.delayed_identification"


@pytest.mark.model
def test_a_bracketed_gloss_locating_a_place_is_the_writer_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Other Russian sources reported that Ukrainian forces have captured 11 settlements, including "
        "Darino (three kilometers north of the Sumy Oblast border)."
    )
    c = _claim(nlp, text, "three kilometers")
    assert c.claimant is None and c.evidence["claimant"]["rule"] == "claimant.place_gloss", c.evidence
    assert (_claim(nlp, text, "11 settlements").claimant or "").lower() == "other russian sources"


@pytest.mark.model
def test_officials_in_the_plural_stay_collective_when_an_official_is_named_next(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "According to Russian officials, this territory represents approximately 64% of the land Ukraine took.\n\n"
        "Colonel General Sergei Rudskoi, a senior Russian military figure, said the country is advancing."
    )
    c = _claim(nlp, text, "64%")
    assert (c.claimant, c.claimant_side) == ("Russian officials", "russia"), c.evidence
    assert c.evidence["claimant"]["rule"] == "claimant.according_to"


@pytest.mark.model
def test_acc_to_a_dated_statement_and_a_time_right_after_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Russian Defence Ministry issued its report. Acc. to a ministry statement on Monday, Ukrainian losses "
        "over the past day amounted to up to 510 servicemen. Kyiv said in November it still controlled around "
        "800 square kilometres."
    )
    c = _claim(nlp, text, "510")
    assert (c.claimant, c.claim_date) == ("Russian Defense Ministry", "2024-08-26"), c.evidence
    k = _claim(nlp, text, "800 square")
    assert (k.claim_date, k.evidence["claim_date"]["rule"]) == ("2023-11", "date.statement_time"), k.evidence


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Kursk regional authorities", "russia"),
        ("Kursk officials", "russia"),
        ("Sumy regional military administration", "ukraine"),
        ("Kursk Today", None),  # a place in an outlet's name: no officials of it
        ("Sudzha residents", "russia"),  # the people of a place speak from its side
    ],
)
def test_officials_of_a_place_take_the_side_governing_it(name: str, side: str | None) -> None:
    from kursk_claims.rules.context import side_of

    assert side_of(name) == side


def test_plural_officials_are_one_of_them_only_when_the_next_sentence_names_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Regional officials say about 150,000 people left the border districts. Many have since returned "
        "home. In a video address on Monday, Governor Alexander Khinshtein said that about 2,000 residents "
        "were still living in territory controlled by Ukrainian forces."
    )
    c = _claim(nlp, text, "150,000")
    assert c.claimant == "Regional officials", c.evidence


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (  # the paragraph named Sumy: its local authorities are Ukraine's
            "A glide bomb hit a building in Krasnopillia, in the Sumy region. Strikes on the region killed "
            "four people, Suspilne reported, citing local authorities.",
            "ukraine",
        ),
        (  # the sentence names the Kursk region
            "Local authorities say at least 30 civilians have been killed in the Kursk region.",
            "russia",
        ),
    ],
)
def test_local_authorities_are_of_the_side_governing_the_place_named(nlp, text: str, side: str) -> None:  # type: ignore[no-untyped-def]
    c = _claim(nlp, text, "four people" if "four people" in text else "30 civilians")
    assert c.claimant_side == side, c.evidence


def test_a_list_under_an_according_to_intro_line_is_that_source_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "According to the Russian Defense Ministry's summary on Tuesday, over the past day in the Kursk "
        "direction:\n- units of the North group repelled 9 counterattacks;\n- the enemy lost more than 280 "
        "servicemen and 11 vehicles;\n"
    )
    c = _claim(nlp, text, "11 vehicles")
    assert (c.claimant, c.evidence["claimant"]["rule"]) == (
        "Russian Defense Ministry",
        "claimant.speaker_span",
    )


def test_a_statement_named_before_a_colon_is_its_speaker_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Live updates\n\nThe Ukrainian General Staff's morning update: over the past 24 hours, the Kursk "
        "grouping repelled 41 Russian assaults and destroyed 6 tanks.\n\nVolodymyr Zelensky in his evening "
        "address: Ukrainian forces control 74 settlements in Kursk Oblast.\n\nDetails: 300 soldiers were killed."
    )
    got = [_claim(nlp, text, q).claimant for q in ("6 tanks", "74 settlements", "300 soldiers")]
    assert got == ["Ukrainian General Staff", "Volodymyr Zelensky", None]


def test_x_reported_this_in_the_next_sentence_credits_x(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ukraine's Defense Forces now control 1,150 square kilometers of Russian territory.\n\n"
        "Commander-in-Chief Oleksandr Syrskyi reported this to President Volodymyr Zelensky during a video call."
    )
    c = _claim(nlp, text, "1,150")
    assert (c.claimant, c.evidence["claimant"]["rule"]) == ("Oleksandr Syrskyi", "claimant.stated_by_next")


def test_a_list_line_opening_with_its_source_is_that_source_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Figures as stated by each side this month:\n"
        "- Russian Defense Ministry: Ukraine has lost more than 33,000 troops in Kursk.\n"
        "- Ukraine's Coordination Headquarters for the Treatment of POWs: more than 700 Russian soldiers "
        "captured in Kursk.\n"
    )
    got = [_claim(nlp, text, q) for q in ("33,000", "700")]
    assert [(c.claimant, c.claimant_side) for c in got] == [
        ("Russian Defense Ministry", "russia"),
        ("Coordination Headquarters for the Treatment of Prisoners of War", "ukraine"),
    ]


def test_a_table_column_headed_by_a_source_is_its_and_enemy_rows_count_its_enemy(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "How the two sides describe the campaign\n"
        "| Figure | Russia (Gerasimov, April 26) | Ukraine (General Staff, April 26) |\n"
        "| Enemy personnel losses | more than 76,000 | 62,400 |\n"
    )
    ru, ua = _claim(nlp, text, "76,000"), _claim(nlp, text, "62,400")
    assert (ru.claimant, ru.actor, ru.claim_date) == ("Valery Gerasimov", "ukraine", "2024-04-26")
    assert (ua.claimant, ua.actor) == ("Ukrainian General Staff", "russia")


def test_he_after_a_surname_the_article_gave_with_a_first_name_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Background: Mykola Terletskyi, a reserve colonel and analyst, told a newspaper on Thursday that the "
        "losses should be read together with the size of the grouping.\n\n"
        '"Today the Kursk grouping is about 60,000," Terletskyi said. "Every brigade Russia keeps in Kursk is '
        'a brigade that is not storming Pokrovsk."\n\n'
        "He estimated that Ukraine still holds between 450 and 500 square kilometres of Kursk Oblast."
    )
    c = _claim(nlp, text, "between 450")
    assert c.claimant is not None and c.claimant.endswith("Terletskyi"), c.evidence


def test_a_person_the_recogniser_missed_keeps_the_side_their_description_gave(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bison, a Ukrainian company commander, leans over a map.\n\n"
        '"We took 11 prisoners on the first morning," Bison says. In August, he says, his company crossed '
        "the border with about 120 men."
    )
    got = [_claim(nlp, text, q) for q in ("11 prisoners", "120 men")]
    assert [(c.claimant, c.claimant_side) for c in got] == [("Bison", "ukraine"), ("Bison", "ukraine")]


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Donald Trump", "third_party"),
        ("Trump", "third_party"),
        ("UAE Foreign Ministry", "third_party"),
        ("U.N.", "third_party"),
        ("Nordic Institute for Security Studies", "third_party"),  # an institute is independent
        ("Kyiv School of Economics institute", "ukraine"),  # unless a side is named
    ],
)
def test_foreign_and_independent_sources_are_third_parties(name: str, side: str) -> None:
    from kursk_claims.rules.context import side_of

    assert side_of(name) == side


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        ("Ministry of Defence of Ukraine (press service)", ("Ukrainian Defense Ministry", "ukraine")),
        ("Kursk regional government", ("Kursk regional government", "russia")),
        ("Russian Defense Ministry", ("Russian Defense Ministry", "russia")),
        (
            "Office of the President of Ukraine (president.gov.ua), evening address",
            ("Volodymyr Zelensky", "ukraine"),
        ),
        ("Institute for the Study of War", None),  # a think tank's own page: its article voice
        ("Kyiv Independent", None),
        ("Border Regions Monitor", None),
        (None, None),
        # a description around the body's name is not its name
        ("Russian Ministry of Defence official statement", ("Russian Defense Ministry", "russia")),
        (
            "Telegram web preview of the Russian Defence Ministry's English-language channel",
            ("Russian Defense Ministry", "russia"),
        ),
        (
            "Government of the Kursk region, press release in English translation",
            ("Government of the Kursk region", "russia"),
        ),
        ("Reuters, citing the Russian Defence Ministry", None),  # a news outlet's page
        ("Meduza analysis of Russian Ministry of Defence data", None),  # a page about the body
        ("Kyiv Independent live blog on the Russian Defence Ministry's claims", None),
        ("BBC fact-check of Russian Defence Ministry statement", None),
        ("Press release of the Ministry of Defence of Ukraine", ("Ukrainian Defense Ministry", "ukraine")),
        # a foreign government's or an international organisation's own page speaks as it too
        ("UK Ministry of Defence (@DefenceHQ) on X", ("UK Ministry of Defence", "third_party")),
        (
            "International Committee of the Red Cross (icrc.org), operational update",
            ("International Committee of the Red Cross", "third_party"),
        ),
        (
            "Official website of the President of Ukraine, address transcript",
            ("Volodymyr Zelensky", "ukraine"),
        ),
        # a platform after the body's name is where the page is, not a title that goes on
        (
            "Defence Intelligence of Ukraine (HUR), Telegram channel",
            ("Ukrainian military intelligence", "ukraine"),
        ),
        ("General Staff of the Armed Forces of Ukraine, Facebook", ("Ukrainian General Staff", "ukraine")),
        # a warring country's own Red Cross society is itself, not the international committee
        ("Russian Red Cross Society, press release", ("Russian Red Cross", "russia")),
        # a page about a body, not the body's own
        ("White House Watch newsletter (Politico)", None),
        ("Russian Embassy Watch (blog, independent)", None),
        # a president's website carries his transcripts as it does his addresses
        ("Website of the President of Russia, transcript", ("Vladimir Putin", "russia")),
        # an embassy is its own country's, wherever it sits
        (
            "Embassy of the Russian Federation in the UK, press statement",
            ("Embassy of the Russian Federation in the UK", "russia"),
        ),
        # a body known by its acronym alone, before the page's kind or the country it reports on
        ("ICRC news release", ("International Committee of the Red Cross", "third_party")),
        (
            "OCHA Ukraine flash update",
            ("UN Office for the Coordination of Humanitarian Affairs", "third_party"),
        ),
        # the language of the page after the body's name is no title going on
        (
            "Coordination Headquarters for the Treatment of Prisoners of War (Ukraine), English news page",
            ("Coordination Headquarters for the Treatment of Prisoners of War", "ukraine"),
        ),
        # a prosecutor's office governs: its own releases speak as it, of its region's side
        (
            "Prosecutor's Office of the Kursk Region, English version",
            ("Prosecutor's Office of the Kursk Region", "russia"),
        ),
        ("Reuters news update", None),  # (an outlet's page, whatever it is called)
    ],
)
def test_a_government_body_publishing_its_own_page_speaks_in_it(
    outlet: str | None, expected: tuple[str, str] | None
) -> None:
    assert government_publisher(outlet) == expected


def test_a_person_without_a_side_in_an_article_about_one_side_takes_that_side(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Syrskyi said on Monday that the front held. Zelensky thanked the brigades.\n\n"
        "Dmytro Kovalenko said his company had advanced 12 kilometres in the first week."
    )
    got = _claim(nlp, text, "12 kilometres")
    assert (got.claimant, got.claimant_side) == ("Dmytro Kovalenko", "ukraine")


def test_a_name_found_by_its_description_drops_honorifics_and_title_words() -> None:
    from kursk_claims.rules.described import _as_named

    assert _as_named("Dr Hemi Walker") == "Hemi Walker"
    # "the General Staff Valery Gerasimov": the registry's name its last words are
    assert _as_named("Staff Valery Gerasimov") == "Valery Gerasimov"
    assert _as_named("Margus Tamm") == "Margus Tamm"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "The head of the Sumy Regional Military Administration, Oleh Hryhorov, spoke. Hryhorov said more.",
            "Hryhorov",
            "ukraine",
        ),
        ("Hryhorov, a Kursk priest, spoke. Hryhorov said more.", "Hryhorov", None),
        ("The independent demographer Pavel Orlov spoke. Orlov said more.", "Orlov", "third_party"),
        (
            "The head of the Glushkovo district, Alexei Kalugin, spoke. Kalugin said more.",
            "Kalugin",
            "russia",
        ),
        (
            'The channel "Severny Veter," which is close to the Russian units, posted. Severny Veter said more.',
            "Severny Veter",
            "russia",
        ),
    ],
)
def test_the_side_a_description_gives_a_person_by_the_words_alone(
    text: str, name: str, side: str | None
) -> None:
    from kursk_claims.rules.described import described_side

    ctx = context(text, {})  # no parse: the description's words alone
    assert described_side(ctx, name, 1, 1) == side


def test_a_rank_the_recogniser_cut_from_its_name_names_no_one() -> None:
    from hand import parse

    from kursk_claims.rules.phrases import _canon_entity

    doc = parse(
        "spokesman Lieutenant General Igor Konashenkov said",
        """
spokesman NOUN compound 4
Lieutenant PROPN compound 2
General PROPN compound 4
Igor PROPN compound 4
Konashenkov PROPN nsubj 5
said VERB ROOT 5 say VBD
""",
        ((1, 3, "ORG"), (3, 5, "PERSON")),
    )
    org, person = doc.ents
    assert _canon_entity(org) is None
    got = _canon_entity(person)
    assert got is not None and got.name == "Igor Konashenkov"


@pytest.mark.model
def test_a_speaker_who_says_we_and_names_the_russians_as_others_is_ukrainian(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maksym Kovalyk has commanded the battalion since the spring.\n\n"
        '"We took 40 prisoners in the first week. The Russians lost 60 men in front of our positions," '
        "Kovalyk said."
    )
    c = _claim(nlp, text, "60 men")
    assert (c.claimant, c.claimant_side) == ("Maksym Kovalyk", "ukraine"), c.evidence
    assert c.evidence["claimant_side"]["rule"] == "claimant.own_words_side"


@pytest.mark.model
def test_the_actor_rules_read_a_side_the_document_passes_learned(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maksym Kovalyk has commanded the battalion since the spring.\n\n"
        '"My battalion lost 11 men in January," Kovalyk said. "The Russians lost 60 men in front of our '
        'positions in the same week," he added.'
    )
    c = _claim(nlp, text, "11 men")
    assert (c.claimant_side, c.actor) == ("ukraine", "ukraine"), c.evidence


@pytest.mark.model
def test_a_bullet_under_an_intro_naming_whose_losses_counts_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ukraine's General Staff said that since August Russian losses in the Kursk direction amounted to:\n"
        "- 95 tanks and 204 armoured combat vehicles;\n"
        "- 311 artillery systems.\n"
    )
    c = _claim(nlp, text, "311 artillery systems")
    assert (c.metric, c.actor) == ("equipment", "russia"), c.evidence


@pytest.mark.parametrize(
    ("pronoun", "name", "clash"),
    [
        ("she", "Alexei Smirnov", True),
        ("she", "Maria Zakharova", False),
        ("he", "Maria Zakharova", True),
        ("he", "Oleksandr Syrskyi", False),
        ("she", "Dmytro Lubinets", False),  # no mark either way
        ("she", "Hrytsenko", False),  # a surname alone is no evidence
        ("they", "Alexei Smirnov", False),
    ],
)
def test_a_slavic_surname_marks_which_pronoun_can_refer_to_it(pronoun: str, name: str, clash: bool) -> None:
    from kursk_claims.rules.context import pronoun_clash

    assert pronoun_clash(pronoun, name) is clash


@pytest.mark.model
def test_she_does_not_refer_back_to_a_man_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tatyana Lukina runs the shelter in Kursk. Governor Alexei Smirnov visited it on Monday.\n\n"
        "She said 40 people were still sleeping in the basement."
    )
    c = _claim(nlp, text, "40 people")
    assert c.claimant in (None, "Tatyana Lukina"), c.evidence  # never Smirnov


DESCRIBED = "Yevhen, a former driver, said 400 people left."
DESCRIBED_ROWS = """
Yevhen ADV advmod 6
, PUNCT punct 6
a DET det 4
former ADJ amod 4
driver NOUN nsubj 6
, PUNCT punct 6
said VERB ROOT 6 say VBD
400 NUM nummod 8
people NOUN nsubj 9 person
left VERB ccomp 6 leave VBD
. PUNCT punct 6
"""


def test_the_person_a_description_the_parser_took_for_the_subject_describes() -> None:
    ctx = context(DESCRIBED, one(DESCRIBED, DESCRIBED_ROWS, ((0, 1, "PERSON"),)))
    att = claimant.reporting_verb(Resolver(ctx), target(ctx, 0, "400"))
    assert att is not None and att.name == "Yevhen", att


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Military expert Vasily Dandykin told Izvestia that Ukraine had massed up to 1,500 fighters.",
            "russia",
        ),
        (
            "Military expert Oleksandr Kovalenko told Ukrinform that Ukraine still held 600 square kilometers.",
            "ukraine",
        ),
        # a description naming a country keeps its side
        ("A Western military analyst told TASS that Ukraine had massed up to 1,500 fighters.", "third_party"),
    ],
)
def test_an_expert_telling_a_warring_side_s_outlet_speaks_from_that_side(nlp, text: str, side: str) -> None:  # type: ignore[no-untyped-def]
    c = _claim(nlp, text, "1,500" if "1,500" in text else "600 square")
    assert c.claimant_side == side, c.evidence


@pytest.mark.model
def test_a_surname_the_recogniser_took_for_an_organisation_is_the_person_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Evan Marsh, a Russia analyst at the ISW, told Newsweek on Wednesday that Moscow had avoided pulling "
        "troops from the east. Russian forces have been hampered by a lack of air defence. Drones have struck "
        "several airfields.\n\nMarsh pointed to the destruction of bridges over the Seym River as a sign "
        "that Ukraine was trying to isolate Russian forces in the Glushkovo district.\n\nStill, he cautioned "
        'against reading too much into the advance. Ukrainian forces were "likely" still holding more than '
        "800 square kilometers, he noted."
    )
    c = _claim(nlp, text, "800 square")
    assert c.claimant is not None and "Marsh" in c.claimant, c.evidence


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Q: Russia's Defence Ministry now says Ukraine has lost 33,000 soldiers.",
            "Q: Russia's Defence Ministry now",
        ),
        ("Russia's Defense Ministry claims that 300 were killed.", "Russia's Defense Ministry"),
        ("Skibitskyi: Our estimate is that about 12,000 came in October.", None),
    ],
)
def test_a_plain_attribution_read_off_the_words_past_a_label_not_a_speakers_own(
    text: str, who: str | None
) -> None:
    from kursk_claims.rules.patterns import _HEAD_ATTRIBUTION

    m = _HEAD_ATTRIBUTION.search(text)
    assert (m.group("who") if m else None) == who


# ----------------------------------------------------------------------------- the outlet's own reporters


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "outlet", "claimant_name"),
    [
        pytest.param(
            "In the basement of a school, Reuters reporters counted 63 people sitting on mattresses.",
            "63 people",
            "Reuters",
            None,
            id="the-pages-own-named-reporters-count-in-its-voice",
        ),
        pytest.param(
            "Along one stretch south of the town, reporters counted 14 destroyed military vehicles.",
            "14 destroyed military vehicles",
            "Reuters",
            None,
            id="reporters-without-an-owner-are-the-pages-own",
        ),
        pytest.param(
            "In the basement of a school, BBC reporters counted 63 people sitting on mattresses.",
            "63 people",
            "Reuters",
            "BBC",
            id="another-outlets-reporters-are-that-outlets",
        ),
        pytest.param(
            "Russian reporters counted 30 bodies of Ukrainian soldiers near Sudzha.",
            "30 bodies",
            "Reuters",
            "Russian reporters",
            id="reporters-described-otherwise-are-not-the-pages-own",
        ),
        pytest.param(
            "Journalists saw at least 20 bodies of Ukrainian soldiers near Sudzha, the Russian Defence Ministry said.",
            "at least 20 bodies",
            "Reuters",
            "Russian Defense Ministry",
            id="reporters-whose-sighting-someone-else-reports-are-that-sources",
        ),
    ],
)
def test_own_reporters(nlp, text: str, quote: str, outlet: str, claimant_name: str | None) -> None:  # type: ignore[no-untyped-def]

    c = claim_in(run(nlp, text, "2024-08-16", outlet).claims, text, quote)
    assert c.claimant == claimant_name, c.evidence


def test_a_dashed_topic_heading_is_no_speakers_label() -> None:
    from kursk_claims.rules.labels import LABEL

    office = "Chief of the General Staff of the Armed Forces – First Deputy Defence Minister Valery Gerasimov: Sir,"
    assert LABEL.match(office) is not None
    assert LABEL.match("Kursk Region – Sudzha Direction: heavy fighting continues") is None
    assert LABEL.match("North Korea – Russia Alliance: more troops arrive") is None


@pytest.mark.model
def test_a_surname_two_people_share_is_not_expanded(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Petrenko and her husband Ivan Petrenko fled in August. Petrenko said 30 neighbours had been killed."
    assert _claim(nlp, text, "30 neighbours").claimant == "Petrenko"
    text = "Trauma surgeon Oleh Ivanovych Kovtun runs the ward. Kovtun said 45 wounded civilians had arrived."
    assert _claim(nlp, text, "45 wounded").claimant == "Oleh Kovtun"


@pytest.mark.model
def test_our_role_is_of_the_writers_country(nlp) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from kursk_claims.extract import extract_document
    from kursk_claims.models import Document

    def claimant_of(text: str, outlet: str | None) -> tuple[str | None, str | None]:
        doc = Document(
            "t", text, hashlib.sha256(text.encode()).hexdigest(), published="2024-08-22", outlet=outlet
        )
        c = next(c for c in extract_document(doc, nlp).claims if "soldiers" in c.text)
        return c.claimant, c.claimant_side

    text = (
        "A captured conscript speaks\n\nThe interview was recorded on 18 August.\n\n"
        "Interviewer: Our commander-in-chief says several hundred Russian soldiers have already been taken "
        "prisoner. Did you expect to be one of them?"
    )
    # a Ukrainian outlet's "our commander-in-chief" is Ukraine's, whatever country the sentence names
    assert claimant_of(text, "Ukrainska Pravda") == ("Oleksandr Syrskyi", "ukraine")
    # with no outlet known and no side the article is about, "our" names no country
    assert claimant_of(text, None)[0] != "Vladimir Putin"
    # inside a quotation "our" is the speaker's, not the outlet's
    quoted = text.replace(
        "Interviewer: Our commander-in-chief says several hundred Russian soldiers have already been taken "
        "prisoner. Did you expect to be one of them?",
        'A Russian officer told reporters: "Our commander-in-chief says several hundred Russian soldiers '
        'were killed."',
    )
    assert claimant_of(quoted, "Ukrainska Pravda")[0] != "Oleksandr Syrskyi"
    # on an answer's line "our" is the one answering's: a Russian prisoner's commander is no Syrskyi
    answer = (
        "A captured conscript speaks\n\nThe interview was recorded on 18 August.\n\nInterviewer: What happened?"
        "\n\nDaniil K.: Our commander said 40 soldiers had been killed in the first week.\n\nInterviewer: And "
        "then?\n\nDaniil K.: We surrendered."
    )
    assert claimant_of(answer, "Ukrainska Pravda")[0] != "Oleksandr Syrskyi"


@pytest.mark.model
def test_an_interviewee_without_a_side_speaks_from_the_outlets_country(nlp) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from kursk_claims.extract import extract_document
    from kursk_claims.models import Document

    text = (
        "A general on the fighting\n\nMajor General Aleksandr Pogodin, deputy commander of one of the groupings "
        "fighting in the region, spoke about the operation. The conversation took place on 19 September.\n\n"
        "Izvestia: How would you describe the situation?\n\nPogodin: Since 6 August the adversary has lost more "
        "than 13,000 men in the Kursk direction.\n\nIzvestia: And the prisoners?\n\nPogodin: Many."
    )

    def side_of(outlet: str | None) -> tuple[str | None, str | None]:
        doc = Document(
            "t", text, hashlib.sha256(text.encode()).hexdigest(), published="2024-09-24", outlet=outlet
        )
        c = next(c for c in extract_document(doc, nlp).claims if "13,000" in c.text)
        return c.claimant_side, c.actor

    # interviewed by a Russian outlet: the general speaks from Russia's side, and his adversary is Ukraine
    assert side_of("Izvestia") == ("russia", "ukraine")
    # (the outlet's own name before a slash its metadata sets between two names)
    assert side_of("Izvestia / Известия (English edition)") == ("russia", "ukraine")
    # an outlet of no warring side gives no side
    assert side_of("BBC")[0] is None


def test_a_persons_own_channel_speaks_its_unsourced_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    """A warring-side person's own channel or blog (the outlet says so) speaks what it states unsourced;
    a newsroom's page with a post card, a byline or a photo caption at its top does not."""
    import hashlib

    from kursk_claims.extract import extract_document
    from kursk_claims.models import Document

    def claims(text: str, outlet: str) -> dict[str, object]:
        doc = Document(
            "t", text, hashlib.sha256(text.encode()).hexdigest(), published="2025-03-14", outlet=outlet
        )
        return {c.text: c for c in extract_document(doc, nlp).claims}

    channel = (
        "Alexander Khinshtein\n@Khinshtein\n214K subscribers\n\nSudzha is free! During these days the military "
        "took 67 residents out of Sudzha and the nearby villages."
    )
    got = claims(channel, "Telegram channel of the Kursk governor")["67 residents"]
    assert (got.claimant, got.claimant_side) == ("Alexander Khinshtein", "russia"), got.evidence  # type: ignore[attr-defined]
    blog = (
        "FIELD NOTES\nPosts from the Kursk direction by a Ukrainian officer.\n\nWhat I see from the ground\n\n"
        'Petro Hnatiuk (call sign "Dub")\n\nBy our count, our battalion killed at least 300 Russian soldiers in '
        "December."
    )
    got = claims(blog, "Blog of a Ukrainian military blogger")["at least 300 Russian soldiers"]
    assert (got.claimant, got.claimant_side) == ("Petro Hnatiuk", "ukraine"), got.evidence  # type: ignore[attr-defined]
    # the same card at the top of a wire story, a live blog's byline: the newsroom's own voice
    wire = channel.replace(
        "Sudzha is free! During these days", "Ukraine launched its incursion, and since then"
    )
    got = claims(wire, "Reuters")["67 residents"]
    assert got.claimant is None, got.evidence  # type: ignore[attr-defined]
    live = (
        "Kursk village hit by a Russian glide bomb\n\nTom Ambrose\n\nUkraine's troops still hold about 400 "
        "square kilometres of the Kursk region."
    )
    got = claims(live, "The Guardian live blog")["about 400 square kilometres"]
    assert got.claimant is None, got.evidence  # type: ignore[attr-defined]


def test_an_opinion_pieces_contributor_speaks_its_first_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """'By my count' in an opinion piece is the contributor's its note names, with the side of the role
    the note gives, not of the subject the contributor works on; a source's introduction is no note."""
    import hashlib

    from kursk_claims.extract import extract_document
    from kursk_claims.models import Document

    def claim(text: str, quote: str) -> object:
        doc = Document(
            "t", text, hashlib.sha256(text.encode()).hexdigest(), published="2025-03-19", outlet="Op-ed"
        )
        return next(c for c in extract_document(doc, nlp).claims if quote in c.text)

    body = "Kursk was not a mistake\n\nBy my count, Russia has lost at least 35,000 soldiers in the Kursk region."
    got = claim(
        body + "\n\nAnna Lind is a senior fellow in the Russia and Eurasia Programme at Chatham House.",
        "35,000",
    )
    assert (got.claimant, got.claimant_side) == ("Anna Lind", "third_party"), got.evidence  # type: ignore[attr-defined]
    got = claim(body + "\n\nIvan Hordiienko is a retired colonel of the Armed Forces of Ukraine.", "35,000")
    assert (got.claimant, got.claimant_side) == ("Ivan Hordiienko", "ukraine"), got.evidence  # type: ignore[attr-defined]
    source = (
        body
        + "\n\nMykola Bielieskov is a senior analyst at a think tank in Kyiv. He said that the war would go on."
    )
    assert claim(source, "35,000").claimant == "Op-ed"  # type: ignore[attr-defined]  # no note: the outlet's own count


def test_a_commandants_office_is_of_the_outlets_army(nlp) -> None:  # type: ignore[no-untyped-def]
    """A military commandant's office is set up by the army holding a place: on a warring side's own outlet
    it is that side's office, whatever side the place is; elsewhere its side is not read off the place."""
    import hashlib

    from kursk_claims.extract import extract_document
    from kursk_claims.models import Document

    text = (
        "Civilians in Kursk region\n\nAbout 400 residents remain in the villages under the control of the Defense "
        "Forces.\n\nThis was stated by the spokesman of the military commandant's office in the Kursk region Petro "
        "Lysenko on air of the national telethon."
    )

    def side(outlet: str) -> str | None:
        doc = Document(
            "t", text, hashlib.sha256(text.encode()).hexdigest(), published="2024-09-03", outlet=outlet
        )
        got = next(c for c in extract_document(doc, nlp).claims if "400" in c.text)
        assert got.claimant == "Petro Lysenko", got.evidence
        return got.claimant_side

    assert side("Ukrinform") == "ukraine"
    assert side("Reuters") is None


def _outlet_claims(nlp, text: str, outlet: str, published: str):  # type: ignore[no-untyped-def]
    """The claims of one page with its outlet metadata."""
    import hashlib

    from kursk_claims.extract import extract_document
    from kursk_claims.models import Document

    doc = Document("t", text, hashlib.sha256(text.encode()).hexdigest(), published=published, outlet=outlet)
    return extract_document(doc, nlp).claims


@pytest.mark.model
def test_the_president_on_a_sides_own_outlet_is_its_president_not_one_named_in_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia has massed troops in Kursk\n\n"
        '"Our soldiers are holding back the enemy grouping of about 50,000. Every day our positions there are a '
        'problem for Putin," the President said.'
    )
    (c,) = [c for c in _outlet_claims(nlp, text, "Ukrinform", "2024-11-11") if "50,000" in c.text]
    assert (c.claimant, c.claimant_side) == ("Volodymyr Zelensky", "ukraine"), c.evidence


@pytest.mark.model
def test_the_president_is_not_the_outlets_when_the_page_names_another_countrys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Talks in Moscow\n\nKazakh President Kassym-Jomart Tokayev held talks in Moscow. The President said about "
        "15,000 Russian citizens had crossed the border."
    )
    (c,) = [c for c in _outlet_claims(nlp, text, "RIA Novosti", "2025-01-20") if "15,000" in c.text]
    assert c.claimant != "Vladimir Putin", c.evidence


def test_an_outlets_name_is_the_first_of_the_names_its_metadata_gives() -> None:
    from kursk_claims.rules.outlet import outlet_name

    assert outlet_name("NV / New Voice of Ukraine (English edition)") == "NV"
    assert outlet_name("Gamereactor (gamereactor.eu), citing Reuters") == "Gamereactor"
    assert outlet_name("RBC-Ukraine") == "RBC-Ukraine"  # a hyphen inside a name splits nothing


def test_an_official_pages_own_voice_is_its_body(nlp) -> None:  # type: ignore[no-untyped-def]
    from conftest import run

    text = "Bulletin\n\nOver the past day the enemy lost up to 300 servicemen in the Kursk direction.\n"
    got = claim_in(
        run(nlp, text, "2024-09-04", "Russian Ministry of Defence daily bulletin").claims, text, "up to 300"
    )
    assert (got.claimant, got.claimant_side) == ("Russian Defense Ministry", "russia")


@pytest.mark.parametrize(
    ("outlet", "claimant"),
    [
        (
            "International Committee of the Red Cross, operational update",
            "International Committee of the Red Cross",
        ),
        ("Defence Intelligence of Ukraine, news statement", "Ukrainian military intelligence"),
        ("Kyiv Independent", "Kyiv Independent"),  # a newspaper's 'our' is its own count
        ("Institute for the Study of War", "Institute for the Study of War"),  # and so is a think tank's
    ],
)
def test_an_official_pages_first_person_plural_is_its_publishers(
    nlp, outlet: str, claimant: str | None
) -> None:  # type: ignore[no-untyped-def]
    text = "According to our estimates, the losses in the Kursk direction exceed 20,000 killed and wounded."
    got = claim_in(run(nlp, text, "2024-10-24", outlet).claims, text, "20,000")
    assert got.claimant == claimant


def test_an_official_pages_own_voice_is_dated_by_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In August, the mission verified that 16 civilians were killed in the region.\n\n"
        "Regional authorities later ordered the mandatory evacuation of about 20,000 people."
    )
    outlet = "UN Human Rights Monitoring Mission in Ukraine, monthly update"
    got = claim_in(run(nlp, text, "2024-09-10", outlet).claims, text, "20,000")
    assert (got.claimant, got.claim_date) == ("UN Human Rights Monitoring Mission in Ukraine", "2024-09-10")


@pytest.mark.parametrize(
    ("text", "rows", "expected"),
    [
        (
            "Natalia Guseva says so.",
            "Natalia PROPN compound 1\nGuseva PROPN nsubj 2\nsays VERB ROOT 2\nso ADV advmod 2\n. PUNCT punct 2",
            True,
        ),
        (
            "Kursk Oblast says so.",
            "Kursk PROPN compound 1\nOblast PROPN nsubj 2\nsays VERB ROOT 2\nso ADV advmod 2\n. PUNCT punct 2",
            False,
        ),
        (
            "Defence Ministry says so.",
            "Defence PROPN compound 1\nMinistry PROPN nsubj 2\nsays VERB ROOT 2\nso ADV advmod 2\n. PUNCT punct 2",
            False,
        ),
        (
            "Guseva says so.",
            "Guseva PROPN nsubj 1\nsays VERB ROOT 1\nso ADV advmod 1\n. PUNCT punct 1",
            False,
        ),
        (
            "NATO Guseva says so.",
            "NATO PROPN compound 1\nGuseva PROPN nsubj 2\nsays VERB ROOT 2\nso ADV advmod 2\n. PUNCT punct 2",
            False,
        ),
    ],
)
def test_a_full_name_the_recogniser_missed_is_whom_a_pronoun_after_it_means(
    text: str, rows: str, expected: bool
) -> None:
    # "Natalia Guseva, from a village near Oryol, says ... She told Mediazona that 22 men ...": the
    # recogniser may tag a first name a place; two capitalised proper nouns, neither a place nor a body, name
    from kursk_claims.rules.sentence_before import _untagged_name

    doc = parse(text, rows)
    lead = next(t for t in doc if t.dep_ == "nsubj")
    assert _untagged_name(lead) is expected


def test_an_official_pages_as_of_day_dates_its_own_voice(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Weekly summary\n\nAs of 18 August, the Defence Forces control 1,150 square kilometres of the Kursk region."
    got = claim_in(run(nlp, text, "2024-08-21", "Ministry of Defence of Ukraine").claims, text, "1,150")
    assert (got.claimant, got.claim_date) == ("Ukrainian Defense Ministry", "2024-08-18")
