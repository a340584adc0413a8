"""Stage 1: bytes -> str. BOM, then a declared charset, then strict UTF-8, then charset-normalizer.

The decision is recorded (``Decoded.decided_by``) so a wrong guess can be traced and overridden.
A charset the page (or an HTTP ``Content-Type``) declares is read as browsers read it: through
the WHATWG Encoding Standard's labels (``webencodings``), so ``iso-8859-1``, ``latin1`` and
``ascii`` mean windows-1252, and a label that names no web encoding (``utf-7``, ``punycode``,
``undefined``) is ignored with a warning instead of reaching Python's codec of that name.
Whatever decoded the text, lone surrogates are replaced (with a warning): the output is always
valid UTF-8.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer
import regex
import webencodings

from newsclean.errors import DecodeError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="..."> or http-equiv content="...; charset=..." in the first few KB of HTML.
_DECLARED = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", regex.I)
_DECLARED_WINDOW = 4096
# Legacy encodings by how common they are on the web (most first; W3Techs/WHATWG usage order).
# Used only to break ties: charset-normalizer often scores cp1252 and cp1250 alike on Spanish or
# French text (both read the bytes without chaos), and picking cp1250 turns "ñ" into "ń".
_PREVALENCE = (
    "cp1252",
    "cp1251",
    "gb18030",
    "shift_jis",
    "euc_kr",
    "cp1256",
    "big5",
    "cp1250",
    "iso8859_2",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp874",
    "cp1257",
)
# Encodings web pages are served in: the WHATWG Encoding Standard's (what browsers decode;
# latin_1 is windows-1252 there) less the Mac ones, which no measurable share of sites uses, plus
# the Kazakh code pages. DOS, Mac and mainframe code pages (cp437, cp775, cp850, mac_roman,
# EBCDIC...) read text with as little chaos as the Windows ones, and as letters what are quotes
# there: "“quoted”" in cp1251 is not "ōquotedö" (cp775) or "ìquotedî" (mac_roman).
_WEB = frozenset(
    {
        *(f"cp{n}" for n in range(1250, 1259)),
        "cp874", "cp866", "koi8_r", "koi8_u", "latin_1", "ascii", "utf_8",
        *(f"iso8859_{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
        "gb18030", "gbk", "gb2312", "big5", "euc_jp", "iso2022_jp", "shift_jis", "cp932", "euc_kr",
        "cp949", "utf_16", "utf_16_be", "utf_16_le", "kz1048", "ptcp154",
    }
)  # fmt: skip
_WEB_NAMES = sorted(_WEB)
# Candidates within these margins of the best chaos / coherence count as equally good readings
# (coherence, a letter-frequency score, moves by ~0.05 between code pages on a short paragraph;
# chaos by as much when guillemets or dashes read as letters in one code page and not another).
_CHAOS_TIE = 0.1
_COHERENCE_TIE = 0.1
_FEW_HIGH_BYTES = 8
_HIGH_BYTES = bytes(range(0x80, 0x100))
# Non-ASCII letters of Latin-script languages written in single-byte code pages (lower case).
_ALPHABETS = (
    "áéíóúüñ",  # Spanish
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "àçèéíïòóúü",  # Catalan
    "áéíóúèëïöü",  # Dutch
    "åäöé",  # Swedish, Finnish
    "æøåé",  # Danish, Norwegian
    "áðéíóúýþæö",  # Icelandic
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "ăâîșțşţ",  # Romanian
    "čćđšž",  # Croatian, Bosnian, Serbian Latin, Slovene
    "çğıöşü",  # Turkish
    "äöõüšž",  # Estonian
    "āčēģīķļņšūž",  # Latvian
    "ąčęėįšųūž",  # Lithuanian
    "çë",  # Albanian
)
_LATIN_ACCENTED = regex.compile(r"[[^\x00-\x7f]&&\p{Script=Latin}&&\p{L}]", regex.V1)
# Share of U+FFFD or C0 controls above which a decoding is considered garbage.
_GARBAGE_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and the evidence that chose its encoding."""

    text: str
    encoding: str
    decided_by: (
        str  # "bom" | "declared" | "header" | "utf-8" | "charset-normalizer" | "replacement" | "caller"
    )
    warnings: tuple[str, ...] = ()


