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

C code that does not check for signals (lxml parsing a page, a trafilatura XPath call) cannot
be interrupted in-process; it is bounded by the size of what it gets (``MAX_MARKUP_CHARS``) and
the alarm fires as soon as it returns. docs/limits.md has the measurements.
"""

from __future__ import annotations

import signal
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
        if deadline is None or not _can_alarm():
            yield
            return
        with _alarm(deadline):
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
        raise BudgetError(
            "the page ran past its time budget (interrupted); raise `time_budget` or cut the page"
        )

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
