"""Reader of strings of two or three symbols with a condition on runs: no k of one symbol in a
row, or k of it in a row somewhere (at least once), for strings of any modest length.

Phrasings reached: "How many binary strings of length 8 have no two consecutive 1's?",
"How many sequences of 0s and 1s of length 10 do not contain three consecutive 0s?", "How
many 9-digit positive integers have all digits either 3 or 5 and have two consecutive 5's?",
"How many strings of $A$'s and $B$'s of length 7 contain three consecutive $A$'s?".
"Two consecutive 1's" is read as a run somewhere in the string (at least one pair of
neighbouring 1's), the reading of the counting texts.
Counted by how many of the symbol each string ends with (fewer than k), one place at a time;
confirmed by listing every string (at most 2^18 of them). Integers whose digits may be 0
are declined (a leading 0 is not a digit of an integer).
"""

from __future__ import annotations

from itertools import groupby, product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick, said_token
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 2**18
# a digit said as a count (or as "zeros", "ones"), or a letter or digit in maths
_SYM = r"(?:#\d|@\d+@|zeros|zeroes|ones)"
_WORDS = {"zeros": "0", "zeroes": "0", "ones": "1"}
_PL = r"(?: ?'?s)?"  # "1's", "1s", "$A$'s"
_ALPHABET = [  # (the kind of string, the pattern naming its symbols)
    ("strings", r" (?:binary|bit) (?:strings|sequences|words)\b"),
    ("strings", r" (?:strings|sequences|words|lists|arrangements)(?: made up| consisting| "
     r"formed| made)?(?: entirely| only)? of (?:only )?(?:the (?:digits|letters|symbols) )?"
     r"(?P<a>" + _SYM + r")" + _PL + r",? (?:and|or) (?P<b>" + _SYM + r")" + _PL + r"\b"),
    ("integers", r" (?:(?:that |which )?(?:have|has|with) )?(?:all|only) (?:(?:of )?(?:their|its|"
     r"the) )?digits (?:being |are )?(?:either )?(?P<a>#\d)" + _PL + r" or (?P<b>#\d)" + _PL
     + r"\b"),
    ("integers", r" (?:whose|with) digits (?:are )?(?:all )?(?:either )?(?P<a>#\d)" + _PL
     + r" or (?P<b>#\d)" + _PL + r"\b"),
    ("integers", r" (?:(?:that |which )?(?:use|uses|using|made from|formed from|written with) )"
     r"only the digits (?P<a>#\d) and (?P<b>#\d)\b"),
]
_ASK = (r" (?:how many|the number of) (?:different |distinct |such |possible )*(?:(?P<width>#"
        r"(?P<n2>\d+)-digit (?:positive )?(?:integers|numbers|whole numbers)\b)|(?P<bits>#"
        r"(?P<n1>\d+) ?-(?=bit\b)))?")
_LENGTH = r" (?:(?:that are |which are )?of length|with length|having length) #(?P<n>\d+)\b"
_RUNS = [  # (absent, pattern)
    (True, r" (?:that |which )?(?:have|has|contain|contains|with|having) no #(?P<k>\d+) "
     r"(?:consecutive|adjacent|successive) (?P<x>" + _SYM + r")" + _PL + r"(?! in a row)"),
    (True, r" (?:that |which )?(?:do|does) not (?:contain|have|include) (?:any )?#(?P<k>\d+) "
     r"(?:consecutive|adjacent|successive) (?P<x>" + _SYM + r")" + _PL + r"(?! in a row)"),
    (True, r" (?:that |which )?(?:do|does) not (?:contain|have|include) (?:any )?#(?P<k>\d+) "
     r"(?P<x>" + _SYM + r")" + _PL + r" in a row\b"),
    (True, r" (?:in which |where |with |such that )?no #(?P<k>\d+) (?P<x>" + _SYM + r")" + _PL
     + r" (?:are |appear |occur |come )?(?:consecutive(?:ly)?|adjacent|next to each other|in a "
     r"row)\b"),
    (True, r" without #(?P<k>\d+) (?:consecutive |adjacent )?(?P<x>" + _SYM + r")" + _PL
     + r"(?: in a row)?\b"),
    (False, r" (?:that |which )?(?:have|has|contain|contains|with|having|include|includes) (?:at "
     r"least )?#(?P<k>\d+) (?:consecutive|adjacent|successive) (?P<x>" + _SYM + r")" + _PL
     + r"(?! in a row)"),
    (False, r" (?:that |which )?(?:have|has|contain|contains|with|having|include|includes) (?:at "
     r"least )?#(?P<k>\d+) (?P<x>" + _SYM + r")" + _PL + r" in a row\b"),
]
_GLUE = frozenset("are there is can be formed made written and have has exist such".split())


