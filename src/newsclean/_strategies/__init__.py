"""Private implementation of :mod:`newsclean.strategies`.

``lexicon`` defines what a language contributes (word lists, templates, boilerplate phrases)
and loads it from ``languages/<code>.json``, one data file per language; ``dates`` formats
dates the way pages print them, ``model`` holds the drawn values and ``build`` the Hypothesis
strategies that assemble pages. Nothing here is imported from newsclean's own phrase lists:
the generator must stay independent of the cleaner it tests (pyproject's import contract).
"""
