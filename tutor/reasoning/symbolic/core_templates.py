"""Whole-sentence templates for the core questions: calculus, evaluate / simplify / expand /
factor, equations and systems, gcd and lcm, remainders, digits, bases, coordinates and
sequences. Each pattern is matched against a problem's whole template (see
`recognise.py`); the handler gets the maths slots.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from tutor.reasoning.symbolic import handlers
from tutor.reasoning.symbolic.algebra import selections, series
from tutor.reasoning.symbolic.calculus import curve_areas, derivative_questions
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import ASK, END, VAL, Handler, M, maths
from tutor.reasoning.symbolic.polynomials import common_factors
from tutor.reasoning.symbolic.spelled_maths import number_words

_m = maths


def _evaluate_as(verb: str) -> Handler:
    return lambda s, m: handlers.evaluate(_m(s, m.group(1)), verb)


def _solve(pick: str | None = None, var_group: int | None = 2) -> Handler:
    def run(s: Split, m: re.Match[str]) -> handlers.Result:
        var = _m(s, m.group(var_group)) if var_group and m.group(var_group) else None
        return handlers.solve(_m(s, m.group(1)), var, pick)
    return run


def _solve_integer(s: Split, m: re.Match[str]) -> handlers.Result:
    """"If ..., compute the integer x": the one solution, which must be an integer (a
    positive one when asked so)."""
    value, steps = handlers.solve(_m(s, m.group(1)), _m(s, m.group(3)),
                                  "positive" if m.group(2) else "one")
    number = value if isinstance(value, sp.Basic) else sp.Integer(value) \
        if re.fullmatch(r"-?\d+", value) else None
    if not (isinstance(number, sp.Integer) and (m.group(2) is None or number > 0)):
        raise Decline("the solution is not the kind of integer asked for")
    return value, steps


def _gcd(s: Split, m: re.Match[str]) -> handlers.Result:
    if len(s.maths) != len(re.findall(M, m.group(0))):
        raise Decline("extra numbers in the problem")
    kind = "gcd" if re.search(r"greatest|gcd|gcf|highest", m.group(0)) else "lcm"
    if all(re.search(r"[a-zA-Z]", x) for x in s.maths):  # monomials and polynomials
        return common_factors.common(kind, list(s.maths))
    return integers.gcd_lcm(kind, [integers.integer(x) for x in s.maths])


def _base_convert(s: Split, m: Any) -> handlers.Result:
    src, _ = integers.base_numerals(_m(s, m.group(1)))
    base = integers.integer(_m(s, m.group(2)))
    n = integers.integer(src)
    digits, steps = integers.to_base(n, base)
    return f"{digits}_{{{base}}}", steps


_WORDS = number_words([*range(2, 10), 11, 12, 16])


def _mean(s: Split, m: re.Match[str]) -> handlers.Result:
    groups = re.findall(M, m.group(1)) + [m.group(3)]  # group 2: M repeated inside group 1
    if len(groups) + 2 != len(s.maths):
        raise Decline("extra numbers in the problem")
    return series.mean_unknown([_m(s, g) for g in groups], _m(s, m.group(4)), _m(s, m.group(5)))


def _listed_term(s: Split, m: re.Match[str]) -> handlers.Result:
    refs = re.findall(M, m.group(2))
    if len(refs) != len(s.maths):
        raise Decline("extra maths in the problem")
    items = [_m(s, g) for g in refs]
    if not re.fullmatch(r"\\(?:l|c)?dots", items[-1].strip()):
        raise Decline("expected a list ending in dots")
    for word, parity in (("odd numbers", 1), ("even numbers", 0)):
        if word in m.group(0) and any(integers.integer(t) % 2 != parity for t in items[:-1]):
            raise Decline(f"the list is not of {word}")
    return handlers.sequence("arithmetic", ", ".join(items), m.group(1))


_PICK = r"(largest|greatest|smallest|least|positive)"

TEMPLATES: list[tuple[str, Handler]] = [
    # the canonical sentences of the "keep" and "count" phrase rules
    (r"solve " + M + r" keeping the ((?:positive |negative )?integer|positive|negative) "
     r"solutions" + END,
     lambda s, m: handlers.solve(_m(s, m.group(1)), None, m.group(2))),
    (r"count the ((?:distinct |different )?real |distinct )?(solutions|roots) of " + M + END,
     lambda s, m: selections.count_solutions(_m(s, m.group(3)), "real" in (m.group(1) or ""),
                                           m.group(2) == "roots" and not m.group(1))),
    # calculus
    (r"(?:find |compute |what is )?(?:the )?derivative of " + M +
     r"(?: with respect to " + M + r")?" + END,
     lambda s, m: handlers.derivative(_m(s, m.group(1)), m.group(2) and _m(s, m.group(2)))),
    (r"differentiate " + M + r"(?: with respect to " + M + r")?" + END,
     lambda s, m: handlers.derivative(_m(s, m.group(1)), m.group(2) and _m(s, m.group(2)))),
    (r"(?:integrate|(?:find |compute |evaluate |what is )?(?:the )?(?:definite )?integral"
     r"(?: of)?) " + M + r" from " + M + r" to " + M + END,  # "integrate x^2 from 0 to 3"
     lambda s, m: handlers.integral_between(*(_m(s, m.group(k)) for k in (1, 2, 3)))),
    (r"(?:integrate|(?:find |compute |evaluate |what is )?(?:the )?(?:indefinite |definite )?"
     r"integral(?: of)?) " + M + r"(?: with respect to " + M + r")?" + END,
     lambda s, m: handlers.integral(_m(s, m.group(1)), m.group(2) and _m(s, m.group(2)))),
    *derivative_questions.TEMPLATES,
    *curve_areas.TEMPLATES,
    # expressions
    (r"simplify(?: the following(?: expression)?)?(?: completely)?:? " + M + END,
     _evaluate_as("simplify")),
    (r"simplify and write the result with a rational denominator:? " + M + END,
     _evaluate_as("simplify")),
    (r"expand(?: and simplify)?(?: completely)?(?: the (?:expression|product))?:? " + M + END,
     _evaluate_as("expand")),
    (r"factor(?: completely)?(?: the (?:following )?expression)?:? " + M + END,
     _evaluate_as("factor")),
    (ASK + r":? " + VAL + M + END, _evaluate_as("evaluate")),
    (r"(?:express|write) " + M + r" as (?:an integer|a decimal|a (?:(?:common|simple) )?fraction"
     r"(?: in (?:lowest|simplest) (?:terms|form))?)" + END,
     _evaluate_as("evaluate")),
    (r"(?:what is|compute|evaluate) " + M + r" (?:in simplest radical form|in your head)" + END,
     _evaluate_as("evaluate")),
    (r"convert " + M + r" to a (?:terminating )?decimal" + END, _evaluate_as("evaluate")),
    (r"(?:write the expression " + M + r" as a single fraction|simplify the following "
     r"expression to a simplified fraction:? " + M + r")" + END,
     lambda s, m: handlers.evaluate(_m(s, m.group(1) or m.group(2)), "combine")),
    (r"find the quotient when " + M + r" is divided by " + M + END,
     lambda s, m: integers.quotient(_m(s, m.group(1)), _m(s, m.group(2)))),
    (r"(?:if|let|given) " + M + r"(?:,? and " + M + r")?[.,]? (?:then )?" + ASK + r" " + VAL
     + M + END,
     lambda s, m: handlers.functions([_m(s, g) for g in (m.group(1), m.group(2)) if g],
                                     _m(s, m.group(3)))),
    (ASK + r" " + VAL + M + r" when " + M + END,
     lambda s, m: handlers.substitute(_m(s, m.group(1)), _m(s, m.group(2)))),
    # equations
    (r"solve(?: for " + M + r")?[:,]? " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(2)), m.group(1) and _m(s, m.group(1)))),
    (r"solve(?: the (?:following )?equation)? " + M + r"(?: for " + M + r")?" + END, _solve()),
    (M + r"[.,]? solve for " + M + END, _solve()),
    (r"solve the (?:following )?equation(?: for " + M + r")?:? " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(2)), m.group(1) and _m(s, m.group(1)))),
    (r"find all (?:real )?(?:values of " + M + r"|solutions)(?: that satisfy| which satisfy"
     r"| satisfying| such that| to| of| for which)?(?: the equation)?:? " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(2)), m.group(1) and _m(s, m.group(1)))),
    (r"(?:find|what are) the (?:real )?(?:roots|solutions|zeros) of " + M + END,
     _solve(var_group=None)),
    (r"(?:if|given that) " + M + r",? (?:what is|find) " + VAL + M + END, _solve("one")),
    (r"(?:if|given that) " + M + r",? (?:compute|find|determine|what is) the (positive )?"
     r"integer " + M + END, _solve_integer),
    (r"if " + M + r",? (?:find all possible values of|solve for) " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(1)), _m(s, m.group(2)))),
    (r"if " + M + r",? find the " + _PICK + r" possible value of " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(1)), _m(s, m.group(3)), m.group(2))),
    (r"in the equation " + M + r",? what is the (sum|product) of all possible values of " + M
     + END, lambda s, m: handlers.solve(_m(s, m.group(1)), _m(s, m.group(3)), m.group(2))),
    (r"(?:if " + M + r",? what is " + M + r" equal to|find the value of " + M +
     r" such that " + M + r")" + END,
     lambda s, m: handlers.solve(_m(s, m.group(1) or m.group(4)), _m(s, m.group(2) or
                                                                    m.group(3)), "one")),
    (r"for what (?:real )?value of " + M + r" is " + M + r"(?: true| satisfied)?" + END,
     lambda s, m: handlers.solve(_m(s, m.group(2)), _m(s, m.group(1)), "one")),
    (r"what is the value of " + M + r" in the equation " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(2)), _m(s, m.group(1)), "one")),
    (r"find " + M + r",? if " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(2)), _m(s, m.group(1)), "one")),
    (r"find the " + _PICK + r" (?:value|solution)(?: of " + M + r")? (?:that satisfies|to|of)"
     r"(?: the equation)? " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(3)), m.group(2) and _m(s, m.group(2)),
                                 m.group(1))),
    (r"(?:what is|find) the (sum|product|difference) of all (?:possible )?(?:values of " + M +
     r"|solutions)(?: that satisfy| of| to)?(?: the equation)? " + M + END,
     lambda s, m: handlers.solve(_m(s, m.group(3)), m.group(2) and _m(s, m.group(2)),
                                 m.group(1))),
    (r"solve the (?:following )?system(?: of equations)?:? " + M + r",? (?:and )?" + M + END,
     lambda s, m: handlers.system([_m(s, m.group(1)), _m(s, m.group(2))])),
    (r"solve the (?:following )?system(?: of equations)?:? " + M + END, _solve(var_group=None)),
    # numbers
    (r"(?:" + ASK + r" )?the (?:greatest common (?:divisor|factor)|gcd|gcf|highest common factor|"
     r"least common multiple|lcm) of " + M + r"(?:, " + M + r")*,? and " + M + END, _gcd),
    (r"(?:" + ASK + r" )?the remainder when " + M + r" is divided by " + M + END,
     lambda s, m: integers.remainder(_m(s, m.group(1)), _m(s, m.group(2)))),
    (r"how many (?:positive )?(?:whole-number |integer )?divisors does " + M + r" have" + END,
     lambda s, m: integers.divisor_count(integers.integer(_m(s, m.group(1))))),
    (r"(?:express|convert|write) " + M + r" (?:in|to) base " + M + END, _base_convert),
    (r"what is the base " + M + r" (?:equivalent|representation) of " + M + END,
     lambda s, m: _base_convert(s, _Swap(m))),
    # more shapes (series.py)
    (r"(?:if|given that) " + M + r",? (?:then )?(?:what is|find) " + VAL + M + END,
     lambda s, m: series.value_from_equation(_m(s, m.group(1)), _m(s, m.group(2)))),
    (r"(?:" + ASK + r" )?the remainder (?:of|when) " + M + r" (?:is )?divided by " + M + END,
     lambda s, m: integers.remainder(_m(s, m.group(1)), _m(s, m.group(2)))),
    (r"(?:" + ASK + r" )?the positive square root of (?:the product )?" + M + END,
     lambda s, m: series.sqrt_of(_m(s, m.group(1)))),
    (r"simplify the following expression in " + M + r":? " + M + END,
     lambda s, m: handlers.evaluate(_m(s, m.group(2)), "simplify")),
    (r"what is " + M + r" expressed as a (?:decimal|common fraction)" + END,
     _evaluate_as("evaluate")),
    (r"(?:" + ASK + r" )?the dot product of " + M + r" and " + M + END,
     lambda s, m: series.dot_product(_m(s, m.group(1)), _m(s, m.group(2)))),
    (r"(?:" + ASK + r" )?the sum of all (?:of )?the multiples of " + M + r" between " + M
     + r" and " + M + END,
     lambda s, m: series.multiples_sum(_m(s, m.group(1)), _m(s, m.group(2)), _m(s, m.group(3)))),
    (r"what power of " + M + r" is equal to " + M + END,
     lambda s, m: series.power_equal(_m(s, m.group(1)), _m(s, m.group(2)))),
    (ASK + r":? " + VAL + M + END, lambda s, m: series.arithmetic_series(_m(s, m.group(1)))),
    (r"(?:" + ASK + r" )?the remainder when " + M + r" is divided by " + M + END,
     lambda s, m: series.series_remainder(_m(s, m.group(1)), _m(s, m.group(2)))),
    (r"(?:" + ASK + r" )?the (?:modulo|mod) " + M + r" remainder of (?:the sum )?" + M + END,
     lambda s, m: series.series_remainder(_m(s, m.group(2)), _m(s, m.group(1)))),
    (r"the (?:arithmetic )?(?:mean|average) of ((?:" + M + r",? )+)and " + M + r" is " + M
     + r"[.,]? what is the value of " + M + END, _mean),
    (r"what is the (?:integer )?value of " + M + r" in the arithmetic sequence " + M + END,
     lambda s, m: series.arithmetic_unknown(_m(s, m.group(2)), _m(s, m.group(1)))),
    (r"what is the (\w+) term of the (?:arithmetic )?sequence(?: of odd numbers| of even "
     r"numbers)? ((?:" + M + r", ){2,}" + M + r")" + END, _listed_term),
]


class _Swap:
    """Present a base-equivalent match with its groups in (number, base) order."""

    def __init__(self, m: re.Match[str]) -> None:
        self._g = (m.group(2), m.group(1))

    def group(self, i: int) -> str:
        return self._g[i - 1]


__all__ = ["TEMPLATES"]
