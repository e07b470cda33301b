"""Typed reader: the remainder or the quotient of one polynomial divided by another, the
division said in any of its usual ways.

"When $P$ is divided by $D$, what is the remainder?", "Find the remainder of the division
of $P$ by $D$", "Divide $P$ by $D$ and give the quotient", "Divide x^3 - 1 by x - 1" (the
quotient, plus the remainder over the divisor when there is one), "If $p(x) = P$, what is the
remainder when $p(x)$ is divided by $D$?". The division itself and its confirmation are
`integers.remainder` and `integers.quotient` (the remainder theorem against long division,
or the identity P = DQ + R at random points). "Divide $3 + 2i$ by $1 + i$": i alone is the
imaginary unit, and the quotient of complex numbers is given (times the conjugate)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "remainder quotient when divided divide dividing division by of polynomial polynomials "
    "if let then you we get gets obtained long synthetic using upon on is be what when "
    "and use theorem after left leave leaves over give gives".split())
_DIVISION = [re.compile(r"@(\d+)@ (?:is )?divided by @(\d+)@"),
             re.compile(r"\bdivid(?:e|ing) @(\d+)@ by @(\d+)@"),
             re.compile(r"\bdivision of @(\d+)@ by @(\d+)@"),
             re.compile(r"@(\d+)@ (?:leaves? |gives? )?(?:upon|on|after|under) division by "
                        r"@(\d+)@")]
# "Divide P by D", "What is P divided by D?": the result asked, neither part named
_WHOLE = re.compile(r"(?:divide @\d+@ by @\d+@|(?:what is|find|compute|simplify) @\d+@ divided "
                    r"by @\d+@)\s*[.?]?")
# "(x^3 + 1) \div (x - 1)": the division written in one piece
_DIV = re.compile(r"^\s*(?:\\left)?\((.+)(?:\\right)?\)\s*(?:\\div|÷)\s*(?:\\left)?\((.+?)"
                  r"(?:\\right)?\)\s*$")
# "p(x) = x^3 + 1": a polynomial given a name
_NAMED = re.compile(r"\s*([a-zA-Z])\s*\(\s*([a-z])\s*\)\s*=\s*(.+)$", re.S)


def _written(split: Split, template: str) -> tuple[Split, str]:
    """A division written as one piece ("(P) \\div (D)") said as "P divided by D"."""
    for i in dict.fromkeys(int(p) for p in re.findall(r"@(\d+)@", template)):
        m = _DIV.match(split.maths[i])
        if m:
            n = len(split.maths)
            said = template.replace(f"@{i}@", f"@{n}@ divided by @{n + 1}@")
            return Split(said, [*split.maths, m.group(1), m.group(2)]), said
    return split, template


def read_division(split: Split, template: str) -> Result | None:
    split, template = _written(split, template)
    w = words(template)
    asked = w & {"remainder", "quotient"} or ({"remainder"} if re.search(
        r"\bleft over\b", template) else set()) or ({"result"} if _WHOLE.fullmatch(
            template.strip().lower()) else set())
    if len(asked) != 1 or not w & {"divided", "divide", "dividing", "division"} or \
            not words_within(template, VOCAB):
        return None
    names: dict[str, str] = {}
    places = list(dict.fromkeys(int(p) for p in re.findall(r"@(\d+)@", template)))
    for i in places:
        m = _NAMED.match(split.maths[i])
        if m:
            names[f"{m.group(1)}({m.group(2)})"] = m.group(3)
    found = [(int(m.group(1)), int(m.group(2))) for pattern in _DIVISION
             for m in pattern.finditer(template)]
    if len(set(found)) != 1 or len(places) != 2 + len(names):
        return None
    p_src, d_src = (re.sub(r"\s+", "", split.maths[i]) for i in found[0])
    p_src = names.get(p_src, split.maths[found[0][0]])
    d_src = names.get(d_src, split.maths[found[0][1]])
    p, d = parse_latex(p_src), parse_latex(d_src)
    if not (isinstance(p, sp.Expr) and isinstance(d, sp.Expr)) or len(
            p.free_symbols | d.free_symbols) != 1 or not d.free_symbols:
        return None  # integers, or several letters: other readers
    if not (p.is_polynomial() and d.is_polynomial()):
        raise Decline("a division of polynomials")
    if (p.free_symbols | d.free_symbols) == {sp.Symbol("i")}:  # "divide 3 + 2i by 1 + i"
        if asked != {"result"}:
            raise Decline("a remainder or quotient of complex numbers")
        return _complex_divided(p, d)
    if asked == {"remainder"}:
        return integers.remainder(p_src, d_src)
    if asked == {"result"}:
        return _divided(p, d, p_src, d_src)
    return integers.quotient(p_src, d_src)


def _divided(p: sp.Expr, d: sp.Expr, p_src: str, d_src: str) -> Result:
    """"Divide P by D": the quotient when D divides P, else the quotient plus the remainder
    over D; confirmed as P/D at random points."""
    q, steps = integers.quotient(p_src, d_src)
    x = next(iter(d.free_symbols))
    r = sp.rem(sp.expand(p), sp.expand(d), x)
    if r == 0:
        return q, steps
    over = f"\\frac{{{latex(-r)}}}{{{latex(d)}}}" if r.is_number and r < 0 else \
        f"\\frac{{{latex(r)}}}{{{latex(d)}}}"
    answer = f"{latex(q)} {'-' if r.is_number and r < 0 else '+'} {over}"
    confirm.identity(p / d, q + r / d, "quotient and remainder over the divisor")
    claim = f"\\frac{{{latex(p)}}}{{{latex(d)}}} = {answer}"
    return answer, steps + [step("write the remainder over the divisor", "P/D = Q + R/D.",
                                 f"${claim}$", claim)]


def _complex_divided(p: sp.Expr, d: sp.Expr) -> Result:
    """P / D for complex numbers: times the conjugate of D over |D|^2; confirmed by
    multiplying back, exactly and in floating point."""
    a, b = (e.xreplace({sp.Symbol("i"): sp.I}) for e in (p, d))
    if sp.expand(b) == 0:
        raise Decline("a division by zero")
    bar = sp.conjugate(sp.expand(b))
    top, size = sp.expand(a * bar), sp.expand(b * bar)
    value = sp.expand(top / size)
    confirm.check(sp.expand(value * b - a) == 0 and abs(complex(value) * complex(b)
                                                     - complex(a)) < 1e-9 * max(1, abs(complex(a))),
                  "the quotient times the divisor is the dividend")
    claim = (f"\\frac{{{latex(a)}}}{{{latex(b)}}} = \\frac{{({latex(a)})({latex(bar)})}}"
             f"{{({latex(b)})({latex(bar)})}} = \\frac{{{latex(top)}}}{{{latex(size)}}} = "
             f"{latex(value)}")
    return value, [step("multiply by the conjugate", "Multiply the top and the bottom by the "
                        "conjugate of the divisor: the bottom becomes a real number.",
                        f"${claim}$", claim)]


__all__ = ["VOCAB", "read_division"]
