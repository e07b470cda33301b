"""Typed readers: a polynomial expression written out in standard form, and what its
expanded form shows - a coefficient, the leading coefficient, the constant term, the sum of
the coefficients, the sum of their squares, the degree, how many (nonzero) terms it has.

"Expand the following expression: $3(2x - 7)$", "Simplify $(x^2 + 1) - (3x - 4)$. Express
your answer as a polynomial with the terms in order by decreasing degree", "... in the form
$Ax^2 + Bx + C$, where $A$, $B$ and $C$ are numbers", "Find the coefficient of $x^3$ when
$2(x^3 - x) - 5(x^2 + 3x^3)$ is simplified", "What is the constant term in the expansion
of $(x + 2)(x^2 - 3)$?", "the coefficient of $x^2$ when $p$ is multiplied by $q$ and the
like terms are combined". The expansion is SymPy's `Poly`; each coefficient is confirmed
another way, by differentiating the unexpanded expression k times at 0 and dividing by k!;
the sum of the coefficients by the value at 1; a written-out form by comparing values at
random rational points (`confirm.identity`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers
from tutor.reasoning.symbolic.algebra.expansion_terms import (
    binomial_term,
    monomial_coefficient,
    only_letter,
)
from tutor.reasoning.symbolic.algebra.operations import unwrapped
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_FORMAT = re.compile(
    r",? ?\(?(?:express|write|give|enter) (?:your answer|the result|it) (?:as a polynomial )?"
    r"(?:with the (?:terms|degrees of the terms) )?in (?:order (?:of|by) )?decreasing "
    r"(?:order|degree)(?: of degree)?\.?\)?"
    r"|,? ?\(?(?:express|write|give|enter) (?:your answer|the result|it) as a polynomial "
    r"with the (?:terms|degrees of the terms) in (?:order (?:of|by) )?decreasing "
    r"(?:order|degree)\.?\)?"
    r"|,? ?with (?:the )?terms in order (?:of|by) decreasing degree\.?"
    r"|,? ?(?:\(?your answer should be|express your answer|write your answer) in the form "
    r"@(?P<form>\d+)@(?:,? where (?:@\d+@,? )+(?:and @\d+@ )?are (?:all )?(?:real )?"
    r"(?:numbers|integers|constants)(?: \(possibly negative\))?)?\.?\)?")
_EXPAND = re.compile(
    r"^(?:expand|simplify|multiply out|multiply|expand and simplify|simplify and expand|"
    r"combine like terms in)(?: the)?(?: following)?(?: (?:expression|product|polynomial|sum))?"
    r"(?: in @\d+@)?:? @(?P<e>\d+)@[.?]?$")
_POWER = re.compile(r"^\s*([a-z])\s*(?:\^\s*\{?\s*(\d+)\s*\}?)?\s*$")
VOCAB = frozenset(
    "coefficient coefficients term terms in when expansion expanded expand product polynomial "
    "expression simplified simplify after it fully multiplied by and like combined leading "
    "constant sum all its degree resulting form standard out written multiplies with "
    "containing term's how many nonzero non zero squares fully there independent".split())


def _product_of_brackets(tmpl: str, src: str) -> bool:
    """"Multiply $(x^2 + 1)(x - 3)$": the verb multiply, said of a product of brackets."""
    return tmpl.startswith("multiply") and bool(re.fullmatch(
        r"\s*(?:\\left)?\(.*\)\s*(?:\\cdot\s*)?(?:\\left)?\(.*\)\s*", src, re.S))


def read_expansion(split: Split, template: str) -> Result | None:
    """Expand or simplify one polynomial expression, answered in standard form."""
    tmpl = template.lower().strip()
    form = None
    m = _FORMAT.search(tmpl)
    if m:
        form = m.group("form")
        tmpl = (tmpl[:m.start()] + tmpl[m.end():]).strip().rstrip(",").strip()
    tmpl = re.sub(r"[.]$", "", tmpl).strip()
    e_match = _EXPAND.match(tmpl)
    if not e_match or not (m or "expand" in tmpl or "product" in tmpl or _product_of_brackets(
            tmpl, split.maths[int(e_match.group("e"))])):
        return None
    src = unwrapped(split.maths[int(e_match.group("e"))], "{}")
    e = parse_latex(src)
    if isinstance(e, sp.Expr) and sp.Symbol("i") in e.free_symbols:
        return None  # i is the imaginary unit: the complex-number readers answer it
    if isinstance(e, sp.Expr) and len(e.free_symbols) > 1 and form is None \
            and tmpl.startswith("multiply") and e.is_polynomial():
        return handlers.evaluate(src, "expand")  # several letters, as "expand" reads them
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1:
        raise Decline("a polynomial in one letter")
    x = next(iter(e.free_symbols))
    if not e.is_polynomial():
        if form is not None or not _laurent(e, x):
            raise Decline("a polynomial in one letter")
        return _expand_laurent(src, e)
    if form is not None:
        f = parse_latex(split.maths[int(form)])
        if not isinstance(f, sp.Expr) or x not in f.free_symbols or not f.is_polynomial(x) \
                or sp.degree(f, x) < sp.Poly(e, x).degree():
            raise Decline("the answer's form does not fit the expression")
    value, steps = handlers.evaluate(src, "expand")
    final = sp.Poly(e, x).as_expr()
    confirm.identity(e, final, "expansion")
    if not isinstance(value, sp.Basic) or latex(value) != latex(final):
        claim = f"{latex(value)} = {latex(final)}"
        steps.append(step("collect like terms", "Add the terms with the same power.",
                          f"${claim}$", claim))
    return final, steps


def _laurent(e: sp.Expr, x: sp.Symbol) -> bool:
    """True when `e` expands to terms c x^k with whole k, some negative (5/x + 4x^2)."""
    terms = sp.Add.make_args(sp.expand(e))
    powers = [t.as_coeff_exponent(x) for t in terms]
    return all(not c.has(x) and k.is_Integer for c, k in powers) and any(k < 0 for _, k in powers)


def _expand_laurent(src: str, e: sp.Expr) -> Result:
    """Multiply out a product whose terms hold powers of the letter in a denominator."""
    value, steps = handlers.evaluate(src, "expand")
    final = sp.expand(e)
    confirm.identity(e, final, "expansion")
    if not isinstance(value, sp.Basic) or latex(value) != latex(final):
        claim = f"{latex(e)} = {latex(final)}"
        steps.append(step("distribute", "Multiply each term inside the brackets.",
                          f"${claim}$", claim))
    return final, steps


def _kind(tmpl: str) -> tuple[str, str] | None:
    """(what is asked, the rest of the question) from the words."""
    # the asked quantity wherever it is said: "In the expansion of P, what is the
    # coefficient of x^2?", "Expand P. What is its constant term?", "What number multiplies
    # x^3 when P is expanded?" (the expression is the one other piece)
    found = [(kind, m) for kind, pattern in (
        ("leading", r"\b(?:the|its) leading coefficient\b"),
        ("constant", r"\b(?:the|its) constant term\b|\bthe term (?:that is )?independent of "
                     r"@(?P<free>\d+)@"),
        ("sum", r"\bthe sum of (?:all )?(?:the|its) coefficients\b"),
        ("squares", r"\bthe sum of the squares of (?:all )?(?:the|its) coefficients(?: of "
                    r"(?:the|its) terms)?\b"),
        ("terms", r"\bhow many (?:nonzero |non-zero )?terms (?:are|will be|does|would)\b|"
                  r"\bthe number of (?:nonzero |non-zero )?terms\b"),
        ("degree", r"\b(?:the|its) degree\b"),
        ("coefficient", r"\bcoefficient (?:of|on|for) (?:the )?(?:term (?:with|containing|in) )?"
                        r"@(?P<k>\d+)@(?: term)?|\b(?:number|what) multiplies @(?P<k2>\d+)@|"
                        r"@(?P<k3>\d+)@(?: term's|-| term)? ?coefficient\b"))
        for m in re.finditer(pattern, tmpl)]
    if len(found) != 1:
        return None
    kind, m = found[0]
    if kind == "constant" and m.group("free"):  # "the term independent of x": its letter
        return kind, "=" + m.group("free")
    return kind, (m.group("k") or m.group("k2") or m.group("k3")) if kind == "coefficient" \
        else ""


def read_coefficient(split: Split, template: str) -> Result | None:
    tmpl = template.lower()
    w = words(tmpl)
    if not w & {"coefficient", "coefficients", "term", "terms", "degree", "multiplies"}:
        return None
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    got = _kind(tmpl)
    if got is None:
        return None
    kind, k_piece = got
    pieces = [int(i) for i in re.findall(r"@(\d+)@", tmpl)]
    free = None
    if k_piece.startswith("="):  # the letter the constant term is free of
        free, k_piece = k_piece[1:], ""
        pieces = [i for i in pieces if str(i) != free]
    exprs = [i for i in pieces if str(i) != k_piece]
    if re.search(r"\bmultiplied by\b", tmpl):
        if not re.search(r"@\d+@ is multiplied by @\d+@", tmpl) or len(exprs) != 2:
            return None
        e = sp.Mul(*[_poly_expr(split.maths[i]) for i in exprs], evaluate=False)
    elif len(exprs) == 1:
        try:
            e = _poly_expr(split.maths[exprs[0]])
        except Decline:  # a power of a binomial with x^{-1} in it: "(2x^2 - 1/x)^6"
            if kind not in ("constant", "coefficient"):
                raise
            only_letter(parse_latex(split.maths[exprs[0]].strip().rstrip(",.")), split, free)
            return binomial_term(split, exprs[0], k_piece)
    else:
        return None
    only_letter(e, split, free)
    if kind == "terms":
        return _term_count(e)
    if kind == "coefficient":
        pm = _POWER.match(split.maths[int(k_piece)])
        if not pm:  # a monomial in two or more letters: "x^2y^3" in (x + y)^5
            return monomial_coefficient(e, split.maths[int(k_piece)])
        x, k = sp.Symbol(pm.group(1)), int(pm.group(2) or 1)
    else:
        if len(e.free_symbols) != 1:
            raise Decline("a polynomial in one letter")
        x, k = next(iter(e.free_symbols)), 0
    if x not in e.free_symbols:
        raise Decline("the letter is not the expression's")
    poly = sp.Poly(sp.expand(e), x)
    steps = [step("expand", "Multiply out and collect like terms.",
                  f"${latex(e)} = {latex(poly.as_expr())}$", "")]
    if kind == "degree":
        if len(e.free_symbols) != 1:
            raise Decline("a degree with other letters")
        value: sp.Basic = sp.Integer(poly.degree())
        confirm.check(sp.diff(e, x, poly.degree()) != 0 and sp.diff(e, x, poly.degree() + 1) == 0,
                      "differentiating the expression shows the same degree")
        steps.append(step("read the degree", "The highest power with a non-zero coefficient.",
                          f"The degree is ${value}$.", ""))
        return value, steps
    if kind == "sum":
        value = sp.Add(*poly.coeffs())
        at_one = sp.expand(e.subs(x, 1))
        confirm.check(sp.expand(value - at_one) == 0,
                      "the value of the expression at 1 is the same sum")
        claim = f"{latex(value)}"
        steps.append(step("add the coefficients", "Add every coefficient (the value at 1).",
                          f"The sum is ${claim}$.", ""))
        return value, steps
    if kind == "squares":
        return _square_sum(e, x, poly, steps)
    if kind == "leading":
        k = poly.degree()
    value = sp.expand(poly.coeff_monomial(x**k))
    again = sp.expand(sp.diff(e, x, k).subs(x, 0) / sp.factorial(k))
    confirm.check(sp.expand(value - again) == 0,
                  "differentiating k times at 0 and dividing by k! gives the same coefficient")
    term = "the constant term" if k == 0 else f"the coefficient of ${latex(x**k)}$"
    steps.append(step("read the coefficient", f"Read off {term}.",
                      f"{term[0].upper()}{term[1:]} is ${latex(value)}$.", ""))
    return value, steps


def _term_count(e: sp.Expr) -> Result:
    """The number of terms once multiplied out and like terms combined, in any letters;
    confirmed by the polynomial ring's arithmetic (`Poly`), another way of multiplying out
    than expanding the expression tree."""
    letters = sorted(e.free_symbols, key=str)
    expanded = sp.expand(e)
    terms = [] if expanded == 0 else list(sp.Add.make_args(expanded))
    ring = sp.Poly(e, *letters)
    confirm.check(len(ring.terms()) == len(terms) and not any(c == 0 for c in ring.coeffs()),
                  "multiplying out as polynomials gives as many terms")
    value = sp.Integer(len(terms))
    return value, [step("expand", "Multiply out and collect like terms.",
                        f"${latex(e)} = {latex(expanded)}$", ""),
                   step("count the terms", "Count the terms with a non-zero coefficient.",
                        f"There {'is' if value == 1 else 'are'} ${value}$ "
                        f"term{'' if value == 1 else 's'}.", "")]


def _square_sum(e: sp.Expr, x: sp.Symbol, poly: sp.Poly, steps: list) -> Result:
    """The sum of the squares of the coefficients (the constant term among them); confirmed
    by Parseval's identity: the mean of |p(w)|^2 over N-th roots of unity, N > degree."""
    coeffs = poly.all_coeffs()
    if not all(c.is_real for c in coeffs):
        raise Decline("coefficients that are not real")
    value = sp.Add(*[c**2 for c in coeffs])
    n = poly.degree() + 1
    mean = sum(abs(sp.N(e.subs(x, sp.exp(2 * sp.pi * sp.I * j / n)), 40)) ** 2
               for j in range(n)) / n
    confirm.check(abs(mean - sp.N(value, 40)) < 1e-25,
                  "the mean of |p|^2 over the roots of unity is the same sum")
    squares = " + ".join(f"({latex(c)})^2" for c in coeffs if c != 0)
    steps.append(step("add the squares", "Square each coefficient and add.",
                      f"${squares} = {latex(value)}$", f"{squares} = {latex(value)}"))
    return value, steps


def _poly_expr(src: str) -> sp.Expr:
    e = parse_latex(src.strip().rstrip(",."))  # "\\[(x + 3)^4,\\]": the sentence's comma
    if not isinstance(e, sp.Expr) or isinstance(e, sp.core.relational.Relational) \
            or not e.free_symbols or not e.is_polynomial():
        raise Decline("a polynomial expression")
    return e


__all__ = ["read_coefficient", "read_expansion"]
