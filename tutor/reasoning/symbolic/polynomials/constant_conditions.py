"""Typed reader: unknown constants fixed by what must hold for every x.

"The polynomial $x^{40} + Ax + B$ is divisible by $x^2 - 1$ for some real numbers $A$ and
$B$. Find $A + B$", "For which integer $a$ does $x^2 + x + a$ divide $x^6 - x + 30$?",
"$3x^3 + bx - 5$ has a factor of the form $x^2 + px + 1$. Find $b$", "When $x^4 + ... $ is
divided by $x^2 + x + k$ the remainder is $3x + a$. Enter $(k, a)$", "Let $f(x) = 3x + c$
and $g(x) = cx - 1$. If $f(g(x)) = 6x + d$, find $d$", "Find the constant $k$ so that
$h(h(x)) = x$ for all $x$", "For integers $a, b$, $(x + a)(x + b) = x^2 + 5x + 6$ ...".

Unlike `root_conditions`, the unknown letters may sit in the divisor, the remainder or both
sides of an identity. Each statement becomes polynomial equations in the unknowns (the
coefficients of a remainder, or of the numerator of the difference of the two sides); the
system is solved exactly (`constant_systems`) and every solution kept is confirmed a second
way: numerically at the roots of the divisor, or exactly at random rational points.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.algebra import functions
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials import constant_systems as systems
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "polynomial polynomials quadratic cubic has have for some all every real integer integers "
    "numbers number constants constant which by find compute determine enter ordered pair triple "
    "quadruple what value values does such so let suppose if then where we there exist "
    "exists possible calculate list separated commas your answer as with any gives true holds "
    "s satisfy satisfies equation function given defined it"
    .split())
_L = r"@\d+@(?:(?:,|,? and)? @\d+@)*"
_P = r"(?:the )?(?:polynomial |quadratic |cubic )?"
_DIVIDES = [
    re.compile(rf"{_P}(?P<p>@\d+@) is (?:exactly )?divisible by {_P}(?P<d>@\d+@)"),
    re.compile(rf"{_P}(?P<d>@\d+@) (?:divides|is a factor of) {_P}(?P<p>@\d+@)"),
    re.compile(rf"\bdoes {_P}(?P<d>@\d+@) divide {_P}(?P<p>@\d+@)"),
    re.compile(rf"{_P}(?P<p>@\d+@) has (?:a factor of the form |(?P<d2>@\d+@) as a factor)"
               rf"(?P<d>@\d+@)?"),
]
_REMAINDER = [
    re.compile(rf"when {_P}(?P<p>@\d+@) is divided by {_P}(?P<d>@\d+@),? the remainder is "
               rf"(?P<r>@\d+@)"),
    re.compile(rf"dividing {_P}(?P<p>@\d+@) by {_P}(?P<d>@\d+@) (?:leaves|gives) (?:a |the )?"
               rf"remainder(?: of)? (?P<r>@\d+@)"),
    re.compile(rf"the remainder when {_P}(?P<p>@\d+@) is divided by {_P}(?P<d>@\d+@) is "
               rf"(?P<r>@\d+@)"),
    re.compile(rf"{_P}(?P<p>@\d+@) leaves (?:a |the )?remainder(?: of)? (?P<r>@\d+@) when "
               rf"(?:it is )?divided by {_P}(?P<d>@\d+@)"),
]
_EVERY = re.compile(r"for (?:all|every|any) (?:real )?(?:numbers? |values? of )?(?P<v>@\d+@)"
                    r"(?: (?:not equal to|other than) @\d+@)?")
_KIND = r"(?P<kind>real|integer|positive|rational)s?(?: numbers?| constants?| values?)?"
_QUALIFIERS = [
    re.compile(rf"(?:for |there exist )?(?:some |certain )?{_KIND} (?P<u>{_L})"),
    re.compile(rf"(?P<u>{_L}),? (?:are|is|be) (?:both |all )?{_KIND}"),
]
_ASK = re.compile(
    r"(?:find|compute|determine|what is|enter|calculate|for which) (?:all |every )?(?:the )?"
    r"(?:possible )?"
    r"(?:value of |values of |value\(s\) of |constants? |ordered (?:pair|triple|quadruple) )?"
    r"(?:(?:real|integer|positive|rational)s? (?:numbers? )?)?(?P<t>@\d+@)")
_DEF = re.compile(r"^\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*=(?!.*=)")
_CALL = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\s*\(")


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"divi|factor|remainder|for (?:all|every|any)\b|constant|integers",
                     template) and not any(_DEF.match(m) for m in split.maths):
        return None
    piece = {f"@{i}@": m for i, m in enumerate(split.maths)}
    said: list[tuple[str, str, str]] = []  # (polynomial, divisor, remainder)
    used: set[str] = set()
    rest = template
    for pat in _DIVIDES + _REMAINDER:
        for m in pat.finditer(template):
            g = m.groupdict()
            d = g.get("d") or g.get("d2")
            if d is None:
                return None
            said.append((piece[g["p"]], piece[d], piece[g["r"]] if g.get("r") else "0"))
            used |= set(re.findall(r"@\d+@", m.group(0)))
            rest = rest.replace(m.group(0), " ")
    every = _EVERY.search(template)
    if every:
        used |= set(re.findall(r"@\d+@", every.group(0)))
    defs = [ref for ref in piece if _DEF.match(piece[ref]) and ref not in used]
    identities = [ref for ref in piece if ref not in used and ref not in defs
                  and "=" in piece[ref] and piece[ref].count("=") == 1]
    if not said and not identities or not words_within(rest, VOCAB):
        return None
    asks = [m for m in _ASK.finditer(template) if m.group("t") not in used | set(defs)
            | set(identities)]
    if not asks:
        return None
    ask = asks[-1]
    if identities and not (every or defs or _QUALIFIERS[0].search(template)
                           or "constant" in ask.group(0)):
        return None  # an equation to solve, not an identity
    kinds: dict[str, set[str]] = {}
    for pat in _QUALIFIERS:
        for m in pat.finditer(template):
            for ref in re.findall(r"@\d+@", m.group("u")):
                if not re.fullmatch(r"\s*[A-Za-z]\s*", piece[ref]):
                    break  # a letter list ends before an equation
                if every and ref == every.group("v"):
                    continue  # "for every real number x": the letter of the identity
                kinds.setdefault(piece[ref].strip(), set()).add(m.group("kind"))
                used.add(ref)
    used |= {ask.group("t"), *defs, *identities}
    if used != set(piece):
        return None
    variable = _variable(every and piece[every.group("v")],
                         [s[1] for s in said] + [piece[r] for r in identities], defs, piece,
                         set(kinds))
    return _solve(said, [piece[r] for r in identities], [piece[r] for r in defs], kinds,
                  piece[ask.group("t")], variable,
                  bool({"all", "every"} & set(ask.group(0).split())))


def _variable(named: str | None, divisors: list[str], defs: list[str],
              piece: dict[str, str], qualified: set[str]) -> sp.Symbol:
    """The letter every statement holds for: said ("for all x"), a definition's, or x."""
    if named:
        letter = re.match(r"\s*([a-z])\b", named)
        if not letter:
            raise Decline("a letter the statement holds for")
        return sp.Symbol(letter.group(1))
    letters = {_DEF.match(piece[r]).group(2) for r in defs}  # type: ignore[union-attr]
    if len(letters) > 1:
        raise Decline("functions of one letter")
    if letters:
        return sp.Symbol(letters.pop())
    for d in divisors:
        e = parse_latex(d)
        if isinstance(e, sp.Basic) and sp.Symbol("x") in e.free_symbols \
                and "x" not in qualified:
            return sp.Symbol("x")
    raise Decline("a polynomial in x")


