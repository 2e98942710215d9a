"""Resolving a phrase to a claimant: the registry, NER, roles by date, as written; reporting verbs."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from kursk_claims.domain.registry import (
    Entity,
    entity_named,
    load_registry,
    lookup,
    resolve_role,
    side_of_phrase,
)
from kursk_claims.rules.context import (
    WINDOW_BACK,
    WINDOW_FWD,
    DocContext,
    Mention,
    _norm,
    _place_regex,
    _side_word,
    attribution_data,
    ents_of,
    place_data,
    side_of,
)
from kursk_claims.rules.place import _main_place
from kursk_claims.rules.tree import _phrase, _subject_of, _subtree_text, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


REPORT_VERBS: frozenset[str] = frozenset(attribution_data()["report_verbs"])


_RECKONING_NOUNS: frozenset[str] = frozenset(attribution_data()["reckoning_nouns"])


SOURCE_NOUNS: frozenset[str] = frozenset(attribution_data()["source_nouns"])


REPORT_NOUNS: frozenset[str] = frozenset(attribution_data()["report_nouns"])


ANAPHOR_HEADS: frozenset[str] = frozenset(attribution_data()["anaphor_heads"])


# Unnamed institutional sources an outlet may cite ('citing the defence ministry', 'citing local authorities').
INSTITUTION_HEADS: frozenset[str] = frozenset(attribution_data()["institution_heads"])


# Media objects show but cannot claim: "geolocated footage shows", "one of the videos" (their author claims).
MEDIA_OBJECT_NOUNS: frozenset[str] = frozenset(attribution_data()["media_object_nouns"])


ANAPHOR_SYNONYMS: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in attribution_data()["anaphor_synonyms"].items()
}


# A capital or seat of power standing for its claimant ("Moscow said"): data/places.json "metonyms".
METONYMS: dict[str, str] = place_data()["metonyms"]


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
    return found


def _entity_for_phrase_raw(tok: Token, when: str | None) -> Found | None:
    sub = list(tok.subtree)
    span_start, span_end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    doc = tok.doc
    head_low = tok.lemma_.lower()
    conj = [c for c in tok.children if c.dep_ == "conj"]
    if conj and tok.pos_ == "PROPN":
        # "Ukraine, the United States and South Korea said": a joint claimant
        joint = doc[sub[0].i : max(t.i for c in conj for t in c.subtree) + 1].text
        joint = re.sub(r"(?i)^the\s+", "", _norm(joint)).strip(" ,")
        parts = [lookup(p.text) for p in (tok, *conj)]
        side = side_of_phrase(joint)
        if side is None and all(e is not None and e.side == "media" for e in parts):
            side = "media"  # "the BBC and Mediazona"
        return Found(joint, side, "group", head_low)
    if head_low in MEDIA_OBJECT_NOUNS or (
        head_low in ("one", "some") and any(g.lemma_.lower() in MEDIA_OBJECT_NOUNS for g in tok.subtree)
    ):
        return _media_object_author(tok, when)
    phrase = _phrase(tok)
    whole = lookup(_norm(phrase))
    if whole is not None:
        return Found(whole.name, whole.side, whole.kind, head_low)
    addressed = _addressee_tokens(tok)
    ents = [
        e for e in ents_of(doc)
        if e.start_char >= span_start and e.end_char <= span_end and e.root.i not in addressed
    ]  # fmt: skip
    # an appositive person names the role: "the Commander-in-Chief of Ukraine's Armed Forces, Oleksandr Syrskyi"
    for e in ents:
        if e.label_ == "PERSON" and any(t.dep_ == "appos" and e.start <= t.i < e.end for t in tok.subtree):
            ent = _canon_entity(e)
            if ent is not None:
                return Found(ent.name, ent.side, ent.kind, head_low)
    phrase_end = span_start + len(phrase) + 1
    # keep what the phrase itself names, or a person set off right after it by a comma (an apposition
    # the parser attached elsewhere), but not "speaking to Ukrainska Pravda" further on
    ents = [
        e for e in ents
        if e.end_char <= phrase_end or e.start <= tok.i < e.end
        or (e.label_ in ("PERSON", "ORG") and re.fullmatch(r",?\s*", doc_text(doc)[phrase_end - 1 : e.start_char]))
    ]  # fmt: skip
    # the entity that contains the head token wins
    for e in ents:
        if e.start <= tok.i < e.end and e.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            ent = _canon_entity(e)
            if ent is not None:
                return Found(ent.name, ent.side, ent.kind, head_low)
    persons = [e for e in ents if e.label_ == "PERSON"]
    for e in persons:
        ent = _canon_entity(e)
        if ent is not None:
            return Found(ent.name, ent.side, ent.kind, head_low)
    for e in ents:
        if e.label_ == "ORG" and e.ent_id_:
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
    role = resolve_role(text, when)
    if role is not None and (head_low in ANAPHOR_HEADS | {"commander-in-chief"} or role.kind == "body"):
        return Found(role.name, role.side, role.kind, head_low)
    for e in ents:
        if e.label_ in ("ORG", "GPE", "NORP", "PERSON"):
            ent = _canon_entity(e)
            if ent is not None and (e.label_ != "GPE" or e.root.i == tok.i):
                return Found(ent.name, ent.side, ent.kind, head_low)
    if tok.pos_ == "PRON":
        return None
    cleaned = _strip_possessive(re.sub(r"(?i)^(?:the|a|an)\s+", "", text).strip())
    if not cleaned or len(cleaned) > 80:
        return None
    low = cleaned.lower()
    known = lookup(cleaned)
    if known is not None:
        return Found(known.name, known.side, known.kind, head_low)
    if low in METONYMS:
        name = METONYMS[low]
        return Found(name, side_of(name), "body", head_low)
    if low in ("ukraine", "russia", "north korea"):
        return Found(cleaned, side_of(cleaned), "body", head_low)
    return Found(cleaned, side_of_phrase(cleaned), "other", head_low)


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


def _media_object_author(tok: Token, when: str | None) -> Found | None:
    """A media object ('footage posted by X', "X's video", 'one of the videos') claims nothing itself:
    its author does, named by 'by X' (also on a participle: 'posted by X') or a possessor; else nobody."""
    for t in tok.subtree:
        if t.dep_ in ("agent", "prep") and t.lower_ == "by":
            pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _entity_for_phrase(pobj, when)
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    return _entity_for_phrase(owner, when) if owner is not None else None


def _strip_possessive(text: str) -> str:
    """ "Radio Free Europe/Radio Liberty's" names the outlet: the possessive is not part of the name."""
    return re.sub(r"\s*['’]s?$", "", text)


def _canon_entity(span: Span) -> Canon | None:
    if span.ent_id_:
        e = entity_named(span.ent_id_)
        if e is not None:
            return Canon(e.name, e.side, e.kind)
    text = _strip_possessive(_norm(span.text).strip())
    text = re.sub(r"(?i)^the\s+", "", text)
    if not text or text.endswith("-") or text[0].islower():
        return None  # a fragment of a modifier ("pro-" of "pro-Kremlin"), not a name
    found: Entity | None = lookup(text)
    if found is not None:
        return Canon(found.name, found.side, found.kind)
    low = text.lower()
    if low in METONYMS:
        return Canon(METONYMS[low], side_of(METONYMS[low]), "body")
    if span.label_ == "PERSON":
        return Canon(text, None, "person")
    if span.label_ == "ORG":
        return Canon(text, side_of_phrase(text), "body")
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


def _find_reporting_verbs(sdoc: Doc) -> list[Token]:
    out = []
    for t in sdoc:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REPORT_VERBS:
            if t.lemma_.lower() == "put" and not any(c.lower_ in ("at", "in") for c in t.subtree):
                continue
            if t.lemma_.lower() in ("show", "count", "record") and not any(
                c.dep_ in ("nsubj",) for c in t.children
            ):
                continue
            out.append(t)
    return out


def _entity_just_before(sdoc: Doc, verb: Token) -> Token | None:
    """A reporting verb the parser left without a subject: the person or body named right before it."""
    for e in reversed(ents_of(sdoc)):
        if e.end <= verb.i and verb.i - e.end <= 2 and e.label_ in ("PERSON", "ORG"):
            if all(t.is_punct for t in sdoc[e.end : verb.i]):
                return e.root
    return None


@cache
def _side_name_regexes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(side, regex of the names and aliases of its registry officials and bodies), warring sides only."""
    names: dict[str, set[str]] = {"ukraine": set(), "russia": set()}
    for e in load_registry().entities:
        if e.side in names and e.kind in ("person", "body"):
            names[e.side].update((e.name, *e.aliases))
    return tuple(
        (
            side,
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(ns, key=len, reverse=True)) + r")\b"),
        )
        for side, ns in names.items()
    )


