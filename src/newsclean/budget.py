"""A page's time budget, enforced two ways so that it bounds every pass.

* **Cooperative checks**: :func:`check` raises :class:`BudgetError` once the deadline of the page
  being cleaned has passed. The pipeline calls it between stages (decode, fix, split, features,
  language, before each rule, around the HTML extraction); it reads the deadline from a context
  variable, so deep passes can check without a deadline parameter in every signature. This
  works in any thread.
* **An alarm** (:func:`enforced`): in the main thread of a POSIX process, ``SIGALRM`` fires at the
  deadline and raises :class:`BudgetError` wherever Python code (or a regular expression, whose
  engines check for signals while matching) is running: a plugin rule's runaway regex, a
  built-in pass on a pathological page. An exception raised from a signal handler can be lost
  (when it lands in a ``__del__`` or a callback whose errors are printed, not raised), so the
  alarm re-arms itself every ``REARM`` seconds until the page ends, and the cooperative checks,
  which see the same expired deadline, raise it too.
* **A watchdog thread** everywhere else (a page cleaned in a worker thread, or where there is no
  ``SIGALRM``): at the deadline it raises :class:`BudgetError` in the page's thread as an
  asynchronous exception (CPython's documented ``PyThreadState_SetAsyncExc``), which the
  interpreter delivers at the thread's next bytecode: a plugin's pure-Python loop stops. It is
  re-sent every ``REARM`` seconds until the page ends, like the alarm; the watch ends under the
  watchdog's lock, so none lands in the caller's code after the page.

C code that does not check for signals (lxml parsing a page, a trafilatura XPath call; in a
thread that is not the main one, a regular expression too) cannot be interrupted in-process; it
is bounded by the size of what it gets (``MAX_MARKUP_CHARS``) and the exception lands as soon as
it returns. A worker process that is killed past a hard deadline bounds it strictly
(``newsclean.batch.isolated``). docs/limits.md has the measurements.
"""

from __future__ import annotations

import ctypes
import itertools
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from types import FrameType

from newsclean.errors import BudgetError

#: Seconds between repeated alarms once the deadline has passed (a lost exception is re-raised).
REARM = 0.05

# Functions whose exceptions Python prints and drops instead of raising: not a place to interrupt.
_SWALLOWING = frozenset({"__del__", "_remove"})  # finalizers, weakref callbacks

_DEADLINE: ContextVar[float | None] = ContextVar("newsclean_deadline", default=None)
_INTERRUPTED = "the page ran past its time budget (interrupted); raise `time_budget` or cut the page"


class Interrupted(BudgetError):
    """The :class:`BudgetError` the watchdog raises in a page's thread (the caller gets a plain
    one). The interpreter makes an asynchronous exception by calling its class without
    arguments, hence the default message."""

    def __init__(self, message: str = _INTERRUPTED) -> None:
        super().__init__(message)


def check(where: str) -> None:
    """Raise :class:`BudgetError` when the current page's deadline has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise BudgetError(f"the page ran past its time budget {where}; raise `time_budget` or cut the page")


def deadline() -> float | None:
    """The current page's deadline (``time.monotonic()`` value), None without a budget."""
    return _DEADLINE.get()


@contextmanager
def enforced(deadline: float | None) -> Iterator[None]:
    """Make ``deadline`` the current page's, with an alarm at it where signals can be used.

    The alarm is set only in the main thread; the previous ``SIGALRM`` handler and timer are
    restored afterwards (see :func:`_alarm`).
    """
    token = _DEADLINE.set(deadline)
    try:
        if deadline is None:
            yield
        elif _can_alarm():
            with _alarm(deadline):
                yield
        elif _ASYNC_EXC is not None:
            try:
                with _watched(deadline):
                    yield
            except Interrupted as exc:  # the watch is over: a plain BudgetError for the caller
                raise BudgetError(str(exc)) from None
        else:  # no way to interrupt (an interpreter without the C-API): the cooperative checks only
            yield
    finally:
        _DEADLINE.reset(token)


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def _alarm(deadline: float) -> Iterator[None]:
    """SIGALRM at ``deadline``. A timer already armed (a caller's own, pytest-timeout's) is
    suspended and re-armed afterwards with its remaining time; one due before our deadline is
    left alone (it fires first; the cooperative checks still apply)."""
    ours = max(deadline - time.monotonic(), 0.001)
    remaining, interval = signal.getitimer(signal.ITIMER_REAL)
    if remaining and remaining <= ours:
        yield
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        signal.setitimer(signal.ITIMER_REAL, REARM)  # again soon, in case this one is swallowed
        if frame is not None and frame.f_code.co_name in _SWALLOWING:
            return  # raised here it would be printed as "Exception ignored": next alarm instead
        raise BudgetError(_INTERRUPTED)

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, ours)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if remaining:  # the suspended timer, less the time the page took
            signal.setitimer(
                signal.ITIMER_REAL, max(remaining - (time.monotonic() - started), 0.001), interval
            )


