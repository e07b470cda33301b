"""Typed reader: arithmetic and geometric sequences from the facts a problem states, in the
many ways it states them, then a term, the first term, or the common difference or ratio.

Facts: "the 3rd term is 7", "the first and thirteenth terms ... are 5 and 29, respectively",
"the first three terms are 1, 10 and 19", "with a first term of 6 and a second term of -6",
"its common ratio is 1/2", a listed start ("the geometric sequence 3, 9/2, 27/4, ...", or
"starts 16, -24, 36"), and terms written with letters ("in the arithmetic sequence 17, a, b,
c, 41, what is b?"). Asked: "what is the 205th term", "the fiftieth term", "the first
term", "the common ratio", "the value of b". Qualifiers read and applied: "of positive
numbers/integers" and "positive" keep positive ratios or values. Every word of the problem
must be read: what is left over after the facts and the question are taken out must be
filler. Terms are found by `number_theory.progressions` (listing the terms one by one from
the first confirms them); letters by solving the equal-difference or equal-ratio equations,
each solution confirmed by substitution.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import sequence_kinds, sequence_sums
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.number_theory import progressions
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS, number_words

_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70,
         "eight": 80, "ninet": 90}
_UNITS = {w: i for w, i in ORDINALS.items() if i < 10}
_ORD_WORDS = {**ORDINALS, **{f"{k}ieth": v for k, v in _TENS.items()}, "hundredth": 100,
              "thousandth": 1000}
for _t, _tv in _TENS.items():
    for _u, _uv in _UNITS.items():
        _ORD_WORDS[f"{_t}y-{_u}"] = _tv + _uv
        _ORD_WORDS[f"{_t}y {_u}"] = _tv + _uv
_ORD = r"(\d+ ?(?:st|nd|rd|th)|" + "|".join(sorted(map(re.escape, _ORD_WORDS), key=len,
                                                   reverse=True)) + r")"
_ORD_PIECE = re.compile(r"^\s*(\d+)\s*\^\s*\{?\s*(?:\\(?:text|mathrm|rm)\s*\{)?\s*"
                        r"(?:st|nd|rd|th)\s*\}?\s*\}?\s*$")
_V = r"@(\d+)@"
_DOTS = re.compile(r"^\s*(?:\\[lc]?dots[bc]?|\.\.\.|…)\s*$")
_KIND = r"(arithmetic|geometric) (?:sequence|progression|series)"
_OF = r"(?: of (?:an?|the|this) " + _KIND + r"(?: of (?:positive )?(?:real )?" \
      r"(?:numbers|integers))?)?"
_FACTS = [
    ("one", re.compile(r"(?:the |its |a )?" + _ORD + r" term" + _OF
                       + r" (?:(?:is|equals|was|=|of) )?" + _V)),
    ("two", re.compile(r"(?:the )?" + _ORD + r" and (?:the )?" + _ORD + r" terms" + _OF
                       + r" are " + _V + r",? and " + _V + r"(?:,? respectively)?")),
    ("list", re.compile(r"(?:the )?first (two|three|four|five) terms" + _OF + r" are "
                        r"((?:@\d+@,? )+and @\d+@)(?:,? respectively|,? in that order)?")),
    ("listed", re.compile(_KIND + r"(?:(?: that| which)? (?:starts|begins)(?: with)?)?:? "
                          r"(@\d+@(?:,? (?:and )?@\d+@)*)")),
    ("step", re.compile(r"(?:its |the |a )?common (difference|ratio)" + _OF
                        + r" (?:is |of |= |equals )?" + _V)),
]
_ASKED = [
    ("term", re.compile(r"(?:what is|find|compute|determine|what's|give) (?:the value of )?"
                        r"(?:the|its) (?:positive,? (?:real )?(?:value (?:for|of) the )?)?(?:"
                        + _ORD + r"|(next)) term(?: of (?:the|this) (?:sequence|progression))?"
                        r"[?.]?")),
    ("step", re.compile(r"(?:what is|find|compute|determine|what's) (?:the value of )?"
                        r"(?:its |the )common (difference|ratio)(?: of (?:the|this) "
                        r"(?:sequence|progression))?[?.]?")),
    # "the positive difference between the 2000th term and the 2005th term"
    ("apart", re.compile(r"(?:what is|find|compute|determine|what's) the positive difference "
                         r"between the " + _ORD + r" (?:term )?and the " + _ORD + r" terms?")),
    # "the sum of the first five terms", "the sum of the first @k@ terms"
    ("sum", re.compile(r"(?:what is|find|compute|determine|what's|evaluate) the sum of (?:the|"
                       r"its) first (two|three|four|five|six|seven|eight|nine|ten|twelve|@\d+@) "
                       r"terms")),
]
_COUNTS = number_words([*range(2, 11), 12])
_LEFT = frozenset(
    "in the a an of this that with and is are sequence progression arithmetic geometric "
    "consider what find value terms term given has respectively positive real numbers "
    "integers for which formed whose its series certain".split())


def _ordinal(word: str) -> int:
    m = re.fullmatch(r"(\d+) ?(?:st|nd|rd|th)", word)
    return int(m.group(1)) if m else _ORD_WORDS[word]


def _number(src: str) -> sp.Basic:
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_number:
        raise Decline("a term that is not a number")
    return final_value(v)


# "a_1 = 3", "a_{10}", "d = 4", "r = 3", "a = 2": terms and steps written with letters
_TERM_PIECE = re.compile(r"^\s*([a-z])\s*_\s*\{?\s*(\d+)\s*\}?\s*(?:=\s*(.+?))?\s*$")
_LETTER_PIECE = re.compile(r"^\s*([adr])\s*=\s*(.+?)\s*$")
_SEQUENCE_NAME = re.compile(r"^\s*\(?\s*([a-z])\s*_\s*\{?\s*n\s*\}?\s*\)?\s*$")


def _written_terms(split: Split, tmpl: str, kind: str) -> tuple[list[str], str]:
    """The template with terms and steps written as letters said in words: "$a_1 = 3$" ->
    "the 1st term is 3", "$a_{10}$" -> "the 10th term", "$d = 4$" -> "the common difference
    is 4" (after "common difference" or "first term", just the value)."""
    maths = list(split.maths)
    step = {"arithmetic": "d", "geometric": "r"}[kind]
    named = {m.group(1) for i in re.findall(r"@(\d+)@", tmpl)
             if (m := _TERM_PIECE.match(maths[int(i)]) or _SEQUENCE_NAME.match(maths[int(i)]))
             and m.groups()}
    if len(named) > 1:  # two sequences: not one read here
        return maths, tmpl

    def value(src: str) -> str:
        maths.append(src)
        return f"@{len(maths) - 1}@"

    def piece(m: re.Match[str]) -> str:
        src, before = maths[int(m.group(1))], tmpl[:m.start()]
        t = _TERM_PIECE.match(src)
        if t:
            ordinal = f"the {t.group(2)}th term"
            return f"{ordinal} is {value(t.group(3))}" if t.group(3) else ordinal
        if _SEQUENCE_NAME.match(src):
            return ""
        letter = _LETTER_PIECE.match(src)
        if letter and re.search(r"(?:common (?:difference|ratio)|first term) $", before):
            return value(letter.group(2))
        if letter and letter.group(1) == step:
            return f"the common {'difference' if step == 'd' else 'ratio'} is " \
                   f"{value(letter.group(2))}"
        return m.group(0)

    return maths, re.sub(r"@(\d+)@", piece, tmpl)


