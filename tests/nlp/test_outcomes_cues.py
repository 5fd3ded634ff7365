"""models/outcome_cues.jsonl: each cue kind and scope refuses an outcome in a sentence
written for it, and a malformed cue line fails at load naming file, line and key."""

import json

import pytest

from extractor.errors import RuleError
from extractor.nlp.outcomes import cues as cues_mod
from extractor.nlp.outcomes.cues import Cue, Cues, load_cues

from outcomes_found import found


@pytest.mark.parametrize("text", [
    "The sergeant was not dismissed.",                                 # negation in the chain
    "The constable has never been charged with any offence.",
    "A detective narrowly avoided jail last week.",                    # negation before the chain
    "PC Ann Vale has not been arrested or charged.",                   # coordinated after a negation
    "The inspector is expected to be dismissed next week.",            # intention: infinitive
    "The deputy faces being fired after the video emerged.",           # threat before the chain
    "The officer could be jailed for up to ten years.",                # modal
    "If convicted, the sergeant would be sacked.",                     # condition in the clause
    "Had he been convicted, the constable would have been fired.",       # inverted condition
    "Was the constable dismissed after the hearing?",                  # a question
    "An officer found to have lied is usually dismissed.",             # habit
])
def test_a_cue_refuses_the_outcome(text):
    assert found(text) == []


@pytest.mark.parametrize("text, outcome", [
    ("The sergeant was dismissed.", "dismissed"),
    ("The panel decided that the constable should be dismissed.", "dismissed"),  # decision, not a modal
    ("The inspector, who was cleared of assault, has been sacked.", "dismissed"),
])
def test_without_a_cue_the_outcome_stands(text, outcome):
    assert outcome in [o for o, _ in found(text)]


def test_every_cue_line_is_valid_and_chain_words_are_known():
    cues = load_cues()
    assert "not" in cues.words("negation", "chain")
    assert "to" in cues.chain_words and "would" in cues.chain_words
    assert cues.window("negation", "coordinated") >= 1


def test_a_typo_in_a_cue_names_file_line_and_key(tmp_path, monkeypatch):
    row = {"id": "x", "kind": "negaton", "direction": "forward", "scope": "chain", "words": ["not"]}
    (tmp_path / "outcome_cues.jsonl").write_text("// cues\n" * 3 + json.dumps(row) + "\n", encoding="utf-8")
    monkeypatch.setenv("EXTRACTOR_MODELS", str(tmp_path))
    with pytest.raises(RuleError, match=r"models/outcome_cues.jsonl:4: rule x: kind: value .negaton. is not one of"):
        load_cues()


def test_an_unknown_key_in_a_cue_is_refused():
    with pytest.raises(Exception):
        Cue(id="x", kind="negation", direction="forward", scope="chain", words=["not"], scoep="x")


def test_cues_merge_words_of_one_kind_and_scope():
    cues = Cues([Cue(id="a", kind="modal", direction="forward", scope="chain", words=["may"]),
                 Cue(id="b", kind="modal", direction="forward", scope="chain", words=["must"])])
    assert cues.words("modal", "chain") == {"may", "must"}
    assert cues.words("negation", "chain") == frozenset()
