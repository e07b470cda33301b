"""The remainder of an expression in letters whose residues are given, or that are only said
to be integers: "If n ≡ 3 (mod 5), find the remainder when (n + 1)(n + 3) is divided by 5",
"If a ≡ 18 (mod 42) and b ≡ 73 (mod 42), what is a - b modulo 42?", "Given x ≡ 4 (mod 9),
find 5x + 2 (mod 9)", "If n is an integer, what is the remainder when the sum of 9 - n and
n + 5 is divided by 7?".

A residue given modulo a multiple of the question's modulus is reduced to it (a ≡ 64 (mod 70)
gives a ≡ 29 (mod 35)); a letter said only to be an integer takes every residue, and the
remainder must then be the same for every one of them, or the question declines. The
expression must be a polynomial with integer coefficients in the letters. The remainder is
found by putting residues in, and confirmed by evaluating the expression at other whole
numbers with the same residues (a multiple of each given modulus away) and reducing.
"""

from __future__ import annotations

import itertools
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

_GIVEN = re.compile(r"\s*([a-z])\s*\\equiv\s*(-?\d+)\s*\\pmod\s*\{?\s*(\d+)\s*\}?\s*")
_MOD_PIECE = re.compile(r"(.+?)\s*\\pmod\s*\{?\s*(\d+)\s*\}?\s*")
_VOCAB = frozenset("if given that suppose and then what is find compute determine evaluate the "
                   "remainder when divided by integers integer are an modulo mod residue of "
                   "sum product where positive natural whole number odd even congruent to let "
                   "be does leave it both all".split())
_SLOT = r"@\d+@"
# a fact: a congruence, or letters said to be integers
# (a positive integer takes every residue too: add a multiple of the modulus)
_ONE_INT = r" is (?:an integer|a positive integer|a natural number|a whole number)"
_INTS = r" are (?:positive )?integers"
# a parity ("n is odd", "n is an even integer") or a congruence in words
_PARITY = r" is (?:an )?(?P<par>odd|even)(?: (?:positive )?(?:integer|number|whole number))?"
_WORDED = rf" is congruent to {_SLOT} (?:modulo|mod) {_SLOT}"
_PARITIES = r" are (?:both |all )?(?P<par>odd|even)(?: (?:positive )?(?:integers|numbers))?"
_FACT = (rf"{_SLOT}{_ONE_INT}|{_SLOT}(?:(?:,? and|,) {_SLOT})+{_INTS}"
         rf"|{_SLOT}(?:(?:,? and|,) {_SLOT})+{_PARITIES.replace('?P<par>', '?:')}"
         rf"|{_SLOT}(?:{_PARITY.replace('?P<par>', '?:')}|{_WORDED})|{_SLOT}")
_FACTS = re.compile(rf"(?:if|given that|given|suppose(?: that)?) (?P<facts>(?:{_FACT})"
                    rf"(?:(?:,? and|,) (?:{_FACT}))*)(?:,? where (?P<where>[@\d, and]+) are "
                    r"integers)?[.,]? (?:then )?(?P<ask>.+)")
_EXPR = r"(?:the (?P<op>sum|product) of @(?P<a>\d+)@ and @(?P<b>\d+)@|@(?P<e>\d+)@)"
_ASKS = [re.compile(p) for p in (
    r"(?:(?:what is|find|compute|determine) )?the remainder when " + _EXPR
    + r" is divided by @(?P<m>\d+)@",
    r"(?:what is|find|compute|determine|evaluate) (?:the residue of )?" + _EXPR
    + r" (?:modulo|mod) @(?P<m>\d+)@",
    r"(?:what|which) remainder does " + _EXPR + r" leave when (?:it is )?divided by "
    r"@(?P<m>\d+)@",
    r"(?:what is|find|compute|determine|evaluate) " + _EXPR)]  # the piece says "\pmod{m}"
_MOST_CASES = 10**4


