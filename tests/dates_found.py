"""What the date tests read from the whole pipeline: each date mention as (text, from, to),
read against a publication date the test gives."""

from extractor.nlp import shared_nlp


def dates_on(text, published):
    nlp = shared_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(d.text, str(d.date_from), str(d.date_to)) for d in doc._.dates]
