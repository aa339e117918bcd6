"""Publication dates inferred from an article's own text, with the evidence."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import write_article

from chipclaims import Rulebook, load_corpus
from chipclaims.rules import read_rule_file

BODY = ("Huawei said on Tuesday that it had shipped the new chip to cloud providers in China, "
        "according to people familiar with the plans.")


def published(tmp_path, text: str, book: Rulebook | None = None) -> tuple[str, str, str]:
    write_article(tmp_path, "a.txt", text)
    row = load_corpus(tmp_path, book).articles.iloc[0]
    return row["published_from"], row["published_to"], row["published_evidence"]


def test_a_date_line_gives_the_day(tmp_path):
    got = published(tmp_path, f"Huawei ships a new AI chip\nUpdated: March 9, 2026\n{BODY}\n")
    assert got[:2] == ("2026-03-09", "2026-03-09") and "date line" in got[2]


def test_numeric_date_lines(tmp_path):
    assert published(tmp_path, f"Huawei ships a chip\n10/25/2023\n{BODY}\n")[0] == "2023-10-25"
    assert published(tmp_path, f"Huawei ships a chip\nBy: Jane Doe | 08.11.2023, 19:48\n"
                               f"{BODY}\n")[0] == "2023-11-08"  # dotted: day first
    assert published(tmp_path, f"Huawei ships a chip\nby on24 November 2023\n{BODY}\n")[0] \
        == "2023-11-24"  # a space lost between a word and the day
    assert published(tmp_path, f"Huawei ships a chip\n(2025/07/29)\n{BODY}\n")[0] == \
        "2025-07-29"


@pytest.mark.parametrize(("line", "day"), [
    ("18-09-2025", "2025-09-18"),  # hyphens: day first, as Indian and European pages write it
    ("09-18-2025", "2025-09-18"),  # ... unless only month first makes a date
    ("Updated 09:42, 21-Jul-2020", "2020-07-21"),
    ("08/24 2025", "2025-08-24"),  # month and day, then the year after a space
    ("Reuters | Updated: 07-03-2023 23:40 IST", "2023-03-07"),
])
def test_more_numeric_date_lines(tmp_path, line, day):
    assert published(tmp_path, f"Huawei ships a chip\n{line}\n{BODY}\n")[:2] == (day, day)


@pytest.mark.parametrize(("line", "body", "day"), [
    # a date line either way round is read as the day nearer what the text reports
    ("01/08/2025", "On July 31, the regulator summoned Nvidia over the H20.", "2025-08-01"),
    ("01/08/2025", "On January 6, the regulator summoned Nvidia over the H20.", "2025-01-08"),
    ("07-03-2023", "Nvidia said on July 1 that it had stopped H800 sales.", "2023-07-03"),
    ("07-03-2023", BODY, "2023-03-07"),  # nothing named: the usual reading
    ("13/08/2025", "On January 6, the regulator summoned Nvidia.", "2025-08-13"),  # one reading
    # a date with its year counts; a photo caption's date does not
    ("10/03/2025", "A Nvidia sign in Shanghai on March 3. (Jane Doe/Getty Images)\nChina's "
     "regulator told firms in September 2025 to stop testing the chip.", "2025-10-03"),
    # the nearest date decides: background dates do not outvote the news
    ("08/01/2025", "China's regulator summoned Nvidia on July 31. It opened an antitrust probe "
     "in December 2024 and listed Zhipu in January 2025.", "2025-08-01"),
    # a day without a year is as near as its nearest year: a preview of an event to come
    ("09/10/2025", "Huawei is expected to set out its roadmap at Huawei Connect, which opens on "
     "September 18.", "2025-09-10"),
])
def test_an_ambiguous_numeric_date_line_is_read_near_the_news(tmp_path, line, body, day):
    got = published(tmp_path, f"Regulator summons Nvidia\n{line}\n{body}\n")
    assert got[:2] == (day, day)
    assert ("read as" in got[2]) == (day in ("2025-08-01", "2023-07-03")
                                     and not got[2].startswith("date line '08/01"))


def test_a_dateline_is_read_near_the_news_of_its_own_paragraph(tmp_path):
    got = published(tmp_path, "China summons Nvidia\n\nBEIJING, 01/08/2025 (Reuters) - China's "
                              "internet regulator on July 31 summoned Nvidia over the H20.\n")
    assert got[:2] == ("2025-08-01", "2025-08-01")


def test_a_photo_date_in_a_caption_is_not_the_publication_date(tmp_path):
    text = ("Huawei ships a new AI chip\nA sign outside a plant in Shenzhen on May 10, 2018. "
            f"(Jane Doe/Getty Images)\n{BODY}\n")
    assert published(tmp_path, text)[0] == ""


@pytest.mark.parametrize("caption", [
    "(FILES) Nvidia's chief spoke at a news conference in Taipei on May 21, 2025.",
    "A chief executive speaks in Taipei on May 21, 2025. (Photo by Jane Doe / AFP)",
])
def test_an_agency_file_photo_caption_does_not_date_the_article(tmp_path, caption):
    """The caption is set aside as a caption, and the photo's day is not the article's."""
    assert published(tmp_path, f"{caption}\n{BODY}\n")[0] == ""
    lines = load_corpus(tmp_path).lines
    assert lines.loc[lines["line_no"] == 1, "reason"].tolist() == ["caption"]


def test_a_dateline_opening_the_first_paragraph(tmp_path):
    text = ("Huawei ships a new AI chip\nExample City, Tuesday, August 12, 2025 - Huawei said "
            "it had shipped the new chip to cloud providers, people familiar with it said.\n")
    assert published(tmp_path, text)[0] == "2025-08-12"


def test_a_lede_opening_on_a_date_is_no_dateline(tmp_path):
    """"On February 11, 2026, Zhipu AI released GLM-5" reports a day: a lower bound."""
    text = ("Introduction\nOn February 11, 2026, Zhipu AI released GLM-5, a model with 744 "
            "billion parameters that its makers say rivals the best closed models.\n")
    lo, hi, _ = published(tmp_path, text)
    assert (lo, hi) == ("2026-02-11", "")
    short = "Introduction\nOn February 11, 2026, Zhipu AI released GLM-5.\n"
    assert published(tmp_path, short)[:2] == ("2026-02-11", "")


def test_without_a_date_line_the_latest_reported_event_is_a_lower_bound(tmp_path):
    text = ("Huawei ships a new AI chip\nThe rules took effect on January 15, 2025, and sales "
            "fell in April 2025 after the licence requirement was imposed on the company.\n"
            "Huawei will ship more chips by December 31, 2026, the company said in a note.\n")
    lo, hi, evidence = published(tmp_path, text)
    assert (lo, hi) == ("2025-04-01", "")  # the future-tense deadline is not an event
    assert "no earlier than" in evidence


def test_a_year_alone_is_a_weak_lower_bound_not_a_day_to_judge_by(tmp_path):
    """A page that tells an event of 2025 in the past was written in 2025 or later; a year
    that dates a plan or a delivery ("by 2027", "to be delivered in 2028") is no event. The
    bound is too coarse to judge claims by: the article is judged as one with no date."""
    from chipclaims.link.statements import judging_days

    text = ("Huawei ships a new AI chip\nHuawei shipped its first Ascend chips in 2019 and "
            "sold more of them in 2025, people familiar with the matter said.\nIt aims to "
            "double output by 2027, and more chips are to be delivered in 2028.\n")
    lo, hi, evidence = published(tmp_path, text)
    assert (lo, hi) == ("2025-01-01", "")
    assert "latest year the text reports an event in: 2025" in evidence
    assert judging_days(load_corpus(tmp_path).articles) == {"a": None}
    for other in ("It trained V3 on 2048 Nvidia H800 chips.", "It serves Saudi Arabia's Vision "
                  "2030.", "The Ascend 960 (2027) follows.", "Forecast 2026 shipments rose."):
        write_article(tmp_path, "a.txt", "Huawei ships a new AI chip\nHuawei sold more chips "
                      f"in 2025, people familiar with the matter said. {other}\n")
        assert published(tmp_path, (tmp_path / "a.txt").read_text())[0] == "2025-01-01", other
    folder = tmp_path / "dated"
    folder.mkdir()
    write_article(folder, "b.txt", "Huawei ships a new AI chip\nThe rules took effect on "
                                   "January 15, 2025, the company said in a note.\n")
    assert judging_days(load_corpus(folder).articles) == {"b": dt.date(2025, 1, 15)}


def test_a_future_word_in_a_later_clause_leaves_a_reported_date(tmp_path):
    """"On June 11, 2025, Commerce rescinded the rule, just days before it was set to be
    implemented": the date reports the act; "set to" belongs to the later clause. A date
    right after a word of the future, or followed by one, is a plan's."""
    text = ("The rule is gone\nOn June 11, 2025, the Commerce Department rescinded the rule, "
            "just days before it was set to be implemented.\nOn March 1, 2026, Huawei will "
            "launch its chip, and the rule is due to lapse on May 15, 2026.\nIn March 2026, the "
            "Chinese telecommunications equipment maker Huawei is expected to ship the chip.\n")
    lo, hi, _ = published(tmp_path, text)
    assert (lo, hi) == ("2025-06-11", "")


