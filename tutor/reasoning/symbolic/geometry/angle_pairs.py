"""Typed reader: two angles whose sum is known, told by one relation between them.

"Angles $A$ and $B$ are supplementary and angle $A$ is 8 times angle $B$: angle $A$?",
"Two angles are complementary and one is 12 degrees more than the other: the larger?",
"Two consecutive angles of a parallelogram: one is 30 degrees less than twice the other",
"The sum of two angles of a triangle is 110 degrees: the third angle?".

The pair's sum comes from what the angles are: complementary (90), supplementary, a linear
pair or consecutive angles of a parallelogram (180). The two angles are named by letters
("angle A", "$\\angle P$") or "one ... the other". Each other clause is one linear relation
("is k times", "n degrees more / less than (k times)", "differ by n", "in the ratio a:b").
Asked: a named angle, the larger or smaller one, or their positive difference. Both
angles must come out positive. Every word must be read, else the reader declines.
Confirmed by putting both angles back into the sum and the relation in exact fractions."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words

_QUICK = re.compile(r"\b(?:complementary|supplementary|linear pair|consecutive angles of a "
                    r"parallelogram|two angles of a triangle)\b|\bin a triangle,? the sum of\b")
_ANGLE_PIECE = re.compile(r"\s*(?:m\s*)?(?:\\angle|\\measuredangle)\s*\{?\s*([A-Z]{1,3})\s*\}?\s*")
_DEGREES = re.compile(r"\^\s*\{?\s*\\circ\s*\}?")
_MULT = {"twice": Fraction(2), "double": Fraction(2), "thrice": Fraction(3),
         "half": Fraction(1, 2), "triple": Fraction(3)}
_SIDE = r"(one|other|larger|smaller|ang_[A-Z]{1,3})"
_NUM = r"(n_\d+)"
_REWRITES: list[tuple[str, str]] = [
    (r"\bin degrees\b|\bdegrees?\b|\bof these (?:two )?angles\b", ""),
    (r"\bthe (?:degree )?measures? of\b|\bthe (?:degree )?measure\b", ""),
    (r"\bhow many (?:degrees )?are in\b|\bwhat is the number of (?:degrees )?in\b", "ask"),
    (r"\b(?:what is|what's|find|determine|compute|calculate|give)\b", "ask"),
    (r"\bangles? (?=ang_)", ""),
    (r"\bone of (?:them|the (?:two )?angles|these angles)\b|\bone angle\b|\bthe first(?: angle)?"
     r"\b", "one"),
    (r"\bthe other(?: one| angle)?\b|\bthe second(?: angle)?\b|\banother(?: angle)?\b", "other"),
    (r"\bthe (larger|greater|bigger)(?: one| angle| of the two(?: angles)?)?\b", "larger"),
    (r"\bthe (smaller|lesser)(?: one| angle| of the two(?: angles)?)?\b", "smaller"),
    (r"\b(?:that|the measure) of\b", ""),
    (r"\bin a triangle,? the sum of (?:the )?two angles\b", "the sum of two angles of a triangle"),
]
_KIND = r"(complementary|supplementary|a linear pair|consecutive angles of a parallelogram)"
_PAIR = re.compile(  # the words that say what the two angles are (and so their sum)
    r"^(?:(?:the )?two (?:angles )?|ang_([A-Z]) and ang_([A-Z]) )(?:are|form) (?:two )?" + _KIND
    + r"(?: angles)?\b|^(?:the )?two (?:(complementary|supplementary) angles|(consecutive) angles "
    r"of a parallelogram)\b")
_SPELLED = number_words(range(2, 11))
_THIRD = re.compile(r"^the sum of (?:the (?:degree )?measures of )?two angles of a triangle is "
                    r"n_(\d+)$")
_THIRD_ASK = re.compile(r"^ask (?:the )?third angle(?: of the triangle)?$")
_TIMES = r"(?:n_\d+|two|three|four|five|six|seven|eight|nine|ten) times"
_RELATION = re.compile(r"^" + _SIDE + r" (?:is|measures|has a measure of|=) (?:" + _NUM +
                       r" (more|less|greater|larger|smaller|fewer) than )?(?:(twice|double|"
                       r"thrice|triple|half|" + _TIMES + r")(?: as (?:large|big|much) as)? )?"
                       + _SIDE + r"$")
_DIFFER = re.compile(r"^(?:they|ang_[A-Z] and ang_[A-Z]|the two angles|the angles) differ by "
                     + _NUM + r"$")
_IN_RATIO = r"in (?:the |a )?ratio(?: of)?"
_RATIO = re.compile(r"^(?:the ratio of " + _SIDE + r" to " + _SIDE + r" is|" + _SIDE + r" and "
                    + _SIDE + r" are " + _IN_RATIO + r"|they (?:are|have measures|have degree "
                    r"measures|measure) " + _IN_RATIO + r") " + _NUM + r" ?: ?" + _NUM + r"$")
_ASK = re.compile(r"^ask (?:(ang_[A-Z])|(larger|smaller)|(?:the |their )?positive difference"
                  r"(?: (?:between|of) (?:them|the two angles|the angles))?)$")
# "what is the measure of angle A?" with the letter outside the maths, at the end of a
# clause: the angle named in the maths before ("angle $A$")
_PLAIN_NAME = re.compile(r"\bangle ([a-z])(?=\s*[.?,;!]|\s*$)")
_LEAD = re.compile(r"^(?:and |that |are such that |such that )")


def read_angle_pairs(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template):
        return None
    nums: list[Fraction] = []
    text = _pieces(split, template, nums)
    text = _PLAIN_NAME.sub(lambda m: f"angle ang_{m.group(1).upper()}" if f"ang_"
                           f"{m.group(1).upper()}" in text else m.group(0), text)
    for pattern, repl in _REWRITES:
        text = re.sub(r" +", " ", re.sub(pattern, repl, text))
    clauses = [re.sub(r"\s+", " ", c).strip() for c in
               re.split(r"\s*(?:[.?;,!]|\band (?=(?:one|other|larger|smaller|ang_[A-Z]) (?:is|"
                        r"measures|has|=)\b)|\bif\b|\bthen\b|\bwhere\b)\s*", text)]
    clauses = [re.sub(r"^(?:and|also|so) ", "", c) for c in clauses if c]
    third = [m for c in clauses if (m := _THIRD.match(c))]
    if third:
        return _third_angle(clauses, third[0], nums)
    return _pair(clauses, nums)


def _pieces(split: Split, template: str, nums: list[Fraction]) -> str:
    def piece(m: re.Match[str]) -> str:
        src = split.maths[int(m.group(1))]
        a = _ANGLE_PIECE.fullmatch(src) or re.fullmatch(r"\s*([A-Z])\s*", src)
        if a:
            if len(a.group(1)) != 1:
                raise Decline("an angle named by one vertex expected")
            return f"ang_{a.group(1)}"
        ratio = re.fullmatch(r"\s*(\d+)\s*:\s*(\d+)\s*", src)
        if ratio:
            p, q = (_num(Fraction(ratio.group(k)), nums) for k in (1, 2))
            return f"{p} : {q}"
        v = number(_DEGREES.sub("", src))
        if v is None or not v.is_Rational or not v.is_positive:
            raise Decline("a positive number of degrees expected")
        return _num(Fraction(int(v.p), int(v.q)), nums)
    return re.sub(r"@(\d+)@", piece, template)


def _num(v: Fraction, nums: list[Fraction]) -> str:
    nums.append(v)
    return f"n_{len(nums) - 1}"


def _rat(token: str, nums: list[Fraction]) -> sp.Rational:
    v = nums[int(token.split("_")[1])]
    return sp.Rational(v.numerator, v.denominator)


def _third_angle(clauses: list[str], said: re.Match[str], nums: list[Fraction]) -> Result:
    rest = [c for c in clauses if c != said.group(0)]
    if len(rest) != 1 or not _THIRD_ASK.match(rest[0]):
        raise Decline("the third angle of the triangle asked expected")
    total = _rat(f"n_{said.group(1)}", nums)
    value = 180 - total
    if not 0 < total < 180:
        raise Decline("two angles of a triangle add to less than 180 degrees")
    confirm.check(value > 0 and value + total == 180, "the three angles add to 180 degrees")
    claim = f"180 - {latex(total)} = {latex(value)}"
    return value, [step("use the angle sum", "The angles of a triangle add up to 180°.",
                        f"${claim}$", claim)]


def _pair(clauses: list[str], nums: list[Fraction]) -> Result:
    total, names, relations, asked = None, None, [], None
    for clause in clauses:
        m = _PAIR.match(clause)
        if m:
            if total is not None:
                raise Decline("the pair is told twice")
            total = 90 if "complementary" in m.group(0) else 180
            names = (m.group(1), m.group(2)) if m.group(1) else None
            rest = _LEAD.sub("", clause[m.end():].strip())
            if not rest:
                continue
            clause = rest if rest.startswith(("one ", "larger ", "smaller ", "ang_", "they ")) \
                else f"they {rest}"
        q = _ASK.match(clause)
        if q:
            if asked is not None:
                raise Decline("one thing asked expected")
            asked = q.group(1) or q.group(2) or "difference"
        else:
            relations.append(clause)
    if names is None:  # "Two angles are supplementary. Angle A is 3 times angle B."
        letters = list(dict.fromkeys(re.findall(r"ang_([A-Z])", " ".join(relations))))
        names = (letters[0], letters[1]) if len(letters) == 2 else None
    if total is None or asked is None or len(relations) != 1:
        raise Decline("the pair, one relation and one question expected")
    first, second = sp.symbols("first second", positive=True)
    side = _sides(names, first, second)
    eq, shown = _relation(relations[0], side, nums)
    sols = sp.solve([first + second - total, eq], [first, second], dict=True)
    if len(sols) != 1 or set(sols[0]) != {first, second}:
        raise Decline("the relation does not fix the angles")
    a, b = sols[0][first], sols[0][second]
    if not (a.is_Rational and b.is_Rational and a > 0 and b > 0):
        raise Decline("both angles positive expected")
    if re.search(r"\b(?:larger|smaller|differ)\b", relations[0]) and not a > b:
        raise Decline("the angle called larger does not come out larger")
    if asked == "difference":
        value = abs(a - b)
    elif asked in ("larger", "smaller"):
        value = max(a, b) if asked == "larger" else min(a, b)
    else:
        if asked not in side:
            raise Decline("the asked angle is not one of the pair")
        value = side[asked].subs({first: a, second: b})
    fa, fb = Fraction(int(a.p), int(a.q)), Fraction(int(b.p), int(b.q))
    back = {first: sp.Rational(fa.numerator, fa.denominator),
            second: sp.Rational(fb.numerator, fb.denominator)}
    confirm.check(fa + fb == total and eq.subs(back) == 0,
                  "both angles satisfy the sum and the relation, in fractions")
    return value, _steps(total, shown, first, second, a, b, value)


def _sides(names: tuple[str, str] | None, first: sp.Symbol, second: sp.Symbol) -> dict:
    """The words for the two angles. Unnamed, "the larger" is read as the first and "the
    smaller" as the second; the solution must then agree (checked in `_pair`)."""
    if names is None:
        return {"one": first, "other": second, "larger": first, "smaller": second}
    if names[0] == names[1]:
        raise Decline("two different angles expected")
    return {f"ang_{names[0]}": first, f"ang_{names[1]}": second}


