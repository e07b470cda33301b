"""One reader for what is asked about the divisors, prime factors, gcd or lcm of integers,
however it is worded: the asked quantity and its integers are found wherever they are said,
not in one sentence shape.

    "Add up every positive divisor of 28."           "28's positive divisors add up to what?"
    "Of all the prime factors of 390, which is the largest?"
    "How many positive integers divide 36 evenly?"   "Forty has how many positive factors?"
    "For 54 and 72, what is their GCD?"              "the largest number dividing both 40 and 64"
    "Sam lists the divisors of 45 and adds them up. What total does Sam get?"

The template is read as phrases (`Wording`): first the thing asked about with its integer
("the positive divisors of #36", "#36's prime factors", "integers that divide #36", "the
greatest common factor", "#54 and #72"), then exactly one aggregate (sum, product, how many,
largest, smallest, said as nouns or verbs: "add up", "total", "multiplied together"). What
is left must be glue; an unknown word ("proper" is read, "except" is not) leaves the problem
to other readers. The solving and its independent confirmation are the solvers'
(`divisor_questions`, `gcd_lcm.common`), which are given the question in their own words.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, Step
from tutor.reasoning.symbolic.number_theory import divisor_questions, gcd_lcm
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_QUICK = ("divis", "factor", "divid", "common", "gcd", "lcm", "gcf", "hcf", "prime")
ARG = r"(?:the (?:number|integer) )?(#\d+|@\d+@)"
_LIST = r"((?:#\d+|@\d+@)(?:(?:,|,? and) (?:#\d+|@\d+@))+)"
# qualifiers the divisor solver reads and applies ("whole number" is one word to it)
_Q = (r"((?:(?:whole number|natural number|positive|whole|whole-number|natural|natural-number|"
      r"integer|distinct|different|even|odd|proper|prime|perfect|square|cube|perfect-square|"
      r"perfect-cube),? )*)")
_NOUN = r"(?:divisors?|factors?)"
_DIVIDE = (r"(?:(?:that|which) )?(?:divides?|dividing|evenly divides?|divides? evenly into|"
           r"divide evenly|goes? evenly into|goes? into)")
# The thing asked about, with its integer: (pattern, how its groups read)
_UNITS: list[tuple[str, str]] = [
    (_Q + _NOUN + r" (?:does|do|can) " + ARG + r" (?:have|possess)\b", "q a"),
    (ARG + r" (?:has|have) how many " + _Q + _NOUN + r"\b", "a q count"),
    (_Q + _NOUN + r" (?:of|for) " + ARG, "q a"),
    (_Q + r"(?:integers|numbers|whole numbers|natural numbers) " + _DIVIDE + r" " + ARG
     + r"(?: evenly| exactly| without remainder| with no remainder)?", "q a"),
    (_Q + r"(?:primes?|prime numbers?) " + _DIVIDE + r" " + ARG, "q a prime"),
]
_AGGREGATES = {
    "sum": r"\b(?:sum|total|add(?:s|ed|ing)?(?: them)?(?: up| together)?)\b",
    "product": r"\b(?:product|multipl(?:y|ies|ied|ying)(?: them)?(?: together)?)\b",
    "count": r"\b(?:how many|the number of|count(?:s|ed)?)\b",
    "largest": r"\b(?:largest|greatest|biggest|highest|maximum)\b",
    "smallest": r"\b(?:smallest|least|lowest|minimum)\b",
}
_CANON = {"count": "the number of {q}divisors of @0@", "sum": "the sum of the {q}divisors of @0@",
          "product": "the product of the {q}divisors of @0@",
          "largest": "the largest {q}divisor of @0@", "smallest": "the smallest {q}divisor of @0@"}
_GCD = r"\b(?:(?:greatest|highest|largest) common (?:divisor|factor)|gcd|gcf|hcf)\b"
_LCM = r"\b(?:(?:least|lowest|smallest) common multiple|lcm)\b"
_BOTH = r"(?:both |each of |all of |all |each )?"
_DIVIDES_ALL = (r"\b(?:largest|greatest|biggest) (?:positive )?(?:integer|number|whole number) "
                + _DIVIDE + " " + _BOTH + _LIST + r"(?: evenly| exactly)?")
_MULTIPLE_OF_ALL = (r"\b(?:smallest|least) positive (?:integer|number|whole number) (?:that |which "
                    r")?(?:is |are )?(?:a multiple of|divisible by|divisible evenly by) " + _BOTH
                    + _LIST)
_COMMON_DIVISORS = r"\b(?:positive )?common (?:positive )?(?:divisors|factors)\b"
_COMMON_MULTIPLES = r"\b(?:positive )?common (?:positive )?multiples?\b"
_LIST_LIMIT = 10**6
# what may be left: question words, pronouns, and the verbs of a short story about listing
_GLUE = frozenset(
    "all every each their them they these those together up to when you we i what which one "
    "among do does did get gets got obtain obtains result answer numbers both list there "
    "lists listed write writes wrote down out he she her his how can could will would you "
    "so exist share shared what's computes compute finds calculates works".split())
_STORY_VERBS = "lists|writes|adds|multiplies|counts|finds|computes|wants|needs"


def read(split: Split, template: str) -> Result | None:
    """The sum, product, count, largest or smallest of an integer's divisors or prime
    factors, or the gcd or lcm of listed integers, in any wording."""
    if not any(k in template for k in _QUICK) or len(template) > 400:
        return None
    w = Wording.of(split, template)
    w.take_subject(_STORY_VERBS)
    # "36's largest prime factor" is "the largest prime factor of 36"
    w.text = re.sub(r"(#\d+|@\d+@) ?'s ((?:[a-z-]+,? ){0,4}?" + _NOUN + r")\b", r"\2 of \1",
                    w.text)
    if "common" in w.text or re.search(r"\b(?:gcd|gcf|hcf|lcm)\b", w.text) or w.find(
            _DIVIDES_ALL) or w.find(_MULTIPLE_OF_ALL):
        return _common(w)
    first = _inner(w)
    got = _divisors(w)
    if got is None or not first:
        return got
    return got[0], [*first, *got[1]]


# A divisor aggregate that is itself the number asked about: "How many distinct prime factors
# does the sum of the positive divisors of 400 have?", "Let A be the product of the divisors
# of 42. How many ... does A have?"; worked out first, then read as that integer.
_INNER = (r"\b(?:of|does|do) (the (sum|product|number) of (?:all )?(?:of )?(?:the )?" + _Q
          + r"(?:divisors|factors) of " + ARG + r")(?= (?:have|is|are)\b|[?.]|$)")
_LET = (r"^ (?:let|if|suppose) (@\d+@) (?:be|is|denotes?|stands? for) (the (sum|product|number) "
        r"of (?:all )?(?:of )?(?:the )?" + _Q + r"(?:divisors|factors) of " + ARG + r")[.,] ")


def _inner(w: Wording) -> list[Step]:
    """Each inner divisor aggregate replaced by its value (`#v`), with the steps found."""
    steps: list[Step] = []
    let = w.find(_LET)
    if let:
        name = w.maths[int(let.group(1).strip("@"))].strip()
        uses = [i for i, m in enumerate(w.maths) if m.strip() == name]
        if not re.fullmatch(r"[A-Za-z]", name) or len(uses) != 2:
            return steps
        value = _aggregate(w, let.group(3), let.group(4), let.group(5), steps)
        w.text = w.text[let.end() - 1:].replace(f"@{uses[1]}@", f"#{value}")
        return steps
    for _ in range(2):
        m = w.find(_INNER)
        if m is None:
            break
        value = _aggregate(w, m.group(2), m.group(3), m.group(4), steps)
        w.text = w.text[:m.start(1)] + f"#{value}" + w.text[m.end(1):]
    return steps


def _aggregate(w: Wording, kind: str, quals: str, token: str, steps: list[Step]) -> int:
    canon = _CANON["count" if kind == "number" else kind].format(
        q="".join(f"{q} " for q in quals.replace(",", " ").split()))
    got = divisor_questions.read(Split(canon, [_source(w, token)]), canon)
    if got is None or not isinstance(got[0], sp.Integer) or not 0 < int(got[0]) <= 10**15:
        raise Decline("an inner question about divisors not read")
    steps.extend(got[1])
    return int(got[0])


def _source(w: Wording, token: str) -> str:
    return token[1:] if token.startswith("#") else w.maths[int(token.strip("@"))]


def _common(w: Wording) -> Result | None:
    """The gcd or lcm of listed integers, or an aggregate of their common divisors."""
    kinds = [k for k, p in (("gcd", _GCD), ("lcm", _LCM), ("gcd", _DIVIDES_ALL),
                            ("lcm", _MULTIPLE_OF_ALL)) if w.find(p)] or [
        k for k, p in (("divisors", _COMMON_DIVISORS), ("multiples", _COMMON_MULTIPLES))
        if w.find(p)]
    if len(kinds) != 1:
        return None
    spelled = w.take(_DIVIDES_ALL) or w.take(_MULTIPLE_OF_ALL)
    if spelled:
        listed = spelled[0].group(1)
    else:
        named = w.take(_GCD) or w.take(_LCM) or w.take(_COMMON_DIVISORS) or w.take(
            _COMMON_MULTIPLES)
        lists = w.take(_LIST)
        if len(named) != 1 or len(lists) != 1:
            return None
        listed = lists[0].group(1)
        w.take(r"\bthe (?:two|three) (?:numbers|integers)\b|\b(?:have|share) in common\b")
    kind, asked = kinds[0], None
    if kind in ("divisors", "multiples"):
        asked = [k for k, agg in _AGGREGATES.items() if w.take(agg)]
        if len(asked) != 1:
            return None
        if kind == "multiples" and (asked != ["smallest"] or "positive" not in named[0].group(0)):
            return None  # 0 is a common multiple: only the least positive one is the lcm
        kind = "lcm" if kind == "multiples" else "gcd"
    if not w.only_glue(_GLUE | {"integers"}):
        return None
    nums = [gcd_lcm.positive_value(_source(w, t)) for t in re.findall(r"#\d+|@\d+@", listed)]
    value, steps = gcd_lcm.common(kind, nums)
    if kind == "lcm" or asked is None or asked == ["largest"]:
        return value, steps
    return _of_common_divisors(nums, int(value), asked[0], steps)


def _of_common_divisors(nums: list[int], g: int, asked: str, steps: list[Step]) -> Result:
    """The common divisors of the numbers are the divisors of their gcd."""
    canon = _CANON[asked].format(q="positive ")
    got = divisor_questions.read(Split(canon, [str(g)]), canon)
    if got is None:
        raise Decline("a question about common divisors not read")
    if min(nums) <= _LIST_LIMIT:
        listed = [d for d in range(1, min(nums) + 1) if all(n % d == 0 for n in nums)]
        again = {"count": len(listed), "sum": sum(listed), "smallest": listed[0],
                 "product": math.prod(listed)}[asked]
        confirm.check(again == got[0], "listing the common divisors directly gives the same")
    return got[0], [*steps, *got[1]]


def _divisors(w: Wording) -> Result | None:
    """An aggregate of the divisors (or prime factors) of one integer."""
    hits = [(pattern, how) for pattern, how in _UNITS if w.find(pattern)]
    if not hits:
        return None
    pattern, how = hits[0]
    found = w.take(pattern)
    if len(found) != 1:
        return None
    m = found[0]
    groups = dict(zip(how.split()[:2], m.groups(), strict=True))
    quals = groups["q"].replace(",", " ").split()
    if "prime" in how.split()[2:]:
        quals.append("prime")
    kinds = ["count"] if "count" in how.split()[2:] else []
    for kind, agg in _AGGREGATES.items():
        if w.take(agg):
            kinds.append(kind)
    if len(kinds) != 1 or not w.only_glue(_GLUE):
        return None
    q = "".join(f"{word} " for word in quals)
    canon = _CANON[kinds[0]].format(q=q)
    got = divisor_questions.read(Split(canon, [_source(w, groups["a"])]), canon)
    if got is None:
        raise Decline("a question about divisors not read")
    return got


__all__ = ["read"]
