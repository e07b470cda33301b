r"""Points said to lie on a curve: "the line $y = kx + 1$ passes through $(2, 3)$", "the point
$(2, 12)$ satisfies $\frac{x^2}{a^2} - \frac{y^2}{b^2} = 1$", "the graph of f(x) = ax^2 + 3
goes through (1, 5) and (2, 9)". Each gives the curve's equation with the point's coordinates
put in (a step then writes `3 = 2k + 1`), checked on the worker side (`point_values.py`).

Read only within one sentence that says the point is on the curve (passes, goes or runs
through, lies on, is on, satisfies, contains, plugging, substituting) and writes exactly
one equation in the point's letters (x and y, or x, y and z for three coordinates; a function
`f(t) = ...` is y in t). A sentence that denies it ("does not pass through", "is not on")
gives nothing, nor does a point with letters among its coordinates, nor a sentence with two
such equations (which curve would it be?). Plain text work (no SymPy).
"""

from __future__ import annotations

import re

from tutor.verify.segments import find_segments

__all__ = ["PointOnCurve", "said_points"]

# (lhs, rhs, letters, coordinates): `y = kx + 1` through (2, 3) is
# ("y", "kx + 1", ("x", "y"), ("2", "3")).
PointOnCurve = tuple[str, str, tuple[str, ...], tuple[str, ...]]

_NUMBER = (r"-?\s*(?:\d+(?:\.\d+)?|\\[dt]?frac\{-?\d+\}\{\d+\}|\d+/\d+|\d*\\sqrt\{\d+\}"
           r"|\d*\\sqrt\d)")
_POINT = re.compile(
    rf"(?<![A-Za-z\\_^}}])(?:[A-Z]\s*)?(?:\\left\s*)?\(\s*(?P<a>{_NUMBER})\s*,\s*(?P<b>{_NUMBER})"
    rf"\s*(?:,\s*(?P<c>{_NUMBER})\s*)?(?:\\right\s*)?\)")
_OPEN, _CLOSE = r"(?:\$|\\\()", r"(?:\$|\\\))"
# The point must be next to the words that put it on the curve: "passes through the point
# $(2, 3)$", "plugging in $(1, 5)$", "$(4, -1)$ lies on", "the points (1, 2) and (3, 4) satisfy";
# not "the distance from the origin (0, 0) to a point on the curve". Points may be listed:
# `(1, 2), (3, 4) and (5, 6)`, each maybe in its own `$..$` (read one by one, never by one
# pattern over the whole list, which backtracks without end on a long list).
_GAP = rf"(?:\s|{_OPEN}|\bthe\b|\bpoints?\b|\bcoordinates\b|\bof\b|\bin\b)*"
_ON_AFTER = re.compile(rf"(?:\b(?:pass(?:es|ing)?|go(?:es|ing)?|runs?|running)\s+through"
                       rf"|\bcontains?|\bplug\w*|\bsubstitut\w+){_GAP}", re.IGNORECASE)
_ON_BEFORE = re.compile(r"\b(?:(?:lies|lie|lying|is|are)\s+(?:also\s+)?on|satisf(?:y|ies))\b",
                        re.IGNORECASE)
_SEP = re.compile(rf"\s*{_CLOSE}?\s*(?:,\s*(?:and\s+)?|and\s+){_OPEN}?\s*")
_TAIL = re.compile(rf"(?:\s|{_CLOSE})*")
_MAX_LIST = 12
_DENIED = re.compile(r"\b(?:not|never|doesn't|isn't|aren't|cannot|can't|neither|nor)\b",
                     re.IGNORECASE)
# A sentence ends at a stop, question or exclamation mark before a space (a decimal point
# does not), also inside the end of display maths (`c = 2.\]`), or at a blank line.
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?]\\\])|(?<=[.!?]\$)|(?<=[.!?]\\\)))\s+"
                       r"(?=[A-Z$\\(])|\n\s*\n")
