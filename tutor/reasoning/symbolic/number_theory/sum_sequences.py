"""Sequences in which each term is the sum of the two (or three) before it, told in words:
"The sequence 2, 1, 3, 4, 7, ... starts with 2 and 1, and each term after that is the sum of
the two previous terms. What is the remainder when the 60th term is divided by 5?", "A
sequence starts 3, 5 and every term after the second is the sum of the two terms before it.
What is the units digit of the 40th term?", "The first two terms of a sequence are 1 and 3,
and each later term is the sum of the previous two. Find the 12th term."

The first terms come from a list ("2, 1, 3, 4, 7, ...": every listed term after the first k
must already follow the rule) or from words ("starts with 2 and 1", "the first two terms
are 1 and 3", "the first and second terms are 1"); when both are told they must agree.
The term is computed by adding exact integers one after another, and confirmed a second way
by raising the k-by-k companion matrix of the rule to a power by repeated squaring (modulo
the divisor when a remainder or units digit is asked).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS
from tutor.reasoning.symbolic.typed import words_within

_K = {"two": 2, "three": 3}
_PREV = r"(?:previous|preceding|prior|last)"
_AFTER = (r"(?: (?:after (?:that|those|these|this|them|the (?P<after>first|second|third|first two|"
          r"first three)(?: terms?)?)|from the third (?:term )?on(?:wards?)?|thereafter))?")
# the term after which the rule is said to start: it must be the k-th for a k-term sum
_STARTS_AFTER = {"first": 1, "second": 2, "third": 3, "first two": 2, "first three": 3}
_RULE = re.compile(
    r"(?:each|every) (?:later |following |subsequent |other |new |next )?term" + _AFTER
    + r",? is (?:equal to |found by adding |formed by adding )?(?:the sum of )?the (?:"
    r"(?P<k1>two|three) " + _PREV + r"(?: terms)?|" + _PREV + r" (?P<k2>two|three)(?: terms)?|"
    r"(?P<k3>two|three) terms (?:before it|preceding it|that (?:precede|come before) it|just "
    r"before it|immediately before it))(?: added together)?")
_SLOT = r"@(\d+)@"
_LIST = re.compile(r"@\d+@(?:, ?@\d+@)+(?:,? ?@\d+@)?")
_STARTS = [
    re.compile(r"(?:starts|begins|start|begin) (?:with )?" + _SLOT + r",? (?:and |then )?"
               + _SLOT + r"(?:,? (?:and |then )?" + _SLOT + r")?"),
    re.compile(r"the first (?:two|three) terms(?: of (?:a|the|this) sequence)? are " + _SLOT
               + r"(?:,? " + _SLOT + r")?,? and " + _SLOT),
    re.compile(r"the first and second terms(?: of (?:a|the|this) sequence)? are (?:both |each )?"
               + _SLOT + r"(?P<both>)(?! ?,? and @)"),
    re.compile(r"the first and second terms(?: of (?:a|the|this) sequence)? are " + _SLOT
               + r" and " + _SLOT),
    re.compile(r"the first term is " + _SLOT + r",? (?:and )?the second(?: term)? is " + _SLOT),
]
_ORD_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_TERM = r"the (?P<nth>\d+(?:st|nd|rd|th)|@\d+@|" + _ORD_WORDS + r") term(?: of (?:the|this) " \
    r"sequence)?"
_ASKS = [
    ("mod", re.compile(r"(?:(?:what|find|determine|compute) )?(?:is )?the remainder (?:when|if) "
                       + _TERM + r" is divided by @(?P<m>\d+)@")),
    ("units", re.compile(r"(?:(?:what|find|determine|compute) )?(?:is )?the (?:units|ones|last) "
                         r"digit of " + _TERM)),
    ("term", re.compile(r"(?:what is|find|determine|compute) " + _TERM)),
]
_ORDINAL_SLOT = re.compile(r"\s*(\d+)\s*\^\s*\{?\s*(?:\\(?:text|mathrm|textrm)\s*\{\s*)?"
                           r"(?:st|nd|rd|th)\s*\}?\s*\}?\s*")
_DOTS = re.compile(r"\s*(?:\\[lc]?dots[bc]?|\.\.\.|…)\s*")
_GLUE = frozenset("the a this sequence is where and in which of its numbers terms term starts "
                  "begins with fibonacci lucas then that so on called first second third two "
                  "three are both each defined as follows by".split())
_MAX_INDEX = 20_000


def read(split: Split, template: str) -> Result | None:
    if "term" not in template or "sum" not in template and "adding" not in template:
        return None
    rule = _RULE.search(template)
    if rule is None:
        return None
    k = _K[rule.group("k1") or rule.group("k2") or rule.group("k3")]
    if rule.group("after") and _STARTS_AFTER[rule.group("after")] != k:
        raise Decline(f"a rule said to start after the {rule.group('after')} term that sums "
                      f"the {k} terms before it")  # "after the first": term 2 has one before
    sentences = [s.strip(" ,.?") for s in re.split(r"(?<=[.?!])\s+", template) if s.strip()]
    asked = [(kind, m) for s in sentences for kind, p in _ASKS if (m := p.fullmatch(s))]
    if len(asked) != 1 or len(sentences) < 2:
        return None
    kind, ask = asked[0]
    used: set[int] = set()
    n = _index(split, ask.group("nth"), used)
    modulus = 10 if kind == "units" else None
    if kind == "mod":
        modulus = integer(split.maths[int(ask.group("m"))])
        used.add(int(ask.group("m")))
        if modulus < 2:
            raise Decline("a divisor of at least 2")
    told = template.replace(ask.group(0), " ")
    told = told[:rule.start()] + " " + told[rule.end():] if rule.group(0) in told else told
    first = _first_terms(split, told, k, used)
    rest = re.sub(r"@(\d+)@", lambda m: " " if int(m.group(1)) in used else m.group(0), told)
    if re.search(r"@\d+@", rest) or not words_within(rest, _GLUE):
        return None
    return _solve(first, k, n, modulus, kind)


def _index(split: Split, nth: str, used: set[int]) -> int:
    if nth.startswith("@"):
        slot = int(nth[1:-1])
        m = _ORDINAL_SLOT.fullmatch(split.maths[slot])
        if m is None:
            raise Decline("the place asked is not an ordinal")
        used.add(slot)
        n = int(m.group(1))
    else:
        n = int(nth[:-2]) if nth[0].isdigit() else ORDINALS[nth]
    if not 1 <= n <= _MAX_INDEX:
        raise Decline(f"a term from the 1st to the {_MAX_INDEX}th")
    return n


def _first_terms(split: Split, told: str, k: int, used: set[int]) -> list[int]:
    """The terms told, from the first: a list and the words must agree on what both tell."""
    found: list[list[int]] = []
    for m in _LIST.finditer(told):
        slots = [int(s) for s in re.findall(_SLOT, m.group(0))]
        if _DOTS.fullmatch(split.maths[slots[-1]]):
            used.add(slots.pop())
        if any(_DOTS.fullmatch(split.maths[s]) for s in slots):
            raise Decline("a list with a gap in it")
        found.append([integer(split.maths[s]) for s in slots])
        used |= set(slots)
    for pattern in _STARTS:
        for m in pattern.finditer(told):
            slots = [int(g) for g in m.groups() if g and g.isdigit()]
            terms = [integer(split.maths[s]) for s in slots]
            found.append(terms * 2 if m.groupdict().get("both") is not None else terms)
            used |= set(slots)
    if not found:
        raise Decline("the first terms of the sequence")
    longest = max(found, key=len)
    if any(t != longest[:len(t)] for t in found):
        raise Decline("the first terms are told two ways that disagree")
    if len(longest) < k:
        raise Decline(f"the first {k} terms")
    for i in range(k, len(longest)):
        if longest[i] != sum(longest[i - k:i]):
            raise Decline("a listed term that is not the sum of the terms before it")
    return longest[:k]


def _matrix_power_term(first: list[int], n: int, modulus: int | None) -> int:
    """Term n (from 1) as the first row of C^(n-k) applied to the first terms, where C is the
    companion matrix of the rule; entries reduced modulo `modulus` when one is given."""
    k = len(first)

    def mul(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
        out = [[sum(a[i][t] * b[t][j] for t in range(k)) for j in range(k)] for i in range(k)]
        return [[x % modulus for x in row] for row in out] if modulus else out

    if n <= k:
        return first[n - 1] % modulus if modulus else first[n - 1]
    c = [[1] * k] + [[1 if j == i - 1 else 0 for j in range(k)] for i in range(1, k)]
    result = [[1 if i == j else 0 for j in range(k)] for i in range(k)]
    e = n - k
    while e:
        if e & 1:
            result = mul(result, c)
        c = mul(c, c)
        e >>= 1
    state = list(reversed(first))  # the latest term first
    value = sum(result[0][j] * state[j] for j in range(k))
    return value % modulus if modulus else value


def _solve(first: list[int], k: int, n: int, modulus: int | None, kind: str) -> Result:
    terms = list(first)
    while len(terms) < n:
        terms.append(sum(terms[-k:]))
    value = terms[n - 1]
    answer = value % modulus if modulus else value
    confirm.check(_matrix_power_term(first, n, modulus) == answer,
                  "the companion matrix of the rule, raised to a power, gives the same term")
    shown = ", ".join(str(t) for t in terms[:min(n, 8)])
    steps = [step("the first terms", f"Start from {', '.join(map(str, first))} and add the "
                  f"{'two' if k == 2 else 'three'} terms before each new one.", f"${shown}$",
                  shown)]
    claim = f"a_{{{n}}} = {value}" if value.bit_length() < 200 else ""
    steps.append(step("continue the rule", f"Keep adding up to term {n}.",
                      f"${claim}$" if claim else f"term {n} computed exactly", claim))
    if modulus:
        what = "its last digit" if kind == "units" else f"its remainder on division by {modulus}"
        residue_claim = f"{answer}"
        steps.append(step("the remainder", f"Reduce the term modulo {modulus}: {what}.",
                          residue_claim, residue_claim))
    return sp.Integer(answer), steps


__all__ = ["read"]
