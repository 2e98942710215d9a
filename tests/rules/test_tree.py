"""The shared dependency-tree helpers, on hand-built trees."""

from __future__ import annotations

import pytest
from hand import SAID as SAID_TEXT
from hand import SAID_ROWS, parse

from kursk_claims.rules.tree import (
    _governing_verb,
    _has_cue,
    _heads,
    _is_line_label,
    _is_object_of,
    _phrase,
    _steps_up,
    _subject_of,
)

SAID = parse(SAID_TEXT, SAID_ROWS)


def test_heads_walk_up_to_the_root() -> None:
    assert [t.text for t in _heads(SAID[5], 10)] == ["kilometres", "control", "said"]
    assert [t.text for t in _heads(SAID[5], 1)] == ["kilometres"]


@pytest.mark.parametrize(("a", "t", "steps"), [(1, 5, 3), (4, 5, 2), (5, 5, 0), (3, 5, None)])
def test_steps_up(a: int, t: int, steps: int | None) -> None:
    assert _steps_up(SAID[a], SAID[t]) == steps


@pytest.mark.parametrize(("tok", "verb"), [(5, "control"), (7, "control"), (4, "said"), (1, "said")])
def test_governing_verb(tok: int, verb: str) -> None:
    got = _governing_verb(SAID[tok])
    assert got is not None and got.text == verb


@pytest.mark.parametrize(("verb", "subject"), [(1, "Syrskyi"), (4, "forces")])
def test_subject_of(verb: int, subject: str) -> None:
    got = _subject_of(SAID[verb])
    assert got is not None and got.text == subject


def test_a_report_hung_on_the_name_beside_the_head_noun_has_that_name_for_subject() -> None:
    text = "The project DeepState estimated that Ukraine held 110 square kilometers."
    rows = """
The DET det 1
project NOUN ROOT 1
DeepState PROPN appos 1
estimated VERB acl 2 estimate VBD
that SCONJ mark 5
Ukraine PROPN nsubj 6
held VERB ccomp 3 hold VBD
110 NUM nummod 9
square ADJ amod 9
kilometers NOUN dobj 6 kilometer
. PUNCT punct 1
"""
    doc = parse(text, rows)
    got = _subject_of(doc[3])
    assert got is not None and got.text == "DeepState"


def test_a_title_participle_is_no_second_subject() -> None:
    text = "acting Governor Alexei Smirnov said 133,000 had left."
    rows = """
acting VERB nsubj 4 act VBG
Governor PROPN compound 3
Alexei PROPN compound 3
Smirnov PROPN nsubj 4
said VERB ROOT 4 say VBD
133,000 NUM nsubj 7
had AUX aux 7
left VERB ccomp 4 leave VBN
. PUNCT punct 4
"""
    doc = parse(text, rows)
    got = _subject_of(doc[4])
    assert got is not None and got.text == "Smirnov"


def test_phrase_and_object() -> None:
    assert _phrase(SAID[3]) == "Ukrainian forces"
    assert _phrase(SAID[7]) == "1,000 square kilometres"
    assert _is_object_of(SAID[5], SAID[4])  # the number, through its noun, is control's object
    assert not _is_object_of(SAID[3], SAID[4])


@pytest.mark.parametrize(
    ("words", "cues", "hit"),
    [
        (["were", "killed"], ["killed", "dead"], "killed"),
        (["taken", "prisoner"], ["taken prisoner"], "taken prisoner"),
        (["wounded"], ["killed"], None),
    ],
)
def test_has_cue_matches_whole_words_and_phrases(words: list[str], cues: list[str], hit: str | None) -> None:
    assert _has_cue(words, cues) == hit


# "Kyiv, Ukraine — Ukraine's general said ...": the parser takes the dateline for a second subject
DATELINE = "Kyiv , Ukraine — Ukraine 's general said 5 villages fell ."
DATELINE_ROWS = """
Kyiv PROPN nsubj 7
, PUNCT punct 0
Ukraine PROPN appos 0
— PUNCT punct 7
Ukraine PROPN poss 6
's PART case 4
general NOUN nsubj 7
said VERB ROOT 7 say VBD
5 NUM nummod 9
villages NOUN nsubj 10 village
fell VERB ccomp 7 fall VBD
. PUNCT punct 7
"""
# "86% of the territory Ukraine had seized": two subjects the parse gives one verb, no dateline
TWO_SUBJECTS = "86 % of land Ukraine seized"
TWO_SUBJECTS_ROWS = """
86 NUM nummod 1
% NOUN nsubj 5
of ADP prep 1
land NOUN pobj 2
Ukraine PROPN nsubj 5
seized VERB ROOT 5 seize VBD
"""


def test_a_dateline_parsed_as_a_subject_is_not_the_speaker() -> None:
    doc = parse(DATELINE, DATELINE_ROWS)
    got = _subject_of(doc[7])
    assert got is not None and got.text == "general"


def test_two_subjects_without_a_dateline_keep_the_first() -> None:
    doc = parse(TWO_SUBJECTS, TWO_SUBJECTS_ROWS)
    got = _subject_of(doc[5])
    assert got is not None and got.text == "%"


CLOSE_APPOSITION = "The monitoring project DeepState estimates that Ukraine holds 80 square kilometers."
CLOSE_APPOSITION_ROWS = """
The DET det 2
monitoring NOUN compound 2
project NOUN nsubj 4
DeepState PROPN nsubj 4
estimates VERB ROOT 4 estimate VBZ
that SCONJ mark 6
Ukraine PROPN nsubj 7
holds VERB ccomp 4 hold VBZ
80 NUM nummod 10
square ADJ amod 10
kilometers NOUN dobj 7 kilometer
. PUNCT punct 4
"""


def test_a_description_set_close_before_a_name_gives_the_name_as_subject() -> None:
    doc = parse(CLOSE_APPOSITION, CLOSE_APPOSITION_ROWS)
    got = _subject_of(doc[4])
    assert got is not None and got.text == "DeepState"


LABELLED = "LUND: Russia's ministry said it retook about half."
LABELLED_ROWS = """
LUND PROPN nsubj 6
: PUNCT punct 6
Russia PROPN poss 4
's PART case 2
ministry NOUN nsubj 5
said VERB ccomp 6 say VBD
it PRON nsubj 7
retook VERB ccomp 5 retake VBD
about ADV advmod 9
half NOUN dobj 7
. PUNCT punct 5
"""


def test_a_transcripts_speaker_label_is_not_a_subject() -> None:
    doc = parse(LABELLED, LABELLED_ROWS)
    assert _is_line_label(doc[0]) and not _is_line_label(doc[4])
    got = _subject_of(doc[5])
    assert got is not None and got.text == "ministry"


def test_a_name_right_after_a_description_s_phrase_is_the_subject() -> None:
    from hand import parse

    from kursk_claims.rules.tree import _close_apposition

    doc = parse(
        "Analysts at the project DeepState say 200",
        """
Analysts NOUN nsubj 5
at ADP prep 0
the DET det 3
project NOUN pobj 1
DeepState PROPN nsubj 5
say VERB ROOT 5 say VBP
200 NUM dobj 5
""",
    )
    assert _close_apposition(doc[0], doc[4]) is True
    doc = parse(
        "86 % of the territory Ukraine seized",
        """
86 NUM nummod 1
% NOUN nsubj 6
of ADP prep 1
the DET det 4
territory NOUN pobj 2
Ukraine PROPN nsubj 6
seized VERB ROOT 6 seize VBD
""",
    )
    assert _close_apposition(doc[1], doc[5]) is False  # a figure's phrase, then a clause's own subject
