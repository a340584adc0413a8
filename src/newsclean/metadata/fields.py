"""Stage 5: metadata from labelled lines: title, dates, byline, source, publisher, views."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import regex

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode
from newsclean.analysis.sections import menu_run
from newsclean.analysis.structure import Structure
from newsclean.engine.labelling import Labelled
from newsclean.labels import Gives, Label
from newsclean.metadata.bylines import head_words, name_part, parse_byline, split_names, trim_roles
from newsclean.metadata.dateorder import dotted_guess, page_order, printed_reading, resolve
from newsclean.metadata.head import (
    DateRole,
    Head,
    HeadDate,
    asked_date,
    date_roles,
    organisation_name,
    proper_name,
    read_head,
    stamp_author,
)
from newsclean.metadata.relative import Reference
from newsclean.metadata.site import copyright_holder
from newsclean.metadata.spelling import title_spelling
from newsclean.metadata.undated import undated
from newsclean.metadata.wire import WireDateline, wire_dateline
from newsclean.model import Metadata
from newsclean.text import dates

_WORDS = regex.compile(r"\w+")
_PREFIX_SEP = regex.compile(r"^[^:：|]{1,40}[:：|]\s*")
_TRAILING_COUNT = regex.compile(r"(?<![\d.:/-])(\d[\d\s,.]*\d|\d)\s*$")
# "When quoting, a reference to Example News is required": a publisher named without a ©.
_REFERENCE_TO = regex.compile(r"(?:reference|link|referring)\s+to\s+(?P<name>[^.,;|]{2,60})", regex.I)
# Separators between a story's title and the site's name in ``<title>`` (Readability.js's set).
_TITLE_SEPARATOR = regex.compile(r" [|\-\\/>»] ")
_HIERARCHICAL = regex.compile(r" [\\/>»] ")
# "Story – Site" / "Story — Site": a dash before a short last part (dashes inside headlines are
# followed by longer phrases, which is why Readability.js leaves dashes alone).
_DASHED_SITE = regex.compile(r"^(?P<title>.+\S) [–—] (?P<site>[^–—|]+)$")
_SITE_MAX_WORDS = 3
_STORY_MIN_WORDS = 3
#: A ``<title>`` whose story part has this many words or fewer is kept whole (Readability.js
#: keeps it up to four: "Reliable Music Lesson Reviews | Make More Music" is a story of four
#: words, and readers write it without the site's name, as they write "Pest Control Coupons"
#: for "Pest Control Coupons | Pest-R-Us Pest Services"; two or fewer may be a section).
_STORY_KEPT_WORDS = 2
#: The same for a story read after a short first part (the site's name or a section first:
#: "Home - Ohio Artisan Collective" is a site's home page, its whole title what readers write).
_TAIL_KEPT_WORDS = 3


def page_metadata(
    page: Page,
    structure: Structure,
    labelled: Labelled,
    first: int,
    last: int,
    *,
    language: str | None,
    url: str | None,
    notes: list[str] | None = None,
    reference_date: Reference | None = None,
) -> tuple[Metadata, Head]:
    """Metadata of the article spanning lines ``first..last`` (inclusive), and the article head
    it was read with (:func:`newsclean.metadata.head_lines.label_head_lines` labels its lines);
    what was guessed on the way (a date's day/month order) is added to ``notes``.

    A line gives what its rule declares it gives (``Rule.gives``: a dateline, a byline, a
    credit...), which picks the parser; the rule's name only says where a value came from.
    """
    labels, rules, gives = labelled.labels, labelled.rules, labelled.gives
    fields: dict[str, str | int | None] = {}
    provenance: dict[str, str] = {}

    def put(name: str, value: str | int | None, origin: str) -> None:
        if value not in (None, "") and fields.get(name) is None:
            fields[name] = value
            provenance[name] = origin

    title_label = Label.TITLE  # read once: an enum member lookup per line costs as much as the test
    top = page.nonblank_lines[0] if page.nonblank_lines else None
    poster: list[str | None] = []  # the user name the span's first dateline starts with, if any
    title_line: int | None = None  # the line the rules' title was read from
    page_date = Gives.PAGE_DATE  # read by _date_above_headline only
    datelines = [i for i in range(first, last + 1) if gives[i] is Gives.DATELINE]
    digit_lines = page.digit_lines[  # the span's, by bisection: a feed has one span per article
        bisect_left(page.digit_lines, first) : bisect_right(page.digit_lines, last)
    ]
    teasers = teaser_dates(page, digit_lines) if datelines else set()
    for i in range(first, last + 1):
        kind = gives[i]
        if (kind is None or kind is page_date) and labels[i] is not title_label:
            continue  # most lines: body, navigation, blank
        text = page.features[i].text
        origin = f"text:{rules[i]}"
        if labels[i] is title_label and fields.get("title") is None:
            title_line = i
        if labels[i] is title_label and i == top:
            # The first line is the page's <title> (rules may label it a title on a feed): without
            # the site's name, as document_title gives a <title> the page prints (a colon's lead kept).
            put("title", _page_title(page, structure, i, printed=True), origin)
        elif labels[i] is title_label:
            # Rule head.title_spelling for the rules' heading too: the <title>'s spelling of its words.
            spelled = _title_spelling(page, text)
            if spelled is None:
                put("title", text, origin)
            else:
                put("title", spelled, f"{origin}+spelling")
        elif kind is Gives.FEED_STAMP or (kind is Gives.DATELINE and i not in teasers):
            _dates_into(page, text, put, origin, i)
            if kind is Gives.FEED_STAMP:
                put("views", _views(text), origin)
                put("author", stamp_author(page, text), origin)
            elif not poster:  # the span's first dateline only: a later one is a reply's
                poster.append(stamp_author(page, text))
        elif kind is Gives.BYLINE and i in page.matching("meta.credit", Mode.PREFIX):
            put("source", _credit_name(page, i, text), origin)  # "Source: Agencies"
        elif kind is Gives.BYLINE and i not in page.matching("meta.byline", Mode.LEAD):
            put("author", _desk(page, i), origin)  # a desk line: the desk, or no one
        elif kind is Gives.BYLINE:
            put("author", _byline_author(_strip_prefix(page, i, text)), origin)
        elif kind is Gives.CREDIT:
            if _is_source_credit(text):
                put("source", _credit_name(page, i, text), origin)
        elif kind is Gives.SOURCE_LINE:
            author = _source_byline(page, labels, i)
            if author is not None:
                put("author", author, origin)
            else:
                put("source", text, origin)
        elif kind is Gives.PUBLISHER and fields.get("publisher") is None:  # feeds repeat it
            put("publisher", _publisher(text), origin)
    if fields.get("published") is None:
        above = _date_above_headline(page, labels, gives, first, last)
        if above is not None:
            _dates_into(page, page.features[above].text, put, "text:above_headline", above)
    # A first line the rules read as a dateline or byline is not the page's <title>.
    if first == 0 and top is not None and labels[top] is not Label.META:
        page_title = document_title(page, structure, _str(fields.get("title")))
        if page_title is not None:
            fields["title"], title_line = None, None  # the page's own title wins over a headline
            put("title", page_title, "text:document_title")
    if fields.get("source") is None:
        wire = _wire_dateline(page, labels, first, last)
        if wire is not None:
            put("source", wire.agency, "text:source.wire_dateline")
            put("author", wire.reporter, "text:source.wire_dateline")
    head = read_head(page, structure, labelled, first, last, url, reference_date)
    if head.headline is None and head.byline_line is not None and head.byline_line == title_line:
        # Rule title.not_byline: the rules' headline is the line the head read the byline from
        # ("Tom Krisher, AP Auto Writer" right above the story): the page names no title.
        fields["title"] = None
        provenance.pop("title", None)
    _head_into(page, structure, head, fields, provenance, url, notes)
    if poster and poster[0] is not None:
        # Rule dateline.poster: a thread whose replies were read as a feed keeps its first post
        # in the lead-in, under a dateline that starts with the poster's user name ("Noah_B
        # August 31, 2023, 3:32pm 1"): without a byline from the head, that name is the author.
        put("author", poster[0], "text:dateline.poster")
    put("language", language, "detected")
    put("url", url, "caller")
    views = fields.get("views")
    author = _str(fields.get("author"))
    metadata = Metadata(
        title=_str(fields.get("title")),
        published=_str(fields.get("published")),
        updated=_str(fields.get("updated")),
        author=author,
        authors=_authors(author),
        source=_str(fields.get("source")),
        publisher=_str(fields.get("publisher")),
        language=_str(fields.get("language")),
        views=views if isinstance(views, int) else None,
        url=_str(fields.get("url")),
        provenance=provenance,
    )
    return metadata, head


#: Head rules that read a byline far from the headline: a byline line the rules found wins.
WEAK_BYLINES = frozenset({"head.dated_lead"})


def _head_into(
    page: Page,
    structure: Structure,
    head: Head,
    fields: dict[str, str | int | None],
    provenance: dict[str, str],
    url: str | None,
    notes: list[str] | None,
) -> None:
    """What the article head says wins over lines found elsewhere in the span: its headline over
    the ``<title>`` line, its byline and dates over bylines and datelines further down (a
    sidebar's, a comment's)."""
    chosen: dict[str, tuple[str | None, str]] = {}
    if head.headline is not None:
        # Documentation sites print a heading anchor after it ("Fields ¶").
        printed = _headline_text(page, structure, head.headline)
        crumb = _crumb_end(page, printed)
        spelled = _title_spelling(page, printed if crumb is None else crumb)
        if spelled is not None:
            chosen["title"] = (spelled, "text:head.title_spelling")
        elif crumb is not None:
            chosen["title"] = (crumb, "text:head.crumb")
        else:
            chosen["title"] = (printed, "text:head.headline")
    if head.byline is not None and (head.byline_rule not in WEAK_BYLINES or fields.get("author") is None):
        chosen["author"] = (head.byline.author, f"text:{head.byline_rule}")
    for name, found in (("published", head.published), ("updated", head.updated)):
        if found is not None:
            rule = head.date_rule if name == "published" else "head.date"
            chosen[name] = (_ordered(page, found, url, name, notes), f"text:{rule}")
    marked = head.marked
    if marked is not None:
        name = "updated" if marked.updated else "published"
        iso = _ordered(page, marked, url, name, notes)
        if fields.get("published") is None and fields.get("updated") is None:
            chosen[name] = (iso, "text:head.marked_date")
        elif asked_date(page, marked.line):
            # Rule head.asked_date: a question's "asked" date beats the datelines of its answers.
            chosen[name] = (iso, "text:head.asked_date")
    if head.relative_left_out is not None and notes is not None:
        notes.append(
            f"relative date {head.relative_left_out!r} in the article head left out: "
            "pass reference_date (when the page was fetched) to resolve it"
        )
    for name, (value, origin) in chosen.items():
        if value:
            fields[name] = value
            provenance[name] = origin


def _headline_text(page: Page, structure: Structure, i: int) -> str:
    """The printed headline, without a heading anchor ("Fields ¶"); a line that repeats the
    start of the ``<title>`` line with its separators ("Story | Part 2" under "Story | Part 2 |
    Site") is a copy of the title, not a heading, and loses the site's part as the title does;
    so does a copy of a title that names its site twice (:func:`_site_once`)."""
    text = page.features[i].text.rstrip(" ¶#")
    top = page.nonblank_lines[0] if page.nonblank_lines else None
    if top is None:
        return text
    # Rule head.dated_headline: "Dec 18 2025 Story" under "Story | Blog" is "Story".
    text = undated(text, page.features[top].text) or text
    once = _site_once(page.features[top].text)
    if once != page.features[top].text and once.casefold() == text.casefold():
        return _page_title(page, structure, top, printed=True)  # the title, its site named once
    copies = page.features[top].folded.startswith(page.features[i].folded)
    if copies and _TITLE_SEPARATOR.search(text) is not None:
        return _strip_site_name(text, repeated=False)
    return text


# The last separator of a title and the part after it.
_LAST_PART = regex.compile(r"\s+[|\-–—:•·»/\\]\s+(?P<part>[^|\-–—:•·»/\\]+?)\s*$")


def _site_once(title: str) -> str:
    """Rule ``title.site_once``: a ``<title>`` that names the site twice at its end ("Story |
    RenoFi | RenoFi", "Story – Artlyst - Artlyst": a theme and a plugin each append it) loses
    the repeat; the site's name is then cut as from any title."""
    last = _LAST_PART.search(title)
    if last is None:
        return title
    rest = title[: last.start()]
    before = _LAST_PART.search(rest)
    if before is None or before.group("part").strip().casefold() != last.group("part").strip().casefold():
        return title
    return rest


# A breadcrumb's separators: an arrow or a chevron with spaces around; a slash only from two on.
_CRUMB = regex.compile(r"\s+[>→›»]\s+")
_SLASH = regex.compile(r"\s+/\s+")


def _crumb_end(page: Page, printed: str) -> str | None:
    """Rule ``head.crumb``: a printed headline that is a breadcrumb ("Listopia > Best Books
    Ever", "Services / Advisory / Human Resources": parts joined by a spaced arrow or chevron,
    or by two spaced slashes or more) whose last part has only words of the ``<title>`` line is
    that last part: the page's place in the site, then its story. None for any other line."""
    parts = _CRUMB.split(printed)
    if len(parts) < 2:
        parts = _SLASH.split(printed)
        if len(parts) < 3:
            return None
    last = parts[-1].strip()
    top = page.nonblank_lines[0] if page.nonblank_lines else None
    words = set(_WORDS.findall(last.casefold()))
    if top is None or not words or not words <= set(_WORDS.findall(page.features[top].folded)):
        return None
    return last


def _title_spelling(page: Page, printed: str) -> str | None:
    """Rule ``head.title_spelling`` (:func:`newsclean.metadata.spelling.title_spelling`) against
    the page's first line, its ``<title>``."""
    top = page.nonblank_lines[0] if page.nonblank_lines else None
    return None if top is None else title_spelling(page.features[top].text, printed)


def _ordered(page: Page, found: HeadDate, url: str | None, name: str, notes: list[str] | None) -> str:
    """A head date with an ambiguous day/month read the page's way; a guess goes to ``notes``."""
    if found.order != "ambiguous":
        return found.iso
    printed = printed_reading(page, found.iso)
    if printed is not None:
        return printed
    line = page.features[found.line].text
    order = dotted_guess(page_order(page, url), line)
    iso = resolve(found.iso, found.order, order)
    if notes is not None:
        first = "month" if order.month_first else "day"
        how = "guessed from" if order.guessed else "decided by"
        notes.append(f"{name} date {line!r} is ambiguous: read {first} first, {how} {order.reason}")
    return iso


def _authors(author: str | None) -> tuple[str, ...] | None:
    """The people of ``author``: split at "and"/commas, roles dropped; the whole string when no
    part is name-shaped (an organisation a byline names: "By Reuters")."""
    if author is None:
        return None
    return split_names(author) or (author,)


def _str(value: str | int | None) -> str | None:
    return value if isinstance(value, str) else None


_Put = Callable[[str, str | int | None, str], None]


def _dates_into(page: Page, text: str, put: _Put, origin: str, line: int) -> None:
    """The dates of ``text`` (line ``line``), each an update or a publication as
    :func:`newsclean.metadata.head.date_roles` reads it."""
    found = dates.find_dates(text, default_year=page.year)
    for d, role in zip(found, date_roles(page, line, text, found), strict=True):
        if role is DateRole.UPDATED:
            put("updated", d.iso, origin)
        elif role is DateRole.PUBLISHED:
            put("published", d.iso, origin)


#: Dated lines in a row that make a list of teasers: at least this many...
TEASER_RUN = 3
#: ...each at most this many non-blank lines after the one before (a title between them).
TEASER_STEP = 2
#: A dated line of a teaser list has at most this many words besides its date.
TEASER_LINE_WORDS = 8


def teaser_dates(page: Page, lines: Sequence[int]) -> set[int]:
    """Rule ``date.teaser_list``: of ``lines`` (in order), the short dated ones that date a
    list of teasers, not the article: at least ``TEASER_RUN`` of them, each within
    ``TEASER_STEP`` non-blank lines of the one before ("More Posts" / "5 Landscape Photo
    Recipes" / "Jun 11, 2024" / "Better Photos" / "Jun 11, 2024" ...; a related-articles list
    under the story, a changelog of "-07 Sep 2023: ..." lines). A story dates itself once, in
    its head, and a forum's posts stand further apart."""
    feats = page.features
    dated: list[int] = []
    for i in lines:
        found = dates.find_dates(feats[i].text)
        if found and dates.words_besides_dates(feats[i].text, found) <= TEASER_LINE_WORDS:
            dated.append(i)
    if len(dated) < TEASER_RUN:
        return set()
    nonblank = page.nonblank_lines  # a dated line is non-blank: its rank among them by bisection
    found_runs: set[int] = set()
    run = [dated[0]]
    for line in [*dated[1:], None]:
        if line is not None and bisect_left(nonblank, line) - bisect_left(nonblank, run[-1]) <= TEASER_STEP:
            run.append(line)
            continue
        if len(run) >= TEASER_RUN:
            found_runs.update(run)
        if line is not None:
            run = [line]
    return found_runs


def _date_above_headline(
    page: Page, labels: Sequence[Label], gives: Sequence[Gives | None], first: int, last: int
) -> int | None:
    """A date line right above the headline (no line between), taken for a page date.

    ``navigation.page_date`` (a rule that gives ``Gives.PAGE_DATE``) removes dates above the
    headline: most are today's date in the site header, separated from the story by menus. One
    that directly touches the headline is the story's own dateline, printed above it, when the
    article has no other.
    """
    title_label = Label.TITLE
    title = next((i for i in range(first, last + 1) if labels[i] is title_label), None)
    if title is None:
        return None
    above = next((i for i in range(title - 1, first - 1, -1) if not page.features[i].blank), None)
    if above is None or gives[above] is not Gives.PAGE_DATE:
        return None
    return above


def _views(text: str) -> int | None:
    stripped = dates.without_dates(text, dates.find_dates(text))
    m = _TRAILING_COUNT.search(stripped)
    if m is None:
        return None
    digits = regex.sub(r"\D", "", m.group(1))
    return int(digits) if digits else None


def _after_separator(text: str) -> str:
    return _PREFIX_SEP.sub("", text, count=1).strip(" .")


def _credit_name(page: Page, i: int, text: str) -> str:
    """The agency a credit names: after "Source:", or after a lead such as "With inputs from"."""
    lead = page.phrases.pattern("meta.credit_lead", Mode.LEAD)
    if lead is not None and i in page.matching("meta.credit_lead", Mode.LEAD):
        m = lead.match(text)
        if m is not None:
            return text[m.end() :].strip(" .:()[]")
    return _after_separator(text).strip(" .()[]")


def _strip_prefix(page: Page, i: int, text: str) -> str:
    lead = page.phrases.pattern("meta.byline", Mode.LEAD)
    if lead is not None and i in page.matching("meta.byline", Mode.LEAD):
        m = lead.match(text)
        if m is not None:
            text = text[m.end() :]
    return text.strip(" :|-–—").strip()


def _wire_dateline(page: Page, labels: Sequence[Label], first: int, last: int) -> WireDateline | None:
    """The wire dateline opening the article's first paragraph (rule ``source.wire_dateline``:
    "WASHINGTON (Reuters) - ..."); a photo credit's bracket ("Photo (Getty Images) - ...") is
    none."""
    body = Label.BODY
    i = next((j for j in range(first, last + 1) if labels[j] is body), None)
    if i is None or i in page.matching("noise.caption_credit", Mode.LEAD):
        return None
    return wire_dateline(page.features[i].text)


#: A desk line ("Служба новостей", "La rédaction") is at most this many words...
_DESK_MAX_WORDS = 4
#: ...between these marks and spaces ("| Online Desk", "— Redaktion").
_DESK_EDGES = " \t|•·-–—:"


def _desk(page: Page, i: int) -> str | None:
    """Rule ``byline.desk``: a byline line that is a phrase of list ``meta.desk``, whole, names
    the desk that wrote the story ("Служба новостей", "La rédaction", "Nachrichtenredaktion"):
    the desk is the author, as a byline saying so makes an organisation one. A line that only
    contains such a word ("Cloud Help Desk", "Meet Our Staff") or is a person's role alone
    ("Editor", "Staff" over a name: ``role_words``) names no desk, nor anyone."""
    f = page.features[i]
    if f.words > _DESK_MAX_WORDS or i not in page.matching("meta.desk", Mode.LINE):
        return None
    if f.words == 1 and f.folded.strip(_DESK_EDGES) in head_words("role_words"):
        return None
    return f.text.strip(_DESK_EDGES) or None


def _byline_author(text: str) -> str | None:
    """The names of a byline line the rules found: up to a date or separator, roles trimmed;
    None when no part is name-shaped ("Faculty and Staff", "romain · 1 day ago" keeps "romain")."""
    author = trim_roles(name_part(text))
    return author if author and split_names(author) else None


def _source_byline(page: Page, labels: Sequence[Label], i: int) -> str | None:
    """A feed article's source line right under its title that is a byline: "Written by
    Kristin", or a person's name alone ("Michael Lee": a proper name, none of its words in lower
    case on the page). The feed rules read the line under a title as its source (a site, an
    agency); a byline there names the article's author instead."""
    above = page.prev_nonblank(i)
    if above is None or labels[above] is not Label.TITLE:
        return None
    text = page.features[i].text
    found = parse_byline(text, lead_required=True)
    if found is not None:
        return found.author
    found = parse_byline(text, lead_required=False)
    if found is None or not proper_name(page, found.author):
        return None
    # An agency's or an organisation's name ("РИА Новости", "Europa Press") is the source, not a person.
    agency = page.phrases.casefolded("meta.agency")
    if organisation_name(found.author) or any(word.casefold() in agency for word in found.author.split()):
        return None
    return found.author


def _is_source_credit(text: str) -> bool:
    """A credit line names a source unless it is a photo caption credit ("Photo: ...")."""
    head = text.split(":", 1)[0].casefold()
    return not any(w in head for w in ("photo", "image", "picture", "фото", "ছবি", "foto", "bild"))


def _publisher(text: str) -> str | None:
    """The organisation a copyright line names (:func:`newsclean.metadata.site.copyright_holder`:
    "Copyright Policy" and "All rights reserved" name none), else the one a line asks to be
    referred to ("a reference to Example News is required")."""
    holder = copyright_holder(text)
    if holder is not None:
        return holder
    names = [m.group("name").strip(" .") for m in _REFERENCE_TO.finditer(text)]
    return min(names, key=len) if names else None


def document_title(page: Page, structure: Structure, headline: str | None) -> str | None:
    """The page's own title, when the text starts with it (scrapers put ``<title>`` first).

    The first line counts as the page title when it contains the headline found in the text,
    or when it is headline-shaped, not a menu run or a date line, and has a site-name
    separator (``Story - Site``, ``Site: Story``; not a breadcrumb of menu items when the text
    has a headline of its own) or five words or more (a site's name alone is shorter:
    ``The New York Times``). Without a headline anywhere, a short first line just
    above the article is its title (``Document``).
    The site name is then removed (:func:`_page_title`).
    """
    if not page.nonblank_lines:
        return None
    i = page.nonblank_lines[0]
    f = page.features[i]
    text = f.text
    if headline is not None and headline.casefold() in text.casefold():
        # The first line may be the printed headline itself ("Name: a quote"), not a <title>.
        return _page_title(page, structure, i, printed=text.strip() == headline.strip())
    if menu_run(text) or _date_line(text) or i in page.boilerplate_hits:
        return None
    separated = _TITLE_SEPARATOR.search(text) is not None or ": " in text
    if separated and headline is not None and _breadcrumb(page, i, headline):
        return None
    if page.headline_like(i) and (separated or f.words > _SITE_MAX_WORDS + 1):
        return _page_title(page, structure, i)
    if headline is None and _lone_heading(page, structure, i):
        return text
    return None


def _breadcrumb(page: Page, i: int, headline: str) -> bool:
    """Short parts only, one a menu item or all right above the headline: a breadcrumb or a
    menu (``Басты бет | Саясат``, home | politics), not ``Story | Site``.

    A ``<title>`` has a story of three words or more, or a short one that is no menu item and
    is not the line over a different headline (``Mozilla - Wikipedia``).
    """
    text = page.features[i].text
    parts = [part.strip().casefold() for chunk in _TITLE_SEPARATOR.split(text) for part in chunk.split(": ")]
    if any(len(part.split()) >= _STORY_MIN_WORDS for part in parts):
        return False
    below = page.next_nonblank(i)
    if below is not None and page.features[below].text.strip() == headline.strip():
        return True
    menu = page.phrases.casefolded("navigation.menu")
    return any(part in menu for part in parts)


def _date_line(text: str) -> bool:
    """A date with at most two other words ("Sunday, 1 February 2015"): today's date in a header."""
    found = dates.find_dates(text)
    if not found:
        return False
    rest = dates.without_dates(text, found)  # one pass (a cut per date copied a long line each time)
    return len(regex.findall(r"\w+", rest)) <= 2


def _lone_heading(page: Page, structure: Structure, i: int) -> bool:
    """Line ``i`` is a short line without sentence shape just above the article's core."""
    core = structure.core_of(i)
    f = page.features[i]
    return (
        core is not None
        and page.next_nonblank(i) == core[0]
        and 1 <= f.words <= 20
        and not f.terminal
        and f.letters >= 0.6 * f.chars
    )


def _page_title(page: Page, structure: Structure, i: int, *, printed: bool = False) -> str:
    """The first line without the site's name.

    ``Story – Site`` loses a short last part after a dash; otherwise the line is cleaned the
    way Readability.js cleans ``<title>`` (:func:`_strip_site_name`), or cut to the part the
    page prints as its heading (:func:`_printed_part`) when that cleaning keeps it whole.
    A line the page prints as its headline (``printed``) keeps a colon's lead, as Readability.js
    keeps ``<title>`` whole when a heading repeats it: ``Anwar Hossain: reform is our priority``.
    """
    text = _site_once(page.features[i].text)
    dashed = _DASHED_SITE.match(text)
    if dashed is not None:
        title = dashed.group("title")
        if len(dashed.group("site").split()) <= _SITE_MAX_WORDS and len(title.split()) >= 3:
            return title
    title = _strip_site_name(text, printed or page.features[i].repeats > 1)
    if title == text:
        return _printed_part(page, structure, i) or title
    return title


def _printed_part(page: Page, structure: Structure, i: int) -> str | None:
    """The first or last part (two words or more) of ``<title>`` line ``i`` that the page prints
    alone above the article: its heading. Readability.js keeps the whole ``<title>`` when the
    story's part looks too short to be a title (``Hermitian matrix - Wikipedia``)."""
    parts = _TITLE_SEPARATOR.split(page.features[i].text)
    core = structure.core_of(i)
    if len(parts) < 2 or core is None:
        return None
    wanted = {p.strip().casefold(): p.strip() for p in (parts[0], parts[-1]) if len(p.split()) >= 2}
    for j in range(i + 1, core[0]):
        found = wanted.get(page.features[j].text.casefold())
        if found is not None:
            return found
    return None


def _strip_site_name(title: str, repeated: bool) -> str:
    """``<title>`` without the site's name, the way Readability.js's ``_getArticleTitle`` does it.

    Two additions: in a hierarchical title (``/ > » \\``) the site part may be a path of short
    names, ``Story - Section / Site``; a section of one or two words before the last separator
    goes too when the story keeps three words or more. And a story of three or four words loses
    the site's name too (``_STORY_KEPT_WORDS``; ``_TAIL_KEPT_WORDS`` after a short first part).
    """
    seps = list(_TITLE_SEPARATOR.finditer(title))
    hierarchical = False
    current = title
    kept = _STORY_KEPT_WORDS
    if seps:
        hierarchical = _HIERARCHICAL.search(title) is not None
        current = title[: seps[-1].start()]
        if hierarchical and len(seps) >= 2:
            section, story = title[seps[-2].end() : seps[-1].start()], title[: seps[-2].start()]
            if len(section.split()) <= 2 and len(story.split()) >= 3:
                current = story
        if len(current.split()) < 3:
            current = title[seps[0].end() :]
            kept = _TAIL_KEPT_WORDS
    elif ": " in title and not repeated:  # a heading that repeats the title keeps it whole
        current = title[title.rfind(":") + 1 :]
        kept = _TAIL_KEPT_WORDS
        if len(current.split()) < 3:
            current = title[title.find(":") + 1 :]
        elif len(title[: title.find(":")].split()) > 5:
            current = title
    current = " ".join(current.split())
    words = len(current.split())
    whole_words = len(_TITLE_SEPARATOR.sub(" ", title).split())
    if words <= kept and (not hierarchical or words != whole_words - 1):
        return title
    return current
