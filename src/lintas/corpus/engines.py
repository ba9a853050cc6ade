"""Where the map step runs: in this process, in local worker processes, or on Ray.

The map step (``pipeline.map_documents``: read, clean, metadata, analyse, clustering features) is
pure, so it can run anywhere; clustering stays one ordered step in the calling process, which
stores each batch with its stories. Every engine yields the mapped batches in input order, so
the same inputs make the same stored articles, copies and stories on any engine.

``ray`` starts a Ray instance on this machine; ``ray://HOST:PORT`` joins a cluster through Ray
Client, and ``ray:auto`` the cluster this machine belongs to. On Ray the map runs as Ray Data
``map_batches`` over actors that load the models once each; the stream is cut into windows of
RAY_WINDOW_BATCHES batches so that memory stays flat, each window one dataset whose actors live
for the window.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any

from lintas.errors import LintasError, MissingExtraError, UsageError
from lintas.model import Document, Rejected
from lintas.pipeline import Mapped, map_documents
from lintas.settings import RAY_OBJECT_STORE_BYTES, RAY_WINDOW_BATCHES

Batch = list[Document | Rejected]
ENGINES = ("local", "ray", "ray://HOST:PORT", "ray:auto")


@dataclass(frozen=True, slots=True)
class Engine:
    """``kind`` local or ray; ``address``: the Ray cluster to join (None: start one here)."""

    kind: str = "local"
    address: str | None = None

    @staticmethod
    def parse(value: str | None) -> Engine:
        """``--engine`` (else ``LINTAS_ENGINE``, else local)."""
        value = (value or os.environ.get("LINTAS_ENGINE") or "local").strip()
        if value == "local":
            return Engine()
        if value == "ray":
            return Engine("ray")
        if value.startswith("ray://"):
            return Engine("ray", value)
        if value.startswith("ray:") and value[4:]:
            return Engine("ray", value[4:])
        raise UsageError(f"unknown engine {value!r}: use one of {', '.join(ENGINES)}")


def map_batches(batches: Iterator[Batch], workers: int, engine: Engine = Engine()) -> Iterator[list[Mapped]]:
    """Mapped batches in input order."""
    if engine.kind == "ray":
        return _on_ray(batches, workers, engine.address)
    return _local(batches, workers)


def _local(batches: Iterator[Batch], workers: int) -> Iterator[list[Mapped]]:
    """In this process, or in ``workers`` processes with at most two batches each in flight."""
    if workers <= 1:
        from lintas.analyse import embeddings

        embeddings.preload()
        yield from (map_documents(b) for b in batches)
        return
    # spawn, not fork: the parent may hold model-loading threads and a database connection.
    # An executor, not multiprocessing.Pool: a worker that dies breaks the run with an error
    # instead of being respawned forever.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=warm) as pool:
        pending: deque[Future[list[Mapped]]] = deque()
        for batch in batches:
            pending.append(pool.submit(map_documents, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def warm() -> None:
    """Load the models once per worker, one BLAS thread each: the workers must not fight for the
    cores (before threadpoolctl, each worker's OpenBLAS ran two spinning threads and ingest reached
    56 articles/s with two workers, 79 with one)."""
    from threadpoolctl import threadpool_limits

    from lintas.analyse import embeddings, ner_en

    threadpool_limits(limits=1)
    embeddings.THREADS = 1
    embeddings.preload()
    ner_en.preload()


class _MapActor:
    """A Ray Data actor: models loaded once, then a pickled batch in, its pickled Mapped out."""

    def __init__(self) -> None:
        warm()

    def __call__(self, rows: dict[str, Any]) -> dict[str, Any]:
        return {"mapped": [pickle.dumps(map_documents(pickle.loads(b))) for b in rows["batch"]]}


def _ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as e:
        raise MissingExtraError("lintas ingest --engine ray", "ray") from e
    return ray


def _on_ray(batches: Iterator[Batch], workers: int, address: str | None) -> Iterator[list[Mapped]]:
    ray = _ray()
    workers = max(workers, 1)
    started = False
    if not ray.is_initialized():
        options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "logging_level": "WARNING"}
        if address is None:  # an instance of our own ("local": not a cluster RAY_ADDRESS names), laptop-sized
            address = "local"
            options.update(num_cpus=workers, object_store_memory=RAY_OBJECT_STORE_BYTES)
        try:
            ray.init(address=address, **options)
        except (ConnectionError, ValueError, RuntimeError) as e:
            raise UsageError(f"cannot start or join Ray at {address}: {e}") from e
        started = True
    context = ray.data.DataContext.get_current()
    before = (context.execution_options.preserve_order, context.enable_progress_bars)
    context.execution_options.preserve_order = True  # the clustering step needs input order
    context.enable_progress_bars = False
    try:
        while window := list(islice(batches, RAY_WINDOW_BATCHES)):
            items = [{"batch": pickle.dumps(b)} for b in window]
            strategy = ray.data.ActorPoolStrategy(size=workers)
            mapped = ray.data.from_items(items).map_batches(
                _MapActor, batch_size=1, batch_format="numpy", compute=strategy, num_cpus=1
            )
            try:
                rows = list(mapped.iter_rows())
            except ray.exceptions.RayError as e:
                cause = _cause(e)
                if isinstance(cause, LintasError):  # said as the local engine says it, not as a crash
                    raise cause from e
                raise
            for row in rows:
                yield pickle.loads(row["mapped"])
    finally:  # the caller's own settings as they were
        context.execution_options.preserve_order, context.enable_progress_bars = before
        if started:  # an instance lintas started is lintas's to stop: its processes and memory go
            ray.shutdown()


def _cause(e: BaseException) -> BaseException | None:
    """The exception a map actor raised, inside Ray's wrappers."""
    seen = 0
    while e is not None and seen < 10:
        if isinstance(e, LintasError):
            return e
        e = getattr(e, "cause", None) or e.__cause__ or e.__context__  # type: ignore[assignment]
        seen += 1
    return None
