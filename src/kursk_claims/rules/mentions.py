"""Resolving a phrase to a claimant: the registry, NER, roles by date, as written; reporting verbs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import (
    Entity,
    field_of,
    lookup,
    resolve_role,
    side_name_regexes,
    side_of_phrase,
)
from kursk_claims.rules.context import (
    DocContext,
    _norm,
    _side_word,
    attribution_data,
    ents_of,
    governed_place_side,
    opposite,
    place_side,
    pronoun_clash,
)
from kursk_claims.rules.described import (
    CAPTIVE,
    PERSON_POSSESSIVES,
    another_named,
    call_signs,
    described_as,
    described_side,
    full_name,
    institution_before,
    issuer_before,
    name_given,
    possessed_role,
    the_country_s,
)
from kursk_claims.rules.described import region_side as described_region_side
from kursk_claims.rules.documents import bare_document, document_source
from kursk_claims.rules.earlier import EarlierMentions
from kursk_claims.rules.harm import losses_counted
from kursk_claims.rules.labels import INTERVIEWER, LABEL, is_transcript
from kursk_claims.rules.outlet import outlet_country, outlet_president, own_outlet, own_outlet_side
from kursk_claims.rules.phrases import (
    _SPEAKING_PEOPLE,
    ANAPHOR_HEADS,
    ANAPHOR_SYNONYMS,
    BARE_ANAPHOR_SYNONYMS,
    BARE_ONLY_HEADS,
    DESCRIBED_HEADS,
    OUTLET_NOUNS,
    OWNED_FIGURE_NOUNS,
    PERSON_TITLES,
    REPORT_VERBS,
    REVISE_VERBS,
    SHORT_NAME,
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
    Found,
    _entity_for_phrase,
    publishing_of,
)
from kursk_claims.rules.place import fronted_side
from kursk_claims.rules.sentence_before import PEOPLE, body_of_sentence_before, subject_of_sentence_before
from kursk_claims.rules.tree import BODY_WORDS, _phrase, _subtree_text, before_quoted
from kursk_claims.text.segment import quote_at

if TYPE_CHECKING:
    from spacy.tokens import Token


# people who speak for the institution they work at: "analysts at the institute" (data members)
_MEMBERS: frozenset[str] = frozenset(attribution_data()["members"])


# an unnamed person a sentence introduces: "A soldier from the 22nd brigade", "a local volunteer who ..."
_UNNAMED_PERSON = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,3}(?:" + "|".join(sorted(PEOPLE)) + r")\b")


class Resolver(EarlierMentions):
    """Resolves a phrase to a claimant in its document: earlier mentions, the registry, roles by date."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self._home: tuple[str | None] | None = None  # home_side(), once computed

    # -- resolving a subject token to a claimant ---------------------------------------------

    def resolve_subject(self, subj: Token, sent_idx: int, around: int) -> Found | None:
        """(name, side, kind, head) of the claimant a subject token names, or None (`_resolve`); a
        name the article gave as a call sign is a person's ("... identified only by his call sign,
        Bereza. ... Bereza answered")."""
        got = self._resolve(subj, sent_idx, around)
        if got is not None and SHORT_NAME.fullmatch(got.name) and lookup(got.name) is None:
            # "the RMA said": a name an earlier figure was credited to, or the page defines, "Ministry of Defense (MoD)"
            spelled = self.abbreviated(got.name, sent_idx) or self.spelled_out(got.name)
            if spelled is not None:
                return spelled._replace(head=got.head)
        if (
            got is not None
            and got.kind in ("person", "other")
            and subj.pos_ == "PROPN"
            and " " not in got.name
        ):
            full = full_name(self.ctx, got.name, sent_idx) if got.name[:1].isupper() else None
            if full is not None and lookup(got.name) is None:
                # "Kovtun said" after "trauma surgeon Oleh Kovtun": the person named in full before
                got = got._replace(
                    name=full, kind="person", side=got.side or self.described_side(full, sent_idx, around)
                )
        if got is not None and got.kind == "other" and subj.pos_ == "PROPN":
            called = next((c for c in self.call_signs(sent_idx) if c[0] == got.name), None)
            if called is not None:
                return got._replace(kind="person", side=got.side or called[1])
        return got

    def abbreviated(self, short: str, sent_idx: int) -> Found | None:
        """The latest claimant before this sentence whose capitalised words' initials end in `short`
        ('Sumy Regional Military Administration' for 'RMA')."""
        for c in reversed(self.ctx.claims):
            cs = self.ctx.sentence_at(c.start)
            if c.claimant is None or cs is None or cs.idx >= sent_idx:
                continue
            words = [w for w in c.claimant.split() if w[:1].isupper()]
            initials = "".join(w[0] for w in words)
            # (all its initials, or those after a place: "Sumy Regional Military Administration"; not
            # "Russian Air Force" for "RAF")
            extra = " ".join(words[: len(words) - len(short)])
            if initials.endswith(short) and (not extra or place_side(extra) is not None):
                known = lookup(c.claimant)
                return Found(c.claimant, c.claimant_side, known.kind if known else "body", short)
        return None

    def _resolve(self, subj: Token, sent_idx: int, around: int) -> Found | None:
        """(name, side, kind, head) of the claimant a subject token names, or None.

        Pronouns, "its"/"their", "one of them" and unnamed spokespeople resolve to earlier mentions;
        definite role phrases ("the ministry", "the source") to the last matching mention; anything
        else through the registry, NER, roles or as written, with its side guessed from context.
        """
        low = subj.lower_
        if low in ("he", "she", "him", "her", "his"):
            lead = subject_of_sentence_before(self, subj, sent_idx, around)
            if lead is not None and not pronoun_clash(low, lead.name):
                return lead._replace(head=low)
            unquoted = before_quoted(subj.doc.text, subj.idx)  # ('"Gerasimov has 50,000 troops," he said')
            m = self.last_mention(
                sent_idx, around, kinds=("person",), before=unquoted, speakers=True, pronoun=low
            )
            m = m or self.last_mention(sent_idx, around, kinds=("person",), before=unquoted, pronoun=low)
            m = m or self.next_person(sent_idx, around)
            if m is None:
                # "a drone operator who gave his call sign as Hrim. He said ...": known by a call sign
                called = self.call_signs(sent_idx)
                if called:
                    return Found(called[-1][0], called[-1][1], "person", low)
                # (not when an unnamed person was just introduced: "A local volunteer ... He said")
                before = " ".join(x.text for x in self.ctx.sentences[max(0, sent_idx - 2) : sent_idx + 1])
                m = None if _UNNAMED_PERSON.search(before) else self.last_person_credited(sent_idx, low)
            if m is not None and m.side is None and m.kind == "person" and lookup(m.name) is None:
                return Found(m.name, self.described_side(m.name, sent_idx, around), m.kind, low)
            return Found(m.name, m.side, m.kind, low) if m else None
        # "On April 30 it raised its estimate to about 600": a source revising its figure speaks too
        if low == "it" and subj.dep_ == "nsubj" and subj.head.lemma_.lower() in REPORT_VERBS | REVISE_VERBS:
            # "According to the General Staff, ..., it said": a body named earlier in the sentence;
            # "It estimated that ..." opening a sentence: the body that spoke last, else the last named
            named = self.last_mention(sent_idx, around, kinds=("body",), before=subj.idx)
            # (not a name inside what the verb reports: "... have liberated two settlements, Novoivanovka
            # and Nizhny Klin, it said")
            reported = " ".join(
                _subtree_text(c) for c in subj.head.children if c.dep_ == "ccomp" and c.i < subj.i
            )
            if named is not None and named.sent == sent_idx and named.name in reported:
                named = None
            if named is not None and named.sent == sent_idx:
                return Found(named.name, named.side, named.kind, low)
            # (a source that revises its count may be an outlet or a group: "In April it raised its estimate")
            kinds = ("body", "media", "group") if subj.head.lemma_.lower() in REVISE_VERBS else ("body",)
            m = self.last_mention(sent_idx, around, kinds=kinds, before=subj.idx, speakers=True) or named
            if m is None:
                # "the Two Majors channel ... posted a summary. ..., it wrote, ...": the channel, group or
                # body the sentence before is about
                return body_of_sentence_before(self, sent_idx, around)
            return Found(m.name, m.side, m.kind, low)
        outlet = self.own_outlet(subj, sent_idx)
        if outlet is not None:
            return outlet
        given = name_given(subj)
        captive = CAPTIVE.search(_subtree_text(subj))
        if given is not None and given.side is None and given.kind == "person" and not captive:
            # "A company commander who would give only his call sign, Lys, said ...": no side in the
            # description, so the side the article is about, as for a person named without one (not one
            # described as captured, likely the other side's)
            return given._replace(side=self.described_side(given.name, sent_idx, around) or self.home_side())
        if given is not None:
            return given
        kids = list(subj.children)
        place = next((c for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "from", "with", "of")), None)
        member = next((g for g in place.children if g.dep_ == "pobj"), None) if place is not None else None
        member = member or next((c for c in kids if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        titled = any(e.label_ == "PERSON" and e.root.head == subj for e in ents_of(subj.doc))  # "expert X at"
        if member is not None and subj.lemma_.lower() in _MEMBERS and not titled:
            # "Analysts at the Washington think tank estimated", "the project's analysts wrote": its body
            found = self.resolve_subject(member, sent_idx, around)
            if found is not None and found.kind in ("body", "group", "media"):
                return found
        if low in ("their", "its") and subj.dep_ == "poss":
            # "By their count, ...": the group or body the paragraph was about
            m = self.last_mention(sent_idx, around, kinds=("group", "body", "media"), before=subj.idx)
            return Found(m.name, m.side, m.kind, low) if m is not None else None
        if low == "they" and subj.head.lemma_.lower() in REPORT_VERBS:
            speakers = self.they_speaking(subj, sent_idx, around)
            if speakers is not None:
                return speakers
        if low in ("i", "we", "they", "it", "this", "that", "you", "who", "which"):
            return None
        owner = next(
            (
                c
                for c in subj.children
                if c.dep_ == "poss" and (c.pos_ in _OWNER_POS or c.lower_ in PERSON_POSSESSIVES)
            ),
            None,
        )  # (a person's too: "According to his data, ...")
        if owner is None and subj.lemma_.lower() in SOURCE_NOUNS | STATEMENT_NOUNS:
            # "Figures for August, published by HRMMU on 6 September, show ...": who published them
            published = publishing_of(subj)
            owner = (
                next(
                    (
                        a
                        for b in published.children
                        if b.dep_ == "agent"
                        for a in b.children
                        if a.dep_ == "pobj"
                    ),
                    None,
                )
                if published is not None
                else None
            )
        if owner is None and {subj.lemma_.lower(), low} & (SOURCE_NOUNS | STATEMENT_NOUNS):
            # "according to the data of the General Staff" (a translated genitive): the named body's
            # (as written: the model's lemma of "data" is "datum")
            owner = next(
                (
                    g
                    for c in subj.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj" and g.pos_ == "PROPN"
                ),
                None,
            )
        if owner is not None and {subj.lemma_.lower(), low} & (
            SOURCE_NOUNS | STATEMENT_NOUNS | OWNED_FIGURE_NOUNS
        ):
            # "The General Staff's daily tally put ...": whoever owns the statement is the speaker
            got = self.resolve_subject(owner, sent_idx, around)
            if got is not None and got.kind in ("person", "body", "group", "media"):
                return got._replace(head=low)
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        country_role = the_country_s(subj)
        if (poss is not None and BODY_WORDS.search(subj.text)) or country_role:
            # "Russia has not confirmed it. Its Defence Ministry says ...": the body of the country before;
            # "Ukraine's forces ..., the country's top commander has said": that country's role holder
            country = self.country_from_context(subj, sent_idx, around)
            bare = re.sub(r"(?i)^(?:its|their|the country's)\s+", "", _norm(_phrase(subj)))
            role = resolve_role(f"{country} {bare}", self.when()) if country else None
            if role is not None and (role.kind == "body" or country_role):
                return Found(role.name, role.side, role.kind, low)
        held = possessed_role(self, subj, sent_idx, around)
        if held is not None:
            return held
        has_person = any(
            e.label_ == "PERSON" and e.root.i in {t.i for t in subj.subtree} for e in ents_of(subj.doc)
        )
        if poss is not None and not has_person:
            # "Its maps show ...": the body named before (but "its head Volodymyr Artiukh" is the person)
            # ("Its daily bulletin said": of the body that spoke last, not of a place named since)
            bodies = ("body", "group", "media")
            said = (
                self.last_mention(sent_idx, around, kinds=bodies, before=subj.idx, speakers=True)
                if subj.lemma_.lower() in STATEMENT_NOUNS | SOURCE_NOUNS
                else None
            )
            m = said or self.last_mention(sent_idx, around, kinds=bodies, before=subj.idx)
            return Found(m.name, m.side, m.kind, low) if m else None
        if low in ("one", "some", "both", "all") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "those") for g in c.children)
            for c in subj.children
        ):
            # "One of them said": one of the sources named just before
            m = self.last_mention(sent_idx, around, before=subj.idx)
            return Found(m.name, m.side, m.kind, low) if m else None
        alone = [c.lower_ for c in subj.children] == (["the"] if low == "other" else [])
        if low in ("one", "other") and alone and subj.dep_ == "nsubj" and subj.head.lemma_ in REPORT_VERBS:
            # "US officials told the Guardian ... One said ... The other estimated ...": one of the speakers
            m = self.last_mention(sent_idx, around, before=subj.idx, speakers=True)
            return Found(m.name, m.side, m.kind, low) if m else None
        if subj.lemma_.lower() in _SPEAKING_PEOPLE and any(
            c.dep_ == "amod" and c.lower_ == "same" for c in subj.children
        ):
            # "The same official put the number at ...": the speaker before, named or described
            m = self.last_mention(sent_idx, around, kinds=("person",), before=subj.idx, speakers=True)
            if m is not None:
                return Found(m.name, m.side, m.kind, low)
        sub_ids = {t.i for t in subj.subtree}
        speaks_for = any(
            c.dep_ == "prep" and c.lower_ in ("for", "of") and any(g.dep_ == "pobj" for g in c.children)
            for c in subj.children
        )  # "a spokesman for the 95th Air Assault Brigade" names whom he speaks for
        if (
            low in ("spokesman", "spokeswoman", "spokesperson")
            and not speaks_for
            and not any(
                e.label_ in ("PERSON", "ORG")
                and e.root.i in sub_ids
                and e.root.dep_ in ("appos", "compound", "nsubj")
                for e in ents_of(subj.doc)
            )
        ):
            # "Russian Defense Ministry spokesman Igor Konashenkov said ... the spokesman said": the
            # person the article described as its spokesman, else the body that spoke
            # (a spokesman whose description gives no side speaks for the body's: "Andriy Kovalenko, a
            # spokesman for the agency")
            person = self._described_as(low, sent_idx, subj.idx, around)
            m = self.last_mention(sent_idx, around, kinds=("body",), before=subj.idx)
            if person is not None:
                return person if person.side or m is None else person._replace(side=m.side)
            if m is not None:
                return Found(m.name, m.side, m.kind, low)
        if bare_document(subj):
            found_doc = document_source(self, subj, sent_idx, around)
            if found_doc is not None:
                return found_doc
        found = _entity_for_phrase(subj, self.when())
        if found is None:
            return None
        name, side, kind, head = found
        is_definite = bool(re.match(r"(?i)^the\s", _phrase(subj)))
        titled = is_definite and head in PERSON_TITLES and lookup(name) is None
        # "the historian", "the war correspondent"; not "the Russian historian" nor "the spokesman
        # for the ministry", which say more than the title
        # ("The colonel, speaking again after ..., said": a clause set off after the title says nothing
        # of who it is)
        clause = {
            t.i for c in subj.children if c.dep_ in ("acl", "relcl") and c.i > subj.i for t in c.subtree
        }
        titled = titled and all(
            t is subj
            or t.lower_ == "the"
            or t.i in clause
            or (t.is_punct and t.i > subj.i)
            or (t.dep_ in ("amod", "compound") and _side_word(t) is None)
            for t in subj.subtree
        )
        if titled and head not in ANAPHOR_HEADS:
            # "the historian said": the person the article described as one ("Marianne Leclerc, a
            # military historian at ..."), however far back
            person = self._described_as(head, sent_idx, subj.idx, around)
            if person is not None:
                return person
            # "Dmytro Lubinets announced the exchange. The ombudsman stressed ...": the holder of the role
            # the registry knows, when the article has named them
            holder = self.role_holder_named(head, sent_idx, around)
            if holder is not None:
                return holder._replace(head=head)
        # mentions must precede the phrase itself, and not be inside the words it is credited with
        start_idx = before_quoted(subj.doc.text, min(t.idx for t in subj.subtree))
        # "the channel Severny Veter": a description given its own name refers to no earlier one
        own_name = (
            any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children)
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" and name.endswith(c.text) for c in subj.subtree)
        )  # ("the head of the Korenevo district, Natalia Ivaschenko,": the parser hung the name on the district)
        # ("the state broadcaster" is another outlet than the one named before, "the Belgorod regional
        # administration" another body: only the bare noun refers back)
        named_by_more = head in OUTLET_NOUNS | BARE_ONLY_HEADS and any(
            t.i != subj.i and t.dep_ not in ("det", "case") for t in subj.subtree
        )
        refers_back = head in ANAPHOR_HEADS | DESCRIBED_HEADS and not own_name and not named_by_more
        if lookup(name) is None and kind in ("body", "other") and refers_back and is_definite:
            kind = "other"
        if kind == "other" and refers_back and is_definite:
            holder = self.role_holder_named(_norm(_phrase(subj)), sent_idx, around, start_idx)
            if holder is not None:
                return holder._replace(head=head)
            # "the project" may refer back to "the tracker" (data anaphor_synonyms), never to any source
            # (a capitalised head with a proper-noun compound names its own body, "the US State
            # Department"; only the bare phrase, "the department", stands for another head's body)
            own = subj.text[:1].isupper() and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children
            )
            unmodified = all(t is subj or t.lower_ in ("the", "defence", "defense") for t in subj.subtree)
            heads = (head,) if own else ANAPHOR_SYNONYMS.get(head, (head,))
            m = self.last_mention(
                sent_idx,
                around,
                heads=BARE_ANAPHOR_SYNONYMS.get(head, heads) if unmodified else heads,
                before=start_idx,
            )
            if m is not None and field_of(_phrase(subj), head) not in (None, field_of(m.name, head)):
                m = None  # "the defence ministry" is not "Russia's health ministry" named before
            if (
                m is not None
                and head in BARE_ONLY_HEADS
                and another_named(self.ctx, m.sent, sent_idx, start_idx, head)
            ):
                m = None  # "the Biden administration approved ... The administration believes": not the earlier one
            if m is None and head in ("statement", "report"):
                # (the body that spoke last — "..., the ministry specified." — before any body named)
                m = self.last_mention(
                    sent_idx, around, kinds=("body",), before=start_idx, speakers=True
                ) or self.last_mention(sent_idx, around, kinds=("body",), before=start_idx)
                # "On Thursday, the General Staff published figures. ..., the statement said": an
                # institution named without its country, resolved below by the article's context
                written = institution_before(self.ctx, sent_idx, subj)
                if written is not None and (m is None or written[0] > m.sent):
                    body = self.body_by_context(written[1], subj, sent_idx, around)
                    if body is not None:
                        return body._replace(head=head)
                issuer = issuer_before(self.ctx, head, sent_idx, around, self.resolve_subject)
                if issuer is not None and (m is None or issuer[0] >= m.sent):
                    return issuer[1]._replace(head=head)
            if titled and (m is None or m.kind != "person" or place_side(m.name) is not None):
                # "acting governor Alexander Khinshtein reported ... The governor also said": the person
                # the article described with that title, when no person was referred to so since (a place
                # the recogniser took for a person is none)
                person = self._described_as(head, sent_idx, subj.idx, around)
                if person is not None:
                    return person
            if m is None and head in _SPEAKING_PEOPLE:
                # "A Ukrainian official involved in the talks said ... the official said": described, not named
                m = self.last_mention(sent_idx, around, kinds=("person",), before=start_idx, speakers=True)
            if m is not None and m.side is None:
                body = self.body_by_context(m.name, subj, sent_idx, around)
                if body is not None:
                    return body._replace(head=head)
            if m is not None and side is not None and m.side not in (None, side):
                m = None  # "the US president" is not the Russian president named before
            if (
                m is not None
                and head == "military"
                and m.head == "ministry"
                and not re.search(r"(?i)defen[cs]e", m.name)
            ):
                m = None  # ("the military said" is a defence ministry's word, not the Interior Ministry's)
            where = fronted_side(subj.sent.text)
            if m is not None and where in ("ukraine", "russia") and m.side not in (None, where):
                m = None  # "In Kyiv, the military said ...": not the Russian ministry named before
            if m is not None:
                return Found(m.name, m.side, m.kind, head)
        if kind == "other" and head in ("source", "informant") and is_definite:
            m = self.last_mention(sent_idx, around, heads=("source", "informant"), before=start_idx)
            if m is not None:
                return Found(m.name, m.side, m.kind, head)
        if kind == "other" and head in STATEMENT_NOUNS and name.lower() == head:
            return None  # "the statement said" with no source before it: no one named
        if side is None and lookup(name) is None:
            described = self.described_side(name, sent_idx, around) if kind == "person" else None
            if described is None and kind == "person" and poss is not None:
                # "Estonia's foreign intelligence service ... Its deputy director, Colonel Margus Lepik"
                described = self.country_from_context(poss.head, sent_idx, around)
            if described is not None:
                return Found(name, described, kind, head)
            body = self.body_by_context(name, subj, sent_idx, around) if head in ANAPHOR_HEADS else None
            if body is not None:
                return body._replace(head=head)
            whole_side = side_of_phrase(_norm(_phrase(subj))) or governed_place_side(_norm(_phrase(subj)))
            if whole_side is not None:
                return Found(name, whole_side, kind, head)
            title_text = " ".join(t.text for t in (subj.head if subj.dep_ == "appos" else subj).subtree)
            if re.search(
                r"(?i)\b(?:governor|regional|local|mayor|oblast|administration)\b", title_text
            ) and head not in ("media", "press", "outlets", "reports"):
                region_side = described_region_side(self.ctx, subj, sent_idx)
                if region_side:
                    return Found(name, region_side, kind, head)
            guessed = outlet_president(self.ctx.document, name) or self.country_from_context(
                subj, sent_idx, around
            )
            if guessed is not None:
                # "the defence ministry said" in a story about Russia's side -> Russian Defense Ministry
                role = resolve_role(f"{guessed} {re.sub(r'(?i)defence', 'defense', name)}", self.when())
                if role is not None and (head in ANAPHOR_HEADS or role.kind == "body"):
                    return Found(role.name, role.side, role.kind, head)
                if head in ANAPHOR_HEADS:
                    return Found(name, guessed, kind, head)
            if titled and name.lower() == head:
                # "the spokesman said" with no spokesman named by role: the one described as one
                person = self._described_as(head, sent_idx, subj.idx, around)
                if person is not None:
                    return person
            if kind == "person" and self.home_side() is not None:
                # a person named without a side, in an article about one side's people: that side's
                return Found(name, self.home_side(), kind, head)
        return Found(name, side, kind, head)

    def _described_as(self, head: str, sent_idx: int, before: int, around: int) -> Found | None:
        """The person described as `head` earlier in the article (`described.described_as`), with
        the registry's name and side, else the side of their description."""
        person = described_as(self.ctx, head, sent_idx, before, around)
        if person is None:
            return None
        known = lookup(person)
        if known is not None:
            return Found(known.name, known.side, known.kind, head)
        return Found(person, self.described_side(person, sent_idx, around), "person", head)

    def body_by_context(self, name: str, subj: Token, sent_idx: int, around: int) -> Found | None:
        """An institution named without its country ('the General Staff', 'the Defense Ministry in
        Moscow', 'the ministry') resolved to the registry body it stands for, by news style's order:
        a capital or country next to it, the body's full name earlier in the article, then the
        article's home side (the side of the registry officials and bodies it names most)."""
        name = re.sub(r"(?i)defence", "defense", name)
        when = self.when()
        # 1. "the Defense Ministry in Moscow": a place or country in the phrase itself
        # (not in a relative clause: "The Defense Ministry, which publishes figures on Ukrainian losses")
        clause = {t.i for c in subj.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
        near = side_of_phrase(_norm(" ".join(t.text for t in subj.subtree if t.i not in clause)))
        if near not in ("ukraine", "russia"):
            near = fronted_side(subj.sent.text)  # "In Russia, the Defense Ministry said"
        if near in ("ukraine", "russia"):
            role = resolve_role(f"{near} {name}", when)
            if role is not None and role.kind == "body":
                return Found(role.name, role.side, role.kind, subj.lower_)
        upto = self.ctx.sentences[sent_idx].start + subj.idx
        return self.body_by_name(name, subj.doc.text, upto, subj.lower_)

    def body_by_name(self, name: str, around_text: str, upto: int, head: str) -> Found | None:
        """An institution named without its country, as written ('General Staff' in a fact box's
        bracket), resolved by `body_by_context`'s later steps: whose losses the text around it counts,
        the body's full name earlier in the article, then the article's home side."""
        name = re.sub(r"(?i)defence", "defense", re.sub(r"(?i)^the\s+", "", name))
        when = self.when()
        cands = {
            side: role
            for side in ("ukraine", "russia")
            if (role := resolve_role(f"{side} {name}", when)) is not None and role.kind == "body"
        }
        if not cands:
            return None
        # "The General Staff said Russian losses had exceeded 17,000": a side's body counts the enemy's losses
        counted = opposite(losses_counted(around_text))
        if counted in cands:
            e = cands[counted]
            return Found(e.name, e.side, e.kind, head)
        # 2. the full name earlier in the article, as written or as an earlier figure's claimant
        text = self.ctx.document.text
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
            return Found(best[1].name, best[1].side, best[1].kind, head)
        # 3. the country of a warring side's own outlet (TASS, Ukrinform), else the article's home side
        home = own_outlet_side(self.ctx, upto) or self.home_side()
        if home in cands:
            e = cands[home]
            return Found(e.name, e.side, e.kind, head)
        return None

    def home_side(self) -> str | None:
        """The warring side whose registry officials and bodies the article names most often (with a
        clear majority), or None."""
        if self._home is None:
            counts = {"ukraine": 0, "russia": 0}
            for side, rx in side_name_regexes():
                counts[side] += len(rx.findall(self.ctx.document.text))
            ua, ru = counts["ukraine"], counts["russia"]
            self._home = ("ukraine" if ua > 2 * ru else "russia" if ru > 2 * ua else None,)
        return self._home[0]

    def country_from_context(self, subj: Token, sent_idx: int, around: int) -> str | None:
        """The side a sentence (or the one before it) is about, from its first demonym or country; for
        'its'/'their' ('Its Defence Ministry says ...'), the nearest country before the phrase."""
        sub = {t.i for t in subj.subtree}
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in subj.children):
            # "Our commander-in-chief says ...": the writer's own country (the outlet's, else the side
            # the article is about), never one the sentence names; in a quotation, the speaker's
            at = self.ctx.sentences[sent_idx].start + subj.idx
            text = self.ctx.document.text
            label = LABEL.match(text, text.rfind("\n", 0, at) + 1)
            if quote_at(self.ctx.quotes, at, at + 1) is not None or (
                label is not None and is_transcript(text) and not INTERVIEWER.match(label.group("label"))
            ):
                return None  # a quotation's or an answer's "our": the speaker's
            return outlet_country(self.ctx.document.outlet) or self.home_side()
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children):
            for t in reversed(subj.doc[: min(sub)]):
                sw = _side_word(t) if not _counted(t) else None  # (not "took 1,000 Russian prisoners")
                if sw:
                    return sw
            before = self.ctx.sent_doc(sent_idx - 1, around) if sent_idx > 0 else None
            subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass")] if before is not None else []
            for t in subjects:
                # "Estonia's foreign intelligence service gave ...": the subject's own words
                sw = side_of_phrase(_norm(_subtree_text(t)))
                if sw:
                    return sw
        # a named person's side is not read from what they report ("A senior officer ..., Major Oleh
        # Hrytsenko, said the Russians had retaken ..."); an unnamed source's may be ("a source in the
        # General Staff said Ukrainian forces still held ...")
        named = any(e.label_ == "PERSON" and e.root.i in sub for e in ents_of(subj.doc))
        clauses = [v for v in subj.doc if named and v.dep_ == "ccomp" and v.head.lemma_ in REPORT_VERBS]
        reported = {t.i for v in clauses if subj.i not in {w.i for w in v.subtree} for t in v.subtree}
        for t in subj.doc:
            if t.i in sub or t.i in reported or _counted(t):
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

    def own_outlet(self, subj: Token, sent_idx: int) -> Found | None:
        """The publishing outlet, when the article speaks as itself (`rules.outlet.own_outlet`)."""
        return own_outlet(self.ctx, subj, sent_idx)

    def described_side(self, name: str, sent_idx: int, around: int) -> str | None:
        """The side a person the registry does not know was described with (`described.described_side`)."""
        return described_side(self.ctx, name, sent_idx, around)

    def call_signs(self, upto: int) -> list[tuple[str, str | None]]:
        """People the article knows by a call sign, with their sides (`described.call_signs`)."""
        return call_signs(self.ctx, upto)


_OWNER_POS = ("PROPN", "NOUN")


def _counted(t: Token) -> bool:
    """A side word that says whose people or things a figure counts ('killed at least 300 Russians', '40
    Russian soldiers'): often the speaker's enemy, so no sign of the speaker's own side."""
    noun = t.head if t.dep_ in ("amod", "compound") else t
    return any(c.dep_ == "nummod" or (c.like_num and c.i < noun.i) for c in noun.children)
