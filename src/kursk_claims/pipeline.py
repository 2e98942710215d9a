"""From paths to stored claims: load, skip unchanged, extract, write one transaction per document.

This module imports no NLP code at import time; the extractor (`kursk_claims.extract`, which
pulls in spaCy) is imported only when `extract_paths` actually needs it.
"""

from __future__ import annotations

import importlib
import math
import os
import sqlite3
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, cast

from kursk_claims.models import ACTORS, METRICS, PREDICATES, QUALIFIERS, SIDES, Claim, DocResult, Document
from kursk_claims.sources.files import LoadError, LoadWarning, collect_files, estimate_documents, iter_files
from kursk_claims.store import open_store, stored_fingerprints, write_result

MODEL_ENV = "KURSK_CLAIMS_MODEL"
EXTRACTOR_ENV = "KURSK_CLAIMS_EXTRACTOR"  # "package.module:function", an alternative extractor
MAX_CONSECUTIVE_FAILURES = 3


class Extractor(Protocol):
    """The extraction contract: one DocResult per Document, in input order, streaming."""

    def __call__(
        self, docs: Iterable[Document], *, model: str | None = ..., workers: int = ...
    ) -> Iterator[DocResult]: ...


class ExtractionError(RuntimeError):
    """Extraction cannot run at all (no model, extractor missing or failing on every document)."""


@dataclass(frozen=True)
class ExtractReport:
    """What one `extract_paths` run did."""

    documents_seen: int = 0
    extracted: int = 0
    skipped_unchanged: int = 0
    skipped_bad: int = 0
    claims_written: int = 0
    warnings: tuple[str, ...] = ()
    interrupted: bool = False
    irrelevant: int = 0  # failed the relevance gate: stored with status 'irrelevant', no claims

    @property
    def anything_skipped(self) -> bool:
        """True when some input (a file, a JSONL line, a document) was dropped."""
        return self.skipped_bad > 0


class ExtractInterrupted(KeyboardInterrupt):
    """Ctrl-C during `extract_paths`; `report` holds what was committed before it."""

    def __init__(self, report: ExtractReport) -> None:
        super().__init__("interrupted")
        self.report = report


@dataclass(frozen=True)
class ProgressEvent:
    """Sent to `on_progress` as the run goes.

    kind: ``start`` (total known), ``extracted``, ``irrelevant`` (failed the relevance gate),
    ``unchanged``, ``skipped`` (a document or input dropped; `message` says why) or ``warning``
    (a problem that did not drop anything).
    `done` counts documents finished so far (extracted, irrelevant, unchanged or skipped); `total` is an
    estimate of the documents to come.
    """

    kind: str
    done: int
    total: int
    doc_id: str | None = None
    message: str | None = None
    claims: int = 0


@dataclass
class _Counts:
    seen: int = 0
    extracted: int = 0
    unchanged: int = 0
    bad: int = 0
    claims: int = 0
    irrelevant: int = 0
    warnings: list[str] = field(default_factory=list)

    def freeze(self, interrupted: bool = False) -> ExtractReport:
        return ExtractReport(
            documents_seen=self.seen,
            extracted=self.extracted,
            skipped_unchanged=self.unchanged,
            skipped_bad=self.bad,
            claims_written=self.claims,
            warnings=tuple(self.warnings),
            interrupted=interrupted,
            irrelevant=self.irrelevant,
        )

    @property
    def done(self) -> int:
        return self.extracted + self.unchanged + self.bad + self.irrelevant


def default_extractor() -> Extractor:
    """The extractor to use: $KURSK_CLAIMS_EXTRACTOR ("module:function") or kursk_claims.extract."""
    spec = os.environ.get(EXTRACTOR_ENV)
    if spec:
        module_name, _, attr = spec.partition(":")
        try:
            module = importlib.import_module(module_name)
            func: Extractor = getattr(module, attr or "extract_documents")
        except (ImportError, AttributeError) as exc:
            raise ExtractionError(f"{EXTRACTOR_ENV}={spec!r} cannot be loaded: {exc}") from exc
        return func
    try:
        module = importlib.import_module("kursk_claims.extract")
        return cast(Extractor, module.extract_documents)
    except (ImportError, AttributeError) as exc:
        raise ExtractionError(f"the extraction module cannot be loaded: {exc}") from exc


