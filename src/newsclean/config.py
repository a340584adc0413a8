"""CleanConfig: every option in one frozen object, loadable from a TOML file.

Options (defaults in brackets):

* ``preset`` ["default"]: which built-in rules run. ``default`` is everything; ``conservative``
  only removes lines matched by phrase lists and feed/meta patterns (no structural guessing);
  ``none`` removes nothing (useful to see lines and offsets, and in tests).
* ``enable`` / ``disable`` [()]: rule names or wildcards (``"ads.*"``) switched after the preset.
* ``phrase_languages`` [None]: phrase files to read; None reads every packaged language,
  which suits pages that mix languages (English UI words on a Bengali site). Restrict it when
  a phrase of one language is a common word in yours.
* ``phrases`` [{}]: extra phrases, ``{language: {list_name: [phrase, ...]}}``.
* ``sites`` [{}]: per-site settings keyed by host (``"example.com"`` also matches
  ``www.example.com``): ``enable``, ``disable`` and ``phrases`` applied when ``url`` matches.
* ``max_bytes`` [10_000_000]: larger inputs raise :class:`InputError` (news pages are rarely
  over 1 MB; raise it for book-length text).
* ``time_budget`` [30.0]: seconds per document before :class:`BudgetError`; None for no limit.
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
    def from_file(cls, path: str | Path) -> CleanConfig:
        """Load a TOML config (see docs/configuration.md for the format)."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read config {str(path)!r}: {exc}") from exc
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CleanConfig:
        """Build a config from plain data (the parsed TOML), checking every type."""
        data = dict(data)
        sites = {host: _site(host, value) for host, value in dict(data.pop("sites", {})).items()}
        phrases = {lang: _lists(f"phrases.{lang}", v) for lang, v in dict(data.pop("phrases", {})).items()}
        kwargs: dict[str, Any] = {"sites": sites, "phrases": phrases}
        for key in ("enable", "disable"):
            if key in data:
                kwargs[key] = _names(key, data.pop(key))
        if "phrase_languages" in data:
            kwargs["phrase_languages"] = _names("phrase_languages", data.pop("phrase_languages"))
        for key, kind in (
            ("preset", str),
            ("max_bytes", int),
            ("time_budget", (int, float)),
            ("load_plugins", bool),
            ("include_links", bool),
            ("include_images", bool),
            ("page_account", bool),
        ):
            if key in data:
                value = data.pop(key)
                if not isinstance(value, kind):
                    raise ConfigError(f"option {key!r} has the wrong type: {value!r}")
                kwargs[key] = value
        if data:
            raise ConfigError(f"unknown config key(s): {', '.join(sorted(data))}")
        return cls(**kwargs)


def _names(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key!r} must be a list of strings")
    return tuple(value)


def _lists(where: str, value: Any) -> PhraseLists:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where!r} must map list names to lists of phrases")
    return {key: _names(f"{where}.{key}", v) for key, v in value.items()}


def _site(host: str, value: Any) -> SiteConfig:
    if not isinstance(value, Mapping):
        raise ConfigError(f"sites.{host!r} must be a table")
    value = dict(value)
    site = SiteConfig(
        enable=_names("enable", value.pop("enable", ())),
        disable=_names("disable", value.pop("disable", ())),
        phrases=_lists(f"sites.{host}.phrases", value.pop("phrases", {})),
    )
    if value:
        raise ConfigError(f"unknown key(s) in sites.{host!r}: {', '.join(sorted(value))}")
    return site