def as_text(
    data: str | bytes, *, encoding: str | None, warnings: list[str], content_type: str | None = None
) -> str:
    """``data`` as text: a ``str`` as it is, bytes decoded; warnings added to ``warnings``.

    Either way the text holds no lone surrogate (a ``str`` built from broken JSON or a
    ``surrogateescape`` read may have some; UTF-8 cannot encode them).
    """
    if isinstance(data, str):
        return without_surrogates(data, warnings)
    decoded = decode(data, encoding=encoding, content_type=content_type)
    warnings.extend(decoded.warnings)
    return without_surrogates(decoded.text, warnings)


_SURROGATE = regex.compile("[\\ud800-\\udfff]")


def without_surrogates(text: str, warnings: list[str]) -> str:
    """``text`` with surrogate pairs joined and lone surrogates replaced by U+FFFD (with a warning)."""
    if _SURROGATE.search(text) is None:
        return text
    fixed = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    lone = fixed.count("\ufffd") - text.count("\ufffd")
    if lone:
        warnings.append(f"replaced {lone} lone surrogate(s) with U+FFFD")
    return fixed


def decode(data: bytes, *, encoding: str | None = None, content_type: str | None = None) -> Decoded:
    """Decode page bytes, trying the most reliable evidence first.

    Order: an encoding given by the caller (any Python text codec: the caller knows), a
    byte-order mark, the charset of an HTTP ``content_type`` header value, a charset declared
    in the page, strict UTF-8, charset-normalizer's best guess, and finally UTF-8 with
    replacement characters (with a warning), so that something is always returned.
    """
    if encoding:
        return _caller(data, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name, "bom")
    notes: list[str] = []
    for label, source in ((header_charset(content_type), "header"), (_declared_label(data), "declared")):
        if label is None:
            continue
        found = _web_encoding(label, source, notes)
        if found is not None:
            decoded = _declared(data, found, source, notes)
            if decoded is not None:
                return decoded
    decoded = _undeclared(data)
    return Decoded(decoded.text, decoded.encoding, decoded.decided_by, (*notes, *decoded.warnings))


def _caller(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding, "caller")
    except (LookupError, UnicodeDecodeError) as exc:
        raise DecodeError(
            f"the bytes are not valid {encoding!r} ({exc}). Leave the encoding out to let newsclean guess it."
        ) from exc


_HEADER_CHARSET = regex.compile(r"""charset\s*=\s*["']?\s*([^"';,\s]{1,40})""", regex.I)


def header_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of an HTTP ``Content-Type`` value (``text/html; charset=...``)."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def _web_encoding(label: str, source: str, notes: list[str]) -> webencodings.Encoding | None:
    """The WHATWG encoding a label names; None (with a note) for labels browsers do not know."""
    found = webencodings.lookup(label)
    where = "the page declares" if source == "declared" else "the Content-Type declares"
    if found is None or found.name == "replacement":
        notes.append(f"{where} charset {label!r}, not a web encoding; ignored")
        return None
    if source == "declared" and found.name in ("utf-16le", "utf-16be"):
        # HTML: a <meta> read as ASCII cannot be right about UTF-16; browsers take UTF-8.
        return webencodings.lookup("utf-8")
    return found


def _declared(data: bytes, found: webencodings.Encoding, source: str, notes: list[str]) -> Decoded | None:
    """The bytes in a declared encoding; None when they are not valid in it (other evidence next)."""
    name = found.name
    if name == "windows-1252":  # browsers map its five undefined bytes to C1 controls
        return Decoded(data.decode("cp1252", errors=_C1), name, source, tuple(notes))
    try:
        return Decoded(found.codec_info.decode(data)[0], name, source, tuple(notes))
    except UnicodeDecodeError:
        if name == "utf-8":
            text = data.decode("utf-8", errors="replace")
            where = "page" if source == "declared" else "Content-Type"
            warning = f"{where} declares UTF-8 but has invalid bytes; replaced"
            return Decoded(text, name, source, (*notes, warning))
    return None


