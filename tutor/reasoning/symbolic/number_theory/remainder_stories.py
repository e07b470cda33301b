"""Typed reader: how many things someone has, told by what is left over when they are put
into groups, with the question asking for the smallest, the largest, every possible number
or how many numbers are possible.

"When Nina puts her stickers into groups of 5, she has 2 left over, and when she puts them
into groups of 7, she has 3 left over. What is the smallest number of stickers she could
have?", "The band has fewer than 100 members. When they line up in rows of 6, 4 are left
over; in rows of 9, 7 are left over. What is the largest possible number of members?",
"When the eggs are shared equally among 4 baskets, one egg remains ...".

Each clause must be read whole: a grouping (groups, rows, piles, bags ... of k; shared
among k) with the number left over (none, exactly), or a bound on the total (fewer than,
more than, at least, at most, between). Anything else in the story declines. Each grouping
says the total leaves that remainder on division by k; "groups of k" also says at least one
group is formed, so an answer below some k (where a reading without a full group differs)
declines. The answer comes from the Chinese remainder theorem and is confirmed by testing
every total in the range one by one.
"""

from __future__ import annotations

import math
import re

import sympy as sp
from sympy.ntheory.modular import solve_congruence

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import CARDINALS

# counts said in words, zero to twelve, from the engine's one table of number words
_WORDS = {"no": 0, "none": 0} | {w: n for w, n in CARDINALS.items() if n <= 12}
_N = r"(?:@\d+@|" + "|".join(_WORDS) + r")"
_NUM = "(" + _N + ")"
_GROUPS = (r"(?:groups?|rows?|columns?|piles?|stacks?|bags?|boxes|box|teams?|packs?|packets?|"
           r"cartons?|bundles?|sets?|lines?|tables?|circles?|batches|batch|trays?|cases?|"
           r"crates?|baskets?|bunches|bunch|sections?|squads?|lots?|jars?|envelopes?|shelves|"
           r"shelf|vans?|buses|bus|cars?)")
# a word of a name or a short noun phrase: never one that could change what is counted
_W = (r"(?!(?:not|no|none|nothing|more|less|fewer|least|most|each|every|only|except|twice|"
      r"half|times|than|and|or|if|when|but|also|other|another|after|before|then|extra|left|"
      r"over|remain|remains|remaining|smallest|largest|greatest|fewest|sum|all|total|"
      r"different|many|much)\b)[a-z']+")
_FREE = r"(?:" + _W + r" ){0,4}"  # words before something
_TAIL = r"(?: " + _W + r"){0,6}"  # words ending a clause
# in the question, no word of a grouping either: "the largest number of rows" is not the total
_ASKED = r"(?: (?!" + _GROUPS + r"\b)" + _W + r"){0,10}"
_SHARE = r"(?:share|shares|shared|divide|divides|divided|split|splits|distribute|distributes|" \
         r"distributed|hand|hands|handed)"
_LEFT = r"(?:left over|leftover|left|remaining|remain|remains|extra|over|to spare)"
# "groups of 6, 7, or 8": one remainder for every size listed
_SIZES = r"(?P<ks>" + _N + r"(?:,? (?:or |and )?" + _N + r")*)"
_ARRANGE = (r"(?:when|if) " + _FREE + r"(?:is |are |were |was |gets? |got )?(?:[a-z]+ )?(?:up )?"
            r"(?:them |it |" + _FREE + r")?(?:equally |evenly )?(?:(?:into|in|by|on|onto) "
            r"(?:equal )?|(?:form|forms|formed|make|makes|made) )" + _GROUPS + r" of " + _SIZES
            + r"(?: " + _W + r")?(?: each| apiece)?")
_SHARED = (r"(?:when|if) " + _FREE + r"(?:is |are |were |was )?" + _SHARE + r" (?:out )?"
           r"(?:them |it |" + _FREE + r")?(?:equally |evenly )?(?:among|between|by|into) "
           + _SIZES + _TAIL)
