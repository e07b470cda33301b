"""A sentence of the problem and the equation it is written as, in one step: "30% of $x$ is
12: $\\frac{3x}{10} = 12$", "15 is what percent of 60: $\\frac{3x}{5} = 15$", "A number
increased by 3 is 10: $x + 3 = 10$", "27 increased by 2 times a number is 39: $2x + 27 =
39$", "0.4 of number = 14: $\\frac{2n}{5} = 14$", "60 = 20% less than number: $60 =
\\frac{4n}{5}$". The step's claim is that the equation says what the words say.

The words are read with a small grammar of one unknown ("a number", "what number", "what
percent", the equation's letter) and numbers: "of" after a percent or a fraction, "times",
"twice", "divided by", "plus", "minus", "increased/decreased by", "more/less than", and a
percent of the unknown; the whole sentence must be read, or nothing is. Its one solution is
then put into the equation with exact fractions: verified when the equation holds there
and nowhere else (it is linear in its one letter, not an identity). Never refuted: words
read another way may be meant. Plain fraction work (no SymPy), in the checking process."""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.verify.verdict import ClaimResult, Verdict

Linear = tuple[Fraction, Fraction]  # a·U + b
_STEP = re.compile(r"\s*(?P<words>[A-Za-z0-9$][^:]{3,120}?)\s*:\s*\$(?P<lhs>[^$=]{1,80})="
                   r"(?P<rhs>[^$=]{1,80})\$\s*\.?\s*")
_UNKNOWN = re.compile(r"\b(?:what\s+number|(?:a|the)\s+number|number|what)\b")
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?")
_SAYS = re.compile(r"\s+(?:is|equals|is\s+equal\s+to)\s+|\s*=\s*")
_LETTER = re.compile(r"(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])")
_METHOD = "the words' solution put into the equation, exact fractions"


def _number(text: str) -> Fraction | None:
    return Fraction(text) if _NUMBER.fullmatch(text) else None


