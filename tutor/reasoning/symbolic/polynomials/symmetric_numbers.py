"""Typed reader: unknown numbers fixed by symmetric facts about them, asked one by one.

"Three real numbers $p, q$ and $r$ satisfy $p + q + r = 3$, $pq + qr + rp = -1$ and
$pqr = -3$. Which is the largest?", "Let $u, v, w$ be complex numbers with
$u + v + w = uv + vw + wu = uvw = 2$. Enter the values $u, v, w$, separated by commas",
"Two positive numbers have arithmetic mean 5 and geometric mean 4. Find the two numbers",
"The arithmetic, geometric and harmonic means of three numbers are 4, 3 and 2: find the
largest of them".

Each fact must be symmetric in the unknowns (SymPy's `symmetrize` leaves no remainder), so
it is a fact about their elementary symmetric sums e_1, ..., e_n; those are solved for, and
the numbers are then the roots of t^n - e_1 t^(n-1) + e_2 t^(n-2) - ... (Vieta), found in
radicals. Every solution for the sums must give the same multiset of numbers (kept to the
real or positive ones when the text says so), else the reader declines. Confirmed in two
ways: the numbers substituted back into every fact exactly, and the polynomial's roots
computed again numerically with mpmath (40 digits), matched one to one.
"""

from __future__ import annotations

import re

import sympy as sp
from sympy.polys.polyfuncs import symmetrize

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import numeric_roots
from tutor.reasoning.symbolic.typed import words_within

_COUNT = r"(?:two|three|@\d+@)"
_KINDS = r"(?P<kinds>(?:(?:real|complex|positive|nonzero|distinct),? )*)"
_LETTERS = r"(?P<letters>@\d+@(?:(?:,|,? and)? @\d+@)*)"
_FACTS = r"(?P<facts>@\d+@(?:(?:,|,? and) @\d+@)*)"
_GIVEN = [
    re.compile(rf"^(?:the )?(?:{_COUNT} )?{_KINDS}numbers {_LETTERS},? (?:satisfy|are such "
               rf"that) (?:the (?:equations|conditions) )?{_FACTS}[.;]? "),
    re.compile(rf"^(?:let|suppose) {_LETTERS} (?:be|are) (?:{_COUNT} )?{_KINDS}numbers,? "
               rf"(?:such that|with|satisfying|for which) {_FACTS}[.;]? "),
]
_MEANS = re.compile(
    rf"^(?P<count>two|three|@\d+@) {_KINDS}numbers have (?P<facts>(?:(?:arithmetic|geometric|"
    r"harmonic) mean @\d+@(?:,? and |, )?)+)[.;]? ")
_MEANS_OF = re.compile(
    r"^the (?P<means>(?:(?:arithmetic|geometric|harmonic)(?: means?)?(?:,? and (?:the )?|, )?)+)"
    r" of (?:the (?:two|three|@\d+@) numbers )?"
    rf"{_LETTERS} (?:are|is) (?P<values>@\d+@(?:(?:,|,? and)? @\d+@)*)(?P<resp>,? respectively)?"
    r"[.;]? ")
_TARGET = re.compile(r"^(?:(?:what|which) is|find|determine|compute|evaluate) (?:the value of )?"
                     r"@(\d+)@\W*$")
_MEAN = re.compile(r"(arithmetic|geometric|harmonic) mean (@\d+@)")
_ASK = re.compile(
    r"^(?:(?:what|which) (?:is|are)|find|determine|compute|enter) (?:(?P<pick>the "
    r"(?:largest|greatest|smallest|least|larger|greater|smaller|lesser)(?: value)?"
    r"(?: (?:of|among) (?:the|these|them)(?: (?:two|three|@\d+@))?(?: numbers)?)?)"
    r"|(?P<all>the (?:two |three |@\d+@ )?numbers|the values (?:of )?"
    r"@\d+@(?:(?:,|,? and)? @\d+@)*|them)(?:,? separated by commas)?(?:,? in any order)?)"
    r"\W*$")
_COUNTS = {"two": 2, "three": 3}
VOCAB = frozenset(
    "two three real complex positive nonzero distinct numbers means satisfy satisfying such with "
    "for which let suppose conditions equations have arithmetic geometric harmonic mean "
    "largest greatest smallest least larger greater smaller lesser respectively among them "
    "separated by commas any order enter what which".split())
_T = sp.Symbol("t")


def read(split: Split, template: str) -> Result | None:
    if not ("numbers" in template or " mean" in template) \
            or not words_within(template, VOCAB):
        return None
    given = _given(split, template)
    if given is None:
        return None
    names, facts, kinds, rest = given
    ask = _ASK.match(rest)
    target = _TARGET.match(rest)
    if not 2 <= len(names) <= 3 or ask is None and target is None:
        return None
    if ask is not None:
        return _solve(names, facts, kinds, ask.group("pick"))
    assert target is not None
    e = parse_latex(split.maths[int(target.group(1))])
    if not isinstance(e, sp.Expr) or not e.free_symbols or not e.free_symbols <= set(names):
        return None
    return _solve(names, facts, kinds, None, e)


