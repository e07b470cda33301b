"""The additions of a digit puzzle, read from how they are written: a column addition set
in an array (a `+` or `-` cell marks a row added or taken away, the `\\cline` or `\\hline`
puts the result below it), or an equation of numerals inline (`AB_6 + C_6 = C0_6`,
`\\overline{ABC}_6 + \\overline{BCA}_6 = \\overline{AAA0}_6`).

A digit is `0`-`9` or a capital letter that stands for an unknown digit; a subscript after
a numeral is its base, a number or a lower-case letter (an unknown base). Two capital
letters side by side are a numeral only where a base subscript or a bar says so (`AB`
alone could be a product), and anything else in a cell or a term (a `\\times`, a fraction,
a row that does not end in the units column) is not read: the puzzle is declined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.reasoning.symbolic.model import Decline


@dataclass(frozen=True)
class Numeral:
    """A numeral's digits, most significant first, and the base written after it ("" when
    none is written: the base named in words, or ten)."""

    symbols: tuple[str, ...]
    base: str
    plain: bool = False  # digits written inline with neither a base nor a bar

    def letters(self) -> set[str]:
        return {s for s in self.symbols if s.isalpha()}


Term = tuple[int, Numeral]  # (+1 or -1, numeral)


@dataclass(frozen=True)
class Addition:
    """An equation of signed numerals: the sum of `left` equals the sum of `right`."""

    left: tuple[Term, ...]
    right: tuple[Term, ...]

    def numerals(self) -> list[Numeral]:
        return [n for _s, n in (*self.left, *self.right)]


_ARRAY = re.compile(r"\\begin\{array\}\{(?:[^{}]|\{[^{}]*\})*\}(.*?)\\end\{array\}", re.S)
_LINE = re.compile(r"\\(?:cline\{[^{}]*\}|hline)")
_WRAPPERS = re.compile(r"\\(?:mathbf|textbf|mathrm|text|textrm|boldsymbol|bf)\s*(?=\{)")
_SPACES = re.compile(r"\\[;,!: ]|\\q?quad|\s+")
_CELL = re.compile(r"([+-]?)([0-9A-Z]*)(?:_([0-9]+|[a-z]))?")
_TERM = re.compile(r"([+-]?)([0-9A-Za-z]+#|\d+)(?:_([0-9]+|[a-z]))?")


def has_array(maths: str) -> bool:
    return bool(_ARRAY.search(maths))


def _clean(cell: str) -> str:
    cell = _SPACES.sub("", _WRAPPERS.sub("", cell))
    return cell.replace("{", "").replace("}", "").rstrip(".,")


def column_addition(maths: str) -> Addition:
    """The addition set in the one array of `maths` (which holds nothing else)."""
    found = _ARRAY.search(maths)
    if found is None or _clean(maths[:found.start()] + maths[found.end():]):
        raise Decline("one column addition and nothing else")
    above: list[Term] = []
    below: list[Term] = []
    units: set[int] = set()
    line_seen = False
    for raw in found.group(1).split("\\\\"):
        if _LINE.search(raw) and above:  # a rule under the addends (not a top border)
            line_seen = True
        cells = [_clean(c) for c in _LINE.sub("", raw).split("&")]
        if not any(cells):
            continue
        sign, signed, symbols, base, last = 1, False, "", "", -1
        for k, cell in enumerate(cells):
            m = _CELL.fullmatch(cell)
            if m is None or base and cell:
                raise Decline(f"a cell I do not read: {cell!r}")
            if m.group(1):
                if symbols or signed:
                    raise Decline("a sign inside a row")
                sign, signed = (-1 if m.group(1) == "-" else 1), True
            symbols += m.group(2)
            base = m.group(3) or ""
            if m.group(2):
                last = k
        if not symbols:
            raise Decline("a row with no digits")
        units.add(last)
        term = (sign, Numeral(tuple(symbols), base))
        if line_seen:
            below.append(term)
        else:
            above.append(term)
    if len(units) != 1 or len(below) != 1 or below[0][0] != 1 or len(above) < 2 \
            or above[0][0] != 1:
        raise Decline("rows added with one result below the line, in the same columns")
    return Addition(tuple(above), tuple(below))


def inline_addition(maths: str) -> Addition | None:
    """An equation of numerals with base subscripts or bars (`AB_6 + C_6 = C0_6`); None
    when `maths` is not written that way."""
    s = _SPACES.sub("", maths.replace("\\left", "").replace("\\right", ""))
    s = re.sub(r"\\overline\{([0-9A-Z]+)\}", r"\1#", s)  # '#': a numeral, by its bar
    s = _WRAPPERS.sub("", s)
    s = s.replace("{", "").replace("}", "").rstrip(".,")
    # a subscript written on a numeral's letters marks the whole run a numeral
    s = re.sub(r"\b([0-9A-Za-z]*[A-Za-z][0-9A-Za-z]*)(?=_)", r"\1#", s)
    if s.count("=") != 1:
        return None
    sides = []
    for side in s.split("="):
        terms: list[Term] = []
        pos = 0
        while pos < len(side):
            m = _TERM.match(side, pos)
            if m is None or not m.group(0) or (terms and not m.group(1)) or m.end() == pos:
                return None
            digits = m.group(2).rstrip("#")
            plain = not m.group(3) and not m.group(2).endswith("#")
            terms.append((-1 if m.group(1) == "-" else 1,
                          Numeral(tuple(digits), m.group(3) or "", plain)))
            pos = m.end()
        if not terms:
            return None
        sides.append(tuple(terms))
    addition = Addition(sides[0], sides[1])
    if not any(n.letters() or n.base for n in addition.numerals()):
        return None  # plain arithmetic in base ten: other readers' business
    return addition


_PLAIN_NUMERAL = r"[0-9A-Za-z]+(?:_\{?\d+\}?)?"
_PLAIN_SIDE = _PLAIN_NUMERAL + r"(?: ?[+-] ?" + _PLAIN_NUMERAL + r")*"
_PLAIN_EQUATION = re.compile(r"(?<![\w$\\])" + _PLAIN_SIDE + r" ?= ?" + _PLAIN_SIDE
                             + r"(?![\w$])")
_PLAIN_ASKED = re.compile(r"(?<![\w$])(\|? ?[A-Za-z](?: ?[+*-] ?[A-Za-z])* ?\|?)(?![\w$])")


def wrapped_plain(text: str) -> str | None:
    """A puzzle typed without dollar signs ("If A and B are digits and AB_6 + BA_6 = 55_6,
    find A + B.") with its maths wrapped: each equation with a numeral in a base, then each
    letter of those numerals (alone, or joined by + - * or inside | |). None when the text
    has dollar signs or no such equation."""
    if "$" in text or "\\" in text:
        return None
    equations = [m for m in _PLAIN_EQUATION.finditer(text) if re.search(r"_\{?\d", m.group(0))]
    if not equations:
        return None
    letters = {c for m in equations for c in re.sub(r"_\{?\d+\}?", "", m.group(0))
               if c.isalpha()}
    out, pos = "", 0
    for m in equations:
        out += _letters_wrapped(text[pos:m.start()], letters) + f"${m.group(0)}$"
        pos = m.end()
    return out + _letters_wrapped(text[pos:], letters)


def _letters_wrapped(part: str, letters: set[str]) -> str:
    def wrap(m: re.Match[str]) -> str:
        inside = {c for c in m.group(1) if c.isalpha()}
        return f"${m.group(1).strip()}$" if inside <= letters else m.group(0)
    return _PLAIN_ASKED.sub(wrap, part)


__all__ = ["Addition", "Numeral", "Term", "column_addition", "has_array", "inline_addition",
           "wrapped_plain"]