_REST = (r",? (?:(?:then )?" + _FREE + r"(?:has|have|had|gets?|get|will have|would have|"
         r"ends? up with|there (?:is|are|was|were|will be|would be)) )?(?P<r>" + _N + r") "
         + _FREE + r"(?:is |are |was |were |will be |would be )?" + _LEFT + _TAIL
         + r"|,? (?:there (?:is|are|was|were|will be|would be) )?(?:nothing|none|no " + _FREE
         + r")(?:is |are |was |were |will be |would be )?" + _LEFT + _TAIL)
_GROUPING = [re.compile(_ARRANGE + _REST), re.compile(_SHARED + _REST)]
_BOUND = re.compile(r"(?:if |assuming |assume |given that |suppose )?(?:" + _FREE
                    + r"(?:has|have|had|holds?|contains?|owns?|there (?:is|are"
                    r"|were)) )?(?P<kind>fewer than|less than|more than|at least|at most|"
                    r"no more than|under|over|between) " + _NUM + r"(?: and " + _NUM + r")?"
                    + _TAIL)
_QUESTION = re.compile(
    r"(?:what is |find |determine )?(?:the )?(?P<ask>smallest|least|fewest|largest|greatest|"
    r"most|sum of(?: all)?(?: the)?|number of(?: different)?)" + _ASKED
    + r"(?: (?:could|can|might|may|does|did|is|are|must) " + _W + _ASKED + r")?"
    r"|how many" + _ASKED + r" (?:could|can|might|may|does|did|are|is|must)" + _ASKED)
_SPLIT = re.compile(r"(?<=[.?])\s+|,? and (?=when |if )|;\s*|,\s*(?=when |if |in |into |what "
                    r"|how |find )")


def _number(split: Split, token: str) -> int:
    if token in _WORDS:
        return _WORDS[token]
    return integer(split.maths[int(token.strip("@"))])


def _clauses(template: str) -> list[str]:
    parts = [p.strip(" ,.?") for p in _SPLIT.split(template)]
    return [p for p in parts if p]


def read_remainder_story(split: Split, template: str) -> Result | None:
    if not re.search(r"\b" + _LEFT + r"\b", template) or " of " not in template and \
            not re.search(r"\b(?:among|between)\b", template):
        return None
    groupings: list[tuple[int, int]] = []
    lo, hi = 1, None
    between: tuple[int, int] | None = None
    ask: str | None = None
    last_k: int | None = None
    for clause in _clauses(template):
        # "in rows of 9, 7 are left over" after a first grouping: the same verb understood
        clause = re.sub(r"^(?:in|into) (?=" + _GROUPS + r" of )", "when they are put in ", clause)
        m = next((g.fullmatch(clause) for g in _GROUPING if g.fullmatch(clause)), None)
        if m is not None:
            r = _number(split, m.group("r")) if m.group("r") else 0
            for size in re.findall(_N, m.group("ks")):
                k = _number(split, size)
                if k < 2 or not 0 <= r < k:
                    raise Decline("a remainder not smaller than the group size")
                groupings.append((k, r))
                last_k = k
            continue
        b = _BOUND.fullmatch(clause)
        if b is not None:
            kind = b.group("kind")
            n = _number(split, b.group(2))
            if kind in ("fewer than", "less than", "under"):
                hi = min(hi, n - 1) if hi is not None else n - 1
            elif kind in ("more than", "over"):
                lo = max(lo, n + 1)
            elif kind == "at least":
                lo = max(lo, n)
            elif kind in ("at most", "no more than"):
                hi = min(hi, n) if hi is not None else n
            else:
                if b.group(3) is None or between is not None:
                    return None
                between = (n, _number(split, b.group(3)))
            continue
        q = _QUESTION.fullmatch(clause)
        if q is not None and ask is None:
            ask = q.group("ask") or "one"  # "how many marbles does he have": the total
            continue
        return None
    if not groupings or ask is None or last_k is None:
        return None
    if between is None:
        return _answer(groupings, lo, hi, ask.strip())
    # "between 50 and 90": with its ends and without them, the answer must be the same
    answers = [_answer(groupings, max(lo, a), b if hi is None else min(hi, b), ask.strip())
               for a, b in (between, (between[0] + 1, between[1] - 1))]
    if answers[0][0] != answers[1][0]:
        raise Decline("'between' read with and without its ends gives different answers")
    return answers[0]


