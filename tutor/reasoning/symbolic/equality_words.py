"""Two pieces of maths said to be equal in words, joined into one equation: "For what value
of $x$ is $3x + 7$ equal to 22?" reads "For what value of $x$ is $3x + 7 = 22$?", "For what
$x$ does $2^{x+1}$ equal $32$?" and "For which $t$ will $\\frac{t+1}{3}$ and $\\frac{t}{2}$ be
equal?" likewise.

Statements about angles in words become equations too: "$\\angle A$ is twice $\\angle B$",
"$\\angle C$ is $30^\\circ$", "the sum of $\\angle P$ and $\\angle Q$ is $60^\\circ$"; and
statements relating two letters: "$a$ is seven less than $b$" ($a = b - 7$), "$p$ is 5 more
than twice $q$", "$x$ is four times $y$", "$m$ exceeds $n$ by 3"; and a part or multiple
of a piece said equal to another: "one-fourth of $2^{30}$ is equal to $2^x$"; and a pair
told by two of its means, sum or product: "$x$ and $y$ have an arithmetic mean of 18 and a
geometric mean of $\\sqrt{92}$" ($x + y = 36$ and $x y = 92$); and a letter's value in
words: "if the value of $y$ is $5 - b$" ($y = 5 - b$).

Only two single pieces of maths are joined, and neither may hold a relation or a list
(`=`, `<`, a comma ...), so nothing is read into a piece that was not in it. Like the other
respellings the engine tries this only after the problem as written is declined.
"""

from __future__ import annotations

import re

_PIECE = r"\$(?P<{0}>[^$]+)\$"
_NUMBER = r"(?P<n>-?\d+(?:\.\d+)?)(?![\w.]*\d)"
_EQUAL_TO = re.compile(r"\b(?:is|does|will|would) " + _PIECE.format("e")
                       + r" (?:be )?(?:equal to|equal|equals) (?:" + _PIECE.format("f") + "|"
                       + _NUMBER + r")")
_BOTH_EQUAL = re.compile(r"\b(?:are|will|would|do) " + _PIECE.format("e") + r" and "
                         + _PIECE.format("f") + r" (?:be )?(?:equal|the same)\b")
_RELATION = re.compile(r"=|<|>|\\(?:le|ge|ne|leq|geq|neq|lt|gt|approx|equiv)(?![a-zA-Z])|,|;"
                       r"|\\text|\\quad")


# an angle named in maths: "$\angle A$", "$\angle ABC$", "$m\angle B$"
_ANGLE = r"\$(?P<{0}>(?:m\s*)?\\angle\s*[A-Z]{{1,3}})\$"
_MEASURE = (r"\$(?P<v>\d+(?:\.\d+)?\s*(?:\^\s*\{?\s*\\circ\s*\}?)?)\$"
            r"|(?P<w>\d+(?:\.\d+)?) degrees")
# multiplier words, as a factor (each pattern below allows only some of them)
_TIMES = {"twice": "2", "double": "2", "triple": "3", "thrice": "3", "three times": "3",
          "four times": "4", "five times": "5", "half": "\\frac{1}{2}", "half of": "\\frac{1}{2}"}
# "$\angle A$ is twice $\angle B$", "$\angle C$ is $30^\circ$", "the sum of $\angle P$ and
# $\angle Q$ is $60^\circ$": statements about angles in words, as equations
_ANGLE_TIMES = re.compile(_ANGLE.format("a") + r" (?:is|measures) (?P<k>twice|double|three times"
                          r"|four times|five times|half)(?: the measure of)? " + _ANGLE.format("b"))
_ANGLE_IS = re.compile(_ANGLE.format("a") + r" (?:is|measures|equals) (?:" + _MEASURE
                       + r")(?=\s*(?:[,.;?]|and\b|then\b|$))")
_ANGLE_SUM = re.compile(r"the sum of (?:the measures of )?" + _ANGLE.format("a") + r" and "
                        + _ANGLE.format("b") + r" is (?:" + _MEASURE
                        + r")(?=\s*(?:[,.;?]|and\b|$))")


def _angles_said(text: str) -> str:
    def degrees(m: re.Match[str]) -> str:
        return m.group("v") if m.group("v") else f"{m.group('w')}^\\circ"

    text = _ANGLE_TIMES.sub(lambda m: f"${m.group('a')} = {_TIMES[m.group('k')]} {m.group('b')}$",
                            text)
    text = _ANGLE_SUM.sub(lambda m: f"${m.group('a')} + {m.group('b')} = {degrees(m)}$", text)
    return _ANGLE_IS.sub(lambda m: f"${m.group('a')} = {degrees(m)}$", text)


# a letter said in words to be a multiple of another, or a number more or less than one:
# "$a$ is 7 less than $b$", "$p$ is 5 more than twice $q$", "$x$ is 4 times $y$",
# "$m$ exceeds $n$ by 3" (numbers in words are digits by now)
_LETTER = r"\$\s*(?P<{0}>[a-zA-Z])\s*\$"
_AMOUNT = r"(?:\$\s*(?P<n>\d+(?:\.\d+)?)\s*\$|(?P<n2>\d+(?:\.\d+)?))"
_FACTOR = r"(?P<k>twice|double|triple|thrice|half(?: of)?|(?P<kn>\d+(?:\.\d+)?) times)"
_END = r"(?=\s*(?:[,.;?]|and\b|then\b|$))"
_MORE_LESS = re.compile(_LETTER.format("a") + r" is " + _AMOUNT + r" (?P<dir>more|greater|larger"
                        r"|bigger|less|fewer|smaller) than (?:" + _FACTOR + r" )?"
                        + _LETTER.format("b") + _END)
