"""Probability for dice whose numbers are named and an event written in maths about them.

"When three fair dice are rolled, the numbers x, y, z come up. What is the probability
that x + y = z?", "Two standard dice are thrown, giving a and b. Find the probability
that ab - a - b is even.", "Let p, q be the results of rolling a die twice; what is the
probability that |p - q| \\le 1?" The event is any equation, inequality or property
(even, odd, prime, a multiple of k ...) of a formula in the named numbers.

Every roll is listed (at most 20,000) and the event decided with SymPy's exact values;
then the rolls where it fails are counted again with a second evaluator of our own over
Python fractions. The two counts must make up every roll, or the reader declines.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.chance import ASK, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.dice import DICE, rolled_dice
from tutor.reasoning.symbolic.combinatorics.events import CMP, PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_SPACE = 20_000  # rolls evaluated one by one at most
_NAMES = r"(?P<names>@\d+@(?:,? (?:and )?@\d+@)*)"
_END = r"(?= ?[;.?,]| ?$)"  # the end of a clause after a maths piece
_NUMBERS = r"(?:numbers|values|results|outcomes|integers)"
_NAMING = [
    r" (?:and )?(?:the )?" + _NUMBERS + r"(?: rolled| shown| on (?:the )?top(?: faces?)?)? "
    + _NAMES + r" (?:are |were )?(?:obtained|rolled|shown|observed|recorded|come up|appear)\b",
    r",? (?:giving|showing|yielding|obtaining|with results) (?:the )?(?:" + _NUMBERS + r" )?"
    + _NAMES + _END,
    r" let " + _NAMES + r" be the " + _NUMBERS + r"(?: (?:rolled|shown|obtained|that come up)"
    r"(?: on (?:the|each) (?:dice|rolls?))?| of (?:the|each) (?:dice|rolls?))?\b",
    r" (?:and )?the " + _NUMBERS + r" (?:rolled |shown |obtained )?are " + _NAMES + _END]
_EVENT = r" @(?P<rel>\d+)@(?P<prop> " + PROPERTY + r")?" + _END
_REL = {"=": sp.Eq, "\\neq": sp.Ne, "\\ne": sp.Ne, "<": sp.Lt, ">": sp.Gt, "\\le": sp.Le,
        "\\leq": sp.Le, "\\ge": sp.Ge, "\\geq": sp.Ge}
_SIGNS = {sp.Eq: "equal to", sp.Lt: "less than", sp.Gt: "greater than", sp.Le: "at most",
          sp.Ge: "at least"}


def named_dice(split: Split, template: str) -> Result | None:
    if not quick(template, "dice", "die") or not quick(template, "probability", "chance") \
            or "@" not in template:
        return None
    w = Wording.of(split, template)
    w.take_name("rolls|throws|tosses")
    setup = [m for p in DICE for m in w.take(p)]
    naming = [m for p in _NAMING for m in w.take(p)]
    ask = w.take(ASK)
    event = w.take(_EVENT)
    if len(setup) != 1 or len(naming) != 1 or len(ask) != 1 or len(event) != 1 \
            or not w.only_glue(ROLL_GLUE | {"will", "when", "after", "once", "each"}):
        return None
    g = setup[0].groupdict()
    if g.get("single") is not None or g.get("single2") is not None:
        raise Decline("one die named as several numbers")
    k, s = rolled_dice(g), int(g.get("s") or 6)
    names = _names(naming[0].group("names"), split.maths)
    if len(names) != k:
        raise Decline("the numbers named are not the dice rolled")
    if not 2 <= s <= 100 or s**k > _SPACE:
        raise Decline("more rolls than I can list")
    e = event[0]
    src = split.maths[int(e.group("rel"))]
    if e.group("prop"):
        expr = parse_latex(src)
        if not isinstance(expr, sp.Expr):
            raise Decline("a property of a relation")
        prop, said = predicate(re.match(PROPERTY, e.group("prop")[1:]))  # type: ignore[arg-type]
        lhs, rhs, rel = expr, sp.Integer(0), None
        words = f"${latex(expr)}$ is {said}"
    else:
        lhs, rhs, rel = _relation(src)
        prop = None
        words = f"${src.strip()}$"
    symbols = lhs.free_symbols | rhs.free_symbols
    if not symbols or symbols - set(names):
        raise Decline("the event uses letters that are not the dice")
    rolls = list(product(range(1, s + 1), repeat=k))
    good = sum(1 for r in rolls if _holds(_sympy_value(lhs - rhs, names, r), rel, prop))
    bad = sum(1 for r in rolls if not _holds(_fraction_value(lhs, names, r)
                                             - _fraction_value(rhs, names, r), rel, prop))
    listed = ", ".join(latex(n) for n in names)
    return answer(good, len(rolls), words, len(rolls) - bad,
                  "counting the rolls where it fails, evaluated again with fractions",
                  f"Take ${listed}$ as the {k} dice in order and list all {len(rolls)} "
                  f"equally likely rolls; in {good} of them {words}.", f"{s}^{{{k}}}")


def _names(said: str, maths: list[str]) -> list[sp.Symbol]:
    """The letters of "@0@" ("a,b,c") or "@0@, @1@ and @2@" ("a", "b", "c"), in order."""
    letters: list[str] = []
    for i in re.findall(r"@(\d+)@", said):
        letters += [p.strip() for p in maths[int(i)].split(",")]
    if not all(re.fullmatch(r"[a-zA-Z]", x) for x in letters) or len(set(letters)) != len(
            letters):
        raise Decline("the dice are named by distinct single letters")
    return [sp.Symbol(x) for x in letters]


def _relation(src: str) -> tuple[sp.Expr, sp.Expr, type]:
    """One equation or inequality: its two sides and its kind (\\neq read here, as our
    parser does not)."""
    parts = re.split(r"(\\neq?(?![a-zA-Z])|\\leq?(?![a-zA-Z])|\\geq?(?![a-zA-Z])|(?<!\\)[=<>])",
                     src)
    if len(parts) != 3:
        raise Decline("one equation or inequality about the dice")
    lhs, rhs = parse_latex(parts[0]), parse_latex(parts[2])
    if not isinstance(lhs, sp.Expr) or not isinstance(rhs, sp.Expr):
        raise Decline("a chain of relations")
    return lhs, rhs, _REL[parts[1]]


def _sympy_value(expr: sp.Expr, names: list[sp.Symbol], roll: tuple[int, ...]) -> Fraction:
    value = expr.xreplace({n: sp.Integer(v) for n, v in zip(names, roll, strict=True)})
    if not value.is_Rational:
        raise Decline("the event is undefined for some roll")
    return Fraction(int(value.p), int(value.q))


def _fraction_value(expr: sp.Basic, names: list[sp.Symbol], roll: tuple[int, ...]) -> Fraction:
    """The same value by our own walk over sums, products, whole powers and |.|."""
    if isinstance(expr, sp.Symbol):
        return Fraction(roll[names.index(expr)])
    if expr.is_Rational:
        return Fraction(int(expr.p), int(expr.q))  # type: ignore[attr-defined]
    args = [_fraction_value(a, names, roll) for a in expr.args]
    if isinstance(expr, sp.Add):
        return sum(args, Fraction(0))
    if isinstance(expr, sp.Mul):
        out = Fraction(1)
        for a in args:
            out *= a
        return out
    if isinstance(expr, sp.Pow) and args[1].denominator == 1 and abs(args[1]) <= 64 and (
            args[0] != 0 or args[1] >= 0):
        return args[0] ** int(args[1])
    if isinstance(expr, sp.Abs):
        return abs(args[0])
    raise Decline("a function of the dice I cannot evaluate a second way")


def _holds(diff: Fraction, rel: type | None, prop: object) -> bool:
    """Whether the event holds, given left side minus right side (or the formula's value)."""
    if rel is None:
        if diff.denominator != 1:
            raise Decline("a property of a value that is not a whole number")
        return bool(prop(int(diff)))  # type: ignore[operator]
    if rel is sp.Ne:
        return diff != 0
    return CMP[_SIGNS[rel]](diff, 0)  # type: ignore[arg-type]


__all__ = ["named_dice"]
