"""The closed vocabulary of events the probability readers understand: a statistic
(the sum or product of the outcomes) compared with a number, or a property of a
number (even, odd, prime, composite, a perfect square, a multiple of k, a k-digit number,
relatively prime to n), read from words."""

from __future__ import annotations

import re
from collections.abc import Callable
from math import gcd, isqrt

import sympy as sp

from tutor.reasoning.symbolic.model import Decline

# "is even", "is a multiple of #5", "is greater than #7", "is #2 or greater", "is #7", "equals #7"
_BODY = (r"(?:(?:an? )?(?P<even>even)(?: number| integer)?|(?:an? )?(?P<odd>odd)(?: number| "
         r"integer)?|(?P<prime>prime|a prime(?: number)?)|(?P<square>a perfect square|a square "
         r"number)|(?P<cube>a perfect cube)|(?:a multiple of|divisible by|evenly divisible by) "
         r"#(?P<mult>\d+)|an? (?:divisor|factor) of #(?P<div>\d+)|(?P<composite>composite|a "
         r"composite number)|(?:an? )?#(?P<digits>\d+)-digit (?:number|integer|whole number)|"
         r"(?:relatively prime|coprime) to #(?P<coprime>\d+)|(?P<cmp>(?:greater|more|larger) "
         r"than or equal to|(?:less|smaller|fewer) than or equal to|fewer than|greater than|"
         r"more than|less than|smaller than|larger than|at least|at most|no more than|no less "
         r"than|equal to|exactly) #(?P<t>\d+)|#(?P<t2>\d+) or (?P<cmp2>greater|more|larger|"
         r"less|fewer|smaller)|#(?P<eq>\d+))")
_IS = r"(?:is |are |be |equals? )?"
ONE_PROPERTY = _IS + _BODY + r"\b"
_ATOM = re.sub(r"\(\?P<\w+>", "(?:", _BODY)
# joined by not, or, and, either ... or, neither ... nor: "is not prime", "is even or a
# multiple of #3", "is neither a perfect square nor a perfect cube", "is a multiple of #5 or #7
# or both"
PROPERTY = (_IS + r"(?P<neg>not |neither |either )?" + _BODY + r"(?P<more>(?: (?:or|and|nor) "
            r"(?:is |are )?(?:not )?" + _ATOM + r")+)?(?P<both> or both)?\b")

CMP: dict[str, Callable[[int, int], bool]] = {
    "greater than": lambda v, t: v > t, "more than": lambda v, t: v > t,
    "larger than": lambda v, t: v > t, "less than": lambda v, t: v < t,
    "smaller than": lambda v, t: v < t, "at least": lambda v, t: v >= t,
    "no less than": lambda v, t: v >= t, "at most": lambda v, t: v <= t,
    "no more than": lambda v, t: v <= t, "equal to": lambda v, t: v == t,
    "exactly": lambda v, t: v == t, "fewer than": lambda v, t: v < t,
    **{f"{w} than or equal to": lambda v, t: v >= t for w in ("greater", "more", "larger")},
    **{f"{w} than or equal to": lambda v, t: v <= t for w in ("less", "smaller", "fewer")}}


