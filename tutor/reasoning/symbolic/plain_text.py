"""Maths typed as plain text inside a sentence: each run of it wrapped in `$...$`.

A student types "Find all real x such that x^2 - 5x + 6 = 0" or "If f(x) = 2x^2 - 1, what
is f(3)?" without dollar signs. `wrap_plain_maths` finds the runs of maths in such a
sentence (numbers, one-letter names, operators, brackets, and the calculator functions
`sqrt`, `sin` ... followed by a bracket) and writes each as LaTeX between dollar signs,
so the sentence reads as a typeset problem would. LaTeX typed without dollar signs
("Evaluate \\frac{3}{4} + \\frac{1}{6}") is wrapped as it is, and a sum that goes on
("6 + 3 + 3/2 + ...") ends in `\\cdots`. Words stay words; "a", "A" and "I" stay
words. A run that could mean two things declines the wrapping:

- `3 x 4` (an `x` between two numbers may be a times sign);
- a run that is only a number (left as it is: the text's numbers are read already);
- an odd number of bars `|` (absolute values come in pairs; "3 | 12" says "divides").

Nothing is evaluated here: the runs become LaTeX text for the parser, as typed maths does.
`plain_to_latex` writes one calculator-style run (`x**2 + sqrt(x)*sin(x)`) as LaTeX.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline

_TOKEN = re.compile(r"\\begin\{[bBpvV]?matrix\}.*?\\end\{[bBpvV]?matrix\}|"  # one piece
                    r"\d+\.\d*\\overline\{\d+\}|\d+(?:\.\d+)?|\\[A-Za-z]+|[A-Za-z]+|\*\*"
                    r"|[<>!]=|\.\.\.|…|[-+*/^_=<>(){},]|\s+|.", re.S)
_FUNCS = frozenset("sqrt sin cos tan sec csc cot log ln exp arcsin arccos arctan".split())
_WORDS_NOT_NAMES = frozenset({"a", "A", "I"})
_OPS = frozenset("+ - * / ^ _ = < > ** <= >= !=".split())
_TIMES_X = re.compile(r"\d\s*x\s*\d")
_SEGMENT = re.compile(r"[A-Z]{2,3}")


def _before(tokens: list[str], i: int) -> str:
    """The last token before `i` that is not a space."""
    return next((tokens[k] for k in range(i - 1, -1, -1) if not tokens[k].isspace()), "")


def _after(tokens: list[str], i: int) -> str:
    """The first token after `i` that is not a space."""
    return next((tokens[k] for k in range(i + 1, len(tokens)) if not tokens[k].isspace()), "")


# short English words that can stand before "=" or "-" in a sentence ("is = ...", "so - ")
_SHORT_WORDS = frozenset(
    "am an as at be by do go he if in is it me my no of on or so to up us we and are but can "
    "did for get got has had her him his how its let may not now one our out see she the too "
    "two use was way who why yes yet you".split())
_MATHS_NEXT = re.compile(r"\s*(?:[-+*/^=<>]|<=|>=)\s*(?:\d|[a-zA-Z](?![a-zA-Z])|\()")


def _letter_a_in_maths(tokens: list[str], i: int) -> bool:
    """"a" is the name of a number, not the article, when a number or an opening bracket is
    written against it ("2a", "(a"), an operator follows it and maths after that ("a - b",
    "a^2"), or it opens a list of letters named ("Let a and b be"); "a 5% rise", "a + sign"
    and "Let a friend" stay words."""
    if i and (tokens[i - 1][-1:].isdigit() or tokens[i - 1] == "(" or _before(tokens, i) in _OPS):
        return True
    if _before(tokens, i).lower() in ("let", "suppose", "if") and re.match(
            r"\s*(?:,|and)\s*[a-z](?:\s*(?:,|and)\s*[a-z])*\s+(?:be|are)\b",
            "".join(tokens[i + 1:i + 14])):
        return True  # "Let a and b be the roots", "If a, b and c are ...": names listed
    return _MATHS_NEXT.match("".join(tokens[i + 1:i + 6])) is not None


def _kind(tokens: list[str], i: int, vertices: frozenset[str] = frozenset()) -> str:
    """The kind of token i; `vertices` are the letters of the figures the text names."""
    t = tokens[i]
    if t[0].isdigit():
        return "num"
    if t[0] == "\\" and len(t) > 1:  # a LaTeX command typed without dollar signs
        return "name"
    if t in ("...", "…"):  # "1 + 2 + 4 + ...": the sum goes on; "{1, 2, ..., 9}" a list
        return "dots" if i and (_before(tokens, i) in _OPS or _before(tokens, i) == ",") \
            else "other"
    if t.isalpha():
        if len(t) == 1 and t not in _WORDS_NOT_NAMES and not (i and tokens[i - 1] in "'’"):
            # ("the cup's volume", "don't": the letter after an apostrophe is the word's)
            return "name"
        if t == "a" and _letter_a_in_maths(tokens, i):  # "2a + 3b = 12", "a - b = 1"
            return "name"
        if len(t) <= 3 and t.islower() and (_before(tokens, i) in _OPS or i and tokens[
                i - 1][-1:].isdigit()) and _after(tokens, i) in _OPS | {")"}:
            return "name"  # "x^2 + kx + 16", "3xy - 1": a product of one-letter names
        if len(t) in (2, 3) and t.islower() and t not in _SHORT_WORDS and _MATHS_NEXT.match(
                "".join(tokens[i + 1:i + 6])):
            return "name"  # "and xy = 10": letters no word is, before an operator and maths
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t in _FUNCS and nxt == "(" or t == "pi" or t == "log" and nxt == "_":
            return "name"
        if _SEGMENT.fullmatch(t) and "=" in (_after(tokens, i), _before(tokens, i)):
            return "name"  # "AB = 20": a segment (or angle ABC) named by its points
        if 2 <= len(t) <= 4 and t.isupper() and len(set(t) - vertices) <= 1 and len(
                set(t) & vertices) >= 1 and len(set(t)) == len(t):
            # "the midpoint of AB" in square ABCD, "CD is the altitude" in triangle ABC:
            # a segment (or polygon) of its points, with at most one new point
            return "name"
        return "word"
    if t in _OPS:
        return "op"
    if t in "(){}":
        return "bracket"
    if t == "|":
        return "bar"
    if t == ",":
        return "comma"
    if t.isspace():
        return "space"
    return "other"


def _runs(tokens: list[str], vertices: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) token indices of each maximal run of maths."""
    runs, i, n = [], 0, len(tokens)
    while i < n:
        if _kind(tokens, i, vertices) not in ("num", "name", "op", "bracket", "bar"):
            i += 1
            continue
        j, depth = i, 0
        while j < n:
            k = _kind(tokens, j, vertices)
            if k == "bracket":
                depth += 1 if tokens[j] in "({" else -1
                if depth < 0:
                    break
            elif k == "comma" and depth == 0:
                break
            elif k not in ("num", "name", "op", "space", "comma", "bar", "dots"):
                break
            j += 1
        while j > i and _kind(tokens, j - 1) in ("space", "op", "comma"):
            j -= 1  # a run ends on a number, a name or a closing bracket
        while i < j and _kind(tokens, i) == "op" and tokens[i] != "-":
            i += 1
        if j > i:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


