"""Social posts embedded in a page: the account a post's name line gives speaks the post's text; and
pages that are their writer's own (a channel, a blog, an opinion piece's first person: `page_writer`).

A scraped page keeps an embedded post as lines of text with the account's line above it
("Volodymyr Zelenskyy ✔ @ZelenskyyUa", the card layout) or below it ("— Volodymyr Zelenskyy
(@ZelenskyyUa) August 19, 2024", the quotation layout social sites give for embedding). The
figures on the lines of that block are the account's own words, dated by the post's date line.
A line with a handle is a post's only with the post's own furniture: a verified tick or a
timestamp line under the card, the post's date on the credit line. A byline ("By Jane Doe
@janedoe"), a "Follow us @..." line or a reporting credit names no post.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.mentions import Resolver
from kursk_claims.text.reporting import REPORT_FORMS_RX

# "Volodymyr Zelenskyy / Володимир Зеленський ✔ @ZelenskyyUa": the card's name line
_HEADER = re.compile(r"^\s*(?P<name>[^@\n]{2,80}?)\s*(?P<tick>[✔✓☑])?\s*@(?P<handle>\w{2,30})\s*$")
# "— Volodymyr Zelenskyy (@ZelenskyyUa) August 19, 2024": the quotation's credit line, with its date
_FOOTER = re.compile(
    r"^\s*[—–-]+\s*(?P<name>[^@\n(]{2,80}?)\s*\(@(?P<handle>\w{2,30})\)\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*$"
)
# "8:12 PM · Aug 19, 2024 · 2.4M Views": the card's date line
_STAMP = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)?\s*·\s*)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\b"
)
# a name line that is a byline, a follow-us line or a credit, not an account's name
_NOT_A_NAME = re.compile(r"(?i)^\s*(?:by|follow|reporting|editing|written|photo|via|contact|email|share)\b")
_MAX_POST_LINES = 8  # an embedded post is short: a longer run of lines is the page's own text


@lru_cache(maxsize=8)
def _lines(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The page's lines and the offset each starts at."""
    lines = tuple(text.split("\n"))
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return lines, tuple(starts)


def _account(raw: str) -> tuple[str, str | None] | None:
    """The name a post's account line gives, canonical when the registry knows it, and its side."""
    if _NOT_A_NAME.match(raw):
        return None
    name = re.split(r"\s+/\s+|\s+\|\s+", raw)[0].strip(" ✔✓☑·-–—")
    if not re.search(r"[A-Za-z]{2}", name):
        return None
    e = lookup(name)
    return (e.name, e.side) if e is not None else (name, side_of_phrase(name))


def _block(lines: tuple[str, ...], i: int) -> tuple[int, int]:
    """The run of non-empty lines around line i: [first, last]."""
    first, last = i, i
    while first > 0 and lines[first - 1].strip():
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    return first, last


def social_post(r: Resolver, t: Target) -> Attribution | None:
    """The account of the embedded post the figure's line belongs to (module docstring)."""
    text = r.ctx.document.text
    lines, starts = _lines(text)
    at = max(0, next((k for k, s in enumerate(starts) if s > t.start), len(starts)) - 1)
    forwarded = _forwarded_from(lines, at)
    if forwarded is not None or "@" not in text:
        return forwarded
    if _HEADER.match(lines[at]) or _FOOTER.match(lines[at]):
        return None
    first, last = _block(lines, at)
    if last - first + 1 > _MAX_POST_LINES:
        return None
    # the quotation layout: the credit line closes the block or opens the next one
    after = next((j for j in range(last + 1, min(len(lines), last + 3)) if lines[j].strip()), None)
    for j in (*range(at + 1, last + 1), *((after,) if after is not None else ())):
        m = _FOOTER.match(lines[j])
        account = _account(m.group("name")) if m else None
        if m and account:
            return _post(*account, lines[j].strip(), r.ctx.on_page("on " + m.group("date")))
    # the card layout: the account line above, in the same block, with a tick or a timestamp line
    for j in range(at - 1, first - 1, -1):
        m = _HEADER.match(lines[j])
        account = _account(m.group("name")) if m else None
        if m is None or account is None:
            continue
        stamp = next((s for k in range(at + 1, last + 1) if (s := _STAMP.match(lines[k]))), None)
        if stamp is None and not m.group("tick"):
            return None
        return _post(
            *account, lines[j].strip(), r.ctx.on_page("on " + stamp.group("date")) if stamp else None
        )
    return None


