"""The numbers a condition phrase holds, read out of its maths pieces: the letter naming the
integer sought and the bounds an inequality on it sets (`n > 1`, `10 < n < 50`), a
remainder with its list or run of divisors, a congruence's residue and modulus, and final
digits as written. `integer_conditions.read_wanted` uses them."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, localcontext

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import integer_properties
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split


def name(split: Split, rest: str) -> tuple[str, str] | None:
    """The slot and letter of a name given to the integer sought, right after its noun."""
    m = re.match(r"@(\d+)@", rest)
    if m and re.fullmatch(r"\s*[a-zA-Z]\s*", split.maths[int(m.group(1))]):
        return m.group(1), split.maths[int(m.group(1))].strip()
    return None


def bounded_name(split: Split, rest: str, nonnegative: bool
                 ) -> tuple[tuple[str, str], Bounds, str | None] | None:
    """A name given together with its range in one piece, right after the noun ("positive
    integers $n \\le 100$", "integers $1 \\le k \\le 50$"): the slot and letter, the
    bounds and the claim a bound from a power rests on. None when the piece is not one
    letter bounded by whole numbers."""
    m = re.match(r"@(\d+)@", rest)
    if m is None:
        return None
    src = split.maths[int(m.group(1))]
    letters = set(re.findall(r"(?<![a-zA-Z\\])[a-zA-Z](?![a-zA-Z])", src))
    if len(letters) != 1:
        return None
    letter = letters.pop()
    bounds, why = inequality(src, letter, nonnegative)
    return ((m.group(1), letter), bounds, why) if bounds else None


_RELATIONS = {"<": "lt", "≤": "le", ">": "gt", "≥": "ge"}
_MIRROR = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le"}


Bounds = list[tuple[str, int]]


def inequality(src: str, name: str, nonnegative: bool = False) -> tuple[Bounds, str | None]:
    """Bounds on the named integer from `n > 1`, `n \\le 30`, `10 < n < 50`, and from a
    square or cube of it (`n^2 > 100`, `n^3 \\le 500`; a square only of an integer known to
    be at least 0) ([] if not one), with the claim a bound from a power rests on:
    "10^{3} = 1000, \\quad 11^{3} = 1331", the powers on each side of it (None for a bound
    on the integer itself)."""
    t = re.sub(r"\\(?:leq|le)(?![a-z])", "≤", re.sub(r"\\(?:geq|ge)(?![a-z])", "≥", src))
    t = re.sub(r"\s+", "", t.replace("<=", "≤").replace(">=", "≥"))
    rel = r"(<|≤|>|≥)"
    n = re.escape(name)
    power = n + r"\^\{?([23])\}?"
    if m := re.fullmatch(power + rel + r"(\d+)", t):
        return _power_bound(int(m.group(1)), _RELATIONS[m.group(2)], int(m.group(3)),
                            nonnegative)
    if m := re.fullmatch(r"(\d+)" + rel + power, t):
        return _power_bound(int(m.group(3)), _MIRROR[_RELATIONS[m.group(2)]], int(m.group(1)),
                            nonnegative)
    if m := re.fullmatch(n + rel + r"(-?\d+)", t):
        return [(_RELATIONS[m.group(1)], int(m.group(2)))], None
    if m := re.fullmatch(r"(-?\d+)" + rel + n, t):
        return [(_MIRROR[_RELATIONS[m.group(2)]], int(m.group(1)))], None
    if m := re.fullmatch(r"(-?\d+)" + rel + n + rel + r"(-?\d+)", t):
        a, b = _RELATIONS[m.group(2)], _RELATIONS[m.group(3)]
        if {a, b} <= {"lt", "le"} or {a, b} <= {"gt", "ge"}:
            return [(_MIRROR[a], int(m.group(1))), (b, int(m.group(4)))], None
    return [], None


def _power_bound(k: int, kind: str, c: int, nonnegative: bool) -> tuple[Bounds, str | None]:
    """n^k (kind) c as a bound on n itself: n^k increases with n (for a square, n >= 0).
    The bound is tested again by raising it and its neighbour to the k-th power, and those
    two powers are the claim shown."""
    if k == 2 and not nonnegative:
        return [], None
    root, exact = (int(v) for v in sp.integer_nthroot(c, k))
    if kind in ("gt", "ge"):
        low = root + 1 if kind == "gt" or not exact else root
        def holds(x: int) -> bool:
            return x**k > c if kind == "gt" else x**k >= c
        if not holds(low) or (low - 1 >= 0 and holds(low - 1)):
            raise Decline("a bound from a power not confirmed")
        return [("ge", low)], _powers(k, (low - 1, low))
    high = root - 1 if kind == "lt" and exact else root
    def below(x: int) -> bool:
        return x**k < c if kind == "lt" else x**k <= c
    if not below(high) and high >= 0 or below(high + 1):
        raise Decline("a bound from a power not confirmed")
    return [("le", high)], _powers(k, (high, high + 1))


def _powers(k: int, pair: tuple[int, int]) -> str:
    return ", \\quad ".join(f"{x}^{{{k}}} = {x**k}" for x in pair if x >= 0 or k == 3)


def list_end(split: Split, rest: str) -> str:
    """`rest` up to the first ", and" or "and" that a piece other than a whole number
    follows ("a multiple of 8 and $n^2 > 100$"): no list of numbers reads past it."""
    for m in re.finditer(r"(?:,? and|,) @(\d+)@", rest):
        if not re.fullmatch(r"\s*-?\d+\s*", split.maths[int(m.group(1))]):
            return rest[:m.start()]
    return rest


def name_repeated(split: Split, rest: str, letter: str | None, used: set[int]) -> str:
    """"... such that $a$ is a multiple of 4 and $a$ is a multiple of 14": the name said again
    after "and", "but" or a comma is dropped, so that no list of numbers ("a multiple of 4 and
    $a$") takes it in."""
    def drop(m: re.Match[str]) -> str:
        if split.maths[int(m.group(2))].strip() != letter:
            return m.group(0)
        used.add(int(m.group(2)))
        return m.group(1) + " "
    return re.sub(r"(\band|\bbut|,) @(\d+)@ (?=(?:is|are|has|have|leaves|leave|gives)\b)", drop,
                  rest)


@dataclass
class RootBounds:
    """"whose cube root is between 8 and 8.1": n between 8^3 and 8.1^3."""

    power: tuple[int, str, str]  # k and the two ends as written
    claim: tuple[str, str]  # what is bounded, and the powers of the ends
    bounds: list[tuple[str, int]]
    between: tuple[int, int] | None  # both ends whole numbers: read with and without them
    edges: list[int]  # one end a whole number, left out: it must not qualify itself
    slots: set[int]
    end: int


_ROOT = re.compile(r"(?:(?:that|which) )?(?:whose|(?:has|have|with|having) an?|its) (square|cube) "
                   r"root (?:is |lies )?(?:a number )?between @(\d+)@ and @(\d+)@")


def root_bounds(split: Split, rest: str) -> RootBounds | None:
    """The bounds a square or cube root between two decimals sets on a positive integer;
    the powers are worked out exactly (decimal arithmetic to 60 digits)."""
    m = _ROOT.match(rest)
    if m is None:
        return None
    k = 2 if m.group(1) == "square" else 3
    ends = [split.maths[int(m.group(i))].strip() for i in (2, 3)]
    if not all(re.fullmatch(r"\d+(?:\.\d+)?", e) for e in ends):
        raise Decline("a root between two numbers written as decimals")
    with localcontext() as ctx:
        ctx.prec = 60
        low, high = (Decimal(e) ** k for e in ends)
    if low >= high:
        raise Decline("a root between two numbers, the smaller first")
    whole = [v == v.to_integral_value() for v in (low, high)]
    root = "\\sqrt{n}" if k == 2 else "\\sqrt[3]{n}"
    powers = (f"{e}^{{{k}}} = {_plain(v)}" for e, v in zip(ends, (low, high), strict=True))
    claim = (f"{ends[0]} < {root} < {ends[1]}", ", \\quad ".join(powers))
    slots = {int(m.group(2)), int(m.group(3))}
    if all(whole):
        return RootBounds((k, ends[0], ends[1]), claim, [("ge", 1)], (int(low), int(high)), [],
                          slots, m.end())
    # a whole end is left out; the search declines if that end itself qualifies
    bounds = [("ge", max(1, int(low) + 1 if whole[0] else math.ceil(low))),
              ("le", int(high) - 1 if whole[1] else math.floor(high))]
    edges = [int(v) for v, w in zip((low, high), whole, strict=True) if w]
    return RootBounds((k, ends[0], ends[1]), claim, bounds, None, edges, slots, m.end())


def _plain(v: Decimal) -> str:
    return format(v.normalize(), "f")


def root_confirmed(found: int, power: tuple[int, str, str]) -> bool:
    """The k-th root of the answer lies between the two ends (ends allowed), by mpmath at
    50 digits: a second way to the exact powers the bounds came from."""
    k, a, b = power
    with mpmath.workdps(50):
        r = mpmath.root(found, k)
        return bool(mpmath.mpf(a) <= r <= mpmath.mpf(b))


_COMMON = (r"(?:\\text\{(?P<k1>gcd|lcm)\}|\\operatorname\{(?P<k2>gcd|lcm)\}|\\mathop\{\\text\{"
           r"(?P<k3>gcd|lcm)\}\}|\\(?P<k4>gcd)|(?P<k5>gcd|lcm))")
COMMON_CALL = _COMMON  # the name of a gcd or lcm call, as the problems write it


def common_equation(src: str, name: str) -> tuple[str, int, int] | None:
    """`\\gcd(n, 12) = 4`, `\\mathop{\\text{lcm}}[n, 20] = 60` (either order, either side) as
    ("gcdis" or "lcmis", the other number, the value); None when the maths is not one."""
    t = re.sub(r"\s+|\\left|\\right|~", "", src)
    n = re.escape(re.sub(r"\s+", "", name))
    call = _COMMON + r"[(\[](?:" + n + r",(?P<a>\d+)|(?P<b>\d+)," + n + r")[)\]]"
    m = re.fullmatch(call + r"=(?P<c>\d+)", t) or re.fullmatch(r"(?P<c>\d+)=" + call, t)
    if m is None:
        return None
    kind = next(m.group(k) for k in ("k1", "k2", "k3", "k4", "k5") if m.group(k))
    other = int(m.group("a") or m.group("b"))
    if other < 1 or int(m.group("c")) < 1:
        raise Decline("a gcd or lcm of positive integers")
    return f"{kind}is", other, int(m.group("c"))


def remainder_list(split: Split, c: re.Match[str]) -> list[int]:
    """The remainder (a slot or a word) and the divisors (listed, or "from a through b")."""
    r = c.group("r")
    out = [integer(split.maths[int(r[1:-1])]) if r.startswith("@") else
           integer_properties.number_word(r)]
    if c.groupdict().get("span"):
        a, b = (integer(split.maths[int(x)]) for x in re.findall(r"@(\d+)@", c.group("span")))
        if not 2 <= a <= b <= a + 40:
            raise Decline("a short run of divisors")
        return out + list(range(a, b + 1))
    return out + [integer(split.maths[int(x)]) for x in re.findall(r"@(\d+)@", c.group("ms"))]


def congruence(split: Split, slots: list[str]) -> list[int]:
    """"congruent to $15 \\pmod{22}$": the residue and the modulus."""
    m = re.fullmatch(r"\s*(-?\d+)\s*\\pmod\s*\{?\s*(\d+)\s*\}?\s*", split.maths[int(slots[0])])
    if m is None:
        raise Decline("a congruence not understood")
    return [int(m.group(1)), int(m.group(2))]


def final_digits(split: Split, slots: list[str]) -> list[int]:
    """"ends in 09": the value 9 and 100 (the digits as written, leading zeros counted)."""
    text = split.maths[int(slots[0])].strip()
    if not re.fullmatch(r"\d{1,6}", text):
        raise Decline("final digits written as digits")
    return [int(text), 10 ** len(text)]


__all__ = ["RootBounds", "congruence", "final_digits", "inequality", "list_end", "name",
           "name_repeated", "remainder_list", "root_bounds", "root_confirmed"]
