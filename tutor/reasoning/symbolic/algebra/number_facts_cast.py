"""The cast of a story about unknown numbers (`number_facts`): who the unknowns are, the
words that name them later, and what the question asks of them.

One number: "a number", "a certain positive integer $N$", "an integer" (named later "the
number", "the integer", "this number", "it", "itself", "its square", "its reciprocal",
"its double"). Two numbers: "two numbers", "two positive integers", "two consecutive odd
integers" (named later "the larger", "the smaller", "their sum", "their squares", "the two
numbers"). Words that name an unknown become its letter (a reciprocal its own letter, put
back as 1/x after the reading), so the calculation grammar reads the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from tutor.reasoning.symbolic.model import latex
from tutor.reasoning.symbolic.prealgebra.story_phrases import token_sentences

Tok = object
X, Y = sp.symbols("x y")
_KINDS = {("number",): "number", ("integer",): "integer", ("real", "number"): "number",
          ("whole", "number"): "whole", ("numbers",): "number", ("integers",): "integer",
          ("real", "numbers"): "number", ("whole", "numbers"): "whole"}
_QUALIFIERS = {"positive", "negative", "nonzero", "consecutive", "even", "odd", "different"}
_DETS = {"a", "an", "some", "one"}
_ADJ = {"certain", "particular"}
_LATER = {"the", "this", "that"}
_ORIGINAL = {"original", "same", "unknown"}
_BIG = {"larger", "greater", "bigger"}
_EXTREME = {"least", "smallest", "greatest", "largest"}  # "the least integer whose ..."
_SMALL = {"smaller", "lesser"}
_ONE = {"number", "integer", "one"}


@dataclass
class Cast:
    """The unknowns, the conditions on them, and the story's sentences in their letters."""

    unknowns: list[sp.Symbol]
    sentences: list[list[Tok]]
    qualifiers: set[str]
    kind: str
    ordered: bool = False  # the first unknown is the larger one
    extra: list[sp.Eq] = field(default_factory=list)

    @property
    def needs_rational(self) -> bool:
        return self.kind in ("integer", "whole")

    def allows(self, sol: dict) -> bool:
        vals = [sol[u] for u in self.unknowns]
        q = self.qualifiers
        if self.needs_rational and any(not v.is_integer for v in vals):
            return False
        if self.kind == "whole" and any(v < 0 for v in vals) or "positive" in q and any(
                v <= 0 for v in vals) or "negative" in q and any(v >= 0 for v in vals):
            return False
        if "nonzero" in q and any(v == 0 for v in vals):
            return False
        if "even" in q and any(not (v.is_integer and v % 2 == 0) for v in vals) or \
                "odd" in q and any(not (v.is_integer and v % 2 == 1) for v in vals):
            return False
        if len(vals) == 2 and (self.ordered and not vals[0] > vals[1] or vals[0] == vals[1]):
            return False
        return True

    def legend(self) -> str:
        if len(self.unknowns) == 1:
            return f"Call the number ${latex(self.unknowns[0])}$."
        if self.ordered:
            return "Call the larger number $x$ and the smaller $y$."
        return "Call the two numbers $x$ and $y$."


def _at(toks: list[Tok], i: int, words: tuple[str, ...]) -> bool:
    return tuple(toks[i:i + len(words)]) == words


def _kind_at(toks: list[Tok], i: int) -> tuple[str, int] | None:
    for words, kind in _KINDS.items():
        if _at(toks, i, words):
            return kind, i + len(words)
    return None


def _past(toks: list[Tok], j: int) -> int:
    """The index after the qualifiers ("positive consecutive") that start at j."""
    while j < len(toks) and toks[j] in _QUALIFIERS | _ADJ:
        j += 1
    return j


def _intro(toks: list[Tok]) -> tuple[int, int, set[str], str, int, sp.Symbol | None] | None:
    """The first phrase that brings in the unknowns: (start, end, qualifiers, kind, how
    many, a letter named for it)."""
    for i, t in enumerate(toks):
        extreme = t == "the" and i + 1 < len(toks) and toks[i + 1] in _EXTREME
        if t not in _DETS and t != "two" and not extreme:
            continue
        j = i + 1 + extreme
        while j < len(toks) and toks[j] in _ADJ:
            j += 1
        quals = set()
        while j < len(toks) and toks[j] in _QUALIFIERS:
            quals.add(str(toks[j]))
            j += 1
        got = _kind_at(toks, j)
        if got is None:
            continue
        kind, end = got
        plural = str(toks[end - 1]).endswith("s")
        if plural != (t == "two") or t == "one" and toks[i + 1] not in _ADJ:
            continue
        letter = toks[end] if end < len(toks) and isinstance(toks[end], sp.Symbol) else None
        return i + 2 * extreme, end + (letter is not None), quals, kind, 2 if plural else 1, \
            letter
    return None


