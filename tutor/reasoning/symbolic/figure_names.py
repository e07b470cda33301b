"""A triangle named by its symbol in the maths, said in words: "In $\\triangle ABC$, ..."
reads "In triangle $ABC$, ...", "Let $\\triangle PQR$ be a right triangle" reads "Let
triangle $PQR$ be ...", "the area of $\\triangle{XYZ}$" reads "the area of triangle $XYZ$".

Two segments said perpendicular by the symbol, `$BD \\perp AC$` or `$\\overline{BD} \\perp
\\overline{AC}$` (or "BD ⊥ AC" typed plainly), read "$BD$ is perpendicular to $AC$", the words
the readers know; a piece with anything else in it stays.

Most readers name a figure by its word and its letters ("triangle $ABC$"); the symbol says
the same thing. Only a piece that is the symbol and three different capital letters, and
nothing else, is rewritten (`$\\triangle ABC \\sim \\triangle DEF$` stays); at the start
of a sentence the word is capitalised, so the sentences split as before. Like the other
respellings the engine tries this only after the problem as written is declined.
"""

from __future__ import annotations

import re

_NAMED = re.compile(r"\$\s*\\triangle\s*\{?\s*([A-Z])\s*([A-Z])\s*([A-Z])\s*\}?\s*\$")
_SENTENCE_START = re.compile(r"(?:^|[.?!:]\s+|\n\s*)$")


def _said(m: re.Match[str]) -> str:
    letters = m.groups()
    if len(set(letters)) != 3:
        return m.group(0)
    before = m.string[:m.start()]
    word = "Triangle" if _SENTENCE_START.search(before) else "triangle"
    return f"{word} ${''.join(letters)}$"


def triangles_said(text: str) -> str:
    """The text with each `$\\triangle ABC$` piece said as "triangle $ABC$"."""
    return _NAMED.sub(_said, text) if "\\triangle" in text else text


_SEGMENT = r"(?:\\overline\s*\{\s*([A-Z])\s*([A-Z])\s*\}|([A-Z])\s*([A-Z]))"
_PERPENDICULAR = re.compile(rf"\$\s*{_SEGMENT}\s*\\perp\s*{_SEGMENT}\s*\$"
                            r"|(?<![\w$])([A-Z])([A-Z]) ?⊥ ?([A-Z])([A-Z])(?![\w$])")


def _perpendicular(m: re.Match[str]) -> str:
    letters = [g for g in m.groups() if g]
    first, second = "".join(letters[:2]), "".join(letters[2:])
    if len(set(first)) != 2 or len(set(second)) != 2:
        return m.group(0)
    if "$" not in m.group(0) and "$" not in m.string:  # typed plainly: said plainly
        return f"{first} is perpendicular to {second}"
    return f"${first}$ is perpendicular to ${second}$"


def perpendiculars_said(text: str) -> str:
    """The text with each `$BD \\perp AC$` piece said as "$BD$ is perpendicular to $AC$"."""
    return _PERPENDICULAR.sub(_perpendicular, text)


__all__ = ["perpendiculars_said", "triangles_said"]
