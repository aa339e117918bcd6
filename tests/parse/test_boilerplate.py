"""Boilerplate rules on hand-made lines: every reason, and content that must stay content."""

from __future__ import annotations

import pytest

from chipclaims.contract.vocabulary import BOILERPLATE_REASONS
from chipclaims.parse import classify_lines
from chipclaims.rules import Rulebook, RulesError

RULES = Rulebook.load().boilerplate


def label(line: str, context: list[str] | None = None):
    """Classify ``line`` placed after a title and a body paragraph (as in a real article)."""
    lines = ["A headline about chips", "Body text that reads like a sentence of news."]
    lines += context or []
    lines.append(line)
    return classify_lines(lines, RULES)[-1]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.rule_id)
def test_every_rule_matches_its_own_example(rule):
    assert rule.example, f"rule {rule.rule_id} has no example"
    got = label(rule.example)
    assert (got.kind, got.reason) == ("boilerplate", rule.reason), (rule.rule_id, got)


def test_every_reason_has_a_hand_made_case():
    covered = {r.reason for r in RULES} | {"repeated_title", "byline", "author_bio"}
    assert covered == set(BOILERPLATE_REASONS)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Win big! 50 free spins at our online casino today", "ad"),
        ("Advertisement", "ui_residue"),
        ("spot_img", "ui_residue"),
        ("[ ]", "ui_residue"),
        ("•••", "ui_residue"),
        ("5 min read", "ui_residue"),
        ("Listen to this article (3 minutes)", "ui_residue"),
        ("02:41 / 05:10", "ui_residue"),
        ("Share this story", "share_prompt"),
        ("You Might Like:", "related_links"),
        ("Spread the love", "share_prompt"),
        ("👉 Follow us on Telegram for more chip news", "share_prompt"),
        ("Source link", "source_link"),
        ("Source: www.example-news.com", "source_link"),
        ("This article originally appeared on Example Times.", "source_link"),
        ("Recent Articles", "related_links"),
        ("Related Stories", "related_links"),
        ("Read more: Nvidia sales in China fall", "related_links"),
        ("You May Also Like", "related_links"),
        ("By Jane Q. Doe", "byline"),
        ("Written by Li Wei and Anna Smith", "byline"),
        ("Reporting by Fanny Potkin; Editing by Jane Roe", "byline"),
        ("Updated: 14 Jan 2026, 10:32 GMT", "byline"),
        ("Anna Smith is a senior technology correspondent based in Beijing.", "author_bio"),
        ("© Jane Doe/Shutterstock.com", "image_credit"),
        ("Photo: Huawei", "image_credit"),
        ("Image credit: Getty Images", "image_credit"),
        ("Flags fly outside the exchange in Hong Kong, China September 14, 2020. "
         "REUTERS/Jane Doe", "image_credit"),
        ("A chip on a board in this illustration taken February 17, 2023. "
         "REUTERS/Jane Doe/Illustration/File Photo", "image_credit"),
        ("A chip on display in Shanghai. REUTERS/Jane Doe.", "image_credit"),
        ("Post a Comment", "comment_prompt"),
        ("Comments (12)", "comment_prompt"),
        ("Leave a Reply", "comment_prompt"),
        ("Loading comments...", "comment_prompt"),
        ("Your email address will not be published. Required fields are marked *",
         "comment_prompt"),
        ("Sign up to stay briefed on what the Chinese government is doing.", "share_prompt"),
        ("See also  Alibaba shares soar after Jack Ma returns", "related_links"),
        ("The post China Telecom trains models on Huawei chips appeared on Example News.",
         "source_link"),
        ("TAGS", "ui_residue"),
        ("login to comment", "comment_prompt"),
        ("Name - Reply Comment", "comment_prompt"),
        ("China AI Chipmaker Moore Threads Cuts Jobs After US Blacklisting Image: Bloomberg",
         "image_credit"),
        ("This article was written with the help of AI and reviewed by an editor.",
         "ai_disclaimer"),
        ("--- Parts of this content were generated or assisted by AI tools.", "ai_disclaimer"),
        ("When you buy through links on our articles, Future and its syndication partners may "
         "earn a commission.", "affiliate_disclaimer"),
        ("This post contains affiliate links.", "affiliate_disclaimer"),
        ("© 2025 Example Media. All rights reserved.", "other"),
        ("(c) 2025 Example Media", "other"),
        ("(According to Example Central)", "source_link"),
        ("AI chips.jpg", "caption"),
        ("As an Amazon Associate, we earn from qualifying purchases.", "affiliate_disclaimer"),
        ("Data Source: Paper Table 1", "source_link"),
        ("info_icon", "ui_residue"),
        ("A Huawei Ascend 910C chip is displayed at a fair in Shanghai on 26 July 2025.",
         "caption"),
        ("Get the latest issue of Example Business", "share_prompt"),
        ("![Logo (10).png](https://static.example.com/media/logo.png)", "caption"),
        ("Huawei's Ascend chip.jpg", "caption"),
        ("U.S. President Donald Trump speaks to journalists aboard Air Force One on October 29, "
         "2025.", "caption"),
        ("The article below was written with the help of AI.", "ai_disclaimer"),
        ("This article, originally in Chinese, was translated by AI.", "ai_disclaimer"),
        ("This summary was created by ChatGPT", "ai_disclaimer"),
        ("0:00 / 3:45", "ui_residue"),
        ("06:01 PM, Jan 14, 2026", "ui_residue"),
        ("Tags: Huawei, Ascend, export controls", "other"),
    ],
)
def test_hand_made_debris(line, reason):
    got = label(line)
    assert (got.kind, got.reason) == ("boilerplate", reason), got


