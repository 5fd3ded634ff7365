from datetime import date

import pytest

from extractor.checks.article import article_checks
from extractor.records import Article, ArticleResult, DateMention

TEXT = "The IOPC said last year it received 90 referrals, and in three years 250."


def result(published, mentions):
    article = Article.from_text(TEXT, "t.txt", published=published)
    dates = []
    for phrase, relative, start, end in mentions:
        i = TEXT.index(phrase)
        dates.append(DateMention(span=(i, i + len(phrase)), text=phrase, relative=relative,
                                 date_from=start, date_to=end))
    return ArticleResult(article=article, dates=dates)


def test_a_relative_date_without_a_publication_date_is_flagged():
    checks = article_checks(result(None, [("last year", True, None, None)]))
    assert [c.kind for c in checks] == ["unresolved_date"]
    assert "last year" in checks[0].message
    assert checks[0].spans == [(TEXT.index("last year"), TEXT.index("last year") + 9)]


def test_a_relative_date_resolved_from_the_publication_date_is_not_flagged():
    mention = ("last year", True, date(2020, 1, 1), date(2020, 12, 31))
    assert article_checks(result(date(2021, 5, 1), [mention])) == []


def test_an_undated_duration_is_not_a_relative_date():
    assert article_checks(result(None, [("in three years", False, None, None)])) == []


# ---- sums and shares, on whole articles run through the real pipeline

from extractor.pipeline import extract_article  # noqa: E402


def checks_of(text, published=date(2021, 6, 1)):
    article = Article.from_text(text, "t.txt", published=published)
    return [c for c in extract_article(article).checks if c.kind != "unresolved_date"]


SERIES = ("The watchdog received {total} referrals about corruption in the three years to the end of "
          "March 2020. From April 2017 to March 2018, forces made 120 referrals about corruption. "
          "This rose to 150 in the following 12 months and to 90 referrals up to 31 March 2020.")


def test_parts_of_a_period_that_fall_short_of_the_stated_total_are_flagged():
    checks = checks_of(SERIES.format(total="more than 450"))
    assert [c.kind for c in checks] == ["sum_mismatch"]
    assert "120 + 150 + 90 = 360" in checks[0].message and "more than 450" in checks[0].message
    assert len(checks[0].spans) == 4


@pytest.mark.parametrize("total", ["360", "about 355", "more than 350", "nearly 370"])
def test_parts_that_fit_the_stated_total_raise_nothing(total):
    assert checks_of(SERIES.format(total=total)) == []


TABLE = ("Officers who faced misconduct hearings at Northshire Police, by outcome and year:\n\n"
         "Outcome | 2021 | 2022 | 2023 | Total\n"
         "Dismissed | 4 | 6 | 5 | 15\n"
         "Would have been dismissed | 1 | 3 | 2 | 6\n"
         "Final written warning | 2 | 2 | 3 | 7\n\n"
         "Of the {n} officers who were dismissed or would have been dismissed from 2021 to 2023, 9 had abused "
         "their position.")


def test_a_row_with_its_own_total_is_not_set_against_a_figure_of_the_text():
    # 21 counts the first two rows together; the second row's own Total cell (6) is its sum
    assert [c for c in checks_of(TABLE.format(n=21)) if c.rule == "sum_of_consecutive_periods"] == []


def test_the_majority_resting_on_a_minority_is_flagged():
    text = ("Figures show that the majority of complaints this year concerned corruption. "
            "The force recorded 90 out of 400 complaints about corruption.")
    checks = checks_of(text)
    assert [c.kind for c in checks] == ["share_mismatch"]
    assert "90 out of 400 is 22%" in checks[0].message


def test_the_majority_resting_on_a_majority_raises_nothing():
    text = ("Figures show that the majority of complaints this year concerned corruption. "
            "The force recorded 290 out of 400 complaints about corruption.")
    assert checks_of(text) == []


def test_a_third_is_checked_against_its_counts():
    wrong = "About a third of the officers were dismissed: 12 of the 60 officers investigated for theft."
    right = "About a third of the officers were dismissed: 20 of the 60 officers investigated for theft."
    assert [c.kind for c in checks_of(wrong)] == ["share_mismatch"]
    assert checks_of(right) == []


