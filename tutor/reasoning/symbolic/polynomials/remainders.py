"""The remainder of an unknown polynomial on division by a product of linear factors, from
its remainders on division by each factor or its values at their roots ("Let $p(x)$ be a
polynomial such that $p(1) = 3$ and $p(4) = 9$"; the remainder theorem: dividing by x - a
leaves p(a)); see `polynomial_values`.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.model import latex as tex
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import value_at

_SAID = re.compile(
    r"(?:when|if) (?:a polynomial )?(?P<p>@\d+@) is divided by (?P<d>@\d+@),? the remainder is "
    r"(?P<r>@\d+@)|(?:a polynomial )?(?P<p2>@\d+@) (?:leaves|has|gives) (?:a )?remainder (?:of )?"
    r"(?P<r2>@\d+@) (?:when (?:it is )?divided by|(?:up)?on division by) (?P<d2>@\d+@)"
    r"|\b(?:a )?remainder (?:of )?(?P<r3>@\d+@) (?:when (?:it is )?divided by|(?:up)?on "
    r"division by) (?P<d3>@\d+@)")
_ASK = re.compile(r"(?:find|what is) the remainder when (?P<p>@\d+@) is divided by (?P<d>@\d+@)"
                  r"\W*$|let (?P<name>@\d+@) be the remainder when (?P<p2>@\d+@) is divided by "
                  r"(?P<d2>@\d+@)[.,]? find (?P<t>@\d+@)\W*$")
# "Let $p(x)$ be a polynomial such that ..." or "Let $p(x)$ be a polynomial. When ...": the
# polynomial named before what is said of it
_LET = re.compile(r"^(?:let|if|suppose(?: that)?) (?P<p>@\d+@) (?:be|is) a polynomial"
                  r"(?: (?:such that|with|satisfying|that satisfies) |[.,;:] )")
# "p(1) = 3": the value at 1, the remainder on division by x - 1
_TOLD = re.compile(r"\s*([A-Za-z])\s*\(\s*([^()=]+?)\s*\)\s*=\s*([^=]+)")
_FUNCTION = re.compile(r"\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*")


def read(split: Split, template: str) -> Result | None:
    ask = _ASK.search(template)
    if ask is None:
        return None

    def piece(ref: str | None) -> str:
        return split.maths[int(ref[1:-1])] if ref else ""

    said = list(_SAID.finditer(template[:ask.start()]))
    used = set(re.findall(r"@\d+@", ask.group(0)))
    told = [(k, t) for k in re.findall(r"@\d+@", template[:ask.start()])
            if k not in used and (t := _TOLD.fullmatch(piece(k)))]
    if not said and not told:
        return None
    names = {piece(ask.group("p") or ask.group("p2")).replace(" ", "")}
    let = _LET.match(template)
    if let:
        used.add(let.group("p"))
        names.add(piece(let.group("p")).replace(" ", ""))
    values: dict[sp.Expr, sp.Expr] = {}
    for m in said:
        g = {k.rstrip("23"): v for k, v in m.groupdict().items() if v}
        used |= set(re.findall(r"@\d+@", m.group(0)))
        if "p" in g:
            names.add(piece(g["p"]).replace(" ", ""))
        values.update([_value_at(piece(g["d"]), piece(g["r"]))])
    for k, t in told:  # a value said: the remainder on division by x - a
        a, v = parse_latex(t.group(2)), parse_latex(t.group(3))
        if not (isinstance(a, sp.Expr) and isinstance(v, sp.Expr)) or a.free_symbols \
                or v.free_symbols or a in values:
            raise Decline("values of the polynomial at numbers")
        values[a] = v
        used.add(k)
        names.add(t.group(1))
    letters = {n for n in names if len(n) == 1}
    names -= letters
    if used != set(re.findall(r"@\d+@", template)) or len(names) != 1:
        return None
    named = _FUNCTION.fullmatch(names.pop())
    if named is not None and letters - {named.group(1)}:
        raise Decline("values of another function")
    if not named:
        raise Decline("a polynomial named like p(x)")
    x = sp.Symbol(named.group(2))
    d = parse_latex(piece(ask.group("d") or ask.group("d2")))
    if not isinstance(d, sp.Expr) or d.free_symbols != {x} or not d.is_polynomial(x):
        raise Decline("a divisor in x")
    dp = sp.Poly(d, x)
    if dp.degree() != len(values) or any(dp.eval(a) != 0 for a in values) \
            or len(values) != len(set(values)):
        raise Decline("a divisor whose roots are the points given")
    rem = sp.expand(sp.interpolate(list(values.items()), x))
    confirm.check(sp.degree(rem, x) < dp.degree() and all(
        rem.subs(x, a) == v for a, v in values.items()),
        "the remainder has a smaller degree than the divisor and the stated values")
    listed = ", ".join(f"{named.group(1)}({tex(a)}) = {tex(v)}" for a, v in values.items())
    steps = [step("use the remainder theorem", "Dividing by x - a leaves the value at a.",
                  f"${listed}$", listed),
             step("find the remainder", f"The remainder on division by ${tex(d)}$ has degree "
                  f"below {dp.degree()} and the same values at its roots.",
                  f"$r({tex(x)}) = {tex(rem)}$", f"r({tex(x)}) = {tex(rem)}")]
    if ask.group("t"):
        return _named_value(piece(ask.group("name")), piece(ask.group("t")), rem, x, steps)
    return rem, steps


def _value_at(d_src: str, r_src: str) -> tuple[sp.Expr, sp.Expr]:
    d, r = parse_latex(d_src), parse_latex(r_src)
    if not isinstance(d, sp.Expr) or not isinstance(r, sp.Expr) or r.free_symbols \
            or len(d.free_symbols) != 1 or sp.degree(d, next(iter(d.free_symbols))) != 1:
        raise Decline("a linear divisor and a number")
    x = next(iter(d.free_symbols))
    return sp.solve(d, x)[0], r


def _named_value(name_src: str, target: str, rem: sp.Expr, x: sp.Symbol,
                 steps: list[Step]) -> Result:
    named = _FUNCTION.fullmatch(name_src)
    value, last = value_at(target, named.group(1) if named else None, rem, x, "remainder")
    return value, [*steps, last]


__all__ = ["read"]
