"""Entities are found only on the parses whose entities the rules read, with identical claims.

The extractor parses without the entity components (entity_ruler, ner) and runs them when a rule
first reads a parse's entities, through `rules.context.ents_of` / `ent_type_of`. That is only
sound if no rule reads entities any other way: checked here on the source, then on the output
(every claim equals the one of a run with the whole pipeline at once).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kursk_claims.sources.files import LoadWarning, collect_files, iter_files

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "kursk_claims"
# what reads spaCy's entity annotation: Doc/Span.ents, Token/Span.ent_type(_), ent_iob(_), ent_kb_id(_),
# ent_id(_) (the entity ruler's registry id)
_ENTITY_READ = re.compile(r"\.(?:ents|ent_type_?|ent_iob_?|ent_kb_id_?|ent_id_?)\b")


def test_rules_read_entities_only_through_ents_of() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if _ENTITY_READ.search(code) and not (
                path.name == "context.py"
                and ("sdoc.ents" in code or "tok.ent_type_" in code or "x.ent_id_" in code)
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, offenders


# the synthetic sets (tests/data/synthetic/setN) in order, every tenth and the newest: a fixed sample of
# their styles (each set costs seconds to parse twice; all of them together took most of the suite)
_ALL_SETS = sorted(
    int(d.name[3:]) for d in (ROOT / "tests" / "data" / "synthetic").glob("set*") if d.name[3:].isdigit()
)
SETS = [n for n in _ALL_SETS if n % 10 == 0 or n == _ALL_SETS[-1]]


@pytest.mark.model
@pytest.mark.parametrize(
    "folder",
    [
        ROOT / "seeds",
        ROOT.parent / "shared" / "corpus" / "dev" / "docs",
        ROOT.parent / "shared" / "corpus" / "dev2" / "docs",
        *(ROOT / "tests" / "data" / "synthetic" / f"set{n}" / "docs" for n in SETS),
    ],
    ids=["seeds", "dev", "dev2", *(f"synth{n}" for n in SETS)],
)
def test_lazy_entities_give_the_claims_of_the_whole_pipeline(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    document = pytest.importorskip("kursk_claims.extract.document")
    from kursk_claims.extract.model import ModelNotFoundError, load_nlp

    try:
        nlp = load_nlp(None)
    except ModelNotFoundError as exc:
        pytest.skip(str(exc))
    assert document._entity_tail(nlp) == ["entity_ruler", "ner"]
    files, _ = collect_files([folder])
    docs = [d for d in iter_files(files) if not isinstance(d, LoadWarning)]

    def claims() -> list[Any]:
        return [[c.to_dict() for c in r.claims] for r in document.extract_documents(docs)]

    lazy = claims()
    monkeypatch.setattr(document, "LAZY_ENTITIES", False)
    assert document._entity_tail(nlp) == []
    assert claims() == lazy
    assert sum(map(len, lazy)) > 0
