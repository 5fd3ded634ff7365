"""Pages without an <article> or <main> (court and tribunal databases, old council
sites) keep their headings and numbered paragraphs, written here in those shapes."""

from extractor.ingest.html_fill import fill
from extractor.ingest.read import read_source

_TOP = ('<html><head><title>Doyle v Chief Constable of Westmarch [2017] EWHC 3301 (QB) (12 December 2017)</title>'
        '</head><body><div class="topnav">[<a href="/">Home</a>] [<a href="/db">Databases</a>] '
        '[<a href="/help">Help</a>]</div><h1>High Court (Queen\'s Bench Division) Decisions</h1>'
        '<table><tr><td>Neutral Citation Number: [2017] EWHC 3301 (QB)</td></tr>'
        '<tr><td>Royal Courts of Justice</td></tr><tr><td>12/12/2017</td></tr></table>')
_PARAS = ('<h2>Background</h2><ol>'
          '<li><p>The claimant served as a detective sergeant in Westmarch until a misconduct panel '
          'dismissed him without notice in July 2015 for accessing police systems for private ends.</p></li>'
          '<li><p>He was later convicted at Carlisle Crown Court of an offence under the Computer '
          'Misuse Act and fined.</p></li></ol>'
          '<h2>The claim</h2><ol start="3"><li>He now says that the panel was biased. The defendant denies it.</li></ol>')
_FOOT = '<p>BAILII: <a href="/c">Copyright Policy</a> | <a href="/d">Disclaimers</a> | <a href="/p">Privacy</a></p></body></html>'


def _read(tmp_path, html):
    path = tmp_path / "judgment.html"
    path.write_text(html, encoding="utf-8")
    article = read_source(str(path))
    return article, [(b.kind, article.text[b.span[0]:b.span[1]]) for b in article.blocks]


def test_a_judgment_keeps_its_headings_and_every_numbered_paragraph(tmp_path):
    article, blocks = _read(tmp_path, _TOP + _PARAS + _FOOT)
    assert ("heading", "Background") in blocks and ("heading", "The claim") in blocks
    assert "He now says that the panel was biased. The defendant denies it." in article.text
    assert article.text.index("dismissed him without notice") < article.text.index("convicted at Carlisle")
    assert str(article.published) == "2017-12-12"


def test_what_follows_the_last_paragraph_is_put_back_only_while_it_is_sentences():
    kept = [("p", "The first paragraph of the decision, which the extractor kept as it stood."),
            ("p", "The second paragraph of the decision, which it also kept as it stood.")]
    walk = [("p", "Home | Databases | Help"), ("h2", "Decision")] + kept + [
        ("h2", "Costs"), ("li", "- The claimant shall pay the defendant's costs, to be assessed if not agreed."),
        ("p", "Copyright Policy | Disclaimers"),
        ("li", "- A related judgment about a different force that sits below the footer.")]
    out = fill(kept, walk)
    assert out[0] == ("h2", "Decision")
    assert ("h2", "Costs") in out and out[-1][1].startswith("- The claimant shall pay")
    assert all("Copyright" not in text and "related judgment" not in text and "Home" not in text for _, text in out)


def test_a_list_item_broken_at_a_source_line_is_taken_whole():
    kept = [("p", "Summary"), ("li", "- The panel found the allegation proven and the officer"),
            ("p", "was given a final written warning."), ("p", "The end of the decision, which was kept whole by both readers.")]
    walk = [("h2", "Summary"), ("li", "- The panel found the allegation proven and the officer was given a final written warning."),
            ("p", "The end of the decision, which was kept whole by both readers.")]
    out = fill(kept, walk)
    assert out == [("h2", "Summary"), walk[1], walk[2]]


def test_a_different_reading_of_the_page_is_left_alone():
    kept = [("p", "A paragraph trafilatura found that our own walk never wrote out at all.")]
    assert fill(kept, [("p", "Something else entirely.")]) == kept


def test_a_list_a_sentence_introduces_is_put_back_but_not_one_under_a_furniture_heading():
    kept = [("p", "The panel found the following allegations against the sergeant proven:"),
            ("p", "He will be placed on the barred list held by the College of Policing.")]
    walk = [kept[0], ("li", "- Discreditable conduct"), ("li", "- Honesty and integrity"),
            ("h3", "Related stories"), ("li", "- Man charged after burglary"), kept[1]]
    out = fill(kept, walk)
    assert out == [kept[0], walk[1], walk[2], walk[3], kept[1]]


def test_a_heading_marked_by_bold_alone_is_a_heading(tmp_path):
    html = _TOP.replace("<h1>", "<p><b>Between:</b></p><h1>") + (
        '<center><b>The facts</b></center><p><strong>The appeal</strong></p>'
        '<p><b>Read more.</b></p><p><b>Note</b> that the panel sat in private on both days of the hearing.</p>'
        '<ol><li>The sergeant was given a final written warning by the panel after a two-day hearing.</li>'
        '<li>He appealed against it, and the appeal was dismissed by the tribunal.</li></ol>') + _FOOT
    article, blocks = _read(tmp_path, html)
    kinds = dict((text, kind) for kind, text in blocks)
    assert kinds.get("The facts") == "heading" and kinds.get("The appeal") == "heading"
    assert kinds.get("Between:") != "heading" and kinds.get("Read more.") != "heading"
    assert any(k == "paragraph" and t.startswith("Note that") for k, t in blocks)


def test_an_opinion_printed_as_plain_text_is_read_in_paragraphs(tmp_path):
    html = ("<html><head><title>Okafor v. Town of Reedsville</title></head><body><main><pre>\n"
            "                 United States Court of Appeals\n                  For the Fourth Circuit\n\n"
            "No. 19-1872\n\n        ARGUED MAY 5, 2020 -- DECIDED AUGUST 14, 2020\n\n"
            "   KEENAN, Circuit Judge. Thomas Okafor served as a sergeant\n"
            "with the Reedsville Police Department until the town demoted\n"
            "him in 2018 and then fired him after a second internal\n"
            "investigation. He says both decisions were retaliation.\n\n"
            "   We affirm the judgment of the district court.\n</pre>"
            "<pre>Year   Complaints   Sustained\n2018   41           9\n2019   37           6\n</pre></main></body></html>")
    article, blocks = _read(tmp_path, html)
    assert "the town demoted him in 2018 and then fired him after a second internal investigation." in article.text
    assert str(article.published) == "2020-08-14"
    assert "2018   41           9" in article.text  # a <pre> that is not prose stays as it is


def test_a_list_item_whose_text_sits_in_a_paragraph_is_one_list_item(tmp_path):
    html = ("<html><head><title>Decision</title></head><body><main><h1>Decision of the panel</h1><ol>"
            "<li><p>The officer accepted that he had used his warrant card to avoid a parking fine.</p></li>"
            "<li><p>The panel found gross misconduct proven.</p><p>It directed a final written warning.</p></li>"
            "</ol></main></body></html>")
    article, blocks = _read(tmp_path, html)
    assert "\n-\n" not in article.text
    assert [k for k, t in blocks if t.startswith("- ")] == ["list_item", "list_item"]
    assert ("paragraph", "It directed a final written warning.") in blocks


def test_a_sidebar_teaser_after_the_article_is_not_put_back():
    kept = [("p", "The first paragraph of the decision, which the extractor kept as it stood.")]
    walk = kept + [("p", "Man charged after a burglary at a shop in the town centre on Sunday night.")]
    assert fill(kept, walk) == kept
