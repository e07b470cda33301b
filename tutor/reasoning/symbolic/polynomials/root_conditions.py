"""Typed reader: unknown coefficients of a polynomial from what is said of its roots,
factors and remainders.

"Given that $2 + \\sqrt{5}$ is a root of $x^3 + ax^2 + bx - 1 = 0$ and that $a$ and $b$ are
rational, find $a$", "Let $p$ and $q$ be real numbers. One of the roots of $x^3 + px + q$
is $2 - i$. Enter the ordered pair $(p, q)$", "If $x - 3$ is a factor of $kx^3 - 4x + 6$,
find $k$", "When $ax^3 + bx - 2$ is divided by $x - 1$ the remainder is $4$ ...", and
then "find the third root" or "find the real root" of the polynomial found.

A root of a polynomial with rational (or real) coefficients brings its conjugates: the
polynomial is divisible by the root's minimal polynomial over the rationals (or by
(x - r)(x - conj r)), so the remainder's coefficients vanish; a factor or a remainder
gives the same kind of equations. The unknowns must be determined uniquely, and the
polynomial found is checked numerically: it vanishes at every stated root, and at the
roots of each divisor it takes the stated remainder's values.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials import coefficient_checks as checks
from tutor.reasoning.symbolic.polynomials.reading import Letters, complex_value
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "root roots zero zeros solution solutions one two three of polynomial equation cubic "
    "quadratic quartic has have as when divided by remainder factor where let be real "
    "rational integer integers numbers number constants constant some certain coefficients "
    "with both all also find compute determine what enter ordered pair triple third other "
    "real remaining nonzero such satisfies satisfy if given that makes make".split())
_L = r"@\d+@(?:(?:,|,? and)? @\d+@)*"
_POLY = r"(?:(?:the|this) )?(?:(?:cubic|quadratic|quartic|polynomial|equation) )*"
_CLAUSES = {
    "root": [
        re.compile(rf"(?P<r>{_L}) (?:is|are) (?:a |one |both )?(?:of the )?(?:roots?|zeros?|"
                   rf"solutions?) of {_POLY}(?P<p>@\d+@)"),
        re.compile(rf"(?:(?:one|two|three) of the (?:roots|zeros|solutions)|one (?:root|zero|"
                   rf"solution)) of {_POLY}(?P<p>@\d+@),? (?:is|are) (?P<r>{_L})"),
        re.compile(rf"(?P<p>@\d+@),?(?: with (?:real|rational|integer) coefficients,?)? "
                   rf"(?:has|have) (?P<r>{_L}) as (?:a )?(?:roots?|zeros?)"),
        # "does the equation ... have the solution $x = 4$", "makes $x = 4$ a root of ..."
        re.compile(rf"(?P<p>@\d+@),? (?:has|have) (?:the |a |one )?(?:roots?|zeros?|"
                   rf"solutions?) (?P<r>{_L})"),
        re.compile(rf"makes? (?P<r>{_L}) (?:a |one )?(?:roots?|zeros?|solutions?) of "
                   rf"{_POLY}(?P<p>@\d+@)"),
    ],
    # "@0@ is a factor of @1@", "for what value of @2@ is @0@ a factor of @1@"
    "factor": [re.compile(r"(?P<f>@\d+@) (?:is )?a factor of (?P<p>@\d+@)")],
    "remainder": [
        re.compile(r"when (?P<p>@\d+@) is divided by (?P<d>@\d+@),? the remainder is "
                   r"(?P<r>@\d+@)"),
    ],
}
_KIND = r"(?P<kind>real|rational|integer)s?(?: numbers?| constants?)?"
_QUALIFIERS = [
    re.compile(rf"(?P<u>{_L}),? (?:are|be|is) (?:both |all )?(?P<nonzero>nonzero )?{_KIND}"),
    re.compile(rf"for (?:some|certain) {_KIND} (?:values of )?(?P<u>{_L})"),
    re.compile(rf"(?:with|has) {_KIND} coefficients"),
]
_ASKED = re.compile(r"(?:(?:find|compute|determine|what is|enter|evaluate)(?: the value of| the"
                    r" constant| the ordered (?:pair|triple))?|(?:for )?(?:what|which) value of)"
                    r" (?P<t>@\d+@)(?:\W*$| if | given that | where | such that | does | makes? "
                    r"| is )")
_WHICH = re.compile(r"(?:find|what is|determine|compute|enter) the (?P<which>third|other|real|"
                    r"remaining) (?:root|zero|solution)(?: of (?:this|the) (?:cubic|polynomial|"
                    r"equation|quadratic)(?: polynomial| equation)?)?\W*$")


_DEFINES = re.compile(r"\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*=[^=]+")
_CALL = re.compile(r"\s*([A-Za-z])\s*\(([^()=]+)\)\s*")


def _values(split: Split, refs: set[str]) -> tuple[str | None, list[str]]:
    """The definition `p(x) = ...` among the pieces `refs` and the pieces that state values
    of p (`p(2) = 5`, `p(1) = p(3) = 0`); (None, []) unless every piece is one of them."""
    defined, values = None, []
    for ref in sorted(refs):
        src = split.maths[int(ref[1:-1])]
        parts = src.split("=")
        if _DEFINES.fullmatch(src) and defined is None:
            defined = src
        elif len(parts) >= 2 and any(_CALL.fullmatch(q) for q in parts):
            values.append(src)
        else:
            return None, []
    if defined is None or not values:
        return None, []
    name = defined.strip()[0]
    if any((c := _CALL.fullmatch(q)) and c.group(1) != name for v in values
           for q in v.split("=")):
        return None, []
    return defined, values


def read(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB):
        return None
    if not re.search(r"\b(?:roots?|zeros?|factor|remainder|solution)\b", template) \
            and "polynomial" not in template and not any(_DEFINES.fullmatch(m)
                                                         for m in split.maths):
        return None
    asked = _ASKED.search(template) or _WHICH.search(template)
    if asked is None:
        return None
    used = set(re.findall(r"@\d+@", asked.group(0)))
    said: list[tuple[str, re.Match[str]]] = []
    for kind, pats in _CLAUSES.items():
        for pat in pats:
            for m in pat.finditer(template):
                said.append((kind, m))
                used |= set(re.findall(r"@\d+@", m.group(0)))
    kinds: dict[str, set[str]] = {}
    for pat in _QUALIFIERS:
        for m in pat.finditer(template):
            pieces = re.findall(r"@\d+@", m.groupdict().get("u") or "") or ["*"]
            for piece in pieces:
                kinds.setdefault(piece, set()).add(m.group("kind"))
                if m.groupdict().get("nonzero"):
                    kinds[piece].add("nonzero")
            used |= set(pieces) - {"*"}
    defined, values = _values(split, set(re.findall(r"@\d+@", template)) - used)
    if not (said or values) or (not values and used != set(re.findall(r"@\d+@", template))):
        return None
    return _solve(split, said, kinds, asked, (defined, values))


def _solve(split: Split, said: list[tuple[str, re.Match[str]]], kinds: dict[str, set[str]],
           asked: re.Match[str], stated: tuple[str | None, list[str]]) -> Result:
    letters = Letters()

    def piece(ref: str) -> str:
        return split.maths[int(ref[1:-1])]

    defined, values = stated
    polys = {_defined(split, piece(m.group("p"))) for _, m in said} | (
        {defined} if defined else set())
    if len(polys) != 1:
        raise Decline("one polynomial")
    poly = checks.Polynomial(polys.pop(), letters)
    unknown_kinds = checks.unknown_kinds(kinds, poly.unknowns, lambda r: letters.parse(piece(r)))
    conditions = checks.Conditions(poly, unknown_kinds)
    for kind, m in said:
        if kind == "root":
            for ref in re.findall(r"@\d+@", m.group("r")):
                conditions.add_root(_root(piece(ref), poly.x))
        elif kind == "factor":
            conditions.add_divisor(piece(m.group("f")), "0")
        else:
            conditions.add_divisor(piece(m.group("d")), piece(m.group("r")))
    for src in values:
        calls = [_CALL.fullmatch(q) for q in src.split("=")]
        conditions.add_values([c.group(2) if c else q for c, q in zip(calls, src.split("="),
                                                                     strict=True)],
                              [c is not None for c in calls])
    solution, steps = conditions.solve()
    if "which" in asked.groupdict():
        value, more = conditions.other_root(solution, asked.group("which"))
    else:
        call = _CALL.fullmatch(piece(asked.group("t")))
        if defined and call and defined.strip().startswith(call.group(1)):
            target = poly.expr.subs(poly.x, complex_value(call.group(2), letters))
        else:
            target = _target(piece(asked.group("t")), letters)
        value, more = _value(target, solution)
    return value, steps + more


def _root(src: str, x: sp.Symbol) -> str:
    """A root named with its letter ("$x = 4$") is the number; another letter declines."""
    named = re.fullmatch(r"\s*([a-z])\s*=([^=]+)", src)
    if named is None:
        return src
    if named.group(1) != str(x):
        raise Decline(f"a root of ${x}$ named by the letter ${named.group(1)}$")
    return named.group(2)


def _defined(split: Split, src: str) -> str:
    """A function's name (`f(x)`) stands for its definition (`f(x) = ax^3 + 1`)."""
    name = re.fullmatch(r"\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*", src)
    if not name:
        return src
    found = {m for m in split.maths if re.match(rf"\s*{name.group(1)}\s*\(\s*"
                                                rf"{name.group(2)}\s*\)\s*=", m)}
    if len(found) != 1:
        raise Decline("a function defined once")
    return found.pop()


def _target(src: str, letters: Letters) -> sp.Basic:
    """The expression asked for; `(a, b)` is an ordered list of letters."""
    pair = re.fullmatch(r"\s*\(([^()]*,[^()]*)\)\s*", src)
    if pair:
        return sp.Tuple(*(letters.parse(part) for part in pair.group(1).split(",")))
    return letters.parse(src)


def _value(target: sp.Basic, solution: dict[sp.Symbol, sp.Expr]
           ) -> tuple[sp.Basic, list[Step]]:
    if isinstance(target, sp.Tuple) and all(t in solution for t in target):
        value = sp.Tuple(*(solution[t] for t in target))
        return value, []
    if not isinstance(target, sp.Expr) or not target.free_symbols <= set(solution):
        raise Decline("an expression in the unknown coefficients")
    value = sp.radsimp(sp.expand(target.subs(solution)))
    if target.is_Symbol:
        return value, []
    claim = f"{latex(target.subs(solution, simultaneous=True), order='none')} = {latex(value)}"
    return value, [step("substitute", "Put the values found into the expression asked for.",
                        f"${latex(target)} = {claim}$", claim)]


__all__ = ["read"]
