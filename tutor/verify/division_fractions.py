"""A fraction typed with a slash right after a division sign: "1/2 ÷ 3/8", "6 ÷ 2/3".

School writing types a fraction as "3/8" and division as "÷"; written next to each other,
the slash is the fraction bar, as the same sum said in words ("1/2 divided by 3/8") or in
LaTeX ("\\frac12 \\div \\frac38") says. So "6 ÷ 2/3" is 6 ÷ (2/3) = 9, not (6 ÷ 2)/3 = 1,
which strict left-to-right order would give. Only a tight slash between two numbers, with
nothing bound to the second number after it, is read as a bar. "6 ÷ 2 / 3" with spaces, or
"6 ÷ 2/3x", still reads both ways: `division_then_slash` says so, and the checker and the
engine decline it rather than pick one.

Used by the strict and broad parsers of the checker and by the engine's plain-text reading,
so a step and the engine read one text the same way.
"""

from __future__ import annotations

import re

_DIVIDE = r"(?:÷|\\div(?![a-zA-Z]))"
_NUMBER = r"\d+(?:\.\d+)?"
_TIGHT = re.compile(rf"(?P<op>{_DIVIDE})(?P<gap>\s*)(?P<sign>[-−]?)(?P<p>{_NUMBER})"
                    rf"/(?P<q>{_NUMBER})"
                    r"(?![\d.]|\s*[\^!(_a-zA-Z\\{√%]|/)")
_LEFT_OVER = re.compile(rf"{_DIVIDE}\s*[-−]?{_NUMBER}\s*/")


def fractions_after_division(text: str, *, latex: bool) -> str:
    """`text` with each tight fraction after ÷ (or \\div) bracketed as one number:
    `\\frac{p}{q}` when `latex`, `(p/q)` otherwise."""
    if "÷" not in text and "\\div" not in text:
        return text  # the strict parser asks on every side of every claim: most have none
    def bracket(m: re.Match[str]) -> str:
        p, q, sign = m.group("p"), m.group("q"), m.group("sign")
        whole = f"{sign}\\frac{{{p}}}{{{q}}}" if latex else f"({sign}{p}/{q})"
        return f"{m.group('op')}{m.group('gap')}{whole}"
    return _TIGHT.sub(bracket, text)


def division_then_slash(text: str) -> bool:
    """True when a division sign is followed by a number and then a slash that is not
    a tight fraction bar (`6 ÷ 2 / 3`): the text reads two ways."""
    return _LEFT_OVER.search(fractions_after_division(text, latex=True)) is not None


def both_readings(text: str) -> tuple[str, str] | None:
    """The school reading and the strict left-to-right reading of a text with tight
    fractions after a division sign (`6 ÷ 2/3`: `6 ÷ \\frac{2}{3}` and `6 ÷ 2 ÷ 3`),
    or None when it has none. A claim false in both readings is false for certain."""
    school = fractions_after_division(text, latex=True)
    if school == text or division_then_slash(text):
        return None
    strict = _TIGHT.sub(lambda m: f"{m.group('op')}{m.group('gap')}{m.group('sign')}"
                        f"{m.group('p')} ÷ {m.group('q')}", text)
    return school, strict
