"""Unicode maths symbols respelled the way the readers read them.

`symbols_respelled`: unicode maths symbols ("√49 + 3", "x² ≤ 4", "12 ÷ 4 × 3", "2π", "∛27")
become LaTeX inside maths delimiters and calculator text outside them ("sqrt(49) + 3"), so
the plain-text reading (`plain_text`, `plain_text.as_latex_problem`) sees ordinary maths. A
symbol whose extent is unclear ("√2x": the root of 2, or of 2x?) is left as it is, and
`unread_symbol` names it so the engine declines instead of skipping over it.

Nothing is evaluated: the text is rewritten, and the parser reads it as typed maths.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.spelled_maths import MATH_SPAN
from tutor.verify.division_fractions import division_then_slash, fractions_after_division
from tutor.verify.plain_writing import VULGAR

_SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-", strict=True))
_FRACTIONS = {c: tuple(int(n) for n in pq.split("/")) for c, pq in VULGAR.items()}
# symbol: (in LaTeX, in calculator text)
_SIMPLE = {"×": ("\\times ", "*"), "÷": ("\\div ", "/"), "·": ("\\cdot ", "*"),
           "⋅": ("\\cdot ", "*"), "−": ("-", "-"), "π": ("\\pi ", "pi"),
           "≤": ("\\le ", "<="), "≥": ("\\ge ", ">="), "≠": ("\\neq ", "!="),
           "∞": ("\\infty ", "∞"), "θ": ("\\theta ", "θ"),
           "≡": ("\\equiv ", "≡")}  # outside maths: a congruence for `plain_notation`
# What may follow a root sign as its whole argument: a bracket, a number or one letter,
# and nothing joined on after it that could be part of the argument ("√2x").
_ROOT_ARG = re.compile(r"\s*(?:\((?P<br>[^()]*)\)|\{(?P<cb>[^{}]*)\}"
                       r"|(?P<num>\d+(?:\.\d+)?)(?![\w(√]|\.\d)|(?P<let>[a-zA-Z])(?![\w(√]))")
_MATHS_SYMBOLS = frozenset("√∛∜∑∏∫∂∞≈≡∈∉∪∩⊂⊆∠⌊⌋⌈⌉±∓∣θ" + "".join(_SUPERSCRIPTS)
                           + "".join(_FRACTIONS) + "".join(_SIMPLE))


def _root(seg: str, i: int, in_maths: bool) -> tuple[str, int] | None:
    """The root at seg[i] (√, ∛ or ∜) respelled, and where it ends; None when unclear."""
    m = _ROOT_ARG.match(seg, i + 1)
    if m is None:
        return None
    arg = next(g for g in (m.group("br"), m.group("cb"), m.group("num"), m.group("let"))
               if g is not None)
    index = {"√": "", "∛": "3", "∜": "4"}[seg[i]]
    if in_maths:
        return ("\\sqrt" + (f"[{index}]" if index else "") + "{" + arg + "}", m.end())
    if index:  # calculator text has a cube root only as a power, which is real for a number
        # that is not negative ("∛27" is 27^(1/3); "∛x" is left unread)
        # ("∛(27)" too: a bracket round one such number)
        number = m.group("num") is not None or re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", arg)
        if number:
            return (f"({arg.strip()}^(1/{index}))", m.end())
        # "∛(-64)": the real cube root of a negative number, minus that of its size (an odd
        # root only; "∜(-16)" is left unread)
        negative = re.fullmatch(r"\s*-\s*(\d+(?:\.\d+)?)\s*", arg)
        return (f"(-({negative.group(1)}^(1/3)))", m.end()) if negative and index == "3" \
            else None
    return f"sqrt({arg})", m.end()


def _respell_segment(seg: str, in_maths: bool) -> str:
    # `1/2 ÷ 3/8`: a tight slash right after ÷ is a fraction bar; `6 ÷ 2 / 3` reads two
    # ways, so its ÷ is kept unread (see `division_fractions`)
    ambiguous = division_then_slash(seg)
    seg = fractions_after_division(seg, latex=in_maths)
    out: list[str] = []
    i = 0
    while i < len(seg):
        c = seg[i]
        if c in "√∛∜":
            got = _root(seg, i, in_maths)
            if got is None:
                out.append(c)
                i += 1
                continue
            out.append(got[0])
            i = got[1]
        elif c in _SUPERSCRIPTS:
            j = i
            while j < len(seg) and seg[j] in _SUPERSCRIPTS:
                j += 1
            power = "".join(_SUPERSCRIPTS[k] for k in seg[i:j])
            if not re.fullmatch(r"-?\d+", power):
                out.append(seg[i:j])
            else:
                out.append(f"^{{{power}}}" if in_maths else f"^({power})")
            i = j
        elif c in _FRACTIONS and not (i and seg[i - 1].isdigit()):  # "2½" is a mixed number
            p, q = _FRACTIONS[c]
            out.append(f"\\frac{{{p}}}{{{q}}}" if in_maths else f"({p}/{q})")
            i += 1
        elif c in _SIMPLE and not (c == "÷" and ambiguous):
            out.append(_SIMPLE[c][0 if in_maths else 1])
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def symbols_respelled(text: str) -> str:
    """The text with each unicode maths symbol written as LaTeX (in maths) or calculator
    text (outside it); a symbol whose extent is unclear is kept."""
    if not any(c in _MATHS_SYMBOLS for c in text):
        return text
    out, last = [], 0
    for m in MATH_SPAN.finditer(text):
        out.append(_respell_segment(text[last:m.start()], in_maths=False))
        out.append(_respell_segment(m.group(0), in_maths=True))
        last = m.end()
    out.append(_respell_segment(text[last:], in_maths=False))
    return "".join(out)


def unread_symbol(text: str) -> str | None:
    """A unicode maths symbol still in the text after respelling (the engine cannot read
    it, so it must not skip over it), or None."""
    return next((c for c in text if c in _MATHS_SYMBOLS and c != "θ"), None)


__all__ = ["symbols_respelled", "unread_symbol"]