def _answer(groupings: list[tuple[int, int]], lo: int, hi: int | None, ask: str) -> Result:
    moduli = [k for k, _ in groupings]
    solved = solve_congruence(*[(r, k) for k, r in groupings])
    if solved is None:
        raise Decline("no total leaves all these remainders")
    base, period = int(solved[0]), int(solved[1])
    floor = max(lo, max(moduli))  # "groups of k": at least one group is formed
    if ask in ("largest", "greatest", "most"):
        if hi is None:
            raise Decline("no upper bound on the total")
        value = hi - (hi - base) % period
        candidates = [value] if value >= floor else []
    else:
        top = hi if hi is not None else floor + period - 1
        first = floor + (base - floor) % period
        candidates = list(range(first, top + 1, period))
    if not candidates:
        raise Decline("no total in the range")
    plain_smallest = base % period or period
    if ask in ("smallest", "least", "fewest") and plain_smallest < floor and lo <= plain_smallest:
        raise Decline("the smallest total would form no full group: two readings differ")
    upto = hi if hi is not None else candidates[-1]
    if upto - max(lo, 1) > 10**6:
        raise Decline("too many totals to test one by one")
    tested = [n for n in range(max(lo, floor), upto + 1)
              if all(n % k == r for k, r in groupings)]
    if ask == "one":
        if len(candidates) != 1 or hi is None:
            raise Decline("the story allows more than one total")
        ask = "least"
    if ask.startswith("sum") or ask.startswith("number of"):
        if hi is None:
            raise Decline("no upper bound: the totals do not end")
        confirm.check(tested == candidates, "testing every total one by one finds the same ones")
        value = sum(candidates) if ask.startswith("sum") else len(candidates)
    else:
        value = candidates[-1] if ask in ("largest", "greatest", "most") else candidates[0]
        picked = tested[-1] if ask in ("largest", "greatest", "most") else tested[0]
        confirm.check(bool(tested) and picked == value,
                      "testing every total one by one finds the same one")
    return sp.Integer(value), _steps(groupings, period, base, candidates, value, ask)


def _steps(groupings: list[tuple[int, int]], period: int, base: int, candidates: list[int],
           value: int, ask: str) -> list[Step]:
    said = ", ".join(f"$n \\equiv {r} \\pmod{{{k}}}$" for k, r in groupings)
    steps = [step("write the leftovers as remainders", "Left over after groups of k means the "
                  "remainder on division by k.", f"The total $n$ satisfies {said}.", ""),
             step("combine the conditions", "The moduli combine into their least common "
                  "multiple.", f"$n \\equiv {base % period} \\pmod{{{period}}}$, where "
                  f"${period} = \\operatorname{{lcm}}({', '.join(str(k) for k, _ in groupings)})$"
                  if len(groupings) > 1 else f"$n \\equiv {base % period} \\pmod{{{period}}}$",
                  "")]
    if period != math.lcm(*[k for k, _ in groupings]):
        raise Decline("the moduli did not combine as expected")
    k, r = groupings[0]
    pick = candidates[-1] if ask in ("largest", "greatest", "most") else candidates[0]
    claim = f"{pick} = {k} \\cdot {pick // k} + {r}"
    steps.append(step("pick the total asked", "List the totals allowed by the story.",
                      f"${claim}$, and the others follow", claim))
    if ask.startswith("sum") or ask.startswith("number of"):
        listed = " + ".join(str(c) for c in candidates)
        claim = f"{listed} = {value}" if ask.startswith("sum") and len(candidates) > 1 else ""
        steps.append(step("answer", "Collect the possible totals.",
                          f"The possible totals are {', '.join(map(str, candidates))}"
                          + (f": ${claim}$" if claim else "."), claim))
    return steps


__all__ = ["read_remainder_story"]
