"""Reader of strings of k symbols from n listed ones (words, codes, sequences), with
repetition allowed or not, which the problem must say.

Phrasings reached: "How many 3-letter words can be made from the letters A, B, C, D and E
if letters may be repeated?", "How many different 4-letter strings can be formed from the
letters P, Q, R, S, T, U if no letter is used more than once?", "How many sequences of 5
digits can be formed from the digits 1, 2, 3 if repetition is allowed?" ...
n^k or n(n - 1)...(n - k + 1), confirmed by listing the strings (at most 200,000) or by
the other form of the count (n!/(n - k)!, a product of powers).
"""

from __future__ import annotations

import re
from itertools import permutations, product
from math import factorial, perm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
HOW_MANY_STRINGS = (
    r" how many (?:different |distinct |possible )*(?:#(?P<k>\d+)-(?P<unit>letter|digit|"
    r"character|symbol) )?(?P<what>words|code words|codewords|strings|codes|passwords|passcodes|"
    r"sequences|arrangements)"
    r"(?: of #(?P<k2>\d+) (?P<unit2>letters|digits|characters|symbols)| of length #(?P<k3>\d+)"
    r")?\b")
# the symbols: "the letters a, b, c and d", "the digits 1, 2, 3, 4", "the letters $A$, $B$ ..."
FROM_SYMBOLS = (
    r" (?:from|using|with) (?:only )?(?:the )?(?P<unit>letters|digits|symbols) (?P<list>(?:"
    r"(?:[a-z]|#\d|@\d+@),? )+(?:and |or )?(?:[a-z]|#\d|@\d+@)|@\d+@)(?![\w@#])")
REPEATS_ALLOWED = (
    r",? (?:if |when |where )?(?:the )?(?:letters|digits|symbols|characters) (?:can|may|are "
    r"allowed to) be (?:repeated|used more than once|used again)\b"
    r"|,? (?:if |when |where |with )?repetitions? (?:is |are )?(?:allowed|permitted)\b"
    r"|,? (?:if |and )?(?:we are|you are|i am) allowed to (?:repeat|reuse) (?:the )?"
    r"(?:letters|digits|symbols)\b")
# a word is any string of letters, not only one in the dictionary: nothing changes
ANY_WORD = (r" \(?(?:here,? |note that )?(?:a word is (?:an arbitrary|any) (?:sequence|string) of "
            r"letters|any (?:word|string of letters) is (?:valid|allowed),? not (?:just|only) "
            r"english(?: language)? words)[.,]?\)?")
NO_REPEATS = (
    r",? (?:if |when |where |so that )?(?:no (?:letter|digit|symbol|character) (?:is|may be|"
    r"can be) (?:repeated|used more than once|used twice)|(?:each|every) (?:letter|digit|"
    r"symbol|character) (?:is |may be |can be )?used at most once|(?:the )?(?:letters|digits|"
    r"symbols|characters) (?:cannot|can not|may not|must not) be (?:repeated|used more than "
    r"once)|without repetition|repetition is not allowed|with no repetition|(?:the )?(?:letters|"
    r"digits|symbols|characters) (?:may not|cannot|can not|must not|do not) repeat|no (?:letter|"
    r"digit|symbol|character) repeats)\b")
_GLUE = frozenset("can be made formed are there possible if we you i make form create written "
                  "write".split())


def listed_symbols(w: Wording, listed: str) -> list[str]:
    out = []
    for part in re.split(r",? (?:and |or )?|, ", listed.strip()):
        part = part.strip(", ")
        m = re.fullmatch(r"@(\d+)@", part)
        if m:  # "$A$" or a whole list in one piece of maths, "$A, B, C, D$"
            items = [x.strip() for x in w.maths[int(m.group(1))].split(",")]
            if not all(re.fullmatch(r"[A-Za-z0-9]", x) for x in items):
                raise Decline("a list of single letters or digits")
            out += [x.lower() for x in items[:-1]]
            part = items[-1].lower()
        if part:
            out.append(part.lstrip("#"))
    return out


def string_length(ask: re.Match[str]) -> int:
    """The one length the question gives its strings ("4-letter", "of length 4" ...)."""
    sizes = [g for g in (ask.group("k"), ask.group("k2"), ask.group("k3")) if g]
    if len(sizes) != 1:
        raise Decline("the length of the strings")
    return int(sizes[0])


def strings(split: Split, template: str) -> Result | None:
    if not quick(template, "how many") or not quick(template, "letter", "digit", "symbol"):
        return None
    w = Wording.of(split, template)
    ask, src = w.take(HOW_MANY_STRINGS), w.take(FROM_SYMBOLS)
    again, once = w.take(REPEATS_ALLOWED), w.take(NO_REPEATS)
    if len(ask) != 1 or len(src) != 1 or not w.only_glue(_GLUE):
        return None
    if len(again) + len(once) != 1:
        raise Decline("it is not said whether a symbol may be used again")
    a = ask[0]
    k = string_length(a)
    unit = (a.group("unit") or (a.group("unit2") or "").rstrip("s") or None)
    symbols = listed_symbols(w, src[0].group("list"))
    if unit and unit + "s" != src[0].group("unit") and unit not in ("character", "symbol"):
        raise Decline("strings of one kind made from symbols of another")
    n = len(symbols)
    if len(set(symbols)) != n or not 1 <= k <= 12 or n < 1 or (once and k > n):
        raise Decline("distinct symbols, and no more places than symbols when none repeats")
    v = n**k if again else perm(n, k)
    if v <= _LIST:
        listed = sum(1 for _ in (product(symbols, repeat=k) if again else permutations(symbols,
                                                                                          k)))
        confirm.count(v, lambda: listed, "strings (listing them)")
    else:
        other = factorial(n) // factorial(n - k) if once else int(sp.Mul(*([n] * k)))
        confirm.count(v, lambda: other, "strings (the count in its other form)")
    claim = (" \\cdot ".join([str(n)] * k) if again else " \\cdot ".join(
        str(n - i) for i in range(k))) + f" = {v}"
    hint = (f"Each of the {k} places can hold any of the {n} symbols." if again else
            f"The first place has {n} choices, and each next place one fewer.")
    return sp.Integer(v), [step("fill the places in turn", hint, f"${claim}$", claim)]


__all__ = ["string_length", "strings"]
