"""Typed reader: a quadratic whose coefficients hold letters, fixed by conditions.

"The equation $px^2 + 12x + q = 0$ has exactly one solution, and $p + q = 13$ with $p < q$.
Find the ordered pair $(p, q)$", "The two roots of $x^2 - kx + 6 = 0$ differ by $1$. What is
the least possible value of $k$?", "If $x^2 + bx + c$ has exactly one real root and
$c = b + 3$, what is the sum of all possible values of $b$?". Conditions: exactly one (real)
solution or root (a zero discriminant), roots that differ by d ((b^2 - 4ac) = d^2 a^2),
equations and inequalities between the letters. A value that makes the x^2 term vanish is
never a quadratic's: it is dropped when the problem says "quadratic", and otherwise the
problem is declined. The question asks a letter, an ordered pair of letters, an expression,
or the greatest, least, sum or product of the possible values.

Each set of values is confirmed by putting it back: one root (the square-free part of the
quadratic is linear), or two real roots, found numerically, the told distance apart.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.line_facts import NUM, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import without_enter_request, words, words_within

X = sp.Symbol("x")
_ONE = re.compile(r"\b(?:has|have) (?:exactly |only )?one (?:real )?(?:solution|root)(?: for "
                  r"x| in x)?\b")
_DIFFER = re.compile(rf"\b(?:the )?(?:two )?(?:roots|solutions|zeros)(?: of (?:the )?(?:equation "
                     rf"|quadratic |polynomial )?(?P<eq>@\d+@))? differ by (?P<d>{NUM})"
                     r"(?= |[,.?;]|$)")
# "one root is twice the other", "one of the solutions is three times the other"
_TIMES = re.compile(r"\bone (?:of the )?(?:roots?|solutions?|zeros?)(?: of (?:the )?(?:equation |"
                    r"quadratic |polynomial )?(?P<eq>@\d+@))? is (?:(?P<word>twice|double|triple)"
                    rf"|(?P<k>{NUM}|three|four|five) times) the other(?= |[,.?;]|$)")
_MULTIPLES = {"twice": 2, "double": 2, "triple": 3, "three": 3, "four": 4, "five": 5}
_DEFINED = re.compile(r"([a-zA-Z])\s*\(\s*x\s*\)\s*=\s*([^=]+)")  # "f(x) = x^2 + bx + 9"
VOCAB = frozenset(
    "the quadratic equation polynomial has have exactly one real solution root roots and if "
    "with find ordered pair greatest least largest smallest possible value values sum product "
    "all of let be numbers constants what is are where function".split())


def _quadratic(split: Split, i: int) -> tuple[sp.Expr, set[sp.Symbol]] | None:
    """ax^2 + bx + c (from an equation, an expression in x, or a definition f(x) = ...) and
    its letters."""
    defined = _DEFINED.fullmatch(split.maths[i].strip())
    v = parse_latex(defined.group(2) if defined else split.maths[i])
    e = sp.expand(v.lhs - v.rhs) if isinstance(v, sp.Equality) else v
    if not isinstance(e, sp.Expr) or X not in e.free_symbols or not e.is_polynomial(X):
        return None
    poly = sp.Poly(e, X)
    params = e.free_symbols - {X}
    if poly.degree() != 2 or not params or not all(c.is_polynomial(*params)
                                                   for c in poly.all_coeffs()):
        return None
    return e, params


def read_quadratic_conditions(split: Split, template: str) -> Result | None:
    if not re.search(r"\bexactly one\b|\bonly one\b|\bdiffer by\b|\bthe other\b", template):
        return None
    try:
        return _read(split, template)
    except (TypeError, ValueError, AttributeError) as exc:
        raise Decline("maths that is not a quadratic's") from exc


def _read(split: Split, template: str) -> Result | None:
    template = without_enter_request(template)
    pieces = [int(g) for g in re.findall(r"@(\d+)@", template)]
    quads = [(i, q) for i in dict.fromkeys(pieces) if (q := _quadratic(split, i)) is not None]
    if len(quads) != 1:
        return None
    qi, (f, params) = quads[0]
    if (defined := _DEFINED.fullmatch(split.maths[qi].strip())) is not None:  # "$f$ has ..."
        named = [int(k) for k in re.findall(r"@(\d+)@", template)
                 if split.maths[int(k)].strip() == defined.group(1)]
        template = re.sub("|".join(f"@{k}@" for k in named), f"@{qi}@", template) if named \
            else template
    a, b, c = sp.Poly(f, X).all_coeffs()
    eqs: list[sp.Expr] = []
    text = template
    said: list[str] = []
    if _ONE.search(text):
        eqs.append(sp.expand(b**2 - 4 * a * c))
        said.append("exactly one solution: the discriminant is zero")
        text = _ONE.sub(" ; ", text)
    differ = _DIFFER.search(text)
    if differ:
        if differ.group("eq") and int(differ.group("eq")[1:-1]) != qi:
            return None
        d = number(split, differ.group("d"))
        if not d.is_positive:
            raise Decline("a distance between roots that is not positive")
        eqs.append(sp.expand(b**2 - 4 * a * c - d**2 * a**2))
        said.append(f"roots ${latex(d)}$ apart: $b^2 - 4ac = {latex(d)}^2 a^2$")
        text = _DIFFER.sub(" ; ", text)
    times = _TIMES.search(text)
    ratio = None
    if times:
        if times.group("eq") and int(times.group("eq")[1:-1]) != qi:
            return None
        told = times.group("word") or times.group("k")
        ratio = sp.Integer(_MULTIPLES[told]) if told in _MULTIPLES else number(split, told)
        if not ratio.is_positive or ratio == 1:
            raise Decline("a ratio of roots that is not a positive number other than 1")
        # roots r and kr: (1 + k) r = -b/a and k r^2 = c/a, so k b^2 = (1 + k)^2 ac
        eqs.append(sp.expand(ratio * b**2 - (1 + ratio) ** 2 * a * c))
        said.append(f"one root ${latex(ratio)}$ times the other: "
                    f"${latex(ratio)} b^2 = {latex((1 + ratio) ** 2)} ac$")
        text = _TIMES.sub(" ; ", text)
    if len(eqs) != 1:
        raise Decline("not one condition on the roots")
    d_told = number(split, differ.group("d")) if differ else None
    text = re.sub(r"(?:\blet |,? where )@\d+@(?:,? (?:and )?@\d+@)* (?:be|are) (?:real )?"
                  r"(?:numbers|constants)\b", " ", text.replace(f"@{qi}@", " "))  # of the letters
    limits: list[sp.Basic] = []
    asked: list[sp.Basic] = []
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", text)):
        v = parse_latex(split.maths[i])
        if isinstance(v, sp.Equality) and v.free_symbols <= params:
            eqs.append(v.lhs - v.rhs)
            said.append(f"${split.maths[i].strip()}$")
        elif isinstance(v, sp.core.relational.Relational) and v.free_symbols <= params:
            limits.append(v)
        elif isinstance(v, sp.Interval) and v.left_open and v.right_open and \
                {v.start, v.end} <= params:
            asked.append(sp.Tuple(v.start, v.end))  # "(a, c)"
        elif isinstance(v, sp.Tuple) and set(v) <= params or isinstance(v, sp.Expr) and \
                v.free_symbols and v.free_symbols <= params:
            asked.append(v)
        else:
            return None
        text = text.replace(f"@{i}@", " ")
    w = words(text)
    if not words_within(text, VOCAB) or len(asked) != 1:
        return None
    if said[0].startswith("exactly") and a.free_symbols and "quadratic" not in w:
        # a = 0 leaves a linear equation, which may have one solution too
        raise Decline("the x^2 term may vanish, and 'quadratic' is not said")
    sols = sp.solve(eqs, sorted(params, key=str), dict=True)
    sols = [s for s in sols if set(s) == params and all(v.is_real for v in s.values())]
    if any(a.subs(s) == 0 for s in sols):
        if "quadratic" not in w:
            raise Decline("a value that makes the equation linear")
        sols = [s for s in sols if a.subs(s) != 0]
    sols = [s for s in sols if all(bool(lim.subs(s)) for lim in limits)]
    values = list(dict.fromkeys(sp.simplify(asked[0].subs(s)) for s in sols))
    if not values:
        raise Decline("no values meet the conditions")
    for s in sols:
        _confirm(f.subs(s), d_told, ratio)
    value, what = _combine(values, w)
    shown = "; ".join(", ".join(f"{latex(k)} = {latex(v)}" for k, v in sorted(
        s.items(), key=lambda kv: str(kv[0]))) for s in sols)
    return value, [
        step("conditions as equations", "One solution means a zero discriminant; roots d apart "
             "mean (b^2 - 4ac)/a^2 = d^2.", "; ".join(said) + ": " + ", ".join(
                 f"${latex(sp.Eq(e, 0))}$" for e in eqs) + ".", ""),
        step("solve for the letters", "Solve the equations together.", f"${shown}$.", ""),
        step("answer", "Read off what is asked.",
             f"{what}: ${value if isinstance(value, str) else latex(value)}$.", "")]


def _combine(values: list[sp.Basic], w: set[str]) -> tuple[sp.Basic | str, str]:
    if w & {"greatest", "largest"}:
        return sp.Max(*values), "The greatest possible value"
    if w & {"least", "smallest"}:
        return sp.Min(*values), "The least possible value"
    if "sum" in w and "values" in w:
        return sp.Add(*values), "The sum of the possible values"
    if "product" in w and "values" in w:
        return sp.Mul(*values), "The product of the possible values"
    if len(values) > 1 and "all" in w and not w & {"sum", "product"} and all(
            v.is_real for v in values):  # "Find all $b$ such that ...": every value
        return ", ".join(latex(v) for v in sorted(values, key=float)), "The possible values"
    if len(values) != 1 or w & {"sum", "product"}:
        raise Decline("more than one value, and none is picked")
    return values[0], "The value"


def _confirm(g: sp.Expr, d: sp.Expr | None, ratio: sp.Expr | None = None) -> None:
    if ratio is not None:  # the roots, numerically: one is the other times the ratio
        r0, r1 = (complex(r) for r in sp.Poly(g, X).nroots(n=30))
        k = complex(ratio)
        ok = any(abs(p - k * q) < 1e-9 * max(1.0, abs(p)) for p, q in ((r0, r1), (r1, r0)))
    elif d is None:  # one root, twice: the square-free part is of degree one
        ok = sp.Poly(g, X).sqf_part().degree() == 1
    else:
        roots = [complex(r) for r in sp.Poly(g, X).nroots(n=30)]
        ok = all(abs(r.imag) < 1e-12 for r in roots) and \
            abs(abs(roots[0] - roots[1]) - float(d)) < 1e-9 * max(1.0, float(d))
    confirm.check(ok, "the roots, found numerically with the values put back, meet the "
                      "condition")


__all__ = ["read_quadratic_conditions"]