def _solve(said: list[tuple[str, str, str]], identities: list[str], defs: list[str],
           kinds: dict[str, set[str]], target_src: str, x: sp.Symbol, every: bool) -> Result:
    facts = systems.Facts(x)
    for p_src, d_src, r_src in said:
        facts.divides(_expr(p_src), _expr(d_src), _expr(r_src))
    table = None
    if defs:
        unknowns = set().union(*(_expr(_DEF.sub("", d)).free_symbols for d in defs)) - {x}
        table = functions.Table(defs, params=unknowns | {x})
    for src in identities:
        lhs_src, rhs_src = src.split("=")
        sides = []
        for side in (lhs_src, rhs_src):
            if _CALL.search(side):
                if table is None:
                    raise Decline("a call of a function that is not defined")
                sides.append(table.evaluate(side, []))
            else:
                sides.append(_expr(side))
        letters = (sides[0] - sides[1]).free_symbols
        if x not in letters or not letters - {x}:
            raise Decline("an identity in x with unknown constants")
        facts.identity(sides[0], sides[1])
    for name in kinds:
        if sp.Symbol(name) not in facts.unknowns():
            raise Decline("a qualifier on a letter that is not an unknown")
    target = _target(target_src)
    values, steps = facts.solve({sp.Symbol(k): v for k, v in kinds.items()}, target)
    if every:
        return sp.FiniteSet(*values), steps
    if len(values) != 1:
        raise Decline("the value asked for is not determined uniquely")
    return values[0], steps + _shown(target, values[0])


def _expr(src: str) -> sp.Expr:
    e = parse_latex(src)
    if not isinstance(e, sp.Expr):
        raise Decline("an expression")
    if sp.Symbol("i") in e.free_symbols:
        raise Decline("i here may be the imaginary unit")
    return e


def _target(src: str) -> sp.Basic:
    pair = re.fullmatch(r"\s*\(([^()]*,[^()]*)\)\s*", src)
    if pair:
        return sp.Tuple(*(_expr(part) for part in pair.group(1).split(",")))
    return _expr(src)


def _shown(target: sp.Basic, value: sp.Basic) -> list[Step]:
    if isinstance(target, sp.Tuple) or target.is_Symbol:
        return []
    claim = f"{latex(target)} = {latex(value)}"
    return [step("substitute", "Put the values found into the expression asked for.",
                 f"${claim}$", claim)]


__all__ = ["read"]
