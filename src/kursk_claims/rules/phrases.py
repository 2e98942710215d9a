"""From a phrase to a claimant, without the document around it: the registry, NER, roles by date,
as written; the words attribution reads (reporting verbs, source and report nouns, media objects)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from kursk_claims.domain.registry import (
    Entity,
    entity_named,
    lookup,
    resolve_role,
    side_of_phrase,
)
from kursk_claims.rules.context import (
    _norm,
    _place_regex,
    attribution_data,
    ent_id_of,
    ent_type_of,
    ents_of,
    metric_data,
    place_data,
    side_of,
)
from kursk_claims.rules.tree import (
    _PERSON_TITLES,
    _RANKS,
    _TITLE_WORDS,
    _agent_of,
    _described_person,
    _phrase,
    _subtree_text,
)
from kursk_claims.text.reporting import report_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


REPORT_VERBS: frozenset[str] = report_verbs()


# reporting verbs only with a content clause: 'Mediazona found that ...', not 'rescuers found 80 bodies'
CLAUSE_REPORT_VERBS: frozenset[str] = frozenset(attribution_data()["clause_report_verbs"])


# an abbreviation: a short word with two capitals or more ("RMA", "MoD")
SHORT_NAME = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,5}")


# verbs by which a document holds figures ('the database lists 14 tanks'; see governing._verbs_by_depth)
RECORD_VERBS: frozenset[str] = frozenset(attribution_data()["record_verbs"])


# a source moving its own figure: 'he raised it to 1,294 square kilometers' (see governing._verbs_by_depth)
REVISE_VERBS: frozenset[str] = frozenset(attribution_data()["revise_verbs"])


_RECKONING_NOUNS: frozenset[str] = frozenset(attribution_data()["reckoning_nouns"])


SOURCE_NOUNS: frozenset[str] = frozenset(attribution_data()["source_nouns"])
# a figure's noun that is its owner's statement only with the owner named ("the ministry's running total")
OWNED_FIGURE_NOUNS: frozenset[str] = frozenset(attribution_data()["owned_figure_nouns"])


# Nouns for a statement ("in a statement issued on 18 March", "gave a televised update").
STATEMENT_NOUNS: frozenset[str] = frozenset(attribution_data()["statement_nouns"])


REPORT_NOUNS: frozenset[str] = frozenset(attribution_data()["report_nouns"])
ANAPHOR_HEADS: frozenset[str] = frozenset(attribution_data()["anaphor_heads"])


# Where statements are posted ("on Telegram", "on X"): never a speaker themselves
PLATFORMS: frozenset[str] = frozenset(attribution_data()["platforms"])


# "the project", "the group": a non-state source referred back to (no side from context)
DESCRIBED_HEADS: frozenset[str] = frozenset(attribution_data()["described_heads"])
OUTLET_NOUNS: frozenset[str] = frozenset(attribution_data()["outlet_nouns"])


# Unnamed institutional sources an outlet may cite ('citing the defence ministry', 'citing local authorities').
INSTITUTION_HEADS: frozenset[str] = frozenset(attribution_data()["institution_heads"])
# Nouns describing a person by what they do, ranks, and every word before a name that is no part of it:
# one reading of the data, in tree.py (which phrases.py builds on)
PERSON_TITLES, RANKS, TITLE_WORDS = _PERSON_TITLES, _RANKS, _TITLE_WORDS


# Media objects show but cannot claim: "geolocated footage shows", "one of the videos" (their author claims).
MEDIA_OBJECT_NOUNS: frozenset[str] = frozenset(attribution_data()["media_object_nouns"])


ANAPHOR_SYNONYMS: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in attribution_data()["anaphor_synonyms"].items()
}
BARE_ONLY_HEADS: frozenset[str] = frozenset(attribution_data()["bare_only_heads"])
BARE_ANAPHOR_SYNONYMS: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in attribution_data()["bare_anaphor_synonyms"].items()
}


# A capital or seat of power standing for its claimant ("Moscow said"): data/places.json "metonyms".
METONYMS: dict[str, str] = place_data()["metonyms"]
# A warring side's people named as one, the whole subject ("The Ukrainians are saying"): data "peoples".
PEOPLES: dict[str, str] = place_data()["peoples"]


class Canon(NamedTuple):
    """A named entity resolved to a claimant: canonical (registry) or as written."""

    name: str
    side: str | None
    kind: str  # person | body | media | group | other


# A run of capitalised words ("Oleksandr Syrskyi", "South Korea"): candidate names the registry may know.
CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


class Found(NamedTuple):
    """What a phrase names as a claimant, with the head noun of the phrase ('ministry', 'syrskyi')."""

    name: str
    side: str | None
    kind: str
    head: str


def _entity_for_phrase(tok: Token, when: str | None) -> Found | None:
    """(name, side, kind, head) for the phrase headed by tok, via registry, NER, roles or as written.

    A person the registry does not know takes the side their phrase names ('Col. X, a Ukrainian
    military analyst' -> ukraine)."""
    found = _entity_for_phrase_raw(tok, when)
    if found is not None and found.kind == "person" and found.side is None:
        found = found._replace(side=side_of_phrase(_norm(_subtree_text(tok))))
    elif found is not None and found.kind == "body" and found.side is None and lookup(found.name) is None:
        # "Oleksandr Nechyporenko, head of the Krasnopillia hromada" (a name the recogniser took for a
        # body): the side its apposition gives
        described = " ".join(_subtree_text(c) for c in tok.children if c.dep_ == "appos")
        found = found._replace(side=side_of_phrase(_norm(described)) if described else None)
    return found


# What is counted and cannot speak: losses, the dead, equipment, settlements (data/metrics.json);
# "Ukrainian losses documented since August: ..." names no speaker ("the body" may be an institution)
COUNTED_THINGS: frozenset[str] = frozenset(
    n
    for m in ("casualties", "killed", "equipment", "settlements")
    for n in metric_data()["metrics"][m]["nouns"]
    if " " not in n and n not in ("body", "bodies")
)


# "the pro-Kremlin channel Rybar", "anti-Kyiv bloggers": a leaning names no speaker
_LEANING = re.compile(r"(?i)\b(?:pro|anti)-$")


def _entity_for_phrase_raw(tok: Token, when: str | None) -> Found | None:
    sub = list(tok.subtree)
    span_start, span_end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    doc = tok.doc
    head_low = tok.lemma_.lower()
    # (a participle the parser joined to a name is no second claimant: "Syrskyi, writing on Telegram")
    conj = [c for c in tok.children if c.dep_ == "conj" and c.pos_ != "VERB"]
    for c in conj:  # "Kyiv, Seoul and Washington": each next one hangs on the one before
        conj.extend(g for g in c.children if g.dep_ == "conj")
    if conj and tok.pos_ == "PROPN":
        # "Ukraine, the United States and South Korea said": a joint claimant
        clauses = {t.i for c in conj for g in c.children if g.dep_ in ("relcl", "acl") for t in g.subtree}
        end = max(t.i for c in conj for t in c.subtree if t.i not in clauses and not t.is_punct)
        joint = doc[
            sub[0].i : end + 1
        ].text  # "Mediazona and the BBC, which track deaths": without the clause
        joint = re.sub(r"(?i)^the\s+", "", _norm(joint)).strip(" ,")
        countries = [METONYMS.get(p.lower_, p.text) for p in (tok, *conj)]
        if countries != [p.text for p in (tok, *conj)]:
            # "Kyiv, Seoul and Washington" speak for their countries
            joint = ", ".join(countries[:-1]) + " and " + countries[-1]
        parts = [lookup(p.text) for p in (tok, *conj)]
        side = side_of_phrase(joint)
        if side is None and all(e is not None and e.side == "media" for e in parts):
            side = "media"  # "the BBC and Mediazona"
        return Found(joint, side, "group", head_low)
    if is_media_object(tok):
        return media_object_author(tok, when)
    if _norm(_phrase(tok)).lower().removeprefix("the ") in PLATFORMS:
        return None  # "it said on Telegram": the channel, not a speaker
    if head_low in COUNTED_THINGS and not any(c.dep_ == "compound" for c in tok.children):
        return None  # "Ukrainian losses documented ...", but "the think tank said"
    phrase = _phrase(tok)
    whole = lookup(_norm(phrase))
    if whole is not None:
        return Found(whole.name, whole.side, whole.kind, head_low)
    named = entity_named(ent_id_of(tok)) if ent_id_of(tok) else None
    if named is not None:
        # the registry name the head word stands in, whole, however the parser cut the phrase
        # ("The Institute for the Study of War reports." parsed as "The Institute for" + ...)
        return Found(named.name, named.side, named.kind, head_low)
    addressed = _addressee_tokens(tok) | _own_report_clause(tok)
    ents = [
        e for e in ents_of(doc)
        if e.start_char >= span_start and e.end_char <= span_end and e.root.i not in addressed
        and not _LEANING.search(doc.text[max(0, e.start_char - 6) : e.start_char])
    ]  # fmt: skip
    # an appositive name names what the description describes: "the Commander-in-Chief of Ukraine's
    # Armed Forces, Oleksandr Syrskyi"; "A popular Russian military Telegram channel, Frontovaya Svodka"
    # (the phrase's own apposition: "Jussi Hakala, an analyst at the mapping group Karttapiste" is Hakala)
    for e in sorted(ents, key=lambda e: e.label_ != "PERSON"):  # a person first, however the parse went
        if e.label_ in ("PERSON", "ORG") and any(
            t.dep_ == "appos"
            and e.start <= t.i < e.end
            and (t.head.i == tok.i or ent_type_of(tok) != "PERSON")
            for t in tok.subtree
        ):
            ent = _canon_entity(e)
            if ent is not None:
                side = ent.side if ent.side or lookup(ent.name) else side_of_phrase(_norm(phrase))
                return Found(ent.name, side, ent.kind, head_low)
    phrase_end = span_start + len(phrase) + 1
    # keep what the phrase itself names, or a person set off right after it by a comma (an apposition
    # the parser attached elsewhere), but not "speaking to Ukrainska Pravda" further on
    ents = [
        e for e in ents
        if e.end_char <= phrase_end or e.start <= tok.i < e.end
        or (e.label_ in ("PERSON", "ORG") and re.fullmatch(r",?\s*", doc.text[phrase_end - 1 : e.start_char]))
    ]  # fmt: skip
    # the entity that contains the head token wins
    for e in ents:
        if e.start <= tok.i < e.end and e.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            ent = _canon_entity(e)
            if ent is not None:
                return Found(ent.name, ent.side, ent.kind, head_low)
    # "Kyiv's top commander", "Putin's spokesman": the possessor is not the one who speaks
    persons = [
        e for e in ents if e.label_ == "PERSON" and not (e.root.dep_ == "poss" and e.root.head.i == tok.i)
    ]
    for e in persons:
        ent = _canon_entity(e)
        if ent is not None:
            return Found(ent.name, ent.side, ent.kind, head_low)
    for e in ents:
        if e.label_ == "ORG" and ent_id_of(e):
            ent = _canon_entity(e)
            if ent is not None:
                return Found(ent.name, ent.side, ent.kind, head_low)
    if addressed:
        phrase = doc[sub[0].i : max(sub[0].i, min(addressed))].text.strip(" ,")
    text = _norm(phrase)
    if head_low in REPORT_NOUNS and not (tok.lower_ == "report" and re.match(r"(?i)^the\s", phrase)):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return _entity_for_phrase(g, when)
        return None  # "reports" alone: unattributed
    role = resolve_role(text, when) if not _below_command(tok) else None
    # "Kursk's governor", "Russia's human rights commissioner": the holder of the role on that date
    if role is not None and (
        head_low in ANAPHOR_HEADS | PERSON_TITLES | {"commander-in-chief"} or role.kind == "body"
    ):
        return Found(role.name, role.side, role.kind, head_low)
    # "A commander of a Ukrainian drone unit fighting near the village of Snagost": a name in a clause
    # that describes the speaker is not the speaker
    described = {t.i for c in tok.subtree if c.dep_ in ("acl", "relcl") for t in c.subtree}
    # "A volunteer group from Belgorod": where a speaker comes from is no speaker, however tagged
    origin = {
        g.i
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("from", "in", "near") and tok.pos_ == "NOUN"
        for g in c.children
        if g.dep_ == "pobj" and _norm(g.text) in _place_regex()[1]
    }
    for e in ents:
        if (
            e.label_ == "GPE"
            and e.start >= 2
            and doc[e.start - 1].text == "-"
            and doc[e.start - 2].text[:1].isupper()
        ):
            continue  # "RBC-Ukraine": a country that ends a hyphenated name is no part of it
        if e.label_ in ("ORG", "GPE", "NORP", "PERSON") and e.root.i not in described | origin:
            ent = _canon_entity(e)
            if ent is not None and (e.label_ != "GPE" or e.root.i == tok.i):
                return Found(ent.name, ent.side, ent.kind, head_low)
    if tok.pos_ == "PRON":
        return None
    if len(text) > 80 and described:
        # "A volunteer group from Kursk that has been entering the town ... said": a long description
        # is written down without the clause that describes it
        text = _norm(doc[sub[0].i : min(described)].text).strip(" ,")
    cleaned = _strip_possessive(re.sub(r"(?i)^(?:the|a|an)\s+", "", text).strip())
    if not cleaned or len(cleaned) > 80:
        return None
    low = cleaned.lower()
    known = lookup(cleaned)
    if known is not None:
        return Found(known.name, known.side, known.kind, head_low)
    if low in METONYMS or low in PEOPLES:
        name = METONYMS.get(low) or PEOPLES[low]
        return Found(name, side_of(name), "body", head_low)
    if low in ("ukraine", "russia", "north korea"):
        return Found(cleaned, side_of(cleaned), "body", head_low)
    if low in SOURCE_NOUNS:
        # "figures published by the regional government": the source is the agent; "The figures show
        # ...": a source noun with nothing naming its source names no one
        by = _source_agent(tok)
        return _entity_for_phrase(by, when) if by is not None else None
    side = side_of_phrase(cleaned)
    if tok.lower_ in _PRESS_HEADS and side == "third_party" and "state" not in low.split():
        side = "media"  # "Western media write", "British newspapers": the press of no warring side (not "state media")
    return Found(cleaned, side, "other", head_low)


# the press spoken of as a whole ("Western media", "British newspapers")
_PRESS_HEADS = frozenset({"media", "newspapers", "press", "outlets", "tabloids", "broadcasters"})


# the units of an army below its command (data formation_nouns)
FORMATION_NOUNS: frozenset[str] = frozenset(attribution_data()["formation_nouns"])


def _below_command(tok: Token) -> bool:
    """'A Ukrainian battalion commander', 'the commander of a Ukrainian drone unit', 'a Ukrainian
    commander': a phrase naming one of many — a unit's holder, or any one of them — names no
    country's role holder ('Ukraine's commander' is Syrskyi)."""
    sub = list(tok.subtree)
    if sub[0].lower_ in ("a", "an", "one"):
        return True
    return any(t.i != tok.i and t.lemma_.lower() in FORMATION_NOUNS for t in sub)


def _source_agent(tok: Token) -> Token | None:
    """Who a source noun's figures come from: 'figures from/by/of X', 'figures published by X'."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children):
            return _agent_of(c)
    return None


_PERSON_HEADS = frozenset(
    {
        "commander",
        "general",
        "official",
        "governor",
        "president",
        "minister",
        "chief",
        "head",
        "officer",
        "leader",
    }
)


# people described rather than named who speak ("an official of the department told TASS")
_SPEAKING_PEOPLE = _PERSON_HEADS | {
    "spokesman", "spokeswoman", "spokesperson", "lawmaker", "analyst", "diplomat", "representative",
    "aide", "adviser", "advisor",
}  # fmt: skip


def _own_report_clause(tok: Token) -> set[int]:
    """The reporting clause a noun heads when the parser made the verb its modifier ("Ukraine's
    special forces reported on December 17 that ..." with "forces" as the root): not part of the name."""
    return {
        t.i
        for c in tok.children
        if c.dep_ == "acl" and c.lemma_.lower() in REPORT_VERBS and c.i > tok.i
        for t in c.subtree
    }


_ADDRESSING = frozenset({"speak", "talk", "tell", "write", "interview"})


def _addressee_tokens(tok: Token) -> set[int]:
    """Who a phrase's participle addresses: 'officers speaking to Ukrainska Pravda', 'a commander in
    an interview with the BBC' -- the outlet spoken to only relays, it never asserts."""
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("acl", "relcl", "advcl") and c.lemma_.lower() in _ADDRESSING:
            out.update(t.i for t in c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "in":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in ("interview", "conversation"):
                out.update(t.i for t in c.subtree)
    return out


def is_media_object(tok: Token) -> bool:
    """Whether a noun phrase is a media object ('geolocated footage', 'one of the videos'), which
    shows what its author claims but claims nothing itself."""
    head_low = tok.lemma_.lower()
    return head_low in MEDIA_OBJECT_NOUNS or (
        head_low in ("one", "some") and any(g.lemma_.lower() in MEDIA_OBJECT_NOUNS for g in tok.subtree)
    )


def media_object_author(tok: Token, when: str | None) -> Found | None:
    """A media object ('footage posted by X', "X's video", 'one of the videos') claims nothing itself:
    its author does, named by 'by X' (also on a participle: 'posted by X') or a possessor; else nobody."""
    for t in tok.subtree:
        if t.dep_ in ("agent", "prep") and t.lower_ == "by":
            pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _entity_for_phrase(pobj, when)
    # a possessor ("Rybar's video"), or a source the registry knows set before it ("the DeepState map",
    # "a Kadyrov video"; not "the Sudzha footage": a place); not a time ("This
    # morning's map", "Tuesday's footage") nor a platform ("a Telegram video": `_canon_entity`)
    owner = next(
        (
            c
            for c in tok.children
            if (c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and ent_type_of(c) not in ("DATE", "TIME"))
            or (c.dep_ == "compound" and _known_source(c))
        ),
        None,
    )
    return _entity_for_phrase(owner, when) if owner is not None else None


def _known_source(tok: Token) -> bool:
    """A name the registry knows as a source ("DeepState", "ISW", "a Kadyrov video": the registry lists
    claimants, never places), as its compound run is written."""
    e = lookup(" ".join(t.text for t in tok.subtree if t.i <= tok.i)) or lookup(tok.text)
    return e is not None and e.kind in ("body", "group", "media", "person")


def _strip_possessive(text: str) -> str:
    """ "Radio Free Europe/Radio Liberty's" names the outlet: the possessive is not part of the name."""
    return re.sub(r"\s*['’]s?$", "", text)


def _canon_entity(span: Span) -> Canon | None:
    if ent_id_of(span):
        e = entity_named(ent_id_of(span))
        if e is not None:
            return Canon(e.name, e.side, e.kind)
    text = _strip_possessive(_norm(span.text).strip())
    text = re.sub(r"(?i)^the\s+", "", text)
    if not text or text.endswith("-") or text[0].islower():
        return None  # a fragment of a modifier ("pro-" of "pro-Kremlin"), not a name
    if text.lower() in PLATFORMS:
        return None  # "the Telegram channel Two Majors": the platform a source posts on is no source
    if all(w.lower().rstrip(".") in TITLE_WORDS for w in text.split()):
        return None  # a rank the recogniser cut from its name ("Lieutenant General" Igor Konashenkov)
    found: Entity | None = lookup(text)
    if found is not None:
        return Canon(found.name, found.side, found.kind)
    low = text.lower()
    if low in METONYMS:
        return Canon(METONYMS[low], side_of(METONYMS[low]), "body")
    if span.label_ == "PERSON":
        return Canon(text, None, "person")
    if span.label_ == "ORG" and _described_person(span, text):
        return Canon(text, None, "person")  # "Taras Hnatiuk, an analyst at ...": tagged ORG, a person
    if span.label_ == "ORG":
        # "Ukraine's Centre for Countering Disinformation": the country that owns a body it does not
        # name in its own words gives its side, before what its words say ('centre': independent)
        # ("The Kyiv-based Centre for Economic Strategy": the modifier's own words, "Kyiv-", too)
        owner = [
            t
            for c in span.root.children
            if c.dep_ in ("poss", "amod") and c.i < span.start
            for t in c.subtree
        ]
        return Canon(text, side_of_phrase(" ".join(t.text for t in owner)) or side_of_phrase(text), "body")
    if span.label_ == "GPE" and low in ("ukraine", "russia", "north korea"):
        return Canon(text, side_of_phrase(text), "body")
    return None


def _reporting_verbs(sdoc: Doc) -> list[Token]:
    """Reporting verbs of a sentence (cached on the Doc: the rules ask for them often)."""
    cached = sdoc.user_data.get("kursk_reporting_verbs")
    if cached is not None:
        return [sdoc[i] for i in cached]
    out = _find_reporting_verbs(sdoc)
    sdoc.user_data["kursk_reporting_verbs"] = [t.i for t in out]
    return out


# "The South Korean intelligence service gave a lower number, roughly 300 killed": giving a figure
# reports it (data given_figure_nouns)
GIVEN_FIGURES: frozenset[str] = frozenset(attribution_data()["given_figure_nouns"])


def _with_their_times(t: Token) -> list[Token]:
    """A verb's dependents and those the parser hung on its time ('had spoken in August of about 2,000
    people': the 'of' on 'August')."""
    times = [g for c in t.children if c.dep_ == "prep" for g in c.children if ent_type_of(g) == "DATE"]
    # (an 'of' holding a figure, not the time's own: "at the end of August", "the first day of ...")
    return [
        *t.children,
        *(c for g in times for c in g.children if _counts(c)),
    ]


def gives_figure(verb: Token) -> bool:
    """Whether a verb's object is a given figure ('gave a lower number', 'puts the figure closer to')."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in GIVEN_FIGURES for c in verb.children)


def _gives_count(verb: Token) -> bool:
    """A person giving a count ("on 27 August he gave 1,294 km² and 100 settlements"): no one it is given
    to and no particle ("gave them 200 shells", "gave up 300 km²")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and (subj.lower_ in ("he", "she") or ent_type_of(subj) == "PERSON")
        and not any(c.dep_ in ("dative", "prt", "ccomp", "xcomp") for c in verb.children)
        and any(c.dep_ == "dobj" and any(x.dep_ == "nummod" for x in c.children) for c in verb.children)
    )


def _counted_object(prep: Token) -> bool:
    """Whether a preposition's object is itself a counted phrase ('about 430 Ukrainian prisoners')."""
    return any(
        g.dep_ == "pobj" and (g.like_num or any(x.dep_ == "nummod" and x.like_num for x in g.children))
        for g in prep.children
    )


def _counts(prep: Token) -> bool:
    """Whether a preposition holds a figure ('of about 2,000 people'), not the time's own ('at the end
    of August, when ... 1,300 ...')."""
    return ent_type_of(prep) != "DATE" and any(d.like_num and ent_type_of(d) != "DATE" for d in prep.subtree)


def _find_reporting_verbs(sdoc: Doc) -> list[Token]:
    out = []
    for t in sdoc:
        if (
            t.pos_ == "VERB"
            and t.lemma_.lower() == "give"
            and (
                gives_figure(t)
                # "The figure he gave on 15 August was 1,150 sq km", "the figure given by Syrskyi"
                or (t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in GIVEN_FIGURES)
                or _gives_count(t)
            )
        ):
            out.append(t)
            continue
        if (
            t.pos_ == "VERB"
            and t.lemma_.lower() == "point"
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
            and any(c.dep_ == "ccomp" for c in t.children)
        ):
            out.append(t)  # "Ukrainian officials are also pointing out that ...": a phrasal reporting verb
            continue
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REPORT_VERBS:
            if (
                t.lemma_.lower() == "put"
                and not any(c.lower_ in ("at", "in") for c in t.subtree)
                # "puts the figure closer to 3,000": a figure it gives, whatever the preposition
                and not gives_figure(t)
            ):
                continue
            if t.lemma_.lower() in ("speak", "talk") and not any(
                c.dep_ == "prep"
                and c.lower_ in ("of", "about")
                # (not "talks openly about a buffer zone", "talked about exchanging 200 prisoners")
                and (t.lemma_.lower() == "speak" or _counted_object(c))
                for c in _with_their_times(t)
            ):
                continue  # "spoke of about 500 square kilometers", "talked about 430 prisoners" report; "speaking on TV" frames a report
            if t.lemma_.lower() == "add" and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
                continue  # "Adding up every deployment, ...": a sum, not a statement
            if t.lemma_.lower() in ("show", "count", "record") and not any(
                c.dep_ in ("nsubj",) for c in t.children
            ):
                continue
            out.append(t)
    return out


# someone named with a rank or title ("Maj. Oleksii Dmytrenko", "Captain Serhiy Koval")
_TITLE_ABBREV = r"(?:Maj|Gen|Col|Lt|Capt|Cpt|Sgt|Cmdr|Adm|Brig|Mr|Ms|Mrs|Dr|Captain|Major|Colonel|General)"
# a name after one title or a run of them ("Maj. Gen. Vadym Skibitskyi" is Vadym Skibitskyi)
TITLED_NAME = re.compile(
    r"\b(?:"
    + _TITLE_ABBREV
    + r"\.?\s+)+(?!"
    + _TITLE_ABBREV
    + r"\b)((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)"
)
# "who goes by the call sign Tavr", "gave his call sign as Hrim", "nom de guerre Kum"
# ... and the other ways a speaker withholds their full name: "who identified himself only as
# Yevhen", "gave only his first name, Oleksandr"
# verbs by which figures or a statement are published ("figures published by HRMMU", "a count released on Monday")
PUBLISHING_VERBS = frozenset({"publish", "release", "compile", "issue", "post"})


def publishing_of(subj: Token) -> Token | None:
    """The participle that publishes the figures a subject names: "Figures for August, published by
    HRMMU on 6 September, show ..." (hung on the noun or on its "for"-phrase; never the publishing of
    what an analysis is "of": "An analysis of the map published by the General Staff suggests ...")."""
    heads = [subj] + [
        g
        for c in subj.children
        if c.dep_ == "prep" and c.lower_ != "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return next(
        (c for h in heads for c in h.children if c.dep_ == "acl" and c.lemma_.lower() in PUBLISHING_VERBS),
        None,
    )


CALL_SIGN = re.compile(
    r"\b(?:(?:call\s*sign|callsign|nom\s+de\s+guerre),?\s+(?:as\s+|of\s+)?"
    r"|identified\s+(?:himself|herself)\s+(?:only\s+)?as\s+"
    r"|gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)\s+"
    r"|(?:asked|agreed)\s+to\s+be\s+(?:called|named)\s+"
    r"|(?:asked|agreed|preferred|wanted)\s+to\s+be\s+identified\s+(?:only\s+)?as\s+)"
    r"[\"“]?(?:(?:Dr|Mr|Mrs|Ms|Sgt|Capt|Lt|Col|Maj)\.?\s+)?(?!(?:Dr|Mr|Mrs|Ms)\b)([A-Z][\w'’-]+)"
)
