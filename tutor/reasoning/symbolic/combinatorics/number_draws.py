"""Probability reader for numbers chosen from a stated set or range of integers: one number
and a property of it, or two different numbers and a property of their sum, product or gcd.

Phrasings reached: "Two different integers are chosen from the set {1, 2, ..., 9}. What is
the probability that their sum is even?", "A number is selected at random from 1 through
50, inclusive. What is the probability that it is a perfect square?" ...
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import combinations, permutations, product
from math import comb, factorial, perm, prod

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick, set_members
from tutor.reasoning.symbolic.model import Decline, latex
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

FROM_NUMBERS = (
    r" (?:(?:from|of|among) |(?=in the set ))(?:(?:in )?the set (?:of (?:consecutive )?(?:natural "
    r"numbers|positive integers|integers|whole numbers) )?(?P<set>@\d+@)|(?:the )?(?:first "
    r"#(?P<first>\d+) positive integers|first #(?P<primes>\d+) (?:prime numbers|primes)|first "
    r"#(?P<odds>\d+) (?:positive )?odd (?:integers|numbers)|(?:positive )?integers (?:from )?"
    r"#(?P<a>\d+) (?:through|to) #(?P<b>\d+)|"
    r"(?:between )?#(?P<a2>\d+) (?:through|to|and) #(?P<b2>\d+)|(?:(?<=from )|(?<=among ))"
    r"(?P<listed>@\d+@)))(?P<inc>,? inclusive)?"
    r"(?!\w)")
_PICK = (r" (?P<two>#(?P<k>[2-6]) (?P<diff>different |distinct )?|an? |#1 )(?:positive |"
         r"natural )?(?:numbers?|integers?|whole numbers?|members|elements|(?P<primes>prime "
         r"numbers?|primes?))(?P<names>,? @\d+@(?:,? and @\d+@|, @\d+@)+,?)?"
         r"(?:(?: are| is)? (?:randomly |independently |)(?:selected|"
         r"chosen|picked|drawn)(?: (?:at random|randomly))?)?(?P<how>,? (?:simultaneously|at the "
         r"same time|without replacement)(?: and at random)?)?(?P<again>,? (?:with replacement|"
         r"independently)(?: and at random)?)?\b")
# the picker named: "Maya picks two different numbers at random from ..."
_ACTS = "picks|chooses|selects|draws|randomly picks|randomly chooses|randomly selects"
_ACT = r" (?:randomly )?(?:picks?|chooses?|selects?|draws?)(?= (?:#\d|an? ))"
# the drawn numbers named and an expression in them: "$xy - x - y$ is even"
_NAMED_EVENT = r" (?P<expr>@\d+@) " + PROPERTY
_CHOSEN = (r"(?<=;)\s+(?:are|is) (?:randomly )?(?:selected|chosen|picked|drawn)(?: at random| "
           r"randomly)?\b")
_ITS = (r" (?:it|the (?:chosen |selected )?(?:number|integer))(?: chosen| selected)? "
        + PROPERTY)
# "a randomly selected integer between 1 and 100, inclusive, is a multiple of 7"
_PICKED = (r" an? (?:randomly )?(?:selected|chosen|picked) (?:positive )?(?:integer|number|whole "
           r"number) (?:from |between )#(?P<a>\d+) (?:and|to|through) #(?P<b>\d+)(?P<inc>,? "
           r"inclusive,?)? (?:will )?" + PROPERTY)
_DRAWN = (r"(?:#(?P<of>[2-6]) )?(?:selected |chosen |drawn )?(?:numbers|integers|members|primes|"
          r"prime numbers)(?: (?:selected|chosen|drawn|picked))?")
_STAT = (r" (?:the|their) (?P<stat>sum|product|greatest common (?:factor|divisor)|positive "
         r"difference)(?: (?:of|between) (?:the|these|those) " + _DRAWN + r")? " + PROPERTY)
# the largest or smallest of the numbers drawn (a comparative only of two)
_EXTREME = (r" the (?P<stat>larger|greater|smaller|lesser|largest|greatest|smallest|least) "
            r"(?:of (?:the|these|those) " + _DRAWN + r"|(?:number|integer)(?: (?:selected|"
            r"chosen|drawn|picked))?) " + PROPERTY)
_DIFFER = (r" (?:the (?:#2 )?(?:numbers|integers)(?: (?:selected|chosen|drawn|picked))?|they) "
           r"differ by ")
# the pool put into a container first: "each of the first 8 primes is placed in a bowl" is
# the pool the numbers are then drawn from
_PLACED = (r" (?:each of )?(the first #\d+ (?:prime numbers|primes|positive integers)|the "
           r"(?:positive )?integers (?:from )?#\d+ (?:through|to) #\d+(?:,? inclusive)?|the "
           r"set @\d+@),? (?:is|are) (?:placed|put|written on slips(?: of paper)?(?: and "
           r"placed)?) (?:in|into) (?:a|the) (?:bowl|hat|bag|box|jar|urn)\b")



def _picked(w: Wording, picked: list[re.Match[str]]) -> Result | None:
    """One number from a range said inside the event; 'between' without 'inclusive' is read
    both ways and declined when the two differ."""
    ask = w.take(ASK)
    if len(picked) != 1 or len(ask) != 1 or not w.only_glue():
        return None
    p = picked[0]
    a, b = int(p.group("a")), int(p.group("b"))
    between = "between" in p.group(0) and not p.group("inc")
    test, words = predicate(p)
    results = set()
    for lo, hi in ({(a, b), (a + 1, b - 1)} if between else {(a, b)}):
        if not 0 <= lo <= hi or hi - lo > 10**6:
            raise Decline("a range of modest size")
        good = sum(1 for x in range(lo, hi + 1) if test(x))
        results.add(sp.Rational(good, hi - lo + 1))
    if len(results) != 1:
        raise Decline("'between' may or may not include the ends, and the answers differ")
    good = sum(1 for x in range(a, b + 1) if test(x))
    total = b - a + 1
    second = total - sum(1 for x in range(a, b + 1) if not test(x))
    return answer(good, total, f"the number being {words}", second, "the complement",
                  f"{good} of the {total} equally likely numbers are {words}.")


def pool_of(w: Wording, m: re.Match[str]) -> list[int]:
    """The integers a `FROM_NUMBERS` phrase names: a listed set, the first n primes or odd numbers,
    or a range; Decline when 'between' leaves its ends unclear or the pool is not modest."""
    g = m.groupdict()
    if g["a2"] and "between" in m.group(0) and not g["inc"]:
        raise Decline("'between' may or may not include its ends")
    if g["set"] or g["listed"]:  # "from the set {1, ..., 9}", "from {2, 3, 5}"
        pool = set_members(w.maths[int((g["set"] or g["listed"])[1:-1])])
    elif g["primes"] or g["odds"]:  # the first n primes (SymPy's prime(i)) or odd numbers
        count = int(g["primes"] or g["odds"])
        if not 1 <= count <= 600:
            raise Decline("a modest set")
        pool = [int(sp.prime(i)) if g["primes"] else 2 * i - 1 for i in range(1, count + 1)]
    else:
        lo = 1 if g["first"] else int(g["a"] or g["a2"])
        hi = int(g["first"] or g["b"] or g["b2"])
        pool = list(range(lo, hi + 1))
    if len(set(pool)) != len(pool) or not 2 <= len(pool) <= 100_000:
        raise Decline("a set of distinct integers of modest size")
    return pool


def numbers(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "select", "chosen", "choose", "pick", "draw"):
        return None
    w = Wording.of(split, template)
    picked = w.take(_PICKED)
    if picked:
        return _picked(w, picked)
    w.text = re.sub(_PLACED, r" from \1", w.text)
    w.text = re.sub(_DIFFER, " their positive difference is ", w.text)
    w.take_subject(_ACTS)
    w.take(_ACT)
    ask = w.take(ASK)
    event = w.take(_STAT) + w.take(_EXTREME)  # first: "the gcd of these two numbers"...
    src = w.take(FROM_NUMBERS)  # before the pick: '#6 primes' of the pool is no pick
    pick = w.take(_PICK)
    w.take(_CHOSEN)
    together = w.take(r",? (?:simultaneously|at the same time)(?=[ .,;?])")
    w.take(r" and (?:they are |then )?(?:multiplied|added)(?: together)?\b")
    event += w.take(_ITS)
    if pick and pick[0].group("names"):
        event += w.take(_NAMED_EVENT)
    if len(pick) != 1 or len(src) != 1 or len(ask) != 1 or len(event) != 1 or not w.only_glue():
        return None
    pool = pool_of(w, src[0])
    if pick[0].group("primes") and not all(sp.isprime(x) for x in pool):
        raise Decline("primes drawn from a pool that holds other numbers")
    test, words = predicate(event[0])
    k = int(pick[0].group("k") or 1)
    if pick[0].group("names"):
        return _named(w, pool, pick[0], event[0], test, words)
    if k == 1:
        if "stat" in event[0].groupdict():
            raise Decline("a sum of one number")
        good = sum(1 for x in pool if test(x))
        second = len(pool) - sum(1 for x in pool if not test(x))
        return answer(good, len(pool), f"the number being {words}", second, "the complement",
                      f"{good} of the {len(pool)} equally likely numbers are {words}.")
    if "stat" not in event[0].groupdict():
        raise Decline("an event about one of the numbers drawn")
    stat = event[0].group("stat")
    if event[0].group("of") and int(event[0].group("of")) != k:
        raise Decline("the event counts other numbers than were drawn")
    if k != 2 and (stat.endswith("er") or stat == "positive difference"):
        raise Decline("'larger', 'smaller' or a difference of other than two numbers")
    different = bool(pick[0].group("diff") or pick[0].group("how") or together)
    if pick[0].group("again") and not different:
        return _repeated(pool, k, stat, test, words)
    if not different or pick[0].group("again"):
        raise Decline("numbers that may or may not be the same")
    return _several(pool, k, stat, test, words)


def _value(stat: str, t: tuple[int, ...]) -> int:
    if stat == "sum":
        return sum(t)
    if stat == "product":
        return prod(t)
    if stat == "positive difference":
        return abs(t[0] - t[1])
    if stat in ("larger", "greater", "largest", "greatest"):
        return max(t)
    if stat in ("smaller", "lesser", "smallest", "least"):
        return min(t)
    return int(sp.gcd(*t))


def _repeated(pool: list[int], k: int, stat: str, test: Callable[[int], bool],
              words: str) -> Result:
    """k numbers drawn one after another with replacement: all len(pool)^k ordered draws
    equally likely; counted over the draws, and again over the draws that fail."""
    if len(pool) ** k > 400_000:
        raise Decline("a modest number of draws")
    if stat.startswith("greatest c"):
        raise Decline("a gcd of numbers that may be equal")
    draws = list(product(pool, repeat=k))
    good = sum(1 for t in draws if test(_value(stat, t)))
    failing = sum(1 for t in reversed(draws) if not test(_value(stat, t)))
    return answer(good, len(draws), f"the {stat} being {words}", len(draws) - failing,
                  "the complement", f"Of the {len(draws)} equally likely ordered draws, {good} "
                  f"have {stat} {words}.", f"{len(pool)}^{{{k}}}")


def _several(pool: list[int], k: int, stat: str, test: Callable[[int], bool],
             words: str) -> Result:
    """k different numbers of the pool, all sets equally likely: the sets whose sum, product
    (or, for two, gcd) has the property, counted over the sets and again over the ordered
    draws, each set drawn in k! orders."""
    if k > len(pool) or perm(len(pool), k) > 400_000:
        raise Decline("a modest number of draws")
    if stat.startswith("greatest c") and k != 2:
        raise Decline("a gcd of two numbers")
    good = sum(1 for t in combinations(pool, k) if test(_value(stat, t)))
    ordered = Counter(test(_value(stat, t)) for t in permutations(pool, k))
    total = comb(len(pool), k)
    what = "pairs" if k == 2 else "sets"
    return answer(good, total, f"the {stat} being {words}", ordered[True] // factorial(k),
                  "ordered draws, each set counted k! times", f"Of the {total} equally likely "
                  f"{what}, {good} have {stat} {words}.", f"\\binom{{{len(pool)}}}{{{k}}}")


def _named(w: Wording, pool: list[int], pick: re.Match[str], event: re.Match[str],
           test: Callable[[int], bool], words: str) -> Result:
    """Different numbers drawn and named ("two distinct integers $x$ and $y$"), an event
    about an expression in the names: each ordered draw equally likely, the names given the
    numbers in the order drawn; counted with the expression compiled, and again (the
    complement) with SymPy substituting exact integers."""
    names = [w.maths[int(n)].strip() for n in re.findall(r"@(\d+)@", pick.group("names"))]
    k = int(pick.group("k") or 1)
    if "expr" not in event.groupdict() or len(names) != k or len(set(names)) != k or not all(
            re.fullmatch(r"[a-zA-Z]", n) for n in names):
        raise Decline("the numbers named once each, by single letters")
    if not (pick.group("diff") or pick.group("how")):
        raise Decline("numbers that may be the same")
    expr = parse_latex(w.maths[int(event.group("expr")[1:-1])])
    letters = [sp.Symbol(n) for n in names]
    if not isinstance(expr, sp.Expr) or not expr.free_symbols <= set(letters) or \
            not expr.free_symbols or not expr.is_polynomial(*letters):
        raise Decline("a whole-number expression in the numbers drawn")
    if perm(len(pool), k) > 20_000:
        raise Decline("a modest number of draws")
    compiled = sp.lambdify(letters, expr, modules=[{}, "math"])
    draws = list(permutations(pool, k))
    good = sum(1 for t in draws if test(int(compiled(*t))))
    failing = sum(1 for t in draws if not test(int(expr.xreplace(
        dict(zip(letters, map(sp.Integer, t), strict=True))))))
    total = len(draws)
    return answer(good, total, f"${latex(expr)}$ being {words}", total - failing,
                  "the complement, with exact substitution", f"Of the {total} equally likely "
                  f"ordered draws, {good} make ${latex(expr)}$ {words}.",
                  " \\cdot ".join(str(len(pool) - i) for i in range(k)))


__all__ = ["numbers", "pool_of"]
