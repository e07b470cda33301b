"""Reader of numbers formed from given digits: "How many three-digit numbers can be formed
from the digits 1, 2, 3, 4 and 5 if no digit may be repeated?", "Using the digits 0, 2,
4, 6, how many even two-digit numbers can be made if digits can be repeated?" ...

Whether a digit may be used twice must be said (otherwise the question reads two
ways); a number does not start with 0. Counted by placing digits (tuples of the given
digits), and again by running through every integer with that many digits.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import permutations, product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = r"(?P<list>#\d(?:,? (?:and |or )?#\d)+|@\d+@)"
_DIGITS = (r" (?:using|from|with) (?:only )?(?:each of )?(?:the )?digits (?:in (?:the|this) (?:set|"
           r"list) )?" + _LIST + r"(?!\w)")
_USING = r" using (?:only )?the digits " + _LIST + r","
_ASK = (r" how many (?:different |distinct |possible )*(?:positive )?(?P<parity>even |odd )?"
        r"#(?P<k>\d)-digit (?:positive )?(?P<parity2>even |odd )?(?:numbers|integers|whole "
        r"numbers)(?: (?P<cmp>(?:greater|less|more|smaller) than #\d+)| that are (?P<prop>"
        r"[^,.?;]+?))?(?=[,.?;]| if| with| using| from| such| can| could)")
_FORMED = r" (?:can|could) be (?:formed|made|written|created|constructed)\b"
_REPEAT = (r" (?:if |when |and )?(?:(?:the )?digits (?:may|can) be repeated|(?:a |each )?digit "
           r"(?:may|can) be used more than once|repetition(?: of digits)? is allowed|with "
           r"repetition(?: allowed)?)\b")
_ONCE = (r" (?:if |when |and )?(?:no digit (?:may |can )?(?:be |is )(?:repeated|used more than "
         r"once)|no digit (?:repeats|appears more than once)|(?:each|"
         r"every) digit (?:may |can |is to |must )?(?:only )?(?:be |is )used (?:at most |only |no "
         r"more than )?once|without repetition|(?:the )?digits (?:may|can|must) not be repeated|"
         r"(?:the )?digits (?:must|are to) be (?:different|distinct)|(?:the )?digits are not "
         r"repeated)\b")


# a digit used at most as often as it is given: "if no digit may be used more times than it
# appears in the given set of available digits"
_AS_GIVEN = (r" (?:if |when |and |where )?(?:no digit (?:may|can) be used more (?:times |often )?"
             r"than (?:it appears|it is given|it is listed)(?: in the (?:given )?(?:set|list)"
             r"(?: of (?:available )?digits)?)?|each digit (?:may|can) be used (?:at most )?as "
             r"(?:many times|often) as it appears(?: in the (?:given )?(?:set|list))?)\b")


def _multiset(w: Wording, src: str) -> list[int]:
    """The digits as listed, repeats kept ("1, 1, 2, 3": each to be used at most as often)."""
    if src.startswith("@"):
        body = re.sub(r"\\[{}]", "", w.maths[int(src.strip("@"))])
        items = [p.strip() for p in body.split(",")]
        if not all(re.fullmatch(r"\d", p) for p in items):
            raise Decline("a list of digits")
        return [int(p) for p in items]
    return [int(d) for d in re.findall(r"#(\d)", src)]


def _digits(w: Wording, src: str) -> list[int]:
    got = _multiset(w, src)
    if len(set(got)) != len(got) or len(got) < 1:
        raise Decline("different digits")
    return got


def numerals(split: Split, template: str) -> Result | None:
    if "digit" not in template or "how many" not in template:
        return None
    w = Wording.of(split, template)
    ask = w.take(_ASK)
    given = w.take(_DIGITS) + w.take(_USING)
    w.take(_FORMED)
    again, once, as_given = w.take(_REPEAT), w.take(_ONCE), w.take(_AS_GIVEN)
    if len(ask) != 1 or len(given) != 1 or not w.only_glue({"if", "are", "is", "be", "can"}):
        return None
    a = ask[0]
    test, words = (lambda v: True), "numbers"
    said = [g for g in (a.group("parity"), a.group("parity2"), a.group("prop"), a.group("cmp"))
            if g]
    if said:
        if len(said) > 1:
            raise Decline("one condition at a time")
        prop = re.fullmatch(PROPERTY, said[0].strip())
        if not prop:
            raise Decline("a condition I cannot read")
        test, words = predicate(prop)
    listed = _multiset(w, given[0].group("list"))
    if len(set(listed)) < len(listed) and not again and not once or as_given:
        if again or once or len(as_given) > 1:  # a digit listed twice: used at most twice
            raise Decline("how often a digit may be used is said two ways")
        return _from_multiset(listed, int(a.group("k")), test, words)
    if len(again) + len(once) != 1:
        raise Decline("it is not said whether a digit may be used twice")
    digits, k = _digits(w, given[0].group("list")), int(a.group("k"))
    if not 1 <= k <= 6 or (once and k > len(digits)):
        raise Decline("more places than digits")
    tuples = permutations(digits, k) if once else product(digits, repeat=k)
    good = sum(1 for t in tuples if t[0] != 0 and test(int("".join(map(str, t)))))
    allowed = set(str(d) for d in digits)

    def fits(v: int) -> bool:
        s = str(v)
        return set(s) <= allowed and (not once or len(set(s)) == k) and test(v)
    second = sum(1 for v in range(10 ** (k - 1) if k > 1 else 1, 10**k) if fits(v))
    if k == 1 and 0 in digits and test(0):
        raise Decline("is 0 a one-digit number here?")
    confirm.count(good, lambda: second, "numbers (running through every integer)")
    rule = "no digit twice" if once else "digits may repeat"
    claim = f"N = {good}"
    lead = [d for d in digits if d != 0]
    if words == "numbers":
        rest = (" \\cdot ".join(str(len(digits) - 1 - i) for i in range(k - 1)) if once
                else f"{len(digits)}^{{{k - 1}}}")
        claim = f"{len(lead)}" + (f" \\cdot {rest}" if k > 1 else "") + f" = {good}"
    return sp.Integer(good), [step("place the digits", f"Fill the {k} places from the left "
                                   f"({rule}; the first is not 0) and keep the {words}.",
                                   f"${claim}$", claim)]


def _from_multiset(listed: list[int], k: int, test: Callable[[int], bool], words: str
                   ) -> Result:
    """k-digit numbers using each digit at most as often as it is listed: the distinct orders
    of k of the listed digits, and again every k-digit integer whose digits the list holds."""
    if not 1 < k <= min(len(listed), 6) or len(listed) > 10:
        raise Decline("more places than digits")
    good = len({t for t in permutations(listed, k) if t[0] != 0 and test(
        int("".join(map(str, t))))})
    have = Counter(listed)
    second = sum(1 for v in range(10 ** (k - 1), 10**k) if not Counter(map(int, str(v))) - have
                 and test(v))
    confirm.count(good, lambda: second, "numbers (running through every integer)")
    said = ", ".join(map(str, listed))
    return sp.Integer(good), [step(
        "list the numbers", f"Place {k} of the digits {said} (each at most as often as it is "
        f"given; the first is not 0) and count the {words}.", f"$N = {good}$", f"N = {good}")]


__all__ = ["numerals"]
