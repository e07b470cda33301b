"""Lists and sequences of numbers: the mean, median, mode, range, sum or product of listed
numbers; how many terms an arithmetic list `a, b, c, ..., z` has; a term of an arithmetic
or geometric sequence from two given terms (or a first term and its difference or ratio).

Every answer is confirmed by a second, plain computation: statistics with Python's
`fractions` and `statistics` modules, term counts and terms by listing the terms one by
one from the first.
"""

from __future__ import annotations

import re
import statistics
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

DOTS = "..."
_DOTS = re.compile(r"^\\(?:l|c)?dots[bc]?$|^\.\.\.$|^…$")
LIST = re.compile(r"(?:@\d+@|\.\.\.|…)(?:(?:, ?| )(?:and )?(?:@\d+@|\.\.\.|…))*,?")
_MAX_TERMS = 10**6


def _items(src: str) -> list[str]:
    """Top-level comma-separated items of one maths piece (`\\{1, 2, 3\\}` unwrapped)."""
    s = src.strip()
    s = re.sub(r"^\\\{(.*)\\\}$", r"\1", s)
    out, depth, start = [], 0, 0
    for i, c in enumerate(s):
        depth += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(c, 0)
        if c == "," and depth == 0:
            out.append(s[start:i])
            start = i + 1
    out.append(s[start:])
    return [o.strip() for o in out if o.strip()]


def listed(split: Split, template: str) -> tuple[list[str], str] | None:
    """The listed items (LaTeX, DOTS for an ellipsis) and the template with the one list
    replaced by `@L@`; None unless the problem's maths is exactly one list."""
    runs = [m for m in LIST.finditer(template) if "@" in m.group(0)]
    if len(runs) != 1:
        return None
    run = runs[0]
    slots = [int(s) for s in re.findall(r"@(\d+)@", run.group(0))]
    if sorted(slots) != list(range(len(split.maths))):
        return None
    rest = (template[:run.start()] + "@L@" + template[run.end():]).strip()
    return run_items(split, run.group(0)), re.sub(r"\s+", " ", rest)


def run_items(split: Split, run: str) -> list[str]:
    """The items (LaTeX, DOTS for an ellipsis) of a run of the template that `LIST` matched."""
    items: list[str] = []
    for token in re.findall(r"@\d+@|\.\.\.|…", run):
        if token.startswith("@"):
            items += [DOTS if _DOTS.match(i) else i for i in _items(split.maths[int(token[1:-1])])]
        else:
            items.append(DOTS)
    return items


def list_asked(split: Split, template: str,
               question: re.Pattern[str]) -> tuple[list[str], re.Match[str]] | None:
    """The listed items and the match of `question` against the rest of the template
    (the list as `@L@`), or None when the problem is not that question about one list."""
    got = listed(split, template)
    if got is None:
        return None
    m = question.fullmatch(got[1].rstrip(" .?"))
    return (got[0], m) if m else None


def number(src: str) -> sp.Rational:
    """A listed item as an exact rational number, or Decline."""
    v = parse_latex(src)
    if not isinstance(v, sp.Basic) or not v.is_Rational:
        v = sp.nsimplify(v) if isinstance(v, sp.Basic) and v.is_number else v
    if not isinstance(v, sp.Basic) or not v.is_Rational:
        raise Decline("a listed number that is not rational")
    return v


_STAT_VOCAB = frozenset(
    "average mean arithmetic median mode range sum product numbers integers values set list "
    "data following".split())
_STAT = re.compile(r"(?:(?:what is|find|compute|determine|calculate|give) )?the "
                   r"(average|arithmetic mean|mean|median|mode|range|sum|product) of "
                   r"(?:the |this |these )?(?:(?:following |given )?(?:numbers|integers|values"
                   r"|set|list|data(?: set)?)(?: of (?:numbers|integers|values))? )?@L@")


def read_statistic(split: Split, template: str) -> Result | None:
    """"The average of the integers 71, 72, 73", "the median of {3, 9, 4, 1}"."""
    if not re.search(r"average|mean|median|mode|range|sum|product", template):
        return None
    if not words_within(template, _STAT_VOCAB):
        return None
    got = list_asked(split, template, _STAT)
    if got is None or DOTS in got[0] or len(got[0]) < 2:
        return None
    items, m = got
    nums = [number(i) for i in items]
    if "integers" in m.group(0) and any(not n.is_Integer for n in nums):
        raise Decline("the list is called integers but is not")
    return statistic(m.group(1), nums)


