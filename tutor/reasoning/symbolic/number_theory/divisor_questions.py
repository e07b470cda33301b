"""Questions about the divisors of one integer: how many there are, their sum, product or
sum of reciprocals, the largest or smallest, each with qualifiers read and applied (even,
odd, prime, proper, perfect squares or cubes, multiples of k, not divisible by k, less than
k): "How many even perfect-square factors does $2^4 \\cdot 7^9$ have?", "What is the sum of
the proper divisors of 432?", "How many positive divisors of 150 are not divisible by 5?".

The divisors come from the prime factorisation (checked: the primes multiply back to the
number and each is prime); the answer is confirmed by listing the divisors a second way,
by trial division up to the square root when the number is at most `TRIAL_LIMIT`, else by
walking the grid of exponents, and comparing with SymPy's list.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.number_theory.integer_questions import expression
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words
from tutor.reasoning.symbolic.typed import words_within

TRIAL_LIMIT = 10**12
_MAX_DIVISORS = 200_000
_NUMBER_WORDS = number_words(range(13))
_MANY = "(?:" + "|".join(_NUMBER_WORDS) + ")"
_QUAL = (r"(?:distinct|different|positive|integer|whole|number|whole-number|natural|"
         r"natural-number|even|odd|perfect|square|cube|perfect-square|perfect-cube|prime|"
         r"proper)")
_NOUN = r"(?P<quals>(?:" + _QUAL + r",? )*)(?P<noun>factors|divisors|factor|divisor)"
_OF = r" of (?P<subject>@\d+@)"
_LET = re.compile(r"(?:let|if|suppose|given) @(\d+)@[.,]? ")
_COND = (r"(?P<cond>(?:(?:perfect )?(?:squares|cubes)|even|odd|primes?|prime numbers|"
         r"(?:not )?(?:multiples of|divisible by) @\d+@|(?:less|greater) than @\d+@)"
         r"(?: and (?:(?:perfect )?(?:squares|cubes)|even|odd|primes?|(?:not )?(?:multiples of"
         r"|divisible by) @\d+@|(?:less|greater) than @\d+@))*)")
_ASK = r"(?:(?:what is|what are|find|compute|determine|calculate|give) )?"
_ASKS: list[tuple[str, re.Pattern[str]]] = [
    ("count", re.compile(r"how many " + _NOUN + r" does (?P<subject>@\d+@) have")),
    ("count", re.compile(r"how many " + _NOUN + _OF + r" (?:are there|exist)")),
    ("count", re.compile(r"how many (?:of the )?" + _NOUN + _OF + r" are " + _COND)),
    ("count", re.compile(_ASK + r"the number of " + _NOUN + _OF + r"(?: that are " + _COND
                         + ")?")),
    ("sum", re.compile(_ASK + r"the sum of (?:all )?(?:of )?(?:the )?(?P<many>" + _MANY + r" )?"
                       + _NOUN + _OF)),
    ("product", re.compile(_ASK + r"the product of (?:all )?(?:of )?(?:the )?(?P<many>"
                           + _MANY + r" )?" + _NOUN + _OF)),
    ("reciprocals", re.compile(_ASK + r"the sum of the reciprocals of (?:all )?(?:of )?(?:the )?"
                               + _NOUN + _OF)),
    ("largest", re.compile(_ASK + r"the (?:largest|greatest) " + _NOUN + _OF)),
    ("smallest", re.compile(_ASK + r"the (?:smallest|least) " + _NOUN + _OF)),
]
# "(Reminder: if n is a positive integer, then n! stands for the product 1 · 2 ··· n.)"
_REMINDER = re.compile(r"\s*\(?(?:reminder|recall|note)?:? ?(?:if|for each|for any) @(\d+)@ is a "
                       r"positive integer,? (?:then )?@(\d+)@ (?:stands for|denotes|is|means) "
                       r"the product @(\d+)@\.?\)?\.?\s*$")
_VOCAB = frozenset(
    "how many does have of are there exist the number sum product reciprocals all largest "
    "greatest smallest least factors divisors factor divisor distinct different positive "
    "integer whole natural natural-number whole-number even odd perfect square cube squares "
    "cubes perfect-square perfect-cube prime primes numbers proper multiples multiple "
    "divisible by not less greater than and that what find compute determine calculate give "
    "reminder recall note if for each any is then stands denotes means let suppose "
    "given".split()
) | set(_NUMBER_WORDS)


def read(split: Split, template: str) -> Result | None:
    """How many divisors, their sum, product, reciprocals, largest or smallest."""
    if not re.search(r"\b(?:factors?|divisors?)\b", template) or \
            not words_within(template, _VOCAB):
        return None
    body = template.strip().rstrip(" .?")
    used: set[int] = set()
    reminder = _REMINDER.search(body)
    if reminder:
        _check_factorial_reminder(split, reminder)
        used |= {int(g) for g in reminder.groups()}
        body = body[:reminder.start()].strip().rstrip(" .?")
    named: dict[str, str] = {}
    let = _LET.match(body)
    if let:  # "Let $n = 2^3 \cdot 5$. How many ... of $n$ ..."
        name, _eq, value = split.maths[int(let.group(1))].partition("=")
        if not re.fullmatch(r"\s*[a-zA-Z]\s*", name) or not value.strip():
            return None
        named[name.strip()] = value.strip()
        used.add(int(let.group(1)))
        body = body[let.end():]
    for kind, pattern in _ASKS:
        m = pattern.fullmatch(body)
        if m:
            return _answer(split, kind, m, used, named)
    return None


def _check_factorial_reminder(split: Split, m: re.Match[str]) -> None:
    n, fact, product = (split.maths[int(g)].replace(" ", "") for g in m.groups())
    if fact != f"{n}!" or not product.endswith(n) or not product.startswith("1"):
        raise Decline("a reminder that does not define the factorial")


def _answer(split: Split, kind: str, m: re.Match[str], used: set[int],
            named: dict[str, str]) -> Result:
    groups = m.groupdict()
    quals = groups["quals"].replace(",", " ").split()
    slots = [int(s) for s in re.findall(r"@(\d+)@", m.group(0))]
    if used | set(slots) != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    subject = groups["subject"]
    n = _subject(split, subject, named)
    if not 1 <= n <= 10**30:
        raise Decline("a positive integer of modest size")
    tests, words = _qualifiers(split, quals, groups.get("cond"), n)
    if "prime" in words and kind not in ("largest", "smallest") and not {
            "distinct", "different"} & set(quals):
        raise Decline("'prime factors' counted with or without repeats? (say 'distinct')")
    listed, steps = _divisors(n)
    chosen = [d for d in listed if all(t(d) for t in tests)]
    _confirm_list(n, tests, chosen)
    many = groups.get("many")
    if many:
        word = many.strip()
        if word not in _NUMBER_WORDS or _NUMBER_WORDS[word] != len(chosen):
            raise Decline("the number of divisors stated is not the number found")
    what = " ".join(words + ["divisors"])
    shown = [str(d) for d in chosen]
    listing = ", ".join(shown if len(shown) <= 24 else [*shown[:10], "\\dots", *shown[-3:]])
    steps.append(step("list them", f"Keep the {what} of {n}.", f"${listing}$" if chosen
                      else f"No divisor of {n} is {' and '.join(words)}.", ""))
    return _combine(kind, chosen, what, steps)


def _subject(split: Split, subject: str, named: dict[str, str]) -> int:
    slot = subject.strip("@")
    src = split.maths[int(slot)].strip()
    if src in named:
        split = Split(split.template, [*split.maths, named[src]])
        slot = str(len(split.maths) - 1)
    elif named:
        raise Decline("a number named but not asked about")
    value = expression(split, slot)
    if not value.is_Integer:
        value = sp.Integer(value.doit())
    return int(value)


def _qualifiers(split: Split, quals: list[str], cond: str | None,
                n: int) -> tuple[list[Callable[[int], bool]], list[str]]:
    if "integer" in quals and not {"positive", "natural", "natural-number", "whole",
                                   "whole-number"} & set(quals):
        raise Decline("integer divisors may be negative: positive ones?")
    if "number" in quals and not {"whole", "natural"} & set(quals):
        raise Decline("a qualifier not read")
    tests: list[Callable[[int], bool]] = []
    words: list[str] = []
    text = " ".join(quals) + " " + (cond or "")
    text = text.replace("perfect-", "perfect ").replace("prime numbers", "primes")
    for word, test in (("even", lambda d: d % 2 == 0), ("odd", lambda d: d % 2 == 1),
                       ("proper", lambda d: d != n), ("prime", sp.isprime)):
        if re.search(r"\b" + word + r"s?\b", text):
            tests.append(test)
            words.append(word)
    if re.search(r"\b(?:perfect )?squares?\b", text):
        tests.append(lambda d: math.isqrt(d) ** 2 == d)
        words.append("perfect-square")
    if re.search(r"\b(?:perfect )?cubes?\b", text):
        tests.append(lambda d: _icbrt(d) ** 3 == d)
        words.append("perfect-cube")
    if ("perfect" in text) != bool(re.search(r"\b(?:square|cube)s?\b", text)) or re.search(
            r"\b(?:square|cube)s?\b", text) and "perfect" not in text:
        raise Decline("'perfect' and 'square' or 'cube' go together")
    for neg, rel, slot in re.findall(r"(not )?(multiples of|divisible by|less than|greater "
                                     r"than) @(\d+)@", cond or ""):
        k = integers.integer(split.maths[int(slot)])
        if k < 1:
            raise Decline("a positive number")
        tests.append(_relation(rel, k, bool(neg)))
        words.append(f"{neg}{rel} {k}".replace("multiples of", "multiple of"))
    return tests, words


def _icbrt(d: int) -> int:
    r = round(d ** (1 / 3)) if d < 2**1000 else 1 << (d.bit_length() // 3)
    while r ** 3 > d:
        r -= 1
    while (r + 1) ** 3 <= d:
        r += 1
    return r


def _relation(rel: str, k: int, negated: bool) -> Callable[[int], bool]:
    if rel in ("multiples of", "divisible by"):
        return (lambda d: d % k != 0) if negated else (lambda d: d % k == 0)
    if negated:
        raise Decline("'not less than' and 'not greater than' read two ways")
    return (lambda d: d < k) if rel == "less than" else (lambda d: d > k)


def _divisors(n: int) -> tuple[list[int], list[Step]]:
    f = sp.factorint(n)
    confirm.check(math.prod(p ** e for p, e in f.items()) == n and all(sp.isprime(p) for p in f),
                  "the prime factors multiply back to the number and each is prime")
    if math.prod(e + 1 for e in f.values()) > _MAX_DIVISORS:
        raise Decline("too many divisors to list")
    listed = sorted(int(d) for d in sp.divisors(n))
    tex = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in sorted(f.items()))
    claim = f"{n} = {tex}" if n > 1 else "1"
    return listed, [step("prime factorisation", "Every divisor takes each prime to a power "
                         "from 0 up to its power in the number.", f"${claim}$",
                         claim if n > 1 else "")]


def _confirm_list(n: int, tests: list[Callable[[int], bool]], chosen: list[int]) -> None:
    """The divisors found a second way: trial division, or the grid of exponents."""
    if n <= TRIAL_LIMIT:
        small = [d for d in range(1, math.isqrt(n) + 1) if n % d == 0]
        every = set(small) | {n // d for d in small}
    else:
        f = sorted(sp.factorint(n).items())
        every = {math.prod(p ** k for (p, _e), k in zip(f, ks, strict=True))
                 for ks in itertools.product(*(range(e + 1) for _p, e in f))}
        confirm.check(all(n % d == 0 for d in every), "each product of prime powers divides")
    again = sorted(d for d in every if all(t(d) for t in tests))
    confirm.check(again == chosen, "listing the divisors a second way gives the same ones")


def _combine(kind: str, chosen: list[int], what: str, steps: list[Step]) -> Result:
    if kind == "count":
        return sp.Integer(len(chosen)), steps + [step("count them", f"How many {what}?",
                                                      f"There are {len(chosen)}.", "")]
    if not chosen:
        raise Decline("no such divisor")
    if kind in ("largest", "smallest"):
        v = chosen[-1] if kind == "largest" else chosen[0]
        return sp.Integer(v), steps + [step(f"the {kind}", f"Read off the {kind}.",
                                            f"The {kind} is ${v}$.", "")]
    if kind == "reciprocals":
        total = sum((Fraction(1, d) for d in chosen), Fraction(0))
        value = sp.Rational(total.numerator, total.denominator)
        claim = " + ".join(f"\\frac{{1}}{{{d}}}" for d in chosen[:12]) + \
            (" + \\dots" if len(chosen) > 12 else "") + f" = {latex(value)}"
        return value, steps + [step("add the reciprocals", "Add one over each divisor.",
                                    f"${claim}$", claim if len(chosen) <= 12 else "")]
    value = sum(chosen) if kind == "sum" else math.prod(chosen)
    if kind == "product" and len(str(value)) > 60:
        raise Decline("a product too large to show")
    sign = " + " if kind == "sum" else " \\cdot "
    claim = sign.join(str(d) for d in chosen) + f" = {value}"
    exact = claim if len(chosen) <= 30 else ""
    return sp.Integer(value), steps + [step(f"the {kind}", f"Combine the {what}.",
                                            f"${claim}$" if exact else f"The {kind} is {value}.",
                                            exact)]


_LEAST = re.compile(
    _ASK + r"the (?:smallest|least) positive (?:integer|whole number|number) (?:that has|that "
    r"have|with|having) exactly (?P<k>@\d+@|" + _MANY + r") (?:distinct |different )?"
    r"(?:positive )?(?:integer )?(?:factors|divisors)")
_SEARCH_LIMIT = 10**6


def read_least(split: Split, template: str) -> Result | None:
    """"The smallest positive integer with exactly 10 positive divisors"."""
    if "exactly" not in template or not words_within(template, _VOCAB | {"exactly", "with",
                                                                         "having"}):
        return None
    m = _LEAST.fullmatch(template.strip().rstrip(" .?"))
    if not m:
        return None
    k_src = m.group("k")
    if k_src.startswith("@"):
        if len(split.maths) != 1:
            raise Decline("maths the question does not use")
        k = integers.integer(split.maths[0])
    else:
        if split.maths:
            raise Decline("maths the question does not use")
        k = _NUMBER_WORDS[k_src]
    if not 1 <= k <= 64:
        raise Decline("a small number of divisors")
    by_shape = _least_by_exponents(k, [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37])
    if by_shape > _SEARCH_LIMIT:
        raise Decline("too far to search")
    n = next(v for v in range(1, _SEARCH_LIMIT + 1) if sp.divisor_count(v) == k)
    confirm.check(n == by_shape, "choosing the exponents (the divisor count is the product of "
                  "exponents plus one) gives the same least number")
    f = sorted(sp.factorint(n).items())
    tex = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in f) or "1"
    counted = " \\cdot ".join(f"({e} + 1)" for _p, e in f) or "1"
    return sp.Integer(n), [
        step("count divisors from exponents", "A number $p^a q^b \\cdots$ has $(a+1)(b+1)"
             "\\cdots$ divisors; give the largest exponents to the smallest primes.",
             f"${n} = {tex}$, with ${counted} = {k}$ divisors", f"{counted} = {k}"),
        step("check smaller numbers", f"No positive integer below {n} has exactly {k} divisors.",
             f"The least is ${n}$.", ""),
    ]


def _least_by_exponents(k: int, primes: list[int], most: int | None = None) -> int:
    """The least number with k divisors: k split into factors (e+1), largest first."""
    if k == 1:
        return 1
    if not primes:
        return 10**100
    best = 10**100
    for f in range(2, k + 1):
        if k % f == 0 and (most is None or f <= most):
            best = min(best, primes[0] ** (f - 1) * _least_by_exponents(k // f, primes[1:], f))
    return best


__all__ = ["read", "read_least"]
