"""The ``newsclean`` command: clean, explain, rules (and batch). Errors are one line, never a traceback."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import newsclean
from newsclean.cli import explain as render
from newsclean.cli.common import (
    CLI_DEFAULTS,
    CliError,
    add_isolate_option,
    add_lines_option,
    add_progress_option,
    build_cleaner,
    page_cleaner,
)
from newsclean.errors import NewscleanError
from newsclean.model import Document
from newsclean.pipeline import Cleaner

__all__ = ["CLI_DEFAULTS", "CliError", "build_cleaner", "main"]

_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code = int(args.run(args))
        sys.stdout.flush()  # a full disk shows here, not in the interpreter's exit
        return code
    except CliError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return exc.code
    except NewscleanError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader left (`| head`): stop quietly, as other tools do
        _silence_stdout()
        return 141
    except OSError as exc:  # the output cannot be written: a full disk, a closed stdout
        _silence_stdout()
        print(f"newsclean: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's final flush of what is left fails no more."""
    with contextlib.suppress(OSError, AttributeError, ValueError):  # no stdout at all: nothing to do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean", description="Clean news pages into article text and metadata."
    )
    version = f"newsclean {newsclean.__version__} ({newsclean.build})"
    parser.add_argument("--version", action="version", version=version)
    sub = parser.add_subparsers(dest="command", required=True)

    clean = sub.add_parser("clean", help="clean files, folders or stdin")
    clean.add_argument("inputs", nargs="*", default=["-"], help="files or folders (default: stdin)")
    clean.add_argument(
        "--format",
        choices=("text", "markdown", "json", "jsonl"),
        default="text",
        help="output format; json on several inputs is one array of records, jsonl one record a line",
    )
    add_lines_option(clean)
    add_progress_option(clean)
    add_isolate_option(clean)
    _config_options(clean)
    clean.set_defaults(run=_run_clean)

    explain = sub.add_parser("explain", help="show every line with its label and the rule that decided it")
    explain.add_argument("input", help="a file, or - for stdin")
    explain.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    explain.add_argument(
        "--html",
        metavar="FILE",
        type=Path,
        help="write an HTML report to FILE (- for stdout) instead of the table: one self-contained page",
    )
    add_isolate_option(explain)
    _config_options(explain)
    explain.set_defaults(run=_run_explain)

    rules = sub.add_parser("rules", help="list the rules, or document one")
    rules.add_argument("name", nargs="?", help="a rule name (wildcards list the matches)")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    _rule_options(rules)
    rules.set_defaults(run=_run_rules)

    from newsclean.cli.batch import add_batch_parser

    add_batch_parser(sub, _config_options)
    return parser


def _rule_options(p: argparse.ArgumentParser) -> None:
    """The options that choose the rules: all ``rules`` takes."""
    p.add_argument(
        "--config", type=Path, help="a TOML config file (its options: python -m pydoc newsclean.config)"
    )
    p.add_argument("--preset", help="rule preset: default, conservative, none")
    p.add_argument(
        "--favor",
        choices=("precision", "balanced", "recall"),
        help="the precision/recall dial (default: balanced)",
    )
    p.add_argument(
        "--enable", action="append", default=[], metavar="RULE", help="enable rules (wildcards ok)"
    )
    p.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="disable rules (wildcards ok)",
    )


def _config_options(p: argparse.ArgumentParser) -> None:
    """The rule options and those about the input, shared by the commands that clean."""
    _rule_options(p)
    p.add_argument(
        "--mode",
        choices=("auto", "text", "html"),
        default="auto",
        help="input kind (default: sniff)",
    )
    p.add_argument("--language", help="ISO 639-1 code; default: detected per document")
    p.add_argument("--url", help="the page's URL (site rules, metadata)")
    p.add_argument("--encoding", help="input encoding; default: detected")
    p.add_argument("--max-bytes", type=int, help="refuse inputs larger than this (default 10,000,000)")
    p.add_argument(
        "--time-budget",
        type=float,
        help="seconds per page before it fails with BudgetError; 0 for no limit (default 10)",
    )


def read_input(name: str, max_bytes: int) -> bytes:
    """Bytes of a file, device, pipe or stdin (``-``), never reading more than ``max_bytes + 1``
    (a size from ``stat`` is 0 for devices and pipes: the read itself is what is bounded)."""
    try:
        if name == "-":
            stdin = getattr(sys.stdin, "buffer", None)
            if stdin is None:
                raise CliError("stdin is closed: give a file name, or pipe the page in")
            data: bytes = stdin.read(max_bytes + 1)
        else:
            path = Path(name)
            if path.is_dir():
                raise CliError(f"{name!r} is a folder: `newsclean clean FOLDER` cleans every file in it")
            size = path.stat().st_size
            if size > max_bytes:
                raise CliError(
                    f"{name!r} is {size:,} bytes, over the limit of {max_bytes:,}; raise it with --max-bytes"
                )
            with path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
    except (OSError, ValueError) as exc:  # ValueError: a stdin closed under us
        raise CliError(f"cannot read {name!r}: {getattr(exc, 'strerror', None) or exc}") from exc
    if len(data) > max_bytes:
        raise CliError(f"{name!r} is over the limit of {max_bytes:,} bytes; raise it with --max-bytes")
    return data


def _expand(inputs: Sequence[str]) -> tuple[list[str], list[str]]:
    """The files to clean (a folder's readable files, sorted) and the folders that had none."""
    names: list[str] = []
    barren: list[str] = []
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES)
            if not found:
                barren.append(name)
            names.extend(str(p) for p in found)
        else:
            names.append(name)
    return names, barren


