"""The page's title in HTML mode: the headline it prints (an ``<h1>``) when the page confirms it.

A page declares titles for machines (``og:title``, ``twitter:title``, JSON-LD ``headline``,
``<title>``), written for search results and sharing: they carry the site's name ("Story |
Site"), a subtitle, or a rewording for search. The ``<h1>`` is what a reader sees above the
article. The rules, in order (the name of the one that decided goes to ``provenance``):

1. ``h1.site``: an ``<h1>`` that is the site's name (its masthead on a blog, "Silicon Exposed";
   :func:`newsclean.metadata.site.names_site`), or the last part of a declared title ("Story ::
   Site ::"), where titles put the site's name, is never the headline; the declared title
   loses that part as it loses any part naming the site ("What is Ownership? - The Rust
   Programming Language" under an ``<h1>`` "The Rust Programming Language").
2. ``h1.declared`` (provenance ``html:h1``): an ``<h1>`` equal to a declared title, or to its
   leading part ("Hiking Boots" of "Hiking Boots: Shop Boots for Hiking | REI Co-op"), is the
   headline as printed. A leading part followed by another declared title is the site's name
   ("Silicon Exposed: <og:title>") and does not count. ``h1.glued``: an ``<h1>`` running that
   leading part into a capitalised word ("Black EditionComplete ...": two inline elements
   styled as lines) prints the part.
3. ``h1.overlap`` (provenance ``html:h1``): an ``<h1>`` sharing most of the chosen title's words
   (``MIN_OVERLAP``, Jaccard over word sets) is the same headline as printed and wins; one that
   shares few (a section name, a teaser) is left alone. ``h1.overlap_declared``: failing that,
   the same against each other title the page declares (the ``<title>`` beside an ``og:title``
   reworded for sharing or made of the site's motto).
4. ``title.site_only`` (provenance ``html:h1``): a page that declares nothing but a ``<title>``
   made of the site's name and its motto ("Reddit - The heart of the internet") is titled by
   its ``<h1>``.

Otherwise the chosen declared title stands, without a last part that names the site
(:func:`without_site_name`, applied again while the last part is a site name: "Story - Forum -
Site"). Any title loses a page number at its end ("Thread - Page 3": rule ``title.page_number``,
provenance ``+page``). A printed ``<h1>`` that won loses a short last part after a separator, a
label rather than the headline (rule ``title.label``, :func:`without_label`, provenance
``html:h1+label``), a one-word label before a colon when a declared title follows it ("Thread:
Story": rule ``title.lead_label``, provenance ``+lead``), the linked story's site a link
aggregator prints after it ("Story (latimes.com) 87": rule ``title.source_domain``, provenance
``+source``), a chapter's number before it ("3.1 Story": rule ``title.section_number``,
provenance ``+number``), a date it starts with when the ``<title>`` starts with the rest (rule
``title.undated``, provenance ``+undated``: :mod:`newsclean.metadata.undated`), and takes the
``<title>``'s spelling of the same words (rule ``title.spelling``, provenance ``+spelling``:
:mod:`newsclean.metadata.spelling`).
The measurements behind each rule, and where the WCXB and Readability golds disagree
(WCXB's gold is the printed headline, Readability's the declared title), are in docs/html.md.
"""

from __future__ import annotations

import html
import json
import unicodedata
from collections.abc import Collection, Iterator
from functools import cache
from urllib.parse import urlsplit

import regex

from newsclean.html.tags import ATTRIBUTES, attributes
from newsclean.metadata.bylines import head_words
from newsclean.metadata.site import names_site
from newsclean.metadata.spelling import title_spelling
from newsclean.metadata.undated import undated

