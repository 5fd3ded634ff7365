"""Can spaCy Matcher-based rules run within 3x the blank tokenizer? ms per article.

    python bench/matcher.py [DIR ...] [--repeat N]

Reads every supported file under the given directories (default: corpus/ and
../shared/eval when present) once, tokenizes each with spacy.blank("en") and times,
best of N, on the same Docs:
  - tokenizer:  spacy.blank("en") over the texts (the yardstick);
  - one pattern: a Matcher with a single trivial pattern ([{"LOWER": "police"}]), and
    with one word-list pattern ({"LOWER": {"IN": [...]}}), over the whole Doc;
  - 65 patterns of two plain attribute tests ([{"LIKE_NUM": true}, {"LOWER": "wordN"}]):
    the Matcher's own cost per pattern and token, with no Python predicate at all;
  - the project's figure and outcome patterns (models/) as written in a plain Matcher,
    with their word tests read from lexeme flags (what runs), and through
    AnchoredMatcher (flags + only the windows around anchors, what the components do).
Nothing else of the pipeline runs: this is the floor a Matcher-based rule set costs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from spacy.matcher import Matcher

from extractor.nlp import build_nlp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from components import read_articles  # noqa: E402


def best_ms(fn, docs, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in docs:
            fn(doc)
        best = min(best, time.perf_counter() - start)
    return 1000 * best / len(docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    texts = [article.text for article in read_articles(args.dirs)]
    nlp = build_nlp()
    docs = [nlp.make_doc(t) for t in texts]  # vocabulary filled: the tokenizer is timed warm
    tokenizer = best_ms(lambda t: nlp.make_doc(t), texts, args.repeat)

    one = Matcher(nlp.vocab)
    one.add("police", [[{"LOWER": "police"}]])
    one_list = Matcher(nlp.vocab)
    one_list.add("ranks", [[{"LOWER": {"IN": ["pc", "sergeant", "inspector", "constable", "officer"]}}]])
    # as many patterns as the figure rules, each a plain attribute test spaCy reads in C
    many = Matcher(nlp.vocab)
    for k in range(65):
        many.add(f"w{k}", [[{"LIKE_NUM": True}, {"LOWER": f"word{k}"}]])
    rows = [("tokenizer", tokenizer),
            ("Matcher, 1 trivial pattern", best_ms(one, docs, args.repeat)),
            ("Matcher, 1 word-list pattern", best_ms(one_list, docs, args.repeat)),
            ("Matcher, 65 two-token C-attribute patterns", best_ms(many, docs, args.repeat))]
    for pipe in ("extractor_figures", "extractor_outcomes"):
        anchored = nlp.get_pipe(pipe).matcher
        n = len(anchored)
        rows += [(f"{pipe[10:]}: {n} patterns as written", best_ms(anchored.matcher, docs, args.repeat)),
                 (f"{pipe[10:]}: {n} patterns, flags", best_ms(anchored._fast, docs, args.repeat)),
                 (f"{pipe[10:]}: {n} patterns, flags + windows", best_ms(anchored, docs, args.repeat))]
    tokens = sum(len(d) for d in docs) / len(docs)
    print(f"{len(docs)} articles, {tokens:.0f} tokens each on average; ms per article, best of {args.repeat}:")
    for name, ms in rows:
        print(f"  {name:42s} {ms:7.3f}  {ms / tokenizer:5.2f}x tokenizer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
