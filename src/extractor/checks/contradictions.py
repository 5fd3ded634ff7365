"""One article contradicting itself: what a careful reader would stop at.

    outcomes  the same person given outcomes no one can be given for one matter
              ("dismissed" in the headline, "a final written warning" in the body;
              "jailed" and "given a suspended sentence"; "jailed for 18 months" and
              "jailed for two years")
    figures   the same count (same org, category, what is counted and its noun,
              outcome, unit and period, as for conflicts between articles) stated
              in two sentences with values no reading of their qualifiers
              reconciles ("70" and "97"; but not "8,500" and "more than 8,500", nor
              "87" and "nearly 90"). An exact round number is read as the writer's
              rounding: half its rounding unit either way, at most 5% ("8,500" allows
              8,450-8,550). Not compared: table cells, figures inside a claim of
              change, two values in one sentence, clauses naming different stages
              ('recorded' vs 'investigated') or scopes ('nationally', 'across the
              forces'), clauses whose other words differ ('29 male officers', '45
              complaints from its own staff'; filler, dates and attribution such as
              'figures show that' aside), and a sentence that does not name the
              organisation the figure is given to.

Who is the same person: the same surname (the last word of a named subject, "PC
Liam Sutcliffe" = "PC Sutcliffe"; "PC Tom Ash" and "PC Ben Ash" are two); an
unnamed description ("the officer", "a former detective") is that person only where the article names exactly one person
among its outcomes, describes one such person at most once with 'a'/'an', and
the description's rank fits ('the sergeant' needs a sergeant, 'Constable sacked' a
PC; 'the officer' fits anyone); with
no name at all, the same description ('police officer' = 'Former police officer')
is one person on the same condition. A statement that does not name the officer
but introduces someone ('A PCSO was given ...', 'the officer who filmed it', 'a second officer') is not held
against them, whoever the subject finder took it for. Outcomes stated in a
sentence that places them in another matter
("had previously been given a final written warning", "reduced to ... on appeal")
contradict nothing, nor do two whose sentences name periods that do not overlap
("a final written warning in 2019", "dismissed in 2023"). The groups of exclusive
outcomes and those words are data in models/contradictions.json. False alarms cost a reader's trust, so every rule
errs towards silence.

Pure: records and the article's text in, Check records out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations, islice
from typing import Optional

from .keys import bounds, comparable, count_key, sentence_of, sentence_spans
from ..nlp.subjects.schema import load_subject_words
from ..rulefiles import load_json
from ..records import ArticleResult, Check, Figure, Outcome

QUOTE = 160     # characters of a statement's sentence quoted in a message
ROUNDED = 0.05  # how far an exact round number may stand from the value it rounds


@lru_cache(maxsize=1)
def rules() -> dict:
    return load_json("contradictions.json")


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    # the file as the subject finder reads it: each rank spread into the role heads and titles
    subjects = load_subject_words()
    return frozenset(subjects["role_heads"]) | frozenset(subjects["titles_upper"]) | {"policeman", "policewoman"}


def _sentence(text: str, sents: list[tuple[int, int]], span: tuple[int, int]) -> str:
    for s, e in sents:
        if s <= span[0] < e:
            said = text[s:e].strip()
            return said if len(said) <= QUOTE else said[:QUOTE - 1].rstrip() + "…"
    return text[span[0]:span[1]]


def _who(subject: Optional[str]) -> tuple[str, str]:
    """('name', surname) for a named subject, ('role', head noun) for a description, ('', '') for none."""
    if not subject:
        return "", ""
    last = subject.split()[-1]
    low = last.lower()
    for prefix in rules()["role_prefixes"]:
        low = low.removeprefix(prefix.strip())
    if low in _roles() or last in _roles() or not last[:1].isupper():
        return "role", low
    return "name", low.strip(".,")


def _description(subject: str) -> str:
    """A description without the words that only place it in time: 'Former police officer' = 'police officer'."""
    low = subject.lower()
    for prefix in ("the ", "a ", "an ", *rules()["role_prefixes"]):
        low = low.removeprefix(prefix)
    return low


def _people(result: ArticleResult) -> dict[str, list[Outcome]]:
    """Outcomes by person, as far as the article lets a reader tell them apart."""
    text_l = result.article.text.lower()
    named: dict[str, list[Outcome]] = {}
    roles: dict[str, list[Outcome]] = {}
    for o in result.outcomes:
        kind, key = _who(o.subject)
        if kind == "name":
            named.setdefault(key, []).append(o)
        elif kind == "role" and not any(re.search(rf"\b{w}\b", o.subject.lower()) for w in rules()["another_person"]):
            roles.setdefault(key, []).append(o)
    named = _by_first_name(named)
    people = {f"name:{k}": v for k, v in named.items()}
    for head, outcomes in roles.items():
        # "Paul Hurst, a former sergeant," names the person again; it does not introduce another
        if _introduced_twice(head, text_l):
            continue  # "an officer ... another officer": more than one such person
        if len(named) == 1 and _rank_fits(head, next(iter(named.values())), result.article.text):
            people[next(iter(people))].extend(outcomes)
        elif not named:
            # "a Thames Valley special constable" and "a Leicestershire special constable" are two
            for o in outcomes:
                people.setdefault(f"role:{_description(o.subject)}", []).append(o)
    return people


@lru_cache(maxsize=256)
def _introducing(head: str) -> re.Pattern:
    return re.compile(rf"(?<!, )\b(?:a|an|another)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b")


def _introduced_twice(head: str, text_l: str) -> bool:
    """'an officer ... another officer': the text introduces two people of that role. Each
    introduction ends on its own occurrence of the head word, so a text holding the word
    once introduces one at most, and the search stops at the second."""
    if text_l.count(head) < 2:
        return False
    return sum(1 for _ in islice(_introducing(head).finditer(text_l), 2)) > 1


def _rank_fits(head: str, outcomes: list[Outcome], text: str) -> bool:
    """'the officer' may be anyone; 'the sergeant' is the named officer only if the words
    naming them say sergeant ('Sgt Paul Cole', 'Paul Cole, a former sergeant,'), 'Constable
    sacked' only a PC."""
    r = rules()
    if head in r["any_rank"]:
        return True
    sents = sentence_spans(text)
    own = [text[s:e] for s, e in sents if any(s <= o.span[0] < e for o in outcomes)]
    said = " ".join([o.subject or "" for o in outcomes] + own).lower().replace(".", "")
    said_words = re.findall(r"[a-z]+", said)
    ranks = said_words + [r["titles"].get(w, "") for w in said_words]
    return any(head in rank.split() for rank in ranks if rank)