#: Share of words (Jaccard) an ``<h1>`` must share with the declared title to replace it.
MIN_OVERLAP = 0.4
#: Provenance of a title printed as the page's ``<h1>``.
PRINTED = "html:h1"
#: A title's last part of at most this many words is a label (rule ``title.label``).
MAX_LABEL_WORDS = 3
#: A declared title's last part that an ``<h1>`` prints is the site's name (a masthead) when it
#: has at most this many words more than the story before it (rule ``h1.site``): a book's or a
#: manual's name is often longer than a chapter's ("What is Ownership? - The Rust Programming
#: Language"); two more is a "Site - Story" title's story.
MASTHEAD_EXTRA_WORDS = 1
#: Only the first few ``<h1>`` elements are looked at (the article's comes first).
MAX_H1 = 5
#: Declared titles are read from the start of the markup (the head, and JSON-LD near it).
HEAD_WINDOW = 200_000
_MAX_WORDS = 40
# Letter classes, not regex.I (which folds no other character into h, m, e, t or a): the regex
# engine then jumps from one "<" to the next instead of trying every position (2x faster).
_H1 = regex.compile(rf"<[hH]1\b{ATTRIBUTES}>(.*?)</[hH]1\s*>", regex.S)
_META = regex.compile(rf"<[mM][eE][tT][aA]\b{ATTRIBUTES}>")
_TITLE_TAG = regex.compile(rf"<title\b{ATTRIBUTES}>(.*?)</title\s*>", regex.I | regex.S)
_JSONLD_HEADLINE = regex.compile(r'"headline"\s*:\s*("(?:[^"\\]|\\.){1,600}")')
_DECLARED_NAMES = ("og:title", "twitter:title", "dc.title", "dc:title")
# Inline elements join their text to the next word ("C<span>ycle</span>"); others break it.
_INLINE = regex.compile(
    r"</?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub"
    r"|sup|time|u|var)\b" + ATTRIBUTES + ">",
    regex.I,
)
_HIDDEN = regex.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>", regex.I | regex.S)
_TAG = regex.compile(rf"<{ATTRIBUTES}>")
# Permalink marks sites put after a heading: icon-font glyphs (private use), "¶", "#".
# and zero-width characters, invisible ("Composition API FAQ\u200b": a heading anchor's).
_MARKS = regex.compile(r"\p{Co}+|[\u200b-\u200d\u2060\ufeff]+|\s*[¶#]+\s*$")
_WORD = regex.compile(r"\w+")
# "Story | Site", "Story – Site", "Site: Story"...: a separator with a space after it.
_PART_SEPARATOR = regex.compile(r"\s+[|\-–—·•»/\\>]+\s+|\s*::\s*|:\s+")
_SEPARATOR_BEFORE = regex.compile(r"(?:\s+[|\-–—·•»/\\>]+|\s*::|:)\s*$")
_SITE_PART = regex.compile(r"\s[|\-–—:•·»]\s(?P<site>[^|\-–—:•·»]+)$")
# " | ", " - ", " – ", " — ", " · ", " • ": a separator between a title's parts, spaces around.
_LABEL_SEPARATOR = regex.compile(r"\s[|\-–—·•]\s")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def headline(
    markup: str, title: str | None, origin: str, *, site_names: Collection[str], url: str | None
) -> tuple[str | None, str]:
    """The page's title and its provenance: ``title`` (from ``origin``) or a printed ``<h1>``,
    by the rules of the module docstring; without a page number at its end
    (:func:`without_page_number`, provenance ``+page``); a printed ``<h1>`` without a short last
    part (:func:`without_label`)."""
    declared = declared_titles(markup)
    chosen, source = _headline(markup, declared, title, origin, site_names=site_names, url=url)
    paged = without_page_number(chosen)
    if paged != chosen:
        chosen, source = paged, source + "+page"
    if not source.startswith(PRINTED):
        return chosen, source
    chosen, source = without_label(chosen, source)
    chosen, source = _without_lead_label(chosen, source, declared)
    chosen, source = _without_source_domain(chosen, source)
    chosen, source = _without_section_number(chosen, source, declared)
    tag = _TITLE_TAG.search(markup[:HEAD_WINDOW])
    if chosen is None or tag is None:
        return chosen, source
    tag_title = _text(_TAG.sub(" ", tag.group(1)))
    chosen, source = _undated(chosen, source, tag_title)
    return _title_spelled(chosen, source, tag_title)


