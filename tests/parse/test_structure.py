"""Structural boilerplate detectors, new name sources, numbers and times, on hand-made lines,
with look-alikes that must stay content."""

from __future__ import annotations

import pytest

from chipclaims.parse import ArticleParser, classify_lines
from chipclaims.rules import Rulebook

BOOK = Rulebook.load()
PARSER = ArticleParser.from_rulebook(BOOK)
BODY = ("Huawei said on Tuesday that it will ship the new chip to cloud providers in China "
        "before the end of the year, according to people familiar with the plans.")
BODY2 = ("The company did not say how many chips it would make, and analysts expect supply "
         "to stay tight for most of the coming year as demand keeps rising.")


def kinds(lines: list[str]) -> list[tuple[str, str]]:
    return [(lab.kind, lab.reason) for lab in classify_lines(lines, BOOK.boilerplate,
                                                             PARSER.structure)]


def one(line: str) -> tuple[str, str]:
    """The label of ``line`` placed between a title and two body paragraphs."""
    return kinds(["Huawei ships a new AI chip to Chinese clouds", line, BODY, BODY2])[1]


@pytest.mark.parametrize("line", [
    "10/25/2023", "Updated:", "Time:2025-09-19 Views:36", "Tech     8:29am, 7 October 2025",
    "2025-08-07 Emerging Technologies editor", "(2025/07/29)", "- Apr 17",
    "Example Radio News Thursday, January 8, 2026", "Senior Technology Reporter",
    "July 14, 2025Example Report", "Shenzhen, Wednesday, 26 February 2025.",
])
def test_date_and_author_lines_are_bylines(line):
    assert one(line) == ("boilerplate", "byline")


@pytest.mark.parametrize("line", [
    "On Oct. 17, the Commerce Department updated its restrictions.",
    "January 2026 brought new rules for chips",
    "Technology reporters say the chip is fast.",
    "2025: the year of the Ascend",
    "Why Huawei's chips matter",
])
def test_look_alikes_stay_content(line):
    assert one(line)[0] != "boilerplate"


@pytest.mark.parametrize(("line", "reason"), [
    ("You are here: Home >> News >> Industry", "navigation"),
    ("Welcome to Example Media Limited!", "navigation"),
    ("Categorized in: AI News Government", "navigation"),
    ("Breaking News Featured", "navigation"),
    ("https://www.example.com/news/articles/2025-10-03/chip-story", "source_link"),
    ("- example.tv", "source_link"),
    ("Source Example Wire", "source_link"),
    ("Image for Huawei's new chip launch", "caption"),
    ("Audio By Example", "ui_residue"),
    ("[2]", "ui_residue"),
    ("Reply", "comment"),
    ("#ipo #chips #huawei", "navigation"),
    ("Log in to access premium analysis and more features", "ui_residue"),
    ("About us: Example Media is a news site for chip investors.", "other"),
    ("Example News @example: Chip rules tighten https://t.co/abc123", "other"),
    ("Jane A. Doe | John Roe | Li Wei", "byline"),
    ("Example Wire | Updated: 07-03-2023 23:40 IST | Created: 07-03-2023 23:40 IST", "byline"),
    ("Sign up to the Example Pro newsletter to get all the top news your business needs!",
     "share_prompt"),
    ("Article content", "ui_residue"),
    ("73.14 ↓ USD", "ui_residue"),
    ("+25° wind 3 m/s", "ui_residue"),
    ("The link has been copied to the clipboard", "ui_residue"),
    ("time: source: Example Morning Post", "source_link"),
    ("Also, see:", "related_links"),
    ("The logo of Example Corp is seen on a graphics chip in this illustration picture taken "
     "on March 1.", "caption"),
    ("Example's AI training chip, the Siyuan 290 smart chip. [example.com]", "caption"),
    ("Table of contents:", "ui_residue"),
    ("example.com.cn | Updated: Feb 7, 2021 L M S", "byline"),
    ("Sponsored Links", "ad"),
    ("Promoted Links", "ad"),
    ("Published by", "byline"),
    ("Volume XV, Number 120", "byline"),
])
def test_site_furniture_is_set_aside(line, reason):
    assert one(line) == ("boilerplate", reason)


