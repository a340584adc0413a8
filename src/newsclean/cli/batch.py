"""``newsclean batch``: corpora in, corpora out (JSONL, .gz, .zst, Parquet, folders of pages)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def add_batch_parser(sub: Any, config_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register the ``batch`` subcommand, with the shared config options of the other commands."""
    from newsclean.cli.common import add_lines_option, add_progress_option

    p = sub.add_parser(
        "batch",
        help="clean a corpus: one output record per input record, in order, resumable",
        description="Clean every record of JSONL (.gz/.zst), Parquet or folders of .txt/.html "
        "pages. Output format follows the -o suffix. More: python -m pydoc newsclean.batch.run",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL/Parquet files or folders")
    p.add_argument("-o", "--output", required=True, help="output file (.jsonl[.gz|.zst], .parquet)")
    p.add_argument("--text-field", default="text", help="field holding the page (default: text)")
    p.add_argument("--id-field", default="id", help="field kept on error records (default: id)")
    p.add_argument("--url-field", default="url", help="field holding the page URL (default: url)")
    p.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: CPU count); one still on a record after 3x the time budget "
        "+ 1 s is killed and replaced, and the record gets a BudgetError",
    )
    p.add_argument("--resume", action="store_true", help="continue OUTPUT.partial of a stopped run")
    add_lines_option(p)
    add_progress_option(p)
    config_options(p)
    p.set_defaults(run=_run_batch)


def _nothing_to_read(path: Path) -> bool:
    """A folder without one page file below it (an empty run would look like a finished one)."""
    from newsclean.batch.io import PAGE_SUFFIXES

    if not path.is_dir():
        return False
    return not any(p.is_file() and p.suffix.lower() in PAGE_SUFFIXES for p in path.rglob("*"))


def _run_batch(args: argparse.Namespace) -> int:
    from newsclean.batch.io import PAGE_SUFFIXES
    from newsclean.batch.run import RecordOptions, run_batch
    from newsclean.cli.common import CliError, build_cleaner

    if args.workers < 1:
        raise CliError("--workers must be at least 1")
    barren = [name for name in args.inputs if _nothing_to_read(Path(name))]
    if barren:
        raise CliError(
            f"{barren[0]}: no file to read in this folder (newsclean reads {', '.join(PAGE_SUFFIXES)})"
        )
    config = build_cleaner(args, warm=False).config  # each worker warms its own
    options = RecordOptions(
        text_field=args.text_field,
        id_field=args.id_field,
        url_field=args.url_field,
        mode=args.mode,
        lines=args.lines,
        language=args.language,
        encoding=args.encoding,
        url=args.url,
    )
    try:
        summary = run_batch(
            args.inputs,
            args.output,
            config=config,
            options=options,
            workers=args.workers,
            isolate=True,
            resume=args.resume,
            progress=args.progress,
        )
    except KeyboardInterrupt:
        print(f"newsclean: stopped; continue with `--resume -o {args.output}`", file=sys.stderr)
        raise
    print(summary.text(), file=sys.stderr)
    return 0