@cache
def _page_number() -> regex.Pattern[str]:
    """A page number ending a title: a separator or an opening parenthesis, a word of
    ``page_words`` (``data/head.toml``), the number, "of" and the last page's number maybe."""
    words = "|".join(regex.escape(w) for w in sorted(head_words("page_words"), key=len, reverse=True))
    return regex.compile(
        rf"(?:\s+[|\-–—·•:]\s+|\s*\(\s*)(?:{words})\.?\s*\d+(?:\s*(?:\w+|/)\s*\d+)?\s*\)?\s*$",
        regex.I,
    )


def without_page_number(title: str | None) -> str | None:
    """Rule ``title.page_number``: a title without the page number a thread or a list adds at
    its end ("Starting a Brackish Aquarium! - Page 3", "Help/Repair/Maintenance (Page 1 of 79)",
    "Thema - Seite 2"): the page, not the story. Whatever the title's source; a word of the
    title must be left."""
    if title is None:
        return None
    m = _page_number().search(title)
    if m is None or not _WORD.search(title, 0, m.start()):
        return title
    return title[: m.start()]


#: "3.1 Story", "2.4.1. Story", "15 - Story": a chapter's or section's number before its heading.
_SECTION_NUMBER = regex.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\s+[-–—:|])\s+(?=\w)")


def _without_section_number(printed: str | None, origin: str, declared: list[str]) -> tuple[str | None, str]:
    """Rule ``title.section_number``: a book or a manual numbers its chapters' ``<h1>`` ("3.1 Git
    Branching - Branches in a Nutshell", "15 - Tutorial: Sweep, Loft, and Extrude"); where no
    title the page declares starts with that number, it is the section's place in the book, not
    its title. Dotted numbers, or one to three digits before a dash or a colon (a year, "2025 -
    The Year in Review", stays). Provenance gets ``+number``."""
    m = _SECTION_NUMBER.match(printed) if printed is not None else None
    if printed is None or m is None:
        return printed, origin
    number = norm_text(m.group()).rstrip(" -–—:|.")
    if any(norm_text(d).startswith(number) for d in declared):
        return printed, origin
    return printed[m.end() :], origin + "+number"


#: "Story (example.com) 87": a linked story's site in parentheses, then a comment count maybe.
_SOURCE_DOMAIN = regex.compile(r"\s*\((?:[\w-]+\.)+[^\W\d_]{2,}\)(?:\s*\d+)?\s*$")


def _without_source_domain(printed: str | None, origin: str) -> tuple[str | None, str]:
    """Rule ``title.source_domain``: a link aggregator prints the linked story's site after its
    ``<h1>`` ("Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs
    (latimes.com) 87": Slashdot, Hacker News, Lobsters), and the comment count after that:
    where the story comes from, not what it is. Provenance gets ``+source``."""
    m = _SOURCE_DOMAIN.search(printed) if printed is not None else None
    if printed is None or m is None or not _WORD.search(printed, 0, m.start()):
        return printed, origin
    return printed[: m.start()], origin + "+source"


#: "Thread: Story", "Blog: Story": one word, a colon, then the story.
_LEAD_LABEL = regex.compile(r"^\w+:\s+(?P<rest>\S.*)$", regex.S)


def _without_lead_label(printed: str | None, origin: str, declared: list[str]) -> tuple[str | None, str]:
    """Rule ``title.lead_label``: a printed ``<h1>`` made of one word and a colon before a title
    the page declares (whole, or its leading part: "Thread: Story" under "Story | Forum",
    "Blog: Story") is that title: the word says what kind of page it is (a forum's thread, a
    site's blog), not what the story is. A kicker of several words ("Zimbabwe coup: Story")
    is the headline's own and stays. Provenance gets ``+lead``."""
    m = _LEAD_LABEL.match(printed) if printed is not None else None
    if m is None:
        return printed, origin
    rest = m.group("rest")
    if not any(same_text(rest, d) or _leads(rest, d, declared) for d in declared):
        return printed, origin
    return rest, origin + "+lead"


