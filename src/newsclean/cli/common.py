"""What every subcommand shares: the user-facing error and the Cleaner built from the options.

Its own module so that ``main`` (which registers the subcommands) and each subcommand import it
without importing one another.
"""

from __future__ import annotations

import argparse

from newsclean.config import CleanConfig
from newsclean.pipeline import Cleaner

__all__ = ["CliError", "build_cleaner"]


class CliError(Exception):
    """A message for the user; the command exits with ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def build_cleaner(args: argparse.Namespace) -> Cleaner:
    """A Cleaner from the shared command-line options."""
    config = CleanConfig.from_file(args.config) if args.config else CleanConfig()
    overrides: dict[str, object] = {}
    if args.preset:
        overrides["preset"] = args.preset
    if args.enable:
        overrides["enable"] = (*config.enable, *args.enable)
    if args.disable:
        overrides["disable"] = (*config.disable, *args.disable)
    if args.max_bytes is not None:
        overrides["max_bytes"] = args.max_bytes
    return Cleaner(config.merged(**overrides))
