"""Speaker labels: the lines of a transcript that open with who speaks ("KOVAL:", "Q:", "Chief of the
General Staff Valery Gerasimov:"), read by the interview rules (whose line it is) and by the
resolver (a transcript has no writer's own "we")."""

from __future__ import annotations

import re
from functools import lru_cache

# A line of a transcript may open with a timestamp and set its label in bold: "[19:02:06] ", "**"
LINE_LEAD = r"[ \t]*(?:\[\d{1,2}(?::\d{2}){1,2}\]\s*)?(?:\*\*|__|\*|_)?"
# "Dzhus:", "KOVAL:", "**KOVAL:**", "Daniil K.:", "CLARA NEUMANN (HOST):": a speaker's label (one to three words), also
# with who they are in brackets ("DR ANDERS LUND (senior fellow, Nordic Institute for Conflict Studies):")
# A rush transcript's label may give a title after the name, in capitals: "LT. GEN. MARK HALVORSEN
# (RET.), MILITARY ANALYST:", "ALEXEI SMIRNOV, ACTING GOVERNOR, KURSK REGION (through translator):"
# An official transcript gives the title before the name: "Chief of the General Staff of the Armed
# Forces Valery Gerasimov:", "Kursk Region Governor Alexander Khinshtein:".
# A parliament's record gives a member's seat, party and business in brackets: "Ms Harriet Quayle
# (Bicester and Woodstock) (LD) (Urgent Question):".
# A title may join two offices with a dash, the first an office "of" something ("Chief of the General
# Staff – First Deputy Defence Minister Valery Gerasimov:"; not a heading "Kursk Region – Sudzha
# Direction:"). A line that opens with a preposition ("On Russia and the DPRK: we continue ...")
# names its topic, not who speaks.
_OFFICE = r"(?:[A-Z][\w'’.-]+\s+){1,3}of\s+(?:the\s+)?(?:[A-Z][\w'’.-]+\s+(?:(?:of|the|and|for)\s+){0,2}){1,6}[–—]\s+"
LABEL = re.compile(
    LINE_LEAD + r"(?!(?:On|In|As|At|As\s+for|About|Regarding|For|To|From|With|By|And|But|So|Now|Then|Also)\s)"
    r"(?P<label>(?:"
    + _OFFICE
    + r")?(?:[A-Z][\w'’.-]+\s+(?:(?:of|the|and|for)\s+){0,2}){0,9}(?:[A-Z][\w'’-]+|(?<=\s)[A-Z]\.))"
    r"(?:\s*\((?P<desc>[^)\n]{1,90})\))?"
    r"(?:,\s*(?P<title>[A-Z][A-Z0-9 .,'’-]{1,60}?))?(?:\s*\([^)\n]{1,30}\)){0,2}"
    r"\s*(?:\*\*|__|\*|_)?\s*:\s*(?:\*\*|__)?\s+\S"
)

# What a broadcast puts on screen, as its transcript marks it: "GRAPHIC:", "TICKER:", "CHYRON:", "SUPER:"
# (text shown, not a speaker's turn; a source may open it, "TICKER: General Staff: ...")
ON_SCREEN = (
    r"(?:GRAPHICS?|TICKER|CAPTION|CHYRON|ON[- ]SCREEN(?:\s+TEXT)?|LOWER[- ]THIRD|SUPER|STRAP|"
    r"BREAKING(?:\s+NEWS)?|FULL[- ]SCREEN)\s*:"
)

# "Q:", "Q.", "Q —": an interview's question; "A:", "A —": its answer
QUESTION_LABEL = re.compile(LINE_LEAD + r"Q\s*[:.—–-]\s")
ANSWER_LABEL = re.compile(LINE_LEAD + r"A\s*[:.—–-]\s")


# the label of whoever asks: "Interviewer:", "HOST:", "Question (Suspilne):"
INTERVIEWER = re.compile(r"(?i)^(?:interviewer|host|presenter|moderator|anchor|reporter|question)$")


def labelled(text: str, line_start: int) -> bool:
    """Whether the line starting at `line_start` opens with a speaker's label or a Q/A mark."""
    return any(rx.match(text, line_start) for rx in (LABEL, QUESTION_LABEL, ANSWER_LABEL))


TRANSCRIPT_LABELS = 3  # how many labelled lines make a page a transcript


@lru_cache(maxsize=8)
def is_transcript(text: str) -> bool:
    """Whether `TRANSCRIPT_LABELS` lines or more of a page open with a speaker's label (or Q/A)."""
    return sum(1 for line in text.splitlines() if labelled(line, 0)) >= TRANSCRIPT_LABELS
