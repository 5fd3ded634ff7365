"""SPEC section 3 scoring on small hand-written gold and predictions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.errors import EvalError
from extractor.evaluate import (
    aggregate,
    evaluate_dir,
    fold,
    format_report,
    load_gold,
    score_article,
)

ARTICLE = (
    "Watchdog Figures\n"
    "The watchdog said 42 officers were referred in 2020, out of 300 referrals in all.\n"
    "Complaints | 3 | 5 | 3\n"
    "Allegations | 3 | 7\n"
    "A former Detective Sergeant was jailed for 18 months in May 2021. "
    "Another constable was dismissed after a hearing.\n"
    "Last year 12 officers resigned. Last year was the worst on record."
)


def at(sub: str, nth: int = 0, after: str = "", text: str = ARTICLE) -> list[int]:
    """The span of the nth occurrence of sub in text, counting from `after`."""
    start = text.index(after) - 1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return [start, start + len(sub)]


def fig(sub: str, value, nth: int = 0, after: str = "", **fields) -> dict:
    base = {"qualifier": "exact" if value is not None else "vague", "unit": "count", "counted": None,
            "category": None, "outcome": None, "out_of": None, "period_from": None,
            "period_to": None, "org": None}
    return {"span": at(sub, nth, after), "text": sub, "value": value, **base, **fields}


def gfig(evidence: str, text: str, value, **fields) -> dict:
    base = {"qualifier": "exact", "unit": "count", "counted": "officer", "category": "all",
            "out_of": None, "period_from": None, "period_to": None, "org": None}
    return {"evidence": evidence, "text": text, "value": value, **base, **fields}


def out(sub: str, outcome: str, nth: int = 0, **fields) -> dict:
    return {"span": at(sub, nth), "text": sub, "outcome": outcome, "subject": None,
            "custodial_months": None, "date": None, **fields}


def gout(evidence: str, outcome, **fields) -> dict:
    return {"evidence": evidence, "outcome": outcome, "subject": None, "custodial_months": None, **fields}


def date(sub: str, date_from, date_to, nth: int = 0) -> dict:
    return {"span": at(sub, nth), "text": sub, "date_from": date_from, "date_to": date_to}


def predicted(figures=(), outcomes=(), dates=(), published=None, text=ARTICLE) -> dict:
    return {"article": {"published": published, "text": text}, "figures": list(figures),
            "outcomes": list(outcomes), "dates": list(dates), "checks": []}


def gold(figures=(), outcomes=(), dates=(), published=None) -> dict:
    return {"input": "x.txt", "published": published, "figures": list(figures),
            "outcomes": list(outcomes), "dates": list(dates)}


def report_of(g: dict, p: dict) -> dict:
    return aggregate([score_article(g, p)]).to_json()


# ------------------------------------------------------------------- folding

def test_fold_lowercases_collapses_space_and_pipes():
    assert fold("  Complaints |3|  5\n\t| 3 ") == "complaints 3 5 3"
    assert fold(None) == ""


def test_figure_matches_across_case_space_and_pipe_folding():
    g = gold([gfig("complaints 3 5", "5", 5)])
    r = report_of(g, predicted([fig("5", 5)]))
    assert r["figures"]["p"] == r["figures"]["r"] == 1.0


def test_figure_without_span_falls_back_to_folded_text_inside_evidence():
    g = gold([gfig("The watchdog said 42 officers were referred", "42", 42)])
    p = fig("42", 42)
    p["span"] = [0, 2]  # wrong span: compare texts instead
    r = report_of(g, predicted([p]))
    assert r["counts"]["figures"]["matched"] == 1


# ------------------------------------------------------------- figure matching

def test_figure_with_other_value_or_unit_does_not_match():
    g = gold([gfig("said 42 officers", "42", 42)])
    assert report_of(g, predicted([fig("42", 41)]))["counts"]["figures"]["matched"] == 0
    assert report_of(g, predicted([fig("42", 42, unit="percent")]))["counts"]["figures"]["matched"] == 0
    assert report_of(g, predicted([fig("42", 42.0000001)]))["counts"]["figures"]["matched"] == 1


def test_a_fraction_matches_within_five_hundredths_and_a_whole_number_exactly():
    # "300" stands in for a share written as a fraction, "two-thirds" as 66.67 or 66.7.
    g = gold([gfig("out of 300 referrals", "300", 66.67, unit="percent")])
    assert report_of(g, predicted([fig("300", 66.7, unit="percent")]))["counts"]["figures"]["matched"] == 1
    assert report_of(g, predicted([fig("300", 66.6, unit="percent")]))["counts"]["figures"]["matched"] == 0
    whole = gold([gfig("said 42 officers", "42", 42)])
    assert report_of(whole, predicted([fig("42", 42.04)]))["counts"]["figures"]["matched"] == 1
    assert report_of(whole, predicted([fig("42", 43)]))["counts"]["figures"]["matched"] == 0


def test_figure_elsewhere_with_same_text_does_not_match_by_position():
    # The "3" of the Allegations row is not inside the Complaints evidence.
    g = gold([gfig("Complaints | 3", "3", 3, counted="complaint")])
    r = report_of(g, predicted([fig("3", 3, after="Allegations")]))
    assert r["counts"]["figures"]["matched"] == 0
    assert r["per_article"][0]["figures"]["missed"][0]["text"] == "3"
    assert r["per_article"][0]["figures"]["spurious"][0]["span"] == at("3", after="Allegations")
    # The third cell of the Complaints row is not inside "Complaints | 3" either.
    assert report_of(g, predicted([fig("3", 3, nth=1, after="Complaints")]))["counts"]["figures"]["matched"] == 0
    assert report_of(g, predicted([fig("3", 3, after="Complaints")]))["counts"]["figures"]["matched"] == 1


def test_figure_matching_is_one_to_one_and_maximal_whatever_the_order():
    # Cells 1 and 3 of the Complaints row are both "3"; the first gold can take
    # either cell, the second only the third cell. A greedy pass would fail.
    golds = [gfig("Complaints | 3 | 5 | 3", "3", 3), gfig("Complaints | 3", "3", 3)]
    preds = [fig("3", 3, after="Complaints"), fig("3", 3, nth=1, after="Complaints")]
    for g in (golds, golds[::-1]):
        for p in (preds, preds[::-1]):
            r = report_of(gold(g), predicted(p))
            assert r["counts"]["figures"]["matched"] == 2
    # One prediction cannot satisfy two gold items.
    counts = report_of(gold(golds), predicted([fig("3", 3, after="Complaints")]))["counts"]["figures"]
    assert (counts["matched"], counts["predicted"], counts["gold"]) == (1, 1, 2)


def test_figure_matching_prefers_the_pair_with_more_right_fields():
    golds = [gfig("Complaints | 3 | 5 | 3", "3", 3, counted="complaint"),
             gfig("Complaints | 3 | 5 | 3", "3", 3, counted="allegation")]
    preds = [fig("3", 3, after="Complaints", counted="allegation", category="all"),
             fig("3", 3, nth=1, after="Complaints", counted="complaint", category="all")]
    r = report_of(gold(golds), predicted(preds))
    assert r["counts"]["figures"]["complete"] == 2


def test_optional_gold_absorbs_its_prediction_without_counting():
    g = gold([gfig("said 42 officers", "42", 42),
              {"evidence": "out of 300 referrals", "text": "300", "value": 300, "qualifier": "exact",
               "unit": "count", "optional": True}])
    r = report_of(g, predicted([fig("42", 42, counted="officer", category="all"),
                                fig("300", 300, counted="referral")]))
    assert r["counts"]["figures"] == {"matched": 1, "complete": 1, "predicted": 1, "gold": 1,
                                      "absorbed_by_optional": 1}
    assert r["figures"]["p"] == 1.0 and r["figure_fields"]["counted"] == 1.0


def test_unmatched_optional_gold_is_not_missed():
    g = gold([gfig("said 42 officers", "42", 42, category="all"),
              {"evidence": "out of 300 referrals", "text": "300", "value": 300, "qualifier": "exact",
               "unit": "count", "optional": True}])
    r = report_of(g, predicted([fig("42", 42, counted="officer", category="all")]))
    assert r["figures"]["r"] == 1.0
    assert r["per_article"][0]["figures"]["missed"] == []


def test_required_gold_is_matched_before_optional_gold():
    # Both gold items quote the same sentence; the one prediction goes to the required one.
    g = gold([{**gfig("said 42 officers", "42", 42), "optional": True}, gfig("said 42 officers", "42", 42)])
    r = report_of(g, predicted([fig("42", 42)]))
    assert r["counts"]["figures"]["matched"] == 1 and r["counts"]["figures"]["absorbed_by_optional"] == 0


# ---------------------------------------------------------------- figure fields

def test_list_valued_gold_field_accepts_any_listed_answer():
    g = gold([gfig("said 42 officers", "42", 42, category=["corruption", "all"], org=["IOPC", None])])
    r = report_of(g, predicted([fig("42", 42, counted="officer", category="all", org="iopc")]))
    assert r["figure_fields"]["category"] == r["figure_fields"]["org"] == 1.0
    assert r["figures"]["complete_f1"] == 1.0
    r = report_of(g, predicted([fig("42", 42, counted="officer", category="theft")]))
    assert r["figure_fields"]["category"] == 0.0 and r["figures"]["complete_f1"] == 0.0
    wrong = r["per_article"][0]["figures"]["wrong"]
    assert wrong == [{"text": "42", "evidence": "said 42 officers", "field": "category",
                      "gold": ["corruption", "all"], "predicted": "theft"}]


def test_absent_gold_field_is_not_scored_but_absent_figure_outcome_expects_null():
    g = gold([{"evidence": "said 42 officers", "text": "42", "value": 42, "qualifier": "exact",
               "unit": "count", "counted": "officer"}])
    r = report_of(g, predicted([fig("42", 42, counted="officer", category="theft", org="IOPC")]))
    assert r["field_counts"]["figures"].keys() == {"qualifier", "counted", "outcome"}
    assert r["figures"]["complete_f1"] == 1.0
    r = report_of(g, predicted([fig("42", 42, counted="officer", outcome="dismissed")]))
    assert r["figure_fields"]["outcome"] == 0.0 and r["figures"]["complete_f1"] == 0.0


def test_period_and_out_of_compare_as_iso_dates_and_numbers():
    g = gold([gfig("said 42 officers", "42", 42, out_of=300, period_from="2020-01-01", period_to="2020-12-31")])
    p = fig("42", 42, counted="officer", category="all", out_of=300.0,
            period_from="2020-01-01", period_to="2020-12-30")
    r = report_of(g, predicted([p]))
    assert r["figure_fields"]["out_of"] == 1.0 and r["figure_fields"]["period_from"] == 1.0
    assert r["figure_fields"]["period_to"] == 0.0


# ------------------------------------------------------------------- outcomes

def test_outcome_matches_when_its_span_overlaps_the_evidence():
    g = gold(outcomes=[gout("A former Detective Sergeant was jailed", "jailed")])
    assert report_of(g, predicted(outcomes=[out("jailed for 18 months", "jailed")]))["outcomes"]["r"] == 1.0
    # Same words, other enum: no match.
    assert report_of(g, predicted(outcomes=[out("jailed for 18 months", "convicted")]))["outcomes"]["r"] == 0.0
    # Right enum, elsewhere in the text: no match.
    assert report_of(g, predicted(outcomes=[out("was dismissed", "jailed")]))["outcomes"]["r"] == 0.0


def test_outcome_without_span_falls_back_to_containment_either_way():
    g = gold(outcomes=[gout("Another constable was dismissed", "dismissed")])
    p = out("was dismissed after a hearing", "dismissed")
    p["span"] = None
    assert report_of(g, predicted(outcomes=[p]))["outcomes"]["r"] == 0.0  # neither inside the other
    p["text"] = "constable was dismissed"
    assert report_of(g, predicted(outcomes=[p]))["outcomes"]["r"] == 1.0


def test_outcome_subject_needs_every_gold_word_and_custodial_months_within_a_tenth():
    g = gold(outcomes=[gout("A former Detective Sergeant was jailed for 18 months", "jailed",
                            subject="former detective sergeant", custodial_months=18)])
    good = out("jailed for 18 months", "jailed", subject="A former Detective Sergeant", custodial_months=18.05)
    r = report_of(g, predicted(outcomes=[good]))
    assert r["outcome_fields"] == {"subject": 1.0, "custodial_months": 1.0}
    assert r["outcomes"]["complete_f1"] == 1.0
    bad = out("jailed for 18 months", "jailed", subject="Detective Sergeant", custodial_months=18.2)
    r = report_of(g, predicted(outcomes=[bad]))
    assert r["outcome_fields"] == {"subject": 0.0, "custodial_months": 0.0}
    assert r["outcomes"]["f1"] == 1.0 and r["outcomes"]["complete_f1"] == 0.0


def test_outcome_list_valued_enum_matches_any_listed_kind():
    g = gold(outcomes=[gout("Another constable was dismissed", ["resigned", "dismissed"])])
    assert report_of(g, predicted(outcomes=[out("was dismissed", "dismissed")]))["outcomes"]["r"] == 1.0


# ---------------------------------------------------------------------- dates

def test_date_matched_but_wrong_counts_as_false_positive_and_miss():
    g = gold(dates=[{"text": "May 2021", "date_from": "2021-05-01", "date_to": "2021-05-31"},
                    {"text": "2020", "date_from": "2020-01-01", "date_to": "2020-12-31"}])
    p = predicted(dates=[date("May 2021", "2021-05-01", "2021-05-30"),
                         date("in 2020", "2020-01-01", "2020-12-31")])
    r = report_of(g, p)
    assert r["dates"] == {"p": 0.5, "r": 0.5, "f1": 0.5}
    art = r["per_article"][0]["dates"]
    assert art["missed"] == [] and art["spurious"] == []
    assert [w["field"] for w in art["wrong"]] == ["date_to"]


def test_dates_with_the_same_text_are_placed_by_their_evidence():
    g = gold(dates=[{"text": "Last year", "date_from": None, "date_to": None, "evidence": "Last year was the worst"},
                    {"text": "last year", "date_from": None, "date_to": None}])
    only_second = predicted(dates=[date("Last year", None, None, nth=1)])
    r = report_of(g, only_second)
    assert r["counts"]["dates"]["complete"] == 1
    assert r["per_article"][0]["dates"]["missed"] == [
        {"text": "last year", "date_from": None, "date_to": None, "evidence": None}]
    both = predicted(dates=[date("Last year", None, None, nth=0), date("Last year", None, None, nth=1)])
    assert report_of(g, both)["dates"]["f1"] == 1.0


def test_date_list_valued_bounds_accept_either_answer():
    g = gold(dates=[{"text": "Last year", "date_from": ["2020-01-01", None], "date_to": ["2020-12-31", None]}])
    assert report_of(g, predicted(dates=[date("Last year", None, None)]))["dates"]["f1"] == 1.0


# ------------------------------------------------------------- report level

def test_published_equal_including_null_counts_right():
    scores = [score_article(gold(published="2021-05-03"), predicted(published="2021-05-03")),
              score_article(gold(published=None), predicted(published=None)),
              score_article(gold(published="2021-05-03"), predicted(published=None))]
    assert aggregate(scores).to_json()["published_acc"] == pytest.approx(2 / 3, abs=1e-4)


def test_headline_is_micro_averaged_complete_f1_over_figures_and_outcomes():
    g = gold([gfig("said 42 officers", "42", 42)], [gout("Another constable was dismissed", "dismissed")])
    p = predicted([fig("42", 42, counted="officer", category="all")],
                  [out("was dismissed", "dismissed"), out("jailed", "jailed"), out("resigned", "resigned")])
    r = report_of(g, p)
    assert r["figures"]["complete_f1"] == 1.0 and r["outcomes"]["complete_f1"] == 0.5
    # Not the mean 0.75 of the two: 2 complete of 4 predicted and 2 gold -> P 0.5, R 1.0.
    assert r["headline_complete_f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_report_json_has_the_spec_keys():
    r = report_of(gold(), predicted())
    assert {"articles", "headline_complete_f1", "published_acc", "figures", "figure_fields", "outcomes",
            "outcome_fields", "dates", "per_article", "errors"} <= r.keys()
    assert r["figures"].keys() == {"p", "r", "f1", "complete_f1"}
    assert r["outcomes"].keys() == {"p", "r", "f1", "complete_f1"}
    assert r["dates"].keys() == {"p", "r", "f1"}
    assert r["figure_fields"].keys() == {"qualifier", "counted", "category", "out_of", "period_from",
                                         "period_to", "org", "outcome"}
    assert r["outcome_fields"].keys() == {"subject", "custodial_months"}
    json.dumps(r)


def test_format_report_shows_missed_spurious_and_wrong_items():
    g = gold([gfig("said 42 officers", "42", 42), gfig("out of 300 referrals", "300", 300)],
             dates=[{"text": "May 2021", "date_from": "2021-05-01", "date_to": "2021-05-31"}])
    p = predicted([fig("42", 42, counted="referral", category="all"), fig("12", 12)],
                  dates=[date("May 2021", None, None)])
    text = format_report(aggregate([score_article(g, p, name="hand-made")]))
    assert "headline complete-F1" in text and "figure.counted" in text
    assert "== hand-made" in text
    assert "missed   figure  '300' = 300" in text
    assert "spurious figure  '12' = 12" in text
    assert "wrong    figure  '42' counted: gold 'officer', predicted 'referral'" in text
    assert "wrong    date    'May 2021' date_from" in text
    assert "== hand-made" not in format_report(aggregate([score_article(g, p, name="hand-made")]), details=False)


# ---------------------------------------------------------- files and errors

def write_gold(folder: Path, name: str, data: dict, text: str = ARTICLE) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.json").write_text(json.dumps({**data, "input": f"{name}.txt"}), encoding="utf-8")


def test_evaluate_dir_records_an_extract_exception_and_goes_on(tmp_path):
    write_gold(tmp_path, "a-good", gold([gfig("said 42 officers", "42", 42)]))
    write_gold(tmp_path, "b-bad", gold([gfig("said 42 officers", "42", 42)]))

    def extract(path: Path) -> dict:
        if path.stem == "b-bad":
            raise RuntimeError("boom")
        return predicted([fig("42", 42, counted="officer", category="all")], text=path.read_text())

    report = evaluate_dir(tmp_path, extract)
    r = report.to_json()
    assert r["articles"] == 2
    assert r["errors"] == [{"article": "b-bad", "error": "RuntimeError: boom"}]
    assert r["counts"]["figures"] == {"matched": 1, "complete": 1, "predicted": 1, "gold": 2,
                                      "absorbed_by_optional": 0}
    assert r["published_acc"] == 0.5  # the failed article's null published is not credited
    assert "ERROR RuntimeError: boom" in format_report(report)


def test_load_gold_reads_gold_and_skips_other_json_with_a_warning(tmp_path):
    write_gold(tmp_path, "one", gold())
    (tmp_path / "settings.json").write_text('{"threshold": 1}')
    with pytest.warns(UserWarning, match="settings.json"):
        golds = load_gold(tmp_path)
    assert [(g.name, g.input.name) for g in golds] == [("one", "one.txt")]
    assert golds[0].gold["published"] is None


def test_load_gold_rejects_missing_input_bad_json_unknown_keys_and_empty_dirs(tmp_path):
    with pytest.raises(EvalError, match="no gold files"):
        load_gold(tmp_path)
    with pytest.raises(EvalError, match="not a directory"):
        load_gold(tmp_path / "nowhere")
    (tmp_path / "lost.json").write_text('{"input": "lost.txt", "figures": []}')
    with pytest.raises(EvalError, match="lost.json.*lost.txt"):
        load_gold(tmp_path)
    (tmp_path / "lost.json").unlink()
    (tmp_path / "broken.json").write_text('{"input": ')
    with pytest.raises(EvalError, match="broken.json"):
        load_gold(tmp_path)
    (tmp_path / "broken.json").unlink()
    write_gold(tmp_path, "typo", gold([{**gfig("said 42", "42", 42), "optinal": True}]))
    with pytest.raises(EvalError, match=r"typo.json: figures\[0\] has unknown keys optinal"):
        load_gold(tmp_path)


# --------------------------------------------------- the shared gold, perfectly

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SHARED_GOLD = sorted(SHARED_EVAL.glob("*.json")) if SHARED_EVAL.is_dir() else []


def loose(quote: str) -> re.Pattern:
    """A pattern for a quote under the SPEC's folding (case, space, pipes)."""
    words = [re.escape(w) for w in re.split(r"[\s|]+", quote.strip()) if w]
    edge_l = r"(?<!\w)" if quote.strip()[0].isalnum() else ""
    edge_r = r"(?!\w)" if quote.strip()[-1].isalnum() else ""
    return re.compile(edge_l + r"[\s|]+".join(words) + edge_r, re.IGNORECASE)


