"""The actor rules: whose forces, territory or people a figure is about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.rules.context import WARRING_SIDES, _relative_side, _side_word, metric_data, opposite
from kursk_claims.rules.datalines import data_line, label_names_speaker
from kursk_claims.rules.decision import Decision, rule_of
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.metric import ESTIMATE_VERBS
from kursk_claims.rules.phrases import REPORT_VERBS, REVISE_VERBS, SOURCE_NOUNS
from kursk_claims.rules.predicate import _evacuation_context, _unit_anchor, resident_word
from kursk_claims.rules.referred import FIGURE_NOUNS
from kursk_claims.rules.tree import (
    _agent_of,
    _ancestors_to_verb,
    _governing_verb,
    _is_object_of,
    _phrase,
    _subject_of,
    doc_text,
)
from kursk_claims.text.quantities import Quantity
from kursk_claims.text.segment import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kursk_claims.models import Claim
    from kursk_claims.rules.context import DocContext


def _side_of_np(tok: Token, speaker_side: str | None) -> str | None:
    """Side named inside the phrase headed by tok ('Russia's army', 'the Armed Forces of Ukraine', 'we')."""
    rel = _relative_side(tok, speaker_side)
    if rel:
        return rel
    for t in tok.subtree:
        r = _relative_side(t, speaker_side)
        if r:
            return r
        sw = _side_word(t)
        if sw:
            return sw
    return None


def _losses_named(sdoc: Doc, upto: int) -> tuple[str, Decision] | None:
    """Whose losses the sentence names before a passive toll: the object of a verb the toll's clause
    hangs on ('put North Korean losses higher, saying that more than 3,000 had been killed'); not
    losses only spoken about ('said Ukrainian losses were modest, while ...', 'would not discuss
    Ukrainian losses, but ...'), nor when the toll's own words say whose ('on the Russian side')."""
    anchor = sdoc[upto]
    clause = anchor.head
    if any(_side_word(t) or t.lower_ in ("enemy", "other") for t in clause.subtree if t.i > upto):
        return None
    ancestors = {a.i for a in anchor.ancestors}
    for t in sdoc[:upto]:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in ("loss", "casualty"):
            continue
        verb = t.head
        # ("Zelensky's figure for North Korean losses is higher: ... he said almost 4,000 had been killed")
        figure_for = (
            t.dep_ == "pobj" and verb.lower_ in ("for", "of") and verb.head.lemma_.lower() in FIGURE_NOUNS
        )
        object_of = (
            t.dep_ == "dobj" and verb.i in ancestors and not any(c.dep_ == "neg" for c in verb.children)
        )
        if not (figure_for or object_of):
            continue
        for c in t.children:
            if c.dep_ in ("amod", "poss", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ == "of"):
                side = next((w for w in map(_side_word, c.subtree) if w), None)
                if side in WARRING_SIDES:
                    return side, Decision(
                        "actor.losses_named", f"'{verb.text} {_phrase(t)}' before the figure"
                    )
    return None


def _modifier_side(num: Token, noun: Token | None, speaker_side: str | None) -> tuple[str, Decision] | None:
    toks: list[Token] = []
    if noun is not None:
        toks.extend(num.doc[num.i + 1 : noun.i + 1])
        toks.extend(
            t for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree
        )
        # "12,000 troops from North Korea"
        toks.extend(t for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree)
    else:
        toks.extend(num.doc[num.i + 1 : min(len(num.doc), num.i + 3)])
        of = num.head if num.dep_ == "pobj" and num.head.lower_ == "of" else None
        if (
            of is not None
            and of.head.pos_ == "NOUN"
            and of.head.lemma_.lower() not in FIGURE_NOUNS | SOURCE_NOUNS
        ):
            # "the enemy grouping of about 50,000": what the number is the size of
            toks.extend(
                t for c in of.head.children if c.dep_ in ("amod", "compound", "poss") for t in c.subtree
            )
    for t in toks:
        r = _relative_side(t, speaker_side)
        if r:
            return r, Decision("actor.relative_to_speaker", f"'{t.text}' relative to the speaker")
        sw = _side_word(t)
        if sw:
            return sw, Decision("actor.modifier_side", f"modifier '{t.text}'")
    return None


def _last_side_before(
    sdoc: Doc,
    char_limit: int,
    skip: tuple[int, int] | None = None,
    speaker_side: str | None = None,
    skip_speakers: bool = False,
    skip_places: bool = False,
) -> tuple[str, Decision] | None:
    """The last side word before `char_limit`; with `skip_speakers`, not one inside the subject of a
    reporting verb ("Russia claims 8 tanks destroyed": who speaks, not whose losses); with
    `skip_places`, not one naming a land's country ("of Russian territory": where, not whose)."""
    speakers = (
        {
            g.i
            for v in sdoc
            if v.lemma_.lower() in _SPEAKING_VERBS
            for c in v.children
            if c.dep_ == "nsubj"
            for g in c.subtree
        }
        if skip_speakers
        else set()
    )
    best: tuple[str, Decision] | None = None
    for t in sdoc:
        if t.idx >= char_limit:
            break
        if (skip and skip[0] <= t.idx < skip[1]) or t.i in speakers:
            continue
        if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPOSITIONS:
            continue  # "crossed into Russia": where, not whose
        if skip_places and t.dep_ == "amod" and t.head.lemma_.lower() in _LANDS:
            continue
        sw = _relative_side(t, speaker_side) if t.lower_ not in ("our", "we", "us") else None
        sw = sw or _side_word(t)
        if sw:
            best = (sw, Decision("actor.nearest_side_word", f"nearest side word '{t.text}'"))
    return best


# a fact box label's words naming its source: "Kyiv's estimate", "claimed by Moscow", "according to Ukraine"
_LABEL_SOURCE = re.compile(
    r"(?i)\b(?:according\s+to|claimed\s+by|per)\s.*$"
    r"|\b[\w.-]+['’]s?\s+(?:own\s+)?(?:estimates?|claims?|figures?|counts?|tally|data|assessments?|numbers?)\b"
)
# land a country's adjective may name the country of ("Russian territory", "Ukrainian soil")
_LANDS = frozenset({"territory", "land", "soil"})
# a country after these names a place, not a side: "crossed into Russia", "fighting in Ukraine"
_PLACE_PREPOSITIONS = frozenset(
    {"into", "in", "inside", "to", "towards", "toward", "across", "near", "within", "at"}
)
_HARM_VERBS: frozenset[str] = frozenset(metric_data()["harm_verbs"])
_OWN_LOSS_VERBS: frozenset[str] = frozenset(metric_data()["own_loss_verbs"])


def _under_control_of(anchor: Token) -> str | None:
    """'28 settlements under Ukrainian control': the side whose control the phrase names (also
    through the figure's verb: '560 square kilometres remained under Ukrainian control', 'a map
    showing 560 square kilometres still under Ukrainian control')."""
    through_verb = list(anchor.head.children) if anchor.dep_ in ("nsubj", "nsubjpass", "dobj") else []
    for c in [*anchor.children, *through_verb]:
        if c.dep_ == "prep" and c.lower_ == "under":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() == "control":
                    for m in g.subtree:
                        side = _side_word(m)
                        if side:
                            return side
    return None


def _captor_side(noun: Token, speaker_side: str | None) -> tuple[str, Decision] | None:
    """'troops captured by Ukraine': prisoners belong to the side opposite their captor
    (rule actor.captured_by)."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("capture", "take", "seize", "hold"):
            agent = _agent_of(c)
            if agent is None:
                continue
            side = _side_of_np(agent, speaker_side)
            if opposite(side):
                return opposite(side) or "unknown", Decision(
                    "actor.captured_by", f"'{c.text} by {_phrase(agent)}': the captor's enemy"
                )
    return None


def _own_losses(verb: Token, speaker_side: str | None) -> tuple[str, Decision] | None:
    """'Russia continues to take 1,000 casualties a day': losses taken, suffered or sustained are
    the subject's own (rule actor.own_losses)."""
    if verb.lemma_.lower() not in _OWN_LOSS_VERBS:
        return None
    subj = _subject_of(verb)
    if subj is None and verb.dep_ == "xcomp":
        subj = _subject_of(verb.head)
    if subj is None:
        return None
    side = _side_of_np(subj, speaker_side)
    if side is None:
        return None
    return side, Decision("actor.own_losses", f"'{verb.text}' by '{_phrase(subj)}': its own losses")


# verbs by which a side stops the other's attacks ("repelled attacks near eight villages")
_REPEL_VERBS = frozenset({"repel", "repulse", "thwart", "beat", "halt", "stop", "foil", "fend"})
_ATTACK_NOUNS = frozenset(
    {"attack", "attempt", "assault", "offensive", "counterattack", "counteroffensive", "raid"}
)


def _attacked_at(noun: Token, verb: Token) -> bool:
    """'repelled attacks near 11 villages', 'thwarted attempts to break through near eight
    settlements': the counted places are where the repelled attacks came."""
    if verb.lemma_.lower() not in _REPEL_VERBS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in ("near", "towards", "toward", "on", "around", "at", "in"):
        return False
    head = prep.head
    while head.pos_ == "VERB" and head.dep_ in ("acl", "xcomp") and head.i != head.head.i:
        head = head.head  # "attempts to break through near ..."
    return head.lemma_.lower() in _ATTACK_NOUNS


def _actor(
    metric: str,
    predicate: str,
    num: Token,
    noun: Token | None,
    q: Quantity,
    s: Sentence,
    speaker_side: str | None,
    sdoc: Doc,
    prev_doc: Callable[[], Doc | None] | None = None,
    earlier_actor: str | None = None,
    antecedent_actor: str | None = None,
) -> tuple[str, Decision]:
    if metric == "civilians":
        return "civilians", Decision("actor.civilians_metric", "metric")
    if predicate == "region_size":
        return "unknown", Decision("actor.region_size", "size of a region")
    line = data_line(s.text, q.start - s.start, q.end - s.start)
    # (the side the label counts, not the source it names: "Kyiv's estimate:", "... claimed by Moscow:")
    label_side = (
        side_of_phrase(_LABEL_SOURCE.sub(" ", line.label))
        if line is not None and not label_names_speaker(line.label)
        else None
    )
    if line is not None and label_side in WARRING_SIDES:
        # a fact box line "Ukrainian losses claimed by Moscow: over 54,000": whose, the label says first
        return label_side, Decision("actor.list_label", f"list line '{line.label}'")
    if line is not None and label_side is None and re.search(r"(?i)\b(?:enemy|adversary)\b", line.label):
        # "| Enemy personnel losses | 62,400 |" in the General Staff's column: its enemy's
        enemy = opposite(speaker_side)
        if enemy is not None:
            return enemy, Decision("actor.list_label", f"list line '{line.label}': the source's enemy")
    anchor = noun if noun is not None else _unit_anchor(num, q)
    if metric in ("settlements", "distance_km") and _evacuation_context(anchor):
        return "civilians", Decision("actor.evacuation_zone", "settlements or distance of an evacuation")
    if metric == "settlements" and predicate == "other" and (word := resident_word(anchor)) is not None:
        return "civilians", Decision("actor.residents", f"settlements of residents ('{word}')")
    verb = _governing_verb(anchor)
    if metric == "prisoners" and noun is not None:
        # "two North Korean soldiers captured by Ukrainian forces": whose soldiers the phrase says first
        captor = _modifier_side(num, noun, speaker_side) or _captor_side(noun, speaker_side)
        if captor is not None:
            return captor
    if metric in ("killed", "wounded", "casualties") and verb is not None and _is_object_of(anchor, verb):
        own = _own_losses(verb, speaker_side)
        if own is not None:
            return own
    if metric not in ("territory_km2", "territory_pct", "settlements"):
        found = _modifier_side(num, noun, speaker_side)
        if found:
            return found
        if verb is not None and verb.lemma_.lower() == "inflict":
            # "inflicting losses of up to 280 servicemen on Ukrainian forces": whom they were inflicted on
            objs = [verb, anchor, *(c for c in verb.children if c.dep_ == "dobj")]
            for p in (c for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "on"):
                side = _side_of_np(p, speaker_side)
                if side:
                    return side, Decision("actor.inflicted_on", f"'{verb.text} ... {p.text} {_phrase(p)}'")
        if verb is not None and verb.lemma_.lower() in ESTIMATE_VERBS:
            # "put Ukrainian losses at 4,130 servicemen": whose losses the object names
            for o in (c for c in verb.children if c.dep_ == "dobj"):
                side = _side_of_np(o, speaker_side)
                if side:
                    return side, Decision("actor.put_object", f"'{verb.text} {_phrase(o)} at ...'")
        if noun is None and q.unit == "count" and earlier_actor:
            return earlier_actor, Decision("actor.ellipsis", "ellipsis: the actor of the figure before it")
        for a in _ancestors_to_verb(anchor):
            if a.pos_ in ("NOUN", "PROPN"):
                for c in a.children:
                    if c.dep_ in ("amod", "compound", "poss"):
                        sw = _side_word(c) or _relative_side(c, speaker_side)
                        if sw:
                            return sw, Decision("actor.head_modifier", f"'{c.text} {a.text}'")
    if verb is not None:
        figure = next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in FIGURE_NOUNS), None
        )
        if figure is not None:
            # "Moscow's figure for Ukrainian losses is 76,000": whose losses the figure is for
            for p in (c for c in figure.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
                side = _side_of_np(p, speaker_side)
                if side:
                    return side, Decision("actor.figure_for", f"'{figure.text} {p.text} ...'")
        subj = _agent_of(verb) if anchor.dep_ == "nsubjpass" else None
        subj = subj or _subject_of(verb)
        if subj is not None and verb.lemma_.lower() in _SPEAKING_VERBS and metric in _LOSS_METRICS:
            # "Russia claims 8 tanks destroyed": who speaks, not whose losses ("Russia confirmed 12
            # tanks lost" admits its own)
            subj = None
        if subj is not None and not (subj.i <= anchor.i <= list(subj.subtree)[-1].i):
            if (
                metric in ("killed", "wounded", "casualties", "equipment", "prisoners")
                and (
                    verb.lemma_.lower() in _HARM_VERBS
                    or metric == "prisoners"
                    and verb.lemma_.lower() in ("hold", "keep")
                )
                and _is_object_of(anchor, verb)
                and not (noun is None and earlier_actor)
            ):
                # "Ukrainian forces destroyed 12 tanks": the subject did it; the losses are the other side's
                doer = _side_of_np(subj, speaker_side)
                if (
                    doer is None
                    and speaker_side
                    and {t.lower_ for t in subj.subtree} & {"we", "our", "they", "it", "its"}
                ):
                    doer = speaker_side
                if opposite(doer):
                    return opposite(doer) or "unknown", Decision(
                        "actor.harm_by_subject",
                        f"'{verb.text}' by '{_phrase(subj)}': the other side's losses",
                    )
            else:
                side = _side_of_np(subj, speaker_side)
                if (
                    side is None
                    and speaker_side
                    and {t.lower_ for t in subj.subtree} & {"its", "our", "we", "their"}
                ):
                    side = speaker_side
                if side in ("russia", "ukraine") and metric == "settlements" and _attacked_at(anchor, verb):
                    # "its forces had repelled attacks near 11 villages": where the other side attacked
                    return opposite(side) or "unknown", Decision(
                        "actor.repelled_near",
                        f"'{verb.text} ... near {anchor.text}': where the other side attacked",
                    )
                pronouns = {"it", "they", "we", "its", "their", "our"}
                if (
                    side is None
                    and antecedent_actor
                    and subj.lower_ in ("it", "they")
                    and (verb.dep_ == "ROOT" or subj.i == next(t.i for t in sdoc if not t.is_punct))
                    and verb.lemma_.lower() in metric_data()["own_loss_verbs"] + ["lose", "suffer"]
                ):
                    # "The Ukrainian military lost 80 troops," the ministry said. "It also has lost
                    # more than 300 servicemen": a pronoun opening its own sentence refers back
                    return antecedent_actor, Decision(
                        "actor.pronoun_antecedent",
                        f"'{subj.text} {verb.text}': the actor of the figure before",
                    )
                if side is None and speaker_side and ({t.lower_ for t in subj.subtree} & pronouns):
                    side = speaker_side
                if side is None and subj.lower_ in ("which", "that") and earlier_actor:
                    return earlier_actor, Decision(
                        "actor.relative_pronoun",
                        f"relative pronoun '{subj.text}': the actor of the figure before it",
                    )
                if side:
                    return side, Decision("actor.subject", f"subject '{_phrase(subj)}' of '{verb.text}'")
        if (
            metric in ("equipment", "killed", "wounded", "casualties")
            and anchor.dep_ == "nsubjpass"
            and verb.lemma_.lower() in _HARM_VERBS
            and _agent_of(verb) is None
            and opposite(speaker_side)
        ):
            named = _losses_named(sdoc, anchor.i)
            if named is not None:
                return named
            return opposite(speaker_side) or "unknown", Decision(
                "actor.passive_harm", f"'{verb.text}' (passive, no agent): the speaker's enemy"
            )
        if anchor.dep_ == "nsubjpass" and speaker_side and metric.startswith("territory"):
            return speaker_side, Decision(
                "actor.passive_territory", "passive without agent: the speaker's side"
            )
    held_by = _under_control_of(anchor)
    if metric in ("territory_km2", "territory_pct", "settlements") and held_by is not None:
        return held_by, Decision("actor.under_control", "'under <side> control'")
    ground = _own_ground(metric, predicate, speaker_side)
    if ground is not None:
        # "86% of the territory has been liberated", "units liberated 10 settlements": no side named,
        # the claimant's own side did it
        return ground, _CLAIMANT_SIDE
    found = _last_side_before(
        sdoc, q.start - s.start, speaker_side=speaker_side, skip_speakers=metric in _LOSS_METRICS
    )
    if found:
        return found
    prev = prev_doc() if prev_doc is not None else None  # the previous sentence, parsed only now
    if prev is not None:
        found = _last_side_before(prev, len(doc_text(prev)) + 1, speaker_side=speaker_side, skip_places=True)
        if found:
            side, cue = found
            return side, Decision("actor.previous_sentence_side", cue.why + " (previous sentence)")
    if speaker_side in ("ukraine", "russia") and (metric, predicate) in _ENEMY_COUNTS:
        # a warring side counts the enemy's losses and the prisoners it took, unless it says whose
        return opposite(speaker_side) or "unknown", Decision(
            "actor.speaker_enemy", f"{predicate} {metric} a warring side reports, no side named: its enemy's"
        )
    if speaker_side in ("ukraine", "russia") and (metric, predicate) == ("distance_km", "advanced"):
        return speaker_side, Decision("actor.speaker_advance", "an advance a warring side reports: its own")
    return "unknown", Decision("actor.no_cue", "no cue")


# Counts of what a side lost: their subject's reporting verb names the speaker, not the loser,
# unless the verb admits the loss ("Russia confirmed 12 tanks lost": data admission_verbs).
_LOSS_METRICS = frozenset({"equipment", "killed", "wounded", "casualties"})
# (a source moving its own figure speaks too: "The Russian ministry raised its tally to 5,137 troops")
_SPEAKING_VERBS: frozenset[str] = (REPORT_VERBS | REVISE_VERBS) - frozenset(metric_data()["admission_verbs"])
# What a warring side counts of the enemy when it names no side: equipment lost, prisoners taken
_ENEMY_COUNTS = frozenset({("equipment", "lost"), ("prisoners", "taken_prisoner")})


# Metrics that count one side's people: a story about one force's dead or troops keeps to that force
_PEOPLE_METRICS = frozenset({"personnel", "killed", "wounded", "casualties"})


def document_actor(ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """A figure with no cue in its sentence counts the side that the document's other figures of its
    kind all count, when at least two do and they all count one side: counts of people ('Seoul's
    tally of roughly 1,100 killed and wounded' in a story about North Korea's troops), areas held
    ('the bridgehead is down to less than 80 square kilometres' among Kyiv's other areas) and
    equipment ('maybe 20 vehicles in the first wave' among the other side's tanks)."""
    out = list(claims)
    for kind, metrics in _KINDS.items():
        # not from areas retaken or lost: "Russian forces have retaken 500 km²" says nothing of whose the
        # bridgehead of 80 km² is
        sides = [
            c.actor
            for c in claims
            if c.metric in metrics
            and c.actor in WARRING_SIDES
            and (kind != "area" or c.predicate not in ("retaken", "lost"))
        ]
        if len(sides) < 2 or len(set(sides)) != 1:
            continue
        side = sides[0]
        why = Decision("actor.document_side", f"every other {kind} in the document is {side}'s")
        out = _lend_side(out, side, why, {i for i, c in enumerate(out) if c.metric in metrics})
    return out


def _lend_side(claims: list[Claim], side: str, why: Decision, takes: set[int]) -> list[Claim]:
    """The claims, the side given to those at the indexes `takes` that no cue gave one (`actor.no_cue`)."""
    return [
        replace(c, actor=side, evidence={**c.evidence, "actor": why.record()})
        if i in takes and rule_of(c.evidence, "actor") == "actor.no_cue"
        else c
        for i, c in enumerate(claims)
    ]


# the kinds of figure a document's other figures speak for (document_actor)
_KINDS: dict[str, frozenset[str]] = {
    "count of people": _PEOPLE_METRICS,
    "area": frozenset({"territory_km2"}),
    "count of equipment": frozenset({"equipment"}),
}


def page_actor(claims: list[Claim]) -> list[Claim]:
    """Last of all: a figure still with no side cue counts the side the page's other figures of its kind
    count, by at least two to one — counts of people, ground (areas, shares, settlements and advances;
    not a distance saying where a place lies) or equipment: a page keeps to the side it is about unless
    it says otherwise (`actor.page_side`). Prisoners, whose side is the captor's enemy, are left alone."""
    out = list(claims)
    for kind, metrics in _PAGE_KINDS.items():
        sides = Counter(
            c.actor
            for c in claims
            if c.metric in metrics
            and c.actor in WARRING_SIDES
            and (kind != "ground" or c.predicate not in ("retaken", "lost", "other"))
        ).most_common(2)
        if not sides or (len(sides) == 2 and sides[0][1] < 2 * sides[1][1]):
            continue
        side, n = sides[0]
        why = Decision("actor.page_side", f"{n} of the page's other {kind} figures count {side}'s, the most")
        takes = {
            i
            for i, c in enumerate(out)
            if c.metric in metrics and c.actor == "unknown" and (kind != "ground" or c.predicate != "other")
        }
        out = _lend_side(out, side, why, takes)
    return out


# the kinds of figure the page's other figures lend a side (page_actor)
_PAGE_KINDS: dict[str, frozenset[str]] = {
    "people": _PEOPLE_METRICS,
    "ground": frozenset({"territory_km2", "territory_pct", "settlements", "distance_km"}),
    "equipment": frozenset({"equipment"}),
}


_CLAIMANT_SIDE = Decision("actor.claimant_side", "no side named: the claimant's side")
# how a warring side's speaker names the other ('the enemy lost 19 armoured vehicles')
_THE_ENEMY = re.compile(r"(?i)\b(?:the\s+enemy|the\s+occupiers|the\s+invaders|the\s+adversary)\b")


def _own_ground(metric: str, predicate: str | None, side: str | None) -> str | None:
    """Ground a warring side's claimant says is held, taken or retaken, no side named: its own side
    (else None)."""
    territorial = metric in ("territory_km2", "territory_pct", "settlements")
    return (
        side
        if territorial and side in WARRING_SIDES and predicate in ("retaken", "captured", "controls")
        else None
    )


def claimant_counts(ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """A count of people still with no side cue after the document passes counts the side the same
    claimant's other counts of people all count ("Seoul's intelligence service told parliament that
    about 300 had been killed", after its "11,000 North Korean troops"); ground held or taken with no
    side named is the claimant's side's once the passes know it (`_own_ground`). Run last, after the
    second look at the sentences of speakers whose side the passes learned ("My battalion lost 11 men")."""
    by_claimant: dict[str, set[str]] = {}
    for c in claims:
        if c.claimant and c.metric in _PEOPLE_METRICS and c.actor in WARRING_SIDES:
            by_claimant.setdefault(c.claimant, set()).add(c.actor)
    out = []
    for c in claims:
        own = by_claimant.get(c.claimant or "", set())
        if c.metric in _PEOPLE_METRICS and rule_of(c.evidence, "actor") == "actor.no_cue" and len(own) == 1:
            side = next(iter(own))
            why = Decision("actor.claimant_counts", f"{c.claimant}'s other counts of people are {side}'s")
            c = replace(c, actor=side, evidence={**c.evidence, "actor": why.record()})
        elif rule_of(c.evidence, "actor") == "actor.no_cue" and (
            ground := _own_ground(c.metric, c.predicate, c.claimant_side)
        ):
            # a claimant the passes found only later ("Syrskyi: Defense Forces control 82 settlements")
            c = replace(c, actor=ground, evidence={**c.evidence, "actor": _CLAIMANT_SIDE.record()})
        elif (
            rule_of(c.evidence, "actor") == "actor.no_cue"
            and c.claimant_side in ("ukraine", "russia")
            and ((c.metric, c.predicate) in _ENEMY_COUNTS or _THE_ENEMY.search(c.sentence))
        ):
            # ('"In our sector alone, the enemy lost 19 armoured vehicles this week," he reported': a
            # speaker whose side the passes learned only later counts the enemy's losses)
            why = Decision("actor.speaker_enemy", f"{c.claimant_side}'s claimant counts its enemy's")
            c = replace(
                c,
                actor=opposite(c.claimant_side) or "unknown",
                evidence={**c.evidence, "actor": why.record()},
            )
        out.append(c)
    return out


def speaker_sides(ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """A speaker is on one side throughout a document: a claimant left without a side in one
    sentence ('"...," Tavr said') takes the side the document gives them elsewhere ('according to
    Tavr's brigade staff' -> ukraine), when it gives them exactly one; else the side the article's
    description of them gives ('Kaira Analytics, a volunteer open-source group' -> third_party)."""
    sides: dict[str, set[str]] = {}
    by_surname: dict[str, set[str]] = {}  # "Oleh Hryhorov" ... "Hryhorov said": a second reference
    for c in claims:
        if c.claimant and c.claimant_side:
            sides.setdefault(c.claimant, set()).add(c.claimant_side)
            if len(c.claimant.split()) >= 2 and c.claimant.split()[-1][:1].isupper():
                by_surname.setdefault(c.claimant.split()[-1], set()).add(c.claimant_side)
    resolver = Resolver(ctx)
    last = len(ctx.sentences) - 1
    out = []
    for c in claims:
        known = sides.get(c.claimant or "", set())
        if not known and c.claimant and len(c.claimant.split()) == 1:
            known = by_surname.get(c.claimant, set())
        if c.claimant and c.claimant_side is None and len(known) == 1:
            side = next(iter(known))
            why = Decision(
                "claimant.speaker_side", f"{c.claimant} speaks for {side} elsewhere in the document"
            )
            c = replace(c, claimant_side=side, evidence={**c.evidence, "claimant_side": why.record()})
        elif c.claimant and c.claimant_side is None and lookup(c.claimant) is None and last >= 0:
            # "Kaira Analytics, a volunteer open-source group": the side its description gives
            described = resolver.described_side(c.claimant, last, last)
            if described is not None:
                why = Decision("claimant.described_side", f"{c.claimant} as the article describes them")
                c = replace(
                    c, claimant_side=described, evidence={**c.evidence, "claimant_side": why.record()}
                )
            else:
                own = _side_in_own_words(ctx, claims, c.claimant or "")
                if own is not None:
                    why = Decision(
                        "claimant.own_words_side",
                        f"{c.claimant} says 'we' and names the other side as others",
                    )
                    c = replace(c, claimant_side=own, evidence={**c.evidence, "claimant_side": why.record()})
        out.append(c)
    return out


# "the Ukrainians lost at least 120 men in front of our positions": a speaker who says 'we' and names
# one warring side as others is of the other side
_FIRST_PERSON = re.compile(r"(?i)\b(?:we|our|us|ours)\b")
_THE_OTHERS = re.compile(r"(?i)\bthe\s+(russians|ukrainians)\b")


def _side_in_own_words(ctx: DocContext, claims: list[Claim], name: str) -> str | None:
    """The side a speaker the article does not place gives themself in the sentences credited to
    them: 'we' and 'our' with 'the Russians' (or 'the Ukrainians') named as others."""
    others: set[str] = set()
    for c in claims:
        s = ctx.sentence_at(c.start) if c.claimant == name else None
        if s is not None and _FIRST_PERSON.search(s.text):
            others.update(m.group(1).lower() for m in _THE_OTHERS.finditer(s.text))
    if len(others) != 1:
        return None
    return "ukraine" if others == {"russians"} else "russia"
