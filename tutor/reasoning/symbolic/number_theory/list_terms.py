"""The n-th term of a sequence written out with dots, however the problem words it:
"What is the 40th term of the sequence 5, 9, 13, 17, ...?", "The sequence 2, 6, 18, 54, ...
continues. What is its 8th term?", "Counting by 4's starting with 3 gives 3, 7, 11, 15, ....
What is the 50th number?", "In the sequence 5, 9, 13, ..., each term is 4 more than the one
before. What is the 40th term?".

The sequence is arithmetic or geometric: as the problem names it, as a rule it states
("count by 4's starting with 3", "each term is 4 more than the one before", "each term is 3
times the one before"), or, when neither is said, as four or more written terms show (a
constant difference, else a constant ratio). A stated rule must fit the written terms.
Words outside a small vocabulary decline the problem (a pattern described in other words
may not be either kind). The term comes from the n-th term formula and is confirmed by
writing the terms one by one from the first (adding the difference, or multiplying by the
ratio, in exact arithmetic).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import integers, sequences
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS, number_words
from tutor.reasoning.symbolic.typed import words_within

_MAX_PLACE = 100_000
_SMALL = number_words(range(1, 13))
_ORD_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_ORD = rf"(?P<ord>\d+(?:st|nd|rd|th)|{_ORD_WORDS}|@(?P<ordslot>\d+)@)"
_ASK = re.compile(r"(?:what is|what's|find|determine|compute|give|calculate) (?:the|its) " + _ORD
                  + r" (?:term|number|entry|member|element|one)(?: (?:of|in) (?:the|this|that) "
                  r"(?:(?:arithmetic|geometric) )?(?:sequence|list|pattern|progression)"
                  r"(?: @L@)?)?$")
# "Which term of the sequence 3, 7, 11, ... is 87?", "What is the position of 87 in the list?"
_WHICH = re.compile(r"(?:in (?:the|this) (?P<kind2>(?:arithmetic|geometric) )?(?:sequence|list|"
                    r"progression) @L@,? )?(?:which|what) term (?:of (?:the|this) (?P<kind>(?:"
                    r"arithmetic|geometric) )?(?:sequence|list|progression) @L@ )?is "
                    r"@(?P<v>\d+)@|(?:the number )?@(?P<u>\d+)@ is (?:which|what) term of "
                    r"(?:the|this) (?P<kind3>(?:arithmetic|geometric) )?(?:sequence|list|"
                    r"progression) @L@|"
                    r"(?:what is the "
                    r"position of|where (?:is|does)) @(?P<w>\d+)@(?: appear)? in (?:the|this) "
                    r"(?:sequence|list)(?: @L@)?")
# "How many terms of the sequence 5, 9, 13, ... are less than 100?" (an increasing sequence)
_BELOW = re.compile(r"how many (?:terms|numbers|members) (?:of|in) (?:the|this) (?P<kind>(?:"
                    r"arithmetic|geometric) )?(?:sequence|list|progression) @L@ are (?P<cmp>less "
                    r"than or equal to|less than|smaller than|below|at most|not more than) "
                    r"@(?P<v>\d+)@")
_COUNT_BY = re.compile(r"(?:(?:if )?(?:we|you) )?count(?:ing|s)? by (?P<d>@\d+@|[a-z]+)(?: ?'s)? "
                       r"(?:starting|beginning) (?:with|at|from) (?P<a>@\d+@)")
_STEP = re.compile(r"each term (?:after the first )?is (?P<d>@\d+@|[a-z]+) (?P<side>more|less|"
                   r"greater|times) (?:than )?(?:the (?:one|term|number) (?:before(?: it)?|"
                   r"preceding it)|the previous (?:term|one|number))")
_VOCAB = frozenset(
    "what is what's find determine compute give calculate the its term number entry member "
    "element one of in this that sequence list pattern progression arithmetic geometric "
    "continues continue goes go forever indefinitely consider if we you count counting counts by s "
    "starting beginning with at from gives give get obtain obtained following each after "
    "first more less greater times than before it preceding previous and so on shown below "
    "numbers integers terms st nd rd th which position where appear how many are below "
    "smaller or equal at most not members begins starts".split()) | frozenset(
        ORDINALS) | frozenset(_SMALL)
_ORD_SLOT = re.compile(r"^\s*(\d+)\s*\^\s*\{?\s*(?:\\text\s*\{\s*)?(?:st|nd|rd|th)\s*\}?\s*\}?\s*$")


def _place(word: str | None, slot: str | None, split: Split) -> int:
    if slot is not None:
        m = _ORD_SLOT.match(split.maths[int(slot)])
        if not m:
            raise Decline("the place asked is not an ordinal")
        return int(m.group(1))
    assert word is not None
    return int(word[:-2]) if word[0].isdigit() else ORDINALS[word]


def _amount(token: str, split: Split) -> sp.Rational:
    if token.startswith("@"):
        src = re.sub(r"\\text\s*\{\s*'?s\s*\}", "", split.maths[int(token[1:-1])])
        v = parse_latex(src)
        if not (isinstance(v, sp.Basic) and v.is_Rational):
            raise Decline("a step that is not a number")
        return sp.Rational(v)
    if token not in _SMALL:
        raise Decline(f"a step said as {token!r}")
    return sp.Integer(_SMALL[token])


def read(split: Split, template: str) -> Result | None:
    text = re.sub(r"\s+", " ", template).strip()
    if not re.search(r"\.\.\.|…|@", text) or not words_within(text, _VOCAB):
        return None
    runs = [m for m in sequences.LIST.finditer(text) if "@" in m.group(0)
            and sequences.DOTS in sequences.run_items(split, m.group(0))]
    if len(runs) != 1:
        return None
    run = runs[0]
    items = sequences.run_items(split, run.group(0))
    rest = re.sub(r"\s+", " ", text[:run.start()] + " @L@ " + text[run.end():]).strip()
    sentences = [s.strip(" ,") for s in re.split(r"(?<=[.?!:])\s+|[.?]\s*$", rest)
                 if s.strip(" ,.")]
    if not sentences:
        return None
    asked = _ASK.search(sentences[-1].rstrip(" .?"))
    which = None if asked else _WHICH.fullmatch(sentences[-1].rstrip(" .?"))
    below = None if asked or which else _BELOW.fullmatch(sentences[-1].rstrip(" .?"))
    if below is not None:
        said = " ".join(sentences[:-1]) + " " + (below.group("kind") or "")
        if re.search(r"@\d+@", said):
            raise Decline("a number in the problem that the question does not use")
        bound = sequences.number(split.maths[int(below.group("v"))])
        strict = below.group("cmp") in ("less than", "smaller than", "below")
        return _count_below(split, items, said.strip(), bound, strict)
    if asked is None:
        if which is None:
            return None
        said = " ".join(sentences[:-1]) + " " + (which.group("kind") or which.group("kind2")
                                                  or which.group("kind3") or "")
        value = sequences.number(split.maths[int(which.group("v") or which.group("w")
                                                 or which.group("u"))])
        if re.search(r"@\d+@", said):
            raise Decline("a number in the problem that the question does not use")
        return _position(split, items, said.strip(), value)
    n = _place(asked.group("ord") if not asked.group("ordslot") else None,
               asked.group("ordslot"), split)
    said = (" ".join(sentences[:-1]) + " " + sentences[-1][:asked.start()]).strip()
    rules = [m.group(0) for p in (_COUNT_BY, _STEP) if (m := p.search(said))]
    if re.search(r"@\d+@", re.sub("|".join(map(re.escape, rules)) or "^$", "", said)):
        raise Decline("a number in the problem that the question does not use")
    return _term(split, items, said, n)


def _progression(split: Split, items: list[str], said: str
                 ) -> tuple[list[sp.Rational], str, sp.Rational]:
    """The written terms, the kind and the difference or ratio."""
    if items[-1] != sequences.DOTS or items.count(sequences.DOTS) != 1:
        raise Decline("a list that goes on after its dots")
    terms = [sequences.number(i) for i in items[:-1]]
    kind, d = _kind(split, said, terms)
    if len(terms) < 2:
        raise Decline("at least two written terms")
    if kind == "arithmetic":
        d = terms[1] - terms[0] if d is None else d
        if any(b - a != d for a, b in zip(terms, terms[1:], strict=False)):
            raise Decline("the written terms do not go up by the same step")
    else:
        if terms[0] == 0:
            raise Decline("a geometric sequence starting at 0")
        d = terms[1] / terms[0] if d is None else d
        if any(b != a * d for a, b in zip(terms, terms[1:], strict=False)):
            raise Decline("the written terms do not have the same ratio")
    return terms, kind, d


def _position(split: Split, items: list[str], said: str, value: sp.Rational) -> Result:
    """Which term a value is: n = (value - a) / d + 1 (arithmetic), found again by writing the
    terms one by one."""
    terms, kind, d = _progression(split, items, said)
    if kind == "geometric":
        return _geometric_position(terms[0], d, value)
    if d == 0:
        raise Decline("the place of a value in an arithmetic sequence")
    n = (value - terms[0]) / d + 1
    if not (n.is_Integer and 1 <= n <= _MAX_PLACE):
        raise Decline("the value is not a term of the sequence")
    term, k = terms[0], 1
    while (term - value) * (1 if d > 0 else -1) < 0:
        term, k = term + d, k + 1
    confirm.check(term == value and k == n, "writing the terms one by one reaches the value "
                  f"at term {k}")
    claim = f"\\frac{{{value} - {_signed(terms[0])}}}{{{d}}} + 1 = {n}"
    return sp.Integer(n), [step("count the steps", f"From the first term {terms[0]}, the "
                                f"value is reached after steps of {d}.", f"${claim}$", claim)]


def _geometric_position(first: sp.Rational, r: sp.Rational, value: sp.Rational) -> Result:
    """Which term a value is in a geometric sequence: the terms one by one until their size
    passes the value's (it grows or shrinks steadily when |r| is not 1), checked again by
    the n-th term formula."""
    if abs(r) == 1 or r == 0 or value == 0:
        raise Decline("a ratio whose powers grow or shrink steadily")
    term, k = first, 1
    while term != value and k < 200 and (abs(term) < abs(value) if abs(r) > 1 else
                                         abs(term) > abs(value)):
        term, k = term * r, k + 1
    if term != value:
        raise Decline("the value is not a term of the sequence")
    confirm.check(first * r ** (k - 1) == value, f"the n-th term formula at n = {k} gives "
                  "the value")
    claim = f"{first} \\cdot \\left({sp.latex(r)}\\right)^{{{k - 1}}} = {sp.latex(value)}"
    return sp.Integer(k), [step("count the ratios", f"Each term is the one before times "
                                f"{sp.latex(r)}.", f"${claim}$", claim)]


def _count_below(split: Split, items: list[str], said: str, bound: sp.Rational,
                 strict: bool) -> Result:
    """How many terms of an increasing arithmetic sequence lie below a bound: by the formula,
    and again by writing the terms one by one."""
    terms, kind, d = _progression(split, items, said)
    if kind != "arithmetic" or d <= 0:
        raise Decline("the terms below a bound of an increasing arithmetic sequence")
    room = (bound - terms[0]) / d
    count = int(sp.ceiling(room)) if strict else int(sp.floor(room)) + 1
    count = max(count, 0)
    if count > _MAX_PLACE:
        raise Decline("a modest number of terms")
    listed, term = 0, terms[0]
    while term < bound or (not strict and term == bound):
        listed, term = listed + 1, term + d
    confirm.check(listed == count, "writing the terms one by one gives the same count")
    last = terms[0] + (count - 1) * d
    claim = f"{terms[0]} + ({count} - 1) \\cdot {d} = {last}"
    return sp.Integer(count), [step("find the last term below the bound", f"Term {count} is "
                                    f"the last one {'below' if strict else 'at most'} {bound}.",
                                    f"${claim}$", claim)]


def _signed(v: sp.Rational) -> str:
    return f"({v})" if v < 0 else str(v)


def _term(split: Split, items: list[str], said: str, n: int) -> Result:
    if not 1 <= n <= _MAX_PLACE:
        raise Decline("a modest place in the sequence")
    terms, kind, d = _progression(split, items, said)
    if len(terms) >= 3:
        value, steps = integers.sequence_term(kind, terms, n)
    else:
        value = terms[0] + (n - 1) * d if kind == "arithmetic" else terms[0] * d ** (n - 1)
        steps = []
    term = terms[0]
    for _ in range(n - 1):
        term = term + d if kind == "arithmetic" else term * d
    confirm.check(term == value, f"writing the terms one by one reaches the same term {n}")
    if not steps:
        claim = (f"{terms[0]} + ({n} - 1) \\cdot {d} = {value}" if kind == "arithmetic" else
                 f"{terms[0]} \\cdot {d}^{{{n - 1}}} = {value}")
        steps = [step("apply the n-th term formula", "Count the steps from the first term.",
                      f"${claim}$", claim)]
    return value, steps


def _kind(split: Split, said: str, terms: list[sp.Rational]) -> tuple[str, sp.Rational | None]:
    """The kind of sequence, and the difference or ratio a rule states (None if none)."""
    named = set(re.findall(r"\b(arithmetic|geometric)\b", said))
    rule: tuple[str, sp.Rational] | None = None
    if (m := _COUNT_BY.search(said)) is not None:
        if not terms or _amount(m.group("a"), split) != terms[0]:
            raise Decline("the count starts elsewhere than the first written term")
        rule = ("arithmetic", _amount(m.group("d"), split))
    elif (m := _STEP.search(said)) is not None:
        k = _amount(m.group("d"), split)
        side = m.group("side")
        rule = ("geometric", k) if side == "times" else \
            ("arithmetic", -k if side == "less" else k)
    elif re.search(r"\b(?:count|counting|each|times|more|less|greater)\b", said):
        raise Decline("a rule in words not read")
    kinds = named | ({rule[0]} if rule else set())
    if len(kinds) > 1:
        raise Decline("the sequence is called both arithmetic and geometric")
    if kinds:
        return kinds.pop(), rule[1] if rule else None
    if len(terms) < 4:
        raise Decline("three written terms do not fix the pattern")
    diffs = {b - a for a, b in zip(terms, terms[1:], strict=False)}
    if len(diffs) == 1:
        return "arithmetic", None
    if 0 not in terms and len({b / a for a, b in zip(terms, terms[1:], strict=False)}) == 1:
        return "geometric", None
    raise Decline("the written terms are neither arithmetic nor geometric")


__all__ = ["read"]
