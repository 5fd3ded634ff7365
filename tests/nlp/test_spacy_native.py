"""The components as spaCy sees them: found through entry points in a process that
never imported extractor, each record a Span displaCy draws, and Docs that survive
serialisation, so nlp.pipe(texts, n_process=2) gives what n_process=1 gives."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from importlib.metadata import entry_points

import pytest
from spacy import displacy
from spacy.tokens import Doc

from extractor.nlp import build_nlp

COMPONENTS = ["extractor_sentences", "extractor_dates", "extractor_outcomes", "extractor_figures", "extractor_spans"]

TEXTS = [
    # "each": one outcome per officer in the same words (without it, one Outcome of the pair: SPEC)
    "PC Amy Lowe and PC Sam Reid were each dismissed without notice on 2 May 2022 after a hearing in Leeds.",
    "The force recorded 48 complaints in 2021, up from 31 the year before. Nine officers were suspended.",
    "A former sergeant was jailed for 18 months on Friday. Sgt Tom Hale, 44, had admitted misconduct in "
    "public office.",
    "Between April 2019 and March 2020, 12 per cent of referrals were about abuse of position for a sexual "
    "purpose.",
    "No dates, no figures and no outcomes here.",
    "Detective Constable Ruth Mays resigned in 2018 and would have been dismissed had she not, a panel found.",
]


def _records(doc: Doc) -> dict:
    return {group: [r.model_dump(mode="json") for r in getattr(doc._, group) or ()]
            for group in ("figures", "outcomes", "dates")}


def _run(code: str, cwd) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def test_every_component_is_a_spacy_factories_entry_point():
    named = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    missing = [name for name in COMPONENTS if name not in named]
    assert not missing, f"{missing} not registered: run `pip install -e .` after editing pyproject.toml"


def test_add_pipe_works_in_a_fresh_process_that_never_imported_extractor(tmp_path):
    out = _run("import sys, spacy\n"
               "nlp = spacy.blank('en')\n"
               "nlp.add_pipe('extractor_figures')\n"
               "print(nlp.pipe_names)", tmp_path)
    assert out.strip() == "['extractor_figures']"


def test_a_pipeline_of_entry_points_alone_gives_the_records_build_nlp_gives(tmp_path, nlp):
    code = ("import json, spacy\n"
            "nlp = spacy.blank('en')\n"
            f"for name in {COMPONENTS!r}:\n"
            "    nlp.add_pipe(name)\n"
            f"doc = nlp({TEXTS[0]!r})\n"
            "print(json.dumps({g: [r.model_dump(mode='json') for r in getattr(doc._, g)]"
            " for g in ('figures', 'outcomes', 'dates')}))")
    assert json.loads(_run(code, tmp_path)) == _records(nlp(TEXTS[0]))


def test_a_saved_pipeline_loads_with_spacy_load_in_a_fresh_process(tmp_path, nlp):
    nlp.to_disk(tmp_path / "pipe")
    out = _run("import spacy\n"
               f"nlp = spacy.load({str(tmp_path / 'pipe')!r})\n"
               f"doc = nlp({TEXTS[2]!r})\n"
               "print([o.outcome for o in doc._.outcomes])", tmp_path)
    assert out.strip() == str([o.outcome for o in nlp(TEXTS[2])._.outcomes])


def test_each_record_is_a_span_over_its_words_with_the_record_on_it(nlp):
    doc = nlp(TEXTS[1] + " " + TEXTS[0])
    for group in ("figures", "outcomes", "dates"):
        records = getattr(doc._, group)
        spans = list(doc.spans[group])
        assert records and len(spans) == len(records)
        for span, record in zip(spans, records):
            assert span._.record is record
            assert span.start_char <= record.span[0] and record.span[1] <= span.end_char
    assert [s.label_ for s in doc.spans["outcomes"]] == [o.outcome for o in doc._.outcomes]
    assert "full_date" in [s.label_ for s in doc.spans["dates"]]
    assert "complaint" in [s.label_ for s in doc.spans["figures"]]


def test_two_officers_dismissed_in_the_same_words_keep_their_own_records(nlp):
    doc = nlp(TEXTS[0])
    spans = list(doc.spans["outcomes"])
    assert len(spans) == 2 and spans[0].text == spans[1].text == "were each dismissed"
    assert [s._.record.subject for s in spans] == ["PC Amy Lowe", "PC Sam Reid"]


@pytest.mark.parametrize("key", ["figures", "outcomes", "dates"])
def test_displacy_draws_each_group(nlp, key):
    doc = nlp(TEXTS[1] + " " + TEXTS[0])
    html = displacy.render(doc, style="span", options={"spans_key": key})
    for span in doc.spans[key]:
        assert span.label_.upper() in html.upper()
    assert "span" in html


def test_a_doc_with_its_records_survives_to_bytes(nlp):
    doc = nlp.make_doc(TEXTS[2])
    doc._.published = date(2023, 6, 9)
    doc = nlp(doc)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.published == date(2023, 6, 9)
    assert _records(again) == _records(doc)
    assert [s._.date_resolution for s in again._.date_spans] == [s._.date_resolution for s in doc._.date_spans]
    assert [(s.text, s.label_, s._.record) for s in again.spans["dates"]] == \
        [(s.text, s.label_, s._.record) for s in doc.spans["dates"]]


def test_two_processes_give_the_records_one_gives(nlp):
    texts = TEXTS * 3
    one = [_records(doc) for doc in nlp.pipe(texts)]
    two = [_records(doc) for doc in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert two == one
    assert sum(len(r["outcomes"]) for r in one) >= 6


def test_any_record_survives_msgpack_and_a_tag_naming_anything_else_stays_a_dict():
    import srsly

    from extractor.records import Article, Check

    sent = [Article.from_text("PC Jo Kerr was dismissed.", source="a.txt", published=date(2024, 1, 5)),
            Check(kind="sum_mismatch", message="2 + 3 is not 6", spans=[(0, 1), (4, 5)]),
            {"__extractor__": "hashlib", "v": {"path": "x"}}, {"__extractor__": "item_id", "v": {}}]
    back = srsly.msgpack_loads(srsly.msgpack_dumps(sent))
    assert back[:2] == sent[:2]
    assert back[2:] == sent[2:]
