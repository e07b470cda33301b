"""Typed reader: even, odd or neither for an expression in functions known only to be odd
or even.

"Let $f(x)$ be an odd function. Is $f(f(x))$ even, odd, or neither?", "$g$ is even and $h$
is odd; is $g(h(x^3))$ even, odd, or neither?", "Suppose $f(x)$ is an even function. Is
$|f(x)| + 1$ ...", and a function defined through them: "Let $f(x) = |g(x^3)|$. If $g$ is
odd, is $f$ odd, even, or neither?". The answer holds for every such function, so it is
found on stand-ins: each odd function replaced by an odd polynomial and each even one by
an even polynomial with random integer coefficients (three draws), E(-x) compared with
E(x) and -E(x) as exact polynomial identities; "neither" needs a draw where E is not even
and one where it is not odd. The second method is numerical, on stand-ins of another kind
(sin t + t^3 for an odd function, cos t + t^2 for an even one): the same answer must show
at several points.

The expression is read once: each call, innermost first, is replaced by a placeholder letter
whose value is the stand-in applied to the call's argument, kept as a SymPy expression (no
LaTeX round trip of the growing polynomial), so nested calls such as f(f(f(x))) take well
under a second.
"""

from __future__ import annotations

import random
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers, numeric
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_ASK = re.compile(r"\bis (?:the function )?(?P<e>@\d+@) (?:an? )?"
                  r"(?:even(?: function)?, (?:an? )?odd|odd(?: function)?, (?:an? )?even)"
                  r"(?: function)?,? or neither\?"
                  r"(?: enter \"odd\", \"even\", or \"neither\"\.?)?$")
# "f(x) = |g(x^3)|": a function of x defined through the told ones (one '=' only).
_DEFINED = re.compile(r"^\s*([A-Za-z])\s*\(\s*x\s*\)\s*=(?!.*=)(.+)$", re.S)
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
    defined: dict[str, str] = {}
    for ref in re.findall(r"@\d+@", rest):
        made = _DEFINED.match(split.maths[int(ref[1:-1])])
        if made is None or made.group(1) in kinds or made.group(1) in defined:
            return None
        defined[made.group(1)] = made.group(2)
        rest = rest.replace(ref, " ")
    if not kinds or not _REST.match(rest.strip()):
        return None
    src = split.maths[int(ask.group("e")[1:-1])]
    asked, made = _NAME.fullmatch(src), _DEFINED.match(src)
    if made is not None and made.group(1) not in kinds and not defined:
        src = made.group(2)
    elif asked is not None and asked.group(1) in defined and len(defined) == 1 \
            and asked.group(2) in (None, "x"):
        src = defined[asked.group(1)]
    elif defined:
        return None
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


_T = sp.Symbol("t")
# Placeholders for the calls' values: Greek letters the question's expression does not use.
_HOLDERS = tuple(f"\\{g}" for g in "alpha beta gamma delta zeta eta kappa lambda mu nu rho "
                 "sigma tau psi omega".split())


def _evaluate(src: str, bodies: dict[str, sp.Expr], x: sp.Symbol) -> sp.Expr:
    """E(x) with each function replaced by its stand-in body (an expression in t)."""
    q = re.sub(r"\\(?:left|right)(?=[()|])", "", src.strip())
    call = re.compile(r"(?<![\\a-zA-Z])([" + "".join(bodies) + r"])\s*\(")
    free = [g for g in _HOLDERS if g not in q]
    values: dict[sp.Basic, sp.Basic] = {}
    for holder_text in free:
        found = handlers.innermost_call(call, q)
        if found is None:
            break
        m, end = found
        arg = parse_latex(q[m.end():end])
        if not isinstance(arg, sp.Expr):
            raise Decline("an argument that is not an expression")
        holder = parse_latex(holder_text)
        values[holder] = _applied(bodies[m.group(1)], arg.xreplace(values), x)
        q = q[:m.start()] + " " + holder_text + " " + q[end + 1:]
    else:
        raise Decline("too many nested calls")
    value = parse_latex(q)
    if not isinstance(value, sp.Expr):
        raise Decline("an expression in x")
    value = value.xreplace(values)
    if value.free_symbols - {x}:
        raise Decline("an expression in x")
    return value


def _applied(body: sp.Expr, arg: sp.Expr, x: sp.Symbol) -> sp.Expr:
    """body(arg): composed as polynomials when both are (fast for nested calls), else by
    substitution."""
    if body.is_polynomial(_T) and arg.is_polynomial(x):
        return sp.Poly(body, _T).compose(sp.Poly(arg, x)).as_expr()
    return body.subs(_T, arg)


def _on_polynomials(src: str, kinds: dict[str, str], x: sp.Symbol) -> str:
    rng = random.Random(11)
    even_ok = odd_ok = True
    for _ in range(3):
        bodies = {}
        for name, kind in kinds.items():
            c = [rng.choice([-5, -4, -3, -2, 2, 3, 4, 5]) for _ in range(3)]
            bodies[name] = (c[0] * _T + c[1] * _T**3 if kind == "odd"
                            else c[0] + c[1] * _T**2 + c[2] * _T**4)
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
    bodies = {n: (sp.sin(_T) + _T**3 if k == "odd" else sp.cos(_T) + _T**2)
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
