"""Extraction on a Dask distributed cluster: the workers run gate -> extract, the client writes SQLite.

Worker side (functions of this importable module, so cloudpickle ships them by reference and the
state below lives once per worker process, not once per task):

- `run_batch(docs, ...)` gets a batch of `Document`s, applies the relevance gate
  (`kursk_claims.extract.gate`), runs the extractor on the documents that pass and returns one plain
  record per document, in order: a `DocResult` (status `extracted` or `irrelevant`) or a
  `Failed` (that document raised). No spaCy object ever leaves the worker.
- The spaCy pipeline is loaded on the first batch a worker process runs (a module-level lazy
  global) and reused for every later batch; a lock keeps a worker with several threads to one
  extraction at a time (start workers with `--nthreads 1`, one process per core).

Client side (`extract_on_cluster`): batches of `batch_docs` documents are submitted with
`retries`, at most two batches per worker in flight (the end of the input in smaller batches,
so no worker is left finishing a whole batch alone: measured, that tail was ~0.5 s of a 6.7 s
two-worker run), and results are consumed with
`as_completed` as they finish; the caller (kursk_claims.pipeline) writes each document in its
own transaction, so the client is the only SQLite writer. A worker that dies mid-batch loses
nothing: the scheduler re-runs the batch on another worker (its results were never sent, so
nothing is written twice).
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from kursk_claims.extract.gate import irrelevant_result, is_relevant
from kursk_claims.models import DocResult, Document

BATCH_DOCS = 16  # documents per task (a few seconds of work; raise it for archives of millions)
TAIL_MIN_DOCS = 2  # the smallest batch the end of the input is split into
DEFAULT_RETRIES = 2  # re-runs of a task that raised (a dead worker is rescheduled by the scheduler)
CONNECT_TIMEOUT_S = 10.0


class ClusterError(RuntimeError):
    """The cluster cannot be used (scheduler unreachable, no workers, bad address)."""


@dataclass(frozen=True)
class Failed:
    """One document whose extraction raised on a worker (a plain record: the error as text)."""

    doc_id: str
    error: str  # "TypeName: message"
    model_missing: bool = False


# ----------------------------------------------------------------------------- worker side

_LOCK = threading.Lock()
_LOADED: tuple[str | None] | None = None  # the model this worker process has loaded, once


def _ensure_model(model: str | None) -> None:
    """Load the pipeline into kursk_claims.extract's worker state once per process (and per model)."""
    global _LOADED
    if _LOADED != (model,):
        from kursk_claims.extract.document import _worker_init

        _worker_init(model, True)
        _LOADED = (model,)


def _describe(exc: BaseException, doc_id: str = "") -> Failed:
    return Failed(doc_id, f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}", _model_missing(exc))


def _model_missing(exc: BaseException) -> bool:
    try:
        from kursk_claims.extract.model import ModelNotFoundError
    except Exception:  # noqa: BLE001 - cannot tell
        return type(exc).__name__ == "ModelNotFoundError"
    return isinstance(exc, ModelNotFoundError)


def _with_extractor(
    docs: list[Document], extractor: Callable[..., Iterable[DocResult]], model: str | None
) -> list[DocResult | BaseException]:
    """An `Extractor` (pipeline protocol) over the batch; on an error, document by document."""
    try:
        return list(extractor(docs, model=model))
    except Exception:  # noqa: BLE001 - find the document to blame
        out: list[DocResult | BaseException] = []
        for d in docs:
            try:
                out.extend(extractor([d], model=model))
            except Exception as exc:  # noqa: BLE001 - belongs to this document only
                out.append(exc)
        return out


def run_batch(
    docs: list[Document],
    model: str | None = None,
    relevance_gate: bool = True,
    extractor: Callable[..., Iterable[DocResult]] | None = None,
) -> list[DocResult | Failed]:
    """Gate -> extract one batch on a worker; one plain record per document, in order."""
    out: list[DocResult | Failed | None] = [None] * len(docs)
    todo: list[int] = []
    for i, d in enumerate(docs):
        if relevance_gate and not is_relevant(d.text):
            out[i] = irrelevant_result(d)
        else:
            todo.append(i)
    if todo:
        batch = [docs[i] for i in todo]
        with _LOCK:
            if extractor is None:
                try:
                    _ensure_model(model)
                except Exception as exc:  # noqa: BLE001 - reported for every document of the batch
                    return [
                        r if r is not None else _describe(exc, d.id) for d, r in zip(docs, out, strict=True)
                    ]
                from kursk_claims.extract.document import _worker_run

                results: list[DocResult | BaseException] = _worker_run(batch)
            else:
                results = _with_extractor(batch, extractor, model)
        for i, r in zip(todo, results, strict=True):
            out[i] = r if isinstance(r, DocResult) else _describe(r, docs[i].id)
    return [r for r in out if r is not None]


