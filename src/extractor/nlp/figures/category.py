"""A figure's category: the conduct its clause, its cell's row or column, its heading or the
article's frame names."""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from spacy.tokens import Doc, Span

from ...records import Figure
from .base import Candidate


class CategoryMixin:
    """FigureFinder's category methods."""

    def _topic_category(self, doc: Doc, mentions) -> Optional[str]:
        """The conduct the article's frame names, if it names one: its title and
        standfirst when they state a quantity ("Hundreds of officers accused of ..."),
        not when they tell one officer's case; without blocks, its first sentence."""
        if self._ctx.blocks:
            frame = self._ctx.frame_spans() if self._ctx.frame_quantified() else []
        else:
            frame = [(0, self._sents[0].end_char)] if self._sents else []
        for label, span in mentions:
            # "..., but fewer about sexual conduct": a conduct set against the frame is not its topic
            # ... nor one named for some of them ("..., some of them for sexual offences")
            if label != "all" and any(s <= span.start_char and span.end_char <= e
                                      and not self._ctx.across_contrast(s, span.start_char)
                                      and not self._ctx.example_between(s, span.start_char) for s, e in frame):
                return label
        return None

    def _whole_of_parts(self, doc: Doc, cand: Candidate, mentions, sent: Span) -> bool:
        """'decertified 123 officers, 20 for sexual misconduct': the part names its kind;
        the count it is part of is of every kind, whatever the article's frame is about."""
        i = cand.span.end
        while i < min(sent.end, cand.span.end + 3) and doc[i].is_alpha:
            i += 1
        part = self._by_start.get(i + 1) if i < sent.end and doc[i].text == "," else None
        if part is None or part.counted_found:
            return False
        j = part.span.end
        return j < sent.end and doc[j].lower_ in ("for", "involving", "over") and any(
            label != "all" and j <= span.start <= j + 3 for label, span in mentions)

    @staticmethod
    def _total_line(doc: Doc, cand: Candidate) -> bool:
        """'- Total: 13' under a list of kinds: the line's label says it sums them all."""
        i = cand.start - 1
        if i < 1 or doc[i].text not in (":", "-", "\u2013", "|"):
            return False
        i -= 1
        if doc[i].lower_ not in ("total", "overall", "totals", "all"):
            return False
        return i == 0 or "\n" in doc[i - 1].text or doc[i - 1].text in ("-", "*", "\u2022")

    def _one_persons(self, doc: Doc, mentions):
        """Drop a conduct named for one person ('A garda convicted of possessing cannabis was
        one of seven ...', 'the officer, who admitted theft, ...'): it is that person's, not
        the kind of a count in the article."""
        nouns = set(self._ctx.cues.single_person_nouns)
        out = []
        for label, span in mentions:
            sent = self._sent(span)
            personal = False
            for k in range(span.start - 1, max(sent.start, span.start - 9) - 1, -1):
                tok = doc[k]
                if tok.like_num or tok.text in (";", ":") or k in self._figure_starts:
                    break
                # a headline drops the article: "Garda dismissed after drink-driving conviction"
                if tok.lower_ in nouns and (k == sent.start or any(doc[j].lower_ in ("a", "an", "one", "the")
                                                                   for j in range(max(sent.start, k - 3), k))):
                    personal = not any(doc[j].like_num for j in range(max(sent.start, k - 3), k))
                    break
            if not personal:
                out.append((label, span))
        return out

    @staticmethod
    def _inside_general(mentions):
        """A kind named beside misconduct in general ('for misconduct or incompetence',
        lexicon 'all') is part of that general phrase, not the figure's kind."""
        general = [span for label, span in mentions if label == "all"]
        return [(label, span) for label, span in mentions
                if label == "all" or not any(g.start <= span.start and span.end <= g.end for g in general)]

    def _heading_category(self, cand: Candidate, mentions) -> Optional[str]:
        """The conduct the heading over the figure's block, or its list's lead-in, names."""
        place = self._ctx.heading_span(cand.span.start_char)
        if place is None:
            return None
        for label, span in mentions:
            if place[0] <= span.start_char and span.end_char <= place[1]:
                return label
        return None

    def _category(self, cand: Candidate, sent: Span, mentions, previous: Optional[Figure], topic) -> str:
        cell = self._cell(cand)
        if cell is not None:
            return self._cell_category(cell, mentions, previous, topic)
        doc = cand.span.doc
        fixed = "all" if self._total_line(doc, cand) or self._kinds_are_some_reasons(doc, cand, sent.start) else self._kind_share_category(doc, cand, sent, mentions)
        if fixed:
            return fixed
        # The conduct a figure's own clause names after it ("18 to fraud and 24 to drugs")...
        # ...but not one given as an example ("offences that included violence"): that is one kind of many
        mentions = [(label, span) for label, span in mentions
                    if not (cand.span.end < span.start < sent.end
                            and self._ctx.example_between(cand.span.end_char, span.start_char))]
        _, clause_end = self._clause(doc, cand)
        # "54,714 allegations of rudeness, corruption, assault and malpractice": every kind.
        list_end = self._list_end(doc, cand)
        listed = {label for label, span in mentions
                  if cand.span.end <= span.start and span.end <= list_end and label != "all"}
        if len(listed) >= 2 and self._listed(doc, cand.span.end, list_end):
            return "all"
        labelled = self._labelled_by(doc, cand, mentions)  # "... and excessive force for 71"
        if labelled:  # a labelled count is one item of a breakdown: its kind stays its own
            self._kind_shares.add(doc[cand.start].idx)
            return self._breakdown_kind(cand, sent, labelled)
        after = [(span.start, label) for label, span in mentions
                 if cand.span.end <= span.start and span.end <= clause_end and not self._labels_next(doc, span)]
        if after:
            return self._breakdown_kind(cand, sent, self._part_kind(cand, min(after)[1]))
        if self._unnamed_kind_after(doc, cand, clause_end):
            # "three related to officer attitude": a kind the lexicon has no word for
            return self._breakdown_kind(cand, sent, self._part_kind(cand, "other"))
        # ...else the nearest the sentence names between this figure's neighbours
        # ("Of the 112 allegations, 41 involved abuse of position": 41's, not 112's).
        before = bisect_left(self._ends_sorted, cand.start)  # the figure ends before this one
        lo = max(self._ends_sorted[before - 1] + 1 if before else sent.start, sent.start,
                 self._neighbours_clause_end(doc, cand, sent))
        base_end = self._base_end(doc, cand)  # "41 of the 112 concerned ...": the base belongs to the figure
        after = bisect_left(self._starts_sorted, base_end)  # the figure starts from base_end on
        hi = min(self._starts_sorted[after] if after < len(self._starts_sorted) else sent.end, sent.end)
        best, best_dist = None, None
        for label, span in mentions:
            if span.start < lo or span.end > hi or self._labels_next(doc, span):
                continue  # "4,790 allegations, most commonly of neglect of duty (38%)": the part's kind
            dist = cand.span.start - span.end if span.end <= cand.span.start else span.start - cand.span.end
            dist = dist + 0.5 if span.end <= cand.span.start else dist  # prefer the words after the number
            if best_dist is None or dist < best_dist:
                best, best_dist, best_start = label, dist, span.start
        if best:
            own = self._clause(doc, cand)
            # "Six, meanwhile, remained suspended for assault – while five ...": a kind after it is its own
            return self._breakdown_kind(cand, sent, best) if own[0] <= best_start < own[1] or best_start >= cand.span.end else best
        if self._whole_of_parts(doc, cand, mentions, sent):
            return "all"
        item = self._item_kind(cand, mentions)
        if item:
            return item
        heading = self._heading_category(cand, mentions)
        if heading:
            return heading
        return self._carried_category(cand, previous) or topic or "all"

    def _cell_category(self, cell, mentions, previous: Optional[Figure], topic) -> str:
        for bounds in (cell.row_label, cell.column_label):
            found = self._named_in(bounds, mentions)
            if found:
                return found
        # Rows labelled by kinds of conduct ("Theft | 2", "Discreditable conduct | 2"):
        # a kind the lexicon has no word for is another kind, not the row above's.
        if self._rows_name_conduct(cell.table, mentions):
            return "all" if cell.total else "other"
        found = self._named_in(cell.caption, mentions)
        if found:
            return found
        return previous.category if previous is not None and previous.category else (topic or "all")

    def _kind_share_category(self, doc: Doc, cand: Candidate, sent: Span, mentions) -> Optional[str]:
        """'Neglect of duty accounted for 38% of (all) complaints': a share of one kind, the
        one its sentence names, else one the lexicon does not name; 'all' is its base."""
        if cand.unit != "percent" or (cand.counted or cand.extras.get("counted")) not in ("complaint", "allegation") \
                or not self._ctx.kind_share(sent):
            return None
        kinds = [(abs(span.start - cand.start), label) for label, span in mentions
                 if label != "all" and sent.start <= span.start < sent.end]
        self._kind_shares.add(doc[cand.start].idx)
        return min(kinds)[1] if kinds else "other"

    @staticmethod
    def _named_in(bounds, mentions) -> Optional[str]:
        for label, span in mentions:
            if bounds and bounds[0] <= span.start_char and span.end_char <= bounds[1]:
                return label
        return None

    def _rows_name_conduct(self, table: int, mentions) -> bool:
        """Whether the row labels of a table name kinds of conduct (two or more do)."""
        if table not in self._conduct_rows:
            labels = {c.row_label for c in self._cells.values() if c.table == table}
            named = [b for b in labels if self._named_in(b, mentions) not in (None, "all")]
            self._conduct_rows[table] = len(named) >= 2
        return self._conduct_rows[table]
