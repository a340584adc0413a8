"""CleanConfig: every option in one frozen object, loadable from a TOML file.

Options (defaults in brackets):

* ``preset`` ["default"]: which built-in rules run. ``default`` is everything; ``conservative``
  only removes lines matched by phrase lists and feed/meta patterns (no structural guessing);
  ``none`` removes nothing (useful to see lines and offsets, and in tests).
* ``favor`` ["balanced"]: the precision/recall dial, ``"precision"``, ``"balanced"`` or
  ``"recall"``: which structural rules run on top of the preset (``newsclean.rules.favor``;
  docs/configuration.md has what each setting switches and its figures).
* ``enable`` / ``disable`` [()]: rule names or wildcards (``"ad.*"``) switched after the preset.
* ``phrase_languages`` [None]: phrase files to read; None reads every packaged language,
  which suits pages that mix languages (English UI words on a Bengali site). Restrict it when
  a phrase of one language is a common word in yours.
* ``phrases`` [{}]: extra phrases, ``{language: {list_name: [phrase, ...]}}``.
* ``sites`` [{}]: per-site settings keyed by host (``"example.com"`` also matches
  ``www.example.com``): ``enable``, ``disable`` and ``phrases`` applied when ``url`` matches.
* ``max_bytes`` [10_000_000]: larger inputs raise :class:`InputError` (news pages are rarely
  over 1 MB; raise it for book-length text).
* ``time_budget`` [30.0]: seconds per document before :class:`BudgetError`; None for no limit.
  The CLI and ``newsclean batch`` use 10 seconds (``CLI_DEFAULTS`` in ``newsclean.cli.main``);
  docs/limits.md says how the budget is enforced.
* ``include_links`` / ``include_images`` [False]: HTML mode's ``Document.markdown`` keeps the
  article's links as ``[text](url)`` / its images as ``![alt](src)`` (trafilatura then keeps
  them while extracting, so the plain ``text`` may gain an image's line).
* ``page_account`` [False]: HTML mode's ``Document.lines`` covers the page's whole visible
  text, the lines trafilatura left out labelled by their element with the rule ``html.dom``
  (a second parse of the page; ``newsclean explain`` turns it on).
* ``load_plugins`` [True]: load rule packs from the ``newsclean.rules`` entry point
  (``NEWSCLEAN_NO_PLUGINS=1`` turns this off everywhere).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from newsclean.errors import ConfigError

PhraseLists = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """Settings applied to pages whose URL host matches."""

    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    phrases: PhraseLists = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """How to clean; see the module docstring for every option and when to change it."""

    preset: str = "default"
    favor: str = "balanced"
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    phrase_languages: tuple[str, ...] | None = None
    phrases: Mapping[str, PhraseLists] = field(default_factory=dict)
    sites: Mapping[str, SiteConfig] = field(default_factory=dict)
    max_bytes: int = 10_000_000
    time_budget: float | None = 30.0
    load_plugins: bool = True
    include_links: bool = False
    include_images: bool = False
    page_account: bool = False

    def __post_init__(self) -> None:
        """Check every option's type and range (a wrong one raises :class:`ConfigError` naming it);
        lists become tuples, so ``disable=["ads.*"]`` works and the config stays hashable-ish."""
        if not isinstance(self.preset, str):
            raise ConfigError(f"option 'preset' must be a string, not {self.preset!r}")
        if not isinstance(self.favor, str):
            raise ConfigError(f"option 'favor' must be a string, not {self.favor!r}")
        for key in ("enable", "disable"):
            object.__setattr__(self, key, _names(key, getattr(self, key)))
        if self.phrase_languages is not None:
            object.__setattr__(self, "phrase_languages", _names("phrase_languages", self.phrase_languages))
        object.__setattr__(self, "phrases", _phrases(self.phrases))
        object.__setattr__(self, "sites", _sites(self.sites))
        if isinstance(self.max_bytes, bool) or not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ConfigError(
                f"option 'max_bytes' must be a positive whole number of bytes, not {self.max_bytes!r}"
            )
        budget = self.time_budget
        if budget is not None and (
            isinstance(budget, bool)
            or not isinstance(budget, int | float)
            or not math.isfinite(budget)
            or budget < 0
        ):
            raise ConfigError(
                f"option 'time_budget' must be a number of seconds (0 or more) or None, not {budget!r}"
            )
        for key in ("load_plugins", "include_links", "include_images", "page_account"):
            if not isinstance(getattr(self, key), bool):
                raise ConfigError(f"option {key!r} must be true or false, not {getattr(self, key)!r}")

    def merged(self, **overrides: Any) -> CleanConfig:
        """A copy with ``overrides`` applied; unknown option names raise :class:`ConfigError`."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ConfigError(f"unknown option(s) {', '.join(unknown)}. Known: {', '.join(sorted(known))}")
        return replace(self, **overrides)

    def site_for(self, host: str | None) -> SiteConfig | None:
        """The site settings whose key is ``host`` or a parent domain of it."""
        if not host:
            return None
        host = host.lower().rstrip(".")
        for key, site in self.sites.items():
            key = key.lower()
            if host == key or host.endswith("." + key):
                return site
        return None

    @classmethod
    def from_file(cls, path: str | Path, defaults: Mapping[str, Any] | None = None) -> CleanConfig:
        """Load a TOML config (see docs/configuration.md for the format); ``defaults`` fill the
        options it leaves out (the CLI's limits, for instance)."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read config {str(path)!r}: {exc}") from exc
        return cls.from_dict({**(defaults or {}), **data})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CleanConfig:
        """Build a config from plain data (the parsed TOML), checking every type."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"a config must be a table of options, not {type(data).__name__}")
        data = dict(data)
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"unknown config key(s): {', '.join(unknown)}")
        return cls(**data)  # __post_init__ checks every type, naming the key


def _names(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple | set | frozenset):
        raise ConfigError(f"{key!r} must be a list of strings, not {value!r}")
    if not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key!r} must be a list of strings")
    return tuple(value)


def _lists(where: str, value: Any) -> PhraseLists:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where!r} must map list names to lists of phrases")
    return {str(key): _names(f"{where}.{key}", v) for key, v in value.items()}


def _phrases(value: Any) -> Mapping[str, PhraseLists]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"'phrases' must map languages to tables of phrase lists, not {value!r}")
    return {str(lang): _lists(f"phrases.{lang}", v) for lang, v in value.items()}


def _sites(value: Any) -> Mapping[str, SiteConfig]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"'sites' must map hosts to site tables, not {value!r}")
    return {str(host): v if isinstance(v, SiteConfig) else _site(host, v) for host, v in value.items()}


def _site(host: str, value: Any) -> SiteConfig:
    if not isinstance(value, Mapping):
        raise ConfigError(f"sites.{host!r} must be a table")
    value = dict(value)
    site = SiteConfig(
        enable=_names(f"sites.{host}.enable", value.pop("enable", ())),
        disable=_names(f"sites.{host}.disable", value.pop("disable", ())),
        phrases=_lists(f"sites.{host}.phrases", value.pop("phrases", {})),
    )
    if value:
        raise ConfigError(f"unknown key(s) in sites.{host!r}: {', '.join(sorted(value))}")
    return site