def test_a_name_with_a_number_heading_a_section_of_the_body_is_no_date_line():
    body = BODY + " The Example 800 chip is made in Hangzhou."
    lines = ["Huawei ships a new AI chip to Chinese clouds", body, "Example 800", BODY2]
    assert kinds(lines)[2] == ("heading", "")
    # a name with a day's number the body never names, or above the body, is a date line
    assert kinds(["Huawei ships a new AI chip to Chinese clouds", BODY, "Example 12",
                  BODY2])[2] == ("boilerplate", "byline")
    assert kinds(["Huawei ships a new AI chip to Chinese clouds", "Example 12", body,
                  BODY2])[1] == ("boilerplate", "byline")
    # a model number (three digits or more) with no date beside it is no date at all
    for line in ("Example 800", "Atlas 950 SuperPod", "Kunpeng 960"):
        assert kinds(["Huawei ships a new AI chip to Chinese clouds", BODY, line,
                      BODY2])[2][0] != "boilerplate", line


def test_a_title_printed_twice_below_a_section_name_is_the_title_and_its_repeat():
    title = "Malaysia backtracks on the use of Example chips in its AI stack"
    got = kinds(["Data Centres & Networks", "", title, "", title, "", BODY, BODY2])
    assert got[0][0] == "boilerplate" and got[2] == ("title", "")
    assert got[4] == ("boilerplate", "repeated_title")
    # an author's name printed twice stays a byline pair
    got = kinds(["Huawei ships a new AI chip to Chinese clouds", "Jane Doe", "Jane Doe", BODY])
    assert got[1] == got[2] == ("boilerplate", "byline")


def test_no_title_below_the_long_lines_of_a_summary():
    bullets = [f"Point {k}: the example agency reported that {k} thousand chips were moved "
               f"through shell companies in three countries during the year, which the "
               f"prosecutors said shows how hard the rules are to enforce" for k in (1, 2)]
    got = kinds(["- ■", bullets[0], "- ■", bullets[1], "- ■", "Short point about policy now",
                 BODY, BODY2])
    assert got[1][0] != "boilerplate" and got[3][0] != "boilerplate"


def test_section_words_inside_the_body_are_a_heading():
    lines = ["Huawei ships a new AI chip to Chinese clouds", BODY, "China", BODY2]
    assert kinds(lines)[2] == ("heading", "")


def test_furniture_before_the_title_is_navigation():
    lines = ["About Example News", "", "Example News curates chip stories for you.", "",
             "Huawei ships a new AI chip to Chinese clouds", BODY, BODY2]
    got = kinds(lines)
    assert got[0] == ("boilerplate", "navigation") and got[4] == ("title", "")
    assert got[2][0] == "boilerplate"


def test_comment_thread_after_the_body():
    lines = ["Huawei ships a new AI chip", BODY, BODY2, "3 Comments", "jdoe2025", "Great chip!",
             "Reply"]
    assert [k for k, _ in kinds(lines)[3:]] == ["boilerplate"] * 4
    assert {r for _, r in kinds(lines)[4:]} == {"comment_prompt", "comment"}


def test_short_closing_lines_without_a_tail_heading_stay_content():
    lines = ["Huawei ships a new AI chip", BODY, BODY2, "What comes next"]
    assert kinds(lines)[3] == ("heading", "")


def test_a_caption_printed_twice_is_debris_twice():
    cap = "A chip on display in Shanghai. (Jane Doe/Example Images)"
    got = kinds(["Huawei ships a new AI chip", cap, cap, BODY, BODY2])
    assert got[1][0] == got[2][0] == "boilerplate"


def names(text: str) -> set[tuple[str, str]]:
    return {(m.surface, m.type) for m in PARSER.entities.find(text)}


def test_places_from_geonames_and_iso_3166():
    found = names("Firms in Ottawa, Saudi Arabia and Hangzhou-based DeepSeek met in Asia’s hub.")
    assert {("Ottawa", "place"), ("Saudi Arabia", "place"), ("Hangzhou", "place"),
            ("Asia", "place")} <= found
    assert ("Tehran", "place") not in found
    assert any(s == "TEHRAN" for s, _ in names("TEHRAN (Tasnim) – The US acted."))


