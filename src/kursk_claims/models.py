"""Plain records shared by every layer: documents in, claims out.

Nothing here imports spaCy, dateparser or pint, so the query path can use these types.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

METRICS = (
    "territory_km2",
    "territory_pct",
    "settlements",
    "personnel",
    "killed",
    "wounded",
    "casualties",
    "prisoners",
    "distance_km",
    "equipment",
    "civilians",
)
QUALIFIERS = ("exact", "approx", "nearly", "more_than", "at_least", "less_than", "at_most", "range")
ACTORS = ("ukraine", "russia", "north_korea", "civilians", "unknown")
PREDICATES = (
    "captured",
    "controls",
    "retaken",
    "lost",
    "deployed",
    "attacking",
    "killed",
    "wounded",
    "killed_or_wounded",
    "taken_prisoner",
    "advanced",
    "region_size",
    "other",
)
SIDES = ("ukraine", "russia", "north_korea", "third_party", "media")

# Days within which two claims count as simultaneous (compare's markers; `--window`). Here rather
# than in `analysis` so that the command line can show it without loading the analysis.
DEFAULT_WINDOW_DAYS = 14

# The keys every exported claim carries (the export contract); more keys follow them.
EXPORT_KEYS = (
    "id",
    "doc_id",
    "metric",
    "value",
    "value_low",
    "value_high",
    "unit",
    "qualifier",
    "text",
    "start",
    "end",
    "sentence",
    "actor",
    "predicate",
    "claimant",
    "claimant_side",
    "claim_date",
)


@dataclass(frozen=True)
class Document:
    """One input article: its text exactly as read from disk plus optional metadata."""

    id: str
    text: str
    sha256: str
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date from metadata, if any
    published_source: str | None = None  # where `published` came from: metadata | page | warc-date
    title: str | None = None  # the page's title (pages only; the text starts with it too)
    extractor: str | None = None  # JSON: the text extractor's name, version and options (pages only)


@dataclass(frozen=True)
class Claim:
    """One numeric claim. `start`/`end` index the document text; `text == doc.text[start:end]`."""

    doc_id: str
    metric: str
    value: float
    value_low: float | None
    value_high: float | None
    unit: str  # canonical: km2 | km | percent | count
    qualifier: str
    text: str
    start: int
    end: int
    sentence: str
    actor: str = "unknown"
    predicate: str = "other"
    claimant: str | None = None
    claimant_side: str | None = None
    claim_date: str | None = None  # YYYY-MM-DD | YYYY-MM | YYYY
    location: str | None = None
    unit_text: str | None = None  # the unit as written ("square miles")
    conversion: str | None = None  # a stated bracketed conversion ("500 square miles")
    conversion_ok: bool | None = None  # False when the stated conversion disagrees by > 5 %
    entities: tuple[str, ...] = ()  # canonical names of entities named in the sentence
    # field -> {"rule": the id of the rule that set it, "why": what it read}
    evidence: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.doc_id}:{self.start}"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["entities"] = list(self.entities)
        out: dict[str, Any] = {k: (self.id if k == "id" else d[k]) for k in EXPORT_KEYS}
        for k, v in d.items():
            if k not in out:
                out[k] = v
        return out


@dataclass(frozen=True)
class DocResult:
    """What extraction makes of one document."""

    document: Document
    doc_date: str | None  # the document's date (ISO), from metadata or the text
    date_source: str | None  # metadata | header | dateline | latest-date | None
    date_confidence: float | None
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...] = ()
    status: str = "extracted"  # extracted | irrelevant (failed the relevance gate) | skipped
