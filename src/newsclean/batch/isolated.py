"""Pages cleaned in a worker process that is killed when one runs past a hard deadline.

The time budget (``newsclean.budget``) interrupts Python code, but not C code that checks no
signals: lxml parsing a page, a trafilatura XPath call, a regular expression in a thread. Those
are bounded in-process only by the size of their input. A worker process bounds them strictly:
the parent waits for each page at most :func:`hard_limit` seconds (a few times the budget, so the
budget's own ``BudgetError`` normally comes first), then kills the worker, answers that page with
a ``BudgetError`` and starts a new worker for the pages after it.

* :class:`IsolatedCleaner`: ``clean()`` in a worker process (the CLI's ``clean`` and ``explain``,
  or a library caller who needs a strict bound).
* :class:`WorkerPool`: records in order over several workers (``newsclean batch``, ``run_batch``).

docs/limits.md has the measured cost (a worker forked from a warmed-up process starts in
milliseconds; each page then pays for pickling its input and its result).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from types import TracebackType
from typing import Any, Generic, TypeVar

from newsclean.config import CleanConfig
from newsclean.errors import BudgetError, NewscleanError
from newsclean.model import Document
from newsclean.pipeline import Cleaner
from newsclean.warmup import warm_up

__all__ = ["HARD_LIMIT_FACTOR", "HARD_LIMIT_SLACK", "IsolatedCleaner", "WorkerPool", "hard_limit"]

#: A page's worker is killed after this many times its time budget...
HARD_LIMIT_FACTOR = 3.0
#: ... plus these seconds (sending the page and its result, a loaded machine's scheduling).
HARD_LIMIT_SLACK = 1.0

Item = TypeVar("Item")
Result = TypeVar("Result")
Job = Callable[[Cleaner, Any], Any]

_READY = "ready"
_DONE = "done"
_RAISED = "raised"


def hard_limit(config: CleanConfig) -> float | None:
    """Seconds a worker may spend on one page before it is killed; None without a time budget."""
    budget = config.time_budget
    return None if budget is None else budget * HARD_LIMIT_FACTOR + HARD_LIMIT_SLACK


def killed_message(limit: float) -> str:
    """The ``BudgetError`` message of a page whose worker was killed."""
    return (
        f"the page ran past its time budget and was still running after {limit:g} s (inside C code "
        "that cannot be interrupted): its worker process was killed; raise `time_budget` or cut the page"
    )


def _serve(conn: Connection, make_cleaner: Callable[[], Cleaner], job: Job) -> None:
    """A worker's life: build and warm up a Cleaner, say so, then answer item after item."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    cleaner = make_cleaner()
    cleaner.warm_up()
    conn.send((_READY, hard_limit(cleaner.config)))
    parent = multiprocessing.parent_process()
    while True:
        # The parent's death ends the worker: EOF on the pipe does not come while other workers,
        # forked later, hold copies of its end.
        if parent is not None and conn not in wait([conn, parent.sentinel]):
            return
        try:
            items = conn.recv()
        except EOFError:
            return
        if items is None:  # the parent's "stop"
            return
        for item in items:
            try:
                answer: tuple[str, Any] = (_DONE, job(cleaner, item))
            except Exception as exc:
                answer = (_RAISED, _portable(exc))
            conn.send(answer)


def _portable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling (some exception classes take other arguments than their
    message), else a :class:`NewscleanError` with its type and message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return NewscleanError(f"{type(exc).__name__}: {exc}")
    return exc


