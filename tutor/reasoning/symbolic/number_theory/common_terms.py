"""Terms two arithmetic sequences have in common: "The arithmetic sequences $\\{4, 9, 14,
\\ldots\\}$ and $\\{1, 8, 15, \\ldots\\}$ share some terms. What is the largest shared term
below 300?", "One sequence has first term 3 and common difference 5; another has first term 2
and common difference 7. How many numbers from 1 to 200 are in both sequences?".

Each sequence is read from its listed terms (evenly spaced, going up, then dots: at least
four, or three when the sequences are said to be arithmetic) or from its first term and its
common difference, said in the order of the sequences.
Asked: the largest or smallest common term (with a bound), how many there are, or their sum,
within the bounds said ("less than 300", "from 1 to 200"; "between" read with and without
its ends must agree). The common terms are found by walking the first sequence and testing
each term against the second, and again by the Chinese remainder theorem (the first common
term, then steps of the lcm of the differences); the two lists must agree.
"""

from __future__ import annotations

import math
import re

import sympy as sp
from sympy.ntheory.modular import crt

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_LISTED = re.compile(r"\s*(?:\\\{)?\s*(-?\d+(?:\s*,\s*-?\d+){2,})\s*,\s*(?:\\[lc]?dots|\.\.\.|…)"
                     r"\s*(?:\\\})?\s*")
_START = r"(?:(?:has |with |whose )?(?:a )?first term (?:is |of )?|(?:begins|starts) (?:with|at) )"
_DIFF = (r"(?:(?:has |with |and |whose )*(?:a )?common difference (?:is |of )?|(?:and )?(?:goes "
         r"up|increases) by )")
_SHARED = re.compile(r"\b(?:in common|common to both|in both|both sequences|both progressions|"
                     r"shared|share|common (?:terms?|values?|numbers?))\b")
_UPPER = r"(?:less than|below|under|smaller than|at most|not exceeding|up to|no more than)"
_LOWER = r"(?:greater than|more than|above|over|at least|exceeding|no less than)"
_VOCAB = frozenset(
    "arithmetic sequence sequences progression progressions first term terms common difference "
    "begins starts with at goes up increases by one another second other both share shared "
    "some many how largest greatest smallest least number numbers integer integers in range "
    "from through between inclusive less than below under smaller most exceeding not no more "
    "greater above over least sum all they appear appears belong belongs lie lies also "
    "whose there with has have positive them".split())


def read(split: Split, template: str) -> Result | None:
    if not _SHARED.search(template) or not re.search(r"\b(?:sequences?|progressions?)\b",
                                                     template) \
            or not words_within(template, _VOCAB):
        return None
    used: set[int] = set()
    seqs = _sequences(split, template, used)
    if seqs is None:
        return None
    ask = ("count" if "how many" in template else "sum" if re.search(r"\bsum\b", template)
           else "max" if re.search(r"\b(?:largest|greatest)\b", template)
           else "min" if re.search(r"(?<!at )\b(?:smallest|least)\b", template) else None)
    if ask is None:
        return None
    readings = _bounds(split, template, used)
    if used != set(range(len(split.maths))):
        return None  # a number the reading did not place
    answers = [_answer(seqs, ask, lo, hi) for lo, hi in readings]
    if len({value for value, _ in answers}) != 1:
        raise Decline("'between' read with and without its ends gives different answers")
    return answers[0]


def _sequences(split: Split, template: str, used: set[int]) -> list[tuple[int, int]] | None:
    listed = []
    for m in re.finditer(r"@(\d+)@", template):
        got = _LISTED.fullmatch(split.maths[int(m.group(1))])
        if got:
            terms = [int(t) for t in re.split(r"\s*,\s*", got.group(1))]
            if len(terms) < 4 and not re.search(r"\barithmetic\b", template):
                raise Decline("three terms that may go on another way than evenly")
            diffs = {b - a for a, b in zip(terms, terms[1:], strict=False)}
            if len(diffs) != 1 or min(diffs) <= 0:
                raise Decline("listed terms that do not go up evenly")
            listed.append((terms[0], diffs.pop()))
            used.add(int(m.group(1)))
    starts = [int(m.group(1)) for m in re.finditer(_START + r"@(\d+)@", template)]
    steps = [int(m.group(1)) for m in re.finditer(_DIFF + r"@(\d+)@", template)]
    if listed and (starts or steps) or len(starts) != len(steps):
        return None
    told = [(integer(split.maths[a]), integer(split.maths[d])) for a, d in zip(starts, steps,
                                                                               strict=True)]
    used.update(starts + steps)
    seqs = listed or told
    if len(seqs) != 2 or any(d <= 0 for _, d in seqs):
        return None
    return seqs


