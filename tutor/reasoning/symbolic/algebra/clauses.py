"""Reading a problem's conditions for the algebra typed readers.

A condition is a relation between maths pieces: an equation (`x + y = 7`), an inequality
(`x > 0`, `0 \\le t \\le 3`, `x \\ne 0`), or a qualifier said in words about listed
letters ("$x$ and $y$ are positive real numbers", "for positive integers $a$, $b$").
A qualifier applies only to the letters it is said of; a qualifier word whose letters
cannot be told is never skipped over (`Decline`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import group_end, parse_latex

# qualifier adjectives and the kind each one sets
# ("distinct" is said of the letters together: no two of them are equal)
_ADJECTIVES = {"positive": "positive", "negative": "negative", "nonzero": "nonzero",
               "nonnegative": "nonnegative", "real": "real", "integer": "integer",
               "distinct": "distinct"}
ADJ = r"(?:positive|negative|nonzero|non-zero|nonnegative|non-negative|real|integer|distinct)"
_NOUN = r"(?:numbers?|integers?|constants?|values?)"
_QUALS = rf"(?:{ADJ}(?:,? (?:and )?{ADJ})*(?: {_NOUN})?|{_NOUN})"
# "$a$, $b$ and $c$"; "$a,$ $b,$ $c$" loses its commas inside the maths
LETTERS = r"@\d+@(?:(?:,|,? and)? @\d+@)*"
_AFTER = re.compile(rf"(?P<letters>{LETTERS}),? (?:is|are|be)(?: both| all| each)?(?: (?:a|an)| "
                    rf"(?P<count>two|three|four))? (?P<quals>{_QUALS})\b")
_BEFORE = re.compile(rf"\b(?P<quals>{ADJ}(?:,? (?:and )?{ADJ})*(?: {_NOUN})?) "
                     rf"(?P<letters>{LETTERS})")
# "the positive value of $k$", "what nonzero values of $a$": said of the letter's value
_VALUE_OF = re.compile(rf"\b(?P<quals>{ADJ}(?:,? (?:and )?{ADJ})*) (?P<noun>values? of) "
                       rf"(?P<letters>@\d+@)(?! ?[\^_(+*/-])")
QUALIFIER_WORDS = frozenset("positive negative nonzero nonnegative non zero real integer "
                            "integers distinct".split())


@dataclass
class Conditions:
    """The relations a problem states and the qualifiers of its letters."""

    equations: list[sp.Equality] = field(default_factory=list)
    inequalities: list[sp.Basic] = field(default_factory=list)
    kinds: dict[sp.Symbol, set[str]] = field(default_factory=dict)  # letter -> qualifiers

    def holds(self, values: dict[sp.Symbol, sp.Basic]) -> bool:
        """Every qualifier and inequality is true at these (exact, real) values."""
        for x, kinds in self.kinds.items():
            if x in values and not all(_is(values[x], k) for k in kinds):
                return False
        for rel in self.inequalities:
            got = rel.subs(values)
            if got not in (sp.true, sp.false):
                got = _decide(rel, values)
            if got is not sp.true:
                return False
        return True

    def excludes(self, family: dict[sp.Symbol, sp.Basic]) -> bool:
        """True when a family of solutions (unknowns in terms of free ones) breaks a stated
        `\\ne` everywhere: both sides are the same expression on it."""
        return any(isinstance(rel, sp.Ne) and sp.simplify((rel.lhs - rel.rhs).subs(family))
                   == 0 for rel in self.inequalities)


def _is(v: sp.Basic, kind: str) -> bool:
    if kind == "real":
        return bool(v.is_real)
    if kind == "integer":
        return bool(v.is_integer)
    if v.is_real is not True:
        return False
    sign = _sign(v)
    return {"positive": sign > 0, "negative": sign < 0, "nonzero": sign != 0,
            "nonnegative": sign >= 0}[kind]


def _sign(v: sp.Basic) -> int:
    """The sign of a real constant, exactly when SymPy can tell, else numerically."""
    if v.is_zero:
        return 0
    if v.is_positive:
        return 1
    if v.is_negative:
        return -1
    approx = sp.N(v, 50)
    if not approx.is_real or abs(approx) < sp.Float("1e-40"):
        raise Decline("the sign of a value cannot be told")
    return 1 if approx > 0 else -1


def _decide(rel: sp.Basic, values: dict) -> sp.Basic:
    diff = sp.simplify((rel.lhs - rel.rhs).subs(values))
    if not diff.is_number or diff.is_real is False:
        raise Decline("an inequality cannot be decided at a solution")
    s = _sign(diff)
    op = rel.rel_op
    ok = {"<": s < 0, ">": s > 0, "<=": s <= 0, ">=": s >= 0, "!=": s != 0}[op]
    return sp.true if ok else sp.false


# conditions said in words: each becomes a relation piece of its own
_P = r"@(\d+)@"
_NAMED = r"(?:the (?:sum|expression|quantity|number|value of) )?"
_SAID: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"the ratio of {_P} to {_P} is {_P} to {_P}"),
     r"\frac{{({0})}}{{({1})}} = \frac{{({2})}}{{({3})}}"),
    (re.compile(rf"the sum of {_P} and {_P} is {_P}"), "({0}) + ({1}) = {2}"),
    (re.compile(rf"the product of {_P} and {_P} is {_P}"), "({0}) \\cdot ({1}) = {2}"),
    # "the distance between $x$ and $4$ on the number line is $7$": |x - 4| = 7
    (re.compile(rf"the distance (?:between|from) {_P} (?:and|to) {_P}(?: on the number line)? "
                rf"is {_P}"), "\\left|({0}) - ({1})\\right| = {2}"),
]
_COMPARE = {"less than or equal to": "\\le", "greater than or equal to": "\\ge",
            "less than": "<", "greater than": ">", "at most": "\\le", "at least": "\\ge"}
for _words, _op in _COMPARE.items():  # "$E$ is less than $5$", "is $E$ less than $5$"
    _SAID += [(re.compile(rf"{_NAMED}{_P} is (?:strictly )?{_words} {_P}"), f"{{0}} {_op} {{1}}"),
              (re.compile(rf"is {_NAMED}{_P} (?:strictly )?{_words} {_P}"), f"{{0}} {_op} {{1}}")]
# "$\frac{N}{56}$ is strictly between $\frac{3}{7}$ and $\frac{1}{4}$": between its two
# ends, whichever is written first; "between" alone may include the ends, and is not read
_BETWEEN = re.compile(rf"{_NAMED}{_P} is strictly between {_P} and {_P}")


def _between(inner: str, one: str, other: str) -> str:
    """`low < inner < high`, the ends in order (numbers only)."""
    ends = [parse_latex(e) for e in (one, other)]
    if not all(isinstance(e, sp.Expr) and e.is_number and e.is_real for e in ends) \
            or ends[0] == ends[1]:
        raise Decline("the ends of 'between' are not two different numbers")
    low, high = (one, other) if bool(ends[0] < ends[1]) else (other, one)
    return f"{low} < {inner} < {high}"
SAID_WORDS = frozenset("ratio to sum product of and is strictly less greater than or equal "
                       "at most least expression quantity number value between".split())


def said_relations(template: str, maths: list[str]) -> tuple[str, list[str]]:
    """Conditions said in words ("the ratio of $x$ to $y$ is $3$ to $4$", "$x^2 + 1$ is
    less than $50$") as relation pieces appended to the maths, the words replaced by them."""
    maths = list(maths)
    for pattern, form in _SAID:
        def put(m: re.Match[str], form: str = form) -> str:
            maths.append(form.format(*(maths[int(g)] for g in m.groups())))
            return f"@{len(maths) - 1}@"
        template = pattern.sub(put, template)

    def between(m: re.Match[str]) -> str:
        maths.append(_between(*(maths[int(g)] for g in m.groups())))
        return f"@{len(maths) - 1}@"
    return _BETWEEN.sub(between, template), maths


def take_qualifiers(template: str, maths: list[str]
                    ) -> tuple[str, list[tuple[list[int], set[str]]]]:
    """The template with its qualifier phrases cut out, and (pieces, kinds) for each.

    Raises Decline when a qualifier word is left whose letters are not said.
    """
    found: list[tuple[list[int], set[str]]] = []

    def cut(m: re.Match[str], after: bool) -> str:
        words = m.group("quals").replace("non-", "non").split()
        kinds = {_ADJECTIVES[w] for w in (w.strip(",") for w in words) if w in _ADJECTIVES}
        if any(w.startswith("integer") for w in words):
            kinds.add("integer")
        listed = [(int(k.group(1)), k.start()) for k in re.finditer(r"@(\d+)@",
                                                                    m.group("letters"))]
        keep = listed[::-1] if after else listed
        named = []
        for i, _ in keep:
            if not is_letters(maths[i]):
                break
            named.append(i)
        said = {"two": 2, "three": 3, "four": 4}.get(m.groupdict().get("count") or "", 0)
        if not named or said and said != len(listed):
            raise Decline("a qualifier of something other than letters, or not as many as said")
        found.append((named, kinds))
        if after:  # "@0@ and @1@ are positive": keep what comes before the letters
            first = next(pos for i, pos in listed if i == named[-1])
            return " " + m.group("letters")[:first] + " @q@ "
        last = next(pos for i, pos in listed if i == named[-1])
        end = last + len(f"@{named[-1]}@")
        return " @q@ " + m.group("letters")[end:] + " "

    out = _AFTER.sub(lambda m: cut(m, True), template)
    out = _BEFORE.sub(lambda m: cut(m, False), out)
    out = _VALUE_OF.sub(lambda m: m.group("noun") + cut(m, False), out)
    left = set(re.findall(r"[a-z]+", re.sub(r"@\d+@|@q@", " ", out)))
    if left & QUALIFIER_WORDS:
        raise Decline("a qualifier whose letters are not clear")
    return re.sub(r"\s+", " ", out).strip(), found


_REL = re.compile(r"\\(?:leq?|geq?|neq?|lt|gt)(?![a-zA-Z])|<|>|=")
_OPS = {"<": "<", ">": ">", "=": "==", "\\le": "<=", "\\leq": "<=", "\\ge": ">=",
        "\\geq": ">=", "\\ne": "!=", "\\neq": "!=", "\\lt": "<", "\\gt": ">"}


def top_level_split(src: str, seps: re.Pattern[str]) -> list[tuple[str, str]]:
    """Split `src` at separators outside brackets: [(text, separator before it)]."""
    out: list[tuple[str, str]] = []
    depth, start, sep, i = 0, 0, "", 0
    while i < len(src):
        c = src[i]
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
        elif depth == 0 and (m := seps.match(src, i)) is not None and m.end() > i:
            out.append((src[start:i], sep))
            sep, start = m.group(0), m.end()
            i = m.end()
            continue
        i += 1
    out.append((src[start:], sep))
    return out


_LIST_SEP = re.compile(r",|;|\\quad|\\qquad|\\\\|\\text\{\s*and\s*\}")


def _unbraced(text: str) -> str:
    """A side wrapped whole in a TeX group (`{\\frac{x}{5}}`) without the group's braces, which
    group and are no set."""
    t = text.strip()
    while t.startswith("{") and group_end(t, 0) == len(t) - 1:
        t = t[1:-1].strip()
    return t


_SHARED_BOUND = re.compile(r"\s*([a-zA-Z](?:\s*,\s*[a-zA-Z])+)\s*(>|<|\\g[et]q?|\\l[et]q?)"
                           r"\s*(-?\d+)\s*")


def relations(src: str) -> list[sp.Basic]:
    """Every relation in one maths piece: `a = b = c`, `0 < x \\le 3`, `x + y = 1, xy = 2`;
    letters listed before one bound share it (`x, y > 0`)."""
    out: list[sp.Basic] = []
    shared = _SHARED_BOUND.fullmatch(src)
    if shared:
        listed = [x.strip() for x in shared.group(1).split(",")]
        src = ", ".join(f"{x} {shared.group(2)} {shared.group(3)}" for x in listed)
    for part, _ in top_level_split(src.replace("&", ""), _LIST_SEP):
        if not part.strip():
            continue
        sides = top_level_split(part, _REL)
        if len(sides) < 2:
            raise Decline("a piece that is not a relation")
        parsed = [parse_latex(_unbraced(text)) for text, _ in sides]
        for (left, (_, op)), right in zip(zip(parsed, sides[1:], strict=False), parsed[1:],
                                          strict=True):
            rel = sp.Rel(left, right, _OPS[op.strip()])
            if rel in (sp.true, sp.false):
                raise Decline("a relation between numbers")
            out.append(rel)
    return out


_LETTER = r"\s*(?:[a-zA-Z]|\\(?:alpha|beta|gamma|theta)(?![a-zA-Z]))\s*"


def letters(src: str) -> list[sp.Symbol]:
    """The letters of a piece that lists letters (`x`, `a, b, c`), else Decline."""
    out = []
    for part, _ in top_level_split(src, re.compile(",")):
        if not re.fullmatch(_LETTER, part):
            raise Decline("not a list of letters")
        e = parse_latex(part)
        if not isinstance(e, sp.Symbol):
            raise Decline("not a letter")
        out.append(e)
    return out


def is_letters(src: str) -> bool:
    """A piece that lists Latin letters: `x`, `a, b, c`."""
    return bool(re.fullmatch(r"\s*[a-zA-Z]\s*(?:,\s*[a-zA-Z]\s*)*", src))


def conditions(maths: list[str], pieces: list[int],
               qualified: list[tuple[list[int], set[str]]]) -> Conditions:
    """Read the condition pieces (relations) and the qualified letter pieces."""
    out = Conditions()
    named = {i for idx, _ in qualified for i in idx}
    for idx, kinds in qualified:
        group = [x for i in idx for x in letters(maths[i])]
        for x in group:
            out.kinds.setdefault(x, set()).update(kinds - {"real", "distinct"})
        if "distinct" in kinds:  # no two of the letters said together are equal
            if len(set(group)) < 2:
                raise Decline("'distinct' said of fewer than two letters")
            out.inequalities += [sp.Ne(x, y) for k, x in enumerate(group) for y in group[k + 1:]]
    for i in pieces:
        if i in named:
            continue
        for rel in relations(maths[i]):
            if isinstance(rel, sp.Equality):
                out.equations.append(rel)
            elif isinstance(rel, sp.core.relational.Relational):
                out.inequalities.append(rel)
            else:
                raise Decline("a condition that is not a relation")
    return out


__all__ = ["LETTERS", "QUALIFIER_WORDS", "SAID_WORDS", "Conditions", "conditions", "is_letters",
           "letters", "relations", "said_relations", "take_qualifiers", "top_level_split"]
