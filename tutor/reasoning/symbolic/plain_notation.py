"""Factorials, congruences and residues typed as plain text: "the remainder when
1! + 2! + ... + 50! is divided by 15", "How many divisors does 6! have?", "Solve 4x ≡ 3
(mod 11)", "Find x such that 3x = 5 (mod 8)", "5n \\equiv 2 mod 9", "What is 7^100 mod 13?",
"Find 3^-1 mod 7".

`wrapped` writes each as the LaTeX a typeset problem has (`$1! + 2! + \\cdots + 50!$`,
`$4x \\equiv 3 \\pmod{11}$`, `$7^{100} \\pmod{13}$`), so the readers see it; the other plain
maths of the text is then wrapped as `plain_text.wrap_plain_maths` wraps it ("3^n divides
30!?" has both). A '!' is a factorial only joined by operators to another ("3! + 4!") or
when the sentence goes on after it (a lowercase word, the question mark, a full stop or a
comma), or when it is the whole text ("5!": no sentence to exclaim in), or when it ends
a question or a request to work something out ("how many zeros are at the end of 20!",
"Compute 5!"), which is never exclaimed. "That makes 5!" may be an exclamation, and the
engine declines it.

The sides of a congruence (and what a "mod m" is asked of) are the run of numbers,
one-letter names, operators and brackets written against the sign (a word ends it), written
as LaTeX by `plain_to_latex` (so `7^100` is 7 to the 100th, not TeX's 7^1 followed by 00).
An `=` is a congruence only with a bracketed "(mod m)" right after its right side; "4x = 3
mod 11" is left as it is (the modulus of the equation, or of 3?). A text with maths
delimiters, or with a sign whose sides are not plain maths, is left as it is: the readers
then decline what they do not understand.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.calculator_latex import plain_to_latex
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.plain_text import wrap_plain_maths

# "7!/5!", "3! + 4!", "1! + 2! + ... + 9!": factorials joined by operators, never exclamations
# (a chain inside brackets, "7!/(4! * 3!)", is part of a longer expression: the plain maths
# wrapper reads that one whole)
_FACTORIAL_CHAIN = re.compile(r"(?<![\w.$(])\d+!(?:\s*[-+*/]\s*(?:\d+!|\\[cl]?dots|\.\.\.|…))+"
                              r"(?![\w$)])")
# "How many divisors does 6! have?", "the divisors of 5!?": a '!' that a sentence goes on
# after (a lowercase word, the question mark, or a full stop or comma: never after an
# exclamation) is a factorial
_FACTORIAL_IN_SENTENCE = re.compile(r"(?<![\w.$(/*^+-])\d+!(?=\s+[a-z]|\s*\?|[.,;](?:\s|$))")
# a factorial written against a bracket, a power or a product of factorials ("7!/(4!3!)",
# "(5!)^2 / 6!", "\\frac{7!}{4!3!}"): part of a longer expression, wrapped whole with the text's
# other plain maths
_FACTORIAL_IN_EXPRESSION = re.compile(r"\d+!\s*(?:[)}^]|\d+!)|[({]\s*\d+!")
# a question or a request to work something out that ends on a factorial ("how many zeros are
# at the end of 20!", "what is the last digit of 15!", "compute 5!"): such a sentence is not
# exclaimed, so its last '!' is a factorial
_QUESTION_ENDING = re.compile(r"(?:^|(?<=[.?]\s))(?:how|what|which|compute|evaluate|calculate|"
                              r"simplify|find)\b[^.?!]*?(?<![\w.$(/*^+-])"
                              r"(\d+!)\s*$", re.I)
# "30 factorial", "how many zeros does 100 factorial end with": the sign said as a word
_FACTORIAL_WORD = re.compile(r"(?<![\w.^/])(\d+) factorial\b(?! of\b)", re.I)
_SPOKEN_OPERATION = re.compile(r"\d+ factorial (?:times|plus|minus|divided|over|multiplied)\b"
                               r"|\b(?:times|plus|minus|over|by) \d+ factorial\b", re.I)
_BARE_FACTORIAL = re.compile(r"\d+!(?=[^$]*(?:\$[^$]*\$[^$]*)*$)")
# a text that is one factorial and nothing else ("5!", "0!?"): no sentence to exclaim in
_LONE_FACTORIAL = re.compile(r"\s*\d+!\s*\??\s*")
_DOTS = re.compile(r"\.\.\.|…|\\[cl]?dots")
_MATHS_SPAN = re.compile(r"\$[^$]*\$")

_TOKEN = re.compile(r"\d+[a-z]?(?![A-Za-z])|[A-Za-z]+|\\equiv|≡|[-+*/^(){}=]|\s+|.")
_OPERATORS = frozenset("+ - * / ^ ( ) { }".split())
_MODULUS = re.compile(r"\s*(?:\(\s*mod(?:ulo)?\s+(?P<p>\d+)\s*\)|mod\s+(?P<b>\d+)\b)")
_BARE_MOD = re.compile(r"\s+mod\s+(?P<m>\d+)\b|\s*\(\s*mod(?:ulo)?\s+(?P<m2>\d+)\s*\)")
_TOP_SUM = re.compile(r"(?<!\^)\s*[-+]")  # a sum or difference outside brackets and powers
_SIGN = re.compile(r"\s*(?:≡|\\equiv\b|=)\s*")


def _maths_token(t: str) -> bool:
    """A number (with a letter written against it, "4x"), one letter other than the article,
    an operator or a bracket."""
    return bool(re.fullmatch(r"\d+[a-z]?|[b-zB-Z]", t)) or t in _OPERATORS or t.isspace()


def _left_run(text: str, end: int) -> int:
    """Where the maths written just before `end` starts (end itself when there is none)."""
    tokens = list(_TOKEN.finditer(text[:end]))
    start = end
    for t in reversed(tokens):
        # the letter a right against the sign is a name ("If a ≡ 4 (mod 9)"), never the article
        against = t.group(0) == "a" and not text[t.end():end].strip()
        if not _maths_token(t.group(0)) and not against:
            break
        start = t.start()
    while start < end and text[start].isspace():
        start += 1
    return start


def _right_run(text: str, start: int) -> int:
    """Where the maths written from `start` on ends."""
    end = start
    for t in _TOKEN.finditer(text, start):
        if not _maths_token(t.group(0)) or _MODULUS.match(text, t.start()):
            break
        end = t.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _latex(run: str) -> str:
    if run.count("(") != run.count(")") or not re.search(r"\w", run):
        raise Decline("not one expression")
    return plain_to_latex(run)


def _congruence(text: str) -> str | None:
    """The text with its first congruence wrapped, or None when it has none."""
    for sign in _SIGN.finditer(text):
        written = sign.group(0).strip()
        right_end = _right_run(text, sign.end())
        modulus = _MODULUS.match(text, right_end)
        if modulus is None or written == "=" and modulus.group("p") is None:
            continue
        left = _left_run(text, sign.start())
        lhs, rhs = text[left:sign.start()], text[sign.end():right_end]
        m = modulus.group("p") or modulus.group("b")
        maths = f"{_latex(lhs)} \\equiv {_latex(rhs)} \\pmod{{{m}}}"
        return f"{text[:left]}${maths}${text[modulus.end():]}"
    return None


def _congruences(text: str) -> str | None:
    """The text with each of its congruences wrapped, in turn; None when it has none."""
    done, rest = "", text
    while (got := _congruence(rest)) is not None:
        close = got.rindex("$") + 1  # the end of the piece just written (the rest has none)
        done, rest = done + got[:close], got[close:]
    return done + rest if done else None


def _residue(text: str) -> str:
    """The text with its congruences, or one residue asked ("7^100 mod 13"), wrapped."""
    got = _congruences(text)
    if got is not None:
        return got
    bare = _BARE_MOD.search(text)
    if bare is None or not re.search(r"[-+*/^]", text[(left := _left_run(text, bare.start())):
                                                      bare.start()]) or \
            re.search(r"(?:=|≡|\\equiv)\s*$", text[:left]):  # "4x = 3 mod 11": which is meant?
        return text  # "the order of 2 mod 9": a number alone is read by the words around it
    run = text[left:bare.start()]
    if _TOP_SUM.search(re.sub(r"\([^()]*\)|\{[^{}]*\}", "", run)):
        return text  # "10 + 2^10 mod 7": (10 + 2^10) mod 7, or 10 + (2^10 mod 7)?
    maths = f"{_latex(run)} \\pmod{{{bare.group('m') or bare.group('m2')}}}"
    return f"{text[:left]}${maths}${text[bare.end():]}"


def _between(text: str) -> str:
    """The plain maths between the text's `$...$` pieces wrapped too."""
    out, last = [], 0
    for m in [*_MATHS_SPAN.finditer(text), None]:
        piece = text[last:m.start() if m else len(text)]
        out.append(wrap_plain_maths(piece) or piece if piece.strip() else piece)
        if m is not None:
            out.append(m.group(0))
            last = m.end()
    return "".join(out)