def _undated(printed: str, origin: str, declared: str) -> tuple[str, str]:
    """Rule ``title.undated``: a printed ``<h1>`` that starts with a date, the rest being the
    start of the ``<title>`` ("Dec 18 2025 Preparing a transition in Debusine" under "Preparing
    a transition in Debusine | Colin Watson's blog"), is that rest
    (:func:`newsclean.metadata.undated.undated`, text mode's ``head.dated_headline``).
    Provenance gets ``+undated``."""
    rest = undated(printed, declared)
    return (printed, origin) if rest is None else (rest, origin + "+undated")


def _title_spelled(printed: str, origin: str, declared: str) -> tuple[str, str]:
    """Rule ``title.spelling``: a printed ``<h1>`` with the words of the ``<title>``'s story
    part, in order, takes the ``<title>``'s spelling ("Anthony’s Top 10" printed, "Anthony's
    Top 10 | Site" declared): :func:`newsclean.metadata.spelling.title_spelling`. Provenance
    gets ``+spelling``."""
    spelled = title_spelling(declared, printed)
    return (printed, origin) if spelled is None else (spelled, origin + "+spelling")


def without_label(title: str | None, origin: str) -> tuple[str | None, str]:
    """Rule ``title.label``: a printed headline without a last part of at most
    ``MAX_LABEL_WORDS`` words after a title separator ("Story | WRAL", "Nintendo Switch - OLED
    Model", "Story – Artlyst"): the site's name, a section, a variant, not the headline. Two
    words of headline must be left, and a last part that starts in lower case continues a
    sentence ("... System — and It May Replace ...") and stays. Provenance gets ``+label``.
    Only the ``<h1>``: a declared title keeps such a part unless it names the site (Readability's
    gold keeps "| Code", "| Factorio"; WCXB's drops them: docs/html.md has the figures)."""
    if title is None:
        return title, origin
    parts = list(_LABEL_SEPARATOR.finditer(title))
    if not parts:
        return title, origin
    last = parts[-1]
    label, story = title[last.end() :].strip(), title[: last.start()].strip()
    if not label or len(label.split()) > MAX_LABEL_WORDS or len(story.split()) < 2 or label[0].islower():
        return title, origin
    return story, origin + "+label"


def prints_title(line: str, want: str) -> bool:
    """Whether a visible ``line`` prints the title ``want`` (both :func:`norm_text`): the same
    text, or the title with the label :func:`without_label` or the page number
    :func:`without_page_number` took off ("Thread - Page 3", "Forum (Page 1 of 79)")."""
    if not line.startswith(want):
        return False
    end = len(want)
    return (
        len(line) == end
        or _LABEL_SEPARATOR.match(line, end) is not None
        or _page_number().match(line, end) is not None
    )


def _headline(
    markup: str,
    declared: list[str],
    title: str | None,
    origin: str,
    *,
    site_names: Collection[str],
    url: str | None,
) -> tuple[str | None, str]:
    """The title by the rules of the module docstring (``declared``: :func:`declared_titles`);
    ``title`` loses a last part that names the site."""
    printed: list[str] = []
    mastheads: list[str] = []
    for text in h1_texts(markup):
        if any(_trails(text, d) for d in declared):
            mastheads.append(text)
        elif not names_site(text, site_names, url):
            printed.append(text)
    title = without_site_name(title, [*site_names, *mastheads], url)
    for text in printed:
        if any(same_text(text, d) or _leads(text, d, declared) for d in declared):
            return text, PRINTED
    for text in printed:
        glued = next((lead for d in declared if (lead := _glued_lead(text, d)) is not None), None)
        if glued is not None:
            return glued, PRINTED
    if title is not None:
        best = _best_overlap(printed, title)
        if best is not None and not same_text(best, title):
            return best, PRINTED
        if best is not None:
            return title, origin
        # Rule h1.overlap_declared: the same against the other titles the page declares (the
        # <title> beside an og:title reworded for sharing, or one that is the site's motto).
        for other in declared:
            best = _best_overlap(printed, without_site_name(other, [*site_names, *mastheads], url) or other)
            if best is not None:
                return best, PRINTED
    if printed and _site_only(declared, site_names, url, printed[0]):
        return printed[0], PRINTED
    return title, origin


