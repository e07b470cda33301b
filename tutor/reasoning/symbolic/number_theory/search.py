"""The least or greatest integer with stated properties: its number of digits, being
prime, odd or even, a multiple of m (or not), a remainder on division by d, bounds.

"What is the least three-digit multiple of 13 that leaves a remainder of 2 when divided
by 5?" is read into a range and a list of conditions, then searched in order (at most
`SPAN` candidates). The answer is confirmed a second way: for remainder and divisibility
conditions by the Chinese remainder theorem and the bound, for primes by trial division
of the answer and of every candidate passed over.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

import sympy as sp
from sympy.ntheory.modular import solve_congruence

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory import (
    condition_values,
    integer_properties,
    value_conditions,
    value_tests,
)
from tutor.reasoning.symbolic.number_theory.condition_phrases import definitions
from tutor.reasoning.symbolic.number_theory.integer_conditions import NOUN, VOCAB, read_wanted
from tutor.reasoning.symbolic.number_theory.integer_sets import listed_again
from tutor.reasoning.symbolic.number_theory.primality import is_prime_by_trial
from tutor.reasoning.symbolic.number_theory.wanted import FACTOR_LIMIT, SPAN, TRIAL_LIMIT, Wanted
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_HEAD = re.compile(r"(?:(?:what is|find|determine|compute|name) )?the (?P<order>least|smallest|"
                   r"greatest|largest) (?:possible )?" + NOUN)
_VOCAB = VOCAB | {"least", "smallest", "greatest", "largest", "possible", "name"}


def read(split: Split, template: str, told: frozenset[int] = frozenset()) -> Result | None:
    """The least, greatest or only integer the question describes; `told`: slots a caller
    has read already (a story's count of its clues)."""
    template, given = definitions(template)
    given |= told
    if not re.search(r"\b(?:least|smallest|greatest|largest|what|which)\b", template) or \
            not words_within(template, _VOCAB):
        return None
    body = template.rstrip(" .?")
    head = _HEAD.match(body)
    if head is None:
        return _the_one(split, body, frozenset(given))
    w = read_wanted(split, head, body, head.group("order") in ("greatest", "largest"),
                    frozenset(given))
    answers = [search(r) for r in w.readings()]
    if len({a[0] for a in answers}) != 1:
        raise Decline("'between' read with and without its ends gives different answers")
    return answers[0]


_WHICH = re.compile(r"(?:what|which) " + NOUN)


def _the_one(split: Split, body: str, given: frozenset[int]) -> Result | None:
    """"What two-digit integer is one more than a multiple of 2, 3, 4, 5 and 6?": the one
    integer of a bounded range that qualifies, found from both ends."""
    head = _WHICH.match(body)
    if head is None:
        return None
    found = []
    for w in read_wanted(split, head, body, given=given).readings():  # 'between': both ways
        if w.lo is None or w.hi is None:
            raise Decline("one integer asked, in a range not bounded on both sides")
        low = search(w)
        if low[0] != search(replace(w, largest=True))[0]:
            raise Decline("more than one integer qualifies, and one is asked")
        found.append(low)
    if len({f[0] for f in found}) != 1:
        raise Decline("'between' read with and without its ends gives different answers")
    low = found[0]
    return low[0], [*low[1], step("only one", "Searching down from the top of the range finds "
                                  "the same integer, so it is the only one.",
                                  f"The only such integer is ${low[0]}$.", "")]


def search(w: Wanted) -> Result:
    if any(w.test()(e) for e in w.edges):
        raise Decline("an end of 'between' qualifies itself: read with and without it, two "
                      "answers")
    if w.largest and w.hi is None or not w.largest and w.lo is None:
        raise Decline("no bound in the direction searched")
    start = w.hi if w.largest else w.lo
    assert start is not None
    stop = w.lo if w.largest else w.hi
    most = value_conditions.SPAN if w.values else SPAN
    span = most if stop is None else min(most, abs(stop - start) + 1)
    if stop is not None and (stop > start if w.largest else stop < start):
        raise Decline("the range is empty")
    step_by = -1 if w.largest else 1
    kinds = {k for k, _, _ in w.conditions}
    if kinds and kinds <= {"mod", "div"} and solve_congruence(
            *[(a, b) if k == "mod" else (0, a) for k, a, b in w.conditions]) is None:
        raise Decline("the remainders are inconsistent")
    ok = w.test()
    factors = [a for k, a, _ in w.conditions if k == "factor"]
    if factors and w.largest and abs(start - (stop or start)) >= SPAN:  # only its divisors
        if max(factors) > FACTOR_LIMIT:
            raise Decline("a number too large to factor")
        pool = [d for d in sp.divisors(min(factors)) if ok(d) and _inside(w, d)]
        found = (max(pool) if w.largest else min(pool)) if pool else None
    else:
        found = next((start + step_by * i for i in range(span) if ok(start + step_by * i)),
                     None)
    if found is None:
        raise Decline("no such integer in a searchable range")
    _confirm(w, found, start, step_by)
    return sp.Integer(found), _steps(w, found, start)


def _inside(w: Wanted, n: int) -> bool:
    return (w.lo is None or n >= w.lo) and (w.hi is None or n <= w.hi)


def _confirm(w: Wanted, found: int, start: int, step_by: int) -> None:
    for power in w.roots:
        confirm.check(condition_values.root_confirmed(found, power), "its root, worked out "
                      "numerically to 50 digits, lies between the two numbers")
    kinds = {k for k, _, _ in w.conditions}
    if w.values:  # each candidate passed over computed and tested again
        retest = value_tests.second_test(w.conditions, [v.second() for v in w.values])
        first = next(n for n in range(start, found + step_by, step_by) if retest(n) or n == found)
        confirm.check(first == found and retest(found), "computing each candidate's value a "
                      "second way (exact fractions) finds the same integer")
    elif kinds & integer_properties.KINDS:
        bounds = Wanted(w.largest, min(start, found), max(start, found), list(w.conditions))
        again = listed_again(bounds)
        if again is None:
            raise Decline("too many candidates to test a second way")
        confirm.check(bool(again) and (again[-1] if w.largest else again[0]) == found,
                      "testing the candidates a second way finds the same integer")
    elif not kinds:
        confirm.check(found == start, "the end of the range itself qualifies")
    elif kinds <= {"mod", "div"} and w.conditions:
        mods = [(a, b) if k == "mod" else (0, a) for k, a, b in w.conditions]
        got = solve_congruence(*mods)  # moduli need not be coprime
        if got is None:
            raise Decline("the remainders are inconsistent")
        r, m = int(got[0]), int(got[1])
        best = start + (r - start) % m if step_by == 1 else start - (start - r) % m
        confirm.check(best == found, "the Chinese remainder theorem and the bound give the "
                      "same integer")
    elif "factor" in kinds:
        x = min(a for k, a, _ in w.conditions if k == "factor")
        test = w.test()
        if x > FACTOR_LIMIT and not w.largest:  # the product of all smaller candidates
            others = Wanted(False, conditions=[c for c in w.conditions if c[0] != "factor"])
            rest, product = others.test(), 1
            for n in range(start, found):
                product *= n if rest(n) else 1
            confirm.check(x % found == 0 and math.gcd(x, product) == 1, "the candidates "
                          "below it share no factor with the number, and it divides it")
            return
        pool = [d for d in confirm.divisors_listed(x) if _inside(w, d) and test(d)]
        confirm.check(bool(pool) and (max(pool) if w.largest else min(pool)) == found,
                      "listing the divisors by trial division gives the same one")
    elif kinds & {"power", "either", "neither"} and "prime" not in kinds:
        bounds = Wanted(w.largest, min(start, found), max(start, found), list(w.conditions))
        again = listed_again(bounds)
        confirm.check(again is not None and bool(again) and (again[-1] if w.largest else
                                                             again[0]) == found,
                      "generating the squares and cubes in the range finds the same integer")
    elif "prime" in kinds:
        if max(found, start) > TRIAL_LIMIT:
            raise Decline("primes too large to confirm by trial division")
        others = Wanted(w.largest, conditions=[c for c in w.conditions if c[0] != "prime"])
        rest = others.test()
        passed = [n for n in range(start, found, step_by) if rest(n)]
        confirm.check(is_prime_by_trial(found) and not any(is_prime_by_trial(n) for n in passed),
                      "trial division confirms the answer is the first prime that qualifies")


def _steps(w: Wanted, found: int, start: int) -> list[Step]:
    parts = []
    for kind, a, b in w.conditions:
        if kind == "mod":
            parts.append(f"{found} = {b} \\cdot {_signed(found // b)} + {a}")
        elif kind == "div":
            parts.append(f"{found} = {a} \\cdot {_signed(found // a)}")
        elif kind == "factor":
            parts.append(f"{a} = {found} \\cdot {a // found}")
        elif kind in ("npfge", "npfeq") and 1 < found <= FACTOR_LIMIT:
            f = sp.factorint(found)
            parts.append(f"{found} = " + " \\cdot ".join(
                f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in sorted(f.items())))
        elif kind in ("digsum", "digsumdiv") and found >= 10:
            total = sum(int(d) for d in str(found))
            parts.append(" + ".join(str(found)) + f" = {total}"
                         + (f" = {a} \\cdot {total // a}" if kind == "digsumdiv" else ""))
        elif kind in ("gcdis", "lcmis"):
            name = "\\gcd" if kind == "gcdis" else "\\operatorname{lcm}"
            parts.append(f"{name}({found}, {a}) = {b}")
        elif kind in ("abundant", "deficient", "perfectnum") and found <= 10**6:
            proper = sp.divisors(found)[:-1]
            total = sum(proper)
            if len(proper) <= 24:
                order = "=" if total == found else ">" if total > found else "<"
                parts.append(" + ".join(map(str, proper)) + f" = {total} {order} {found}")
    claim = ", \\quad ".join(parts)
    bounds = [step("bound it", f"${said}$ gives a bound on the integer: compare the powers "
                   "on each side of it.", f"${why}$", why) for said, why in w.claims]
    where = "from the top of the range down" if w.largest else "from the bottom of the range up"
    out = [*bounds, step("search in order", f"Try the candidates {where}, starting at {start}; the "
                "first that meets every condition is the answer.",
                f"${claim}$" if claim else f"{found} is the first that qualifies", claim)]
    if any(k == "prime" for k, _, _ in w.conditions):
        out.append(_prime_step(w, found))
    for v in w.values:
        said, words = value_conditions.claim(v, found)
        out.append(step("check the value", f"At ${v.letter} = {found}$ the value of ${v.latex}$ "
                        f"is {words}.", f"${said}$, which is {words}.", said))
    return out


def _signed(n: int) -> str:
    return f"({n})" if n < 0 else str(n)


def _prime_step(w: Wanted, found: int) -> Step:
    """Why the answer is prime, as checkable claims where they are few."""
    x = next((a for k, a, _ in w.conditions if k == "factor"), None)
    if x is not None and x <= FACTOR_LIMIT:
        f = sp.factorint(x)
        claim = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in sorted(f.items()))
        claim = f"{x} = {claim}"
        return step("factor the number", "Its prime factors are the primes to choose from.",
                    f"${claim}$", claim)
    small = list(sp.primerange(2, int(found**0.5) + 1))
    if len(small) > 8:
        return step("check it is prime", "No prime up to its square root divides it.",
                    f"${found}$ is prime", "")
    claim = ", \\quad ".join(f"{found} = {p} \\cdot {found // p} + {found % p}" for p in small)
    return step("check it is prime", "No prime up to its square root divides it.",
                f"${claim}$" if claim else f"${found}$ is prime", claim)


__all__ = ["read", "search"]
