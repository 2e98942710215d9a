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
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Any

from kursk_claims.domain.registry import lookup
from kursk_claims.extract.model import ModelNotFoundError, load_nlp
from kursk_claims.models import Claim, DocResult, Document
from kursk_claims.rules.context import ENTITIES_PENDING, WINDOW_BACK, WINDOW_FWD, _place_regex
from kursk_claims.rules.document import document_claims, document_context
from kursk_claims.rules.predicate import FULL_CONTROL
from kursk_claims.text.docdate import document_date
from kursk_claims.text.quantities import Quantity, parse_quantities
from kursk_claims.text.segment import find_quotes, sentences_spanning, split_sentences
from kursk_claims.text.view import reading_view

__all__ = ["ModelNotFoundError", "extract_document", "extract_documents", "prepare", "finish"]

# documents per batch in one process: the parses the rules ask for, round by round, go to spaCy
# together, and bigger rounds cost less per sentence (measured: 256 ~4 % less CPU than 64);
# a batch also stops at BATCH_CHARS of text, so long documents are not held 256 at a time
BATCH_DOCS = 256
BATCH_CHARS = 2_000_000
WORKER_BATCH_DOCS = 16  # documents per task sent to a worker process
PIPE_BATCH = 64  # sentences per nlp.pipe batch
_MAX_SENT_CHARS = 5000  # longer "sentences" (unpunctuated dumps) are cut for the parser


# Typographic look-alikes of the apostrophe ("enemyʼs" with U+02BC, a prime, a backtick) read as
# the apostrophe: same length, so offsets do not move (rule extract.look_alikes).
_LOOK_ALIKES = str.maketrans({"\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'"})

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _keeps_capital(word: str) -> bool:
    """A word a sentence-cased headline still capitalises: an acronym, a place, a registry name."""
    if len(word) > 1 and word.isupper():
        return True
    bare = re.sub(r"['’]s$", "", word)
    rx, _names = _place_regex()
    return bool(rx.fullmatch(bare)) or lookup(bare) is not None


def sentence_cased(text: str) -> str:
    """A title-case headline ("Over 3,000 North Korean Soldiers Killed, Wounded In Kursk") as the
    sentence-cased line a newspaper body would print, so that the parser does not read every
    capitalised word as a proper noun (rule extract.title_case_headline). Only when most words
    after the first are capitalised; acronyms, places and registry names keep their capital."""
    words = list(_WORD_RE.finditer(text))
    rest = [w for w in words[1:] if len(w.group(0)) > 3 or w.group(0)[0].isupper()]
    if len(words) < 4 or not rest:
        return text
    caps = sum(1 for w in rest if w.group(0)[0].isupper())
    if caps < 0.6 * len(rest):
        return text
    out = list(text)
    for w in words:
        word = w.group(0)
        if word[0].isupper() and not _keeps_capital(word):
            out[w.start() : w.end()] = word.lower()
    return "".join(out)


class _Prepared:
    """A document after the cheap passes, waiting for its sentences to be parsed."""

    def __init__(self, doc: Document, gate: bool) -> None:
        self.doc = doc
        # what the rules read: the page without its typesetting (text/view.py); `back` places it on the page
        view, self.back = reading_view(doc.text)
        self.view = doc if view == doc.text else replace(doc, text=view)
        self.gate = gate
        self.sentences = split_sentences(view)
        self.quotes = find_quotes(view)
        self.quantities = parse_quantities(view)
        self.doc_date, self.date_source, self.date_conf = document_date(view, doc.published)
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
                inside = sentences_spanning(self.sentences, quote.start, quote.end)
                if inside and any(i in self.by_sentence for i in inside):
                    needed.update(range(inside[0], min(len(self.sentences), inside[-1] + 2)))
            self.to_parse = sorted(needed)
        else:
            self.to_parse = list(range(len(self.sentences)))

    def text_of(self, i: int) -> str:
        """What the parser sees of sentence `i`: look-alike characters normalised and a title-case
        headline sentence-cased, always the same length as the text (offsets hold)."""
        s = self.sentences[i]
        text = s.text[:_MAX_SENT_CHARS].translate(_LOOK_ALIKES)
        return sentence_cased(text) if s.headline else text

    def first_reads(self) -> list[int]:
        """The sentences the rules read first: those, not page furniture, holding a measure (a count,
        area, distance or share) or a full-control phrase."""
        if not self.gate:
            return self.to_parse
        allowed = set(self.to_parse)
        measures = {i for i, qs in self.by_sentence.items() if any(q.is_measure for q in qs)}
        return sorted(
            i for i in measures | self.full_control if i in allowed and not self.sentences[i].furniture
        )