def predicate(m: re.Match[str]) -> tuple[Callable[[int], bool], str]:
    """The test a PROPERTY match states (not, or, and, neither ... nor), and its words."""
    test, words = _one(m)
    g = m.groupdict()
    more, neg = g.get("more"), g.get("neg")
    # "either even or greater than 25": one or the other; read only where no value is both,
    # so that "one or both" and "only one" give the same count
    either = neg == "either "
    if either:
        if not more or g.get("both") or re.match(r" (?:and|nor) ", more):
            raise Decline("'either' without a plain 'or'")
        neg = None
    if not more:
        if neg == "neither " or g.get("both"):
            raise Decline("'neither' or 'or both' with one property")
        return (_negated(test), f"not {words}") if neg else (test, words)
    parts = re.findall(r" (or|and|nor) ((?:is |are )?(?:not )?" + _ATOM + ")", more)
    links = {link for link, _ in parts}
    if len(links) != 1 or (neg == "neither ") != (links == {"nor"}) or (
            neg == "not " or (g.get("both") and links != {"or"})):
        raise Decline("'not', 'and' and 'or' mixed in one condition")
    tests, said = [test], [words]
    for link, text in parts:
        flip = bool(re.match(r"(?:is |are )?not ", text))
        atom = re.sub(r"^(?:is |are )?(?:not )?", "", text)
        if link == "and" and re.fullmatch(r"#\d+", atom):
            raise Decline("'and' a bare number")
        if re.fullmatch(r"#\d+", atom) and g.get("mult"):
            atom = "a multiple of " + atom  # "a multiple of 5 or 7": 7 shares "a multiple of"
        one = re.fullmatch(ONE_PROPERTY, atom)
        if one is None:
            raise Decline("a condition I cannot read")
        t, w = _one(one)
        tests.append(_negated(t) if flip else t)
        said.append(("not " if flip else "") + w)
    if links == {"and"}:
        return (lambda v: all(t(v) for t in tests)), " and ".join(said)

    def anyone(v: int) -> bool:
        hits = sum(1 for t in tests if t(v))
        if either and hits > 1:
            raise Decline("'either ... or' where a value has both: one or both, or only one?")
        return hits > 0
    if neg:
        return _negated(anyone), "neither " + " nor ".join(said)
    return anyone, " or ".join(said)


def _negated(test: Callable[[int], bool]) -> Callable[[int], bool]:
    return lambda v: not test(v)


def _one(m: re.Match[str]) -> tuple[Callable[[int], bool], str]:
    """The test of one property's named groups."""
    g = m.groupdict()
    if g["even"]:
        return (lambda v: v % 2 == 0), "even"
    if g["odd"]:
        return (lambda v: v % 2 == 1), "odd"
    if g["prime"]:
        return (lambda v: bool(sp.isprime(v))), "prime"
    if g["square"]:
        return (lambda v: v >= 0 and isqrt(v) ** 2 == v), "a perfect square"
    if g["cube"]:
        return (lambda v: bool(sp.integer_nthroot(abs(v), 3)[1])), "a perfect cube"
    if g["mult"]:
        k = int(g["mult"])
        if k < 1:
            raise Decline("a multiple of zero")
        return (lambda v: v % k == 0), f"a multiple of {k}"
    if g["div"]:
        n = int(g["div"])
        if n < 1:
            raise Decline("divisors of a positive integer")
        return (lambda v: v >= 1 and n % v == 0), f"a divisor of {n}"
    if g["composite"]:  # more than 1 and not prime: 1 is neither prime nor composite
        return (lambda v: v > 1 and not sp.isprime(v)), "composite"
    if g["digits"]:
        d = int(g["digits"])
        return (lambda v: 10 ** (d - 1) <= v < 10**d and v > 0), f"a {d}-digit number"
    if g["coprime"]:
        c = int(g["coprime"])
        if c < 1:
            raise Decline("relatively prime to a positive integer")
        return (lambda v: v != 0 and gcd(v, c) == 1), f"relatively prime to {c}"
    if g["cmp"]:
        t, test = int(g["t"]), CMP[g["cmp"]]
        return (lambda v: test(v, t)), f"{g['cmp']} {t}"
    if g["cmp2"]:  # "2 or greater": 2 is in
        t, up = int(g["t2"]), g["cmp2"] in ("greater", "more", "larger")
        return ((lambda v: v >= t) if up else (lambda v: v <= t)), \
            f"{'at least' if up else 'at most'} {t}"
    t = int(g["eq"])
    return (lambda v: v == t), f"{t}"


__all__ = ["CMP", "ONE_PROPERTY", "PROPERTY", "predicate"]
