"""The claim rules, family by family, on short hand-written documents (needs the spaCy model).

Each case is a one- or two-sentence document, the quantity phrase to look at, and the fields an
analyst would expect on the claim found there. Cases the current rules get wrong stay in the
tables as ``xfail(strict=True)``: they turn into failures once the rule is fixed, so the mark
must then be removed.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import claim_at, claim_in, run
from kursk_claims.models import Claim

pytestmark = pytest.mark.model


def check(claim: Claim, expected: dict[str, Any]) -> None:
    got = {k: getattr(claim, k) for k in expected}
    for k in ("value", "value_low", "value_high"):
        if k in expected and expected[k] is not None and got[k] is not None:
            got[k] = round(got[k], 1)
    assert got == expected, f"{claim.text!r}: evidence {claim.evidence}"


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


def case(
    text: str, quote: str, expected: dict[str, Any], *, id: str, published: str | None = None, bug: str = ""
) -> Any:
    marks = [xfail(bug)] if bug else []
    return pytest.param(text, quote, published, expected, id=id, marks=marks)


# ----------------------------------------------------------------------------- metric

METRIC = [
    case(
        "Reporting to the president, the commander-in-chief said the number of settlements under Ukrainian "
        "control had risen to 74.",
        "74",
        {"metric": "settlements", "value": 74.0},
        id="what-the-number-of-risen-to-counts",
    ),
    case(
        "Gerasimov said Ukraine had lost more than 7,000 pieces of military hardware.",
        "more than 7,000 pieces",
        {"metric": "equipment", "value": 7000.0},
        id="pieces-of-military-hardware-are-equipment",
    ),
    case(
        "Since August the Russian army has lost more than 38 thous. servicemen in this direction, the commander "
        "said.",
        "more than 38 thous. servicemen",
        {"metric": "casualties", "value": 38000.0},
        id="an-abbreviated-thousand-keeps-its-sentence-and-its-noun",
    ),
    case(
        "The Russian group of forces, which lost hundreds of tanks, has grown to 50,000 troops, the "
        "Pentagon said.",
        "50,000 troops",
        {"metric": "personnel"},
        id="a-force-that-lost-tanks-growing-is-no-tally-of-losses",
    ),
    case(
        "In August, the ministry's cumulative tally of Ukrainian losses in Kursk stood at around 5,000 personnel.",
        "around 5,000 personnel",
        {"metric": "casualties"},
        id="what-a-tally-standing-at-a-number-is-of",
    ),
    case(
        "By December the number of North Korean troops in Kursk had reached 12,000 personnel, the Pentagon said.",
        "12,000 personnel",
        {"metric": "personnel", "predicate": "deployed"},
        id="a-number-of-troops-reaching-a-figure-stays-troops",
    ),
    case(
        "We geolocated 12 destroyed Russian vehicles on the approaches to Sudzha from the north and east.",
        "12 destroyed Russian vehicles",
        {"metric": "equipment", "value": 12.0},
        id="a-participle-of-loss-the-parser-took-for-a-verb",
    ),
    case(
        "Along that stretch, we identified 37 destroyed or abandoned Ukrainian vehicles in footage.",
        "37 destroyed or abandoned Ukrainian vehicles",
        {"metric": "equipment", "value": 37.0},
        id="coordinated-participles-of-loss",
    ),
    case(
        "Khinshtein said 18 residents had been killed and 64 wounded by Ukrainian drones since January.",
        "64 wounded",
        {"metric": "civilians"},
        id="wounded-by-drones-counts-no-drones",
    ),
    case(
        "Kursk in numbers\n\n93\nsettlements under Ukrainian control, by our count\n",
        "93",
        {"metric": "settlements", "value": 93.0},
        id="a-key-figure-card-counts-what-its-label-says",
    ),
    case(
        "Three of the Russian saboteurs were killed and at least two wounded, the border service said.",
        "Three of the Russian saboteurs",
        {"metric": "killed"},
        id="saboteurs-are-soldiers",
    ),
    case(
        "Two of his neighbours were killed by a drone in February while they were carrying water.",
        "Two of his neighbours",
        {"metric": "civilians", "actor": "civilians"},
        id="neighbours-are-civilians",
    ),
    case(
        "Kursk officials said last month that 1,200 residents were missing. The figure has since fallen to "
        "about 400, the governor said on Tuesday.",
        "about 400",
        {"metric": "civilians"},
        id="a-figure-named-before-moves-to-a-new-value",
    ),
    case(
        "The agency said in November that 11,000 North Korean troops had been sent. That number had grown "
        "to 12,500 by February, it said.",
        "12,500",
        {"metric": "personnel"},
        id="that-number-had-grown-to",
    ),
    case(
        "About 150,000 people left their homes in the region. Of these, about 12,000 are still in temporary "
        "accommodation centres, the regional government said.",
        "about 12,000",
        {"metric": "civilians"},
        id="of-these-a-part-of-the-figure-before",
    ),
    case(
        "The military said 11,000 North Korean soldiers had been deployed. Of these, the military estimated, "
        "around 3,000 had been killed or wounded.",
        "around 3,000",
        {"metric": "casualties"},
        id="of-these-killed-or-wounded",
    ),
    case(
        "The governor said 112,000 residents had left the district. About 5,000 of them are living in temporary "
        "accommodation centres.",
        "About 5,000",
        {"metric": "civilians"},
        id="n-of-them-a-part-of-the-figure-before",
    ),
    case(
        "Rybar said about 800 Russian soldiers had walked through the pipe. Other military bloggers put the "
        "number at up to 600.",
        "up to 600",
        {"metric": "personnel"},
        id="put-the-number-at-with-no-of",
    ),
    case(
        "Key figures\n- More than 4 500: North Korean casualties cited by the same Ukrainian statement\n",
        "More than 4 500",
        {"metric": "casualties"},
        id="a-fact-line-with-a-colon-after-the-figure",
    ),
    case(
        "Russia's Defence Ministry said 150 Russian servicemen had been returned from territory controlled by Kyiv.",
        "150 Russian servicemen",
        {"metric": "prisoners", "actor": "russia"},
        id="servicemen-returned-in-an-exchange",
    ),
    case(
        "Lepik put the number of North Korean soldiers in the Kursk region at around 11,000.",
        "around 11,000",
        {"metric": "personnel", "actor": "north_korea"},
        id="put-the-number-of-soldiers-at",
    ),
    case(
        "The same official put the number of Ukrainians still in Russian captivity at more than 8,000.",
        "more than 8,000",
        {"metric": "prisoners"},
        id="put-the-number-of-a-nations-people-at-counts-what-the-clause-says",
    ),
    case(
        "She had learned from other mothers that at least 60 conscripts from his unit were in Ukrainian hands.",
        "at least 60 conscripts",
        {"metric": "prisoners"},
        id="soldiers-in-the-other-sides-hands-are-prisoners",
    ),
    case(
        "Lubinets said that a total of 4,131 Ukrainians had been freed so far.",
        "4,131 Ukrainians",
        {"metric": "prisoners", "value": 4131.0},
        id="nation-noun-freed",
    ),
    case(
        "Seoul's intelligence service says about 11,000 North Koreans have been sent to Russia.",
        "about 11,000 North Koreans",
        {"metric": "personnel", "actor": "north_korea"},
        id="north-koreans-counted",
    ),
    case(
        "Ukrainian troops have captured 1,150 square kilometres in the Kursk region, the army chief said.",
        "1,150 square kilometres",
        {"metric": "territory_km2", "value": 1150.0, "qualifier": "exact"},
        id="square-kilometres",
    ),
    case(
        "Kyiv now holds about 450 sq mi of Russian land, analysts estimated.",
        "about 450 sq mi",
        {"metric": "territory_km2", "value": 1165.5, "qualifier": "approx"},
        id="square-miles-converted",
    ),
    case(
        "Ukrainian units cleared 3,000 hectares of farmland near the border, a spokesman said.",
        "3,000 hectares",
        {"metric": "territory_km2", "value": 30.0},
        id="hectares-converted",
    ),
    case(
        "Ukraine's forces have lost 12 km² of the bridgehead, DeepState reported.",
        "12 km²",
        {"metric": "territory_km2", "value": 12.0},
        id="km2-symbol",
    ),
    case(
        "Ukraine controls roughly 8% of the region, an analyst at the think tank said.",
        "roughly 8%",
        {"metric": "territory_pct", "value": 8.0, "qualifier": "approx"},
        id="percent-of-region",
    ),
    case(
        "Russian forces have retaken two-thirds of the territory seized by Ukraine, the Kremlin said.",
        "two-thirds",
        {"metric": "territory_pct", "value": 66.7},
        id="two-thirds-of-territory",
    ),
    case(
        "Ukraine lost half of the territory it had captured, the Institute for the Study of War said.",
        "half",
        {"metric": "territory_pct", "value": 50.0},
        id="half-of-territory",
    ),
    case(
        "Pyongyang has sent some 11,000 troops to Russia, Seoul's spy agency said.",
        "some 11,000 troops",
        {"metric": "personnel", "value": 11000.0, "qualifier": "approx"},
        id="troops",
    ),
    case(
        "More than 12,000 North Korean soldiers are fighting alongside Russian units, officials said.",
        "More than 12,000 North Korean soldiers",
        {"metric": "personnel", "value_low": 12000.0, "value_high": None, "qualifier": "more_than"},
        id="soldiers",
    ),
    case(
        "At least 300 North Korean soldiers were killed in the fighting, a lawmaker said.",
        "At least 300 North Korean soldiers",
        {"metric": "killed", "value": 300.0, "qualifier": "at_least"},
        id="were-killed",
    ),
    case(
        "About 2,700 North Korean troops were injured, the agency said.",
        "About 2,700 North Korean troops",
        {"metric": "wounded", "value": 2700.0},
        id="injured",
    ),
    case(
        "Around 40 Ukrainian servicemen were wounded in the strike, officials said.",
        "Around 40 Ukrainian servicemen",
        {"metric": "wounded", "value": 40.0},
        id="wounded",
    ),
    case(
        "The enemy lost more than 38,000 servicemen in the Kursk direction, Syrskyi said.",
        "more than 38,000 servicemen",
        {"metric": "casualties", "value_low": 38000.0},
        id="lost-servicemen",
    ),
    case(
        "Ukraine's army suffered 2,500 casualties in the Kursk operation, Gerasimov said.",
        "2,500 casualties",
        {"metric": "casualties", "value": 2500.0},
        id="casualties-noun",
    ),
    case(
        "North Korea has lost 4,000 soldiers, killed or wounded, Zelensky said.",
        "4,000 soldiers",
        {"metric": "casualties"},
        id="killed-or-wounded",
    ),
    case(
        "Ukrainian forces have taken 600 Russian soldiers prisoner, Zelensky said.",
        "600 Russian soldiers",
        {"metric": "prisoners", "value": 600.0},
        id="taken-prisoner",
    ),
    case(
        "Kyiv said it was holding more than 700 prisoners of war captured in Kursk.",
        "more than 700 prisoners",
        {"metric": "prisoners", "value_low": 700.0},
        id="prisoners-of-war",
    ),
    case(
        "More than 600 Russian soldiers have surrendered since August, Zelensky said.",
        "More than 600 Russian soldiers",
        {"metric": "prisoners"},
        id="surrendered",
    ),
    case(
        "Ukraine's forces have seized 74 villages in the region, Zelensky said.",
        "74 villages",
        {"metric": "settlements", "value": 74.0},
        id="villages",
    ),
    case(
        "Russia said its troops had recaptured 12 settlements in the Kursk region.",
        "12 settlements",
        {"metric": "settlements", "value": 12.0},
        id="settlements",
    ),
    case(
        "Russian forces destroyed 40 tanks and 120 armoured vehicles, the ministry said.",
        "40 tanks",
        {"metric": "equipment", "value": 40.0},
        id="tanks",
    ),
    case(
        "Russian forces destroyed 40 tanks and 120 armoured vehicles, the ministry said.",
        "120 armoured vehicles",
        {"metric": "equipment", "value": 120.0},
        id="armoured-vehicles",
    ),
    case(
        "Ukrainian units destroyed 3 helicopters and 5 aircraft, Syrskyi said.",
        "5 aircraft",
        {"metric": "equipment", "value": 5.0},
        id="aircraft",
    ),
    case(
        "Some 121,000 residents were evacuated from border districts, the acting governor said.",
        "Some 121,000 residents",
        {"metric": "civilians", "value": 121000.0},
        id="residents-evacuated",
    ),
    case(
        "More than 180,000 people have fled the region since August, the governor said.",
        "More than 180,000 people",
        {"metric": "civilians"},
        id="people-fled",
    ),
    case(
        "Ukrainian troops advanced 12 kilometres into Russian territory, Syrskyi said.",
        "12 kilometres",
        {"metric": "distance_km", "value": 12.0},
        id="kilometres-advanced",
    ),
    case(
        "The Sudzha gas station lies about 10 kilometres from the border.",
        "about 10 kilometres",
        {"metric": "distance_km", "value": 10.0},
        id="distance-from-border",
    ),
    case(
        "Zelensky put the number of North Korean troops killed at 3,000.",
        "3,000",
        {"metric": "killed", "value": 3000.0},
        id="number-of-x-at-n",
    ),
    case(
        "Russia had lost up to 70 soldiers in the attack, Ukraine's General Staff said.",
        "up to 70 soldiers",
        {"metric": "casualties", "qualifier": "at_most", "value_low": None, "value_high": 70.0},
        id="up-to-bounds",
    ),
    case(
        "Between 10,000 and 12,000 North Korean troops are in Russia, the Pentagon said.",
        "Between 10,000 and 12,000",
        {
            "metric": "personnel",
            "value": 11000.0,
            "value_low": 10000.0,
            "value_high": 12000.0,
            "qualifier": "range",
        },
        id="range-midpoint",
    ),
    case(
        "Russia's 810th Brigade lost 300 men, Syrskyi said.",
        "300 men",
        {"metric": "casualties", "value": 300.0, "actor": "russia"},
        id="unit-lost-men-not-the-ordinal",
    ),
    case(
        "Russian losses in the Kursk region have reached 40,000 troops, Syrskyi said.",
        "40,000 troops",
        {"metric": "casualties", "actor": "russia", "predicate": "killed_or_wounded"},
        id="losses-reached-n-troops",
    ),
    case(
        "Russia has suffered losses of 40,000 in the region, Syrskyi said.",
        "40,000",
        {"metric": "casualties", "value": 40000.0},
        id="losses-of-n",
    ),
    case(
        "The General Staff reported that Russian forces lost 96 soldiers killed and 142 wounded over the past day.",
        "96 soldiers",
        {"metric": "killed", "predicate": "killed"},
        id="lost-n-soldiers-killed-is-killed",
    ),
    case(
        "Syrskyi said the enemy's losses amounted to 66,500, of whom 27,000 are irrecoverable losses, and "
        "39,500 are sanitary losses.",
        "39,500",
        {"metric": "wounded"},
        id="sanitary-losses-are-wounded",
    ),
    case(
        "Syrskyi said the enemy's losses amounted to 66,500, of whom 27,000 are irrecoverable losses, and "
        "39,500 are sanitary losses.",
        "27,000",
        {"metric": "killed"},
        id="irrecoverable-losses-are-killed",
    ),
    case(
        "Ukrainian troops have pushed 10km into Russia, and Russia says it has evacuated more than 76,000 people.",
        "76,000 people",
        {"metric": "civilians", "actor": "civilians"},
        id="evacuated-people-beside-troops-are-civilians",
    ),
    case(
        '"103 of our defenders are home," Zelensky wrote, sharing photos of the freed soldiers.',
        "103 of our",
        {"metric": "prisoners"},
        id="defenders-home-freed-are-prisoners-returned",
    ),
    case(
        "Russian air defenses shot down 36 Ukrainian fixed-wing drones over the Kursk region, the ministry said.",
        "36 Ukrainian fixed-wing drones",
        {"metric": "equipment", "value": 36.0},
        id="a-hyphenated-modifier-before-the-counted-noun",
    ),
    case(
        "The agency said North Korea had supplied Russia with more than 100 self-propelled guns.",
        "more than 100 self-propelled guns",
        {"metric": "equipment", "value": 100.0},
        id="a-noun-first-hyphenated-modifier",
    ),
    case(
        "Air defences shot down four HIMARS rockets and 47 fixed-wing unmanned aerial vehicles, the ministry said.",
        "47",
        {"metric": "equipment", "value": 47.0},
        id="a-hyphenated-modifier-among-adjectives",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), METRIC)
def test_metric(nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]) -> None:
    check(claim_at(nlp, text, quote, published), expected)


def test_parenthesised_conversion_is_one_claim(nlp: Any) -> None:
    text = "Ukraine has captured 1,300 square kilometres (500 square miles) of territory, Syrskyi said."
    res = run(nlp, text)
    assert [(c.text, c.metric, c.value) for c in res.claims] == [
        ("1,300 square kilometres", "territory_km2", 1300.0)
    ]


NOT_CLAIMS = [
    pytest.param(
        "Two sources familiar with the matter said Ukraine was short of reserves.", "Two", id="sources"
    ),
    pytest.param("The channel has 25,000 subscribers on Telegram.", "25,000", id="subscribers"),
    pytest.param(
        "Moscow rejected a 30-day ceasefire proposal on Tuesday.", "30-day", id="ceasefire-duration"
    ),
    pytest.param("Bread now costs $2 a loaf in Sudzha.", "$2", id="money"),
    pytest.param("The 3-year-old war has displaced millions.", "3-year-old", id="war-age"),
    pytest.param("A Su-34 bomber was shot down over the region.", "34", id="aircraft-model"),
    pytest.param("Ukraine received more F-16 jets this year.", "16", id="f-16"),
    pytest.param("In 2024, Ukraine launched the incursion on Aug. 6.", "2024", id="year"),
    pytest.param("In 2024, Ukraine launched the incursion on Aug. 6.", "6", id="day-of-month"),
    pytest.param("The talks will cover two regions of Ukraine.", "two", id="regions-count"),
    pytest.param("The 47th Mechanised Brigade fought near Sudzha.", "47th", id="ordinal-unit-name"),
    pytest.param("The meeting with commanders lasted 2 hours.", "2 hours", id="duration-hours"),
    pytest.param("A 45-year-old man was hurt in the attack.", "45", id="age"),
    pytest.param(
        "Ukraine entered the region on Aug. 6 and stayed for seven months.", "seven", id="duration-months"
    ),
    pytest.param("The briefing started at 3 p.m. in Moscow.", "3", id="clock-time"),
    pytest.param(
        "The drone flew for 10 minutes before it was shot down.", "10 minutes", id="duration-minutes"
    ),
    pytest.param("Kyiv has about 10 times more drones than a year ago.", "10 times", id="multiplier"),
    pytest.param("Page 2 of 3", "2", id="page-counter"),
    pytest.param(
        "Russia's Kursk region borders Ukraine's Sumy and Chernihiv regions.", "Sumy", id="no-number"
    ),
]


@pytest.mark.parametrize(("text", "quote"), NOT_CLAIMS)
def test_not_a_claim(nlp: Any, text: str, quote: str) -> None:
    res = run(nlp, text)
    start = text.index(quote)
    end = start + len(quote)
    assert [c.text for c in res.claims if c.start < end and start < c.end] == []


# ----------------------------------------------------------------------------- actor

ACTOR = [
    case(
        "Russia's Defense Ministry said its forces had repelled attacks near eight villages over the past day.",
        "eight villages",
        {"actor": "ukraine"},
        id="repelled-attacks-near-villages-are-where-the-other-side-attacked",
    ),
    case(
        "Russia's Defense Ministry said its forces had liberated eight villages over the past day.",
        "eight villages",
        {"actor": "russia"},
        id="liberated-villages-stay-the-subject-s",
    ),
    case(
        "At least 300 North Korean soldiers were killed in the fighting, a lawmaker said.",
        "At least 300",
        {"actor": "north_korea"},
        id="north-korean-soldiers",
    ),
    case(
        "Russia reclaimed 500 square kilometres of the region, the Kremlin said.",
        "500 square kilometres",
        {"actor": "russia"},
        id="russia-reclaimed",
    ),
    case(
        "The enemy has lost 500 soldiers in the last day, Gerasimov said.",
        "500 soldiers",
        {"actor": "ukraine"},
        id="enemy-from-russian-claimant",
    ),
    case(
        "The enemy lost more than 38,000 servicemen in the Kursk direction, Syrskyi said.",
        "more than 38,000",
        {"actor": "russia"},
        id="enemy-from-ukrainian-claimant",
    ),
    case(
        '"Our soldiers are holding the line. We have lost 150 of our soldiers there," Zelensky said.',
        "150 of our soldiers",
        {"actor": "ukraine"},
        id="our-soldiers-ukrainian-speaker",
    ),
    case(
        '"Our forces have liberated more than 800 square kilometres," Rudskoi told reporters.',
        "more than 800",
        {"actor": "russia"},
        id="our-forces-russian-speaker",
    ),
    case(
        "Kyiv's forces have pushed 30 kilometres into the region, the ministry said.",
        "30 kilometres",
        {"actor": "ukraine"},
        id="kyivs-forces",
    ),
    case(
        "Kyiv lost 2,000 soldiers last month, the Russian Defense Ministry said.",
        "2,000 soldiers",
        {"actor": "ukraine"},
        id="kyiv-subject",
    ),
    case(
        "Russian troops captured 30 Ukrainian soldiers near the village, the ministry said.",
        "30 Ukrainian soldiers",
        {"actor": "ukraine"},
        id="prisoners-are-the-captured-side",
    ),
    case(
        "Ukrainian forces have taken 600 Russian soldiers prisoner, Zelensky said.",
        "600 Russian soldiers",
        {"actor": "russia"},
        id="russian-soldiers-prisoner",
    ),
    case(
        "Russia has lost 38,000 troops in the region, Syrskyi said.",
        "38,000 troops",
        {"actor": "russia"},
        id="russia-lost",
    ),
    case(
        "Ukrainian units destroyed 3 helicopters and 5 aircraft, Syrskyi said.",
        "3 helicopters",
        {"actor": "russia"},
        id="destroyed-equipment-belongs-to-other-side",
    ),
    case(
        "Syrskyi said Ukrainian units destroyed or damaged 186 tanks over the same period.",
        "186 tanks",
        {"actor": "russia"},
        id="destroyed-or-damaged-equipment-belongs-to-other-side",
    ),
    case(
        "Some 121,000 residents were evacuated from border districts, the acting governor said.",
        "Some 121,000",
        {"actor": "civilians"},
        id="residents",
    ),
    case(
        "Russia has deployed 50,000 troops to the Kursk region, Zelensky said.",
        "50,000 troops",
        {"actor": "russia"},
        id="russia-deployed",
    ),
    case(
        "Kyiv said it was holding more than 700 prisoners of war captured in Kursk.",
        "more than 700 prisoners",
        {"actor": "russia"},
        id="prisoners-held-by-kyiv-are-russian",
    ),
    case(
        "Ukraine says it has shot down 15 drones over the region.",
        "15 drones",
        {"actor": "russia"},
        id="drones-shot-down-by-ukraine",
    ),
    case(
        "Nearly 12,000 troops from North Korea have arrived in Russia, Zelensky said.",
        "Nearly 12,000 troops",
        {"actor": "north_korea"},
        id="troops-from-north-korea",
    ),
    case(
        "Russian defence ministry data show Kyiv lost 2,000 soldiers last month.",
        "2,000 soldiers",
        {"actor": "ukraine"},
        id="kyiv-lost-after-source-noun",
        bug="'Russian ... data show Kyiv lost N soldiers' gives actor russia",
    ),
    case(
        "Ukraine's General Staff gave its daily update on Telegram.\n\nThe update came late in the evening, "
        "as usual.\n\nIt said 40 tanks were lost on Tuesday and 102 prisoners were taken.\n",
        "40 tanks",
        {"actor": "russia", "claimant": "Ukrainian General Staff"},
        id="a-side-counts-the-enemy-s-equipment-and-not-the-platform-speaks",
    ),
    case(
        "Ukraine's General Staff gave its daily update on Telegram.\n\nThe update came late in the evening, "
        "as usual.\n\nIt said 40 tanks were lost on Tuesday and 102 prisoners were taken.\n",
        "102 prisoners",
        {"actor": "russia"},
        id="a-side-counts-the-prisoners-it-took",
    ),
    case(
        "Spy agency says 300 N. Korean troops killed in Kursk",
        "300 N. Korean",
        {"actor": "north_korea"},
        id="headline-abbreviated-north-korean",
    ),
    case(
        "Pyongyang sent about 11,000 North Korean soldiers to Kursk. Some 1,200 North Korean troops were killed "
        "or wounded there. Seoul's tally of roughly 1,100 killed and wounded is barely a third of Kyiv's.",
        "roughly 1,100",
        {"actor": "north_korea"},
        id="document-counts-one-side-s-people",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), ACTOR)
def test_actor(nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]) -> None:
    check(claim_at(nlp, text, quote, published), expected)


def test_a_document_counting_both_sides_lends_no_side(nlp: Any) -> None:
    text = (
        "Ukraine lost 1,000 soldiers, Moscow said. Russia lost 2,000 troops, Kyiv said.\n\n"
        "Seoul's tally of roughly 1,100 killed and wounded is lower.\n"
    )
    c = claim_at(nlp, text, "roughly 1,100")
    assert c.evidence["actor"]["rule"] != "actor.document_side"


# ----------------------------------------------------------------------------- predicate

PREDICATE = [
    case(
        "The plan was to move 5,000 Ukrainian troops out of Kursk, Syrskyi said.",
        "5,000 Ukrainian troops",
        {"metric": "personnel", "predicate": "deployed"},
        id="a-past-plan-to-move-is-no-announced-dispatch",
    ),
    case(
        "Russia is to send 5,000 troops to Kursk, the ministry said.",
        "5,000 troops",
        {"metric": "personnel", "predicate": "other"},
        id="is-to-send-is-a-dispatch-announced",
    ),
    case(
        "North Korea will send 1,000 deminers and 5,000 military construction workers to the Kursk region, "
        "Sergei Shoigu said.",
        "5,000 military construction workers",
        {"metric": "personnel", "predicate": "other"},
        id="a-dispatch-announced-in-the-future-is-no-deployment",
    ),
    case(
        "North Korea to send 6,000 military engineers to Russia's Kursk",
        "6,000 military engineers",
        {"metric": "personnel", "predicate": "other"},
        id="a-headline-infinitive-dispatch-is-no-deployment",
    ),
    case(
        "North Korea has sent 1,000 deminers to the Kursk region, Sergei Shoigu said.",
        "1,000 deminers",
        {"metric": "personnel", "predicate": "deployed"},
        id="deminers-sent-are-deployed",
    ),
    case(
        "The North has pledged to send 2,000 more soldiers, the agency said.",
        "2,000 more soldiers",
        {"metric": "personnel", "predicate": "other"},
        id="a-pledge-to-send-is-a-plan",
    ),
    case(
        "Kyiv says its forces have knocked out 14 tanks near Sudzha since December.",
        "14 tanks",
        {"metric": "equipment", "predicate": "lost", "actor": "russia"},
        id="machines-knocked-out-are-lost",
    ),
    case(
        "The think tank said geolocated footage showed Ukrainian units operating at least 20 kilometers "
        "from the border.",
        "at least 20 kilometers",
        {"metric": "distance_km", "predicate": "advanced"},
        id="forces-a-distance-from-the-border-is-how-deep-they-are",
    ),
    case(
        "Marchuk: Our deepest point was about 30 kilometers from the border.",
        "about 30 kilometers",
        {"metric": "distance_km", "predicate": "advanced"},
        id="the-deepest-point-from-the-border",
    ),
    case(
        "Russian bloggers said Ukrainian troops had entered the outskirts of Korenevo, about 20 km from the "
        "border.",
        "about 20 km",
        {"metric": "distance_km", "predicate": "other"},
        id="where-a-place-lies-from-the-border-is-no-advance",
    ),
    case(
        "A field hospital operating 15 km from the border treated the wounded, the ministry said.",
        "15 km",
        {"metric": "distance_km", "predicate": "other"},
        id="what-stands-from-the-border-is-no-advance-unless-it-is-forces",
    ),
    case(
        "North Korean troops are stationed at a training ground 50 kilometres from the border, the NIS said.",
        "50 kilometres",
        {"metric": "distance_km", "predicate": "other"},
        id="forces-named-far-before-the-distance-are-not-what-it-measures",
    ),
    case(
        "Ukrainian troops captured Sudzha, which lies about 10 kilometres from the border.",
        "about 10 kilometres",
        {"metric": "distance_km", "predicate": "other"},
        id="where-a-town-lies-from-the-border",
    ),
    case(
        "Rybar's map showed Ukrainian armored columns operating as far as 30 kilometers from the border.",
        "as far as 30 kilometers",
        {"metric": "distance_km", "predicate": "advanced"},
        id="forces-operating-as-far-as-a-distance-from-the-border",
    ),
    case(
        "Syrskyi said the units had pulled back to positions five kilometres from the border.",
        "five kilometres",
        {"metric": "distance_km", "predicate": "other"},
        id="positions-pulled-back-to-are-no-advance",
    ),
    case(
        "By The Baltic Observer's own calculation, Ukrainian positions cover roughly 6,500 hectares.",
        "roughly 6,500 hectares",
        {"predicate": "controls", "actor": "ukraine"},
        id="a-side-s-positions-covering-an-area-hold-it",
    ),
    case(
        "Ukraine still controls 400 square kilometres, while Sudzha is back under Russian control.",
        "400 square kilometres",
        {"predicate": "controls", "actor": "ukraine"},
        id="back-under-control-in-another-clause",
    ),
    case(
        "Gerasimov told Putin that 1,100 square kilometres were back under Russian control.",
        "1,100 square kilometres",
        {"predicate": "retaken"},
        id="back-under-control-is-retaken",
    ),
    case(
        'US President Donald Trump said on Friday that "thousands" of Ukrainian troops were "completely '
        'surrounded" in Kursk.',
        '"thousands" of Ukrainian troops',
        {"metric": "personnel", "predicate": "other"},
        id="troops-surrounded-are-neither-attacking-nor-deployed",
    ),
    case(
        "Since New Year we have burned nine Russian tanks, the commander said.",
        "nine Russian tanks",
        {"predicate": "lost", "actor": "russia"},
        id="burned-tanks-are-lost",
    ),
    case(
        "Gerasimov said Russian troops had taken back 1,100 square kilometres.",
        "1,100 square kilometres",
        {"predicate": "retaken"},
        id="taken-back",
    ),
    case(
        "Russian forces liberated 12 villages, the Russian Defense Ministry said.",
        "12 villages",
        {"predicate": "retaken"},
        id="liberated",
    ),
    case(
        "Ukrainian troops still hold 400 square kilometres of the Kursk region, Syrskyi said.",
        "400 square kilometres",
        {"predicate": "controls"},
        id="still-hold",
    ),
    case(
        "The enemy lost more than 38,000 servicemen in the Kursk direction, Syrskyi said.",
        "more than 38,000",
        {"predicate": "killed_or_wounded"},
        id="lost-servicemen",
    ),
    case(
        "Ukraine seized 28 settlements in the first week, Syrskyi said.",
        "28 settlements",
        {"predicate": "captured"},
        id="seized",
    ),
    case(
        "Ukrainian troops advanced 12 kilometres into Russian territory, Syrskyi said.",
        "12 kilometres",
        {"predicate": "advanced"},
        id="advanced-km",
    ),
    case(
        "The region covers 29,997 square kilometres.",
        "29,997",
        {"predicate": "region_size"},
        id="region-covers",
    ),
    case(
        "Russia reclaimed 500 square kilometres of the region, the Kremlin said.",
        "500 square",
        {"predicate": "retaken"},
        id="reclaimed",
    ),
    case(
        "Ukraine has ceded 400 square kilometres to Russian forces, analysts said.",
        "400 square",
        {"predicate": "lost"},
        id="ceded",
    ),
    case(
        "Russia has deployed 50,000 troops to the Kursk region, Zelensky said.",
        "50,000 troops",
        {"predicate": "deployed"},
        id="deployed",
    ),
    case(
        "North Korea sent about 3,000 more troops in January, the Joint Chiefs of Staff said.",
        "about 3,000",
        {"predicate": "deployed"},
        id="sent-troops",
    ),
    case(
        "Western officials estimate that Kyiv committed about 8,000 troops to the operation in Kursk.",
        "about 8,000 troops",
        {"predicate": "deployed"},
        id="committed-to-the-operation",
    ),
    case(
        "Zelensky said the offensive had tied down some 45,000 Russian troops who would otherwise fight in Donbas.",
        "some 45,000 Russian troops",
        {"predicate": "deployed"},
        id="tied-down",
    ),
    case(
        "Gerasimov said up to 1,000 Ukrainian soldiers took part in the attack on the Kursk region.",
        "up to 1,000 Ukrainian soldiers",
        {"predicate": "attacking"},
        id="took-part-in-the-attack",
    ),
    case(
        "On the Ukrainian side, the open-source tally lists 64 tanks and 190 armoured vehicles in Kursk.",
        "64 tanks",
        {"predicate": "lost"},
        id="equipment-a-tally-lists-is-lost",
    ),
    case(
        "A Ukrainian assault group of three tanks and 11 armoured vehicles tried to break through near Berdin.",
        "11 armoured vehicles",
        {"predicate": "attacking"},
        id="equipment-in-an-assault-is-attacking",
    ),
    case(
        "Zelensky said Ukraine was ready to hand over three North Korean soldiers captured in Kursk.",
        "three North Korean soldiers",
        {"predicate": "taken_prisoner"},
        id="captured-prisoners-an-exchange-is-only-planned-for",
    ),
    case(
        "More than 90 soldiers captured by Ukraine in Kursk have been freed, the Defense Ministry in Moscow said.",
        "More than 90 soldiers",
        {"predicate": "other"},
        id="captured-prisoners-already-freed",
    ),
    case(
        "Investigators have opened criminal cases over the deaths of 37 civilians in the Kursk region.",
        "37 civilians",
        {"predicate": "killed"},
        id="the-deaths-of-civilians",
    ),
    case(
        "Russian forces have pushed Ukrainian troops out of three more villages in Russia's Kursk region, the "
        "Defence Ministry in Moscow said.",
        "three more villages",
        {"predicate": "retaken"},
        id="pushed-out-of-villages",
    ),
    case(
        "Russia's defence ministry claimed three more villages in the Kursk region on Friday.",
        "three more villages",
        {"predicate": "retaken"},
        id="russia-claiming-villages-in-russia",
    ),
    case(
        "In the first four days we went about twenty-five kilometres without stopping, the sergeant said.",
        "about twenty-five kilometres",
        {"predicate": "advanced"},
        id="went-kilometres",
    ),
    case(
        "Some South Korean outlets said up to 90,000 North Korean troops could eventually be sent to Russia.",
        "up to 90,000 North Korean troops",
        {"predicate": "other"},
        id="troops-that-could-be-sent",
    ),
    case(
        "The NIS said North Korea had shipped about 60 self-propelled guns to Russia.",
        "about 60 self-propelled guns",
        {"predicate": "deployed"},
        id="equipment-shipped",
    ),
    case(
        "Ukrainian units operate in Lyubimovka, eight kilometers north of the border, the report said.",
        "eight kilometers",
        {"predicate": "other"},
        id="a-place-s-distance-from-the-border",
    ),
    case(
        "At least 300 North Korean soldiers were killed in the fighting, a lawmaker said.",
        "At least 300",
        {"predicate": "killed"},
        id="were-killed",
    ),
    case(
        "About 2,700 North Korean troops were injured, the agency said.",
        "About 2,700",
        {"predicate": "wounded"},
        id="were-injured",
    ),
    case(
        "Ukrainian forces have taken 600 Russian soldiers prisoner, Zelensky said.",
        "600 Russian",
        {"predicate": "taken_prisoner"},
        id="taken-prisoner",
    ),
    case(
        "Russian forces destroyed 40 tanks and 120 armoured vehicles, the ministry said.",
        "40 tanks",
        {"predicate": "lost"},
        id="destroyed-equipment-lost",
    ),
    case(
        "The ISW estimated that Russia had regained 60% of the lost ground.",
        "60%",
        {"predicate": "retaken"},
        id="regained",
    ),
    case(
        "Ukraine's forces have been pushed out of 60% of the land they once held, Russian military bloggers said.",
        "60%",
        {"predicate": "lost"},
        id="pushed-out-of",
    ),
    case(
        "Zelensky said the incursion had forced Moscow to pull about 30,000 troops into the area from other "
        "sectors.",
        "about 30,000 troops",
        {"metric": "personnel", "predicate": "deployed"},
        published="2024-08-27",
        id="troops-pulled-into-an-area-are-deployed",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), PREDICATE)
def test_predicate(nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]) -> None:
    check(claim_at(nlp, text, quote, published), expected)


# ----------------------------------------------------------------------------- attribution

SYR = {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine"}
GER = {"claimant": "Valery Gerasimov", "claimant_side": "russia"}
RDM = {"claimant": "Russian Defense Ministry", "claimant_side": "russia"}
ARTICLE = {"claimant": None, "claimant_side": None}

ATTRIBUTION = [
    case(
        "Russia has lost more than 20,000 servicemen in the Kursk direction, a General Staff spokesman told a "
        "briefing in Kyiv on Monday.\n\nColonel Oleh Sydorchuk said the figure covered ten weeks.",
        "more than 20,000 servicemen",
        {"claimant": "Oleh Sydorchuk", "claimant_side": "ukraine"},
        published="2024-10-29",
        id="a-body-s-spokesman-in-the-lede-named-by-the-next-paragraph",
    ),
    case(
        "Russia has lost more than 20,000 servicemen in the Kursk direction, a General Staff spokesman told a "
        "briefing in Kyiv on Monday.\n\nColonel Oleh Sydorchuk said the figure covered ten weeks. He added "
        "that Russian units had lost 112 tanks.",
        "112 tanks",
        {"claimant": "Oleh Sydorchuk", "claimant_side": "ukraine", "claim_date": "2024-10-28"},
        published="2024-10-29",
        id="the-named-spokesman-keeps-the-lede-s-side-and-day",
    ),
    case(
        "Oleksandr Nechyporenko, head of the Krasnopillia hromada, says that about 400 residents live within "
        "five kilometers of the border.",
        "about 400 residents",
        {"claimant": "Oleksandr Nechyporenko", "claimant_side": "ukraine"},
        id="a-name-taken-for-a-body-keeps-the-side-of-its-apposition",
    ),
    case(
        "Syrskyi said that Ukrainian forces controlled 1,000 square kilometres of the Kursk region.",
        "1,000 square",
        SYR,
        id="x-said-that",
    ),
    case(
        "According to the Russian Defense Ministry, Ukraine has lost more than 5,000 troops in the area.",
        "more than 5,000",
        RDM,
        id="according-to",
    ),
    case(
        '"Our forces have liberated more than 800 square kilometres," Rudskoi told reporters in Moscow.',
        "more than 800",
        {"claimant": "Sergei Rudskoi", "claimant_side": "russia"},
        id="told-after-quote",
    ),
    case(
        '"The operation is going to plan. Our units now hold 1,200 square kilometres," Syrskyi told a briefing.',
        "1,200 square",
        SYR,
        id="told-after-multi-sentence-quote",
    ),
    case(
        '"Our troops have liberated 24 villages in the past month. The enemy is retreating," '
        "Gerasimov told Putin at a meeting.",
        "24 villages",
        GER,
        id="speaker-after-later-sentence-of-quote",
    ),
    case('"We have liberated 24 villages," said Gerasimov.', "24 villages", GER, id="said-x-inverted"),
    case(
        '"The enemy is retreating," said Gerasimov. "Our troops have liberated 24 villages in the past month."',
        "24 villages",
        GER,
        id="quote-continues-after-speaker",
    ),
    case(
        '"Our troops have liberated 24 villages in the past month," Gerasimov said. "The enemy has lost 2,000 soldiers."',
        "2,000 soldiers",
        GER,
        id="next-quote-same-speaker",
    ),
    case(
        "Gerasimov visited the command post on Friday. Russian units have retaken 24 settlements, he added.",
        "24 settlements",
        GER,
        id="he-added",
    ),
    case(
        "Syrskyi visited the front line on Sunday. He said Ukrainian forces controlled 1,250 square kilometres.",
        "1,250 square",
        SYR,
        id="he-said",
    ),
    case(
        "The Russian Defense Ministry issued a new update. Ukraine had lost 300 servicemen over the past day, "
        "the ministry said.",
        "300 servicemen",
        RDM,
        id="the-ministry-said",
    ),
    case(
        "The Russian Defense Ministry released a statement on the fighting. Ukraine lost 400 troops, the statement said.",
        "400 troops",
        RDM,
        id="the-statement-said",
    ),
    case(
        "Ukraine's top commander said the army controlled 1,263 square kilometres of Russian territory.",
        "1,263",
        SYR,
        published="2024-08-20",
        id="top-commander-by-date",
    ),
    case(
        "Ukraine's top commander said the army had lost 200 tanks.",
        "200 tanks",
        {"claimant": "Valerii Zaluzhnyi", "claimant_side": "ukraine"},
        published="2023-12-01",
        id="top-commander-before-february-2024",
    ),
    case(
        "Ukrainian forces have advanced up to 35 kilometres, Zelensky said. The president added that "
        "100 settlements were now under Ukrainian control.",
        "100 settlements",
        {"claimant": "Volodymyr Zelensky", "claimant_side": "ukraine"},
        id="role-phrase-the-president",
    ),
    case(
        "Russian troops have retaken 200 square kilometres in the Kursk region. This was stated by Valery Gerasimov.",
        "200 square",
        GER,
        id="this-was-stated-by",
    ),
    case(
        "Ukraine says troops advanced\nSource: Ukrainian General Staff\n"
        "Ukraine's forces took 15 more settlements over the weekend.",
        "15 more settlements",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        id="source-line",
    ),
    case(
        "Ukraine holds 1,000 sq km in Kursk\n"
        "Ukrainian forces now control 1,000 square kilometres in Kursk, Syrskyi said on Tuesday.",
        "1,000 sq km",
        SYR,
        id="headline-credited-to-body-source",
    ),
    case(
        "Ukraine has lost 60 tanks in the region, a senior Russian military official said. Sergei Rudskoi, "
        "the official, said Russian units had also retaken 10 settlements.",
        "60 tanks",
        {"claimant": "Sergei Rudskoi", "claimant_side": "russia"},
        id="delayed-identification",
    ),
    case(
        "A senior Russian military official said Ukrainian forces had lost 60 tanks. The official, "
        "Sergei Rudskoi, spoke at a briefing in Moscow.",
        "60 tanks",
        {"claimant": "Sergei Rudskoi", "claimant_side": "russia"},
        id="delayed-identification-without-a-second-figure",
    ),
    case(
        "Ukraine's army has captured 1,000 square kilometres of Russian territory.",
        "1,000 square",
        ARTICLE,
        id="article-voice",
    ),
    case(
        "Ukrainian forces hold about 500 square kilometres, according to reports.",
        "about 500",
        ARTICLE,
        id="according-to-reports",
    ),
    case(
        "A Russian official said Ukraine had lost 400 soldiers in the fighting.",
        "400 soldiers",
        {"claimant_side": "russia"},
        id="demonym-russian-official",
    ),
    case(
        "Western officials estimate that 1,000 North Korean soldiers have been killed.",
        "1,000 North Korean",
        {"claimant": "Western officials", "claimant_side": "third_party"},
        id="western-officials",
    ),
    case(
        "The Economist estimates that Ukraine has lost 40% of the ground it seized.",
        "40%",
        {"claimant": "The Economist", "claimant_side": "media"},
        id="the-economist",
    ),
    case(
        "The Kremlin says Kyiv has lost 5,000 soldiers.",
        "5,000 soldiers",
        {"claimant": "Kremlin", "claimant_side": "russia"},
        id="the-kremlin-says",
    ),
    case(
        "Pyongyang has sent some 11,000 troops to Russia, Seoul's spy agency said.",
        "some 11,000",
        {"claimant": "South Korea National Intelligence Service", "claimant_side": "third_party"},
        id="seouls-spy-agency",
    ),
    case(
        "Britain's Ministry of Defence says Russia has probably committed more than 50,000 troops.",
        "more than 50,000 troops",
        {"claimant": "UK Ministry of Defence", "claimant_side": "third_party"},
        id="a-body-written-with-its-countrys-possessive",
    ),
    case(
        "Ukraine's Centre for Countering Disinformation said Russia had concentrated about 60,000 troops.",
        "about 60,000 troops",
        {"claimant": "Centre for Countering Disinformation", "claimant_side": "ukraine"},
        id="an-unknown-body-takes-its-owners-side",
    ),
    case(
        "The head of the Sumy Regional Military Administration, Mykola Danylenko, spoke on Monday.\n\n"
        "Evacuation\n\nIn total, 213 settlements in the region are now subject to mandatory evacuation, "
        "Danylenko said.\n\nRead more: hryvnia exchange rate for 23 May",
        "213 settlements",
        {"claimant": "Mykola Danylenko", "claimant_side": "ukraine"},
        id="a-description-before-a-full-name-gives-the-side",
    ),
    case(
        "Pavel Sorokin, head of the village council in the Glushkovo district, told us on Friday that Russian "
        "troops had retaken three of the five villages of his council. President Zelensky and Ukraine's "
        "General Staff have not commented on the fighting.",
        "three of the five villages",
        {"claimant": "Pavel Sorokin", "claimant_side": "russia"},
        id="a-local-head-takes-the-side-of-the-place-his-apposition-governs",
    ),
    case(
        "The Kyiv-based Institute for Economic Research estimated that the fighting had driven out up to 90,000 "
        "people.",
        "up to 90,000",
        {"claimant": "Institute for Economic Research", "claimant_side": "ukraine"},
        id="a-body-based-in-a-capital-takes-its-countrys-side-before-its-own-words",
    ),
    case(
        "The Defense Ministry, which publishes daily figures on Ukrainian losses, says Kyiv has lost more than "
        "20,000 troops in the region.",
        "more than 20,000 troops",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="a-ministry-counting-kyivs-losses-is-moscows-whatever-its-relative-clause-names",
    ),
    case(
        'The pro-Russian Telegram channel Two Majors wrote on Friday that Ukraine had lost "at least 12 settlements".',
        "at least 12 settlements",
        {"claimant": "Two Majors", "claimant_side": "russia"},
        id="a-name-right-after-its-description-not-the-platform-it-posts-on",
    ),
    case(
        "Rybar, the most-quoted of the military channels, says the front moved. The channel published a map "
        "showing some 560 square kilometres still under Ukrainian control.",
        "some 560 square kilometres",
        {"claimant": "Rybar", "claimant_side": "russia", "actor": "ukraine"},
        id="the-channel-refers-back-to-one-described-as-one-of-the-channels",
    ),
    case(
        "Russia's Defense Ministry said on Monday that its troops had taken a village in the Sumy region. Its "
        'daily bulletin said Russian units had "advanced up to 5 kilometers" in places.',
        "up to 5 kilometers",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="its-bulletin-is-the-body-that-spoke-last-not-a-place-named-since",
    ),
    case(
        "US officials briefed on intelligence spoke to reporters on Monday. One said the Ukrainians had lost "
        "dozens of vehicles during the retreat.",
        "dozens of vehicles",
        {"claimant": "US officials", "claimant_side": "third_party"},
        id="one-said-is-one-of-the-speakers-just-before",
    ),
    case(
        "South Korea's Joint Chiefs of Staff said the North had sent about 15,000 troops. Of these, the military "
        "estimated, around 4,700 had been killed or wounded.",
        "around 4,700",
        {"claimant": "South Korean Joint Chiefs of Staff", "claimant_side": "third_party"},
        id="the-military-refers-back-to-a-staff-or-command",
    ),
    case(
        "A senior U.S. military official said on Monday that 12,000 North Korean troops were in Kursk. "
        "Ukraine's military intelligence later gave the same figure.",
        "12,000 North Korean troops",
        {"claimant": "senior U.S. military official", "claimant_side": "third_party"},
        id="an-official-described-as-military-is-no-military-body-named-after",
    ),
    case(
        "Its spokesman, Andriy Demchenko, said on Tuesday that the border was held.\n\n"
        "The head of the Sumy regional military administration, Volodymyr Artiukh, offered a different count. "
        "He said 11 villages had been ordered evacuated.",
        "11 villages",
        {"claimant": "Volodymyr Artiukh", "claimant_side": "ukraine"},
        id="he-opening-a-sentence-is-the-person-set-in-apposition-to-the-subject-before",
    ),
    case(
        "A surgeon at a Kursk city hospital, reached by phone, said his department had treated more than 500 "
        "wounded soldiers since the autumn.",
        "more than 500 wounded soldiers",
        {"claimant_side": "russia"},
        id="one-who-serves-a-places-hospital-is-of-its-side",
    ),
    case(
        "Latvia's military intelligence service gave a sober picture last week. Its deputy head, Colonel Janis "
        "Berzins, said Russia had recaptured about 40 percent of the area.",
        "about 40 percent",
        {"claimant": "Janis Berzins", "claimant_side": "third_party"},
        id="its-official-is-of-the-side-of-the-body-the-sentence-before-names",
    ),
    case(
        "Ukrainian officers on the ground describe a smaller setback. A senior officer of one of the air assault "
        'brigades, Major Oleh Hrytsenko, said the Russians had retaken "four or five villages".',
        "four or five villages",
        {"claimant": "Oleh Hrytsenko", "claimant_side": "ukraine"},
        id="a-described-speakers-side-is-not-read-from-what-he-reports",
    ),
    case(
        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said most of those released had "
        "been captured in Kursk. The headquarters added that Ukrainian units had taken more than 900 Russian "
        "servicemen prisoner.",
        "more than 900 Russian servicemen",
        {
            "claimant": "Coordination Headquarters for the Treatment of Prisoners of War",
            "claimant_side": "ukraine",
        },
        id="the-headquarters-refers-back-to-the-headquarters-named",
    ),
    case(
        'A senior Ukrainian security official, who asked not to be named, told Reuters that "thousands" of '
        "Ukrainian troops were involved. Olena Marchenko, a Ukrainian gas company spokeswoman, said transit went on.",
        '"thousands" of Ukrainian troops',
        {"claimant": "senior Ukrainian security official", "claimant_side": "ukraine"},
        id="a-source-who-asked-not-to-be-named-is-not-the-person-named-next",
    ),
    case(
        "Two Western officials told reporters on Monday that the retreat had been orderly. The other "
        "estimated that Russia had massed roughly 70,000 soldiers for the push.",
        "roughly 70,000 soldiers",
        {"claimant": "Two Western officials", "claimant_side": "third_party"},
        id="the-other-is-the-other-of-the-speakers-before",
    ),
    case(
        "The analysts of the DeepState project published a new map on Monday. The project's analysts wrote that "
        "Russian units had regained 12 settlements.",
        "12 settlements",
        {"claimant": "DeepState", "claimant_side": "ukraine"},
        id="the-project-refers-back-to-a-name-used-as-its-modifier",
    ),
    case(
        "On Thursday the Sumy Regional Military Administration ordered the mandatory evacuation of residents "
        "from 28 settlements along the border.",
        "28 settlements",
        {"claimant": "Sumy Regional Military Administration", "claimant_side": "ukraine"},
        id="the-authority-ordering-an-evacuation-asserts-its-figures",
    ),
    case(
        "Russian troops pushed into the Sumy region, capturing four villages by late May, and Kyiv ordered the "
        "evacuation of more than 200 settlements.",
        "four villages",
        {"claimant": None},
        id="an-evacuation-order-credits-only-the-figures-inside-it",
    ),
    case(
        "The monitoring project DeepState estimates that Ukrainian forces control around 80 square kilometers.",
        "around 80 square kilometers",
        {"claimant": "DeepState", "claimant_side": "ukraine"},
        id="a-description-close-before-a-name",
    ),
    case(
        "In his evening address, President Volodymyr Zelensky summed up the results of the operation so "
        "far: Ukrainian forces now control more than 1,250 square kilometers of Russian territory.",
        "more than 1,250 square kilometers",
        {"claimant": "Volodymyr Zelensky", "claimant_side": "ukraine"},
        id="a-colon-after-the-speakers-verb-opens-what-they-say",
    ),
    case(
        "Russian losses have reached 38,000 in the Kursk direction, per Ukraine's General Staff.",
        "38,000",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        id="per-a-named-source",
    ),
    case(
        "Russia loses about 1,500 troops per day in the Kursk direction.",
        "about 1,500 troops",
        {"claimant": None},
        id="per-day-names-no-source",
    ),
    case(
        "Kyiv's figure is far higher. The South Korean intelligence service in January gave a lower number, "
        "roughly 300 killed and 2,700 wounded.",
        "roughly 300 killed",
        {"claimant": "South Korea National Intelligence Service"},
        id="giving-a-figure-reports-it",
    ),
    case(
        "At the Estonian Defense Forces' weekly briefing, Col. Ants Kiviselg, head of the military "
        "intelligence center, said Russia had concentrated around 60,000 troops in Kursk.",
        "around 60,000 troops",
        {"claimant": "Ants Kiviselg", "claimant_side": "third_party"},
        id="a-name-and-its-description-set-off-before-the-verb",
    ),
    case(
        "A soldier who gave his call sign as Shaman, a platoon commander, said his unit had advanced 25 km.",
        "25 km",
        {"claimant": "Shaman"},
        id="a-speaker-known-by-the-call-sign-given-in-their-phrase",
    ),
    case(
        "A Ukrainian battalion commander who identified himself only as Yevhen told Suspilne that his "
        "unit had moved another 3 to 5 kilometers forward.",
        "3 to 5 kilometers",
        {"claimant": "Yevhen", "claimant_side": "ukraine"},
        id="a-speaker-who-identified-himself-only-by-a-first-name",
    ),
    case(
        'Coordinators of the Sumy volunteer network "Evakuatsiia Sumshchyna" said on Monday that they had '
        "taken out 212 people from the border strip.",
        "212 people",
        {"claimant": "Evakuatsiia Sumshchyna", "claimant_side": "ukraine"},
        id="a-name-in-quotes-after-its-description",
    ),
    case(
        'A volunteer with the "Kursk Home Front" group, Anton Belyaev, said his team had evacuated around '
        "1,500 people from the border villages.",
        "around 1,500 people",
        {"claimant": "Anton Belyaev"},
        id="a-person-named-beside-a-quoted-group-speaks",
    ),
    case(
        "Russia's human rights commissioner said in a statement that 150 Russian soldiers had been returned.",
        "150 Russian soldiers",
        {"claimant": "Tatyana Moskalkova", "claimant_side": "russia"},
        id="a-title-with-its-country-is-its-holder",
    ),
    case(
        "Ukraine's defense attache in Seoul, Col. Andrii Bilyk, told The Korea Herald that Ukrainian units "
        "had killed or wounded around 200 North Korean soldiers.",
        "around 200 North Korean soldiers",
        {"claimant_side": "ukraine"},
        id="a-post-takes-the-side-of-the-country-that-owns-it",
    ),
    case(
        "DeepState, a Ukrainian open-source mapping project, published its map on Monday. "
        "The group said Russian units had entered at least three villages north of Sudzha.",
        "at least three villages",
        {"claimant": "DeepState", "claimant_side": "ukraine"},
        id="the-group-refers-back-to-a-project",
    ),
    case(
        "Rybar, a Russian military Telegram channel, published a new map on Sunday. "
        "The channel's authors wrote that Ukraine held no more than 650 sq km.",
        "no more than 650 sq km",
        {"claimant": "Rybar", "claimant_side": "russia"},
        id="the-channels-authors-speak-for-it",
    ),
    case(
        "Rybar published a new map on Sunday. The channel Severny Veter, which is close to the "
        "Russian units, claimed that Russia had lost no fewer than 30 armored vehicles.",
        "no fewer than 30 armored vehicles",
        {"claimant": "Severny Veter"},
        id="a-description-with-its-own-name-refers-to-no-earlier-one",
    ),
    case(
        "N. Korean troop casualties in Kursk estimated at 3,000: JCS\n\nThe figure rose.",
        "3,000",
        {"claimant": "South Korean Joint Chiefs of Staff", "claimant_side": "third_party"},
        id="a-headline-credit-after-a-final-colon",
    ),
    case(
        "North Korea has deployed about 10,000 soldiers to Russia, according to U.S. officials.",
        "about 10,000",
        {"claimant_side": "third_party"},
        id="us-officials-third-party",
    ),
    case(
        "Moscow's forces have recaptured 64% of the land taken by Ukraine, the ISW said.",
        "64%",
        {"claimant": "Institute for the Study of War", "claimant_side": "third_party"},
        id="isw-acronym",
    ),
    case(
        "Ukrainian forces hold 1,000 square kilometres of the region, Ukrainian media reported, citing Syrskyi.",
        "1,000 square",
        SYR,
        id="citing-x",
    ),
    case(
        'Ukraine\'s General Staff gave an update. "Our troops have advanced 3 kilometres," it said.',
        "3 kilometres",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        id="it-said-after-named-body",
    ),
    case(
        "Russian defence ministry data show Kyiv lost 2,000 soldiers last month.",
        "2,000 soldiers",
        RDM,
        id="ministry-data-show",
    ),
    case(
        "The figures show Kyiv lost 2,000 soldiers last month.",
        "2,000 soldiers",
        {"claimant": None, "claimant_side": None},
        id="bare-figures-name-no-one",
    ),
    case(
        "As of 5 January, 112,000 residents remain displaced, according to figures published by the Kursk "
        "regional government.",
        "112,000 residents",
        {"claimant_side": "russia"},
        id="figures-published-by-agent",
    ),
    case(
        "Russian troops have lost 1,300 soldiers in a day, Ukraine's General Staff posted.",
        "1,300 soldiers",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        id="tail-any-reporting-verb",
    ),
    case(
        "Ukrainian losses documented since August: 1,020 tanks.",
        "1,020 tanks",
        {"claimant": None, "claimant_side": None},
        id="counted-things-cannot-speak",
    ),
    case(
        "The think tank said Russia had retaken 300 square kilometres.",
        "300 square",
        {"claimant_side": "third_party"},
        id="a-think-tank-still-speaks",
    ),
    case(
        "The open-source loss tracker Ironclad Tally has published its first count. "
        "As of 18 March, the project had recorded 317 Russian armoured vehicles destroyed.",
        "317 Russian",
        {"claimant": "Ironclad Tally"},
        id="described-source-referred-back-by-another-description",
    ),
    case(
        "Kaira Analytics, a Helsinki mapping group, published a map on Monday. "
        "By the group's reckoning, Russia has recovered about 57 per cent of the territory.",
        "about 57 per cent",
        {"claimant": "Kaira Analytics"},
        id="apposition-describes-the-source",
    ),
    case(
        "The team counted 44 settlements still under Ukrainian control.",
        "44 settlements",
        {"claimant_side": None},
        id="described-head-takes-no-side-from-context",
    ),
    case(
        'Lee quoted the NIS as saying that North Korean casualties had "exceeded 3,000," and that losses grew.',
        "exceeded 3,000",
        {"claimant": "South Korea National Intelligence Service"},
        id="quoted-x-as-saying-a-quoted-fragment",
    ),
    case(
        "Governor Alexander Khinshtein spoke on TV. According to a post he published on January 9, "
        "168 civilians have been killed in the region.",
        "168 civilians",
        {"claimant": "Alexander Khinshtein", "claim_date": "2025-01-09"},
        published="2025-01-16",
        id="according-to-a-post-he-published",
    ),
    case(
        "Analysts count 44 settlements still held, out of the roughly 100 that Ukraine's commander-in-chief "
        "Oleksandr Syrskyi said had been taken by late August.",
        "roughly 100",
        SYR,
        id="report-in-a-relative-clause-on-the-figure",
    ),
    case(
        "Spy agency says 300 N. Korean troops killed in Kursk\n\n"
        "South Korea's spy agency said Monday that about 300 North Korean soldiers had been killed.\n",
        "300 N. Korean",
        {"claimant": "South Korea National Intelligence Service"},
        published="2025-01-13",
        id="headline-role-phrase-takes-the-body-source",
    ),
    case(
        "The regional military administration said on Monday that evacuation had been extended to 28 more "
        "settlements.",
        "28 more settlements",
        {"claimant_side": "ukraine"},
        id="military-administration-is-ukraine-s",
    ),
    case(
        "The Sumy Regional Military Administration ordered evacuations on Wednesday.\n\nOver the past day, "
        "Russian forces shelled the oblast 38 times, the administration reported on Telegram. A woman was "
        "killed in Bilopillia and three people were injured in Krasnopillia, it said.\n",
        "three people",
        {"claimant": "Sumy Regional Military Administration"},
        id="it-said-after-a-body-named-by-its-role",
    ),
    case(
        "The most careful count comes from Otkrytaya Lenta, an exiled Russian news site, which has identified "
        "by name at least 1,012 Russian soldiers killed in Kursk.",
        "at least 1,012",
        {"claimant": "Otkrytaya Lenta"},
        id="relative-clause-on-a-description-of-a-name",
    ),
    case(
        "The Sumy administration has ordered the evacuation of about 20,000 residents from the border strip, "
        "its head Volodymyr Artiukh announced on Wednesday.",
        "about 20,000 residents",
        {"claimant": "Volodymyr Artiukh", "claim_date": "2024-08-14"},
        published="2024-08-16",
        id="tail-its-head-named-person",
    ),
    case(
        "By March, the Institute for the Study of War reckoned that Ukraine held barely 80 sq km.",
        "80 sq km",
        {"claimant": "Institute for the Study of War"},
        id="reckoned-is-a-report",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), ATTRIBUTION)
def test_attribution(
    nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]
) -> None:
    check(claim_at(nlp, text, quote, published), expected)


# ----------------------------------------------------------------------------- transliteration

TRANSLIT = [
    case("Sirskyi said Ukrainian troops controlled 1,100 square kilometres.", "1,100", SYR, id="sirskyi"),
    case("Syrsky said Ukraine held 1,000 square kilometres.", "1,000", SYR, id="syrsky"),
    case("Syrskyy said Ukraine held 1,000 square kilometres.", "1,000", SYR, id="syrskyy"),
    case("Oleksandr Sirsky said Ukraine held 1,000 square kilometres.", "1,000", SYR, id="oleksandr-sirsky"),
    case(
        "Zelenskyy said Ukraine held 1,000 square kilometres.",
        "1,000",
        {"claimant": "Volodymyr Zelensky"},
        id="zelenskyy",
    ),
    case(
        "Rudskoy said Russian forces had retaken 300 square kilometres.",
        "300",
        {"claimant": "Sergei Rudskoi"},
        id="rudskoy",
    ),
    case(
        "Umierov said Ukraine had taken 1,000 square kilometres.",
        "1,000",
        {"claimant": "Rustem Umerov"},
        id="umierov",
    ),
    case(
        "Shoygu said Ukraine had lost 20,000 soldiers.",
        "20,000",
        {"claimant": "Sergei Shoigu", "claimant_side": "russia"},
        id="shoygu",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), TRANSLIT)
def test_transliteration(
    nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]
) -> None:
    check(claim_at(nlp, text, quote, published), expected)


# ----------------------------------------------------------------------------- claim dates

CLAIM_DATES = [
    case(
        "MOSCOW, April 26 - Gerasimov on Saturday reported to Putin that the region had been liberated.\n\n"
        "According to him, the adventure of the Kiev regime, which began on August 6 last year, has failed.\n\n"
        "The General Staff chief said the enemy lost more than 76,000 servicemen in the Kursk direction.",
        "more than 76,000 servicemen",
        {"claim_date": "2025-04-26"},
        published="2025-04-26",
        id="when-a-thing-named-began-sets-no-narrative-time",
    ),
    case(
        "Ukrainian units have dug in up to 15 kilometres from the border, a Ukrainian colonel said on Monday.\n\n"
        "Colonel Ivan Hrytsai, who commands a brigade near Sudzha, told reporters that Ukrainian forces "
        "controlled more than 40 settlements in the area.",
        "more than 40 settlements",
        {"claim_date": "2024-08-12", "claimant": "Ivan Hrytsai"},
        published="2024-08-13",
        id="the-named-colonel-made-the-statement-the-description-made-on-monday",
    ),
    case(
        "Syrskyi said on Monday that Ukraine still held 800 square kilometres of the Kursk region.",
        "800 square",
        {"claim_date": "2024-11-18"},
        published="2024-11-20",
        id="said-on-monday",
    ),
    case(
        "Ukraine still holds 800 square kilometres of the Kursk region.",
        "800 square",
        {"claim_date": "2024-11-20"},
        published="2024-11-20",
        id="article-voice-takes-published",
    ),
    case(
        "Syrskyi had earlier said that Ukraine controlled 1,300 square kilometres.",
        "1,300",
        {"claim_date": None},
        published="2024-11-20",
        id="had-earlier-said",
    ),
    case(
        "Syrskyi said that Ukraine controlled 1,300 square kilometres.",
        "1,300",
        {"claim_date": None},
        id="no-date-anywhere",
    ),
    case(
        "Ukraine still holds 800 square kilometres of the Kursk region.",
        "800 square",
        {"claim_date": None},
        id="article-voice-undated",
    ),
    case(
        "Zelensky said in late December that 3,000 North Korean soldiers had been killed or wounded.",
        "3,000",
        {"claim_date": "2024-12"},
        published="2025-01-10",
        id="in-late-december-previous-year",
    ),
    case(
        "Russia's defence ministry said last week that its forces had recaptured 6 settlements.",
        "6 settlements",
        {"claim_date": "2025-01"},
        published="2025-01-16",
        id="said-last-week",
    ),
    case(
        "Russia's defence ministry said last week that its forces had recaptured 6 settlements.",
        "6 settlements",
        {"claim_date": None},
        published="2025-01-10",
        id="said-last-week-over-new-year",
    ),
    case(
        "This interview was recorded on November 2 and has been edited for length.\n\n"
        "LUND: Russia's Defense Ministry said last week that it has retaken about half of the ground. "
        "Is that right?\n\nKHOMENKO: No. We still hold most of it.\n\nLUND: And the losses?\n\n"
        "KHOMENKO: Heavy on their side.",
        "about half",
        {"claim_date": "2024-10"},
        published="2024-11-06",
        id="an-interview-speaks-from-the-day-it-was-held",
    ),
    case(
        "Zelensky said on Dec. 17 that 3,000 North Korean soldiers had been killed or wounded.",
        "3,000",
        {"claim_date": "2024-12-17"},
        published="2025-01-10",
        id="said-on-dec-17",
    ),
    case(
        "date 2025-01-07 Ukraine's forces hold 500 square kilometres in Kursk, Syrskyi said on Monday.",
        "500 square",
        {"claim_date": "2025-01-06"},
        id="date-header-as-base",
    ),
    case(
        "7:03 AM EST, November 24, 2024\nSyrskyi said on Sunday that Ukraine still held 800 square kilometres.",
        "800 square",
        {"claim_date": "2024-11-24"},
        id="dateline-as-base",
    ),
    case(
        "Syrskyi said on Monday that Ukraine still held 800 square kilometres.",
        "800 square",
        {"claim_date": None},
        id="weekday-without-base-is-unknown",
    ),
    case(
        "In January, Syrskyi said Ukraine held 450 square kilometres.",
        "450 square",
        {"claim_date": "2025-01"},
        published="2025-03-14",
        id="fronted-month",
    ),
    case(
        "Zelensky said on Sunday that Ukraine had taken 100 settlements.",
        "100 settlements",
        {"claim_date": "2024-09-01"},
        published="2024-09-02",
        id="said-on-sunday",
    ),
    case(
        "Zelensky said Ukraine had taken 100 settlements.",
        "100 settlements",
        {"claim_date": "2024-09-02"},
        published="2024-09-02",
        id="undated-statement-takes-published",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), CLAIM_DATES)
def test_claim_date(nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]) -> None:
    check(claim_at(nlp, text, quote, published), expected)


# ----------------------------------------------------------------------------- location

LOCATION = [
    case(
        "Ukraine's troops control 500 square kilometres in the Kursk region, Syrskyi said.",
        "500 square",
        {"location": "Kursk region"},
        id="in-the-kursk-region",
    ),
    case(
        "Russian forces shelled 20 villages in Sumy's border areas, the governor said.",
        "20 villages",
        {"location": "Sumy region"},
        id="sumys-border-areas",
    ),
    case(
        "Ukrainian troops have seized 74 villages near Sudzha, Syrskyi said.",
        "74 villages",
        {"location": "Kursk region"},
        id="town-maps-to-its-region",
    ),
    case(
        "Ukrainian forces hold 600 square kilometres in Kursk Oblast, Syrskyi said.",
        "600 square",
        {"location": "Kursk region"},
        id="oblast-spelling",
    ),
    case(
        "Ukrainian forces hold 600 square kilometres in Russia's Kursk region, Syrskyi said.",
        "600 square",
        {"location": "Kursk region"},
        id="region-wins-over-possessive-country",
    ),
    case(
        "Russian forces now occupy 20 villages in Ukraine's Sumy region, Zelensky said.",
        "20 villages",
        {"location": "Sumy region"},
        id="sumy-region",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), LOCATION)
def test_location(nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]) -> None:
    check(claim_at(nlp, text, quote, published), expected)


# ----------------------------------------------------------------------------- full control

FULL = {"metric": "territory_pct", "value": 100.0, "predicate": "retaken", "actor": "russia"}

FULL_CONTROL = [
    case(
        "Gerasimov told Putin that Russian troops had fully liberated the Kursk region.",
        "fully liberated",
        {**FULL, **GER, "location": "Kursk region", "claim_date": "2025-04-26"},
        published="2025-04-26",
        id="fully-liberated-the-kursk-region",
    ),
    case(
        "Russia said on Saturday it had regained complete control of the region.",
        "regained complete control",
        FULL,
        id="regained-complete-control",
    ),
    case(
        "Russia has fully liberated the region, Gerasimov said.",
        "fully liberated",
        {**FULL, **GER},
        published="2025-03-12",
        id="fully-liberated-the-region",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), FULL_CONTROL)
def test_full_control(
    nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]
) -> None:
    check(claim_at(nlp, text, quote, published), expected)


# ----------------------------------------------------------------------------- invariants


def test_every_claim_field_has_evidence_and_spans_index_the_text(nlp: Any) -> None:
    text = (
        "Ukraine holds 1,000 sq km in Kursk\n"
        "Ukrainian forces now control 1,000 square kilometres in Kursk, Syrskyi said on Tuesday. "
        "The enemy lost more than 38,000 servicemen, he added."
    )
    res = run(nlp, text, "2024-11-20")
    assert len(res.claims) == 3
    for c in res.claims:
        assert text[c.start : c.end] == c.text
        assert c.sentence in text
        assert set(c.evidence) == {"metric", "actor", "predicate", "claimant", "claim_date", "location"}
        prefix = {"claim_date": "date", "location": "place"}
        for name, entry in c.evidence.items():
            assert set(entry) == {"rule", "why"} and entry["why"], (name, entry)
            assert entry["rule"].startswith(prefix.get(name, name) + "."), (name, entry)


# ============================================================================= recent rules
# Cases for the rules added without tests in the commits from b6e3d8b to a504f7b (tally lists,
# headline credits, civilian tolls, 'put X at N', reckoning/possessive/partitive attribution,
# statement dates, narrative past, shares of an area, demonym locations). Hand-written sentences.

UGS = {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"}

# ----------------------------------------------------------------------------- tally lists and headlines

# a General Staff tally under its intro sentence: its lines, and the day's increase in brackets
UGS_TALLY = (
    "Ukraine's General Staff said Russian forces had lost 1,050 troops over the past day. "
    "The enemy's losses since the start of the war include:\n"
    "tanks ‒ 9,876 (+7)\n"
    "artillery systems – 21,450 (+31)"
)

TALLY_AND_HEADLINES = [
    case(
        UGS_TALLY,
        "9,876",
        {"metric": "equipment", "value": 9876.0, "actor": "russia", "predicate": "lost", **UGS},
        published="2025-02-10",
        id="tally-tanks-inherits-ukrainian-source",
    ),
    case(
        UGS_TALLY,
        "21,450",
        {"metric": "equipment", "value": 21450.0, "actor": "russia", "claim_date": "2025-02-10", **UGS},
        published="2025-02-10",
        id="tally-en-dash-line-inherits-date",
    ),
    case(
        UGS_TALLY,
        "31",
        {"metric": "equipment", "value": 31.0, "actor": "russia", "predicate": "lost", **UGS},
        published="2025-02-10",
        id="tally-the-days-increase-in-brackets-is-a-count-of-the-same-kind",
    ),
    case(
        "The General Staff of the Armed Forces of Ukraine reports the total combat losses of the enemy:\n"
        "1. personnel ‒ about 718690 (+1770) persons\n"
        "2. tanks ‒ 9290 (+12)",
        "718690",
        {"metric": "casualties", "value": 718690.0, **UGS},
        published="2024-11-12",
        id="tally-a-numbered-list-line",
    ),
    case(
        "The Russian Defense Ministry said Ukraine had lost 310 servicemen in the Kursk region in the "
        "past 24 hours. In total, Ukraine's losses in the area include:\n"
        "tanks ‒ 276 (+2)\n"
        "armoured combat vehicles ‒ 1,502 (+4)",
        "1,502",
        {"metric": "equipment", "value": 1502.0, "actor": "ukraine", "predicate": "lost", **RDM},
        published="2025-02-10",
        id="tally-inherits-russian-source-and-side",
    ),
    case(
        "Russian MoD: Ukraine loses 300 troops in Kursk\nFighting continued near Sudzha on Monday.",
        "300 troops",
        {"metric": "casualties", "value": 300.0, "actor": "ukraine", **RDM},
        published="2024-12-02",
        id="headline-credit-colon-mod",
    ),
    case(
        "Syrskyi: Russia lost 1,000 troops in Kursk this week\nFighting continued near Sudzha on Monday.",
        "1,000 troops",
        {"metric": "casualties", "actor": "russia", **SYR},
        published="2024-12-02",
        id="headline-credit-colon-person",
    ),
    case(
        "Russia has lost 42,000 troops in Kursk — Syrskyi\nFighting continued near Sudzha on Monday.",
        "42,000 troops",
        {"metric": "casualties", "value": 42000.0, "actor": "russia", **SYR},
        published="2024-12-02",
        id="headline-credit-trailing-em-dash",
    ),
    case(
        "Ukraine loses 400 troops in a day - Russian MoD\nFighting continued near Sudzha on Monday.",
        "400 troops",
        {"actor": "ukraine", **RDM},
        published="2024-12-02",
        id="headline-credit-trailing-hyphen-mod",
    ),
    case(
        "Ukraine loses 400 troops in a day\nFighting continued near Sudzha on Monday.",
        "400 troops",
        ARTICLE,
        published="2024-12-02",
        id="headline-without-credit-is-article-voice",
    ),
    case(
        "Russian Forces Liberate Two More Settlements in Kursk Region — Defense Ministry\n"
        "Units liberated two settlements over the past day, the Russian Defense Ministry reported on Thursday.",
        "Two More Settlements",
        RDM,
        published="2024-10-17",
        id="headline-credit-without-a-country-is-the-body-the-article-names",
    ),
    case(
        "ISW: Russia has retaken 45% of Ukraine's Kursk foothold\n"
        "Russian forces have recaptured roughly 45% of the territory Ukraine seized, the Institute for the Study of "
        "War said in its nightly update on Nov. 20.",
        "45%",
        {"claimant": "Institute for the Study of War", "claim_date": "2024-11-20"},
        published="2024-11-21",
        id="headline-credit-takes-the-date-of-the-credited-statement",
    ),
    case(
        "Syrskyi: Defense Forces control 82 settlements in Kursk region\n"
        "Ukraine's commander-in-chief Oleksandr Syrskyi said on Monday that the Defense Forces control 82 "
        "settlements in the region.",
        "82 settlements",
        {"actor": "ukraine", **SYR},
        published="2024-08-19",
        id="headline-credit-ground-held-is-the-credited-claimant-s-side",
    ),
    case(
        "Syrskyi: Defense Forces control 1,294 square kilometers in Kursk region\n"
        "On August 12, Oleksandr Syrskyi reported to Volodymyr Zelensky that the forces controlled 1,000 square "
        "kilometers. Syrskyi said on Tuesday that the Defense Forces now control 1,294 square kilometers.",
        "1,294 square kilometers in",
        {**SYR, "claim_date": "2024-08-27"},
        published="2024-08-28",
        id="headline-credit-takes-the-day-of-the-same-figure-in-the-body",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), TALLY_AND_HEADLINES)
def test_tally_lists_and_headline_credits(
    nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]
) -> None:
    check(claim_at(nlp, text, quote, published), expected)


# ----------------------------------------------------------------------------- metrics (recent rules)

METRIC_RECENT = [
    case(
        "Russia received the bodies of 89 of its servicemen, according to the Russian side.",
        "89 of its servicemen",
        {"metric": "killed"},
        id="the-bodies-of-a-part-of-its-servicemen-are-the-dead",
    ),
    case(
        "The ministry said that seven Ukrainian servicemen had given themselves up in the region.",
        "seven Ukrainian servicemen",
        {"metric": "prisoners", "predicate": "taken_prisoner"},
        id="soldiers-who-gave-themselves-up-are-prisoners",
    ),
    case(
        "Russia and Ukraine carried out a prisoner exchange on Saturday.\n\nUkraine brings back 277 soldiers on "
        "Easter eve.",
        "277 soldiers",
        {"metric": "prisoners"},
        id="soldiers-brought-back-on-a-page-about-a-swap-are-prisoners",
    ),
    case(
        "Russia and Ukraine carried out a prisoner exchange on Saturday. In return Ukraine released 246 Russian "
        "servicemen and 15 wounded.",
        "15 wounded",
        {"metric": "prisoners"},
        id="the-wounded-listed-with-soldiers-released-in-a-swap-are-prisoners",
    ),
    case(
        "Russia and Ukraine swapped prisoners on Saturday. Ukraine released 246 Russian servicemen and 15 wounded "
        "in Saturday's exchange.",
        "246 Russian servicemen",
        {"metric": "prisoners"},
        id="another-counts-noun-is-no-cue-for-the-count-before-it",
    ),
    case(
        "Around 2,000 North Korean soldiers deployed to help Russia fight against Ukrainian forces are believed to "
        "have been killed, a South Korean lawmaker said.",
        "Around 2,000 North Korean soldiers",
        {"metric": "killed"},
        id="what-befell-soldiers-in-a-passive-joined-to-their-clause-says-what-they-count",
    ),
    case(
        "Zelenskyy said Ukraine had replenished the exchange fund, indicating that over 100 Russian servicemen had "
        "been taken prisoner and could be swapped for Ukrainians held in Russia.",
        "over 100 Russian servicemen",
        {"metric": "prisoners", "predicate": "taken_prisoner"},
        id="what-may-yet-befall-prisoners-is-not-what-did",
    ),
    case(
        "Around 100 Russian soldiers were surrounded and were given the chance to surrender.",
        "Around 100 Russian soldiers",
        {"metric": "personnel"},
        id="a-chance-to-surrender-offered-is-no-surrender",
    ),
    case(
        "Ukraine and Russia swapped 95 prisoners each on Monday. Separately, the 80th brigade brought back 30 "
        "soldiers from positions near Sudzha for rest.",
        "30 soldiers",
        {"metric": "personnel"},
        id="soldiers-brought-back-from-positions-are-no-prisoners-on-a-swap-page",
    ),
    case(
        "Zelensky: Russian losses in Kursk near 50,000 as operation passes six months\n\nThe fighting goes on.\n",
        "near 50,000",
        {"metric": "casualties", "value": 50000},
        id="a-titles-loss-noun-with-no-verb-counts-the-figure-it-is-near",
    ),
    case(
        "North Korean casualties near 4,000 in Kursk\n\nThe fighting goes on.\n",
        "near 4,000",
        {"metric": "casualties", "actor": "north_korea"},
        id="a-titles-casualties-near-a-figure",
    ),
    case(
        "Over the past day the enemy lost up to 120 militants in the Kursk direction, the ministry said.",
        "up to 120 militants",
        {"metric": "casualties"},
        id="militants-lost-are-casualties",
    ),
    case(
        "Ukraine and Russia swapped prisoners on Sunday, the Coordination Headquarters said.\n\nAccording to the "
        "headquarters, those released include 66 servicemen of the Armed Forces of Ukraine, 49 National Guard "
        "servicemen and 31 border guards.",
        "49 National Guard servicemen",
        {"metric": "prisoners", "predicate": "other"},
        published="2025-02-05",
        id="those-an-exchange-released-include-prisoners",
    ),
    case(
        "Among those returned in the swap were 82 privates and sergeants and 21 officers.",
        "21 officers",
        {"metric": "prisoners", "predicate": "other"},
        published="2024-09-14",
        id="among-those-returned-in-a-swap-are-prisoners",
    ),
    case(
        "Those deployed to the border include 6,000 servicemen of the Armed Forces of Ukraine.",
        "6,000 servicemen",
        {"metric": "personnel"},
        published="2024-09-14",
        id="those-deployed-include-no-prisoners",
    ),
    case(
        "Prisoner swap\n\nRussia and Ukraine carried out a prisoner exchange on Friday.\n\nSeparately, 200 "
        "soldiers died in a week near Sudzha, according to figures released by the Ukrainian General Staff.",
        "200 soldiers",
        {"metric": "killed"},
        published="2024-10-19",
        id="figures-released-on-a-swap-page-are-no-prisoners",
    ),
    case(
        "Ukraine Has Lost About 40% of Its Kursk Foothold as Russia Masses Troops\n\nThe front has moved west.",
        "About 40%",
        {"metric": "territory_pct"},
        published="2024-11-20",
        id="a-title-case-determiner-is-no-share-of-people",
    ),
    case(
        "Prisoner swap\n\nRussia and Ukraine carried out a prisoner exchange on Friday.\n\nThe exchange began in "
        "the morning, when 390 people were released by each side.",
        "390 people",
        {"metric": "prisoners"},
        published="2025-05-24",
        id="people-released-on-a-swap-page-are-prisoners",
    ),
    case(
        "Prisoner swap\n\nRussia and Ukraine carried out a prisoner exchange on Saturday.\n\nA further 307 soldiers "
        "went home in each direction, officials said.",
        "307 soldiers",
        {"metric": "prisoners"},
        published="2025-05-25",
        id="soldiers-who-went-home-on-a-swap-page-are-prisoners",
    ),
    case(
        "Prisoner swap\n\nRussia and Ukraine exchanged prisoners on Sunday.\n\nZelenskyy wrote on Telegram, "
        "confirming the return of 303 Ukrainian defenders.",
        "303 Ukrainian defenders",
        {"metric": "prisoners", "predicate": "other"},
        published="2025-05-25",
        id="the-return-of-people-on-a-swap-page-counts-prisoners",
    ),
    case(
        'Kursk\n\n"By early estimates, the number of killed and wounded North Korean soldiers in the region has '
        'already exceeded 3,000," Zelensky wrote on Monday.',
        "exceeded 3,000",
        {"metric": "casualties"},
        published="2024-12-20",
        id="the-number-of-killed-and-wounded-soldiers-counts-casualties",
    ),
    case(
        "Kursk\n\nA company of about 150 soldiers executed a flanking manoeuvre near Sudzha.",
        "about 150 soldiers",
        {"metric": "personnel"},
        published="2025-03-01",
        id="soldiers-who-execute-a-manoeuvre-are-not-killed",
    ),
    case(
        "Kursk\n\nRussian troops executed at least 16 Ukrainian soldiers who had surrendered, the monitors said.",
        "at least 16 Ukrainian soldiers",
        {"metric": "killed"},
        published="2025-03-01",
        id="soldiers-executed-after-surrendering-were-killed",
    ),
    case(
        "The exchange\n\nUkraine and Russia completed a swap on Friday. Another 95 Ukrainian defenders return "
        "home, Zelensky wrote.",
        "Another 95 Ukrainian defenders",
        {"metric": "prisoners"},
        published="2025-01-20",
        id="defenders-who-return-home-on-a-swap-page-are-prisoners",
    ),
    case(
        "Kursk\n\nNorth Korea has around 11,000 soldiers deployed to Kursk, with some 3,000 casualties so far, "
        "Zelensky said.",
        "around 11,000 soldiers",
        {"metric": "personnel"},
        published="2025-01-20",
        id="soldiers-deployed-that-a-side-has-are-personnel",
    ),
    case(
        "Sudzha\n\nFour servicemen were wounded in an exchange of fire with Russian infantry near Sudzha, the "
        "brigade's press service said.",
        "Four servicemen",
        {"metric": "wounded"},
        published="2025-01-12",
        id="wounded-in-an-exchange-of-fire-are-no-prisoners",
    ),
    case(
        "Kursk\n\nUkrainian special forces said they had captured two North Korean soldiers sent to fight in the "
        "Kursk region.",
        "two North Korean soldiers",
        {"metric": "prisoners"},
        published="2025-01-12",
        id="soldiers-captured-after-being-sent-are-prisoners",
    ),
    case(
        "Seoul\n\nSouth Korea's spy agency said about 1,000 North Korean soldiers had returned home from Russia by "
        "March.",
        "about 1,000 North Korean soldiers",
        {"metric": "personnel"},
        published="2025-04-01",
        id="soldiers-returned-home-off-an-exchange-page-are-no-prisoners",
    ),
    case(
        'Prisoner swap\n\nUkraine and Russia carried out a prisoner swap on Saturday.\n\n"303 Ukrainian defenders '
        'are home," Zelensky wrote.',
        "303 Ukrainian defenders",
        {"metric": "prisoners"},
        published="2025-05-25",
        id="defenders-home-on-a-swap-page-are-prisoners",
    ),
    case(
        "Seoul\n\nThe NIS estimates that North Korea has sent about 11,000 troops to fight for Russia, with at least "
        "300 killed and some 2,700 injured.",
        "about 11,000 troops",
        {"metric": "personnel"},
        published="2025-01-14",
        id="troops-sent-are-personnel-whatever-befell-some-of-them",
    ),
    case(
        "Seoul\n\nThe NIS told lawmakers that of about 15,000 North Korean soldiers sent to Russia, some 600 had been "
        "killed.",
        "about 15,000 North Korean soldiers",
        {"metric": "personnel"},
        published="2025-05-01",
        id="of-the-soldiers-sent-the-whole-is-personnel",
    ),
    case(
        "Seoul\n\nThe NIS has estimated that about 300 of the North Korean soldiers dispatched to Russia have been "
        "killed.",
        "about 300",
        {"metric": "killed"},
        published="2025-01-14",
        id="a-part-of-those-sent-that-was-killed-is-killed",
    ),
    case(
        "Seoul\n\nOf the roughly 11,000 soldiers sent in the fall, about 500 are believed to have been killed, Lee "
        "said.",
        "about 500",
        {"metric": "killed"},
        published="2025-01-14",
        id="after-those-sent-a-part-killed-is-killed",
    ),
    case(
        "Swap\n\nRussia's defence ministry said on Sunday that it got back 150 of its own servicemen.",
        "150 of its own servicemen",
        {"metric": "prisoners"},
        published="2025-05-20",
        id="servicemen-got-back-are-prisoners",
    ),
    case(
        "Kursk\n\nUkraine says it has captured two North Korean soldiers alive, both wounded.",
        "two North Korean soldiers",
        {"metric": "prisoners"},
        published="2025-01-12",
        id="captured-soldiers-though-wounded-are-prisoners",
    ),
    case(
        "Swap\n\nUkraine has returned 189 people from Russian captivity, the ombudsman said.",
        "189 people",
        {"metric": "prisoners"},
        published="2024-12-31",
        id="people-returned-from-captivity-are-prisoners",
    ),
    case(
        "Kursk\n\nAnother 12 people returned home yesterday through the territory of Belarus, the governor said.",
        "Another 12 people",
        {"metric": "civilians"},
        published="2024-12-31",
        id="people-coming-home-are-no-prisoners-without-captivity",
    ),
    case(
        "Seoul\n\nThe military said some 2,000 wounded soldiers had been returned to the North by air and rail.",
        "some 2,000 wounded soldiers",
        {"metric": "wounded"},
        published="2025-03-01",
        id="wounded-sent-home-stay-wounded",
    ),
    case(
        "Kursk incursion in figures\n\nUkrainian troops crossed into the Kursk region in August, the General Staff "
        "said.\n\nMeasure | Figure | Source\nArea held, sq km | 1,100 | DeepState\nSettlements in the 1,300 sq km "
        "zone | 74 | DeepState\n",
        "74",
        {"metric": "settlements"},
        published="2025-02-01",
        id="a-unit-after-a-number-in-a-label-is-that-numbers",
    ),
    case(
        "Kursk in numbers\n\n1,300 – the area, in square kilometres, that Syrskyi said Ukraine held at the peak.",
        "1,300",
        {"metric": "territory_km2"},
        published="2025-08-06",
        id="a-key-figure-described-as-an-area-in-square-kilometres",
    ),
    case(
        "Kursk in numbers\n\n15 – the distance, in kilometres, that Russian soldiers are said to have crawled "
        "through a gas pipeline.",
        "15",
        {"metric": "distance_km"},
        published="2025-08-06",
        id="a-key-figure-described-as-a-distance-in-kilometres",
    ),
    case(
        "Claims\n\nClaim | Figure | Source | Date\nUkrainian losses in Kursk since August | over 67,000 | "
        "Russian Defence Ministry | 12 Mar\nSettlements retaken in March alone | 24 | Russian Defence Ministry | 16 Mar",
        "over 67,000",
        {"metric": "casualties", "actor": "ukraine", "claimant": "Russian Defense Ministry"},
        published="2025-03-21",
        id="a-table-row-labelled-losses",
    ),
    case(
        "Key figures\n\nSettlements under Ukrainian control: more than 90\nRussian servicemen captured: over 600",
        "over 600",
        {"metric": "prisoners"},
        published="2024-10-11",
        id="a-fact-box-label-outranks-its-verb",
    ),
    case(
        "North Korean casualties estimated at around 3,800, military intelligence says",
        "around 3,800",
        {"metric": "casualties", "actor": "north_korea"},
        id="a-headline-noun-estimated-at-n",
    ),
    case(
        "Gerasimov said Ukraine had lost more than 76,000 servicemen in the region, along with over 7,000 "
        "pieces of weaponry and military equipment.",
        "over 7,000 pieces of weaponry",
        {"metric": "equipment", "predicate": "lost"},
        id="pieces-of-weaponry",
    ),
    case(
        "But US officials believe around eleven-thousand of Kim's men have been shipped to the country.",
        "around eleven-thousand of Kim's men",
        {"metric": "personnel"},
        id="a-possessive-inside-the-counted-phrase",
    ),
    case(
        "Ukraine's General Staff put Russian losses in the Kursk operation at 38,000 in early January.",
        "38,000",
        {"metric": "casualties", "actor": "russia"},
        id="the-estimator-subject-does-not-count",
    ),
    case(
        "The regional government last published a figure in January, putting the number of civilians "
        "killed since August at 47.",
        "47",
        {"metric": "civilians"},
        id="the-number-of-civilians-killed",
    ),
    case(
        "Since the start of the operation, Russian losses have exceeded 25,000 people, over 9,000 of them killed.",
        "over 9,000",
        {"metric": "killed"},
        id="people-among-losses-are-not-civilians",
    ),
    case(
        "The spy agency now estimated North Korean casualties at around 3,600, roughly 400 of them fatal.",
        "roughly 400",
        {"metric": "killed"},
        id="a-partitive-s-own-cue-fatal",
    ),
    case(
        "Russian shelling killed three civilians and wounded 11 in Sumy region, the regional governor said.",
        "three civilians",
        {"metric": "civilians", "value": 3.0, "actor": "civilians", "predicate": "killed"},
        id="civilians-killed",
    ),
    case(
        "Russian shelling killed three civilians and wounded 11 in Sumy region, the regional governor said.",
        "11",
        {"metric": "civilians", "value": 11.0, "actor": "civilians", "predicate": "wounded"},
        id="civilians-wounded-bare-number",
    ),
    case(
        "An air strike on the town killed two civilians and injured 14, the mayor said.",
        "14",
        {"metric": "civilians", "value": 14.0, "predicate": "wounded"},
        id="civilians-injured-bare-number",
    ),
    case(
        "Russia has lost 2,100 soldiers killed or wounded in the Kursk region, Syrskyi said.",
        "2,100 soldiers",
        {"metric": "casualties", "value": 2100.0, "actor": "russia", "predicate": "killed_or_wounded"},
        id="soldiers-killed-or-wounded",
    ),
    case(
        "Some 900 North Korean troops have been killed or wounded, the spy agency said.",
        "Some 900",
        {"metric": "casualties", "value": 900.0, "qualifier": "approx", "actor": "north_korea"},
        id="have-been-killed-or-wounded",
    ),
    case(
        "Russia has lost 40,000 troops in Kursk, including 16,000 killed, Syrskyi said.",
        "16,000 killed",
        {"metric": "killed", "value": 16000.0, "actor": "russia", "predicate": "killed"},
        id="including-n-killed",
    ),
    case(
        "The Russian Defense Ministry put Ukrainian losses at 4,130 servicemen over the past week.",
        "4,130 servicemen",
        {"metric": "casualties", "value": 4130.0, "actor": "ukraine", **RDM},
        id="put-ukrainian-losses-at-n",
    ),
    case(
        "Seoul's spy agency put the North Korean contingent at 11,000 soldiers.",
        "11,000 soldiers",
        {"metric": "personnel", "value": 11000.0, "actor": "north_korea", "predicate": "deployed"},
        id="put-the-contingent-at-n",
    ),
    case(
        "U.S. officials put North Korean casualties in the several hundred range.",
        "several hundred",
        {
            "metric": "casualties",
            "value_low": 300.0,
            "value_high": None,
            "qualifier": "at_least",
            "actor": "north_korea",
        },
        id="put-casualties-in-the-several-hundred-range",
    ),
    case(
        "Russian losses exceeded 62,000 in the region, Syrskyi said.",
        "62,000",
        {
            "metric": "casualties",
            "value_low": 62000.0,
            "value_high": None,
            "qualifier": "more_than",
            "actor": "russia",
            "text": "exceeded 62,000",
        },
        id="losses-exceeded-n",
    ),
    case(
        "Moscow's figure for Ukrainian losses is 76,000.",
        "76,000",
        {"metric": "casualties", "value": 76000.0},
        id="figure-for-ukrainian-losses-is-n",
    ),
    case(
        "Moscow's figure for Ukrainian losses is 76,000-plus.",
        "76,000",
        {"metric": "casualties", "value_low": 76000.0, "qualifier": "more_than"},
        id="figure-for-losses-is-n-plus",
    ),
    case(
        "The governor put the number of people evacuated from the region to about 20,000.",
        "about 20,000",
        {"metric": "civilians", "value": 20000.0, "actor": "civilians"},
        id="number-of-people-to-about-n",
    ),
    case(
        "The number of people who fled the border districts has risen to about 20,000, the governor said.",
        "about 20,000",
        {"metric": "civilians", "value": 20000.0, "qualifier": "approx"},
        id="number-of-people-rose-to-n",
    ),
    case(
        "Kyiv brought home 150 soldiers in a prisoner exchange on Sunday, Zelensky said.",
        "150 soldiers",
        {"metric": "prisoners", "value": 150.0, "actor": "ukraine"},
        id="brought-home-in-an-exchange",
    ),
    case(
        "Twelve Russian tanks were destroyed near Sudzha, Ukraine's General Staff said.",
        "Twelve Russian tanks",
        {"metric": "equipment", "value": 12.0, "actor": "russia", "predicate": "lost", **UGS},
        id="passive-destroyed-tanks",
    ),
    # shares: of an area yes, of houses or people no
    case(
        "Russian troops have retaken two-thirds of the captured territory, the Kremlin said.",
        "two-thirds",
        {"metric": "territory_pct", "value": 66.7, "actor": "russia", "predicate": "retaken"},
        id="share-two-thirds-of-captured-territory",
    ),
    case(
        "Ukraine now controls less than half of the 1,376 sq km it seized in August, analysts said.",
        "less than half",
        {
            "metric": "territory_pct",
            "value_low": None,
            "value_high": 50.0,
            "qualifier": "less_than",
            "actor": "ukraine",
            "predicate": "controls",
        },
        id="share-less-than-half-of-an-area",
    ),
    case(
        "Russia occupies about a fifth of Ukraine, Zelensky said.",
        "about a fifth",
        {"metric": "territory_pct", "value": 20.0, "qualifier": "approx", "location": "Ukraine"},
        id="share-a-fifth-of-ukraine",
    ),
    case(
        "Ukraine's forces have lost two-thirds of the land they captured in Kursk, analysts said.",
        "two-thirds",
        {"metric": "territory_pct", "actor": "ukraine", "predicate": "lost", "location": "Kursk region"},
        id="share-of-the-land-they-captured",
    ),
    # round twelve: bodies, civilian harm nouns, wounded prisoners
    case(
        "On Aug. 16, Ukraine received the bodies of 338 soldiers, the headquarters reported.",
        "338 soldiers",
        {"metric": "killed", "value": 338.0},
        id="the-bodies-of-n-soldiers-are-the-dead",
    ),
    case(
        "Since February 2022, the mission has verified 11,973 civilian deaths and 25,943 injuries.",
        "11,973 civilian deaths",
        {"metric": "civilians", "predicate": "killed", "actor": "civilians"},
        id="civilian-deaths",
    ),
    case(
        "Since February 2022, the mission has verified 11,973 civilian deaths and 25,943 injuries.",
        "25,943 injuries",
        {"metric": "civilians", "predicate": "wounded", "actor": "civilians"},
        id="injuries-joined-to-civilian-deaths",
    ),
    case(
        "The ministry said a further 15 wounded Russian prisoners of war had been handed over.",
        "15 wounded Russian prisoners",
        {"metric": "prisoners", "actor": "russia"},
        id="wounded-prisoners-of-war-are-prisoners",
    ),
    case(
        "A drone struck a car near the village, killing one woman and wounding two men, the governor wrote.",
        "two men",
        {"metric": "civilians", "predicate": "wounded"},
        id="the-harm-verb-whose-object-the-count-is",
    ),
    case(
        "The General Staff said its forces had killed or wounded 460 Russian troops over the past day.",
        "460 Russian troops",
        {"metric": "casualties"},
        id="one-object-for-killed-or-wounded-is-a-casualty-count",
    ),
    case(
        "Ukraine got back 175 prisoners, and Russia additionally handed over 22 seriously wounded Ukrainian soldiers.",
        "22 seriously wounded Ukrainian soldiers",
        {"metric": "prisoners", "actor": "ukraine"},
        id="handed-over-wounded-soldiers-are-prisoners",
    ),
    case(
        "Most of the Russians released were conscripts, while the Ukrainians freed included 23 women.",
        "23 women",
        {"metric": "prisoners"},
        id="women-freed-in-an-exchange",
    ),
    case(
        "The spy agency confirmed that two North Korean soldiers had been taken alive by Ukrainian troops.",
        "two North Korean soldiers",
        {"metric": "prisoners", "actor": "north_korea"},
        id="taken-alive-are-prisoners",
    ),
    case(
        "Zelensky said that 189 Ukrainians had been brought home, more than the ministry in Moscow said.",
        "189 Ukrainians",
        {"metric": "prisoners", "actor": "ukraine"},
        id="brought-home-are-prisoners-returned",
    ),
    case(
        "Our count of civilian deaths in the border district stood at 21 by the end of September. By March it "
        "had reached 57.",
        "21",
        {"metric": "civilians"},
        id="a-count-of-civilian-deaths-standing-at-a-number-counts-civilians",
    ),
    case(
        "Our count of civilian deaths in the border district stood at 21 by the end of September. By March it "
        "had reached 57.",
        "57",
        {"metric": "civilians"},
        id="it-reaching-a-number-is-the-figure-before-moving-to-it",
    ),
    case(
        "Kyiv's tally of captured Russian soldiers rose to 300 in October, and by December it stood at 410.",
        "410",
        {"metric": "prisoners"},
        id="a-tally-of-captured-soldiers-counts-prisoners-and-so-does-it-standing-at",
    ),
    case(
        "The regional count of missing civilians was 120 in January. By May it was 164.",
        "164",
        {"metric": "civilians"},
        id="it-equated-with-a-number-counts-what-the-figure-before-counted",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), METRIC_RECENT)
def test_metric_recent_rules(
    nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]
) -> None:
    check(claim_at(nlp, text, quote, published), expected)


NOT_CLAIMS_RECENT = [
    pytest.param(
        "Russian losses near 1,500 a day as Kursk fighting grinds on\n\nThe fighting goes on.\n",
        "1,500",
        id="a-titles-rate-is-no-count",
    ),
    pytest.param(
        "According to a poll published in February, 44 percent of Poles believe the war will end with a "
        "compromise that requires Ukraine to give up part of its territory.",
        "44 percent",
        id="a-poll-s-share-of-people-near-a-territory-word",
    ),
    pytest.param(
        "Ukraine says it has taken full control of Sudzha, a town of about 5,000 people.",
        "about 5,000 people",
        id="a-town-s-population",
    ),
    pytest.param(
        "Syrskyi said 300 of Kursk's villages were damaged.", "300", id="a-place-s-villages-damaged"
    ),
    pytest.param(
        "Shelling has damaged two-thirds of houses in Sudzha, the governor said.",
        "two-thirds",
        id="share-of-houses",
    ),
    pytest.param(
        "Two-thirds of residents have left Sudzha, the governor said.", "Two-thirds", id="share-of-residents"
    ),
    pytest.param(
        "A third of those who remain are elderly, the governor said.", "A third", id="share-of-those"
    ),
    pytest.param(
        "Russia carried out 71 air strikes on the region, the General Staff said.", "71", id="non-metric-noun"
    ),
    pytest.param("Ukraine received 155mm howitzers from its allies, the ministry said.", "155", id="calibre"),
    pytest.param(
        "The fighting is the heaviest on Russian soil since World War Two, Syrskyi said.",
        "Two",
        id="world-war-two",
    ),
    pytest.param(
        "Ukraine has lost 2,000 soldiers in the region, Gerasimov said, speaking to Rossiya 24.",
        "24",
        id="tv-channel-name",
    ),
    pytest.param(
        "Zelensky said 189 Ukrainians had been brought home, a figure higher than the one given by Moscow.",
        "one",
        id="the-one-given-is-a-pronoun",
    ),
    pytest.param(
        "The ministry said 220 infantry fighting vehicles had been destroyed. In mid-October, the ministry's "
        "running total stood at 22,600.",
        "22,600",
        id="a-possessed-figure-noun-standing-at-a-number-is-a-figure-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "quote"), NOT_CLAIMS_RECENT)
def test_not_a_claim_recent_rules(nlp: Any, text: str, quote: str) -> None:
    res = run(nlp, text)
    start = text.index(quote)
    end = start + len(quote)
    assert [c.text for c in res.claims if c.start < end and start < c.end] == []


# ----------------------------------------------------------------------------- actor (recent rules)

ACTOR_RECENT = [
    case(
        "Casualty box\n\nKyiv's estimate: 15,000 Russian soldiers killed\n",
        "15,000 Russian soldiers",
        {"actor": "russia", "claimant": "Ukraine"},
        id="a-labels-source-is-not-whose-losses-the-line-counts",
    ),
    case(
        "Casualty box\n\nUkrainian losses claimed by Moscow: over 54,000\n",
        "over 54,000",
        {"actor": "ukraine"},
        id="a-label-naming-whose-losses-and-who-claims-them-counts-the-first",
    ),
    case(
        "Maps\n\nUkraine captured Russian territory in August. By the start of this month, the foothold was closer to "
        "800 square kilometres.\n",
        "800 square kilometres",
        {"actor": "ukraine"},
        id="a-country-named-as-the-lands-in-the-sentence-before-is-no-actor",
    ),
    case(
        "Evacuation widens\n\nAccording to him, the evacuation zone will now extend 10 kilometres from the state "
        "border in the Krasnopillia community.\n",
        "10 kilometres",
        {"actor": "civilians", "predicate": "other"},
        id="the-evacuation-zone-extends-a-distance-its-residents",
    ),
    case(
        "Evacuation stays\n\nThe governor reminded residents that the evacuation regime within 15 kilometres of "
        "the border remains in force in the Glushkovo area.\n",
        "15 kilometres",
        {"actor": "civilians"},
        id="an-evacuation-regime-within-a-distance",
    ),
    case(
        "Advance\n\nUkrainian troops in the buffer zone advanced 10 kilometres from the border.\n",
        "10 kilometres",
        {"actor": "ukraine", "predicate": "advanced"},
        id="a-zone-without-an-evacuation-is-the-troops-advance",
    ),
    case(
        "Units of the VSU control 300 square kilometres, the analyst said.",
        "300 square kilometres",
        {"actor": "ukraine"},
        id="translated-vsu-is-ukraines-army",
    ),
    case(
        "Over the past day the APU lost up to 120 servicemen near Sudzha, the ministry said.",
        "up to 120 servicemen",
        {"actor": "ukraine"},
        id="translated-apu-is-ukraines-army",
    ),
    case(
        "Zelensky's figure for North Korean losses is higher: on January 4 he said almost 4,000 had been killed "
        "or wounded.",
        "almost 4,000",
        {"actor": "north_korea"},
        id="passive-toll-after-a-figure-for-whose-losses",
        published="2025-01-20",
    ),
    case(
        "Zelensky said Ukrainian losses were modest, while more than 3,000 had been killed on the other side.",
        "more than 3,000",
        {"actor": "russia"},
        id="passive-toll-losses-only-spoken-of",
    ),
    case(
        "The Ukrainian General Staff, without mentioning Ukrainian casualties, said 900 had been killed overnight.",
        "900",
        {"actor": "russia"},
        id="passive-toll-losses-not-mentioned",
    ),
    case(
        "In my sector alone, the Akhmat units destroyed more than 3,000 servicemen of the Armed Forces of Ukraine, "
        "Alaudinov said.",
        "more than 3,000 servicemen",
        {"metric": "killed", "actor": "ukraine"},
        id="destroyed-servicemen-are-killed",
    ),
    case(
        "President Volodymyr Zelensky put North Korean losses higher, saying on Monday that more than 3,000 had "
        "been killed or wounded.",
        "more than 3,000",
        {"actor": "north_korea", "claimant": "Volodymyr Zelensky"},
        id="passive-toll-losses-named-before",
        published="2024-12-24",
    ),
    case(
        "Ukraine's military spokesman said that 500 had been killed in a week.",
        "500",
        {"actor": "russia"},
        id="passive-toll-no-losses-named-speaker-enemy",
        published="2024-12-24",
    ),
    case(
        "Kursk\n\nResidents have returned to 12 villages in the Sudzha district, acting governor Alexander "
        "Khinshtein said.",
        "12 villages",
        {"actor": "civilians", "predicate": "other"},
        published="2025-06-14",
        id="villages-residents-returned-to-are-civilians",
    ),
    case(
        "Kursk\n\nRussian forces have freed 12 settlements, the ministry said on Monday, adding that residents "
        "were being evacuated.",
        "12 settlements",
        {"actor": "russia", "predicate": "retaken"},
        published="2024-08-14",
        id="settlements-a-side-freed-stay-its-whatever-their-residents-do",
    ),
    case(
        "Kursk\n\nThe head of the district said that residents of seven villages still could not return home.",
        "seven villages",
        {"actor": "civilians", "predicate": "other"},
        published="2024-08-14",
        id="residents-of-villages-who-cannot-return-are-civilians",
    ),
    case(
        "Kursk\n\nAccording to the regional government, 47 settlements in the Glushkovo district remain closed "
        "to residents.",
        "47 settlements",
        {"actor": "civilians", "predicate": "other"},
        published="2025-02-14",
        id="settlements-closed-to-residents-are-civilians",
    ),
    case(
        "Kursk\n\nThe governor said residents would be allowed back into nine villages near Rylsk.",
        "nine villages",
        {"actor": "civilians", "predicate": "other"},
        published="2025-02-14",
        id="villages-residents-return-to-are-civilians",
    ),
    case(
        "Kursk\n\nResidents fled as Russian troops retook 12 villages, the ministry said.",
        "12 villages",
        {"actor": "russia", "predicate": "retaken"},
        published="2025-02-14",
        id="villages-retaken-stay-a-sides-whatever-residents-did",
    ),
    case(
        "North Korea\n\nWestern and South Korean estimates put the contingent at 11,000-12,000, with a further "
        "3,000 sent in January.\n\nThe North sent about 11,000 North Korean soldiers to Kursk.",
        "3,000",
        {"actor": "north_korea"},
        published="2025-03-01",
        id="an-ellipsis-after-a-figure-of-no-known-side-is-left-to-the-page",
    ),
    case(
        "Seoul\n\nSeoul's estimate of 1,100 killed or wounded is far below Kyiv's count of 3,800 North Korean "
        "casualties.",
        "3,800 North Korean casualties",
        {"actor": "north_korea"},
        published="2025-01-20",
        id="a-count-of-n-is-not-the-side-of-who-counted",
    ),
    case(
        "Kursk\n\nOfficials said Russia had concentrated roughly 70,000 troops against a Ukrainian force of fewer "
        "than 10,000.",
        "fewer than 10,000",
        {"actor": "ukraine"},
        published="2025-02-01",
        id="a-force-of-n-is-the-side-its-words-name",
    ),
    case(
        "Kursk\n\nIn one week in December our battalion alone killed at least 300 Koreans, the commander said.",
        "at least 300 Koreans",
        {"actor": "north_korea"},
        published="2025-01-10",
        id="koreans-at-this-wars-front-are-the-norths",
    ),
    case(
        "Russian forces have captured at least eight US-made Stryker armored vehicles in the Kursk region, the "
        "Russian Defense Ministry said.",
        "at least eight US-made Stryker armored vehicles",
        {"actor": "ukraine"},
        id="us-written-in-capitals-is-the-country-not-the-speaker",
    ),
    case(
        "Russia confirmed 12 tanks lost near Sudzha.",
        "12 tanks",
        {"actor": "russia"},
        id="a-side-admitting-its-losses-is-the-loser",
    ),
    case(
        "Ukraine war latest: Ukrainian forces launch fresh attacks in Kursk Oblast; Russia claims 8 tanks destroyed",
        "8 tanks",
        {"actor": "ukraine"},
        id="the-speaker-of-a-loss-count-is-not-the-loser",
    ),
    case(
        "Russia's Defence Ministry said its troops had repelled 12 attacks over the past day, inflicting "
        "losses of up to 280 servicemen on Ukrainian forces.",
        "up to 280 servicemen",
        {"actor": "ukraine"},
        id="losses-inflicted-on-a-side",
    ),
    case(
        "About 1,500 North Korean troops were sent to the front. Several hundred of them had been killed, "
        "officials said.",
        "Several hundred",
        {"metric": "killed", "value_low": 300.0, "qualifier": "at_least", "actor": "north_korea"},
        id="partitive-several-hundred-of-them",
    ),
    case(
        "Several thousand North Korean soldiers arrived in Kursk in November. Hundreds of them had been "
        "wounded, Zelensky said.",
        "Hundreds",
        {"metric": "wounded", "actor": "north_korea", "predicate": "wounded"},
        id="partitive-hundreds-of-them",
    ),
    case(
        "Some 11,000 troops from North Korea have been deployed, Zelensky said.",
        "Some 11,000 troops",
        {"metric": "personnel", "actor": "north_korea", "predicate": "deployed"},
        id="troops-from-north-korea-passive",
    ),
    case(
        "Moscow's figure for Ukrainian losses is 76,000.",
        "76,000",
        {"actor": "ukraine"},
        id="figure-for-ukrainian-losses-names-the-actor",
    ),
    case(
        "Half of the 1,300 sq km taken in August has been lost, analysts said.",
        "Half",
        {"metric": "territory_pct", "actor": "unknown", "predicate": "lost"},
        id="passive-share-lost-not-the-analysts-side",
    ),
    case(
        "Ukrainian troops still hold parts of the Kursk region. They have lost 40% of the Russian "
        "territory they seized, analysts said.",
        "40%",
        {"actor": "ukraine"},
        id="they-after-ukrainian-troops",
    ),
    case(
        "The intelligence chief confirmed that two North Korean soldiers captured by Ukrainian special forces "
        "were being held in Kyiv.",
        "two North Korean soldiers",
        {"metric": "prisoners", "actor": "north_korea"},
        published="2025-01-12",
        id="whose-prisoners-the-phrase-says-before-the-captor",
    ),
    case(
        "KURSK IN FIGURES\n\nUkraine's General Staff, February 14, 2025: 38,000 Russian troops killed or "
        "wounded in Kursk\n",
        "38,000 Russian troops",
        {"actor": "russia", "claimant": "Ukrainian General Staff"},
        id="a-fact-box-label-naming-a-speaker-says-who-counts-not-whose-losses",
        published="2025-03-01",
    ),
    case(
        "Russia lost another 1,300 soldiers over the past day, Ukraine's General Staff reported on Tuesday. Since "
        "the start of the full-scale invasion, the total has reached about 790,000.",
        "about 790,000",
        {"metric": "casualties", "actor": "russia"},
        id="a-total-reaching-a-number-is-of-the-side-of-the-figure-it-refers-back-to",
        published="2025-01-21",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), ACTOR_RECENT)
def test_actor_recent_rules(
    nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]
) -> None:
    check(claim_at(nlp, text, quote, published), expected)


# ----------------------------------------------------------------------------- attribution (recent rules)

ATTRIBUTION_RECENT = [
    case(
        "Aid\n\nThe Ukrainian Red Cross Society said it had evacuated 900 people from the border villages.\n",
        "900 people",
        {"claimant": "Ukrainian Red Cross Society", "claimant_side": "ukraine"},
        id="a-warring-countrys-own-red-cross-society-is-no-international-committee",
        published="2024-09-10",
    ),
    case(
        "Call\n\nThe Kremlin published a readout of the call on Monday. Peskov declined to comment. According to the "
        "readout, 86 settlements had been recaptured.\n",
        "86 settlements",
        {"claimant": "Kremlin"},
        id="according-to-the-readout-a-body-published",
    ),
    case(
        "Tanks\n\nThe database has 14 Ukrainian tanks, but the real number is higher, analysts said.\n",
        "14 Ukrainian tanks",
        {"claimant": "analysts"},
        id="a-document-with-no-owner-named-holds-nothing-for-anyone",
    ),
    case(
        "Losses\n\nThe Russian Ministry of Defense (MoD) publishes daily figures. According to the MoD, 420 Russian "
        "soldiers were killed.\n",
        "420 Russian soldiers",
        {"claimant": "Russian Defense Ministry"},
        id="according-to-a-source-ends-at-the-comma-the-parser-ran-past",
    ),
    case(
        "Tallies\n\nThe Russian Defence Ministry's daily bulletins add up to 119 Ukrainian tanks lost.\n",
        "119 Ukrainian tanks",
        {"claimant": "Russian Defense Ministry", "qualifier": "exact"},
        id="a-bodys-bulletins-adding-up-to-a-figure-give-that-sum-not-a-bound",
    ),
    case(
        "Maps\n\nSyrskyi wrote on Telegram that Ukraine held 1,000 square kilometres. By our reading of the maps, the "
        "salient has lost well over half of its peak area.\n",
        "well over half",
        {"claimant": None},
        id="by-our-reading-the-writer-speaks-not-the-speaker-before",
    ),
    case(
        "Maps\n\nThe ministry said its forces had advanced. The furthest point we can independently verify is on the "
        "edge of Martynovka, roughly 30km from the border.\n",
        "roughly 30km",
        {"claimant": None},
        id="what-we-can-verify-is-the-outlets-own",
    ),
    case(
        "Maps\n\nSyrskyi wrote on Telegram that Ukraine held 1,000 square kilometres. He added that troops had taken "
        "82 settlements.\n",
        "82 settlements",
        {"claimant": "Oleksandr Syrskyi"},
        id="a-speaker-going-on-still-speaks",
    ),
    case(
        'Letters\n\nSir, Your leading article ("Kyiv\'s costly foothold", Mar 14) stated that Ukraine held "some '
        '1,400 square kilometres" of Russian territory.\n',
        "some 1,400 square kilometres",
        {"claimant": None},
        id="a-day-in-brackets-is-no-speaker",
    ),
    case(
        "Losses\n\nThe Ukrainian armed forces have lost a total of 5,137 servicemen, the Russian Ministry of Defense "
        '(MoD) said on Friday.\n"In total, the enemy lost 5,137 servicemen and 69 tanks," the MoD said in a '
        "statement. Over the past day, Ukraine lost up to 400 servicemen, according to the statement.\n",
        "up to 400 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="the-statement-of-a-body-the-page-abbreviates-is-the-bodys",
    ),
    case(
        "Drones\n\nUkraine's Ministry of Defence plans to buy more drones. To make the case, the ministry on Wednesday "
        "published a summary of drone-unit results. According to the statement, drone crews there destroyed or "
        "damaged 112 armoured vehicles.\n",
        "112 armoured vehicles",
        {"claimant": "Ukrainian Defense Ministry", "claimant_side": "ukraine", "actor": "russia"},
        id="according-to-the-statement-is-the-document-a-source-was-said-to-publish",
    ),
    case(
        "Drones\n\nThe Russian Defence Ministry issued a statement on Monday. Zelensky spoke later. According to the "
        "statement, Ukraine lost 112 armoured vehicles.\n",
        "112 armoured vehicles",
        {"claimant": "Russian Defense Ministry"},
        id="the-statement-is-the-one-a-source-was-said-to-issue-not-the-last-speakers",
    ),
    case(
        "Week in review\n\nThe week opened with Ukraine's commander-in-chief, Oleksandr Syrskyi, telling Volodymyr "
        "Zelensky on camera that Ukrainian forces held about 1,000 square kilometres.\n",
        "about 1,000 square kilometres",
        {"claimant": "Oleksandr Syrskyi"},
        id="with-a-named-source-telling-is-that-sources-statement",
    ),
    case(
        "Swap\n\nUkraine and Russia carried out a prisoner exchange, with Kyiv saying 150 of its servicemen had come "
        "home.\n",
        "150 of its servicemen",
        {"claimant": "Ukraine"},
        id="with-a-capital-saying-is-its-statement",
    ),
    case(
        "Strikes\n\nRussia attacked the border villages with drones, saying 50 Ukrainian soldiers had been killed.\n",
        "50 Ukrainian soldiers",
        {"claimant": "Russia"},
        id="with-an-instrument-then-saying-is-the-clauses-subjects-statement",
    ),
    case(
        "Tallies\n\nThe defence ministry's daily bulletins, which I summed by hand, add up to just over 41,000 "
        "Ukrainian casualties by the end of 2024.\n",
        "just over 41,000 Ukrainian casualties",
        {"claimant": None},
        id="bulletins-that-add-up-to-a-figure-are-the-writers-sum",
    ),
    case(
        "Tallies\n\nAdding up every publicly reported deployment, the total North Korean force sent to Russia comes to "
        "at most about 15,000 soldiers.\n",
        "at most about 15,000 soldiers",
        {"claimant": None},
        id="adding-up-reports-is-no-statement",
    ),
    case(
        "Tallies\n\nSyrskyi summed up the results: Ukrainian forces control 1,000 square kilometres.\n",
        "1,000 square kilometres",
        {"claimant": "Oleksandr Syrskyi"},
        id="summing-up-results-still-reports",
    ),
    case(
        "Tank losses so far\n\nFor comparison, the WarSpotting database lists 14 Ukrainian tanks as lost in "
        "Kursk Oblast so far.\n",
        "14 Ukrainian tanks",
        {"claimant": "WarSpotting", "claimant_side": "third_party"},
        id="a-database-listing-a-figure-is-its-owners-claim",
    ),
    case(
        "Weekend on the map\n\nDeepState's map had Ukraine holding about 365 km² in Kursk Oblast on Sunday "
        "morning.\n",
        "about 365 km²",
        {"claimant": "DeepState"},
        id="a-map-that-had-a-side-holding-ground-is-its-makers-claim",
    ),
    case(
        "Brigade rotates\n\nThe brigade has 3,000 troops in the Sumy region, the Ukrainian General Staff said.\n",
        "3,000 troops",
        {"claimant": "Ukrainian General Staff"},
        id="a-unit-that-has-troops-reports-nothing",
    ),
    case(
        "Transcript\n\n0:51 within a week Ukraine\n0:54 claimed more than 1,000 square kilometers\n",
        "more than 1,000 square kilometers",
        {"claimant": None},
        id="a-transcripts-timecode-is-no-speaker",
    ),
    case(
        "Casualty box\n\nKyiv's estimate: more than 3,000 killed or wounded (Zelenskyy, December 23, 2024)\n",
        "more than 3,000 killed or wounded",
        {"claimant": "Volodymyr Zelensky", "claimant_side": "ukraine", "claim_date": "2024-12-23"},
        id="a-fact-box-bracket-names-which-of-the-countrys-sources-gave-the-figure-and-when",
        published="2025-01-14",
    ),
    case(
        "Losses\n\nKyiv's figures for Russian losses in the Kursk region rose from 17,819 killed, wounded or "
        "captured (Syrskyi, 25 October 2024) to 38,000 (Zelensky, 6 January 2025).\n",
        "38,000",
        {"claimant": "Volodymyr Zelensky", "claimant_side": "ukraine", "claim_date": "2025-01-06"},
        id="a-bracket-after-each-figure-names-which-of-the-countrys-sources-gave-it-and-when",
        published="2025-09-18",
    ),
    case(
        "Casualty box\n\nKilled: about 300 (NIS briefing to lawmakers, January 13, 2025)\n",
        "about 300",
        {"claimant": "South Korea National Intelligence Service", "claim_date": "2025-01-13"},
        id="a-bracket-naming-a-bodys-briefing-and-its-audience-credits-the-body",
        published="2025-01-14",
    ),
    case(
        "Casualty box\n\nRussian losses, according to Ukraine: 38,000 (Russian Ministry of Defence, January 6, 2025)\n",
        "38,000",
        {"claimant": "Ukraine"},
        id="a-bracket-naming-the-other-sides-source-does-not-replace-the-country",
        published="2025-01-14",
    ),
    case(
        "NIS says about 100 North Korean soldiers killed\n\nAbout 100 North Korean soldiers have been killed in "
        "Kursk, Korea's spy agency told lawmakers Thursday. The NIS also said nearly 1,000 North Korean troops had "
        "been wounded.\n",
        "About 100 North Korean soldiers",
        {"claimant": "South Korea National Intelligence Service", "claimant_side": "third_party"},
        id="korean-copys-korea-s-spy-agency-is-the-nis",
        published="2025-01-10",
    ),
    case(
        "Front report\n\nThe regional official Ivan Kovalenko said the shelling had stopped overnight.\n\nA "
        "Ukrainian colonel said his brigade had captured 300 Russian soldiers. Colonel Andriy Kovalenko told "
        "reporters the prisoners would be exchanged.\n",
        "300 Russian soldiers",
        {"claimant": "Andriy Kovalenko"},
        id="a-namesake-named-before-does-not-block-who-the-colonel-turns-out-to-be",
    ),
    case(
        "Polish analysts weigh in\n\nThe Warsaw think tank Vistula Defence Analysis published its estimate on "
        "Monday. Its director, Tomasz Wrona, said Moscow had assembled between 45,000 and 50,000 personnel in the "
        "area.\n",
        "between 45,000 and 50,000 personnel",
        {"claimant": "Tomasz Wrona"},
        id="a-bodys-director-named-in-apposition-speaks-for-himself",
    ),
    case(
        "German view\n\nThe military expert Markus Keller from the Bundeswehr University in Munich estimates the "
        "Ukrainian forces in the Kursk region at 10,000 to 12,000 soldiers.\n",
        "10,000 to 12,000 soldiers",
        {"claimant": "Markus Keller"},
        id="an-expert-named-at-an-institution-is-the-expert",
    ),
    case(
        "ISW assessment\n\nAnalysts at the Institute for the Study of War estimated that Ukraine held 500 square "
        "kilometres.\n",
        "500 square kilometres",
        {"claimant": "Institute for the Study of War"},
        id="unnamed-analysts-at-a-body-are-the-body",
    ),
    case(
        "ISW assessment\n\nCiting Ukrainian military observer Kostyantyn Mashovets, the ISW said Russia had moved "
        "up to 5,000 personnel from other fronts.\n",
        "up to 5,000 personnel",
        {"claimant": "Kostyantyn Mashovets", "claimant_side": "ukraine"},
        id="a-body-citing-a-named-person-relays-him",
    ),
    case(
        "ISW assessment\n\nCiting satellite images, the ISW said Russia had moved up to 7,000 personnel from "
        "other fronts.\n",
        "up to 7,000 personnel",
        {"claimant": "Institute for the Study of War"},
        id="a-body-citing-images-asserts-itself",
    ),
    case(
        "North Korean losses\n\nThe National Intelligence Service gave the figures, according to Rep. Lee "
        "Seong-kweun, who spoke to reporters afterward.\n\nThe United States has put the losses higher. A White "
        "House spokesman said last month that the North had suffered more than 1,000 killed and wounded in one "
        "week.\n\nLee said the NIS also believed that North Korea was preparing to send more troops.\n",
        "more than 1,000 killed and wounded",
        {"claimant": "White House", "claimant_side": "third_party"},
        id="a-spokesman-is-not-someone-the-page-named-before-him",
    ),
    case(
        "Losses in Kursk\n\nThe WarSpotting project has documented at least 3 lost armored vehicles of the "
        "Ukrainian army in the area.\n",
        "at least 3 lost armored vehicles",
        {"claimant": "WarSpotting", "claimant_side": "third_party"},
        id="warspotting-is-a-third-party-tally",
    ),
    case(
        "Russia claims Ukraine lost 76,000 troops, but in Kyiv's view the true number is closer to 20,000.",
        "20,000",
        {"claimant_side": "ukraine"},
        id="in-someones-view-inside-another-report",
    ),
    case(
        "In the view of the Institute for the Study of War, Russian forces retook 40 settlements in March.",
        "40 settlements",
        {"claimant": "Institute for the Study of War"},
        id="in-the-view-of-a-named-body",
    ),
    case(
        "Analysts said that, by the count of Mediazona, Russia had lost 2,300 men in the region.",
        "2,300 men",
        {"claimant": "Mediazona"},
        id="by-the-count-of-a-named-body",
    ),
    case(
        "Rimantas Kaunas, who chairs the committee, briefed the Seimas on Tuesday. He said North Korean units had "
        'lost "some 3,800 men killed and wounded" since December.',
        "some 3,800 men",
        {"claimant": "Rimantas Kaunas"},
        id="he-after-briefing-the-parliament",
    ),
    case(
        "In the Kremlin's telling, Ukraine lost 70,000 soldiers; in Kyiv's telling, Russia lost 60,000.",
        "60,000",
        {"claimant_side": "ukraine"},
        id="in-someones-telling-only-its-own-clause",
    ),
    case(
        "Officials said that, by Tuesday's count, 1,200 residents had been evacuated from the border villages.",
        "1,200 residents",
        {"claimant": "Officials"},
        id="by-a-days-count-names-no-source",
    ),
    case(
        "The Petrenko sisters run a shelter in Sumy. She said 200 refugees had passed through it since August.",
        "200 refugees",
        {"claimant": "Petrenko"},
        id="the-family-name-before-a-noun-is-a-person",
    ),
    case(
        '"More than 2 thousand residents remain in the district" - told the head of the Sudzha district '
        "Alexander Bogachev.",
        "More than 2 thousand residents",
        {"claimant": "Alexander Bogachev"},
        id="translated-dash-told-title-and-name",
    ),
    case(
        "In total 121 thousand people were evacuated, - reported in the regional government.",
        "121 thousand people",
        {"claimant": "regional government"},
        id="translated-dash-reported-in-a-body",
    ),
    case(
        "In total 121 thousand people were evacuated, reported in Kursk.",
        "121 thousand people",
        {"claimant": None},
        id="reported-in-a-place-is-no-source",
    ),
    case(
        '"We have evacuated 300 people from the border villages", told us a volunteer.',
        "300 people",
        {"claimant": None},
        id="told-after-a-comma-is-no-translated-speaker",
    ),
    case(
        "The coordinator, a former nurse, told the Gazette by video call that her teams had evacuated 400 "
        "soldiers.\n\nIn the first weeks, she said, her crews drove up to 30 kilometres into Russia.",
        "up to 30 kilometres",
        {"claimant": None},
        id="she-is-not-the-paper-named-with-the",
    ),
    case(
        "Ukrainian columns were, in Pritchard's telling, 25km deep on the second day.",
        "25km",
        {"claimant": "Pritchard"},
        id="in-someones-telling",
    ),
    case(
        "In Syrskyi's account, his troops held 1,000 square kilometres by mid-August.",
        "1,000 square kilometres",
        {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine"},
        id="in-someones-account",
    ),
    case(
        "In our view, Russia has lost 2,000 troops in the region.",
        "2,000 troops",
        {"claimant": None},
        id="in-our-view-is-the-writers",
    ),
    case(
        "Supporters point out that the raid cost Russia, by Ukrainian count, more than 60,000 killed and "
        "wounded.",
        "more than 60,000",
        {"claimant_side": "ukraine"},
        id="by-a-sides-count-inside-a-report",
    ),
    case(
        "Syrskyi spoke often about the operation. On 27 August he gave 1,294 km² and 100 settlements.",
        "100 settlements",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-27"},
        published="2024-09-10",
        id="a-person-giving-a-count-reports-it",
    ),
    case(
        "Zelensky visited Sumy. He gave 500 people shelter in his residence.",
        "500 people",
        {"claimant": None},
        published="2024-09-10",
        id="a-person-giving-people-something-reports-no-count",
    ),
    case(
        "A pro-war Ukrainian MP, Mariana Bezuhla, said 2,000 soldiers had gone absent without leave.",
        "2,000 soldiers",
        {"claimant_side": "ukraine"},
        published="2025-01-20",
        id="a-pro-war-speaker-with-a-side-of-their-own-keeps-it",
    ),
    case(
        "Syrskyi said Russia had lost 20,000 troops in Kursk. In his view, that implies 60,000 men were moved "
        "to the region.",
        "60,000 men",
        {"claimant": "Oleksandr Syrskyi"},
        published="2025-01-20",
        id="an-inference-in-the-speakers-view-is-the-speakers",
    ),
    case(
        "The Ministry of Foreign Affairs of Russia said 300 civilians had been killed.",
        "300 civilians",
        {"claimant": "Ministry of Foreign Affairs", "claimant_side": "russia"},
        published="2025-01-20",
        id="a-ministry-of-foreign-affairs-is-no-defence-ministry",
    ),
    case(
        "Gerasimov put Ukrainian losses in Kursk at more than 76,000 troops. Taken at face value, that implies "
        "Ukraine lost an average of about 290 soldiers a day.",
        "about 290 soldiers a day",
        {"claimant": None},
        published="2025-04-27",
        id="the-writers-inference-from-a-figure-is-no-continued-speech",
    ),
    case(
        "Russia's health ministry said 31 people had been hospitalised.\n\nThe Defence Ministry said Ukraine had "
        "lost up to 945 servicemen.",
        "up to 945 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        published="2024-08-08",
        id="the-defence-ministry-is-not-the-health-ministry-named-before",
    ),
    case(
        "Russia says it has 50,000 troops in the region.\n\nThe army later increased that to more than 10,000, "
        "according to Western estimates.",
        "more than 10,000",
        {"claimant": "Western estimates"},
        published="2024-11-08",
        id="an-army-increasing-a-force-revises-no-figure",
    ),
    case(
        "The official total of civilian deaths in Sumy region climbed to 44 in August.",
        "44",
        {"claimant": None},
        published="2024-09-01",
        id="a-total-without-its-owner-is-no-source",
    ),
    case(
        "Ukraine's forces have lost roughly 40 percent of the territory they held, the General Staff said.",
        "roughly 40 percent",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        published="2025-01-20",
        id="ground-lost-is-no-count-of-the-enemys-losses",
    ),
    case(
        "Ukraine's General Staff said its forces held the line.\n\nIn Russia, the Defense Ministry said its air "
        "defenses had downed 25 Ukrainian drones overnight.",
        "25 Ukrainian drones",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        published="2024-10-10",
        id="a-sentence-fronted-by-its-country-places-the-body-it-names",
    ),
    case(
        "The Ministry of Defense in the evening summary reports that over the past day the Armed Forces of "
        "Ukraine in the Kursk direction lost up to 300 servicemen.",
        "up to 300 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        published="2024-10-10",
        id="the-armed-forces-of-ukraine-losing-men-is-russias-count",
    ),
    case(
        "Russian troops retook a dozen villages, according to pro-war bloggers.",
        "a dozen villages",
        {"claimant_side": "russia"},
        published="2024-09-13",
        id="pro-war-commentators-are-russias",
    ),
    case(
        "According to the ministry's running total, the Ukrainian Armed Forces have lost more than 51,200 "
        "servicemen there since August 6.",
        "more than 51,200 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        published="2025-01-20",
        id="a-ministrys-running-total-of-ukrainian-losses-is-russias-ministry",
    ),
    case(
        "Russia's Defence Ministry gave its first figures on Monday.\n\nThe Russian ministry raised its tally to "
        "5,137 troops and 69 tanks lost by Ukraine in the Kursk direction.",
        "69 tanks",
        {"claimant": "Russian Defense Ministry", "actor": "ukraine"},
        published="2024-08-20",
        id="a-body-moving-its-own-figure-reports-it-and-is-not-whose-losses-they-are",
    ),
    case(
        "Overnight shelling raised the number of civilians killed in Sudzha to 15 people.",
        "15 people",
        {"claimant": None},
        published="2024-08-20",
        id="shelling-raising-a-toll-reports-nothing",
    ),
    case(
        "Air defense forces on duty intercepted and destroyed 25 Ukrainian fixed-wing drones over the Kursk "
        "Region overnight, the ministry said earlier on Wednesday.",
        "25 Ukrainian fixed-wing drones",
        {"claimant": "ministry"},
        published="2024-11-27",
        id="a-clause-the-parser-took-for-a-first-subject-is-not-the-speaker",
    ),
    case(
        "Russian forces have retaken more than 800 square kilometres (309sq miles) of Russia's Kursk region, or about 64 "
        "percent of the territory captured by Ukraine last August, Colonel General Sergei Rudskoi, first "
        "deputy chief of Russia's General Staff, said on Wednesday.",
        "more than 800 square kilometres",
        {"claimant": "Sergei Rudskoi", "claimant_side": "russia"},
        published="2025-03-12",
        id="a-person-set-off-with-a-description-speaks-before-the-body-it-names",
    ),
    case(
        "More than 300 civilians, including seven children, were killed and over 1,100 were wounded during the "
        "incursion into the Kursk Region, Prosecutor General of Russia Igor Krasnov said on Wednesday, presenting "
        "his annual report.",
        "over 1,100",
        {"claimant_side": "russia"},
        published="2025-04-23",
        id="a-titled-name-the-recogniser-missed-speaks-right-before-its-verb",
    ),
    case(
        "Border\n\nThe Sumy Regional Military Administration said 18 settlements came under fire.\n\nThe Belgorod "
        "regional administration said 2 people were wounded in Shebekino.",
        "2 people",
        {"claimant": "Belgorod regional administration", "claimant_side": "russia"},
        published="2024-09-10",
        id="a-modified-administration-names-its-own-body",
    ),
    case(
        "Sumy\n\nOn Thursday, the Sumy Regional Military Administration said the evacuation now covers 34 "
        "settlements. According to the administration, 1,960 people were moved out of them in September.",
        "1,960 people",
        {"claimant": "Sumy Regional Military Administration"},
        published="2024-09-13",
        id="the-administration-refers-back-to-the-named-one",
    ),
    case(
        "Kursk\n\nOn Tuesday, the Sumy Regional Military Administration extended the mandatory evacuation of "
        "civilians to 11 more settlements.",
        "11 more settlements",
        {"claimant": "Sumy Regional Military Administration"},
        published="2025-03-20",
        id="extending-an-evacuation-asserts-its-figures",
    ),
    case(
        "Kursk\n\nActing governor Alexei Smirnov ordered on Monday the evacuation of villages lying within 15 "
        "kilometres of the border.",
        "15 kilometres",
        {"claimant": "Alexei Smirnov"},
        published="2024-09-18",
        id="an-order-through-a-participle-on-its-object",
    ),
    case(
        "Kursk\n\nSpokesman for the regional emergencies ministry Ivan Sokolov spoke to reporters in Kursk on "
        "Monday.\n\nLocal resident Olga Ivanova told them the shelling had been heavy all week.\n\nThe spokesman "
        "said that 120 residents had been evacuated from the border zone.",
        "120 residents",
        {"claimant": "Ivan Sokolov"},
        published="2025-01-20",
        id="the-spokesman-refers-back-past-a-long-title",
    ),
    case(
        "Kursk\n\nCol. Margus Tamm, head of the defence forces' intelligence centre, briefed reporters in Tallinn "
        "on Friday.\n\nAccording to the colonel, Russia has gathered roughly 50,000 servicemen near Kursk.",
        "roughly 50,000 servicemen",
        {"claimant": "Margus Tamm"},
        published="2025-01-20",
        id="the-colonel-refers-back-to-an-abbreviated-rank",
    ),
    case(
        'Kursk\n\nOlena Marchuk, who helps the families of missing conscripts, said she knows of "at least 150" '
        "young men believed to be held in Ukraine.",
        "at least 150",
        {"claimant": "Olena Marchuk"},
        published="2025-01-14",
        id="a-figures-own-phrase-cannot-claim",
    ),
    case(
        "Kursk\n\nThe Kremlin says Ukraine has lost 50,000 troops in Kursk, as Syrskyi reported heavy fighting "
        "near Sudzha.",
        "50,000 troops",
        {"claimant": "Kremlin"},
        published="2025-01-14",
        id="as-x-reported-a-thing-of-its-own-is-another-event",
    ),
    case(
        "Kursk\n\nJust as Moscow claimed, 2,000 Ukrainian troops were encircled near Sudzha, Russian bloggers said.",
        "2,000 Ukrainian troops",
        {"claimant": "Russian bloggers"},
        published="2025-01-14",
        id="just-as-x-claimed-is-no-source",
    ),
    case(
        "Kursk\n\nKyiv dismissed Moscow's figures: only 12 Ukrainian soldiers were captured, the General Staff "
        "said.",
        "12 Ukrainian soldiers",
        {"claimant": "Ukrainian General Staff"},
        published="2025-01-14",
        id="a-rejected-claim-noun-before-a-colon-is-not-the-figures-owner",
    ),
    case(
        "Kursk\n\nThe committee questioned the head of the National Intelligence Service for three hours. One "
        "member later relayed the agency's findings: about 12,000 North Korean troops had been sent to Russia.",
        "about 12,000 North Korean troops",
        {"claimant": "South Korea National Intelligence Service"},
        published="2025-01-14",
        id="a-claim-noun-with-its-owner-before-a-colon-is-the-owners",
    ),
    case(
        "Kursk\n\nThe regional spokesman said that, as Commander-in-Chief Oleksandr Syrskyi reported in late "
        "August, Ukrainian units hold about 1,250 square kilometres.",
        "about 1,250 square kilometres",
        {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine", "claim_date": "2024-08"},
        published="2024-09-20",
        id="as-x-reported-opening-the-figures-clause-is-x",
    ),
    case(
        'Kursk\n\n"Some 400 enemy soldiers have surrendered, as General Valery Gerasimov told the president on '
        'Wednesday," the anchor said.',
        "Some 400 enemy soldiers",
        {"claimant": "Valery Gerasimov", "claimant_side": "russia"},
        published="2025-03-16",
        id="as-x-told-closing-a-quotation-is-x-not-the-anchor",
    ),
    case(
        "Kursk\n\nAs Ukrinform reported earlier, Ukraine brought home 95 defenders in October.",
        "95 defenders",
        {"claimant": "Ukrinform"},
        published="2024-11-20",
        id="as-another-outlet-reported-is-that-outlet",
    ),
    case(
        "Kursk\n\nUkraine took three North Korean soldiers prisoner in March, and the South Korean government "
        "said it was ready to receive them.",
        "three North Korean soldiers",
        {"claimant": None},
        published="2025-04-02",
        id="a-report-joined-after-the-figure-with-its-own-content-does-not-report-it",
    ),
    case(
        "Kursk\n\nKyiv and Moscow exchanged 150 prisoners each as Seoul says more North Korean troops are on "
        "their way.",
        "150 prisoners",
        {"claimant": None},
        published="2025-04-02",
        id="a-report-in-an-as-clause-after-the-figure-has-its-own-content",
    ),
    case(
        "Kursk\n\n100 settlements: the villages and towns Syrskyi said his troops held that week.",
        "100 settlements",
        {"claimant": "Oleksandr Syrskyi"},
        published="2024-09-01",
        id="and-between-two-nouns-joins-no-report",
    ),
    case(
        "Kursk\n\nBriefing lawmakers on Monday, the National Intelligence Service estimated that about 200 North "
        "Korean soldiers had been killed.",
        "about 200 North Korean soldiers",
        {"claimant": "South Korea National Intelligence Service"},
        published="2024-12-20",
        id="an-opening-ing-phrase-is-not-the-subject",
    ),
    case(
        "Kursk\n\nThe ombudsman, Dmytro Lubinets, reminded journalists that 230 civilians had been returned.",
        "230 civilians",
        {"claimant": "Dmytro Lubinets"},
        published="2024-12-20",
        id="remind-with-a-that-clause-reports",
    ),
    case(
        "Kursk\n\nUkrainian officials told Reuters that 28 settlements were under Ukrainian control. Russian "
        "forces have also lost 12 tanks near Sudzha, they said.",
        "12 tanks",
        {"claimant": "Ukrainian officials"},
        published="2024-08-14",
        id="they-said-closing-a-sentence-refers-back-past-its-plural-subject",
    ),
    case(
        "Kursk\n\nUkraine's major Kursk gamble has already cost it 2,000 men, Dmitry Orlov said.",
        "2,000 men",
        {"claimant": "Dmitry Orlov", "claimant_side": None},
        published="2024-08-14",
        id="an-adjective-major-is-no-rank",
    ),
    case(
        "Kursk\n\nA captured soldier, Sergeant Ivan Petrov, said his company had lost 40 of its 100 men.",
        "40 of its 100 men",
        {"claimant_side": None},
        published="2024-08-14",
        id="a-captives-words-give-no-side-of-the-page",
    ),
    case(
        'Kursk\n\n"We have lost 40 men in this sector" \u2014 Ukrainian battalion commander, Sumy region',
        "40 men",
        {"claimant": "Ukrainian battalion commander", "claimant_side": "ukraine"},
        published="2024-08-14",
        id="a-pull-quote-credited-to-a-description",
    ),
    case(
        "The pipeline\n\nIn March, Russian war bloggers put the number of soldiers who crawled through a disused "
        "gas pipeline near Sudzha at several hundred. The pipeline ran for roughly 15 kilometres, they said.",
        "roughly 15 kilometres",
        {"claimant": "Russian war bloggers", "claimant_side": "russia"},
        published="2025-04-01",
        id="they-said-after-a-figure-is-the-plural-speakers-just-before",
    ),
    case(
        'Kursk\n\n"We have liberated 12 villages" \u2014 Ukraine\'s General Staff rejected that Russian claim on '
        "Monday.",
        "12 villages",
        {"claimant": None},
        published="2024-08-14",
        id="a-dash-credit-that-is-a-clause-is-no-pull-quote",
    ),
    case(
        "Kursk\n\nThe figure comes from the front line, where 300 soldiers were killed in a week.",
        "300 soldiers",
        {"claimant": None},
        published="2024-08-14",
        id="a-figure-that-comes-from-a-place-names-no-source",
    ),
    case(
        "Kyiv claims kills\n\n3 min read\n\nBy Staff\n\nUpdated 14 August\n\nKyiv says its forces have killed "
        "300 Russian soldiers near Sudzha.\n\nRussia's Defence Ministry admitted on Monday that 300 soldiers "
        "were killed.",
        "300 Russian soldiers",
        {"claimant": "Ukraine"},
        published="2024-08-14",
        id="a-ledes-country-keeps-its-figure-when-the-body-gives-it-to-the-other-side",
    ),
    case(
        "Kursk\n\nZelensky visited Sumy. Syrskyi briefed him.\n\nColonel Vitalii Sarenko told reporters that "
        "Ukrainian units controlled about 80 square kilometers near the villages.",
        "about 80 square kilometers",
        {"claimant": "Vitalii Sarenko", "claimant_side": "ukraine"},
        published="2025-03-10",
        id="a-soldier-the-page-gives-no-side-fights-for-the-side-it-is-about",
    ),
    case(
        "Kursk\n\nPutin visited Kursk. Gerasimov briefed him. Khinshtein spoke too.\n\nHis battalion, Oleh said, "
        "had lost eight armored vehicles.",
        "eight armored vehicles",
        {"claimant": "Oleh", "claimant_side": "russia"},
        published="2025-03-10",
        id="a-soldier-speaking-of-his-unit-on-a-page-about-russia-is-russias",
    ),
    case(
        "Kursk\n\nMoscow gave few figures. The closest thing came from Alexei Smirnov, then acting governor of "
        "Kursk region, who told Putin in a televised meeting that Ukraine held 28 settlements.",
        "28 settlements",
        {"claimant": "Alexei Smirnov"},
        published="2025-08-06",
        id="a-description-after-a-name-is-that-persons-not-the-roles-later-holder",
    ),
    case(
        "Kursk\n\nThe governor spoke first.\n\nWhen Valery Gerasimov, Russia's chief of general staff, appeared "
        "beside Vladimir Putin at a command post on March 12, he told the president that 86 per cent of that "
        "territory had been retaken.",
        "86 per cent",
        {"claimant": "Valery Gerasimov", "claim_date": "2025-03-12"},
        published="2025-08-06",
        id="he-after-a-fronted-clause-is-its-subject",
    ),
    case(
        "Kursk\n\nZelenskyy eyes a land swap\n\nUkraine's forces in Kursk now hold about 500 sq km, the "
        "country's top commander has said.",
        "about 500 sq km",
        {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine"},
        published="2025-02-14",
        id="the-countrys-top-commander-is-the-role-holder-not-a-person-named-before",
    ),
    case(
        "Kursk\n\nVladimir Putin visited the front.\n\nRussia's troops have retaken 30 villages, the country's "
        "chief of general staff said.",
        "30 villages",
        {"claimant": "Valery Gerasimov", "claimant_side": "russia"},
        published="2025-02-14",
        id="the-countrys-chief-of-general-staff-is-its-holder-written-without-the",
    ),
    case(
        "North Korean losses\n\n\u201cAbout 300 killed and 2,700 wounded\u201d \u2014 South Korea's National "
        "Intelligence Service, briefing lawmakers\n\nThe war goes on.",
        "2,700 wounded",
        {"claimant": "South Korea National Intelligence Service", "claimant_side": "third_party"},
        published="2025-01-14",
        id="a-pull-quote-is-the-credited-speakers",
    ),
    case(
        'Fact check\n\nTHE CLAIM: "Our forces control 1,150 square kilometres of the Kursk region." \u2014 Oleksandr '
        "Syrskyi, commander-in-chief of Ukraine's armed forces, Thursday.\n\nTHE VERDICT: Broadly right.",
        "1,150 square kilometres",
        {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine", "claim_date": "2024-08-15"},
        published="2024-08-17",
        id="a-labelled-pull-quote-is-the-credited-speakers-on-the-day-its-credit-closes-with",
    ),
    case(
        'The post\n\n"Thousands of Ukrainian troops are completely surrounded." \u2014 US President Donald Trump on '
        "Truth Social, Friday\n\nThe claim spread fast.",
        "Thousands of Ukrainian troops",
        {"claimant": "Donald Trump", "claim_date": "2025-03-14"},
        published="2025-03-18",
        id="a-pull-quotes-credit-names-the-speaker-not-where-he-said-it",
    ),
    case(
        "Gerasimov declared the region liberated. Kyiv's General Staff countered with its own arithmetic: 62,400 "
        "Russian losses, and almost 1,000 Russian soldiers captured.",
        "almost 1,000 Russian soldiers",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        id="a-source-answering-with-its-own-figures-after-a-colon-gives-them",
    ),
    case(
        "Zelensky put North Korean losses at 4,000. South Korea's National Intelligence Service, briefing "
        "lawmakers in Seoul last Monday, offered a more conservative picture: about 300 North Koreans dead.",
        "about 300 North Koreans",
        {"claimant": "South Korea National Intelligence Service"},
        id="a-picture-offered-before-a-colon-is-given-by-its-source-past-an-aside",
    ),
    case(
        "Gen Oleksandr Syrskyi, shown briefing the president in a clip released by the presidential office, said "
        "his units had gone forward by one to two kilometres in several sectors.",
        "one to two kilometres",
        {"claimant": "Oleksandr Syrskyi"},
        id="a-long-aside-between-the-speaker-and-said-the-parser-left-without-a-subject",
    ),
    case(
        "Acting governor Alexei Smirnov's televised admission on August 12 that 28 settlements are under Ukrainian "
        "control was the most detailed Russian account so far.",
        "28 settlements",
        {"claimant": "Alexei Smirnov", "claim_date": "2024-08-12"},
        published="2024-08-20",
        id="an-admission-that-n-is-its-owners-claim",
    ),
    case(
        "Syrskyi gave his tally on Monday. The army lost ground, he said.\n\nHis breakdown:\nKilled: 6,662\n"
        "Wounded: 10,446\nTaken prisoner: 711",
        "10,446",
        {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine"},
        published="2024-10-30",
        id="a-list-under-his-breakdown-is-the-source-the-pronoun-refers-back-to",
    ),
    case(
        'Kursk\n\n"We hold 300 square kilometres," Syrskyi said on Monday \u2014 a figure Moscow disputes.',
        "300 square kilometres",
        {"claimant": "Oleksandr Syrskyi"},
        published="2025-01-14",
        id="a-quotation-with-a-dash-later-on-its-line-is-no-pull-quote",
    ),
    case(
        "Kursk\n\nEstimates vary. The most cited estimate comes from South Korea's National Intelligence "
        "Service: about 11,000 troops were brought to Russia.",
        "about 11,000 troops",
        {"claimant": "South Korea National Intelligence Service"},
        published="2025-01-14",
        id="an-estimate-that-comes-from-a-source-is-that-sources",
    ),
    case(
        "Kursk\n\nUkrainian-held area peaked at about 1,270 sq km, according to DeepState\u00b9.\n\n"
        "\u00b9 DeepState map archive",
        "about 1,270 sq km",
        {"claimant": "DeepState"},
        published="2025-05-06",
        id="a-sources-note-marker-is-not-part-of-its-name",
    ),
    case(
        "Kursk\n\nThe Kremlin's newspaper published an interview with the governor on Monday.\n\n"
        "The newspaper said 300 residents had returned to Sudzha.",
        "300 residents",
        {"claimant": "newspaper"},
        published="2025-05-01",
        id="a-bodys-newspaper-is-an-outlet-not-the-bodys-document",
    ),
    case(
        "Kursk\n\nUkrainian officials said on Monday that about 11,000 North Korean troops were in Kursk.\n\n"
        "Villagers who stayed behind in Sudzha described months of shelling.\n\nThey said at least 40 "
        "civilians had been killed.",
        "at least 40 civilians",
        {"claimant": "Villagers who stayed behind in Sudzha"},
        published="2025-01-10",
        id="they-said-is-a-nearer-plural-speaker-not-the-speakers-credited-before",
    ),
    case(
        "Kursk\n\nRetired US general Ben Hodges estimated that Russia had lost about 20,000 soldiers.\n\n"
        "They said Ukraine had lost far fewer, perhaps 5,000 soldiers.",
        "perhaps 5,000 soldiers",
        {"claimant": None},
        published="2025-01-10",
        id="they-said-is-never-one-person",
    ),
    case(
        'Kursk\n\n"Gerasimov\'s own number, a thousand men, tells you Moscow was caught off guard," the analyst '
        "said.",
        "a thousand men",
        {"claimant": "Valery Gerasimov"},
        published="2024-08-20",
        id="a-named-owners-number-in-a-speakers-words-is-the-owners",
    ),
    case(
        "Kursk\n\nA former officer said the Russian figure of 49,000 Ukrainian losses was inflated.",
        "49,000 Ukrainian losses",
        {"claimant": "Russia"},
        published="2024-12-20",
        id="a-countrys-adjective-owns-its-figure",
    ),
    case(
        "Kursk\n\nAmerican and Ukrainian officials told the paper on Monday that Russia had gathered about "
        "50,000 soldiers near Kursk.\n\nThey said the force included about 11,000 North Korean soldiers.",
        "about 11,000 North Korean soldiers",
        {"claimant": "American and Ukrainian officials"},
        published="2025-01-10",
        id="they-said-opening-a-sentence-is-the-plural-speakers-before",
    ),
    case(
        "Kursk\n\nUkraine's General Staff on Thursday dismissed the report as propaganda.\n\n"
        "The report says more than 500 Ukrainian soldiers surrendered.",
        "more than 500 Ukrainian soldiers",
        {"claimant": None},
        published="2025-03-14",
        id="a-report-a-body-dismissed-is-not-its-own",
    ),
    case(
        "Kursk\n\nMediazona published an analysis of the Russian defence ministry's figures.\n\n"
        "The analysis found that at least 120 conscripts had been killed.",
        "at least 120 conscripts",
        {"claimant": "Mediazona"},
        published="2025-03-14",
        id="an-analysis-of-a-bodys-figures-is-not-the-bodys",
    ),
    case(
        "Kursk\n\nResidents interviewed by the BBC described the shelling.\n\n"
        "The state broadcaster said 400 Ukrainian soldiers had been killed.",
        "400 Ukrainian soldiers",
        {"claimant": "state broadcaster"},
        published="2025-03-14",
        id="a-described-broadcaster-is-not-the-outlet-named-before",
    ),
    case(
        "Kursk\n\nA soldier told the Kyiv Independent that the front was quiet.\n\nResearchers at King's "
        "College London published a paper on Monday.\n\nThe paper estimates that about 20,000 Russian soldiers "
        "were killed.",
        "about 20,000 Russian soldiers",
        {"claimant": "King's College London"},
        published="2025-03-14",
        id="a-paper-someone-published-is-theirs",
    ),
    case(
        "Kursk\n\nThe Financial Times reported on Monday that the front had stabilised.\n\n"
        "The paper says about 45,000 Russian troops are now tied down in the region.",
        "about 45,000 Russian troops",
        {"claimant": "Financial Times"},
        published="2025-03-13",
        id="the-paper-is-the-outlet-named-before",
    ),
    case(
        "Kursk\n\nVladimir Putin visited a command post on Wednesday, as his army chief claimed that Russia "
        "had recaptured 86 percent of the land.",
        "86 percent",
        {"claimant": "Valery Gerasimov"},
        published="2025-03-12",
        id="his-army-chief-is-the-role-in-his-country",
    ),
    case(
        "Brussels\n\nThe EU estimates that about 11,000 North Korean soldiers were sent to Russia.",
        "about 11,000 North Korean soldiers",
        {"claimant": "European Union"},
        published="2025-04-14",
        id="the-eu-is-the-european-union",
    ),
    case(
        "Tallinn\n\nLatvia's intelligence service released its yearly assessment on Monday.\n\n"
        "Russia now fields about 45,000 troops near Kursk, the assessment said.",
        "about 45,000 troops",
        {"claimant": "Latvia's intelligence service"},
        published="2025-02-11",
        id="the-assessment-is-the-one-a-source-released-before",
    ),
    case(
        "Tallinn\n\nLatvia's intelligence service released its yearly assessment on Monday.\n\n"
        "According to the document, Russia now fields about 45,000 troops near Kursk.",
        "about 45,000 troops",
        {"claimant": "Latvia's intelligence service"},
        published="2025-02-11",
        id="the-document-is-the-document-a-source-released-before",
    ),
    case(
        "Tallinn\n\nLatvia's intelligence service released its yearly assessment on Monday.\n\n"
        "The report says Russia now fields about 45,000 troops near Kursk.",
        "about 45,000 troops",
        {"claimant": "Latvia's intelligence service"},
        published="2025-02-11",
        id="the-report-is-the-document-a-source-released-before",
    ),
    case(
        "Kursk\n\nThe report says Russia now fields about 45,000 troops near Kursk.",
        "about 45,000 troops",
        {"claimant": None},
        published="2025-02-11",
        id="the-report-with-no-source-before-is-unnamed",
    ),
    case(
        "Kursk\n\nGovernor Alexander Khinshtein met residents of Sudzha on Monday.\n\n"
        "According to his data, more than 300 civilians have been killed since August.",
        "more than 300 civilians",
        {"claimant": "Alexander Khinshtein"},
        published="2025-04-14",
        id="according-to-his-data-is-the-persons",
    ),
    case(
        'Kursk\n\nSyrskyi spoke to reporters in Kyiv.\n\n"Gerasimov has brought 50,000 troops to Kursk," he said.',
        "50,000 troops",
        {"claimant": "Oleksandr Syrskyi"},
        published="2025-01-10",
        id="he-after-a-quote-is-not-a-person-named-inside-it",
    ),
    case(
        "Seoul\n\nCiting the NIS, Lee Seong-kweun said about 1,100 North Korean troops had been killed or wounded, "
        "while Zelensky said 3,800 were killed or wounded.",
        "3,800",
        {"claimant": "Volodymyr Zelensky"},
        published="2025-01-14",
        id="an-opening-citing-cites-for-its-own-verb-only",
    ),
    case(
        "Kursk\n\n\"By Kyiv's count, Russia has lost 40,000 troops in Kursk, but our own estimate is closer to "
        '20,000," the analyst said.',
        "20,000",
        {"claimant": "analyst"},
        published="2025-01-14",
        id="an-owners-count-in-a-speakers-words-is-only-for-its-own-clause",
    ),
    case(
        "Losses\n\nOryx, a Dutch open-source project, has documented Ukrainian losses. Russia's defence ministry "
        "said 30 Ukrainian tanks were destroyed.\n\nThe same tally lists 140 Russian vehicles lost in Kursk.",
        "140 Russian vehicles",
        {"claimant": "Oryx"},
        published="2024-10-03",
        id="the-same-tally-is-the-projects-not-the-ministrys-that-spoke-last",
    ),
    case(
        "Kursk\n\nCiting the defense ministry, Russian news agency TASS reported on Saturday that Ukrainian forces "
        "had lost more than 76,000 soldiers in the region.",
        "more than 76,000 soldiers",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        published="2025-04-28",
        id="a-citing-participle-opening-the-sentence-names-the-source-an-agency-relays",
    ),
    case(
        "Kursk\n\nUkraine took nearly 1,000 Russian prisoners during the operation (983, according to its general "
        "staff's final tally in April).",
        "983",
        {"claimant": "Ukrainian General Staff"},
        published="2025-06-10",
        id="its-is-the-country-before-not-the-side-word-a-figure-counts",
    ),
    case(
        'Seoul\n\nLee, a lawmaker, spoke after the briefing.\n\n"Casualties are quite high, at least 1,100 in '
        "total by the NIS' count,\" Lee told reporters.",
        "at least 1,100",
        {"claimant": "South Korea National Intelligence Service"},
        published="2024-12-23",
        id="a-named-owners-count-in-a-speakers-words-is-the-owners",
    ),
    case(
        "Losses\n\nUkraine has lost at least 98 armoured vehicles in Kursk, according to a count compiled by the "
        "Oryx open-source blog.\n\nThe tally, which only includes items with photographs, lists 14 tanks.",
        "14 tanks",
        {"claimant": "Oryx"},
        published="2024-10-03",
        id="a-document-named-by-its-noun-alone-is-the-source-befores",
    ),
    case(
        "Losses\n\nUkraine has lost at least 98 armoured vehicles in Kursk, according to a count compiled by the "
        "Oryx open-source blog.\n\nThe same tally lists at least 140 Russian vehicles lost in the region.",
        "at least 140 Russian vehicles",
        {"claimant": "Oryx", "claimant_side": "third_party"},
        published="2024-10-03",
        id="the-same-tally-is-the-source-befores-not-a-source-named-same-tally",
    ),
    case(
        "Analysis\n\nPetro Hnatyshyn, an analyst at the Kyiv Centre for Security Studies, told the Courier that the "
        'official figures were too high.\n\n"It is not a line with trenches," he said. "My own estimate is that we '
        'hold about 600 square kilometres firmly."',
        "about 600 square kilometres",
        {"claimant": "Petro Hnatyshyn", "claimant_side": "ukraine"},
        published="2025-01-10",
        id="a-name-tagged-as-an-organisation-beside-a-persons-description-is-a-person",
    ),
    case(
        "Bulletins\n\nBy our spreadsheet, the ministry claimed an average of about 260 Ukrainian soldiers killed or "
        "wounded a day this week.",
        "about 260 Ukrainian soldiers",
        {"claimant": None, "claimant_side": None},
        published="2025-01-10",
        id="the-writers-own-count-framing-a-sources-claims-is-the-article-voice",
    ),
    case(
        "Bulletins\n\nRussian authorities have reported at least 60 civilian deaths since August, according to our "
        "count of the governor's statements.",
        "at least 60 civilian deaths",
        {"claimant": None},
        published="2025-01-10",
        id="according-to-our-count-closing-the-sentence-is-the-article-voice",
    ),
    case(
        'Front\n\n"By our count, the Russians lost 500 men this week," Kovalenko said.',
        "500 men",
        {"claimant": "Kovalenko"},
        published="2025-01-10",
        id="a-quoted-speakers-own-count-stays-the-speakers",
    ),
    case(
        "Kursk\n\nIn one week in December our battalion alone killed at least 300 Russians, the commander said.",
        "at least 300 Russians",
        {"claimant_side": None},
        published="2025-01-10",
        id="whose-people-a-figure-counts-is-no-sign-of-the-speakers-side",
    ),
    case(
        "Bulletin\n\nRussian troops have retaken 12 settlements in the Kursk region this week, naming Sudzha and "
        "Malaya Loknya.",
        "12 settlements",
        {"claimant": "Russian troops"},
        published="2025-03-14",
        id="a-participle-closing-the-sentence-has-no-speaker-after-it",
    ),
    case(
        "Sudzha\n\nUkraine's General Staff said its forces had advanced 2 kilometres. In Sudzha, the military said, "
        "100 Russian soldiers had surrendered.",
        "100 Russian soldiers",
        {"claimant_side": "ukraine"},
        published="2024-08-20",
        id="a-fronted-place-that-is-no-capital-names-no-side",
    ),
    case(
        "Kursk\n\nSyrskyi said the line held. A company commander who would give only his call sign, Lys, said that "
        "his company had captured 40 Russian soldiers.",
        "40 Russian soldiers",
        {"claimant": "Lys", "claimant_side": "ukraine"},
        published="2025-01-12",
        id="a-call-sign-whose-men-took-prisoners-is-no-captive",
    ),
    case(
        "Tally\n\nUkraine's General Staff has not published an equipment tally specific to Kursk; we had logged 17 "
        "Russian tanks at that point.\n\nAt least 320 Russian servicemen appear in videos of surrender.",
        "At least 320 Russian servicemen",
        {"claimant": None},
        published="2025-02-01",
        id="a-source-that-has-not-published-speaks-for-nothing-after-it",
    ),
    case(
        "Kursk\n\nThe war goes on.\n\nRoughly 11,000 North Korean troops are now in the Kursk theatre, per current US "
        "and South Korean assessments.",
        "Roughly 11,000 North Korean troops",
        {"claimant": "current US and South Korean assessments", "claimant_side": "third_party"},
        published="2025-02-01",
        id="per-a-sides-assessments-names-them",
    ),
    case(
        "Kursk\n\nSyrskyi's last precise number, 1,294 km², dates from August 27.",
        "1,294 km²",
        {"claimant": "Oleksandr Syrskyi"},
        published="2025-02-01",
        id="a-speakers-number-set-beside-it-is-theirs",
    ),
    case(
        "Sudzha\n\nThe Russian Defense Ministry said its troops had retaken Sudzha.\n\nIn Kyiv, the military said "
        "that before withdrawing, its forces had evacuated several dozen residents of the Kursk region.",
        "several dozen residents",
        {"claimant_side": "ukraine"},
        published="2025-03-17",
        id="in-kyiv-the-military-is-not-the-russian-ministry-named-before",
    ),
    case(
        "North Korea\n\nSouth Korea's military said last month that the North had shipped about 100 of its "
        "self-propelled guns to Russia. The Russian Defense Ministry did not comment.",
        "about 100",
        {"claimant_side": "third_party"},
        published="2024-12-27",
        id="a-description-is-identified-later-only-as-a-body-of-its-side",
    ),
    case(
        "Kursk\n\nThe Kursk regional health department said 34 people had been wounded. The Russian Defence "
        "Ministry said 40 drones had been shot down.",
        "34 people",
        {"claimant_side": "russia"},
        published="2024-09-01",
        id="a-department-with-modifiers-is-not-a-ministry-named-after-it",
    ),
    case(
        "Drones\n\nAndriy, a drone operator just back from Sudzha, said his unit had destroyed 40 Russian armoured "
        "vehicles.",
        "40 Russian armoured vehicles",
        {"claimant_side": None},
        published="2024-09-01",
        id="back-from-a-place-is-not-from-it",
    ),
    case(
        "Kursk\n\nOfficials we spoke to said 300 Russian soldiers were taken prisoner.",
        "300 Russian soldiers",
        {"claimant": "Officials"},
        published="2024-09-01",
        id="officials-we-spoke-to-are-a-source",
    ),
    case(
        "Kursk in numbers\n\n15 – the distance, in kilometres, that Ukrainian forces advanced into Russia in the "
        "first days.",
        "15",
        {"metric": "distance_km", "claimant": None},
        published="2025-08-06",
        id="a-key-figures-unit-outranks-its-troops-and-days-is-no-misspelt-says",
    ),
    case(
        "Nikolayevo-Darino\n\nThe Russian Defense Ministry announced the liberation of the village on Tuesday.\n\n"
        "Its area is about 2 square kilometers, the settlement had been under the control of the AFU since "
        "August, the military specified.",
        "about 2 square kilometers",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        published="2024-11-19",
        id="the-military-is-the-ministry-named-before",
    ),
    case(
        "Kursk\n\nThe Russian Defense Ministry claimed that its units repelled the attack. According to the "
        "ministry's statement, the Ukrainian forces attacked with two battalions.\n\n\"The attacking enemy lost 12 "
        'tanks and up to 230 servicemen," the Russian agency TASS quoted the statement.',
        "up to 230 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        published="2025-02-07",
        id="an-agency-quoting-the-statement-passes-on-its-authors-words",
    ),
    case(
        "Losses\n\nThe Armed Forces of Ukraine lost over the day more than 290 servicemen in the Kursk direction, "
        "informs the Ministry of Defense of the Russian Federation.",
        "more than 290 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        published="2024-11-19",
        id="a-translated-closing-informs-x-is-xs-report",
    ),
    case(
        "Kursk\n\nValery Gerasimov reported to Putin that the region was liberated.\n\nUkraine's General Staff "
        "rejected the claim that the fighting was over and published its own tally the same day: 62,400 Russian "
        "troops killed or wounded.",
        "62,400 Russian troops",
        {"claimant": "Ukrainian General Staff"},
        published="2025-04-27",
        id="a-tally-a-subject-published-in-a-second-verb-before-a-colon",
    ),
    case(
        "Tallies\n\nThe ministry published its figures on Monday.\n\nOn the Russian side my count is 512 vehicles, "
        "including 71 tanks.",
        "512 vehicles",
        {"claimant": None},
        published="2025-01-06",
        id="a-side-the-words-are-about-is-no-ones-name",
    ),
    case(
        "Sumy\n\nVitaliy, a volunteer driver from Sumy who has been running evacuations since last summer, said his "
        "group had brought out 64 people on Wednesday.",
        "64 people",
        {"claimant": "Vitaliy", "claimant_side": "ukraine"},
        published="2025-06-12",
        id="one-from-a-place-is-of-the-side-governing-it",
    ),
    case(
        "Kursk\n\nSyrskyi said Ukrainian forces still held the line near Sudzha. A company commander who would give "
        "only his call sign, Lys, said that 11 of his men had been killed since August.",
        "11 of his men",
        {"claimant": "Lys", "claimant_side": "ukraine"},
        published="2025-01-12",
        id="a-call-sign-with-no-side-described-is-of-the-articles-side",
    ),
    case(
        "Kursk was not a mistake\nOpinion\nBy Ivan Hordiienko\nIvan Hordiienko is a retired colonel of the Armed "
        "Forces of Ukraine.\n\nSyrskyi said in August that Ukraine held 1,294 square kilometres. By my own estimate, "
        "we hold no more than 80 square kilometres today.",
        "no more than 80 square kilometres",
        {"claimant": "Ivan Hordiienko", "claimant_side": "ukraine"},
        published="2025-03-19",
        id="an-opinion-writers-by-my-estimate-is-the-contributors",
    ),
    case(
        "Kursk was not a mistake\nOpinion\n\nSyrskyi said in August that Ukraine held 1,294 square kilometres. By "
        "my own estimate, we hold no more than 80 square kilometres today.",
        "no more than 80 square kilometres",
        {"claimant": None},
        published="2025-03-19",
        id="a-writer-no-note-names-stays-the-articles-voice",
    ),
    case(
        "FRONT NOTES\nA newsletter about the war, by Greta Hall\n\nGreta Hall\n\nBy our count, Russia has "
        "retaken about 900 square kilometres of the salient.",
        "about 900 square kilometres",
        {"claimant": None},
        published="2025-03-01",
        id="an-analysts-newsletter-stays-its-own-voice",
    ),
    case(
        "Sudzha\n\nAccording to the data which we have, about 1,500 residents remain in the Sudzha district, "
        "the governor, Ivan Petrenko, said.",
        "about 1,500 residents",
        {"claimant": "Ivan Petrenko"},
        published="2025-03-01",
        id="the-data-which-we-have-are-the-speakers",
    ),
    case(
        "Kursk direction\n\nUkrainian paratroopers destroyed nine Russian tanks near Sudzha, Syrskyi said.\n\nAs a "
        "reminder, according to the data of the General Staff, the total losses of the enemy in the Kursk direction "
        "have amounted to more than 40,000 people.",
        "more than 40,000 people",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        published="2024-12-01",
        id="the-data-of-a-body-are-the-bodys",
    ),
    case(
        "Review: Kursk\n\nThe film opens with archive footage of a column crossing the border. The film says 400 "
        "Ukrainian soldiers crossed on the first day.",
        "400 Ukrainian soldiers",
        {"claimant": None},
        published="2026-02-12",
        id="a-film-shows-but-does-not-claim",
    ),
    case(
        'Kursk shelling\n\nShelling hit the border overnight, acting governor Ivan Petrenko reported.\n\n"We '
        'still have no information about 1,160 people from the Sudzha, Korenevo and Bolshesoldatsky districts."\n\n'
        "The governor also said that he had held a meeting of the regional headquarters.",
        "1,160 people",
        {"claimant": "Ivan Petrenko"},
        id="the-governor-is-the-one-the-article-titled-so",
    ),
    case(
        "Kursk losses\n\nThe Russian Defense Ministry reported on Monday that its forces had repelled five attacks "
        "near Sudzha.\n\nIn total, the enemy lost more than 33,750 servicemen in the Kursk direction, the "
        "department specified.",
        "more than 33,750 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        published="2024-12-10",
        id="a-translated-the-department-is-the-ministry-named-before",
    ),
    case(
        "North Korea\n\nThe Russian Defense Ministry said its forces had repelled attacks near Sudzha.\n\nThe US "
        "State Department said on Thursday that about 8,000 North Korean troops had been moved to Kursk.",
        "about 8,000 North Korean troops",
        {"claimant_side": "third_party"},
        published="2024-11-10",
        id="a-department-with-a-name-of-its-own-is-no-ministry-named-before",
    ),
    case(
        "Civilians in Kursk region\n\nAbout 400 residents remain in the villages under the control of the "
        "Defense Forces, and the military brings them food.\n\nThis was stated by the spokesman of the military "
        "commandant's office in the Kursk region Petro Lysenko on air of the national telethon.",
        "About 400 residents",
        {"claimant": "Petro Lysenko"},
        published="2024-09-03",
        id="a-long-title-ends-with-the-name",
    ),
    case(
        "Paratroopers' week\n\nOver the past week, units of the Air Assault Forces destroyed 9 tanks in the Kursk "
        "direction. This is reported with reference to the press service of the Command of the Air Assault Forces.",
        "9 tanks",
        {"claimant": "Ukrainian Air Assault Forces", "claimant_side": "ukraine"},
        published="2024-10-14",
        id="this-is-reported-with-reference-to-credits-the-sentence-before",
    ),
    case(
        "Drones\n\nRussian soldiers near Korenevo know the Turkish-built drones well. Their pilot, a Ukrainian "
        "sergeant, asked to be called Tur.\n\nReporter: How many?\n\nTur: We have destroyed about 60 Russian "
        "vehicles.\n\nReporter: And?\n\nTur: More.",
        "about 60 Russian vehicles",
        {"claimant": "Tur", "claimant_side": "ukraine"},
        published="2024-09-10",
        id="a-label-name-is-found-as-a-whole-word",
    ),
    case(
        "Direct Line with the Governor\n\nPresenter: We have a caller. Nikolai from Rylsk, go ahead.\n\nCaller "
        "(Nikolai, Rylsk): Last week three people were wounded on our street alone.\n\nAlexander Khinshtein: I know "
        "the situation in Rylsk.\n\nPresenter: Thank you.",
        "three people",
        {"claimant": "Nikolai", "claimant_side": "russia"},
        published="2025-01-20",
        id="a-callers-label-names-them-in-its-brackets",
    ),
    case(
        "A battalion commander on a month inside Russia\n\nEditor's note: The commander is identified by his call "
        'sign, "Tur," for security reasons. He commands an assault battalion of the 95th Air Assault Brigade, which '
        "crossed into Russia's Kursk Oblast on Aug. 6. This interview was conducted on Sept. 3.\n\nReporter: How "
        "did it start?\n\nTur: My battalion crossed with about 400 men.\n\nReporter: And then?\n\nTur: We held.",
        "about 400 men",
        {"claimant": "Tur", "claimant_side": "ukraine", "actor": "ukraine"},
        published="2024-09-09",
        id="a-label-named-speaker-has-the-side-of-the-sentence-describing-them",
    ),
    case(
        "Losses\n\nRBC-Ukraine reported that Russia had lost 40 tanks in the Kursk region.",
        "40 tanks",
        {"claimant": "RBC-Ukraine", "claimant_side": "media"},
        published="2025-01-21",
        id="a-country-ending-a-hyphenated-name-is-part-of-it",
    ),
    case(
        "A captured conscript\n\nIn an interview with Ukrainian journalists, a captured Russian conscript, Daniil "
        "K., described the first days.\n\nInterviewer: How many?\n\nDaniil K.: We lost 60 men in the first three "
        "days.\n\nInterviewer: And then?\n\nDaniil K.: Then we surrendered.",
        "60 men",
        {"claimant": "Daniil K.", "claimant_side": "russia"},
        published="2024-08-22",
        id="a-label-named-speaker-has-the-side-of-the-words-before-the-name",
    ),
    case(
        "Kursk\n\nZelensky addressed parliament on Sunday. The president, standing beside Syrskyi, said Ukraine "
        "had captured 1,300 square kilometres.",
        "1,300 square kilometres",
        {"claimant": "Volodymyr Zelensky"},
        published="2024-08-30",
        id="the-president-as-a-subject-is-no-form-of-address",
    ),
    case(
        "Kursk\n\nRussians living near the border told reporters that 30 of their neighbours had been killed.",
        "30 of their neighbours",
        {"claimant": "Russians living near the border"},
        published="2024-08-30",
        id="people-of-a-side-described-are-not-the-state",
    ),
    case(
        "Kursk\n\nNegotiators talked about exchanging 200 prisoners of war, according to a Qatari official.",
        "200 prisoners",
        {"claimant": "Qatari official"},
        published="2024-08-30",
        id="talking-about-doing-something-with-a-figure-reports-nothing",
    ),
    case(
        "Kursk\n\nThe surgeon, who asked to be called Dr Olena, met us at the hospital. She said 300 wounded soldiers "
        "had passed through.",
        "300 wounded soldiers",
        {"claimant": "Olena"},
        published="2024-08-30",
        id="a-name-asked-for-is-not-its-title",
    ),
    case(
        "Kursk\n\nLocal media reported that 5 drones were shot down over Kursk.",
        "5 drones",
        {"claimant_side": "russia"},
        published="2024-08-30",
        id="local-media-keep-the-side-of-their-place",
    ),
    case(
        "Akhmat on the front\n\nApti Alaudinov spoke to reporters.\n\nAlaudinov: Our intelligence counted 300 "
        "Ukrainian soldiers killed.\n\nAlaudinov: We hold.\n\nAlaudinov: Nothing more.",
        "300 Ukrainian soldiers",
        {"claimant": "Apti Alaudinov"},
        published="2024-09-12",
        id="a-commanders-our-intelligence-stays-his-even-in-the-registry",
    ),
    case(
        "Zelensky at the press conference\n\nPresident Volodymyr Zelensky spoke to reporters in Kyiv.\n\n"
        "Zelensky: Our intelligence says Russia has pulled about 30,000 troops into the Kursk region.\n\n"
        "Zelensky: We are holding.\n\nZelensky: We will not give it back.",
        "about 30,000 troops",
        {"claimant": "Ukrainian intelligence", "claimant_side": "ukraine"},
        published="2024-08-27",
        id="a-leaders-our-intelligence-is-the-national-service",
    ),
    case(
        "On the line\n\nMajor Oleh Marchuk, a Ukrainian battalion commander, spoke to us by phone.\n\n"
        "Marchuk: Our intelligence says there are more than 40,000 Russian troops here.\n\nMarchuk: We hold."
        "\n\nMarchuk: Nothing more.",
        "more than 40,000 Russian troops",
        {"claimant": "Oleh Marchuk"},
        published="2024-09-12",
        id="a-unit-commanders-our-intelligence-is-his-own",
    ),
    case(
        "Estonian view\n\nIn March Gerasimov also talked about 430 Ukrainian prisoners.",
        "430 Ukrainian prisoners",
        {"claimant": "Valery Gerasimov"},
        published="2025-02-21",
        id="talking-about-a-figure-reports-it",
    ),
    case(
        "Kursk\n\nIn some places its troops are 5 to 10 kilometers inside Ukrainian territory, and Moscow talks "
        "openly about a buffer zone, Karin Lindqvist said.",
        "5 to 10 kilometers",
        {"claimant": "Karin Lindqvist"},
        published="2025-02-21",
        id="talking-about-something-else-reports-no-figure",
    ),
    case(
        "Press conference\n\nQuestion (Suspilne): Mr President, the Russian Defence Ministry says Ukraine has lost "
        "more than 6,000 soldiers in the Kursk region.",
        "more than 6,000 soldiers",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        published="2024-08-27",
        id="a-questioners-label-with-its-outlet-is-no-speaker",
    ),
    case(
        "Direct Line\n\nPavel Zarubin: Mr President, Western media write that there are 12,000 North Korean "
        "soldiers in the Kursk Region. Are they there?",
        "12,000 North Korean soldiers",
        {"claimant": "Western media", "claimant_side": "media"},
        published="2024-12-19",
        id="whom-a-question-addresses-is-no-speaker-and-western-media-are-the-press",
    ),
    case(
        "Briefing\n\nThe Ukrainians are saying there are already 11,000 North Korean troops in Kursk.",
        "11,000 North Korean troops",
        {"claimant": "Ukraine", "claimant_side": "ukraine"},
        published="2024-11-04",
        id="a-warring-sides-people-named-as-one-is-that-country",
    ),
    case(
        "Notes from the Kursk road\n\nA Ukrainian lieutenant colonel walked us through a paper map. He said his "
        "brigade had taken more than 200 prisoners.",
        "more than 200 prisoners",
        {"claimant": "Ukrainian lieutenant colonel", "claimant_side": "ukraine"},
        published="2024-08-30",
        id="he-after-an-unnamed-person-the-sentence-before-introduces",
    ),
    case(
        "Notes from the Kursk road\n\nA Ukrainian lieutenant colonel walked us through a paper map. He said his "
        'brigade had taken prisoners. "In places we are 30 kilometers deep," he told us.',
        "30 kilometers",
        {"claimant": "Ukrainian lieutenant colonel", "claimant_side": "ukraine"},
        published="2024-08-30",
        id="he-after-he-refers-to-whom-the-first-refers",
    ),
    case(
        "Notes from the Kursk road\n\nWe met Colonel Ivan Petrenko at a farmhouse.\n\nA combat medic who asked to "
        "be called Marta was eating when we met her. She said her unit had evacuated 38 wounded.",
        "38 wounded",
        {"claimant": "Marta"},
        published="2024-08-30",
        id="a-person-who-asks-to-be-called-by-a-name",
    ),
    case(
        "Notes from the Kursk road\n\nA man in a blue jacket walked past. He said 40 people had died.",
        "40 people",
        {"claimant": None},
        published="2024-08-30",
        id="an-unnamed-person-without-a-side-is-no-claimant-yet",
    ),
    case(
        "Interview: a battalion commander on the first days\n\nThe commander asked to be identified only by his "
        "call sign, Tesla. Three weeks after Ukrainian troops crossed into Russia, we spoke to the commander "
        "of an assault battalion.\n\nReporter: How far did you get?\n\nTesla: On the first morning we were "
        "about 12 kilometers in.\n\nReporter: And your losses?\n\nTesla: My battalion has had four men killed "
        "and 17 wounded since Aug. 6.",
        "17 wounded",
        {"claimant": "Tesla", "claimant_side": "ukraine"},
        published="2024-08-30",
        id="an-interviewees-label-is-the-call-sign-the-introduction-gives",
    ),
    case(
        "A captured conscript speaks\n\nThe project has published an interview with a Russian serviceman "
        "captured in Kursk Oblast.\n\nInterviewer: How many of you were at the post?\n\nDaniil K.: There were "
        "42 of us.\n\nInterviewer: Were there losses?\n\nDaniil K.: Maybe ten were killed on the first day.",
        "ten",
        {"claimant": "Daniil K.", "claimant_side": "russia"},
        published="2024-08-22",
        id="an-interviewees-label-of-first-name-and-initial",
    ),
    case(
        "Fact check: the Kursk numbers\n\nIn this fact-check we look at what was said.\n\nClaim: Ukraine "
        "controls around 1,300 square kilometers.\n\nVerdict: Roughly right.\n\nClaim: Ukraine advanced only "
        "12 kilometers, Alexei Smirnov said.",
        "around 1,300 square kilometers",
        {"claimant": None},
        published="2024-08-30",
        id="a-fact-checks-claim-label-is-nobodys-name",
    ),
    case(
        "Kyiv's tally\nSource: General Staff\nRussia has lost 9,694 tanks since 24 February 2022.",
        "9,694 tanks",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        published="2025-01-10",
        id="a-source-line-naming-a-body-without-its-country",
    ),
    case(
        "Zelensky spoke at the end of August, when Ukrainian forces held some 1,300 square kilometres.",
        "some 1,300 square kilometres",
        {"claimant": None},
        published="2024-09-05",
        id="spoke-at-the-end-of-a-month-reports-nothing",
    ),
    case(
        "Live: Kursk\n\n9.05am\nUkraine's general staff says Russia lost 1,300 troops in the past 24 hours.\n"
        "Around 150,000 people had to flee their homes in the Kursk region after the incursion.\n\n9.40am\n"
        "Sirens sounded in Sumy.",
        "Around 150,000 people",
        {"claimant": None},
        published="2024-09-05",
        id="a-live-blog-entrys-background-stays-the-writers",
    ),
    case(
        "Russia's defence ministry said its forces had repelled attacks near Korenevo.\n"
        "The Foreign Ministry's weekly briefing: 1,500 foreign mercenaries have been killed in Kursk.",
        "1,500 foreign mercenaries",
        {"claimant": None},
        published="2024-09-05",
        id="a-statement-label-of-another-ministry-is-not-the-defence-ministry",
    ),
    case(
        "Live: Kursk\n\n10:05\nSudzha taken, Russia says\nIn a post on Telegram the Russian defence ministry says "
        "its units have completed the liberation of Sudzha.\n\nOver the past day, Ukraine's losses in the area "
        "came to more than 220 servicemen.\n\n09:15\nMorning update\nShelling went on overnight.",
        "more than 220 servicemen",
        {"claimant": "Russian Defense Ministry"},
        published="2025-03-13",
        id="a-live-blog-entrys-source-speaks-through-the-entry",
    ),
    case(
        "Kursk report\n\nIn a post on Telegram the Russian defence ministry says its units have completed the "
        "liberation of Sudzha.\n\nOver the past day, Ukraine's losses in the area came to more than 220 "
        "servicemen.",
        "more than 220 servicemen",
        {"claimant": None},
        published="2025-03-13",
        id="outside-a-live-blog-a-new-paragraph-is-the-writers",
    ),
    case(
        "Russian strikes continued near Sudzha, Ukrainian officials said.\n"
        "The Defence Ministry's evening summary: Ukraine has lost up to 945 soldiers and 12 tanks since Tuesday.",
        "up to 945 soldiers",
        {"claimant": "Russian Defense Ministry"},
        published="2024-08-09",
        id="a-statement-label-naming-a-body-without-its-country",
    ),
    case(
        "Moscow's defence ministry released its own figures this morning. In the Kursk region alone, Ukraine has "
        "lost more than 31,200 servicemen since 6 August.",
        "more than 31,200 servicemen",
        {"claimant": "Russian Defense Ministry"},
        published="2024-11-19",
        id="a-tally-since-a-day-carries-on-the-figures-released",
    ),
    case(
        "Ukraine's General Staff marked the milestone with its usual morning update. Russia has lost 727,280 "
        "soldiers killed or wounded since February 2022.",
        "727,280 soldiers",
        {"claimant": "Ukrainian General Staff"},
        published="2024-11-19",
        id="with-its-morning-update-introduces-a-report",
    ),
    case(
        "Russian troops attacked 34 settlements over the past day, the Sumy Regional Military Administration "
        "reported on Telegram. Two civilians were killed and 11 more were injured, the RMA said.",
        "Two civilians",
        {"claimant": "Sumy Regional Military Administration", "claimant_side": "ukraine"},
        published="2025-05-20",
        id="an-abbreviation-of-a-name-credited-before",
    ),
    case(
        "Governor Alexander Khinshtein wrote that 1,976 residents were still unaccounted for. Families have "
        "set up a group to search for them. They post photographs every evening. Some have driven to Moscow. "
        "Others wait for news at home. Volunteers answer the hotline. The office has been more open than "
        "before. On Saturday, he said at least 64 civilians had been killed in the region since August.",
        "at least 64 civilians",
        {"claimant": "Alexander Khinshtein", "claim_date": "2024-12-07"},
        published="2024-12-09",
        id="he-with-no-person-in-reach-is-the-last-person-credited",
    ),
    case(
        "Kursk: Day 12 — Ukraine claims 1,000 sq km\nSource: Ukrainian General Staff\n"
        "Ukrainian forces now control 1,150 sq km and 82 settlements in the region.",
        "1,150 sq km",
        {"claimant": "Ukrainian General Staff"},
        published="2024-08-18",
        id="a-headline-with-a-dash-is-no-chart-above-a-source-line",
    ),
    case(
        "Ukraine kept advancing through August, Syrskyi said.\n- Aug. 27 — 1,294 sq km",
        "1,294 sq km",
        {"metric": "territory_km2"},
        published="2025-05-01",
        id="a-date-first-row-ending-with-its-figure",
    ),
    case(
        "Zelensky spoke on Monday. The figure the Kremlin gave last week was 400 sq km, but he said Ukraine still "
        "holds 1,000 sq km.",
        "1,000 sq km",
        {"claimant": "Volodymyr Zelensky"},
        published="2025-05-01",
        id="the-figure-x-gave-reports-only-its-own-copula",
    ),
    case(
        "Putin said after a briefing from Gerasimov that 300 Ukrainian soldiers had been captured.",
        "300 Ukrainian soldiers",
        {"claimant": "Vladimir Putin"},
        published="2025-05-01",
        id="a-leader-briefed-by-a-commander-speaks-himself",
    ),
    case(
        "Kursk officials said the 300 bodies identified by DNA tests were those of civilians.",
        "300 bodies",
        {"claimant": "Kursk officials"},
        published="2025-05-01",
        id="a-means-is-no-agent-of-a-participle",
    ),
    case(
        "The Russian Defense Ministry has released its daily update on Kursk Region. Units of the North group of "
        "forces have liberated two settlements, Novoivanovka and Nizhny Klin, it said.",
        "two settlements",
        {"claimant": "Russian Defense Ministry"},
        published="2024-10-20",
        id="it-is-not-a-name-inside-what-it-reports",
    ),
    case(
        "As reported the press service of the Coordination Headquarters, the Russian side in return received 150 "
        "servicemen, the majority of whom were captured during the Kursk operation.",
        "150 servicemen",
        {"claimant": "Coordination Headquarters for the Treatment of Prisoners of War"},
        published="2025-02-05",
        id="as-reported-the-press-service-of-x",
    ),
    case(
        "Recall, in January the Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi stated that "
        "more than 900 Russian servicemen had been taken prisoner.",
        "more than 900 Russian servicemen",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2025-01"},
        published="2025-02-05",
        id="recall-opening-the-sentence-is-no-subject",
    ),
    case(
        "The president also noted that over the past day alone the Russian army had lost 1,770 soldiers killed "
        "and wounded along the whole front line, referring to data of the General Staff of the Armed Forces of "
        "Ukraine.",
        "1,770 soldiers",
        {"claimant": "Ukrainian General Staff"},
        published="2024-11-11",
        id="referring-to-data-of-a-body-cites-it",
    ),
    case(
        "Chart 1. Area under Ukrainian control, sq km\n\n20.08.2024 — 1,130 sq km — day 15\n"
        "01.09.2024 — 1,170 sq km — day 27\n\nSource: DeepState; calculations by the desk.\n\n"
        "The area held fell by three quarters in March.",
        "1,170 sq km",
        {"claimant": "DeepState", "claim_date": "2024-09-01"},
        published="2025-03-25",
        id="a-chart-row-dated-by-its-first-cell-credited-by-the-source-line-below",
    ),
    case(
        "Chart 1. Area under Ukrainian control, sq km\n\n20.08.2024 — 1,130 sq km — day 15\n"
        "01.09.2024 — 1,170 sq km — day 27\n\nSource: DeepState; calculations by the desk.\n\n"
        "In the 16 days between two map dates Ukraine lost about 270 sq km.",
        "about 270 sq km",
        {"claimant": None},
        published="2025-03-25",
        id="a-charts-source-line-is-not-the-pages-source",
    ),
    case(
        "The claims side by side\n\nClaimant | Date | Claim\n"
        "Valery Gerasimov (Russia) | 07.08.2024 | up to 1,000 Ukrainian soldiers involved in the attack\n"
        "Oleksandr Syrskyi (Ukraine) | 12.08.2024 | about 1,000 square kilometers under Ukrainian control",
        "about 1,000 square kilometers",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-12"},
        published="2025-02-21",
        id="a-table-keyed-by-claimant-with-day-first-dates",
    ),
    case(
        "South Korea's spy agency first put the toll at 100. On April 30 it raised its estimate to about 600 "
        "dead and 4,700 casualties in total.",
        "4,700 casualties",
        {"claimant": "South Korea National Intelligence Service", "claim_date": "2025-04-30"},
        published="2025-09-10",
        id="it-revising-its-estimate-is-the-body-before",
    ),
    case(
        "The figure given by Ukraine's commander-in-chief, Oleksandr Syrskyi, on 27 August was 1,294 square "
        "kilometres of territory under Ukrainian control.",
        "1,294 square kilometres",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-27"},
        published="2024-09-02",
        id="the-figure-given-by-x-on-a-day-was-n",
    ),
    case(
        "Syrskyi briefed Zelensky again. The figure he gave on 15 August was 1,150 sq km, alongside 82 "
        "settlements.",
        "82 settlements",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-15"},
        published="2024-09-02",
        id="the-figure-he-gave-was-n-alongside-m",
    ),
    case(
        "That is more than double the 17,819 killed, wounded or captured reported by Ukraine's commander-in-chief, "
        "Oleksandr Syrskyi, on October 25.",
        "17,819 killed",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-10-25"},
        published="2025-01-08",
        id="a-figure-reported-by-x-on-a-day",
    ),
    case(
        "Neither government has published anything on the North Korean units, estimated by Washington at about "
        "11,000 to 12,000 soldiers, beyond occasional remarks.",
        "11,000 to 12,000 soldiers",
        {"claimant": "United States"},
        published="2025-02-21",
        id="a-participle-on-the-counted-noun-is-its-agents",
    ),
    case(
        "Russia's Defense Ministry, which has published daily figures since August, claimed by mid-December that "
        "Ukraine had lost more than 45,000 troops in Kursk.",
        "more than 45,000 troops",
        {"claimant": "Russian Defense Ministry"},
        published="2025-01-08",
        id="claimed-by-a-time-is-no-agent",
    ),
    case(
        "THE FACTS: Syrskyi said Tuesday that 594 Russian servicemen had been taken prisoner.",
        "594 Russian servicemen",
        {"claimant": "Oleksandr Syrskyi"},
        published="2024-08-22",
        id="a-label-before-a-colon-is-not-the-speaker",
    ),
    case(
        "South Korean lawmaker Lee Seong-kweun said on Thursday, after a closed-door briefing by the NIS, that at "
        "least 100 North Korean soldiers had been killed.",
        "at least 100 North Korean soldiers",
        {"claimant": "South Korea National Intelligence Service", "claim_date": "2024-12-19"},
        published="2024-12-20",
        id="a-lawmaker-after-a-briefing-by-x-relays-x",
    ),
    case(
        "South Korean lawmakers, briefed by the National Intelligence Service, said about 300 North Korean "
        "soldiers had been killed.",
        "about 300 North Korean soldiers",
        {"claimant": "South Korea National Intelligence Service"},
        published="2025-01-14",
        id="lawmakers-briefed-by-x-relay-x",
    ),
    case(
        "Ukrainska Pravda, citing a source in the General Staff, reports that more than 100 Russian servicemen "
        "have been taken prisoner. Ukraine's General Staff said on Monday that 300 Russian troops had been killed.",
        "more than 100 Russian servicemen",
        {"claimant": "source in Ukrainian General Staff", "claimant_side": "ukraine"},
        published="2024-08-20",
        id="a-source-in-an-institution-named-without-its-country",
    ),
    case(
        "Dmytro Lubinets announced the exchange on Telegram. The Ombudsman stressed that the Russian side "
        "received 95 of its servicemen.",
        "95 of its servicemen",
        {"claimant": "Dmytro Lubinets", "claimant_side": "ukraine"},
        published="2024-09-14",
        id="a-title-refers-to-the-role-holder-the-article-named",
    ),
    case(
        "The historian said 300 soldiers died.",
        "300 soldiers",
        {"claimant": "historian"},
        published="2024-09-14",
        id="a-title-no-role-holder-was-named-for-stays",
    ),
    case(
        "Zelensky dismissed Russia's claim in August that 10,000 Ukrainian troops were killed, saying Ukraine had "
        "lost 1,500 soldiers.",
        "1,500 soldiers",
        {"claimant": None},
        id="a-figures-phrase-never-claims",
    ),
    case(
        "Russia lost 500 soldiers, according to a count by region published by Mediazona.",
        "500 soldiers",
        {"claimant": "Mediazona"},
        id="a-count-by-region-published-by-x",
    ),
    case(
        "A Kadyrov video showed 30 Ukrainian soldiers captured near Sudzha.",
        "30 Ukrainian soldiers",
        {"claimant": "Ramzan Kadyrov"},
        id="a-known-persons-video-is-theirs",
    ),
    case(
        "Ukraine's General Staff updated its figures on Monday.\n\nKey figures\n\n- 983 — Russian POWs taken in "
        "Kursk (General Staff, April 2025)\n",
        "983",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        published="2025-08-06",
        id="a-brackets-institution-without-its-country-by-the-article",
    ),
    case(
        "Ukrainian forces have lost at least 430 vehicles since August, according to a tally by the open-source "
        "project Oryx updated on Feb. 28.",
        "at least 430 vehicles",
        {"claimant": "Oryx"},
        id="a-tally-by-x-is-xs",
    ),
    case(
        "Russia lost 300 tanks, according to a count by the ISW.",
        "300 tanks",
        {"claimant": "Institute for the Study of War"},
        id="a-count-by-a-known-body-is-its",
    ),
    case(
        "The Sudzha footage showed 25 Ukrainian armoured vehicles destroyed.",
        "25 Ukrainian armoured vehicles",
        {"claimant": None},
        id="a-place-before-footage-is-no-author",
    ),
    case(
        "The NIS estimate of April 30 was that some 4,700 North Korean soldiers had become casualties.",
        "some 4,700 North Korean soldiers",
        {"claimant": "South Korea National Intelligence Service", "claim_date": "2025-04-30"},
        published="2025-05-12",
        id="a-known-body-before-an-estimate-owns-it",
    ),
    case(
        "Ukraine says 4,000 have been killed, though the NIS puts the figure closer to 3,000.",
        "3,000",
        {"claimant": "South Korea National Intelligence Service"},
        id="putting-a-figure-closer-to-n-reports",
    ),
    case(
        "North Korean losses:\n\n- About 100 killed, nearly 1,000 wounded [NIS, Dec. 19]\n",
        "nearly 1,000 wounded",
        {"claimant": "South Korea National Intelligence Service", "claim_date": "2024-12-19"},
        published="2025-03-19",
        id="a-bracket-closing-a-list-line-credits-each-figure-on-it",
    ),
    case(
        "Russian losses:\n\n- 1,300 sq km (500 square miles)\n",
        "1,300 sq km",
        {"claimant": None},
        published="2025-03-19",
        id="a-conversion-closing-a-list-line-credits-nobody",
    ),
    case(
        "Timeline:\n\n12 Aug: about 1,000 sq km (Syrskyi to Zelenskyy)\n",
        "about 1,000 sq km",
        {"claimant": "Oleksandr Syrskyi"},
        published="2025-03-19",
        id="a-bracket-naming-a-speaker-and-whom-they-told",
    ),
    case(
        "South Korea's intelligence service estimated last month that about 100 had been killed, and President "
        "Zelensky put their combined casualties at more than 3,000 on December 23.",
        "more than 3,000",
        {"claimant": "Volodymyr Zelensky", "claimant_side": "ukraine"},
        id="the-subject-of-a-clause-coordinated-after-another",
    ),
    case(
        "South Korea's intelligence service estimated last month that about 100 had been killed, and President "
        "Zelensky put their combined casualties at more than 3,000 on December 23.",
        "about 100",
        {"claimant": "South Korea National Intelligence Service"},
        id="the-subject-of-the-first-of-two-coordinated-clauses",
    ),
    case(
        "This morning's DeepState map shows about 600 km² under Ukrainian control.",
        "about 600 km²",
        {"claimant": "DeepState"},
        id="a-time-owns-no-map-the-name-before-it-does",
    ),
    case(
        "Geolocation footage from August 6 shows Ukrainian armored vehicles about 10 km from the border.",
        "about 10 km",
        {"claimant": None},
        id="a-common-word-before-footage-is-no-author",
    ),
    case(
        "Chief of the General Staff Valery Gerasimov reported that Russian troops had captured 430 Ukrainian "
        "soldiers.",
        "430 Ukrainian soldiers",
        {"claimant": "Valery Gerasimov", "claimant_side": "russia"},
        id="a-title-ending-in-a-body-then-the-name",
    ),
    case(
        "The ministry in Kyiv replied that Russian losses in the operation had exceeded 60,000.",
        "exceeded 60,000",
        {"claimant_side": "ukraine"},
        id="replying-that-reports",
    ),
    case(
        "Syrskyi's later peak figure, 1,376 square kilometres, was repeated so often that it became the "
        "accepted number.",
        "1,376 square kilometres",
        {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine"},
        id="the-owner-of-a-figure-in-apposition-asserts-it",
    ),
    case(
        "The ministry's tally of 40,000 Ukrainian losses cannot be verified, Kyiv said.",
        "40,000 Ukrainian losses",
        {"claimant": "Russian Defense Ministry"},
        id="the-owner-of-a-tally-of-n-asserts-it",
    ),
    case(
        "Today, analysts at the Institute for the Study of War estimate that Ukraine holds roughly half of the "
        "area it once controlled.",
        "roughly half",
        {"claimant": "Institute for the Study of War"},
        id="an-attribution-after-a-fronted-time-read-off-the-words",
    ),
    case(
        "Today, we estimate that Ukraine holds roughly half of the area it once controlled.",
        "roughly half",
        {"claimant": None},
        id="a-fronted-time-before-the-outlets-we-is-no-source",
    ),
    case(
        "Reuters, citing a source close to Russia's defence ministry, reported that about 1,500 North Korean "
        "sappers were expected to arrive in Kursk.",
        "about 1,500 North Korean sappers",
        {"claimant": "source close to Russia's defence ministry", "claimant_side": "russia"},
        id="a-source-close-to-an-institution-cited-by-an-outlet-asserts",
    ),
    case(
        "Reuters, citing a source close to the talks, reported that about 1,500 North Korean sappers were "
        "expected to arrive in Kursk.",
        "about 1,500 North Korean sappers",
        {"claimant": "Reuters"},
        id="a-source-close-to-no-institution-leaves-the-outlet",
    ),
    case(
        "Ukraine's General Staff published its overnight update on Telegram every day. Tanks – 412. "
        "Artillery systems – 1,030.",
        "1,030",
        {"metric": "equipment", "claimant": "Ukrainian General Staff"},
        published="2025-03-14",
        id="a-run-in-tally-inside-a-prose-line-reads-its-own-label",
    ),
    case(
        "What they did not ignore was the Russian Defense Ministry's announcement on September 12 that its "
        "forces had retaken 10 settlements in two days.",
        "10 settlements",
        {"claimant": "Russian Defense Ministry", "claim_date": "2024-09-12"},
        published="2025-05-01",
        id="the-owner-of-an-announcement-asserts-its-content-clause",
    ),
    case(
        "The Institute for the Study of War said in its Sunday assessment that Ukrainian forces had advanced "
        "at least 2 kilometres east of Sudzha.",
        "at least 2 kilometres",
        {"claimant": "Institute for the Study of War", "claim_date": "2025-01-05"},
        published="2025-01-06",
        id="said-in-its-assessment-is-the-reporting-verb-s-own-statement",
    ),
    case(
        "North Korean losses\n\nSource, date of estimate | Killed | Wounded | Killed or wounded\n"
        "South Korea NIS, Apr 30, 2025 | 600 | 4,100 | 4,700\n",
        "4,700",
        {
            "metric": "casualties",
            "claimant": "South Korea National Intelligence Service",
            "claimant_side": "third_party",
            "claim_date": "2025-04-30",
        },
        published="2025-05-06",
        id="a-table-keyed-by-source-credits-each-row-and-counts-by-column",
    ),
    case(
        "Area held, as claimed\n\n| Date | Area (sq km) | Who said it |\n"
        "| 20 Nov 2024 | about 800 | Ukrainian General Staff source, speaking to Reuters |\n",
        "about 800",
        {
            "metric": "territory_km2",
            "claimant": "Ukrainian General Staff source",
            "claimant_side": "ukraine",
            "claim_date": "2024-11-20",
        },
        published="2025-03-20",
        id="a-source-column-cell-is-the-name-before-its-description",
    ),
    case(
        "Interviews\n\nThe commander of a Ukrainian mechanised battalion spoke to us by video link on Friday. "
        "He asked to be identified by his call sign, Varta.\n\nQ: What did you lose?\n\nVarta: Vehicles, "
        "mostly. We left behind three armoured vehicles that could not be recovered.",
        "three armoured vehicles",
        {"claimant": "Varta"},
        published="2025-03-15",
        id="an-interviewee-known-by-a-call-sign-after-a-comma",
    ),
    case(
        "Key figures\n\nabout 4% — share of the Kursk region now held by Ukraine [Eastern Ledger calculation]\n"
        "29,997 km² — total area of the Kursk region [Rosstat]",
        "about 4%",
        {"claimant": "Eastern Ledger calculation"},
        id="a-fact-box-source-bracket-names-its-source",
    ),
    case(
        "The Conflict Intelligence Team, a group of open-source analysts, published new maps on Monday. By "
        "their count, the area under Ukrainian control has shrunk to roughly 540 square kilometres.",
        "roughly 540 square kilometres",
        {"claimant": "Conflict Intelligence Team", "claimant_side": "third_party"},
        id="by-their-count-is-the-group-s",
    ),
    case(
        "A popular Russian military Telegram channel, Frontovaya Svodka, wrote that Russian artillery had "
        "destroyed 20 Ukrainian armoured vehicles near Korenevo.",
        "20 Ukrainian armoured vehicles",
        {"claimant": "Frontovaya Svodka", "claimant_side": "russia"},
        id="an-appositive-name-of-a-described-channel",
    ),
    case(
        "Back in Yunakivka, the head of the village council, Mykola Riabets, 63, said only about 200 "
        "residents remained in the community.",
        "about 200 residents",
        {"claimant": "Mykola Riabets"},
        id="a-name-with-an-age-before-the-verb",
    ),
    case(
        '"They are throwing marines at us, probably 1,500 men on our sector alone," Hrytsenko, 41, told '
        "the Northern Bulletin by phone.",
        "probably 1,500 men",
        {"claimant": "Hrytsenko"},
        id="the-speaker-outside-the-quotation",
    ),
    case(
        "Zelensky issued a statement on Monday evening. The statement said 300 Russian soldiers had been captured.",
        "300 Russian soldiers",
        {"claimant": "Volodymyr Zelensky", "claim_date": "2024-11-18"},
        published="2024-11-20",
        id="the-statement-is-the-one-who-issued-it",
    ),
    case(
        "Anna Korhonen, a military historian at the University of Tartu, said the war was long.\n\n"
        "The Russian historian said 300 Ukrainian soldiers had been captured near Sudzha.",
        "300 Ukrainian soldiers",
        {"claimant": "Russian historian", "claimant_side": "russia"},
        id="a-title-with-its-own-side-is-not-the-one-described-before",
    ),
    case(
        "Volodymyr Zelensky met Kaja Kallas in Kyiv on Monday. She said 3,000 North Korean soldiers had been killed.",
        "3,000 North Korean soldiers",
        {"claimant": "Kaja Kallas"},
        id="she-after-a-sentence-naming-two-people",
    ),
    case(
        "A Ukrainian drone hit the car of Ivan Petrovsky near Kursk. Petrovsky said 900 Ukrainian soldiers "
        "had been killed.",
        "900 Ukrainian soldiers",
        {"claimant": "Petrovsky", "claimant_side": None},
        id="a-clause-before-a-name-is-no-description",
    ),
    case(
        "According to a Monday report, 400 Ukrainian soldiers were killed.",
        "400 Ukrainian soldiers",
        {"claimant": None},
        id="a-report-named-by-its-day-is-unnamed",
    ),
    case(
        "Over the past week, 1,340 people have been taken out of the border zone, among them 186 children, "
        "the head of the Sumy regional military administration, Volodymyr Artiukh, wrote on Telegram on Monday.",
        "186 children",
        {"claimant": "Volodymyr Artiukh", "claimant_side": "ukraine", "claim_date": "2025-03-17"},
        published="2025-03-18",
        id="a-tail-attribution-with-a-title-before-the-name",
    ),
    case(
        "Kyiv still holds an estimated 600 square kilometers of Kursk territory, well down from its peak.",
        "an estimated 600 square kilometers",
        {"claimant": None},
        id="an-estimated-is-no-attribution",
    ),
    case(
        "North Korea is believed to have sent around 14,000 soldiers to Russia since last autumn.",
        "around 14,000 soldiers",
        {"claimant": None},
        id="a-passive-belief-names-no-speaker",
    ),
    case(
        "The independent demographer Pavel Orlov, who has studied probate registers in the region, told "
        'Okno Media that the real number of Russian dead in the Kursk fighting is "closer to 7,000."',
        '"closer to 7,000',
        {"claimant": "Pavel Orlov", "claimant_side": "third_party"},
        id="a-demographer-described-with-a-capitalised-article",
    ),
    case(
        "Marianne Leclerc, a military historian at the University of Manitoba, said the front had held.\n\n"
        'Moscow has sent reinforcements. "You are looking at a job for something like 60,000 troops," '
        "the historian said.",
        "something like 60,000 troops",
        {"claimant": "Marianne Leclerc"},
        id="the-historian-is-the-one-described-as-one",
    ),
    case(
        "Speaking in Tallinn on Friday, Colonel Margus Tamm said the incursion had forced Moscow to commit "
        "forces.\n\nThe colonel said the contingent had originally numbered a little over 11,000.",
        "a little over 11,000",
        {"claimant": "Margus Tamm"},
        id="the-colonel-is-the-one-named-with-the-rank",
    ),
    case(
        "Guest: Dr Pavel Lisovsky, senior fellow at the Baltic Defence Forum.\n\n"
        "Pavel Lisovsky said there are between 45,000 and 50,000 Russian troops in the Kursk grouping now.",
        "between 45,000 and 50,000 Russian troops",
        {"claimant": "Pavel Lisovsky", "claimant_side": "third_party"},
        id="a-senior-fellow-is-independent",
    ),
    case(
        "On 12 August Syrskyi told Zelensky that his troops held about 1,000 square kilometres. My own "
        "reading of the geolocated footage puts the area under firm Ukrainian control at no more than 800 km².",
        "no more than 800 km²",
        {"claimant": None},
        id="the-writer-in-the-first-person-does-not-continue-a-report",
    ),
    case(
        "The slight gap between the two tallies – 92 settlements in Zelensky's post, 93 in Syrskyi's "
        "report – was not explained by Kyiv.",
        "92 settlements",
        {"claimant": "Volodymyr Zelensky"},
        id="a-figure-in-someone-s-post",
    ),
    case(
        "Gerasimov said on Wednesday that the offensive had been stopped.\n\nThat upbeat assessment was "
        "contradicted by Russian military bloggers, who reported on Thursday that Ukrainian units were "
        "fighting on the outskirts of Sudzha, about 10 kilometers from the border, and had entered at least "
        "a dozen villages.",
        "at least a dozen villages",
        {"claimant": "Russian military bloggers", "claimant_side": "russia"},
        published="2024-08-20",
        id="a-relative-clause-report-before-the-figure",
    ),
    case(
        "KYIV, Aug 13 (Reuters) - Ukrainian troops now hold about 1,000 square kilometres of Russian land, "
        "Kyiv's top commander said, as Moscow ordered more border evacuations.",
        "about 1,000 square kilometres",
        {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine"},
        published="2024-08-13",
        id="the-possessor-of-a-role-is-not-the-speaker",
    ),
    case(
        "Speaking in Vilnius on 4 September, a senior officer of Lithuania's Second Investigation "
        "Department, Colonel Rimvydas Zemaitis, said Russia had brought 30,000 servicemen into the region.",
        "30,000 servicemen",
        {"claimant": "Rimvydas Zemaitis", "claimant_side": "third_party"},
        id="a-name-in-apposition-takes-its-description-s-side",
    ),
    case(
        "South Korea's National Intelligence Service told lawmakers on Thursday that about 3,000 more "
        "troops had been sent. The agency's previous estimate, given to lawmakers in January, was some "
        "300 killed and 2,700 wounded.",
        "some 300 killed",
        {"claimant": "South Korea National Intelligence Service"},
        id="the-agency-s-estimate-is-the-agency-s",
    ),
    case(
        "Syrskyi spoke to the nation on Monday. Yes, his figure is about 18,000 Russians killed, wounded "
        "or captured since the start.",
        "about 18,000 Russians",
        {"claimant": "Oleksandr Syrskyi"},
        id="his-figure-is-his",
    ),
    case(
        "A Ukrainian military spokesman said on Monday that Russia had massed 50,000 troops.\n\n"
        "Ukrainian President Volodymyr Zelenskyy offered a higher count for the Kursk region itself. "
        '"We already see 11,000 North Korean soldiers there," he said in his nightly video address.',
        "11,000 North Korean soldiers",
        {"claimant": "Volodymyr Zelensky", "claimant_side": "ukraine"},
        id="he-is-the-named-subject-of-the-sentence-before",
    ),
    case(
        "The state news agency RIA Novosti, citing the Russian Defense Ministry, reported that Ukraine had "
        'lost "more than 66,000 troops" in the Kursk direction.',
        "more than 66,000 troops",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="quoted-fragment-relayed-by-an-outlet-citing-the-ministry",
    ),
    case(
        "RIA Novosti, citing a source in the Russian security services, reported that Kiev had brought in "
        "up to 2,000 fresh troops to the Sudzha area.",
        "up to 2,000 fresh troops",
        {"claimant": "source in the Russian security services", "claimant_side": "russia"},
        id="outlet-citing-a-source-inside-an-institution",
    ),
    case(
        "According to a ministry statement cited by the AFP news agency, Ukraine has lost more than 6,600 "
        "soldiers in the Kursk region. The Russian Defense Ministry also said it had retaken two villages.",
        "more than 6,600 soldiers",
        {"claimant": "Russian Defense Ministry"},
        id="statement-cited-by-an-outlet-is-the-ministry-s",
    ),
    case(
        "The Armed Forces of Ukraine have lost more than 310 troops in the Kursk area in one day, according "
        "to a Russian Defense Ministry report released on Tuesday.",
        "more than 310 troops",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="according-to-a-report-its-compound-names",
    ),
    case(
        "Russia has lost about 50,000 soldiers in the region by Western estimates.",
        "about 50,000",
        {"claimant": "Western estimates", "claimant_side": "third_party"},
        id="by-western-estimates",
    ),
    case(
        "Russia has lost 43,000 troops in the region by the Russian Defense Ministry's reckoning.",
        "43,000 troops",
        RDM,
        id="by-named-bodys-reckoning",
    ),
    case(
        "Ukraine's General Staff gave new figures on Sunday. By the command's own reckoning, Russia has "
        "lost 43,000 troops in the Kursk region.",
        "43,000 troops",
        UGS,
        id="by-the-commands-own-reckoning",
    ),
    case(
        "The Institute for the Study of War published an assessment on Sunday. Its maps show that "
        "Ukraine holds 550 square kilometres of the region.",
        "550 square",
        {"claimant": "Institute for the Study of War", "claimant_side": "third_party"},
        id="its-maps-show",
    ),
    case(
        "DeepState updated its maps on Sunday. Its analysts say Ukraine holds 500 square kilometres in Kursk.",
        "500 square",
        {"claimant": "DeepState", "claimant_side": "ukraine"},
        id="its-analysts-say",
    ),
    case(
        "Reporters spoke to officers from Ukraine's General Staff. One of them said 40 Russian soldiers "
        "were killed in one assault.",
        "40 Russian soldiers",
        UGS,
        id="one-of-them-said",
    ),
    case(
        "The Russian Defense Ministry issued its daily update. Ukraine lost 280 troops in the Kursk "
        "direction, a spokesman said.",
        "280 troops",
        RDM,
        id="unnamed-spokesman-is-the-body-before",
    ),
    case(
        "The Ukrainian General Staff spoke on Monday. Russia lost 1,100 soldiers in a day, a spokesman said.",
        "1,100 soldiers",
        UGS,
        id="unnamed-spokesman-ukrainian-body",
    ),
    case(
        "Ukrainian forces hold 700 km² of the region, Ukraine's commander, Oleksandr Syrskyi, said.",
        "700 km²",
        {"actor": "ukraine", "predicate": "controls", **SYR},
        id="named-person-just-before-the-verb",
    ),
    case(
        "Russian troops hold 250 square kilometres of Sumy region, Ukraine's military intelligence chief, "
        "Kyrylo Budanov, said.",
        "250 square",
        {"claimant": "Kyrylo Budanov", "claimant_side": "ukraine", "actor": "russia"},
        id="appositive-name-set-off-by-commas",
    ),
    case(
        "The Russian Defense Ministry released a report on the fighting. Ukraine has lost 320 soldiers "
        "in the region, according to the report.",
        "320 soldiers",
        RDM,
        id="according-to-the-report",
    ),
    case(
        "The Russian Defense Ministry released a report on Monday. According to the report, Russian "
        "forces recaptured 5 settlements.",
        "5 settlements",
        {"predicate": "retaken", **RDM},
        id="fronted-according-to-the-report",
    ),
    case(
        "The figure for Ukrainian losses is 38,500, the Russian Defense Ministry said.",
        "38,500",
        RDM,
        id="figure-for-losses-said-by-ministry",
    ),
    case(
        "At the peak of the operation, Ukrainian forces controlled 1,376 square kilometres of Kursk Oblast, "
        "as Oleksandr Syrskyi said in March.",
        "1,376 square kilometres",
        SYR,
        id="as-the-speaker-said-after-the-figure",
    ),
    case(
        "Geolocated footage indicates that Ukrainian forces maintain positions within roughly 1.5 kilometers "
        "of the border, the Institute for the Study of War said.",
        "roughly 1.5 kilometers",
        {"claimant": "Institute for the Study of War"},
        id="maintain-with-an-object-reports-nothing",
    ),
    case(
        "Moscow maintains that 2,000 Ukrainian soldiers were killed in the region.",
        "2,000 Ukrainian soldiers",
        {"claimant": "Russia", "claimant_side": "russia"},
        id="maintain-that-reports",
    ),
    case(
        "Valery Gerasimov, the chief of Russia's General Staff, appeared beside Vladimir Putin at a command "
        "post. He told the president that Russian forces had retaken more than 1,100 square kilometers.",
        "more than 1,100 square kilometers",
        {"claimant": "Valery Gerasimov", "claimant_side": "russia"},
        id="pronoun-is-the-subject-of-the-sentence-before",
    ),
    case(
        "Chief of the Russian General Staff Valery Gerasimov told President Vladimir Putin on Saturday that the "
        "village of Gornal had been taken. He said Ukraine had lost more than 76,000 troops.",
        "more than 76,000 troops",
        GER,
        id="pronoun-is-the-named-subject-after-a-title-subject",
    ),
    case(
        "UPDATE, March 13, 09:40: Russia's Defense Ministry said early on Thursday that its troops had "
        "completed the liberation of Sudzha and two nearby villages.",
        "two nearby villages",
        {**RDM, "claim_date": "2025-03-13"},
        published="2025-03-12",
        id="an-update-stamp-before-the-speaker-is-nobody",
    ),
    case(
        "South Korean lawmaker Lee Seong-kweun briefed reporters on Wednesday. About 500 North Korean soldiers "
        "have been killed, Lee said, quoting the National Intelligence Service.",
        "About 500 North Korean soldiers",
        {"claimant": "South Korea National Intelligence Service", "claimant_side": "third_party"},
        id="a-person-quoting-a-named-source-relays-it",
    ),
    case(
        "Governor Alexei Smirnov posted an update. Since August 6, 67 residents have been killed, he wrote, "
        "citing the regional health ministry.",
        "67 residents",
        {"claimant": "Alexei Smirnov", "claimant_side": "russia"},
        id="an-official-citing-an-unnamed-office-asserts",
    ),
    case(
        "According to South Korean estimates cited by the Yonhap news agency, Pyongyang has sent about 14,000 "
        "soldiers to Russia.",
        "about 14,000 soldiers",
        {"claimant": "South Korean estimates", "claimant_side": "third_party"},
        id="according-to-a-source-cited-by-an-outlet-is-the-source",
    ),
    case(
        "Russia massed roughly 70,000 troops against the Ukrainian grouping, according to a Western intelligence "
        "estimate seen by Reuters.",
        "roughly 70,000 troops",
        {"claimant": "Western intelligence estimate"},
        id="according-to-an-estimate-seen-by-an-outlet-is-the-estimate",
    ),
    case(
        "Pro-war Telegram channels have been celebrating an operation in which, they say, around 800 Russian "
        "soldiers spent days inside an empty gas pipeline.",
        "around 800 Russian soldiers",
        {"claimant": "Pro-war Telegram channels"},
        id="they-say-is-the-plural-subject-the-sentence-opened-with",
    ),
    case(
        "In his turn, acting Kursk Region Governor Alexei Smirnov said in an interview on Tuesday that about "
        "133,000 residents had left the border districts.",
        "about 133,000 residents",
        {"claimant": "Alexei Smirnov", "claimant_side": "russia"},
        published="2024-08-28",
        id="a-title-participle-is-no-second-subject",
    ),
    case(
        "The Ukrainian mapping project DeepState, which is close to the military, estimated on March 17 that "
        "Ukraine still held about 110 square kilometers of Kursk region.",
        "about 110 square kilometers",
        {"claimant": "DeepState", "claimant_side": "ukraine"},
        published="2025-03-18",
        id="a-report-hung-on-the-name-beside-the-head-noun",
    ),
    case(
        "Syrskyi first put the area at 1,000 square kilometres. On August 27, he raised it to 1,294 square "
        "kilometres and 100 settlements.",
        "1,294 square kilometres",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-27"},
        published="2024-09-10",
        id="a-source-raising-its-own-figure-asserts-the-new-one",
    ),
    case(
        "The military source states that Russia has about 575,000 soldiers in Ukraine and is aiming to "
        "increase this number to 690,000.",
        "690,000",
        {"claimant": "military source"},
        id="increasing-a-number-of-troops-is-no-report",
    ),
    case(
        "Head of the regional military administration Volodymyr Artiukh said that about 2,500 residents had "
        "already left.",
        "about 2,500 residents",
        {"claimant": "Volodymyr Artiukh"},
        id="a-title-before-a-name-both-taken-as-subjects",
    ),
    case(
        "Digest\n\n- Khinshtein (Telegram, 16 Jan): 5 civilians killed by drones in Rylsk district.\n"
        "- RU MoD weekly summary (17 Jan): 16 tanks lost in the Kursk direction.",
        "16 tanks",
        {"claimant": "Russian Defense Ministry", "claim_date": "2025-01-17"},
        published="2025-01-20",
        id="a-digest-line-opens-with-its-source-and-the-day",
    ),
    case(
        "The blogger Yuri Podolyaka wrote on Telegram that about 300 Ukrainian soldiers had been killed.",
        "about 300 Ukrainian soldiers",
        {"claimant": "Yuri Podolyaka", "claimant_side": "russia"},
        id="a-well-known-war-blogger-is-on-his-side",
    ),
    case(
        "Belarus's president Alexander Lukashenko said that 120,000 Ukrainian troops were massed on the border.",
        "120,000 Ukrainian troops",
        {"claimant": "Alexander Lukashenko", "claimant_side": "third_party"},
        id="belarus-s-president-is-a-third-party",
    ),
    case(
        "Ukraine's military office for the area gives a fuller account. Its spokesman, Mykola Sydorenko, "
        "spoke on Wednesday. He said 34 residents had been taken to hospital in Kharkiv.",
        "34 residents",
        {"claimant": "Mykola Sydorenko", "claimant_side": "ukraine"},
        id="its-spokesperson-speaks-for-the-body-named-before",
    ),
    case(
        "Ukrainian officials are also pointing out that hundreds of Russian soldiers have surrendered.",
        "hundreds of Russian soldiers",
        {"claimant": "Ukrainian officials", "claimant_side": "ukraine"},
        id="pointing-out-reports",
    ),
    case(
        "Panel: the Kursk gamble\n\nMODERATOR: Welcome.\n\nDR JANE ROEDAL (senior fellow, Nordic Institute "
        "for Conflict Studies): Our tracking shows Ukraine holding about 480 square kilometres.\n\nROEDAL: "
        "That is all.",
        "about 480 square kilometres",
        {"claimant": "Jane Roedal", "claimant_side": "third_party"},
        id="a-panellist-labelled-in-capitals-with-who-they-are-in-brackets",
    ),
    case(
        '"According to the Defense Ministry, more than 430 Ukrainian servicemen have been taken prisoner '
        'over the past month," Peskov said.',
        "more than 430 Ukrainian servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="a-source-named-inside-the-speaker-s-quote-asserts",
    ),
    case(
        '"According to preliminary data, the number of North Koreans killed and wounded already exceeds '
        '3,000," Zelensky said.',
        "exceeds 3,000",
        {"claimant": "Volodymyr Zelensky"},
        id="unnamed-data-inside-the-speaker-s-quote-stays-theirs",
    ),
    case(
        "One journalist read out a statement published by Ukraine's General Staff on Wednesday, which claimed "
        "that Russia has lost more than 20,000 soldiers in the Kursk operation.",
        "more than 20,000 soldiers",
        {"claimant": "Ukrainian General Staff"},
        id="a-relative-clause-hung-on-a-day-is-the-statement-s",
    ),
    case(
        "Overnight shelling raised the death toll in Sudzha to 15 civilians, the regional governor said.",
        "15 civilians",
        {"claimant": "regional governor"},
        id="what-raises-a-toll-is-no-source",
    ),
    case(
        "Russia's own General Staff said on Feb. 20 that Russian forces had retaken more than 800 square "
        "kilometers.",
        "more than 800 square kilometers",
        {"claimant": "Russian General Staff", "claimant_side": "russia"},
        id="a-country-s-own-body-is-its-body",
    ),
    case(
        "Fact check\n\nClaim: Ukrainian forces advanced up to 35 kilometers into Russia.\n\nSource: Commander-in-Chief "
        "Oleksandr Syrskyi, August 20\n\nClaim: Ukraine advanced only 12 kilometers.\n\nSource: Acting Kursk "
        "governor Alexei Smirnov, August 12\n\nVerdict: both overstated.",
        "12 kilometers",
        {"claimant": "Alexei Smirnov", "claimant_side": "russia", "claim_date": "2024-08-12"},
        published="2024-09-10",
        id="a-claim-box-is-credited-by-the-source-line-under-it",
    ),
    case(
        'Official figures\n\n- 12 August 2024: Commander-in-chief Oleksandr Syrskyi, "about 1,000 km²".\n'
        "- 27 August 2024: Syrskyi, 1,294 km².",
        "1,294 km²",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-27"},
        published="2025-03-20",
        id="a-timeline-line-gives-the-day-then-who-gave-the-figure",
    ),
    case(
        "Acting governor Alexander Khinshtein spoke to reporters in Kursk. He noted that, according to the "
        "Russian Defense Ministry, more than 40 settlements have already been liberated.",
        "more than 40 settlements",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="a-source-named-inside-the-reported-clause-asserts",
    ),
    case(
        "Acting governor Alexander Khinshtein spoke to reporters in Kursk. He said that, according to "
        "preliminary data, more than 40 settlements have already been liberated.",
        "more than 40 settlements",
        {"claimant": "Alexander Khinshtein"},
        id="unnamed-data-inside-the-reported-clause-stay-the-speakers",
    ),
    case(
        '"The NIS estimates that North Korean casualties have exceeded 3,000," lawmaker Lee Seong-kweun said.',
        "exceeded 3,000",
        {"claimant": "South Korea National Intelligence Service", "claimant_side": "third_party"},
        id="a-body-the-speaker-names-as-estimating-in-his-own-words-asserts",
    ),
    case(
        '"Russia says it lost only 200 soldiers, but we know it is 3,000," Zelensky said.',
        "3,000",
        {"claimant": "Volodymyr Zelensky"},
        id="the-speakers-own-figure-beside-one-he-quotes-stays-his",
    ),
    case(
        "Citing the Office of the United Nations High Commissioner for Human Rights, the envoy said that at "
        "least 12,000 civilians had been killed in Ukraine.",
        "at least 12,000 civilians",
        {"claimant": "Office of the UN High Commissioner for Human Rights", "claimant_side": "third_party"},
        id="a-speaker-citing-the-un-rights-office-by-its-full-name",
    ),
    case(
        "Serhiy, who leads the police evacuation team in the area, thinks about 700 people still live across "
        "the community.",
        "about 700 people",
        {"claimant": "Serhiy"},
        id="what-a-named-person-thinks-in-a-content-clause-is-theirs",
    ),
    case(
        "The general recalled that in August the enemy had managed to seize some 1,260 square kilometers of "
        "Russian territory.",
        "some 1,260 square kilometers",
        {"claimant_side": "russia"},
        id="what-a-speaker-recalls-in-a-content-clause-is-theirs",
    ),
    case(
        "They took terrible casualties early on, and the South Koreans think roughly four thousand of them "
        "have been killed or wounded.",
        "roughly four thousand",
        {"claimant_side": "third_party"},
        id="a-demonym-of-a-third-country-speaks-for-a-third-party",
    ),
    case(
        "Ukrainian officials said this month that the area had shrunk by about a third.\n\nIn February, "
        "Commander-in-Chief Oleksandr Syrskyi said the Defense Forces held about 500 square kilometers.",
        "about a third",
        {"claimant": "Ukrainian officials", "claimant_side": "ukraine"},
        id="officials-in-the-plural-stay-a-collective-source-when-one-person-is-named-next",
    ),
    case(
        "At the hospital in Sumy, trauma surgeon Oleh Kovtun has stopped counting his shifts. Kovtun said 12 "
        "people had been admitted since Monday.",
        "12 people",
        {"claimant": "Oleh Kovtun"},
        id="a-surname-alone-is-the-person-named-in-full-before",
    ),
    case(
        'Mykola Terletskyi, an analyst at a Kyiv-based centre, spoke on Thursday. "Russia has about 60,000 '
        'troops in Kursk," Terletskyi said.\n\nHe estimated that Ukraine still holds between 450 and 500 '
        "square kilometres of Kursk Oblast.",
        "between 450 and 500",
        {"claimant": "Mykola Terletskyi"},
        id="he-refers-back-to-a-person-credited-in-full",
    ),
    case(
        "Presenter Ivan Petrov read out the latest Defence Ministry figures, according to which Ukraine had lost "
        "more than 12,400 servicemen in Kursk region.",
        "more than 12,400 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="according-to-which-credits-the-figures-owner-not-the-one-reading-them-out",
    ),
    case(
        "Jane Smith cited figures released by Ukraine's General Staff on Monday, according to which Russian "
        "forces had lost more than 38,000 men in Kursk.",
        "more than 38,000 men",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine", "claim_date": "2025-01-13"},
        id="according-to-which-credits-the-author-of-figures-released-by-a-body",
        published="2025-01-15",
    ),
    case(
        "The bulletin repeated the Russian Defence Ministry's version that the enemy had lost up to 45 "
        "servicemen near Veseloye.",
        "up to 45 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="a-bodys-version-that-is-its-claim",
    ),
    case(
        "Sumy regional authorities ordered the evacuation of roughly 20,000 people from border communities.",
        "roughly 20,000 people",
        {"claimant": "Sumy regional authorities", "claimant_side": "ukraine"},
        id="unnamed-regional-authorities-that-order-an-evacuation-assert-its-figures",
    ),
    case(
        "Ukraine's General Staff replied the same day that fighting was continuing in parts of the region and "
        "that Russian losses in the operation had exceeded 25,000.",
        "exceeded 25,000",
        {"claimant": "Ukrainian General Staff"},
        id="a-content-clause-the-parser-hung-on-the-day-is-still-what-was-replied",
    ),
    case(
        "If Syrskyi's 1,294 km² was the peak and DeepState's 650 km² is today's reality, Ukraine has given up "
        "roughly half of what it held.",
        "650 km²",
        {"claimant": "DeepState"},
        id="a-sources-possessive-on-the-figure-names-whose-figure-it-is",
    ),
    case(
        "The high-water mark is usually quoted as Oleksandr Syrskyi's 1,294 square kilometres, reported to "
        "Zelensky on 27 August 2024.",
        "1,294 square kilometres",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-27"},
        id="a-possessed-figure-is-dated-by-the-participle-that-reports-it",
    ),
    case(
        "Russia's 50,000 troops retook most of the salient.",
        "50,000 troops",
        {"claimant": None},
        id="a-countrys-possessive-on-its-troops-owns-them-and-claims-nothing",
    ),
    case(
        "Syrskyi's 500 wounded were evacuated by night to Sumy, a medic recalled.",
        "500 wounded",
        {"claimant": None},
        id="a-commanders-possessive-on-the-wounded-owns-them",
    ),
    case(
        "Zelensky dismissed Putin's statement and unveiled a new plan, according to which 3,000 troops would "
        "be rotated out of Kursk.",
        "3,000 troops",
        {"claimant": None},
        id="according-to-which-refers-back-to-the-noun-before-it-not-any-statement",
    ),
    case(
        "Syrskyi presented the figures to Zelensky, according to which Ukrainian forces controlled 1,000 square "
        "kilometres.",
        "1,000 square kilometres",
        {"claimant": "Oleksandr Syrskyi"},
        id="according-to-which-after-figures-presented-with-no-owner-named-credits-the-presenter",
    ),
    case(
        "Kyiv has lost about half of the land it seized in Kursk in August, as Moscow's forces, now backed by "
        "North Korean soldiers, press counterattacks, a senior officer on the Ukrainian General Staff said Monday.",
        "about half",
        {"claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        id="a-speaker-the-parser-hung-as-an-apposition-inside-an-as-clause-is-the-speaker",
        published="2025-01-20",
    ),
    case(
        "Kyiv has lost about half of the land it seized in Kursk in August, as Moscow's forces, now backed by "
        "North Korean soldiers, press counterattacks, a senior officer on the Ukrainian General Staff said Monday. "
        "The officer said Ukraine still holds about 700 square kilometers.",
        "about 700 square kilometers",
        {"claimant": "Ukrainian General Staff"},
        id="the-officer-after-an-apposed-speaker-is-that-speaker",
        published="2025-01-20",
    ),
    case(
        "The governor recalled that, as the Chief of the General Staff Valery Gerasimov reported to the "
        "Supreme Commander-in-Chief on April 26, the enemy's losses in Kursk exceeded 50,000 servicemen.",
        "exceeded 50,000 servicemen",
        {"claimant": "Valery Gerasimov", "claim_date": "2025-04-26"},
        id="a-title-and-name-with-no-comma-in-an-as-clause-is-one-speaker",
        published="2025-05-14",
    ),
    case(
        "KURSK IN FIGURES\n\nPentagon (November 4, 2024): about 10,000 North Korean soldiers sent to Kursk\n",
        "about 10,000 North Korean soldiers",
        {"claimant": "U.S. Department of Defense", "claim_date": "2024-11-04"},
        id="a-fact-box-line-opening-with-its-source-and-the-day-it-spoke",
        published="2025-03-01",
    ),
    case(
        "Kursk governor's channel\n\nForwarded from Минобороны России\nOver the past day in the Kursk direction "
        "the enemy lost up to 350 servicemen and 9 armoured vehicles.\n\nVolunteers brought out another 12 "
        "residents of the Sudzha district.\n",
        "up to 350 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="a-reposted-posts-source-channel-speaks-its-lines",
        published="2024-08-12",
    ),
    case(
        "Kursk governor's channel\n\nForwarded from Минобороны России\nOver the past day in the Kursk direction "
        "the enemy lost up to 350 servicemen and 9 armoured vehicles.\n\nVolunteers brought out another 12 "
        "residents of the Sudzha district.\n",
        "12 residents",
        {"claimant": None},
        id="the-block-after-a-reposted-post-is-the-channels-own",
        published="2024-08-12",
    ),
    case(
        "Kursk watch\n\nRussian forces pressed on near Sudzha.\n\nThe Russian Defence Ministry's bulletin on "
        'Tuesday:\n\n"Over the past week the enemy has lost more than 2,300 servicemen and 40 tanks."\n',
        "more than 2,300 servicemen",
        {"claimant": "Russian Defense Ministry", "claim_date": "2024-08-20"},
        id="a-verbless-lead-in-naming-a-bodys-statement-credits-the-paragraph-below",
        published="2024-08-21",
    ),
    case(
        "Kursk watch\n\nRussian forces pressed on near Sudzha.\n\nThe Russian Defence Ministry said in its "
        'bulletin:\n\n"Over the past week the enemy has lost more than 2,300 servicemen and 40 tanks."\n',
        "more than 2,300 servicemen",
        {"claimant": "Russian Defense Ministry"},
        id="a-quotation-a-body-introduces-with-a-colon-is-the-bodys",
        published="2024-08-21",
    ),
    case(
        "Border war\n\nSyrskyi said on Tuesday that troops had advanced. In total, he said, Kyiv's forces held "
        "some 1,000 square kilometres of Russian territory, a figure Reuters could not independently verify.",
        "some 1,000",
        {"claimant": "Oleksandr Syrskyi", "claimant_side": "ukraine"},
        id="a-report-denied-asserts-nothing-the-speaker-does",
        published="2024-08-13",
    ),
    case(
        "Kursk battles\n\nThe Russian Defence Ministry said on Monday its forces repelled attacks. According to "
        "the ministry, over the past 24 hours the Ukrainian army lost more than 310 servicemen in the Kursk area. "
        "In all, since the start of hostilities in the region in August, the enemy's losses have exceeded "
        "49,000 servicemen.",
        "49,000",
        {"claimant": "Russian Defense Ministry", "claim_date": "2024-12-09"},
        id="a-running-total-after-an-according-to-sentence-continues-its-source",
        published="2024-12-10",
    ),
    case(
        "Live updates\n\n18:45 Russians say they stopped attacks near 11 settlements\n\n"
        "18:30 Shelling continues in Sumy.",
        "11 settlements",
        {"claimant": "Russians", "claimant_side": "russia"},
        id="a-live-blog-entry-s-clock-time-is-no-part-of-its-source-s-name",
        published="2024-08-20",
    ),
    case(
        "Analysts differ on the map.\n\nUkraine's claim is about 1,300 square kilometres, which few dispute.",
        "about 1,300",
        {"claimant": "Ukraine", "claimant_side": "ukraine"},
        id="a-country-s-claim-as-the-subject-is-its-figure",
        published="2024-09-16",
    ),
    case(
        "The studio debate\n\nHOST: Welcome back.\nCOLIN BRERETON: Thank you.\nHOST: Where are we?\n"
        "COLIN BRERETON: Ukraine went into Kursk in August and at the peak they said they held about "
        "1,300 square kilometres.",
        "about 1,300",
        {"claimant": "Ukraine", "claimant_side": "ukraine", "claim_date": None},
        id="they-after-a-country-that-opened-the-sentence-is-its-government",
        published="2025-01-20",
    ),
    case(
        "Kursk update\n\nThe Prairie Courier prints the acting governor Alexander Khinshtein's morning post below, "
        'in translation.\n\n"Good morning. The night was restless.\n\nOver the day, 41 residents were taken out '
        'of the border zone.\n\nStay safe."',
        "41 residents",
        {"claimant": "Alexander Khinshtein", "claimant_side": "russia"},
        id="a-block-quotation-after-a-line-announcing-whose-post-follows-is-that-source-s",
        published="2025-01-15",
    ),
    case(
        "Kursk update\n\nRussia's Defence Ministry said in its daily bulletin:\n\n\"Units of the North group continued "
        "to destroy the enemy.\n\nOver the past 24 hours, the enemy lost up to 340 servicemen.\n\nThe operation "
        'continues."',
        "up to 340 servicemen",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia"},
        id="a-block-quotation-runs-over-paragraphs-for-the-body-its-colon-line-names",
        published="2024-08-29",
    ),
    case(
        "Report\n\nRussia's chief of the General Staff, Valery Gerasimov, reported to President Vladimir Putin on "
        "Wednesday on the incursion. Putin had convened a meeting of the government. The Northern Herald "
        'publishes the report as it was aired.\n\n"Comrade Supreme Commander, the enemy attacked with up to '
        '1,000 servicemen."\n\nPutin described the attack as a provocation.',
        "up to 1,000 servicemen",
        {"claimant": "Valery Gerasimov", "claimant_side": "russia"},
        id="a-block-quotation-of-the-report-an-intro-relays-is-the-reporter-s-not-the-relayer-s",
        published="2024-08-07",
    ),
    case(
        'Results\n\n"We hold our lines," Oleksandr Syrskyi wrote. "Here are the results:\n\n'
        "• 909 Russian servicemen have been taken prisoner;\n"
        '• the area under our control reached almost 1,400 square kilometres."',
        "almost 1,400 square kilometres",
        {"claimant": "Oleksandr Syrskyi"},
        id="a-quotation-s-second-list-line-floats-with-the-first",
        published="2025-02-07",
    ),
    case(
        "Kursk update\n\nRussia's Defence Ministry published its morning update on Monday.\n\n\"Nothing changed "
        'overnight, and 12 villages were shelled."\n\nPutin described the incursion as a provocation.',
        "12 villages",
        {"claimant": "Russian Defense Ministry"},
        id="a-quotation-closing-its-paragraph-is-not-the-next-paragraph-s-subject-s",
        published="2024-08-07",
    ),
    case(
        "Channel digest\n\nBelow, the posts of the day.\n\nIGOR STRELKOV (Russian nationalist blogger)\n"
        '9 March, 22:10\n"Our assault groups are now within 3 km of the highway."',
        "3 km",
        {"claimant": "Igor Strelkov", "claimant_side": "russia", "claim_date": "2025-03-09"},
        id="a-digest-s-post-header-and-time-line-name-the-post-s-account-and-day",
        published="2025-03-11",
    ),
    case(
        'Channel digest\n\nRUSSIAN DEFENCE MINISTRY (official channel)\n10 March, 14:05\n"Over the past day the '
        'enemy lost more than 310 servicemen."\n\n11 March, 09:30\n"In total, 12 settlements have been '
        'liberated."',
        "12 settlements",
        {"claimant": "Russian Defense Ministry", "claimant_side": "russia", "claim_date": "2025-03-11"},
        id="a-time-line-right-under-a-post-starts-the-same-account-s-next-post",
        published="2025-03-11",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), ATTRIBUTION_RECENT)
def test_attribution_recent_rules(
    nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]
) -> None:
    check(claim_at(nlp, text, quote, published), expected)


# ----------------------------------------------------------------------------- claim dates (recent rules)

CLAIM_DATES_RECENT = [
    case(
        "Press review\n\nKommersant prints the Defence Ministry's Monday claim that Ukraine has lost more than "
        "28,000 servicemen in Kursk region since August.",
        "more than 28,000",
        {"claim_date": "2024-11-04", "claimant": "Russian Defense Ministry"},
        id="a-weekday-set-before-the-statement-s-noun-dates-it",
        published="2024-11-07",
    ),
    case(
        "Kursk operation\n\nAs Interfax-Ukraine reported, on October 21 Commander-in-Chief of the Armed Forces "
        "of Ukraine Oleksandr Syrskyi said that since the start of the Kursk operation Russia had lost 17,000 "
        "soldiers.",
        "17,000",
        {"claim_date": "2024-10-21", "claimant": "Oleksandr Syrskyi"},
        id="a-day-opening-the-clause-right-before-its-speaker-dates-the-statement",
        published="2024-11-05",
    ),
    case(
        "Front summary\n\nAccording to Ukraine's General Staff, Russian forces lost 31,830 troops across the whole "
        "front in June; 1,210 of them, it said, on a single day, 24 June.",
        "1,210",
        {"claim_date": "2025-07-02"},
        id="a-day-after-the-speaker-is-what-they-say-not-when",
        published="2025-07-02",
    ),
    case(
        "Where things stand\n\nThe Russian General Staff claimed that 86% of the salient had been recovered "
        "(Gerasimov, 12 March).",
        "86%",
        {"claim_date": "2025-03-12"},
        id="a-day-set-off-after-the-speaker-closing-a-bracket-dates-the-statement",
        published="2025-04-02",
    ),
    case(
        "Kursk battles end\n\nMoscow says the region has been retaken. Kyiv has rejected these claims. The "
        "Ukrainian general staff said on Saturday that its units were continuing to conduct defensive "
        "operations. According to the general staff, Russian forces lost 62,400 soldiers on the Kursk front.",
        "62,400",
        {"claim_date": "2025-04-26", "claimant": "Ukrainian General Staff"},
        id="a-body-named-in-lower-case-dates-its-statement-for-what-follows",
        published="2025-04-29",
    ),
    case(
        "Kursk, six months on\n\nThe Russian army has pushed hard in recent weeks, and the salient is shrinking "
        "every day.\n\nUkraine claimed to control around 1,300 square kilometers at the height of the operation "
        "in late August.",
        "around 1,300",
        {"claim_date": "2024-08", "claimant": "Ukraine"},
        id="a-peak-figure-is-given-at-the-peak-the-sentence-dates",
        published="2025-02-10",
    ),
    case(
        "Kursk, six months on\n\nThe Russian army has pushed hard in recent weeks.\n\nBy our count Ukraine now "
        "holds about 300 square kilometres, down from roughly 1,300 at the peak of its advance last August.",
        "roughly 1,300",
        {"claim_date": "2025-02-10"},
        id="the-outlet-s-own-count-of-a-peak-is-of-its-day",
        published="2025-02-10",
    ),
    case(
        "Kursk, six months on\n\nThe Russian army has pushed hard in recent weeks.\n\nThe ministry said Ukraine "
        "now held about 400 square kilometres, down from about 1,300 at its peak in August.",
        "about 1,300",
        {"claim_date": "2025-02-10"},
        id="a-peak-set-beside-the-figure-of-now-is-said-now",
        published="2025-02-10",
    ),
    case(
        "Kursk, six months on\n\nThe Russian army has pushed hard in recent weeks.\n\nAt its peak in late August, "
        "Ukraine held about 1,350 sq km, the analyst said.",
        "about 1,350",
        {"claim_date": "2025-02-10"},
        id="a-peak-someone-describes-now-is-said-now",
        published="2025-02-10",
    ),
    case(
        "Border war\n\nSouth Korea's intelligence service, on Monday this week, gave a lower count: around 300 "
        "dead and 2,700 wounded.",
        "around 300",
        {"claim_date": "2025-01-13", "claimant": "South Korea National Intelligence Service"},
        id="a-day-set-off-by-commas-before-the-verb-dates-the-statement",
        published="2025-01-16",
    ),
    case(
        'Ukrainian troops crossed the border on 6 August 2024.\n\n"After one attack we counted more than 40 '
        'bodies in a single field," Sergeant Ivan Lysenko said.',
        "more than 40 bodies",
        {"claim_date": "2025-01-24"},
        id="direct-speech-after-a-narrative-of-the-past-is-said-to-the-page",
        published="2025-01-24",
    ),
    case(
        "Ukrainian troops crossed the border on 6 August 2024.\n\nA senior US official stated that North Korea "
        'has experienced "several hundred" casualties in Kursk.',
        "several hundred",
        {"claim_date": None},
        id="a-quoted-fragment-in-the-writers-narrative-of-the-past-stays-undated",
        published="2025-01-24",
    ),
    case(
        'In November 2024, the Pentagon briefed reporters on the deployment.\n\n"We assess about 10,000 North '
        'Korean soldiers are in Kursk," Sabrina Singh said at the time.',
        "about 10,000 North Korean soldiers",
        {"claim_date": "2024-11"},
        id="direct-speech-whose-tag-sends-it-back-stays-in-the-narrative",
        published="2025-06-01",
    ),
    case(
        'Last summer, the general staff set out its goals. "We took 594 Russian soldiers prisoner in the first '
        'week," Lykhovii said.',
        "594 Russian soldiers",
        {"claim_date": None},
        id="direct-speech-right-after-the-writer-set-an-old-time-belongs-to-that-narrative",
        published="2025-06-01",
    ),
    case(
        'Ukrainian forces crossed into Kursk on August 6, 2024, in a surprise attack that captured Sudzha. "We '
        'hold 1,000 square kilometres," Syrskyi said days later.',
        "1,000 square kilometres",
        {"claim_date": None},
        id="direct-speech-said-days-later-stays-in-the-narrative",
        published="2025-03-15",
    ),
    case(
        "Press review\n\nKOMMERSANT (13 January): The paper writes, citing a source in the Defence Ministry, that about "
        "300 Ukrainian soldiers were killed near Sudzha.\n",
        "about 300 Ukrainian soldiers",
        {"claim_date": "2025-01-13"},
        id="a-press-reviews-excerpt-labelled-with-its-outlet-and-day-is-of-that-day",
        published="2025-01-15",
    ),
    case(
        "Losses\n\nThe Oryx blog, which lists only losses backed by photographs, had recorded 22 Ukrainian tanks lost "
        "in Kursk by late September.\n",
        "22 Ukrainian tanks",
        {"claimant": "Oryx", "claim_date": "2024-09"},
        id="an-earlier-count-in-the-past-perfect-is-of-the-time-it-had-reached",
        published="2024-11-20",
    ),
    case(
        "Prisoners\n\nZelensky had said 100 more prisoners would be returned by December.\n",
        "100 more prisoners",
        {"claimant": "Volodymyr Zelensky", "claim_date": None},
        id="a-deadline-in-the-past-perfect-is-no-time-a-count-had-reached",
        published="2024-12-10",
    ),
    case(
        "Losses\n\nThe ministry had reported that 300 Ukrainian soldiers were killed over the weekend, but by early "
        "September had stopped publishing figures.\n",
        "300 Ukrainian soldiers",
        {"claim_date": None},
        id="a-by-time-of-another-clause-is-no-time-the-count-had-reached",
        published="2024-10-01",
    ),
    case(
        "Losses\n\nThe Oryx blog had recorded 22 Ukrainian tanks lost in Kursk.\n",
        "22 Ukrainian tanks",
        {"claimant": "Oryx", "claim_date": None},
        id="an-earlier-count-in-the-past-perfect-without-its-time-is-undated",
        published="2024-11-20",
    ),
    case(
        "Families\n\nNatalia Guseva, from a village near Oryol, says her son served in a rifle regiment. She told "
        "Mediazona that 22 men from his company were killed in a single drone strike.\n",
        "22 men",
        {"claimant": "Natalia Guseva"},
        id="she-after-a-full-name-the-recogniser-missed",
        published="2025-03-28",
    ),
    case(
        "Kursk timeline\n\nSyrskyi said on August 27 that Ukraine held 1,294 square kilometres. In January, the NIS "
        "told lawmakers that 300 North Korean soldiers had been killed.\n",
        "300 North Korean soldiers",
        {"claim_date": "2025-01"},
        id="a-page-dated-only-by-its-text-places-no-yearless-month-before-the-story",
        published=None,
    ),
    case(
        "Kursk timeline\n\nSyrskyi said on August 27 that Ukraine held 1,294 square kilometres. In March 2023, Wagner "
        "said it had 50,000 fighters.\n",
        "50,000 fighters",
        {"claim_date": "2023-03"},
        id="a-year-the-sentence-states-stays",
        published=None,
    ),
    case(
        "Background\n\nIn February, the Ukrainian General Staff said 3,000 troops had withdrawn from Avdiivka.\n",
        "3,000 troops",
        {"claim_date": "2024-02"},
        id="a-page-dated-by-its-metadata-keeps-a-month-before-the-story",
        published="2024-08-20",
    ),
    case(
        "Podcast page\n\nUkraine's top general, Oleksandr Syrskyi, gave a new update yesterday. Russian "
        "officials said 121,000 people had left. Syrskyi said his forces now hold 1,263 square kilometers.\n",
        "1,263 square kilometers",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-20"},
        id="an-update-given-yesterday-dates-the-speakers-later-figures",
        published="2024-08-21",
    ),
    case(
        "Ministry answers\n\nThe Russian Defense Ministry rejected the claims late yesterday. The ministry said "
        "Ukraine had lost 4,400 troops.\n",
        "4,400 troops",
        {"claim_date": "2024-08-20"},
        id="a-claim-rejected-late-yesterday-dates-the-speakers-later-figures",
        published="2024-08-21",
    ),
    case(
        "Podcast page\n\nSyrskyi will give an update tomorrow. Syrskyi said his forces now hold 1,263 square "
        "kilometers.\n",
        "1,263 square kilometers",
        {"claim_date": "2024-08-21"},
        id="an-update-to-come-dates-nothing",
        published="2024-08-21",
    ),
    case(
        "Kursk: what we know\n\nIn January, Seoul's National Intelligence Service told lawmakers that about 300 North "
        "Korean soldiers had been killed. Ukraine's General Staff put Russian losses in Kursk at almost 40,000 in "
        "February.\n",
        "about 300 North Korean soldiers",
        {"claim_date": "2025-01"},
        id="an-undated-pages-month-is-the-first-such-month-in-the-storys-period",
        published=None,
    ),
    case(
        "Kursk: what we know\n\nSyrskyi said in August that Ukraine held 1,000 square kilometres.\n",
        "1,000 square kilometres",
        {"claim_date": "2024-08"},
        id="an-undated-pages-august-is-the-storys-first",
        published=None,
    ),
    case(
        "Kursk: what we know\n\nZelensky said last week that 3,000 North Korean soldiers had been killed.\n",
        "3,000 North Korean soldiers",
        {"claim_date": None},
        id="an-undated-pages-last-week-stays-unknown",
        published=None,
    ),
    case(
        "The first week\n\nUkrainian troops crossed the border on August 6, 2024, and took the town of Sudzha. "
        "Ukraine said at the time it had captured 1,300 square kilometres of territory.\n",
        "1,300 square kilometres",
        {"claim_date": "2024-08"},
        id="said-at-the-time-is-the-narratives-month",
        published="2025-02-06",
    ),
    case(
        "The first week\n\nOn August 12, 2024, Putin held a meeting on the border regions. In a separate meeting "
        "that same afternoon, Kursk's acting governor Alexei Smirnov told Putin that 28 settlements were under "
        "Ukrainian control.\n",
        "28 settlements",
        {"claim_date": "2024-08-12"},
        id="that-same-afternoon-is-the-narratives-day",
        published="2025-08-06",
    ),
    case(
        "The first week\n\nUkrainian troops crossed the border on August 6, 2024, and took the town of Sudzha. "
        "Alexei Smirnov, then acting governor of Kursk region, told Putin that Ukraine held 28 settlements.\n",
        "28 settlements",
        {"claim_date": None},
        id="a-then-title-sets-no-time",
        published="2025-02-06",
    ),
    case(
        "ISW: Russia has retaken ground in Kursk\n\nThe Institute for the Study of War said in a report on Sunday "
        "that Russian forces had regained about 40 percent of the salient. Putin discussed the region with "
        "Gerasimov on Monday. In the same report, the ISW estimated that Ukraine still held about 700 square "
        "kilometres.\n",
        "about 700 square kilometres",
        {"claim_date": "2024-12-08"},
        id="in-the-same-report-is-the-speakers-dated-report-not-the-last-day-named",
        published="2024-12-11",
    ),
    case(
        "Moscow answers the incursion\n\nIn Moscow, Vladimir Putin on Monday accused Kyiv of provocation. At the "
        "same televised meeting, the acting governor, Alexei Smirnov, told him that 28 settlements were under "
        "Ukrainian control.\n\nSmirnov later gave an interview to Rossiya-24 in which he said 180,000 people had "
        "left the region.\n",
        "180,000 people",
        {"claim_date": "2024-08-16"},
        id="what-the-speaker-says-later-is-not-of-the-meeting",
        published="2024-08-16",
    ),
    case(
        "Moscow answers the incursion\n\nIn Moscow, Vladimir Putin on Monday accused Kyiv of provocation. At the "
        "same televised meeting, the acting governor, Alexei Smirnov, told him that 28 settlements were under "
        "Ukrainian control.\n\nOn Thursday the regional government gave fresh figures. Smirnov said 21 civilians "
        "had been killed.\n",
        "21 civilians",
        {"claim_date": "2024-08-16"},
        id="another-time-set-after-the-meeting-ends-its-day",
        published="2024-08-16",
    ),
    case(
        "Chronology of the Kursk operation\n\n07.08.2024 — Gerasimov tells Putin that up to 1,000 Ukrainian "
        "servicemen crossed the border.\n12.03.2025 — Gerasimov says Russian units have recaptured more than 24 "
        "settlements in five days.\n",
        "more than 24 settlements",
        {"claim_date": "2025-03-12"},
        id="a-chronology-entry-opening-with-its-day-in-figures",
        published="2025-04-28",
    ),
    case(
        "Kursk: the ministry's count\n\nThe ministry said on 14.08.2024 that Ukraine had lost 2,030 troops.\n",
        "2,030 troops",
        {"claim_date": "2024-08-14"},
        id="said-on-a-day-written-in-figures",
        published="2024-08-20",
    ),
    case(
        "Moscow answers the incursion\n\nIn Moscow, Vladimir Putin on Monday accused Kyiv of provocation. At the "
        "same televised meeting, the acting governor, Alexei Smirnov, told him that 28 settlements were under "
        "Ukrainian control.\n\nPutin cut him off.\n\nSmirnov said about 121,000 people had left the region.\n",
        "about 121,000 people",
        {"claim_date": "2024-08-12"},
        id="the-same-meeting-dates-the-speaker-who-goes-on-later",
        published="2024-08-13",
    ),
    case(
        "Moscow answers the incursion\n\nIn Moscow, Vladimir Putin on Monday accused Kyiv of provocation. At the "
        "same televised meeting, the acting governor, Alexei Smirnov, told him that 28 settlements were under "
        "Ukrainian control.\n",
        "28 settlements",
        {"claim_date": "2024-08-12"},
        id="the-same-meeting-as-someone-else-on-a-day",
        published="2024-08-13",
    ),
    case(
        "Moscow answers the incursion\n\nIn Moscow, Vladimir Putin on Monday accused Kyiv of provocation. The "
        "acting governor, Alexei Smirnov, told reporters that 28 settlements were under Ukrainian control.\n",
        "28 settlements",
        {"claim_date": "2024-08-13"},
        id="a-day-of-someone-elses-without-the-same-occasion-is-not-the-speakers",
        published="2024-08-13",
    ),
    case(
        "Kursk by the numbers\n\n61,000 — Russian losses in Kursk claimed by Kyiv (General Staff, Sat)",
        "61,000",
        {"claim_date": "2025-03-15"},
        id="fact-line-bracket-source-and-weekday-abbreviated",
        published="2025-03-16",
    ),
    case(
        "Kursk by the numbers\n\n61,000 — Russian losses in Kursk claimed by Kyiv (General Staff, Saturday)",
        "61,000",
        {"claim_date": "2025-03-15"},
        id="fact-line-bracket-source-and-weekday",
        published="2025-03-16",
    ),
    case(
        "Kursk: a year on\n\nBy Anna Smith\nFeb. 5, 2025 · 10:00\n\nRead also\nRussia evacuates border "
        "villages\nFeb. 3, 2025 · 09:00\n\nThe ministry said on Monday that Ukraine had lost 250 troops.\n\n"
        "Read also\nSumy shelled again\nJan. 28, 2025 · 09:00\n\nTwo civilians were wounded in Sumy, the "
        "regional administration said.\n",
        "Two civilians",
        {"claim_date": "2025-02-05"},
        published="2025-02-05",
        id="read-also-boxes-of-other-days-head-no-article-text",
    ),
    case(
        "Ukraine says it holds 1,263 sq km\n\nBy Anna Smith\nAug. 20, 2024 · 10:00\n\nRead also\nRussia "
        "evacuates border villages\nAug. 13, 2024 · 09:00\n\nUkraine's forces hold 1,263 square kilometres of "
        "the Kursk region, Syrskyi said on Tuesday.\n",
        "1,263 square kilometres",
        {"claim_date": "2024-08-20"},
        published="2024-08-20",
        id="an-articles-byline-and-read-also-box-make-no-list",
    ),
    case(
        "Tag: Kursk\n\nSyrskyi Says Troops Hold 500 Square Kilometres\nFeb. 14, 2025 · 09:12 · War\n"
        "The commander-in-chief wrote on Thursday that his troops still held the ground.\n\n"
        "Governor Says 112,000 Residents Cannot Go Home\nJan. 20, 2025 · 16:52 · Russia\n"
        "Governor Alexander Khinshtein told a regional council on Monday that some 112,000 people remain "
        "displaced.\n",
        "some 112,000 people",
        {"claim_date": "2025-01-20"},
        published="2025-02-14",
        id="a-list-pages-item-resolves-its-weekday-against-its-own-stamp",
    ),
    case(
        "Tag: Kursk\n\nGovernor Says 112,000 Residents Cannot Go Home\nJan. 20, 2025 · 16:52 · Russia\n"
        "The governor asked Moscow for money for temporary housing.\n\n"
        "Governor Opens Shelter In Kursk\nFeb. 10, 2025 · 11:00 · Russia\n"
        "Governor Alexander Khinshtein said on Monday that a new shelter had opened.\n",
        "112,000 Residents",
        {"claim_date": "2025-01-20"},
        published="2025-02-14",
        id="a-list-pages-headline-is-of-its-items-day-not-another-items-statement",
    ),
    case(
        "Tag: Kursk\n\nGovernor Opens Shelter In Kursk\nFeb. 10, 2025 · 11:00 · Russia\n"
        "Governor Alexander Khinshtein said on Monday that a new shelter had opened.\n\n"
        "Russia Says 2,030 Ukrainian Troops Lost\nAug. 14, 2024 · 09:00 · War\n"
        "The Russian Defense Ministry said on Wednesday that Ukraine had lost 2,030 troops.\n",
        "2,030 Ukrainian Troops",
        {"claimant": "Russian Defense Ministry", "claim_date": "2024-08-14"},
        published="2025-02-14",
        id="a-list-pages-last-item-credits-its-headline-from-its-own-text",
    ),
    case(
        "Russia is evacuating more villages in the Kursk region, the deputy governor said on Monday.\n\n"
        "Residents of settlements within a 15-kilometre zone must leave, Governor Alexei Smirnov said on Telegram.",
        "15-kilometre",
        {"claim_date": "2024-09-17"},
        published="2024-09-17",
        id="a-delayed-ledes-deputy-is-not-the-one-named-next",
    ),
    case(
        "Russia is evacuating more villages in the Kursk region, the local governor said on Monday.\n\n"
        "Residents of settlements within a 15-kilometre zone must leave, Governor Alexei Smirnov said on Telegram.",
        "15-kilometre",
        {"claim_date": "2024-09-16"},
        published="2024-09-17",
        id="a-delayed-ledes-described-speaker-is-the-one-named-next",
    ),
    case(
        "The ministry said on Monday its forces had retaken five villages on Saturday and on Sunday another three.",
        "another three",
        {"claim_date": "2025-03-17"},
        published="2025-03-18",
        id="a-conjunct-after-an-events-time-is-no-statement",
    ),
    case(
        "Kyiv's general staff said on Thursday it had sent reinforcements on Monday, and on Tuesday put 2,000 more "
        "troops into the salient.",
        "2,000 more troops",
        {"claim_date": "2024-08-29"},
        published="2024-08-30",
        id="a-conjunct-joined-to-another-act-is-no-statement",
    ),
    case(
        '"We liberated five villages on Saturday, and on Sunday another three," Alaudinov said on Monday.',
        "another three",
        {"claim_date": "2025-03-17"},
        published="2025-03-18",
        id="a-conjunct-inside-a-quotation-is-no-statement",
    ),
    case(
        "Governor Alexei Smirnov said on Saturday that 121,000 people had been evacuated, and on Monday he put the "
        "total at 133,000 people.",
        "133,000 people",
        {"claim_date": "2024-08-19"},
        published="2024-08-20",
        id="a-conjunct-with-its-own-subject-and-verb-of-giving",
    ),
    case(
        "Russia's defence ministry claimed on Sunday to have retaken three villages, and on Monday another 12 "
        "settlements.",
        "12 settlements",
        {"claim_date": "2025-03-10"},
        published="2025-03-15",
        id="a-conjunct-opening-with-its-own-day-gapped",
    ),
    case(
        "Russia's Defense Ministry said Thursday that its forces had retaken 10 settlements, and on Saturday it "
        "claimed Ukraine had lost more than 12,000 troops.",
        "more than 12,000 troops",
        {"claim_date": "2024-09-14"},
        published="2024-09-16",
        id="a-conjunct-opening-with-its-own-day-and-verb-of-saying",
    ),
    case(
        "Zelensky said on Monday that troops crossed the border on Aug. 6 and on Aug. 10 took 28 settlements.",
        "28 settlements",
        {"claim_date": "2024-08-19"},
        published="2024-08-20",
        id="a-conjunct-with-its-own-day-and-another-verb-is-an-event",
    ),
    case(
        "The ministry said on Monday that between 6 August and 28 October at least 11 Russian air defence systems "
        "were destroyed.",
        "at least 11 Russian air defence systems",
        {"claim_date": "2024-11-04"},
        published="2024-11-06",
        id="a-ranges-end-opens-no-conjunct",
    ),
    case(
        "Kursk in numbers\n\n* On Aug. 12, 2024, Syrskyi told Zelensky that Ukrainian forces held about 1,000 square "
        "km.\n\n* Eight days after that, Syrskyi said the area had grown to 1,263 square km.",
        "1,263 square km",
        {"claim_date": "2024-08-20"},
        published="2025-04-28",
        id="a-list-items-bullet-is-no-words-before-days-after-that",
    ),
    case(
        "Factbox: key events\n\nAUG 6 - Ukrainian troops cross into Kursk region.\n\nAUG 27 - Syrskyi says Ukraine "
        "controls 1,294 square km.",
        "1,294 square km",
        {"claim_date": "2024-08-27"},
        published="2025-04-28",
        id="a-factbox-entry-day-in-capitals",
    ),
    case(
        "Kursk\n\nYesterday the ministry reported that Ukrainian units had tried to break through near the "
        "village with two battalions, and claimed to have destroyed five tanks.",
        "five tanks",
        {"claim_date": "2025-02-06"},
        published="2025-02-07",
        id="a-report-joined-past-the-first-reports-content-shares-its-time",
    ),
    case(
        "Kursk, a year on\n\nUkrainian troops crossed the border on August 6, 2024. They moved fast and met little resistance.\n\nThe border guard spokesman said that Russia was trying to push them back 10 km.",
        "10 km",
        {"claim_date": "2025-05-20"},
        published="2025-05-20",
        id="amid-a-narrative-a-past-report-of-a-progressive-is-the-news",
    ),
    case(
        "Kursk, a year on\n\nUkrainian troops crossed the border on August 6, 2024. They moved fast and met little resistance.\n\nThe governor said 1,500 residents could return within weeks.",
        "1,500 residents",
        {"claim_date": "2025-05-20"},
        published="2025-05-20",
        id="amid-a-narrative-a-past-report-of-a-modal-is-the-news",
    ),
    case(
        'Kursk, a year on\n\nUkrainian troops crossed the border on August 6, 2024. They moved fast and met little resistance.\n\n"Russian losses here are probably in the tens of thousands," the analyst said.',
        "tens of thousands",
        {"claim_date": "2025-05-20"},
        published="2025-05-20",
        id="amid-a-narrative-a-quoted-sentence-is-the-news",
    ),
    case(
        "Kursk, a year on\n\nUkrainian troops crossed the border on August 6, 2024. They moved fast and met little resistance.\n\nThe general said his forces captured 1,200 square kilometres.",
        "1,200 square kilometres",
        {"claim_date": None},
        published="2025-05-20",
        id="amid-a-narrative-a-past-report-of-a-past-narrates",
    ),
    case(
        'Kursk, a year on\n\nUkrainian troops crossed the border on August 6, 2024. They moved fast and met little resistance.\n\nAn official stated that Russia has suffered "several hundred" casualties.',
        "several hundred",
        {"claim_date": None},
        published="2025-05-20",
        id="amid-a-narrative-a-quoted-phrase-is-no-quoted-sentence",
    ),
    case(
        "Kursk, a year on\n\nOn August 12, 2024, Putin held a televised meeting on the incursion. The governor "
        "told him that Ukrainian forces were holding 28 settlements.",
        "28 settlements",
        {"claim_date": None},
        published="2025-05-20",
        id="amid-a-narrative-a-paragraph-set-at-an-earlier-day-narrates",
    ),
    case(
        "Kursk, a year on\n\nUkrainian troops crossed the border on August 6, 2024.\n\nThe ministry said its "
        "forces had repelled attacks, killing up to 260 soldiers and destroying 7 tanks.",
        "7 tanks",
        {"claim_date": None},
        published="2025-05-20",
        id="amid-a-narrative-a-participle-under-had-narrates",
    ),
    case(
        "Kursk, a year on\n\nUkrainian troops crossed the border on August 6, 2024.\n\nZelensky said Ukraine "
        "would hold the 1,000 square kilometres it had taken.",
        "1,000 square kilometres",
        {"claim_date": None},
        published="2025-05-20",
        id="amid-a-narrative-a-backshifted-would-narrates",
    ),
    case(
        "Syrskyi: Ukraine holds 1,000 square kilometres\n\nUkraine holds 1,000 square kilometres of Kursk, "
        "Syrskyi said.\n\nSyrskyi said that on Thursday Russian troops had counterattacked near Sudzha.",
        "1,000 square kilometres of Kursk",
        {"claim_date": "2024-08-17"},
        published="2024-08-17",
        id="a-day-after-said-that-is-of-what-was-said",
    ),
    case(
        "Kursk\n\nSyrskyi said in response to Friday's strike on Sumy that 300 Russian soldiers were killed.",
        "300 Russian soldiers",
        {"claim_date": "2024-08-14"},
        published="2024-08-14",
        id="a-day-that-owns-an-event-does-not-date-the-statement",
    ),
    case(
        "Kursk\n\nAt Wednesday's meeting, Valery Gerasimov told Putin that Russian forces had won back more than "
        "1,100 square kilometers.",
        "more than 1,100 square kilometers",
        {"claim_date": "2025-03-12"},
        published="2025-03-13",
        id="a-day-that-owns-a-meeting-dates-what-is-said-there",
    ),
    case(
        "Russia retakes villages\n\nUkrainian forces pull back\n\nMoscow said on Monday it had recaptured 10 "
        'villages.\n\n"Units of the North group liberated 10 settlements," the Russian defence ministry said in a '
        "statement on Thursday.",
        "10 villages",
        {"claimant": "Russian Defense Ministry", "claim_date": "2024-09-09"},
        published="2024-09-13",
        id="a-lede-credited-to-the-bodys-source-keeps-its-own-day",
    ),
    case(
        "Kursk\n\nZelensky met Syrskyi on Monday. Syrskyi told him that Ukrainian forces controlled 1,000 square "
        "kilometres.",
        "1,000 square kilometres",
        {"claim_date": "2024-08-12"},
        published="2024-08-17",
        id="what-a-speaker-tells-at-a-meeting-the-paragraph-dates",
    ),
    case(
        "Kursk\n\n\u201cThe enemy hit our positions on Monday,\u201d a Ukrainian officer told reporters. Syrskyi "
        "said 500 Russian soldiers had been captured.",
        "500 Russian soldiers",
        {"claim_date": "2024-08-17"},
        published="2024-08-17",
        id="a-weekday-inside-curly-quotes-sets-no-paragraph-day",
    ),
    case(
        "Kursk\n\nUkrainian troops crossed into the Kursk region on Tuesday, August 6. The Russian Defence "
        "Ministry said 315 Ukrainian servicemen had been killed.",
        "315 Ukrainian servicemen",
        {"claim_date": "2024-08-14"},
        published="2024-08-14",
        id="the-day-of-a-war-event-dates-no-statement-after-it",
    ),
    case(
        'Kursk\n\n"We lost 40 men near Sudzha on Monday," Kovalenko said at a briefing. He said Russian forces '
        "had retaken 12 villages.",
        "12 villages",
        {"claim_date": "2024-08-14"},
        published="2024-08-14",
        id="a-weekday-inside-a-quotation-sets-no-paragraph-day",
    ),
    case(
        "Syrskyi: Ukraine holds 1,000 square kilometres\n\nUkraine holds 1,000 square kilometres of Kursk, "
        "Syrskyi said.\n\nSyrskyi wrote on Telegram that on Sunday his troops had advanced further.",
        "1,000 square kilometres of Kursk",
        {"claim_date": "2024-08-14"},
        published="2024-08-14",
        id="a-day-inside-what-was-written-does-not-date-the-writing",
    ),
    case(
        "Kursk\n\nThe official picture caught up during a televised meeting on Monday. Kursk's acting governor, "
        "Alexei Smirnov, told Vladimir Putin that Ukrainian troops controlled 28 settlements.",
        "28 settlements",
        {"claim_date": "2024-08-12"},
        published="2024-08-13",
        id="a-past-statement-in-a-paragraph-set-at-a-day-is-of-that-day",
    ),
    case(
        "Kursk\n\nFive civilians have been killed since Monday. Kursk's acting governor, Alexei Smirnov, said "
        "Ukrainian troops controlled 28 settlements.",
        "28 settlements",
        {"claim_date": "2024-08-13"},
        published="2024-08-13",
        id="a-spans-bound-sets-no-paragraph-day",
    ),
    case(
        "Kursk\n\nRussia struck Sumy on Monday. Kursk's acting governor, Alexei Smirnov, says Ukrainian troops "
        "control 28 settlements.",
        "28 settlements",
        {"claim_date": "2024-08-13"},
        published="2024-08-13",
        id="a-present-statement-takes-no-paragraph-day",
    ),
    case(
        "Kursk\n\nUkraine's forces now hold about 500 sq km, the country's top commander has said.\n\n"
        '"Today we have our own security zone, about 500 sq km," Oleksandr Syrskyi wrote on Facebook on '
        "Thursday.",
        "about 500 sq km",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2025-02-13"},
        published="2025-02-14",
        id="a-lede-takes-the-day-its-speaker-wrote-on-a-channel",
    ),
    case(
        "Russia retakes villages\n\n13 September 2024\n\nShare\n\nJames Waterhouse\n\nRussia has launched a "
        'counter-offensive in Kursk, with Moscow saying it has recaptured 10 villages.\n\n"Units of the '
        'North group of forces liberated 10 settlements," the Russian defence ministry said in a statement on '
        "Thursday.",
        "10 villages",
        {"claimant": "Russian Defense Ministry", "claim_date": "2024-09-12"},
        published="2024-09-13",
        id="a-ledes-country-is-the-body-that-gives-its-figure-below-after-page-furniture",
    ),
    case(
        "Kursk\n\nSyrskyi reported the advance to Zelensky on Monday.\n\nHours earlier, Kursk governor Alexei "
        "Smirnov told Putin that Ukrainian forces held 28 settlements.\n\nHe said the front was around 40km "
        "wide.\n\nSmirnov was dismissed in December and later arrested.\n\nSmirnov told the court that 2,000 "
        "residents were still missing.",
        "2,000 residents",
        {"claim_date": None},
        published="2025-05-01",
        id="a-time-named-between-ends-a-speakers-going-on",
    ),
    case(
        "Kursk incursion live\n\nKey points\n- Kursk governor Alexei Smirnov tells Putin 28 settlements are in "
        "Ukrainian hands\n- Belgorod moves residents out of a border district\n\nTuesday 13 August\n\n09:05\n"
        "Good morning and welcome back to our live coverage.\n\nMonday 12 August\n\n21:10\nKursk governor Alexei "
        "Smirnov told Vladimir Putin at a meeting in Moscow that 28 settlements were under Ukrainian control.",
        "28 settlements",
        {"claim_date": "2024-08-12"},
        published="2024-08-13",
        id="a-key-point-restates-the-bodys-dated-figure",
    ),
    case(
        "Kursk\n\nSyrskyi reported the advance to Zelensky on Monday.\n\nHours earlier, Kursk governor Alexei "
        "Smirnov told Putin that Ukrainian forces held 28 settlements.\n\nHe said the front was around 40km "
        "wide.\n\nMr Smirnov said 121,000 people had been evacuated.",
        "121,000 people",
        {"claim_date": "2024-08-12"},
        published="2024-08-13",
        id="a-speaker-goes-on-through-a-figure-that-went-on",
    ),
    case(
        "Kursk\n\nUkraine's top commander, Oleksandr Syrskyi, gave new figures on Thursday. Ukrainian forces "
        "control 1,263 square kilometres, he said.",
        "1,263 square kilometres",
        {"claim_date": "2024-08-15"},
        published="2024-08-20",
        id="a-name-in-apposition-before-a-dated-statement-is-its-speaker",
    ),
    case(
        "Kursk\n\nZelensky said on Tuesday that 2,000 Russian troops had been captured. Moscow, responding to "
        "Zelensky, rejected the claim on Wednesday. Zelensky also said 80 settlements were under Ukrainian control.",
        "80 settlements",
        {"claim_date": "2024-08-20"},
        published="2024-08-23",
        id="a-name-in-an-aside-before-a-rejection-is-not-who-rejected",
    ),
    case(
        "Kursk\n\nUkraine's General Staff rejected the claim on Saturday evening, saying the fighting continued."
        "\n\nIt also published its own tally, saying Russia had lost more than 62,000 soldiers in Kursk.",
        "more than 62,000 soldiers",
        {"claim_date": "2025-04-26"},
        published="2025-04-27",
        id="a-dated-rejection-is-a-statement-that-dates-the-speakers-next-figures",
    ),
    case(
        "Call\n\nThe Kremlin said that Putin spoke to Trump on Tuesday. In the same call, Putin said 2,000 Ukrainian "
        "soldiers were encircled.",
        "2,000 Ukrainian soldiers",
        {"claim_date": "2025-03-18"},
        published="2025-03-20",
        id="a-complementizer-that-is-no-relative-clause",
    ),
    case(
        "Kursk\n\nUkraine crossed into Kursk on August 6, 2024. Syrskyi said that January's fighting had cost Russia "
        "20,000 soldiers.",
        "20,000 soldiers",
        {"claim_date": None},
        published="2025-09-01",
        id="that-januarys-fighting-is-no-time-of-saying",
    ),
    case(
        "Kursk\n\nUkraine crossed into Kursk on August 6, 2024, and held it until March 2025. Syrskyi said that "
        "decision had cost Russia 60,000 soldiers.",
        "60,000 soldiers",
        {"claim_date": None},
        published="2025-09-01",
        id="that-decision-is-no-month",
    ),
    case(
        "Kursk\n\nZelensky, who launched the Kursk operation in August 2024, said in September that Russia had "
        "lost 60,000 soldiers there.",
        "60,000 soldiers",
        {"claim_date": "2025-09"},
        published="2025-12-01",
        id="a-recent-month-is-not-read-from-a-relative-clauses-year",
    ),
    case(
        "Kremlin\n\nWhen asked about the incursion that began on August 6, 2024, Peskov said 300 civilians had "
        "been killed.",
        "300 civilians",
        {"claim_date": "2025-03-10"},
        published="2025-03-10",
        id="a-relative-clause-inside-a-when-clause-does-not-date-it",
    ),
    case(
        "Call\n\nPutin spoke to Trump on Tuesday about a ceasefire that would start on March 30. In the same call, "
        "Putin said 2,000 Ukrainian soldiers were encircled.",
        "2,000 Ukrainian soldiers",
        {"claim_date": "2025-03-18"},
        published="2025-03-20",
        id="the-same-call-is-not-a-relative-clauses-day",
    ),
    case(
        "Kursk\n\nIn March 2025, Gerasimov claimed the region was almost retaken. The previous August, Syrskyi had "
        "said Ukraine held 1,000 square kilometres.",
        "1,000 square kilometres",
        {"claim_date": "2024-08"},
        published="2025-09-10",
        id="the-previous-august-is-before-the-time-the-text-set",
    ),
    case(
        "Kursk\n\nOn August 12, Syrskyi said Ukraine held 1,000 square km.\n\nEight days after that, Syrskyi said "
        "the area had grown to 1,263 square km.",
        "1,263 square km",
        {"claim_date": "2024-08-20"},
        published="2025-05-15",
        id="days-after-that-count-on-from-the-day-named-before",
    ),
    case(
        "Kursk\n\nThe first public sign of trouble came on Feb. 13, when Commander-in-Chief Oleksandr Syrskyi "
        "acknowledged that Ukraine held about 500 square kilometers of Kursk Oblast.",
        "about 500 square kilometers",
        {"claim_date": "2025-02-13"},
        published="2025-05-15",
        id="a-when-clause-on-a-day-and-its-number",
    ),
    case(
        "Kursk\n\nIn February Syrskyi acknowledged that Ukraine held about 500 square kilometers. The previous "
        "August he had spoken of nearly 1,300 square kilometers.",
        "nearly 1,300 square kilometers",
        {"claim_date": "2024-08"},
        published="2025-05-15",
        id="the-previous-august-dates-a-past-perfect-statement",
    ),
    case(
        "A year on\n\nUkraine crossed the border on August 6, 2024. The offensive stalled within weeks.\n\nIn an "
        "interview with the Kyiv Post that September, Colonel Ivan Hrytsai said his men had taken 37 prisoners.",
        "37 prisoners",
        {"claim_date": "2024-09"},
        published="2025-11-18",
        id="a-fronted-that-september-is-the-narratives-next-september",
    ),
    case(
        "A year on\n\nIn the first week of January, Volodymyr Zelensky said Russia had lost 38,000 troops in the "
        "Kursk region. Moscow's defence ministry claimed around the same time that Ukrainian losses had passed 50,000.",
        "passed 50,000",
        {"claim_date": "2025-01"},
        published="2025-05-10",
        id="around-the-same-time-is-the-month-named-before",
    ),
    case(
        "The end in Kursk\n\nOn April 26, 2025, Gerasimov reported to Putin by video call. In the same call, "
        "Gerasimov claimed that Ukraine had lost more than 76,000 troops.",
        "more than 76,000 troops",
        {"claim_date": "2025-04-26"},
        published="2025-05-10",
        id="in-the-same-call-is-the-day-named-before",
    ),
    case(
        "A year on\n\nUkraine crossed the border on August 6, 2024. Within a month its troops held a salient.\n\n"
        "When Valery Gerasimov declared the region liberated on April 26, 2025, he put Ukrainian losses at 76,000 "
        "troops.",
        "76,000 troops",
        {"claim_date": "2025-04-26"},
        published="2026-06-09",
        id="a-when-clause-dates-the-statement-wherever-its-time-stands",
    ),
    case(
        "A year on\n\nUkraine crossed the border on August 6, 2024. Within a month its troops held a salient.\n\n"
        "By mid-October, the Russian Defense Ministry said it had destroyed 157 Ukrainian tanks.",
        "157 Ukrainian tanks",
        {"claim_date": "2024-10"},
        published="2026-06-09",
        id="a-month-without-its-year-is-read-on-from-the-narratives-year",
    ),
    case(
        "Losses\n\nRussia has lost 606,340 troops in Ukraine since the beginning of the full-scale invasion on Feb. "
        "24, 2022, the General Staff reported on Aug. 27.",
        "606,340 troops",
        {"claim_date": "2024-08-27"},
        published="2024-08-28",
        id="a-recent-month-is-the-pages-and-a-period-start-is-no-narrative",
    ),
    case(
        "A year on\n\nUkraine crossed the border on August 6, 2024. By October its troops were on the defensive."
        "\n\nRussia concentrated roughly 60,000 troops against the salient, Syrskyi said that January.",
        "roughly 60,000 troops",
        {"claim_date": "2025-01"},
        published="2026-06-09",
        id="that-january-is-the-next-january-of-the-narrative",
    ),
    case(
        "A commander on the winter\n\nOn 6 August, Ukrainian troops crossed into Russia's Kursk region, an operation "
        "the commander we interviewed helped to plan. We spoke to him by phone on 14 November.\n\nQ: How much do "
        "you hold?\n\nA: We control about 800 square kilometres.\n\nQ: And?\n\nA: Nothing.",
        "about 800 square kilometres",
        {"claim_date": "2024-11-14"},
        published="2024-11-20",
        id="a-fronted-day-of-background-does-not-date-the-interview",
    ),
    case(
        "Sumy\n\nYesterday, the Sumy hospital received 30 wounded soldiers, Artiukh said. Artiukh also said 4 "
        "civilians were killed today.",
        "4 civilians",
        {"claim_date": "2024-09-10"},
        published="2024-09-10",
        id="a-fronted-yesterday-of-an-event-does-not-date-the-statement",
    ),
    case(
        "Kursk: how the incursion unfolded\n\nAugust 2024\n\nThe incursion begins\n\nSyrskyi said Ukraine "
        "controlled 1,000 square kilometres.\n\nSeptember 2024\n\nRussia strikes back\n\nThe Russian defence "
        "ministry said 10,000 Ukrainian troops had been killed.",
        "1,000 square kilometres",
        {"claim_date": "2024-08"},
        published="2025-01-10",
        id="a-subheading-between-month-sections-does-not-end-one",
    ),
    case(
        "Kursk: how the incursion unfolded\n\nAugust 2024\n\nUkrainian forces crossed the border on 6 August.\n\n"
        "March 2025\n\nRussia said it had retaken Sudzha.\n\nWhere things stand\n\nUkraine's General Staff says "
        "Russia has lost 60,000 troops in Kursk region.",
        "60,000 troops",
        {"claim_date": "2025-05-10"},
        published="2025-05-10",
        id="a-heading-of-another-kind-ends-a-month-section",
    ),
    case(
        "Ukraine's spy chief on North Korean troops\n\nInterview Conducted by Jan Wendtland\n\nBudanov received "
        "our reporters on Tuesday afternoon in Kyiv.\n\nSPIEGEL: Russia says it has recaptured half. Is that true?"
        "\n\nBudanov: No. We still hold about 800 square kilometers.\n\nSPIEGEL: And the Koreans?\n\nBudanov: "
        "About 11,000 are there.",
        "about 800 square kilometers",
        {"claim_date": "2024-11-12"},
        published="2024-11-16",
        id="an-interviewee-receiving-the-reporters-dates-the-interview-and-jan-is-a-name",
    ),
    case(
        "How a Sunday talk show explained the Kursk incursion\n\nOn Sunday evening, 18 August, the programme on "
        "Rossiya 1 devoted its entire broadcast to the Kursk region.\n\nKolesnikov: Sergei, how many did they "
        "send in?\n\nLavrentyev: Kyiv threw in up to 12,000 men.\n\nKolesnikov: And the losses?\n\nLavrentyev: "
        "Heavy.",
        "up to 12,000 men",
        {"claim_date": "2024-08-18"},
        published="2024-08-19",
        id="a-broadcasts-fronted-day-dates-what-is-said-in-it",
    ),
    case(
        "Kursk morning digest\n\nYesterday Russia's Chief of the General Staff Valery Gerasimov reported to "
        "Vladimir Putin at a command post. Gerasimov claimed that 86% of the territory seized by Ukraine had been "
        "liberated.",
        "86%",
        {"claim_date": "2025-03-12"},
        published="2025-03-13",
        id="a-fronted-yesterday-dates-the-speakers-later-figures",
    ),
    case(
        "Kursk morning digest\n\nThe day before yesterday, the Russian Ministry of Defence said it had recaptured "
        "12 settlements.",
        "12 settlements",
        {"claim_date": "2025-03-11"},
        published="2025-03-13",
        id="the-day-before-yesterday-is-two-days-back",
    ),
    case(
        "Liberation of Kursk Region: chronology of events\n\nAugust 2024\n\nOn August 6, Ukrainian units crossed "
        "the border.\n\nSeptember-December 2024\n\nThe Russian defence ministry said its troops had retaken 10 "
        "settlements in two days.\n\nMarch 2025\n\nRussian forces pressed on.",
        "10 settlements",
        {"claim_date": "2024-12"},
        id="a-timelines-month-section-dates-its-entries",
    ),
    case(
        "Liberation of Kursk Region: chronology of events\n\nAugust 2024\n\nOn August 6, Ukrainian units crossed "
        "the border.\n\nApril 2025\n\nKursk Region Governor Alexander Khinshtein said on Saturday that more than "
        "300 civilians had been killed.",
        "more than 300 civilians",
        {"claim_date": "2025-04-26"},
        published="2025-04-27",
        id="a-month-section-of-the-pages-own-month-leaves-the-pages-day",
    ),
    case(
        "Late on Wednesday Vladimir Putin visited a command post in Kursk, where army chief Valery Gerasimov told "
        "him 86% of the land Ukraine seized last August had been won back.",
        "86%",
        {"claimant": "Valery Gerasimov", "claim_date": "2025-03-12"},
        published="2025-03-13",
        id="a-where-clause-is-said-at-the-visits-time",
    ),
    case(
        "Khinshtein's predecessor, Alexei Smirnov, had spoken in August of about 2,000 people whose fate was "
        "unknown in the areas under Ukrainian control.",
        "about 2,000 people",
        {"claimant": "Alexei Smirnov", "claim_date": "2024-08"},
        published="2024-12-09",
        id="spoke-in-a-month-of-a-figure",
    ),
    case(
        "9. More than 150,000 — residents who left the border districts, according to the then acting governor "
        "Alexei Smirnov in August 2024.",
        "More than 150,000",
        {"claimant": "Alexei Smirnov", "claim_date": "2024-08"},
        published="2025-08-06",
        id="according-to-a-source-in-a-month",
    ),
    case(
        "5. At least 80,000 — Russian losses during the operation, according to Syrskyi, who gave the figure in an "
        "interview with The Washington Post in July.",
        "At least 80,000",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2025-07"},
        published="2025-08-06",
        id="according-to-a-source-who-gave-the-figure-in-a-month",
    ),
    case(
        "Ukraine still holds around 500 square kilometres of the region, according to a Ukrainian security "
        "official, who said Russian forces had retaken about 60% of the land Ukraine seized last August.",
        "around 500 square kilometres",
        {"claim_date": "2025-02-11"},
        published="2025-02-11",
        id="according-to-a-source-whose-report-names-an-earlier-time",
    ),
    case(
        "According to the information of Commander-in-Chief Oleksandr Syrskyi from August 20, Ukrainian forces "
        "control 93 settlements in the Kursk region.",
        "93 settlements",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-20"},
        published="2024-08-24",
        id="according-to-the-information-of-a-source-from-a-day",
    ),
    case(
        "Ukraine: 76,000 killed and wounded (per Russia, April 2025)[5]",
        "76,000 killed",
        {"claimant": "Russia", "claim_date": "2025-04"},
        published="2025-09-13",
        id="per-a-source-and-a-month",
    ),
    case(
        "Analysts of Poland's Centre for Eastern Studies (OSW) wrote in a commentary published on Wednesday that "
        "Ukraine still controlled roughly 200 square kilometres in the region.",
        "roughly 200 square kilometres",
        {"claimant": "Centre for Eastern Studies", "claim_date": "2025-03-12"},
        published="2025-03-13",
        id="analysts-of-a-body-in-a-commentary-published-on-a-day",
    ),
    case(
        "The last figure General Syrskyi gave, at the end of August, was 1,294 sq km, and he never claimed more.",
        "1,294 sq km",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08"},
        published="2025-03-10",
        id="the-last-figure-x-gave-at-a-time",
    ),
    case(
        "Russia may have lost more ground. Kyiv said on the 20th that 300 Russian soldiers had been captured.",
        "300 Russian soldiers",
        {"claim_date": "2025-03-20"},
        published="2025-03-25",
        id="may-is-no-month-for-on-the-nth",
    ),
    case(
        "The ministry's statement on Monday afternoon put Ukrainian losses in Kursk at 38,000 soldiers.",
        "38,000 soldiers",
        {"claim_date": "2025-03-24"},
        published="2025-03-25",
        id="a-statement-on-a-day-and-its-part",
    ),
    case(
        "The ministry's bulletin of January 5 said Russia had now lost 300 soldiers in Kursk.",
        "300 soldiers",
        {"claim_date": "2025-01-05"},
        published="2025-01-08",
        id="now-inside-what-a-dated-bulletin-says",
    ),
    case(
        "Putin held a meeting on Monday about the war.\n\nThe ISW said 300 North Korean soldiers had been killed.",
        "300 North Korean soldiers",
        {"claim_date": "2025-03-25"},
        published="2025-03-25",
        id="a-word-of-a-bodys-name-is-no-mention-of-it",
    ),
    case(
        "Putin and Trump are due to hold a meeting on Friday. Zelensky said 2,000 North Korean troops had been "
        "killed in Kursk.",
        "2,000 North Korean troops",
        {"claim_date": "2025-03-19"},
        published="2025-03-19",
        id="a-meeting-to-come-dates-nothing-said-after-it",
    ),
    case(
        "Putin held a meeting with his Security Council on Monday. Ukraine's General Staff reported that Russia "
        "had lost 1,340 troops.",
        "1,340 troops",
        {"claim_date": "2025-03-19"},
        published="2025-03-19",
        id="a-meeting-the-speaker-takes-no-part-in",
    ),
    case(
        "The ministry's update on Monday put Ukrainian losses at 300, and Ukraine's General Staff said Russia "
        "lost 1,200 troops.",
        "1,200 troops",
        {"claim_date": "2025-03-19"},
        published="2025-03-19",
        id="another-speakers-dated-noun-in-a-clause-before",
    ),
    case(
        "Responding to Syrskyi's remarks on Sunday, the Russian Defence Ministry said Ukraine had lost 70,000 "
        "troops.",
        "70,000 troops",
        {"claim_date": "2025-03-19"},
        published="2025-03-19",
        id="the-remarks-a-speaker-answers-date-nothing",
    ),
    case(
        "The ISW's report on Monday's fighting said Russia lost 300 soldiers.",
        "300 soldiers",
        {"claim_date": "2025-03-19"},
        published="2025-03-19",
        id="the-day-a-report-is-about",
    ),
    case(
        "Mediazona, whose count in February stood at 80,000, now puts the toll at 95,000.",
        "95,000",
        {"claim_date": "2025-03-19"},
        published="2025-03-19",
        id="now-sets-the-present-against-a-dated-count",
    ),
    case(
        "On February 18, Russian forces attacked Sudzha. The ministry said on the 20th that Ukraine had lost 500 "
        "troops.",
        "500 troops",
        {"claim_date": "2025-02-20"},
        published="2025-03-25",
        id="on-the-nth-of-the-month-named-before",
    ),
    case(
        "Alexei Smirnov spoke at a televised meeting on Monday. The governor told Vladimir Putin that Ukrainian "
        "troops controlled 28 settlements.",
        "28 settlements",
        {"claim_date": "2024-08-12"},
        published="2024-08-13",
        id="said-at-a-meeting-the-sentence-before-dates",
    ),
    case(
        "When I met Rustem Umerov in his ministry on Sunday, he wanted to talk about people.\n\nHe said "
        "Ukrainian forces had taken more than 700 Russian servicemen prisoner.",
        "more than 700 Russian servicemen",
        {"claim_date": "2024-09-15"},
        published="2024-09-16",
        id="said-at-an-interview-a-paragraph-before",
    ),
    case(
        "Officials briefed reporters at a meeting on Monday. Kim Seong-ho, a former army captain who defected "
        "in 2014, said about 40,000 men serve in the corps.",
        "about 40,000 men",
        {"claim_date": "2024-11-06"},
        published="2024-11-06",
        id="a-speaker-the-sentence-introduces-was-not-at-the-event-before",
    ),
    case(
        "The agency's previous estimate, given to lawmakers in January, was some 300 killed and 2,700 wounded.",
        "some 300 killed",
        {"claim_date": "2025-01"},
        published="2025-02-27",
        id="an-estimate-given-to-an-audience-in-a-month",
    ),
    case(
        "Forty armoured vehicles had been committed by Kyiv, the ministry said on the 20th, and all attacks had "
        "been repelled.",
        "Forty armoured vehicles",
        {"claim_date": "2025-03-20"},
        published="2025-03-22",
        id="said-on-the-nth-of-the-page-month",
    ),
    case(
        "By the General Staff's count at the start of February, Russia had lost almost 40,000 men in the Kursk "
        "direction.",
        "almost 40,000 men",
        {"claim_date": "2025-02"},
        published="2025-03-19",
        id="a-count-dated-where-its-noun-stands",
    ),
    case(
        "The Pentagon's estimate, first given in early November, is that 11,000 to 12,000 North Korean troops "
        "were sent to the Kursk region.",
        "11,000 to 12,000 North Korean troops",
        {"claim_date": "2024-11"},
        published="2025-01-16",
        id="an-estimate-first-given-in-a-month",
    ),
    case(
        "Syrskyi's assertion in July that Russia lost at least 80,000 men receives the same treatment as "
        "Valery Gerasimov's claim in April of more than 76,000 Ukrainian losses.",
        "more than 76,000 Ukrainian losses",
        {"claim_date": "2025-04"},
        published="2025-09-20",
        id="of-two-dated-claim-nouns-the-nearer-dates-the-figure",
    ),
    case(
        "For comparison, the Russian Ministry of Defence's bulletin of January 5 claimed that Ukraine had lost "
        "over 48,000 servicemen in the Kursk direction.",
        "over 48,000 servicemen",
        {"claim_date": "2025-01-05"},
        published="2025-01-06",
        id="a-bulletin-of-a-day",
    ),
    case(
        "A report on Russian losses in August said 300 soldiers had been killed near Sudzha.",
        "300 soldiers",
        {"claim_date": "2024-10-02"},
        published="2024-10-02",
        id="what-a-report-is-about-is-no-time-of-the-report",
    ),
    case(
        "Last August, Ukrainian commander-in-chief Aleksandr Syrsky boasted of 1,000 square kilometres taken in "
        "a week.",
        "1,000 square kilometres",
        {"claim_date": "2024-08"},
        published="2025-04-29",
        id="a-time-set-before-a-head-attribution",
    ),
    case(
        "Syrskyi briefed Zelensky on Wednesday. Ukrainian forces controlled 1,000 square kilometres, a week "
        "after the incursion began, Syrskyi told him.",
        "1,000 square kilometres",
        {
            "claim_date": "2024-08-14"
        },  # told at the Wednesday briefing (date.paragraph_day), not a week before
        published="2024-08-16",
        id="a-week-after-an-event-is-not-a-week-before-the-sentences-statement",
    ),
    case(
        "On Monday, Zelensky visited troops near the border. There aren't any official figures, but officials "
        "said 1,000 Russian soldiers had been captured.",
        "1,000 Russian soldiers",
        {"claim_date": "2024-08-16"},
        published="2024-08-16",
        id="there-arent-refers-back-to-no-day",
    ),
    case(
        "On Monday Syrskyi said his troops held 1,000 square kilometres. Speaking to reporters the same "
        "evening, Zelensky said 100 Russian soldiers had surrendered.",
        "100 Russian soldiers",
        {"claim_date": "2024-08-12"},
        published="2024-08-16",
        id="speaking-to-reporters-the-same-evening",
    ),
    case(
        "Ukraine's forces now control 1,150 square kilometres, Zelenskyy said. Evacuations went on. "
        "Zelenskyy had told reporters on Monday that the push was going well.",
        "1,150 square kilometres",
        {"claim_date": "2024-08-16"},
        published="2024-08-16",
        id="a-past-perfect-statement-under-another-spelling-of-the-name",
    ),
    case(
        "The General Staff said Russian losses had passed 20,000 troops. The General Staff gave no figures on "
        "Monday for its own losses.",
        "20,000 troops",
        {"claim_date": "2024-08-16"},
        published="2024-08-16",
        id="giving-no-figures-is-no-statement",
    ),
    case(
        "South Korea's spy agency said Tuesday it is ready to meet two North Korean soldiers captured in "
        "Kursk, a day after it told lawmakers that North Korean casualties had reached some 3,000.",
        "some 3,000",
        {"claim_date": "2025-01-13"},
        published="2025-01-14",
        id="a-day-after-it-told-dates-what-it-told-the-day-before",
    ),
    case(
        "Ukraine's top commander said his troops now control 82 settlements. Commander-in-Chief Oleksandr "
        "Syrskyi gave the figures on Thursday in a video report to President Volodymyr Zelensky.",
        "82 settlements",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-15"},
        published="2024-08-16",
        id="giving-the-figures-on-a-day-dates-the-lede",
    ),
    case(
        "Putin visited a command post in the region late on Wednesday. There his chief of general staff, "
        "Valery Gerasimov, told him that 86% of the territory seized by Ukraine had been retaken.",
        "86%",
        {"claim_date": "2025-03-12"},
        published="2025-03-13",
        id="there-refers-back-to-the-day-of-the-event-named-before",
    ),
    case(
        "Putin visited a command post in the region late on Wednesday. There are 86 settlements still to "
        "clear, Gerasimov said.",
        "86 settlements",
        {"claim_date": "2025-03-13"},
        published="2025-03-13",
        id="there-is-refers-back-to-no-day",
    ),
    case(
        "On Monday, the governor said shelling had damaged homes. Ukraine's air force said 12 civilians were "
        "killed in a strike the previous evening.",
        "12 civilians",
        {"claim_date": "2024-08-20"},
        published="2024-08-20",
        id="the-previous-evening-of-an-event-does-not-date-the-statement",
    ),
    case(
        "Syrskyi said his troops had advanced 1,000 square kilometres, the Kremlin said. "
        "Syrskyi said 110 days ago that Ukraine controlled 1,000 square kilometres.",
        "Ukraine controlled 1,000 square kilometres",
        {"claim_date": "2024-08-01"},
        published="2024-11-19",
        id="days-ago-is-not-read-inside-a-larger-number",
    ),
    case(
        "Ukraine's forces control 1,250 square kilometres of the Kursk region, Syrskyi said. Evacuations went "
        "on. Syrskyi said on Sunday that Moscow had claimed the offensive was stalled.",
        "1,250 square kilometres",
        {"claim_date": "2024-08-18"},
        published="2024-08-20",
        id="a-past-perfect-inside-a-later-statement-leaves-its-date",
    ),
    case(
        "Russia's Ministry of Defence said on Sunday that its troops had repelled the attack, claiming "
        "Ukraine threw two tank companies and 12 armoured fighting vehicles into the assault.",
        "12 armoured fighting vehicles",
        {"claim_date": "2025-01-05"},
        published="2025-01-06",
        id="a-participle-on-the-reported-act-is-said-with-the-report",
    ),
    case(
        "Syrskyi: Ukrainian forces control 1,150 square kilometres\n\n"
        "Oleksandr Syrskyi has reported that Ukrainian units now control 1,150 square kilometres of Russia's "
        "Kursk Oblast. The acting governor said more than 121,000 people had left. Evacuations go on. "
        "Schools are closed. Buses run twice a day. Shelters are full. Roads are mined. Power is off. "
        "Water is short. Bridges are down. On 12 August, Syrskyi reported that the Defence Forces "
        "controlled approximately 1,000 square kilometres.",
        "now control 1,150 square kilometres",
        {"claim_date": "2024-08-15"},
        published="2024-08-15",
        id="a-statement-dated-paragraphs-later-is-background-not-the-ledes-date",
    ),
    case(
        "Key events\n\n- Syrskyi: Ukraine holds 100 settlements in Kursk region\n\n"
        "Russia shelled Sumy. Schools are closed. Buses run twice a day. Shelters are full. Roads are mined. "
        "Power is off. Water is short. Bridges are down. Trains are late. Shops are shut. "
        "Syrskyi said on Tuesday that Ukraine held 100 settlements.",
        "100 settlements in Kursk region",
        {"claim_date": "2024-08-27"},
        published="2024-08-28",
        id="a-summary-item-restates-an-entry-however-far-below",
    ),
    case(
        "Two weeks ago, Syrskyi told The Washington Post that Russia had lost at least 80,000 soldiers in "
        "the Kursk operation.",
        "at least 80,000 soldiers",
        {"claim_date": "2025-07-23"},
        published="2025-08-06",
        id="weeks-ago-count-back-from-the-page-date",
    ),
    case(
        "On Sunday the HUR said 11,000 North Korean troops remained in Kursk. President Volodymyr Zelensky "
        "had said the previous evening that Pyongyang was preparing up to 12,000 troops.",
        "up to 12,000 troops",
        {"claim_date": "2024-10-26"},
        published="2024-10-29",
        id="the-previous-evening-is-the-day-before-the-day-named-last",
    ),
    case(
        "On March 16 Syrskyi said his troops held 100 square kilometres. President Volodymyr Zelensky, "
        "speaking the same evening, said Pyongyang had sent about 3,000 more soldiers to Russia.",
        "about 3,000 more soldiers",
        {"claim_date": "2025-03-16"},
        published="2025-03-18",
        id="the-same-evening-is-the-day-named-last",
    ),
    case(
        "Ukrainian forces have taken control of 1,150 square kilometers, Oleksandr Syrskyi said in a "
        "Telegram post. On Monday, August 12, Syrskyi had put the area under Ukrainian control at about "
        "1,000 square kilometers.",
        "1,150 square kilometers",
        {"claimant": "Oleksandr Syrskyi", "claim_date": "2024-08-15"},
        published="2024-08-15",
        id="an-older-statement-in-the-past-perfect-does-not-date-the-news-before-it",
    ),
    case(
        "Ten days into the operation, President Volodymyr Zelensky said Ukraine had taken more than 100 "
        "Russian prisoners in a single day.",
        "more than 100",
        {"claim_date": "2024-08-16"},
        published="2025-02-06",
        id="time-since-the-story-began-dates-the-statement",
    ),
    case(
        "The campaign began in August 2024. The Russian defence ministry said 200 Ukrainian soldiers were "
        "killed during that month.",
        "200 Ukrainian soldiers",
        {"claim_date": None},
        published="2025-03-14",
        id="killed-during-that-month-closing-the-sentence-is-the-period-counted",
    ),
    case(
        "In October 2024, the HUR said 3,000 North Korean troops had arrived. The Pentagon said it expected "
        "another 3,000 North Korean troops to arrive the following month.",
        "another 3,000 North Korean troops",
        {"claim_date": None},
        published="2025-03-14",
        id="what-is-expected-the-following-month-is-not-said-then",
    ),
    case(
        "Zelensky spoke about the August 6 incursion and said his troops held 1,300 square kilometres.",
        "1,300 square kilometres",
        {"claim_date": "2025-03-14"},
        published="2025-03-14",
        id="a-topic-of-the-joined-verb-is-no-time",
    ),
    case(
        "Pyongyang began sending troops in October 2024. Ukraine's military intelligence said the same month "
        "that 11,000 North Korean soldiers had been moved to Kursk.",
        "11,000 North Korean soldiers",
        {"claim_date": "2024-10"},
        published="2025-08-06",
        id="said-the-same-month-dates-the-statement-to-the-month-named-before",
    ),
    case(
        "In November 2024 the NIS estimated that 10,000 North Korean troops had arrived. U.S. officials put "
        "the figure at 11,000 to 12,000 the following month.",
        "11,000 to 12,000",
        {"claim_date": "2024-12"},
        published="2025-03-14",
        id="the-following-month-is-the-month-after-the-one-named-before",
    ),
    case(
        "The UN monitors' new report covers December 2024. At least 21 civilians were killed in the oblast "
        "during that month, the monitors said.",
        "At least 21 civilians",
        {"claim_date": "2025-01-10"},
        published="2025-01-10",
        id="during-that-month-is-the-period-counted-not-the-statement",
    ),
    case(
        "Syrskyi spoke on national television on August 12, 2024, and said his troops held 1,000 square "
        "kilometers.",
        "1,000 square kilometers",
        {"claim_date": "2024-08-12"},
        published="2025-08-06",
        id="a-speaking-verb-joined-to-the-reporting-verb-dates-it",
    ),
    case(
        "Ukraine launched its offensive on Aug. 6 and at one point claimed to control about 1,300 square "
        "kilometres.",
        "about 1,300 square kilometres",
        {"claim_date": None},
        published="2025-02-05",
        id="the-time-of-an-act-joined-to-the-claim-does-not-date-it",
    ),
    case(
        "Live updates\n\nTuesday 12 November\n\nUkraine's army said 300 Russian soldiers were captured.\n\nIn "
        "March 2022, Russian columns retreated from Kyiv. Russia lost 900 tanks in that retreat, according "
        "to Oryx.\n\nWednesday 13 November\n\nThe ministry said 20 drones were downed.",
        "900 tanks",
        {"claim_date": None},
        published="2024-11-13",
        id="a-day-heading-does-not-date-a-narrative-of-the-past",
    ),
    case(
        "Russia's defence ministry said on Monday its forces had retaken 12 settlements. Officials will "
        "publish a full count the following day, when 300 more prisoners are due to be exchanged.",
        "300 more prisoners",
        {"claim_date": "2024-11-13"},
        published="2024-11-13",
        id="the-following-day-in-the-future-dates-nothing-said",
    ),
    case(
        "Timeline\n\nAugust 27: Syrskyi puts the total at 1,294 sq km.\n\nJanuary 6, 2025: A day after Ukraine "
        "opens a new attack, Zelenskyy says the enemy has lost 38,000 soldiers in Kursk.",
        "38,000 soldiers",
        {"claim_date": "2025-01-06"},
        published="2025-03-14",
        id="an-entry-s-own-day-is-its-news",
    ),
    case(
        "Timeline\n\nNovember 5: Umerov says troops fought North Korean units. US officials estimate that "
        "about 10,000 North Korean soldiers are now in the region.\n\nLate December: Zelenskyy says more "
        "than 3,000 North Korean soldiers have been killed or wounded.",
        "about 10,000 North Korean soldiers",
        {"claim_date": "2024-11-05"},
        published="2025-03-14",
        id="a-chronology-entry-dates-all-its-sentences",
    ),
    case(
        "Timeline\n\nNovember 5: Umerov says troops fought North Korean units.\n\nLate December: Zelenskyy "
        "says more than 3,000 North Korean soldiers have been killed or wounded.",
        "more than 3,000 North Korean soldiers",
        {"claim_date": "2024-12"},
        published="2025-03-14",
        id="a-chronology-entry-headed-by-its-month",
    ),
    case(
        "Timeline\n\nAug. 12, 2024 — Syrskyi reports to Zelensky that Ukrainian forces control about 1,000 "
        "square kilometers.\n\nOct. 2024 — South Korea's spy agency says North Korea has sent about 1,500 "
        "troops to Russia.",
        "about 1,500 troops",
        {"claim_date": "2024-10"},
        published=None,
        id="a-chronology-entry-set-off-by-a-dash-on-an-undated-page",
    ),
    case(
        "Ukraine launched its incursion on August 6. Within three weeks, Kyiv said it controlled 1,294 "
        "square kilometers and 100 settlements.",
        "100 settlements",
        {"claim_date": "2024-08"},
        published="2025-03-14",
        id="said-at-the-time-the-narrative-has-reached-is-of-its-month",
    ),
    case(
        "Ukraine launched its incursion on August 6. Within a fortnight, Kyiv was claiming control of about "
        "1,150 square kilometers.",
        "about 1,150 square kilometers",
        {"claim_date": "2024-08"},
        published="2025-03-14",
        id="within-a-fortnight-is-a-time-the-narrative-reached",
    ),
    case(
        "Kyiv's forces have pushed up to 30 kilometers into Russia since August 6, by Ukraine's own count.",
        "up to 30 kilometers",
        {"claimant": "Ukraine"},
        published="2024-08-20",
        id="by-its-own-count-hung-as-an-agent",
    ),
    case(
        "Russia's top general has told Putin that the region has been recaptured.\n\nIn a video released "
        "by the Kremlin on Saturday, the chief of the general staff, Valery Gerasimov, said the last village "
        "had been taken. He told Putin that Ukraine had lost more than 76,000 servicemen.",
        "more than 76,000 servicemen",
        {"claim_date": "2025-04-26"},
        published="2025-04-27",
        id="a-fronted-dated-statement-dates-its-speaker-s-later-figures",
    ),
    case(
        "Since the beginning of the operation, Russia has lost almost 40,000 troops, the General Staff of the "
        "Armed Forces of Ukraine has reported.\n\nSource: General Staff on Telegram, 6 February\n\n"
        "Details: the General Staff said that 142 tanks had been destroyed.",
        "almost 40,000 troops",
        {"claim_date": "2025-02-06"},
        published="2025-02-07",
        id="a-source-line-with-its-day-dates-the-source-s-report",
    ),
    case(
        "Background: Mykola Terletskyi, a reserve colonel and analyst, told a newspaper on Thursday that the "
        "losses should be read with the size of the grouping.\n\n"
        '"Today the Kursk grouping is about 60,000," Terletskyi said.',
        "about 60,000",
        {"claim_date": "2025-02-06"},
        published="2025-02-07",
        id="a-speaker-the-registry-does-not-know-dated-by-surname",
    ),
    case(
        "On August 15, Syrskyi said Ukraine controlled 1,150 square kilometres. Two days earlier, he had said "
        "the deepest wedge reached 35 kilometers from the border.",
        "35 kilometers",
        {"claim_date": "2024-08-13"},
        published="2024-08-20",
        id="two-days-earlier-than-the-day-named-before",
    ),
    case(
        "On August 15, Syrskyi said Ukraine controlled 1,150 square kilometres. The day before, he said 82 "
        "settlements were held.",
        "82 settlements",
        {"claim_date": "2024-08-14"},
        published="2024-08-20",
        id="the-day-before-the-day-named-before",
    ),
    case(
        "Oleksandr Syrskyi gave a televised comment on Sunday night about the front.\n\nHe said Ukrainian "
        "troops still held more than 600 square kilometres.",
        "more than 600 square kilometres",
        {"claim_date": "2024-11-10"},
        published="2024-11-12",
        id="a-televised-comment-with-its-day",
    ),
    case(
        "06.30 GMT\nAlastair Penrose, Britain's envoy, told the council in Vienna on Monday that about 11,000 "
        "North Korean soldiers were in Kursk.\n\n09.40 GMT\nPenrose also told the session that Russian losses "
        "had passed 20,000 killed and wounded.",
        "20,000 killed",
        {"claim_date": "2024-11-11"},
        published="2024-11-12",
        id="a-live-blog-timestamp-does-not-end-a-speaker-s-dated-statement",
    ),
    case(
        "The ministry put the overall losses at 38,000 on December 1. A week earlier, the ministry put the "
        "overall losses at 36 thousand servicemen.",
        "36 thousand servicemen",
        {"claim_date": "2024-11-24"},
        published="2024-12-02",
        id="a-week-earlier-than-the-day-named-before",
    ),
    case(
        "Syrskyi said on Tuesday that Ukraine held 93 settlements, taken since the morning of Aug. 6, he told "
        "a meeting, a figure up from 82 a week earlier.",
        "93 settlements",
        {"claim_date": "2024-08-20"},
        published="2024-08-21",
        id="a-week-earlier-inside-the-sentence-dates-the-older-figure-not-the-statement",
    ),
    case(
        "In January, the agency had put the death toll at 300 and the number of wounded at 2,700, Lee said.",
        "2,700",
        {"metric": "wounded"},
        published="2025-02-20",
        id="put-x-at-n-and-y-at-m-counts-y",
    ),
    case(
        "Russia received 150 of its servicemen in return, the Russian Defence Ministry said, adding that the "
        "UAE had mediated the exchange.",
        "150 of its servicemen",
        {"metric": "prisoners"},
        published="2025-02-20",
        id="soldiers-received-in-return-in-an-exchange-are-prisoners",
    ),
    case(
        "The Russian army lost another 1,130 soldiers over the past day, the General Staff reported on Friday."
        "\n\nThe total combat losses of the enemy are approximately (main categories):\n\npersonnel – about "
        "847,130 (+1,130) persons\n\ntanks – 9,900 (+8)",
        "847,130",
        {"metric": "casualties", "predicate": "killed_or_wounded"},
        published="2025-02-07",
        id="personnel-in-a-tally-of-losses-were-lost",
    ),
    case(
        "The Ukrainian General Staff puts Russian tank losses in Kursk at 271.",
        "271",
        {"metric": "equipment"},
        published="2025-02-20",
        id="tank-losses-put-at-n-are-equipment",
    ),
    case(
        "Timeline\n\n7 August - General Valery Gerasimov tells Vladimir Putin that the advance has been "
        "halted.\n\n27 August - Syrskyi says Ukraine controls 1,294 square kilometres and 100 settlements.",
        "100 settlements",
        {"claim_date": "2024-08-27"},
        published="2025-04-30",
        id="a-chronology-entry-set-off-by-a-spaced-hyphen",
    ),
    case(
        'In a post on Telegram, Syrskyi wrote that Ukrainian troops were maintaining "a security zone" along '
        "the border and that Russia had concentrated a grouping of over 60,000 troops in the Kursk direction.",
        "over 60,000 troops",
        {"claimant": "Oleksandr Syrskyi"},
        published="2025-02-14",
        id="a-second-that-clause-is-the-writer-s-not-the-first-clause-s-verb-s",
    ),
    case(
        "According to Ukraine's General Staff, Russia has lost around 55,000 troops killed and wounded in the "
        "Kursk region since last August, while Moscow puts Ukrainian losses at more than 66,000.",
        "around 55,000 troops",
        {"claimant": "Ukrainian General Staff"},
        published="2025-03-13",
        id="a-while-clause-s-source-speaks-only-for-its-own-figure",
    ),
    case(
        "A Ukrainian officer told The Courier last night that the columns had pushed about three miles.",
        "about three miles",
        {"claim_date": "2025-01-06"},
        published="2025-01-07",
        id="last-night-is-the-day-before",
    ),
    case(
        "MOSCOW — Defence Minister Andrei Belousov used his first annual address to the expanded board of "
        "the Defence Ministry on Monday to present the fighting in Kursk as a turning point.\n\n"
        "Belousov set out the ministry's version of events at length:\n\n"
        '"In August the enemy invaded with up to 12,000 men. He managed to advance up to 30 kilometres.\n\n'
        '"Since then the enemy has lost more than 40,000 servicemen."',
        "more than 40,000 servicemen",
        {"claimant": "Andrei Belousov", "claim_date": "2024-12-16"},
        published="2024-12-17",
        id="a-speech-quoted-over-paragraphs-is-the-speakers-on-the-day-of-the-speech",
    ),
    case(
        "Acting governor Alexander Khinshtein held his first big press conference on Thursday, 23 January "
        "2025, in the regional government building.\n\nThe governor said that about 1,500 residents "
        "remained in the part of Sudzha district held by Ukrainian forces.",
        "about 1,500 residents",
        {"claim_date": "2025-01-23"},
        published=None,
        id="a-statement-dated-by-weekday-and-date-on-an-undated-page",
    ),
    case(
        "Russia has lost more than 20,000 servicemen in the Kursk direction since August, a General Staff "
        "spokesman told a joint briefing in Kyiv on Monday evening.\n\nThe head of the Sumy regional "
        "administration said that about 28,000 people had been moved out of the border communities.",
        "about 28,000 people",
        {"claim_date": "2024-10-28"},
        published="2024-10-29",
        id="what-is-said-at-the-briefing-the-lede-dates-is-of-its-day",
    ),
    case(
        "The following is an edited transcript of the Kursk segment of Sunday evening's programme on state "
        "television.\n\nHOST: Good evening.\n\nKHINSHTEIN: More than 110,000 residents still cannot return home.",
        "More than 110,000 residents",
        {"claim_date": "2025-01-26"},
        published="2025-01-27",
        id="what-is-said-in-the-broadcast-the-lede-dates-by-its-weekday-is-of-its-day",
    ),
    case(
        "A week after the last Ukrainian units left, governor Alexander Khinshtein went on air on Tuesday evening to "
        "give residents the first full account of the damage.\n\nHe said that 96,000 people were still unable "
        "to return to their homes.",
        "96,000 people",
        {"claim_date": "2025-05-13"},
        published="2025-05-14",
        id="what-is-said-on-air-the-lede-dates-is-of-its-day",
    ),
    case(
        "Russia's summer offensive of 2024 stalled in October 2024. Its defence ministry claims that Ukraine has "
        "lost more than 50,000 soldiers in Kursk.",
        "more than 50,000 soldiers",
        {"claim_date": "2025-02-15"},
        published="2025-02-15",
        id="a-claim-in-the-present-stands-as-the-page-writes-whatever-past-it-follows",
    ),
    case(
        "Russia's summer offensive of 2024 stalled in October 2024. Some 2,000 people are still living in "
        "temporary accommodation centres in Kursk, according to the regional emergencies ministry.",
        "Some 2,000 people",
        {"claim_date": "2025-02-15"},
        published="2025-02-15",
        id="the-present-progressive-states-the-present-too",
    ),
    case(
        "The independent outlet Mediazona said on Thursday it had confirmed the deaths of 1,270 Russian "
        "servicemen in the Kursk region.",
        "1,270 Russian servicemen",
        {"claim_date": "2024-11-07"},
        published="2024-11-09",
        id="the-verb-that-reports-a-backshifted-statement-dates-it",
    ),
    case(
        "Kursk's acting governor, Alexei Smirnov, said five civilians had been killed. \"The situation remains "
        'difficult," Smirnov said in a video address late Wednesday.',
        "five civilians",
        {"claim_date": "2024-08-07"},
        published="2024-08-08",
        id="a-statement-noun-late-on-a-day-dates-the-speaker",
    ),
    case(
        "Ukraine's forces entered Kursk in early August and at one point claimed to control more than 1,200 "
        "square kilometers.",
        "more than 1,200 square kilometers",
        {"claim_date": None},
        published="2025-03-20",
        id="a-claim-made-at-one-point-is-undated",
    ),
    case(
        "Oral evidence: support to Ukraine\n\nTuesday 10 December 2024\n\nPublished on 13 December 2024\n\n"
        "Witnesses: Major General Colin Avery.\n\nChair: Welcome.\n\nGeneral Avery: Our assessment is that Ukraine holds about 700 square kilometres of "
        "the region.\n\nChair: Thank you.",
        "about 700 square kilometres",
        {"claim_date": "2024-12-10"},
        published="2024-12-13",
        id="a-transcript-headed-by-its-sessions-day-is-of-that-day",
    ),
    case(
        "Russia has lost more than 20,000 servicemen in the Kursk direction since August, a General Staff "
        "spokesman told a joint briefing in Kyiv on Monday evening.\n\nMediazona has so far identified "
        "by name 1,100 soldiers killed in the Kursk region.",
        "1,100 soldiers",
        {"claim_date": "2024-10-29"},
        published="2024-10-29",
        id="an-outlets-own-count-is-not-said-at-the-briefing",
    ),
    case(
        "Kyiv was claiming some 1,300 square kilometres in August. By the General Staff's count, published "
        "on February 6, Russia lost close to 40,000 men in Kursk.",
        "close to 40,000 men",
        {"claim_date": "2025-02-06"},
        published="2025-03-20",
        id="a-count-dated-when-it-was-published",
    ),
    case(
        "By The Baltic Observer's own calculation, based on Sentinel imagery from 16 March, Ukrainian "
        "positions cover roughly 6,500 hectares.",
        "roughly 6,500 hectares",
        {"claim_date": "2025-03-18"},
        published="2025-03-18",
        id="a-counts-data-time-is-not-the-counts",
    ),
    case(
        "Ukraine launched its Kursk incursion last August and at its peak held about 1,300 square "
        "kilometers. Russian forces have retaken roughly two-thirds of that area, according to "
        "Western estimates.",
        "roughly two-thirds",
        {"claim_date": "2025-02-24"},
        published="2025-02-24",
        id="the-present-perfect-states-what-holds-now",
    ),
    case(
        "Ukraine launched its Kursk incursion last August. Western officials have repeatedly claimed "
        "that about 11,000 North Korean soldiers were deployed.",
        "about 11,000 North Korean soldiers",
        {"claim_date": None},
        published="2025-02-24",
        id="a-statement-in-the-present-perfect-is-undated",
    ),
    case(
        "Ukrainian units crossed into Kursk on August 6. The next day, Russia's top general, Valery "
        "Gerasimov, said about 1,000 Ukrainian soldiers took part.",
        "about 1,000 Ukrainian soldiers",
        {"claim_date": "2024-08-07"},
        published="2024-08-20",
        id="the-next-day-is-the-day-after-the-one-named",
    ),
    case(
        "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi reported this to President "
        'Volodymyr Zelensky on Thursday.\n\n"A total of 1,150 square kilometers of territory is under our '
        'control," Syrskyi said.',
        "1,150 square kilometers",
        {"claim_date": "2024-08-15", **SYR},
        published="2024-08-16",
        id="reported-this-to-the-president-on-thursday-dates-the-quote",
    ),
    case(
        "On Thursday, the General Staff published separate figures for the Kursk operation. Russian losses "
        "in this direction have amounted to 38,720 servicemen, the statement said.",
        "38,720 servicemen",
        {"claim_date": "2025-02-06", "claimant": "Ukrainian General Staff", "claimant_side": "ukraine"},
        published="2025-02-07",
        id="the-statement-said-after-the-general-staff-published",
    ),
    case(
        "Syrskyi said on Monday that Ukraine held 800 square kilometres of the Kursk region. "
        "He added that Russia had lost 20,000 troops there.",
        "20,000 troops",
        {"claim_date": "2024-11-18", **SYR},
        published="2024-11-20",
        id="he-added-carries-mondays-date",
    ),
    case(
        "Ukrainian forces hold 800 square kilometres of the Kursk region, Syrskyi said on Monday. "
        "Russia has lost 20,000 troops there, Syrskyi said.",
        "20,000 troops",
        {"claim_date": "2024-11-18", **SYR},
        published="2024-11-20",
        id="tail-said-on-monday-carries-to-later-figure",
    ),
    case(
        "Russia has lost 42,000 soldiers, Ukraine's commander-in-chief Oleksandr Syrskyi said on Feb. 6.",
        "42,000",
        {"claim_date": "2024-02-06", **SYR},
        published="2024-12-02",
        id="tail-said-on-feb-6",
    ),
    case(
        "On Wednesday, Gerasimov told Putin that the Kursk operation was nearly over. Gerasimov said "
        "Russian troops had recaptured 24 settlements.",
        "24 settlements",
        {"claim_date": "2025-03-12", **GER},
        published="2025-03-14",
        id="fronted-on-wednesday-dates-later-statement",
    ),
    case(
        "On Wednesday, Gerasimov told Putin that the Kursk operation was nearly over.\n"
        "Russian troops have retaken 1,100 square kilometres, Gerasimov said.",
        "1,100 square",
        {"claim_date": "2025-03-12", **GER},
        published="2025-03-14",
        id="fronted-on-wednesday-next-paragraph",
    ),
    case(
        "In August 2024, Ukrainian troops crossed into the Kursk region. Syrskyi said Ukraine held "
        "1,000 square kilometres.",
        "1,000 square",
        {"claim_date": None, **SYR},
        published="2025-03-14",
        id="narrative-past-months-before",
    ),
    case(
        "Ukraine's troops pushed into the Kursk region in August. They have advanced 30 kilometres into "
        "Russian territory, Syrskyi said.",
        "30 kilometres",
        {"claim_date": None},
        published="2024-12-02",
        id="narrative-past-bare-month",
    ),
    case(
        "Earlier this month, Ukrainian troops pulled back from Sudzha. Syrskyi said Ukraine held "
        "200 square kilometres.",
        "200 square",
        {"claim_date": "2025-03-14"},
        published="2025-03-14",
        id="recent-time-before-is-not-narrative-past",
    ),
    case(
        "In August 2024, Ukrainian troops crossed into the Kursk region. Syrskyi said Ukraine held "
        "1,000 square kilometres. On Tuesday, Syrskyi said Ukraine held 200 square kilometres.",
        "200 square",
        {"claim_date": "2025-03-11"},
        published="2025-03-14",
        id="own-date-beats-earlier-narrative",
    ),
    case(
        "When Vladimir Putin toured the Kursk region on Tuesday, governor Alexander Khinshtein told him that "
        "more than 1,200 residents were still living in temporary accommodation centres.",
        "more than 1,200 residents",
        {"claim_date": "2025-05-20"},
        published="2025-05-22",
        id="a-when-clause-before-the-verb-dates-the-statement",
    ),
    case(
        "Ukraine claimed to hold more than 1,300 sq km at the peak of its incursion last August.",
        "more than 1,300 sq km",
        {"claim_date": "2024-08"},
        published="2025-03-13",
        id="a-claim-to-hold-is-made-when-the-holding-is",
    ),
    case(
        "Russian forces entered Sudzha, the ministry said on Wednesday.\n\nUPDATE: On Thursday morning, the "
        "Defense Ministry said Russian troops had taken full control of Sudzha and two nearby villages.",
        "two nearby villages",
        {"claim_date": "2025-03-13"},
        published="2025-03-12",
        id="an-update-s-weekday-is-after-the-page-s-day",
    ),
    case(
        "Russian forces entered Sudzha, the ministry said on Wednesday.\n\nUPDATE: The Defense Ministry said "
        "last Friday that Russian troops had retaken two nearby villages.",
        "two nearby villages",
        {"claim_date": "2025-03-07"},
        published="2025-03-12",
        id="an-update-s-last-weekday-is-the-week-before",
    ),
    case(
        "In footage aired by state television on Wednesday, Valery Gerasimov told Vladimir Putin that Russian "
        "troops had retaken 1,100 square kilometres.",
        "1,100 square kilometres",
        {**GER, "claim_date": "2025-03-12"},
        published="2025-03-14",
        id="the-footage-s-airing-dates-the-statement-it-shows",
    ),
    case(
        "Commander in Kursk: 'We took 400 prisoners'\n\nInterview — Monday, 18 November 2024, 08:00\n\nColonel "
        "Dmytro Hrytsenko commands an air assault brigade. We spoke on 14 November in a farmhouse outside "
        "Sudzha.\n\nQ: How far did you get?\n\nHrytsenko: In the first ten days we went about 25 kilometres "
        "deep in our sector.",
        "about 25 kilometres",
        {"claim_date": "2024-11-14"},
        published="2024-11-18",
        id="when-they-spoke-dates-an-interview-not-the-label-of-the-page",
    ),
    case(
        "WASHINGTON — North Korea has lost about 4,000 soldiers in the Kursk region, the top US commander in "
        "Europe told lawmakers on Thursday.\n\nGen. Christopher Cavoli said Pyongyang had sent roughly 12,000 "
        "soldiers to Russia last fall.\n\nThe committee's ranking member, Adam Smith, said 15,000 North Koreans "
        "had now been shipped to Russia.",
        "15,000 North Koreans",
        {"claim_date": "2025-04-10"},
        published="2025-04-11",
        id="a-lede-that-tells-lawmakers-on-a-day-dates-the-hearing",
    ),
    case(
        "The Russian defence ministry has announced the recapture of several villages, and on 12 September it "
        "said it had retaken 10 settlements in two days.",
        "10 settlements",
        {"claimant": "Russian Defense Ministry", "claim_date": "2024-09-12"},
        id="a-second-statement-joined-to-the-first-is-dated-by-its-own-verb",
        published="2024-09-13",
    ),
    case(
        "The head of the regional military administration announced the forced evacuation of a further 10 "
        "settlements in the Sumy and Krasnopillia districts on Monday.",
        "10 settlements",
        {"claim_date": "2025-03-17"},
        id="a-day-closing-the-sentence-on-the-announced-object-dates-the-announcement",
        published="2025-03-18",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), CLAIM_DATES_RECENT)
def test_claim_date_recent_rules(
    nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]
) -> None:
    check(claim_at(nlp, text, quote, published), expected)


# ----------------------------------------------------------------------------- location (recent rules)

LOCATION_RECENT = [
    case(
        "Fighting continues in the Kursk region. Ukraine holds about 300 square kilometres of Russian "
        "territory, analysts said.",
        "about 300",
        {"location": "Kursk region"},
        id="russian-territory-in-a-kursk-story",
    ),
    case(
        "Ukraine holds about 300 square kilometres of Russian territory, analysts said.",
        "about 300",
        {"location": "Russia"},
        id="russian-territory-without-a-region",
    ),
    case(
        "Ukraine's incursion into the Kursk region began in August. Russia now occupies about a fifth of "
        "Ukraine, Zelensky said.",
        "about a fifth",
        {"location": "Ukraine"},
        id="a-fifth-of-ukraine-in-a-kursk-story",
    ),
]


@pytest.mark.parametrize(("text", "quote", "published", "expected"), LOCATION_RECENT)
def test_location_recent_rules(
    nlp: Any, text: str, quote: str, published: str | None, expected: dict[str, Any]
) -> None:
    check(claim_at(nlp, text, quote, published), expected)


def test_a_nation_noun_without_a_military_word_is_no_claim(nlp: Any) -> None:
    text = "Ireland, which has taken in more than 100,000 Ukrainians since 2022, has a stake in the answer."
    assert [c.text for c in run(nlp, text, "2025-01-10").claims] == []


def test_a_bare_ministry_on_a_warring_sides_own_outlet_is_that_countrys(nlp: Any) -> None:
    text = (
        "Zelensky said on Monday that the operation would go on. Peskov declined to comment.\n\n"
        "The Defence Ministry said the enemy had lost more than 48,000 men in the Kursk direction.\n"
    )
    for outlet, side in (("TASS", "russia"), ("Ukrinform", "ukraine")):
        c = claim_in(run(nlp, text, "2025-01-27", outlet).claims, text, "more than 48,000 men")
        assert (c.claimant_side, c.evidence["claimant"]["rule"]) == (side, "claimant.reporting_verb"), (
            c.evidence
        )
    # not when the passage names a country: the bare body is then resolved as on any page
    text = (
        "The Kiev regime continues to inflate its figures. The General Staff in a morning update said 40 "
        "settlements in the Kursk region remain under control of Ukrainian forces.\n"
    )
    c = claim_in(run(nlp, text, "2024-09-10", "TASS").claims, text, "40 settlements")
    assert (c.claimant, c.claimant_side) == ("Ukrainian General Staff", "ukraine"), c.evidence