def prepare(doc: Document, gate: bool = True) -> _Prepared:
    """A document after the cheap passes (sentences, quotations, quantities, date), with the
    sentences to parse chosen (`gate=False`: all of them)."""
    return _Prepared(doc, gate)


def finish(p: _Prepared, parsed_docs: list[Any]) -> DocResult:
    """Run the claim rules on a prepared document whose `to_parse` sentences are parsed."""
    return _finish(p, dict(zip(p.to_parse, parsed_docs, strict=True)))


def _finish(p: _Prepared, parsed: dict[int, Any]) -> DocResult:
    """The claims of a prepared document: the per-sentence rules in order, then the document passes."""
    ctx = document_context(p.view, p.sentences, parsed, p.quotes, p.doc_date, p.date_source, p.text_of)
    claims = document_claims(ctx, p.by_sentence, p.full_control)
    if p.view is not p.doc:  # a claim quotes the page as it is, not as it was read
        claims = [_on_page(c, p.doc.text, p.view.text, p.back) for c in claims]
    return DocResult(
        document=p.doc,
        doc_date=p.doc_date,
        date_source=p.date_source,
        date_confidence=p.date_conf,
        claims=tuple(claims),
    )


def _on_page(c: Claim, page: str, view: str, back: list[int] | None) -> Claim:
    """A claim found in the reading view, placed and quoted on the page, its sentence too (`back`:
    where each of the view's characters stands on the page)."""

    def on_page(a: int, b: int) -> tuple[int, int]:
        return (a, b) if back is None else (back[a], back[b - 1] + 1)

    start, end = on_page(c.start, c.end)
    at = view.find(c.sentence, max(0, c.start - len(c.sentence)), c.end + len(c.sentence))
    sentence = page[slice(*on_page(at, at + len(c.sentence)))] if at >= 0 and c.sentence else c.sentence
    return replace(c, start=start, end=end, text=page[start:end], sentence=sentence)


def extract_document(doc: Document, nlp: Any | None = None, *, gate: bool = True) -> DocResult:
    """Claims of one document (a pure function of its text and metadata)."""
    nlp = nlp or load_nlp(None)
    return _extract_batch([doc], nlp, gate)[0]


# ----------------------------------------------------------------------------- lazy parsing
#
# The gate bounds what the rules may read (a window around every quantity); within it, the rules
# read far less: most neighbours are looked at only when a claimant has to be resolved from
# context. So a sentence is parsed the first time the rules read it. To keep `nlp.pipe`
# batching, each document's rules run in their own thread, one thread at a time (a strict
# hand-off, never two at once): a thread that reads an unparsed sentence posts the request and
# parks; when every document is parked or done, the requests of the whole batch are parsed in
# one `nlp.pipe` call and the parked threads resume. The rules see real spaCy Docs, exactly the
# ones an eager parse of the gated sentences would give, so the claims are identical.


class _LazyParses(dict[int, Any]):
    """Sentence index -> parsed Doc for the `allowed` sentences, each parsed when first read.

    Behaves like the eager dict of every allowed sentence; reading a missing one calls `fetch`.
    """

    def __init__(self, allowed: Iterable[int], fetch: Callable[[int], Any]) -> None:
        super().__init__()
        self._allowed = frozenset(allowed)
        self._fetch = fetch

    def _load(self, key: int) -> Any:
        if not dict.__contains__(self, key):
            dict.__setitem__(self, key, self._fetch(key))
        return dict.__getitem__(self, key)

    def get(self, key: int, default: Any = None) -> Any:  # type: ignore[override]
        return self._load(key) if key in self._allowed else default

    def __getitem__(self, key: int) -> Any:
        if key not in self._allowed:
            raise KeyError(key)
        return self._load(key)

    def __contains__(self, key: object) -> bool:
        return key in self._allowed

    def __len__(self) -> int:
        return len(self._allowed)

    def __iter__(self) -> Iterator[int]:
        return iter(sorted(self._allowed))

    def keys(self) -> Any:
        return list(self)

    def values(self) -> Any:
        return [self._load(k) for k in self]

    def items(self) -> Any:
        return [(k, self._load(k)) for k in self]


