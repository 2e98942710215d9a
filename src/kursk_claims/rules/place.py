"""The location rules: the region or country a figure is about."""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_claims.domain.registry import side_of_phrase
from kursk_claims.rules.context import DocContext, _place_regex, place_data
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.phrases import METONYMS
from kursk_claims.text.segment import Sentence

# "Russian territory", "100 Russian settlements": the country a demonym puts the figure in
_DEMONYM_PLACE = re.compile(
    r"(?i)\b(Russian|Ukrainian)\s+(?:territory|territories|land|soil|settlements|villages|towns|border\s+regions?)\b"
)


def location_for(ctx: DocContext, s: Sentence, q_start: int) -> tuple[str | None, Decision]:
    """The place a figure is about: a region named in its sentence, else one named just before,
    else a country the sentence puts it in ('territory in Ukraine'), else the document's main region."""
    rx, names = _place_regex()
    countries = set(place_data()["countries"])

    def hits_in(text: str) -> list[tuple[int, str, str]]:
        return [(m.start(), names[m.group(0)], text[m.end() : m.end() + 2]) for m in rx.finditer(text)]

    def nearest(pool: list[tuple[int, str, str]], anchor: int) -> str:
        after = [h for h in pool if h[0] >= anchor]
        if after and after[0][0] - anchor < 80:
            return after[0][1]
        # a place the figure is put in ("into Kursk Oblast") beats one that only describes ("Ukraine's Sumy Oblast")
        locative = [
            h
            for h in pool
            if re.search(
                r"(?:\bin|\binto|\bof|\bnear|\bacross)\s+(?:the\s+|Russia's\s+|Russia’s\s+)?$", s.text[: h[0]]
            )
        ]
        return min(locative or pool, key=lambda h: abs(h[0] - anchor))[1]

    anchor = q_start - s.start
    here = hits_in(s.text)
    of_place = re.match(r"[^.;]{0,40}?\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}?", s.text[anchor:])
    if of_place:
        direct = [h for h in here if h[0] == anchor + of_place.end()]
        if direct and direct[0][2][:2] not in ("'s", "’s"):
            return direct[0][1], Decision("place.of_place", "'... of <place>' right after the figure")
    regions = [h for h in here if h[1] not in countries]
    if regions:
        return nearest(regions, anchor), Decision("place.in_sentence", "named in the sentence")
    locative = [
        h for h in here
        if h[1] in countries and h[2][:2] not in ("'s", "’s") and re.search(r"(?:\bin|\binto|\binside|\bacross)\s+$", s.text[: h[0]])
    ]  # fmt: skip
    if locative:
        return nearest(locative, anchor), Decision("place.country", "the country the sentence names")
    demonym = _DEMONYM_PLACE.search(s.text)
    if demonym:
        country = "russia" if demonym.group(1).lower().startswith("russia") else "ukraine"
        top = _main_place(ctx.document.text)
        if top and place_data().get("sides", {}).get(top) == country:
            return top, Decision(
                "place.demonym_main_region", f"'{demonym.group(0)}' in the document's main region"
            )
        return country.capitalize(), Decision("place.demonym", f"'{demonym.group(0)}'")
    for j in range(s.idx - 1, max(-1, s.idx - 3), -1):
        sj = ctx.sentences[j]
        if sj.furniture or sj.line != s.line:
            continue  # neighbours in the same paragraph only
        prev_regions = [h for h in hits_in(sj.text) if h[1] not in countries]
        if prev_regions:
            return prev_regions[-1][1], Decision("place.earlier_sentence", f"named in sentence {j + 1}")
    top = _main_place(ctx.document.text)
    return (
        (top, Decision("place.main_place", "the document's main place"))
        if top
        else (None, Decision("place.unknown", "unknown"))
    )


@lru_cache(maxsize=8)
def _main_place(text: str) -> str | None:
    """The region a document is mostly about (once per document: the lede's region weighs more)."""
    rx, names = _place_regex()
    countries = set(place_data()["countries"])
    counts: dict[str, int] = {}
    for m in rx.finditer(text):
        n = names[m.group(0)]
        if n not in countries:
            counts[n] = counts.get(n, 0) + (3 if not counts else 1)
    return max(counts.items(), key=lambda kv: kv[1])[0] if counts else None


def _in_russia(location: str | None) -> bool:
    return location in ("Kursk region", "Belgorod region", "Bryansk region", "Russia")


# a sentence fronted by the country or capital it is set in: "In Kyiv, the military said", "In Russia, ..."
_FRONTED = re.compile(r"^(?:In|From)\s+([A-Z][\w'’-]+),")


def fronted_side(sentence: str) -> str | None:
    """The side of the country or capital a sentence opens with ("In Kyiv," -> ukraine), else None."""
    fronted = _FRONTED.match(sentence)
    if fronted is None:
        return None
    place = fronted.group(1)
    seat = METONYMS.get(place.lower()) or (place if place in ("Russia", "Ukraine") else None)
    return side_of_phrase(seat) if seat else None