def read_sequence(split: Split, template: str) -> Result | None:
    tmpl = sequence_kinds.implied(split, template.lower())  # "the common ratio of 2, 6, 18"
    kind_m = re.search(_KIND, tmpl)
    if not kind_m or ("sum" in tmpl or "series" in tmpl) and not _ASKED[-1][1].search(tmpl):
        return None  # a series is read only for the sum of its first terms
    maths, tmpl = _written_terms(split, tmpl, kind_m.group(1))
    split = Split(tmpl, maths)
    for i, src in enumerate(split.maths):  # "$205^{th}$" -> "205th"
        m = _ORD_PIECE.match(src)
        if m:
            tmpl = tmpl.replace(f"@{i}@", f"{m.group(1)}th")
    tmpl = re.sub(r"@(\d+)@ (st|nd|rd|th)\b",
                  lambda m: f"{split.maths[int(m.group(1))].strip()}{m.group(2)}"
                  if split.maths[int(m.group(1))].strip().isdigit() else m.group(0), tmpl)
    kind = kind_m.group(1)
    if len(set(re.findall(_KIND, tmpl))) != 1:
        return None
    asked = [(what, m) for what, pattern in _ASKED for m in pattern.finditer(tmpl)]
    if len(asked) != 1:
        return None
    what, am = asked[0]
    rest = tmpl[:am.start()] + " . " + tmpl[am.end():]
    given: dict[int, sp.Basic] = {}
    steps_given: dict[str, sp.Basic] = {}
    used: list[int] = []
    listed = 0  # how many terms a listed start shows
    for name, pattern in _FACTS:
        for m in pattern.finditer(rest):
            g = m.groups()
            if name == "one":
                _put(given, _ordinal(g[0]), _number(split.maths[int(g[-1])]))
                used.append(int(g[-1]))
            elif name == "two":
                idx = [int(g[-2]), int(g[-1])]
                _put(given, _ordinal(g[0]), _number(split.maths[idx[0]]))
                _put(given, _ordinal(g[1]), _number(split.maths[idx[1]]))
                used += idx
            elif name == "list":
                idx = [int(v) for v in re.findall(r"@(\d+)@", g[-1])]
                if len(idx) != {"two": 2, "three": 3, "four": 4, "five": 5}[g[0]]:
                    raise Decline("the number of listed terms")
                for k, i in enumerate(idx, start=1):
                    _put(given, k, _number(split.maths[i]))
                used += idx
            elif name == "listed":
                idx = [int(v) for v in re.findall(r"@(\d+)@", g[-1])]
                items = [t for i in idx for t in listed_items(split.maths[i])]
                if len(idx) == 1 and len(items) == 1:  # a series: 1 + 3 + 9 + \cdots
                    items = series_items(items[0])
                while items and _DOTS.match(items[-1]):
                    items.pop()
                if len(items) < 2 or any(_DOTS.match(t) for t in items):
                    raise Decline("a listed start of the sequence")
                for k, t in enumerate(items, start=1):
                    _put(given, k, _number(t))
                used, listed = used + idx, len(items)
                rest = rest[:m.start()] + " sequence " + rest[m.end():]
                continue
            else:
                if g[0] == "ratio" and kind == "arithmetic" or g[0] == "difference" \
                        and kind == "geometric":
                    raise Decline("a step of the other kind of sequence")
                steps_given[g[0]] = _number(split.maths[int(g[-1])])
                used.append(int(g[-1]))
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    left = set(re.findall(r"[a-z]+", re.sub(r"@\d+@", " ", rest)))
    if left - _LEFT or re.search(r"@\d+@", rest):
        return None
    if len(set(used)) != len(used) or len(given) + len(steps_given) < 2:
        raise Decline("two facts about the sequence")
    positive = "positive" in tmpl and what != "apart"
    if what == "apart":
        return sequence_sums.apart(kind, given, steps_given, _ordinal(am.group(1)),
                                   _ordinal(am.group(2)))
    if what == "sum":
        count = _COUNTS.get(am.group(1)) or sequence_sums.count_piece(split.maths,
                                                                       am.group(1))
        return sequence_sums.first_terms_sum(kind, given, steps_given, count)
    if what == "step":
        if am.group(1) != {"arithmetic": "difference", "geometric": "ratio"}[kind]:
            raise Decline("a step of the other kind of sequence")
        return _common_step(kind, given, positive)
    if am.group(2) and (not listed or len(given) != listed or steps_given):
        # "the next term": the one after those listed, and only they are told
        raise Decline("the next term of a sequence whose terms are not all listed")
    n = _ordinal(am.group(1)) if not am.group(2) else max(given) + 1
    if max([n, *given]) > 10**4:
        raise Decline("an index too large to list")
    if kind == "arithmetic":
        return progressions.arithmetic(given, steps_given.get("difference"), n)
    return progressions.geometric(given, steps_given.get("ratio"), n, positive)