_MULTIPLE = re.compile(_LETTER.format("a") + r" is " + _FACTOR + r"(?: as (?:large|big|much) "
                       r"as)? " + _LETTER.format("b") + _END)
_EXCEEDS = re.compile(_LETTER.format("a") + r" exceeds " + _LETTER.format("b") + r" by "
                      + _AMOUNT + _END)


def _letter_equation(m: re.Match[str]) -> str:
    """One letter as a multiple of another, plus or minus a number ("a = 2 b - 7"); a letter
    related to itself stays in words."""
    a, b, g = m.group("a"), m.group("b"), m.groupdict()
    if a == b:
        return m.group(0)
    factor = (g.get("kn") or _TIMES[g["k"]]) + " " if g.get("k") else ""
    amount = g.get("n") or g.get("n2")
    sign = "-" if g.get("dir") in ("less", "fewer", "smaller") else "+"
    return f"${a} = {factor}{b}" + (f" {sign} {amount}$" if amount else "$")


def _letters_said(text: str) -> str:
    for pattern in (_MORE_LESS, _MULTIPLE, _EXCEEDS):
        text = pattern.sub(_letter_equation, text)
    return text


# "one-fourth of $2^{30}$ is equal to $2^x$" (numbers in words are pieces by now), "half of
# $4^{10}$ equals $2^n$", "twice $3^k$ is $54$": a part or multiple of a piece said equal
_PART_OF = re.compile(r"(?:\$(?P<f>\\frac\{\d+\}\{\d+\}|\d+(?:\.\d+)?)\$ of|(?P<w>half|twice|"
                      r"double|triple|three times) (?:of )?)\s*" + _PIECE.format("e")
                      + r" (?:is equal to|equals|is) " + _PIECE.format("g")
                      + r"(?=\s*(?:[,.;?]|and\b|then\b|$))")


def _parts_said(text: str) -> str:
    def join(m: re.Match[str]) -> str:
        e, g = m.group("e"), m.group("g")
        if _RELATION.search(e) or _RELATION.search(g):
            return m.group(0)
        k = m.group("f") or _TIMES[m.group("w")]
        return f"${k} \\cdot \\left({e.strip()}\\right) = {g.strip()}$"

    return _PART_OF.sub(join, text)


# "Real numbers $x$ and $y$ have an arithmetic mean of 18 and a geometric mean of
# $\sqrt{92}$": each measure of the pair as an equation
_MEASURE_OF = r"an? (?P<{0}>arithmetic mean|geometric mean|harmonic mean|sum|product) of " \
    r"(?:\$(?P<{0}v>[^$]+)\$|(?P<{0}n>-?\d+(?:\.\d+)?))"
_PAIR_MEASURES = re.compile(_LETTER.format("a") + r" and " + _LETTER.format("b") + r" have "
                            + _MEASURE_OF.format("m1") + r",? and " + _MEASURE_OF.format("m2")
                            + _END)
_MEASURES = {"arithmetic mean": "\\frac{{{a} + {b}}}{{2}}",
             "harmonic mean": "\\frac{{2}}{{\\frac{{1}}{{{a}}} + \\frac{{1}}{{{b}}}}}",
             "sum": "{a} + {b}", "product": "{a} {b}"}


def _measures_said(text: str) -> str:
    def join(m: re.Match[str]) -> str:
        a, b = m.group("a"), m.group("b")
        out = []
        for g in ("m1", "m2"):
            v = m.group(g + "v") or m.group(g + "n")
            if _RELATION.search(v):
                return m.group(0)
            if m.group(g) == "geometric mean":  # sqrt(ab) = G: ab = G^2, G not negative
                if v.strip().startswith("-"):
                    return m.group(0)
                out.append(f"${a} {b} = \\left({v.strip()}\\right)^2$")
                continue
            out.append(f"${_MEASURES[m.group(g)].format(a=a, b=b)} = {v.strip()}$")
        if a == b or m.group("m1") == m.group("m2"):
            return m.group(0)
        return f"${a}$ and ${b}$ satisfy {out[0]} and {out[1]}"

    return _PAIR_MEASURES.sub(join, text)


# "Evaluate $x - a + 3$ if the value of $x$ is $a + 7$": a letter given its value in words
_VALUE_IS = re.compile(r"\b(?P<w>if|when|given that|where) the value of " + _LETTER.format("a")
                       + r" is " + _PIECE.format("e") + _END)


def _values_said(text: str) -> str:
    def join(m: re.Match[str]) -> str:
        if _RELATION.search(m.group("e")):
            return m.group(0)
        return f"{m.group('w')} ${m.group('a')} = {m.group('e').strip()}$"

    return _VALUE_IS.sub(join, text)


def equalities_joined(text: str) -> str:
    """The text with "is $E$ equal to $F$" (and the other wordings) as "is $E = F$", and
    statements about angles in words as equations."""
    def join(m: re.Match[str]) -> str:
        left, right = m.group("e"), m.group("f") or m.groupdict().get("n")
        if right is None or _RELATION.search(left) or _RELATION.search(right):
            return m.group(0)
        return f"is ${left.strip()} = {right.strip()}$"

    text = _angles_said(_BOTH_EQUAL.sub(join, _EQUAL_TO.sub(join, text)))
    return _values_said(_measures_said(_parts_said(_letters_said(text))))


__all__ = ["equalities_joined"]