def _bounds(split: Split, template: str, used: set[int]) -> list[tuple[int | None, int | None]]:
    lo: int | None = None
    hi: int | None = None
    for m in re.finditer(r"\b(?P<rel>" + _UPPER + "|" + _LOWER + r") @(?P<n>\d+)@", template):
        v, strict = integer(split.maths[int(m.group("n"))]), m.group("rel")
        used.add(int(m.group("n")))
        if re.fullmatch(_UPPER, strict):
            hi = v - 1 if strict in ("less than", "below", "under", "smaller than") else v
        else:
            lo = v + 1 if strict in ("greater than", "more than", "above", "over",
                                     "exceeding") else v
    span = re.search(r"\b(?:(?:in )?the range (?:of |from )?|from |between )@(\d+)@ (?:to|through|"
                     r"and) @(\d+)@(?P<inc>,? inclusive)?", template)
    if span:
        a, b = integer(split.maths[int(span.group(1))]), integer(split.maths[int(span.group(2))])
        used.update({int(span.group(1)), int(span.group(2))})
        if lo is not None or hi is not None:
            raise Decline("a range and a bound both said")
        if "between" in span.group(0) and not span.group("inc"):
            return [(a, b), (a + 1, b - 1)]
        return [(a, b)]
    return [(lo, hi)]


def _answer(seqs: list[tuple[int, int]], ask: str, lo: int | None, hi: int | None) -> Result:
    (a1, d1), (a2, d2) = seqs
    start = max(a1, a2, lo if lo is not None else a1)
    if hi is None:
        if ask != "min":
            raise Decline("the common terms go on for ever: a bound is needed")
        hi = start + math.lcm(d1, d2) * 2 + abs(a1 - a2)
    if hi - start > 10**6:
        raise Decline("a modest range")
    walked = [t for t in range(a1, hi + 1, d1) if t >= start and t >= a2 and (t - a2) % d2 == 0]
    first = crt([d1, d2], [a1 % d1, a2 % d2])
    if first is None:
        again: list[int] = []
    else:
        r, m = int(first[0]), int(first[1])
        t0 = start + (r - start) % m
        again = list(range(t0, hi + 1, m))
    confirm.check(walked == again, "walking one sequence and the Chinese remainder theorem find "
                  "the same common terms")
    if ask in ("max", "min") and not walked:
        raise Decline("no common term in the range")
    value = {"count": len(walked), "sum": sum(walked), "max": walked[-1] if walked else 0,
             "min": walked[0] if walked else 0}[ask]
    step_m = math.lcm(d1, d2)
    steps = [step("the common terms", f"A common term is {a1} plus a multiple of {d1} and {a2} "
                  f"plus a multiple of {d2}; after the first one they come every lcm({d1}, {d2}) "
                  f"= {step_m}.",
                  f"The first common term in range is ${walked[0] if walked else ''}$, and "
                  f"$\\operatorname{{lcm}}({d1}, {d2}) = {step_m}$."
                  if walked else "No term of the first sequence in range is in the second.",
                  f"\\operatorname{{lcm}}({d1}, {d2}) = {step_m}")]
    listed = ", ".join(map(str, walked)) if len(walked) <= 12 else \
        f"{walked[0]}, {walked[1]}, \\ldots, {walked[-1]}"
    claim = {"count": f"{len(walked)}", "sum": " + ".join(map(str, walked)) + f" = {value}"
             if 1 < len(walked) <= 12 else f"{value}", "max": f"{value}", "min": f"{value}"}[ask]
    steps.append(step("read off the answer", "List the common terms in range.",
                      f"The common terms are ${listed}$; the answer is ${claim}$." if walked
                      else "There are none.", claim if ask == "sum" and len(walked) > 1 else ""))
    return sp.Integer(value), steps


__all__ = ["read"]
