"""Reader of the least or greatest possible overlap of two groups inside a whole: "In a class
of 40 students, 25 play chess and 22 play go. What is the smallest possible number of students
who play both?", "Ninety people were asked; 61 like tea and 50 like coffee. What is the
greatest number who could like both?".

With a whole of n, a in the first group and b in the second, the overlap c can be any whole
number with the four regions of the diagram (a - c, b - c, c, n - a - b + c) not negative: the
least is max(0, a + b - n), the greatest min(a, b). The answer by that formula is confirmed by
trying every c from 0 to min(a, b) and keeping those whose regions fit.

Each stated count is read from its clause: the whole ("of the 40", "a class of 40", "40 people
were surveyed", "there are 40 ...") and the two groups (one number each). A clause with a word
that changes a count ("not", "only", "more", "than", "each", "neither", "either", "or", a
third number) declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LEAST = ("minimum", "smallest", "least", "fewest")
_MOST = ("maximum", "greatest", "largest", "most")
_EXTREMES = "|".join(_LEAST + _MOST)
_ASK = re.compile(
    r"^(?:what is |what's |find |determine |compute )?(?:the )?(?P<ext>" + _EXTREMES
    + r") (?:possible )?number (?:of )?(?P<who>.*?)\bboth\b(?P<tail>.*?)\s*[?.]?\s*$"
    r"|^at (?P<ext2>least|most) how many (?P<who2>.*?)\bboth\b(?P<tail2>.*?)\s*[?.]?\s*$")
_TOTAL = re.compile(r"\b(?:of|in|among|at|from) (?:the |a |all |these |those )?(?:(?:group|class|"
                    r"total|survey|poll|club|team|school|room) )?(?:of )?#(?P<a>\d+)\b"
                    r"|^(?:(?:a|an|the|our|my) )?(?:group|class|survey|poll|club|team) of #(?P<b>"
                    r"\d+)\b"
                    r"|^there (?:are|were) #(?P<d>\d+) [a-z]+(?: (?:in|on|at) (?:a|an|the|my|our|"
                    r"this) [a-z]+(?: [a-z]+)?)?$"
                    r"|^#(?P<c>\d+) [a-z]+ (?:were|was) (?:surveyed|asked|polled|questioned)$")
_BLOCK = re.compile(r"\b(?:not|no|none|only|more|less|fewer|than|twice|times|percent|exactly|"
                    r"least|most|minimum|maximum|possible|but|except|half|third|each|every|other|"
                    r"another|also|still|remaining|rest|neither|nor|either|or|both|all|any|"
                    r"and/or|same|average|total)\b|n't\b|%")
# what a question may say beside the groups' own words
_QUESTION_GLUE = frozenset("the a an of who that which could have has had might may possibly "
                           "said say they them there are is were was did do does in and like "
                           "liked likes people persons students members surveyed asked polled "
                           "questioned".split())


def overlap_bounds(split: Split, template: str) -> Result | None:
    if "both" not in template or not re.search(r"\b(?:" + _EXTREMES + r")\b", template):
        return None
    text = Wording.of(split, template).text
    if re.search(r"@\d+@", text):
        return None
    sentences = [s.strip() for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s.strip()]
    if len(sentences) < 2:
        return None
    ask = _ASK.match(sentences[-1])
    if not ask or "#" in sentences[-1]:
        return None
    ext = ask.group("ext") or ask.group("ext2")
    who = (ask.group("who") or ask.group("who2") or "") + " " + (ask.group("tail")
                                                                  or ask.group("tail2") or "")
    if _BLOCK.search(who):
        return None
    total: int | None = None
    groups: list[tuple[int, set[str]]] = []
    whole: set[str] = set()
    for clause in re.split(r"[,;:.]\s*|\s(?=and #)", " ".join(sentences[:-1])):
        clause = re.sub(r"^(?:and|while|whereas) ", "", clause.strip())
        if not clause:
            continue
        counted = _TOTAL.search(clause)
        if counted:
            n = int(next(g for g in counted.groups() if g))
            if total is not None and total != n:
                raise Decline("the whole is said with two sizes")
            total = n
            whole |= set(re.findall(r"[a-z]+", clause))  # "students", "in the hall"
            clause = clause.replace(counted.group(0), " ").strip()
        numbers = re.findall(r"#(\d+)", clause)
        if _BLOCK.search(clause) or len(numbers) > 1:
            return None
        words = set(re.findall(r"[a-z]+", clause)) - _QUESTION_GLUE
        if numbers:
            groups.append((int(numbers[0]), words))
        elif words - whole - {"these", "those", "them", "all"}:
            return None  # "of the girls": a part of the whole, not a restatement
    if total is None or len(groups) != 2 or groups[0][1] == groups[1][1]:
        return None
    said = groups[0][1] | groups[1][1] | whole
    if set(re.findall(r"[a-z]+", who)) - _QUESTION_GLUE - said:
        return None  # the question names something the groups do not
    return _bound(total, groups[0][0], groups[1][0], ext in _LEAST)


def _bound(n: int, a: int, b: int, least: bool) -> Result:
    if a > n or b > n:
        raise Decline("a group larger than the whole")
    value = max(0, a + b - n) if least else min(a, b)
    fits = [c for c in range(min(a, b) + 1) if min(a - c, b - c, c, n - a - b + c) >= 0]
    confirm.check(bool(fits) and value == (min(fits) if least else max(fits)),
                  "every overlap tried: the regions of the diagram are not negative")
    neither = n - a - b + value
    if least:
        hint = (f"At most {n} people fit in the whole, so at least {a} + {b} - {n} are counted "
                "twice (and never fewer than 0).")
        claim = f"\\max(0, {a} + {b} - {n}) = {value}"
    else:
        hint = f"The overlap cannot be larger than the smaller group, and {min(a, b)} fits."
        claim = f"\\min({a}, {b}) = {value}"
    return sp.Integer(value), [
        step("bound the overlap", hint, f"${claim}$", claim),
        step("draw the diagram", "Check that the four regions are not negative.",
             f"Only the first group: ${a - value}$, only the second: ${b - value}$, both: "
             f"${value}$, neither: ${neither}$; together ${n}$.",
             f"{a - value} + {b - value} + {value} + {neither} = {n}")]


__all__ = ["overlap_bounds"]
