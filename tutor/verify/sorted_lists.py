"""The problem's numbers written again in order: "In order: $2, 3, 3, 5, 7$", "Arranged from
least to greatest: 4, 8, 15, 16", "sorted in decreasing order, they are 9, 6, 6, 1". Plain
number work (no SymPy), in the checking process.

Verified only when both hold: the listed numbers are, counted with repeats, exactly the
numbers of one list the problem writes (three or more numbers in a row, separated by commas
or "and"), and they stand in the order said (least first unless the words say decreasing or
descending or greatest first; "in order" alone may run either way). A list with a number
dropped, added or changed, or out of order, is left unchecked (a step may list only some of
the numbers, or other ones), never refuted. So is a step that says any other number beside its
list ("In order: 64, 71, 88, 88, 90. The median is 89"): what it says of the list is not read,
and the step must not look verified.
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction

from tutor.verify.verdict import ClaimResult, Verdict

_NUM = r"[-−]?\d+(?:\.\d+)?"
_NUMBER = re.compile(rf"(?<![\w.^_{{/\\]){_NUM}(?![\w^_/%]|\.\d|\s*/)")
_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|\\,\s*)", re.IGNORECASE)
_ORDERED = re.compile(
    r"\b(?:(?:in|into)\s+(?P<way>increasing|ascending|decreasing|descending|numerical)?\s*order"
    r"|(?:sorted|ordered|arranged|arranging|ordering|sorting|listed|listing|written)"
    r"(?:\s+(?:them|the\s+(?:numbers|values|data|scores|terms)))?"
    r"(?:\s+(?:in\s+(?P<way2>increasing|ascending|decreasing|descending|numerical)\s+order"
    r"|from\s+(?P<from>least|smallest|lowest|greatest|largest|highest)\s+to\s+"
    r"(?:greatest|largest|highest|least|smallest|lowest)))?)"
    r"\s*(?:,\s*(?:they|the\s+\w+)\s+(?:are|read)|:|is|are|gives|we\s+get)?\s*\$?\s*"
    r"(?=[-−]?\d)", re.IGNORECASE)
_MAX_CHARS = 4000
_METHOD = "the problem's numbers, counted with repeats, in order"


def _runs(text: str) -> list[tuple[int, list[Fraction]]]:
    """Every maximal run of numbers joined by commas or "and" (`$` taken out), with where it
    starts: a run is never cut short, so a list is always compared whole."""
    bare = text[:_MAX_CHARS].replace("$", " ")  # the same length: places are the text's
    runs: list[tuple[int, list[Fraction]]] = []
    end = -1
    for m in _NUMBER.finditer(bare):
        value = Fraction(m.group(0).replace("−", "-"))
        if runs and _SEP.fullmatch(bare[end:m.start()]):
            runs[-1][1].append(value)
        else:
            runs.append((m.start(), [value]))
        end = m.end()
    return runs


def sorted_list_claims(problem: str, text: str) -> list[ClaimResult]:
    """Each list the step says is the problem's numbers in order, when it is (verified)."""
    found: list[ClaimResult] = []
    lists: list[Counter[Fraction]] | None = None
    runs = dict(_runs(text))
    for m in _ORDERED.finditer(text[:_MAX_CHARS]):
        listed = runs.get(m.end(), [])  # `$` is a blank in the runs: the places agree
        if len(listed) < 3 or len(_NUMBER.findall(text[:_MAX_CHARS])) > len(listed):
            continue  # a number beside the list ("... 90. The median is 89") is not read
        way = (m.group("way") or m.group("way2") or m.group("from") or "").lower()
        down = way in ("decreasing", "descending", "greatest", "largest", "highest")
        either = not way or way == "numerical"
        rising = all(a <= b for a, b in zip(listed, listed[1:], strict=False))
        falling = all(a >= b for a, b in zip(listed, listed[1:], strict=False))
        if not (falling if down else rising or either and falling):
            continue
        lists = [Counter(v) for _, v in _runs(problem) if len(v) >= 3] if lists is None \
            else lists
        if Counter(listed) in lists:
            shown = ", ".join(str(v) for v in listed)
            found.append(ClaimResult(f"in order: {shown}", Verdict.VERIFIED,
                                     "the problem's numbers, each as often, in order",
                                     "order", method=_METHOD))
    return found


__all__ = ["sorted_list_claims"]
