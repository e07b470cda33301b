"""Conditions on a value computed from the integer sought, not on the integer itself:
"the least positive integer $n$ such that $3n$ is a perfect square and $2n$ is a perfect
cube", "... for which $k^2 + 1$ is divisible by $13$", "the sum of all integers $n$ such
that $\\frac{24}{2n-1}$ is an integer", "$\\frac{n}{n+40}$ is a terminating decimal".

The value is a rational function of the named integer with rational coefficients (read by
`parsing.parse_latex`, never evaluated as text). It is computed two independent ways: as
the quotient of two integer polynomials by Horner's rule (the search), and by walking the
formula as written with exact fractions (the confirmation); each property is tested two
ways too. "Is an integer" bounds the integers by itself: Q(n) divides P(n) only where
|Q(n)| <= |R(n)| or R(n) = 0, R the remainder of lc(Q)^k P on division by Q.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import condition_values, value_bounds, value_tests
from tutor.reasoning.symbolic.number_theory.congruences import CONGRUENCE
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex

SPAN = 100_000  # candidates tried when a value is computed for each
WORDS = frozenset("integer perfect square cube prime composite not divisible multiple ends end "
                  "terminating decimal equal palindrome remainder divided congruent equivalent "
                  "mod modulo results result in".split())

# "x + 5678 results in a palindrome" says "is a palindrome"
_IS = r"(?:(?:is|are) (?:also |still |itself |themselves )?|results? in )"
PHRASES: list[tuple[str, re.Pattern[str]]] = [
    ("notint", re.compile(_IS + r"not (?:an )?integers?")),
    ("posint", re.compile(_IS + r"(?:equal to )?(?:a )?positive integers?")),
    ("int", re.compile(_IS + r"(?:equal to )?(?:an )?integers?")),
    ("term", re.compile(r"(?:(?:is|are) (?:equal to )?|(?:yields?|gives?) |(?:can|could) be "
                        r"(?:written|expressed) as |equals )(?:a )?terminating decimals?")),
    ("notprime", re.compile(_IS + r"not (?:a )?prime(?: numbers?)?")),
    ("prime", re.compile(_IS + r"(?:a )?prime(?: numbers?)?")),
    ("composite", re.compile(_IS + r"(?:a )?composite(?: numbers?)?")),
    ("square", re.compile(_IS + r"(?:a )?perfect squares?")),
    ("cube", re.compile(_IS + r"(?:a )?perfect cubes?")),
    ("notdiv", re.compile(_IS + r"not (?:divisible by|a multiple of) @(\d+)@")),
    ("div", re.compile(_IS + r"(?:divisible by|a multiple of) @(\d+)@")),
    ("mod", re.compile(r"(?:leaves|has|gives) (?:a remainder of|remainder) @(\d+)@ when "
                       r"(?:it is )?divided by @(\d+)@")),
    ("cong", re.compile(_IS + r"(?:congruent|equivalent) to @(\d+)@ \(?(?:mod|modulo) @(\d+)@ ?"
                        r"\)?")),
    ("pal", re.compile(_IS + r"(?:a )?palindromes?")),
    # "such that 11t ends in 36": the final digits of the value (whole numbers only)
    ("ends", re.compile(r"(?:ends?|end) (?:in|with) (?:the digits? )?@(\d+)@")),
]


@dataclass(frozen=True)
class ValueCondition:
    """A property (kind, a, b) of the value of `expr` at the integer named `letter`."""

    expr: sp.Expr
    letter: sp.Symbol
    latex: str
    kind: str
    a: int = 0
    b: int = 0
    final_digits: bool = False  # "whose cube ends in 888": said of whole numbers only
    absolute: bool = False  # "|6n^2 - 47n + 15| is prime": the property of the size of expr

    def first(self) -> Callable[[int], bool]:
        num, den = value_tests.integer_polynomials(self.expr, self.letter)
        prop = value_tests.value_property(self.kind, self.a, self.b, second=False)

        def holds(n: int) -> bool:
            if self.final_digits and n < 0:
                raise Decline("the final digits of a value at a negative integer")
            q = value_tests.horner(den, n)
            v = Fraction(value_tests.horner(num, n), q) if q != 0 else None
            return v is not None and prop(abs(v) if self.absolute else v)
        return holds

    def second(self) -> Callable[[int], bool]:
        prop = value_tests.value_property(self.kind, self.a, self.b, second=True)

        def holds(n: int) -> bool:
            if self.final_digits and n < 0:
                raise Decline("the final digits of a value at a negative integer")
            v = value_tests.walk(self.expr, self.letter, n)
            return v is not None and prop(abs(v) if self.absolute else v)
        return holds

    def bound(self) -> tuple[int, int] | None:
        """The only integers at which the value can be an integer, a prime or a perfect
        square, when there are finitely many."""
        if self.kind in ("int", "posint"):
            return value_tests.integer_bound(self.expr, self.letter)
        found = self.bound_reason()
        return found and (found[0], found[1])

    def bound_reason(self) -> value_bounds.Bound | None:
        """The bound for a prime or a perfect square, with the algebra behind it."""
        if self.kind == "prime":
            return value_bounds.prime_bound(self.expr, self.letter)
        if self.kind == "square":
            return value_bounds.square_bound(self.expr, self.letter)
        return None

    def value_at(self, n: int) -> Fraction | None:
        v = value_tests.walk(self.expr, self.letter, n)
        return abs(v) if v is not None and self.absolute else v


def read(split: Split, slot: int, letter: str, rest: str) -> tuple[list[ValueCondition],
                                                                   set[int], int] | None:
    """A formula in the named integer at `slot` followed by a property of its value: the
    conditions, the slots used and how much of `rest` (the text after the formula) they
    take. None when the formula is not one in the letter alone."""
    src = split.maths[slot]
    if "\\equiv" in src:  # "such that n^2 \\equiv 1 \\pmod 8"
        vc = read_congruence(split, slot, letter)
        return ([vc], set(), 0) if vc else None
    if (divides := _DIVIDES.match(rest)) is not None:  # "n + 6 divides n^2 + 6"
        return _read_divides(split, slot, letter, rest, divides)
    if not _has(letter, src):
        return None
    if not any(p.match(rest) for _, p in PHRASES):
        return None
    x = sp.Symbol(letter)
    root = re.fullmatch(r"\s*\\sqrt\s*\{(.+)\}\s*", src)
    whole = re.match(_IS + r"(?:an )?integer(?![a-z])", rest)
    if root and whole and _balanced(root.group(1)):  # "sqrt(50n) is an integer": 50n a square
        square = "is a perfect square"
        got = read_value(split, root.group(1), x, square + rest[whole.end():])
        return got and (got[0], got[1], got[2] - len(square) + whole.end())
    return read_value(split, src, x, rest)


_DIVIDES = re.compile(r"(?:evenly )?(?:divides|divide|is a (?:divisor|factor) of) @(\d+)@")


def _has(letter: str, tex: str) -> bool:
    return re.search(r"(?<![a-zA-Z\\])" + re.escape(letter) + r"(?![a-zA-Z])", tex) is not None


def divides_value(split: Split, letter: str, rest: str) -> bool:
    """`rest` opens "divides F" with F in the letter ("n divides 2n + 12")."""
    d = _DIVIDES.match(rest)
    return d is not None and _has(letter, split.maths[int(d.group(1))])


def _read_divides(split: Split, slot: int, letter: str, rest: str, divides: re.Match[str]
                  ) -> tuple[list[ValueCondition], set[int], int] | None:
    """"n + 6 divides n^2 + 6" says (n^2 + 6)/(n + 6) is an integer; "7 divides n^2 + 3"
    says n^2 + 3 is divisible by 7. None when neither side is in the letter."""
    src, other = split.maths[slot], split.maths[int(divides.group(1))]
    if not _has(letter, other):
        return None  # "n divides 42": a divisor of a number, read with the integer's own words
    if _has(letter, src):
        said = "is an integer"
        got = read_value(split, f"\\frac{{{other}}}{{{src}}}", sp.Symbol(letter),
                         said + rest[divides.end():])
    else:
        said = f"is divisible by @{slot}@"
        got = read_value(split, other, sp.Symbol(letter), said + rest[divides.end():])
    return got and (got[0], got[1] | {int(divides.group(1))}, got[2] - len(said) + divides.end())


def read_value(split: Split, src: str, x: sp.Symbol, rest: str
              ) -> tuple[list[ValueCondition], set[int], int] | None:
    """The value `src` (a rational function of x) and the property said in `rest`."""
    if (sized := _read_absolute(split, src, x, rest)) is not None:
        return sized
    expr = parse_latex(src)
    if not isinstance(expr, sp.Expr) or expr.free_symbols != {x} or not expr.is_rational_function(
            x) or any(isinstance(c, sp.Float) for c in expr.atoms(sp.Number)):
        raise Decline("a value that is not a rational function of the integer sought")
    return with_property(split, expr, x, src.strip(), rest)


# properties that depend only on the size of a value: said of |f(n)|, they are said of f(n)
_SIGN_FREE = frozenset({"prime", "notprime", "composite", "div", "notdiv"})


def _read_absolute(split: Split, src: str, x: sp.Symbol, rest: str
                   ) -> tuple[list[ValueCondition], set[int], int] | None:
    """"|6n^2 - 47n + 15| is prime": the property of the size of a rational function."""
    expr = parse_latex(src)
    if not isinstance(expr, sp.Abs):
        return None
    inner = expr.args[0]
    if inner.free_symbols != {x} or not inner.is_rational_function(x):
        raise Decline("a size of a value that is not a rational function of the integer sought")
    got = with_property(split, inner, x, src.strip(), rest)
    if got is None:
        return None
    conds, slots, used = got
    if any(c.kind not in _SIGN_FREE or c.final_digits for c in conds):
        raise Decline("a property of a size that depends on its sign")
    return [replace(c, absolute=True) for c in conds], slots, used


def _balanced(tex: str) -> bool:
    """The braces of `tex` close in order (one argument, not '{a} + \\sqrt{b')."""
    depth = 0
    for c in tex:
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


_SOLVES = re.compile(r"(?:that |which )?(?:satisfy|satisfies|satisfying|solve|solves|solving|to|of)"
                     r" (?:the congruence )?@(\d+)@")


def read_congruence(split: Split, slot: int, letter: str | None) -> ValueCondition | None:
    """'n^2 \\equiv 1 \\pmod{8}' as a condition on n: (lhs - rhs) leaves remainder 0 on
    division by the modulus. None when the piece is not a congruence."""
    c = CONGRUENCE.fullmatch(split.maths[slot])
    if c is None:
        return None
    expr = parse_latex(c.group(1)) - parse_latex(c.group(2))
    names = {str(v) for v in expr.free_symbols}
    if len(names) != 1 or letter is not None and names != {letter}:
        raise Decline("a congruence in the integer sought alone")
    x = sp.Symbol(names.pop())
    if not isinstance(expr, sp.Expr) or not expr.is_polynomial(x):
        raise Decline("a congruence between polynomials")
    value_tests.integer_polynomials(expr, x)
    mod = int(c.group(3))
    if mod < 2:
        raise Decline("a modulus of at least 2")
    return ValueCondition(expr, x, f"{c.group(1)} - ({c.group(2)})", "mod", 0, mod)


def read_solves(split: Split, rest: str, letter: str | None
                ) -> tuple[list[ValueCondition], set[int], int] | None:
    """'(positive integers) that satisfy $3x + 1 \\equiv 5 \\pmod 7$'."""
    m = _SOLVES.match(rest)
    if m is None or "\\equiv" not in split.maths[int(m.group(1))]:
        return None
    vc = read_congruence(split, int(m.group(1)), letter)
    if vc is None:
        raise Decline("a congruence not understood")
    return [vc], {int(m.group(1))}, m.end()


def with_property(split: Split, expr: sp.Expr, x: sp.Symbol, src: str, rest: str
                  ) -> tuple[list[ValueCondition], set[int], int] | None:
    """The property `rest` opens with ("is a perfect square", "leaves a remainder of 2 when
    divided by 5"), told of the value `expr` of x: its conditions, the maths slots it read,
    and how far into `rest` it read; None when `rest` tells no property."""
    kind, m = next(((k, c) for k, p in PHRASES if (c := p.match(rest))), ("", None))
    if m is None:
        return None
    value_tests.integer_polynomials(expr, x)  # rational coefficients only
    slots = [int(s) for s in m.groups() if s]
    if kind == "ends":  # "ends in 36": 36 more than a multiple of 100, of whole numbers
        value, place = condition_values.final_digits(split, [str(slots[0])])
        return [ValueCondition(expr, x, src, "mod", value, place, final_digits=True)], \
            set(slots), m.end()
    nums = [integer(split.maths[s]) for s in slots]
    if kind == "cong":  # "is congruent to 3 modulo 7": a remainder, reduced
        if nums[1] < 2:
            raise Decline("a modulus of at least 2")
        kind, nums = "mod", [nums[0] % nums[1], nums[1]]
    if kind in ("div", "notdiv") and nums[0] < 1 or kind == "mod" and not 0 <= nums[0] < nums[1]:
        raise Decline("a divisor of at least 1 and a remainder below it")
    a, b = (nums + [0, 0])[:2]
    return [ValueCondition(expr, x, src, kind, a, b)], set(slots), m.end()


_SAID = {"int": "an integer", "posint": "a positive integer", "notint": "not an integer",
         "term": "a terminating decimal",
         "prime": "prime", "notprime": "not prime", "composite": "composite",
         "square": "a perfect square", "cube": "a perfect cube", "pal": "a palindrome"}


def claim(vc: ValueCondition, n: int) -> tuple[str, str]:
    """The value at n as a checkable equation, and what it shows in words."""
    v = vc.value_at(n)
    if v is None:
        raise Decline("a value that is undefined at the answer")
    num = f"({n})" if n < 0 else str(n)

    def put(m: re.Match[str]) -> str:
        before, after = vc.latex[:m.start()].rstrip(), vc.latex[m.end():]
        lead = " \\cdot " if before and before[-1] in "0123456789)}" else ""
        tail = " \\cdot " if after[:1] == "(" or after.startswith("\\left") else ""
        return lead + num + tail
    text = re.sub(r"(?<![a-zA-Z\\])" + re.escape(str(vc.letter)) + r"(?![a-zA-Z])", put,
                  vc.latex)
    value = str(v.numerator) if v.denominator == 1 else \
        f"\\frac{{{v.numerator}}}{{{v.denominator}}}"
    said = _SAID.get(vc.kind) or {"div": f"a multiple of {vc.a}",
                                  "notdiv": f"not a multiple of {vc.a}",
                                  "mod": f"{vc.a} more than a multiple of {vc.b}"}[vc.kind]
    return f"{text} = {value}", said


__all__ = ["PHRASES", "SPAN", "WORDS", "ValueCondition", "claim", "read", "read_congruence",
           "read_solves", "with_property"]