def read(split: Split, template: str) -> Result | None:
    """The remainder of an expression in letters with given residues (module docstring)."""
    if not words_within(template, _VOCAB) or not any("\\equiv" in m for m in split.maths) \
            and not re.search(r"\b(?:integers?|odd|even|congruent)\b", template):
        return None
    # "Let n be an odd integer. Find ...", "n is even. What is ...": the fact said first
    told = re.sub(r"^(?:let (@\d+@) be|(@\d+@) is)\b", lambda m: f"if {m[1] or m[2]} is",
                  template.strip())
    facts = _FACTS.fullmatch(told.rstrip(" .?"))
    if facts is None:
        return None
    ask = next((m for p in _ASKS if (m := p.fullmatch(facts.group("ask")))), None)
    if ask is None:
        return None
    given, free = _read_facts(split, facts.group("facts"), facts.group("where"))
    if not given and not free:
        return None
    src, mod = _asked(split, ask)
    e = parse_latex(src)
    letters = set(given) | free
    if not e.free_symbols or not e.free_symbols <= letters:
        raise Decline("the expression's letters are the ones told")
    poly = sp.Poly(sp.expand(e), *sorted(e.free_symbols, key=str))
    if any(not c.is_Integer for c in poly.coeffs()):
        raise Decline("a polynomial with integer coefficients")
    # a residue modulo m leaves the residues modulo `mod` of the numbers r + m t: one when m is
    # a multiple of `mod` ("a ≡ 64 (mod 70)" gives 29 modulo 35), several otherwise (an odd n
    # is 1, 3, 5 or 7 modulo 8)
    choices = {x: sorted({(r + m * t) % mod for t in range(math.lcm(m, mod) // m)})
               for x, (r, m) in given.items() if x in e.free_symbols}
    choices |= {x: list(range(mod)) for x in e.free_symbols - set(given)}
    return _remainder(e, choices, mod, given)


def _read_facts(split: Split, said: str, where: str | None
                ) -> tuple[dict[sp.Symbol, tuple[int, int]], set[sp.Symbol]]:
    """The letters with a given residue (residue, modulus) and those said to be integers."""
    given: dict[sp.Symbol, tuple[int, int]] = {}
    free: set[sp.Symbol] = set()
    for part in re.finditer(_FACT, said):
        slots = [int(k) for k in re.findall(r"@(\d+)@", part.group(0))]
        if re.search(_ONE_INT + "$|" + _INTS + "$", part.group(0)):
            free |= {_letter(split.maths[k]) for k in slots}
            continue
        parity = re.search(f"(?:{_PARITY}|{_PARITIES.replace('par', 'pars')})$",
                           part.group(0))
        if parity is not None:  # "n is odd", "x and y are even"
            odd = int((parity.group("par") or parity.group("pars")) == "odd")
            for x in (_letter(split.maths[k]) for k in slots):
                if x in given:
                    raise Decline("one residue for each letter")
                given[x] = (odd, 2)
            continue
        if len(slots) == 3:  # "x is congruent to 2 modulo 5"
            x, r, m = (_letter(split.maths[slots[0]]), integer(split.maths[slots[1]]),
                       integer(split.maths[slots[2]]))
        else:
            fact = _GIVEN.fullmatch(split.maths[slots[0]])
            if fact is None:
                raise Decline("a given fact that is not 'letter ≡ residue (mod m)'")
            x, r, m = sp.Symbol(fact.group(1)), int(fact.group(2)), int(fact.group(3))
        if x in given or m < 2:
            raise Decline("one residue for each letter, modulo at least 2")
        given[x] = (r % m, m)
    for k in re.findall(r"@(\d+)@", where or ""):
        free.add(_letter(split.maths[int(k)]))
    return given, free - set(given)


def _letter(src: str) -> sp.Symbol:
    if not re.fullmatch(r"\s*[a-z]\s*", src):
        raise Decline("integers named by one letter")
    return sp.Symbol(src.strip())


def _asked(split: Split, ask: re.Match[str]) -> tuple[str, int]:
    """The expression asked about (LaTeX) and the modulus."""
    if ask.group("op"):
        a, b = (split.maths[int(ask.group(k))] for k in ("a", "b"))
        src = f"({a}) + ({b})" if ask.group("op") == "sum" else f"({a}) \\cdot ({b})"
    else:
        src = split.maths[int(ask.group("e"))]
    if ask.groupdict().get("m"):
        mod = integer(split.maths[int(ask.group("m"))])
    else:
        piece = _MOD_PIECE.fullmatch(src)
        if piece is None:
            raise Decline("no modulus asked")
        src, mod = piece.group(1), int(piece.group(2))
    if "\\equiv" in src or "\\pmod" in src or mod < 2:
        raise Decline("one expression and a modulus of at least 2")
    return src, mod


def _remainder(e: sp.Basic, choices: dict[sp.Symbol, list[int]], mod: int,
               given: dict[sp.Symbol, tuple[int, int]]) -> Result:
    letters = sorted(choices, key=str)
    if math.prod(len(choices[x]) for x in letters) > _MOST_CASES:
        raise Decline("too many residues to try")
    cases = [dict(zip(letters, vs, strict=True))
             for vs in itertools.product(*(choices[x] for x in letters))]
    found = {int(e.subs(c)) % mod for c in cases}
    if len(found) != 1:
        raise Decline("the remainder depends on the letters' residues")
    r = found.pop()
    for k in (1, 2, 7):  # whole numbers the facts allow (a multiple of the modulus away)
        other = {x: given[x][0] + (3 * k + i + 5) * given[x][1] if x in given else
                 3 * k + 11 * i - 50 for i, x in enumerate(letters)}
        confirm.check(int(e.subs(other)) % mod == r, "other numbers with the same residues "
                      "leave the same remainder")
    if len(cases) == 1:
        residues = cases[0]
        value = int(e.subs(residues))
        said = ", ".join(f"{x} = {v}" for x, v in residues.items())
        claim = f"{shown(e, {x: sp.Integer(v) for x, v in residues.items()})} = {value} = " \
            f"{mod} \\cdot {(value - r) // mod} + {r}"
        return sp.Integer(r), [step("replace each number by its residue", f"Only remainders "
                                    f"matter modulo {mod}, so put ${said}$.", f"${claim}$",
                                    claim)]
    simpler = sp.expand(e.subs({x: v[0] for x, v in choices.items() if len(v) == 1}))
    steps = [step("simplify", "Expand the expression (and put in any residue given).",
                  f"${sp.latex(e)} = {sp.latex(simpler)}$", f"{sp.latex(e)} = "
                  f"{sp.latex(simpler)}")] if simpler != e else []
    many = [x for x in letters if len(choices[x]) > 1]
    told = [x for x in many if x in given]
    if len(many) == 1 and told and len(cases) <= 8:  # each case shown, each a claim
        x = many[0]
        shown_cases = [f"{shown(e, {y: sp.Integer(v) for y, v in c.items()})} = "
                       f"{int(e.subs(c))} = {mod} \\cdot {(int(e.subs(c)) - r) // mod} + {r}"
                       for c in cases]
        kinds = ", ".join(str(v) for v in choices[x])
        return sp.Integer(r), [*steps, step(
            "every residue", f"What is told leaves ${x}$ the residues {kinds} modulo {mod}; "
            "try each.", ", ".join(f"${c}$" for c in shown_cases), shown_cases[0])]
    names = ", ".join(str(x) for x in many)
    return sp.Integer(r), [*steps, step(
        "every residue", f"Trying every residue of ${names}$ modulo {mod} leaves the same "
        f"remainder, {r}.", f"${sp.latex(simpler)} \\equiv {r} \\pmod{{{mod}}}$", "")]


__all__ = ["read"]