def declared_titles(markup: str) -> list[str]:
    """The titles the page declares: ``og:title``, ``twitter:title``, ``dc.title``, JSON-LD
    ``headline`` and the ``<title>``, each as written (entities decoded), in that order."""
    head = markup[:HEAD_WINDOW]
    found: list[str] = []
    metas: dict[str, str] = {}
    for tag in _META.finditer(head):
        if "title" not in tag.group().casefold():  # the names below all end so: most tags go here
            continue
        attrs = attributes(tag.group())
        key = (attrs.get("property") or attrs.get("name") or "").casefold()
        if key in _DECLARED_NAMES and (text := _text(attrs.get("content", ""))):
            metas.setdefault(key, text)
    found.extend(metas[key] for key in _DECLARED_NAMES if key in metas)
    for match in _JSONLD_HEADLINE.finditer(head):
        try:
            value = json.loads(match.group(1))
        except ValueError:
            continue
        if isinstance(value, str) and (text := _text(value)):
            found.append(text)
    title = _TITLE_TAG.search(head)
    if title is not None and (text := _text(_TAG.sub(" ", title.group(1)))):
        found.append(text)
    return found


def h1_texts(markup: str) -> Iterator[str]:
    """The text of the page's first ``MAX_H1`` ``<h1>`` elements as a reader sees it: inline
    tags joined, other tags a space, entities decoded, permalink marks dropped; blank and
    over-long ones (a paragraph styled as a heading) skipped."""
    for k, match in enumerate(_H1.finditer(markup)):
        if k >= MAX_H1:
            return
        inner = _HIDDEN.sub(" ", match.group(1))
        text = _text(_TAG.sub(" ", _INLINE.sub("", inner)))
        if text and len(text.split()) <= _MAX_WORDS:
            yield text


def without_site_name(title: str | None, site_names: Collection[str], url: str | None) -> str | None:
    """``title`` without last parts that name the site ("Story | Zendesk", "Story - Forum -
    Tripadvisor" -> "Story - Forum"), as long as two words of story are left."""
    while title is not None:
        m = _SITE_PART.search(title)
        story = title[: m.start()].strip() if m else ""
        if (
            m is None
            or len(story.split()) < 2
            or not names_site(m.group("site"), site_names, url, loose=True)
        ):
            return title
        title = story
    return title


def _text(raw: str) -> str:
    """Markup text as read: entities decoded, permalink marks and zero-width characters gone,
    spaces collapsed."""
    return " ".join(_MARKS.sub(" ", html.unescape(raw)).split())


def norm_text(text: str) -> str:
    """Comparable form: NFKC, casefolded, curly quotes and dashes as ASCII, spaces collapsed.
    ASCII text is only lowered: NFKC and the quote table leave its characters as they are, and
    its case folding is ``lower`` (most of a page's visible lines, read once each a page by
    :func:`newsclean.html.visible.head_window`)."""
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES).split())


def same_text(a: str, b: str) -> bool:
    """Whether two texts read the same (:func:`norm_text`: case, quotes, dashes and spaces aside)."""
    return norm_text(a) == norm_text(b)