class _Worker:
    """One worker process and the items sent to it that it has not answered yet."""

    def __init__(self, make_cleaner: Callable[[], Cleaner], job: Job) -> None:
        self._make = make_cleaner
        self._job = job
        self.pending: deque[Any] = deque()  # sent or to send, not answered yet
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context()
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, self._make, self._job), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.limit: float | None = None  # from the worker's Cleaner's time budget, when ready
        self._unsent: list[Any] = []  # held until the worker is ready (a pipe holds little)
        self.since: float | None = None  # when the item being cleaned started

    def send(self, items: list[Any]) -> None:
        """Hand ``items`` to the worker (it answers each in turn)."""
        self.pending.extend(items)
        if not self.ready:
            self._unsent.extend(items)
            return
        self.conn.send(items)
        if self.since is None:
            self.since = time.monotonic()

    def receive(self) -> tuple[Any, tuple[str, Any]] | None:
        """The next answer with its item; None for the worker's "ready". EOFError: it died."""
        kind, value = self.conn.recv()
        if kind == _READY:
            self.ready, self.limit = True, value
            if self._unsent:
                self.conn.send(self._unsent)
                self._unsent = []
                self.since = time.monotonic()
            return None
        item = self.pending.popleft()
        self.since = time.monotonic() if self.pending else None
        return item, (kind, value)

    def deadline(self) -> float | None:
        """When the item being cleaned is overdue; None when idle or without a time budget."""
        return None if self.since is None or self.limit is None else self.since + self.limit

    def overdue(self, now: float) -> bool:
        """The item being cleaned started more than the hard limit ago."""
        deadline = self.deadline()
        return deadline is not None and now > deadline

    def replace(self) -> list[Any]:
        """Kill the process, start a new one and send it what the old one had not answered, less
        the item it was on (returned: none when it died idle)."""
        stuck = [self.pending.popleft()] if self.pending else []
        rest = list(self.pending)
        self.close(kill=True)
        self.pending.clear()
        self._start()
        if rest:
            self.send(rest)
        return stuck

    def close(self, *, kill: bool = False) -> None:
        """Stop the worker (at once with ``kill``, else when it has read what it was sent)."""
        with contextlib.suppress(OSError):
            if not kill:
                self.conn.send(None)
            self.conn.close()
        if kill:
            self.process.kill()
        self.process.join(None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.process.close()


class IsolatedCleaner:
    """:meth:`Cleaner.clean` in a worker process, killed past :func:`hard_limit` of the budget.

    The page then raises :class:`BudgetError` and the next page gets a new worker. Use it where
    a strict bound matters more than the cost of sending each page to another process and its
    Document back (docs/limits.md): a service that must answer, a crawler that meets any markup.

    >>> with IsolatedCleaner(CleanConfig(time_budget=5)) as cleaner:      # doctest: +SKIP
    ...     doc = cleaner.clean(page_bytes, format="html")
    """

    def __init__(
        self, config: CleanConfig | None = None, *, make_cleaner: Callable[[], Cleaner] | None = None
    ) -> None:
        """``make_cleaner`` (picklable where processes are spawned) builds the worker's Cleaner;
        by default ``Cleaner(config)``. The hard limit follows that Cleaner's time budget."""
        self._make = make_cleaner or _ConfiguredCleaner(config or CleanConfig())
        self._worker: _Worker | None = None

    def clean(self, data: str | bytes, **options: Any) -> Document:
        """Like :meth:`Cleaner.clean` (same keyword options), in the worker process."""
        if self._worker is None and multiprocessing.get_start_method() == "fork":
            warm_up(html=True)  # once here, so that every worker forked from here starts warm
        worker = self._worker = self._worker or _Worker(self._make, _clean_page)
        worker.send([(data, options)])
        while True:
            deadline = worker.deadline()
            wait_for = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            if not worker.conn.poll(wait_for):
                limit = worker.limit
                worker.replace()
                raise BudgetError(killed_message(limit or 0.0))
            try:
                answer = worker.receive()
            except (EOFError, OSError) as exc:
                self._worker = None
                worker.close(kill=True)
                raise NewscleanError(
                    f"the worker process cleaning the page died ({exc or 'no answer'})"
                ) from exc
            if answer is None:  # "ready": the clock of the page starts now
                continue
            kind, value = answer[1]
            if kind == _RAISED:
                raise value
            doc: Document = value
            return doc

    def close(self, *, kill: bool = False) -> None:
        """Stop the worker process (at once with ``kill``: what it is doing is abandoned)."""
        if self._worker is not None:
            self._worker.close(kill=kill)
            self._worker = None

    def __enter__(self) -> IsolatedCleaner:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close(kill=kind is not None)  # Ctrl-C, an error: no page worth waiting for


class _ConfiguredCleaner:
    """``Cleaner(config)`` as a picklable callable (a lambda is not, for spawned workers)."""

    def __init__(self, config: CleanConfig) -> None:
        self.config = config

    def __call__(self) -> Cleaner:
        return Cleaner(self.config)


def _clean_page(cleaner: Cleaner, request: tuple[str | bytes, dict[str, Any]]) -> Document:
    data, options = request
    return cleaner.clean(data, **options)


class WorkerPool(Generic[Item, Result]):
    """Chunks of items through ``workers`` worker processes, results in input order.

    ``job(cleaner, item)`` runs in a worker. An item still running after :func:`hard_limit` of
    the worker's Cleaner has its worker killed and replaced, and ``failed(item, BudgetError)``
    for result; an item whose worker died (out of memory) or whose job raised gets
    ``failed(item, error)``: every item gets a result.
    """

    def __init__(
        self,
        workers: int,
        make_cleaner: Callable[[], Cleaner],
        job: Callable[[Cleaner, Item], Result],
        failed: Callable[[Item, Exception], Result],
        *,
        window: int,
    ) -> None:
        self._workers = [_Worker(make_cleaner, job) for _ in range(workers)]
        self._failed = failed
        self._window = window
        self._done: dict[int, list[Result]] = {}  # chunk number -> its results so far
        self._owner: dict[int, int] = {}  # worker index -> number of the chunk it works on

    def map(self, chunks: Iterator[list[Item]]) -> Iterator[list[Result]]:
        """The results of each chunk, in the chunks' order, with at most ``window`` chunks taken
        from ``chunks`` and not yet given back (bounded memory)."""
        sizes: dict[int, int] = {}
        taken = given = 0
        exhausted = False
        while True:
            for index, worker in enumerate(self._workers):  # idle, ready workers take the next chunk
                if exhausted or index in self._owner or not worker.ready or taken - given >= self._window:
                    continue
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                self._owner[index], sizes[taken], self._done[taken] = taken, len(chunk), []
                worker.send(chunk)
                taken += 1
            while given in sizes and len(self._done[given]) == sizes.get(given):
                yield self._done.pop(given)
                del sizes[given]
                given += 1
            if exhausted and given == taken:
                return
            self._step()

    def _step(self) -> None:
        """Wait for the next answers (or the next hard deadline) and record them."""
        deadlines = [d for w in self._workers if (d := w.deadline()) is not None]
        timeout = max(min(deadlines) - time.monotonic(), 0.0) if deadlines else None
        conns = {w.conn: i for i, w in enumerate(self._workers)}
        for conn in wait(list(conns), timeout):
            index = conns[conn]  # type: ignore[index]
            worker = self._workers[index]
            try:
                answer = worker.receive()
            except (EOFError, OSError):
                if not worker.ready:
                    raise NewscleanError("a worker process died while starting") from None
                worker.process.join()
                code = worker.process.exitcode
                died = NewscleanError(f"its worker process died (exit code {code}; out of memory?)")
                self._fail(index, worker.replace(), died)
                continue
            if answer is not None:
                item, (kind, value) = answer
                self._record(index, value if kind == _DONE else self._failed(item, value))
        now = time.monotonic()
        for index, worker in enumerate(self._workers):
            if worker.overdue(now):
                killed = BudgetError(killed_message(worker.limit or 0.0))
                self._fail(index, worker.replace(), killed)

    def _fail(self, index: int, stuck: list[Item], why: Exception) -> None:
        for item in stuck:
            self._record(index, self._failed(item, why))

    def _record(self, index: int, result: Result) -> None:
        self._done[self._owner[index]].append(result)
        if not self._workers[index].pending:
            del self._owner[index]

    def close(self) -> None:
        """Stop every worker at once (what they had not answered is abandoned)."""
        for worker in self._workers:
            worker.close(kill=True)
