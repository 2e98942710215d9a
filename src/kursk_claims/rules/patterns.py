"""Attributions read off the words, where the parse garbles them: "..., X said on Feb. 6." at the
end of a sentence, "X claims that ..." at its start (also across an aside), "... what X had told
him: <figures>" before a colon, and the attribution slot with a verb misspelt by one letter."""

from __future__ import annotations

import re

from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.phrases import ANAPHOR_HEADS, GIVEN_FIGURES, SOURCE_NOUNS
from kursk_claims.text import dates
from kursk_claims.text.reporting import REPORT_FORMS_OR_BASE_RX

_SAY = r"(?P<verb>" + REPORT_FORMS_OR_BASE_RX + r")"


# "..., Commander-in-Chief Oleksandr Syrskyi said on Feb. 6.", "..., its head Volodymyr Artiukh announced."
_TAIL_ATTRIBUTION = re.compile(
    r",\s+(?P<who>(?:(?:its|their|his|her|the)\s+(?:[a-z-]+\s+){0,3})?[A-Z][^,;\"“”]{1,90}?)"
    # "..., the head of the Sumy regional military administration, Volodymyr Artiukh, wrote ..."
    r"(?:,\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),)?\s+"
    + _SAY
    + r"\b[^,;\"“”]{0,60}[.!?]?[\"”’]?\s*$"
)


# "..., the ministry adde.": the attribution slot at the end of a sentence with a misspelt verb
_TAIL_MISSPELT = re.compile(
    r",\s+(?P<who>(?:the\s+)?[A-Za-z][^,;\"“”]{1,60}?)\s+(?P<verb>[a-z]{4,9})\s*[.!?]?[\"”’]?\s*$"
)
_SAY_SPELLINGS = ("said", "added", "stated", "noted", "claimed", "reported", "wrote", "told", "says", "adds")
# real words one letter away from a reporting verb: never read as a misspelling
_NOT_MISSPELT = frozenset(
    {
        "adda",
        "adder",
        "ados",
        "ads",
        "aided",
        "aids",
        "bays",
        "bold",
        "clammed",
        "cold",
        "dated",
        "days",
        "doted",
        "fold",
        "gold",
        "hold",
        "laid",
        "lays",
        "mold",
        "nosed",
        "notes",
        "odds",
        "paid",
        "pays",
        "raid",
        "rated",
        "rays",
        "repeated",
        "sags",
        "sail",
        "sand",
        "sated",
        "skated",
        "slated",
        "slid",
        "sold",
        "states",
        "tole",
        "toll",
        "tolls",
        "tore",
        "toted",
        "voted",
        "ways",
        "write",
        "wrote",
    }
)


def _misspelt_say(word: str) -> bool:
    """Whether a word is a reporting verb with one letter dropped, added, changed or swapped."""
    if len(word) < 4 or word in _NOT_MISSPELT or word in _SAY_SPELLINGS:
        return False
    return any(_one_edit(word, v) for v in _SAY_SPELLINGS)


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# "... relayed what Belousov had told him off camera: more than 58,000 ...": the one who said what the
# colon introduces (the nearest speaker before it)
_COLON_ATTRIBUTION = re.compile(
    r"(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+(?:had\s+|has\s+)?" + _SAY + r"\b[^:;\"“”]{0,60}:\s"
)


# "In January the NIS gave a lower figure: some 300 dead and 2,700 injured": a figure given, listed (also
# in answer to another's, with an aside before the verb: "Kyiv's General Staff countered with its own
# arithmetic: ...", "South Korea's National Intelligence Service, briefing lawmakers in Seoul last Monday,
# offered a more conservative picture: ...")
_COLON_FIGURE = re.compile(
    r"(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,5})(?:,[^,:;\"“”]{1,80},)?\s+(?:had\s+|has\s+)?"
    r"(?P<verb>gave|put|published|released|offered|(?:countered|responded|replied|answered)\s+with)\s+"
    r"[^:;\"“”]{0,40}?"
    r"\b(?:" + "|".join(sorted(GIVEN_FIGURES)) + r")s?\b[^:;\"“”]{0,30}:\s"
)


# "Ukraine's General Staff rejected the claim ... and published its own tally the same day: ...": the
# sentence's subject, giving the figure in a second verb
_COLON_FIGURE_AND = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+[^:;\"“”]{3,100}?\band\s+"
    r"(?P<verb>gave|put|published|released|offered)\s+[^:;\"“”]{0,40}?"
    r"\b(?:" + "|".join(sorted(GIVEN_FIGURES)) + r")s?\b[^:;\"“”]{0,30}:\s"
)