def cast_of(toks: list[Tok]) -> Cast | None:
    toks = ["two" if getattr(t, "tex", None) == "2" and _kind_at(toks, _past(toks, k + 1))
            else t for k, t in enumerate(toks)]  # "two numbers", said or written
    found = _intro(toks)
    if found is None:
        return None
    start, end, quals, kind, many, letter = found
    if quals - (_QUALIFIERS if many == 2 else {"positive", "negative", "nonzero"}):
        return None
    x = letter if letter is not None else X
    toks = [("more" if t in ("greater", "bigger") and k and getattr(toks[k - 1], "tex", None)
              and toks[k + 1:k + 2] == ["than"] else t) for k, t in enumerate(toks)]
    if many == 2 and letter is not None:
        return None  # "two numbers $a$ and $b$": not this reader's cast
    out = _one(toks[:start] + [x] + toks[end:], x) if many == 1 else \
        _two(toks[:start] + [X, "and", Y] + toks[end:], [X, "and", Y])
    if out is None:
        return None
    sentences = _sentences(out)
    if not sentences or any(w in ("number", "numbers", "integer", "integers")
                            for s in sentences[:-1] for w in s):
        return None  # a number word the cast did not place
    unknowns = [x] if many == 1 else [X, Y]
    cast = Cast(unknowns, sentences, quals, kind, ordered=many == 2 and any(
        w in _BIG | _SMALL for w in toks))
    if "consecutive" in quals:
        if many != 2:
            return None
        gap = 2 if quals & {"even", "odd"} else 1
        cast.ordered = True
        cast.extra.append(sp.Eq(X, Y + gap))
    return cast


def _one(toks: list[Tok], x: sp.Symbol) -> list[Tok] | None:
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in _LATER:
            j = i + 1 + (toks[i + 1] in _ORIGINAL if i + 1 < len(toks) else 0)
            got = _kind_at(toks, j)
            if got is not None and not str(toks[got[1] - 1]).endswith("s"):
                out.append(x)
                i = got[1] + (got[1] < len(toks) and toks[got[1]] == x)
                continue
        if t == "its" and i + 1 < len(toks):
            nxt = toks[i + 1]
            if nxt in ("square", "cube", "reciprocal"):
                out += ["the", nxt, "of", x]
            elif nxt == "double":
                out += ["twofold", x]
            elif getattr(nxt, "tex", None) == "2" and toks[i + 2:i + 3] == ["times"]:
                out += ["twofold", x]  # "its double", the words read as "2 times"
                i += 1
            else:
                return None
            i += 2
            continue
        out.append(x if t == "it" else t)
        i += 1
    return _reciprocals(out, x)


def _reciprocals(toks: list[Tok], x: sp.Symbol) -> list[Tok]:
    """"the reciprocal of x" as one letter (the grammar divides by no unknown)."""
    r = sp.Symbol(f"r_{x}")
    out: list[Tok] = []
    for t in toks:
        out.append(t)
        if t == x and out[-4:-1] == ["the", "reciprocal", "of"]:
            del out[-4:]
            out.append(r)
    return out


def reciprocal_put_back(e: sp.Expr, unknowns: list[sp.Symbol]) -> sp.Expr:
    """The letters that stood for a reciprocal or a square put back as 1/x and x^2."""
    return e.subs({**{sp.Symbol(f"r_{u}"): 1 / u for u in unknowns},
                   **{sp.Symbol(f"s_{u}"): u ** 2 for u in unknowns}})


def _two(toks: list[Tok], both: list[Tok]) -> list[Tok] | None:
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "their" and nxt in ("sum", "product", "difference"):
            out += ["the", nxt, "of", *both]
            i += 2
        elif t == "their" and nxt == "squares" or _at(toks, i, ("the", "squares", "of")):
            skip = 2 if t == "their" else 3
            rest = toks[i + skip:]
            if t != "their" and rest[:3] != both and rest[:4] != ["the", "two", *rest[2:3]]:
                return None
            if t != "their":
                skip += 3
            out += [sp.Symbol(f"s_{X}"), "and", sp.Symbol(f"s_{Y}")]  # one reading only
            i += skip
        elif t == "the" and nxt in _BIG | _SMALL:
            out.append(X if nxt in _BIG else Y)
            i += 2 + (i + 2 < len(toks) and toks[i + 2] in _ONE)
            for tail in (("of", "the", "two"), ("of", "the"), ("of", "these")):
                got = _kind_at(toks, i + len(tail)) if _at(toks, i, tail) else None
                if got is not None:  # "the larger of the two numbers"
                    i = got[1]
                    break
        elif _at(toks, i, ("the", "two")) and i + 2 < len(toks) and _kind_at(toks, i + 2):
            got = _kind_at(toks, i + 2)
            assert got is not None
            out += both
            i = got[1]
        elif t == "the" and nxt in ("numbers", "integers") or t == "them":
            out += both
            i += 1 if t == "them" else 2
        elif t in ("it", "its", "itself", "their", "they", "one", "other"):
            return None
        else:
            out.append(t)
            i += 1
    return out


def _sentences(toks: list[Tok]) -> list[list[Tok]]:
    parts = token_sentences(toks)
    if parts and parts[-1][0] == "if" and "," in parts[-1]:  # "if S, what is ...?"
        last = parts[-1]
        k = len(last) - 1 - last[::-1].index(",")
        parts[-1:] = [last[1:k], last[k + 1:]]
    return parts


__all__ = ["Cast", "X", "Y", "cast_of", "reciprocal_put_back"]
