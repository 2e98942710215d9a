"""The predicate rules: what a figure says happened (the governing verb and the cues of its clause)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from kursk_claims.rules.context import _side_word, ent_type_of, metric_data
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.harm import freed_participle
from kursk_claims.rules.metric import _clause_cues
from kursk_claims.rules.tree import _governing_verb, _has_cue, _is_object_of, _subject_of, _words_lower
from kursk_claims.text.quantities import Quantity
from kursk_claims.text.segment import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token


FULL_CONTROL = re.compile(
    r"(?i)\b(?:(?:fully|completely|entirely)\s+(?:reclaimed|liberated|retaken|recaptured|regained|cleared|freed)"
    r"|(?:regain(?:ed|ing)?|retak(?:en|ing|e)|restor(?:ed|ing|e)|reclaim(?:ed|ing)?|took|taken|tak(?:e|ing))\s+"
    r"(?:full|complete|total)\s+control)\b"
)


def _unit_anchor(num: Token, q: Quantity) -> Token:
    """For '800 square kilometers' or '64%', the unit noun heads the phrase in the parse."""
    if q.unit in ("km2", "km", "percent") and q.kind not in ("fraction", "verb"):
        if num.dep_ in ("nummod", "quantmod", "compound", "amod") and num.i < num.head.i <= num.i + 4:
            return num.head
    if q.kind == "fraction" and num.dep_ == "nummod" and num.head.i > num.i:
        return num.head  # "two-thirds": the noun "thirds" is the phrase head
    return num


def _evacuation_context(anchor: Token) -> bool:
    """The figure's own clause is about an evacuation or displacement ('the evacuation of
    settlements within a 15-kilometre zone', 'evacuation was extended to 28 more settlements'):
    its villages and distances concern civilians (rule predicate.evacuation_zone); so does a noun the
    clause's nouns are modified by ('the evacuation zone will now extend 10 kilometres from the border',
    'the evacuation regime within 15 kilometres of the border remains in force')."""
    words = set(metric_data()["evacuation_words"])
    toks = [anchor, *anchor.children]
    t = anchor
    while t.head.i != t.i:
        t = t.head
        toks.append(t)
        if t.pos_ in ("VERB", "AUX"):
            toks.extend(t.children)
            if t.dep_ not in ("relcl", "acl"):  # "settlements that are within a 15-km zone"
                break
    toks += [g for x in toks if x.pos_ == "NOUN" for g in x.children if g.dep_ in ("compound", "amod")]
    return any(x.lemma_.lower() in words or x.lower_ in words for x in toks)


def resident_word(anchor: Token) -> str | None:
    """A word of the figure's own clause by which its settlements are their residents' (data
    resident_words): its own phrase and the words up to its verb, with that verb's own phrases ("residents
    would be allowed back into nine villages", "47 settlements remain closed to residents"; not a clause
    joined to it: "have surrounded 12 villages, trapping hundreds of residents")."""
    words = metric_data()["resident_words"]
    toks = list(anchor.subtree)
    t = anchor
    while t.head.i != t.i:
        t = t.head
        toks.append(t)
        if t.pos_ in ("VERB", "AUX"):
            joined = ("ccomp", "advcl", "conj", "parataxis", "xcomp")
            toks.extend(x for c in t.children if c.dep_ not in joined for x in c.subtree)
            break
    return next((x.text for x in toks if x.lemma_.lower() in words), None)


def _intent_of(anchor: Token) -> Token | None:
    """A word of intent governing the figure's verb ('plans to deploy', 'seeking to deploy',
    'thousands more ready to join'): the figure is planned, not yet there (rule predicate.intent)."""
    intent = set(metric_data()["intent_words"])
    toks = [anchor, *(c for c in anchor.children if c.dep_ in ("amod", "acl", "relcl"))]
    t = anchor
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        toks.append(t)
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "ccomp", "advcl", "acomp"):
            break
    for t in toks:
        if t.lemma_.lower() in intent and any(c.dep_ == "xcomp" for c in t.children):
            return t
    return None


# verbs of sending forces or machines somewhere, whose future is a dispatch announced
_SENDING = frozenset({"commit", "deploy", "dispatch", "redeploy", "send", "transfer"})


def _future_sending(verb: Token | None) -> str | None:
    """'will send', 'would send', 'is to send', or a headline's bare 'to send': the words of a future
    dispatch, when the verb is one of sending and not in a perfect ('would have sent')."""
    if verb is None or verb.lemma_.lower() not in _SENDING:
        return None
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("have", "has", "had") for a in aux):
        return None
    modal = next((a for a in aux if a.lower_ in ("will", "would", "shall", "'ll", "’ll")), None)
    if modal is not None:
        return f"{modal.text} {verb.text}"
    if (
        verb.dep_ == "xcomp"
        and verb.head.lower_ in ("is", "are", "am")
        and any(a.lower_ == "to" for a in aux)
    ):
        return f"{verb.head.text} to {verb.text}"  # "Russia is to send 5,000 troops"
    to = next((a for a in aux if a.lower_ == "to"), None)
    if to is not None and verb.dep_ == "ROOT":
        return f"to {verb.text}"
    return None


def _predicate(metric: str, num: Token, noun: Token | None, q: Quantity, s: Sentence) -> tuple[str, Decision]:
    md = metric_data()
    if metric == "killed":
        return "killed", Decision("predicate.from_metric", "metric")
    if metric == "wounded":
        return "wounded", Decision("predicate.from_metric", "metric")
    if metric == "casualties":
        return "killed_or_wounded", Decision("predicate.from_metric", "metric")
    anchor = noun if noun is not None else _unit_anchor(num, q)
    cues = _clause_cues(num, noun if noun is not None else (anchor if anchor.i != num.i else None))
    verb = _governing_verb(anchor)
    if metric == "prisoners":
        taken = next(
            (c for c in (noun.children if noun is not None else ()) if c.lemma_.lower() in ("capture", "take")
             and c.dep_ in ("amod", "acl")),
            None,
        )  # fmt: skip
        # ("those released include 66 servicemen": the participle of those freed is the clause's cue)
        c = _has_cue(cues, md["predicates"]["prisoners"][0][1]) or (
            freed_participle(noun) if noun is not None else None
        )
        planned = _intent_of(anchor) is not None or (
            verb is not None and any(a.tag_ == "MD" for a in verb.children)
        )
        if taken is not None and (c is None or planned):
            # "two North Korean soldiers captured in Kursk", "more than 100 captured Russian servicemen":
            # prisoners taken, whatever exchange is only planned for them ("offered to hand over",
            # "who could be swapped"); those already freed in one are not ("captured ... have been freed")
            return "taken_prisoner", Decision("predicate.captured_modifier", f"'{taken.text}'")
        return (
            ("other", Decision("predicate.clause_cue", f"cue '{c}'"))
            if c
            else ("taken_prisoner", Decision("predicate.from_metric", "metric"))
        )
    if metric == "civilians":
        harm = noun.lemma_.lower() if noun is not None else ""
        if harm in ("death", "fatality", "dead"):  # "12 civilian deaths": the noun names the harm
            return "killed", Decision("predicate.civilian_noun", f"'{harm}'")
        if harm in ("injury", "wounded", "injured"):
            return "wounded", Decision("predicate.civilian_noun", f"'{harm}'")
        gv = anchor if anchor.pos_ == "VERB" else verb
        if gv is not None and gv.lemma_.lower() in ("wound", "injure"):
            return "wounded", Decision("predicate.civilian_verb", f"'{gv.text}'")
        if gv is not None and gv.lemma_.lower() in ("kill", "die"):
            return "killed", Decision("predicate.civilian_verb", f"'{gv.text}'")
        c = _has_cue(
            cues,
            ["kill", "killed", "dead", "die", "died", "death", "deaths", "body", "bodies", "bury", "buried"],
        )
        if c:
            return "killed", Decision("predicate.clause_cue", f"cue '{c}'")
        c = _has_cue(cues, ["wound", "wounded", "injure", "injured"])
        return (
            ("wounded", Decision("predicate.clause_cue", f"cue '{c}'"))
            if c
            else ("other", Decision("predicate.default", "default for civilians"))
        )
    if metric in ("settlements", "distance_km") and _evacuation_context(
        noun if noun is not None else _unit_anchor(num, q)
    ):
        return "other", Decision("predicate.evacuation_zone", "settlements or distance of an evacuation")
    if metric in ("personnel", "equipment"):
        intent = _intent_of(anchor)
        if intent is not None:
            return "other", Decision("predicate.intent", f"'{intent.text} to ...' (a plan, not a fact)")
        modal = next(
            (
                a
                for a in (verb.children if verb is not None else ())
                if a.lower_ in ("could", "might", "may", "can")
            ),
            None,
        )
        perfect = verb is not None and any(a.lower_ == "have" and a.dep_ == "aux" for a in verb.children)
        if (
            modal is not None
            and not perfect
            and (anchor.dep_ in ("nsubjpass", "dobj") or anchor.head is verb)
        ):
            # "up to 100,000 troops could eventually be sent": a possibility, not a deployment
            return "other", Decision("predicate.possibility", f"'{modal.text} {verb.text if verb else ''}'")
        future = _future_sending(verb)
        first = anchor
        while first.dep_ in ("conj", "nummod", "quantmod") and first.head.i != first.i:
            first = first.head  # "will send 1,000 deminers and 5,000 builders", "would send 10,000 more"
        if future is not None and (first.dep_ in ("nsubjpass", "dobj") or first.head is verb):
            # "North Korea will send 1,000 sappers", "said the North would send ...", the headline's
            # "North Korea to send 6,000 engineers": a dispatch announced, not troops there yet
            return "other", Decision("predicate.future_sending", f"'{future}' (announced, not yet there)")
    if metric in ("territory_km2", "territory_pct", "settlements"):
        family = "territory"
    elif metric == "distance_km":
        family = "distance"
        if q.hyphenated:
            return "other", Decision(
                "predicate.adjectival_distance", "adjectival distance ('40-kilometer front')"
            )
    else:
        family = metric
    rules = md["predicates"].get(family, [])
    if family == "territory" and rules and rules[0][0] == "region_size":
        if metric == "territory_km2" and _REGION_AREA.search(
            _around(s.text, q.start - s.start, q.end - s.start)
        ):
            return "region_size", Decision("predicate.region_size", "the area of a region")
        if (
            verb is not None
            and verb.lemma_.lower() in rules[0][1]
            and anchor.dep_ in ("dobj", "attr", "npadvmod", "pobj")
        ):
            held = _held_area(verb, rules[1:])
            # the area itself is the subject here ("the Ukrainian-held area covered ...")
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _subject_of(verb)
            if held is None and subj is not None and any(_side_word(t) for t in subj.subtree):
                # "Ukrainian positions cover roughly 6,500 hectares": a side's holding, not a region
                return "controls", Decision(
                    "predicate.held_area", f"'{subj.text} {verb.text}' (a side's area)"
                )
            if held is None and _a_region(verb):
                return "region_size", Decision("predicate.region_size", f"'{verb.text}' (size of a region)")
            if held is not None:
                # "holding onto a narrow strip ... covering around 30 square miles": the size of what is held
                pred = next(
                    p for p, words in rules[1:] if held.lemma_.lower() in words or held.lower_ in words
                )
                return pred, Decision("predicate.held_area", f"'{held.text} ... {verb.text}' (the area held)")
        rules = rules[1:]
    if family == "distance":
        holder = _depth_holder(s.text, q.start - s.start, q.end - s.start)
        if holder is not None:
            return "advanced", Decision("predicate.depth_from_border", f"'{holder} ... from the border'")
    if family in ("personnel", "distance"):
        # nearest cue wins, token by token (a token's word and lemma together)
        half = cues.index("|") if "|" in cues else len(cues)
        for w, lem in zip(cues[:half], cues[half + 1 :], strict=False):
            for pred, cue_words in rules:
                if w in cue_words or lem in cue_words:
                    return pred, Decision("predicate.nearest_cue", f"cue '{w}'")
    if family == "territory":
        if re.search(r"(?i)\bbeen\s+(?:pushed|driven|forced|expelled|squeezed|ousted)\s+out\b", s.text):
            return "lost", Decision("predicate.pushed_out", "'been pushed out of'")
        if re.search(r"(?i)\b(?:take|takes|took|taken|taking|win|wins|won|winning)\s+back\b", s.text):
            return "retaken", Decision("predicate.taken_back", "'taken back'")
        back = re.search(r"(?i)\bback\s+(?:under|in)\s+(?:[\w-]+\s+){0,2}(?:control|hands)\b", s.text)
        at = q.start - s.start
        if back is not None and not re.search(
            r"(?i),\s+(?:while|whereas|but|and)\b|;", s.text[min(at, back.start()) : max(at, back.end())]
        ):
            # "1,100 square kilometres were back under Russian control", in the figure's own clause
            return "retaken", Decision("predicate.taken_back", "'back under ... control'")
        if (
            _has_cue(cues, ["control"])
            and verb is not None
            and verb.lemma_ in ("take", "gain", "establish", "assume", "have", "seize")
        ):
            return "controls", Decision("predicate.take_control", f"'{verb.text} ... control'")
        if verb is not None and verb.lemma_ == "claim" and _is_object_of(anchor, verb):
            return "controls", Decision("predicate.claimed_area", "'claimed' N km² (held at the time)")
        if verb is not None and verb.lemma_ == "occupy":
            return (
                ("controls", Decision("predicate.occupy_tense", "'occupies' (present)"))
                if verb.tag_ in ("VBZ", "VBP")
                else ("captured", Decision("predicate.occupy_tense", "'occupied' (past)"))
            )
    resident = resident_word(anchor) if metric == "settlements" else None
    if resident is not None:
        # "residents would be allowed back into nine villages", "47 settlements remain closed to
        # residents": the people's settlements, unless the clause fights for them ("Russian forces have
        # freed 12 villages, and residents ...")
        cue = next((c for _, words in rules if (c := _has_cue(cues, words))), None)
        # ("residents of seven villages still could not return home": the figure counts whose homes they are)
        theirs = any(a.lemma_.lower() in metric_data()["resident_words"] for a in anchor.ancestors)
        weak = metric_data()["weak_ground_cues"]
        if (
            theirs
            or cue is None
            or cue in weak
            or cue.removesuffix("d") in weak
            or cue.removesuffix("ed") in weak
        ):
            return "other", Decision("predicate.residents", f"settlements of residents ('{resident}')")
    for pred, cue_words in rules:
        c = _has_cue(cues, cue_words)
        if c:
            # a control cue ("control", "under control") marks a holding Russia may be retaking
            rule = "predicate.control_cue" if c.endswith("control") else "predicate.clause_cue"
            return pred, Decision(rule, f"cue '{c}'")
    if family == "territory" and _has_cue(cues, ["attack", "repel", "thwart", "assault"]):
        return "attacking", Decision("predicate.attack_cue", "cue 'attack'")
    defaults = {"personnel": "deployed", "equipment": "lost", "distance": "other", "territory": "controls"}
    words = _words_lower(list(num.doc)) if family == "equipment" else []
    if family == "equipment" and not _has_cue(
        words, ["lose", "lost", "destroy", "destroyed", "loss", "losses"]
    ):
        # no loss word in the sentence: machines an attack threw in ("an assault group of two tanks
        # ... tried to break through"), else machines sent, else (a tally's line, "the list includes
        # 74 tanks") the losses war reporting counts
        attack = _has_cue(words, _ATTACK_WORDS)
        if attack:
            return "attacking", Decision("predicate.attack_cue", f"cue '{attack}'")
        sent = _has_cue(words, md["predicates"]["equipment"][1][1])
        if sent:
            return "deployed", Decision("predicate.no_loss_cue", f"no loss cue; cue '{sent}'")
        return "lost", Decision("predicate.no_loss_cue", "no loss cue: equipment counted is lost")
    return defaults.get(family, "other"), Decision("predicate.default", "default")


# the words of an attack that machines take part in ("a column of 12 tanks attacked", "an assault group")
_ATTACK_WORDS = [
    "attack",
    "attacked",
    "attacking",
    "assault",
    "column",
    "break through",
    "repel",
    "repelled",
    "storm",
]


_REGION_NOUNS = frozenset(metric_data()["region_nouns"])
_REGION = rf"(?:{'|'.join(sorted(_REGION_NOUNS))})"
# "29,997 km² — total area of the Kursk region", "Size of the Kursk region: about 30,000 sq km", "The
# Kursk region, with an area of almost 30,000 square kilometers": the figure beside the phrase
_REGION_AREA = re.compile(
    rf"(?:\b(?i:total\s+area|area|size)\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,2}}{_REGION}\b\s*[:—–-]\s*\x00"
    rf"|\x00\s*[—–-]\s*(?:the\s+)?(?i:total\s+area)\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,2}}{_REGION}\b"
    rf"|^(?:The\s+)?(?:[A-Z][\w'-]*\s+){{1,2}}{_REGION},\s+with\s+(?:an?\s+|its\s+)?(?:total\s+)?area\s+of\s+\x00)"
)


# "... 20 kilometres from the border", "... 24km (15 miles) from the international border"
_FROM_BORDER = re.compile(r"(?i)^\s*(?:\([^)]*\)\s*)?from\s+the\s+(?:[a-z]+\s+)?(?:border|frontier)\b")


def _depth_holder(text: str, start: int, end: int) -> str | None:
    """The word for forces or their positions (data depth_holders) among the four words before a
    distance "from the border" that measures how deep they are: "Ukrainian units operating at
    least 20 kilometres from the border", "our deepest point was about 30 kilometres from the
    border". Not where a place lies ("Korenevo, some 25 kilometres from the border", "Sudzha, which
    lies about 10 kilometres ...", a bracketed gloss), nor ground lost, left or retaken ("pulled back
    to positions five kilometres from the border", "recaptured positions 10 kilometres ...")."""
    before = text[:start]
    if (
        not _FROM_BORDER.match(text[end:])
        or re.search(r"[A-Z][\w'’-]*,\s*$", before[-80:])  # "Korenevo, about 20 km": where a place lies
        or before.rstrip().endswith(("(", "—", "–"))
        or before.count("(") > before.count(")")  # a gloss in brackets on a place
    ):
        return None
    window = re.findall(r"[\w'’-]+", _QUALIFIER_END.sub("", before))[-4:]
    if any(_NOT_AN_ADVANCE.match(w) for w in window):
        return None
    return next((w for w in reversed(window) if w.lower() in _DEPTH_HOLDERS), None)