def _first_name(subject: str) -> str:
    """'PC Tom Ash' -> 'tom'; 'PC Ash', 'Ash' -> ''."""
    words = [w for w in subject.split()[:-1] if w[:1].isupper() and w not in _roles()
             and w.lower() not in _roles() and w.lower() + " " not in rules()["role_prefixes"]]
    return words[-1].lower() if words else ""


def _by_first_name(named: dict[str, list[Outcome]]) -> dict[str, list[Outcome]]:
    """'PC Tom Ash' and 'PC Ben Ash' are two people: a surname given with two first names
    is split by them, and a bare 'PC Ash' there could be either, so it is compared with neither."""
    out: dict[str, list[Outcome]] = {}
    for surname, outcomes in named.items():
        firsts = {_first_name(o.subject) for o in outcomes} - {""}
        if len(firsts) <= 1:
            out[surname] = outcomes
            continue
        for o in outcomes:
            first = _first_name(o.subject)
            if first:
                out.setdefault(f"{surname}|{first}", []).append(o)
    return out


def _times(result: ArticleResult, sents: list[tuple[int, int]], span: tuple[int, int]) -> list[tuple]:
    """The resolved periods a statement's sentence names ('in 2019', 'on 3 May 2023')."""
    s, e = sentence_of(sents, span)
    return [(d.date_from, d.date_to) for d in result.dates
            if s <= d.span[0] < e and d.date_from is not None and d.date_to is not None]


def _other_times(result: ArticleResult, sents: list[tuple[int, int]], a: Outcome, b: Outcome) -> bool:
    """A final written warning 'in 2019' and a dismissal 'in 2023' are two matters: the
    statements' own dates (or the periods their sentences name) do not overlap."""
    if a.date is not None and b.date is not None:
        return a.date != b.date
    ta, tb = _times(result, sents, a.span), _times(result, sents, b.span)
    return bool(ta and tb) and not any(x0 <= y1 and y0 <= x1 for x0, x1 in ta for y0, y1 in tb)


def _rounding(v: float) -> float:
    """The unit a whole number is rounded to, as written: 8,500 -> 100, 70 -> 10, 87 -> 1."""
    if v < 10 or not float(v).is_integer():
        return 0.0
    unit = 1
    while v % (unit * 10) == 0:
        unit *= 10
    return float(unit) if unit > 1 else 0.0


def _range(f: Figure) -> tuple[float, float]:
    """checks.bounds, with an exact round number read as the writer's rounding, by half its
    rounding unit and at most ROUNDED of it: '8,500' allows 8,450 to 8,550, '70' 66.5 to 73.5."""
    half = min(_rounding(f.value) / 2, ROUNDED * f.value) if f.qualifier == "exact" else 0.0
    return (f.value - half, f.value + half) if half else bounds(f)


