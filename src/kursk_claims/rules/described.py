"""What the article says of a speaker it names without the registry: the side their description
gives ('Vadym Mysnyk, a spokesman for the Siversk operational and tactical group'), the call signs
it introduces, and institutions it writes without their country ('the General Staff')."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup, lookup_tail, resolve_role, side_of_phrase
from kursk_claims.rules.context import (
    COMMANDANT,
    DocContext,
    _norm,
    ent_type_of,
    ents_of,
    governed_place_side,
    opposite,
    place_data,
    place_side,
)
from kursk_claims.rules.outlet import outlet_country
from kursk_claims.rules.phrases import (
    CALL_SIGN,
    CAPITALISED_RUN,
    INSTITUTION_HEADS,
    PERSON_TITLES,
    RANKS,
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
    TITLE_WORDS,
    Found,
    _below_command,
    _canon_entity,
)
from kursk_claims.rules.place import _main_place
from kursk_claims.rules.tree import (
    RANK_ABBREVIATIONS,
    _phrase,
    _subject_of,
    _subtree_text,
    title_words,
    words_before_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kursk_claims.rules.earlier import EarlierMentions


# capitalised words before a surname that are no first name: "The", "Unlike", "Later", "Mr", titles
_NOT_FIRST_NAMES = (
    frozenset(
        "the a an at in on of for by to and but as when while after before since unlike like later then "
        "meanwhile only even also so now yet still both neither either instead here there mr ms mrs dr "
        "said says asked told".split()
    )
    | TITLE_WORDS
)
# a patronymic between a first name and a surname: "Oleh Ivanovych Kovtun", "Pavel Sergeyevich Orlov"
_PATRONYMIC = re.compile(r"(?i)^[a-z'’-]+(?:ovych|evych|yovych|ovich|evich|yevich|ivna|ovna|evna|yivna)$")


def full_name(ctx: DocContext, surname: str, sent_idx: int) -> str | None:
    """The name in full that a surname written alone refers back to: the first name right before
    the same surname where the article named the person ('trauma surgeon Oleh Kovtun' ... 'Kovtun
    said' -> Oleh Kovtun; a patronymic between them is left out), in this sentence or before it;
    None when no earlier mention gives one, or when two give different first names ('Maria
    Petrenko and her husband Ivan Petrenko')."""
    at = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:([A-Z][\w'’-]+)\s+)?" + re.escape(surname) + r"\b(?![\w'’-])")
    found: set[str] = set()
    for sj in ctx.sentences[: sent_idx + 1]:
        for m in at.finditer(sj.text):
            first, middle = m.group(1), m.group(2)
            if middle is not None and not _PATRONYMIC.match(middle):
                first = middle  # "Trauma Surgeon Oleh Kovtun" in a title: the word right before
            if first.lower().rstrip(".") in _NOT_FIRST_NAMES or first.isupper():
                continue
            if _PATRONYMIC.match(first) or lookup(first) is not None or place_side(first) is not None:
                continue  # "Kursk Kovtun", "Moscow's ..."
            found.add(first)
    return f"{found.pop()} {surname}" if len(found) == 1 else None


def is_institution(name: str) -> bool:
    """A name of two words or more ending in an institution's head ('General Staff', 'Defense Ministry')."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in INSTITUTION_HEADS


def institution_before(ctx: DocContext, sent_idx: int, subj: Token) -> tuple[int, str] | None:
    """(sentence, name) of the last institution named without its country ('the General Staff
    published figures') in this paragraph before `subj`."""
    here = ctx.sentences[sent_idx]
    for j in range(sent_idx, max(-1, sent_idx - 4), -1):
        s = ctx.sentences[j]
        if s.line != here.line:
            break
        text = s.text[: subj.idx] if j == sent_idx else s.text
        runs = [r for r in CAPITALISED_RUN.findall(text) if is_institution(r)]
        if runs:
            return j, runs[-1]
    return None


def described_side(ctx: DocContext, name: str, sent_idx: int, around: int) -> str | None:
    """The side a person the registry does not know was described with where the article named
    them ("Vadym Mysnyk, a spokesman for the Siversk operational and tactical group")."""
    surname = name.split()[-1].lower()
    for called, side in call_signs(ctx, sent_idx):
        if called.lower() == surname and side is not None:
            return side
    for j in ctx.window(around):
        if j > sent_idx:
            break
        sdoc = ctx.sent_doc(j, around)
        if sdoc is None:
            continue
        for e in ents_of(sdoc):
            if e.label_ == "PERSON" and e.text.split()[-1].lower() == surname:
                # "Nikolai Grebenkin, head of the Olgovka village council in the Korenevo district"
                words = _norm(_subtree_text(e.root))
                side = side_of_phrase(words) or governed_place_side(words) or _army_office_side(ctx, words)
                if side is None:
                    side = _possessor_side(ctx, j, sdoc, e.start)
                if side is None and e.root.dep_ == "appos" and ent_type_of(e.root.head) != "PERSON":
                    # "a senior officer of Lithuania's Second Investigation Department, Colonel
                    # Rimvydas Zemaitis": the description the name stands in apposition to
                    head = e.root.head
                    desc = [t for t in head.subtree if t.i < e.start or t.i >= e.end]
                    side = side_of_phrase(_norm(" ".join(t.text for t in desc)))
                if side is not None:
                    return side
    # the words alone, where the recogniser missed the name (a call sign, a first name): "Bison, a
    # Ukrainian company commander, ...", "a Ukrainian medic, Lastivka, ..."
    last = re.escape(name.split()[-1])
    described = re.compile(
        r"\b"
        + last
        + r",\s+(?:a|an|the)\s+([^,.;:!?]{3,80})|\b(?:[Aa]|[Aa]n|[Tt]he)\s+([^,.;:!?]{3,80}),\s+"
        + r"(?:[A-Z][\w'’-]*\s+){0,2}"  # the name's first words: "The head of ..., Oleh Hryhorov"
        + last
        + r"\b|\b(?:a|an|the)\s+([^,.;:!?]{3,60}?)\s+(?:[A-Z][\w'’-]*\s+)*"
        + last
        # "The independent demographer Pavel Orlov": a capital article only before a short run of
        # lowercase modifiers (not "A Ukrainian drone hit the car of Ivan Petrovsky")
        + r"\b|\b(?:A|An|The)\s+((?:[a-z-]+\s+){1,4})(?:[A-Z][\w'’-]*\s+)*"
        + last
        + r"\b"
    )  # "Bison, a Ukrainian company commander", "The independent demographer Pavel Orlov"
    # "The Telegram channel "Severny Veter," which ... is close to the Russian units": what follows it
    relative = re.compile(r"\b" + last + r"[\"”’]?,[\"”’]?\s+(?:which|who)\s+([^.;:!?]{3,160})")
    for sj in ctx.sentences[: sent_idx + 1]:
        for m in [*described.finditer(sj.text), *relative.finditer(sj.text)]:
            words = _norm(next(g for g in m.groups() if g))
            side = side_of_phrase(words) or governed_place_side(words) or _army_office_side(ctx, words)
            if side is not None:
                return side
    return None


def _possessor_side(ctx: DocContext, j: int, sdoc: Doc, start: int) -> str | None:
    """'Ukraine's General Staff did not accept that estimate. In mid-October, its spokesperson Dmytro
    Lykhovii said ...': a title owned by 'its' or 'their' right before the name is of the body named
    just before; its side is the last side word before the pronoun, in this paragraph and at most the
    sentence before."""
    pron = next((t for t in sdoc[max(0, start - 4) : start] if t.lower_ in ("its", "their")), None)
    if pron is None:
        return None
    here = ctx.sentences[j]
    texts = [sdoc.text[: pron.idx]]
    if j > 0 and ctx.sentences[j - 1].line == here.line:
        texts.insert(0, ctx.sentences[j - 1].text)
    # the owner named with a possessive ("Ukraine's newly created commandant's office"), not a side
    # word on what it counts ("Russian forces had lost 1,200 men")
    words = re.findall(r"[A-Z][\w.-]*['’]s\b", " ".join(texts))
    for w in reversed(words):
        side = side_of_phrase(_norm(w))
        if side is not None:
            return side
    return None


def call_signs(ctx: DocContext, upto: int) -> list[tuple[str, str | None]]:
    """People the article knows by a call sign ("a Ukrainian drone operator who gave his call sign
    as Hrim"), with the side their description gives, up to sentence `upto`."""
    out = []
    for s in ctx.sentences[: upto + 1]:
        for m in CALL_SIGN.finditer(s.text):
            out.append((m.group(1), side_of_phrase(s.text[: m.start()])))
    return out


DESCRIBED_REACH = 20  # how many sentences back 'the historian' may find where the historian was named

# A person's name as written: two or three capitalised words ("Marianne Leclerc", "Hemi Walker").
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
# ranks and honorifics between a title and the name: "spokesman Lieutenant General Igor Konashenkov"
_RANK_ALT = "|".join(w.capitalize() for w in sorted(RANKS, key=len, reverse=True))
_RANKS_BEFORE = r"(?:(?:Dr|Sir|" + _RANK_ALT + r")\.?\s+)*"
# (after a rank: no further rank, as a compound rank's head is its last word)
_NO_RANK = r"(?!(?:" + _RANK_ALT + r")\b)(?:(?:Dr|Sir)\.?\s+)?"
_NOT_NAMES = re.compile(r"(?i)^(?:the|a|an|this|that|in|on|at|by|for|from|with|after|before)\b")


def described_as(
    ctx: DocContext, noun: str, sent_idx: int, before: int, around: int | None = None
) -> str | None:
    """The person an article described with `noun` before calling them 'the <noun>' ('Marianne
    Leclerc, a military historian at ...' ... 'the historian said'; 'Colonel Margus Tamm' ... 'the
    colonel said'; 'A spokesman for the headquarters, Petro Yatsenko, ...' ... 'the spokesman said'):
    the latest such name before character `before` of sentence `sent_idx`, looking back
    ``DESCRIBED_REACH`` sentences."""
    word = r"(?i:" + re.escape(noun) + r")s?"
    # (a rank also abbreviated: "Col. Ants Kiviselg")
    short = [re.escape(a.capitalize()) + r"\." for a, full in RANK_ABBREVIATIONS.items() if full == noun]
    patterns = (
        # "Marianne Leclerc, a military historian at ...", "Edgars Ozols, a senior researcher"
        re.compile(r"(" + _NAME + r"),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?" + word + r"\b"),
        # "historian Marianne Leclerc", "Colonel Margus Tamm", "Col. Ants Kiviselg", "Military expert Sergei Lebedev"
        # (a rank's head is its last word: "Lt. Gen. Kyrylo Budanov" is a general, not a lieutenant)
        re.compile(
            r"\b(?:"
            + "|".join([word, *short])
            + r")\s+"
            + (_NO_RANK if noun in RANKS else _RANKS_BEFORE)
            + r"("
            + _NAME
            + r")"
        ),
        # "A spokesman for the headquarters, Petro Yatsenko, told ..."
        re.compile(r"\b" + word + r"\b[^.;:!?,]{0,60},\s+(" + _NAME + r"),"),
    )
    for j in range(sent_idx, max(-1, sent_idx - DESCRIBED_REACH - 1), -1):
        text = ctx.sentences[j].text
        if j == sent_idx:
            text = text[:before]
        found = [
            (m.start(1), m.group(1))
            for rx in patterns
            for m in rx.finditer(text)
            if not _NOT_NAMES.match(m.group(1))
        ]
        if found:
            return _as_named(max(found)[1])
    return None if around is None else _titled_before(ctx, noun, sent_idx, before, around)


def _titled_before(ctx: DocContext, noun: str, sent_idx: int, before: int, around: int) -> str | None:
    """The latest person named before, within ``DESCRIBED_REACH`` sentences, whose own title (the words
    before their name, their apposition) has `noun`, however many words stand between: 'Acting Governor
    of the Kursk Region Alexander Khinshtein' ... 'the governor wrote'."""
    for j in range(sent_idx, max(-1, sent_idx - DESCRIBED_REACH - 1), -1):
        sdoc = ctx.sent_doc(j, around)
        titled = [
            ce.name
            for e in (ents_of(sdoc) if sdoc is not None else ())
            if e.label_ == "PERSON"
            and (j < sent_idx or e.start_char < before)
            and (ce := _canon_entity(e)) is not None
            and noun in title_words(e, ce.name, ctx.doc_date)
            and not _inside_compound_rank(e, noun)
        ]
        if titled:
            return titled[-1]
    return None


def _inside_compound_rank(e: Span, noun: str) -> bool:
    """Whether `noun` stands before the name only inside a compound rank, whose head is its last word
    ('Lt. Gen. Kyrylo Budanov' is no lieutenant)."""
    words = words_before_name(e)
    at = [i for i, w in enumerate(words) if w == noun]
    return bool(at) and noun in RANKS and all(i + 1 < len(words) and words[i + 1] in RANKS for i in at)


def _as_named(name: str) -> str:
    """A name without an honorific, or the registry's name its last words are ('Staff Valery
    Gerasimov', cut from 'the General Staff Valery Gerasimov', is Valery Gerasimov)."""
    words = re.sub(r"^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+", "", name).split()
    while len(words) > 2 and words[0].lower() in RANKS:
        words = words[1:]  # "Colonel Andriy Kovalenko" (of "Lieutenant Colonel Andriy Kovalenko")
    known = lookup_tail(words, shortest=2)
    return known.name if known is not None else " ".join(words)


def issuer_before(
    ctx: DocContext, head: str, sent_idx: int, around: int, resolve: Callable[[Token, int, int], Found | None]
) -> tuple[int, Found] | None:
    """'Zelensky issued a statement on Monday evening. The statement said ...': (sentence, who) for
    the subject of the verb whose object is that statement (`head`), in the paragraph just before;
    `resolve` is the resolver's `resolve_subject`."""
    here = ctx.sentences[sent_idx]
    for j in range(sent_idx - 1, max(-1, sent_idx - 4), -1):
        if ctx.sentences[j].line != here.line:
            break
        sdoc = ctx.sent_doc(j, around)
        for obj in (t for t in sdoc or () if t.dep_ == "dobj" and t.lemma_.lower() == head):
            subj = _subject_of(obj.head)
            got = resolve(subj, j, around) if subj is not None else None
            if got is not None and got.kind in ("person", "body", "group", "media"):
                return j, got
    return None


# a name in quotation marks after a description ('the channel "Kursky Frontovik"')
_QUOTED_NAME = re.compile(r"[a-z]\s+[\"“]([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),?[\"”]")


def name_given(subj: Token) -> Found | None:
    """The name a described speaker is given in their own phrase: in quotation marks ('The Telegram
    channel "Kursky Frontovik" wrote', 'coordinators of the Sumy volunteer network "Evakuatsiia
    Sumshchyna" said') or as a call sign or first name ('A soldier who gave his call sign as Shaman',
    'a commander who identified himself only as Yevhen'), with the side the words before it give."""
    if subj.pos_ != "NOUN":
        return None
    low = subj.lower_
    phrase = _subtree_text(subj)
    named = _QUOTED_NAME.search(phrase)
    if named is not None and lookup(named.group(1)) is None:
        # (a person named in the phrase speaks: 'A volunteer with the "Kursk Home Front" group, Anton Belyaev')
        inside = {t.i for t in subj.subtree}
        if not any(e.label_ == "PERSON" and e.root.i in inside for e in ents_of(subj.doc)):
            desc = _norm(phrase[: named.start()])
            return Found(named.group(1), side_of_phrase(desc) or place_side(desc), "group", low)
    close = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    words = list(close.subtree) if close is not None else []
    if words and words[0].i == subj.i + 1 and all(t.text[:1].isupper() or t.like_num for t in words):
        # "The popular Telegram channel Two Majors wrote": a name set right after its description
        name = " ".join(t.text for t in words)
        inside = {t.i for t in words}
        named_inside = any(e.root.i in inside and e.label_ in ("PERSON", "ORG") for e in ents_of(subj.doc))
        if lookup(name) is None and not named_inside:
            desc = _norm(subj.doc[min(t.i for t in subj.subtree) : subj.i + 1].text)
            return Found(name, side_of_phrase(desc) or place_side(desc), "group", low)
    last = next((c for c in subj.subtree if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if last is not None and low in PERSON_TITLES and last.i > subj.i:
        # "the spokesman of the military commandant's office in the Kursk region Oleksii Dmytrashkivskyi":
        # the name a long title ends with, where the recogniser took no person
        words = list(last.subtree)
        name = " ".join(t.text for t in words)
        inside = {t.i for t in subj.subtree}
        if (
            2 <= len(words) <= 3
            and words[-1].i == max(t.i for t in subj.subtree if not t.is_punct)  # ("Its director, X, said")
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
            and not any(e.root.i in inside and e.label_ == "PERSON" for e in ents_of(subj.doc))
            and lookup(name) is None
            and place_side(name) is None
        ):
            desc = _norm(subj.doc[min(inside) : words[0].i].text)
            return Found(name, side_of_phrase(desc) or governed_place_side(desc), "person", low)
    from_subj = subj.doc.text[min(t.idx for t in subj.subtree) :]
    gave = CALL_SIGN.search(from_subj)
    if gave is not None and gave.start() < len(phrase):
        return Found(gave.group(1), side_of_phrase(_norm(from_subj[: gave.start()])), "person", low)
    return None


# "Andrei Voloshin, who goes by the call sign Yastreb", "Robert Brovdi, call sign Magyar": a named
# person's call sign
_NAMED_CALL_SIGN = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:(?:who\s+(?:goes|went)\s+by|known\s+by)\s+(?:the\s+)?"
    r"|(?:whose\s+)?)call\s*sign\s+(?:is\s+)?[\"“]?([A-Z][\w'’-]+)"
)


def call_sign_names(ctx: DocContext) -> dict[str, str]:
    """Call signs the article gives named people, each with the name ('Andrei Voloshin, who goes by
    the call sign Yastreb' -> {'Yastreb': 'Andrei Voloshin'}); read once per page."""
    if ctx.call_sign_names is None:
        names: dict[str, str] = {}
        text = ctx.document.text
        for m in _NAMED_CALL_SIGN.finditer(text):
            if re.search(r"(?i)\b(?:the|of|a|an)\s+$", text[max(0, m.start(1) - 5) : m.start(1)]):
                continue  # "a tank company of the Battlegroup North, who goes by the call sign ...": no name
            full = _RANK_WORDS.sub("", m.group(1)).strip()
            if " " in full:
                names.setdefault(m.group(2), full)
        ctx.call_sign_names = names
    return ctx.call_sign_names


# ranks and titles before a name: "Maj. Dmytro Ostapenko" is Dmytro Ostapenko
_RANK_WORDS = re.compile(r"^(?:(?:" + _RANK_ALT + r")\.?\s+)+", re.I)


def _army_office_side(ctx: DocContext, words: str) -> str | None:
    """'the spokesman of the military commandant's office in the Kursk region' on the outlet of the side
    facing the place's (Ukrinform): that side's office, set up where its army holds enemy ground; else
    unknown (a country's own commandants, an occupier's reported by the occupied side's outlet)."""
    if not COMMANDANT.search(words):
        return None
    army = outlet_country(ctx.document.outlet)
    return army if army is not None and army == opposite(place_side(words)) else None


# the possessives of a person ("his army chief", "According to her data")
PERSON_POSSESSIVES = ("his", "her")


def possessed_role(r: EarlierMentions, subj: Token, sent_idx: int, around: int) -> Found | None:
    """'Putin visited ..., as his army chief claimed ...': a role someone's is the holder of that role in
    their country on the page's date (not a statement of theirs: 'his data')."""
    his = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES), None)
    if his is None or subj.lemma_.lower() in SOURCE_NOUNS | STATEMENT_NOUNS:
        return None
    if any(ent_type_of(t) == "PERSON" for t in subj.subtree):
        return None  # "his chief of general staff, Valery Gerasimov,": named
    whose = r.resolve_subject(his, sent_idx, around)
    if whose is None or whose.kind != "person" or whose.side not in ("ukraine", "russia", "north_korea"):
        return None
    bare = re.sub(r"(?i)^" + his.lower_ + r"\s+", "", _norm(_phrase(subj)))
    role = resolve_role(f"{whose.side.replace('_', ' ')} {bare}", r.when())
    if role is None or role.kind != "person" or role.name == whose.name:
        return None
    return Found(role.name, role.side, role.kind, subj.lower_)


# words that describe a person as a captive ("A captured soldier, Sergeant Ivan Petrov, said"): likely the
# other side's, so no side of the page's
CAPTIVE = re.compile(r"(?i)\b(?:captured|captive|prisoners?|POWs?|detained)\b")


def the_country_s(subj: Token) -> bool:
    """'the country's top commander', 'the country's defence ministry': a role or body of the country
    the sentence names first (`country_from_context`), not one of many ('the country's battalion
    commander')."""
    return not _below_command(subj) and any(
        c.dep_ == "poss"
        and c.lower_ == "country"
        and [d.lower_ for d in c.children if d.dep_ == "det"] == ["the"]
        for c in subj.children
    )


def region_side(ctx: DocContext, subj: Token, sent_idx: int) -> str | None:
    """An unnamed regional or local official: the country governing the place the sentence names,
    else the one the paragraph named last before it ('Russian strikes on the region ... killed four
    people, citing local authorities' after a sentence about Sumy), else the article's main place."""
    side = place_side(subj.doc.text)
    here = ctx.sentences[sent_idx]
    for j in range(sent_idx - 1, max(-1, sent_idx - 4), -1):
        if side is not None or ctx.sentences[j].line != here.line:
            break
        side = place_side(ctx.sentences[j].text, last=True)
    main = _main_place(ctx.document.text)
    return side or (place_data().get("sides", {}).get(main) if main else None)


def another_named(ctx: DocContext, first: int, sent_idx: int, upto: int, head: str) -> bool:
    """Whether, after sentence `first` (where the body it refers back to was named) and before character
    `upto` of sentence `sent_idx`, the text names another body by the same head in lower case with words
    of its own ("the Biden administration", "the State Duma's defence committee"; not the bare "the
    administration" referring back again)."""
    if first >= sent_idx:
        return False
    between = [ctx.sentences[j].text for j in range(first + 1, sent_idx)] + [
        ctx.sentences[sent_idx].text[:upto]
    ]
    return re.search(r"(?<!\bthe )(?<!\bThe )\b" + re.escape(head) + r"\b", " ".join(between)) is not None