_DEPTH_HOLDERS: frozenset[str] = frozenset(metric_data()["depth_holders"])
# words before the number the quantity leaves out ("as far as 30 km", "on average 30 kilometres", "at a
# distance of 20 km"; "about", "up to" are inside the quantity)
_QUALIFIER_END = re.compile(
    r"(?i)\b(?:as\s+(?:far|deep)\s+as|on\s+average|deeper\s+than|at\s+a\s+distance\s+of)\s*$"
)
# words by which the distance before them is not how deep forces went: ground lost, left or taken
# back, or where something lies
_NOT_AN_ADVANCE = re.compile(
    r"(?i)^(?:back|out|withdr[ae]w\w*|retreat\w*|regroup\w*|recaptur\w*|retook|retak\w*|regain\w*|"
    r"lie|lies|lay|located|situated|sits?|stands?)$"
)


def _around(text: str, start: int, end: int) -> str:
    """The sentence with the figure replaced by a NUL mark, for patterns on what sits beside it."""
    return text[:start] + "\x00" + text[end:]


def _a_region(verb: Token) -> bool:
    """The subject of 'covers' is a region or a country ('The Kursk region covers some 30,000 square
    kilometers', 'a region that covers ...'), not a foothold, a zone or an evacuation order."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _subject_of(verb)
    if subj is None and verb.dep_ == "conj":  # "The Kursk region borders ... and covers ..."
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    cands = [subj]
    if verb.dep_ in ("relcl", "acl") and (subj is None or subj.lower_ in ("which", "that")):
        # the phrase the clause hangs on, or the noun right before 'that' when the parse hung it higher
        cands = [verb.head, *([subj.doc[subj.i - 1]] if subj is not None and subj.i > 0 else [])]
    return any(
        t is not None and (t.lemma_.lower() in _REGION_NOUNS or ent_type_of(t) in ("GPE", "LOC"))
        for t in cands
    )


def _held_area(verb: Token, rules: list[list[Any]]) -> Token | None:
    """The territory verb whose object covers the area ("holding onto a strip covering 30 square
    miles", "lost a pocket covering ..."), if the covering phrase is one; else None."""
    words = {w for _, cue_words in rules for w in cue_words}
    if verb.dep_ == "advcl":  # "holding onto a narrow strip along the border, covering ..."
        ups = [verb.head]
    else:
        owner = (
            verb.head
            if verb.dep_ in ("acl", "relcl")
            else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        )
        if owner is None:
            return None
        if owner.dep_ == "dobj":  # "lost a pocket covering ..."
            ups = [owner.head]
        elif owner.dep_ == "pobj" and owner.head.lower_ in ("onto", "on", "to"):  # "holding onto a strip"
            ups = [owner.head.head]
        else:
            return None  # "in the region that covers ...": a place named, not the area held
    for up in ups:
        if up.pos_ in ("VERB", "AUX") and (up.lemma_.lower() in words or up.lower_ in words):
            return up
    return None