def _leads(text: str, declared: str, others: list[str]) -> bool:
    """Whether ``text`` is the leading part of ``declared`` ("Story | rest"), the rest not being
    another declared title of as many words or more (then ``text`` is the site's name before the
    story: "Silicon Exposed: <og:title>"); a shorter one is the site's name after the story
    ("Composition API FAQ | Vue.js" and an ``og:title`` "Vue.js")."""
    want, full = norm_text(text), norm_text(declared)
    if not full.startswith(want) or full == want:
        return False
    sep = _PART_SEPARATOR.match(full, len(want))
    if sep is None:
        return False
    rest = full[sep.end() :]
    words = len(want.split())
    return not any(
        rest.startswith(o) for o in map(norm_text, others) if o and o != full and len(o.split()) >= words
    )


def _glued_lead(text: str, declared: str) -> str | None:
    """Rule ``h1.glued``: an ``<h1>`` whose text runs the leading part of ``declared`` ("Black
    Edition" of "Black Edition | Meal Replacement Protein Powder") into a capitalised word
    without a space ("Black EditionComplete high-protein powder meal": a name and a tagline in
    two inline elements the page styles as lines) prints that part as its heading: the part,
    or None. The part must end in a lower-case letter and the next word start upper case."""
    sep = _PART_SEPARATOR.search(declared)
    if sep is None:
        return None
    lead = declared[: sep.start()].strip()
    end = len(lead)
    if len(lead.split()) < 2 or not text.startswith(lead) or len(text) <= end:
        return None
    return lead if lead[-1].islower() and text[end].isupper() else None


def _trails(text: str, declared: str) -> bool:
    """Whether ``text`` is the last part of ``declared`` and no longer than what comes before it
    but for ``MASTHEAD_EXTRA_WORDS`` ("Story :: Site ::" and "Site", "What is Ownership? - The
    Rust Programming Language" and a book's name): the place of the site's name in a title, so
    ``text`` is a masthead ("Site | Story" and "Story", a clearly longer last part, is the other
    way round)."""
    want = norm_text(text)
    full = norm_text(declared).rstrip(" |-·•»/\\>:")
    if not full.endswith(want) or full == want:
        return False
    before = _SEPARATOR_BEFORE.search(full, 0, len(full) - len(want))
    if before is None:
        return False
    return len(want.split()) <= len(full[: before.start()].split()) + MASTHEAD_EXTRA_WORDS


def _best_overlap(printed: list[str], title: str) -> str | None:
    """The ``<h1>`` sharing the most words with ``title``, if at least ``MIN_OVERLAP``."""
    wanted = set(_WORD.findall(title.casefold()))
    best, best_score = None, 0.0
    for text in printed:
        words = set(_WORD.findall(text.casefold()))
        score = len(words & wanted) / len(words | wanted) if words and wanted else 0.0
        if score > best_score:
            best, best_score = text, score
    return best if best_score >= MIN_OVERLAP else None


def _site_only(declared: list[str], site_names: Collection[str], url: str | None, printed: str) -> bool:
    """Whether a page below the site's home declares only a ``<title>`` that is the site's name
    and a motto: one part names the site, no other part does or shares a word (of four letters
    or more) with the ``<h1>``. A home page's own title is the site's: it stays."""
    if len(declared) != 1 or not url or urlsplit(url).path.strip("/") == "":
        return False
    parts = [p for p in _PART_SEPARATOR.split(declared[0]) if p.strip()]
    if len(parts) < 2 or not any(names_site(p, site_names, url) for p in parts):
        return False
    rest = [p for p in parts if not names_site(p, site_names, url)]
    if any(names_site(p, site_names, url, loose=True) for p in rest):
        return False
    words = _long_words(printed)
    return not any(words & _long_words(p) for p in rest)


def _long_words(text: str) -> set[str]:
    """Words of four letters or more: "the", "of" are shared by any two English lines."""
    return {w for w in _WORD.findall(text.casefold()) if len(w) > 3}
