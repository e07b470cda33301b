"""Named sequences of integers: the positive integers, odd and even ones, primes,
composites, perfect squares and cubes, multiples of m. Questions about their first n
members: the n-th one, their sum, product or mean, their least common multiple ("the
least positive integer divisible by each of the first five composite numbers") and the
units digit of their sum or product.

The members are listed by a plain test of each integer in turn (trial division for
primes); the n-th member is confirmed by its closed form where there is one (2n - 1,
n^2, ...) or by SymPy's `prime(n)`, and a sum by its formula or by SymPy's sum of the
listed values.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.number_theory.primality import is_prime_by_trial
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS, number_words
from tutor.reasoning.symbolic.typed import words_within

_COUNT_WORDS = number_words(range(1, 21))
_MAX_N = 10_000


def _kinds(m: int) -> dict[str, tuple[Callable[[int], bool], Callable[[int], int] | None]]:
    """Each kind: a test of one integer, and the closed form of its n-th member (or None)."""
    return {
        "positive integers": (lambda k: True, lambda n: n),
        "odd": (lambda k: k % 2 == 1, lambda n: 2 * n - 1),
        "even": (lambda k: k % 2 == 0, lambda n: 2 * n),
        "primes": (is_prime_by_trial, lambda n: int(sp.prime(n))),
        "composites": (lambda k: k > 1 and not is_prime_by_trial(k), None),
        "squares": (lambda k: int(k**0.5 + 0.5) ** 2 == k, lambda n: n * n),
        "cubes": (lambda k: round(k ** (1 / 3)) ** 3 == k, lambda n: n**3),
        "multiples": (lambda k: k % m == 0, lambda n: m * n),
    }


_KIND = (r"(?:(?:positive )?(odd|even) (?:positive )?(?:integers|numbers|integer|number)"
         r"|(?:positive )?(prime)(?: numbers?|s)?|(composite)(?: numbers?)?|(?:positive )?perfect "
         r"(square|cube)s?|positive (multiple)s? of @(\d+)@|(positive integer)s?"
         r"|(?:positive )?(counting|natural|whole) numbers?)")
_ORD = r"(\d+(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")"
_NTH = re.compile(r"(?:(?:what is|find) )?the " + _ORD + r" (?:smallest )?" + _KIND)
_FIRST = re.compile(r"(?:(?:what is|find|compute) )?the (sum|product|mean|average|median|"
                    r"units digit of the sum|units digit of the product|least common multiple|"
                    r"remainder when the sum|remainder when the product|sum of the squares|"
                    r"sum of the cubes) of the first (@\d+@|" + "|".join(_COUNT_WORDS) + r") "
                    + _KIND + r"(?: is divided by (?P<mod>@\d+@))?")
_LCM = re.compile(r"(?:(?:what is|find) )?the (?:least|smallest) positive (?:integer|number) "
                  r"(?:that is )?divisible by (?:each|all) of the first (@\d+@|"
                  + "|".join(_COUNT_WORDS) + r") " + _KIND)
# "Eleven is the fifth prime number.": a fact told before the question, checked before use
_TOLD = re.compile(r"(@\d+@) is the " + _ORD + r" (?:smallest )?" + _KIND + r"[.;] ")
_VOCAB = frozenset(
    "what is find compute the sum product mean average median units digit least common multiple of "
    "first positive odd even integers numbers integer number prime primes composite perfect "
    "square squares cube cubes multiple multiples counting natural whole smallest that "
    "divisible by each all st nd rd th remainder when squares cubes divided".split()) | \
    frozenset(_COUNT_WORDS) | \
    frozenset(ORDINALS)


def _kind_of(m: re.Match[str], at: int, split: Split) -> tuple[str, int]:
    odd_even, prime, composite, power, multiple, m_slot, positive, counting = \
        m.groups()[at:at + 8]
    if counting == "whole":
        raise Decline("whole numbers may start at 0")
    if odd_even:
        return odd_even, 0
    if prime:
        return "primes", 0
    if composite:
        return "composites", 0
    if power:
        return power + "s", 0
    if multiple:
        k = integers.integer(split.maths[int(m_slot)])
        if k < 1:
            raise Decline("multiples of a positive integer")
        return "multiples", k
    return "positive integers", 0


def first_members(kind: str, m: int, n: int) -> list[int]:
    if not 1 <= n <= _MAX_N:
        raise Decline("a modest number of members")
    test, closed = _kinds(m)[kind]
    out: list[int] = []
    k = 1
    while len(out) < n:
        if test(k):
            out.append(k)
        k += 1
    if closed is not None:
        confirm.check(all(closed(i + 1) == v for i, v in enumerate(out[:200])),
                      f"the closed form of the {kind} gives the same members")
    else:  # composites: every integer from 2 up that SymPy does not call prime
        confirm.check([c for c in range(2, out[-1] + 1) if not sp.isprime(c)] == out,
                      "SymPy's primality test gives the same composites")
    return out


def _count(word: str, split: Split) -> int:
    return _COUNT_WORDS[word] if word in _COUNT_WORDS else \
        integers.integer(split.maths[int(word[1:-1])])


# "the integers from 1 to 12", "the numbers 1 through 12": the first 12 positive integers
_FROM_ONE = re.compile(r"\b(?:all (?:of )?)?(?:the )?(?:positive )?(?:integers|numbers) (?:from )?"
                       r"@(?P<one>\d+)@ (?:to|through) (?P<n>@\d+@)(?:,? inclusive)?")


def _from_one(split: Split, template: str) -> str:
    m = _FROM_ONE.search(template)
    if m is None or split.maths[int(m.group("one"))].strip() != "1" or not re.fullmatch(
            r"\s*(?:[1-9]|[12]\d|30)\s*", split.maths[int(m.group("n")[1:-1])]):
        return template  # a range from 1 to at most 30 (1 through 100 is a search's, declined)
    return template[:m.start()] + f"the first {m.group('n')} positive integers" + \
        template[m.end():]


def read(split: Split, template: str) -> Result | None:
    template = _from_one(split, template)
    if not re.search(r"\bfirst\b|\d(?:st|nd|rd|th)\b|" + "|".join(ORDINALS),
                     template) or not words_within(template, _VOCAB):
        return None
    body = template.rstrip(" .?")
    told = _TOLD.match(body)
    if told is not None:
        checked = _told(told, split)
        got = read(split, body[told.end():])
        return None if got is None else (got[0], [checked, *got[1]])
    if (m := _NTH.fullmatch(body)) is not None:
        word = m.group(1)
        n = int(word[:-2]) if word[0].isdigit() else ORDINALS[word]
        kind, k = _kind_of(m, 1, split)
        members = first_members(kind, k, n)
        v = members[-1]
        shown = ", ".join(map(str, members[:6])) + (", \\ldots" if n > 6 else "")
        return sp.Integer(v), [step("list them in order", f"Count the {kind} from the "
                                    "smallest.", f"${shown}$: member {n} is ${v}$",
                                    "")]
    for pattern, ask_at in ((_FIRST, 1), (_LCM, 0)):
        m = pattern.fullmatch(body)
        if m is None:
            continue
        ask = m.group(1) if ask_at else "least common multiple"
        n = _count(m.group(ask_at + 1), split)
        kind, k = _kind_of(m, ask_at + 1, split)
        mod = m.groupdict().get("mod")
        if (mod is None) == ask.startswith("remainder"):
            return None
        listed = first_members(kind, k, n)
        if ask.startswith("sum of the"):  # the squares or cubes of the members, added
            power = 2 if ask.endswith("squares") else 3
            listed, ask = [v**power for v in listed], "sum"
        if mod is not None:
            return _remainder(ask.rsplit(" ", 1)[1], listed, integers.integer(
                split.maths[int(mod[1:-1])]))
        return _combine(ask, listed)
    return None


def _told(told: re.Match[str], split: Split) -> Step:
    """The step that checks a fact told before the question ("Eleven is the fifth prime
    number"); a fact that is not true declines the problem."""
    v = integers.integer(split.maths[int(told.group(1)[1:-1])])
    word = told.group(2)
    n = int(word[:-2]) if word[0].isdigit() else ORDINALS[word]
    kind, k = _kind_of(told, 2, split)
    members = first_members(kind, k, n)
    if members[-1] != v:
        raise Decline("the fact told before the question is not true")
    shown = ", ".join(map(str, members[-3:]))
    return step("check the fact told", f"Counting the {kind} from the smallest, member {n} is "
                f"{v}, as the problem says.", f"$\\ldots, {shown}$", "")


def _remainder(ask: str, members: list[int], mod: int) -> Result:
    """The remainder of the sum or product of the members, worked on remainders alone and
    confirmed on the exact total."""
    if mod < 2:
        raise Decline("a divisor of at least 2")
    r = 0 if ask == "sum" else 1
    for v in members:
        r = (r + v) % mod if ask == "sum" else r * (v % mod) % mod
    total = sum(members) if ask == "sum" else math.prod(members)
    confirm.check(total % mod == r, f"the exact {ask} leaves the same remainder")
    if len(str(total)) > 200:
        raise Decline(f"a {ask} too long to show")
    claim = f"{total} = {mod} \\cdot {total // mod} + {r}"
    return sp.Integer(r), [step(f"find the {ask}", f"Work out the {ask} of the members.",
                                f"The {ask} is ${total}$.", ""),
                           step("divide", "Divide and keep the remainder.", f"${claim}$", claim)]


def _combine(ask: str, members: list[int]) -> Result:
    shown = ", ".join(map(str, members[:12])) + (", \\ldots" if len(members) > 12 else "")
    listing = step("list the members", "Write down the first ones in order.", f"${shown}$",
                   shown)
    if ask in ("sum", "mean", "average"):
        total = sum(members)
        confirm.check(sp.Add(*map(sp.Integer, members)) == total,
                      "adding the listed members again gives the same total")
        v = sp.Rational(total, len(members)) if ask != "sum" else sp.Integer(total)
        claim = (" + ".join(map(str, members)) if len(members) <= 12 else
                 f"{members[0]} + {members[1]} + \\cdots + {members[-1]}") + f" = {total}"
        steps = [listing, step("add them", "Add the members.", f"${claim}$", claim)]
        if ask != "sum":
            c2 = f"\\frac{{{total}}}{{{len(members)}}} = {latex(v)}"
            steps.append(step("divide by how many", "The mean is the total over the count.",
                              f"${c2}$", c2))
        return v, steps
    if ask == "median":
        return _median(members, listing)
    if ask == "least common multiple":
        return integers.gcd_lcm("lcm", members) if len(members) > 1 else \
            (sp.Integer(members[0]), [listing])
    product = 1
    for v in members:
        product *= v
    if ask == "units digit of the sum":
        total = sum(members)
        confirm.check(sum(v % 10 for v in members) % 10 == total % 10,
                      "adding the units digits alone gives the same units digit")
        return sp.Integer(total % 10), [listing, step("add them", "Only the units digits matter.",
                                                      f"The sum is ${total}$", "")]
    if ask == "units digit of the product":
        r = 1
        for v in members:
            r = r * (v % 10) % 10
        confirm.check(r == product % 10, "multiplying the units digits alone gives the same "
                      "units digit")
        return sp.Integer(r), [listing, step("multiply the units digits", "Only the units "
                                             "digits matter.", f"The units digit is ${r}$", "")]
    if len(str(product)) > 200:
        raise Decline("a product too long to show")
    claim = " \\cdot ".join(map(str, members)) + f" = {product}"
    confirm.check(sp.Mul(*map(sp.Integer, members)) == product,
                  "multiplying the listed members again gives the same product")
    return sp.Integer(product), [listing, step("multiply them", "Multiply the members.",
                                               f"${claim}$", claim)]


def _median(members: list[int], listing: Step) -> Result:
    """The middle member, or the mean of the two middle ones (the list is in order),
    confirmed by Python's `statistics.median`."""
    n = len(members)
    low, high = members[(n - 1) // 2], members[n // 2]
    v = sp.Rational(low + high, 2)
    confirm.check(sp.nsimplify(statistics.median(members)) == v,
                  "Python's statistics.median gives the same middle value")
    if n % 2:
        return v, [listing, step("take the middle member", f"With {n} members in order, the "
                                 f"median is member {(n + 1) // 2}.", f"${low}$", "")]
    claim = f"\\frac{{{low} + {high}}}{{2}} = {latex(v)}"
    return v, [listing, step("average the two middle members", f"With {n} members in order, "
                             f"the median is the mean of members {n // 2} and {n // 2 + 1}.",
                             f"${claim}$", claim)]


__all__ = ["first_members", "read"]
