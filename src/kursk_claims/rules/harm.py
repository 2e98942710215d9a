"""What a count of people suffered, read off the words around it: the dead whose bodies are
returned, civilians' deaths and injuries, the verb that kills or wounds its object, soldiers handed
over in an exchange or coming home on a swap page, the killed-or-wounded coordination, and troops sent
whatever befell some of them (for the metric rules, `metric`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import side_of_phrase
from kursk_claims.rules.context import _noun_index, metric_data
from kursk_claims.rules.tree import _has_cue

if TYPE_CHECKING:
    from spacy.tokens import Token


# what is left of the dead: "the bodies of 338 soldiers"
_REMAINS = frozenset({"body", "bodies", "remains", "remain", "corpse"})


def _civilian_modifier(noun: Token) -> bool:
    """A harm noun modified by 'civilian' ('civilian deaths') or followed by 'of civilians' ('312
    deaths of civilians', '150 bodies of civilians'), or joined to one that is ('11,973 civilian deaths
    and 25,943 injuries')."""
    for n in (noun, noun.head if noun.dep_ == "conj" else None):
        if n is None:
            continue
        if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() == "civilian" for c in n.children):
            return True
        if any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ == "pobj" and g.lemma_.lower() == "civilian" for g in c.children)
            for c in n.children
        ):
            return True
    return False


_EXCHANGE_WORDS = re.compile(r"(?i)captur|prisoner|exchange|swap|captivity|freed|released")


_HARM_VERBS = {"kill": "killed", "wound": "wounded", "injure": "wounded"}


