"""The story the tool reads (data/story.json): its period, which dates pages that give no year, and its
words, which count time from its opening event ('five months after Ukraine's incursion')."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from kursk_claims.text.dates import COUNT_WORDS


@cache
def _story() -> dict[str, Any]:
    """data/story.json: the story the tool reads (its period and what starts it), read once."""
    import json
    from importlib import resources

    raw: dict[str, Any] = json.loads(
        resources.files("kursk_claims").joinpath("data/story.json").read_text(encoding="utf-8")
    )
    return raw


@cache
def story_period() -> tuple[date, date]:
    """The period of the story the tool reads (data/story.json): dates pages that give no year."""
    raw = _story()
    return date.fromisoformat(raw["start"]), date.fromisoformat(raw["end"])


# the counts of time the story's words may give ('five', 'half a')
COUNTS: dict[str, float] = {"half a": 0.5, "half an": 0.5, **COUNT_WORDS}


@cache
def _story_words() -> tuple[str, str, str, str, str, str]:
    """The story's words as regex alternations (data/story.json): its opening event's nouns, verbs, actors
    and places, what the time since it is called, and the counts ('five', 'half a', 12)."""
    story = _story()
    words = [
        "|".join(re.escape(w) for w in story[key])
        for key in ("start_nouns", "start_verbs", "start_actors", "period_nouns", "start_places")
    ]
    count = "|".join(w.replace(" ", r"\s+") for w in COUNTS) + r"|\d{1,2}"
    return words[0], words[1], words[2], words[3], words[4], count


@cache
def elapsed() -> re.Pattern[str]:
    """'Five months after Ukraine's incursion', 'three months into the offensive': time counted from
    the story's opening event (data/story.json: start_nouns)."""
    nouns, verbs, actors, period, _places, count = _story_words()  # (period: not "five days of fighting")
    return re.compile(
        r"(?i)\b(nearly\s+|almost\s+)?("
        + count
        + r")\s+(days?|weeks?|months?|years?)\s+(?:(?:after|into|since)\s+"
        r"(?:(?:(?:Ukraine|Kyiv)['’]s|the)\s+(?:[\w-]+\s+){0,3}?(?:" + nouns + r")\b"
        # "Ukrainian troops first crossed the border": the story's actors opening it
        r"|(?:" + actors + r")(?:['’]s)?\s+(?:[\w'’-]+\s+){0,3}?(?:" + verbs + r")\b)"
        # "the seven months of Ukrainian control", "Nine months on, here is what we know"
        r"|of\s+(?:(?:" + actors + r")\s+)?(?:" + period + r")\b|on,)"
        # the day right after the event ("... on August 6", "... in Sept. 2024"), not a later clause's
        r"(?P<rest>[^!?\n,;]{0,40})"
    )


@cache
def elapsed_other() -> re.Pattern[str]:
    """The same count written otherwise: fronted ('Two months in,'), after the event ('Ukrainian troops
    entered the region five months ago', 'the incursion began two months ago': the story's own event,
    its actors' forces crossing into the place, not a later village or another side's operation), or as its
    length ('Ukraine's seven-month occupation', 'the seven-month incursion')."""
    nouns, verbs, actors, period, places, count = _story_words()
    # (the story's own event: "Ukraine's", "the", "their surprise incursion"; lowercase words only between)
    own = r"(?:(?:" + actors + r")['’]s|the|their|its)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
    return re.compile(
        r"(?:(?:^|(?<=\n))(?:[A-Z][\w.]{0,12}:\s+)?(nearly\s+|almost\s+)?("
        + count
        + r")\s+(days?|weeks?|months?|years?)\s+in,"
        r"|\b(?:"
        + own
        + r"(?:"
        + nouns
        + r")|(?-i:(?:"
        + actors
        + r"))(?:['’]s)?\s+(?:(?-i:[a-z]+)\s+){0,2}(?:"
        + verbs
        + r")"
        r"\s+(?:(?-i:[a-z]+)\s+)?(?:the\s+)?(?:" + places + r"))\b"
        r"[^.;!?\n]{0,50}?\b(nearly\s+|almost\s+)?(" + count + r")\s+(days?|weeks?|months?|years?)\s+ago\b"
        r"|\b(?:(?:" + actors + r")['’]s|the)\s+(nearly\s+|almost\s+)?(" + count + r")-(day|week|month|year)"
        r"(?:-long|-old)?\s+(?:(?:" + actors + r")\s+)?(?:" + nouns + "|" + period + r")\b"
        # "Seven months ago, Ukrainian troops invaded Russia": the count set before the event
        r"|(?:^|(?<=\n)|(?<=[.!?]\s))(nearly\s+|almost\s+)?("
        + count
        + r")\s+(days?|weeks?|months?|years?)\s+ago,"
        r"\s+(?-i:(?:" + actors + r"))(?:['’]s)?\s+(?:(?-i:[a-z]+)\s+){0,2}(?:" + verbs + r")\b)"
        r"(?P<rest>)",
        re.I,
    )
