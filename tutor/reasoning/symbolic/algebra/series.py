"""More problem shapes: a value found from an equation, dot products, multiples in a range,
square roots of products and powers equal to a number."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import equations, expressions
from tutor.reasoning.symbolic.algebra.infinite_series import TRAILING_DOTS, infinite_geometric
from tutor.reasoning.symbolic.model import Decline, Step, evaluated, latex, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import parse_latex

Result = tuple[sp.Basic | str, list[Step]]


def value_from_equation(eq_src: str, expr_src: str) -> Result:
    """"If 3x + 2(1 + x) = 17, what is 6x + 5?": solve for the one unknown, then substitute.

    With several solutions the expression must take the same value at every one of them."""
    eq = evaluated(parse_latex(eq_src))
    expr = parse_latex(expr_src)
    if not isinstance(eq, sp.Equality) or len(eq.free_symbols) != 1:
        raise Decline("not an equation in one unknown")
    x = next(iter(eq.free_symbols))
    if expr.free_symbols != {x} or isinstance(expr, sp.Equality) or isinstance(expr, sp.Symbol):
        raise Decline("the expression is not in the unknown")
    roots, steps = equations.solve_equation(eq, x)
    if not roots:
        raise Decline("no solution")
    values = [expressions.final_value(expr.subs(x, r)) for r in roots]
    v = values[0]
    if not v.is_number or not v.is_finite or v.has(sp.zoo, sp.nan):
        raise Decline("no value")
    if any(sp.simplify(w - v) != 0 for w in values[1:]):
        raise Decline("the value depends on which solution")
    for r, w in zip(roots, values, strict=True):
        claim = f"{expressions.shown(expr, {x: r})} = {latex(w)}"
        steps.append(step("substitute the value",
                          f"Replace ${latex(x)}$ by ${latex(r)}$ in the expression.",
                          f"${claim}$", claim))
    return v, steps


_PMATRIX = re.compile(r"^\\begin\{pmatrix\}(.*)\\end\{pmatrix\}$", re.S)


def _vector(src: str) -> list[sp.Basic]:
    m = _PMATRIX.match(src.strip())
    if not m:
        raise Decline("not a column vector")
    parts = [p.strip() for p in re.split(r"\\{1,2}(?=\s|$)", m.group(1).strip())]
    if not 2 <= len(parts) <= 4 or any("&" in p or not p for p in parts):
        raise Decline("not a column vector")
    out = [parse_latex(p) for p in parts]
    if any(not c.is_Rational for c in out):
        raise Decline("numeric vectors only")
    return out


def dot_product(a_src: str, b_src: str) -> Result:
    a, b = _vector(a_src), _vector(b_src)
    if len(a) != len(b):
        raise Decline("vectors of different sizes")
    value = sum((p * q for p, q in zip(a, b, strict=True)), sp.S.Zero)
    exact = sum(Fraction(int(p.p), int(p.q)) * Fraction(int(q.p), int(q.q))
                for p, q in zip(a, b, strict=True))
    confirm.check(sp.Rational(exact.numerator, exact.denominator) == value,
                  "the dot product recomputed with Python fractions agrees")
    claim = " + ".join(f"\\left({latex(p)}\\right)\\left({latex(q)}\\right)"
                       for p, q in zip(a, b, strict=True)) + f" = {latex(value)}"
    return value, [step("multiply matching components and add",
                        "The dot product is the sum of the products of matching entries.",
                        f"${claim}$", claim)]


def multiples_sum(k_src: str, lo_src: str, hi_src: str) -> Result:
    """Sum of the multiples of k strictly between lo and hi (neither end a multiple)."""
    k, lo, hi = integer(k_src), integer(lo_src), integer(hi_src)
    if k <= 0 or lo < 0 or hi <= lo or lo % k == 0 or hi % k == 0 or hi - lo > 10**6:
        raise Decline("ends that are multiples make 'between' ambiguous")
    first, last = (lo // k + 1) * k, (hi // k) * k
    if first > last:
        raise Decline("no multiples")
    n = (last - first) // k + 1
    total = n * (first + last) // 2
    c1 = f"{first} = {k} \\cdot {first // k}, \\quad {last} = {k} \\cdot {last // k}"
    c2 = f"n = \\frac{{{last} - {first}}}{{{k}}} + 1 = {n}"
    c3 = f"\\frac{{{n} \\left({first} + {last}\\right)}}{{2}} = {total}"
    return sp.Integer(total), [
        step("find the first and last multiples", f"Which multiples of {k} lie in the range?",
             f"${c1}$", c1),
        step("count the terms", "They form an arithmetic sequence with common difference "
             f"{k}.", f"${c2}$", c2),
        step("sum the arithmetic series", "Number of terms times the average of the first "
             "and last.", f"${c3}$", c3),
    ]


def sqrt_of(src: str) -> Result:
    """Positive square root of a numeric expression such as a product."""
    e = parse_latex(src)
    if e.free_symbols:
        raise Decline("numbers only")
    inner, steps = expressions.evaluate_steps(e)
    if not inner.is_Rational or inner < 0:
        raise Decline("not a non-negative rational")
    root = sp.sqrt(inner)
    claim = f"\\sqrt{{{latex(inner)}}} = {latex(root)}"
    steps.append(step("take the square root", "Which positive number squares to this?",
                      f"${claim}$", claim))
    return root, steps


def power_equal(base_src: str, target_src: str) -> Result:
    """"What power of 4 is equal to 8?": solve base^x = target over powers of a common base."""
    a, b = integer(base_src), integer(target_src)
    if a < 2 or b < 2:
        raise Decline("positive bases only")
    fa, fb = sp.perfect_power(a) or (a, 1), sp.perfect_power(b) or (b, 1)
    if fa[0] != fb[0]:
        raise Decline("no common base")
    p = fa[0]
    x = sp.Rational(fb[1], fa[1])
    c1 = f"{a} = {p}^{{{fa[1]}}}, \\quad {b} = {p}^{{{fb[1]}}}"
    c2 = f"{a}^{{{latex(x)}}} = {p}^{{{fa[1]} \\cdot {latex(x)}}} = {p}^{{{fb[1]}}} = {b}"
    return x, [
        step("write both as powers of one base", f"Both numbers are powers of {p}.",
             f"${c1}$", c1),
        step("match the exponents", f"Solve ${fa[1]} x = {fb[1]}$.", f"${c2}$", c2),
    ]


_DOTS = re.compile(r"\s*\+\s*\\(?:dots|ldots|cdots|dotsb)\s*\+\s*")


def arithmetic_series(src: str) -> Result:
    """Value of a written-out sum of integers such as 1 + 3 + 5 + \\dots + 199."""
    if TRAILING_DOTS.search(src):
        return infinite_geometric(src)
    parts = _DOTS.split(src.strip())
    if len(parts) != 2:
        raise Decline("not a sum with one run of dots")
    head = [p.strip() for p in parts[0].split("+")]
    tail = [p.strip() for p in parts[1].split("+")]
    if len(head) < 3 or any(not re.fullmatch(r"\d+", t) for t in head + tail):
        raise Decline("need at least three plain whole-number terms first")
    nums = [int(t) for t in head + tail]
    d = nums[1] - nums[0]
    h = nums[:len(head)]
    if d <= 0 or any(b - a != d for a, b in zip(h, h[1:], strict=False)):
        raise Decline("not an increasing arithmetic series")
    t = nums[len(head):]
    if any(b - a != d for a, b in zip(t, t[1:], strict=False)):
        raise Decline("not arithmetic at the end")
    first, last = nums[0], nums[-1]
    if (last - first) % d or last <= nums[len(head) - 1]:
        raise Decline("the last term is not in the pattern")
    n = (last - first) // d + 1
    total = n * (first + last) // 2
    if n > 10**6:
        raise Decline("too many terms to add one by one")
    confirm.check(sum(range(first, last + 1, d)) == total,
                  "the terms added one by one give the same total")
    c1 = f"n = \\frac{{{last} - {first}}}{{{d}}} + 1 = {n}"
    c2 = f"\\frac{{{n} \\left({first} + {last}\\right)}}{{2}} = {total}"
    return sp.Integer(total), [
        step("count the terms", f"The terms go up by {d} each time.", f"${c1}$", c1),
        step("sum the arithmetic series", "Number of terms times the average of the first "
             "and last.", f"${c2}$", c2),
    ]


def series_remainder(sum_src: str, mod_src: str) -> Result:
    value, steps = arithmetic_series(sum_src)
    mod = integer(mod_src)
    if mod <= 0:
        raise Decline("positive modulus only")
    q, r = divmod(int(value), mod)
    claim = f"{value} = {mod} \\cdot {q} + {r}"
    steps.append(step("divide with remainder", f"How many times does {mod} go into {value}?",
                      f"${claim}$", claim))
    return sp.Integer(r), steps




def mean_unknown(values_src: list[str], mean_src: str, var_src: str) -> Result:
    """"The arithmetic mean of 7, 2, x and 10 is 9": solve sum = mean * count."""
    x = parse_latex(var_src)
    vals = [parse_latex(v) for v in values_src]
    mean = parse_latex(mean_src)
    if not isinstance(x, sp.Symbol) or not mean.is_Rational:
        raise Decline("a letter and a numeric mean")
    if any(v.free_symbols - {x} or not sp.Poly(v, x).degree() <= 1 for v in vals):
        raise Decline("linear entries in the unknown only")
    if not any(v.has(x) for v in vals):
        raise Decline("the unknown is not in the list")
    n = len(vals)
    total = sp.Add(*vals, evaluate=False)
    eq = sp.Eq(sp.Add(*vals), mean * n)
    c1 = f"{latex(total, order='none')} = {n} \\cdot {latex(mean)} = {latex(mean * n)}"
    roots, steps = equations.solve_equation(eq, x)
    if len(roots) != 1:
        raise Decline("expected one value")
    return roots[0], [step("use the definition of the mean",
                           f"The sum of the {n} numbers is {n} times their mean.",
                           f"${c1}$", c1)] + steps


def arithmetic_unknown(terms_src: str, var_src: str) -> Result:
    """"x in the arithmetic sequence 3^2, x, 3^4": the middle term is the average."""
    x = parse_latex(var_src)
    terms = [parse_latex(t) for t in terms_src.split(",")]
    if not isinstance(x, sp.Symbol) or len(terms) != 3 or terms[1] != x:
        raise Decline("three terms with the unknown in the middle")
    a, c = terms[0], terms[2]
    if not (a.is_number and c.is_number):
        raise Decline("numeric outer terms")
    av, cv = expressions.final_value(a), expressions.final_value(c)
    if not (av.is_Rational and cv.is_Rational):
        raise Decline("rational terms only")
    value = (av + cv) / 2
    claim = (f"{latex(x)} = \\frac{{{latex(a)} + {latex(c)}}}{{2}} = "
             f"\\frac{{{latex(av)} + {latex(cv)}}}{{2}} = {latex(value)}")
    return value, [step("average the neighbours",
                        "In an arithmetic sequence the middle of three terms is their average.",
                        f"${claim}$", claim)]


