"""Hypothesis profiles for the property suites (tests/test_strategies.py, tests/test_properties.py).

Choose one with ``NEWSCLEAN_HYPOTHESIS_PROFILE=ci|dev|deep``; without it, ``ci`` when the ``CI``
environment variable is set, else ``dev``.

- ``ci``: 30 examples per test, derandomized (the same examples on every run, so a red build is
  reproducible and a green one does not flicker), no example database; the whole property suite
  stays within a few minutes on two cores.
- ``dev``: 100 examples per test, random, with the local example database (``.hypothesis/``), so
  a failure found once is replayed first next time.
- ``deep``: 1,000 examples per test, for a long hunt before a release.

Generating and cleaning a whole page takes milliseconds to tens of milliseconds, so deadlines are
off and the "too slow" health check is not meaningful here.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.large_base_example, HealthCheck.data_too_large]

settings.register_profile(
    "ci",
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_SLOW_OK,
)
settings.register_profile("dev", max_examples=100, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile("deep", parent=settings.get_profile("dev"), max_examples=1000)

PROFILE = os.environ.get("NEWSCLEAN_HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
settings.load_profile(PROFILE)


def pytest_report_header() -> list[str]:
    """Say which Hypothesis profile ran, and which newsclean build (pure Python or mypyc-compiled,
    from where) the suite runs against, next to pytest's own header."""
    import newsclean

    return [
        f"newsclean hypothesis profile: {PROFILE} (set NEWSCLEAN_HYPOTHESIS_PROFILE to change)",
        f"newsclean: {newsclean.build} build from {os.path.dirname(newsclean.__file__ or '?')}",
    ]
