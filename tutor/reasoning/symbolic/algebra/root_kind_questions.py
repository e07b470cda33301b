"""Typed reader: questions about the parameter values for which a quadratic's roots are
integers, rationals or primes (`root_kinds` finds and confirms the values; a parameter in
both the x and the constant coefficient, "$x^2 + ax + 6a = 0$ has only integer roots",
`shared_parameter_roots`, for integer roots only).

The roots' kind ("integer solutions", "rational roots", "both roots are prime numbers",
"factors into two binomials with integer coefficients", for a monic quadratic "a product of
two polynomials, each having integer coefficients"), their sign ("positive integer
roots"), "two distinct", the parameter's own conditions ("positive integers $c$", "integral
values of $c$ with $c \\le 25$", "real numbers $a$") and what is asked of the values (how
many, their sum, product, average, the least or greatest, or the list) are read from the
words; a word outside this vocabulary is never skipped over.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.algebra.root_kinds import coefficient_values
from tutor.reasoning.symbolic.algebra.shared_parameter_roots import parameter_values
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_ROOTS = r"(?:solutions?|roots?|zeros?)"
_KIND = re.compile(
    rf"\b(?:(?P<two>two) )?(?:(?P<distinct>distinct|different) )?(?:(?P<sign>positive|negative) )?"
    rf"(?P<kind>rational|integer|integral) {_ROOTS}\b"
    rf"|\b(?:both |all |the )?{_ROOTS}(?: of (?:the )?(?:quadratic )?(?:equation |polynomial )?"
    rf"@\d+@)? (?:are|is) (?:both |all )?"
    rf"(?:(?P<sign2>positive|negative) )?(?P<kind2>prime|integers|rational)(?: numbers)?\b"
    r"|\b(?P<fac>(?:factors|be factored|can be factored|is factored) (?:into|as) (?:(?:a |the )?"
    r"product of )?two (?:binomials|linear factors|(?P<polys>polynomials)),? (?:each )?"
    r"(?:having|with) integer "
    r"coefficients|(?:is |be )?(?:factorable|factored|factors) over the integers)\b")
# "can be factored in the form (x+a)(x+b), where a and b are integers": over the integers
_FORM = re.compile(r"\bin the form @(?P<form>\d+)@,? (?:where|with) @(?P<a>\d+)@ and @(?P<b>\d+)@ "
                   r"(?:are )?(?:both )?integers\b")
_ASKS = {"how many": "count", "number of": "count", "sum": "sum", "product": "product",
         "average": "mean", "mean": "mean", "smallest": "min", "least": "min", "largest": "max",
         "greatest": "max"}
VOCAB = frozenset(
    "how many number sum product average mean smallest least largest greatest all possible "
    "distinct different values value positive negative integer integers integral real numbers "
    "number rational prime solutions solution roots root zeros zero two both equation "
    "quadratic polynomial polynomials has have factors factored into product binomials linear "
    "coefficients "
    "having with each are there for which such that find what is the of those these can be "
    "as only does do if given make makes over form where constants constant factorable "
    "in".split())


def _quadratic(src: str) -> tuple[sp.Expr, sp.Symbol] | None:
    e = parse_latex(src)
    if isinstance(e, sp.Equality):
        e = e.rhs if e.lhs == sp.Symbol("y") else e.lhs - e.rhs
    if not isinstance(e, sp.Expr) or isinstance(e, sp.core.relational.Relational):
        return None
    x = sp.Symbol("x")
    if x not in e.free_symbols or not e.is_polynomial(*e.free_symbols):
        return None
    if sp.degree(e, x) != 2 or len(e.free_symbols) != 2:
        return None
    return sp.expand(e), x


def _parameter_conditions(template: str, k_piece: set[int]) -> tuple[bool, bool]:
    """(integer, positive) said of the parameter: "positive integers $c$", "integral
    values of $c$", "$a$ is a positive integer"."""
    integer = positive = False
    said = r"(?P<pos>positive |negative )?(?P<int>integers?|integral|whole)?(?: numbers?| values?)?"
    for m in re.finditer(rf"{said}(?: of)? @(\d+)@", template):
        if int(m.group(3)) in k_piece:
            integer |= bool(m.group("int"))
            positive |= bool(m.group("pos") and "positive" in m.group("pos"))
            if m.group("pos") and "negative" in m.group("pos"):
                raise Decline("a negative parameter")
    for m in re.finditer(r"@(\d+)@ is an? (positive )?integer", template):
        if int(m.group(1)) in k_piece:
            integer, positive = True, positive or bool(m.group(2))
    return integer, positive