# "Forwarded from Минобороны России": a messenger channel's repost, its source channel's name above the post
_FORWARDED = re.compile(r"^\s*(?:Forwarded|Reposted)\s+from\s+(?P<name>[^\n]{2,80}?)\s*$")


def _forwarded_from(lines: tuple[str, ...], at: int) -> Attribution | None:
    """The channel a reposted post's header line names, for the lines of its block below it, when the
    registry knows the channel ("Forwarded from Минобороны России": the Russian Defense Ministry's post)."""
    first, _ = _block(lines, at)
    for j in range(at, max(first, at - _MAX_POST_LINES) - 1, -1):
        m = _FORWARDED.match(lines[j])
        if m is not None:
            e = lookup(m.group("name"))
            return _post(e.name, e.side, lines[j].strip(), None) if e is not None and j < at else None
    return None


def _post(name: str, side: str | None, line: str, when: str | None) -> Attribution:
    return Attribution(
        name,
        side,
        Decision("claimant.social_post", f"a post of '{line[:60]}'"),
        inherited_date=when,
    )


# A channel's header: the account's name on one line and its handle alone on the next
# ("Alexander Khinshtein" / "@Khinshtein"); a blog's author line ("Bohdan Kryvonis (call sign
# "Kotlovan")"), read on a page that calls itself posts, a blog or a channel.
_HANDLE_LINE = re.compile(r"^\s*@\w{2,30}\s*$")
_AUTHOR_LINE = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?:\s*\((?:call\s*sign|callsign)\b[^)]*\))?\s*$"
)
# a page its metadata calls a person's own: a blog, a channel, their posts (not a newsroom's "live blog")
_PERSONAL_PAGE = re.compile(r"(?i)(?<!live\s)\b(?:blog|blogger|posts|telegram|channel)\b")
# "Posts from the Kursk direction by a Ukrainian officer": who the author is, on a header line that
# calls the page posts, a blog or a channel
_BY_A = re.compile(r"(?i)\bby\s+an?\s+([^.\n]{3,60})")
_HEADER_LINES = 12