def first(value):
    return value[0] if isinstance(value, list) else value


def perfect_prediction(gold_data: dict, text: str) -> dict:
    """Every gold item (optional ones too) as a prediction with its real span."""
    used: set[tuple[int, int]] = set()

    def place(pattern: str, within: str | None, reuse: bool = False) -> list[int]:
        zones = [m.span() for m in loose(within).finditer(text)] if within else [(0, len(text))]
        for a, b in zones:
            for m in loose(pattern).finditer(text, a, b):
                if reuse or m.span() not in used:
                    used.add(m.span())
                    return list(m.span())
        raise AssertionError(f"{pattern!r} not found in {within!r}")

    figures = [{"span": (s := place(g["text"], g["evidence"])), "text": text[s[0]:s[1]],
                "value": g["value"], "unit": g["unit"], "qualifier": first(g.get("qualifier")),
                **{k: first(g.get(k)) for k in ("counted", "category", "outcome", "out_of",
                                                "period_from", "period_to", "org")}}
               for g in gold_data["figures"]]
    # Outcomes may share a quote ("the convictions of A and B").
    outcomes = [{"span": (s := place(g["evidence"], None, reuse=True)), "text": text[s[0]:s[1]],
                 "outcome": first(g["outcome"]), "subject": g.get("subject"),
                 "custodial_months": g.get("custodial_months"), "date": g.get("date")}
                for g in gold_data["outcomes"]]
    # Dates pinned by evidence take their place before those that are not.
    dated = sorted(gold_data["dates"], key=lambda g: not g.get("evidence"))
    dates = [{"span": (s := place(g["text"], g.get("evidence"))), "text": text[s[0]:s[1]],
              "date_from": first(g["date_from"]), "date_to": first(g["date_to"])} for g in dated]
    return {"article": {"published": gold_data["published"], "text": text},
            "figures": figures, "outcomes": outcomes, "dates": dates, "checks": []}


@pytest.mark.skipif(not SHARED_GOLD, reason="no shared/eval gold beside the repo")
@pytest.mark.parametrize("path", SHARED_GOLD, ids=lambda p: p.stem)
def test_perfect_prediction_of_shared_gold_scores_one(path):
    gold_data = json.loads(path.read_text(encoding="utf-8"))
    if "input" not in gold_data:
        pytest.skip("not a gold file")
    raw = (path.parent / gold_data["input"]).read_text(encoding="utf-8")
    if gold_data["input"].endswith(".html"):
        # A crude rendering, not the project's ingest: enough to place the quotes.
        from bs4 import BeautifulSoup

        raw = BeautifulSoup(raw, "html.parser").get_text(" ")
    r = report_of(gold_data, perfect_prediction(gold_data, raw))
    assert r["published_acc"] == 1.0
    for kind in ("figures", "outcomes", "dates"):
        assert set(r[kind].values()) == {1.0}, (kind, r["per_article"][0][kind])
    assert r["headline_complete_f1"] == 1.0
    assert all(v in (0.0, 1.0) for v in r["figure_fields"].values())
    for kind in ("figures", "outcomes"):
        for counts in r["field_counts"][kind].values():
            assert counts["right"] == counts["total"]
