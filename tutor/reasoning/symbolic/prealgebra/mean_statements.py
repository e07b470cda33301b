"""Reader of statements about the mean of listed numbers and expressions: "Given that 12 is the
mean of the set {4, 9, 15, x}, what is x?", "The mean of 3, 7 and 14 equals the mean of 6
and y. Find y.", "The average of x+1, 2x and 3x-4 is 2x+1. What is x?", "The average of
the numbers 15 and x is 21. What is the positive difference between 15 and x?", "If the
average of five numbers is 3.2, what is the sum of the five numbers?", "What is the mean
of the integers from -3 through 6, inclusive?".

Each statement is an equation (the sum of a list over its length equals a value, or the
mean of another list); the maths is parsed with `parse_latex` and the equations solved by
`Story`, which confirms the answer by substituting it into every statement in exact
fractions. Only the listed phrases and glue ("given that", "if", "suppose") may be left:
any other word leaves the problem unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.spelled_maths import CARDINALS
from tutor.reasoning.symbolic.typed import FILLER

_MEAN = (r"(?:the )?(?:arithmetic )?(?:mean|average)(?: \((?:arithmetic )?(?:mean|average)\))?"
         r" of (?:the )?(?:numbers |set |set of numbers |values |integers |expressions )?")
_ITEM = r"(?:@\d+@|-?\d+(?:\.\d+)?)"
_LIST = rf"(?:{_ITEM}(?:,? {_ITEM})*,? and {_ITEM}|@\d+@)"
_IS = r"(?:is|was|equals|is equal to|becomes)"
_STATEMENTS = [
    re.compile(rf"{_MEAN}(?P<l1>{_LIST}) {_IS} {_MEAN}(?P<l2>{_LIST})"),
    re.compile(rf"{_MEAN}(?P<l1>{_LIST}) {_IS} (?P<v>{_ITEM})"),
    re.compile(rf"(?P<v>{_ITEM}) is {_MEAN}(?P<l1>{_LIST})"),
]
_COUNTED = re.compile(rf"{_MEAN}(?P<n>@\d+@|[a-z]+) numbers {_IS} (?P<v>{_ITEM})")
_ASK_VAR = re.compile(r"(?:what is|find|determine|compute|what's) (?:the value of )?(?P<x>@\d+@)")
_ASK_DIFF = re.compile(r"(?:what is|find|determine) the positive difference between "
                       r"(?P<a>@\d+@|\d+) and (?P<b>@\d+@|\d+)")
_ASK_SUM = re.compile(r"(?:what is|find|determine) (?:the sum of (?:the|these|all) (?:(?P<n>@\d+@|"
                      r"[a-z]+) )?numbers|their sum|the sum of them)")
_ASK_MEAN = re.compile(rf"(?:what is|find|compute|calculate|determine) {_MEAN}"
                       rf"(?:integers )?from (?P<a>{_ITEM}) (?:through|to) (?P<b>{_ITEM}),? "
                       r"inclusive")
_LISTED = re.compile(rf"(?:^|\. )(?:[a-z]+'s |her |his |their |my |the )?"
                     rf"(?P<what>quiz |test |exam )?(?P<kind>scores|grades|marks) "
                     rf"(?:so far )?(?:were|are|was):? "
                     rf"(?P<l1>{_LIST})")
_ASK_LISTED = re.compile(r"(?:what (?:is|was)|find|compute) (?:her|his|their|my|the) "
                         r"(?:arithmetic )?(?:mean|average)(?: \((?:mean|average)\))? "
                         r"(?P<kind>score|grade|mark)")
_RECALL = re.compile(r"\(recall that the average of (?:two|@\d+@) numbers is their sum divided "
                     r"by (?:two|@\d+@) ?\)\.?")
_GLUE = FILLER | frozenset("given suppose if so".split())


def _items(split: Split, src: str) -> list[sp.Basic]:
    out: list[sp.Basic] = []
    for item in re.findall(_ITEM, src):
        latex = split.maths[int(item[1:-1])] if item.startswith("@") else item
        body = re.fullmatch(r"\s*\\\{(.*)\\\}\s*", latex)
        parts = (body.group(1) if body else latex).split(",")
        if len(parts) > 1 and not body and not all(re.fullmatch(r"\s*-?\d+\s*", p) for p in parts):
            raise Decline("a list inside one piece of maths")
        for p in parts:
            got = parse_latex(p)
            if not isinstance(got, sp.Expr) or got.has(sp.I):
                raise Decline("an item that is not a number or an expression")
            out.append(got)
    return out


def _count(split: Split, token: str) -> int:
    if token.startswith("@"):
        src = split.maths[int(token[1:-1])].strip()
        if not src.isdigit():
            raise Decline("a count")
        return int(src)
    if token not in CARDINALS:
        raise Decline("a count")
    return CARDINALS[token]


def _mean(values: list[sp.Basic]) -> sp.Basic:
    return sp.Mul(sp.Add(*values, evaluate=False), sp.Rational(1, len(values)), evaluate=False)


def mean_statements(split: Split, template: str) -> Result | None:
    if "mean" not in template and "average" not in template:
        return None
    text, places = nw.take_rounding(split, _RECALL.sub(" ", template))
    got = _read(split, text)
    if got is None or places is None or not isinstance(got[0], sp.Rational):
        return got
    shown, _ = nw.rounded(Fraction(int(got[0].p), int(got[0].q)), places)
    return shown, got[1]


def _read(split: Split, text: str) -> Result | None:
    if (m := _ASK_MEAN.search(text)) and not _rest(text.replace(m.group(0), " ")):
        a, b = (_items(split, m.group(k))[0] for k in ("a", "b"))
        if not (a.is_Integer and b.is_Integer and a <= b and b - a <= 10**4):
            raise Decline("a range of integers")
        values = [sp.Integer(k) for k in range(int(a), int(b) + 1)]
        x = sp.Symbol("m")
        story = Story([x])
        story.state(x * len(values), sp.Integer(sum(range(int(a), int(b) + 1))),
                    f"the {len(values)} integers from {a} to {b} add up to {len(values)} times m")
        return story.solve(lambda _sol: x, "the mean")
    listed, asked = _LISTED.search(text), _ASK_LISTED.search(text)
    if listed and asked and listed.group("kind").startswith(asked.group("kind")) and not _rest(
            text.replace(listed.group(0), " ").replace(asked.group(0), " ")):
        values = _items(split, listed.group("l1"))
        x = sp.Symbol("m")
        story = Story([x])
        story.state(x * len(values), sp.Add(*values, evaluate=False),
                    f"{len(values)} times the mean is the sum of the {len(values)} scores")
        return story.solve(lambda _sol: x, "the mean score")
    relations: list[tuple[sp.Basic, sp.Basic, str]] = []
    total: tuple[sp.Symbol, int] | None = None
    for pattern in _STATEMENTS:
        for m in list(pattern.finditer(text)):
            left = _mean(_items(split, m.group("l1")))
            right = _mean(_items(split, m.group("l2"))) if m.groupdict().get("l2") else \
                _items(split, m.group("v"))[0]
            relations.append((left, right, m.group(0)))
            text = text.replace(m.group(0), " ", 1)
    counted = _COUNTED.search(text)
    if counted:
        n = _count(split, counted.group("n"))
        total = (sp.Symbol("S"), n)
        relations.append((total[0] / n, _items(split, counted.group("v"))[0], counted.group(0)))
        text = text.replace(counted.group(0), " ", 1)
    if not relations:
        return None
    return _ask(split, text, relations, total)


def _ask(split: Split, text: str, relations: list[tuple[sp.Basic, sp.Basic, str]],
         total: tuple[sp.Symbol, int] | None) -> Result | None:
    unknowns = sorted(set().union(*(a.free_symbols | b.free_symbols for a, b, _ in relations)),
                      key=str)
    asked = _ASK_VAR.search(text) or _ASK_DIFF.search(text) or _ASK_SUM.search(text)
    if asked is None or _rest(text.replace(asked.group(0), " ")):
        return None
    story = Story(list(unknowns))
    for a, b, said in relations:
        story.state(a, b, said)
    if asked.re is _ASK_SUM:
        if total is None or asked.group("n") and _count(split, asked.group("n")) != total[1]:
            raise Decline("which numbers are added")
        s_total = total[0]
        return story.solve(lambda sol: s_total, "the sum")
    if asked.re is _ASK_DIFF:
        a, b = (_items(split, asked.group(k))[0] for k in ("a", "b"))
        return story.solve(lambda sol: a - b if (a - b).subs(sol) >= 0 else b - a,
                           "the positive difference")
    target = _items(split, asked.group("x"))[0]
    if not isinstance(target, sp.Symbol) or target not in unknowns:
        return None
    return story.solve(lambda sol: target, f"the value of {target}")


def _rest(text: str) -> bool:
    """True when a word other than glue (or any maths) is left."""
    if re.search(r"@\d+@|\d", text):
        return True
    return bool(set(re.findall(r"[a-z]+(?:'[a-z]+)?", text)) - _GLUE)


__all__ = ["mean_statements"]