def _is_model_missing(exc: BaseException) -> bool:
    try:
        from kursk_claims.extract.model import ModelNotFoundError
    except Exception:  # noqa: BLE001 - any import problem means "cannot tell"
        return type(exc).__name__ == "ModelNotFoundError"
    return isinstance(exc, ModelNotFoundError)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def check_claims(result: DocResult) -> tuple[tuple[Claim, ...], list[str]]:
    """Keep the claims that honour the record contract; describe the ones dropped.

    A claim is dropped when its offsets do not index its text in the document, a number is not
    finite or its bounds are inverted, a vocabulary value is unknown, or its id repeats.
    """
    text = result.document.text
    kept: list[Claim] = []
    problems: list[str] = []
    ids: set[str] = set()
    for claim in result.claims:
        problem = None
        numbers = [claim.value, claim.value_low, claim.value_high]
        if not (0 <= claim.start <= claim.end <= len(text)) or text[claim.start : claim.end] != claim.text:
            problem = "offsets do not index its text"
        elif any(x is not None and (isinstance(x, bool) or not math.isfinite(float(x))) for x in numbers):
            problem = "a number is not finite"
        elif (claim.value_low is not None and claim.value_low > claim.value) or (
            claim.value_high is not None and claim.value > claim.value_high
        ):
            problem = "bounds do not enclose the value"
        elif claim.metric not in METRICS or claim.qualifier not in QUALIFIERS:
            problem = f"unknown metric/qualifier {claim.metric!r}/{claim.qualifier!r}"
        elif claim.actor not in ACTORS or claim.predicate not in PREDICATES:
            problem = f"unknown actor/predicate {claim.actor!r}/{claim.predicate!r}"
        elif claim.claimant_side is not None and claim.claimant_side not in SIDES:
            problem = f"unknown claimant side {claim.claimant_side!r}"
        elif claim.id in ids:
            problem = "duplicate claim id"
        if problem:
            problems.append(f"claim {claim.id} dropped: {problem}")
            continue
        ids.add(claim.id)
        kept.append(claim)
    return tuple(kept), problems


# Set by `interrupt_handler` when Ctrl-C arrives: an extension module being imported at that
# moment may turn the KeyboardInterrupt into an ImportError ("initialization failed"), which
# must still end the run as an interrupt rather than blame a document.
_INTERRUPTED = threading.Event()


def interrupt_handler(signum: int, frame: object) -> None:
    """The SIGINT handler for a command that extracts: remember the interrupt, then raise it."""
    _INTERRUPTED.set()
    raise KeyboardInterrupt


def extract_paths(
    paths: Iterable[str | os.PathLike[str]],
    db_path: str | os.PathLike[str] | None = None,
    *,
    model: str | None = None,
    workers: int = 1,
    force: bool = False,
    on_progress: Callable[[ProgressEvent], None] | None = None,
    extractor: Extractor | None = None,
    gate: bool = True,
    scheduler: str | None = None,
    client: Any = None,
) -> ExtractReport:
    """Extract claims from files/folders into the store at `db_path` and report what happened.

    - Unchanged documents (same id and sha256 already stored) are skipped before extraction
      unless `force`.
    - Each document's result is written in its own transaction; a document that fails to load,
      extract or store is skipped with a warning and the run goes on.
    - `model` (else $KURSK_CLAIMS_MODEL) and `workers` are passed to the extractor;
      `extractor` replaces `kursk_claims.extract.extract_documents` (tests, other pipelines).
    - `gate` (default on): documents failing the relevance gate (`kursk_claims.extract.gate`) are stored
      with status 'irrelevant' and no claims, without running the model; re-runs skip them while
      unchanged. With `gate=False` they are extracted (and earlier 'irrelevant' rows re-done).
    - `scheduler` ("tcp://HOST:PORT", or "local" for a LocalCluster of `workers` processes) or a
      ready `client` (a distributed.Client) runs gate -> extract on Dask workers in batches; this
      process stays the only SQLite writer. Without either, `workers` > 1 is the extractor's local
      process pool.
    - Ctrl-C raises `ExtractInterrupted` (a KeyboardInterrupt) carrying the partial report;
      everything committed before it stays.

    Raises `LoadError` (missing path, nothing readable), `ExtractionError` (no model / extractor)
    and `kursk_claims.store.StoreError`.
    """
    _INTERRUPTED.clear()
    model = model or os.environ.get(MODEL_ENV) or None
    files, walk_warnings = collect_files(paths)
    total = estimate_documents(files)
    counts = _Counts()

    def emit(kind: str, doc_id: str | None = None, message: str | None = None, claims: int = 0) -> None:
        if on_progress is not None:
            on_progress(ProgressEvent(kind, counts.done, total, doc_id, message, claims))

    def warn(item: LoadWarning) -> None:
        counts.warnings.append(str(item))
        if item.skipped:
            counts.bad += 1
            emit("skipped", None, str(item))
        else:
            emit("warning", None, str(item))

    conn = open_store(db_path)
    try:
        emit("start")
        for w in walk_warnings:
            warn(w)
        known = {} if force else stored_fingerprints(conn)
        if not gate and known:  # documents the gate turned away are not done when it is off
            for (doc_id,) in conn.execute("SELECT id FROM documents WHERE status = 'irrelevant'"):
                known.pop(str(doc_id), None)
        distributed = scheduler is not None or client is not None
        relevant = _relevance_test() if gate and not distributed else None
        pending: deque[Document] = deque()

        def to_extract() -> Iterator[Document]:
            for item in iter_files(files):
                if isinstance(item, LoadWarning):
                    warn(item)
                    continue
                counts.seen += 1
                if known.get(item.id) == item.sha256:
                    counts.unchanged += 1
                    emit("unchanged", item.id)
                    continue
                if relevant is not None and not relevant(item.text):
                    _store_irrelevant(conn, item, counts, emit)
                    continue
                if not distributed:
                    pending.append(item)
                yield item

        groups = _Grouper()  # syndication groups (analysis.syndication), loaded on the first write
        try:
            if distributed:
                _run_dask(
                    conn,
                    to_extract(),
                    counts,
                    emit,
                    extractor,
                    model,
                    workers,
                    gate,
                    scheduler,
                    client,
                    groups,
                )
            else:
                _run(conn, to_extract(), pending, counts, emit, extractor, model, workers, groups)
        except KeyboardInterrupt as exc:
            raise ExtractInterrupted(counts.freeze(interrupted=True)) from exc
        if counts.seen == 0:
            raise LoadError(
                f"no readable documents ({counts.bad} input(s) skipped): "
                + "; ".join(counts.warnings[:3])
                + (" ..." if len(counts.warnings) > 3 else "")
            )
    finally:
        conn.close()
    return counts.freeze()


