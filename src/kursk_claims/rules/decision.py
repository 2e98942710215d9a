"""The record of one decision: which rule set a field (a stable id) and why (text for people).

Control flow reads `rule`, never `why`: rewording an explanation cannot change output. A claim's
`evidence` holds one `{"rule": id, "why": text}` per decided field.
"""

from __future__ import annotations

from typing import NamedTuple


class Decision(NamedTuple):
    """A rule id such as `claimant.quote_speaker` and the human explanation of what it read."""

    rule: str
    why: str

    def record(self) -> dict[str, str]:
        """The evidence entry of this decision."""
        return {"rule": self.rule, "why": self.why}


Evidence = dict[str, dict[str, str]]


def rule_of(evidence: Evidence, field: str) -> str | None:
    """The rule id that set `field` of a claim's evidence (None when nothing did)."""
    entry = evidence.get(field)
    return entry.get("rule") if entry else None
