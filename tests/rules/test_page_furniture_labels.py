"""Labels of the page's furniture around the article, as the generated pages' survey found them
wrong: a comments heading's own paragraphs, a related list under the comments, a cookie
banner's button, social follow prompts and desk bylines."""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES, TITLES, decisions, page

import newsclean

#: Four readers' comments, each a paragraph with none of the article's words.
COMMENTS = {
    "en": (
        "Comments",
        [
            "I have been waiting for this for years and I am glad that somebody finally listened to us.",
            "This is a waste of money in my opinion and they should have built a new one long ago.",
            "My kids walk over it every morning and I never felt that it was safe enough for them.",
            "Great news for the town, but what about the traffic jams that we see every single day?",
        ],
        "Popular Posts",
    ),
    "ru": (
        "Комментарии",
        [
            "Я ждал этого много лет и рад, что кто-то наконец нас услышал и принял такое решение.",
            "По-моему, это пустая трата денег, надо было давно построить новый вместо этого старого.",
            "Мои дети каждое утро идут по нему в школу, и мне всегда было за них немного страшно.",
            "Хорошая новость для города, но что делать с пробками, которые мы видим каждый божий день?",
        ],
        "Популярное",
    ),
    "ar": (
        "التعليقات",
        [
            "كنت أنتظر هذا منذ سنوات وأنا سعيد لأن أحدا استمع إلينا أخيرا واتخذ هذا القرار المهم.",
            "في رأيي هذا إهدار للمال وكان عليهم أن يبنوا واحدا جديدا منذ زمن طويل بدلا من ذلك.",
            "أطفالي يعبرونه كل صباح ولم أشعر أبدا أنه آمن بما يكفي لهم طوال كل هذه السنوات الماضية.",
            "أخبار جيدة للمدينة، لكن ماذا عن الازدحام المروري الذي نراه كل يوم في وسط البلد؟",
        ],
        "الأكثر قراءة",
    ),
}
#: Stories of other days, as a related list prints them.
TEASERS = {
    "en": ["Talks on the climate agenda held in Nairobi", "11 people injured in road accident downtown"],
    "ru": ["В Найроби прошли переговоры по климату", "В аварии в центре города пострадали 11 человек"],
    "ar": ["محادثات حول المناخ في نيروبي", "إصابة 11 شخصا في حادث سير وسط المدينة"],
}


@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_paragraphs_right_under_a_comments_heading_are_comments(lang: str) -> None:
    """A box of headlines under a heading, then paragraphs, is a link box set in the article;
    paragraphs right under the comments heading, with no headline between, are the comments."""
    heading, comments, _ = COMMENTS[lang]
    got = decisions("\n".join([TITLES[lang], "", *BODIES[lang], heading, *comments]))
    assert all(got[line][0] == "comments" for line in comments)
    assert all(got[line] == ("body", "body.core") for line in BODIES[lang])


@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_a_related_list_under_the_comments_is_related(lang: str) -> None:
    heading, comments, related = COMMENTS[lang]
    got = decisions(page(lang, tail=[heading, *comments, related, *TEASERS[lang]]))
    assert got[related][0] == "related"
    assert all(got[line][0] == "related" for line in TEASERS[lang])