def _run(
    conn: sqlite3.Connection,
    docs: Iterator[Document],
    pending: deque[Document],
    counts: _Counts,
    emit: Callable[..., None],
    extractor: Extractor | None,
    model: str | None,
    workers: int,
    groups: _Grouper | None = None,
) -> None:
    """Feed `docs` to the extractor and store each result; survive an extractor that raises.

    `pending` holds the documents handed to the extractor whose result has not come back yet;
    when the extractor raises, the oldest pending document is blamed, skipped, and extraction
    restarts with the remaining ones.
    """
    extract: Extractor | None = extractor
    failures = 0
    while True:
        if extract is None:
            try:
                extract = default_extractor()
            except ImportError as exc:
                if _INTERRUPTED.is_set():
                    raise KeyboardInterrupt from exc
                raise
        source = _chain(pending, docs)
        try:
            for result in extract(source, model=model, workers=workers):
                doc = pending.popleft() if pending else result.document
                failures = 0
                if result.document.id != doc.id:
                    counts.warnings.append(
                        f"{doc.id}: extractor returned results out of order ({result.document.id})"
                    )
                _store_one(conn, result, counts, emit, groups)
            return
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
            if _INTERRUPTED.is_set():
                raise KeyboardInterrupt from exc  # Ctrl-C arrived while an extension module was importing
            if _is_model_missing(exc):
                raise ExtractionError(_one_line(exc)) from exc
            if not pending:  # nothing to blame: the extractor itself is broken
                raise ExtractionError(f"extraction failed: {type(exc).__name__}: {_one_line(exc)}") from exc
            failures += 1
            bad = pending.popleft()
            message = f"{bad.path or bad.id}: extraction failed ({type(exc).__name__}: {_one_line(exc)[:300]}); skipped"
            counts.warnings.append(message)
            counts.bad += 1
            emit("skipped", bad.id, message)
            if failures >= MAX_CONSECUTIVE_FAILURES:
                raise ExtractionError(
                    f"extraction failed on {failures} documents in a row; last error: {type(exc).__name__}: "
                    f"{_one_line(exc)[:300]}"
                ) from exc


def _relevance_test() -> Callable[[str], bool]:
    from kursk_claims.extract.gate import default_gate

    return default_gate()


def _store_irrelevant(
    conn: sqlite3.Connection, doc: Document, counts: _Counts, emit: Callable[..., None]
) -> None:
    from kursk_claims.extract.gate import irrelevant_result

    try:
        write_result(conn, irrelevant_result(doc))
    except (ValueError, sqlite3.IntegrityError, sqlite3.InterfaceError) as exc:
        message = f"{doc.path or doc.id}: cannot be stored ({_one_line(exc)}); skipped"
        counts.warnings.append(message)
        counts.bad += 1
        emit("skipped", doc.id, message)
        return
    counts.irrelevant += 1
    emit("irrelevant", doc.id)