def _run_clean(args: argparse.Namespace) -> int:
    cleaner = build_cleaner(args)
    with page_cleaner(args, cleaner) as clean_page:
        return _clean_files(args, cleaner, clean_page)


def _clean_files(args: argparse.Namespace, cleaner: Cleaner, clean_page: Callable[..., Document]) -> int:
    names, barren = _expand(args.inputs)
    for folder in barren:
        print(
            f"newsclean: {folder}: no file to read in this folder (newsclean reads {', '.join(_SUFFIXES)})",
            file=sys.stderr,
        )
    if not names:
        return 1
    many = len(names) > 1 or any(n != "-" and Path(n).is_dir() for n in args.inputs)
    out = _Records(args.format, many)
    bar = progress_bar(len(names), "file") if many and args.progress else None
    failed = len(barren)
    for name in names:
        try:
            data = read_input(name, cleaner.config.max_bytes)
            doc = clean_page(
                data, format=args.mode, url=args.url, language=args.language, encoding=args.encoding
            )
        except (CliError, NewscleanError) as exc:
            failed += 1
            if not many:
                raise
            _say(f"newsclean: {name}: {exc}", bar)
            out.error(name, str(exc))
            continue
        finally:
            if bar is not None:
                bar.update(1)
        for warning in doc.warnings:
            _say(f"newsclean: {name}: warning: {warning}", bar)
        out.document(name, doc, lines=args.lines)
    out.close()
    if bar is not None:
        bar.close()
    return 1 if failed else 0


class _Records:
    """Writes ``clean``'s output: text or Markdown, one JSON value, a JSON array of records, or JSON lines.
    Several inputs make records named by ``id`` (the key ``batch`` uses for a folder's pages)."""

    def __init__(self, fmt: str, many: bool) -> None:
        self.fmt = fmt
        self.many = many
        self.count = 0

    def document(self, name: str, doc: Document, *, lines: bool) -> None:
        """One cleaned input."""
        if self.fmt in ("text", "markdown"):
            body = doc.text if self.fmt == "text" else doc.markdown
            sys.stdout.write(body + ("\n" if body else ""))
            if self.many:
                sys.stdout.write("\n")
            return
        record = doc.to_dict(lines=lines)
        self._write({"id": name, **record} if self.many else record)

    def error(self, name: str, message: str) -> None:
        """An input that failed: a record in its place (JSON formats)."""
        if self.fmt not in ("text", "markdown"):
            self._write({"id": name, "error": message})

    def _write(self, record: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            print(json.dumps(record, ensure_ascii=False))
        elif not self.many:
            print(json.dumps(record, ensure_ascii=False, indent=2))
        else:  # an array, written as it goes
            sys.stdout.write(",\n" if self.count else "[\n")
            sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2))
            sys.stdout.flush()
        self.count += 1

    def close(self) -> None:
        """End the array (an empty one when every input failed)."""
        if self.fmt == "json" and self.many:
            sys.stdout.write("\n]\n" if self.count else "[]\n")


def progress_bar(total: int | None, unit: str, initial: int = 0) -> Any:
    """A tqdm bar on stderr when stderr is a terminal; None otherwise (logs, pipes, CI)."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(
        total=total, initial=initial, unit=unit, desc="newsclean", file=sys.stderr, dynamic_ncols=True
    )


def _say(message: str, bar: Any) -> None:
    """A line on stderr that does not tear the progress bar."""
    if bar is None:
        print(message, file=sys.stderr)
    else:
        bar.write(message, file=sys.stderr)


def _run_explain(args: argparse.Namespace) -> int:
    cleaner = build_cleaner(args, page_account=True)  # HTML: the lines trafilatura left out too
    data = read_input(args.input, cleaner.config.max_bytes)
    with page_cleaner(args, cleaner) as clean_page:
        doc = clean_page(data, format=args.mode, url=args.url, language=args.language, encoding=args.encoding)
    if args.html:
        name = "stdin" if args.input == "-" else Path(args.input).name
        if str(args.html) == "-":
            sys.stdout.write(doc.to_html(name=name))
            return 0
        try:
            args.html.write_text(doc.to_html(name=name), encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot write {str(args.html)!r}: {exc.strerror or exc}") from exc
        print(f"newsclean: wrote {args.html}", file=sys.stderr)
        return 0
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    print(render.explain_lines(doc, colour=colour))
    return 0


def _run_rules(args: argparse.Namespace) -> int:
    cleaner = build_cleaner(args, warm=False)
    ruler = cleaner.ruler
    if args.name and not any(c in args.name for c in "*?["):
        infos = [render.rule_info(render.find_rule(args.name, ruler), ruler)]
    else:
        pattern = args.name or "*"
        import fnmatch

        chosen = [n for n in render.rule_names(ruler) if fnmatch.fnmatchcase(n, pattern)]
        if not chosen:
            ruler.get(pattern)  # raises UnknownRuleError with the valid names
        infos = [render.rule_info(render.find_rule(n, ruler), ruler) for n in chosen]
    if args.format == "json":
        single = bool(args.name) and not any(c in args.name for c in "*?[")
        print(json.dumps(infos[0] if single else infos, ensure_ascii=False, indent=2))
    elif len(infos) == 1 and args.name:
        print(render.rule_text(infos[0]))
    else:
        print(render.rule_table(infos, shutil.get_terminal_size().columns))
    return 0
