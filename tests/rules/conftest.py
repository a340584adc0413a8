"""Helpers for rule-family tests: pages written for the purpose, in several languages."""

from __future__ import annotations

import pytest

import newsclean

BODIES = {
    "en": [
        "The city council voted on Tuesday to keep the old bridge open for another year, officials said.",
        "Engineers had warned that the structure needed urgent repairs, but the budget for the work was cut in March.",
        "Residents who use the bridge every day said they were relieved by the decision and hoped for a lasting fix.",
    ],
    "ru": [
        "Городской совет во вторник проголосовал за то, чтобы оставить старый мост открытым ещё на год.",
        "Инженеры предупреждали, что конструкции нужен срочный ремонт, но бюджет на работы сократили в марте.",
        "Жители, которые каждый день ходят по мосту, сказали, что рады этому решению и ждут надёжного ремонта.",
    ],
    "bn": [
        "নগর পরিষদ মঙ্গলবার পুরনো সেতুটি আরও এক বছর খোলা রাখার পক্ষে ভোট দিয়েছে বলে কর্মকর্তারা জানিয়েছেন।",
        "প্রকৌশলীরা সতর্ক করেছিলেন যে কাঠামোটির জরুরি মেরামত প্রয়োজন, কিন্তু মার্চ মাসে কাজের বাজেট কমানো হয়।",
        "যে বাসিন্দারা প্রতিদিন সেতুটি ব্যবহার করেন তারা এই সিদ্ধান্তে স্বস্তি প্রকাশ করেছেন এবং স্থায়ী সমাধানের আশা করছেন।",
    ],
    "kk": [
        "Қалалық кеңес сейсенбі күні ескі көпірді тағы бір жылға ашық қалдыру туралы дауыс берді, деп хабарлады шенеуніктер.",
        "Инженерлер құрылымға шұғыл жөндеу қажет екенін ескерткен, бірақ жұмысқа арналған бюджет наурызда қысқартылды.",
        "Көпірді күн сайын пайдаланатын тұрғындар бұл шешімге қуанышты екенін және тұрақты жөндеуді күтетінін айтты.",
    ],
    "ar": [
        "صوت مجلس المدينة يوم الثلاثاء على إبقاء الجسر القديم مفتوحا لعام آخر، بحسب ما قال مسؤولون.",
        "وكان المهندسون قد حذروا من أن الهيكل يحتاج إلى إصلاحات عاجلة، لكن ميزانية العمل خفضت في مارس.",
        "وقال السكان الذين يستخدمون الجسر كل يوم إنهم شعروا بالارتياح لهذا القرار ويأملون في حل دائم.",
    ],
}
TITLES = {
    "en": "Council keeps the old bridge open for another year",
    "ru": "Совет оставил старый мост открытым ещё на год",
    "bn": "পুরনো সেতু আরও এক বছর খোলা রাখবে নগর পরিষদ",
    "kk": "Кеңес ескі көпірді тағы бір жылға ашық қалдырды",
    "ar": "مجلس المدينة يبقي الجسر القديم مفتوحا لعام آخر",
}


def page(language: str, *, head: list[str] = (), middle: list[str] = (), tail: list[str] = ()) -> str:
    """A page: chrome, title, body with ``middle`` lines after the first paragraph, then ``tail``."""
    body = BODIES[language]
    lines = [*head, TITLES[language], "", body[0], *middle, body[1], body[2], *tail]
    return "\n".join(lines)


def decisions(text: str, **kwargs: object) -> dict[str, tuple[str, str]]:
    """Line text -> (label, rule) for every non-blank line."""
    doc = newsclean.clean(text, **kwargs)  # type: ignore[arg-type]
    return {line.text.strip(): (line.label.value, line.rule) for line in doc.lines if line.text.strip()}


@pytest.fixture(params=sorted(BODIES))
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)
