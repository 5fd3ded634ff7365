"""Fuzz what parses text: the normalisers (numbers, dates, fiscal years) and the
whole pipeline, with random and adversarial strings.

    python bench/fuzz.py --minutes 10      # report inputs tried, failures, a minimal reproducer each

Every input must: raise nothing; finish within 2 s of CPU per 20 kB (a hang
otherwise; a hard stop at 20 s); give spans with ``article.text[start:end] ==
text``; give dates within 1800-2200 with ``date_from <= date_to``; give finite
numbers. tests/test_fuzz.py runs the same properties for a few seconds in the
suite; this script runs them for minutes, and after each failure (shrunk by
hypothesis to a minimal reproducer) goes on looking for different ones.
"""

from __future__ import annotations

import argparse
import json
import math
import signal
import sys
import time
from datetime import date
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

EARLIEST, LATEST = date(1800, 1, 1), date(2200, 12, 31)
CPU_PER_20KB = 3.0   # seconds of CPU one 20 kB input may take (a hang: tens of seconds)
HARD_STOP = 20       # seconds of wall time after which an input is a hang for certain
SLICE = 30           # seconds each property runs before the other has its turn

# Words and numbers the rules react to, and the malformed and extreme shapes of them.
TOKENS = [
    "1,,,000", "99999999999999999999", "99999999999999999999 per cent", "per cent", "%", "1,000", "1,05",
    "0", "-5", "1.5.6", "£1.2m", "$3bn", "million", "billion", "half", "a third", "one in five",
    "two out of every three", "nine", "twenty-one", "hundred", "thousand", "zero", "dozens",
    "31 February 2020", "2020/21/22", "FY9999", "FY 2019/20", "Q5 2020", "Q1 2019", "Q4 2016/17",
    "2019", "2020", "1800", "1799", "2201", "0000", "9999", "12/13/2020", "31/02/2019", "00/00/0000",
    "1 April 2020 - 31 March 2019", "2016-2019", "2019-2016", "the 1990s", "the 9990s", "since",
    "between", "and", "to", "from", "the year to", "the 12 months to", "March", "Feb", "Sept.",
    "last year", "next month", "three years ago", "early", "mid", "late", "summer", "winter",
    "yesterday", "the following year", "the previous 999999 years", "Friday 5 June",
    "officers", "officer", "were", "was", "dismissed", "jailed", "for", "months", "years", "weeks",
    "complaints", "allegations", "referrals", "resigned", "barred", "PC", "Sgt", "Det Insp",
    "up", "down", "rise", "fall", "doubled", "halved", "more than", "fewer than", "about", "at least",
    "of", "out of", "every", "|", "Total", "(", ")", "[", "]", "((((", "))))", "[[(", ")]]",
    "\n", "\n\n", ".", ",", ";", ":", " ", "\u00a0", "é", "—", "–", "-", "/", "'", '"', "“", "”",
]
ADVERSARIAL = [
    "1,,,000 officers were dismissed.",
    "99999999999999999999 per cent of complaints were upheld.",
    "On 31 February 2020 two officers were jailed.",
    "In 2020/21/22 the force received 40 complaints.",
    "In FY9999 there were 12 referrals.",
    "((((Three officers [were (dismissed) in (2019)])))) and [[(4 resigned)]].",
    "In 2019 " + ", ".join(str(n) for n in range(3000)) + " officers were dismissed.",
    " ".join(str(n) for n in range(4000)),
    "Between 2019-2016 and 1 April 2020 - 31 March 2019, 5 officers were barred.",
    "The previous 999999 years saw 3 officers jailed for 999999999 months.",
    "Q5 2020 and Q4 9999/00: 7 of 3 officers (233%) were dismissed.",
    "Year | 2019 | 2020\nDismissed | 1,,,000 | 99999999999999999999\nTotal | | |",
]


def sentence():
    """Random sentences built from the tokens, numbers of any size and stray text."""
    piece = st.one_of(st.sampled_from(TOKENS), st.integers(-10**25, 10**25).map(str),
                      st.text(max_size=6))
    return st.lists(piece, max_size=60).map(" ".join)


def texts():
    return st.one_of(sentence(), st.text(max_size=300), st.sampled_from(ADVERSARIAL),
                     st.lists(sentence(), min_size=2, max_size=8).map("\n\n".join))


def anchors():
    return st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


class Invalid(AssertionError):
    """An output that breaks a promise (a span, a date range, a number)."""


class Hang(AssertionError):
    pass


def _in_range(what: str, *days) -> None:
    for day in days:
        if day is not None and not EARLIEST <= day <= LATEST:
            raise Invalid(f"{what}: {day} is outside 1800-2200")
    if len(days) == 2 and None not in days and days[0] > days[1]:
        raise Invalid(f"{what}: {days[0]} is after {days[1]}")


def check_normalisers(text: str, anchor: date | None) -> None:
    """Every normaliser on ``text``: no exception, finite numbers, dates in range."""
    from extractor.normalise import fiscal, numbers, timex

    for parse in (numbers.parse_digits, numbers.parse_words, numbers.parse_number, numbers.parse_share,
                  numbers.duration_months):
        value = parse(text)
        if value is not None and not math.isfinite(value):
            raise Invalid(f"{parse.__name__}: {value}")
    numbers.is_vague(text)
    for ahead in (False, True):
        got = timex.resolve(text, anchor, None, ahead)
        if got is not None:
            _in_range("resolve", got.date_from, got.date_to)
    pair = fiscal.parse_year_pair(text)
    if pair is not None:
        _in_range("parse_year_pair", pair.date_from, pair.date_to)
    quarter = fiscal.parse_quarter(text)
    if quarter is not None:
        _in_range("parse_quarter", *quarter)
    day = timex.parse_day(text)
    if day is not None:
        _in_range("parse_day", day)


