"""newsclean: clean article text, metadata and a reason for every removed line.

>>> import newsclean
>>> doc = newsclean.clean("Title of the story\\n\\nThe first sentence of the story is here, and long.")
>>> doc.text
'The first sentence of the story is here, and long.'
"""

from importlib.machinery import EXTENSION_SUFFIXES as _EXTENSION_SUFFIXES

from newsclean.analysis import page as _page
from newsclean.config import CleanConfig, SiteConfig
from newsclean.engine import labelling as _label
from newsclean.engine.context import Context
from newsclean.engine.ruler import Rule, Ruler, rule
from newsclean.errors import (
    BudgetError,
    ConfigError,
    DecodeError,
    InputError,
    MissingExtraError,
    NewscleanError,
    PluginError,
    RuleChainError,
    RuleError,
    UnknownRuleError,
)
from newsclean.labels import Gives, Label
from newsclean.model import Article, Document, Line, Metadata
from newsclean.pipeline import Cleaner, clean
from newsclean.text import features as _features

__all__ = [
    "Article",
    "BudgetError",
    "CleanConfig",
    "Cleaner",
    "ConfigError",
    "Context",
    "DecodeError",
    "Document",
    "Gives",
    "InputError",
    "Label",
    "Line",
    "Metadata",
    "MissingExtraError",
    "NewscleanError",
    "PluginError",
    "Rule",
    "RuleChainError",
    "RuleError",
    "Ruler",
    "SiteConfig",
    "UnknownRuleError",
    "clean",
    "rule",
]
__version__ = "0.1.0"

#: True in the mypyc-compiled build (``HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .``): the hot
#: stages were imported from extension modules, not from their ``.py`` files.
compiled: bool = all(
    (module.__file__ or "").endswith(tuple(_EXTENSION_SUFFIXES)) for module in (_features, _label, _page)
)
#: The build in words, as the CLI's ``--version``, the benchmark runner and pytest's header print it.
build: str = "mypyc-compiled" if compiled else "pure Python"
