"""Extraction: documents in, claims out, running the statistical pipeline only where it matters.

Per document: rule-based sentences and quotations, the quantity layer over the raw text, then
the spaCy pipeline on the sentences that hold a candidate quantity plus a fixed window of
neighbours (what attribution reads), batched with `nlp.pipe`. Each document's result is a pure
function of its text and metadata. `gate=False` parses every sentence (the reference run that
the gated run must equal).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from . import dates
from .claims import (
    FULL_CONTROL,
    WINDOW_BACK,
    WINDOW_FWD,
    DocContext,
    credit_headlines,
    delayed_identification,
    full_control_claims,
    sentence_claims,
)
from .models import Claim, DocResult, Document
from .nlp import ModelNotFoundError, load_nlp
from .quantities import Quantity, parse_quantities
from .registry import lookup, side_of_phrase
from .segment import Sentence, find_quotes, split_sentences

__all__ = ["ModelNotFoundError", "extract_document", "extract_documents", "prepare", "finish"]

BATCH_DOCS = 16
_MAX_SENT_CHARS = 5000  # longer "sentences" (unpunctuated dumps) are cut for the parser

_SOURCE_LINE = re.compile(r"^\s*Source:\s*(.+?)\s*$")
_BACKGROUND_LINE = re.compile(r"^\s*(?:Background|Context|Reminder)\s*:", re.I)


class _Prepared:
    """A document after the cheap passes, waiting for its sentences to be parsed."""

    def __init__(self, doc: Document, gate: bool) -> None:
        self.doc = doc
        self.sentences = split_sentences(doc.text)
        self.quotes = find_quotes(doc.text)
        self.quantities = parse_quantities(doc.text)
        self.doc_date, self.date_source, self.date_conf = dates.document_date(doc.text, doc.published)
        self.by_sentence: dict[int, list[Quantity]] = {}
        si = 0
        for q in self.quantities:
            while si < len(self.sentences) and self.sentences[si].end <= q.start:
                si += 1
            if si < len(self.sentences) and self.sentences[si].start <= q.start:
                self.by_sentence.setdefault(si, []).append(q)
        self.full_control = {s.idx for s in self.sentences if FULL_CONTROL.search(s.text)}
        if gate:
            needed: set[int] = set()
            for i in set(self.by_sentence) | self.full_control:
                if self.sentences[i].furniture:
                    continue
                needed.update(range(max(0, i - WINDOW_BACK), min(len(self.sentences), i + WINDOW_FWD + 1)))
            # a quotation's speaker may stand after its closing mark, beyond the window
            for quote in self.quotes:
                inside = [s.idx for s in self.sentences if s.end > quote.start and s.start < quote.end]
                if inside and any(i in self.by_sentence for i in inside):
                    needed.update(range(inside[0], min(len(self.sentences), inside[-1] + 2)))
            self.to_parse = sorted(needed)
        else:
            self.to_parse = list(range(len(self.sentences)))

    def texts(self) -> list[str]:
        return [self.sentences[i].text[:_MAX_SENT_CHARS] for i in self.to_parse]


def prepare(doc: Document, gate: bool = True) -> _Prepared:
    return _Prepared(doc, gate)


def _source_line(sentences: list[Sentence]) -> tuple[int, str, str | None] | None:
    for s in sentences:
        m = _SOURCE_LINE.match(s.text)
        if m:
            raw = re.sub(r"\s+on\s+(?:Facebook|Telegram|X|Twitter)\b.*$", "", m.group(1)).strip(" .")
            e = lookup(raw)
            name = e.name if e else raw
            return s.idx, name, e.side if e else side_of_phrase(raw)
    return None


def _dated_statements(sentences: list[Sentence], base: str | None) -> list[tuple[int, str, str]]:
    """Statements the text dates explicitly ('Syrskyi told journalists on June 21'), by named entity."""
    out: list[tuple[int, str, str]] = []
    rx = re.compile(
        r"(?i)\b(?:said|says|told\s+[\w\s'’-]{0,40}?|stated|announced|reported|claimed|wrote|added)\s+"
        r"((?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*))"
    )
    for s in sentences:
        if s.furniture:
            continue
        for m in rx.finditer(s.text):
            iso = dates.resolve_time_phrase(m.group(1), dates.parse_iso(base))
            if not iso:
                continue
            head = s.text[: m.start()]
            names = re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", head)
            for n in reversed(names):
                e = lookup(n)
                if e is not None:
                    out.append((s.idx, e.name, iso))
                    break
    return out


def finish(p: _Prepared, parsed_docs: list[Any]) -> DocResult:
    """Run the claim rules on a prepared document whose `to_parse` sentences are parsed."""
    parsed = dict(zip(p.to_parse, parsed_docs, strict=True))
    source = _source_line(p.sentences)
    ctx = DocContext(
        document=p.doc,
        sentences=p.sentences,
        parsed=parsed,
        quotes=p.quotes,
        doc_date=p.doc_date,
        dated_statements=_dated_statements(p.sentences, p.doc_date),
        source_line=source,
    )
    background_from = next((s.idx for s in p.sentences if _BACKGROUND_LINE.match(s.text)), None)
    claims: list[Claim] = []
    for s in p.sentences:
        if background_from is not None and s.idx >= background_from:
            ctx.source_line = None
        qs = p.by_sentence.get(s.idx, [])
        got: list[Claim] = []
        if qs:
            got.extend(sentence_claims(ctx, s, qs))
        if s.idx in p.full_control:
            got.extend(full_control_claims(ctx, s))
        got.sort(key=lambda c: c.start)
        claims.extend(got)
        ctx.claims = claims
    claims = delayed_identification(ctx, claims)
    claims = credit_headlines(ctx, claims)
    return DocResult(
        document=p.doc,
        doc_date=p.doc_date,
        date_source=p.date_source,
        date_confidence=p.date_conf,
        claims=tuple(claims),
    )


def extract_document(doc: Document, nlp: Any | None = None, *, gate: bool = True) -> DocResult:
    """Claims of one document (a pure function of its text and metadata)."""
    nlp = nlp or load_nlp(None)
    p = prepare(doc, gate)
    return finish(p, list(nlp.pipe(p.texts())))


def _extract_batch(docs: list[Document], nlp: Any, gate: bool) -> list[DocResult]:
    prepared = [prepare(d, gate) for d in docs]
    texts = [t for p in prepared for t in p.texts()]
    parsed = list(nlp.pipe(texts, batch_size=64))
    out: list[DocResult] = []
    pos = 0
    for p in prepared:
        n = len(p.to_parse)
        out.append(finish(p, parsed[pos : pos + n]))
        pos += n
    return out


_WORKER_NLP: Any = None
_WORKER_GATE = True


def _worker_init(model: str | None, gate: bool) -> None:
    global _WORKER_NLP, _WORKER_GATE
    _WORKER_NLP = load_nlp(model)
    _WORKER_GATE = gate


def _worker_run(docs: list[Document]) -> list[DocResult]:
    return _extract_batch(docs, _WORKER_NLP, _WORKER_GATE)


def _chunks(docs: Iterable[Document], n: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, n)):
        yield chunk


def extract_documents(
    docs: Iterable[Document], *, model: str | None = None, workers: int = 1, gate: bool = True
) -> Iterator[DocResult]:
    """One DocResult per document, in input order, streaming; `workers` > 1 uses processes."""
    if workers <= 1:
        nlp = load_nlp(model)
        for chunk in _chunks(docs, BATCH_DOCS):
            yield from _extract_batch(chunk, nlp, gate)
        return
    import multiprocessing as mp

    load_nlp(model)  # fail fast, in the parent, if no pipeline is installed
    method = "fork" if "fork" in mp.get_all_start_methods() and os.name == "posix" else "spawn"
    with mp.get_context(method).Pool(workers, initializer=_worker_init, initargs=(model, gate)) as pool:
        for results in pool.imap(_worker_run, _chunks(docs, max(1, BATCH_DOCS // 4))):
            yield from results