class _Task:
    """One document's claim rules, run in a thread that parks whenever it needs a parse or a
    parse's entities."""

    def __init__(self, p: _Prepared, parsed: dict[int, Any]) -> None:
        self.p = p
        self.parsed = parsed  # sentence idx -> Doc, filled by the scheduler
        self.request: int | Any | None = None  # a sentence idx to parse, or a Doc whose entities to find
        self.result: DocResult | None = None
        self.error: BaseException | None = None
        self.done = False
        self._go = threading.Semaphore(0)
        self._back = threading.Semaphore(0)
        self._thread: threading.Thread | None = None

    def _wait(self, request: int | Any) -> None:
        self.request = request
        self._back.release()  # hand control back to the scheduler ...
        self._go.acquire()  # ... and wait until it has done the request

    def _fetch(self, i: int) -> Any:
        if i not in self.parsed:
            self._wait(i)
        return self.parsed[i]

    def take(self, i: int, sdoc: Any) -> None:
        """Sentence i's parse; if it was made without entities, reading them asks for them."""
        if sdoc.user_data.get(ENTITIES_PENDING):
            sdoc.user_data[ENTITIES_PENDING] = self._wait
        self.parsed[i] = sdoc

    def _run(self) -> None:
        self._go.acquire()
        try:
            lazy = _LazyParses(self.p.to_parse, self._fetch)
            self.result = _finish(self.p, lazy)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the scheduler, in order
            self.error = exc
        self.done = True
        self._back.release()

    def step(self) -> None:
        """Run the rules until they finish or need an unparsed sentence or a parse's entities."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, daemon=True, name=f"claims-{self.p.doc.id}")
            self._thread.start()
        self._go.release()
        self._back.acquire()


# The entity components (entity_ruler, ner) read only the words, never the tagger's or parser's
# output, and nothing before them reads entities: last in the pipeline, they can as well run
# later, only on the parses whose entities the rules read (about 4 in 5), in batches of their
# own. Not when `ner` listens to a shared tok2vec or transformer (it needs that layer's output
# of the same batch), nor with LAZY_ENTITIES off: then the whole pipeline runs at once.
LAZY_ENTITIES = True
_ENTITY_PIPES = ("entity_ruler", "ner")


def _entity_tail(nlp: Any) -> list[str]:
    """The trailing entity components that may run later (empty: run everything at once)."""
    names = list(nlp.pipe_names)
    tail: list[str] = []
    while names and names[-1] in _ENTITY_PIPES:
        tail.insert(0, names.pop())
    if not LAZY_ENTITIES or "ner" not in tail:
        return []
    if any(layer.name.endswith("listener") for layer in nlp.get_pipe("ner").model.walk()):
        return []
    return tail


def _pipe(nlp: Any, texts: list[str], entities_later: bool = False) -> list[Any]:
    """The parses of `texts`; with `entities_later`, without the entity components where they may
    wait, each such parse marked with ENTITIES_PENDING (the rules read entities via `ents_of`)."""
    if not texts:
        return []
    tail = _entity_tail(nlp) if entities_later else []
    docs = list(nlp.pipe(texts, batch_size=PIPE_BATCH, disable=tail))
    for d in docs if tail else ():
        d.user_data[ENTITIES_PENDING] = True
    return docs


def _find_entities(nlp: Any, docs: list[Any]) -> None:
    """Run the entity components, in place, on parses made without them."""
    if not docs:
        return
    tail = _entity_tail(nlp)
    done = nlp.pipe(docs, batch_size=PIPE_BATCH, disable=[n for n in nlp.pipe_names if n not in tail])
    for d, same in zip(docs, done, strict=True):
        assert same is d  # spaCy annotates a Doc given to it in place


def _extract_batch(docs: list[Document], nlp: Any, gate: bool) -> list[DocResult]:
    """Claims of a batch of documents, parsing only what the rules read, in `nlp.pipe` batches.

    On an error in one document, raises it; the results of the documents before it are lost,
    so callers feed the pipeline through `_extract_stream`, which yields them first.
    """
    results: list[DocResult] = []
    for item in _extract_batch_items(docs, nlp, gate):
        if isinstance(item, BaseException):
            raise item
        results.append(item)
    return results


def _extract_batch_items(docs: list[Document], nlp: Any, gate: bool) -> list[DocResult | BaseException]:
    """One DocResult (or the exception it raised) per document, in order."""
    slots: list[_Task | BaseException] = []
    for d in docs:
        try:
            slots.append(_Task(prepare(d, gate), {}))
        except Exception as exc:  # noqa: BLE001 - belongs to this document only
            slots.append(exc)
    tasks = [t for t in slots if isinstance(t, _Task)]
    # first round: the sentences the rules certainly read (every sentence when ungated)
    first = [(t, i) for t in tasks for i in t.p.first_reads()]
    for (t, i), sdoc in zip(first, _pipe(nlp, [t.p.text_of(i) for t, i in first], True), strict=True):
        t.take(i, sdoc)
    runnable = tasks
    while runnable:
        for t in runnable:
            t.step()
        runnable = [t for t in runnable if not t.done]
        # every task still running waits on one request: a sentence to parse or a parse's entities
        parse = [t for t in runnable if isinstance(t.request, int)]
        texts = [t.p.text_of(t.request) for t in parse if isinstance(t.request, int)]
        for t, sdoc in zip(parse, _pipe(nlp, texts, True), strict=True):
            assert isinstance(t.request, int)
            t.take(t.request, sdoc)
        _find_entities(nlp, [t.request for t in runnable if not isinstance(t.request, int)])
        for t in runnable:
            t.request = None
    out: list[DocResult | BaseException] = []
    for slot in slots:
        if isinstance(slot, BaseException):
            out.append(slot)
        elif slot.error is not None:
            out.append(slot.error)
        else:
            assert slot.result is not None
            out.append(slot.result)
    return out


_WORKER_NLP: Any = None
_WORKER_GATE = True


_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
# C entry points (not the Fortran ones, `..._64_`/`..._`, which take a pointer), first found wins
_SET_THREADS = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
    "MKL_Set_Num_Threads",
    "omp_set_num_threads",
)


def single_threaded_math() -> None:
    """One BLAS/OpenMP thread in this process (a worker: the workers already fill the cores).

    numpy's OpenBLAS starts a thread per core and spins it between calls; with one worker per
    core that oversubscribes the machine (measured: 2 workers ran no faster than 1). The
    environment covers libraries loaded later; libraries already loaded (a forked worker
    inherits numpy's OpenBLAS) are told directly. An explicit user setting is respected.
    """
    for var in _THREAD_ENV:
        os.environ.setdefault(var, "1")
    if os.environ.get("OPENBLAS_NUM_THREADS") != "1" or os.environ.get("OMP_NUM_THREADS") != "1":
        return
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as fh:
            paths = {ln.split()[-1] for ln in fh if re.search(r"blas|mkl_rt|libgomp|libiomp|libomp", ln)}
    except OSError:
        return
    import ctypes

    for path in sorted(p for p in paths if p.startswith("/")):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for symbol in _SET_THREADS:
            fn = getattr(lib, symbol, None)
            if fn is not None:
                fn.argtypes = [ctypes.c_int]
                fn.restype = None
                fn(1)
                break


def _worker_init(model: str | None, gate: bool) -> None:
    global _WORKER_NLP, _WORKER_GATE
    single_threaded_math()
    _WORKER_NLP = load_nlp(model)
    _WORKER_GATE = gate


def _worker_run(docs: list[Document]) -> list[DocResult | BaseException]:
    return _extract_batch_items(docs, _WORKER_NLP, _WORKER_GATE)


def _chunks(docs: Iterable[Document], n: int, max_chars: int | None = None) -> Iterator[list[Document]]:
    """Lists of at most `n` documents (and, with `max_chars`, at most that much text, or one document)."""
    if max_chars is None:
        it = iter(docs)
        while chunk := list(islice(it, n)):
            yield chunk
        return
    batch: list[Document] = []
    size = 0
    for d in docs:
        if batch and (len(batch) >= n or size + len(d.text) > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(d)
        size += len(d.text)
    if batch:
        yield batch


def _yield_in_order(batches: Iterable[list[DocResult | BaseException]]) -> Iterator[DocResult]:
    for items in batches:
        for item in items:
            if isinstance(item, BaseException):
                raise item
            yield item


def extract_documents(
    docs: Iterable[Document], *, model: str | None = None, workers: int = 1, gate: bool = True
) -> Iterator[DocResult]:
    """One DocResult per document, in input order, streaming; `workers` > 1 uses processes.

    Documents go through in batches of `BATCH_DOCS` (or `BATCH_CHARS` of text; `WORKER_BATCH_DOCS`
    per task with workers); a document that raises is reported after the results of the ones before it.
    Workers are forked after the model is loaded (they share its memory) and receive only
    `Document`s and send back only `DocResult`s (no spaCy objects cross processes).
    """
    if workers <= 1:
        nlp = load_nlp(model)
        yield from _yield_in_order(
            _extract_batch_items(chunk, nlp, gate) for chunk in _chunks(docs, BATCH_DOCS, BATCH_CHARS)
        )
        return
    import multiprocessing as mp

    load_nlp(model)  # fail fast, in the parent, if no pipeline is installed; forked workers share it
    method = "fork" if "fork" in mp.get_all_start_methods() and os.name == "posix" else "spawn"
    with mp.get_context(method).Pool(workers, initializer=_worker_init, initargs=(model, gate)) as pool:
        # at most 2 tasks per worker in flight (Pool.imap would read the whole input at once)
        inflight: deque[AsyncResult[list[DocResult | BaseException]]] = deque()
        for chunk in _chunks(docs, WORKER_BATCH_DOCS):
            inflight.append(pool.apply_async(_worker_run, (chunk,)))
            if len(inflight) >= 2 * workers:
                yield from _yield_in_order([inflight.popleft().get()])
        while inflight:
            yield from _yield_in_order([inflight.popleft().get()])