def _run_dask(
    conn: sqlite3.Connection,
    docs: Iterator[Document],
    counts: _Counts,
    emit: Callable[..., None],
    extractor: Extractor | None,
    model: str | None,
    workers: int,
    gate: bool,
    scheduler: str | None,
    client: Any,
    groups: _Grouper | None = None,
) -> None:
    """Gate -> extract on Dask workers; store each document's record as its batch completes."""
    from kursk_claims.extract.cluster import ClusterError, Failed, connect, extract_on_cluster, local_cluster

    if extractor is None and os.environ.get(EXTRACTOR_ENV):
        extractor = default_extractor()  # shipped by reference: its module must import on the workers
    cluster = None
    own_client = client is None
    try:
        if client is None:
            if scheduler == "local":
                cluster, client = local_cluster(max(1, workers))
            else:
                client = connect(str(scheduler))
    except ClusterError as exc:
        raise ExtractionError(str(exc)) from exc
    try:
        by_id: dict[str, Document] = {}

        def remember() -> Iterator[Document]:
            for d in docs:
                by_id[d.id] = d
                yield d

        for record in extract_on_cluster(
            client, remember(), model=model, relevance_gate=gate, extractor=extractor
        ):
            doc = by_id.pop(record.doc_id if isinstance(record, Failed) else record.document.id, None)
            if isinstance(record, Failed):
                if record.model_missing:
                    raise ExtractionError(f"on a worker: {record.error}")
                where = (doc.path or doc.id) if doc is not None else record.doc_id
                message = f"{where}: extraction failed ({record.error}); skipped"
                counts.warnings.append(message)
                counts.bad += 1
                emit("skipped", record.doc_id, message)
            elif record.status == "irrelevant":
                # the worker sent no text back; store the document as the gate result says
                _store_irrelevant(conn, doc if doc is not None else record.document, counts, emit)
            else:
                if doc is not None and record.document != doc:
                    record = DocResult(
                        doc,
                        record.doc_date,
                        record.date_source,
                        record.date_confidence,
                        record.claims,
                        record.warnings,
                        record.status,
                    )
                _store_one(conn, record, counts, emit, groups)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


def _chain(pending: deque[Document], docs: Iterator[Document]) -> Iterator[Document]:
    """Re-offer documents already handed out (after a restart), then the rest of the input.

    Documents re-offered stay in `pending`; fresh ones are appended to it by `docs` itself.
    """
    for doc in list(pending):
        yield doc
    for doc in docs:  # not `yield from`: closing this generator must not close `docs`
        yield doc


class _Grouper:
    """The syndication index of the run (`analysis.syndication.GroupIndex`), rebuilt from the
    stored signatures on the first write; `write` stores a document with its signature and group."""

    def __init__(self) -> None:
        self.index: Any = None

    def write(self, conn: sqlite3.Connection, result: DocResult) -> int:
        if self.index is None:
            from kursk_claims.analysis.syndication import GroupIndex

            self.index = GroupIndex.from_store(conn)
        return int(self.index.write_result(conn, result))


def _store_one(
    conn: sqlite3.Connection,
    result: DocResult,
    counts: _Counts,
    emit: Callable[..., None],
    groups: _Grouper | None = None,
) -> None:
    doc = result.document
    where = doc.path or doc.id
    # Issue 12: the extractor calls any date it was given "metadata"; the loader knows whether it
    # came from a sidecar (metadata), the page's own metadata (page) or a WARC-Date (warc-date).
    if result.date_source == "metadata" and doc.published_source and result.doc_date == doc.published:
        result = replace(result, date_source=doc.published_source)
    claims, problems = check_claims(result)
    for problem in problems:
        counts.warnings.append(f"{where}: {problem}")
        emit("warning", doc.id, f"{where}: {problem}")
    for w in result.warnings:
        counts.warnings.append(f"{where}: {w}")
    clean = DocResult(
        document=doc,
        doc_date=result.doc_date,
        date_source=result.date_source,
        date_confidence=result.date_confidence,
        claims=claims,
        warnings=tuple(result.warnings) + tuple(problems),
    )
    try:
        n = groups.write(conn, clean) if groups is not None else write_result(conn, clean)
    except (ValueError, sqlite3.IntegrityError, sqlite3.InterfaceError) as exc:
        message = f"{where}: cannot be stored ({_one_line(exc)}); skipped"
        counts.warnings.append(message)
        counts.bad += 1
        emit("skipped", doc.id, message)
        return
    counts.extracted += 1
    counts.claims += n
    emit("extracted", doc.id, None, n)