def check_pipeline(text: str, published: date | None, extractor=None) -> None:
    """The whole pipeline on ``text``: spans hold their words, dates are in range."""
    from extractor.errors import ExtractorError
    from extractor.pipeline import extract_article
    from extractor.records import Article

    if not text.strip():
        return
    try:
        article = Article.from_text(text, "fuzz", published=published)
    except ExtractorError:
        return
    result = extractor.extract(article) if extractor else extract_article(article)
    body = result.article.text
    for item in [*result.figures, *result.outcomes, *result.dates, *result.claims]:
        start, end = item.span
        if not (0 <= start <= end <= len(body)) or body[start:end] != item.text:
            raise Invalid(f"{type(item).__name__} span {item.span} does not hold {item.text!r}")
    for check in result.checks:
        for start, end in check.spans:
            if not 0 <= start <= end <= len(body):
                raise Invalid(f"check {check.kind} span {(start, end)} is outside the text")
    for d in result.dates:
        _in_range(f"date {d.text!r}", d.date_from, d.date_to)
    for f in result.figures:
        _in_range(f"figure period {f.text!r}", f.period_from, f.period_to)
        if f.value is not None and not math.isfinite(f.value):
            raise Invalid(f"figure {f.text!r} value {f.value}")
    for o in result.outcomes:
        _in_range(f"outcome date {o.text!r}", o.date)


def timed(check, text: str, *args) -> None:
    """Run ``check``; a Hang if it takes over the CPU allowed for the text's length
    or over HARD_STOP seconds of wall time (signal.alarm, in the main thread)."""
    allowed = CPU_PER_20KB * max(1.0, len(text.encode("utf-8")) / 20_000)

    def stop(*_):
        raise Hang(f"still running after {HARD_STOP} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(HARD_STOP)
    started = time.process_time()
    try:
        check(text, *args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    spent = time.process_time() - started
    if spent > allowed:
        raise Hang(f"{spent:.2f} s of CPU for {len(text):,} characters (allowed {allowed:.1f} s)")


# ---------------------------------------------------------------- the long run


def _signature(exc: BaseException) -> str:
    """What makes two failures the same bug: the exception's type and where it was raised."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}" if tb else "?"
    return f"{type(exc).__name__} at {where}"


def _short(text: str, limit: int = 300) -> str:
    return repr(text) if len(text) <= limit else f"{text[:limit]!r}... ({len(text):,} characters)"


def run(minutes: float, seed: int | None = None) -> dict:
    from hypothesis import HealthCheck, given, settings

    from extractor.pipeline import Extractor

    extractor = Extractor()
    deadline = time.monotonic() + 60 * minutes
    tried = {"normalisers": 0, "pipeline": 0}
    known: dict[str, dict] = {}
    last: dict = {}

    slice_end = [deadline]

    def guarded(target: str, check, text: str, *args) -> None:
        if time.monotonic() > slice_end[0]:
            raise TimeoutError  # ends this property's turn; not a failure
        tried[target] += 1
        if target == "pipeline":
            extractor.renew_if_due()  # a renewal (~1.5 s) is the pipeline's upkeep, not this text's cost
        try:
            timed(check, text, *args)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded
            signature = f"{target}: {_signature(exc)}"
            if signature in known:
                return  # found before: look for a different one
            last.update(signature=signature, text=text, args=[str(a) for a in args],
                        kind="hang" if isinstance(exc, Hang) else "invalid" if isinstance(exc, Invalid)
                        else "crash", message=f"{type(exc).__name__}: {exc}")
            raise

    profile = settings(max_examples=10**9, deadline=None, database=None, derandomize=seed is not None,
                       suppress_health_check=list(HealthCheck), print_blob=False)

    @profile
    @given(texts(), anchors())
    def normalisers(text, anchor):
        guarded("normalisers", check_normalisers, text, anchor)

    @profile
    @given(texts(), anchors())
    def pipeline(text, published):
        guarded("pipeline", check_pipeline, text, published, extractor)

    while time.monotonic() < deadline:
        for prop in (normalisers, pipeline):  # turns of SLICE seconds each, so both get their share
            slice_end[0] = min(deadline, time.monotonic() + min(SLICE, 15 * minutes))
            last.clear()
            try:
                prop()
            except TimeoutError:
                pass
            except Exception:  # noqa: BLE001 - shrunk by hypothesis; ``last`` is the minimal input
                if last:
                    known[last["signature"]] = dict(last)
                    print(f"FAILURE {last['signature']}: {last['message']}\n  reproducer: "
                          f"{_short(last['text'])} {last['args']}", file=sys.stderr, flush=True)
            if time.monotonic() >= deadline:
                break
    return _report(minutes, tried, list(known.values()))


def _report(minutes: float, tried: dict, found: list[dict]) -> dict:
    failures = [dict(f, text=_short(f["text"], 2000)) for f in found]
    return {"minutes": minutes, "inputs_tried": tried,
            "crashes": sum(f["kind"] == "crash" for f in failures),
            "hangs": sum(f["kind"] == "hang" for f in failures),
            "invalid_outputs": sum(f["kind"] == "invalid" for f in failures),
            "failures": failures}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, help="derandomise hypothesis (a repeatable run)")
    args = parser.parse_args()
    report = run(args.minutes, args.seed)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
