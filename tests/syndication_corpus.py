"""A generated corpus for measuring syndication grouping (not copied from anywhere).

`make_corpus(seed)` writes STORIES original wire stories about the Kursk fighting from a pool of
sentence templates with varied facts (place, day, figures, officials); for each original:

- COPIES wire copies: a new headline, one paragraph dropped or an outlet's paragraph added, and a
  few words edited (synonyms, number styles), with another outlet and the same or the next day;
- NEAR_MISSES different stories on the same day about the same battle: the same place, officials
  and figures, the same background paragraph, but other sentences (another reporter's story).

Every document is (id, group label, date, text); copies carry their original's label, near
misses a label of their own. `pair_scores` gives pairwise precision/recall of a grouping.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

PLACES = ["Sudzha", "Korenevo", "Malaya Loknya", "Plekhovo", "Sverdlikovo", "Guevo", "Lgov", "Rylsk"]
OFFICIALS = [
    ("Oleksandr Syrskyi", "Ukraine's top commander"),
    ("Valery Gerasimov", "Russia's chief of the general staff"),
    ("Volodymyr Zelensky", "Ukraine's president"),
    ("Alexei Smirnov", "the acting governor of the Kursk region"),
    ("Andriy Kovalenko", "a Ukrainian security official"),
    ("Dmitry Peskov", "the Kremlin spokesman"),
]
UNITS = ["the 47th Mechanised Brigade", "the 80th Air Assault Brigade", "marines of the 810th Brigade",
         "paratroopers of the 76th Division", "North Korean special forces", "the 22nd Motor Rifle Regiment"]  # fmt: skip

# Sentence templates; each has a few phrasings so that two stories rarely share a sentence verbatim.
SENTENCES: list[list[str]] = [
    ["{o1} said on {day} that forces had advanced {km} kilometres near {place}.",
     "Forces pushed {km} km forward around {place}, {o1} told reporters on {day}."],
    ["The fighting around {place} has intensified over the past {nd} days, according to military bloggers.",
     "Military bloggers described the battle for {place} as the fiercest in {nd} days."],
    ["{o2} claimed that {n1} enemy soldiers had been killed or wounded in the last 24 hours.",
     "According to {o2}, the other side lost {n1} servicemen over the previous day."],
    ["Residents of {place} were evacuated as artillery fire hit the outskirts of the town.",
     "Civilians fled {place} on foot while shells landed near the main road."],
    ["{unit} was reported to be holding positions east of {place}.",
     "Positions east of {place} were held by {unit}, a regional official said."],
    ["Satellite images reviewed by analysts showed burned vehicles along the road to {place}.",
     "Analysts studying satellite pictures counted burned-out vehicles on the {place} road."],
    ["The defence ministry in Moscow said its troops had retaken {ns} settlements in the area.",
     "Moscow's defence ministry reported that {ns} villages had been recaptured."],
    ["Kyiv did not immediately comment on the claim, which could not be independently verified.",
     "There was no immediate reaction from Kyiv, and the figures could not be checked."],
    ["{o1} said about {n2} troops were now deployed in the Kursk region.",
     "Some {n2} soldiers are deployed in the region, {o1} said."],
    ["A drone strike on {day} damaged a power substation supplying {place}.",
     "Power was cut in {place} after drones hit a substation on {day}."],
    ["The Institute for the Study of War said Russian forces were making marginal gains near {place}.",
     "Marginal Russian gains near {place} were noted by the Institute for the Study of War."],
    ["Ukraine says it controls about {km2} square kilometres of Russian territory.",
     "Kyiv claims to hold roughly {km2} square kilometres inside Russia."],
    ["{o2} told state television that the situation was under control.",
     "Speaking on state television, {o2} insisted the situation was under control."],
    ["Medics in {place} said they had treated {n3} wounded people since the weekend.",
     "Hospital staff reported {n3} wounded patients arriving in {place} since Saturday."],
    ["Both sides have used glide bombs and drones heavily in the fighting for the border district.",
     "Glide bombs and swarms of drones dominate the combat in the border district."],
    ["{unit} claimed to have captured {np} prisoners during a night assault.",
     "During a night assault, {unit} said, {np} soldiers were taken prisoner."],
    ["Western officials estimate that Russia has lost more than {n4} troops in the Kursk operation.",
     "Russian losses in the Kursk operation exceed {n4}, Western officials estimate."],
    ["The main supply route into {place} has been under fire control for several days.",
     "Supply lines into {place} have been within artillery range for days."],
    ["Refugees arriving in Kursk city described empty streets and shuttered shops.",
     "People who reached Kursk city spoke of deserted streets and closed shops."],
    ["{o1} said the operation aimed to create a buffer zone and stretch Russian reserves.",
     "The goal, {o1} said, was a buffer zone that would pull Russian reserves away."],
    ["Russian war correspondents reported heavy losses among conscripts near {place}.",
     "Conscripts suffered heavy losses around {place}, Russian war correspondents wrote."],
    ["The governor's office put the number of evacuated residents at {n5}.",
     "Some {n5} residents have been evacuated, the governor's office said."],
    ["A bridge over the Seim river near {place} was destroyed by a missile strike.",
     "Missiles knocked out a bridge across the Seim close to {place}."],
    ["Ukrainian engineers were seen laying mines along the approaches to {place}.",
     "Mines were being laid on the approaches to {place} by Ukrainian sappers."],
    ["{o2} accused Kyiv of shelling civilian areas of {place}.",
     "Kyiv was shelling residential districts of {place}, {o2} alleged."],
    ["Footage geolocated by open-source researchers showed armoured columns moving west of {place}.",
     "Open-source researchers geolocated video of armoured columns heading west of {place}."],
    ["Prices for fuel and bread in nearby towns have doubled since the incursion began.",
     "In towns nearby, fuel and bread now cost twice what they did before the incursion."],
    ["The general staff in Kyiv said {n6} Russian tanks had been destroyed this month.",
     "Kyiv's general staff counted {n6} Russian tanks destroyed so far this month."],
    ["Analysts said the weather was turning, which could slow mechanised attacks.",
     "Rain and mud were expected to slow armoured attacks, analysts noted."],
    ["Air raid sirens sounded repeatedly in {place} overnight.",
     "Overnight, sirens wailed again and again over {place}."],
    ["Moscow has sent reinforcements from the Zaporizhzhia front, according to Ukrainian intelligence.",
     "Ukrainian intelligence said reinforcements had arrived from the Zaporizhzhia front."],
    ["Local officials said schools in the district would remain closed until further notice.",
     "Schools across the district stay shut until further notice, local officials said."],
    ["{o1} praised {unit} for what he called a decisive counterattack.",
     "A decisive counterattack by {unit} was singled out for praise by {o1}."],
    ["Volunteers have set up field kitchens for soldiers and civilians outside {place}.",
     "Outside {place}, volunteers run field kitchens feeding troops and residents."],
    ["The Kremlin has avoided calling the fighting a war, describing it as a counter-terrorist operation.",
     "Officially the Kremlin still speaks of a counter-terrorist operation rather than a war."],
    ["Ammunition shortages were reported by soldiers on both sides of the line near {place}.",
     "Troops on both sides near {place} complained of running short of ammunition."],
    ["A convoy carrying humanitarian aid reached {place} on {day}, officials said.",
     "Officials said an aid convoy made it into {place} on {day}."],
    ["Electronic warfare systems have made drone operations near {place} more difficult.",
     "Jamming near {place} has made it harder to fly drones, operators said."],
    ["Russian bloggers criticised commanders for the slow response to the attack.",
     "Commanders were accused by Russian bloggers of responding too slowly."],
    ["Ukraine's foreign ministry said the operation complied with international law.",
     "The operation was lawful, Ukraine's foreign ministry said in a statement."],
]  # fmt: skip

BACKGROUND = (
    "Ukraine launched a surprise cross-border incursion into Russia's Kursk region on Aug. 6, 2024, "
    "the first foreign ground assault on Russian territory since World War Two. Moscow has since "
    "sought to push Ukrainian forces back with the help of thousands of North Korean troops."
)

OUTLET_PARAGRAPHS = [
    "Our correspondent in Kyiv contributed reporting. The story has been updated with comment from officials.",
    "This article is part of our continuing coverage of the war in Ukraine. Subscribe for daily briefings.",
    "Editor's note: figures from the warring parties cannot be verified independently by our newsroom.",
    "For more on the conflict, see our live page, which is updated throughout the day with the latest news.",
]

HEADLINES = [
    "Fierce fighting around {place} as both sides claim gains",
    "Battle for {place}: what we know on day {nd}",
    "{o1} says forces advance near {place}",
    "Kursk offensive: heavy losses reported near {place}",
    "Russia says it repelled attacks near {place}",
    "Evacuations as front line nears {place}",
]

OUTLETS = ["Reuters", "AP", "AFP", "TASS", "Kyiv Independent", "Meduza", "BBC", "Ukrinform", "Interfax"]

EDITS = {
    "said": "stated",
    "troops": "soldiers",
    "soldiers": "troops",
    "reported": "said",
    "about": "around",
    "heavy": "major",
    "near": "close to",
    "destroyed": "knocked out",
    "forces": "units",
    "officials": "authorities",
    "town": "settlement",
    "claimed": "asserted",
}

STORIES = 8
COPIES = 5
NEAR_MISSES = 2


@dataclass(frozen=True)
class GenDoc:
    id: str
    label: str  # the true group: the original's id (copies share it)
    date: str
    outlet: str
    text: str


def _facts(rng: random.Random, story: int) -> dict[str, object]:
    o1, o2 = rng.sample(OFFICIALS, 2)
    return {
        "place": PLACES[story % len(PLACES)],
        "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
        "o1": o1[0],
        "o2": o2[0],
        "unit": rng.choice(UNITS),
        "km": rng.randint(2, 15),
        "nd": rng.randint(3, 40),
        "n1": f"{rng.randint(2, 19) * 50:,}",
        "n2": f"{rng.randint(5, 15) * 1000:,}",
        "n3": rng.randint(12, 300),
        "ns": rng.randint(2, 12),
        "km2": f"{rng.randint(4, 13) * 100:,}",
        "np": rng.randint(5, 120),
        "n4": f"{rng.randint(20, 60) * 1000:,}",
        "n5": f"{rng.randint(10, 150) * 1000:,}",
        "n6": rng.randint(10, 90),
    }


def _story(rng: random.Random, facts: dict[str, object], n_sentences: int) -> list[str]:
    """Paragraphs of 2-3 sentences from a random sample of templates, one phrasing each, then the background."""
    picks = rng.sample(range(len(SENTENCES)), n_sentences)
    sentences = [rng.choice(SENTENCES[i]).format(**facts) for i in picks]
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        size = rng.choice([2, 3])
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
    paragraphs.insert(min(2, len(paragraphs)), BACKGROUND)
    return paragraphs


def _edit_words(rng: random.Random, text: str, rate: float) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if w.strip(".,").lower() in EDITS]
    rng.shuffle(spots)
    for i in spots[: max(1, int(len(words) * rate))]:
        bare = words[i].strip(".,")
        words[i] = words[i].replace(bare, EDITS[bare.lower()])
    return " ".join(words)


def _copy(rng: random.Random, headline: str, paragraphs: Sequence[str], facts: dict[str, object]) -> str:
    new_headline = rng.choice([h for h in HEADLINES if h.format(**facts) != headline]).format(**facts)
    body = list(paragraphs)
    if rng.random() < 0.5 and len(body) > 3:
        del body[rng.randrange(1, len(body))]  # a dropped paragraph
    else:
        body.insert(rng.randrange(1, len(body) + 1), rng.choice(OUTLET_PARAGRAPHS))  # an added one
    text = "\n\n".join(body)
    return new_headline + "\n\n" + _edit_words(rng, text, 0.03)


def make_corpus(
    seed: int = 14, *, stories: int = STORIES, copies: int = COPIES, near_misses: int = NEAR_MISSES
) -> list[GenDoc]:
    rng = random.Random(seed)
    docs: list[GenDoc] = []
    for s in range(stories):
        facts = _facts(rng, s)
        day = 10 + s
        date = f"2024-09-{day:02d}"
        n_sent = rng.randint(14, 20)
        headline = rng.choice(HEADLINES).format(**facts)
        paragraphs = _story(rng, facts, n_sent)
        origin = f"s{s}-orig"
        docs.append(
            GenDoc(origin, origin, date, rng.choice(OUTLETS), headline + "\n\n" + "\n\n".join(paragraphs))
        )
        for c in range(copies):
            copy_date = f"2024-09-{day + rng.choice([0, 0, 1]):02d}"
            docs.append(GenDoc(f"s{s}-copy{c}", origin, copy_date, rng.choice(OUTLETS), _copy(rng, headline, paragraphs, facts)))  # fmt: skip
        for n in range(near_misses):
            other = _story(rng, facts, rng.randint(14, 20))
            head = rng.choice(HEADLINES).format(**facts)
            label = f"s{s}-near{n}"
            docs.append(GenDoc(label, label, date, rng.choice(OUTLETS), head + "\n\n" + "\n\n".join(other)))
    return docs


def pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for g in groups:
        out.update(combinations(sorted(g), 2))
    return out


def pair_scores(predicted: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of `predicted` (doc id -> group) against `truth`."""

    def by_group(m: dict[str, str]) -> list[list[str]]:
        out: dict[str, list[str]] = {}
        for d, g in m.items():
            out.setdefault(g, []).append(d)
        return list(out.values())

    got, want = pairs(by_group(predicted)), pairs(by_group(truth))
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want) if want else 1.0
    return precision, recall
