"""What every subcommand shares: the user-facing error and the Cleaner built from the options.

Its own module so that ``main`` (which registers the subcommands) and each subcommand import it
without importing one another.
"""

from __future__ import annotations

import argparse

from newsclean.config import CleanConfig
from newsclean.pipeline import Cleaner

__all__ = ["CLI_DEFAULTS", "CliError", "build_cleaner"]

#: The command line's limits, tighter than the library's (a shell user or a batch job wants a
#: stuck page to fail fast): options a config file or a flag does not set (docs/limits.md).
CLI_DEFAULTS: dict[str, object] = {"time_budget": 10.0, "max_bytes": 10_000_000}


class CliError(Exception):
    """A message for the user; the command exits with ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def build_cleaner(args: argparse.Namespace) -> Cleaner:
    """A Cleaner from the shared command-line options."""
    if args.config:
        config = CleanConfig.from_file(args.config, defaults=CLI_DEFAULTS)
    else:
        config = CleanConfig.from_dict(CLI_DEFAULTS)
    overrides: dict[str, object] = {}
    if args.preset:
        overrides["preset"] = args.preset
    if args.enable:
        overrides["enable"] = (*config.enable, *args.enable)
    if args.disable:
        overrides["disable"] = (*config.disable, *args.disable)
    if args.max_bytes is not None:
        overrides["max_bytes"] = args.max_bytes
    if args.time_budget is not None:
        overrides["time_budget"] = args.time_budget or None
    cleaner = Cleaner(config.merged(**overrides))
    cleaner.warm_up()  # imports and models: before the first page's budget starts
    return cleaner
