"""Reader of coins counted and valued: "Lena has only nickels and dimes, 30 coins in all, worth
\\$2.10. How many dimes does she have?", "A jar holds the same number of pennies, nickels and
quarters, worth \\$4.62 in all. How many pennies are there?", "Tom has 12 more dimes than
nickels, worth \\$3.00 in total. How many nickels?", "twice as many quarters as dimes".

Each kind of coin named (penny 1, nickel 5, dime 10, quarter 25, half-dollar 50 cents, dollar
coin or bill 100, "5-dollar bills" 500) is an unknown count. Relations: the number of coins (or
bills) in all, their value in all (in dollars or cents, said), "the same number of A, B and C",
"k more (fewer) A than B", "k times as many A as B", and a count told ("7 quarters"). The
question asks how many of one kind, or how many coins (bills) in all. Every
word must be read (names, containers and glue); any other word ("other", "each", "left",
"gives") leaves the problem unread. Solved with SymPy by `Story` (whole, non-negative counts,
one solution; every relation checked again in exact fractions), and confirmed by listing every
count of the first kinds up to the value told, the last kind fixed by the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.percent_changes import dollars_marked
from tutor.reasoning.symbolic.prealgebra.relations import Story, exact_value
from tutor.reasoning.symbolic.prealgebra.wording import NUM
from tutor.reasoning.symbolic.typed import FILLER

CENTS = {"penny": 1, "nickel": 5, "dime": 10, "quarter": 25, "halfdollar": 50, "dollarcoin": 100}
_SPELL: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
          (r"\bpennies\b|\bpenny\b", "κpenny"), (r"\bnickels?\b", "κnickel"),
          (r"\bdimes?\b", "κdime"), (r"\bquarters?\b", "κquarter"),
          (r"\bhalf[- ]dollars?(?: coins?)?\b", "κhalfdollar"),
          (r"\b(?:one[- ]dollar|#1[- ]dollar|dollar) (?:coins?|bills?)\b", "κdollarcoin"),
          (r"#(\d+)[- ]dollars? bills?\b", r"κbill\1")]
_C = r"κ(?P<{0}>[a-z]+\d*)"
_GLUE = frozenset(
    "has have had only in her his their its purse pocket pockets jar bag wallet piggy bank box "
    "collection drawer there are is of the and a she he they coins bills coin money all total "
    "altogether change some consisting consists contains contain containing holds hold held "
    "with does do did how many what value worth i my you your we our just made up holding keeps "
    "keep tin can cup chest sock envelope register till".split())


def _kind(name: str) -> int | None:
    if name in CENTS:
        return CENTS[name]
    m = re.fullmatch(r"bill(\d+)", name)
    return int(m.group(1)) * 100 if m and int(m.group(1)) in (1, 2, 5, 10, 20, 50, 100) else None


def coins(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:pennies|penny|nickels?|dimes?|quarters?|half-dollars?|bills?)\b",
                     template) or not re.search(r"\bhow many\b", template):
        return None
    text = re.sub(r"@(\d+)@\s*(@\d+@)", lambda m: f"{m.group(2)} dollars" if split.maths[
        int(m.group(1))].strip() == "\\$" else m.group(0), template)  # "$\$$13.20"
    text = re.sub(r"\\?\$\s*(@\d+@)", r"\1 dollars", text)
    text = wording.of(split, dollars_marked(split, text)).text
    for pattern, repl in _SPELL:
        text = re.sub(pattern, repl, text)
    kinds = list(dict.fromkeys(re.findall(r"κ([a-z]+\d*)", text)))
    if not 2 <= len(kinds) <= 4 or any(_kind(k) is None for k in kinds):
        return None
    syms = {k: sp.Symbol(k if k in CENTS else f"b{k[4:]}") for k in kinds}
    story = Story(list(syms.values()))
    story.whole = True
    story.allowed = lambda sol: all(v >= 0 for v in sol.values())
    rest, value_total = _relations(text, kinds, syms, story)
    asked = _question(rest, kinds, syms)
    if asked is None:
        return None
    rest, target, what = asked
    rest = re.sub(r"\b(?:some )?κ[a-z]+\d*", " ; ", rest)  # the kinds named: "nickels and dimes"
    left = set(re.findall(r"[a-z]+", re.sub(r"κ[a-z]+\d*|#\S+", " ", rest)))
    names = set(re.findall(r"(?:^ |[.,] )([a-z]+) (?:has|had|have|holds|keeps|found|saved)\b",
                           rest))
    if left - _GLUE - FILLER - names or re.search(r"#\d|κ", rest):
        return None
    if len(story.relations) < len(kinds):
        raise Decline("too few facts to fix each kind of coin")
    answer, steps = story.solve(lambda _sol: target, what)
    _confirm(story, syms, value_total, target, answer)
    return answer, steps


def _relations(text: str, kinds: list[str], syms: dict[str, sp.Symbol], story: Story
               ) -> tuple[str, Fraction | None]:
    """Every stated relation put in `story`; the text left, and the value in all (cents)."""
    value = {k: _kind(k) or 0 for k in kinds}
    total_value = None

    def take(pattern: str, text: str, use) -> str:  # noqa: ANN001
        for m in list(re.finditer(pattern, text)):
            use(m)
        return re.sub(pattern, " ; ", text)

    def worth(m: re.Match[str]) -> None:
        nonlocal total_value
        cents = wording.value(m.group("v")) * (100 if m.group("u") == "dollars" else 1)
        if total_value is not None and total_value != cents:
            raise Decline("two values in all")
        total_value = cents
        story.state(sum((value[k] * syms[k] for k in kinds), sp.Integer(0)),
                    sp.Rational(cents.numerator, cents.denominator),
                    f"the coins are worth {cents} cents in all")

    text = take(rf"\b(?:worth|with a (?:total )?value of|totaling|totalling|(?:total|combined) "
                rf"value (?:of (?:the|her|his|their|these|all the) (?:coins|money|bills) "
                rf"(?:in (?:the|her|his|their|a) [a-z]+ )?)?(?:is|was)|add up to|amounting to)"
                rf"(?: a total of)? (?P<v>{NUM}) (?P<u>dollars|cents)\b(?: in all| in total| "
                rf"altogether)?", text, worth)
    text = take(rf"(?P<v>{NUM}) (?P<u>dollars|cents) (?:in|of) (?:{_C.format('a')}(?:,? "
                rf"(?:and )?{_C.format('b')})*)", text, worth)

    def count_all(m: re.Match[str]) -> None:
        story.state(sum((syms[k] for k in kinds), sp.Integer(0)),
                    sp.Integer(int(wording.value(m.group("n")))),
                    f"{m.group('n')[1:]} coins in all")
    text = take(rf"(?:\ba total of )?(?P<n>{NUM}) (?:coins|bills)\b(?: in all| in total| "
                rf"altogether)?", text, count_all)

    def same(m: re.Match[str]) -> None:
        named = re.findall(r"κ([a-z]+\d*)", m.group(0))
        for a, b in zip(named, named[1:], strict=False):
            story.state(syms[a], syms[b], f"as many {a}s as {b}s")
    text = take(r"\b(?:the same number of|equal numbers of|as many) κ[a-z]+\d*(?:,? (?:and )?"
                r"κ[a-z]+\d*)+", text, same)

    def more(m: re.Match[str]) -> None:
        k = sp.Integer(int(wording.value(m.group("n"))))
        sign = 1 if m.group("d") == "more" else -1
        story.state(syms[m.group("a")], syms[m.group("b")] + sign * k,
                    f"{m.group('n')[1:]} {m.group('d')} {m.group('a')}s than {m.group('b')}s")
    text = take(rf"(?P<n>{NUM}) (?P<d>more|fewer|less) {_C.format('a')} than "
                rf"{_C.format('b')}", text, more)

    def times(m: re.Match[str]) -> None:
        f = wording.value(m.group("n")) if m.group("n") else Fraction(1)
        story.state(syms[m.group("a")], sp.Rational(f.numerator, f.denominator) *
                    syms[m.group("b")], f"{f} times as many {m.group('a')}s as {m.group('b')}s")
    text = take(rf"(?:(?P<n>{NUM}) times )?as many {_C.format('a')} as {_C.format('b')}", text,
                times)

    def told(m: re.Match[str]) -> None:
        story.state(syms[m.group("a")], sp.Integer(int(wording.value(m.group("n")))),
                    f"{m.group('n')[1:]} {m.group('a')}s")
    text = take(rf"(?P<n>#\d+) {_C.format('a')}", text, told)
    # the kinds there are: "each coin is either a penny or a nickel"
    text = re.sub(r"\beach (?:coin|bill|one) (?:is|was) (?:either )?(?:an? )?κ[a-z]+\d*"
                  r"(?:, (?:an? )?κ[a-z]+\d*)*,? or (?:an? )?κ[a-z]+\d*", " ; ", text)
    return text, total_value


def _question(text: str, kinds: list[str], syms: dict[str, sp.Symbol]
              ) -> tuple[str, sp.Expr, str] | None:
    m = re.search(r"\bhow many (?P<c>κ[a-z]+\d*|coins|bills)\b", text)
    if m:
        c = m.group("c")
        target = sum((syms[k] for k in kinds), sp.Integer(0)) if c in ("coins", "bills") else \
            syms.get(c[1:])
        if target is None:
            return None
        return text[:m.start()] + " " + text[m.end():], target, f"the number of {c.strip('κ')}"
    return None


def _confirm(story: Story, syms: dict[str, sp.Symbol], total: Fraction | None,
             target: sp.Expr, answer: sp.Basic) -> None:
    """Every count of the first kinds listed up to the value told; the last kind from it."""
    if total is None:
        return
    ks = list(syms)
    bounds = [int(total // (_kind(k) or 1)) for k in ks[:-1]]
    size = 1
    for b in bounds:
        size *= b + 1
    if size > 50000:
        return
    hits = set()
    for counts in product(*(range(b + 1) for b in bounds)):
        rest = total - sum(c * (_kind(k) or 0) for c, k in zip(counts, ks, strict=False))
        last = rest / (_kind(ks[-1]) or 1)
        if last < 0 or last.denominator != 1:
            continue
        point = dict(zip(syms.values(), [*(Fraction(c) for c in counts), last], strict=True))
        if all(exact_value(eq.lhs, point) == exact_value(eq.rhs, point)
               for eq, _ in story.relations):
            hits.add(exact_value(target, point))
    confirm.check(hits == {Fraction(int(answer.p), int(answer.q))},
                  "every count of coins listed: one answer")


__all__ = ["CENTS", "coins"]
