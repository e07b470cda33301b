"""Claims about values of functions that nothing defines (worker side, verify only):
`f(4) = 2` restated from the problem, `g(4) = 2g(3)` from the rule `g(x+1) = 2g(x)`
with `x = 3` put in, `2h(0) = 0` after `h(0) + h(0) = 0`.

Each application (`f(4)`, `g(x + 1)`) stands for one unknown number, the same one
wherever the same text applies the same function, so the claim is checked as an
equation in those numbers: an identity, a restatement or a combination of the earlier
equations (read the same way), or of an earlier rule with the values the chain gave
to its names put in (`x = 3` into `g(x + 1) = 2g(x)` gives `g(4) = 2g(3)`). Whatever
the functions are, such a claim then holds; a claim that matches nothing may still
be right, so nothing here refutes.
"""

from __future__ import annotations

import re

import sympy
from sympy.core.function import AppliedUndef

from tutor.verify.carried import known_values
from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.elimination import follows_by_elimination
from tutor.verify.exact import is_identity, is_zero_exact
from tutor.verify.functions import expand_functions
from tutor.verify.known_applications import application_values, as_pairs, base_letter
from tutor.verify.lenient_parser import parse_lenient_expr
from tutor.verify.notation import maths_text
from tutor.verify.rewrites import follows_from_previous, polynomial_in
from tutor.verify.verdict import ClaimResult, Verdict

Pair = tuple[sympy.Expr, sympy.Expr]
Point = dict[sympy.Symbol, sympy.Expr]
_MAX_PREVIOUS = 8
_MAX_APPLICATIONS = 12
_MAX_POINTS = 4
_METHOD = "each function value taken as one unknown number, then "
# `f(`, `g\left(`: one letter applied to what follows (`\sin(` and `ab(` are not).
_APPLIED = re.compile(r"(?<![\\A-Za-z])([A-Za-z]'*(?:\^\s*\{\s*-1\s*\}|\^\s*-1)?)\s*"
                      r"(?:\\left\s*)?\(")
_RELATION = re.compile(r"=|<|>|\\[lg]eq?(?![a-zA-Z])")
_PLACEHOLDER = "zeta"


def _name(match: re.Match[str]) -> str:
    """`f`, `f'`, `f^{-1}` (however spaced)."""
    name = re.sub(r"\s+", "", match.group(1))
    return name.replace("^-1", "^{-1}")


def names_an_inverse(text: str) -> bool:
    """`f^{-1}(13)`: the inverse of a function applied (not read as an application by
    the lenient parser)."""
    return any("^" in _name(m) for m in _APPLIED.finditer(text))


def _canonical(expr: sympy.Expr) -> sympy.Expr:
    """`5 + 4` as 9, `2(x)` as 2x: one name for one value (the reader keeps what it
    reads unevaluated)."""
    return sympy.expand(expr.doit())


def _closing(text: str, start: int) -> int | None:
    depth = 0
    for i in range(start, len(text)):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth == 0:
            return i
    return None


def read_with_values(text: str, point: Point | None = None) -> sympy.Expr | None:
    """One side, each application (`f(4)`, `g(x + 1)`, `f(f(2))`) a symbol named by its
    function's letter and its argument's value (`point` put into the argument first,
    so `g(x + 1)` with x = 3 is the symbol `g(4)`), or None when it does not read.
    The name depends only on the letter and the argument's value, so the reading is
    consistent whether the text meant a function or, oddly, a product."""
    if _PLACEHOLDER in text:
        return None
    point = point or {}
    pieces: list[str] = []
    names: dict[sympy.Symbol, sympy.Symbol] = {}
    pos = 0
    for m in _APPLIED.finditer(text):
        if m.start() < pos:
            continue
        open_at = m.end() - 1
        close = _closing(text, open_at)
        if close is None or len(names) >= _MAX_APPLICATIONS:
            return None
        inside = text[open_at + 1:close].replace("\\right", "").strip()
        if not inside or "," in inside or _RELATION.search(inside):
            return None
        argument = read_with_values(inside, point) if _APPLIED.search(inside) else \
            parse_lenient_expr(inside)
        if argument is None:
            return None
        argument = _canonical(argument.subs(point) if point else argument)
        number = len(names) + 1
        names[sympy.Symbol(f"{_PLACEHOLDER}_{number}")] = sympy.Symbol(
            f"{_name(m)}({sympy.sstr(argument)})")
        pieces.append(f"{text[pos:m.start()]} \\{_PLACEHOLDER}_{{{number}}} ")
        pos = close + 1
    return _parsed("".join(pieces) + text[pos:], names) if names else None


