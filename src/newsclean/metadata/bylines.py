"""Bylines: who wrote the article, read from one head line ("By Jane Doe and John Roe, Staff").

A byline is a lead word ("By", "Von", "Автор:", "بقلم", from ``data/head.toml``) followed by
one or more names, or a bare name in the article head (``metadata/head.py`` decides where a bare
name counts). The name part ends where the line goes on with something else: a date, a
separator (`` | ``, `` - ``, `` / ``, `` · ``), "Published"/"Updated", a reading time.
``author`` keeps the byline as printed (roles and credentials after a comma included);
``names`` splits the people apart and drops the roles.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex

from newsclean.text import dates

#: A name part longer than this is a sentence that starts with a name, not a byline.
MAX_NAME_WORDS = 12
#: One person's name: at most this many words (particles and initials included).
MAX_PERSON_WORDS = 5
# Separators after which a byline line goes on with something else (date, section, site).
_SEPARATOR = regex.compile(r"\s+[|/·•●⋅–—»-]\s+|\s{2,}|\s*[|·•●⋅]\s*|\s+-{1,2}\s*(?=\d)|\s+@\s?\w")
_SENTENCE_STOP = regex.compile(r"(?<=\p{Ll}{2})\.\s+\p{Lu}")
_DIGIT = regex.compile(r"\d")
_EDGE_PUNCT = " \t:：,;|-–—/·•●⋅»()[]*"
_TOKEN = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.\-]*")
#: A forum user name: one token of letters, digits, "." "_" "-" (a letter in it).
_USER_TOKEN = regex.compile(r"(?=[\p{L}\p{N}._-]*\p{L})[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{2,39}")


#: The head reader's rules read the same lines again (a byline near the headline, an author box,
#: a dated lead byline...), and HTML mode reads the visible head and trafilatura's text, which
#: share their head lines: half of a page's byline parses repeat one before (ScrapingHub). The
#: parses depend on the line alone (and the packaged word lists), so they are remembered while
#: one page is cleaned (:func:`forget_parses`).
_remembered = lru_cache(maxsize=4096)


def forget_parses() -> None:
    """Drop the remembered byline parses: called as each page's cleaning starts, so that what is
    remembered is the page's own repeats (memory stays bounded by one page, and a benchmark
    that cleans a page twice measures the parsing both times)."""
    for parse in (parse_byline, thread_starter, user_byline):
        parse.cache_clear()


@dataclass(frozen=True, slots=True)
class Byline:
    """A byline found in a line: the author string, the people, and how it was recognised."""

    author: str
    names: tuple[str, ...]
    lead: bool  # introduced by a lead word ("By"), else a bare name


@cache
def _table() -> dict[str, list[str]]:
    raw = resources.files("newsclean.data").joinpath("head.toml").read_text("utf-8")
    table = {key: [str(v) for v in values] for key, values in tomllib.loads(raw).items()}
    for key in ("before_lead", "not_name_words"):  # one list of weekdays, read into both
        table[key] = table[key] + table["weekdays"]
    return table


@cache
def head_words(key: str) -> frozenset[str]:
    """One list of ``data/head.toml``, casefolded (built once: the head reader asks for lists
    dozens of times a page)."""
    return frozenset(word.casefold() for word in _table()[key])


@cache
def _lead() -> regex.Pattern[str]:
    """A lead word at a word boundary, then optional ``:``; longest leads first."""
    leads = sorted(_table()["byline_leads"], key=len, reverse=True)
    alts = "|".join(regex.escape(lead).replace(r"\ ", r"\s+") for lead in leads)
    return regex.compile(rf"(?<![\w])(?:{alts})(?![\w])\s*[:：]?\s*", regex.I)


# Characters at the end of a line long enough to hold any lead's last word.
_LEAD_TAIL = 24


@cache
def _lead_ends() -> tuple[str, ...]:
    """The last words of the lead words ("by" of "written by"), casefolded: a line that ends
    with a lead ends with one of them."""
    return tuple({lead.split()[-1].casefold() for lead in _table()["byline_leads"]})


@cache
def _joiner() -> regex.Pattern[str]:
    words = sorted(_table()["name_joiners"], key=len, reverse=True)
    alts = "|".join(regex.escape(w) for w in words)
    return regex.compile(rf"\s*,?\s+\(?(?:{alts})\s+|\s*[,;&()]\s*|\s+&\s+", regex.I)


@cache
def _stops(connectives: bool = True) -> regex.Pattern[str]:
    """Words after which a byline line is about something else: published/updated/reading; and
    with ``connectives`` the small words that go on a lead byline ("By Jane Doe in Politics",
    "... on March 3"), which may be words of a line a bare name is not ("Tips for Travel")."""
    words = [*_table()["reading_time"], "published", "updated", "last updated", "posted"]
    if connectives:
        words += ["on", "in", "for", "am", "le", "el"]
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"\s+(?:{alts})(?![\w])", regex.I)


def lead_at(text: str, *, anywhere: bool) -> regex.Match[str] | None:
    """The lead word of a byline: at the start of ``text``, or (``anywhere``) after a date or a
    separator as in "September 1st, 2023 By Emily Norwood" (then the name must start upper-case)."""
    pattern = _lead()
    m = pattern.match(text)
    if m is not None or not anywhere:
        return m
    for m in pattern.finditer(text):
        rest = text[m.end() :]
        # Only dates and a few words before it ("Published August 7, 2023 by"), or a separator
        # ("Le Monde | 4 May 2015 | Par Martin Untersinger"): "Sort by
        # Color", "Powered by WordPress" and "Developed by Studio X" are no bylines.
        before = text[: m.start()]
        if rest[:1].isupper() and (_only_stamp(before) or _AFTER_SEPARATOR.search(before)):
            return m
    return None


def stamp_then_lead(text: str) -> bool:
    """Rule ``head.stamp_lead``: a line of a date and publication words that ends with a lead
    word, the name on the next line ("Written on Mar 17 by" / "Pippin Lee", "Posted on March
    3, 2024 by" / "Jane Doe", "Publié le 3 mai 2021 par" / ...: the author a link the scraper
    put on a line of its own)."""
    stripped = text.rstrip(" :：")
    if not stripped[-_LEAD_TAIL:].casefold().endswith(_lead_ends()):
        return False  # most lines: no lead word at the end, and the pattern need not run
    for m in _lead().finditer(stripped):
        if m.end() < len(stripped) or not m.start():
            continue
        before = stripped[: m.start()]
        if dates.find_dates(before, default_year=dates.ANY_YEAR) and _only_stamp(before):
            return True
    return False


# A lead right after a separator starts a part of its own ("Le Monde | 04.05.2015 | Par ...").
_AFTER_SEPARATOR = regex.compile(r"\s[|•·●⋅]\s*$")
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _only_stamp(before: str) -> bool:
    """Text before a lead word that is only dates and publication words ("Last updated on August
    2, 2025", "Published"): "Sort by Color" and "Powered by Shopify" are no bylines."""
    found = dates.find_dates(before, default_year=dates.ANY_YEAR)
    words = _WORD.findall(dates.without_dates(before, found))
    allowed = head_words("before_lead")
    return all(word.casefold() in allowed for word in words)


def name_part(text: str, *, stops: bool = True) -> str:
    """``text`` up to where it stops being names: a date, a separator, a stop word ("Published",
    "in"; with ``stops`` False only the head's own words: a bare name is the whole line but for
    dates, stamps and separators, "Travel Insurance for Yoga" is no name cut short), a digit."""
    cut = len(text)
    for found in dates.find_dates(text, default_year=dates.ANY_YEAR):  # "March 18 at 12:22 PM" too
        cut = min(cut, found.start)
        break
    for pattern in (_SEPARATOR, _SENTENCE_STOP, _stops(stops), _DIGIT):
        m = pattern.search(text, 0, cut)
        if m is not None:
            cut = min(cut, m.start() + (1 if pattern is _SENTENCE_STOP else 0))
    return _strip_edges(text[:cut])


def _strip_edges(text: str) -> str:
    """``text`` without punctuation at its ends, but for the bracket that closes one it opened:
    "Martin Untersinger (avec Damien Leloup et Morgane Tual)"; and without a sentence's full stop
    after a whole word ("Erik Demaine." ends a sentence; "Jeff T." and "Jr." end with initials
    or abbreviations, which keep theirs)."""
    part = text.strip(_EDGE_PUNCT)
    if part.count("(") > part.count(")") and text.rstrip(" \t:,;|").endswith(")"):
        part += ")"
    last = part.rsplit(None, 1)[-1] if part else ""
    if last.endswith(".") and "." not in last[:-1] and len(last) > _ABBREVIATION_CHARS:
        part = part[:-1]
    return part


#: A last word of at most this many characters with its full stop is an initial or an
#: abbreviation ("T.", "Jr.", "Sr."), not a sentence's end.
_ABBREVIATION_CHARS = 3


def person_like(part: str) -> bool:
    """A person's name shape: 1-5 words, each capitalised (or in a script without case), an
    initial, a title ("Dr.") or a particle ("van"); no digits; not a menu word."""
    tokens = part.split()
    if not 1 <= len(tokens) <= MAX_PERSON_WORDS or _DIGIT.search(part):
        return False
    if part.casefold() in head_words("not_names"):
        return False
    particles, titles = head_words("name_particles"), head_words("name_titles")
    named = 0
    for token in tokens:
        folded = token.casefold()
        if folded in particles or folded in titles:
            continue
        if _TOKEN.fullmatch(token) is None:
            return False
        first = token[0]
        if first.islower():
            return False
        named += 1
    return named >= 1


def split_names(author: str) -> tuple[str, ...]:
    """The people of a byline: split at "and", "&" and commas; roles and credentials (parts that
    are not name-shaped: "Senior Reporter", "MS, RD") are dropped."""
    parts = [p.strip(_EDGE_PUNCT) for p in _joiner().split(author)]
    names = [p for p in parts if p and person_like(p) and not _role_like(p)]
    return tuple(dict.fromkeys(names))


def _role_like(part: str) -> bool:
    """Credentials ("MS", "RD", "PhD") and role phrases ("Senior Staff Technologist"): all-caps
    short tokens, or a word of a job title."""
    tokens = part.split()
    if all(t.isupper() and len(t.strip(".")) <= 4 for t in tokens):
        return len(tokens) == 1 or all(len(t) <= 3 for t in tokens)
    roles = head_words("role_words")
    return any(token.casefold().strip(".") in roles for token in tokens)


#: A role line under a name ("Senior Autos Reporter", "Founder & CEO"): at most this many words.
ROLE_LINE_WORDS = 6


def role_line(text: str) -> bool:
    """A line naming a job rather than a person: a few words, no digits, one of them a role
    word ("Content Editor", "Founder & CEO", "SEO Copywriter")."""
    tokens = text.split()
    if not 1 <= len(tokens) <= ROLE_LINE_WORDS or _DIGIT.search(text):
        return False
    roles = head_words("role_words")
    return any(token.casefold().strip(".,:;()") in roles for token in tokens)


@cache
def _reading_time() -> regex.Pattern[str]:
    words = sorted(_table()["reading_time"], key=len, reverse=True)
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return regex.compile(rf"(?<!\w)(?:{alts})(?!\w)", regex.I)


def reading_time(text: str) -> bool:
    """The line gives a reading time ("16 min read", "5 Min. Lesezeit")."""
    return _reading_time().search(text) is not None


@_remembered
def parse_byline(
    text: str, *, lead_required: bool, anywhere: bool = False, led: bool = False
) -> Byline | None:
    """The byline ``text`` holds, or None.

    With a lead word, everything up to the end of the name part is the author string, when it
    has at least one name-shaped part and no more than ``MAX_NAME_WORDS`` words. ``led``: the
    lead word stood alone on the line above ("By" / "Taya Iv"), so the line is read as if it
    began with it. Without one (``lead_required`` False: the caller knows the line stands in
    the head), the name part must be name-shaped parts and nothing else: one person (with
    credentials after a comma: "Dylan Bailey, MS, RD"), or several people who each look like a
    person ("Rui Ma, Heba Ledwon & Suparn Patra").
    """
    m = None if led else lead_at(text, anywhere=anywhere)
    if m is None and lead_required:
        return None
    rest = text[m.end() :] if m is not None else text
    if m is not None:  # rule byline.lead_twice: "Written by by Rebecca MacFarlane" (a template's "by")
        again = _lead().match(rest)
        if again is not None and rest[again.end() :][:1].isupper():
            rest = rest[again.end() :]
    bare = m is None and not led
    author = trim_roles(name_part(rest, stops=not bare))
    if not author or len(author.split()) > MAX_NAME_WORDS:
        return None
    tokens = author.split()
    half = len(tokens) // 2
    if half and tokens[:half] == tokens[half:]:  # "Colin Gray Colin Gray": a name printed twice
        author = " ".join(tokens[:half])
    names = split_names(author)
    if not names and _team(author) and (not bare or _bare_team(author)):
        # "By Marketing Team": the byline says so; a bare team ("The Upwork Team", "Podium
        # Staff") where the caller found a bare name's evidence beside it (rule head.team)
        return Byline(author, (author,), not bare)
    if bare and not (names and _bare_names(author, names)):
        person = _before_role(author) or name_then_role(author)  # "Rasmus Barslund Founder"
        if person is None:
            return None
        author, names = person, (person,)
    if not names:
        return None
    if led and any(_label_word(token) for token in author.split()):
        return None  # "Author" / "Posts": a forum's column headings
    if not bare and not led:  # "By A. J. Neal View": a button after the name
        tokens = author.split()
        while len(tokens) > 1 and _label_word(tokens[-1]):
            tokens.pop()
        if len(tokens) < len(author.split()):
            author = " ".join(tokens)
            names = split_names(author) or names
    return Byline(author, names, not bare)


def segment_names(text: str) -> Byline | None:
    """A bare name that is one part of a dated head line, between its dates and separators:
    "Dec 26, 2025 • Mahua Das in Project Management", "Zach Lezberg | May 22, 2025",
    "September 1, 2016 September 8, 2016 Autumn Adams". The first part made of names only (the
    connective words of a byline cut it: "in", "on") is the byline."""
    found = dates.find_dates(text, default_year=dates.ANY_YEAR)
    pieces, at = [], 0
    for d in found:
        pieces.append(text[at : d.start])
        at = d.end
    pieces.append(text[at:])
    for piece in pieces:
        for segment in _SEPARATOR.split(piece):
            segment = segment.strip(_EDGE_PUNCT)
            if not segment or segment == text.strip(_EDGE_PUNCT):
                continue
            author = trim_roles(name_part(segment))
            names = split_names(author) if author else ()
            if names and _bare_names(author, names):
                return Byline(author, names, False)
    return None


@cache
def _user_lead() -> regex.Pattern[str]:
    leads = sorted(_table()["user_leads"], key=len, reverse=True)
    alts = "|".join(regex.escape(lead).replace(r"\ ", r"\s+") for lead in leads)
    return regex.compile(rf"(?:^|(?<=[\s'\"’.]))(?:{alts})\s*[:：]?\s+(?P<user>\S.*)", regex.I)


@cache
def _starter_label() -> regex.Pattern[str]:
    labels = sorted(_table()["starter_labels"], key=len, reverse=True)
    alts = "|".join(regex.escape(label).replace(r"\ ", r"\s+") for label in labels)
    return regex.compile(rf"^\s*(?P<user>{_USER_TOKEN.pattern})\s+(?:{alts})\s*$", regex.I)


@cache
def _poster_card() -> regex.Pattern[str]:
    words = sorted(_table()["poster_card_words"], key=len, reverse=True)
    alts = "|".join(regex.escape(word) for word in words)
    return regex.compile(
        rf"^\s*(?:(?P<labelled>(?:{alts})\s*[:：]\s*\S)|[\d.,]+[kKmM]?\s+(?:{alts})(?!\w))", regex.I
    )


def poster_card(text: str) -> bool:
    """A line of a forum poster's card: "Posts: 2", "563 posts", "2,994 posts · Joined 2021",
    "Joined: Sun Dec 17, 2023", "Beiträge: 12" (``poster_card_words`` in ``data/head.toml``);
    "N posts" only with nothing but counts and card words ("16 posts • Page 1 of 1" counts a
    thread's posts, not a user's)."""
    m = _poster_card().match(text)
    if m is None:
        return False
    if m.group("labelled"):
        return True
    found = dates.find_dates(text, default_year=dates.ANY_YEAR)
    words = head_words("poster_card_words") | head_words("before_lead")
    left = dates.without_dates(text, found)
    return all(_COUNT.fullmatch(w) or w.casefold() in words for w in _WORD.findall(left))


_COUNT = regex.compile(r"\d+[kKmM]?")


def user_name(text: str) -> str | None:
    """A user name alone on a line, or before a separator and a rank ("luizjr4 | Premium"): one
    token of any shape ("b.scherer") or up to ``USER_NAME_WORDS`` words ("Outer Armatonisdaristan")."""
    part = _SEPARATOR.split(text.strip())[0].strip(_EDGE_PUNCT)
    if _USER_TOKEN.fullmatch(part) is not None:
        return part
    if 1 < len(part.split()) <= USER_NAME_WORDS and person_like(part):
        return part
    return None


#: A forum user name: at most this many words ("Children of Bodom").
USER_NAME_WORDS = 4


#: A line naming a thread's starter inside it ("Discussion in 'Hosting' started by pelex, May
#: 26, 2025."): at most this many words; a longer one is a post's prose.
STARTER_LINE_WORDS = 15


@_remembered
def thread_starter(text: str) -> Byline | None:
    """A forum thread's author after its lead ("Thread starter FutureBSD", "Started by
    pippin06, May 26", "Discussion in 'Hosting' started by pelex"): a user name of any shape,
    up to a separator, a comma or a date; or before a starter's label (rule
    ``head.starter_label``: "sanmartinwatch Discussion starter", "jdoe OP")."""
    if len(text.split()) > STARTER_LINE_WORDS:
        return None
    labelled = _starter_label().match(text)
    if labelled is not None and not _label_word(labelled.group("user")):
        user = labelled.group("user")
        return Byline(user, (user,), True)
    m = _user_lead().search(text)
    if m is None:
        return None
    rest = m.group("user")
    found = dates.find_dates(rest, default_year=dates.ANY_YEAR)
    rest = rest[: found[0].start] if found else rest
    user = _SEPARATOR.split(rest)[0].split(",")[0].strip(_EDGE_PUNCT)
    # Inside a line the name is one word, ended by a comma, a date or the line's end ("the
    # project started by Google in 2010" is a sentence).
    words = 1 if m.start() > 0 else USER_NAME_WORDS
    if not user or len(user.split()) > words:
        return None
    return Byline(user, (user,), True)


_CLOCK = regex.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?", regex.I)
_GAP_WORD = regex.compile(r"[\p{L}\p{N}]+")


@_remembered
def user_byline(text: str, *, title: str | None = None) -> tuple[Byline, bool] | None:
    """Rule ``head.user_byline``: a lead word and a forum user name of any shape, then the post's
    date: "Posted by johnanddoc on 07/03/24 02:57 PM", "by b.scherer » Sun Dec 17, 2023",
    "Publié par jdupont le 3 mai 2021",
    "Hybrid Quantum Computing by Alphabyte1: 3:21pm On Mar 09, 2023" (the lead after the
    thread's ``title``, which the line repeats). A user name is written as its owner chose
    ("jsteinhardt", "Alphabyte1"), so its shape says nothing: the date right after it (only
    separators, a clock time, a weekday and ``date_connectives`` between) says the line is a post's
    stamp. The flag is True when the line ends after the name ("by jsteinhardt"): the caller
    wants the date on the next line then. Not a label, a weekday or a month ("By March 3")."""
    start = 0
    if title and text.casefold().startswith(title) and text[len(title) : len(title) + 1].isspace():
        start = len(text) - len(text[len(title) :].lstrip())
    # the lead first, or after publication words only ("Publié par jdupont le 3 mai 2021")
    m = next((m for m in _lead().finditer(text, start) if _only_stamp(text[start : m.start()])), None)
    if m is None:
        return None
    rest = text[m.end() :]
    um = _USER_TOKEN.match(rest)
    if um is None:
        return None
    user = um.group().rstrip(".-_")
    folded = user.casefold()
    if len(user) < 3 or folded in head_words("not_name_words") or folded in head_words("not_names"):
        return None
    after = rest[um.end() :]
    if after[:1].isalnum():
        return None
    if not after.strip(_EDGE_PUNCT):
        return Byline(user, (user,), True), True
    found = dates.find_dates(rest, default_year=dates.ANY_YEAR)
    if not found or found[0].start < um.end():
        return None  # "By March 3, 2025": the name is the date's month
    gap = _CLOCK.sub(" ", rest[um.end() : found[0].start])
    connectives = head_words("date_connectives") | head_words("before_lead")  # weekdays too
    if any(word.casefold() not in connectives for word in _GAP_WORD.findall(gap)):
        return None
    return Byline(user, (user,), True), False


def _label_word(token: str) -> bool:
    folded = token.casefold().strip(".,")
    return folded in head_words("not_name_words") or folded in head_words("not_names")


#: A team a byline names: at most this many words ("The Upwork Team").
TEAM_WORDS = 4


def _team(author: str) -> bool:
    """A team or desk a lead byline names ("By Marketing Team", "by SolutionsHub Editorial
    Team"): capitalised words ending with a team word (``team_words`` in ``data/head.toml``)."""
    tokens = author.split()
    return (
        1 <= len(tokens) <= TEAM_WORDS
        and tokens[-1].casefold() in head_words("team_words")
        and all(t[:1].isupper() for t in tokens)
    )


def _bare_team(author: str) -> bool:
    """Rule ``head.team``: a team's name without a lead word names its owner before the team
    word ("The Upwork Team", "Podium Staff", "Das Finanztip Team"), no label ("Our Team",
    "Meet the Team") and not the word alone ("Staff")."""
    tokens = author.split()[:-1]
    if tokens and tokens[0].casefold() in head_words("team_articles"):
        tokens = tokens[1:]
    return bool(tokens) and not any(_label_word(token) for token in tokens)


def _before_role(author: str, *, require_bare: bool = True) -> str | None:
    """The name before a role on the same line ("Rasmus Barslund Founder & Lead Reviewer",
    "Patrick Scully SEO Specialist"): a name of two words or more (a bare one: no label word,
    unless a lead word introduced it), then a role line."""
    tokens = author.split()
    roles = head_words("role_words")
    for k in range(2, min(len(tokens), MAX_PERSON_WORDS + 1)):
        if tokens[k].casefold().strip(".,") in roles or role_line(" ".join(tokens[k:])):
            name = " ".join(tokens[:k])
            named = (_bare_ok(name) or not require_bare) and split_names(name) == (name,)
            return name if role_line(" ".join(tokens[k:])) and named else None
    return None


#: A name in a script without case (Hangul, Han, kana) is one word of at most this many letters.
_CASELESS_NAME_LETTERS = 5


def name_then_role(author: str) -> str | None:
    """Rule byline.name_then_role: a name written as one word in a script without case, then
    its role, as Korean bylines print the reporter ("홍길동 기자", "김철수 특파원"): one word is a
    person there, where a cased script's single word is a site section as often as a name."""
    tokens = author.split()
    if len(tokens) != 2 or tokens[1].casefold() not in head_words("role_words"):
        return None
    name = tokens[0]
    caseless = name.isalpha() and name.lower() == name.upper()
    return name if caseless and len(name) <= _CASELESS_NAME_LETTERS else None


def _bare_names(author: str, names: tuple[str, ...]) -> bool:
    """A name part with no lead word is names only: every part a person of two words or more."""
    if not all(_bare_ok(name) for name in names):
        return False
    if len(names) == 1:
        return author == names[0] or (author.startswith(names[0] + ",") and trim_roles(author) == author)
    parts = [p for p in (p.strip(_EDGE_PUNCT) for p in _joiner().split(author)) if p]
    return len(parts) == len(names)


def _bare_ok(name: str) -> bool:
    """A bare name: two words or more (one word is a site section as often as a person),
    not all of them common headline words."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 4:
        return False
    return not any(_label_word(token) for token in tokens)


def trim_roles(author: str) -> str:
    """``author`` without what follows the names: a role after a comma ("Jane Doe, Senior
    Reporter", "Heather Leah, WRAL producer") goes, credentials ("Jane Doe, MD, FACP") stay."""
    kept_end = 0
    pos = 0
    for segment in author.split(","):
        part = segment.strip(_EDGE_PUNCT)
        end = pos + len(segment)
        pos = end + 1
        if not part:
            continue
        pieces = [p.strip(_EDGE_PUNCT) for p in _joiner().split(f" {part}") if p.strip(_EDGE_PUNCT)]
        if pieces and all(_credentials(p) or (person_like(p) and not _role_like(p)) for p in pieces):
            kept_end = end
            continue
        if not kept_end and not _team(part):  # "Shivkumar M Head Product Launches, Adoption"
            return _before_role(part, require_bare=False) or author
        break
    return _strip_edges(author[:kept_end]) if kept_end else author


def _credentials(part: str) -> bool:
    """Letters after a name: "MD", "PhD", "MS, RD", "R.N.": one or two short all-caps tokens."""
    tokens = [t.replace(".", "") for t in part.split()]
    return 1 <= len(tokens) <= 2 and all(
        1 <= len(t) <= 5 and (t.isupper() or t in _MIXED_CREDENTIALS) for t in tokens
    )


_MIXED_CREDENTIALS = frozenset({"PhD", "MSc", "BSc", "DPhil", "EdD", "PsyD", "MPhil", "DrPH"})


def author_part(text: str) -> str | None:
    """One author a page's metadata names (a meta tag, JSON-LD), read as a byline: the names
    after a lead word ("This post was written by Jane Doe" -> "Jane Doe"), else the value as
    declared (a user name such as "b.scherer" included); None when it is made of a date's or a
    label's words ("Sun Dec", "Home")."""
    for m in _lead().finditer(text):
        rest = text[m.end() :]
        if rest[:1].isupper() and (m.start() == 0 or text[m.start() - 1].isspace()):
            author = trim_roles(name_part(rest))
            if author and split_names(author):
                return author
    words = head_words("not_name_words") | head_words("not_names")
    tokens = [token.casefold().strip(".,") for token in text.split()]
    if all(token in words for token in tokens):
        return None
    return text
