"""Dependency-tree helpers shared by the rules: tokens of a span, heads, the governing verb, its subject."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup
from kursk_claims.rules.context import ent_type_of
from kursk_claims.rules.labels import LABEL
from kursk_claims.text import dates
from kursk_claims.text.numbers import MAGNITUDE_ABBREVIATIONS
from kursk_claims.text.quantities import Quantity
from kursk_claims.text.reporting import attribution_data, report_verbs
from kursk_claims.text.segment import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_TEXT = "kursk_text"


def doc_text(sdoc: Doc) -> str:
    """`sdoc.text`, kept with the Doc: spaCy joins it from every token at each read."""
    text: str | None = sdoc.user_data.get(_TEXT)
    if text is None:
        text = sdoc.user_data[_TEXT] = sdoc.text
    return text


def _tokens_for(sdoc: Doc, s: Sentence, start: int, end: int) -> list[Token]:
    """The tokens of a sentence's Doc that overlap [start, end) (document offsets)."""
    a, b = max(0, start - s.start), min(len(doc_text(sdoc)), end - s.start)
    if b <= a:
        return []
    span = sdoc.char_span(a, b, alignment_mode="expand")
    return list(span) if span is not None else [t for t in sdoc if t.idx < b and t.idx + len(t.text) > a]


_SCALE_TOKENS = {
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "score",
    "scores",
} | set(MAGNITUDE_ABBREVIATIONS)


def _num_token(sdoc: Doc, s: Sentence, q: Quantity) -> Token | None:
    toks = _tokens_for(sdoc, s, q.num_start, q.num_end)
    if not toks:
        return None
    nums = [t for t in toks if t.like_num or t.pos_ == "NUM" or t.lower_ in _SCALE_TOKENS]
    return (nums or toks)[-1]


_TRANSPARENT = {"including", "includes", "include", "among", "excluding"}


def _heads(tok: Token, limit: int) -> Iterator[Token]:
    """tok's heads, nearest first: at most `limit` of them, ending at the root."""
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            return
        cur = cur.head
        yield cur


def _steps_up(a: Token, t: Token) -> int | None:
    """How many heads up from t the token a stands (0 when t is a); None when a is not t or one of
    its 29 nearest heads."""
    if t.i == a.i:
        return 0
    return next((n for n, h in enumerate(_heads(t, 29), 1) if h.i == a.i), None)


def _ancestors_to_verb(tok: Token, limit: int = 6) -> list[Token]:
    """tok's heads up to and including the first verb (and one more verb for xcomp/conj chains)."""
    out: list[Token] = []
    for cur in _heads(tok, limit):
        out.append(cur)
        if cur.lower_ in _TRANSPARENT:
            continue  # "..., including 16,000 killed": the list hangs on the verb above
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in (
            "xcomp",
            "conj",
            "acl",
            "advcl",
            "relcl",
            "pcomp",
        ):
            break
    return out


def _governing_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i and cur.lower_ not in _TRANSPARENT:
            return cur
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
    return None


def _time_word(tok: Token) -> bool:
    """A word of a time phrase ('mid', '-', 'August' of 'By mid-August')."""
    return tok.lower_ in ("mid", "early", "late", "-") or re.fullmatch(dates.MONTH_RX, tok.text) is not None


def _time_gone_by(tok: Token) -> bool:
    """A span of time counted from another ('A fortnight later', 'Two weeks earlier', 'A day before')."""
    return tok.lemma_.lower() in _TIME_UNITS and any(
        c.lower_ in ("later", "earlier", "before", "after", "ago") for c in tok.children
    )


_TIME_UNITS = frozenset({"hour", "day", "week", "fortnight", "month", "year"})


def a_time(tok: Token) -> bool:
    """A time where a 'by X' agent or author would stand ('claimed by mid-December', 'a tally by
    mid-September'): a date or time entity, a word of a time (`_time_word`), 'end', a weekday."""
    return (
        ent_type_of(tok) in ("DATE", "TIME")
        or _time_word(tok)
        or tok.lower_ == "end"
        or re.fullmatch(dates.WEEKDAY_RX, tok.text) is not None
    )


