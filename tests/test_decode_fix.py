"""Stages 1 and 2: bytes to text, and text repair."""

from __future__ import annotations

import codecs

import pytest
from tests.test_properties import DE_CP1252_FEED, EN_CP1251_CURLY_QUOTES

import newsclean
from newsclean.errors import DecodeError
from newsclean.text.decode import decode
from newsclean.text.fix import fix_text

# charset-normalizer needs a few sentences to tell single-byte Cyrillic encodings apart.
TEXT = "Мэр заявил в понедельник, что новую дорогу откроют весной. Жители довольны решением. " * 3


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1251", "koi8-r"])
def test_common_encodings_decode(encoding: str) -> None:
    decoded = decode(TEXT.encode(encoding))
    assert decoded.text.replace("\ufeff", "") == TEXT


def test_bom_wins_and_is_recorded() -> None:
    decoded = decode(codecs.BOM_UTF8 + "héllo wörld".encode())
    assert decoded.text == "héllo wörld" and decoded.decided_by == "bom"


def test_declared_charset_is_used() -> None:
    html = '<html><head><meta charset="windows-1251"></head><body>' + TEXT + "</body></html>"
    decoded = decode(html.encode("cp1251"))
    assert decoded.decided_by == "declared"
    assert TEXT in decoded.text


def test_caller_encoding_that_does_not_fit_is_a_typed_error() -> None:
    with pytest.raises(DecodeError, match="Leave the encoding out"):
        decode("ü".encode(), encoding="ascii")
    assert issubclass(DecodeError, UnicodeError)


def test_garbage_always_decodes_to_something() -> None:
    decoded = decode(bytes(range(256)) * 3)
    assert decoded.text
    assert decoded.warnings


def test_mojibake_is_repaired_and_explained() -> None:
    broken = "The café’s owner said “it’s fine” on Monday."
    mojibake = broken.encode("utf-8").decode("latin-1")  # C1 controls included
    fixed = fix_text(mojibake)
    assert fixed.text == broken
    assert any(step.startswith("ftfy") for step in fixed.steps)


def test_curly_quotes_and_fullwidth_forms_are_left_alone() -> None:
    text = "“Quoted” text and ＡＢＣ full width."
    assert fix_text(text).text == text


def test_line_ends_and_invisible_characters() -> None:
    fixed = fix_text("one\r\ntwo\rthree\u2028four\x00\u200bfive")
    assert fixed.text == "one\ntwo\nthree\nfourfive"
    assert fixed.steps[0] == "line ends normalised to \\n" and len(fixed.steps) >= 2


def test_bengali_nfc_offsets_refer_to_fixed_text() -> None:
    # U+09DF (YYA) is decomposed by NFC: the fixed text is not a substring of the input.
    text = "শিরোনাম\n\nসে বলেছে যে আগামীকাল সভা হবে এবং সবাই উপস্থিত থাকবে \u09df শেষ।"
    doc = newsclean.clean(text)
    assert doc.fixed_text != text
    for line in doc.lines:
        assert doc.fixed_text[line.start : line.end] == line.text


@pytest.mark.parametrize(
    "text",
    [
        "Казахстан и Кения обсудили торговое сотрудничество\r\nВо вторник посол подписал меморандум.",
        "Қазақстан мен Кения сауда ынтымақтастығын талқылады.\nЕлші меморандумға қол қойды.",
        "Ахмед сказал: «Это хороший шаг».\nЗавтра — новая встреча.",
    ],
)
def test_latin1_mojibake_with_nel_is_repaired_before_line_breaks(text: str) -> None:
    # In UTF-8 read as latin-1 "х" is "Ñ\x85": U+0085 (NEL) must reach ftfy, not split the line.
    broken = text.encode("utf-8").decode("latin-1")
    assert "\x85" in broken or "\x80" in broken
    fixed = fix_text(broken)
    assert fixed.text == text.replace("\r\n", "\n")
    assert any(step.startswith("ftfy") for step in fixed.steps)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "El presidente Luis Fernández señaló el crecimiento del comercio con España y Perú."),
        ("cp1252", "Le porte-parole a souligné l'intérêt d'un dialogue régulier après la crise économique."),
        ("cp1252", "Der Botschafter betonte am Montag die Bedeutung des Dialogs in Österreich."),
        ("cp1252", "O ministro destacou a importância da cooperação económica com a União Europeia."),
        ("cp1250", "Předseda vlády zdůraznil, že spolupráce s Polskem je důležitá. Ministerstvo řeklo."),
        ("cp1250", "A miniszterelnök hangsúlyozta, hogy a gazdasági együttműködés fontos. Őszintén."),
        ("cp1254", "Başbakan, ekonomik işbirliğinin önemli olduğunu söyledi. Güçlü ilişkiler şart."),
    ],
)
def test_single_byte_latin_code_pages_are_told_apart(encoding: str, text: str) -> None:
    # Several code pages read these bytes without chaos: the one whose letters form an alphabet wins.
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.decided_by == "charset-normalizer"


@pytest.mark.parametrize("encoding", ["cp1252", "cp1251", "cp1250"])
def test_a_lone_non_ascii_byte_reads_as_the_commonest_code_page(encoding: str) -> None:
    # One NBSP (0xA0 in all three) is no evidence: the reading shared by the common code pages wins.
    text = "Also read |\xa0Sarah Collins meets the ambassador of Hungary in Geneva on Tuesday."
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


@pytest.mark.parametrize("encoding", ["cp1251", "cp1252", "cp1250"])
def test_curly_quotes_do_not_read_as_a_dos_or_mac_code_page(encoding: str) -> None:
    # cp775 ("ōWe mustö") and mac_roman ("ìWe mustî") read this feed's 0x93 0x94 as letters with
    # no more chaos than cp1251 and more letter "coherence"; no site serves either.
    decoded = decode(EN_CP1251_CURLY_QUOTES.encode(encoding))
    assert decoded.text == EN_CP1251_CURLY_QUOTES
    assert decoded.encoding == "cp1252"


def test_german_in_cp1252_does_not_read_as_a_dos_or_mac_code_page() -> None:
    # mac_latin2 and cp850 ("³ber", "─gypten") scored less chaos than cp1252 on this feed.
    decoded = decode(DE_CP1252_FEED.encode("cp1252"))
    assert decoded.text == DE_CP1252_FEED
    assert decoded.encoding == "cp1252"
