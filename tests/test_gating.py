"""The gated pipeline equals the full-document one; workers and batching do not change claims.

These load the real spaCy pipeline (marked `model`; skipped when it is not installed).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from kursk_claims.models import DocResult, Document
from kursk_claims.sources.files import LoadWarning, collect_files, iter_files

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV_DOCS = ROOT.parent / "shared" / "corpus" / "dev" / "docs"


@pytest.fixture(scope="module")
def extract() -> Any:
    mod = pytest.importorskip("kursk_claims.extract.document")
    from kursk_claims.extract.model import ModelNotFoundError, load_nlp

    try:
        load_nlp(None)
    except ModelNotFoundError as exc:
        pytest.skip(str(exc))
    return mod


def _docs(folder: Path) -> list[Document]:
    files, _ = collect_files([folder])
    return [d for d in iter_files(files) if not isinstance(d, LoadWarning)]


def _claims(results: Iterable[DocResult]) -> dict[str, list[dict[str, Any]]]:
    return {r.document.id: [c.to_dict() for c in r.claims] for r in results}


def _assert_same(a: dict[str, list[dict[str, Any]]], b: dict[str, list[dict[str, Any]]]) -> None:
    assert list(a) == list(b)
    for doc_id in a:
        assert a[doc_id] == b[doc_id], doc_id


@pytest.mark.parametrize("folder", [SEEDS, DEV_DOCS], ids=["seeds", "dev"])
def test_gated_equals_full_document(extract: Any, folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    docs = _docs(folder)
    gated = _claims(extract.extract_documents(docs, gate=True))
    full = _claims(extract.extract_documents(docs, gate=False))
    assert sum(map(len, full.values())) > 0
    _assert_same(gated, full)


def test_two_workers_equal_one(extract: Any) -> None:
    docs = _docs(SEEDS)
    one = _claims(extract.extract_documents(docs, workers=1))
    two = _claims(extract.extract_documents(docs, workers=2))
    _assert_same(one, two)


def test_extraction_is_a_pure_function_of_the_document(extract: Any) -> None:
    docs = _docs(SEEDS)
    together = _claims(extract.extract_documents(docs))
    # alone, in reverse order, and amid other documents (each twice, to vary the batches)
    alone = {d.id: _claims(extract.extract_documents([d]))[d.id] for d in docs}
    shuffled = _claims(extract.extract_documents(list(reversed(docs)) + docs[:2]))
    for doc_id, claims in together.items():
        assert alone[doc_id] == claims, doc_id
        assert shuffled[doc_id] == claims, doc_id


def test_a_failing_document_does_not_hide_the_ones_before_it(
    extract: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _docs(SEEDS)[:3]
    real = extract.prepare

    def prepare(doc: Document, gate: bool = True) -> Any:
        if doc.id == docs[1].id:
            raise RuntimeError("boom")
        return real(doc, gate)

    monkeypatch.setattr(extract, "prepare", prepare)
    got: list[str] = []
    with pytest.raises(RuntimeError, match="boom"):
        for result in extract.extract_documents(docs):
            got.append(result.document.id)
    assert got == [docs[0].id]


def test_batches_stop_at_their_size_or_their_text_budget() -> None:
    from kursk_claims.extract.document import _chunks

    docs = [
        Document(id=f"d{i}", text="x" * size, sha256="0" * 64) for i, size in enumerate([5, 5, 20, 1, 1, 1])
    ]
    sizes = [[len(d.text) for d in chunk] for chunk in _chunks(docs, 2, max_chars=10)]
    assert sizes == [[5, 5], [20], [1, 1], [1]]  # a document over the budget goes alone
    assert [len(c) for c in _chunks(docs, 4)] == [4, 2]