def _term(word: str, side: dict) -> sp.Symbol:
    if word not in side:
        raise Decline(f"'{word}' is not one of the two angles")
    return side[word]


def _relation(clause: str, side: dict, nums: list[Fraction]) -> tuple[sp.Expr, str]:
    names = sorted(set(side.values()), key=str)
    m = _RELATION.match(clause)
    if m:
        left, right = _term(m.group(1), side), _term(m.group(5), side)
        if left == right:
            raise Decline("a relation between the two angles expected")
        shift = _rat(m.group(2), nums) if m.group(2) else sp.Integer(0)
        if m.group(3) in ("less", "smaller", "fewer"):
            shift = -shift
        mult = m.group(4)
        factor = sp.Integer(1) if not mult else sp.Rational(_MULT[mult]) if mult in _MULT \
            else sp.Integer(_SPELLED[mult.split()[0]]) if mult.split()[0] in _SPELLED \
            else _rat(mult.split()[0], nums)
        if factor == 1 and shift == 0:
            raise Decline("equal angles told as a relation")
        return left - factor * right - shift, f"{latex(left)} = {latex(factor * right + shift)}"
    d = _DIFFER.match(clause)
    if d:  # the larger minus the smaller (read as the first and second; checked in `_pair`)
        if "larger" not in side:
            raise Decline("which named angle is larger is not told")
        return side["larger"] - side["smaller"] - _rat(d.group(1), nums), \
            f"{latex(side['larger'])} - {latex(side['smaller'])} = {latex(_rat(d.group(1), nums))}"
    r = _RATIO.match(clause)
    if r:
        groups = r.groups()
        said = [g for g in groups[:4] if g]
        left, right = (names[0], names[1]) if not said else \
            (_term(said[0], side), _term(said[1], side))
        if left == right:
            raise Decline("a ratio of the two angles expected")
        p, q = _rat(groups[4], nums), _rat(groups[5], nums)
        return q * left - p * right, f"{latex(left)} : {latex(right)} = {latex(p)} : {latex(q)}"
    raise Decline(f"a clause the angle-pair reader does not know: '{clause}'")


def _steps(total: int, shown: str, first: sp.Symbol, second: sp.Symbol, a: sp.Rational,
           b: sp.Rational, value: sp.Basic) -> list[Step]:
    pair = f"{latex(first)} + {latex(second)} = {total}"
    found = f"{latex(first)} = {latex(a)}, {latex(second)} = {latex(b)}"
    return [step("write the pair's sum", f"The two angles add up to {total}°.", f"${pair}$",
                 pair),
            step("write the relation", "The relation between the angles.", f"${shown}$", ""),
            step("solve the two equations", "Solve them together.", f"${found}$", found),
            step("read the answer", "The asked measure, in degrees.", f"${latex(value)}$", "")]


__all__ = ["read_angle_pairs"]