def wrapped(text: str) -> str:
    """The text with its factorials, congruence or residue typed as plain text written as
    LaTeX in `$...$`, and then its other plain maths; unchanged when it has maths
    delimiters or none of these. A factorial said as a word ("30 factorial") is written
    as its sign when every sign then sits in maths; else the words stay for the readers
    of spoken maths ("6 factorial divided by 4 factorial")."""
    if "$" in text or "\\(" in text or "\\[" in text:
        return text
    # (with an operation said in words beside one, "5 factorial times 2 minus 3 factorial",
    # the words stay for the readers of spoken arithmetic: a sign beside a word reads
    # neither way)
    signed = text if _SPOKEN_OPERATION.search(text) else _FACTORIAL_WORD.sub(r"\1!", text)
    if signed != text:
        got = _wrapped(signed)
        return got if got != signed and not _BARE_FACTORIAL.search(got) else text
    return _wrapped(text)


def _wrapped(text: str) -> str:
    if _LONE_FACTORIAL.fullmatch(text):
        return f"${text.strip().rstrip('?').strip()}$"
    if _FACTORIAL_IN_EXPRESSION.search(text) and "mod" not in text:
        whole = wrap_plain_maths(text)
        return whole if whole is not None and not _BARE_FACTORIAL.search(whole) else text
    got = _FACTORIAL_CHAIN.sub(lambda m: "$" + _DOTS.sub(r"\\cdots", m.group(0)) + "$", text)
    got = _FACTORIAL_IN_SENTENCE.sub(lambda m: f"${m.group(0)}$", got)
    asked = _QUESTION_ENDING.search(got)
    if asked is not None:
        got = f"{got[:asked.start(1)]}${asked.group(1)}${got[asked.end(1):]}"
    if "mod" in got:
        try:
            got = _residue(got)
        except Decline:
            return text
    return _between(got) if got != text else text


__all__ = ["wrapped"]
