"""How many integers have stated properties, and what they add up to: "How many
three-digit multiples of 7 leave a remainder of 2 when divided by 5?", "What is the sum
of all positive divisors of 360 that are odd?", "How many primes are between 30 and 60?".

The integers are read by `integer_conditions` and listed (at most `SPAN` candidates, or
the divisors of one number). The count or sum is confirmed a second way: remainders and
divisibility by the Chinese remainder theorem and the formulas for an arithmetic
sequence, primes and divisors by trial division written out here. "Between a and b" is
read with and without its ends; when the two readings differ the problem is declined.
"""

from __future__ import annotations

import math
import re

import sympy as sp
from sympy.ntheory.modular import solve_congruence

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory import (
    integer_properties,
    multiple_counts,
    value_conditions,
    value_tests,
)
from tutor.reasoning.symbolic.number_theory.condition_phrases import definitions
from tutor.reasoning.symbolic.number_theory.integer_conditions import NOUN, VOCAB, read_wanted
from tutor.reasoning.symbolic.number_theory.primality import is_prime_by_trial
from tutor.reasoning.symbolic.number_theory.wanted import FACTOR_LIMIT, SPAN, Wanted
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_COUNT = re.compile(r"(?:for )?how many " + NOUN)
_HAVE = re.compile(r"how many (?P<pos>positive )?(?P<parity>odd |even )?(?P<pos2>positive )?"
                   r"(?P<pfactor>prime |proper )?(?:factors|divisors) does @(?P<of>\d+)@ have")
_SUM = re.compile(r"(?:(?:what is|find|compute|determine) )?the sum of (?:all )?(?:of )?"
                  r"(?:the )?" + NOUN)
_VOCAB = VOCAB | {"how", "many", "there", "sum", "all", "does", "have", "first", "smallest"}


def members(w: Wanted) -> list[int]:
    test = w.test()
    factors = [a for k, a, _ in w.conditions if k == "factor"]
    if factors:
        if min(factors) > FACTOR_LIMIT:
            raise Decline("a number too large to factor")
        return [d for d in sp.divisors(min(factors)) if _inside(w, d) and test(d)]
    if w.lo is None or w.hi is None:
        raise Decline("the integers are not bounded")
    if w.hi - w.lo >= SPAN:
        raise Decline("too many candidates to list")
    return [n for n in range(w.lo, w.hi + 1) if test(n)]


def _inside(w: Wanted, n: int) -> bool:
    return (w.lo is None or n >= w.lo) and (w.hi is None or n <= w.hi)