def _async_exc_api() -> ctypes._NamedFuncPointer | None:
    """CPython's ``PyThreadState_SetAsyncExc``; None on interpreters without ``ctypes.pythonapi``."""
    api = getattr(ctypes, "pythonapi", None)
    return None if api is None else api.PyThreadState_SetAsyncExc


_ASYNC_EXC = _async_exc_api()


def _send(thread_id: int) -> None:
    """Raise :class:`Interrupted` in the thread ``thread_id`` at its next bytecode.

    Never withdrawn with ``PyThreadState_SetAsyncExc(id, NULL)``: on CPython 3.11 that leaves the
    interpreter-wide "asynchronous exception pending" flag set with no thread to clear it, and
    the interpreter then crawled (a Hypothesis test after a withdrawal ran past pytest-timeout's
    300 s instead of 2 s). Nothing needs withdrawing: see :func:`_watched`."""
    assert _ASYNC_EXC is not None
    _ASYNC_EXC(ctypes.c_ulong(thread_id), ctypes.py_object(Interrupted))


@contextmanager
def _watched(deadline: float) -> Iterator[None]:
    """The watchdog raises :class:`Interrupted` in this thread from ``deadline`` until the block ends."""
    thread_id = threading.get_ident()
    key = _WATCHDOG.watch(deadline, thread_id)
    try:
        yield
    finally:
        # The watchdog may deliver once more while the watch ends (it sends at most once per
        # REARM seconds, under the lock that `unwatch` takes): caught and retried until the watch
        # is gone. One sent before `unwatch` took the lock is delivered inside this loop, since
        # the interpreter delivers on returning from the lock's C calls and on entering Python
        # functions; after it nothing is sent. The loop is inline, not a helper: a helper's entry
        # would come before its own ``try``.
        while True:
            try:
                _WATCHDOG.unwatch(key)
                break
            except Interrupted:
                continue


class _Watchdog:
    """One daemon thread for every watched page of the process: sends :class:`Interrupted` to each
    page's thread once its deadline has passed, then again every ``REARM`` seconds (an
    exception that lands in a finalizer is printed and dropped, like the alarm's)."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._pages: dict[int, tuple[float, int]] = {}  # key -> (next send, thread id)
        self._keys = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, deadline: float, thread_id: int) -> int:
        """Start watching a page of ``thread_id`` due at ``deadline``; the key ends the watch."""
        with self._lock:
            key = next(self._keys)
            self._pages[key] = (deadline, thread_id)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="newsclean-budget", daemon=True)
                self._thread.start()
            self._lock.notify()
        return key

    def unwatch(self, key: int) -> None:
        """End the watch ``key``. Under the lock, so nothing is sent after it."""
        with self._lock:
            self._pages.pop(key, None)

    def forget_thread(self) -> None:
        """In a forked child: the parent's watchdog thread did not come along, nor its pages."""
        self._lock = threading.Condition()
        self._pages.clear()
        self._thread = None

    def _run(self) -> None:
        with self._lock:
            while True:
                now = time.monotonic()
                for key, (due, thread_id) in list(self._pages.items()):
                    if due <= now:
                        if not _in_finalizer(thread_id):
                            _send(thread_id)
                        self._pages[key] = (now + REARM, thread_id)
                soonest = min((due for due, _ in self._pages.values()), default=None)
                self._lock.wait(None if soonest is None else max(soonest - now, 0.0))


def _in_finalizer(thread_id: int) -> bool:
    """The thread is running a ``__del__`` or a weakref callback, where an exception is dropped."""
    frame = sys._current_frames().get(thread_id)
    return frame is not None and frame.f_code.co_name in _SWALLOWING


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_WATCHDOG.forget_thread)