def test_the_places_table_is_built_once_and_read_from_the_cache(tmp_path, monkeypatch):
    from chipclaims.rules.places import load_places
    words = Rulebook.load().words
    monkeypatch.setenv("CHIPCLAIMS_CACHE_DIR", str(tmp_path))
    built = load_places(words)
    (cached,) = tmp_path.glob("places-*.json")
    assert load_places(words) == built  # read back from the file
    cached.write_text("{not json", encoding="utf-8")  # a damaged cache is built again
    assert load_places(words) == built
    monkeypatch.setenv("CHIPCLAIMS_CACHE_DIR", "")  # no cache at all: still the same table
    assert load_places(words) == built and built["Ottawa"] == "Ottawa"


def test_london_and_possessives():
    assert ("London", "place") in names("He spoke during a London appearance.")
    assert ("Huawei Technologies", "org") in names("China’s Huawei Technologies said so.")


def test_capitalised_sentence_starts_are_not_places():
    assert not {t for _, t in names("Most analysts agree. Split decisions are rare.")} & {
        "place"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Memory chipmaker ChangXin Memory Technologies plans a listing.",
     ("ChangXin Memory Technologies", "org")),
    ("Marco Sun, chief analyst at MUFG, said gains were modest.", ("Marco Sun", "person")),
    ("Marco Sun, chief analyst at MUFG, said gains were modest.", ("MUFG", "org")),
    ("The Institute for Progress backed the rule.", ("Institute for Progress", "org")),
    ("Baidu's AI chip arm Kunlunxin plans a listing.", ("Kunlunxin", "org")),
    ("Nvidia's Blackwell parts ship in an NVL72 rack.", ("Blackwell", "chip")),
    ("Gemini 2.5 Pro and DeepSeek-V3.2-Exp were compared.", ("DeepSeek-V3.2-Exp", "model")),
    ("Cole McFaul of Georgetown University said the rules were weak.",
     ("Cole McFaul", "person")),
    ("Cole McFaul of Georgetown University said the rules were weak.",
     ("Georgetown University", "org")),
    ("The U.S. government added Huawei to the list.", ("U.S. government", "place")),
    ("Moolenaar chairs the House Committee on the Chinese Communist Party.",
     ("House Committee on the Chinese Communist Party", "org")),
])
def test_organisations_people_and_products_from_context(text, expected):
    assert expected in names(text)


def test_a_known_company_then_a_person_is_two_names():
    found = names("Deputy Chairman of Huawei Eric Xu states that the reprieve was short.")
    assert ("Huawei", "org") in found and ("Eric Xu", "person") in found
    assert not any(n.startswith("Huawei E") for n, _ in found)


def test_headline_words_are_not_organisations():
    assert names("Breaking US Semiconductor Dependence Is Hard Work For Nvidia Group") == {
        ("US", "place"), ("Nvidia", "org")}


def qty(text: str) -> list[tuple[str, float, str, str]]:
    times = [(t.start, t.end, t.time_kind) for t in PARSER.times.find(text)]
    return [(q.surface, q.value, q.unit, q.quantity_kind)
            for q in PARSER.quantities.find(text, PARSER.entities.find(text), times)]


@pytest.mark.parametrize(("text", "expected"), [
    ("It has twice the memory.", ("twice", 2, "times", "multiplier")),
    ("More than 5x the accelerators.", ("5x", 5, "times", "multiplier")),
    ("It is 3.6 times faster.", ("3.6 times", 3.6, "times", "multiplier")),
    ("A 355B-parameter model.", ("355B", 355e9, "parameter", "count")),
    ("A new four-die model.", ("four", 4, "die", "count")),
    ("It is five to six times faster.", ("five", 5, "times", "multiplier")),
    ("It is five to six times faster.", ("six times", 6, "times", "multiplier")),
    ("It costs one-third as much.", ("one-third", 0.333, "times", "multiplier")),
])
def test_multipliers_and_sizes(text, expected):
    assert expected in qty(text)


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("Sales could resume soon.", "soon", "relative"),
    ("It is now the main chip.", "now", "relative"),
    ("It came a month after the rule.", "a month after", "relative"),
    ("Over the next four years it will invest.", "the next four years", "relative"),
    ("The talks went on for months.", "for months", "duration"),
    ("It took two decades.", "two decades", "duration"),
    ("Revenue for fiscal year 2026 rose.", "fiscal year 2026", "quarter"),
    ("It shipped on Friday.", "Friday", "weekday"),
])
def test_time_expressions_of_every_kind(text, surface, kind):
    assert (surface, kind) in {(t.surface, t.time_kind) for t in PARSER.times.find(text)}


