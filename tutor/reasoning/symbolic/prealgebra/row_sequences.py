"""Reader of rows that grow or shrink by the same number each row (an arithmetic sequence told
as a story): "A theater has 20 seats in the first row and each row has 2 more seats than the
row before it. How many seats are in the 15th row?", "A stack of logs has 12 logs on the
bottom row, and one less in each successive row, ending with three logs at the top. How many
logs are in the stack?", "... There are 15 rows. How many seats are there in all?".

The story names the starting row and its count (the first, front, bottom or top row), the
change from one row to the next ("each row has 2 more seats than the row before it", "one
less in each successive row"), and, for a total, how many rows there are ("There are 15
rows", "ending with 3 at the top"). A change said against a row on the other side ("than the
row above it" for a bottom row) declines, and so does any word the reader does not know. The
question asks one row's count, the total or the number of rows.

Found from a + (k - 1) d and the sum n (a + l) / 2; confirmed by adding the rows one by one
in whole numbers.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.added_totals import terms
from tutor.reasoning.symbolic.typed import FILLER

_N = r"#\d+"
_START = [re.compile(p) for p in (
    rf"\b(?:the )?(?P<row>first|front|bottom|top) row(?: of (?:a|the) [a-z]+(?: [a-z]+)?)? "
    rf"(?:has|contains|holds|had) (?P<a>{_N}) (?P<noun>[a-z]+)",
    rf"(?:\b(?:has|with|there are) )?(?<![\w#])(?P<a>{_N}) (?P<noun>[a-z]+) (?:in|on) the "
    rf"(?P<row>first|front|bottom|top) row",
)]
# the row each row is compared with, by the starting row
_AGAINST = {"first": ("before it", "in front of it", "before", "in front"),
            "front": ("in front of it", "in front"), "bottom": ("below it", "below"),
            "top": ("above it", "above")}
_STEP = [re.compile(p) for p in (
    rf"\beach (?:row|other row|row after the first|following row|successive row)(?: after "
    rf"that)? (?:has|contains|holds) (?P<d>{_N}) (?P<dir>more|fewer|less)(?: [a-z]+)? than "
    rf"the (?:row|one) (?P<against>before it|in front of it|below it|above it|before|in front|"
    rf"below|above)",
    rf"(?<![\w#])(?P<d>{_N}) (?P<dir>more|fewer|less)(?: [a-z]+)? (?:in|on) each (?:successive|"
    rf"following|next) row",
    # "each row above has one fewer can": the row compared with is said first
    rf"\beach row (?P<against2>above|below|behind) (?:it )?(?:has|contains|holds) (?P<d>{_N}) "
    rf"(?P<dir>more|fewer|less)(?: [a-z]+)?(?= ?[,.;]| and\b)",
)]
_COUNT = re.compile(rf"\bthere are (?P<n>{_N}) rows\b")
_ENDING = re.compile(rf"\b(?:ending|ends|and ends) with (?P<m>{_N})(?: (?P<noun>[a-z]+))? (?:at "
                     rf"the|in the|on the) (?P<row>top|bottom|last row|top row|bottom row|back"
                     rf"|back row)\b")
_ASK = [
    ("row", re.compile(r"\bhow many (?P<noun>[a-z]+) are (?:there )?(?:in|on) the "
                       r"(?P<k>#?\d+) row\s*\??\s*$")),
    ("total", re.compile(r"\bhow many (?P<noun>[a-z]+) are (?:there )?(?:in all|in total|"
                         r"altogether|in the (?:stack|display|pile|theater|theatre|hall|"
                         r"pyramid|arrangement|auditorium|stadium))\s*\??\s*$")),
    ("rows", re.compile(r"\bhow many rows (?:are there|does (?:it|the [a-z]+) have)\s*\??\s*$")),
]
_KNOWN = frozenset(
    "a an the of has have had with in on and there are is each row rows how many stack display "
    "pile theater theatre hall pyramid arrangement auditorium stadium it its at all total "
    "altogether above below behind".split())


def row_sequences(split: Split, template: str) -> Result | None:
    if "row" not in template:
        return None
    text = re.sub(r"\s+", " ", wording.of(split, template).text).strip()
    ending = _ENDING.search(text)
    starts = [m for p in _START for m in p.finditer(text)
              if ending is None or not ending.start() <= m.start() < ending.end()]
    steps = [m for p in _STEP for m in p.finditer(text)]
    asked = [(kind, m) for kind, p in _ASK for m in [p.search(text)] if m]
    if len(starts) != 1 or len(steps) != 1 or len(asked) != 1:
        return None
    start, change, (kind, ask) = starts[0], steps[0], asked[0]
    row, noun = start.group("row"), start.group("noun")
    against = change.groupdict().get("against")
    if against and against not in _AGAINST[row]:
        return None  # "than the row above it" for the bottom row: which way is it?
    beyond = change.groupdict().get("against2")  # "each row above" goes away from the bottom
    if beyond and {"above": "bottom", "below": "top", "behind": "front"}[beyond] != row:
        return None
    count = _COUNT.search(text)
    rest = text[:start.start()].split(".")[-1]  # "A concert hall has ...": the setting
    if len(rest.split()) > 4 or re.search(_N, rest):
        return None
    rest = text[start.start():]
    for m in (start, change, ask, count, ending):
        if m is not None:
            rest = rest.replace(m.group(0), " ")
    said = {units.noun(w) for w in re.findall(r"[a-z]+", rest)}
    if said - FILLER - _KNOWN - {units.noun(noun)} or re.search(_N, rest) or \
            units.noun(ask.groupdict().get("noun") or noun) != units.noun(noun):
        return None
    a = int(wording.value(start.group("a")))
    d = int(wording.value(change.group("d"))) * (1 if change.group("dir") == "more" else -1)
    n = _rows(a, d, count, ending, noun, row)
    if kind == "row":
        k = int(ask.group("k").lstrip("#"))
        if n is not None and k > n or k < 1:
            return None
        value = a + (k - 1) * d
        if value < 0:
            return None
        confirm.check(terms(a, d, k)[-1] == value, "the rows counted one by one")
        return sp.Integer(value), [step("the row asked", f"Each row changes the count by {d}.",
                                        f"${a} + ({k} - 1) \\cdot ({d}) = {value}$", str(value))]
    if n is None:
        return None
    if kind == "rows":
        last = a + (n - 1) * d
        confirm.check(ending is not None and terms(a, d, n)[-1] == int(
            wording.value(ending.group("m"))), "the rows counted one by one end at the last row")
        return sp.Integer(n), [step("count the rows", f"From {a} to {last} by steps of {d}.",
                                    f"$\\frac{{{last} - {a}}}{{{d}}} + 1 = {n}$", str(n))]
    last = a + (n - 1) * d
    total = sp.Rational(n * (a + last), 2)
    confirm.check(sum(terms(a, d, n)) == total, "the rows added one by one")
    return total, [
        step("the last row", f"Each row changes the count by {d}.",
             f"${a} + ({n} - 1) \\cdot ({d}) = {last}$", str(last)),
        step("add the rows", "The sum of an arithmetic sequence: rows times the average of the "
             "first and the last.", f"$\\frac{{{n} \\cdot ({a} + {last})}}{{2}} = {total}$",
             str(total))]


def _rows(a: int, d: int, count: re.Match[str] | None, ending: re.Match[str] | None,
          noun: str, row: str) -> int | None:
    """How many rows: told, or found from the count of the last row."""
    if count is not None and ending is not None:
        return None  # said twice: the reader does not check one against the other
    if count is not None:
        n = int(wording.value(count.group("n")))
        return n if n >= 1 and a + (n - 1) * d >= 0 else None
    if ending is None or units.noun(ending.group("noun") or noun) != units.noun(noun) or d == 0:
        return None
    far = ending.group("row").split()[0]
    if far == row or {far, row} not in ({"top", "bottom"}, {"back", "first"}, {"back", "front"},
                                        {"last", "first"}, {"last", "front"}):
        return None
    m = int(wording.value(ending.group("m")))
    steps, left = divmod(m - a, d)
    if left or steps < 0 or m < 0:
        return None
    return steps + 1


__all__ = ["row_sequences"]
