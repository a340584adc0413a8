"""newsclean: clean article text, metadata and a reason for every removed line.

>>> import newsclean
>>> doc = newsclean.clean("Title of the story\\n\\nThe first sentence of the story is here, and long.")
>>> doc.text
'The first sentence of the story is here, and long.'
"""

from newsclean.config import CleanConfig, SiteConfig
from newsclean.errors import (
    BudgetError,
    ConfigError,
    DecodeError,
    InputError,
    MissingExtraError,
    NewscleanError,
    PluginError,
    RuleError,
    UnknownRuleError,
)
from newsclean.labels import Label
from newsclean.model import Article, Document, Line, Metadata
from newsclean.pipeline import Cleaner, clean
from newsclean.ruler import Rule, Ruler, rule

__all__ = [
    "Article",
    "BudgetError",
    "CleanConfig",
    "Cleaner",
    "ConfigError",
    "DecodeError",
    "Document",
    "InputError",
    "Label",
    "Line",
    "Metadata",
    "MissingExtraError",
    "NewscleanError",
    "PluginError",
    "Rule",
    "RuleError",
    "Ruler",
    "SiteConfig",
    "UnknownRuleError",
    "clean",
    "rule",
]
__version__ = "0.1.0"