# "angle A = 40 degrees", "angle ABC": an angle named by its vertex (or three points), typed
# as `$\\angle A = 40^\\circ$` would be ("A" alone is otherwise the article);
# and "triangle ABC", "parallelogram PQRS": a figure named by its vertices, as `$ABC$`
_ANGLE = re.compile(r"\bangle ([A-Z]{1,3})\b(?:\s*=\s*(\d+(?:\.\d+)?)\s*(?:degrees\b|°))?|"
                    r"\b((?i:triangle|quadrilateral|parallelogram|rectangle|square|rhombus|"
                    r"trapezoid|kite|pentagon|hexagon)) ([A-Z]{3,6})\b")


def _angle(m: re.Match[str]) -> str:
    if m.group(3):
        return f"{m.group(3)} ${m.group(4)}$"
    value = f" = {m.group(2)}^\\circ" if m.group(2) else ""
    return f"$\\angle {m.group(1)}{value}$"


def wrap_plain_maths(text: str) -> str | None:
    """The text with each plain-text maths run in `$...$`, or None when there is none
    worth wrapping or one is ambiguous."""
    if "$" in text or "\\(" in text or "\\[" in text:
        return None
    out, last, wrapped = [], 0, False
    # the letters of the figures named, with the points named by one letter ("E is ..."):
    # a run of them ("AB", "DEF") names a segment or a polygon of the figure
    vertices = frozenset("".join(m.group(4) for m in _ANGLE.finditer(text) if m.group(4)))
    if vertices:
        vertices |= frozenset(re.findall(r"(?<![\w'’])([B-HJ-Z])(?![\w'’])", text))
    for m in _ANGLE.finditer(text):
        before = _wrapped_runs(text[last:m.start()], vertices)
        if before is None:
            return None
        out += [before[0], _angle(m)]
        last, wrapped = m.end(), True
    tail = _wrapped_runs(text[last:], vertices)
    if tail is None:
        return None
    out.append(tail[0])
    return "".join(out) if wrapped or tail[1] else None


