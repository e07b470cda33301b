"""The words of a digit puzzle (`digit_puzzles`), read by phrases: which letters are
digits ("If $A$, $B$ and $C$ are ..."), their conditions ("distinct", "different",
"non-zero", "less than 6", "single-digit"), the base ("in base 6", "the following addition
in base $h$"), what is asked ("find $|A - B|$", "the sum of the three values $S$, $H$ and
$E$", "the product of $A$ and $B$", "the three-digit number $ABC$", "the value of $h$",
"the base") and the base the answer is asked in ("expressing your answer in base 5",
"find $B + C$ in base 6").

Each piece of maths must be an addition, a letter list, a number or the letter of the
base used by a phrase, or the asked expression; every word left over must be glue. A word
outside them ("not", "other", "how many", "product" where no product is asked) declines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory.numeral_puzzles import (
    Addition,
    column_addition,
    has_array,
    inline_addition,
    wrapped_plain,
)

_MATHS = re.compile(r"\$\$(.+?)\$\$|(?<!\\)\$(.+?)(?<!\\)\$|\\\[(.+?)\\\]|\\\((.+?)\\\)", re.S)
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
N = r"(@\d+@|\d+|" + "|".join(_WORDS) + r")"
LIST = r"(@\d+@(?:,? (?:and )?@\d+@)*)"
_VERB = r"(?:find|what is|what's|determine|compute|calculate|give|solve for)"
_VALUES = (r"(?:the )?(?:(?:two|three|four|five) )?(?:(?:values|digits|letters|integers)"
           r"(?: of)? )?")
# the end of the asked phrase: not a list going on ("$S$, $H$"), but the question's end or
# the condition after it
_END = (r"(?: in base " + N + r")?(?!,? ?(?:and )?@\d)(?= ?(?:[.?,:;]|$|such that\b|"
        r"for which\b|if\b|where\b|so that\b|given\b))")
_ASKS: list[tuple[str, str]] = [
    ("abs", r"the absolute value of the difference (?:of|between) " + _VALUES
     + r"(@\d+@) and (@\d+@)"),
    ("sum", r"the sum of " + _VALUES + LIST),
    ("product", r"the product of " + _VALUES + LIST),
    ("number", r"the (?:two|three|four|five)-digit (?:number|integer|numeral) (@\d+@)"),
    ("base", r"(?:the value of )?the base"),
    ("maths", r"(?:the value of )?(?:the (?:digit|base) )?(@\d+@)"),
]
_ANSWER_BASE = [
    r",? (?:expressing|express|writing|write|giving|give|with) (?:your |the )?answer in base "
    + N,
    r"\( ?(?:express|write|give) (?:your|the) answer in base " + N + r" ?\.? ?\)",
]
_SYMBOLS = re.compile(r"\\(?:Diamond|diamondsuit|triangle|square|Box|heartsuit|clubsuit|"
                      r"spadesuit|star|bigstar|bigtriangleup)(?![a-zA-Z])")
_GLUE = frozenset(
    "if and the following is are true such that suppose we have then where given holds hold a "
    "an of equation equations addition below satisfy satisfies for which value values each "
    "letter letters represent represents stand stands digit digits integers integer single "
    "one all in it be let this problem shown correct with".split())


@dataclass
class Puzzle:
    additions: list[Addition]
    base: str = ""
    declared: set[str] = field(default_factory=set)
    distinct: bool = False
    nonzero: bool = False
    below: int | None = None
    asked: str = ""
    asked_letters: tuple[str, ...] = ()
    asked_expr: sp.Expr | None = None
    answer_base: int | None = None
    names: dict[str, str] = field(default_factory=dict)  # a letter put for a symbol: "\\Diamond"


def read_puzzle(text: str) -> Puzzle | None:
    """The puzzle told by `text`, None when it is not a digit puzzle; Decline when it is one
    but a part of it is not understood."""
    text = wrapped_plain(text) or text
    text, names = _symbols_as_letters(text)
    maths = [next(g for g in m.groups() if g is not None) for m in _MATHS.finditer(text)]
    additions = {}
    for k, src in enumerate(maths):
        got = column_addition(src) if has_array(src) else inline_addition(src)
        if got is not None:
            additions[k] = got
    if not additions:
        return None
    counter = iter(range(len(maths)))
    t = _MATHS.sub(lambda _m: f" @{next(counter)}@ ", text).lower()
    t = re.sub(r"\bnon-zero\b", "nonzero", re.sub(r"\bbase[- ]", "base ", t))
    t = re.sub(r" ([,.?:;])", r"\1", re.sub(r"\s+", " ", t)).strip()
    p = Puzzle(list(additions.values()), names=names)
    used = set(additions)

    def take(pattern: str) -> list[re.Match[str]]:
        nonlocal t
        found = list(re.finditer(pattern, t))
        t = re.sub(" +", " ", re.sub(pattern, " ", t))
        return found

    def number(token: str) -> str:
        if token.startswith("@"):
            k = int(token.strip("@"))
            used.add(k)
            return maths[k].strip().strip("{}").strip()
        return str(_WORDS.get(token, token))

    # "what digit is $d$?", "what digit does $A$ represent?": the digit asked, said as one
    t = re.sub(r"\bwhat digit (?:is|does) (@\d+@)(?: represent| stand for)?(?=[.?]|$)",
               r"what is the digit \1", t)
    p.distinct = bool(take(r"\b(?:distinct|different)\b"))
    p.nonzero = bool(take(r"\bnonzero\b"))
    take(r"\b(?:single|one)-digit\b")
    below = [int(number(m.group(2)))
             for m in take(r"\b(digits|integers)(?: that are| which are| all)? (?:less|smaller) "
                           r"than " + N + r"(?!\w)")]
    if len(below) > 1 or below and not 1 < below[0] <= 36:
        raise Decline("one bound on the digits")
    p.below = below[0] if below else None
    asks = [(kind, m) for kind, pattern in _ASKS
            for m in take(r"\b" + _VERB + r" " + pattern + _END)]
    if len(asks) != 1:
        raise Decline("one question about the puzzle")
    kind, m = asks[0]
    _read_ask(p, kind, m, maths, used)
    if kind == "maths" and " the digit " in m.group(0) and p.asked_expr is not None:
        p.declared |= {str(x) for x in p.asked_expr.free_symbols}
    if kind in ("abs", "sum", "product") and re.search(r"\b(?:digits|integers)\b", m.group(0)):
        # "the difference of single-digit integers $A$ and $B$": declared where asked
        p.declared |= {str(x) for x in p.asked_expr.free_symbols} if p.asked_expr else set()
    answer_base = [number(m.groups()[-1])] if m.groups()[-1] else []
    answer_base += [number(m.group(1)) for pattern in _ANSWER_BASE for m in take(pattern)]
    if len(answer_base) > 1 or answer_base and not answer_base[0].isdigit():
        raise Decline("one base for the answer")
    p.answer_base = int(answer_base[0]) if answer_base else None
    named = {number(m.group(1)) for m in take(r"\bin base " + N)}
    numerals = [n for a in p.additions for n in a.numerals()]
    written = {n.base for n in numerals if n.base}
    if len(named | written) <= 1:
        p.base = (named | written).pop() if named | written else "10"
    elif all(n.base.isdigit() or n.plain and len(n.symbols) == 1 for n in numerals) \
            and named <= written and all(
            x.isdigit() for x in named):
        p.base = "36"  # each numeral in its own base, written after it
        p.below = p.below or (min(int(x) for x in named) if named else None)
    else:
        raise Decline("numerals in several bases, not each one written")
    if not re.fullmatch(r"\d+|[a-z]", p.base) or p.base.isdigit() and int(p.base) < 2:
        raise Decline("a base I do not read")
    if p.asked == "letter":
        p.asked = "base" if p.asked_expr == sp.Symbol(p.base) else "expr"
    if p.base != "10" and any(n.plain and len(n.symbols) > 1 for a in p.additions
                              for n in a.numerals()):
        raise Decline("a number written without its base")
    for k, src in enumerate(maths):
        letters = re.fullmatch(r"\s*[A-Za-z](?:\s*,\s*(?:\\text\{\s*and\s*\}\s*)?[A-Za-z])*"
                               r"\s*,?\s*", src)
        if k in used or f"@{k}@" not in t:
            continue
        if p.base == src.strip():
            t = t.replace(f"@{k}@", " ")  # the letter of the base, named on its own
            used.add(k)
        elif letters:
            p.declared |= set(re.findall(r"[A-Za-z]", src))
            t = t.replace(f"@{k}@", " ")
            used.add(k)
    if used != set(range(len(maths))):
        raise Decline("maths the puzzle does not use")
    left = set(re.findall(r"[a-z]+(?:'[a-z]+)?", re.sub(r"@\d+@", " ", t))) - _GLUE
    if left or re.search(r"[^a-z\s.,?:;()'\"-]", re.sub(r"@\d+@", " ", t)):
        raise Decline(f"words the puzzle reader does not know: {sorted(left)}")
    return p


def _symbols_as_letters(text: str) -> tuple[str, dict[str, str]]:
    """Each digit written as a symbol (`\\Diamond`, `\\triangle` ...) written as a capital
    letter the text does not use, and which symbol each letter stands for."""
    names: dict[str, str] = {}
    spare = iter(c for c in "QKJWVZYXUT" if c not in text)
    for sym in dict.fromkeys(_SYMBOLS.findall(text)):
        letter = next(spare, None)
        if letter is None:
            raise Decline("too many symbols for digits")
        names[letter] = sym
        text = re.sub(re.escape(sym) + r"(?![a-zA-Z])(?:\{\})?", letter, text)
    return text, names


def _read_ask(p: Puzzle, kind: str, m: re.Match[str], maths: list[str], used: set[int]) -> None:
    slots = [int(x) for g in m.groups()[:-1] if g for x in re.findall(r"@(\d+)@", g)]
    used.update(slots)
    letters = [x for k in slots for x in re.findall(r"[A-Za-z]", maths[k])]
    if kind in ("abs", "sum", "product"):
        if not all(re.fullmatch(r"\s*[A-Z](?:\s*,\s*[A-Z])*\s*,?\s*", maths[k]) for k in slots):
            raise Decline("the letters asked about")
        symbols = [sp.Symbol(x) for x in letters]
        p.asked = "expr"
        p.asked_expr = (sp.Abs(symbols[0] - symbols[1]) if kind == "abs" else
                        sp.Add(*symbols) if kind == "sum" else sp.Mul(*symbols))
        return
    if kind == "base":
        p.asked = "base"
        return
    src = re.sub(r"\s+|\\[;,! ]", "", maths[slots[0]]).strip("{}")
    if kind == "number":
        if not re.fullmatch(r"[A-Z]{2,}", src):
            raise Decline("a numeral of letters")
        p.asked, p.asked_letters = "number", tuple(src)
        return
    p.asked, p.asked_expr = _expression(src)


def _expression(src: str) -> tuple[str, sp.Expr]:
    """'h' (the base or a digit), 'A+B+C', 'A-B', '|A-B|', 'A\\cdot B' as SymPy, built from
    checked pieces (never parsed as code)."""
    if re.fullmatch(r"[a-z]", src):
        return "letter", sp.Symbol(src)
    s = src.replace("\\left", "").replace("\\right", "").replace("\\lvert", "|")
    s = s.replace("\\rvert", "|")
    absolute = s.startswith("|") and s.endswith("|") and len(s) > 2
    s = s[1:-1] if absolute else s
    if not re.fullmatch(r"[A-Za-z](?:(?:[+*-]|\\cdot|\\times)[A-Za-z])*", s):
        raise Decline("an asked expression I do not read")
    if re.search(r"\\|\*", s) and re.search(r"[+-]", s):
        raise Decline("sums and products together")
    parts = re.split(r"(\+|-|\*|\\cdot|\\times)", s)
    expr: sp.Expr = sp.Symbol(parts[0])
    for op, x in zip(parts[1::2], parts[2::2], strict=True):
        y = sp.Symbol(x)
        expr = expr + y if op == "+" else expr - y if op == "-" else expr * y
    return "expr", sp.Abs(expr) if absolute else expr


__all__ = ["Puzzle", "read_puzzle"]
