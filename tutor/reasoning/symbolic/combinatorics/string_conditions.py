"""Reader of strings of k symbols with conditions on them: the string begins or ends with a
given symbol (or does not), or uses a given symbol at least once (or never). The symbols
are listed ("the letters A, B, C, D and E", "the digits 1, 2, 3") or are the letters of a
word whose letters all differ ("the letters in FRIDAY"); whether a symbol may be used
again must be said, as for plain strings (`strings`).

Phrasings reached: "How many distinct sequences of three letters can be made from the
letters in CASTLE if each sequence must begin with T and no letter is used more than
once?", "How many 3-letter words can be made from the letters A, B, C, D and E if letters
may be repeated and the letter E must be used at least once?", "... must start with A and
not end with B?".
Counted place by place (the places with a condition filled first, the rest by the product
rule; "at least once" as all strings minus those without the symbol) and confirmed by
listing every string (at most 200,000).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import permutations, product
from math import perm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.strings import (
    ANY_WORD,
    FROM_SYMBOLS,
    HOW_MANY_STRINGS,
    NO_REPEATS,
    REPEATS_ALLOWED,
    listed_symbols,
    string_length,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick, said_token
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_WORD = (r" (?:from|using) (?:only )?the letters (?:in|of) (?:the word )?(?P<word>[a-z]{3,10})"
         r"(?![\w@#])")
_ONCE_MORE = (r",? (?:if |when |where |so that |and )?(?:each (?:letter|digit|symbol) (?:can|may) "
              r"(?:only )?be used (?:only )?once|no (?:letter|digit|symbol) (?:can|may) appear(?: "
              r"in (?:a|the|any) (?:sequence|word|string|code))? more than once)\b")
_SYM = r"(?:the (?:letter|digit|symbol) )?(?P<s>[a-z]|#\d|@\d+@)"
_WHO = (r"(?:(?:each|every|the|a) (?:sequence|word|string|code|password)s? |it |they )?"
        r"(?:must |should |has to |have to |will )?")
_CONDITIONS = {
    "not first": r" " + _WHO + r"(?:does not|do not|must not|cannot|can not|may not|not) "
                 r"(?:begin|start) with " + _SYM + r"(?![\w@#])",
    "not last": r" " + _WHO + r"(?:does not|do not|must not|cannot|can not|may not|not) end with "
                + _SYM + r"(?![\w@#])",
    "first": r" " + _WHO + r"(?:begins?|starts?) with " + _SYM + r"(?![\w@#])",
    "last": r" " + _WHO + r"ends? with " + _SYM + r"(?![\w@#])",
    "uses": r" (?:we |you )?(?:must |has to |have to )?(?:use|uses|contain|contains|include|"
            r"includes) " + _SYM + r" at least once\b",
    "used": r" " + _SYM + r" (?:must|has to) be used at least once\b",
    "avoids": r" (?:we |you )?(?:must not|may not|cannot|can not|does not|do not|never) (?:use|"
              r"contain|include) " + _SYM + r"(?![\w@#])"}
_GLUE = frozenset("can be made formed are there possible if we you i make form create written "
                  "write and each sequence word string code".split())

Test = Callable[[tuple[str, ...]], bool]


def string_conditions(split: Split, template: str) -> Result | None:
    if not quick(template, "how many") or not quick(template, "letter", "digit", "symbol"):
        return None
    w = Wording.of(split, template)
    ask, src, word = w.take(HOW_MANY_STRINGS), w.take(FROM_SYMBOLS), w.take(_WORD)
    again, once = w.take(REPEATS_ALLOWED), w.take(NO_REPEATS) + w.take(_ONCE_MORE)
    w.take(ANY_WORD)
    said = [(kind, m) for kind, p in _CONDITIONS.items() for m in w.take(p)]
    if len(ask) != 1 or len(src) + len(word) != 1 or not (said or word) or \
            not w.only_glue(_GLUE):
        return None
    if len(again) + len(once) != 1:
        raise Decline("it is not said whether a symbol may be used again")
    a = ask[0]
    k = string_length(a)
    if src:
        symbols = listed_symbols(w, src[0].group("list"))
    else:
        symbols = list(word[0].group("word"))
        if (a.group("unit") or a.group("unit2") or "letter")[:6] != "letter":
            raise Decline("strings of digits from the letters of a word")
    n, repeat = len(symbols), bool(again)
    if len(set(symbols)) != n or not 1 <= k <= 8 or (not repeat and k > n):
        raise Decline("distinct symbols, and no more places than symbols when none repeats")
    rules = [(kind.replace("used", "uses"), _symbol(w, m.group("s"))) for kind, m in said]
    if any(s not in symbols for _, s in rules):
        raise Decline("a condition on a symbol that is not among those used")
    if len({kind for kind, _ in rules}) != len(rules):
        raise Decline("two conditions of the same kind")
    total = n**k if repeat else perm(n, k)
    if total > _LIST:
        raise Decline("more strings than I can list")
    v = _by_places(symbols, k, repeat, rules)
    test = _test(rules, k)
    strings = product(symbols, repeat=k) if repeat else permutations(symbols, k)
    listed = sum(1 for s in strings if test(s))
    confirm.count(v, lambda: listed, "strings with the conditions (listing every string)")
    words = "; ".join(f"{kind.replace('first', 'begins with').replace('last', 'ends with')} "
                      f"{s.upper()}" for kind, s in rules)
    how = "symbols may repeat" if repeat else "no symbol is used twice"
    return sp.Integer(v), [step(
        "fill the places with conditions first", "Fill the places that have a condition "
        "first, then the others by the product rule; 'at least once' is all strings minus "
        "those without the symbol.", f"Strings of {k} of the {n} symbols ({how}) with: "
        f"{words}: ${v}$.", f"N = {v}")]


def _symbol(w: Wording, said: str) -> str:
    return said_token(w, said, r"[A-Za-z0-9]", "a condition on one letter or digit")


def _test(rules: list[tuple[str, str]], k: int) -> Test:
    def ok(s: tuple[str, ...]) -> bool:
        for kind, x in rules:
            if kind == "first" and s[0] != x or kind == "last" and s[k - 1] != x or \
                    kind == "not first" and s[0] == x or kind == "not last" and s[k - 1] == x or \
                    kind == "uses" and x not in s or kind == "avoids" and x in s:
                return False
        return True
    return ok


def _by_places(symbols: list[str], k: int, repeat: bool, rules: list[tuple[str, str]]) -> int:
    """The count by the product rule: the first and last places chosen from what their
    conditions allow, the other places filled freely; symbols left out are removed from the
    alphabet, and 'at least once' counted as a difference of two such counts."""
    uses = [x for kind, x in rules if kind == "uses"]
    if len(uses) > 1:
        raise Decline("two symbols each used at least once")
    plain = [(kind, x) for kind, x in rules if kind != "uses"]
    if uses:
        x = uses[0]
        return _places(symbols, k, repeat, plain) - _places(symbols, k, repeat,
                                                            [*plain, ("avoids", x)])
    return _places(symbols, k, repeat, plain)


def _places(symbols: list[str], k: int, repeat: bool, rules: list[tuple[str, str]]) -> int:
    alphabet = [s for s in symbols if ("avoids", s) not in rules]
    ends = [0] if k == 1 else [0, k - 1]

    def allowed(place: int) -> list[str]:
        out = alphabet
        for kind, x in rules:
            if kind == "first" and place == 0 or kind == "last" and place == k - 1:
                out = [s for s in out if s == x]
            if kind == "not first" and place == 0 or kind == "not last" and place == k - 1:
                out = [s for s in out if s != x]
        return out
    count = 0
    for choice in product(*(allowed(p) for p in ends)):  # at most |alphabet|^2 choices
        if not repeat and len(set(choice)) != len(choice):
            continue
        left = len(alphabet) if repeat else len(alphabet) - len(set(choice))
        free = k - len(choice)
        count += left**free if repeat else perm(left, free)
    return count


__all__ = ["string_conditions"]
