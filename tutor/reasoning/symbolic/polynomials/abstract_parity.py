"""Typed reader: even, odd or neither for an expression in functions known only to be odd
or even.

"Let $f(x)$ be an odd function. Is $f(f(x))$ even, odd, or neither?", "$g$ is even and $h$
is odd; is $g(h(x^3))$ even, odd, or neither?", "Suppose $f(x)$ is an even function. Is
$|f(x)| + 1$ ...". The answer holds for every such function, so it is found on stand-ins:
each odd function replaced by an odd polynomial and each even one by an even polynomial
with random integer coefficients (three draws), E(-x) compared with E(x) and -E(x) as exact
polynomial identities; "neither" needs a draw where E is not even and one where it is not
odd. The second method is numerical, on stand-ins of another kind (sin t + t^3 for an odd
function, cos t + t^2 for an even one): the same answer must show at several points.
"""

from __future__ import annotations

import random
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra import functions
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ASK = re.compile(r"\bis (?:the function )?(?P<e>@\d+@) (?:an? )?even(?: function)?, odd"
                  r"(?: function)?,? or neither\?(?: enter \"odd\", \"even\", or \"neither\"\.?)?$")
_L = r"@\d+@(?:(?:,|,? and)? @\d+@)*"
_SAID = [
    re.compile(rf"(?P<fs>{_L}),? (?:is|are|be) (?:an? |both )?(?P<kind>odd|even)(?: functions?)?"),
    re.compile(rf"(?P<fs>{_L}) (?:is )?an? (?P<kind>odd|even) function"),
]
_REST = re.compile(r"^(?:(?:let|suppose|if|given|that|and|then|the|function|functions|"
                   r"where|[.,;])\s*)*$")
_NAME = re.compile(r"\s*([A-Za-z])\s*(?:\(\s*([a-z])\s*\))?\s*")
_POINTS = (sp.Rational(3, 7), sp.Rational(5, 6), sp.Rational(6, 5), sp.Rational(9, 7))


def read(split: Split, template: str) -> Result | None:
    ask = _ASK.search(template.strip())
    if ask is None:
        return None
    kinds: dict[str, str] = {}
    rest = template[:ask.start()]
    for pat in _SAID:
        for m in pat.finditer(template[:ask.start()]):
            for ref in re.findall(r"@\d+@", m.group("fs")):
                named = _NAME.fullmatch(split.maths[int(ref[1:-1])])
                if named is None:
                    return None
                if kinds.setdefault(named.group(1), m.group("kind")) != m.group("kind"):
                    raise Decline("a function said to be both odd and even")
            rest = rest.replace(m.group(0), " ")
    if not kinds or not _REST.match(rest.strip()):
        return None
    src = split.maths[int(ask.group("e")[1:-1])]
    if "=" in src or not set(re.findall(r"(?<![\\A-Za-z])([A-Za-z])\s*\(", src)) <= set(kinds):
        return None
    x = sp.Symbol("x")
    if set(re.findall(r"(?<![\\A-Za-z])[a-z](?![A-Za-z(])", src)) - {"x"}:
        raise Decline("an expression in x and the functions only")
    answer = _on_polynomials(src, kinds, x)
    _confirm(src, kinds, x, answer)
    said = ", ".join(f"${n}$ is {k}" for n, k in kinds.items())
    rule = {"even": "E(-x) = E(x)", "odd": "E(-x) = -E(x)",
            "neither": "neither E(-x) = E(x) nor E(-x) = -E(x) holds in general"}[answer]
    return answer, [_step(f"Since {said}, replacing $x$ by $-x$ in $E(x) = {src}$ gives "
                          f"{rule}.", ""),
                    _step(f"So ${src}$ is {answer}.", "")]


def _evaluate(src: str, bodies: dict[str, str], x: sp.Symbol) -> sp.Expr:
    table = functions.Table([f"{n}(t) = {b}" for n, b in bodies.items()], params={x})
    value = table.evaluate(src, [])
    if not isinstance(value, sp.Expr) or value.free_symbols - {x}:
        raise Decline("an expression in x")
    return value


def _on_polynomials(src: str, kinds: dict[str, str], x: sp.Symbol) -> str:
    rng = random.Random(11)
    even_ok = odd_ok = True
    for _ in range(3):
        bodies = {}
        for name, kind in kinds.items():
            c = [rng.choice([-5, -4, -3, -2, 2, 3, 4, 5]) for _ in range(3)]
            bodies[name] = (f"{c[0]}t + {c[1]}t^3" if kind == "odd"
                            else f"{c[0]} + {c[1]}t^2 + {c[2]}t^4")
        e = sp.expand(_evaluate(src, bodies, x))
        mirrored = sp.expand(e.subs(x, -x))
        even_ok &= _zero(mirrored - e)
        odd_ok &= _zero(mirrored + e)
    if even_ok and odd_ok:
        raise Decline("the expression is zero for these stand-ins")
    return "even" if even_ok else "odd" if odd_ok else "neither"


def _zero(e: sp.Expr) -> bool:
    e = sp.expand(e)
    return e == 0 or (e.has(sp.Abs) and sp.simplify(e) == 0)


def _confirm(src: str, kinds: dict[str, str], x: sp.Symbol, answer: str) -> None:
    bodies = {n: ("\\sin(t) + t^3" if k == "odd" else "\\cos(t) + t^2")
              for n, k in kinds.items()}
    e = _evaluate(src, bodies, x)
    pairs = []
    for t in _POINTS:
        here, there = numeric.at(e, x, t), numeric.at(e, x, -t)
        if here is None or there is None:
            raise Decline("the stand-ins are not defined at the points")
        pairs.append((here, there))
    even = all(numeric.near(b, a, 1e-15) for a, b in pairs)
    odd = all(numeric.near(b, -a, 1e-15) for a, b in pairs)
    seen = "even" if even and not odd else "odd" if odd and not even else \
        "neither" if not (even or odd) else None
    confirm.check(seen == answer, "other odd and even stand-ins (sin t + t^3, cos t + t^2) "
                  "give the same answer at four points")


def _step(text: str, claim: str) -> Step:
    return step("compare E(-x) with E(x)", "An odd function changes sign when x is replaced "
                "by -x; an even one does not.", text, claim)


__all__ = ["read"]