def _given(split: Split, template: str
           ) -> tuple[list[sp.Symbol], list[sp.Expr], list[str], str] | None:
    """The unknowns, the facts about them, what kind of numbers, and the question."""
    for pattern in _GIVEN:
        m = pattern.match(template)
        if m:
            names = _letters(split, m.group("letters"))
            facts = [f for k in re.findall(r"@(\d+)@", m.group("facts"))
                     for f in _facts(split.maths[int(k)])]
            return names, facts, m.group("kinds").replace(",", "").split(), \
                template[m.end():].strip()
    m = _MEANS.match(template)
    if m is not None:
        count = m.group("count")
        n = _COUNTS.get(count) or _number(split.maths[int(count[1:-1])])
        names = list(sp.symbols("a b c")[:n]) if n in (2, 3) else []
        facts = [_mean(kind, names, split.maths[int(k[1:-1])])
                 for kind, k in _MEAN.findall(m.group("facts"))]
        kinds = m.group("kinds").replace(",", "").split()
    else:
        m = _MEANS_OF.match(template)
        if m is None:
            return None
        names = _letters(split, m.group("letters"))
        kinds_said = re.findall(r"arithmetic|geometric|harmonic", m.group("means"))
        values = re.findall(r"@(\d+)@", m.group("values"))
        if len(kinds_said) != len(values):
            raise Decline("each mean matched to its value")
        facts = [_mean(kind, names, split.maths[int(k)])
                 for kind, k in zip(kinds_said, values, strict=True)]
        kinds = []
    # a geometric or harmonic mean is one of positive numbers
    return names, facts, [*kinds, "positive"], template[m.end():].strip()


def _letters(split: Split, found: str) -> list[sp.Symbol]:
    names: list[sp.Symbol] = []
    for k in re.findall(r"@(\d+)@", found):
        for part in split.maths[int(k)].split(","):
            part = part.strip()
            if part and not re.fullmatch(r"[a-zA-Z]", part):
                raise Decline("the unknowns named by single letters")
            if part:
                names.append(sp.Symbol(part))
    if len(set(names)) != len(names) or sp.Symbol("i") in names:
        raise Decline("one letter for each number")
    return names


def _facts(src: str) -> list[sp.Expr]:
    """`a + b = ab = 3` is two facts: a + b - 3 and ab - 3."""
    sides = [parse_latex(s) for s in src.split("=")]
    if len(sides) < 2 or not all(isinstance(s, sp.Expr) for s in sides) \
            or sides[-1].free_symbols:
        raise Decline("facts that give a symmetric expression a number")
    return [sp.expand(s - sides[-1]) for s in sides[:-1]]


def _number(src: str) -> int:
    e = parse_latex(src)
    return int(e) if isinstance(e, sp.Integer) else 0


def _mean(kind: str, names: list[sp.Symbol], src: str) -> sp.Expr:
    value = parse_latex(src)
    if not isinstance(value, sp.Expr) or value.free_symbols or not value.is_positive:
        raise Decline("a mean that is a positive number")
    n = len(names)
    if kind == "arithmetic":
        return sp.Add(*names) - n * value
    if kind == "geometric":  # the numbers are positive: the product is the mean's power
        return sp.Mul(*names) - value**n
    return n * sp.Mul(*names) - value * sum(sp.Mul(*names) / v for v in names)


def _solve(names: list[sp.Symbol], facts: list[sp.Expr], kinds: list[str],
           pick: str | None, target: sp.Expr | None = None) -> Result:
    n = len(names)
    e = sp.symbols(f"e1:{n + 1}")
    in_sums = []
    for fact in facts:
        if not fact.free_symbols or not fact.free_symbols <= set(names):
            raise Decline("facts about the named numbers only")
        in_sums.append(_in_sums(fact, names, e))
    if len(in_sums) != n:
        raise Decline("as many facts as numbers")
    sols = sp.solve(in_sums, list(e), dict=True)
    if not sols or any(set(s) != set(e) or not all(v.is_number for v in s.values())
                       for s in sols):
        raise Decline("the symmetric sums fixed")
    real = "real" in kinds or "positive" in kinds or pick is not None \
        or target is None and "complex" not in kinds  # numbers listed: real unless said
    kept = []
    for sol in sols:
        poly = sp.Poly(sum((-1) ** k * (sol[e[k - 1]] if k else 1) * _T ** (n - k)
                           for k in range(n + 1)), _T)
        if _kind_holds(poly, kinds, real):
            kept.append((sol, poly))
    if not kept:
        raise Decline("no numbers of the kind said")
    if target is not None:
        return _target_value(target, names, e, kept, facts)
    found: list[list[sp.Expr]] = []
    for _sol, poly in kept:
        roots = sp.roots(poly, multiple=True)
        if len(roots) != n or any(r.is_real is None for r in roots):
            raise Decline("the numbers in radicals")
        _numeric_check(poly, roots)
        found.append(sorted(roots, key=lambda r: (float(sp.re(r)), float(sp.im(r)))))
    if any(sp.simplify(r - s) != 0 for f in found for r, s in zip(f, found[0], strict=True)):
        raise Decline("one set of numbers fixed by the facts")
    roots = found[0]
    at = dict(zip(names, roots, strict=True))
    confirm.check(all(sp.simplify(f.subs(at)) == 0 for f in facts),
                  "the numbers satisfy every fact when substituted exactly")
    steps = [_vieta_step(kept[0][1])]
    listed = ", ".join(latex(r) for r in roots)
    steps.append(step("solve", "Solve the polynomial.", f"The numbers are ${listed}$.", listed))
    if pick is None:
        return listed, steps
    biggest = any(w in pick for w in ("largest", "greatest", "larger", "greater"))
    value = max(roots, key=float) if biggest else min(roots, key=float)
    word = "largest" if biggest else "smallest"
    steps.append(step("compare", "Compare the numbers.",
                      f"The {word} is ${latex(value)}$.", latex(value)))
    return value, steps


