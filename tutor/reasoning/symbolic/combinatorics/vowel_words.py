"""Reader of k-letter words from listed letters with at least one vowel (or at least one
consonant): all the words minus those made of the other letters only.

Phrasings reached: "How many 3-letter words with at least one vowel can be made from the
letters A, B, C, D, E and F if letters may be repeated?", "How many 4-letter words with at
least one consonant can be formed from the letters A, E, I, M, N, if no letter is used more
than once? (Here, a word is any sequence of letters.)" ...
The vowels are A, E, I, O and U; a list with Y in it declines (Y is read both ways), and a
note naming the vowels must name exactly those of the list. Whether a letter may be used
again must be said. Confirmed by listing every word (at most 200,000).
"""

from __future__ import annotations

import re
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
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_VOWELS = frozenset("aeiou")
_KIND = (r" (?:with|that (?:have|has|contain|contains|use)|containing|having|(?:if |and )?(?:each|"
         r"the|every) word (?:must )?(?:has|have|contains?|uses?)|(?:which|that) (?:must )?(?:have|"
         r"contain|use)) at least #1 (?P<kind>vowel|consonant)\b"
         r"| (?:if |and )?at least #1 (?:of the )?letters? (?:is|must be) an? (?P<kind2>vowel|"
         r"consonant)\b")
_NAMED = (r" \(?(?:note that |where |here )?(?P<named>[a-z](?:,? (?:and )?[a-z])*) (?:are|is) "
          r"(?:the )?(?:only )?vowels?[,.;]?")
_GLUE = frozenset("can be made formed constructed created are there possible if we you i "
                  "make form create construct written write and".split())


def vowel_words(split: Split, template: str) -> Result | None:
    if not quick(template, "vowel", "consonant") or not quick(template, "how many"):
        return None
    w = Wording.of(split, template)
    kind, ask, src = w.take(_KIND), w.take(HOW_MANY_STRINGS), w.take(FROM_SYMBOLS)
    again, once = w.take(REPEATS_ALLOWED), w.take(NO_REPEATS)
    named = w.take(_NAMED)
    w.take(ANY_WORD)
    if len(kind) != 1 or len(ask) != 1 or len(src) != 1 or len(named) > 1 \
            or not w.only_glue(_GLUE):
        return None
    if len(again) + len(once) != 1:
        raise Decline("it is not said whether a letter may be used again")
    if src[0].group("unit") != "letters":
        raise Decline("vowels among letters")
    k = string_length(ask[0])
    symbols = listed_symbols(w, src[0].group("list"))
    n, repeat = len(symbols), bool(again)
    if len(set(symbols)) != n or "y" in symbols or not all(re.fullmatch(r"[a-z]", s)
                                                           for s in symbols):
        raise Decline("different letters, without Y")
    vowels = [s for s in symbols if s in _VOWELS]
    if named and set(re.findall(r"[a-z]", re.sub(r"\band\b", "", named[0].group("named")))) \
            != set(vowels):
        raise Decline("the vowels named are not the vowels of the list")
    said = kind[0].group("kind") or kind[0].group("kind2")
    want = vowels if said == "vowel" else [s for s in symbols if s not in _VOWELS]
    if not 1 <= k <= 8 or (not repeat and k > n) or not want:
        raise Decline("a word length the letters allow, and letters of the kind asked")
    total = n**k if repeat else perm(n, k)
    if total > _LIST:
        raise Decline("more words than I can list")
    others = n - len(want)
    without = others**k if repeat else perm(others, k)
    v = total - without
    words = product(symbols, repeat=k) if repeat else permutations(symbols, k)
    listed = sum(1 for s in words if any(x in want for x in s))
    confirm.count(v, lambda: listed, "words (listing every word)")
    what = said
    if repeat:
        claim = f"{n}^{{{k}}} - {others}^{{{k}}} = {total} - {without} = {v}"
    else:
        def falling(m: int) -> str:
            return " \\cdot ".join(str(m - i) for i in range(k)) if m >= k else "0"
        claim = f"{falling(n)} - {falling(others)} = {v}"
    return sp.Integer(v), [step("all words minus those without one", f"Count all {k}-letter "
                                f"words, then take away those made only of the {others} letters "
                                f"that are not a {what} (listed: {', '.join(want).upper()} "
                                f"{'are' if len(want) > 1 else 'is'} the {what}s here).",
                                f"${claim}$", claim)]


__all__ = ["vowel_words"]
