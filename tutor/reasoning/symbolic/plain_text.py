"""Maths typed as plain text inside a sentence: each run of it wrapped in `$...$`.

A student types "Find all real x such that x^2 - 5x + 6 = 0" or "If f(x) = 2x^2 - 1, what
is f(3)?" without dollar signs. `wrap_plain_maths` finds the runs of maths in such a
sentence (numbers, one-letter names, operators, brackets, and the calculator functions
`sqrt`, `sin` ... followed by a bracket) and writes each as LaTeX between dollar signs,
so the sentence reads as a typeset problem would. LaTeX typed without dollar signs
("Evaluate \\frac{3}{4} + \\frac{1}{6}") is wrapped as it is, and a sum that goes on
("6 + 3 + 3/2 + ...") ends in `\\cdots`. A trigonometric function is maths with or
without a bracket ("sin x", "cos 60 degrees", "tan theta"), and "[[1, 2], [3, 4]]" is a
matrix typed by its rows. Words stay words; "a", "A" and "I" stay words. A run that could
mean two things declines the wrapping:

- `3 x 4` (an `x` between two numbers may be a times sign; it is one in "Compute 123 x 45."
  and "12 x 12 = 144", ending the sentence or before "=", with no other x in the text);
- a run that is only a number (left as it is: the text's numbers are read already);
- an odd number of bars `|` (absolute values come in pairs; "3 | 12" says "divides").

Nothing is evaluated here: the runs become LaTeX text for the parser, as typed maths does.
`plain_to_latex` writes one calculator-style run (`x**2 + sqrt(x)*sin(x)`) as LaTeX.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic import count_notation
from tutor.reasoning.symbolic.calculator_latex import plain_to_latex, roots_said
from tutor.reasoning.symbolic.maths_runs import TIMES_X, TOKEN, kind, runs
from tutor.reasoning.symbolic.model import Decline

# "angle A = 40 degrees", "angle ABC": an angle named by its vertex (or three points), typed
# as `$\\angle A = 40^\\circ$` would be ("A" alone is otherwise the article);
# and "triangle ABC", "parallelogram PQRS": a figure named by its vertices, as `$ABC$`
_ANGLE = re.compile(r"\bangle ([A-Z]{1,3})\b(?:\s*=\s*(\d+(?:\.\d+)?)"
                    r"(?:\s*(?:degrees\b|°)|(?![\d.])))?|"
                    r"\b((?i:triangle|quadrilateral|parallelogram|rectangle|square|rhombus|"
                    r"trapezoid|kite|pentagon|hexagon)) ([A-Z]{3,6})\b")


# "[0, 2pi)", "(-1, 3]", "[2, 5]": an interval with a square bracket at one end at least
# (a pair in round brackets is a point, read as maths already)
_INTERVAL = re.compile(r"(?<![\w\\])(?:\[[^\[\]()$,]+,[^\[\]()$,]+[\])]"
                       r"|\([^\[\]()$,]+,[^\[\]()$,]+\])")


# "in the form a + bi": the form of a complex number, its "a" not the article
_A_PLUS_BI = re.compile(r"(?<=\bform )a\s*\+\s*bi\b")
# "right angle at A.", "the altitude from A meets BC": a vertex A of a figure named by its
# letters ("triangle ABC"), after a word for a place, not the article
_POINT_A = re.compile(r"(?:(?<=\bat )|(?<=\bfrom )|(?<=\bvertex )|(?<=\bpoint )|(?<=\bthrough ))"
                      r"A(?=[,.;:?)]|\s+(?:meets|is|and|to|of|on|in|with)\b|\s*$)")


def _named_or_interval(m: re.Match[str]) -> str:
    """An angle or figure named by its points, an interval, or the form a + bi, as LaTeX in
    dollars."""
    if m.re is _A_PLUS_BI:
        return "$a + bi$"
    if m.re is _POINT_A:
        return "$A$"
    if m.group(0)[0] in "[(":  # an interval: its ends written as LaTeX
        ends = [e.strip() for e in m.group(0)[1:-1].split(",")]
        tex = [e if "\\" in e else plain_to_latex(e) for e in ends]
        return f"${m.group(0)[0]}{tex[0]}, {tex[1]}{m.group(0)[-1]}$"
    if m.group(3):
        return f"{m.group(3)} ${m.group(4)}$"
    # "angle C = 90 degrees" with its unit; "angle C = 90" as typed (the reader decides)
    unit = "^\\circ" if re.search(r"degrees|°", m.group(0)) else ""
    value = f" = {m.group(2)}{unit}" if m.group(2) else ""
    return f"$\\angle {m.group(1)}{value}$"


# "sin 75 degrees", "cos(60°)": a trigonometric function of an angle in degrees
_TRIG_DEGREES = re.compile(r"\b((?:sin|cos|tan|sec|csc|cot)(?:\^\d)?)(?:\s*\(\s*(-?\d+(?:\.\d+)?)"
                           r"\s*(?:°|degrees?\b)\s*\)|\s+(-?\d+(?:\.\d+)?)\s*(?:°|degrees?\b))")


# "3.2 x 10^4": a number times a power of ten, in scientific notation (no letter x there)
_TIMES_TEN = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*[x×]\s*10\s*\^")
# "(f o g)(x)": the composition typed with the letter o
_COMPOSED = re.compile(r"\(([a-z])\s+o\s+([a-z])\)(?=\s*\()")
# "lcm[m, 10]", "GCD (24, 36)": gcd and lcm typed with square brackets, capitals or a space
# before the bracket, written as calculator functions are ("lcm(m, 10)")
_GCD_LCM = re.compile(r"\b(gcd|lcm)\s?(?:\(([^()\[\]$]*)\)|\[([^()\[\]$]*)\])", re.I)
# "[[1, 2], [3, 4]]": a matrix typed row by row, as lists of its rows
_LIST_MATRIX = re.compile(r"\[\s*(\[[^\[\]$]*\](?:\s*,\s*\[[^\[\]$]*\])+)\s*\]")


def _matrix(m: re.Match[str]) -> str:
    """The rows as a pmatrix; as typed when the rows differ in length."""
    rows = [[e.strip() for e in r.split(",")] for r in re.findall(r"\[([^\[\]]*)\]", m.group(1))]
    if len({len(r) for r in rows}) != 1 or any(not e for r in rows for e in r):
        return m.group(0)
    body = " \\\\ ".join(" & ".join(plain_to_latex(e) for e in r) for r in rows)
    return f"\\begin{{pmatrix}} {body} \\end{{pmatrix}}"


def wrap_plain_maths(text: str) -> str | None:
    """The text with each plain-text maths run in `$...$`, or None when there is none
    worth wrapping or one is ambiguous."""
    if "$" in text or "\\(" in text or "\\[" in text:
        return None
    text = _LIST_MATRIX.sub(_matrix, text)
    text = _GCD_LCM.sub(lambda m: f"{m.group(1).lower()}({m.group(2) or m.group(3)})", text)
    text = _COMPOSED.sub(r"(\1 \\circ \2)", text)
    text = _TIMES_TEN.sub(r"\1 * 10^", text)
    text = _x_as_times(text)
    text = _TRIG_DEGREES.sub(lambda m: f"{m.group(1)}({m.group(2) or m.group(3)}°)", text)
    out, last, wrapped = [], 0, False
    # the letters of the figures named, with the points named by one letter ("E is ..."):
    # a run of them ("AB", "DEF") names a segment or a polygon of the figure
    vertices = frozenset("".join(m.group(4) for m in _ANGLE.finditer(text) if m.group(4)))
    if vertices:
        vertices |= frozenset(re.findall(r"(?<![\w'’])([B-HJ-Z])(?![\w'’])", text))
    points = [*_POINT_A.finditer(text)] if "A" in vertices else []
    spans = sorted([*_ANGLE.finditer(text), *_INTERVAL.finditer(text),
                    *_A_PLUS_BI.finditer(text), *points], key=lambda m: m.start())
    for m in spans:
        if m.start() < last:
            return None  # an angle and an interval overlap: not read
        before = _wrapped_runs(text[last:m.start()], vertices)
        if before is None:
            return None
        out += [before[0], _named_or_interval(m)]
        last, wrapped = m.end(), True
    tail = _wrapped_runs(text[last:], vertices)
    if tail is None:
        return None
    out.append(tail[0])
    return "".join(out) if wrapped or tail[1] else None


# "123 x 45" with spaces, ending the sentence or before "=": a times sign when no other x in
# the text is a letter ("Compute 123 x 45."); "a 3 x 4 grid" (a size) and "2x + 1 = 3 x 4"
# (either) stay unread
_X_PRODUCT = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?: x \d+(?:\.\d+)?)+(?=\s*(?:[.?!,;=]|$))")
_LETTER_X = re.compile(r"(?<![A-Za-z])x(?![A-Za-z])")
_SPACED_X = re.compile(r"\d+ x (?:\d+|\()")


def _x_as_times(text: str) -> str:
    said = _X_PRODUCT.sub(lambda m: m.group(0).replace(" x ", "*"), text)
    return text if said == text or _LETTER_X.search(said) else said


# "{1, 2, 3, 4}" typed in plain text is a set (a brace after ^ or _ groups an exponent or an
# index, and a brace without a comma may be either: left as it is)
_SET = re.compile(r"(?<![\^_\w}])\{([^{}]*,[^{}]*)\}")


def _set_braces(latex: str) -> str:
    return _SET.sub(lambda m: "\\{" + m.group(1) + "\\}", latex)


def _wrapped_runs(text: str, vertices: frozenset[str] = frozenset()
                  ) -> tuple[str, bool] | None:
    """The text with its maths runs wrapped, and whether there was one; None when one is
    ambiguous."""
    tokens = TOKEN.findall(text)
    out, last, wrapped = [], 0, False
    for start, end in runs(tokens, vertices):
        run = "".join(tokens[start:end])
        kinds = {kind(tokens, k, vertices) for k in range(start, end)}
        if not kinds & {"name", "op", "bracket", "bar"} and "\\" not in run:
            continue  # only numbers: the text's numbers are read as they are
        if run.count("(") != run.count(")") or run.count("{") != run.count("}") or run.count(
                "|") % 2:
            return None  # "|" also says "divides": only pairs of bars are absolute values
        if TIMES_X.search(run):
            return None
        if "op" in kinds and "".join(tokens[end:end + 2]).lstrip("\\")[:1] == "%":
            return None  # "6 / 50%": is the percent of 50 or of the whole? Unread
        out.append("".join(tokens[last:start]))
        # LaTeX as it is (a '*' typed between its pieces is a times sign)
        latex = re.sub(r"\s*\*\s*", r" \\cdot ", run) if "\\" in run else _set_braces(
            plain_to_latex(run))
        out.append("$" + re.sub(r"\.\.\.|…", r"\\cdots", latex) + "$")
        last, wrapped = end, True
    out.append("".join(tokens[last:]))
    return "".join(out), wrapped


__all__ = ["wrap_plain_maths"]


_DELIMS = re.compile(r"\$|\\\(|\\\[|\\begin\{(?:align|equation|gather|displaymath)")
# "how do I solve ...", "please factor ...", "can you simplify ...": a request before the verb
_POLITE = re.compile(r"^\s*(?:(?:how (?:do|can|would|should) (?:i|you|we)|can you|could you|"
                     r"please|help me(?: to)?|i need to|i want to)\s+)+(?=[a-z])", re.I)
# "integrate 2x dx": the variable said after the integrand
_DIFFERENTIAL = re.compile(r"^(.*[^\s])\s+d([a-z])$")
_VERB = re.compile(
    r"^\s*((?:solve|simplify|expand|factor|differentiate|integrate|evaluate|compute|calculate"
    r"|find the derivative of|find the integral of|derivative of|integral of|find the roots of"
    r"|what is)(?: for [a-z])?:?)\s+(.+?)\s*[.?]?\s*$", re.I | re.S)
_PLAIN_MATH = re.compile(r"^[\w\s+\-*/^().,=<>!]+$")
# A word in calculator input is a function's name; any other word ("the square root of
# 50") makes the text a sentence, never a product of one-letter unknowns.
_WORD = re.compile(r"[A-Za-z]{2,}")
_FUNCTION_NAMES = frozenset(
    "sqrt cbrt sin cos tan sec csc cot log ln exp arcsin arccos arctan pi".split())


def _calculator_maths(text: str) -> bool:
    return bool(_PLAIN_MATH.match(text)) and all(
        w.lower() in _FUNCTION_NAMES for w in _WORD.findall(text))


# one piece of TeX and nothing else, a limit, an integral, a sum, a product or a derivative
_OPERATOR_ALONE = re.compile(r"\s*\${1,2}\s*\\(?:lim|int|sum|prod|frac\s*\{\s*d\s*\}\s*"
                             r"\{\s*d[a-z]\s*\})(?![a-zA-Z])[^$]*\${1,2}\s*[.?]?\s*")


def as_latex_problem(text: str) -> str:
    """Wrap calculator-style input ("solve 2x+3=11") in `$...$` so templates apply."""
    text = _x_as_times(text)  # "Compute 123 x 45.": a times sign, no other x a letter
    if _OPERATOR_ALONE.fullmatch(text):  # "$\int_0^1 x^2 dx$" pasted alone: its value asked
        return f"Compute ${text.strip().rstrip('.?').strip().strip('$').strip()}$."
    if _DELIMS.search(text):
        return text
    if (counted := count_notation.as_tex(text)) is not None:
        return counted
    m = _VERB.match(re.sub(r"^(\s*)factori[sz]e\b", r"\1factor", _POLITE.sub("", text),
                           flags=re.I))
    maths = m.group(2) if m else ""
    said = _DIFFERENTIAL.match(maths)
    if m and said and "integ" in m.group(1).lower():
        # the letters of the integrand, Euler's e in e^(...) not among them
        letters = set(re.findall(r"(?<![a-z])(?!e\^)[a-z](?![a-z])", said.group(1)))
        if letters <= {said.group(2)}:  # the letter of dx is the integrand's own
            maths = said.group(1)
    if m and (spaced := _SPACED_X.search(maths)):
        # "Simplify 3 x 4 x", "Expand 3 x (x + 1)": x a times sign, or the letter x?
        raise Decline(f"'{spaced.group(0)}' reads two ways: x as a times sign, or as the "
                      "letter x; write * or × for times")
    rooted = roots_said(re.sub(r"^the (?:exact )?value of\s+", "", maths, flags=re.I))
    if m and not _calculator_maths(maths) and _calculator_maths(rooted) and \
            re.search(r"[+*/^()-]", maths):  # "what is (the value of) sqrt(16) + cube root of 27"
        maths = rooted
    if m and _calculator_maths(maths) and (re.search(r"[\d^=+*/()-]", maths)
                                           or _WORD.search(maths)):  # "sin x cos x"
        verb = re.sub(r"for ([a-z])", r"for $\1$", m.group(1))
        return f"{verb} ${plain_to_latex(maths)}$"
    stripped = text.strip().rstrip(".?")
    if _PLAIN_MATH.match(stripped) and re.search(r"[=<>]", stripped) and not re.search(
            r"[A-Za-z]{3,}", stripped.replace("sqrt", "").replace("sin", "")):
        return f"Solve ${plain_to_latex(stripped)}$"
    return text