# "Russia's Defense Ministry claims that ...", also after a label ("Q: Russia's Defence Ministry now says");
# not a speaker's label and their own words ("Skibitskyi: Our estimate is ...")
# ... also across an apposition or aside: "Russian milbloggers, cited in the same update, claimed that ...",
# and after a fronted time or linking word: "Today, analysts at the ISW estimate that ..."
_HEAD_ATTRIBUTION = re.compile(
    r"^(?P<fronted>(?:Today|Now|Yesterday|Meanwhile|Separately|However|Earlier|Later|On|In|Last|This|By)\b"
    r"[^,;\"“”:]{0,25},\s+)?"
    r"(?!(?:I|He|She|They|It|You|i|he|she|they|it|you|we|our|my|his|her|their|its|the\s+(?:figure|number|estimate)s?)\b)(?P<who>(?:[A-Z]|(?<=, )[a-z])[^,;\"“”:]{0,20}(?::\s+(?!(?:Our|We|My|I|He|She|They|It)\b))?[^,;\"“”:]{1,60}?)"
    r"(?:,[^,;\"“”]{1,100},)?\s+" + _SAY + r"\s+(?!up\b)(?:that\s+)?"
)  # (not a sum: "The ministry's bulletins add up to 41,000")


def attribution_pattern(r: Resolver, t: Target) -> Attribution | None:
    """When the parse garbles a plain attribution, read it off the words: '..., X said on Feb. 6.'
    at the end of the sentence, or 'X says/claims that ...' at its start."""
    if t.sdoc is None:
        return None
    sdoc, s, num = t.sdoc, t.s, t.num
    text = sdoc.text
    patterns = (
        (_TAIL_ATTRIBUTION, True),
        (_HEAD_ATTRIBUTION, False),
        (_TAIL_MISSPELT, True),
        (_COLON_ATTRIBUTION, False),
        (_COLON_FIGURE, False),
        (_COLON_FIGURE_AND, False),
    )
    for rx, after_number in patterns:
        colon = rx in (_COLON_ATTRIBUTION, _COLON_FIGURE, _COLON_FIGURE_AND)
        m = _last_before(rx, text, num.idx) if colon else rx.search(text)
        if not m or (rx is _TAIL_MISSPELT and not _misspelt_say(m.group("verb"))):
            continue
        if after_number and m.start("who") < num.idx:
            continue
        if not after_number and m.end() > num.idx:
            continue
        if re.search(r"(?i)\b(?:not|never)\s+\w+\s*$|n['’]t\s+\w+\s*$", text[m.start("who") : m.end()]):
            continue  # "Ukraine's General Staff has not published a tally; we had logged 17 ...": no report
        if _NO_NAME.search(m.group("who")):
            # "In the Sudzha district we have confirmed ...", "On the Russian side my count is ...": the
            # first person speaking is no one's name
            continue
        if re.search(r"['’]s?$", m.group("who")):
            continue  # "Putin's claims that ...": a noun, its possessor's claim (read off the tree)
        if re.search(r"(?i)\b(?:an|a|the|its|their|is|are|was|were|be|been|being)$", m.group("who")):
            # "Kyiv still holds an estimated 600 ...": an adjective; "North Korea is believed to have
            # sent ...": a passive, whose subject says nothing
            continue
        who = "name" if "name" in rx.groupindex and m.group("name") else "who"
        span = sdoc.char_span(m.start(who), m.end(who), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        if root.pos_ in ("VERB", "AUX", "ADJ") and any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" for c in root.children
        ):
            continue  # "We were able to confirm ...": a clause, not a speaker's name
        got = r.resolve_subject(root, s.idx, s.idx)
        if got is not None and got.kind in ("person", "body", "group", "media", "other"):
            if got.kind == "other" and not (got.side or root.lemma_.lower() in ANAPHOR_HEADS | SOURCE_NOUNS):
                continue
            return Attribution.of(
                got,
                Decision(
                    "claimant.attribution_pattern",
                    f"'{m.group(who)} {m.group('verb')}' (attribution pattern)",
                ),
                None,
                text[: m.end()]
                if rx is _COLON_FIGURE
                # "In January the NIS gave", "Last August, Syrsky boasted of ...": the time set before
                else (_fronted(m, num.idx) if rx is _HEAD_ATTRIBUTION else "") + text[m.start("verb") :],
            )
    return None


def _fronted(m: re.Match[str], at: int) -> str:
    """The time set before a head attribution ("Last August, Syrsky boasted of ..."), when no other time
    stands between its verb and the figure ("In August, the tally stood at 5,000; by January, it had
    surpassed 49,000")."""
    if not m.group("fronted"):
        return ""
    return "" if dates.TIME_PHRASE.search(m.string[m.start("verb") : at]) else m.group("fronted")


def _last_before(rx: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The last match of `rx` that ends before `end`."""
    found = None
    for m in rx.finditer(text):
        if m.end() > end:
            break
        found = m
    return found


# words before a reporting verb that end in the first person, or open with it, name no source: the one
# speaking, whom later rules find ("In the Sudzha district we have confirmed", "On the Russian side my
# count is"; not "Officials we spoke to said", whose head is a source)
_NO_NAME = re.compile(
    r"(?:^|\s)(?:[Ww]e|I)(?:\s+(?:have|had|has|can|could|were|are))?\s*$|\b(?:[Mm]y|[Oo]ur)(?:\s+\w+)?\s*$"
    r"|^(?:We|I|My|Our)\b"
)