@pytest.mark.parametrize(
    "line",
    [
        "Huawei said its Ascend 910C began shipping to customers in May.",
        "Sources say the chips were produced using AI accelerators made by SMIC.",
        "Via its cloud unit, Huawei offers DeepSeek models to developers.",
        "Related companies such as SMIC have also been placed on the Entity List.",
        "Read more about the rules in the Federal Register, the agency said.",
        "The model was produced with AI chips designed by Huawei, the company said.",
        "Follow the money: Zhipu raised more than $1.4 billion in funding.",
        "Published in 2019, the CSET report found that Huawei relied on TSMC.",
        "The comment period for the rule closed in March, officials said.",
        "Subscribers to the cloud service rose in March, the company said.",
        "Reuters reported the deal on Tuesday, citing three people.",
        "A Reuters/Ipsos poll found most Americans back chip export curbs on China.",
        "Huawei is on the Entity List, Reuters/AFP said.",
        "Huawei Versus Nvidia / Analysis",
        "3 October 2023 was the day the second rule was published.",
        "01 How the supernode was built",
        "Related parties bought the shares, the filing showed.",
        "Analyst Jane Doe: the 910B's yield at SMIC is about 30%.pic.twitter.com/abc123",
        "Reporting by analysts at a large brokerage shows Huawei shipped more chips than it "
        "expected this year.",
    ],
)
def test_news_sentences_stay_content(line):
    assert label(line).kind in ("body", "heading")


def test_title_heading_list_and_table_are_content():
    lines = [
        "Huawei ships new AI chip",
        "",
        "Key findings",
        "- The chip is made by SMIC.",
        "• It targets inference.",
        "1. Shipments start in May.",
        "| Chip | TFLOPS |",
        "|---|---|",
        "| 910C | 800 |",
        "What is CANN?",
        "CANN is Huawei's software stack for Ascend.",
    ]
    kinds = [lab.kind for lab in classify_lines(lines, RULES)]
    assert kinds == ["title", "blank", "heading", "list_item", "list_item", "list_item",
                     "table_row", "table_row", "table_row", "heading", "body"]


