"""keys.folded: the lower-case text a str.find can rule sentences out in, before a regex
compiled with re.I is run on them."""

import re
import sys

from extractor.checks.keys import folded

_EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_folding_keeps_every_character_in_its_place():
    assert len(folded(_EVERY_CHARACTER)) == len(_EVERY_CHARACTER)
    assert folded("The İstanbul OFFICERS") == "the istanbul officers"


def test_every_character_a_case_blind_regex_reads_as_a_plain_one_folds_to_it():
    plain = "abcdefghijklmnopqrstuvwxyz0123456789 -'"
    # the long s, the Kelvin sign and the dotted and dotless i among them
    read = {m.group(0) for m in re.finditer(f"[{re.escape(plain)}]", _EVERY_CHARACTER, re.I)}
    assert {"\u017f", "\u212a", "\u0130", "\u0131"} <= read
    for char in read:
        for p in plain:
            if re.fullmatch(re.escape(p), char, re.I):
                assert folded(char) == p, (hex(ord(char)), p)


def test_a_word_found_by_a_case_blind_regex_is_in_the_folded_text_at_the_same_place():
    text = "Complaints ROSE by 12%. They Roſe again; the fall was DOUBLED, then Halved."
    for word in ("rose", "doubled", "halved", "fall"):
        for m in re.finditer(word, text, re.I):
            assert folded(text)[m.start():m.end()] == word