def _vieta_step(poly: sp.Poly) -> Step:
    shown = latex(poly.as_expr())
    return step("Vieta", "Each fact is symmetric: write it through the sums e_1, ..., e_n and "
                "solve for them.", f"The numbers are the roots of ${shown} = 0$.", shown)


def _in_sums(fact: sp.Expr, names: list[sp.Symbol], e: tuple) -> sp.Expr:
    """`fact` (a numerator, when it is a fraction) through the elementary symmetric sums."""
    num, den = sp.fraction(sp.together(fact))
    if sp.expand(den).free_symbols:
        _via_sums(den, names, e)  # the denominator must be symmetric too
    return _via_sums(num, names, e)


def _via_sums(poly: sp.Expr, names: list[sp.Symbol], e: tuple) -> sp.Expr:
    sym, rest, defs = symmetrize(sp.expand(poly), *names, formal=True)
    if rest != 0:
        raise Decline("a fact that is not symmetric in the numbers")
    by_name = {str(d[0]): d[0] for d in defs}  # s1, s2, ...: e_1, e_2, ...
    return sp.expand(sym.subs({by_name[f"s{k}"]: e[k - 1] for k in range(1, len(e) + 1)
                               if f"s{k}" in by_name}))


def _kind_holds(poly: sp.Poly, kinds: list[str], real: bool) -> bool:
    """Whether the roots of `poly` are of the kind said: counted exactly (Sturm) for
    rational coefficients; otherwise declined."""
    n = poly.degree()
    if not all(c.is_rational for c in poly.all_coeffs()):
        if real or kinds:
            raise Decline("the kind of the numbers decided exactly")
        return True
    square_free = sp.degree(sp.gcd(poly, poly.diff()), _T) == 0
    if "distinct" in kinds and not square_free:
        return False
    if "nonzero" in kinds and poly.eval(0) == 0:
        return False
    if real and len(sp.real_roots(poly)) != n:
        return False
    return not ("positive" in kinds and any(r <= 0 for r in sp.real_roots(poly)))


def _target_value(target: sp.Expr, names: list[sp.Symbol], e: tuple,
                  kept: list[tuple[dict, sp.Poly]], facts: list[sp.Expr]) -> Result:
    """A symmetric expression's value from the sums e_k; confirmed on the numbers found
    numerically (mpmath), each fact checked there too."""
    num, den = sp.fraction(sp.together(target))
    top = _via_sums(num, names, e)
    bottom = _via_sums(den, names, e) if sp.expand(den).free_symbols else den
    values = set()
    for sol, poly in kept:
        b = sp.simplify(bottom.subs(sol))
        if b == 0:
            raise Decline("the expression is undefined at the numbers")
        value = sp.radsimp(sp.simplify(top.subs(sol) / b))
        approx = dict(zip(names, numeric_roots(poly), strict=True))
        for fact in facts:
            confirm.substituted(fact, approx, sp.Integer(0),
                                "each fact at the numbers found numerically")
        confirm.substituted(target, approx, value,
                            "the expression evaluated at the numbers found numerically")
        values.add(value)
    if len(values) != 1:
        raise Decline("one value for every set of numbers the facts allow")
    value = values.pop()
    claim = f"{latex(target)} = {latex(value)}"
    return value, [_vieta_step(kept[0][1]),
                   step("evaluate", "Write the expression through the symmetric sums.",
                        f"${claim}$", claim)]


def _numeric_check(poly: sp.Poly, roots: list[sp.Expr]) -> None:
    approx = numeric_roots(poly)
    left = [complex(sp.N(r, 30)) for r in roots]
    for a in approx:
        z = complex(a)
        near = [k for k, v in enumerate(left) if abs(v - z) < 1e-12 * (1 + abs(z))]
        confirm.check(bool(near), "the numbers agree with the polynomial's roots found "
                      "numerically (mpmath, 40 digits)")
        left.pop(near[0])


__all__ = ["read"]
