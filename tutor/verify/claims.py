"""Pull checkable claims out of a step: `a = b = c` chains become links.

Extraction is plain text work (regular expressions, no SymPy) so it runs in the
calling process; each claim is then checked in a worker with a time limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.verify.extract.conventions import is_count_of_items, is_running_prefix
from tutor.verify.plusminus import PLUS_MINUS, expand_plus_minus
from tutor.verify.segments import MAX_STEP_CHARS, Segment, find_segments, prose_text

MAX_CLAIMS_PER_STEP = 40

# Relations we check, longest first. `\approx` and friends mark approximations.
_RELATIONS = {
    "\\approx": "≈",
    "\\simeq": "≈",
    "\\sim": "≈",
    "≈": "≈",
    "~": "≈",
    "\\leq": "<=",
    "\\le": "<=",
    "\\geqslant": ">=",
    "\\leqslant": "<=",
    "\\geq": ">=",
    "\\ge": ">=",
    "≤": "<=",
    "≥": ">=",
    "<=": "<=",
    ">=": ">=",
    "\\neq": "!=",
    "\\ne": "!=",
    "≠": "!=",
    "\\lt": "<",
    "\\gt": ">",
    "=": "=",
    "<": "<",
    ">": ">",
}
_REL_RE = re.compile(
    "|".join(
        re.escape(k) + ("(?![a-zA-Z])" if k[0] == "\\" else "")
        for k in sorted(_RELATIONS, key=len, reverse=True)
    )
)
# Separators between independent statements inside one segment.
_STATEMENT_SPLIT = re.compile(
    r"\\(?:Rightarrow|Longrightarrow|implies|iff|Leftrightarrow|therefore|quad|qquad|\\)(?![a-zA-Z])"
    r"|\\text\{\s*(?:and|or|so|thus|then|hence|where|since|if|for)\b[^{}]*\}"
    r"|[;\n]|⇒|→|\\to(?![a-zA-Z])"
)
# Things that make a claim's `=` mean something other than equality of values.
_NOT_EQUALITY = re.compile(
    r"\\pmod|\\bmod|\\mod|\\equiv|≡|\bmod\b|remainder|\\pm|\\mp|±|\\cup|\\cap|\\in\b|"
    r"\\subset|\\infty|\\lim|\\sum|\\prod|\\int|\\begin|\\end|\\vec|\\overline|"
    r"\\angle|\\triangle|\\circ|°|\\deg|\\%\s*\\text|base|\\lfloor|\\lceil|\\mid|:",
    re.IGNORECASE,
)
_PROSE_NOT_EQUALITY = re.compile(
    r"remainder|quotient|\brem\b|\{\s*R\s*\}|\bcarry|\bborrow|\bmod\b|modulo|\bbase\b|\bdigit|"
    r"\bR\s*\d|congruent|\bratio\b|"
    r"\bdegrees?\b|\bunits? digit|\blast (?:two|three) digits|\bscale\b",
    re.IGNORECASE,
)
# The writer already says the statement is false: "-8 = -3 (this is not true)",
# "0 = 5, a contradiction". Marking it refuted would contradict a correct step.
_SAID_FALSE = re.compile(
    r"[\s,.;:(\\\]$]*(?:which\s+|this\s+|that\s+|it\s+)?(?:is\s+)?"
    r"(?:not\s+true|not\s+possible|impossible|false|a\s+contradiction|contradiction|"
    r"absurd|never|not\s+valid|invalid|wrong|incorrect|not\s+equal|no\s+solution)",
    re.IGNORECASE,
)
_APPROX_PROSE = re.compile(
    r"approx|about|around|roughly|nearly|close to|round|estimate|\bapp\b", re.IGNORECASE
)
_ALIGN = re.compile(r"&|\\\\(?=\s*$)")
_TEXT_UNITS = re.compile(r"\\(?:text|mathrm|textbf|mbox|operatorname|mathit)\s*\{[^{}]*\}")
_COMMA = re.compile(r"(?<!\\),\s")  # but not the thin space `\,`
_BARE_NUMBER = re.compile(r"^\d[\d,.]*%?$")
_MONEY = re.compile(r"\\\$|\$")


@dataclass(frozen=True)
class TextFlags:
    comparable: bool  # the words around do not turn `=` into something else
    approximate: bool  # the words around mark an approximation


def text_flags(before: str, inside: str, after: str) -> TextFlags:
    """What the prose in and around a claim says about its `=`."""
    return TextFlags(
        comparable=not _PROSE_NOT_EQUALITY.search(f"{before[-60:]} {inside} {after[:30]}"),
        approximate=bool(_APPROX_PROSE.search(before[-30:] + " " + after[:15])),
    )


def said_false(after: str) -> bool:
    """The text right after a claim says it is false ("-8 = -3 (this is not true)")."""
    return bool(_SAID_FALSE.match(after))


@dataclass(frozen=True)
class RawClaim:
    lhs: str
    relation: str  # one of = ≈ < > <= >= !=
    rhs: str
    source: str  # the claim as it reads, for messages
    latex: bool
    comparable: bool  # False when context says `=` is not plain equality (mod, base, ...)
    approximate: bool  # the prose or the relation marks an approximation
    single_link: bool  # the chain had only this link (`x = 6`, not `x = 2 + 4 = 6`)
    note: str = ""  # the right reading, when the extractor knows it ("706 ÷ 7 = 100 remainder 6")


def _split_top_level(text: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """Split at matches of `pattern` that are outside braces/parentheses.

    Returns [(piece, separator_before_piece), ...]; the first separator is "".
    """
    pieces: list[tuple[str, str]] = []
    depth = 0
    start = 0
    sep = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "{([":
            depth += 1
        elif ch in "})]":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = pattern.match(text, i)
            if m and m.end() > i:
                pieces.append((text[start:i], sep))
                sep = m.group(0)
                i = m.end()
                start = i
                continue
        i += 1
    pieces.append((text[start:], sep))
    return pieces


_OPERATOR = re.compile(r"(?<!^)[-+*/×÷^]|\\times|\\cdot|\\div|\\frac|\\sqrt")


@dataclass(frozen=True)
class _Side:
    text: str
    unit: str  # trailing `\text{...}` words, e.g. "minutes"
    named: bool  # words stand for a quantity ("\text{Jamal's apples} + 8")


def _side(raw: str) -> _Side:
    text = _MONEY.sub("", _ALIGN.sub(" ", raw)).replace("\\displaystyle", " ").strip()
    text = text.rstrip(".,").strip()
    unit = ""
    m = re.search(r"(?:\s*\\(?:text|mathrm|textbf|mbox|mathit)\s*\{[^{}]*\})+\s*$", text)
    if m and m.start() > 0:
        unit = re.sub(r"\\[a-z]+\s*\{|\}", "", m.group(0)).strip()
        text = text[: m.start()].strip()
    named = bool(_TEXT_UNITS.search(text))
    return _Side(text, unit, named)


def _units_agree(a: _Side, b: _Side) -> bool:
    """Sides with different units ("4 hours = 240 minutes") are not an equality of numbers."""
    if a.unit == b.unit:
        return True
    bare = a if a.unit else b  # the side that has a unit
    return bool(_OPERATOR.search(bare.text)) and not (a.unit and b.unit)


def claims_from_segment(seg: Segment, named: dict[str, str] | None = None) -> list[RawClaim]:
    """The claims of one segment.

    `named` carries, across the segments of one step, the last expression given
    for a named quantity: "\\text{Total} = 52 + 24 + 44" then "\\text{Total} = 178"
    claims that 52 + 24 + 44 = 178.
    """
    named = {} if named is None else named
    if "\\frac{d" in seg.text or "\\int" in seg.text:
        calculus = True
    else:
        calculus = False
    comparable = (  # a `±` only matters to the claims it is in: see expand_plus_minus
        not _NOT_EQUALITY.search(PLUS_MINUS.sub("+", seg.text))
        and not _PROSE_NOT_EQUALITY.search(seg.before[-60:] + " " + seg.text + " " + seg.after[:30])
        and not _SAID_FALSE.match(seg.after)
    )
    approx_prose = bool(_APPROX_PROSE.search(seg.before[-30:] + " " + seg.after[:15]))
    claims: list[RawClaim] = []
    for statement, _ in _split_top_level(seg.text, _STATEMENT_SPLIT):
        # Top-level commas separate statements ("x = 2, y = 3") unless they are
        # inside a tuple or set, which _split_top_level leaves alone.
        for part, _ in _split_top_level(statement, _COMMA):
            chain = _split_top_level(part, _REL_RE)
            if len(chain) < 2:
                continue
            sides = [_side(piece) for piece, _ in chain]
            # "one-third of 27 = 27 ÷ 3 = 9": the 27 before the first `=` is the phrase's.
            start, stop = 1, len(sides)
            if seg.operator_word_before or (
                chain[1][1] == "=" and seg.led_by_word and _BARE_NUMBER.match(sides[0].text)
            ):
                start = 2
            if seg.operator_word_after:
                stop -= 1
            if chain[1][1] == "=":
                claims.extend(_restated(sides, named, seg.latex, comparable))
            for k in range(start, stop):
                lhs, rhs = sides[k - 1], sides[k]
                rel = _RELATIONS.get(chain[k][1], chain[k][1])
                if not lhs.text or not rhs.text or lhs.named or rhs.named:
                    continue
                claims.append(
                    RawClaim(
                        lhs=lhs.text,
                        relation=rel,
                        rhs=rhs.text,
                        source=f"{lhs.text} {chain[k][1]} {rhs.text}".strip(),
                        latex=seg.latex,
                        comparable=comparable and not calculus and _units_agree(lhs, rhs)
                        and not _convention(lhs.text, rhs.text, k, len(sides), seg),
                        approximate=approx_prose or rel == "≈",
                        single_link=len(sides) == 2,
                    )
                )
    return expand_plus_minus(claims)


def _convention(lhs: str, rhs: str, k: int, n_sides: int, seg: Segment) -> bool:
    """The link is a writing convention (see extract.conventions), not an equality."""
    if k < n_sides - 1 and _OPERATOR.search(rhs) and is_running_prefix(lhs, rhs):
        return True
    counted = k == n_sides - 1 and not seg.latex and seg.after.lstrip()[:1].isalpha()
    return counted and is_count_of_items(lhs, rhs)


def _restated(
    sides: list[_Side], named: dict[str, str], latex: bool, comparable: bool
) -> list[RawClaim]:
    """A named quantity given an expression, then restated as a bare number."""
    if not sides[0].named or len(sides) < 2 or sides[1].named or not sides[1].text:
        return []
    name = re.sub(r"\s+", " ", sides[0].text).strip().lower()
    value = sides[1].text
    earlier = named.get(name)
    named[name] = value if len(sides) == 2 else sides[-1].text
    if (earlier is None or len(sides) != 2 or not _BARE_NUMBER.match(value)
            or not _OPERATOR.search(earlier)):
        return []
    return [RawClaim(
        lhs=earlier, relation="=", rhs=value,
        source=f"{sides[0].text} = {earlier} and then = {value}",
        latex=latex, comparable=comparable, approximate=False, single_link=False,
    )]


def extract_claims(step: str) -> list[RawClaim]:
    """Every relation link in every maths segment of the step, in order, then the
    prose arithmetic with units and the divisions with remainders."""
    from tutor.verify.latex_prose import latex_as_prose
    from tutor.verify.remainders import remainder_claims  # these build on this module
    from tutor.verify.unit_arith import unit_claims

    step = step[:MAX_STEP_CHARS]  # every reader below sees the capped text
    claims: list[RawClaim] = []
    named: dict[str, str] = {}
    for seg in find_segments(step):
        claims.extend(claims_from_segment(seg, named))
        if len(claims) >= MAX_CLAIMS_PER_STEP:
            return claims[:MAX_CLAIMS_PER_STEP]
    claims.extend(unit_claims(prose_text(step, latex_as_prose), MAX_CLAIMS_PER_STEP))
    if len(claims) < MAX_CLAIMS_PER_STEP:
        claims.extend(remainder_claims(step))
    return claims[:MAX_CLAIMS_PER_STEP]