def _monic_form(split: Split, m: re.Match[str]) -> bool:
    """The form piece is (x + a)(x + b) in the two letters named integers."""
    a, b = (split.maths[int(m.group(k))].strip() for k in ("a", "b"))
    x, p, q = sp.symbols(f"x {a} {b}") if re.fullmatch(r"[a-wyz]", a) and re.fullmatch(
        r"[a-wyz]", b) and a != b else (None, None, None)
    form = parse_latex(split.maths[int(m.group("form"))])
    return x is not None and isinstance(form, sp.Expr) and sp.expand(
        form - (x + p) * (x + q)) == 0


def read_root_kind(split: Split, template: str) -> Result | None:
    form = _FORM.search(template)
    if form is not None:
        if not _monic_form(split, form):
            return None
        template = template[:form.start()] + "over the integers" + template[form.end():]
    kind_m = list(_KIND.finditer(template))
    if len(kind_m) != 1 or not words_within(template, VOCAB):
        return None
    m = kind_m[0]
    kind = {"integral": "integer", "integers": "integer", None: "rational"}.get(
        m.group("kind") or m.group("kind2"), m.group("kind") or m.group("kind2"))
    factoring = bool(m.group("fac"))  # the polynomial's own coefficients are integers too
    asks = {v for w, v in _ASKS.items() if re.search(rf"\b{w}\b", template)}
    asks -= {"product"} if "product" in m.group(0) and len(
        re.findall(r"\bproduct\b", template)) == 1 else set()
    if len(asks) > 1:
        return None
    pieces = [int(i) for i in re.findall(r"@(\d+)@", template)]
    quads = [(i, q) for i in pieces if (q := _quadratic(split.maths[i])) is not None]
    if len(quads) != 1:
        return None
    i_q, (e, x) = quads[0]
    (k,) = e.free_symbols - {x}
    a, b, c = (e.coeff(x, n) for n in (2, 1, 0))
    varying = [n for n, coef in (("b", b), ("c", c)) if coef.has(k)]
    if varying == ["b", "c"] and kind == "integer" and a.is_Integer and a != 0 and not (
            form is not None or m.group("polys") and abs(a) != 1):
        return _shared(split, template, (i_q, k, x), (int(a), b, c), m, factoring,
                       asks.pop() if asks else "list")
    if a.has(k) or len(varying) != 1 or not a.is_Integer or a == 0:
        raise Decline("the parameter in one coefficient, the leading one a number")
    if m.group("polys") and abs(a) != 1:  # 3(x^2 + ...) is a product of two polynomials too
        raise Decline("two polynomials as factors of a quadratic that is not monic")
    if form is not None and a != 1:
        raise Decline("a form (x + a)(x + b) for a quadratic whose leading coefficient is not 1")
    coef = b if varying == ["b"] else c
    if sp.degree(coef, k) != 1:
        raise Decline("the parameter to the first power")
    coeffs: list[sp.Expr] = sp.Poly(coef, k).all_coeffs()
    p, q = coeffs[0], coeffs[1]
    fixed = c if varying == ["b"] else b
    if not (p.is_Integer and q.is_Integer and fixed.is_Integer):
        raise Decline("integer coefficients")
    integer, positive, lo_k, hi_k = _conditions(split, template, (i_q, k, x), factoring, kind)
    if positive:  # a positive integer parameter is at least 1
        lo_k = sp.Integer(1) if lo_k is None or lo_k < 1 else lo_k
    ends = [p * t + q for t in (lo_k, hi_k) if t is not None]
    if p > 0:
        bounds = (sp.ceiling(ends[0]) if lo_k is not None else None,
                  sp.floor(ends[-1]) if hi_k is not None else None)
    else:
        bounds = (sp.ceiling(ends[-1]) if hi_k is not None else None,
                  sp.floor(ends[0]) if lo_k is not None else None)

    def allowed(v: int) -> bool:
        t = (v - q) / p
        return (not integer or t.is_Integer) and (lo_k is None or t >= lo_k) and (
            hi_k is None or t <= hi_k) and (not positive or t > 0)

    b_fixed = None if varying == ["b"] else int(fixed)
    c_fixed = None if varying == ["c"] else int(fixed)
    found = coefficient_values(
        int(a), b_fixed, c_fixed, kind, m.group("sign") or m.group("sign2"),
        bool(m.group("distinct")), bool(m.group("two")), allowed,
        (int(bounds[0]) if bounds[0] is not None else None,
         int(bounds[1]) if bounds[1] is not None else None))
    values = sorted((v - q) / p for v in found)
    return _answer(values, asks.pop() if asks else "list", k, e, x, kind)


Quadratic = tuple[int, sp.Symbol, sp.Symbol]  # the quadratic's piece, its parameter, x


