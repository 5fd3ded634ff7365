"""The page's own publisher: a body's site name, a city's masthead, a local government's page
speaking in the first person. Whose figures a page's own count is (split from orgs.py)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from .. import doc_text
from ..rules import matches_by_label

_CITY_MASTHEAD = re.compile(r"\s*(?:The\s+)?City of ([A-Z][\w.'’ -]*?)(?:,\s*[A-Z][\w. ]*?)?\s*[|–—-]\s*"
                            r"(Police Department|Sheriff['’]s Office|Department of Police)\b")
# A city's own site: 'City of DeKalb, Illinois' alone on the first line, and a page that
# speaks of "the police department": that city's department publishes its figures.
_CITY_LINE = re.compile(r"\s*(?:The\s+)?City of ([A-Z][\w.'’ -]*?)(?:,\s*[A-Z][\w. ]*?)?[ \t]*\n")
_THE_POLICE_DEPARTMENT = re.compile(r"\b[Tt]he [Pp]olice [Dd]epartment\b")
# A town's, city's or county's own site ("Personnel Complaints | City of Appleton"), and a page
# that speaks as it ("our employees", "we investigated"): the site publishes its own figures
_LOCAL_GOVERNMENT = re.compile(r"(?:City|Town|Village|County|Borough) of [A-Z][\w.'’ -]*\Z")
_FIRST_PERSON = re.compile(r"\b(?:[Oo]ur (?:employees|officers|staff|department|members|personnel|agency)|[Ww]e "
                           r"(?:investigated|received|sustained|closed|opened|recorded|disciplined|reviewed))\b")


class OrgPublisherMixin:
    """OrgsMixin's reading of the page's publisher."""

    def _publisher(self, doc: Doc) -> Optional[str]:
        site = (doc._.site_name or "").strip()
        known = self.org_names.get(site.lower())
        if known is None:
            if site and self._names_a_body(site):
                return site
            if _LOCAL_GOVERNMENT.match(site) and _FIRST_PERSON.search(doc_text(doc)[:3000]):
                return site  # "City of Appleton" over "investigations ... on our employees": its own page
            return self._masthead(doc)
        name, _alias = known
        return site if name in self.as_written else name

    @staticmethod
    def _masthead(doc: Doc) -> Optional[str]:
        """A US city's page opens 'City of Independence, Missouri | Police Department', or
        'City of Dover, Delaware' alone on a line with 'the police department' below: the
        department of that city publishes its own figures."""
        text = doc_text(doc)
        m = _CITY_MASTHEAD.match(text[:300])
        if m:
            return f"{m.group(1)} {m.group(2)}"
        m = _CITY_LINE.match(text[:120])
        return f"{m.group(1)} Police Department" if m and _THE_POLICE_DEPARTMENT.search(text) else None

    def _names_a_body(self, name: str) -> bool:
        """A site named for a body the rules know as one ('Middlesex Police Department',
        'Massachusetts POST Commission'), not a newspaper ('Daily Press')."""
        words = self._make_doc(name)
        return any(self.rules[label].family == "org" and span.start == 0 and span.end == len(words)
                   for label, span in matches_by_label(self.org_matcher_rules, words))
