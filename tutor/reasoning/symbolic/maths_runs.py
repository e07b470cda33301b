"""Where the maths is in a sentence typed without dollar signs: its tokens, the kind of
each (number, name, operator, bracket, word ...), and the maximal runs of maths.

A letter is a name when it stands against an operator or a number ("2a + 3b", "x^2"), a
short run of letters no English word is stands before maths ("xy = 10") or is asked after
"is" when its letters are named elsewhere ("If x + y = 10 ..., what is xy?"), a capital
pair names a segment of a figure the text names. A number with a '!' is a factorial, unless
the text ends or a new sentence starts after it ("x = 5! Then ..."): an exclamation. Words
stay words. `plain_text` wraps the
runs found here in `$...$`.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"\\begin\{[bBpvV]?matrix\}.*?\\end\{[bBpvV]?matrix\}|"  # one piece
                    r"\d+\.\d*\\overline\{\d+\}|\d+!(?!=|\s+[A-Z]|\s*$)|\d+(?:\.\d+)?"
                    # d/dx typed as TeX is one operator, as is a root with its index; TeX's thin
                    # spaces are spaces
                    r"|\\frac\{d\}\{d[a-z]\}|\\sqrt\[\d+\]|\\[,;:!]|\\[A-Za-z]+|[A-Za-z]+|\*\*"
                    r"|[<>!]=|\.\.\.|…|[-+*/^_=<>(){},]|\s+|.", re.S)
_FUNCS = frozenset("sqrt sin cos tan sec csc cot log ln exp arcsin arccos arctan gcd lcm"
                   .split())
_WORDS_NOT_NAMES = frozenset({"a", "A", "I"})
_TRIG = frozenset("sin cos tan sec csc cot".split())
# what a trigonometric function written without a bracket is of: one letter, a number
# (with a letter after it, "2x"), theta or pi
_ARGUMENT = re.compile(r" (?:\d+(?:\.\d+)?[a-z]?(?![\w.])|[a-zA-Z](?![a-zA-Z])|theta\b|pi\b)")
_OPS = frozenset("+ - * / ^ _ = < > ** <= >= !=".split())
TIMES_X = re.compile(r"\d\s*x\s*\d")
_SEGMENT = re.compile(r"[A-Z]{2,3}")


def _before(tokens: list[str], i: int) -> str:
    """The last token before `i` that is not a space."""
    return next((tokens[k] for k in range(i - 1, -1, -1) if not tokens[k].isspace()), "")


def _after(tokens: list[str], i: int) -> str:
    """The first token after `i` that is not a space."""
    return next((tokens[k] for k in range(i + 1, len(tokens)) if not tokens[k].isspace()), "")


def _named_letters(tokens: list[str]) -> set[str]:
    """Lowercase letters written against an operator somewhere ("x + y = 10") or listed as
    what is named ("if r and s are the roots", "let a, b and c be"): names."""
    listed = _LISTED.findall("".join(tokens))
    return {t for i, t in enumerate(tokens) if len(t) == 1 and t.islower() and (
        _before(tokens, i) in _OPS or _after(tokens, i) in _OPS)} | {
        c for run in listed for c in re.findall(r"\b[a-z]\b", run)}


# letters listed before "are"/"be": "r and s are", "a, b, and c be"
_LISTED = re.compile(r"\b(?:if|let|suppose|when)\s+([a-z](?:\s*,\s*[a-z])*,?\s+and\s+[a-z])"
                     r"\s+(?:are|be)\b", re.I)
# the words after which a run of named letters ending the text is asked about
_ASKED_AFTER = frozenset({"is", "find", "compute", "evaluate", "calculate", "determine"})


# short English words that can stand before "=" or "-" in a sentence ("is = ...", "so - ")
_SHORT_WORDS = frozenset(
    "am an as at be by do go he if in is it me my no of on or so to up us we and are but can "
    "did for get got has had her him his how its let may not now one our out see she the too "
    "two use was way who why yes yet you".split())
_CLAUSE_ENDS = frozenset({"and", "or", ",", ".", "?", ";", ""})
_MATHS_NEXT = re.compile(r"\s*(?:[-+*/^=<>]|<=|>=)\s*(?:\d|[a-zA-Z](?![a-zA-Z])|\()")


# words after "value of a" that make a the name asked about ("the value of a is", "for what
# value of a does"), never a noun ("the value of a number")
_AFTER_A_NAME = frozenset("is are does do did will would can could must makes make satisfies "
                          "satisfy for such that if when so ? . , ;".split()) | {""}


def _letter_a_in_maths(tokens: list[str], i: int) -> bool:
    """"a" is the name of a number, not the article, when a number or an opening bracket is
    written against it ("2a", "(a"), a subscript follows it ("a_1"), an operator follows it
    and maths after that ("a - b", "a^2"), it opens a list of letters named ("Let a and
    b be"), or it ends a question about a name the maths used ("..., find a"); "a 5% rise",
    "a + sign", "Let a friend" and "what is a" alone stay words."""
    if i and (tokens[i - 1][-1:].isdigit() or tokens[i - 1] == "(" or _before(tokens, i) in _OPS):
        return True
    if tokens[i + 1:i + 2] == ["_"]:  # "a_1", "a_{n+1}": a subscript written against it
        return True
    words = [t for t in tokens[:i] if not t.isspace()][-2:]
    if [w.lower() for w in words] in (["value", "of"], ["values", "of"]) and _after(
            tokens, i).lower() in _AFTER_A_NAME:  # "for what value of a is ...": asked of it
        return True
    if _before(tokens, i).lower() in ("let", "suppose", "if", "", ".", "find") and re.match(
            r"\s*(?:,|and)\s*[a-zA-Z](?:\s*(?:,|and)\s*[a-zA-Z])*\s+(?:be|are|so that|such "
            r"that)\b", "".join(tokens[i + 1:i + 14])):
        return True  # "Let a and b be the roots", "If a, b and c are ...", a sentence that
        # opens "a and b are the roots of ...": names listed
    if _after(tokens, i) in ("?", ".", "") and _before(tokens, i).lower() in _ASKED_AFTER \
            and "a" in _named_letters(tokens[:i]):
        return True  # "if 2a = 3b and b = 8, what is a": asked of the name used before
    return _MATHS_NEXT.match("".join(tokens[i + 1:i + 6])) is not None


def kind(tokens: list[str], i: int, vertices: frozenset[str] = frozenset()) -> str:
    """The kind of token i; `vertices` are the letters of the figures the text names."""
    t = tokens[i]
    if t[0].isdigit():
        return "num"
    if t in ("\\,", "\\;", "\\:", "\\!"):
        return "space"  # TeX's spacing, as in "\\int_0^1 x^2 \\, dx"
    if t[0] == "\\" and len(t) > 1:  # a LaTeX command typed without dollar signs
        return "name"
    if re.fullmatch(r"d[a-z]", t) and t != "do" and "\\int" in tokens[:i]:
        return "name"  # the differential that closes an integral typed as TeX: "\\int_0^1 x dx"
    if t in ("...", "…"):  # "1 + 2 + 4 + ...": the sum goes on; "{1, 2, ..., 9}" a list
        return "dots" if i and (_before(tokens, i) in _OPS or _before(tokens, i) == ",") \
            else "other"
    if t.isalpha():
        if len(t) == 1 and i > 1 and tokens[i - 1] == " " and tokens[i - 2] in _TRIG:
            return "name"  # "sin A", "cos a": the angle a trigonometric function is of
        if len(t) == 1 and t not in _WORDS_NOT_NAMES and not (i and tokens[i - 1] in "'’"):
            # ("the cup's volume", "don't": the letter after an apostrophe is the word's)
            return "name"
        if t in ("a", "A") and _letter_a_in_maths(tokens, i):  # "2a + 3b = 12", "A/(x - 1)"
            return "name"
        if len(t) <= 3 and t.islower() and (_before(tokens, i) in _OPS or i and tokens[
                i - 1][-1:].isdigit()) and _after(tokens, i) in _OPS | {")"}:
            return "name"  # "x^2 + kx + 16", "3xy - 1": a product of one-letter names
        if len(t) == 2 and t.islower() and t not in _SHORT_WORDS and _before(tokens, i) in _OPS \
                and _after(tokens, i).lower() in _CLAUSE_ENDS:
            return "name"  # "y = mx and ...", "= ab.": two letters no word is, ending the maths
        if len(t) in (2, 3) and t.islower() and t not in _SHORT_WORDS and (_MATHS_NEXT.match(
                "".join(tokens[i + 1:i + 6])) or _after(tokens, i) in ("?", ".", "") and _before(
                tokens, i).lower() in _ASKED_AFTER and set(t) <= _named_letters(tokens)):
            return "name"  # "and xy = 10", "what is xy?", "find rs" (x, y, r, s named)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t in _FUNCS and nxt == "(" or t in ("pi", "theta") or t == "log" and nxt == "_":
            return "name"
        if t in _TRIG and _ARGUMENT.match("".join(tokens[i + 1:i + 4])):
            return "name"  # "sin x", "cos 2t", "tan theta": a function of one letter or number
        if _SEGMENT.fullmatch(t) and "=" in (_after(tokens, i), _before(tokens, i)):
            return "name"  # "AB = 20": a segment (or angle ABC) named by its points
        if 2 <= len(t) <= 4 and t.isupper() and len(set(t) - vertices) <= 1 and len(
                set(t) & vertices) >= 1 and len(set(t)) == len(t):
            # "the midpoint of AB" in square ABCD, "CD is the altitude" in triangle ABC:
            # a segment (or polygon) of its points, with at most one new point
            return "name"
        return "word"
    if t == "°":
        return "name"  # a number's degree sign ends its run as a name does
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


def runs(tokens: list[str], vertices: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) token indices of each maximal run of maths."""
    runs, i, n = [], 0, len(tokens)
    while i < n:
        if kind(tokens, i, vertices) not in ("num", "name", "op", "bracket", "bar"):
            i += 1
            continue
        j, depth = i, 0
        while j < n:
            k = kind(tokens, j, vertices)
            if k == "bracket":
                depth += 1 if tokens[j] in "({" else -1
                if depth < 0:
                    break
            elif k == "comma" and depth == 0:
                break
            elif k not in ("num", "name", "op", "space", "comma", "bar", "dots"):
                break
            j += 1
        while j > i and kind(tokens, j - 1) in ("space", "op", "comma"):
            j -= 1  # a run ends on a number, a name or a closing bracket
        while i < j and kind(tokens, i) == "op" and tokens[i] != "-":
            i += 1
        if j > i:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


__all__ = ["TIMES_X", "TOKEN", "kind", "runs"]