def test_discourse_words_are_not_times():
    assert PARSER.times.find("Meanwhile, previously announced plans stand.") == []


def test_article_topics_are_the_union_with_other_only_when_large():
    from chipclaims.parse.topics import article_topics

    assert article_topics(["sanctions", "other", "ascend;zhipu"]) == "sanctions;ascend;zhipu"
    assert article_topics(["other", "other", "zhipu"]) == "zhipu;other"
    assert article_topics([]) == ""


def test_a_ticker_of_headlines_before_the_body_is_set_aside_but_not_the_title():
    ticker = ["Stadium Partners With Network Firm for Upgrades", "",
              "Collaboration Is the Key Defence Against Threats", "",
              "Tariff Turmoil Raises Supply Chain Risks", "",
              "Quantum Computing Finds a Commercial Path", ""]
    lines = ["Saturday, April 19, 2025", "", *ticker,
             "Huawei ships a new AI chip to Chinese clouds", "", BODY, BODY2]
    got = kinds(lines)
    assert {got[i] for i in (2, 4, 6, 8)} == {("boilerplate", "related_links")}
    assert got[10] == ("title", "")
    short = ["Huawei ships a new AI chip to Chinese clouds", "A Subtitle That Reads Like One",
             BODY, BODY2]  # a title and a standfirst are not a ticker
    assert [k for k, _ in kinds(short)[:2]] != ["boilerplate", "boilerplate"]


@pytest.mark.parametrize("line", ["141 GB |", "4.8 TB/s |"])
def test_table_cells_split_over_lines_are_not_date_lines(line):
    assert one(line)[0] != "boilerplate"


@pytest.mark.parametrize("line", [
    "- Memory: 96 GB HBM3", "- Launch: Q4 2025", "- Transistors: 53 Billion", "Release: 2026",
    "Huawei Ascend 920: Q3 2025", "- 50 Nvidia H200 GPUs",
])
def test_rows_of_a_fact_sheet_are_not_date_lines(line):
    """A labelled row ("Release: 2026"), a quarter and a counted list item are content; a
    date line with a date label, a time zone or an outlet stays a byline."""
    assert one(line)[0] != "boilerplate"


@pytest.mark.parametrize("line", [
    "Ascend 960: 2027", "Atlas 950 SuperPoD: 2026", "- 2027: Ascend 960",
    "- May 2026: Ascend 950PR launch", "September 2025: Huawei Connect",
    "Launch date: September 18, 2025", "Huawei Connect: 18-20 September 2025",
    "2.2 Architectural Innovations", "2.1 Huawei's 2025 Roadmap",
])
def test_roadmap_rows_and_timeline_items_are_not_date_lines(line):
    assert one(line)[0] != "boilerplate"


@pytest.mark.parametrize("line", [
    "Published: May 3, 2025", "- 06:01 PM, Jan 14, 2026", "Reuters 12 May 2025",
    "Created: 07-03-2023 23:40 IST", "Originally published: January 14, 2026",
    "Publish date: 2026-01-14", "Publish time: 2026-01-14 10:30",
    "News date: 14/01/2026", "Editor: Jane Doe | 2026-01-14", "09.18 Xinhua",
    "Published: 17 January 2026. The Example Chronicle Desk. The Example Chronicle Online",
    "Reporter: Li Wei | Updated: 2026-01-14",
])
def test_date_lines_with_labels_bullets_and_outlets_stay_bylines(line):
    assert one(line)[0] == "boilerplate"