def _conditions(split: Split, template: str, quad: Quadratic, factoring: bool, kind: str
                ) -> tuple[bool, bool, sp.Expr | None, sp.Expr | None]:
    """What the text says of the parameter: integer, positive, and its finite bounds."""
    i_q, k, x = quad
    pieces = [int(i) for i in re.findall(r"@(\d+)@", template)]
    k_pieces = {i for i in pieces if split.maths[i].strip() == str(k)}
    others = [i for i in pieces if i != i_q and i not in k_pieces
              and split.maths[i].strip() != str(x)]  # "... integer roots for $x$"
    rels = []
    for i in others:
        rel = clauses.relations(split.maths[i])
        if any(r.free_symbols != {k} or isinstance(r, sp.Equality | sp.Ne) for r in rel):
            raise Decline("a condition that is not a bound on the parameter")
        rels += rel
    integer, positive = _parameter_conditions(template, k_pieces)
    integer |= factoring
    if kind == "rational" and not integer:
        raise Decline("rational roots for a real parameter: infinitely many values")
    lo_k: sp.Expr | None = None
    hi_k: sp.Expr | None = None
    for r in rels:
        got = sp.solve_univariate_inequality(r, k, relational=False)
        if not isinstance(got, sp.Interval):
            raise Decline("a bound that is not an interval")
        lo_k = got.inf if lo_k is None or (got.inf.is_finite and got.inf > lo_k) else lo_k
        hi_k = got.sup if hi_k is None or (got.sup.is_finite and got.sup < hi_k) else hi_k
    lo_k = lo_k if lo_k is not None and lo_k.is_finite else None
    hi_k = hi_k if hi_k is not None and hi_k.is_finite else None
    return integer, positive, lo_k, hi_k


def _shared(split: Split, template: str, quad: Quadratic, coeffs: tuple[int, sp.Expr, sp.Expr],
            m: re.Match[str], factoring: bool, ask: str) -> Result:
    """The parameter in both the x and the constant coefficient (`shared_parameter_roots`)."""
    a, b, c = coeffs
    _, k, x = quad
    lines = []
    for coef in (b, c):
        if sp.degree(coef, k) > 1:
            raise Decline("the parameter to the first power")
        line = sp.Poly(coef, k).all_coeffs() if coef.has(k) else [0, coef]
        if not all(isinstance(t, int) or getattr(t, "is_Integer", False) for t in line):
            raise Decline("integer coefficients")
        lines.append((int(line[0]), int(line[1])))
    integer, positive, lo_k, hi_k = _conditions(split, template, quad, factoring, "integer")

    def allowed(t: Fraction) -> bool:
        return (not integer or t.denominator == 1) and (not positive or t > 0) and (
            lo_k is None or t >= lo_k) and (hi_k is None or t <= hi_k)

    found = parameter_values(a, lines[0], lines[1], m.group("sign") or m.group("sign2"),
                             bool(m.group("distinct")), bool(m.group("two")), allowed)
    values = [sp.Rational(t.numerator, t.denominator) for t in found]
    return _answer(values, ask, k, a * x**2 + b * x + c, x, "integer")


def _answer(values: list[sp.Basic], ask: str, k: sp.Symbol, e: sp.Expr, x: sp.Symbol,
            kind: str) -> Result:
    if not values and ask != "count":
        raise Decline("no value of the parameter fits")
    shown = ", ".join(latex(v) for v in values[:20]) + (", ..." if len(values) > 20 else "")
    what = {"integer": "integers", "rational": "rational numbers", "prime": "primes"}[kind]
    steps = [step("try each value", "Vieta's formulas bound the coefficient; for each value "
                  "the roots are found exactly (a square discriminant gives rational roots).",
                  f"The roots of ${latex(e)}$ are {what} exactly when ${latex(k)} \\in "
                  f"\\{{{shown}\\}}$.", "")]
    if ask == "count":
        value: sp.Basic = sp.Integer(len(values))
    elif ask == "sum":
        value = sp.Add(*values)
    elif ask == "product":
        value = sp.Mul(*values)
    elif ask == "mean":
        value = sp.Add(*values) / len(values)
    elif ask in ("min", "max"):
        value = min(values) if ask == "min" else max(values)
    else:
        if len(values) > 20:
            raise Decline("too many values to list")
        return ", ".join(latex(v) for v in values), steps
    claim = {"sum": " + ".join(latex(v) for v in values),
             "product": " \\cdot ".join(f"\\left({latex(v)}\\right)" for v in values)}.get(ask)
    if claim and len(values) <= 12:
        steps.append(step(f"the {ask}", "Combine the values.", f"${claim} = {latex(value)}$",
                          f"{claim} = {latex(value)}"))
    else:
        steps.append(step("the answer", "Read the answer off the list.",
                          f"The answer is ${latex(value)}$.", ""))
    return value, steps


__all__ = ["read_root_kind"]