def _c1(error: UnicodeError) -> tuple[str, int]:
    """windows-1252's undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) as the C1 controls they are in
    the WHATWG table."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


_C1 = "newsclean-whatwg-c1"
codecs.register_error(_C1, _c1)


def _undeclared(data: bytes) -> Decoded:
    """No usable declaration: strict UTF-8, then charset-normalizer, then UTF-8 with replacement."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    best = _best_guess(data, _candidates(data))
    if best is not None and best.encoding:
        text = str(best)
        if not _looks_like_garbage(text):
            name = _commonest_name(best)
            return Decoded(text, name, "charset-normalizer", (f"encoding guessed as {name}",))
    text = data.decode("utf-8", errors="replace")
    return Decoded(
        text,
        "utf-8",
        "replacement",
        ("no encoding fits the bytes; invalid bytes replaced with U+FFFD",),
    )


def _candidates(data: bytes) -> charset_normalizer.CharsetMatches:
    """charset-normalizer's readings in the encodings sites serve; in any encoding if none fits.

    DOS and Mac code pages read German "über" in cp1252 as "³ber", and "“quoted”" in cp1251 as
    "ōquotedö", with less chaos than the right reading by charset-normalizer's measure.
    """
    return charset_normalizer.from_bytes(data, cp_isolation=_WEB_NAMES) or charset_normalizer.from_bytes(data)


def _best_guess(
    data: bytes, matches: charset_normalizer.CharsetMatches
) -> charset_normalizer.CharsetMatch | None:
    """charset-normalizer's best reading; among equally clean readings, the one that spells a language.

    Single-byte code pages often all read the bytes without chaos and with about the same
    language coherence (cp1250 reads Spanish "señaló" as "seńaló", cp1252 reads Czech "před"
    as "pøed"). What tells them apart is that a text's accented letters come from one
    alphabet: "ń" beside "á é ó" belongs to no language. Remaining ties go to the commoner
    code page.
    """
    best = matches.best()
    if best is None:
        return None
    # A handful of non-ASCII bytes is no evidence for coherence (a letter-frequency score):
    # the readings differ in those few characters only.
    weak = len(data) - len(data.translate(None, _HIGH_BYTES)) < _FEW_HIGH_BYTES
    tied = [
        m
        for m in matches
        if m.chaos <= best.chaos + _CHAOS_TIE and (weak or m.coherence >= best.coherence - _COHERENCE_TIE)
    ]
    return min(tied, key=lambda m: (-_alphabet_fit(str(m)), _rarity(m)), default=best)


def _alphabet_fit(text: str) -> float:
    """Share of the text's accented Latin letters that one language's alphabet holds (1.0 if none)."""
    counts: dict[str, int] = {}
    for ch in _LATIN_ACCENTED.findall(text.casefold()):
        counts[ch] = counts.get(ch, 0) + 1
    total = sum(counts.values())
    if not total:
        return 1.0
    return max(sum(n for ch, n in counts.items() if ch in letters) for letters in _ALPHABETS) / total


def _rarity(match: charset_normalizer.CharsetMatch) -> int:
    """Rank of the commonest code page that gives this very reading (charset-normalizer groups them)."""
    names = [match.encoding, *match.could_be_from_charset]
    return min((_PREVALENCE.index(n) for n in names if n in _PREVALENCE), default=len(_PREVALENCE))


def _commonest_name(match: charset_normalizer.CharsetMatch) -> str:
    names = [match.encoding, *match.could_be_from_charset]
    return min(names, key=lambda n: _PREVALENCE.index(n) if n in _PREVALENCE else len(_PREVALENCE))


def _declared_label(data: bytes) -> str | None:
    """The charset label a ``<meta>`` in the first few KB declares, as written."""
    match = _DECLARED.search(data[:_DECLARED_WINDOW])
    if match is None:
        return None
    return match.group(1).decode("ascii", errors="ignore").strip().lower() or None


def _looks_like_garbage(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t"))
    return bad / len(text) > _GARBAGE_SHARE