def test_a_roadmap_row_is_no_reported_event(tmp_path):
    """A year on a roadmap's timeline ("Ascend 970 in 2028") is a plan, whatever the tense of
    the sentence that lists it: it bounds no publication date."""
    text = ("Huawei's chip plans\nHuawei said in 2025 that it had shipped the Ascend 910C "
            "to cloud providers in China.\nThe rollout timelines are as follows: Ascend 950 in "
            "2026, Ascend 960 in 2027, and Ascend 970 in 2028.\n")
    lo, hi, evidence = published(tmp_path, text)
    assert (lo, hi) == ("2025-01-01", "") and "2025" in evidence


def test_a_schedule_word_leaves_a_reported_full_date(tmp_path):
    """A schedule's words make a bare year a plan's, not a full date or a month reported near
    them ("unveiled its roadmap on September 18, 2025")."""
    text = ("Huawei's chip plans\nHuawei unveiled its chip roadmap on September 18, 2025, at "
            "its Connect conference in Shanghai.\n")
    assert published(tmp_path, text)[:2] == ("2025-09-18", "")


def test_a_year_before_a_schedule_word_still_bounds_the_date(tmp_path):
    text = ("Huawei's chip plans\nIn 2025, Huawei set out a roadmap for the Ascend 960 and the "
            "Ascend 970.\n")
    assert published(tmp_path, text)[:2] == ("2025-01-01", "")


def test_an_undated_article_says_why(tmp_path):
    lo, hi, evidence = published(tmp_path, f"Huawei ships a new AI chip\n{BODY}\n")
    assert (lo, hi) == ("", "") and evidence.startswith("undated:")


def test_the_override_file_wins_and_resolves_relative_dates(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    header = read_rule_file("publication_dates.csv").text.splitlines()[0]
    (rules / "publication_dates.csv").write_text(header + "\na,2026-01-14,,checked,\n",
                                                 encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    text = f"Huawei ships a new AI chip\nUpdated: March 9, 2026\n{BODY}\n"
    lo, hi, evidence = published(folder, text, Rulebook.load(rules))
    assert (lo, hi) == ("2026-01-14", "2026-01-14") and evidence.startswith("override")
    times = load_corpus(folder, Rulebook.load(rules))["temporal"]
    assert times.loc[times["surface"] == "Tuesday", "resolved"].tolist() == [
        (dt.date(2026, 1, 13)).isoformat()]
