"""Typed reader: determinants whose entries hold letters.

"Evaluate $\\begin{vmatrix} x & 1 \\\\ 2 & x \\end{vmatrix}$" (a polynomial), "Find all $t$
such that $\\begin{vmatrix} t & 2 \\\\ 8 & t \\end{vmatrix} = 0$" (its roots), and "If
$\\begin{vmatrix} p & q \\\\ r & s \\end{vmatrix} = 5$, find $\\begin{vmatrix} p & 2p + q
\\\\ r & 2r + s \\end{vmatrix}$" (the asked determinant is a fixed multiple of the given one,
plus a constant, as polynomials in the letters).

Computed with SymPy's determinant; confirmed independently by Gaussian elimination in plain
fractions (`plain_matrices.det`) at several rational values of the letters: the polynomial,
the identity between the two determinants, or each root put back."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import determinant_unknowns as du
from tutor.reasoning.symbolic.geometry import plain_matrices as pm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "evaluate compute simplify expand find determinant value if then given that solve for all "
    "real such enter solutions solution separated by commas roots root numbers number where "
    "with what possible values satisfy satisfies distinct terms your answer".split())
_DET = re.compile(r"^\s*(?:\\det\s*)?\\begin\{([pvb]matrix)\}(.*?)\\end\{\1\}\s*(?:=\s*(.+?))?"
                  r"\s*[.,]?\s*$", re.S)
_SAMPLES = [Fraction(3, 7), Fraction(-5, 2), Fraction(2), Fraction(-1, 3), Fraction(7, 4),
            Fraction(11, 5)]


def _matrix(kind: str, body: str, src: str) -> sp.Matrix:
    if kind != "vmatrix" and "\\det" not in src:
        raise Decline("a matrix, not its determinant")
    rows = [r.strip() for r in re.split(r"\\{1,2}(?=\s|$)", body.strip()) if r.strip()]
    grid = [[parse_latex(c) for c in r.split("&")] for r in rows]
    if not 2 <= len(grid) <= 4 or any(len(r) != len(grid) for r in grid):
        raise Decline("a square determinant of size 2 to 4")
    for c in (c for r in grid for c in r):
        if not isinstance(c, sp.Expr) or not c.is_polynomial():
            raise Decline("entries that are polynomials with rational coefficients")
        if not (c.is_Rational if not c.free_symbols else all(
                k.is_Rational for k in sp.Poly(c, *sorted(c.free_symbols, key=str)).coeffs())):
            raise Decline("entries that are polynomials with rational coefficients")
    return sp.Matrix(grid)


def _plain_det(m: sp.Matrix, values: dict[sp.Symbol, Fraction]) -> Fraction:
    subs = {k: sp.Rational(v.numerator, v.denominator) for k, v in values.items()}
    rows = [[Fraction(int(e.p), int(e.q)) for e in (m.row(i).subs(subs))] for i in range(m.rows)]
    return pm.det(rows)


def _frac(x: sp.Expr) -> Fraction:
    return Fraction(int(x.p), int(x.q))


def _points(letters: list[sp.Symbol]) -> list[dict[sp.Symbol, Fraction]]:
    n = len(_SAMPLES)
    return [{s: _SAMPLES[(k + 2 * j) % n] + k for j, s in enumerate(letters)} for k in range(n)]


def read_letter_determinant(split: Split, template: str) -> Result | None:
    if "matrix}" not in "".join(split.maths) or not words_within(template, VOCAB):
        return None
    places = list(dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)))
    dets: list[tuple[sp.Matrix, sp.Expr | None]] = []
    bare: list[str] = []
    nonzero: set[sp.Symbol] = set()
    asked: list[sp.Expr] = []
    for i in places:
        m = _DET.match(split.maths[i])
        if m is None:
            if re.fullmatch(r"\s*[a-z]\s*[.,]?\s*", split.maths[i]):
                bare.append(split.maths[i].strip(" .,"))
                continue
            if (cond := du.NONZERO.match(split.maths[i])) is not None:
                nonzero.add(sp.Symbol(cond.group(1)))
                continue
            expr = parse_latex(split.maths[i].strip().rstrip(".,?").strip())
            if not dets or not isinstance(expr, sp.Expr) or not expr.free_symbols:
                return None
            asked.append(expr)
            continue
        rhs = parse_latex(m.group(3)) if m.group(3) else None
        if rhs is not None and (not isinstance(rhs, sp.Expr) or not rhs.is_Rational):
            raise Decline("a determinant equal to a rational number")
        dets.append((_matrix(m.group(1), m.group(2), split.maths[i]), rhs))
    w = words(template)
    if w & {"distinct", "terms"} or asked or nonzero:
        return _several_letters(dets, bare, nonzero, asked, template, split.maths)
    if len(dets) == 1 and dets[0][1] is None:
        return _evaluate(dets[0][0], bare)
    if len(dets) == 1:
        return _roots(dets[0][0], dets[0][1], bare, w)
    if len(dets) == 2 and dets[0][1] is not None and dets[1][1] is None and not bare:
        return _related(dets[0][0], dets[0][1], dets[1][0])
    raise Decline("one determinant, or one given and one asked")


def _several_letters(dets: list[tuple[sp.Matrix, sp.Expr | None]], bare: list[str],
                     nonzero: set[sp.Symbol], asked: list[sp.Expr], template: str,
                     maths: list[str]) -> Result:
    """Two distinct unknowns, or an unknown and constants ("in terms of a")."""
    w = words(template)
    if len(dets) != 1 or dets[0][1] is None:
        raise Decline("one determinant equation")
    m, rhs = dets[0]
    rhs_value = rhs if rhs is not None else sp.Integer(0)
    letters = {str(s) for s in m.free_symbols}
    if not set(bare) <= letters or not {str(s) for s in nonzero} <= letters:
        raise Decline("letters that are not the determinant's")
    if "distinct" in w and len(asked) == 1 and "terms" not in w and not nonzero:
        return du.distinct_pair(m, rhs_value, asked[0])
    said = re.findall(r"in terms of ((?:@\d+@(?:,? (?:and )?)?)+)", template)
    if "terms" not in w or len(said) != 1 or asked or "distinct" in w:
        raise Decline("what is asked about the determinant equation is not clear")
    consts = {maths[int(g)].strip(" .,") for g in re.findall(r"@(\d+)@", said[0])}
    unknowns = letters - consts
    if not consts <= letters or len(unknowns) != 1 or not unknowns <= set(bare):
        raise Decline("one unknown, the other letters named as constants")
    return du.with_constants(m, rhs_value, sp.Symbol(unknowns.pop()), nonzero)


def _evaluate(m: sp.Matrix, bare: list[str]) -> Result:
    letters = sorted(m.free_symbols, key=str)
    if not letters or bare:
        raise Decline("a determinant with letters")
    value = sp.expand(m.det())
    ok = all(_frac(value.subs({k: sp.Rational(v.numerator, v.denominator)
                                for k, v in p.items()})) == _plain_det(m, p)
             for p in _points(letters))
    confirm.check(ok, "Gaussian elimination in plain fractions at sample values agrees")
    return value, [step("expand the determinant", "Expand along a row (cofactors) and "
                        "collect like terms.", f"The determinant is ${latex(value)}$.", "")]


def _roots(m: sp.Matrix, rhs: sp.Expr, bare: list[str], w: set[str]) -> Result:
    letters = sorted(m.free_symbols, key=str)
    if len(letters) != 1 or (bare and bare != [str(letters[0])]):
        raise Decline("an equation in one letter")
    x = letters[0]
    poly = sp.Poly(sp.expand(m.det() - rhs), x)
    if poly.degree() < 1:
        raise Decline("the equation does not depend on the letter")
    roots = sp.roots(poly)
    if sum(roots.values()) != poly.degree():
        raise Decline("roots that are not all found exactly")
    real = sorted((r for r in roots if r.is_real), key=lambda r: sp.N(r, 30))
    if len(real) != len(roots) and "real" not in w:
        raise Decline("complex solutions besides the real ones, and 'real' not said")
    if not real:
        raise Decline("no real solution")
    if any(not r.is_Rational for r in real):
        check = all(abs(sp.N(m.det().subs(x, r) - rhs, 40)) < 1e-30 for r in real)
    else:
        check = all(_plain_det(m, {x: _frac(r)}) == _frac(rhs) for r in real)
    confirm.check(check, "each solution put back gives the determinant's value "
                  "(Gaussian elimination)")
    if len(real) > 1 and not w & {"all", "solutions", "roots", "values", "solve"}:
        raise Decline("several solutions but one asked")
    shown = ", ".join(latex(r) for r in real)
    return shown, [step("expand and solve", "Expand the determinant into a polynomial and "
                        "solve.", f"${latex(poly.as_expr())} = 0$ gives ${latex(x)} = {shown}$.",
                        "")]


def _related(given: sp.Matrix, value: sp.Expr, asked: sp.Matrix) -> Result:
    g, a = sp.expand(given.det()), sp.expand(asked.det())
    if not g.free_symbols or not a.free_symbols <= g.free_symbols:
        raise Decline("the asked determinant in the given letters")
    ratio = None
    for term in sp.Add.make_args(g):
        coeff, mono = term.as_coeff_Mul()
        if mono.free_symbols:
            ratio = sp.expand(a).coeff(mono) / coeff if mono != 1 else None
            break
    if ratio is None or not ratio.is_Rational:
        raise Decline("the asked determinant is not a multiple of the given one")
    rest = sp.expand(a - ratio * g)
    if rest.free_symbols:
        raise Decline("the asked determinant is not a multiple of the given one")
    answer = ratio * value + rest
    letters = sorted(g.free_symbols, key=str)
    ok = all(_plain_det(asked, p) == _frac(ratio) * _plain_det(given, p) + _frac(rest)
             for p in _points(letters))
    confirm.check(ok, "at sample values, Gaussian elimination in plain fractions gives the "
                  "same relation between the two determinants")
    relation = f"{latex(ratio)} \\cdot {latex(value)}" + (f" + {latex(rest)}" if rest else "")
    return answer, [step("relate the determinants", "Row and column operations: adding a "
                         "multiple of one column to another keeps the determinant, scaling "
                         "a column scales it.", f"The asked determinant is ${latex(ratio)}$ "
                         f"times the given one{' plus ' + latex(rest) if rest else ''}: "
                         f"${relation} = {latex(answer)}$.", "")]


__all__ = ["VOCAB", "read_letter_determinant"]