def test_repeated_title_is_boilerplate_but_first_is_title():
    lines = ["Zhipu trains model on Ascend", "Zhipu trains model on Ascend", "Body text here."]
    labels = classify_lines(lines, RULES)
    assert labels[0].kind == "title"
    assert (labels[1].kind, labels[1].reason) == ("boilerplate", "repeated_title")


def test_byline_name_and_bio_follow_the_byline():
    lines = [
        "Title of a story",
        "Body text of the story, which ends here.",
        "Jane Roe",
        "By Jane Roe",
        "Jane Roe covers semiconductors and trade from Hong Kong.",
    ]
    labels = classify_lines(lines, RULES)
    assert [(lab.reason, lab.rule_id) for lab in labels[2:]] == [
        ("byline", "byline-name"), ("byline", "byline-by"), ("author_bio", "bio-name")]


def test_leading_boilerplate_before_title():
    lines = ["Spread the love", "", "The real headline", "", "Body starts here."]
    labels = classify_lines(lines, RULES)
    assert [lab.kind for lab in labels] == ["boilerplate", "blank", "title", "blank", "body"]


def test_a_first_line_printed_again_before_the_body_is_the_title():
    """A long first line repeated word for word after the byline and date is the headline;
    the repeat is debris. A first line that is not repeated before the body is not made a
    title by this."""
    head = "SMIC has been added to the Entity List, hitting its access to US equipment."
    lines = [head, "", "Jane Doe", "", "December 22, 2020", "", head, "",
             "The Commerce Department added 77 names to the list on Friday, most of them "
             "from China, it said in a notice.", ""]
    labels = classify_lines(lines, RULES)
    assert labels[0].kind == "title"
    assert (labels[6].kind, labels[6].reason) == ("boilerplate", "repeated_title")
    body_first = [lines[8], "", head]
    assert classify_lines(body_first, RULES)[2].kind != "boilerplate"


def test_a_title_loses_the_tags_of_a_page_template():
    from chipclaims.parse.lines import title_of

    lines = ["Spread the love", "", "Nvidia shares  fall {{^adFree}} {{/adFree}}", "",
             "Body starts here."]
    assert title_of(lines, classify_lines(lines, RULES)) == "Nvidia shares fall"


def test_article_without_title_starts_with_body():
    lines = ["Huawei shipped chips. It said so on Monday. Analysts agreed."]
    assert classify_lines(lines, RULES)[0].kind == "body"


def test_a_lone_section_word_is_no_title():
    lines = ["Overview", "- The agency shifted H200-class exports to case-by-case licensing, "
             "adding third-party testing and proof of supply.",
             "- A new cap limits China-bound shipments to half of those sold at home."]
    assert classify_lines(lines, RULES)[0].kind != "title"


