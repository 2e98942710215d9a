"""Earlier mentions a reference back can point to: the named entities, described speakers and sources
of the sentences before, and the claimants of earlier claims (`EarlierMentions`, the base of
`mentions.Resolver`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup, lookup_tail, resolve_role, side_of_phrase
from kursk_claims.rules.context import (
    WINDOW_BACK,
    WINDOW_FWD,
    DocContext,
    Mention,
    _norm,
    _place_regex,
    ent_type_of,
    ents_of,
    place_side,
    pronoun_clash,
)
from kursk_claims.rules.documents import document_owners
from kursk_claims.rules.phrases import (
    _PERSON_HEADS,
    _SPEAKING_PEOPLE,
    ANAPHOR_HEADS,
    DESCRIBED_HEADS,
    INSTITUTION_HEADS,
    OUTLET_NOUNS,
    PERSON_TITLES,
    PLATFORMS,
    REPORT_VERBS,
    Found,
    _canon_entity,
    _entity_for_phrase,
    _reporting_verbs,
)
from kursk_claims.rules.tree import BODY_WORDS, _subject_of, _subtree_text, title_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# what names a place: "the settlements of Lyubimovka, Olgovka and Zeleny Shlyakh", "near Olgovka"
_PLACE_NOUNS = frozenset({"village", "settlement", "town", "city", "area", "district", "hamlet", "locality"})


def _named_place(root: Token) -> bool:
    """A name the recogniser took for an organisation or a person that the sentence calls a place:
    'in the areas of the settlements of Lyubimovka, Olgovka and ...', 'near Olgovka'."""
    t = root
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ in ("near", "outside", "around"):
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_NOUNS


# a name's description as a person right after it: ", a spokesman for the office"
_DESCRIBED_AS_PERSON = r",\s+(?:a|an|the)\s+[^,.;]{0,60}?\b(?:" + "|".join(PERSON_TITLES) + r")"


# how many sentences back a pronoun with no person in reach may find the last person credited
_CREDITED_REACH = 8
# ... else the last person named this many sentences back
_NAMED_REACH = 30
# ... and 'They said' the speakers in the plural credited last
_PLURAL_REACH = 3


# the people a family name before them names ("the Petrenko sisters")
_KIN = frozenset({"brother", "sister", "family", "couple", "twin", "son", "daughter", "parent", "widow"})


class EarlierMentions:
    """The search for earlier mentions; `resolve_subject` (the resolver's) names described speakers."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self._owners_open: set[tuple[int, int]] = set()  # documents' owners being resolved (sentence, token)

    def when(self) -> str | None:
        """The date roles are resolved at: the document date."""
        return self.ctx.doc_date

    def spelled_out(self, short: str) -> Found | None:
        """The body a short name the page defines in brackets abbreviates ('the Russian Ministry of Defense
        (MoD) said ...' ... 'according to the MoD'), when the registry knows the full name."""
        m = re.search(
            r"((?:[A-Z][\w'’.-]*|of|the|for|and|on)(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|on)){0,8})\s*\(\s*"
            + re.escape(short)
            + r"\s*\)",
            self.ctx.document.text,
        )
        e = lookup_tail(m.group(1).split(), max_drop=4) if m is not None else None
        return Found(e.name, e.side, e.kind, short) if e is not None and e.kind != "person" else None

    def resolve_subject(self, subj: Token, sent_idx: int, around: int) -> Found | None:
        """The claimant a subject token names (`mentions.Resolver` gives it)."""
        raise NotImplementedError

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

    @staticmethod
    def _unnamed_speakers(sdoc: Doc, heads: frozenset[str] = _SPEAKING_PEOPLE) -> list[Token]:
        """Subjects of the sentence's reporting verbs named by a role, not a name: people described
        (`heads` by default), or institutions (INSTITUTION_HEADS: 'the administration reported')."""
        out = []
        for v in _reporting_verbs(sdoc):
            subj = _subject_of(v)
            if (
                subj is not None
                and subj.pos_ == "NOUN"
                and not ent_type_of(subj)
                and subj.lemma_.lower() in heads
            ):
                out.append(subj)
        return out

    def role_holder_named(
        self, phrase: str, sent_idx: int, around: int, before: int | None = None
    ) -> Found | None:
        """'the chief of the General Staff' without a country: the holder of that role in either
        country, if the article has named exactly one of them (in this sentence, before `before`)."""
        holders = {
            e.name: e
            for country in ("russia", "ukraine", "north korea")
            if (e := resolve_role(f"{country} {phrase}", self.when())) is not None and e.kind == "person"
        }
        if not holders:
            return None
        named: set[str] = set()
        for j in self.ctx.window(around):
            if j > sent_idx:
                break
            sdoc = self.ctx.sent_doc(j, around)
            for ent in ents_of(sdoc) if sdoc is not None else ():
                if j == sent_idx and before is not None and ent.start_char >= before:
                    continue
                ce = _canon_entity(ent) if ent.label_ == "PERSON" else None
                if ce is not None and ce.name in holders:
                    named.add(ce.name)
        if len(named) != 1:
            return None
        holder = holders[named.pop()]
        return Found(holder.name, holder.side, holder.kind, "")

    def last_mention(
        self,
        sent_idx: int,
        around: int,
        *,
        kinds: tuple[str, ...] = (),
        heads: tuple[str, ...] = (),
        before: int | None = None,
        speakers: bool = False,
        pronoun: str | None = None,
    ) -> Mention | None:
        """The latest entity mention before this point: earlier claims' claimants and window mentions.

        The latest that fits `kinds` and `heads` in the order (sentence, offset), ties in the order
        sentence mentions, then claims; with `heads`, a person whose own title has the head comes
        first. Sentences are read from the latest back and reading stops at the first that holds
        one, so earlier sentences are not parsed for it."""
        window = self.ctx.window(around)
        claims_at: dict[int, list[tuple[int, Mention]]] = {}
        for c in self.ctx.claims:
            cs = self.ctx.sentence_at(c.start)
            sidx = cs.idx if cs is not None else None
            if c.claimant and sidx is not None and sidx <= sent_idx and sidx in window:
                known = lookup(c.claimant)
                kind = known.kind if known else "person" if self._named_person(c.claimant) else "other"
                head = self.ctx.claimant_heads.get(c.start, "")
                claims_at.setdefault(sidx, []).append(
                    (c.start, Mention(sidx, c.claimant, c.claimant_side, head, kind))
                )
        read: dict[int, list[tuple[int, Mention]]] = {}

        def latest_first(j: int) -> list[Mention]:
            if j not in read:
                cands = self._mentions_in(j, sent_idx, around, before, speakers) + claims_at.get(j, [])
                cands.sort(key=lambda x: x[0])  # stable: equal offsets keep the order above
                read[j] = cands
            return [m for _, m in reversed(read[j])]

        order = range(min(sent_idx, window.stop - 1), window.start - 1, -1)
        if heads:
            titled = {f"titled:{h}" for h in heads}
            for j in order:
                for m in latest_first(j):
                    if (not kinds or m.kind in kinds) and titled & set(m.head.split()):
                        return m
        for j in order:
            for m in latest_first(j):
                if kinds and m.kind not in kinds:
                    continue
                if heads and not (set(heads) & set(m.head.split())):
                    continue
                if pronoun is not None and pronoun_clash(pronoun, m.name):
                    continue  # "she said" after "Alexei Smirnov": someone else
                return m
        return None

    def last_person_credited(self, sent_idx: int, pronoun: str) -> Mention | None:
        """A pronoun with no person in reach of the parse window: the person the article last credited
        with a figure before it ('Khinshtein wrote that 1,976 residents ...' ... 'On Saturday, he said')."""
        best: tuple[int, Mention] | None = None
        for c in self.ctx.claims:
            cs = self.ctx.sentence_at(c.start)
            if cs is None or cs.idx >= sent_idx or not c.claimant or (best is not None and c.start < best[0]):
                continue
            if sent_idx - cs.idx > _CREDITED_REACH:
                continue  # (too far back to be what the pronoun refers to)
            known = lookup(c.claimant)
            person = known.kind == "person" if known is not None else self._named_person(c.claimant)
            if person and not pronoun_clash(pronoun, c.claimant):
                best = (c.start, Mention(cs.idx, c.claimant, c.claimant_side, "", "person"))
        return best[1] if best is not None else self._last_person_named(sent_idx, pronoun)

    def _last_person_named(self, sent_idx: int, pronoun: str) -> Mention | None:
        """... else the person last named before it, further back than the window: a profile names its
        subject once and goes on with "he" for paragraphs ("Taras Hrytsenko did not like journalists ...
        His company had taken 31 prisoners, he said"). Only sentences the extractor parses anyway are read;
        not past a speaker the window describes, not names ("A source in the security services told ...
        According to him"), nor to a place the recogniser took for a person."""
        for j in range(self.ctx.window(sent_idx).start, sent_idx + 1):
            sdoc = self.ctx.sent_doc(j, sent_idx)
            if sdoc is not None and any(
                sdoc[i].dep_ == "nsubj" and sdoc[i].pos_ != "PRON" and ent_type_of(sdoc[i]) != "PERSON"
                for i in self._speaker_tokens(sdoc)
            ):
                return None
        for j in range(sent_idx - WINDOW_BACK - 1, max(-1, sent_idx - _NAMED_REACH), -1):
            sdoc = self.ctx.parsed.get(j)
            if sdoc is None or self.ctx.sentences[j].furniture:
                continue
            for e in reversed(ents_of(sdoc)):
                ce = _canon_entity(e) if e.label_ == "PERSON" else None
                if ce is not None and not pronoun_clash(pronoun, ce.name) and place_side(ce.name) is None:
                    return Mention(j, ce.name, ce.side, "", "person")
        return None

    def they_speaking(self, subj: Token, sent_idx: int, around: int) -> Found | None:
        """'they' as the subject of a reporting verb: the plural subject its sentence opened with ("Pro-war
        Telegram channels have been celebrating an operation in which, they say, ..."); opening a sentence
        or set off after what they said ("They said ...", "..., they said"), the speakers in the plural the
        article credited just before (`last_plural_credited`)."""
        # ("..., they said." closing the sentence refers back past its own subject)
        closing = subj.head.i == subj.i + 1 and all(t.is_punct for t in subj.doc[subj.head.i + 1 :])
        trailing = subj.i > 0 and subj.doc[subj.i - 1].text == ","
        # (or a country or its capital, whose government "they" are: "Ukraine went in in August and at the
        # peak they said they held ...")
        opener = next(
            (
                t
                for t in subj.doc[: subj.i]
                if t.dep_ == "nsubj"
                and (t.tag_ in ("NNS", "NNPS") or (t.tag_ == "NNP" and side_of_phrase(t.text) is not None))
            ),
            None,
        )
        if opener is not None and not (trailing and closing):
            return self.resolve_subject(opener, sent_idx, around)
        if trailing or not any(t.dep_ == "nsubj" for t in subj.doc[: subj.i]):
            plural = self.last_plural_credited(sent_idx)
            return Found(plural.name, plural.side, plural.kind, subj.lower_) if plural is not None else None
        return None

    def last_plural_credited(self, sent_idx: int) -> Mention | None:
        """'They said ...' opening a sentence: the speakers in the plural the article credited with a figure
        in the sentences just before ('American and Ukrainian officials told the paper ... They said the force
        included about 11,000 North Korean soldiers'); not a body or person the registry knows. A nearer
        plural subject, after the last figure, is what 'they' refers to: a reporting or estimating verb's is
        that speaker ("Russian war bloggers put the number ... at about 800. The pipeline ran for roughly 15
        kilometres, they said."), another's no one credited ("Villagers who stayed ... described ...")."""
        last = next(
            (
                (cs, c)
                for c in reversed(self.ctx.claims)
                if c.claimant and (cs := self.ctx.sentence_at(c.start)) is not None and cs.idx < sent_idx
            ),
            None,
        )
        since = max(last[0].idx if last is not None else -1, sent_idx - 1 - _PLURAL_REACH)
        for j in range(sent_idx - 1, since, -1):
            d = self.ctx.sent_doc(j, sent_idx)
            subj = next(
                (
                    t
                    for t in reversed(d or ())
                    if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")
                ),
                None,
            )
            if subj is None:
                continue
            got = (
                self.resolve_subject(subj, j, sent_idx) if subj.head.lemma_.lower() in REPORT_VERBS else None
            )
            if got is None or lookup(got.name) is not None or self._named_person(got.name):
                return None
            return Mention(j, got.name, got.side, "", "group")
        name = last[1].claimant if last is not None else None
        if last is None or name is None or sent_idx - last[0].idx > _PLURAL_REACH:
            return None
        tail = name.split()[-1].lower()
        plural = " and " in name or (tail.endswith("s") and not tail.endswith("ss"))
        if not plural or lookup(name) is not None or self._named_person(name):
            return None  # (another speaker's figure came last: a body, a person)
        return Mention(last[0].idx, name, last[1].claimant_side, "", "group")

    def _named_person(self, name: str) -> bool:
        """A one-word claimant the registry does not know is a person when the article wrote it as a
        surname after a first name ('Terletskyi' after 'Mykola Terletskyi'); so is a name of two or
        three capitalised words the page writes (a full name the resolver gave a surname)."""
        if not name[:1].isupper() or BODY_WORDS.search(name):
            return False
        known = self.ctx.named_persons  # (each name's search of the page, once per page)
        if " " in name:
            # "Mykola Terletskyi", credited in full for a surname alone ('Terletskyi said'): the page
            # writes the surname alone too (not "Kaira Analytics", "Black Sea Fleet")
            words = name.split()
            if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
                return False
            if name not in known:
                text = self.ctx.document.text
                alone = len(re.findall(r"\b" + re.escape(words[-1]) + r"\b", text)) > text.count(name)
                # ... or described as a person ("Oleksii Dmytrashkivskyi, a spokesman")
                known[name] = alone or re.search(re.escape(name) + _DESCRIBED_AS_PERSON, text) is not None
            if not known[name]:
                # ... or the recogniser took it for a person in a sentence parsed so far (more are
                # parsed as the page is read, so this is asked again)
                known[name] = any(
                    e.label_ == "PERSON" and e.text.split()[-1] == words[-1]
                    for sdoc in self.ctx.parsed.values()
                    for e in ents_of(sdoc)
                )
            return known[name]
        if name not in known:
            known[name] = (
                re.search(r"\b[A-Z][a-z]+\s+" + re.escape(name) + r"\b", self.ctx.document.text) is not None
            )
        return known[name]

    def _mentions_in(
        self, j: int, sent_idx: int, around: int, before: int | None, speakers: bool
    ) -> list[tuple[int, Mention]]:
        """(offset in the sentence, mention) of the named entities, the speakers described rather
        than named (with `speakers`) and the 'sources' of sentence j."""
        sdoc = self.ctx.sent_doc(j, around)
        if sdoc is None or self.ctx.sentences[j].furniture:
            return []
        cands: list[tuple[int, Mention]] = []
        speaker_toks = self._speaker_tokens(sdoc) if speakers else set()
        owners = document_owners(sdoc) if not speakers else []
        for e in ents_of(sdoc):
            if speakers and e.root.i not in speaker_toks:
                continue
            if j == sent_idx and before is not None and e.start_char >= before:
                continue
            ce = _canon_entity(e) if e.label_ in ("PERSON", "ORG") else None
            if (
                ce is None
                or ce.name.lower() in PLATFORMS
                or ce.name in _place_regex()[1]
                or _named_place(e.root)
            ):
                continue  # "on Telegram", "in Sudzha" (taken for a person): no earlier speaker
            if ce.kind != "person" and e.label_ == "ORG" and len(e) == 1 and lookup(e.text) is None:
                if self._named_person(e.text):  # "Marsh pointed to ..." after "Evan Marsh, an analyst"
                    ce = ce._replace(kind="person", side=None)
            if (
                ce.kind == "person"
                and e.start > 0
                and sdoc[e.start - 1].lower_ == "the"
                and not (e.root.dep_ == "compound" and e.root.head.lemma_.lower() in _KIN)
                and lookup(e.text) is None
            ):
                continue  # "told the Star": no one's name takes "the", a paper's does (not "the Petrenko sisters")
            if ce.kind == "person" and ce.side is None:
                ce = ce._replace(side=side_of_phrase(_norm(_subtree_text(e.root))))
            head = "person" if ce.kind == "person" else e.root.lemma_.lower()
            name_low = ce.name.lower()
            heads_here = {head} | {w for w in ANAPHOR_HEADS | DESCRIBED_HEADS if w in name_low}
            # what the sentence calls it: "Ironclad Tally, an open-source project", "the mapping group
            # Kaira Analytics" are "the project", "the group" further on
            described = [
                c for c in e.root.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < e.start)
            ]
            if e.root.dep_ in ("appos", "compound"):
                described.append(e.root.head)  # "Rybar, a channel", "the DeepState project"
            # "Rybar, the most-quoted of the military channels": one of the things the 'of' names
            described += [
                p
                for c in described
                if c.dep_ == "appos"
                for g in c.children
                if g.lower_ == "of"
                for p in g.children
                if p.dep_ == "pobj"
            ]
            heads_here |= {c.lemma_.lower() for c in described} & DESCRIBED_HEADS
            # "X published its assessment" ... "the assessment said"
            heads_here |= {doc for owner, doc in owners if e.start <= owner.i < e.end}
            if "intelligence" in name_low or "service" in name_low:
                heads_here |= {"agency", "service"}
            if ce.kind == "media":
                heads_here |= OUTLET_NOUNS  # "The Wall Street Journal reported" ... "the paper says"
            if ce.kind == "person":
                heads_here |= _PERSON_HEADS
                # the heads their own title gives them ("Chief of the General Staff ... Valery
                # Gerasimov" is "the general", "Supreme Commander-in-Chief Vladimir Putin" is not)
                heads_here |= {f"titled:{w}" for w in title_words(e, ce.name, self.when()) & _PERSON_HEADS}
            cands.append((e.start_char, Mention(j, ce.name, ce.side, " ".join(sorted(heads_here)), ce.kind)))
        for subj in self._unnamed_speakers(sdoc) if speakers else ():
            # "an official of the regional emergencies department told TASS ...": a speaker the
            # entity recogniser does not see
            if j == sent_idx and before is not None and subj.idx >= before:
                continue
            got = self.resolve_subject(subj, j, around)
            if got is not None and got.kind in ("person", "other"):
                cands.append((subj.idx, Mention(j, got.name, got.side, "person", "person")))
        for subj in self._unnamed_speakers(sdoc, INSTITUTION_HEADS) if speakers else ():
            # "..., the administration reported on Telegram. ..., it said.": a body named by its role
            if j == sent_idx and before is not None and subj.idx >= before:
                continue
            got = self.resolve_subject(subj, j, around)
            if got is not None and got.kind == "body":
                cands.append((subj.idx, Mention(j, got.name, got.side, got.head, "body")))
        for owner, doc in owners:
            # "Latvia's intelligence service released its yearly assessment": a source no name gives
            key = (j, owner.i)
            if (
                ent_type_of(owner)
                or key in self._owners_open
                or (j == sent_idx and before is not None and owner.idx >= before)
            ):
                continue
            self._owners_open.add(key)  # (resolving the owner may look back here again)
            try:
                got = self.resolve_subject(owner, j, around)
            finally:
                self._owners_open.discard(key)
            if got is not None and (
                got.kind in ("person", "body", "group", "media") or BODY_WORDS.search(got.name)
            ):
                cands.append((owner.idx, Mention(j, got.name, got.side, doc, got.kind)))
        for t in sdoc if not speakers else ():
            if t.lemma_.lower() in ("source", "informant") and t.dep_ in ("nsubj", "nsubjpass"):
                if j == sent_idx and before is not None and t.idx >= before:
                    continue
                got = _entity_for_phrase(t, self.when())
                if got and got.kind != "other":
                    cands.append((t.idx, Mention(j, got.name, got.side, "source informant", got.kind)))
        return cands
