"""Compare two JSONL exports claim by claim, ignoring `evidence`'s format.

    python scripts/export_diff.py BEFORE.jsonl AFTER.jsonl

Prints every claim whose fields (other than `evidence`) differ, and every field that had
evidence before but has no rule id after; exits 1 when there is either.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _claims(path: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def main(before_path: str, after_path: str) -> int:
    before, after = _claims(before_path), _claims(after_path)
    problems = 0
    if len(before) != len(after):
        print(f"{len(before)} claims before, {len(after)} after")
        problems += 1
    for old, new in zip(before, after, strict=False):
        old_ev, new_ev = old.pop("evidence") or {}, new.pop("evidence") or {}
        if old != new:
            problems += 1
            print(
                old["id"],
                {k: (old.get(k), new.get(k)) for k in old.keys() | new.keys() if old.get(k) != new.get(k)},
            )
        for name in set(old_ev) - {"claimant_head"}:  # the claimant's head noun was data, not a decision
            entry = new_ev.get(name)
            if not (isinstance(entry, dict) and entry.get("rule")):
                problems += 1
                print(old["id"], f"{name}: no rule id")
    print(f"{len(after)} claims compared, {problems} difference(s) outside the evidence format")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