# ----------------------------------------------------------------------------- client side


def _distributed() -> Any:
    """The `distributed` module, untyped (it ships no annotations mypy --strict accepts)."""
    return importlib.import_module("distributed")


def connect(address: str, timeout: float = CONNECT_TIMEOUT_S) -> Any:
    """A `distributed.Client` for the scheduler at `address` with at least one worker, or ClusterError."""
    try:
        Client = _distributed().Client
    except ImportError as exc:  # pragma: no cover - the lock installs it
        raise ClusterError(f"Dask distributed is not installed ({exc}); pip install distributed") from exc
    if "://" not in address:
        raise ClusterError(f"scheduler address {address!r} must look like tcp://HOST:PORT")
    logging.getLogger("distributed").setLevel(logging.ERROR)
    try:
        client = Client(address, timeout=f"{timeout}s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} ({' '.join(str(exc).split())[:200]}); "
            "is `dask scheduler` running there?"
        ) from exc
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        client.close()
        raise ClusterError(
            f"the Dask scheduler at {address} has no workers; start some with `dask worker {address}`"
        ) from exc
    return client


def local_cluster(n_workers: int) -> tuple[Any, Any]:
    """(cluster, client): a LocalCluster of `n_workers` single-threaded worker processes."""
    dist = _distributed()
    Client, LocalCluster = dist.Client, dist.LocalCluster
    logging.getLogger("distributed").setLevel(logging.ERROR)
    cluster = LocalCluster(
        n_workers=n_workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    return cluster, Client(cluster, set_as_default=False)


def _chunks(docs: Iterable[Document], n: int, parts: int = 1) -> Iterator[list[Document]]:
    """Batches of `n` documents; the last `n * parts` documents in smaller ones.

    The input is read `n * parts` documents ahead; once it is exhausted, what is left goes out in
    batches of about a `parts`-th of it (at least TAIL_MIN_DOCS), so the workers run out of work
    at about the same time instead of one finishing a whole batch alone.
    """
    it = iter(docs)
    ahead: deque[Document] = deque(islice(it, n * parts))
    while ahead:
        nxt = next(it, None)
        if nxt is not None:
            batch = [ahead.popleft() for _ in range(min(n, len(ahead)))]
            ahead.append(nxt)
            ahead.extend(islice(it, n * parts - len(ahead)))
        else:
            size = max(TAIL_MIN_DOCS, min(n, -(-len(ahead) // parts)))
            batch = [ahead.popleft() for _ in range(min(size, len(ahead)))]
        yield batch


def extract_on_cluster(
    client: Any,
    docs: Iterable[Document],
    *,
    model: str | None = None,
    relevance_gate: bool = True,
    extractor: Callable[..., Iterable[DocResult]] | None = None,
    batch_docs: int = BATCH_DOCS,
    retries: int = DEFAULT_RETRIES,
) -> Iterator[DocResult | Failed]:
    """Every document's record, in completion order (not input order), streaming.

    A batch that still fails after `retries` (or whose workers kept dying) yields a `Failed` per
    document; a run interrupted here keeps what the caller has written.
    """
    as_completed = _distributed().as_completed
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    limit = 2 * n_workers
    batches: dict[Any, list[Document]] = {}
    ac = as_completed(loop=client.loop)

    def finished(fut: Any) -> list[DocResult | Failed]:
        docs_of = batches.pop(fut)
        try:
            result: list[DocResult | Failed] = fut.result()
            return result
        except Exception as exc:  # noqa: BLE001 - the batch failed for good: report its documents
            return [_describe(exc, d.id) for d in docs_of]

    try:
        for chunk in _chunks(docs, batch_docs, limit):
            fut = client.submit(
                run_batch, chunk, model, relevance_gate, extractor, retries=retries, pure=False
            )
            batches[fut] = chunk
            ac.add(fut)
            while len(batches) >= limit:
                yield from finished(next(ac))
        for fut in ac:
            yield from finished(fut)
    finally:
        for fut in list(batches):
            fut.cancel()
