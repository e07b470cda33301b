"""The numbers a condition phrase holds, read out of its maths pieces: the letter naming the
integer sought and the bounds an inequality on it sets (`n > 1`, `10 < n < 50`), a
remainder with its list or run of divisors, a congruence's residue and modulus, and final
digits as written. `integer_conditions.read_wanted` uses them."""

from __future__ import annotations

import re

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


_RELATIONS = {"<": "lt", "≤": "le", ">": "gt", "≥": "ge"}
_MIRROR = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le"}


def inequality(src: str, name: str) -> list[tuple[str, int]]:
    """Bounds on the named integer from `n > 1`, `n \\le 30`, `10 < n < 50` ([] if not one)."""
    t = re.sub(r"\\(?:leq|le)(?![a-z])", "≤", re.sub(r"\\(?:geq|ge)(?![a-z])", "≥", src))
    t = re.sub(r"\s+", "", t.replace("<=", "≤").replace(">=", "≥"))
    rel = r"(<|≤|>|≥)"
    n = re.escape(name)
    if m := re.fullmatch(n + rel + r"(-?\d+)", t):
        return [(_RELATIONS[m.group(1)], int(m.group(2)))]
    if m := re.fullmatch(r"(-?\d+)" + rel + n, t):
        return [(_MIRROR[_RELATIONS[m.group(2)]], int(m.group(1)))]
    if m := re.fullmatch(r"(-?\d+)" + rel + n + rel + r"(-?\d+)", t):
        a, b = _RELATIONS[m.group(2)], _RELATIONS[m.group(3)]
        if {a, b} <= {"lt", "le"} or {a, b} <= {"gt", "ge"}:
            return [(_MIRROR[a], int(m.group(1))), (b, int(m.group(4)))]
    return []


_COMMON = (r"(?:\\text\{(?P<k1>gcd|lcm)\}|\\operatorname\{(?P<k2>gcd|lcm)\}|\\mathop\{\\text\{"
           r"(?P<k3>gcd|lcm)\}\}|\\(?P<k4>gcd)|(?P<k5>gcd|lcm))")


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


__all__ = ["congruence", "final_digits", "inequality", "name", "remainder_list"]
