"""newsclean's fuzz campaign: input families, a driver with a shrinker, and the crashes found.

``python -m fuzz.run --minutes 10`` (or ``--count N``) runs it; tests/test_fuzz.py runs a small
fixed count in CI and replays every reproducer under ``fuzz/crashes/``. docs/limits.md says
what a crash is and what the campaigns found.
"""