def _agree(a: Figure, b: Figure) -> bool:
    """Some value fits both ('8,500' in a headline and 'more than 8,500' in the body)."""
    (lo_a, hi_a), (lo_b, hi_b) = _range(a), _range(b)
    return max(lo_a, lo_b) <= min(hi_a, hi_b)


def _sentence_of(sents: list[tuple[int, int]], f: Figure) -> int:
    return next((i for i, (s, e) in enumerate(sents) if s <= f.span[0] < e), -1)


def _clause(text: str, sents: list[tuple[int, int]], f: Figure) -> str:
    """The words of the figure's clause: its sentence cut at the nearest , ; : – ( ) around it."""
    return clause_at(text, sents, f.span)


def clause_at(text: str, sents, span: tuple[int, int]) -> str:
    """The words of the clause around ``span`` (lower case)."""
    s, e = sentence_of(sents, span)
    before = max((m.end() for m in _BREAK.finditer(text, s, span[0])), default=s)
    after = next((m.start() for m in _BREAK.finditer(text, span[1], e)), e)
    return text[before:after].lower()


def stages_at(text: str, span: tuple[int, int]) -> tuple[int, ...]:
    """Which stages of the process (models/contradictions.json 'stages': recorded, investigated,
    upheld, pending) the clause around ``span`` names."""
    clause = clause_at(text, sentence_spans(text), span)
    return tuple(i for i, group in enumerate(rules()["stages"])
                 if any(re.search(rf"\b{re.escape(w)}\b", clause) for w in group))


_BREAK = re.compile(r"[,;:()–—]|\s-\s")


def _framing(text: str, sents: list[tuple[int, int]], f: Figure) -> tuple:
    """Which stages and scope words the figure's clause (its sentence, for scope) names, and
    the clause's other words (models/contradictions.json)."""
    clause = _clause(text, sents, f)
    s, e = sentence_of(sents, f.span)
    sentence = text[s:e].lower()

    def has(word: str, where: str) -> bool:
        return re.search(rf"\b{re.escape(word)}\b", where) is not None

    stages = tuple(i for i, group in enumerate(rules()["stages"]) if any(has(w, clause) for w in group))
    # 'Nationally, 500 officers were dismissed': scope words reach across the sentence's commas
    scope = tuple(sorted(w for w in rules()["scope"] if has(w, sentence)))
    return stages, scope, _content(clause, f)


def same_stage(text: str, a: Figure, b: Figure) -> bool:
    """Whether two figures' clauses name the same stages of the process ('recorded' vs
    'finalised'), or neither names one."""
    sents = sentence_spans(text)
    return _framing(text, sents, a)[0] == _framing(text, sents, b)[0]


def _content(clause: str, f: Figure) -> frozenset[str]:
    """The clause's words that say what is counted, without the number, dates, the
    organisation's name and the filler a restatement adds or drops."""
    org = set((f.org or "").lower().split())
    filler = set(rules()["filler"])
    # 'Figures released on Friday show that X dismissed 97 officers': the words after the attribution
    said = list(_ATTRIBUTION.finditer(clause))
    if said:
        clause = clause[said[-1].end():]
    return frozenset(w for w in re.findall(r"[a-z][a-z'-]*", clause) if w not in filler and w not in org)


_ATTRIBUTION = re.compile(r"\b(?:show|shows|showed|shown|said|says|say|revealed|reveal|reveals|confirmed|"
                          r"confirms|found|finds|suggest|suggests|suggested|reported|reports)\s+(?:that\s+)?")


def names_org(text: str, sents, f: Figure) -> bool:
    """Whether the figure's own sentence names whose count it is ('Nationally, 500 officers
    ...' in a story about one force names nobody, whatever org the figure inherited)."""
    s, e = sentence_of(sents, f.span)
    sentence = text[s:e].lower()
    words = [w for w in (f.org or "").lower().split() if w not in ("police", "constabulary", "service", "the")]
    return bool(words) and all(re.search(rf"\b{re.escape(w)}\b", sentence) for w in words)


