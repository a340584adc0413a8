"""The ``newsclean`` command: clean, explain, rules (and batch). Errors are one line, never a traceback."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import newsclean
from newsclean.cli import explain as render
from newsclean.cli.common import CliError, build_cleaner
from newsclean.errors import NewscleanError

_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except CliError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return exc.code
    except NewscleanError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean", description="Clean news pages into article text and metadata."
    )
    version = f"newsclean {newsclean.__version__} ({newsclean.build})"
    parser.add_argument("--version", action="version", version=version)
    sub = parser.add_subparsers(dest="command", required=True)

    clean = sub.add_parser("clean", help="clean files, folders or stdin")
    clean.add_argument("inputs", nargs="*", default=["-"], help="files or folders (default: stdin)")
    clean.add_argument("--format", choices=("text", "json", "jsonl"), default="text", help="output format")
    _config_options(clean)
    clean.set_defaults(run=_run_clean)

    explain = sub.add_parser("explain", help="show every line with its label and the rule that decided it")
    explain.add_argument("input", help="a file, or - for stdin")
    explain.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    _config_options(explain)
    explain.set_defaults(run=_run_explain)

    rules = sub.add_parser("rules", help="list the rules, or document one")
    rules.add_argument("name", nargs="?", help="a rule name (wildcards list the matches)")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    _config_options(rules)
    rules.set_defaults(run=_run_rules)

    from newsclean.cli.batch import add_batch_parser

    add_batch_parser(sub, _config_options)
    return parser


def _config_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, help="a TOML config file (docs/configuration.md)")
    p.add_argument("--preset", help="rule preset: default, conservative, none")
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


def read_input(name: str, max_bytes: int) -> bytes:
    """Bytes of a file or stdin (``-``), refusing what is over ``max_bytes`` before reading it all."""
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(name)
        try:
            if path.is_dir():
                raise CliError(f"{name!r} is a folder: `newsclean clean FOLDER` cleans every file in it")
            size = path.stat().st_size
            if size > max_bytes:
                raise CliError(
                    f"{name!r} is {size:,} bytes, over the limit of {max_bytes:,}; raise it with --max-bytes"
                )
            data = path.read_bytes()
        except OSError as exc:
            raise CliError(f"cannot read {name!r}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise CliError(f"input is over the limit of {max_bytes:,} bytes; raise it with --max-bytes")
    return data


def _expand(inputs: Sequence[str]) -> Iterator[str]:
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES)
            yield from (str(p) for p in found)
        else:
            yield name


def _run_clean(args: argparse.Namespace) -> int:
    cleaner = build_cleaner(args)
    names = list(_expand(args.inputs))
    many = len(names) > 1 or any(n != "-" and Path(n).is_dir() for n in args.inputs)
    fmt = "jsonl" if many and args.format == "json" else args.format
    failed = 0
    for name in names:
        try:
            data = read_input(name, cleaner.config.max_bytes)
            doc = cleaner.clean(
                data, format=args.mode, url=args.url, language=args.language, encoding=args.encoding
            )
        except (CliError, NewscleanError) as exc:
            failed += 1
            if not many:
                raise
            print(f"newsclean: {name}: {exc}", file=sys.stderr)
            if fmt == "jsonl":
                print(json.dumps({"path": name, "error": str(exc)}, ensure_ascii=False))
            continue
        for warning in doc.warnings:
            print(f"newsclean: {name}: warning: {warning}", file=sys.stderr)
        if fmt == "text":
            sys.stdout.write(doc.text + ("\n" if doc.text else ""))
            if many:
                sys.stdout.write("\n")
        elif fmt == "json":
            print(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
        else:
            record = doc.to_dict()
            if many:
                record = {"path": name, **record}
            print(json.dumps(record, ensure_ascii=False))
    return 1 if failed else 0


def _run_explain(args: argparse.Namespace) -> int:
    cleaner = build_cleaner(args)
    doc = cleaner.clean(
        read_input(args.input, cleaner.config.max_bytes),
        format=args.mode,
        url=args.url,
        language=args.language,
        encoding=args.encoding,
    )
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    print(render.explain_lines(doc, colour=colour))
    return 0


def _run_rules(args: argparse.Namespace) -> int:
    cleaner = build_cleaner(args)
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
        for info in infos:
            summary = (
                info["doc"]
                .split("\n", 1)[0]
                .removeprefix("What it removes: ")
                .removeprefix("What it keeps: ")
            )
            state = " (pseudo-rule)" if info["pseudo"] else "" if info["enabled"] else " (disabled)"
            print(f"{info['name']:<24} {info['label']:<11} {summary}{state}")
    return 0
