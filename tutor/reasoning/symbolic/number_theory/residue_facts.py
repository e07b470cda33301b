"""Known residues of several letters, the remainder of an expression in them asked: "Let x
be an integer such that 7x ≡ 1 (mod 20). What is the remainder when x + 9 is divided by
20?", "When p is divided by 30 the remainder is 17, and when q is divided by 45 the
remainder is 41. What is the remainder when p + q is divided by 15?", "Suppose x - 3 and
y + 3 are multiples of 7. What is the remainder when x^2 + y is divided by 7?".

Each fact gives one letter's residue: a congruence (linear in the letter: a x + b ≡ c, solved
by the inverse of a / gcd), a remainder in words, 'r more (less) than a multiple of m', or
'a x + b is a multiple of m'. The question's divisor must divide every modulus used, so the
remainder does not depend on which numbers are meant; it is confirmed on actual numbers
with those residues (several of them).
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_M = r"@(\d+)@"
_WHO = r"(?:she|he|they|we|you|i)"
# the letters introduced by whoever holds them: "Marsha has two numbers, a and b."
_HOLDER = re.compile(r"[a-z]+ (?:has|have|picks|chooses|chose) (?:two|three) (?:positive )?"
                     r"(?:integers|numbers),? @\d+@(?:,? @\d+@)*,? and @\d+@\. ?")
_FACTS = [
    ("words", re.compile(r"when " + _M + r" is divided by " + _M + r",? (?:a|the) remainder (?:of "
                         + _M + r" is (?:given|obtained|left)|is " + _M + r")")),
    ("leaves", re.compile(_M + r" leaves (?:a )?remainder (?:of )?" + _M + r" when (?:it is )?"
                          r"divided by " + _M)),
    # "the remainder of n divided by 8 is 3", "the remainder when n is divided by 8 is 3"
    ("of", re.compile(r"the remainder (?:of " + _M + r"|when " + _M + r" is) divided by " + _M
                      + r" is " + _M)),
    # "when she divides a by 70 she gets a remainder of 64"
    ("of", re.compile(r"when " + _WHO + r" divides? " + _M + r" by " + _M + r",? " + _WHO
                      + r" gets? a remainder of " + _M)),
    ("more", re.compile(_M + r" is " + _M + r" (more|less) than a multiple of " + _M)),
    ("multiple", re.compile(r"(?P<xs>" + _M + r"(?:(?:,? and|,) @\d+@)*) (?:is|are) (?:both |all )?"
                            r"(?:a )?multiples? of " + _M)),
    ("cong", re.compile(_M)),  # a congruence written in maths
]
_LEAD = (  # "if n is a positive integer and n ≡ 3 (mod 8)", "suppose a and b are integers with"
    r"(?:(?:if |suppose (?:that )?|given that )?@\d+@(?:,? @\d+@)*(?:,? and @\d+@)? (?:is|are) "
    r"(?:an? )?(?:positive |nonnegative )?integers?,? (?:and|such that|with|where) "
    r"|(?:if|suppose|suppose that|given that|assume that|we know that) |let @\d+@(?:,? "
    r"@\d+@)*(?:,? and @\d+@)? be (?:an? )?(?:positive |nonnegative )?integers? (?:such "
    r"that|with|where) )?")
_ASK = [
    re.compile(r"(?:then )?(?:what is |find |determine |compute )?the remainder (?:when " + _M
               + r" is|of " + _M + r") divided by " + _M),
    re.compile(r"(?:then )?what remainder does " + _M + r" leave when (?:it is )?divided by "
               + _M),
    re.compile(r"what remainder does " + _WHO + r" get when " + _WHO + r" divides? " + _M
               + r" by " + _M),
]
# the least positive n making an expression in the letters and n a multiple ("the smallest
# positive integer n for which x^2 + xy + n is a multiple of 7")
_LEAST = re.compile(r"(?:then )?(?:what is |find |determine )?the (?:smallest|least) positive "
                    r"integer,? " + _M + r",? (?:for which|such that|so that) " + _M + r" is "
                    r"(?:a multiple of|divisible by) " + _M)
_VOCAB = frozenset("smallest least for which so divisible both all "
                   "if suppose that given assume we know let be an integer integers such with "
                   "positive nonnegative "
                   "where when is are divided by a the remainder of given obtained left leaves "
                   "it more less than multiple multiples and then what find determine compute "
                   "does leave she he they we you i divide divides get gets".split())


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    holder = _HOLDER.match(body)
    used: set[int] = set()
    if holder is not None:
        used |= {int(k) for k in re.findall(r"@(\d+)@", holder.group(0))}
        if any(not re.fullmatch(r"\s*[a-zA-Z]\s*", split.maths[k]) for k in used):
            return None
        body = body[holder.end():]
    if not ("remainder" in body or "multiple" in body or "divisible" in body) \
            or not words_within(body, _VOCAB):
        return None
    residues: dict[sp.Symbol, tuple[int, int]] = {}
    rest, facts = body, 0
    while True:
        lead = re.match(_LEAD, rest)
        assert lead is not None
        used |= {int(s) for s in re.findall(r"@(\d+)@", lead.group(0))}
        rest = rest[lead.end():]
        ask = next((a for p in _ASK if (a := p.fullmatch(rest))), None)
        if ask is not None and facts:
            break
        least = _LEAST.fullmatch(rest)
        if least is not None and facts:
            n_slot, e_slot, m_slot = (int(g) for g in least.groups())
            if used | {n_slot, e_slot, m_slot} != set(range(len(split.maths))):
                raise Decline("maths the question does not use")
            return least_completion(split, residues, n_slot, e_slot, m_slot)
        hit = next(((k, m) for k, p in _FACTS if (m := p.match(rest)) and (
            k != "cong" or "\\equiv" in split.maths[int(m.group(1))])), None)
        if hit is None:
            return None
        kind, m = hit
        for letter, res in _fact(split, kind, m):
            if letter in residues and residues[letter] != res:
                raise Decline("one letter given two residues")
            residues[letter] = res
        used |= {int(s) for s in re.findall(r"@(\d+)@", m.group(0))}
        facts += 1
        rest = re.sub(r"^(?:,? and|,|\.|;)? ?", "", rest[m.end():], count=1)
    e_slot, m_slot = (int(g) for g in ask.groups() if g is not None)
    if used | {e_slot, m_slot} != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    return _answer(split, residues, e_slot, m_slot)


def _fact(split: Split, kind: str, m: re.Match[str]) -> list[tuple[sp.Symbol, tuple[int, int]]]:
    g = [int(s) for s in m.groups() if s and s.isdigit()]
    if kind == "cong":
        src = split.maths[g[0]]
        c = re.fullmatch(r"\s*(.+?)\s*\\equiv\s*(.+?)\s*\\pmod\s*\{?\s*(\d+)\s*\}?\s*", src)
        if c is None:
            return _not_fact()
        return [_linear(parse_latex(c.group(1)) - parse_latex(c.group(2)), int(c.group(3)))]
    if kind in ("words", "of"):
        x, mod, r = split.maths[g[0]], integer(split.maths[g[1]]), integer(split.maths[g[2]])
        return [(_letter(x), _residue(r, mod))]
    if kind == "leaves":
        x, r, mod = split.maths[g[0]], integer(split.maths[g[1]]), integer(split.maths[g[2]])
        return [(_letter(x), _residue(r, mod))]
    if kind == "more":
        x, r, mod = split.maths[g[0]], integer(split.maths[g[1]]), integer(split.maths[g[2]])
        return [(_letter(x), _residue(r if m.group(3) == "more" else -r, mod))]
    slots = [int(s) for s in re.findall(r"@(\d+)@", m.group("xs"))]
    mod = integer(split.maths[g[-1]])
    return [_linear(parse_latex(split.maths[s]), mod) for s in slots]


def _not_fact() -> list[tuple[sp.Symbol, tuple[int, int]]]:
    raise Decline("a given fact that is not a congruence")


def _letter(src: str) -> sp.Symbol:
    if not re.fullmatch(r"\s*[a-zA-Z]\s*", src):
        raise Decline("a number named by one letter")
    return sp.Symbol(src.strip())


def _residue(r: int, mod: int) -> tuple[int, int]:
    if mod < 2:
        raise Decline("a divisor of at least 2")
    return r % mod, mod


def _linear(e: sp.Basic, mod: int) -> tuple[sp.Symbol, tuple[int, int]]:
    """a x + c ≡ 0 (mod m): x ≡ -c/g (a/g)^-1 modulo m/g, g = gcd(a, m) dividing c."""
    if len(e.free_symbols) != 1 or mod < 2:
        raise Decline("a congruence in one letter")
    x = next(iter(e.free_symbols))
    assert isinstance(x, sp.Symbol)
    if not e.is_polynomial(x):
        raise Decline("a linear congruence")
    poly = sp.Poly(sp.expand(e), x)
    if poly.degree() != 1 or any(not c.is_Integer for c in poly.all_coeffs()):
        raise Decline("a linear congruence with integer coefficients")
    a, c = (int(k) for k in poly.all_coeffs())
    g = math.gcd(a, mod)
    if c % g:
        raise Decline("a congruence with no solution")
    step_m = mod // g
    if step_m < 2:
        raise Decline("a congruence every integer solves")
    return x, ((-c // g) * pow(a // g, -1, step_m) % step_m, step_m)


def _answer(split: Split, residues: dict[sp.Symbol, tuple[int, int]], e_slot: int,
            m_slot: int) -> Result:
    e = parse_latex(split.maths[e_slot])
    mod = integer(split.maths[m_slot])
    letters = sorted(e.free_symbols, key=str)
    if not letters or not set(letters) <= set(residues) or mod < 2:
        raise Decline("the expression's letters are the ones given")
    if any(residues[x][1] % mod for x in letters):
        raise Decline("the divisor asked does not divide a modulus given: the remainder may "
                      "depend on the numbers")
    if not e.is_polynomial(*letters):
        raise Decline("a polynomial in the letters")
    poly = sp.Poly(sp.expand(e), *letters)
    if any(not c.is_Integer for c in poly.coeffs()) or poly.total_degree() > 12:
        raise Decline("a polynomial of modest degree with integer coefficients")
    at = {x: residues[x][0] for x in letters}
    total = int(poly.eval(tuple(at[x] for x in letters)))
    value = total % mod
    for shifts in ((1, 3), (2, -1), (7, 4), (-5, 11)):  # actual numbers with those residues
        rep = tuple(at[x] + residues[x][1] * shifts[i % 2] * (i + 1)
                    for i, x in enumerate(letters))
        confirm.check(int(poly.eval(rep)) % mod == value, f"the numbers {rep}, which have the "
                      "same residues, give the same remainder")
    facts = ", \\quad ".join(f"{x} \\equiv {r} \\pmod{{{m}}}" for x, (r, m) in residues.items())
    claim = f"{shown(e, {x: sp.Integer(v) for x, v in at.items()})} = {total} = {mod} \\cdot " \
        f"{total // mod} + {value}"
    return sp.Integer(value), [
        step("find each residue", "Each fact says what the number leaves on division.",
             f"${facts}$", ""),
        step("replace each number by its residue", f"{mod} divides every modulus, so only the "
             "residues matter.", f"${claim}$", claim)]


def least_completion(split: Split, residues: dict[sp.Symbol, tuple[int, int]], n_slot: int,
                     e_slot: int, m_slot: int) -> Result:
    """The least positive n with E + a n ≡ 0 (mod m), E in the letters of known residue: n ≡
    -E a^-1 (mod m); confirmed by trying n = 1, 2, ... on actual numbers with those
    residues."""
    n = _letter(split.maths[n_slot].strip().rstrip(","))
    e = parse_latex(split.maths[e_slot])
    mod = integer(split.maths[m_slot])
    letters = sorted(e.free_symbols - {n}, key=str)
    if n in residues or n not in e.free_symbols or not letters \
            or not set(letters) <= set(residues) or mod < 2:
        raise Decline("an expression in the letters given and the number sought")
    if any(residues[x][1] % mod for x in letters):
        raise Decline("the divisor asked does not divide a modulus given")
    if not e.is_polynomial(n, *letters):
        raise Decline("a polynomial in the letters")
    by_n = sp.Poly(sp.expand(e), n)
    a = by_n.coeff_monomial(n)
    if by_n.degree() != 1 or not a.is_Integer or math.gcd(int(a), mod) != 1:
        raise Decline("the number sought appears once, times a constant prime to the divisor")
    rest = sp.expand(e - a * n)
    poly = sp.Poly(rest, *letters)
    if any(not c.is_Integer for c in poly.coeffs()) or poly.total_degree() > 12:
        raise Decline("a polynomial of modest degree with integer coefficients")
    at = {x: residues[x][0] for x in letters}
    total = int(poly.eval(tuple(at[x] for x in letters)))
    least = (-total * pow(int(a), -1, mod)) % mod or mod
    for shifts in ((1, 3), (2, -1), (7, 4), (-5, 11)):  # actual numbers with those residues
        rep = tuple(at[x] + residues[x][1] * shifts[i % 2] * (i + 1)
                    for i, x in enumerate(letters))
        point = dict(zip(letters, rep, strict=True))
        tried = next(k for k in range(1, mod + 1) if int(e.subs({**point, n: k})) % mod == 0)
        confirm.check(tried == least, f"trying n = 1, 2, ... with the numbers {rep}, which "
                      "have the same residues, gives the same least n")
    facts = ", \\quad ".join(f"{x} \\equiv {r} \\pmod{{{m}}}" for x, (r, m) in residues.items())
    value = shown(rest, {x: sp.Integer(v) for x, v in at.items()})
    claim = f"{value} = {total}"
    done = f"{total} + {latex_int(int(a))}{least} = {total + int(a) * least}"
    return sp.Integer(least), [
        step("find each residue", "Each fact says what the number leaves on division.",
             f"${facts}$", ""),
        step("replace each number by its residue", f"{mod} divides every modulus, so only the "
             "residues matter.", f"${claim}$", claim),
        step("the least n", f"The least positive n that makes the total a multiple of {mod}.",
             f"${done}$, a multiple of ${mod}$, and no smaller positive n works.", done)]


def latex_int(a: int) -> str:
    """The coefficient of n as written before it: nothing for 1."""
    return "" if a == 1 else f"{a} \\cdot "


__all__ = ["least_completion", "read"]
