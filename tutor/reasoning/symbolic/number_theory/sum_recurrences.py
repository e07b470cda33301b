"""A sequence in which each term after the first two is the sum of the two before it (the
Fibonacci sequence, or one told by its first two terms), asked for a far term's remainder, units
digit or value: "What is the remainder when the 60th term of the Fibonacci sequence is divided
by 9?", "A sequence starts 2, 5, and each term after the second is the sum of the two terms
before it. What is the remainder when the 40th term is divided by 6?".

The first terms are the ones listed (which must follow the rule) or said ("the first term is 2
and the second is 5"); the Fibonacci sequence by its name alone starts 1, 1. The remainder is
found by running the terms modulo m until the pair of remainders repeats (the period), and
confirmed by the exact term computed with whole numbers.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw

_LIMIT = 20_000  # the exact term is computed up to this index
_RULE = re.compile(r"(?:where |and |in which |with )?(?:each|every) term (?:after (?:that|the "
                   r"(?:second|first #2(?: terms)?|#2nd|first #2 terms))|(?:from|starting "
                   r"(?:with|from)) the (?:third|#3rd) (?:one|term)?)(?: on)?,? is (?:equal to )?"
                   r"the sum of the (?:#2 (?:previous|preceding) (?:terms|ones)|(?:previous|"
                   r"preceding) #2(?: terms)?|#2(?: terms)? (?:before|preceding) it)")
_ASK = re.compile(r"(?:what is|find) (?:the (?P<what>remainder when|units digit of|ones digit of|"
                  r"value of) )?the (?P<n>#?\d+|@\d+@)(?:th|st|nd|rd)? term(?: of (?:the|this) "
                  r"(?:fibonacci |lucas )?sequence)?(?: is divided by (?P<m>#\d+))?[?.]?$")


def read(split: Split, template: str) -> Result | None:
    fib = bool(re.search(r"\bfibonacci\b", template))
    if not fib and "sum of the" not in template or "term" not in template:
        return None
    w, places, form = nw.read_story(split, template)
    if places is not None or form is not None:
        return None
    w = re.sub(r"\s+", " ", w).strip()
    sentences = [s.strip() for s in re.split(r"(?<=[.?])\s+", w) if s.strip()]
    if not sentences:
        return None
    ask = _ASK.fullmatch(sentences[-1])
    if ask is None:
        return None
    n = _ordinal(split, ask.group("n"))
    what = ask.group("what") or "value of"
    if (what == "remainder when") != bool(ask.group("m")):
        return None
    m = int(ask.group("m")[1:]) if ask.group("m") else 10 if "digit" in what else None
    story = " ".join(sentences[:-1])
    rule = _RULE.search(story)
    if rule is not None:
        story = story[:rule.start()] + " " + story[rule.end():]
    elif not fib:
        return None
    listed: list[int] = []
    said = re.search(r"the first term is #(\d+),? (?:and )?the second(?: term)? is #(\d+)|the "
                     r"first (?:#2 terms|and second terms) are (?:both )?#(\d+)", story)
    if said:
        a, b = (said.group(1), said.group(2)) if said.group(1) else (said.group(3),) * 2
        listed = [int(a), int(b)]
        story = story[:said.start()] + " " + story[said.end():]
    shown = [int(x) for x in re.findall(r"#(\d+)(?=,)", story)]
    if listed and shown and shown[:2] != listed:
        raise Decline("the first terms said and listed differ")
    listed = shown or listed
    story = re.sub(r"#\d+, ", " ", story)
    if fib and not listed:
        listed = [1, 1]
    leftover = set(re.findall(r"[a-z#@][\w/.@]*", story)) - {
        "the", "fibonacci", "lucas", "sequence", "is", "a", "starts", "begins", "with", "and",
        "so", "on", "of", "numbers", "this", "consider", "where", "has", "as", "its", "terms",
        "in", "which", "whose"}
    if len(listed) < 2 or leftover - {f"@{i}@" for i in range(len(split.maths))
                                      if split.maths[i].strip() in ("\\ldots", "\\dots",
                                                                    "\\cdots")}:
        raise Decline("a sequence told in words not read") if leftover else Decline("first terms")
    if any(listed[i] != listed[i - 1] + listed[i - 2] for i in range(2, len(listed))):
        raise Decline("the listed terms do not follow the rule")
    if fib and listed[:2] != [1, 1]:
        raise Decline("a Fibonacci sequence that does not start 1, 1")
    return _answer(listed[0], listed[1], n, m)


def _ordinal(split: Split, token: str) -> int:
    if not token.startswith("@"):
        return int(token.lstrip("#"))
    src = split.maths[int(token.strip("@"))]
    got = re.fullmatch(r"\s*(\d+)\s*\^\s*\{?\s*\\(?:mathrm|text|rm)\s*\{\s*(?:st|nd|rd|th)\s*\}"
                       r"\s*\}?\s*|\s*(\d+)\s*\^\s*\{\s*(?:st|nd|rd|th)\s*\}\s*", src)
    if got is None:
        raise Decline("which term is asked")
    return int(got.group(1) or got.group(2))


def _answer(a: int, b: int, n: int, m: int | None) -> Result:
    if n < 1:
        raise Decline("a term from the first on")
    if m is None:
        if n > 500:
            raise Decline("a term too large to show")
        exact = _exact(a, b, n)
        again = _by_matrix(a, b, n)
        confirm.check(exact == again, "the term computed by matrix powers is the same")
        return sp.Integer(exact), [step("add term by term", "Each term is the sum of the two "
                                        "before it.", f"The term number {n} is ${exact}$.", "")]
    if m < 2:
        raise Decline("a divisor of at least 2")
    seen: dict[tuple[int, int], int] = {}
    pair, k = (a % m, b % m), 1
    rems = []
    while pair not in seen:
        seen[pair] = k
        rems.append(pair[0])
        pair, k = (pair[1], (pair[0] + pair[1]) % m), k + 1
    start, period = seen[pair], k - seen[pair]
    r = rems[n - 1] if n <= len(rems) else rems[start - 1 + (n - start) % period]
    if n <= _LIMIT:
        confirm.check(_exact(a, b, n) % m == r, "the exact term, computed with whole numbers, "
                      "leaves the same remainder")
    else:
        confirm.check(_by_matrix(a, b, n, m) == r, "matrix powers modulo the divisor give the "
                      "same remainder")
    shown = ", ".join(str(x) for x in rems[:min(len(rems), 24)])
    index = (n - start) % period + start
    claim = f"{n} = {period} \\cdot {(n - start) // period} + {index}" if n > len(rems) else ""
    return sp.Integer(r), [
        step("remainders repeat", f"Work with remainders on division by {m}: each is the sum "
             "of the two before it, reduced; once a pair repeats, so does everything after.",
             f"The remainders are {shown}{', ...' if len(rems) > 24 else ''}; they repeat every "
             f"{period} terms.", ""),
        step("find the place in the cycle", "Term number n has the remainder of the term at "
             "the same place in the cycle.", (f"${claim}$, so the remainder is that of term "
                                               f"{index}: ${r}$.") if claim else
             f"Term {n} leaves remainder ${r}$.", claim)]


def _exact(a: int, b: int, n: int) -> int:
    x, y = a, b
    for _ in range(n - 1):
        x, y = y, x + y
    return x


def _by_matrix(a: int, b: int, n: int, m: int | None = None) -> int:
    """Term n from the matrix [[0, 1], [1, 1]] to the power n - 1 applied to (a, b)."""
    mat = sp.Matrix([[0, 1], [1, 1]])
    p = mat ** (n - 1) if m is None else _power_mod(mat, n - 1, m)
    v = p * sp.Matrix([a, b])
    return int(v[0]) if m is None else int(v[0]) % m


def _power_mod(mat: sp.Matrix, e: int, m: int) -> sp.Matrix:
    out = sp.eye(2)
    base = mat.applyfunc(lambda x: x % m)
    while e:
        if e & 1:
            out = (out * base).applyfunc(lambda x: x % m)
        base = (base * base).applyfunc(lambda x: x % m)
        e >>= 1
    return out


__all__ = ["read"]
