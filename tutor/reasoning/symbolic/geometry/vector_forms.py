"""Vectors written other ways than a `pmatrix` column, rewritten as one.

People write the vector with entries 2, -1, 4 as a column `\\begin{pmatrix}`, as
`\\langle 2, -1, 4 \\rangle`, as `<2, -1, 4>` or, when the question says vectors, as
`(2, -1, 4)`; and name it `\\mathbf{u} = ...`, `\\vec{u} = ...` or just `u = ...`.
`as_columns` rewrites every such vector of a problem as a `pmatrix` column (a name as
`\\mathbf{u}`), so the vector readers read one notation. Only plain numbers become
entries; nothing is evaluated as text."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.typed import words

_NUM = r"-?\s*(?:\d+(?:\.\d+)?|\\frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\}|\\d?frac\s*\d\d)"
_ENTRIES = rf"({_NUM}(?:\s*,\s*{_NUM}){{1,3}})"
_OPEN = r"(?:\\left\s*)?(?:\(|\[|\\langle|<|⟨)"
_CLOSE = r"(?:\\right\s*)?(?:\)|\]|\\rangle|>|⟩)"
_NAMED = r"(?:\\(?:mathbf|bold|vec|boldsymbol|overrightarrow)\s*\{\s*([A-Za-z])\s*\}|([a-z]))"
# a vector in a piece: "(2, -1, 4)", "\langle 2, -1 \rangle", "\mathbf{u} = (2, -1, 4)",
# "u = <1, 2>"
_PIECE = re.compile(rf"(?:^\s*{_NAMED}\s*=\s*)?({_OPEN})\s*{_ENTRIES}\s*({_CLOSE})")
# "3\mathbf{i} - 2\mathbf{j} + \mathbf{k}": a vector by its components along the axes
_UNIT = r"\\(?:mathbf|hat|vec|boldsymbol)\s*\{?\s*([ijk])\s*\}?"
_COEF = r"(?:\d+(?:\.\d+)?|\\frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\})"
_TERM = re.compile(rf"\s*([-+]?)\s*({_COEF})?\s*{_UNIT}")
_AXES = re.compile(rf"(?:^\s*{_NAMED}\s*=\s*)?((?:\s*[-+]?\s*{_COEF}?\s*{_UNIT})+)\s*$")
# a vector whose entries the plain-text reader split into pieces: "u = < @0@, @1@ >"
_SPREAD = re.compile(r"(?:\b([a-z]) = )?(<|⟨|\(|\[|\\langle) ?(@\d+@(?: ?, ?@\d+@){1,3}) ?"
                     r"(>|⟩|\)|\]|\\rangle)")
# "\mathbf u", "\vec{u}", "\overrightarrow{u}", "\bm{u}": one name, written \mathbf{u}
_BOLD = re.compile(r"\\(?:mathbf|vec|boldsymbol|bold|overrightarrow|bm)\s*(?:\{\s*([A-Za-z])\s*\}"
                   r"|([A-Za-z])(?![A-Za-z]))")
_PAIRS = {"(": ")", "[": "]", "<": ">", "⟨": "⟩", "\\langle": "\\rangle"}
# a row of numbers: a vector written across when the question speaks of vectors
_ROW = re.compile(r"\\begin\{([pb])matrix\}([^\\&]*(?:&[^\\&]*){1,3})\\end\{\1matrix\}")
# words that make "(2, -1, 4)" a vector, not a point or an interval
_VECTOR_WORDS = frozenset("vector vectors dot cross scalar inner projection".split())
# "@0@ · @1@", "u · v": a product written in the words between two vectors ("·" typed as "*")
_PRODUCT_WORDS = re.compile(r"(?:@(\d+)@|\b([a-z])\b) ?(·|\*|×|\\cdot|\\times) ?"
                            r"(?:@(\d+)@|\b([a-z])\b)")
# "3i - 2j + k" typed without bold letters
_PLAIN_AXES = re.compile(r"(\s*[a-z]\s*=)?((?:\s*[-+]?\s*(?:\d+(?:\.\d+)?)?\s*[ijk]"
                         r"(?![A-Za-z]))+)\s*")
# "u \cdot v", "\mathbf{a} \times \mathbf{b}", "(1, 2) \cdot (3, 4)": a product of vectors
_PRODUCT = re.compile(r"(?:\b[a-z]|[})])\s*\\(?:cdot|times)\s*"
                      r"(?:[a-z]\b|\\mathbf|(?:\\left\s*)?\()")


def _column(entries: list[str]) -> str:
    return "\\begin{pmatrix} " + " \\\\ ".join(e.strip() for e in entries) + " \\end{pmatrix}"


def _bracket(opening: str) -> str:
    """The bracket itself, without \\left."""
    return next(b for b in _PAIRS if opening.endswith(b))


def _components(terms: str, size: int) -> str:
    """"3\\mathbf{i} - 2\\mathbf{j}" as a column of `size` entries; an axis said twice
    is left as written (the reader declines it)."""
    entries = ["0"] * size
    seen: set[str] = set()
    for m in _TERM.finditer(terms):
        axis = "ijk".index(m.group(3))
        if m.group(3) in seen or axis >= size:
            return terms
        seen.add(m.group(3))
        entries[axis] = ("-" if m.group(1) == "-" else "") + (m.group(2) or "1")
    return _column(entries)


def _products(template: str, maths: list[str]) -> str:
    """"@0@ · @1@" and "u · v" in the words: one piece, the product of the two vectors."""
    def operand(place: str | None, letter: str | None) -> str | None:
        if letter:
            return f"\\mathbf{{{letter}}}"
        src = maths[int(place or 0)].strip()
        if re.fullmatch(r"\\mathbf\{[a-z]\}", src) or ("pmatrix" in src and "=" not in src):
            return src
        return None

    def product(m: re.Match[str]) -> str:
        a, b = operand(m.group(1), m.group(2)), operand(m.group(4), m.group(5))
        if a is None or b is None:
            return m.group(0)
        sign = "\\times" if m.group(3) in ("×", "\\times") else "\\cdot"
        maths.append(f"{a} {sign} {b}")
        return f"@{len(maths) - 1}@"

    return _PRODUCT_WORDS.sub(product, template)


def as_columns(split: Split, template: str) -> tuple[Split, str] | None:
    """The problem with its vectors as `pmatrix` columns, or None when it has none to
    rewrite. Parentheses are read as a vector only when the question speaks of vectors
    (or a dot, cross, scalar or inner product)."""
    maths = [_BOLD.sub(lambda m: f"\\mathbf{{{m.group(1) or m.group(2)}}}", src)
             for src in split.maths]
    used = [maths[int(p)] for p in re.findall(r"@(\d+)@", template)]
    parens = bool(words(template) & _VECTOR_WORDS) or bool(re.search(r"[·*]", template)) or any(
        _PRODUCT.search(src) for src in used)
    letters: set[str] = set()

    def fits(opening: str, closing: str, bold: bool = False) -> bool:
        shut = _PAIRS[_bracket(opening)]
        return closing.endswith(shut) and (parens or bold or _bracket(opening) not in "([")

    def spread(m: re.Match[str]) -> str:
        pieces = [maths[int(p)] for p in re.findall(r"@(\d+)@", m.group(3))]
        if not fits(m.group(2), m.group(4)) or not all(
                re.fullmatch(rf"\s*{_NUM}\s*", p) for p in pieces):
            return m.group(0)
        name = m.group(1)
        if name:
            letters.add(name)
        maths.append((f"\\mathbf{{{name}}} = " if name else "") + _column(pieces))
        return f"@{len(maths) - 1}@"

    def inline(m: re.Match[str]) -> str:
        if not fits(m.group(3), m.group(5), bold=bool(m.group(1))):
            return m.group(0)
        name = m.group(1) or m.group(2)
        if m.group(2):
            letters.add(m.group(2))
        return (f"\\mathbf{{{name}}} = " if name else "") + _column(m.group(4).split(","))

    def named(m: re.Match[str]) -> str:  # "a = $3i - 4j$": the name left in the words
        i = int(m.group(2))
        if not parens or "=" in maths[i]:
            return m.group(0)
        maths[i] = f"{m.group(1)} = {maths[i]}"
        return f"@{i}@"

    out = re.sub(r"\b([a-z]) = @(\d+)@", named, _SPREAD.sub(spread, template))
    places = list(dict.fromkeys(int(p) for p in re.findall(r"@(\d+)@", out)))
    for i in places:
        maths[i] = _PIECE.sub(inline, maths[i])
        if parens:
            maths[i] = _ROW.sub(lambda m: _column(m.group(2).split("&")), maths[i])
        plain = _PLAIN_AXES.fullmatch(maths[i])
        if parens and plain and "j" in plain.group(2):
            maths[i] = maths[i][:plain.start(2)] + re.sub(
                r"(?<![A-Za-z\\])([ijk])(?![A-Za-z])", r"\\mathbf{\1}", plain.group(2))
    size = 3 if any(re.search(_UNIT.replace("[ijk]", "k"), maths[i]) for i in places) else 2
    for i in places:
        axes = _AXES.fullmatch(maths[i])
        if axes:
            name = axes.group(1) or axes.group(2)
            maths[i] = (f"\\mathbf{{{name}}} = " if name else "") + _components(
                axes.group(3), size)
    if letters:  # "u \cdot v" once u and v are named vectors
        pattern = re.compile(r"(?<![A-Za-z\\{])([" + "".join(sorted(letters)) + r"])(?![A-Za-z}])")
        for i in dict.fromkeys(int(p) for p in re.findall(r"@(\d+)@", out)):
            if "pmatrix" not in maths[i]:
                maths[i] = pattern.sub(r"\\mathbf{\1}", maths[i])
    out = _products(out, maths)
    if letters:  # "the vectors u and v are ...": the names said in words
        out = re.sub(r"\b[" + "".join(sorted(letters)) + r"]\b(?! =)", "", out)
    if maths == split.maths and out == template:
        return None
    return Split(out, maths), out


__all__ = ["as_columns"]