@lru_cache(maxsize=8)
def channel_author(text: str, outlet: str | None) -> tuple[str, str] | None:
    """(name, side) of the one whose own channel or blog the page is, when they are of a warring side:
    their figures the page states without a source are theirs, as an official's post is."""
    if not _PERSONAL_PAGE.search(outlet or ""):
        return None  # (a newsroom's page that embeds a post or names a byline is no one's channel)
    lines = text.split("\n")[:_HEADER_LINES]
    about = [outlet or ""]  # what the page says of its author: the outlet, header lines about posts
    for i, line in enumerate(lines):
        if len(line) > 200:
            break  # the body has begun
        if _PERSONAL_PAGE.search(line):
            about.append(line)
        named = _AUTHOR_LINE.match(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if named is None or (
            not _HANDLE_LINE.match(nxt) and len(about) == 1 and "blog" not in about[0].lower()
        ):
            continue
        e = lookup(named.group("name"))
        by = next((m for a in about if (m := _BY_A.search(a))), None)
        side = e.side if e is not None else side_of_phrase(by.group(1)) if by else None
        if side in ("ukraine", "russia", "north_korea"):
            return (e.name if e is not None else named.group("name")), side
    return None


# A contributor's note, opening or closing an opinion piece: "Rebecca Hollis is a senior fellow at ...",
# "Serhiy Dovhan is a retired colonel of the Armed Forces of Ukraine."
_CONTRIBUTOR = re.compile(
    r"^\s*(?:[—–-]\s*)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:fellow|colonel|general|officer|diplomat|analyst|researcher|professor|lecturer|scholar|historian|"
    r"director|writer|journalist|expert|veteran|ambassador|advis[eo]r|commentator|economist)\b"
)
# the writer of the page speaking as themself: "By my count", "My own estimate", "I estimate", "I believe"
# (the one source of this list: a paragraph's reported speech does not run on into it either)
WRITER_SINGULAR = re.compile(
    r"(?i)\b(?:my\s+own|by\s+my|on\s+my|in\s+my|my\s+(?:count|estimate|reckoning|arithmetic|tally|assessment|guess))\b"
    r"|\bI\s+(?:also\s+)?(?:count|estimate|reckon|calculate|make\s+it|believe|think)\b"
)


# a note that goes on to report what its person said: a source introduced, not the writer's note
_GOES_ON_SAYING = re.compile(
    r"[.!?]\s+(?:He|She|They)\s+(?:\w+\s+)?" + REPORT_FORMS_RX + r"\b\s+(?:that\b|[^.]*\d)"
)


@lru_cache(maxsize=8)
def contributor(text: str) -> tuple[str, str | None] | None:
    """(name, side) of the writer of an opinion piece, named by the contributor's note that opens or
    closes it, with the side the note gives ('a retired colonel of the Armed Forces of Ukraine')."""
    lines = [line for line in text.split("\n") if line.strip()]
    for line in (*lines[:8], *lines[-4:]):
        m = _CONTRIBUTOR.match(line)
        if m is None or _GOES_ON_SAYING.search(line):
            continue  # (a paragraph introducing a source, "X is a senior analyst in Kyiv. He said ...")
        known = lookup(m.group("name"))
        if known is not None:
            if known.kind == "person":
                return known.name, known.side
            continue
        # the side of the role itself, not of the institution or subject it works on ("a senior fellow
        # in the Russia and Eurasia Programme"): "a retired colonel of the Armed Forces of Ukraine"
        note = line[m.end("name") :].split(".")[0]
        role = re.split(r"\s(?:at|in|on|with|who|where|and|for)\s", note)[0]
        army = re.search(
            r"(?i)\b(?:army|armed\s+forces|military|navy)\b", note
        )  # "a colonel in the Ukrainian army"
        return m.group("name"), side_of_phrase(role) or (side_of_phrase(note) if army else None)
    return None


def page_writer(r: Resolver, t: Target, att: Attribution) -> Attribution:
    """The sieve's decision, or the page's own writer where the page speaks as them: a warring-side
    person's channel or blog for what it states unsourced (`channel_author`), an opinion piece's
    contributor for its first person singular (`contributor`)."""
    voice = att.name is None or att.decision.rule == "claimant.own_voice"
    author = channel_author(r.ctx.document.text, r.ctx.document.outlet) if voice else None
    if author is not None and att.decision.rule in ("claimant.article_voice", "claimant.own_voice"):
        # a soldier's blog, a governor's channel: what the page says unsourced, its author says
        return Attribution(
            *author, Decision("claimant.channel_author", f"the page is {author[0]}'s own channel")
        )
    said = WRITER_SINGULAR.search(t.s.text)
    if t.quote is not None or said is None or att.decision.rule not in _VOICE_RULES:
        return att
    writer = contributor(r.ctx.document.text)
    if writer is None and att.decision.rule == "claimant.speaker_span":
        # (a writer no note names speaks in the article's voice, not as the source quoted before)
        return Attribution(
            None, None, Decision("claimant.article_voice", f"the writer speaks as 'I' ('{said.group(0)}')")
        )
    if writer is None:
        return att
    why = Decision("claimant.contributor", f"the contributor {writer[0]} speaks as 'I' ('{said.group(0)}')")
    return Attribution(*writer, why)


# rules whose decision the writer's own 'By my count' overrides: the article's voice, or a source
# the writer spoke of before
_VOICE_RULES = frozenset(
    {
        "claimant.article_voice",
        "claimant.own_voice",
        "claimant.speaker_span",
        "claimant.paragraph_continuation",
    }
)