# "{1, 2, 3, 4}" typed in plain text is a set (a brace after ^ or _ groups an exponent or an
# index, and a brace without a comma may be either: left as it is)
_SET = re.compile(r"(?<![\^_\w}])\{([^{}]*,[^{}]*)\}")


def _set_braces(latex: str) -> str:
    return _SET.sub(lambda m: "\\{" + m.group(1) + "\\}", latex)


def _wrapped_runs(text: str, vertices: frozenset[str] = frozenset()
                  ) -> tuple[str, bool] | None:
    """The text with its maths runs wrapped, and whether there was one; None when one is
    ambiguous."""
    tokens = _TOKEN.findall(text)
    out, last, wrapped = [], 0, False
    for start, end in _runs(tokens, vertices):
        run = "".join(tokens[start:end])
        kinds = {_kind(tokens, k, vertices) for k in range(start, end)}
        if not kinds & {"name", "op", "bracket", "bar"} and "\\" not in run:
            continue  # only numbers: the text's numbers are read as they are
        if run.count("(") != run.count(")") or run.count("{") != run.count("}") or run.count(
                "|") % 2:
            return None  # "|" also says "divides": only pairs of bars are absolute values
        if _TIMES_X.search(run):
            return None
        out.append("".join(tokens[last:start]))
        latex = run if "\\" in run else _set_braces(plain_to_latex(run))  # LaTeX as it is
        out.append("$" + re.sub(r"\.\.\.|…", r"\\cdots", latex) + "$")
        last, wrapped = end, True
    out.append("".join(tokens[last:]))
    return "".join(out), wrapped


__all__ = ["wrap_plain_maths"]


_PLAIN_FUNCS = ("arcsin", "arccos", "arctan", "arccot", "arcsec", "arccsc", "sin", "cos", "tan",
                "sec", "csc", "cot", "ln", "log", "exp", "sqrt")


def _match_paren(s: str, i: int) -> int:
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "(":
            depth += 1
        elif s[j] == ")":
            depth -= 1
            if depth == 0:
                return j
    raise Decline("unbalanced brackets")