def _harm_verb_object(noun: Token) -> str | None:
    """'killed' or 'wounded' when the count is the object of a verb that kills or wounds."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    shared = (verb.dep_ == "conj" and not any(c.dep_ == "dobj" for c in verb.head.children)) or any(
        c.dep_ == "conj" and c.lemma_.lower() in _HARM_VERBS and not any(g.dep_ == "dobj" for g in c.children)
        for c in verb.children
    )
    if shared:
        return None  # "killed or wounded 190 troops": one object for both verbs, a casualty count
    return _HARM_VERBS.get(verb.lemma_.lower())


def _civilian_object_beside(noun: Token) -> bool:
    """The harm verb is joined to one whose object counts civilians ('killing one woman and wounding
    two men')."""
    verb = noun.head
    peers = [verb.head] if verb.dep_ == "conj" else []
    peers += [c for c in verb.children if c.dep_ == "conj"]
    idx = _noun_index()
    return any(
        o.dep_ == "dobj" and idx.get(o.lemma_.lower()) == "civilians" for p in peers for o in p.children
    )


def _exchange_verb(noun: Token) -> bool:
    """The count is handed over, swapped or repatriated ('handed over 22 wounded soldiers')."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    return lemma in ("swap", "exchange", "repatriate") or (lemma == "hand" and over)


# "killed or wounded", "killed, injured, or captured", "both killed and wounded", a headline's
# "Killed, Wounded". A death word with a wound/capture/missing word is a casualty count.
_CASUALTY_WORD = r"(?:killed|dead|deaths?|wounded|injured|captured|missing)"
_CASUALTY_LIST = re.compile(
    rf"(?i)\b(?:both\s+)?{_CASUALTY_WORD}(?:\s*,\s*(?:and\s+|or\s+)?{_CASUALTY_WORD}"
    rf"|,?\s+(?:and/or|and|or)\s+{_CASUALTY_WORD})+\b"
)


_DEATH_WORDS = frozenset({"killed", "dead", "death", "deaths"})


def _killed_or_wounded(text: str) -> re.Match[str] | None:
    """The casualty coordination (rule metric.killed_or_wounded): a list that joins a death word
    with a wound, capture or missing word."""
    for m in _CASUALTY_LIST.finditer(text):
        words = {w.lower() for w in re.findall(_CASUALTY_WORD, m.group(0), re.I)}
        if words & _DEATH_WORDS and words - _DEATH_WORDS:
            return m
    return None


# the prisoners cues that say people were captives (data captivity_cues), and the words for people a
# civilian noun counts that such a cue makes prisoners ("returned 189 people from Russian captivity")
_PRISONER_CUES: list[str] = metric_data()["captivity_cues"]
_PRISONER_PEOPLE = frozenset({"woman", "women", "people", "person", "persons"})


_SENDING: frozenset[str] = frozenset(metric_data()["sending_verbs"])


def _sent(noun: Token) -> Token | None:
    """The verb of sending a count of troops is the object of ('has sent about 11,000 troops'), or the
    participle on it when they are not the subject of what befell them ('of 15,000 soldiers sent')."""
    if any(t.lower_ == "home" for t in noun.doc[noun.i + 1 : noun.i + 4]):
        return None  # "sent 103 Russian servicemen home": an exchange
    if any(c.dep_ == "amod" and c.lower_ in _BEFALLEN for c in noun.children):
        return None  # "sent 40 wounded soldiers to hospitals", "200 captured soldiers": what befell them
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SENDING:
        return noun.head
    counted = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    # "4,000 of the 11,000 troops sent": the part befell them, the whole were sent
    whole = counted is not noun and counted.like_num and any(c.dep_ == "nummod" for c in noun.children)
    verb = counted.head
    other = any(c.dep_ == "dobj" and any(g.like_num for g in c.subtree) for c in verb.children)
    if counted.dep_ in ("nsubj", "nsubjpass") and not whole and not other:
        # "100 soldiers deployed to Russia have been killed", "about 300 of the soldiers dispatched to
        # Russia have been killed": what befell them counts (not when it has a count of its own: "the
        # 11,000 troops sent to Kursk had suffered around 4,000 casualties")
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _BEFALLING:
        return None  # ("captured two North Korean soldiers sent to fight": the capture counts)
    return next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _SENDING), None)


# verbs that befall a count of people: their object is counted by them, not by its being sent
_BEFALLING = frozenset(
    {"capture", "take", "seize", "detain", "kill", "wound", "injure", "eliminate", "destroy"}
)
# what befell a count of people, written on its noun: it, not their being sent, says what is counted
_BEFALLEN = frozenset({"wounded", "injured", "captured", "killed", "dead", "missing", "surrendered"})


# people coming back (data exchange_return_cues), prisoners only on a page about a prisoner exchange
_RETURN_CUES: list[str] = metric_data()["exchange_return_cues"]
_SWAP_PAGE = re.compile(
    r"(?i)\b(?:swap(?:s|ped)?|prisoner exchange|exchange of prisoners|(?:exchanged|swapped) prisoners|prisoners of war|POWs?)\b"
)


def returned_in_exchange(cues: list[str], page: str | None, among: list[str] = _RETURN_CUES) -> str | None:
    """The cue by which people come back ('are home', 'got back') on a page about a prisoner exchange."""
    return _has_cue(cues, among) if page is not None and _SWAP_PAGE.search(page) else None


def freed_in_exchange(noun: Token, page: str | None) -> str | None:
    """The verb by which a count of people is freed on a page about a prisoner exchange ('390 people were
    released by each side', 'each freed 1,000 people'): the swap's prisoners; not people freed from
    somewhere else ('freed 240 people from occupation', 'released from hospital')."""
    verb = noun.head
    if page is None or not _SWAP_PAGE.search(page) or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    if verb.lemma_.lower() not in ("release", "free") or _from_elsewhere(verb):
        return None
    return verb.text


# the participles that describe those an exchange freed ("those released include ...", "Among those returned were ...")
_FREED = frozenset({"release", "free", "return", "exchange", "swap", "repatriate"})


def exchange_return(noun: Token, cues: list[str], page: str | None) -> str | None:
    """How a count of soldiers comes back in an exchange, on a page about one: a cue by which people come
    back ('are home', 'got back') or the participle of those it freed (`freed_participle`), else None."""
    if page is None or not _SWAP_PAGE.search(page):
        return None
    return _has_cue(cues, _RETURN_CUES) or freed_participle(noun)


def befell(verb: Token) -> bool:
    """A passive verb joined to the clause with no subject of its own: what befell the shared subject
    ('2,000 soldiers deployed to help Russia ... are believed to have been killed'; not what may yet, 'had
    been taken prisoner and could be swapped')."""
    kids = {c.dep_ for c in verb.children}
    modal = any(c.tag_ == "MD" for c in verb.children)
    return "auxpass" in kids and not {"nsubj", "nsubjpass"} & kids and not modal


def exchanged(
    num: Token, noun: Token, metric: str, word: str, cues: list[str], page: str | None
) -> str | None:
    """Why a count of people is of prisoners in an exchange, else None: soldiers coming back on a page about
    the swap ('303 Ukrainian defenders are home'), people freed or home in one ('390 people were released
    by each side', '175 of our people are home'), soldiers handed over or swapped ('Russia handed over 22
    seriously wounded Ukrainian soldiers'), and the wounded listed with them ('Ukraine released 246
    Russian servicemen and 15 wounded')."""
    md = metric_data()
    soldiers = metric in md["person_metrics"] and metric != "civilians"
    back = exchange_return(noun, cues, page) if metric in md["person_metrics"] else None
    if back is not None and back.startswith(("bring", "brought")) and _from_elsewhere(noun.head):
        back = None  # ("brought back 30 soldiers from positions near Sudzha": not from captivity)
    if back is None and metric == "civilians" and word in _PRISONER_PEOPLE:
        back = freed_in_exchange(noun, page) or returned_in_exchange(cues, page, md["people_home_cues"])
    if back is not None:
        return f"'{noun.text} {back}' in an exchange"
    if soldiers and _exchange_verb(noun):
        return f"'{noun.head.text}'"
    # (the parser may join the number, not the participle, to the soldiers: "246 servicemen and 15 wounded")
    first = num.head if num.dep_ == "conj" else noun.head
    if metric == "wounded" and "conj" in (noun.dep_, num.dep_) and noun.lower_ in ("wounded", "injured"):
        hit = _noun_index().get(first.lemma_.lower()) or _noun_index().get(first.lower_)
        if hit in md["person_metrics"] and hit != "civilians" and first.dep_ in ("dobj", "nsubjpass"):
            if _exchange_verb(first) or exchange_return(first, cues, page) or freed_in_exchange(first, page):
                return f"'{first.text} and {noun.text}' in an exchange"
    return None


def _from_elsewhere(verb: Token) -> bool:
    """The verb frees or brings people back from somewhere other than captivity ('from positions near
    Sudzha', 'from occupation', 'from hospital')."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and not any(g.lemma_.lower() == "captivity" for g in c.children)
        for c in verb.children
    )


def freed_participle(noun: Token) -> str | None:
    """The participle of those freed that a count is said to be among ('those released include 66
    servicemen', 'Among those returned were 82 privates'), else None."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # ("..., 49 National Guard servicemen and two civilians": the list's first)
    verb = noun.head
    if not (
        (noun.dep_ == "dobj" and verb.lemma_.lower() == "include")
        or (noun.dep_ in ("nsubj", "attr") and verb.lemma_.lower() == "be")
    ):
        return None
    those = [c for c in verb.children if c.dep_ == "nsubj" and c is not noun]
    those += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children]
    freed = (a for t in those if t.lower_ in ("those", "them") for a in t.children if a.dep_ == "acl")
    return next((a.text for a in freed if a.lemma_.lower() in _FREED), None)


# ground, a share of it or contact lost is no count of losses ("have lost roughly 40 percent of the territory")
_GROUND_LOST = (
    r"(?:\s+[\w,]+){0,4}?\s+(?:percent|per\s+cent|%|territory|ground|land|square|sq|km|kilomet(?:re|er)s?|villages?|"
    r"settlements?|contact|control|positions?|momentum|initiative)\b"
)
# "Russian losses", "Ukraine's casualties", "the Ukrainian Armed Forces have lost", "the Armed Forces of
# Ukraine in the Kursk direction lost": whose losses a sentence counts
_SIDE_LOSSES = re.compile(
    r"\b(Russian|Russia['’]s|Ukrainian|Ukraine['’]s)\s+(?:\w+\s+)?(?:losses|casualties)\b"
    r"|\b(Russia|Ukraine|Russian|Ukrainian|Moscow|Kyiv|AFU|ZSU)(?:['’]s)?\s+(?:(?:(?i:armed\s+forces)|forces|"
    r"troops|army|military|units)\s+)?(?:has\s+|have\s+|had\s+)?lost\b(?!" + _GROUND_LOST + ")"
    r"|\b(?i:armed\s+forces|army|troops)\s+of\s+(Russia|Ukraine)\b(?:\s+[\w-]+){0,5}?\s+(?:has\s+|have\s+|had\s+)?"
    r"lost\b(?!" + _GROUND_LOST + ")"
)


def losses_counted(text: str) -> str | None:
    """The side whose losses a sentence counts (`_SIDE_LOSSES`), else None (also when it counts both
    sides': "dismissed Moscow's claim that the AFU had lost 38,000, saying Russia had lost 22,000")."""
    sides = {side_of_phrase(m.group(1) or m.group(2) or m.group(3)) for m in _SIDE_LOSSES.finditer(text)}
    return sides.pop() if len(sides) == 1 else None
