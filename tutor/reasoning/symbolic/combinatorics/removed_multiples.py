"""Reader of the integers left in a range once the multiples of some numbers are taken out:
"The set S = {1, 2, ..., 60} holds the first 60 positive integers. After the multiples of 2 and
the multiples of 5 are removed, how many integers remain in S?", "The integers from 1 to 100 are
written on a board. If all multiples of 3 and all multiples of 7 are erased, how many numbers
are left?".

The count is found by listing the integers of the range that are multiples of none of the
numbers, and confirmed by inclusion and exclusion (the range's size, less the multiples of each
number, plus the multiples of each pair's least common multiple, and so on).
"""

from __future__ import annotations

import re
from itertools import combinations
from math import lcm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, set_members
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_NUMS = r"(?:integers|numbers|whole numbers|elements|members)"
_RANGE = [
    r" (?:the )?set (?P<lit>@\d+@)",
    r" the (?:positive )?(?:integers|numbers|whole numbers) (?:from )?#(?P<a>\d+) (?:to|through) "
    r"#(?P<b>\d+)(?:,? inclusive)?\b",
    r" the first #(?P<n>\d+) positive (?:integers|whole numbers)\b"]
# the range said again: "contains the first 50 positive integers"
_AGAIN = (r" (?:which )?(?:contains|holds|consists of|is the set of|is) the first #(?P<n>\d+) "
          r"positive (?:integers|whole numbers)\b")
_PAGE = r"(?:a|the) (?:board|blackboard|whiteboard|page|list|paper)"
_WRITTEN = (r",? (?:are|were) (?:(?:written|listed)(?: down)?(?: on " + _PAGE + r")?|on " + _PAGE
            + r")\b| (?:consider|take|start with|begin with|look at)(?= the set @)")
_MULTS = (r"(?:all )?(?:of )?(?:the )?multiples of #\d+(?:,? (?:and|or) (?:all )?(?:of )?(?:the )?"
          r"multiples of #\d+)*(?:(?:, #\d+)*,? or #\d+)?")  # "of 2 and 3" could mean of both
_GONE = r"(?:removed|deleted|erased|crossed out|struck out|taken out|thrown out)"
_REMOVE = [r" (?:after|when|once|if) " + _MULTS + r" (?:are|have been|were|is) " + _GONE + r"\b",
           r" (?:after|when|once|if) (?:we |you |i )?(?:remove|removing|delete|deleting|erase|"
           r"erasing|cross out|crossing out) " + _MULTS + r"\b"]
_ASK = (r" how many (?:" + _NUMS + r" )?(?:remain|are left|are still left|are not " + _GONE
        + r")(?: in (?:the set )?(?P<name>@\d+@)| in the (?:set|list)| on the (?:board|"
        r"blackboard|whiteboard|page|list|paper))?(?= ?[?.]| ?$)")
_GLUE = frozenset("the a an in of".split())


def remaining(split: Split, template: str) -> Result | None:
    if "multiples of" not in template or not re.search(r"\b(?:remain|left|not removed)\b",
                                                        template):
        return None
    w = Wording.of(split, template)
    ask = w.take(_ASK)
    again = w.take(_AGAIN)
    w.take(_WRITTEN)
    ranges = [m for p in _RANGE for m in w.take(p)]
    removed = [m for p in _REMOVE for m in w.take(p)]
    if len(ranges) != 1 or len(removed) != 1 or len(ask) != 1 or len(again) > 1 \
            or not w.only_glue(_GLUE):
        return None
    numbers = _range(ranges[0], w.maths)
    if again and numbers != list(range(1, int(again[0].group("n")) + 1)):
        raise Decline("the set is said two ways that differ")
    name = ask[0].group("name")
    if name and not _names_set(ranges[0], w.maths, w.maths[int(name.strip("@"))]):
        raise Decline("the question names another set")
    divisors = [int(d) for d in re.findall(r"#(\d+)", removed[0].group(0))]
    if len(set(divisors)) != len(divisors) or not all(2 <= d <= 10**6 for d in divisors) \
            or len(divisors) > 4:
        raise Decline("a few different numbers whose multiples go")
    left = [x for x in numbers if all(x % d for d in divisors)]
    lo, hi = numbers[0], numbers[-1]
    if numbers != list(range(lo, hi + 1)) or lo < 1:
        raise Decline("a range of positive integers")

    def multiples(m: int) -> int:
        return hi // m - (lo - 1) // m

    by_sieve = len(numbers) + sum((-1) ** r * multiples(lcm(*c)) for r in range(1, len(divisors)
                                                                              + 1)
                                  for c in combinations(divisors, r))
    confirm.count(len(left), lambda: by_sieve, "integers left (inclusion and exclusion)")
    gone = " \\text{ or } ".join(str(d) for d in divisors)
    claim = f"{len(numbers)} - {len(numbers) - len(left)} = {len(left)}"
    return sp.Integer(len(left)), [
        step("count what goes", f"From {lo} to {hi} there are {len(numbers)} integers; "
             f"{len(numbers) - len(left)} of them are multiples of {gone} (count each once).",
             f"${claim}$", claim),
        step("list what is left", "Check by listing the integers that stay.",
             "$" + ", ".join(map(str, left[:12])) + (", \\dots" if len(left) > 12 else "")
             + f"$: there are {len(left)}", str(len(left)))]


def _range(m: re.Match[str], maths: list[str]) -> list[int]:
    if m.groupdict().get("lit"):
        return sorted(set_members(maths[int(m.group("lit").strip("@"))]))
    if m.groupdict().get("n"):
        return list(range(1, int(m.group("n")) + 1))
    a, b = int(m.group("a")), int(m.group("b"))
    if not 1 <= a <= b <= 10**6:
        raise Decline("a range of positive integers")
    return list(range(a, b + 1))


def _names_set(m: re.Match[str], maths: list[str], name: str) -> bool:
    """'in the set S' names the set the problem defined ('S = {1, ..., 50}')."""
    lit = m.groupdict().get("lit")
    if not lit:
        return False
    src = maths[int(lit.strip("@"))]
    said = re.match(r"\s*([A-Za-z])\s*=", src)
    return said is not None and said.group(1) == name.strip()


__all__ = ["remaining"]