def statistic(kind: str, nums: list[sp.Rational]) -> Result:
    fr = [Fraction(int(n.p), int(n.q)) for n in nums]
    if kind in ("average", "mean", "arithmetic mean"):
        total = sp.Add(*nums)
        v = total / len(nums)
        confirm.check(Fraction(int(v.p), int(v.q)) == statistics.mean(fr),
                      "the mean recomputed with exact fractions agrees")
        sum_claim = " + ".join(latex(n) if n >= 0 else f"({latex(n)})" for n in nums)
        claim = f"\\frac{{{sum_claim}}}{{{len(nums)}}} = \\frac{{{latex(total)}}}{{{len(nums)}}}"
        claim += f" = {latex(v)}" if v != total / 1 or len(nums) != 1 else ""
        return v, [step("add and divide", f"Add the {len(nums)} numbers and divide by how many "
                        "there are.", f"${claim}$", claim)]
    if kind in ("sum", "product"):
        v = sp.Add(*nums) if kind == "sum" else sp.Mul(*nums)
        plain = sum(fr) if kind == "sum" else _prod(fr)
        confirm.check(Fraction(int(v.p), int(v.q)) == plain,
                      f"the {kind} recomputed with exact fractions agrees")
        op = " + " if kind == "sum" else " \\cdot "
        claim = op.join(latex(n) if n >= 0 else f"({latex(n)})" for n in nums) + f" = {latex(v)}"
        return v, [step(f"take the {kind}", "Combine the listed numbers.", f"${claim}$", claim)]
    order = sorted(nums)
    ordered = ", ".join(latex(n) for n in order)
    first = step("sort the numbers", "Write them from least to greatest.",
                 f"In order: ${ordered}$", ordered)
    if kind == "median":
        k = len(order)
        v = order[k // 2] if k % 2 else (order[k // 2 - 1] + order[k // 2]) / 2
        confirm.check(Fraction(int(v.p), int(v.q)) == statistics.median(fr),
                      "the median recomputed by the statistics module agrees")
        claim = latex(v) if k % 2 else \
            f"\\frac{{{latex(order[k // 2 - 1])} + {latex(order[k // 2])}}}{{2}} = {latex(v)}"
        return v, [first, step("take the middle", "The median is the middle value (the mean of "
                               "the two middle values for an even count).", f"${claim}$", claim)]
    if kind == "range":
        v = order[-1] - order[0]
        confirm.check(Fraction(int(v.p), int(v.q)) == max(fr) - min(fr),
                      "greatest minus least recomputed agrees")
        claim = f"{latex(order[-1])} - {_op(order[0])} = {latex(v)}"
        return v, [first, step("greatest minus least", "The range is the spread of the data.",
                               f"${claim}$", claim)]
    counts = {n: nums.count(n) for n in order}
    top = max(counts.values())
    modes = [n for n, c in counts.items() if c == top]
    if len(modes) != 1 or top == 1:
        raise Decline("no single mode")
    confirm.check(Fraction(int(modes[0].p), int(modes[0].q)) == statistics.mode(fr),
                  "the statistics module finds the same mode")
    return modes[0], [first, step("count repeats", "The mode is the value listed most often.",
                                  f"${latex(modes[0])}$ appears {top} times", "")]


def _prod(fr: list[Fraction]) -> Fraction:
    out = Fraction(1)
    for f in fr:
        out *= f
    return out


_COUNT_VOCAB = frozenset("how many numbers terms integers elements entries are there in the "
                         "list sequence listed".split())
_COUNT = re.compile(r"how many (?:numbers|terms|integers|elements|entries) are (?:there )?"
                    r"(?:in|listed in) (?:the (?:list|sequence)(?: of numbers)? )?@L@")


def read_term_count(split: Split, template: str) -> Result | None:
    """"How many numbers are in the list 4, 7, 10, ..., 97?"."""
    if not template.startswith("how many") or not words_within(template, _COUNT_VOCAB):
        return None
    got = list_asked(split, template, _COUNT)
    if got is None or DOTS not in got[0]:
        return None
    head, tail, d, n = arithmetic(got[0])
    span = sp.Integer(n - 1)
    claim = (f"\\frac{{{latex(tail[-1])} - {_op(head[0])}}}{{{latex(d)}}} + 1 = "
             f"{latex(span)} + 1 = {n}")
    return sp.Integer(n), [
        step("find the common difference", "Subtract consecutive terms.",
             f"$d = {latex(head[1])} - {_op(head[0])} = {latex(d)}$",
             f"d = {latex(head[1])} - {_op(head[0])} = {latex(d)}"),
        step("count the steps", "Steps of the difference from the first term to the last, "
             "plus one for the first term.", f"${claim}$", claim)]


def arithmetic(items: list[str]) -> tuple[list[sp.Rational], list[sp.Rational], sp.Rational,
                                          int]:
    """The terms written before and after the one ellipsis of an arithmetic list, the
    common difference and the number of terms (confirmed by listing them from the first)."""
    if items.count(DOTS) != 1:
        raise Decline("one ellipsis in the list")
    k = items.index(DOTS)
    head, tail = [number(i) for i in items[:k]], [number(i) for i in items[k + 1:]]
    if len(head) < 2 or not tail:
        raise Decline("at least two terms before the dots and one after")
    d = head[1] - head[0]
    if d == 0 or any(b - a != d for part in (head, tail)
                     for a, b in zip(part, part[1:], strict=False)):
        raise Decline("not an arithmetic list")
    span = (tail[-1] - head[0]) / d
    if not span.is_Integer or span < len(head) + len(tail) - 1:
        raise Decline("the last term is not reached by steps of the difference")
    n = int(span) + 1
    if n > _MAX_TERMS:
        raise Decline("too many terms to list")
    listed_terms = [head[0] + d * i for i in range(n)]
    confirm.check(listed_terms[:len(head)] == head and listed_terms[-len(tail):] == tail,
                  f"listing all {n} terms from the first reaches the written ones")
    return head, tail, d, n


def _op(v: sp.Basic) -> str:
    return latex(v) if v >= 0 else f"({latex(v)})"


__all__ = ["DOTS", "LIST", "arithmetic", "list_asked", "listed", "number", "read_statistic",
           "read_term_count", "run_items", "statistic"]