def test_a_caption_above_a_photo_credit_and_a_name_above_a_date_line():
    """Shapes, not strings: a short line above a credit is a caption once the body has begun
    (above it, a headline-like line is the title); a bare name above a date line is a
    byline."""
    lines = ["Jane van Doe", "12 August 2020", "", "Huawei ships a new AI chip to Chinese clouds",
             BODY, "A chip plant", "Credit: Example", BODY2]
    got = kinds(lines)
    assert got[0] == ("boilerplate", "byline") and got[3] == ("title", "")
    assert got[5] == ("boilerplate", "caption")
    top = ["Huawei ships a new AI chip to Chinese clouds", "Photo: Example", BODY, BODY2]
    assert kinds(top)[0] == ("title", "")
    text = ("Huawei said the new chip would ship to its cloud customers next quarter, the "
            "company said.")
    gallery = ("3 Nvidia's most powerful chips are banned for sale to China under the "
               "current rules.")
    inside = ["Huawei ships a new AI chip to Chinese clouds", BODY, text, "Photo: Example",
              gallery, "REUTERS", BODY2]
    got = kinds(inside)
    assert got[2] == ("body", "")  # running text above a credit stays text
    assert got[4] == ("boilerplate", "caption")  # unless a gallery's number opens it


def test_a_photo_file_name_and_the_dash_credit_under_it_are_boilerplate():
    """A bare image file name is a photo's residue, and a dash and a name right under it is
    its credit; the same dash line under running text is left alone (a quote's speaker)."""
    lines = ["Huawei ships a new AI chip to Chinese clouds", BODY,
             "Huawei_event_2018_2.original.jpg", "– Huawei", BODY2, "– Jane Doe"]
    got = kinds(lines)
    assert got[2] == ("boilerplate", "caption") and got[3] == ("boilerplate", "image_credit")
    assert got[5][0] != "boilerplate"


def test_a_related_heading_claims_the_headlines_below_it():
    lines = ["Huawei ships a new AI chip to Chinese clouds", BODY, "Most Read from Example",
             "Why Chip Stocks Rose Today Markets Wrap Up A Week Of Gains Another Story "
             "About Chips And Yet Another One About Phones", BODY2]
    got = kinds(lines)
    assert got[3] == ("boilerplate", "related_links")
    assert got[4] == ("body", "")
    above_title = ["Related Articles", "Chip Stocks Rise Again", "Huawei ships a new AI chip "
                   "to Chinese clouds", BODY, BODY2]
    got = kinds(above_title)
    assert got[1] == ("boilerplate", "related_links") and got[2] == ("title", "")


def test_blank_runs_and_pages_without_running_text_stay_cheap_and_content():
    """A title over 20,000 blank lines (once a quadratic walk: seconds; the bench times
    such pages) still finds the furniture below them; with no running text at all, short
    lines are the article's own headings, not furniture."""
    got = kinds(["Huawei ships a new AI chip to Chinese clouds", *[""] * 20000, "GMT Example",
                 BODY])
    assert got[-2] == ("boilerplate", "byline")
    wrapped = ["Huawei ships a new AI chip to Chinese clouds", "Export Controls",
               "the chip is made", "Nvidia Response", "the company said"]
    assert kinds(wrapped)[1][0] != "boilerplate" and kinds(wrapped)[3][0] != "boilerplate"


@pytest.mark.parametrize(("line", "expected"), [
    ("GMT Example", ("boilerplate", "byline")),
    ("Key Takeaways", ("heading", "")),
    ("141 GB |", None),
])
def test_a_few_words_between_the_title_and_the_body(line, expected):
    """One to three words between the title and the body are furniture (a name under an
    avatar), unless they head a summary box; table fragments are left alone."""
    got = one(line)
    if expected is None:
        assert got[0] != "boilerplate"
    else:
        assert got == expected


def test_zhipu_s_legal_name_is_not_an_atlas_server():
    """"Zhipu AI, also known as Knowledge Atlas Technology" is about Zhipu, not Huawei's
    Atlas servers; "the Atlas 950 SuperPoD" is about the Ascend stack."""
    assert "ascend" not in PARSER.topics.assign(
        "Zhipu AI, also known as Knowledge Atlas Technology, opened 3.3% higher.", ())
    assert "ascend" in PARSER.topics.assign("Huawei showed the Atlas 950 SuperPoD.", ())


def test_a_file_photo_label_and_an_illustration_caption_are_boilerplate():
    """"FILE PHOTO: An NVIDIA logo ... appear in this illustration taken August 25, 2025." is
    a photo's caption, however it opens; a sentence of the story that names a photo is not."""
    lines = ["Huawei ships a new AI chip to Chinese clouds", BODY,
             "FILE PHOTO: An NVIDIA logo and a computer motherboard appear in this "
             "illustration taken August 25, 2025.",
             "A Huawei logo appears in this illustration picture taken on March 3, 2025.",
             BODY2, "The photo of the chip that Huawei released in May drew wide attention "
             "from analysts across the industry."]
    got = kinds(lines)
    assert got[2] == ("boilerplate", "caption") and got[3] == ("boilerplate", "caption")
    assert got[5][0] != "boilerplate"


