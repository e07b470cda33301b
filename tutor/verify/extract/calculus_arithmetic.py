"""The arithmetic after a limit, sum or integral in one chain (`\\int_0^2 x \\, dx = 1 + 1 = 2`,
`\\lim_{x \\to 2} \\frac{x^2 - 4}{x - 2} = 2 + 2 = 4`).

A segment with calculus in it is no plain equality (`chains.py`: a limit or an integral is
read leniently, verify only), and every link of it used to be left out of the count: a false
`2 + 2 = 5` after a true limit was "not a plain equality here", and its step was shown
verified. A link whose two sides are numbers and operators only is arithmetic wherever it
stands: it is checked, and refuted when false, when calculus is the only reason its segment
was no plain equality."""

from __future__ import annotations

import re

__all__ = ["CALCULUS_MARKS", "DERIVATIVE", "numbers_only"]

# d/dx written as a fraction: `\\frac{d}{dx}`, `\\frac{dy}{dx}`, `\\frac{d^{2}y}{dx^2}`; not a
# quantity named d over another (`\\frac{d}{t}`, `\\frac{d}{2}`, `\\frac{d_1}{d_2}`)
DERIVATIVE = re.compile(r"\\[dt]?frac\s*\{\s*d(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*d\s*\\?[a-zA-Z]")
# what makes a segment calculus: limits, sums, products, integrals, infinity, d/dx
CALCULUS_MARKS = re.compile(rf"\\(?:lim|sum|prod|int|infty)(?![a-zA-Z])|{DERIVATIVE.pattern}")
# LaTeX that writes arithmetic on numbers
_ARITHMETIC_COMMANDS = re.compile(r"\\(?:frac|dfrac|tfrac|cdot|times|div|sqrt|left|right)"
                                  r"(?![a-zA-Z])")
_NUMBERS_ONLY = re.compile(r"[\d\s+\-*/^().{}]+")


def numbers_only(side: str) -> bool:
    """`2 + 2`, `\\frac{1}{2} \\cdot 4`, `\\sqrt{9} - 1`: numbers and operators, no name."""
    bare = _ARITHMETIC_COMMANDS.sub(" ", side)
    return bool(re.search(r"\d", bare)) and bool(_NUMBERS_ONLY.fullmatch(bare))
