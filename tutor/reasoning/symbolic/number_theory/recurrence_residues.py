"""The remainder or units digit of a term of a sequence given by its first terms and a rule:
"The sequence $F_n$ is defined by $F_1 = F_2 = 1$ and $F_n = F_{n-1} + F_{n-2}$ for
$n \\ge 3$. What is the remainder when $F_{100}$ is divided by 8?", "If $a_0 = 1$ and
$a_n = 3a_{n-1} + 2$ for $n \\ge 1$, what is the units digit of $a_{20}$?".

The term itself comes from the recurrence reader (`polynomials.recurrences`, which computes
it exactly and checks every term against the rule by substitution); its remainder is then
confirmed a second way by running the rule on residues alone: the rule solved for its newest
term must be a polynomial with integer coefficients in the earlier terms and n, so every term
can be reduced modulo the divisor as it is made.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials import recurrences

_DO = r"(?:(?:what is|find|determine|compute) )?"
_ASKS = [
    ("mod", re.compile(_DO + r"the remainder (?:when|if) @(?P<k>\d+)@ is divided by "
                       r"@(?P<m>\d+)@")),
    ("mod", re.compile(r"(?:when|if) @(?P<k>\d+)@ is divided by @(?P<m>\d+)@,? what is the "
                       r"remainder")),
    ("units", re.compile(_DO + r"the (?:units|ones|last) digit of @(?P<k>\d+)@")),
]
_MAX_STEPS = 1_000_000


def read(split: Split, template: str) -> Result | None:
    if not any("=" in src and re.search(r"[_(]\s*\{?\s*n\b", src) for src in split.maths):
        return None
    body = template.rstrip(" ?.")
    found = [(kind, m) for kind, p in _ASKS for m in p.finditer(body) if m.end() == len(body)]
    if len(found) != 1:
        return None
    kind, m = found[0]
    modulus = 10 if kind == "units" else integer(split.maths[int(m.group("m"))])
    if modulus < 2:
        raise Decline("a divisor of at least 2")
    k = int(m.group("k"))
    asked = re.fullmatch(r"\s*([a-zA-Z])\s*(?:_\{?\s*(\d+)\s*\}?|\(\s*(\d+)\s*\))\s*",
                         split.maths[k])
    if asked is None:
        return None
    plain = body[:m.start()] + f"what is @{k}@"
    got = recurrences.read(split, plain)
    if got is None:
        return None
    value, steps = got
    if not (isinstance(value, sp.Integer)):
        raise Decline("a term that is not an integer has no remainder")
    residue = int(value) % modulus
    name, target = asked.group(1), int(asked.group(2) or asked.group(3))
    confirm.check(_by_residues(split, plain, k, name, target, modulus) == residue,
                  "the rule run on remainders alone gives the same remainder")
    what = "last digit" if kind == "units" else f"remainder on division by {modulus}"
    claim = f"{value} \\equiv {residue} \\pmod{{{modulus}}}" if abs(value) < 10 ** 60 else ""
    return sp.Integer(residue), [*steps, step(
        "the remainder", f"The {what} of the term.", f"${claim}$" if claim else str(residue),
        claim)]


def _by_residues(split: Split, template: str, asked_at: int, name: str, target: int,
                 modulus: int) -> int:
    """The asked term modulo `modulus`, by running the rule on residues from the first terms."""
    term = recurrences.term_re(name)
    given, rules, start, var, offsets = recurrences.told_terms(split, template, asked_at, name)
    if len(rules) != 1 or not given:
        raise Decline("one rule and the first terms")
    src, n = rules[0]
    expr, stand_ins = recurrences.rule_expression(src, term, n)
    if start is None:
        start = min(given) - min(offsets)
    top = max(stand_ins)
    poly = sp.Poly(sp.expand(expr), stand_ins[top])
    if poly.degree() != 1 or poly.LC() not in (1, -1):
        raise Decline("a rule that is not solved for its newest term by integers")
    rest = sp.expand(-poly.TC() / poly.LC())
    lows = sorted(o for o in stand_ins if o != top)
    gens = [stand_ins[o] for o in lows] + [n]
    rule = sp.Poly(rest, *gens)
    if not all(c.is_Integer for c in rule.coeffs()):
        raise Decline("a rule with coefficients that are not integers")
    terms = [(mon, int(c)) for mon, c in rule.terms()]
    if any(not isinstance(v, sp.Integer) for v in given.values()):
        raise Decline("first terms that are not integers")
    values = {i: int(v) % modulus for i, v in given.items()}
    index = min(values)
    if target - index > _MAX_STEPS:
        raise Decline("too many terms to run on remainders")
    while index < target:
        index += 1
        if index in values:
            continue
        at = index - top
        if at < start or any(at + o not in values for o in lows):
            raise Decline("a term that neither the first terms nor the rule give")
        point = [values[at + o] for o in lows] + [at % modulus]
        total = 0
        for mon, c in terms:
            v = c
            for x, e in zip(point, mon, strict=True):
                v = v * pow(x, e, modulus) % modulus
            total += v
        values[index] = total % modulus
    if target not in values:
        raise Decline("the term asked for is not reached")
    return values[target]


__all__ = ["read"]
