"""Shared fixtures: hand-built claims, a tiny regex extractor that needs no spaCy, and the spaCy
pipeline (`nlp`, skipped where none is installed) with helpers to find a claim in its output.

`fake_extract` honours the extraction contract (one DocResult per Document, in order,
streaming) so pipeline and CLI tests run without a model. Subprocess tests use it through
``KURSK_CLAIMS_EXTRACTOR=conftest:fake_extract`` with ``tests/`` on PYTHONPATH.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from kursk_claims.models import Claim, DocResult, Document

# CI runs (CI=true) draw the same Hypothesis examples every time, so a red CI is reproducible;
# local runs and `make fuzz` keep exploring new ones (a failure found there becomes a test).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

TESTS_DIR = Path(__file__).parent

_QUANTITY = re.compile(
    r"(?P<q>about |more than )?(?P<n>\d[\d,]*) (?P<u>square kilometres|troops|settlements)", re.IGNORECASE
)
_UNITS = {
    "square kilometres": ("territory_km2", "km2"),
    "troops": ("personnel", "count"),
    "settlements": ("settlements", "count"),
}
_CLAIMANTS = {"Syrskyi": ("Oleksandr Syrskyi", "ukraine"), "Gerasimov": ("Valery Gerasimov", "russia")}


def _sentence_at(text: str, pos: int) -> str:
    dot = text.rfind(". ", 0, pos)
    start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, pos) + 1)
    end_candidates = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return text[start:end]


def fake_claims(doc: Document) -> tuple[Claim, ...]:
    """Claims for every '<number> square kilometres|troops|settlements' in the text."""
    out = []
    for m in _QUANTITY.finditer(doc.text):
        metric, unit = _UNITS[m.group("u").lower()]
        value = float(m.group("n").replace(",", ""))
        q = (m.group("q") or "").strip().lower()
        qualifier = {"about": "approx", "more than": "more_than"}.get(q, "exact")
        sentence = _sentence_at(doc.text, m.start())
        claimant = side = None
        for cue, (name, s) in _CLAIMANTS.items():
            if cue in sentence:
                claimant, side = name, s
        out.append(
            Claim(
                doc_id=doc.id,
                metric=metric,
                value=value,
                value_low=value,
                value_high=None if qualifier == "more_than" else value,
                unit=unit,
                qualifier=qualifier,
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                sentence=sentence,
                actor="ukraine" if "Ukrain" in sentence else "unknown",
                predicate="captured" if "captur" in sentence else "other",
                claimant=claimant,
                claimant_side=side,
                claim_date=doc.published,
                entities=tuple(name for cue, (name, _) in _CLAIMANTS.items() if cue in sentence),
                evidence={"claimant": {"rule": "fake.name_in_sentence", "why": "fake: name in sentence"}}
                if claimant
                else {},
            )
        )
    return tuple(out)


def fake_extract(
    docs: Iterable[Document], *, model: str | None = None, workers: int = 1
) -> Iterator[DocResult]:
    """A streaming stand-in for kursk_claims.extract.extract_documents."""
    for doc in docs:
        yield DocResult(doc, doc.published, "metadata" if doc.published else None, 1.0, fake_claims(doc))


def make_claim(doc_id: str = "d1", start: int = 0, **kw: Any) -> Claim:
    """A hand-built claim; `text` defaults to 10 characters at `start`."""
    fields: dict[str, Any] = {
        "metric": "territory_km2",
        "value": 1000.0,
        "value_low": 1000.0,
        "value_high": 1000.0,
        "unit": "km2",
        "qualifier": "exact",
        "text": "1,000 km2",
        "end": start + 9,
        "sentence": "Ukraine captured 1,000 km2 of land.",
    }
    fields.update(kw)
    return Claim(doc_id=doc_id, start=start, **fields)


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy pipeline, loaded once per session; tests that use it skip if none is installed."""
    try:
        from kursk_claims.extract.model import ModelNotFoundError, load_nlp
    except ImportError as exc:  # pragma: no cover - spaCy itself missing
        pytest.skip(f"spaCy not importable: {exc}")
    try:
        return load_nlp()
    except (ModelNotFoundError, ImportError, OSError) as exc:
        pytest.skip(f"no spaCy English pipeline: {exc}")


def run(nlp: Any, text: str, published: str | None = None, outlet: str | None = None) -> DocResult:
    """The extraction of one document `t` with `text` (and its published date and outlet)."""
    from kursk_claims.extract import extract_document

    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract_document(Document("t", text, sha, published=published, outlet=outlet), nlp)


def claim_in(claims: list[Claim], text: str, quote: str) -> Claim:
    """The first claim whose span overlaps the first occurrence of `quote` in `text`."""
    start = text.index(quote)
    end = start + len(quote)
    hits = [c for c in claims if c.start < end and start < c.end]
    assert hits, f"no claim at {quote!r}; claims: {[c.text for c in claims]}"
    return hits[0]


def claim_at(nlp: Any, text: str, quote: str, published: str | None = None) -> Claim:
    """The claim whose span overlaps the first occurrence of `quote` in `text`."""
    return claim_in(run(nlp, text, published).claims, text, quote)


ARTICLE_A = (
    "Ukrainian commander Oleksandr Syrskyi said forces captured 1,000 square kilometres. "
    "Russia's Gerasimov claimed about 300 troops were lost.\n"
)
ARTICLE_B = "Officials said more than 28 settlements were captured by Ukrainian forces.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small folder: two .txt articles (one with metadata) and a JSONL file with two lines."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (root / "a.meta.json").write_text(
        '{"url": "https://example.org/a", "outlet": "Ex", "published": "2024-08-20"}'
    )
    (root / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    (root / "feed.jsonl").write_text(
        '{"id": "j1", "text": "About 1,300 square kilometres are held, Syrskyi said.", "published": "2024-09-01"}\n'
        '{"text": "The army sent 12,000 troops."}\n',
        encoding="utf-8",
    )
    return root


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def slow_fake_extract(
    docs: Iterable[Document], *, model: str | None = None, workers: int = 1
) -> Iterator[DocResult]:
    """`fake_extract` with a pause per document (for interrupt tests in a subprocess)."""
    import time

    for result in fake_extract(docs):
        time.sleep(0.2)
        yield result


def killing_extract(
    docs: Iterable[Document],
    *,
    model: str | None = None,
    workers: int = 1,
    marker: str = "",
    victim: str = "",
) -> Iterator[DocResult]:
    """`fake_extract` that kills its own process the first time it meets document `victim`
    (the first time across processes: `marker` is a file created just before dying)."""
    import os
    import signal

    for doc in docs:
        if doc.id == victim and marker and not os.path.exists(marker):
            with open(marker, "w", encoding="utf-8") as fh:
                fh.write(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)
        yield from fake_extract([doc])