def test_a_percentage_with_its_count_in_brackets_is_checked_against_the_base():
    right = "Of the 52 officers investigated for corruption, 73 per cent (38) were dismissed."
    wrong = "Of the 52 officers investigated for corruption, 83 per cent (38) were dismissed."
    assert checks_of(right) == []
    assert [c.kind for c in checks_of(wrong)] == ["share_mismatch"]


@pytest.mark.parametrize("claim, holds", [
    ("More than a third", True), ("Nearly half", False), ("Less than a quarter", False), ("About a third", True),
])
def test_qualified_fractions_are_checked_with_their_qualifier(claim, holds):
    text = f"{claim} of the complaints concerned theft: 41 of the 112 complaints of theft were upheld."
    assert (checks_of(text) == []) == holds


# ---- conflicts across stored articles

from extractor.checks.article import agree  # noqa: E402
from extractor.records import Figure  # noqa: E402
from extractor.checks.recheck import save_with_checks  # noqa: E402
from extractor.store import Store  # noqa: E402

TOTAL = ("Westshire Police recorded {n} allegations of corruption in the three years to March 2021, "
         "figures obtained by this paper show.")


def stored(store, text, source):
    article = Article.from_text(text, source, published=date(2021, 9, 1))
    return save_with_checks(store, extract_article(article), "test")