def _plain(w: Wanted) -> list[int] | None:
    """The same integers by a second route, or None when there is none cheap enough."""
    kinds = {k for k, _, _ in w.conditions}
    assert w.lo is not None and w.hi is not None
    if w.values:  # each candidate's value computed a second way (exact fractions)
        again = value_tests.second_test(w.conditions, [v.second() for v in w.values])
        return [n for n in range(w.lo, w.hi + 1) if again(n)] \
            if w.hi - w.lo < value_conditions.SPAN else None
    if kinds <= {"mod", "div"}:
        mods = [(a, b) if k == "mod" else (0, a) for k, a, b in w.conditions] or [(0, 1)]
        got = solve_congruence(*mods)  # moduli need not be coprime
        if got is None:
            return []
        r, m = int(got[0]), int(got[1])
        first = w.lo + (r - w.lo) % m
        return list(range(first, w.hi + 1, m))  # an arithmetic sequence with difference m
    powers = kinds & {"power", "either", "neither"}
    if powers:
        return _by_generated_powers(w)
    if "factor" in kinds:
        x = min(a for k, a, _ in w.conditions if k == "factor")
        small = [d for d in range(1, int(x**0.5) + 1) if x % d == 0]
        pool = sorted(set(small) | {x // d for d in small})
    elif w.hi <= 200_000:
        pool = list(range(w.lo, w.hi + 1))
    else:
        return None

    def holds(n: int) -> bool:
        for k, a, b in w.conditions:
            if k == "mod" and n % b != a or k == "div" and n % a or \
                    k == "factor" and a % n or k == "prime" and not is_prime_by_trial(n):
                return False
            if k in integer_properties.KINDS and not integer_properties.again(k, a, b)(n):
                return False
        return _inside(w, n)
    return [n for n in pool if holds(n)]


def _by_generated_powers(w: Wanted) -> list[int] | None:
    """Squares and cubes generated as k^2 and k^3 (not tested one by one); the remainder and
    divisibility conditions tested directly."""
    assert w.lo is not None and w.hi is not None
    if w.lo < 0 or w.hi > 10**12:
        return None
    squares = {k * k for k in range(math.isqrt(w.hi) + 1) if w.lo <= k * k <= w.hi}
    cubes = {k**3 for k in range(int(round(w.hi ** (1 / 3))) + 2) if w.lo <= k**3 <= w.hi}
    kinds = {k for k, _, _ in w.conditions}
    if kinds & {"power", "either"}:
        pool = squares | cubes
    elif w.hi - w.lo <= 200_000:
        pool = set(range(w.lo, w.hi + 1))
    else:
        return None
    for kind, a, b in w.conditions:
        if kind == "power":
            pool &= squares if a == 2 else cubes if a == 3 else set()
        elif kind == "either":
            pool &= squares | cubes
        elif kind == "neither":
            pool -= squares | cubes
        elif kind == "mod":
            pool = {n for n in pool if n % b == a}
        elif kind == "div":
            pool = {n for n in pool if n % a == 0}
        elif kind == "factor":
            pool = {n for n in pool if n and a % n == 0}
        elif kind in integer_properties.KINDS:
            pool = {n for n in pool if integer_properties.again(kind, a, b)(n)}
        else:
            return None
    return sorted(pool)


_MAX_SHOWN = 40


def counted(w: Wanted, ask: str) -> tuple[int, list[Step]]:
    kinds = {k for k, _, _ in w.conditions}
    if w.values:
        return _valued(w, ask)
    if ask == "count" and (kinds == {"prime"} or {"prime", "factor"} <= kinds):
        return -1, []  # listing primes states no checkable claim: the counting readers do it
    if ask == "count" and "prime" in kinds:  # primes with other conditions: listed, tested twice
        return _listed(w, ask, members(w))
    found = members(w)
    if kinds & {"power", "either", "neither"} and "prime" not in kinds:
        again = _plain(w)
        confirm.check(again == found, "generating the squares and cubes as k^2 and k^3 gives "
                      "the same integers")
        shown = ", ".join(map(str, found[:15])) + (", \\dots" if len(found) > 15 else "")
        total = len(found) if ask == "count" else sum(found)
        return total, [step("list them", "Write out the integers that meet every condition.",
                            f"${shown}$: there are {len(found)}" if found else
                            "No integer meets every condition.", "")]
    if kinds & integer_properties.KINDS:
        return _listed(w, ask, found)
    if len(found) > _MAX_SHOWN and not kinds <= {"mod", "div"}:
        raise Decline("too many integers to show")
    again = _plain(w)
    if again is None:
        raise Decline("no second way to list these integers")
    confirm.check(again == found, "listing them a second way (by the Chinese remainder "
                  "theorem or by trial division) gives the same integers")
    if not found:
        return 0, [step("check the range", "No integer meets every condition.",
                        "No integer meets every condition.", "")]
    n, total = len(found), sum(found)
    if kinds <= {"mod", "div"} and n > 1:  # an arithmetic sequence
        d = found[1] - found[0]
        claim = f"\\frac{{{found[-1]} - {found[0]}}}{{{d}}} + 1 = {n}"
        steps = [step("count the terms", f"They run from {found[0]} to {found[-1]} in steps of "
                      f"{d}.", f"${claim}$", claim)]
        if ask == "sum":
            claim = f"\\frac{{{n} \\cdot ({found[0]} + {found[-1]})}}{{2}} = {total}"
            steps.append(step("add them", "Number of terms times the average of the first and "
                              "last.", f"${claim}$", claim))
        return (n if ask == "count" else total), steps
    if kinds <= {"mod", "div"} and n == 1:  # one integer in the range: named, found twice
        return (n if ask == "count" else total), [step(
            "list them", "Only one integer in the range meets every condition.",
            f"${found[0]}$: there is 1", "")]
    if n > _MAX_SHOWN:
        raise Decline("too many integers to show")
    if ask == "count":
        x = min((a for k, a, _ in w.conditions if k == "factor"), default=None)
        if x is None:
            return -1, []
        claims = [f"{x} = {d} \\cdot {x // d}" for d in found]
        return n, [step("list them", "Each divisor pairs with its cofactor.",
                        "$" + "$, $".join(claims) + f"$: there are {n}", "; ".join(claims))]
    claim = " + ".join(map(str, found)) + f" = {total}"
    return total, [step("add them", "List the integers that meet every condition and add them.",
                        f"${claim}$", claim)]


def _valued(w: Wanted, ask: str) -> tuple[int, list[Step]]:
    """Integers with conditions on values computed from them, listed and tested twice."""
    if w.lo is None or w.hi is None or w.hi - w.lo >= value_conditions.SPAN:
        raise Decline("too many candidates to compute a value for each")
    found = members(w)
    again = value_tests.second_test(w.conditions, [v.second() for v in w.values])
    confirm.check(found == [n for n in range(w.lo, w.hi + 1) if again(n)], "computing each "
                  "candidate's value a second way (exact fractions) gives the same integers")
    if len(found) > 5000:
        raise Decline("too many integers to list")
    shown = ", ".join(map(str, found[:15])) + (", \\dots" if len(found) > 15 else "")
    out = [step("bound the candidates", "Only finitely many integers can qualify.",
                f"{b[2]}; so only integers from ${b[0]}$ to ${b[1]}$ can qualify.", b[3])
           for v in w.values if (b := v.bound_reason()) is not None]
    out += [step("test the candidates", f"Try every integer from {w.lo} to {w.hi}; these meet "
                "every condition.", f"${shown}$: there are {len(found)}" if found else
                "No integer meets every condition.", "")]
    for v in w.values:
        claims = [value_conditions.claim(v, n) for n in found[:12]]
        if claims:
            out.append(step("check the values", f"The value of ${v.latex}$ at each is "
                            f"{claims[0][1]}.", "$" + "$, $".join(c for c, _ in claims) + "$",
                            "; ".join(c for c, _ in claims)))
    if ask == "sum" and found:
        claim = " + ".join(f"({n})" if n < 0 else str(n) for n in found) + f" = {sum(found)}"
        exact = len(found) <= 30
        out.append(step("add them", "Add the integers listed.", f"${claim}$" if exact else
                        f"They add up to {sum(found)}.", claim if exact else ""))
    return (len(found) if ask == "count" else sum(found)), out


def _listed(w: Wanted, ask: str, found: list[int]) -> tuple[int, list[Step]]:
    """A count or sum of integers with a property tested two ways, listed (first 15 shown)."""
    if len(found) > 5000:
        raise Decline("too many integers to list")
    again = _plain(w)
    if again is None:
        raise Decline("too many candidates to test a second way")
    confirm.check(again == found, "testing every candidate a second way (trial division, "
                  "digit by digit) gives the same integers")
    plain = {"prime": lambda a, b: "prime", "div": lambda a, b: f"a multiple of {a}",
             "mod": lambda a, b: f"remainder {a} on division by {b}"}
    words = "; ".join(integer_properties.describe(k, a, b) if k in integer_properties.KINDS
                      else plain[k](a, b) for k, a, b in w.conditions
                      if k in integer_properties.KINDS or k in plain) or "every condition"
    shown = ", ".join(map(str, found[:15])) + (", \\dots" if len(found) > 15 else "")
    out = [step("list them", f"Test each candidate in the range ({words}).",
                f"${shown}$: there are {len(found)}" if found else
                "No integer meets every condition.", "")]
    if ask == "count" and (counted := multiple_counts.divisor_sets(
            w.lo, w.hi, w.conditions, len(found))) is not None:
        out = [counted]
    if ask == "sum" and found:
        claim = " + ".join(map(str, found)) + f" = {sum(found)}"
        exact = len(found) <= 30
        out.append(step("add them", "Add the integers listed.",
                        f"${claim}$" if exact else f"They add up to {sum(found)}.",
                        claim if exact else ""))
    return (len(found) if ask == "count" else sum(found)), out


# "how many of the 50 smallest positive integers ...", "... of the first 80 positive integers"
_FIRST = re.compile(r"how many of the (?:first @(?P<a>\d+)@|@(?P<b>\d+)@ smallest) (?:positive "
                    r"integers|natural numbers|counting numbers)(?= )")


def read(split: Split, template: str) -> Result | None:
    template, given = definitions(template)
    if not re.search(r"\bhow many\b|\bsum of\b", template) or \
            not words_within(template, _VOCAB):
        return None
    body = re.sub(r",? (?:are there|there are)$", "", template.rstrip(" .?"))
    first = _FIRST.match(body)
    if first:  # the first n positive integers: those up to n
        body = f"how many positive integers less than or equal to @{first['a'] or first['b']}@" \
            + body[first.end():]
    # "how many of the positive divisors of 60 are ...": the same as without "of the"
    body = re.sub(r"^how many of the (?=" + NOUN + r" )", "how many ", body)
    head = _HAVE.fullmatch(body) or _COUNT.match(body) or _SUM.match(body)
    if head is None:
        return None
    body = body[:head.end()] + re.sub(r"^ (?:are there|there are)\b", "", body[head.end():])
    ask = "count" if re.match(r"(?:for )?how many", body) else "sum"
    w = read_wanted(split, head, body, given=frozenset(given))
    results = [counted(r, ask) for r in w.readings()]
    if any(not steps for _, steps in results):  # left to the counting readers
        return None
    if len({v for v, _ in results}) != 1:
        raise Decline("'between' read with and without its ends gives different answers")
    value, steps = results[0]
    return sp.Integer(value), steps


listed_again = _plain  # the same integers by a second route (CRT, trial division), or None

__all__ = ["counted", "listed_again", "members", "read"]