def series_items(src: str) -> list[str]:
    """The signed terms of a series written with + and - (`2 - 4 + 8 - \\cdots`): split where
    a sign stands outside brackets after a term."""
    out, depth, cur = [], 0, ""
    for ch in src:
        depth += {"(": 1, "{": 1, "[": 1, ")": -1, "}": -1, "]": -1}.get(ch, 0)
        if ch in "+-" and depth == 0 and cur.strip() and cur.strip()[-1] not in "^_*/(":
            out.append(cur.strip())
            cur = "-" if ch == "-" else ""
        else:
            cur += ch
    items = [t for t in [*out, cur.strip()] if t and t != "-"]
    return [t[1:].strip() if t.startswith("-") and _DOTS.match(t[1:]) else t for t in items]


def listed_items(src: str) -> list[str]:
    """The comma-separated items of one piece (commas inside brackets are not separators)."""
    out, depth, cur = [], 0, ""
    for ch in src:
        depth += {"(": 1, "{": 1, ")": -1, "}": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    return [t for t in [*out, cur.strip()] if t]


def _put(given: dict[int, sp.Basic], k: int, v: sp.Basic) -> None:
    if k in given and sp.simplify(given[k] - v) != 0:
        raise Decline("two values for one term")
    given[k] = v


def _common_step(kind: str, given: dict[int, sp.Basic], positive: bool) -> Result:
    if len(given) < 2:
        raise Decline("two terms")
    (i, a), (j, b) = sorted(given.items())[:2]
    steps: list[Step] = []
    if kind == "arithmetic":
        d = final_value((b - a) / (j - i))
        claim = f"d = \\frac{{{latex(b)} - {_op(a)}}}{{{j} - {i}}} = {latex(d)}"
        values = [d]
    else:
        if a == 0:
            raise Decline("a zero term")
        r = sp.Symbol("r", real=True)
        values = [s for s in sp.solve(sp.Eq(r ** (j - i), b / a), r) if s.is_real]
        if positive:
            values = [s for s in values if s.is_positive]
        if len(values) != 1:
            raise Decline("the common ratio is not determined")
        claim = f"r^{{{j - i}}} = \\frac{{{latex(b)}}}{{{latex(a)}}}, r = {latex(values[0])}"
    v = values[0]
    first = a - (i - 1) * v if kind == "arithmetic" else a / v ** (i - 1)
    terms = [first]
    for _ in range(max(given) - 1):
        terms.append(terms[-1] + v if kind == "arithmetic" else terms[-1] * v)
    confirm.check(all(sp.simplify(terms[k - 1] - t) == 0 for k, t in given.items()),
                  "listing the terms one by one from the first gives the given terms")
    steps.append(step(f"find the common {'difference' if kind == 'arithmetic' else 'ratio'}",
                      f"From term {i} to term {j}.", f"${claim}$", ""))
    return v, steps


def _op(v: sp.Basic) -> str:
    return latex(v) if not (v.is_number and v.is_negative) else f"\\left({latex(v)}\\right)"


__all__ = ["listed_items", "read_sequence"]
