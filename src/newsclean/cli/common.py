"""What every subcommand shares: the user-facing error and the Cleaner built from the options.

Its own module so that ``main`` (which registers the subcommands) and each subcommand import it
without importing one another.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from newsclean.batch.isolated import IsolatedCleaner
from newsclean.config import CleanConfig
from newsclean.model import Document
from newsclean.pipeline import Cleaner

__all__ = [
    "CLI_DEFAULTS",
    "CliError",
    "add_isolate_option",
    "add_lines_option",
    "add_progress_option",
    "build_cleaner",
    "page_cleaner",
]

#: The command line's limits, tighter than the library's (a shell user or a batch job wants a
#: stuck page to fail fast): options a config file or a flag does not set (docs/limits.md).
CLI_DEFAULTS: dict[str, object] = {"time_budget": 10.0, "max_bytes": 10_000_000}


class CliError(Exception):
    """A message for the user; the command exits with ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def build_cleaner(args: argparse.Namespace, *, warm: bool = True, **extra: object) -> Cleaner:
    """A Cleaner from the shared command-line options (``extra``: options the command sets);
    ``warm`` loads its models and imports now (before the first page's budget starts), which
    commands that clean no page skip."""
    if args.config:
        config = CleanConfig.from_file(args.config, defaults=CLI_DEFAULTS)
    else:
        config = CleanConfig.from_dict(CLI_DEFAULTS)
    overrides: dict[str, object] = dict(extra)
    if args.preset:
        overrides["preset"] = args.preset
    if args.favor:
        overrides["favor"] = args.favor
    if args.enable:
        overrides["enable"] = (*config.enable, *args.enable)
    if args.disable:
        overrides["disable"] = (*config.disable, *args.disable)
    if getattr(args, "max_bytes", None) is not None:  # `rules` has no --max-bytes
        overrides["max_bytes"] = args.max_bytes
    if getattr(args, "time_budget", None) is not None:  # nor --time-budget
        overrides["time_budget"] = args.time_budget or None
    cleaner = Cleaner(config.merged(**overrides))
    if warm:
        cleaner.warm_up()
    return cleaner


@contextmanager
def page_cleaner(args: argparse.Namespace, cleaner: Cleaner) -> Iterator[Callable[..., Document]]:
    """The ``clean`` that cleans the pages: with ``--isolate`` (the default) and a time budget, in a
    worker process killed when a page is still running past 3x the budget + 1 s (C code the
    budget cannot interrupt: docs/limits.md); else ``cleaner``'s own, in this process."""
    if not args.isolate or cleaner.config.time_budget is None:
        yield cleaner.clean
        return
    with IsolatedCleaner(cleaner.config) as isolated:
        yield isolated.clean


def add_isolate_option(p: argparse.ArgumentParser) -> None:
    """``--isolate/--no-isolate``: pages cleaned in a worker process with a hard deadline (default)."""
    p.add_argument(
        "--isolate",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="clean in a worker process that is killed if a page runs past 3x its time budget + 1 s "
        "(default: yes; --no-isolate cleans in this process, bounded by the budget's checks only)",
    )


def add_lines_option(p: argparse.ArgumentParser) -> None:
    """``--lines/--no-lines``, on by default in every command: a record is the whole account
    (``Document.to_dict()``, every input line with its label, rule and reason), the contract of
    ``newsclean clean --format json FILE``; ``--no-lines`` leaves the per-line account out (corpora
    where only text and metadata matter)."""
    p.add_argument(
        "--lines",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="include the per-line account in JSON records (default: yes; --no-lines leaves it out)",
    )


def add_progress_option(p: argparse.ArgumentParser) -> None:
    """``--progress/--no-progress``: a bar on stderr when it is a terminal (default on)."""
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="a progress bar on stderr when it is a terminal (default: on)",
    )