def test_two_articles_giving_different_totals_for_the_same_period_conflict(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        first = stored(store, TOTAL.format(n=256), "times.txt")
        second = stored(store, "Gazette\n\n" + TOTAL.format(n=265), "gazette.txt")
        assert [c.kind for c in first.checks] == []
        conflict = [c for c in second.checks if c.kind == "conflict"]
        assert len(conflict) == 1
        assert "“265”" in conflict[0].message and "“256”" in conflict[0].message
        assert "times.txt" in conflict[0].message
        # the article stored first is told too, naming the second
        earlier = [c for _, c in store.checks(kind="conflict", article_id=first.article.id)]
        assert len(earlier) == 1 and "gazette.txt" in earlier[0].message


def test_articles_that_agree_do_not_conflict(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        stored(store, TOTAL.format(n=256), "times.txt")
        second = stored(store, "Gazette\n\n" + TOTAL.format(n="more than 250"), "gazette.txt")
        assert [c.kind for c in second.checks] == []


def test_a_part_and_its_whole_do_not_conflict(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        stored(store, TOTAL.format(n=256), "times.txt")
        part = ("Westshire Police recorded 256 allegations of corruption in the three years to March 2021, "
                "and 41 of them were upheld.")
        assert [c.kind for c in stored(store, part, "part.txt").checks] == []


@pytest.mark.parametrize("a, b, agrees", [
    (("exact", 256), ("exact", 256), True), (("exact", 256), ("exact", 265), False),
    (("more_than", 250), ("exact", 256), True), (("more_than", 260), ("exact", 256), False),
    (("about", 260), ("exact", 256), True), (("fewer_than", 250), ("at_least", 250), False),
])
def test_qualifiers_decide_whether_two_statements_agree(a, b, agrees):
    f = Figure(span=(0, 1), text="x", qualifier=a[0], value=a[1])
    g = Figure(span=(0, 1), text="x", qualifier=b[0], value=b[1])
    assert agree(f, g) is agrees


# ---- conflicts as the store grows: one check per figure, raised once

from extractor.checks.article import OWN_PERIOD  # noqa: E402
from extractor.checks.recheck import save_batch  # noqa: E402


def copies(values, start=0):
    """One article per value, each its own source (and so its own id)."""
    return [extract_article(Article.from_text(f"Copy {i}\n\n" + TOTAL.format(n=n), f"copy-{i}.txt",
                                              published=date(2021, 9, 1)))
            for i, n in enumerate(values, start)]


def conflict_rows(store):
    return sorted((aid, c.id, c.message) for aid, c in store.checks(kind="conflict"))


def test_a_figure_contradicted_by_many_copies_holds_one_check_naming_a_few(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        save_batch(store, copies([256]), "test")
        save_batch(store, copies([265] * 12 + [270, 280, 290], start=1), "test")
        first = [c for aid, c in store.checks(kind="conflict", article_id=copies([256])[0].article.id)]
        # raised by the first copy stating otherwise, and not rewritten by the fourteen after it
        assert len(first) == 1 and first[0].message.endswith("says “265”.")
        last = [c for aid, c in store.checks(kind="conflict", article_id=copies([290], start=15)[0].article.id)]
        # four values stand against the last copy, said by fourteen articles: three are named
        assert len(last) == 1 and last[0].message.count(" says “") == 1 + 3
        assert last[0].message.count("“265”") <= 1
        per_article = {}
        for aid, c in store.checks(kind="conflict"):
            per_article[aid] = per_article.get(aid, 0) + 1
        assert set(per_article.values()) == {1} and len(per_article) == 16


def test_an_article_stating_two_values_against_a_figure_is_named_once(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        stored(store, TOTAL.format(n=270) + " " + TOTAL.format(n=290), "twice.txt")
        conflict = [c for c in stored(store, TOTAL.format(n=256), "once.txt").checks if c.kind == "conflict"]
        assert len(conflict) == 1
        assert conflict[0].message.count("twice.txt") == 1
        assert conflict[0].message.endswith("says “270” and “290”.")


def test_what_a_save_reads_grows_with_the_values_stated_not_with_the_copies(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        save_batch(store, copies([256] * 10 + [265] * 10), "test")
        f = copies([256])[0].figures[0]
        key = (f.org, f.category, f.counted, f.unit, f.period_from, f.period_to)
        assert sorted(g.value for _, g in store.figure_groups([key], OWN_PERIOD)) == [256, 265]
        # every copy is flagged already: a new statement has nothing left to flag
        groups = [(g.org, g.category, g.counted, g.outcome, g.unit, g.noun, g.period_from, g.period_to,
                   g.value, g.qualifier) for _, g in store.figure_groups([key], OWN_PERIOD)]
        assert store.unflagged_figures(groups, OWN_PERIOD) == []


def test_a_raised_conflict_keeps_its_id_as_more_copies_arrive(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        save_batch(store, copies([256, 265]), "test")
        before = conflict_rows(store)
        save_batch(store, copies([265, 265, 280], start=2), "test")
        after = conflict_rows(store)
        assert set(before) <= set(after)  # the first two checks are untouched


def test_a_batch_stores_what_saving_its_articles_one_at_a_time_would(tmp_path):
    articles = copies([256, 265, 256, 280, 265, 256])
    with Store(tmp_path / "batch.duckdb") as batch, Store(tmp_path / "single.duckdb") as single:
        save_batch(batch, articles[:1], "test")
        save_batch(batch, articles[1:], "test")
        for article in copies([256, 265, 256, 280, 265, 256]):
            save_batch(single, [article], "test")
        assert conflict_rows(batch) == conflict_rows(single) and len(conflict_rows(batch)) == 6


def test_an_article_read_again_without_the_disputed_value_clears_the_checks_naming_it(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        first, second = copies([256, 265])
        save_batch(store, [first], "test")
        save_batch(store, [second], "test")
        assert len(conflict_rows(store)) == 2
        # the same article read again (say by a newer extractor) as stating 256
        reread = second.model_copy(deep=True)
        reread.figures = [f.model_copy(update={"value": 256.0}) for f in reread.figures]
        save_batch(store, [reread], "test")
        assert conflict_rows(store) == []


# ---- whole articles: the corpus twins and the shared gold set

from pathlib import Path  # noqa: E402

from extractor.ingest.read import read_source  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def kinds(path) -> list[str]:
    return sorted(c.kind for c in extract_article(read_source(str(path))).checks if c.kind != "unresolved_date")


@pytest.mark.parametrize("inconsistent, consistent, kind", [
    ("national-apsp-majority-sacked-2021.html", "iopc-apsp-proceedings-release-2021.txt", "share_mismatch"),
    ("ldrs-pennine-corruption-allegations-gazette.txt", "ldrs-pennine-corruption-allegations-times.txt",
     "sum_mismatch"),
])
def test_corpus_twins_fire_when_wrong_and_stay_silent_when_right(inconsistent, consistent, kind):
    assert kinds(ROOT / "corpus" / inconsistent) == [kind]
    assert kinds(ROOT / "corpus" / consistent) == []


@pytest.mark.parametrize("inconsistent, consistent, found", [
    ("ldrs-severnside-complaints-rise-herald.txt", "ldrs-severnside-complaints-rise-echo.txt",
     ["change_mismatch"] * 3),
    ("weekly-news-mercia-pc-hearing-2024.txt", "force-release-mercia-pc-hearing-2024.txt",
     ["contradiction"] * 2),
])
def test_change_and_contradiction_twins(inconsistent, consistent, found):
    assert kinds(ROOT / "corpus" / inconsistent) == found
    assert kinds(ROOT / "corpus" / consistent) == []


def test_the_mercia_contradictions_are_one_of_each():
    checks = extract_article(read_source(str(ROOT / "corpus" / "weekly-news-mercia-pc-hearing-2024.txt"))).checks
    assert sorted(c.rule for c in checks) == ["same_count_in_article", "same_person_outcomes"]


# The eval articles whose gold note describes a real inconsistency; every other one may get
# no check but unresolved_date.
EVAL_INCONSISTENT = {"seed-000", "seed-003", "dev-barred-list-2023-24", "dev-met-1000-suspended-2023",
                     "dev-met-drugs-allegations-foi"}


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="needs ../shared/eval beside the repo")
def test_the_cli_raises_no_check_on_an_eval_article_whose_note_describes_no_inconsistency():
    import json
    import subprocess
    import sys

    inputs = sorted(str(SHARED_EVAL / json.loads(g.read_text())["input"]) for g in SHARED_EVAL.glob("*.json"))
    cli = str(Path(sys.executable).with_name("extractor"))  # the installed console script
    out = subprocess.run([cli, "extract", *inputs, "--no-store", "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    results = json.loads(out)
    assert len(results) == len(inputs)
    found = {Path(r["article"]["source"]).stem: sorted({c["kind"] for c in r["checks"]} - {"unresolved_date"})
             for r in results}
    wrong = {name: k for name, k in found.items() if k and name not in EVAL_INCONSISTENT}
    assert wrong == {}, found


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="needs ../shared/eval beside the repo")
def test_no_check_fires_on_a_consistent_gold_article():
    import json
    for gold_file in sorted(SHARED_EVAL.glob("*.json")):
        gold = json.loads(gold_file.read_text())
        if "inconsisten" in gold.get("note", "").lower() or "mismatch" in gold.get("note", "").lower():
            continue
        assert kinds(SHARED_EVAL / gold["input"]) == [], gold_file.name


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="needs ../shared/eval beside the repo")
def test_both_seed_errors_are_caught_and_explained():
    seed0 = extract_article(read_source(str(SHARED_EVAL / "seed-000.txt")))
    share = [c for c in seed0.checks if c.kind == "share_mismatch"]
    assert len(share) == 1 and "118 out of 490" in share[0].message and "majority" in share[0].message
    assert sum(c.kind == "unresolved_date" for c in seed0.checks) == 4
    seed3 = extract_article(read_source(str(SHARED_EVAL / "seed-003.txt")))
    (sums,) = [c for c in seed3.checks if c.kind == "sum_mismatch"]
    assert "100 + 172 + 43 = 315" in sums.message and "More than 400" in sums.message


def test_an_unresolved_date_names_the_figures_whose_period_it_leaves_unknown():
    text = "The IOPC said it received 90 referrals about corruption this year."
    (check,) = [c for c in extract_article(Article.from_text(text, "t.txt")).checks]
    assert check.kind == "unresolved_date" and "“90”" in check.message and len(check.spans) == 2