def _times(a: Linear | None, b: Linear | None) -> Linear | None:
    """A product with a constant factor; None when both have the unknown."""
    if a is None or b is None or a[0] and b[0]:
        return None
    return (a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _plus(a: Linear | None, b: Linear | None, sign: int = 1) -> Linear | None:
    if a is None or b is None:
        return None
    return (a[0] + sign * b[0], a[1] + sign * b[1])


def _percent(words: str) -> Fraction | None:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*%", words)
    return Fraction(m.group(1)) / 100 if m else None


# The binary words by how loosely they bind, each level read left to right (split at its
# last word): "27 increased by 2 times U", "10 minus 3 minus 2"
_LEVELS: list[list[tuple[str, str]]] = [
    [(r"increased\s+by", "up"), (r"decreased\s+by", "down"), (r"plus", "+"), (r"minus", "-"),
     (r"more\s+than", "more"), (r"less\s+than", "less")],
    [(r"times", "*"), (r"divided\s+by", "/")],
    [(r"of", "of")]]
_WORDS = "|".join(p for level in _LEVELS for p, _ in level) + r"|twice"


def _last_split(words: str) -> tuple[str, str, str] | None:
    """The sentence split at its loosest binary word (the last of its level)."""
    for level in _LEVELS:
        found = [(m, how) for p, how in level for m in re.finditer(rf"\s+{p}\s+", words)]
        if found:
            m, how = max(found, key=lambda f: f[0].start())
            return words[:m.start()], how, words[m.end():]
    return None


def _side(words: str) -> Linear | None:
    """One side of the sentence as a·U + b, or None when any word is not read."""
    words = words.strip()
    if words == "U":
        return (Fraction(1), Fraction(0))
    if (n := _number(words)) is not None:
        return (Fraction(0), n)
    if words in {"U%", "U %"}:
        return (Fraction(1, 100), Fraction(0))
    split = _last_split(words)
    if split is None:
        if words.startswith("twice "):
            return _times((Fraction(0), Fraction(2)), _side(words[6:]))
        return None
    left, how, right = split
    if how in {"up", "down", "more", "less"} and (p := _percent(
            right if how in {"up", "down"} else left)) is not None:
        base = _side(left if how in {"up", "down"} else right)
        return _times(base, (Fraction(0), 1 + p if how in {"up", "more"} else 1 - p))
    a, b = _side(left), _side(right)
    if how in {"up", "+"}:
        return _plus(a, b)
    if how in {"down", "-"}:
        return _plus(a, b, -1)
    if how == "more":
        return _plus(b, a)
    if how == "less":
        return _plus(b, a, -1)
    if how == "*":
        return _times(a, b)
    if how == "/":
        return None if b is None or b[0] or not b[1] else _times(a, (Fraction(0), 1 / b[1]))
    # "of": a percent, a fraction or a decimal of the other side
    p = _percent(left)
    if p is None and a is not None and not a[0] and ("/" in left or a[1] < 1):
        p = a[1]
    if p is None and left.strip() in {"U%", "U %"}:
        return _times((Fraction(1, 100), Fraction(0)), b)
    return None if p is None else _times((Fraction(0), p), b)


def _words_solution(words: str, letter: str) -> Fraction | None:
    """The one value of the unknown the sentence says, or None."""
    text = " ".join(words.lower().replace("\\%", "%").split())
    text = re.sub(r"\s*percent\b", "%", text).replace("$", "")
    text = re.sub(r"\bwhat\s*%", "U%", text)
    text = _UNKNOWN.sub("U", text)
    text = re.sub(rf"\b{re.escape(letter.lower())}\b", "U", text)
    text = re.sub(r"^x(?=\s*%)", "U", text)  # "X percent of 120 is 90"
    sides = _SAYS.split(text)
    if len(sides) != 2 or text.count("U") != 1 or not re.search(rf"%|{_WORDS}", text) or any(
            re.search(r"[a-z]", re.sub(_WORDS, "", side)) for side in sides):
        return None
    left, right = _side(sides[0]), _side(sides[1])
    if left is None or right is None or left[0] == right[0]:
        return None
    return (right[1] - left[1]) / (left[0] - right[0])


def _maths(text: str, letter: str, at: Fraction) -> Fraction | None:
    """A side of the equation at `letter` = at: numbers, the letter, + -, products and
    \\frac; None for anything else."""
    text = re.sub(r"\\left|\\right|\s+", "", text).replace("\\cdot", "*").replace("\\times", "*")
    tokens = re.findall(r"\\frac|\d+(?:\.\d+)?|[A-Za-z]|[-+*(){}]", text)
    if "".join(tokens) != text:
        return None
    pos = 0

    def expr() -> Fraction | None:
        nonlocal pos
        total, sign = Fraction(0), 1
        if pos < len(tokens) and tokens[pos] in "+-":
            sign, pos = (-1 if tokens[pos] == "-" else 1), pos + 1
        while True:
            t = term()
            if t is None:
                return None
            total += sign * t
            if pos < len(tokens) and tokens[pos] in "+-":
                sign, pos = (-1 if tokens[pos] == "-" else 1), pos + 1
                continue
            return total

    def term() -> Fraction | None:
        nonlocal pos
        value = factor()
        while value is not None and pos < len(tokens) and tokens[pos] not in "+-)}":
            pos += tokens[pos] == "*"
            f = factor()
            value = None if f is None else value * f
        return value

    def group(close: str) -> Fraction | None:
        nonlocal pos
        pos += 1
        value = expr()
        if value is None or pos >= len(tokens) or tokens[pos] != close:
            return None
        pos += 1
        return value

    def factor() -> Fraction | None:
        nonlocal pos
        if pos >= len(tokens):
            return None
        t = tokens[pos]
        if t == "\\frac":
            pos += 1
            if pos >= len(tokens) or tokens[pos] != "{":
                return None
            top = group("}")
            if top is None or pos >= len(tokens) or tokens[pos] != "{":
                return None
            bottom = group("}")
            return None if not bottom else top / bottom
        if t in "({":
            return group(")" if t == "(" else "}")
        pos += 1
        if t == letter:
            return at
        return Fraction(t) if t[0].isdigit() else None

    value = expr()
    return value if pos == len(tokens) else None


def worded_equation_claims(text: str) -> list[ClaimResult]:
    """The step "words: $equation$", checked as the equation of the words (see module doc)."""
    m = _STEP.fullmatch(text)
    if m is None:
        return []
    lhs, rhs = m.group("lhs"), m.group("rhs")
    letters = set(_LETTER.findall(re.sub(r"\\[a-zA-Z]+", " ", lhs + rhs)))
    if len(letters) != 1:
        return []
    letter, = letters
    value = _words_solution(m.group("words"), letter)
    if value is None:
        return []
    gaps = []
    for at in (value, value + 1, value + 2):
        left, right = _maths(lhs, letter, at), _maths(rhs, letter, at)
        if left is None or right is None:
            return []
        gaps.append(left - right)
    claim = f"{m.group('words').strip()}: {lhs.strip()} = {rhs.strip()}"
    if gaps[0] == 0 and gaps[1] != 0 and gaps[2] - gaps[1] == gaps[1] - gaps[0]:
        return [ClaimResult(claim, Verdict.VERIFIED, f"both say {letter} = {value}", "rewrite",
                            method=_METHOD)]
    return [ClaimResult(claim, Verdict.UNCHECKED, "the equation and the words may differ",
                        "rewrite")]


def with_worded_equation(text: str, results: list[ClaimResult]) -> list[ClaimResult]:
    """The step's results, its worded equation checked: when the words confirm the step's
    one equation, which the chain could only take as given ("an equation, not an
    identity"), the words' check stands in for it; otherwise it is added beside."""
    worded = worded_equation_claims(text)
    if worded and worded[0].verdict is Verdict.VERIFIED and len(results) == 1 \
            and results[0].verdict is Verdict.UNCHECKED and results[0].kind == "equation":
        return worded
    return [*results, *worded]


__all__ = ["with_worded_equation", "worded_equation_claims"]
