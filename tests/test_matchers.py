"""The fast rule components and the lemma cache (extract/matchers.py) annotate exactly as spaCy's stock ones do.

Compared on every sentence of the seeds, the dev corpus and the synthetic sets, plus texts made
to hit the attribute_ruler's odd patterns ("ain't", "gonna", "y'all", "there is"): the same
match lists, and Docs whose every annotation (tags, POS, morphology, lemmas, dependencies,
entities with their ids) serialises to the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kursk_claims.text.segment import split_sentences

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [
    ROOT / "seeds",
    ROOT.parent / "shared" / "corpus" / "dev" / "docs",
    *(ROOT / "tests" / "data" / "synthetic" / f"set{n}" / "docs" for n in (1, 2, 3)),
]
ODD = [
    "I ain't gonna say it, y'all, but there is a problem and there's 300 troops.",
    "Let's go, c'mon, we gotta move — they're here; it's 5 km away.",
    "THE SBU SAID   IT    LOST\n\n12 TANKS, Syrskyi and the sbu told Ukrainska Pravda.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Any, Any]:
    from kursk_claims.extract.model import (
        ModelNotFoundError,
        _load_one,
        load_nlp,
        registry_patterns,
        resolve_model_name,
    )

    try:
        fast = load_nlp(None)
    except ModelNotFoundError as exc:
        pytest.skip(str(exc))
    stock = _load_one(resolve_model_name(None))  # a second copy: stock attribute_ruler ...
    ruler = stock.add_pipe("entity_ruler", before="ner")  # ... and the token-pattern entity_ruler
    ruler.add_patterns([{k: v for k, v in p.items() if k != "text"} for p in registry_patterns()])
    return fast, stock


def _texts() -> list[str]:
    out = list(ODD)
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            out.extend(s.text for s in split_sentences(path.read_text(encoding="utf-8")))
    return out


def test_attribute_ruler_matches_are_spacys(pipelines: tuple[Any, Any]) -> None:
    from spacy.pipeline import AttributeRuler

    fast, _ = pipelines
    ruler = fast.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # the lookup is installed
    with fast.select_pipes(disable=["attribute_ruler", "lemmatizer", "entity_ruler", "ner"]):
        docs = list(fast.pipe(_texts()))
    for doc in docs:
        assert ruler.match(doc) == AttributeRuler.match(ruler, doc), doc.text


def test_every_annotation_is_the_stock_pipelines(pipelines: tuple[Any, Any]) -> None:
    fast, stock = pipelines
    texts = _texts()
    assert len(texts) > 500
    for a, b in zip(fast.pipe(texts), stock.pipe(texts), strict=True):
        assert a.to_bytes() == b.to_bytes(), a.text
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in a.ents] == [
            (e.start, e.end, e.label_, e.ent_id_) for e in b.ents
        ], a.text


def test_most_aliases_are_phrase_patterns(pipelines: tuple[Any, Any]) -> None:
    fast, _ = pipelines
    ruler = fast.get_pipe("entity_ruler")
    assert len(ruler.phrase_matcher) > 3 * len(ruler.matcher)


def test_the_lemma_cache_is_installed(pipelines: tuple[Any, Any]) -> None:
    from kursk_claims.extract.matchers import _CachedLemmas

    fast, stock = pipelines
    assert isinstance(fast.get_pipe("lemmatizer").lemmatize, _CachedLemmas)
    assert not isinstance(stock.get_pipe("lemmatizer").lemmatize, _CachedLemmas)