def may_speak(agent: Token) -> bool:
    """A participle's 'by' agent that can be a source ('estimated by Washington', 'reported by Ukraine's
    commander-in-chief, Oleksandr Syrskyi'): a name or a titled person, not a time or a means
    ('claimed by mid-December', 'identified by DNA tests')."""
    if a_time(agent):
        return False
    named = [agent, *(c for c in agent.children if c.dep_ == "appos")]
    return any(t.pos_ == "PROPN" or ent_type_of(t) in ("PERSON", "ORG", "GPE", "NORP") for t in named)


# the bodies a translated 'reported in X' names ("reported in the regional government")
_INSTITUTIONS = frozenset(attribution_data()["institution_heads"])


def _inverted_subject(verb: Token) -> Token | None:
    """'..., informs the Ministry of Defense of the Russian Federation.', '..., reports TASS.': a finite
    reporting verb closing the sentence after a comma, its speaker (a body or a person the recogniser
    tags) after it, in translated copy's order, which the parser took for its object."""
    before = verb.doc[verb.i - 1].text if verb.i > 0 else ""
    # (Russian copy sets a dash between the words and who said them: '"...", - told the head of
    # the district Alexander Bogachev.', '..., - writes TASS.')
    dashed = before in ("-", "–", "—")
    if (
        verb.tag_ not in (("VBZ", "VBD", "VBN") if dashed else ("VBZ", "VBD"))
        or verb.lemma_.lower() not in report_verbs()
        or (verb.lemma_.lower() in ("tell", "ask") and not dashed)
    ):
        return None  # (a finite verb: not "..., mentioning Sudzha")
    if (before != "," and not dashed) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and verb.lemma_.lower() != "tell":
        # "..., - reported in the regional government.": translated 'reported in X', said at X
        inside = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i), None
        )
        body = next((c for c in inside.children if c.dep_ == "pobj"), None) if inside is not None else None
        if body is not None and body.lemma_.lower() in _INSTITUTIONS:
            rest = verb.doc[max(t.i for t in body.subtree) + 1 :]
            return body if all(t.is_punct for t in rest) else None
    if obj is not None and dashed and ent_type_of(obj) not in ("ORG", "PERSON"):
        # ("- told the head of the Sudzha district Alexander Bogachev": a title and its holder's name)
        named = [t for t in obj.subtree if ent_type_of(t) == "PERSON" and t.pos_ == "PROPN"]
        obj = named[-1] if named and named[-1].i == max(t.i for t in obj.subtree) else None
    if obj is None or ent_type_of(obj) not in ("ORG", "PERSON"):
        return None  # (a body or a person, never a place: "..., naming Sudzha and Malaya Loknya")
    rest = verb.doc[max(t.i for t in obj.subtree) + 1 :]
    return obj if all(t.is_punct for t in rest) else None


def _opening_participle(first: Token, second: Token) -> bool:
    """'Briefing lawmakers on Thursday, the spy agency estimated ...': an -ing phrase opening the
    sentence, set off by a comma, that the parser took for a first subject; the subject follows it."""
    doc = first.doc
    opener = doc[first.left_edge.i]
    return (
        first.left_edge.i == 0
        and opener.lower_.endswith("ing")
        and opener.is_title
        and not ent_type_of(opener)  # (not a name: "Beijing, ...")
        and any(tok.text == "," for tok in doc[first.right_edge.i + 1 : second.left_edge.i])
    )