# the heads a person's mention answers to ("the commander said", "the official added")
_PERSON_HEADS = frozenset(
    (
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
    )
)


class Resolver:
    """Resolves a phrase to a claimant in its document: earlier mentions, the registry, roles by date."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self._home: tuple[str | None] | None = None  # home_side(), once computed

    def when(self) -> str | None:
        """The date roles are resolved at: the document date."""
        return self.ctx.doc_date

    # -- resolving a subject token to a claimant ---------------------------------------------

    def resolve_subject(self, subj: Token, sent_idx: int, around: int) -> Found | None:
        """(name, side, kind, head) of the claimant a subject token names, or None.

        Pronouns, "its"/"their", "one of them" and unnamed spokespeople resolve to earlier mentions;
        definite role phrases ("the ministry", "the source") to the last matching mention; anything
        else through the registry, NER, roles or as written, with its side guessed from context.
        """
        low = subj.lower_
        if low in ("he", "she", "him", "her"):
            m = self.last_mention(sent_idx, around, kinds=("person",), before=subj.idx, speakers=True)
            m = m or self.last_mention(sent_idx, around, kinds=("person",), before=subj.idx)
            m = m or self.next_person(sent_idx, around)
            return Found(m.name, m.side, m.kind, low) if m else None
        if low == "it" and subj.dep_ == "nsubj" and subj.head.lemma_.lower() in REPORT_VERBS:
            # "According to the General Staff, ..., it said": a body named earlier in the sentence;
            # "It estimated that ..." opening a sentence: the body that spoke last, else the last named
            named = self.last_mention(sent_idx, around, kinds=("body",), before=subj.idx)
            if named is not None and named.sent == sent_idx:
                return Found(named.name, named.side, named.kind, low)
            m = self.last_mention(sent_idx, around, kinds=("body",), before=subj.idx, speakers=True) or named
            return Found(m.name, m.side, m.kind, low) if m else None
        if low in ("i", "we", "they", "it", "this", "that", "you", "who", "which"):
            return None
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is not None:
            # "Its maps show ...": the body named before
            m = self.last_mention(sent_idx, around, kinds=("body", "group", "media"), before=subj.idx)
            return Found(m.name, m.side, m.kind, low) if m else None
        if low in ("one", "some", "both", "all") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "those") for g in c.children)
            for c in subj.children
        ):
            # "One of them said": one of the sources named just before
            m = self.last_mention(sent_idx, around, before=subj.idx)
            return Found(m.name, m.side, m.kind, low) if m else None
        sub_ids = {t.i for t in subj.subtree}
        if low in ("spokesman", "spokeswoman", "spokesperson") and not any(
            e.label_ in ("PERSON", "ORG")
            and e.root.i in sub_ids
            and e.root.dep_ in ("appos", "compound", "nsubj")
            for e in ents_of(subj.doc)
        ):
            m = self.last_mention(sent_idx, around, kinds=("body",), before=subj.idx)
            if m is not None:
                return Found(m.name, m.side, m.kind, low)
        found = _entity_for_phrase(subj, self.when())
        if found is None:
            return None
        name, side, kind, head = found
        is_definite = bool(re.match(r"(?i)^the\s", _phrase(subj)))
        start_idx = min(t.idx for t in subj.subtree)  # mentions must precede the phrase itself
        if lookup(name) is None and kind in ("body", "other") and head in ANAPHOR_HEADS and is_definite:
            kind = "other"
        if kind == "other" and head in ANAPHOR_HEADS and is_definite:
            m = self.last_mention(
                sent_idx, around, heads=ANAPHOR_SYNONYMS.get(head, (head,)), before=start_idx
            )
            if m is None and head in ("statement", "report"):
                m = self.last_mention(sent_idx, around, kinds=("body",), before=start_idx)
            if m is not None and m.side is None:
                body = self.body_by_context(m.name, subj, sent_idx, around)
                if body is not None:
                    return body._replace(head=head)
            if m is not None:
                return Found(m.name, m.side, m.kind, head)
        if kind == "other" and head in ("source", "informant") and is_definite:
            m = self.last_mention(sent_idx, around, heads=("source", "informant"), before=start_idx)
            if m is not None:
                return Found(m.name, m.side, m.kind, head)
        if side is None and lookup(name) is None:
            body = self.body_by_context(name, subj, sent_idx, around) if head in ANAPHOR_HEADS else None
            if body is not None:
                return body._replace(head=head)
            whole_side = side_of_phrase(_norm(_phrase(subj)))
            if whole_side is not None:
                return Found(name, whole_side, kind, head)
            title_text = " ".join(t.text for t in (subj.head if subj.dep_ == "appos" else subj).subtree)
            if re.search(r"(?i)\b(?:governor|regional|mayor|oblast|administration)\b", title_text):
                region_side = self.region_side(subj)
                if region_side:
                    return Found(name, region_side, kind, head)
            guessed = self.country_from_context(subj, sent_idx, around)
            if guessed is not None:
                # "the defence ministry said" in a story about Russia's side -> Russian Defense Ministry
                role = resolve_role(f"{guessed} {re.sub(r'(?i)defence', 'defense', name)}", self.when())
                if role is not None and (head in ANAPHOR_HEADS or role.kind == "body"):
                    return Found(role.name, role.side, role.kind, head)
                if head in ANAPHOR_HEADS:
                    return Found(name, guessed, kind, head)
        return Found(name, side, kind, head)

    def body_by_context(self, name: str, subj: Token, sent_idx: int, around: int) -> Found | None:
        """An institution named without its country ('the General Staff', 'the Defense Ministry in
        Moscow', 'the ministry') resolved to the registry body it stands for, by news style's order:
        a capital or country next to it, the body's full name earlier in the article, then the
        article's home side (the side of the registry officials and bodies it names most)."""
        name = re.sub(r"(?i)defence", "defense", name)
        when = self.when()
        # 1. "the Defense Ministry in Moscow": a place or country in the phrase itself
        near = side_of_phrase(_norm(_subtree_text(subj)))
        if near in ("ukraine", "russia"):
            role = resolve_role(f"{near} {name}", when)
            if role is not None and role.kind == "body":
                return Found(role.name, role.side, role.kind, subj.lower_)
        cands = {
            side: role
            for side in ("ukraine", "russia")
            if (role := resolve_role(f"{side} {name}", when)) is not None and role.kind == "body"
        }
        if not cands:
            return None
        # 2. the full name earlier in the article, as written or as an earlier figure's claimant
        text = self.ctx.document.text
        upto = self.ctx.sentences[sent_idx].start + subj.idx
        best: tuple[int, Entity] | None = None
        by_name = {e.name: e for e in cands.values()}
        for c in self.ctx.claims:
            if c.start < upto and c.claimant in by_name and (best is None or c.start > best[0]):
                best = (c.start, by_name[c.claimant])
        for ent in cands.values():
            for alias in (ent.name, *ent.aliases):
                at = text.rfind(alias, 0, upto)
                if at >= 0 and (best is None or at > best[0]):
                    best = (at, ent)
        if best is not None:
            return Found(best[1].name, best[1].side, best[1].kind, subj.lower_)
        # 3. the article's home side
        home = self.home_side()
        if home in cands:
            e = cands[home]
            return Found(e.name, e.side, e.kind, subj.lower_)
        return None

    def home_side(self) -> str | None:
        """The warring side whose registry officials and bodies the article names most often (with a
        clear majority), or None."""
        if self._home is None:
            counts = {"ukraine": 0, "russia": 0}
            for side, rx in _side_name_regexes():
                counts[side] += len(rx.findall(self.ctx.document.text))
            ua, ru = counts["ukraine"], counts["russia"]
            self._home = ("ukraine" if ua > 2 * ru else "russia" if ru > 2 * ua else None,)
        return self._home[0]

    def country_from_context(self, subj: Token, sent_idx: int, around: int) -> str | None:
        """The side a sentence (or the one before it) is about, from its first demonym or country."""
        sub = {t.i for t in subj.subtree}
        for t in subj.doc:
            if t.i in sub:
                continue
            sw = _side_word(t)
            if sw:
                return sw
        prev = self.ctx.sent_doc(sent_idx - 1, around) if sent_idx > 0 else None
        if prev is not None:
            for t in prev:
                sw = _side_word(t)
                if sw:
                    return sw
        return None

    def region_side(self, subj: Token) -> str | None:
        """An unnamed regional official: the country governing the region the sentence names."""
        rx, names = _place_regex()
        sides: dict[str, str] = place_data().get("sides", {})
        for m in rx.finditer(doc_text(subj.doc)):
            side = sides.get(names[m.group(0)])
            if side:
                return side
        main = _main_place(self.ctx.document.text)
        return sides.get(main) if main else None

    def next_person(self, sent_idx: int, around: int) -> Mention | None:
        """A pronoun with nothing before it (a page that starts mid-article): the next named person."""
        if any(
            self.ctx.sent_doc(j, around) is not None and not self.ctx.sentences[j].furniture
            for j in range(max(0, sent_idx - WINDOW_BACK), sent_idx)
        ):
            return None
        for j in range(sent_idx + 1, sent_idx + WINDOW_FWD + 1):
            sdoc = self.ctx.sent_doc(j, around)
            if sdoc is None:
                continue
            for e in ents_of(sdoc):
                ce = _canon_entity(e) if e.label_ == "PERSON" else None
                if ce is not None:
                    return Mention(j, ce.name, ce.side, "person", ce.kind)
        return None

    def _speaker_tokens(self, sdoc: Doc) -> set[int]:
        out: set[int] = set()
        for v in _reporting_verbs(sdoc):
            subj = _subject_of(v)
            if subj is not None:
                out.update(t.i for t in subj.subtree)
        return out

    def last_mention(
        self,
        sent_idx: int,
        around: int,
        *,
        kinds: tuple[str, ...] = (),
        heads: tuple[str, ...] = (),
        before: int | None = None,
        speakers: bool = False,
    ) -> Mention | None:
        """The latest entity mention before this point: earlier claims' claimants and window mentions.

        The latest that fits `kinds` and `heads` in the order (sentence, offset), ties in the order
        sentence mentions, then claims. Sentences are read from the latest back and reading stops
        at the first that holds one, so earlier sentences are not parsed for it."""
        window = self.ctx.window(around)
        claims_at: dict[int, list[tuple[int, Mention]]] = {}
        for c in self.ctx.claims:
            cs = self.ctx.sentence_at(c.start)
            sidx = cs.idx if cs is not None else None
            if c.claimant and sidx is not None and sidx <= sent_idx and sidx in window:
                known = lookup(c.claimant)
                kind = known.kind if known else "other"
                head = self.ctx.claimant_heads.get(c.start, "")
                claims_at.setdefault(sidx, []).append(
                    (c.start, Mention(sidx, c.claimant, c.claimant_side, head, kind))
                )
        for j in reversed(range(window.start, min(sent_idx + 1, window.stop))):
            cands = self._mentions_in(j, sent_idx, around, before, speakers) + claims_at.get(j, [])
            cands.sort(key=lambda x: x[0])  # stable: equal offsets keep the order above
            for _, m in reversed(cands):
                if kinds and m.kind not in kinds:
                    continue
                if heads and not (set(heads) & set(m.head.split())):
                    continue
                return m
        return None

    def _mentions_in(
        self, j: int, sent_idx: int, around: int, before: int | None, speakers: bool
    ) -> list[tuple[int, Mention]]:
        """(offset in the sentence, mention) of the named entities (and 'sources') of sentence j."""
        sdoc = self.ctx.sent_doc(j, around)
        if sdoc is None or self.ctx.sentences[j].furniture:
            return []
        cands: list[tuple[int, Mention]] = []
        speaker_toks = self._speaker_tokens(sdoc) if speakers else set()
        for e in ents_of(sdoc):
            if speakers and e.root.i not in speaker_toks:
                continue
            if j == sent_idx and before is not None and e.start_char >= before:
                continue
            ce = _canon_entity(e) if e.label_ in ("PERSON", "ORG") else None
            if ce is None:
                continue
            if ce.kind == "person" and ce.side is None:
                ce = ce._replace(side=side_of_phrase(_norm(_subtree_text(e.root))))
            head = "person" if ce.kind == "person" else e.root.lemma_.lower()
            name_low = ce.name.lower()
            heads_here = {head} | {w for w in ANAPHOR_HEADS if w in name_low}
            if "intelligence" in name_low or "service" in name_low:
                heads_here |= {"agency", "service"}
            if ce.kind == "person":
                heads_here |= _PERSON_HEADS
            cands.append((e.start_char, Mention(j, ce.name, ce.side, " ".join(sorted(heads_here)), ce.kind)))
        for t in sdoc if not speakers else ():
            if t.lemma_.lower() in ("source", "informant") and t.dep_ in ("nsubj", "nsubjpass"):
                if j == sent_idx and before is not None and t.idx >= before:
                    continue
                got = _entity_for_phrase(t, self.when())
                if got and got.kind != "other":
                    cands.append((t.idx, Mention(j, got.name, got.side, "source informant", got.kind)))
        return cands

    # -- the sieve -------------------------------------------------------------------------
