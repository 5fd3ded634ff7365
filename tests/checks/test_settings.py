"""models/checks.json is validated: a misspelt key or an unknown reading is an error."""

import pytest

from extractor.checks.settings import check_rules, parse
from extractor.errors import RuleError
from extractor.rulefiles import load_json


def test_the_shipped_rules_load():
    rules = check_rules()
    assert "workforce" in rules.base_nouns and rules.share_qualifiers["nearly"] == "nearly"


def test_a_misspelt_key_is_an_error():
    data = dict(load_json("checks.json"), base_noun=["officers"])
    with pytest.raises(RuleError, match="base_noun"):
        parse(data)


def test_an_unknown_qualifier_reading_is_an_error():
    data = load_json("checks.json")
    data["share_qualifiers"] = dict(data["share_qualifiers"], approximately="roughly")
    with pytest.raises(RuleError, match="unknown readings"):
        parse(data)


def test_a_pattern_that_does_not_compile_is_an_error():
    with pytest.raises(RuleError):
        parse(dict(load_json("checks.json"), span_pattern="(unclosed"))
