"""newsclean's exceptions: one tree, each class also a subclass of the builtin it resembles.

* NewscleanError
  + InputError (ValueError)        the input can't be cleaned: empty path, a directory, too large
  + DecodeError (UnicodeError)     bytes that no encoding turns into text
  + ConfigError (ValueError)       a malformed config file or option
  + RuleError (RuntimeError)       a rule raised; names the rule
    + UnknownRuleError (KeyError)  a rule name or pattern that matches nothing; lists the valid ones
  + PluginError (ImportError)      a third-party rule pack failed to load; names the entry point
  + BudgetError (TimeoutError)     a document ran past its time budget
  + MissingExtraError (ImportError) an optional extra (parquet, zstd, dask...) is not installed

Every message says what to do next.
"""

from __future__ import annotations

from collections.abc import Iterable


class NewscleanError(Exception):
    """Root of every error newsclean raises on purpose."""


class InputError(NewscleanError, ValueError):
    """The input can't be cleaned as given (missing file, a directory, over the size limit...)."""


class DecodeError(NewscleanError, UnicodeError):
    """Bytes that no encoding turns into text."""


class ConfigError(NewscleanError, ValueError):
    """A malformed configuration file or option."""


class RuleError(NewscleanError, RuntimeError):
    """A rule raised while labelling a page. ``rule`` names it."""

    def __init__(self, rule: str, cause: BaseException) -> None:
        self.rule = rule
        self.cause = cause
        super().__init__(
            f"rule {rule!r} raised {type(cause).__name__}: {cause}. "
            f"Disable it with `disable({rule!r})` or `newsclean clean --disable {rule}`."
        )


class UnknownRuleError(RuleError, KeyError):
    """A rule name (or wildcard) that matches no known rule."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        self.name = name
        self.known = sorted(known)
        NewscleanError.__init__(
            self,
            f"unknown rule {name!r}. Known rules: {', '.join(self.known)}. "
            "Run `newsclean rules` to see what each does.",
        )
        self.rule = name

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class RuleChainError(ConfigError):
    """A rule chain that cannot run as built: a rule needs one that is missing or placed after
    it, or declares something unknown. ``rule`` names the rule whose declaration fails."""

    def __init__(self, rule: str, problem: str) -> None:
        self.rule = rule
        super().__init__(f"rule {rule!r} {problem}")


class PluginError(NewscleanError, ImportError):
    """A rule pack registered under the ``newsclean.rules`` entry point failed to load."""

    def __init__(self, entry_point: str, cause: BaseException) -> None:
        self.entry_point = entry_point
        self.cause = cause
        super().__init__(
            f"rule pack {entry_point!r} failed to load: {type(cause).__name__}: {cause}. "
            "Fix or uninstall the pack, or set NEWSCLEAN_NO_PLUGINS=1 to skip all packs."
        )


class BudgetError(NewscleanError, TimeoutError):
    """A document ran past its time budget."""


class MissingExtraError(NewscleanError, ImportError):
    """An optional dependency (an extra of the package) is needed for this feature."""

    def __init__(self, module: str, extra: str, why: str) -> None:
        super().__init__(f"{why} needs {module}: pip install 'newsclean[{extra}]'")
