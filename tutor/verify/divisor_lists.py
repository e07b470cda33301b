"""A list of an integer's divisors said in words: "the divisors of 28 are 1, 2, 4, 7, 14
and 28", "the positive factors of $18$: 1, 2, 3, 6, 9, 18", "the proper divisors of 12
are 1, 2, 3, 4, 6", "the prime factors of 84 are 2, 3 and 7". Plain integer work (no
SymPy), in the checking process: the number is at most `MAX_NUMBER`.

The list is compared with the divisors found by trial division up to the square root:
verified when the two sets are the same, refuted when a listed number does not divide
(the message names it), and left unchecked when some divisor is missing (the writer may
list only some) or anything stands between the number and the list ("the divisors of 36
that are even are ...", "up to 6"): then the list is not claimed to be every divisor."""

from __future__ import annotations

import math
import re

from tutor.verify.verdict import ClaimResult, Verdict

MAX_NUMBER = 10**9
_NUMBER = r"\$?\s*(\d{1,10})\s*\$?"
_LISTED = re.compile(
    r"\b(?:the|all(?:\s+the)?|its)\s+(?P<kind>(?:positive\s+)?(?:proper\s+)?(?:prime\s+)?"
    r"(?:divisors|factors))\s+of\s+" + _NUMBER + r"\s*(?:are|:)\s*\$?"
    r"(?P<list>\d{1,10}(?:\s*(?:,\s*(?:and\s+)?|and\s+|\\?,\s*)\d{1,10})+)\s*\$?"
    r"(?P<after>\s*(?:[.;](?!\d)|$|,?\s+(?:so|and\s+so|which|that\s+is|hence|therefore)\b))",
    re.IGNORECASE)
_METHOD = "trial division up to the square root"


def _divisors(n: int) -> set[int]:
    small = [d for d in range(1, math.isqrt(n) + 1) if n % d == 0]
    return set(small) | {n // d for d in small}


def _prime(p: int) -> bool:
    return p >= 2 and all(p % d for d in range(2, math.isqrt(p) + 1))


# What is read after a list: its length ("so there are 6 (of them)") or its sum ("so they add
# to 22", "their sum is 22"); any other number after it keeps the list unchecked.
_LEAD = r"\s*[,.]?\s*(?:so|and\s+so|hence|therefore|that\s+is|which\s+is)?\s*,?\s*"
_TAIL = r"\s*[.!]?\s*$"
_COUNT = re.compile(_LEAD + r"(?:there\s+are|that's|that\s+makes|which\s+makes|giving)\s+"
                    r"\$?(\d+)\$?(?:\s+(?:of\s+them|in\s+all|in\s+total|(?:positive\s+)?"
                    r"(?:divisors|factors)))?" + _TAIL, re.IGNORECASE)
_SUM = re.compile(_LEAD + r"(?:they\s+add\s+(?:up\s+)?to|their\s+sum\s+is|the\s+sum\s+is|"
                  r"they\s+sum\s+to)\s+\$?(\d+)\$?" + _TAIL, re.IGNORECASE)


def _unread_number_after(rest: str, listed: list[int]) -> bool:
    """Whether the step goes on to say a number of the list that is not read, or a count or
    sum that is wrong: "..., so there are 7 of them", "... Their sum is 30" must not look
    verified. Its length or sum said right is read."""
    if not re.search(r"\d", rest):
        return False
    count, total = _COUNT.match(rest), _SUM.match(rest)
    if count is not None:
        return int(count.group(1)) != len(listed)
    return total is None or int(total.group(1)) != sum(listed)


def divisor_list_claims(text: str) -> list[ClaimResult]:
    """Each divisor list the step says in words, checked against trial division."""
    found = []
    for m in _LISTED.finditer(text):
        n = int(m.group(2))
        listed = [int(v) for v in re.findall(r"\d+", m.group("list"))]
        if not 1 <= n <= MAX_NUMBER or len(set(listed)) != len(listed):
            continue  # a repeated entry lists prime factors with their powers
        kind = " ".join(m.group("kind").lower().split())
        every = _divisors(n)
        if "prime" in kind:
            every = {d for d in every if _prime(d)}
        if "proper" in kind:
            every.discard(n)
        claim = f"the {kind} of {n} are {', '.join(map(str, listed))}"
        wrong = [v for v in listed if v not in every]
        if wrong:
            why = (f"{wrong[0]} is not a divisor of {n}" if n % wrong[0] else
                   f"{wrong[0]} is not one of the {kind} of {n}")
            found.append(ClaimResult(claim, Verdict.REFUTED, why, "divisors", method=_METHOD))
        elif set(listed) == every and not _unread_number_after(text[m.end():], listed):
            found.append(ClaimResult(claim, Verdict.VERIFIED, f"every one of the {kind} of {n}",
                                     "divisors", method=_METHOD))
        elif set(listed) == every:
            found.append(ClaimResult(claim, Verdict.UNCHECKED, "the list is right; what the step "
                                     "says of it next is not read", "divisors"))
        else:
            missing = sorted(every - set(listed))
            found.append(ClaimResult(claim, Verdict.UNCHECKED, f"{missing[0]} is missing: only "
                                     "some listed?", "divisors"))
    return found


__all__ = ["divisor_list_claims"]
