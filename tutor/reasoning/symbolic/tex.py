"""TeX's own reading rules, applied before the LaTeX parser sees a formula.

TeX gives `^`, `_` and the arguments of `\\frac`, `\\sqrt`, `\\binom` exactly one token
when there are no braces: `6^210^2` is 6^2 10^2, `\\frac12` is 1/2, `\\sqrt23` is
sqrt(2) 3. `braced` writes those braces out, so the parser cannot read a power tower
or a two-digit exponent. What TeX itself would typeset in a way a reader could take
two ways (`2^-3`, a colon between letters) and any command we do not know the meaning
of are declined with the reason (`Decline`), never guessed.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline

_GREEK = (
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu "
    "xi rho sigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Sigma Phi "
    "Psi Omega"
).split()
KNOWN = frozenset(
    "frac sqrt binom cdot times div pi sin cos tan sec csc cot arcsin arccos arctan arccot arcsec "
    "arccsc sinh cosh "
    "tanh log ln exp le ge leq geq lt gt infty sum prod int lim to circ gcd lcm left "
    "right lceil rceil lfloor rfloor".split() + _GREEK
)
_ARGS = {"frac": 2, "binom": 2, "sqrt": 1}
_COMMAND = re.compile(r"\\([a-zA-Z]+)")


def _token(s: str, i: int) -> tuple[str, int]:
    """The token at s[i] (spaces skipped): a {group}, a \\command or one character."""
    while i < len(s) and s[i] == " ":
        i += 1
    if i >= len(s):
        raise Decline("a formula ends where TeX expects one more token")
    if s[i] == "{":
        depth = 0
        for j in range(i, len(s)):
            depth += {"{": 1, "}": -1}.get(s[j], 0)
            if depth == 0:
                return s[i + 1:j], j + 1
        raise Decline("unbalanced braces")
    m = _COMMAND.match(s, i)
    if m:
        if m.group(1) in _ARGS:  # x^\frac{1}{2}: the command and its braced arguments
            j = m.end()
            for _ in range(_ARGS[m.group(1)]):
                while j < len(s) and s[j] == " ":
                    j += 1
                if s[j:j + 1] != "{":
                    raise Decline(f"\\{m.group(1)} inside a script without braces")
                _arg, j = _token(s, j)
            return braced(s[i:j]), j
        return m.group(0), m.end()
    return s[i], i + 1


def braced(s: str) -> str:
    """`s` with every one-token argument of ^, _, \\frac, \\sqrt and \\binom in braces."""
    out: list[str] = []
    i = 0
    while i < len(s):
        c = s[i]
        m = _COMMAND.match(s, i)
        if m and m.group(1) in _ARGS:
            out.append("\\" + m.group(1))
            i = m.end()
            if m.group(1) == "sqrt" and s[i:i + 1] == "[":
                close = s.find("]", i)
                if close < 0:
                    raise Decline("unbalanced brackets")
                out.append(s[i:close + 1])
                i = close + 1
            for _ in range(_ARGS[m.group(1)]):
                tok, i = _token(s, i)
                out.append("{" + braced(tok) + "}")
            if s[i:i + 1].isdigit():
                raise Decline(f"a digit right after \\{m.group(1)}{{...}}: a product or a "
                              "mixed number?")
            continue
        if m:
            out.append(m.group(0))
            i = m.end()
            continue
        if c in "^_":
            j = i + 1
            while j < len(s) and s[j] == " ":
                j += 1
            if s[j:j + 1] in ("-", "+") and s[j + 1:].lstrip()[:1] in ("}", "$", ""):
                out.append(c + "{" + s[j] + "}")  # "0^+}" in a limit: only the sign, as meant
                i = j + 1
                continue
            if s[j:j + 1] in ("-", "+"):
                raise Decline(f"'{c}{s[j]}' without braces: TeX would raise only the sign")
            if s.startswith("\\circ", j):  # degrees: the parser reads ^\circ itself
                out.append(c)
                i += 1
                continue
            tok, i = _token(s, j)
            out.append(c + "{" + braced(tok) + "}")
            if c == "^" and s[i:i + 1].isdigit():  # TeX's 6^210^2: a new factor
                out.append(" \\cdot ")
            continue
        out.append(c)
        i += 1
    return "".join(out)


MAX_DEPTH = 40  # brackets nested deeper than this are not a school formula (and ANTLR
# takes tens of seconds on a few thousand)


def check_known(s: str) -> None:
    """Decline commands whose meaning we do not know, colons between letters and
    brackets nested absurdly deep."""
    depth = deepest = 0
    for c in s:
        if c in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "})]":
            depth -= 1
    if deepest > MAX_DEPTH:
        raise Decline(f"brackets nested more than {MAX_DEPTH} deep")
    for m in _COMMAND.finditer(s):
        if m.group(1) not in KNOWN:
            raise Decline(f"notation not understood: \\{m.group(1)}")
    for m in re.finditer(":", s):
        before = s[max(0, m.start() - 40):m.start()].rstrip()
        after = s[m.end():m.end() + 40].lstrip()
        if not (before[-1:].isdigit() and after[:1].isdigit()):
            raise Decline("a ':' that is not a ratio of two numbers")
    if (found := _DIVIDED_THEN_TIMES.search(s)) is not None:
        a, b, c = found.group(1) or "(...)", found.group(2), found.group(3)
        raise Decline(f"{a}/{b} {c} reads two ways, ({a}/{b}){c} or {a}/({b}{c}); "
                      "write the brackets")


# a division by a number and then a product with a letter or a bracket, no sign between:
# "1/2 x", "3/4x", "9/5 (F - 32)" (a fraction is written with \\frac, or brackets)
_DIVIDED_THEN_TIMES = re.compile(r"(\d+(?:\.\d+)?|[a-zA-Z])?\s*/\s*(\d+(?:\.\d+)?)\s*"
                                 r"([a-zA-Z(]|\\(?:pi|sqrt|frac|left|sin|cos|tan|log|ln)\b)")


# "A:B:C = 3:2:5", "x : y = 4 : 7": letters in the ratio of positive numbers
_NAME = r"\s*([A-Za-z])\s*"
_AMOUNT = r"\s*(\d+(?:\.\d+)?)\s*"
_LETTER_RATIO = re.compile(rf"{_NAME}(?::{_NAME})+={_AMOUNT}(?::{_AMOUNT})+")


def letter_ratios(s: str) -> str:
    """`A:B:C = 3:2:5` as `\\frac{A}{3} = \\frac{B}{2} = \\frac{C}{5}` (each letter its
    number times one common factor); anything else as it is. The letters are distinct and
    as many as the numbers, every number positive."""
    if _LETTER_RATIO.fullmatch(s) is None:
        return s
    names = [n.strip() for n in s.split("=")[0].split(":")]
    amounts = [a.strip() for a in s.split("=")[1].split(":")]
    if len(names) != len(amounts) or len(set(names)) != len(names) or any(
            float(a) == 0 for a in amounts):
        return s
    return " = ".join(f"\\frac{{{n}}}{{{a}}}" for n, a in zip(names, amounts, strict=True))


__all__ = ["KNOWN", "braced", "check_known", "letter_ratios"]