def _parsed(text: str, names: dict[sympy.Symbol, sympy.Symbol]) -> sympy.Expr | None:
    expr = parse_lenient_expr(text)
    if expr is None or not set(names) <= expr.free_symbols:
        return None
    return expr.xreplace(names)


def _arguments(text: str) -> list[tuple[str, sympy.Expr]]:
    """The (function, argument) of each outermost application in `text` that reads."""
    found, pos = [], 0
    for m in _APPLIED.finditer(text):
        close = _closing(text, m.end() - 1) if m.start() >= pos else None
        if close is None:
            continue
        argument = parse_lenient_expr(text[m.end():close].replace("\\right", ""))
        if argument is not None:
            found.append((_name(m), _canonical(argument)))
        pos = close + 1
    return found


def _matching_points(pair: tuple[str, str], wanted: list[tuple[str, sympy.Expr]]) -> list[Point]:
    """`f(x + 4) = 2f(x) + 1` is a rule for every x when it applies one function twice;
    the values of x at which it speaks of a value the claim uses (`f(17)`: x = 13)."""
    applied = _arguments(pair[0]) + _arguments(pair[1])
    points: list[Point] = []
    for name, argument in applied:
        if sum(other == name for other, _ in applied) < 2 or len(argument.free_symbols) != 1:
            continue
        var = next(iter(argument.free_symbols))
        poly = polynomial_in(argument, var)
        if poly is None or poly.degree() != 1:
            continue
        for other, value in wanted:
            if other == name and not value.free_symbols:
                point = {var: sympy.solve(argument - value, var)[0]}
                if point not in points:
                    points.append(point)
    return points[:_MAX_POINTS]


def _earlier(ctx: Context, claim: RawClaim, mine: set[sympy.Symbol]) -> list[Pair]:
    """The recent equations that apply one of the claim's functions, read the same way:
    as they are, with the chain's values put in (names the claim uses keep theirs), and
    a rule for every x at the x where it speaks of the claim's values."""
    wanted = _arguments(claim.lhs) + _arguments(claim.rhs)
    letters = {_name(m) for m in _APPLIED.finditer(claim.lhs + " " + claim.rhs)}
    chain = {k: v for k, v in known_values(ctx.values).items() if k not in mine}
    found: list[Pair] = []
    for pair in ctx.previous[-_MAX_PREVIOUS:]:
        if not {base_letter(name) for name in letters} & {
                base_letter(_name(m)) for side in pair for m in _APPLIED.finditer(side)}:
            continue
        for values in [{}, *([chain] if chain else []), *_matching_points(pair, wanted)]:
            left, right = read_with_values(pair[0], values), read_with_values(pair[1], values)
            if left is None and right is None:
                break
            left = left if left is not None else parse_lenient_expr(pair[0])
            right = right if right is not None else parse_lenient_expr(pair[1])
            if left is None or right is None:
                break
            if values:
                left, right = left.subs(values), right.subs(values)
            if (left, right) not in found:
                found.append((left, right))
    return found


CHOOSE = re.compile(r"(?<![\\A-Za-z])([CP])\s*(?:\\left\s*)?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*"
                     r"(?:\\right\s*)?\)")


def _counted(m: re.Match[str]) -> str:
    n, k = m.group(2), m.group(3)
    if int(k) > int(n):
        return m.group(0)
    return f"\\binom{{{n}}}{{{k}}}" if m.group(1) == "C" else f"\\frac{{{n}!}}{{({n} - {k})!}}"


def _as_binomials(text: str) -> str:
    """`C(52, 5)` as the binomial coefficient and `P(6, 2)` as the number of ordered
    choices, when nothing defined C or P (the caller)."""
    return CHOOSE.sub(_counted, text)


_INVERSE_VALUE = re.compile(r"^\s*([A-Za-z])\s*\^\s*(?:\{\s*-1\s*\}|-1)\s*(?:\\left\s*)?\("
                            r"(.*?)(?:\\right\s*)?\)\s*$")


