"""Regenerate tests/golden/*.json from the current extraction of seeds/ (review the diff by hand!).

The golden files are the reviewed expectation for whole documents; `git diff tests/golden` after
running this shows exactly what a rule change did to the seeds, claim by claim.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from kursk_claims.extract import extract_document
from kursk_claims.extract.model import load_nlp
from kursk_claims.models import Document

FIELDS = (
    "text", "start", "end", "metric", "value", "value_low", "value_high", "qualifier", "actor", "predicate",
    "claimant", "claimant_side", "claim_date", "location",
)  # fmt: skip


def golden_for(path: Path, nlp: object) -> list[dict[str, object]]:
    raw = path.read_bytes()
    doc = Document(path.stem, raw.decode("utf-8"), hashlib.sha256(raw).hexdigest(), str(path))
    result = extract_document(doc, nlp)
    return [{k: c.to_dict()[k] for k in FIELDS} for c in result.claims]


def main() -> int:
    nlp = load_nlp()
    out_dir = Path("tests/golden")
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(Path("seeds").glob("*.txt")):
        claims = golden_for(path, nlp)
        (out_dir / f"{path.stem}.json").write_text(
            json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"{path.stem}: {len(claims)} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
