"""Chinese, Japanese and Korean pages: the phrase lists (data/phrases/zh|ja|ko.toml), the byline
leads (记者, 記者) and the copyright line's holder (版权所有, 無断転載, 무단전재, ⓒ).

Pages written for this test: a menu, the headline, the head, four paragraphs, a related list,
a comment heading and a copyright line, as news sites in each language print them.
"""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.labels import Label

BODY = {
    "zh": [
        "市议会周一投票决定让这座旧桥再开放一年，市政府官员在会后对记者表示。",
        "居民们一直在等待新桥的建设，他们说交通拥堵已经持续了好几年。",
        "工程预计明年春天开始，整个项目将花费大约三年时间才能完成。",
        "这座桥建于一百年前，每天仍有三千多辆汽车和大量行人通过。",
    ],
    "zh-Hant": [
        "市議會週一投票決定讓這座舊橋再開放一年，市政府官員在會後對記者表示。",
        "居民們一直在等待新橋的建設，他們說交通擁堵已經持續了好幾年。",
        "工程預計明年春天開始，整個項目將花費大約三年時間才能完成。",
        "這座橋建於一百年前，每天仍有三千多輛汽車和大量行人通過。",
    ],
    "ja": [
        "市議会は月曜日、古い橋をもう一年開けておくことを決めたと市の担当者が説明した。",
        "住民は新しい橋の建設を何年も待っており、渋滞が続いていると話している。",
        "工事は来年の春に始まる予定で、完成までには約三年かかる見込みだという。",
        "橋は百年前に建てられ、今も毎日三千台を超える車が通っている。",
    ],
    "ko": [
        "시의회는 월요일 낡은 다리를 1년 더 개방하기로 결정했다고 시 관계자가 밝혔다.",
        "주민들은 수년째 새 다리 건설을 기다리고 있으며 교통 체증이 계속되고 있다고 말했다.",
        "공사는 내년 봄에 시작될 예정이며 완공까지 약 3년이 걸릴 것으로 보인다.",
        "이 다리는 백 년 전에 지어졌으며 지금도 매일 삼천 대가 넘는 차량이 지나간다.",
    ],
}
PAGES = {
    "zh": (
        ["首页", "新闻", "国际", "财经", "体育"],
        ["旧桥将再开放一年", "记者：王小明", "来源：新华社", "2019年11月19日 10:30"],
        ["相关阅读", "新桥设计方案公布", "市议会通过年度预算", "交通部门发布冬季出行提示"],
        ["评论", "版权所有 © 2019 新华网 未经授权禁止转载"],
    ),
    "zh-Hant": (
        ["首頁", "新聞", "國際", "財經", "體育"],
        ["舊橋將再開放一年", "記者：王小明", "來源：中央社", "2019年11月19日 10:30"],
        ["延伸閱讀", "新橋設計方案公布", "市議會通過年度預算", "交通部門發布冬季出行提示"],
        ["網友評論", "Copyright © 2019 中央社 版權所有"],
    ),
    "ja": (
        ["ホーム", "ニュース", "国内", "経済", "スポーツ"],
        ["古い橋、もう一年開通へ", "記者：山田太郎", "2019年11月19日 配信"],
        ["関連記事", "新しい橋の設計案を公表", "市議会が予算案を可決", "冬の交通情報"],
        ["コメント", "Copyright © 2019 Example Shimbun. 無断転載を禁じます。"],
    ),
    "ko": (
        ["홈", "뉴스", "정치", "경제", "사회"],
        ["낡은 다리 한 해 더 개통된다", "입력 2019.11.19 10:30"],
        ["관련기사", "새 다리 설계안 공개", "시의회 예산안 통과", "겨울철 교통 안내"],
        ["댓글", "ⓒ 예시일보 무단전재 및 재배포 금지"],
    ),
}


def _page(code: str) -> str:
    menu, head, related, foot = PAGES[code]
    return "\n".join([*menu, "", *head, "", *BODY[code], "", *related, "", *foot])


def _labels(code: str) -> dict[str, Label]:
    return {line.text: line.label for line in clean(_page(code), format="text").removed}


@pytest.mark.parametrize("code", list(PAGES))
def test_the_article_is_kept_whole_and_alone(code: str) -> None:
    assert clean(_page(code), format="text").text.splitlines() == BODY[code]


@pytest.mark.parametrize("code", list(PAGES))
def test_the_related_list_goes_under_its_heading(code: str) -> None:
    _menu, _head, related, _foot = PAGES[code]
    labels = _labels(code)
    assert [labels.get(line) for line in related] == [Label.RELATED] * len(related)


@pytest.mark.parametrize("code", list(PAGES))
def test_the_comment_heading_and_the_copyright_line_go(code: str) -> None:
    comments, notice = PAGES[code][3]
    labels = _labels(code)
    assert labels.get(comments) is Label.COMMENTS
    assert labels.get(notice) is Label.COPYRIGHT


@pytest.mark.parametrize(
    ("code", "author", "source", "publisher"),
    [
        ("zh", "王小明", "新华社", "新华网"),
        ("zh-Hant", "王小明", "中央社", "中央社"),
        ("ja", "山田太郎", None, "Example Shimbun"),
        ("ko", None, None, "예시일보"),
    ],
)
def test_the_head_and_the_copyright_line_give_the_metadata(
    code: str, author: str | None, source: str | None, publisher: str | None
) -> None:
    meta = clean(_page(code), format="text").metadata
    assert (meta.author, meta.source, meta.publisher) == (author, source, publisher)
    assert meta.title == PAGES[code][1][0]
    assert meta.published is not None and meta.published.startswith("2019-11-19")