def _inverse_value(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """`f^{-1}(12) = 11` with f defined earlier (`f(x) = x + 1`): verified when f(11) is
    12, exactly and to 40 digits (the inverse's value is the one f sends there)."""
    m = _INVERSE_VALUE.match(claim.lhs)
    forward = {name: (var, body) for name, var, body in ctx.functions if "," not in var}
    if m is None or m.group(1) not in forward or _APPLIED.search(m.group(2)):
        return None
    image = expand_functions(f"{m.group(1)}({claim.rhs})", ctx.functions)
    left = parse_lenient_expr(image) if image else None
    right = parse_lenient_expr(m.group(2))
    if left is None or right is None or (left - right).free_symbols:
        return None
    gap = left - right
    if is_zero_exact(gap) is not True or abs(sympy.N(gap, 40)) > sympy.Float(10) ** -20:
        return None
    return ClaimResult(claim.source, Verdict.VERIFIED,
                       f"{m.group(1)} sends {maths_text(claim.rhs)} to {maths_text(m.group(2))}",
                       "arithmetic", method="the value put into the function defined earlier:"
                       " exact arithmetic + 40-digit numeric")


def function_value_claim(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """Verified when the claim holds with each function value an unknown number (see
    module doc), else None."""
    if claim.relation != "=":
        return None
    if (inverse := _inverse_value(claim, ctx)) is not None:
        return inverse
    if not any(name in "CP" for name, _, _ in ctx.functions) and \
            CHOOSE.search(claim.lhs + claim.rhs):
        return _binomial_claim(claim)
    left, right = read_with_values(claim.lhs), read_with_values(claim.rhs)
    if left is None and right is None:
        return None
    left = left if left is not None else parse_lenient_expr(claim.lhs)
    right = right if right is not None else parse_lenient_expr(claim.rhs)
    if left is None or right is None:
        return None
    left, right = left.doit(), right.doit()  # `(1 - 1)P(2)`, read unevaluated, is 0
    diff = left - right
    if diff.atoms(AppliedUndef, sympy.Derivative, sympy.Integral, sympy.Sum, sympy.Product,
                  sympy.Limit) or not diff.free_symbols:
        return None
    if is_identity(diff):
        return ClaimResult(claim.source, Verdict.VERIFIED, "", "identity",
                           method=_METHOD + "equal at random points (40 digits)")
    previous = _earlier(ctx, claim, diff.free_symbols)
    known = application_values(previous)
    if known:  # `g(g(3))` after `g(3) = 7` is `g(7)`; `g(2) = 5` after `g^{-1}(5) = 2`
        left = read_with_values(claim.lhs, known) or left
        right = read_with_values(claim.rhs, known) or right
        diff = left - right
        previous = [*as_pairs(known, diff.free_symbols, previous), *previous]
        if not diff.free_symbols:
            return _inner_values_put_in(claim, diff, known)
    result = follows_from_previous(claim, left, right, previous[::-1]) \
        or follows_by_elimination(claim, diff, previous)
    if result is None or result.verdict is not Verdict.VERIFIED:
        return None
    return ClaimResult(claim.source, Verdict.VERIFIED, result.reason, result.kind,
                       method=_METHOD + (result.method or "same solutions as before"))


def _inner_values_put_in(claim: RawClaim, diff: sympy.Expr,
                         known: dict[sympy.Symbol, sympy.Expr]) -> ClaimResult | None:
    """Both sides name the same value once the values known earlier are put into the
    arguments (`g(g(3)) = g(7)` after `g(3) = 7`)."""
    if diff.atoms(AppliedUndef) or is_zero_exact(diff) is not True:
        return None
    used = ", ".join(f"{symbol} = {value}" for symbol, value in known.items()
                     if f"({symbol})" in claim.source.replace(" ", ""))
    return ClaimResult(claim.source, Verdict.VERIFIED, f"with {used or 'the values found'} "
                       "from earlier", "substitution", method="the function values found "
                       "earlier put into the arguments, then exact arithmetic")


def _binomial_claim(claim: RawClaim) -> ClaimResult | None:
    """`C(6, 2) = 15`, `P(6, 2) = 30`: with C(n, k) read as n choose k and P(n, k) as
    n!/(n - k)!, exactly and to 40 digits."""
    left = parse_lenient_expr(_as_binomials(claim.lhs))
    right = parse_lenient_expr(_as_binomials(claim.rhs))
    if left is None or right is None:
        return None
    diff = sympy.expand_func((left - right).doit())
    if diff.free_symbols or diff.atoms(AppliedUndef) or not diff.is_Rational or diff != 0:
        return None
    if abs(sympy.N(left - right, 40)) > sympy.Float(10) ** -20:
        return None
    return ClaimResult(claim.source, Verdict.VERIFIED, "C(n, k) read as n choose k, "
                       "P(n, k) as n!/(n - k)!",
                       "arithmetic", method="exact arithmetic + 40-digit numeric")