_FUNCTION = re.compile(r"^\s*[a-zA-Z]\s*\(\s*(?P<var>[a-z])\s*\)\s*$")
# A plain-text curve: `y = 3x^2 - 2x + c`, `f(x) = ax + 4`, up to the next word or stop.
_PLAIN = re.compile(
    r"(?<![\w\\$])(?P<lhs>y|[a-zA-Z]\s*\(\s*[a-z]\s*\))\s*=\s*"
    r"(?P<rhs>[-+*/^()\w\s.]+?)(?=\s+(?:[a-z]{3,})\b|[,;:]|\.(?!\d)|$)")
_COMMAND = re.compile(r"\\[a-zA-Z]+")


def _letters(text: str) -> set[str]:
    """The one-letter names in maths (`kx` is k times x; `\\frac` is no letter)."""
    return set(re.findall(r"[a-z]", _COMMAND.sub(" ", text)))


def _curve(lhs: str, rhs: str, dims: int) -> PointOnCurve | None:
    """The equation as a curve in the point's letters, or None when it is not one."""
    rhs = rhs.strip().rstrip(".,;:").rstrip()  # `\[y = mx + 2.\]`: the sentence's stop
    function = _FUNCTION.match(lhs)
    if function is not None:
        if dims != 2 or "=" in rhs:
            return None
        var = function["var"]
        return ("y", rhs.strip(), (var, "y"), ()) if var in _letters(rhs) else None
    letters = ("x", "y", "z")[:dims]
    used = _letters(f"{lhs} {rhs}")
    if "=" in rhs or not set(letters) <= used or (dims == 2 and "z" in used):
        return None
    return (lhs.strip(), rhs.strip(), letters, ())


def _curves(sentence: str, dims: int) -> list[PointOnCurve]:
    found: list[PointOnCurve] = []
    for seg in find_segments(sentence):
        if seg.text.count("=") == 1 and not _POINT.search(seg.text):
            lhs, rhs = seg.text.split("=")
            if (curve := _curve(lhs, rhs, dims)) is not None:
                found.append(curve)
    for m in _PLAIN.finditer(re.sub(r"\$[^$]*\$|\\\(.*?\\\)|\\\[.*?\\\]", " ", sentence)):
        if (curve := _curve(m["lhs"], m["rhs"], dims)) is not None:
            found.append(curve)
    return list(dict.fromkeys(found))


def _listed_points(sentence: str) -> list[re.Match[str]]:
    """The points right after "passes through", "plugging in" ..., or right before "lies
    on", "satisfies" (see `_ON_AFTER`), each list followed point by point."""
    found: list[re.Match[str]] = []
    for on in _ON_AFTER.finditer(sentence):
        at = on.end()
        while len(found) < 4 * _MAX_LIST and (m := _POINT.match(sentence, at)) is not None:
            found.append(m)
            sep = _SEP.match(sentence, m.end())
            at = sep.end() if sep is not None else len(sentence) + 1
    for on in _ON_BEFORE.finditer(sentence):
        window = [m for m in _POINT.finditer(sentence, max(0, on.start() - 400), on.start())]
        listed: list[re.Match[str]] = []
        for m in reversed(window[-_MAX_LIST:]):
            end = listed[-1].start() if listed else on.start()
            gap = _SEP if listed else _TAIL
            if gap.fullmatch(sentence, m.end(), end) is None:
                break
            listed.append(m)
        found.extend(reversed(listed))
    return found


def said_points(text: str) -> list[PointOnCurve]:
    """Each point said to be on a curve, with that curve's equation (see module doc)."""
    found: list[PointOnCurve] = []
    for sentence in _SENTENCE.split(text):
        if _DENIED.search(sentence):
            continue
        points = [tuple(re.sub(r"\s+", "", m[g]) for g in "abc" if m[g])
                  for m in _listed_points(sentence)]
        for dims in (2, 3):
            coords = [p for p in points if len(p) == dims]
            if not coords:
                continue
            curves = _curves(sentence, dims)
            if len(curves) != 1:
                continue  # no curve, or two: which one is the point on?
            lhs, rhs, letters, _ = curves[0]
            found.extend((lhs, rhs, letters, p) for p in dict.fromkeys(coords))
    return found
