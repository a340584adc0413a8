"""``newsclean batch``: placeholder until the batch issue lands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_batch_parser(sub: Any, config_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register the ``batch`` subcommand (not available yet)."""
    return None