def _symbol(w: Wording, token: str) -> str:
    return _WORDS.get(token) or said_token(w, token, r"[A-Za-z0-9]", "a symbol")


def _without_run(size: int, n: int, k: int) -> int:
    """Strings of n symbols from `size` with no k of one symbol in a row, by how many of it
    they end with (0 .. k - 1)."""
    ends = [1] + [0] * (k - 1)
    for _ in range(n):
        ends = [(size - 1) * sum(ends)] + ends[:-1]
    return sum(ends)


def _listed(symbols: list[str], n: int, x: str, k: int, absent: bool) -> int:
    def longest(s: tuple[str, ...]) -> int:
        return max((len(list(g)) for v, g in groupby(s) if v == x), default=0)
    return sum(1 for s in product(symbols, repeat=n) if (longest(s) < k) == absent)


def symbol_runs(split: Split, template: str) -> Result | None:
    if not quick(template, "consecutive", "in a row", "adjacent", "successive") \
            or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    ask = w.take(_ASK)
    alphabet = [(kind, m) for kind, p in _ALPHABET for m in w.take(p)]
    length = w.take(_LENGTH)
    runs = [(absent, m) for absent, p in _RUNS for m in w.take(p)]
    if len(ask) != 1 or len(alphabet) != 1 or len(runs) != 1 or not w.only_glue(_GLUE):
        return None
    kind, sym = alphabet[0]
    g = ask[0].groupdict()
    widths = [int(v) for v in (g["n1"], g["n2"]) if v] + [int(m.group("n")) for m in length]
    if len(widths) != 1:
        raise Decline("the length of the strings, said once")
    n = widths[0]
    if kind == "integers" and not g["width"] or kind == "strings" and g["width"]:
        return None
    if g["bits"] and kind != "strings":
        return None
    symbols = (["0", "1"] if "a" not in sym.groupdict() or sym.group("a") is None else
               [_symbol(w, sym.group(t)) for t in ("a", "b")])
    if len(set(symbols)) != 2:
        raise Decline("two different symbols")
    if kind == "integers" and "0" in symbols:
        raise Decline("an integer's first digit cannot be 0")
    absent, run = runs[0]
    x = _symbol(w, run.group("x"))
    k = int(run.group("k"))
    if x not in symbols or not 2 <= k <= n or len(symbols) ** n > _LIST:
        raise Decline("a run of one of the symbols, no longer than the strings, of few strings")
    total = len(symbols) ** n
    without = _without_run(len(symbols), n, k)
    value = without if absent else total - without
    listed = _listed(symbols, n, x, k, absent)
    confirm.count(value, lambda: listed, "strings with a run condition (listing every string)")
    said = f"at least {k} consecutive {x}'s"
    steps = [step("count by how the string ends", f"Build the strings one place at a time, "
                  f"keeping track of how many {x}'s the string ends with (fewer than {k}): "
                  f"another symbol resets that number, one more {x} adds one.",
                  f"${without}$ of the ${total}$ strings of length ${n}$ have no {k} "
                  f"consecutive {x}'s.", f"{without}")]
    if not absent:
        claim = f"{total} - {without} = {value}"
        steps.append(step("all strings minus those without the run", "Every string either "
                          f"has the run or does not; count those with {said}.", f"${claim}$",
                          claim))
    return sp.Integer(value), steps


__all__ = ["symbol_runs"]