def plain_to_latex(s: str) -> str:
    """Convert calculator-style maths (`x**2 + sqrt(x)*sin(x)`) to LaTeX."""
    s = s.strip().replace("**", "^").replace(">=", r" \geq ").replace("<=", r" \leq ")
    s = s.replace("!=", r" \neq ")
    out, i = [], 0
    while i < len(s):
        m = re.match(r"[A-Za-z]+", s[i:])
        if m and m.group(0) in _PLAIN_FUNCS and s[i + m.end():i + m.end() + 1] == "(":
            name = m.group(0)
            start = i + m.end()
            end = _match_paren(s, start)
            inner = plain_to_latex(s[start + 1:end])
            if name == "sqrt":
                out.append(r"\sqrt{" + inner + "}")
            elif name == "exp":
                out.append("e^{" + inner + "}")
            else:
                out.append("\\" + ("ln" if name == "log" else name) + "(" + inner + ")")
            i = end + 1
        elif m and m.group(0) == "pi":
            out.append(r"\pi ")
            i += 2
        elif m and m.group(0) == "log" and s[i + 3:i + 4] == "_":  # log_2 8: a base given
            out.append("\\log")
            i += 3
        elif m and m.group(0) in _PLAIN_FUNCS:
            out.append("\\" + ("ln" if m.group(0) == "log" else m.group(0)) + " ")
            i += m.end()
        elif m:
            out.append(m.group(0))
            i += m.end()
        elif s[i] == "*":
            out.append(r" \cdot ")
            i += 1
        elif s[i] == "^" and re.match(r"\s*-?\d", s[i + 1:]):
            # calculator input: 2^10 is 2 to the tenth (TeX would read 2^1 0), 2^-3 too
            power = re.match(r"\s*(-?\d+(?:\.\d+)?)", s[i + 1:])
            assert power is not None
            out.append("^{" + power.group(1) + "}")
            i += 1 + power.end()
        elif s[i] == "^" and s[i + 1:i + 2] == "(":
            end = _match_paren(s, i + 1)
            out.append("^{" + plain_to_latex(s[i + 2:end]) + "}")
            i = end + 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


_DELIMS = re.compile(r"\$|\\\(|\\\[|\\begin\{(?:align|equation|gather|displaymath)")
_VERB = re.compile(
    r"^\s*((?:solve|simplify|expand|factor|differentiate|integrate|evaluate|compute|calculate"
    r"|find the derivative of|find the integral of|derivative of|integral of|find the roots of"
    r"|what is)(?: for [a-z])?:?)\s+(.+?)\s*[.?]?\s*$", re.I | re.S)
_PLAIN_MATH = re.compile(r"^[\w\s+\-*/^().,=<>!]+$")
# A word in calculator input is a function's name; any other word ("the square root of
# 50") makes the text a sentence, never a product of one-letter unknowns.
_WORD = re.compile(r"[A-Za-z]{2,}")
_FUNCTION_NAMES = frozenset(
    "sqrt sin cos tan sec csc cot log ln exp arcsin arccos arctan pi".split())


def _calculator_maths(text: str) -> bool:
    return bool(_PLAIN_MATH.match(text)) and all(
        w.lower() in _FUNCTION_NAMES for w in _WORD.findall(text))


def as_latex_problem(text: str) -> str:
    """Wrap calculator-style input ("solve 2x+3=11") in `$...$` so templates apply."""
    if _DELIMS.search(text):
        return text
    m = _VERB.match(text)
    if m and _calculator_maths(m.group(2)) and re.search(r"[\d^=+*/()-]", m.group(2)):
        verb = re.sub(r"for ([a-z])", r"for $\1$", m.group(1))
        return f"{verb} ${plain_to_latex(m.group(2))}$"
    stripped = text.strip().rstrip(".?")
    if _PLAIN_MATH.match(stripped) and re.search(r"[=<>]", stripped) and not re.search(
            r"[A-Za-z]{3,}", stripped.replace("sqrt", "").replace("sin", "")):
        return f"Solve ${plain_to_latex(stripped)}$"
    return text
