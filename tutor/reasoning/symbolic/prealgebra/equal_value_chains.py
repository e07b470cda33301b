"""Reader of chains of equal values: "If 8 apples cost the same as 4 bananas, and 2 bananas
cost the same as 3 cucumbers, how many cucumbers can Tyler buy for the price of 16 apples?",
"If 5 lunks can be traded for 3 kunks, and 2 kunks will buy 4 apples, how many lunks are
needed to purchase one dozen apples?".

Each statement "a X (cost the same as | can be traded for | will buy | are worth) b Y" says
a·p(X) = b·p(Y), p the value of one thing. The question asks how many Z match n W, that is
n·p(W) / p(Z). The ratio is found by walking the chain of statements with exact fractions,
and confirmed by solving the statements as linear equations in the values (SymPy); the two
must agree, the statements must not contradict each other, and a count that is not a whole
number declines (buy as many as the money allows, or the exact share?).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording

_N = r"#\d+(?:\.\d+)?"
_THING = r"[a-z]+"
_SAME = (r"(?:costs? the same as|(?:can|could) be (?:traded|exchanged|swapped) for|(?:will|can|"
         r"could) (?:buy|purchase|be traded for)|(?:are|is) worth|(?:are|is) equal in value to)")
_FACT = re.compile(r"(?P<a>" + _N + r") (?P<x>" + _THING + r") " + _SAME + r" (?P<b>" + _N
                   + r") (?P<y>" + _THING + r")")
_ASK = re.compile(r"how many (?P<z>" + _THING + r") (?:(?:can|could) (?:[a-z]+ )?(?:buy|get|"
                  r"purchase) (?:for|with) the (?:price|cost) of|(?:are|is) (?:needed|required) "
                  r"to (?:buy|purchase|get)|cost the same as|are worth|can be traded for) "
                  r"(?P<n>" + _N + r")(?P<dozen> dozen)? (?P<w>" + _THING + r")")
_SPLIT = re.compile(r",? and (?=#)|, (?=#|how many)|\. |; ")


def _kind(word: str) -> str:
    """"apples" and "apple" name one kind of thing."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def equal_value_chains(split: Split, template: str) -> Result | None:
    if "how many" not in template or not re.search(r"\b(?:same|traded|buy|worth|exchanged)\b",
                                                   template):
        return None
    text = wording.of(split, template).text.strip(" ?.").removeprefix("if ")
    facts: list[tuple[Fraction, str, Fraction, str]] = []
    ask: re.Match[str] | None = None
    for part in _SPLIT.split(text):
        part = part.strip(" ,").removeprefix("if ")
        if m := _FACT.fullmatch(part):
            a, b = wording.value(m.group("a")), wording.value(m.group("b"))
            if a <= 0 or b <= 0:
                raise Decline("a positive number of things")
            facts.append((a, _kind(m.group("x")), b, _kind(m.group("y"))))
        elif (m := _ASK.fullmatch(part)) and ask is None:
            ask = m
        else:
            return None
    if not facts or ask is None:
        return None
    n = wording.value(ask.group("n")) * (12 if ask.group("dozen") else 1)
    want, given = _kind(ask.group("z")), _kind(ask.group("w"))
    if want == given:
        return None
    walked = _walk(facts, given, want)
    solved = _solve(facts, given, want)
    confirm.check(walked == solved, "solving the statements as equations gives the same ratio")
    count = n * walked
    if count.denominator != 1:
        raise Decline("a count that is not a whole number")
    said = "; ".join(f"{a} {x} = {b} {y}" for a, x, b, y in facts)
    claim = f"{n} \\cdot {sp.latex(sp.Rational(walked.numerator, walked.denominator))} = {count}"
    return sp.Integer(int(count)), [
        step("write the equal values", "Each statement says two amounts have the same value.",
             said, ""),
        step("follow the chain", f"One {given} is worth {walked} {want}.", f"${claim}$", claim)]


def _walk(facts: list[tuple[Fraction, str, Fraction, str]], start: str, goal: str) -> Fraction:
    """How many `goal` one `start` is worth, following the statements from `start`."""
    worth = {start: Fraction(1)}  # worth[k]: how many k one `start` is worth
    changed = True
    while changed:
        changed = False
        for a, x, b, y in facts:  # a x = b y: one x is worth b/a y
            for src, dst, rate in ((x, y, b / a), (y, x, a / b)):
                if src in worth:
                    got = worth[src] * rate
                    if dst in worth and worth[dst] != got:
                        raise Decline("the statements contradict each other")
                    if dst not in worth:
                        worth[dst] = got
                        changed = True
    if goal not in worth:
        raise Decline("the statements do not link the things asked about")
    return worth[goal]


def _solve(facts: list[tuple[Fraction, str, Fraction, str]], start: str, goal: str) -> Fraction:
    """The same ratio from the statements as linear equations in the values of one thing."""
    kinds = sorted({k for _, x, _, y in facts for k in (x, y)})
    price = {k: sp.Symbol(f"p_{i}", positive=True) for i, k in enumerate(kinds)}
    eqs = [sp.Eq(sp.Rational(a.numerator, a.denominator) * price[x],
                 sp.Rational(b.numerator, b.denominator) * price[y]) for a, x, b, y in facts]
    eqs.append(sp.Eq(price[goal], 1))
    sol = sp.solve(eqs, list(price.values()), dict=True)
    if len(sol) != 1 or price[start] not in sol[0]:
        raise Decline("the statements do not fix the values")
    ratio = sp.nsimplify(sol[0][price[start]])
    if not ratio.is_Rational:
        raise Decline("not an exact ratio")
    return Fraction(int(ratio.p), int(ratio.q))


__all__ = ["equal_value_chains"]