def test_a_date_line_with_the_desk_and_outlet_after_pipes_is_a_byline():
    """"Published: 14 January 2026 | The Desk | The Outlet" is a date line (and not the
    article's title)."""
    lines = ["Published: 14 January 2026 | The Example Desk | The Example Online", BODY, BODY2]
    assert kinds(lines)[0] == ("boilerplate", "byline")


def test_a_sentence_about_a_file_or_a_photo_is_not_a_caption():
    lines = ["Huawei ships a new AI chip to Chinese clouds", BODY,
             "Huawei appears to have obtained more than 2 million Ascend dies from TSMC, "
             "according to details in a file reviewed by Reuters.",
             "The Ascend 910C appeared in a file Huawei submitted to regulators in May 2025, "
             "showing it was put into mass production.", BODY2]
    got = kinds(lines)
    assert got[2][0] != "boilerplate" and got[3][0] != "boilerplate"


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Deputy Chairman of Huawei Eric Xu said the reprieve was short.", ("Eric Xu", "person"),
     "Deputy Chairman"),
    ("Sources at Baidu Kunlun Chip Co said it was fine.", ("Baidu Kunlun Chip Co", "org"),
     "Kunlun Chip Co"),
    ("The US Government Accountability Office reviewed it.",
     ("US Government Accountability Office", "org"), "Accountability Office"),
])
def test_titles_companies_and_offices_around_names(text, expected, absent):
    found = names(text)
    assert expected in found and absent not in {n for n, _ in found}


@pytest.mark.parametrize(("text", "expected"), [
    ("The chips will be faster, according to Dylan Patel of SemiAnalysis, who spoke.",
     ("Dylan Patel", "person")),
    ("The U.S. Department of Energy said so.", ("U.S. Department of Energy", "org")),
    ("Washington, D.C. - The Biden administration acted.", ("Washington, D.C.", "place")),
])
def test_people_of_firms_agencies_and_a_capital(text, expected):
    assert expected in names(text)


def test_a_summary_box_above_a_section_heading_taken_for_the_title_stays_content():
    """A page that lost its headline opens on its key points; the heading below them is
    taken for the title, but the box above it is the article's text, not site furniture."""
    lines = ["Key Takeaways:", "- Huawei will make 600,000 Ascend 910C chips by 2026.",
             "- The move aims to rival Nvidia amid US sanctions.",
             "Huawei's Ascend 910C Ambition", BODY, BODY2]
    got = kinds(lines)
    assert all(k != "boilerplate" for k, _ in got[:3]), got


def test_a_menu_word_above_the_title_opens_no_summary_box():
    """"Overview" in a row of menu words is navigation, not a key-points heading."""
    got = kinds(["Home", "News", "Overview", "Specs",
                 "Huawei ships a new AI chip to Chinese clouds", BODY, BODY2])
    assert got[2][0] == "boilerplate" and got[3][0] == "boilerplate"


def test_a_markdown_table_without_outer_pipes_is_a_table():
    """GitHub-flavoured tables may drop the outer pipes; the separator row of dashes tells
    them from a row of tags."""
    lines = ["Huawei ships a new AI chip to Chinese clouds", BODY,
             "Model | Total Parameters | Activated Parameters |", "---|---|---|",
             "GLM-4.5 | 355B | 32B |", "Kimi K2 | 1043B | 32B |", BODY2]
    assert [k for k, _ in kinds(lines)[2:6]] == ["table_row"] * 4
    tags = ["Huawei ships a new AI chip to Chinese clouds", BODY,
            "News | Chips | China | Huawei | Nvidia", BODY2]
    assert kinds(tags)[2][0] == "boilerplate"
    after = [*lines[:6], "Nvidia | Huawei | AMD shares all moved sharply on Tuesday after "
             "Washington announced new rules for chips sold to China", BODY2]
    assert kinds(after)[6][0] != "table_row"