@pytest.mark.parametrize(
    ("lang", "notice", "button"),
    [
        ("en", "This website uses cookies to ensure you get the best experience.", "Got it!"),
        ("ru", "Мы используем файлы cookie, чтобы сайт работал лучше.", "Принять"),
        ("ar", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.", "موافق"),
        ("kk", "Сайт cookie файлдарын пайдаланады.", "Қабылдау"),
    ],
)
def test_a_cookie_notices_button_is_noise(lang: str, notice: str, button: str) -> None:
    got = decisions(page(lang, tail=[notice, button]))
    assert got[notice] == ("noise", "noise.cookie")
    assert got[button] == ("noise", "noise.cookie_button")


def test_a_button_word_away_from_a_cookie_notice_is_not_a_cookie_button() -> None:
    got = decisions(page("en", head=["Home", "Close"], tail=["Accept"]))
    assert got["Close"][1] != "noise.cookie_button"
    assert got["Accept"][1] != "noise.cookie_button"


@pytest.mark.parametrize(
    ("lang", "prompt"),
    [
        ("en", "Follow us on Telegram"),
        ("ru", "Следите за нами в Telegram"),
        ("ar", "تابعونا على تلغرام"),
    ],
)
def test_a_follow_us_prompt_is_a_subscribe_prompt(lang: str, prompt: str) -> None:
    assert decisions(page(lang, tail=[prompt]))[prompt] == ("subscribe", "subscribe.prompt")


@pytest.mark.parametrize(
    ("lang", "desk"),
    [("ru", "Служба новостей"), ("kk", "Жаңалықтар қызметі"), ("ar", "فريق التحرير")],
)
def test_a_desk_byline_under_the_headline_is_meta(lang: str, desk: str) -> None:
    got = decisions(page(lang, head=[desk]).replace(f"{desk}\n{TITLES[lang]}", f"{TITLES[lang]}\n{desk}"))
    assert got[desk] == ("meta", "meta.byline")


@pytest.mark.parametrize("lang", ["en", "ru", "bn"])
def test_the_x_link_is_a_menu_item_and_a_dash_is_noise(lang: str) -> None:
    """A one-letter line that names a menu's link ("X", the social network) is navigation; a
    lone symbol stays noise."""
    got = decisions(page(lang, head=["X", "-"]))
    assert got["X"] == ("navigation", "navigation.menu")
    assert got["-"] == ("noise", "noise.symbol")


def test_a_latest_link_in_the_menu_is_navigation_a_latest_list_under_the_story_related() -> None:
    """ "Latest" between menu items opens no list (no article above it: page chrome); under the
    story it heads one."""
    teasers = TEASERS["en"]
    doc = newsclean.clean(
        page("en", head=["Menu", "Latest", "Economy", "Politics"], tail=["Latest", *teasers])
    )
    assert [line.rule for line in doc.lines if line.text == "Latest"] == [
        "navigation.menu",
        "related.heading",
    ]
    assert all(line.label.value == "related" for line in doc.lines if line.text in teasers)


@pytest.mark.parametrize(
    ("lang", "form"),
    [
        ("es", "Deja una respuesta"),
        ("fr", "Laisser une réponse"),
        ("it", "Lascia una risposta"),
        ("de", "Antwort hinterlassen"),
    ],
)
def test_a_comment_forms_heading_is_comments(lang: str, form: str) -> None:
    got = decisions(page("en", tail=[form, "Your email address will not be published."]))
    assert got[form] == ("comments", "comments.heading")


@pytest.mark.parametrize(
    ("agency", "lang"), [("أسوشيتد برس", "ar"), ("وكالة الأنباء الفرنسية", "ar"), ("Associated Press", "en")]
)
def test_an_agency_under_a_feed_title_is_its_source(agency: str, lang: str) -> None:
    """A feed article's line under its title names its source; an agency's name (meta.agency)
    is no person's, even in a script whose names have no capitals to tell."""
    title, body = TITLES[lang], BODIES[lang]
    feed = [
        "01.01.2015, 10:00 15",
        title,
        agency,
        *body,
        "",
        "01.01.2015, 09:00 12",
        title + " 2",
        *body[::-1],
        "",
        "01.01.2015, 08:00 11",
        title + " 3",
        body[1],
        body[0],
    ]
    doc = newsclean.clean("\n".join(feed), format="text")
    assert doc.articles[0].metadata.source == agency
    assert doc.articles[0].metadata.author is None


def test_a_kazakh_newsletter_box_is_a_subscribe_prompt() -> None:
    assert decisions(page("kk", tail=["Жаңалықтар таратылымы"]))["Жаңалықтар таратылымы"][0] == "subscribe"


@pytest.mark.parametrize(
    ("lang", "dateline", "count", "heading"),
    [
        ("en", "Updated: Dec 31, 2025 8:51pm UTC", "21 comments", "Comments"),
        ("ru", "31 декабря 2025, 20:51", "Комментарии (21)", "Комментарии"),
        ("ar", "31 ديسمبر 2025، 20:51", "التعليقات (21)", "التعليقات"),
    ],
)
def test_a_comment_count_in_the_head_opens_no_comments_section(
    lang: str, dateline: str, count: str, heading: str
) -> None:
    """The head's comment count (a link down to the thread) stands between the dateline and the
    story: the story under it is no comment; the thread's own heading after it still opens one."""
    _, comments, _ = COMMENTS[lang]
    # A notice above the head is prose of other words: the section would run on to the end.
    notice = "If you buy something through our links, we may earn an affiliate commission from the seller."
    lines = [notice, TITLES[lang], dateline, count, *BODIES[lang], heading, *comments[:2]]
    got = decisions("\n".join(lines))
    assert all(got[line] == ("body", "body.core") for line in BODIES[lang])
    assert all(got[line][0] == "comments" for line in comments[:2])