def _with_subject(verb: Token) -> Token | None:
    """'The week opened with Ukraine's commander-in-chief, Oleksandr Syrskyi, telling Zelensky that ...':
    a participle after 'with' and a noun (an absolute phrase) has that noun for subject, not the clause's."""
    if (
        verb.tag_ != "VBG"
        or verb.dep_ != "advcl"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    with_ = next(
        (c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i), None
    )
    noun = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
    if noun is None:
        return None
    # right after the noun, or after the comma that closes its appositive ("..., Oleksandr Syrskyi, telling")
    gap = verb.doc[noun.right_edge.i + 1 : verb.i]
    aside = any(c.dep_ == "appos" for c in noun.children) and [t.text for t in gap] == [","]
    return noun if not gap or aside else None


def word_before_verb(subj: Token, verb: Token) -> Token | None:
    """The last word from the subject up to its verb, past adverbs, auxiliaries and particles."""
    return next(
        (w for w in reversed(verb.doc[subj.i : verb.i]) if w.pos_ not in ("ADV", "AUX", "PART")), None
    )


def apposed_speaker(subj: Token, verb: Token) -> Token | None:
    """'as Moscow's forces, now backed by North Korean troops, press counterattacks, a senior officer
    said Sunday': the parser hung the speaker inside the clause's subject, an apposition opened by a
    comma that runs up to the verb with no comma to close it; the speaker is the apposition nearest
    the verb."""
    if verb.lemma_.lower() not in report_verbs():
        return None
    last = word_before_verb(subj, verb)
    if last is None or last.text == "," or last not in subj.subtree:
        return None
    cur = last
    while cur.i != subj.i and cur.head.i != cur.i:
        if (
            cur.dep_ == "appos"
            and cur.pos_ in ("NOUN", "PROPN")
            and cur.left_edge.i > 0
            and verb.doc[cur.left_edge.i - 1].text == ","
        ):
            return cur
        cur = cur.head
    return None


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing through xcomp/conj/advcl chains (and the nouns they hang on).

    A reporting verb the parser hung on a sentence-initial noun as a reduced relative ("Ukraine's
    special forces reported on Dec. 17 that ...": forces ROOT, reported acl) has that noun as its
    subject when the verb takes a clause of its own."""
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    head = verb.head
    if (
        verb.dep_ == "acl"
        # ("The Ukrainian mapping project DeepState, which ..., estimated on March 17 that ...": the
        # verb hung on the name set beside the sentence's head noun)
        and (head.dep_ == "ROOT" or (head.dep_ == "appos" and head.head.dep_ == "ROOT"))
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and any(c.dep_ in ("ccomp", "advcl") or c.lower_ == "that" for c in verb.children)
        # (not when the verb has a subject of its own: "THE FACTS: Syrskyi said Tuesday that ...")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return head
    # "As reported the press service of the Coordination Headquarters, ...": a translated 'as' clause
    # opening the sentence, whose source stands after the verb
    if (
        any(c.dep_ == "mark" and c.lower_ == "as" and c.i == 0 and verb.i == 1 for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and verb.lemma_.lower() in report_verbs()
    ):
        after = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if after is not None:
            return after
    absolute = _with_subject(verb)
    if absolute is not None:
        return absolute
    cur = verb
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
            if len(subjects) > 1 and subjects[0].i == 0 and len(cur.doc) > 1 and cur.doc[1].text == ",":
                subjects = subjects[1:]  # "Recall, in January the Commander-in-Chief ... stated": a marker
            if len(subjects) > 1 and _opening_participle(subjects[0], subjects[1]):
                subjects = subjects[1:]  # "Briefing lawmakers on Thursday, the spy agency estimated ..."
            if len(subjects) > 1:
                # a dateline parsed as a second subject: "Kyiv, Ukraine — Ukraine's top general said",
                # "Moscow, Oct 28 (IANS) Ukraine has lost", "UPDATE, March 13, 09:40: Russia's Defense
                # Ministry said": the subject is past its dash, bracket or colon
                doc = cur.doc
                cut = [t.i for t in doc[subjects[0].i : subjects[-1].i] if t.text in ("—", "–", ")", ":")]
                if cut:
                    subjects = [c for c in subjects if c.i > max(cut)] or subjects
                # a description set close before a name, parsed as two subjects: "The monitoring
                # project DeepState estimates" -> DeepState (a close apposition names the speaker)
                if len(subjects) > 1 and _close_apposition(subjects[0], subjects[1]):
                    subjects = subjects[1:]
                # "The NIS estimated that ..., and President Zelensky put their casualties at ...": a clause
                # coordinated before, its subject taken for a second one; the subject is past the ", and"
                if len(subjects) > 1 and _coordinated_before(subjects[-2], subjects[-1]):
                    first = subjects[-2]
                    inside = first.left_edge.i <= verb.i <= first.right_edge.i
                    subjects = [first] if inside else subjects[-1:]
                # "By mid-August, Smirnov's office reported": the words of a time taken for subjects
                # (or a span of time before "later": "A fortnight later, on August 27, ... Syrskyi put")
                timeless = [c for c in subjects if not _time_word(c) and not _time_gone_by(c)]
                if len(subjects) > 1 and timeless:
                    subjects = timeless
                # "acting Kursk Region Governor Alexei Smirnov said": a title's participle taken for a
                # second subject
                nominal = [c for c in subjects if c.pos_ != "VERB"]
                if len(subjects) > 1 and nominal and len(nominal) < len(subjects):
                    subjects = nominal
                # "Two civilians were killed and nine wounded ..., the head of the administration, Vitaliy
                # Kostenko, said": a figure taken for a second subject; the speaker is the other
                # (also a clause the parser took for a first subject: "Air defence forces intercepted and
                # destroyed 25 drones overnight, the ministry said": a subject holding a verb or a figure)
                speakers = [
                    c
                    for c in subjects
                    if c.pos_ != "NUM"
                    and not any(g.dep_ == "nummod" for g in c.children)
                    and not any(t.like_num or (t.pos_ == "VERB" and t.dep_ == "conj") for t in c.subtree)
                ]
                if (
                    len(subjects) > 1
                    and speakers
                    and subjects[0] not in speakers
                    and cur.lemma_.lower() in report_verbs()
                ):
                    subjects = speakers[-1:]
            for c in subjects:
                if _is_line_label(c):
                    # "Q: Russia's Defence Ministry claims ...": the label is nobody; the subject the
                    # parser hung under it is ("CLAIM: A post shared ... says")
                    inner = [
                        t
                        for t in c.subtree
                        if t.i > c.i and t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")
                    ]
                    if inner and c.pos_ == "VERB":
                        return inner[0]
                    # "Question (Suspilne): Mr President, the Russian Defence Ministry says ...": the
                    # parser hung the speaker after the colon on the label as an apposition
                    colon = next(t.i for t in c.doc[:6] if t.text in (":", "):"))
                    hung = [
                        t
                        for t in c.subtree
                        if t.i > colon and t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                    ]
                    if hung and not _vocative(hung[-1]):
                        return hung[-1]
                    continue
                if _vocative(c):
                    # "Mr President, Western media write that ...": whom the question addresses is no
                    # speaker; the parser hung the subject on the address
                    hung = [t for t in c.children if t.dep_ == "appos" and t.i > c.i]
                    if hung:
                        return hung[-1]
                    continue
                if c.dep_ == "nsubj" and c.lemma_.lower() in (
                    "region",
                    "area",
                    "territory",
                    "village",
                    "town",
                ):
                    break  # "declared the region fully liberated and put ...": not the speaker
                return apposed_speaker(c, cur) or c
            if cur.dep_ == "relcl":
                return cur.head  # "the region that covers ..." -> region
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "ROOT"):
            break
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("xcomp", "conj", "advcl", "acl", "pcomp", "prep"):
            break
        cur = cur.head
    return None


def _coordinated_before(first: Token, second: Token) -> bool:
    """Two subjects of one verb with a report of the first's own between them — a past reporting verb
    the parser hung on the first as a reduced relative, with its content clause — closed by a comma and
    a coordinator ("The NIS estimated that 100 had been killed, and Zelensky put ..."): two clauses (not
    two speakers joined, "Rybar, a blogger who has reported on the fighting, and Kyiv said ...")."""
    doc = first.doc
    between = doc[first.i + 1 : second.left_edge.i]
    own_verb = any(
        t.dep_ == "acl"
        and t.head.i == first.i
        and t.tag_ in ("VBD", "VBN")
        and t.lemma_.lower() in report_verbs()
        and any(c.dep_ == "ccomp" for c in t.children)
        for t in between
    )
    tail = [t.lower_ for t in between[-2:]]
    return own_verb and tail in ([",", "and"], [",", "but"], [";", "and"], [",", "while"])


def _close_apposition(first: Token, second: Token) -> bool:
    """A common-noun description right before a name, both taken as subjects ("the project DeepState",
    "Analysts at the open-source project DeepState", "Russian chief of staff Valery Gerasimov"), or a
    title whose body ends in a name of its own ("Chief of the General Staff Valery Gerasimov")."""
    sub = list(first.subtree)
    if any(t.like_num for t in sub):
        return False  # "86% of the territory Ukraine had seized": a figure, then a clause's subject
    last = sub[-1].i
    if second.pos_ != "PROPN" or last != second.left_edge.i - 1:
        return False
    return first.doc[last].pos_ == "NOUN" or (
        first.lemma_.lower() in _TITLE_WORDS and ent_type_of(second) == "PERSON"
    )


# Nouns describing a person by what they do ("the historian said" refers back to the one described).
_PERSON_TITLES: frozenset[str] = frozenset(attribution_data()["person_titles"])
# Ranks written before a name ("Lieutenant Colonel Andriy Kovalenko"): data ranks.
# A rank's abbreviation and the rank ("col": "colonel"): data rank_abbreviations, ranks too.
RANK_ABBREVIATIONS: dict[str, str] = attribution_data()["rank_abbreviations"]
_RANKS: frozenset[str] = frozenset(attribution_data()["ranks"]) | frozenset(RANK_ABBREVIATIONS)
# Words before a name that are no part of it: "Lieutenant General Sir Andrew Tulloch", "Deputy Press
# Secretary Laura Benning", "Chief of the General Staff Valery Gerasimov" (data title_words,
# person_titles, ranks)
_TITLE_WORDS: frozenset[str] = frozenset(attribution_data()["title_words"]) | _PERSON_TITLES | _RANKS


def _is_line_label(tok: Token) -> bool:
    """A transcript's label opening the sentence before a colon ("Q:", "LUND:", "MS. WHITFIELD:",
    "Sen. Blackwell:"): names, capitals and abbreviations only, within its first five words."""
    doc = tok.doc
    colon = next((t.i for t in doc[:6] if t.text in (":", "):")), None)
    return (
        colon is not None
        and tok.i < colon
        and (
            all(t.pos_ == "PROPN" or t.is_punct or t.text.isupper() or len(t.text) <= 2 for t in doc[:colon])
            or dates.DAY_PREFIX.match(doc.text) is not None  # an entry's day: "Update, Dec. 14: ..."
            # a questioner's label with the outlet in brackets: "Question (Suspilne): ..."
            or (LABEL.match(doc.text) is not None and doc[colon].text == "):")
        )
    )


def _vocative(tok: Token) -> bool:
    """A form of address ("Mr President", "Minister", a parliament's "My Lords", "Mr Speaker"): whom a
    question or a speech speaks to, never a speaker."""
    before = [t for t in tok.children if t.i < tok.i]
    return (
        tok.text in ("President", "Minister", "Sir", "Madam", "Lords", "Speaker", "Chair", "Chairman")
        and (tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text in (":", "):"))
        and all(
            (t.dep_ == "compound" and t.lower_ in ("mr", "mr.", "madam"))
            or (t.dep_ == "poss" and t.lower_ == "my")
            for t in before
        )
        and (bool(before) or tok.text in ("Sir", "Madam") or tok.left_edge.i > 0)
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].text == ","
    )


def _agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _subtree_text(tok: Token) -> str:
    """The text of the whole phrase tok heads."""
    sub = list(tok.subtree)
    return str(tok.doc[sub[0].i : sub[-1].i + 1].text)


def _phrase(tok: Token) -> str:
    """The noun phrase a token heads, cut at the first comma/parenthesis after it."""
    toks = list(tok.subtree)
    start = toks[0].i
    end = toks[-1].i
    for t in toks:
        if t.i > tok.i and t.text in (",", "(", "—", "–", ";"):
            end = t.i - 1
            break
    span = tok.doc[start : end + 1]
    return str(span.text).strip(" ,")


def _words_lower(toks: list[Token]) -> list[str]:
    """The tokens' lowercase words, then a separator, then their lemmas (phrases match within either)."""
    return [t.lower_ for t in toks] + ["|"] + [t.lemma_.lower() for t in toks]


def _has_cue(words: list[str] | str, cues: list[str]) -> str | None:
    text = " " + (" ".join(words) if isinstance(words, list) else words.lower()) + " "
    for c in cues:
        if " " + c + " " in text:
            return c
    return None


def _cue_distance(halves: tuple[str, str], cue: str) -> int | None:
    """How far into a `_words_lower` list (nearest first), given as its two halves each joined with spaces
    around, the cue phrase first stands, counted in words within its half (the words or the lemmas);
    None when it is not there."""
    best: int | None = None
    for text in halves:
        at = text.find(" " + cue + " ")
        if at >= 0:
            n = text[:at].count(" ")
            best = n if best is None else min(best, n)
    return best


def nearest_cues(words: list[str], table: list[tuple[str, list[str]]]) -> list[tuple[str, str]]:
    """(target, cue) for each target of `table` with a cue in `words` (a `_words_lower` list, nearest
    first), the nearest cue first; at the same distance in the table's order ('killed and wounded' before
    'killed')."""
    bar = words.index("|") if "|" in words else len(words)
    halves = (" " + " ".join(words[:bar]) + " ", " " + " ".join(words[bar + 1 :]) + " ")
    found: list[tuple[int, int, str, str]] = []
    for k, (target, cues) in enumerate(table):
        at = [(d, c) for c in cues if (d := _cue_distance(halves, c)) is not None]
        if at:
            d, c = min(at, key=lambda x: x[0])
            found.append((d, k, target, c))
    return [(target, c) for _, _, target, c in sorted(found)]


def _is_object_of(tok: Token, verb: Token) -> bool:
    """tok is the direct object of verb (or conjoined with it, or inside 'N of X')."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "dobj" and cur.head.i == verb.i:
            return True
        if cur.dep_ in ("conj", "appos", "pobj", "prep", "nummod", "quantmod") and cur.head.i != cur.i:
            cur = cur.head
            continue
        return False
    return False


def _is_ancestor(a: Token, t: Token) -> bool:
    """a is t or one of t's heads."""
    return _steps_up(a, t) is not None


# a body, not a person: "Coordination Headquarters", "Kursk regional authorities"
BODY_WORDS = re.compile(
    r"(?i)\b(?:ministry|staff|service|institute|agency|forces|command|office|administration|military|"
    r"government|council|committee|group|media|officials?|sources?|estimates?|authorities|headquarters)\b"
)


def _described_person(span: Span, text: str) -> bool:
    """A name of two or three capitalised words the recogniser took for an organisation, set beside an
    indefinite description of a person ('Taras Hnatiuk, an analyst at the Kyiv Centre for Defence
    Studies, told ...', 'Mark Hensley, a retired colonel'): a person, like a name given an age."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if BODY_WORDS.search(text) or lookup(text) is not None:
        return False
    described = [c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end]
    return any(
        c.lemma_.lower() in _PERSON_TITLES and any(d.lower_ in ("a", "an") for d in c.children)
        for c in described
    )


def before_quoted(text: str, at: int) -> int:
    """Where the words a phrase at `at` is credited with begin, when a quotation closes right before it in
    its sentence ('"... a problem for Putin," the President said' -> the quotation's opening mark, or the
    sentence's start when the quotation began in an earlier one); else `at`. No one named inside those
    words is the one who said them."""
    quoted = re.search(r"(?:[\"“][^\"“”]*)?[,.!?]?[\"”]\s*,?\s*$", text[:at])
    if quoted is None:
        return at
    return quoted.start() if quoted.group(0)[:1] in '"“' else 0


def words_before_name(e: Span) -> list[str]:
    """The words written just before a name in its sentence, in order, up to a verb or a punctuation mark
    (the point of an abbreviated rank aside), abbreviated ranks written out ("Col. Ants X": colonel)."""
    doc = e.doc
    words: list[str] = []
    for t in reversed(doc[max(0, e.start - 10) : e.start]):
        if t.text == "." and t.i > 0 and doc[t.i - 1].lower_ in RANK_ABBREVIATIONS:
            continue
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
        words.append(RANK_ABBREVIATIONS.get(t.lower_.rstrip("."), t.lower_))
    return words[::-1]


def title_words(e: Span, name: str, when: str | None) -> set[str]:
    """The words of a person's title: those just before the name in its sentence ("Chief of the
    General Staff Valery Gerasimov"), its apposition ("Gerasimov, the army's chief"), and the
    registry's titles for them."""
    words = words_before_name(e) + [t.lower_ for t in e.root.subtree if t.i >= e.end]
    known = lookup(name)
    if known is not None:
        words += [w for r in known.roles if r.active(when) for w in r.title.split()]
    return {RANK_ABBREVIATIONS.get(p.rstrip("."), p) for w in words for p in w.split("-")}


def past_perfect(v: Token) -> bool:
    """'had said', 'had earlier put': a verb with 'had' for its auxiliary."""
    return any(c.lower_ == "had" and c.dep_ == "aux" for c in v.children)


def opens_with_when(clause: Token) -> bool:
    """A clause that 'when' opens ("When Putin toured the region on Tuesday, ...")."""
    return any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i for c in clause.children)