def test_user_rules_file_extends_detection(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text(
        "rule_id,reason,match,flags,max_chars,pattern,example\n"
        "my-site,ad,full,i,80,buy a chip today,Buy a chip today\n",
        encoding="utf-8",
    )
    rules = Rulebook.load(paths={"boilerplate_rules.csv": path}).boilerplate
    assert classify_lines(["T", "Buy a chip today"], rules)[1].reason == "ad"


def test_malformed_rules_file_names_file_and_row(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text(
        "rule_id,reason,match,flags,max_chars,pattern,example\n"
        "bad,nonsense,full,i,80,x,x\n",
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match=r"rules\.csv: row 2: unknown reason 'nonsense'"):
        Rulebook.load(paths={"boilerplate_rules.csv": path})


def test_a_short_line_printed_twice_above_the_body_is_a_byline():
    lines = ["US restricts chip sales", "", "Daniel Attoe", "Daniel Attoe", "",
             "The US restricted sales of advanced chips to China on Thursday, officials said.",
             "", "Export rules", "Export rules", "The rules take effect at once, they said."]
    labels = classify_lines(lines, RULES)
    assert [(lab.kind, lab.reason) for lab in labels[2:4]] == [("boilerplate", "byline")] * 2
    assert labels[7].kind == labels[8].kind == "heading"  # below the body: left alone


@pytest.mark.parametrize("line", ["1 minute & 19 seconds read time", "Published",
                                  "READ: Nvidia pulls off a turnaround in the AI chip arena",
                                  "Related Report", "Subscribe to Daily Chip Policy Briefings",
                                  "Don't want to miss the best from Example Daily?",
                                  "RelatedHuawei shows a new supernode at its Shanghai event",
                                  "Explore", "Table of Contents", "REUTERS", "AFP via Getty Images",
                                  "Getting your Example Audio player ready...",
                                  "(With inputs from Example Wire)",
                                  "- Example Wire with additional editing by Jane Doe",
                                  "Contact reporter Jane Doe (", "Jane Doe/Reuters",
                                  "Home > Tech > Chips", "ALSO SEE:", "Go Deeper:", "date",
                                  "Example Daily – Latest China News & Headlines",
                                  "Thumbnail for: Huawei's new chip", "avatar",
                                  "We hope you enjoyed this article.",
                                  "Consider subscribing to one of our newsletters.",
                                  "HomeExample NewsHuawei ships a new chip",
                                  "by on24 November 2023", "Rate this item", "(0 votes)",
                                  "Read more about:", "Get more with myEXAMPLE",
                                  "This content does not constitute investment advice.",
                                  "pic.twitter.com/abc123", "Article edited by Jane Doe",
                                  "AI-processed from Example AI; edited by Example News",
                                  "Jane Doe, Taipei; John Roe, Example Asia 0",
                                  "Why you can trust Example News",
                                  "Share the latest current affairs news with you!",
                                  "Published in Political News", "Post by : Jane Doe",
                                  "Text by | Jane Doe", "Published by Example Finance Review",
                                  "By Jane Doe / Sep 18, 2019 01:16 PM / Business & Tech",
                                  "Reading Time : 10+ min", "2 min readLast updated: January "
                                  "21, 2026", "· 3 min read · Verified by 3 sources ·",
                                  "This content is for our paying subscribers only",
                                  "To continue viewing the content you love, please sign in "
                                  "or create a new account", "← Back to Posts",
                                  "Translate from : Kinesisk AI-firma", "Please enter your "
                                  "comment!", "Reply To:", "Share it:", "Follow Us:",
                                  "Discover more from Example News", "Related Resource",
                                  "Loading the Example Text to Speech AudioNative Player...",
                                  "Image generated by DALLE.E.", "Source(s)",
                                  "($1 = 7.2417 Chinese yuan renminbi)",
                                  "The text above is a summary, you can read full article here.",
                                  "Figure 1:image.gif", "listen Print view",
                                  "Entities: Huawei, China • Tone: neutral • Intent: inform",
                                  "deepseekhuaweinvidiaai-chipschinese-aicloudmatrix384"])
def test_more_shapes_of_page_furniture(line):
    assert label(line).kind == "boilerplate"


@pytest.mark.parametrize("line", [
    "By March, Huawei had shipped more than 100,000 Ascend 910C chips.",
    "By Nvidia's estimate, the H20 curbs cost it $8 billion in sales.",
    "By Q4 2025, Huawei aims to ship 600,000 Ascend 910C dies.",
    "By SMIC estimates, yields are below 50 per cent.",
    "By Chinese standards, CloudMatrix 384 is a very large system.",
    "Written by Zhipu engineers, the paper says GLM-4.5 was trained on Ascend chips.",
    "Reported by Reuters in June, the deal was confirmed by Nvidia in July.",
    "Nvidia is the largest contributor to TSMC's revenue growth this year, analysts said.",
    "Other chipmakers will follow suit on Xi Jinping's call for self-reliance.",
    "“We don't want to miss out on China,” Huang said.",
    "Chinese firms no longer listen to Nvidia's pitch.",
    "DeepSeek's privacy policy says user data is stored on servers in China.",
    "Nvidia hit the jackpot with the H20 before April, analysts said.",
    "Published by Huawei, the white paper claims CloudMatrix 384 beats the GB200.",
    "Images generated by Zhipu's GLM-Image were trained entirely on Ascend chips.",
    "Submitted on 27 May 2025, the paper shows Pangu Ultra was trained on 8,192 Ascend NPUs.",
    "Figure 2: Huawei shipped about 700,000 Ascend chips in 2025, according to TrendForce",
    "Q1 2026: Ascend 950PR | Q4 2026: Ascend 950DT | Q4 2027: Ascend 960",
    "Founded: 2019 • Headquarters: Beijing • Valuation: $5.6 billion",
    "Zhipu is already a member of China's AI industry alliance, the company said.",
    "China's rules require that content generated by AI be labelled from September 1, 2025.",
    "The report said code written with AI assistance now runs mostly on Huawei Ascend chips.",
    "(c) has a total processing performance of 4,800 or more;",
    "12:01 BIS confirms new H20 licence rule",
    "(according to the company, shipments rose in May)",
    "Nvidia holds its annual meeting on June 25, 2025.",
    "Amazon's AWS is buying chips from Nvidia, the company said.",
    "Huawei's cloud unit will receive commission from affiliate partners that sell capacity.",
    "Huawei Technologies is seen as the main beneficiary of the H20 curbs of April 15, 2025.",
    "Alibaba Group holds a stake in Zhipu, which raised new funding on March 3, 2025.",
    "Nvidia CEO Jensen Huang speaks with Chinese customers, a spokesperson said on July 16, 2025.",
    "torch_npu",
    "The blog post was written by AI researchers at DeepSeek, who said the runs failed.",
    "The report was prepared by AI analysts at Bernstein, who expect more Ascend sales.",
    "Content generated by AI must be labelled under China's new rules, the regulator said.",
    "Jensen Huang spoke at Computex on May 19, 2025, and said demand was strong.",
    "China's Zhipu Introduces Latest AI Model Powered by Huawei Chips",
    "The cluster is powered by Huawei.com's cloud and 384 Ascend chips.",
])
def test_content_shaped_like_furniture_stays_content(line):
    """Claims that open like a byline, a credit, a caption or a fact box are not debris."""
    assert label(line).kind != "boilerplate", line


def test_a_trail_run_into_the_headline_above_the_headline_is_navigation():
    """"Home Technology AI <headline>" above the headline printed alone: the first is the
    page's trail, the second the title; a line that only shares the headline's last words
    is left alone."""
    title = "Huawei ships a new AI chip to Chinese clouds"
    got = classify_lines([f"Home Technology Artificial Intelligence {title}", "", title, "",
                          "Body text that reads like a sentence of news, with a verb.",
                          "More body text that reads like a sentence of news, again."], RULES)
    assert (got[0].kind, got[0].reason) == ("boilerplate", "navigation")
    assert got[2].kind == "title"


def test_a_title_loses_its_markdown_emphasis():
    from chipclaims.parse.lines import LineLabel, title_of
    assert title_of(["**US Revokes Licences for Intel**"], [LineLabel("title")]) == \
        "US Revokes Licences for Intel"


def test_a_summary_box_heading_is_no_title():
    """A page that lost its headline and opens with "Key Points" above bullets has no
    title: the summary box's heading is not the article's name."""
    from chipclaims.parse.article import ArticleParser
    from chipclaims.parse.lines import title_of

    structure = ArticleParser.from_rulebook(Rulebook.load()).structure
    lines = ["Key Points", "- President Trump has approved the sale of Nvidia's H200 chips.",
             "- The U.S. government will collect a 25% fee on all sales.", "",
             "Nvidia said demand from China was very high, and it is ramping up production to "
             "meet it, according to people familiar with the plans."]
    assert title_of(lines, classify_lines(lines, RULES, structure)) == ""