def _someone_else(text: str, sents: list[tuple[int, int]], span: tuple[int, int], surname: str) -> bool:
    """Whether a statement that does not name the person describes someone it introduces
    ('A PCSO was given ...', 'The officer who filmed the incident ...', 'a second officer'),
    whoever the subject finder took it for."""
    s, e = sentence_of(sents, span)
    said = text[s:e].lower()
    if re.search(rf"\b{re.escape(surname)}\b", said):
        return False
    heads = "|".join(sorted((re.escape(h.lower()) for h in _roles()), key=len, reverse=True))
    # 'another officer', 'both men', 'two colleagues' (but not 'jailed for two years')
    people = "officers|colleagues|men|women|people|constables|sergeants|detectives|pcs"
    return bool(re.search(rf"(?<!, )\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{heads})\b", said)
                or re.search(rf"\b(?:{heads})\s+(?:who|that|whose|whom)\b", said)
                or any(re.search(rf"\b{w}\s+(?:[\w-]+\s+){{0,2}}?(?:{heads}|{people})\b", said)
                       for w in rules()["another_person"]))


def _earlier_matter(sentence: str) -> bool:
    low = sentence.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in rules()["earlier_matter"])


def _clash(a: Outcome, b: Outcome) -> Optional[str]:
    """Why two outcomes of one person cannot both be true, or None."""
    r = rules()
    if a.outcome != b.outcome:
        for group in r["exclusive"]:
            if a.outcome in group and b.outcome in group:
                return f"{a.outcome.replace('_', ' ')} and {b.outcome.replace('_', ' ')} exclude each other"
        return None
    if a.outcome in r["lengths"] and a.custodial_months is not None and b.custodial_months is not None \
            and abs(a.custodial_months - b.custodial_months) > r["length_slack_months"]:
        return f"{a.custodial_months:g} and {b.custodial_months:g} months are different sentences"
    return None


def outcome_contradictions(result: ArticleResult) -> list[Check]:
    text = result.article.text
    sents = sentence_spans(text)
    checks = []
    for person, outcomes in _people(result).items():
        surname = person.removeprefix("name:").split("|")[0] if person.startswith("name:") else ""
        seen: set[tuple] = set()
        for a, b in combinations(sorted(outcomes, key=lambda o: o.span[0]), 2):
            if a.span[0] < b.span[1] and b.span[0] < a.span[1]:
                continue  # one statement read twice
            why = _clash(a, b)
            if why is None:
                continue
            sa, sb = _sentence(text, sents, a.span), _sentence(text, sents, b.span)
            if _earlier_matter(sa) or _earlier_matter(sb) or (a.outcome, b.outcome) in seen:
                continue
            if _other_times(result, sents, a, b):
                continue
            if surname and (_someone_else(text, sents, a.span, surname) or _someone_else(text, sents, b.span, surname)):
                continue
            seen.add((a.outcome, b.outcome))
            who = b.subject if _who(b.subject)[0] == "name" else (a.subject or b.subject)
            checks.append(Check(kind="contradiction", spans=[a.span, b.span], rule="same_person_outcomes",
                                message=f"{who}: “{sa}” but “{sb}” ({why})."))
    return checks


def figure_contradictions(result: ArticleResult) -> list[Check]:
    """The same count stated twice in one article with values that cannot both be right.
    Only figures whose own words fix their period and say whose count of what it is
    (checks.comparable, as for conflicts between articles) are compared."""
    text = result.article.text
    sents = sentence_spans(text)
    # a figure inside a claim of change is set against another period by the claim's own
    # words ("23 complaints, down from 31 in 2021/22"), where a period is easily misread
    in_claims = [c.span for c in result.claims]
    by_key: dict = {}
    for f in sorted(result.figures, key=lambda f: f.span[0]):
        if comparable(f) and f.period_from is not None and f.period_source != "table" \
                and not any(s <= f.span[0] < e for s, e in in_claims):
            by_key.setdefault(count_key(f), []).append(f)
    checks = []
    for figs in by_key.values():
        reported: set[float] = set()
        for a, b in combinations(figs, 2):
            if _agree(a, b) or b.value in reported or _sentence_of(sents, a) == _sentence_of(sents, b):
                continue  # two values in one sentence are two things the sentence tells apart
            if _framing(text, sents, a) != _framing(text, sents, b):
                continue  # 'recorded' vs 'investigated', 'across the forces' vs one force, 'male officers'
            if not (names_org(text, sents, a) and names_org(text, sents, b)):
                continue
            reported.add(b.value)
            what = f"{a.org} {a.category} {a.counted}s" + (f" ({a.outcome})" if a.outcome else "")
            checks.append(Check(kind="contradiction", spans=[a.span, b.span], rule="same_count_in_article",
                                message=(f"{what} for {a.period_from} to {a.period_to}: the article says “{a.text}” "
                                         f"(“{_sentence(text, sents, a.span)}”) and “{b.text}” "
                                         f"(“{_sentence(text, sents, b.span)}”).")))
    return checks


def contradictions(result: ArticleResult) -> list[Check]:
    return outcome_contradictions(result) + figure_contradictions(result)
