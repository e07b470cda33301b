"""Typed reader: triangles with whole-number sides, counted or picked.

"How many non-congruent triangles with integer sides have a perimeter of 15?", "How many
scalene triangles with integral sides have a perimeter less than 13?", "The sides of a
triangle are 7, 10 and $n$, $n$ an integer: for how many values of $n$ is it obtuse?", "A
triangle has sides 5 and 6 and a whole-number third side $x$: its largest possible
perimeter?".

The situation: three whole-number sides, some of them told (numbers, or one letter for the
side sought), perhaps a perimeter (equal to, less than, at most a number), perhaps a kind
(isosceles, scalene, equilateral, acute, right, obtuse). Every triangle that fits is listed:
sides sorted x <= y <= z with z < x + y (a flat triangle is no triangle). Asked: how many
triangles (up to congruence), how many values of the letter, or the largest / smallest
perimeter or letter. Without a perimeter or two told sides nothing bounds the sides, and it
declines. Confirmed by a second listing over every ordered triple, each kept when its
longest side is less than half the perimeter, then counted up to order."""

from __future__ import annotations

import itertools
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_P = r"@(\d+)@"
_PERIMETER = [(rf"(?:a |its |the )?perimeter (?:of |is |equal to |equals )?(?:exactly )?{_P}", "="),
              (rf"(?:a |its |the )?perimeter (?:is )?(?:less than|smaller than|under) {_P}", "<"),
              (rf"(?:a |its |the )?perimeter (?:is )?(?:at most|no more than|not exceeding|"
               rf"not more than) {_P}", "<=")]
_KINDS = frozenset({"isosceles", "scalene", "equilateral", "acute", "right", "obtuse"})
_ASKS = [(r"how many (?:different |distinct |noncongruent |such |possible )*(?:kinds of )?"
          r"(?:(?:isosceles|scalene|equilateral|acute|right|obtuse) )?triangles", "count"),
         (r"how many (?:different |distinct |possible )*(?:integer |integral |whole number )?"
          r"(?:values|lengths)", "values"),
         # "for how many positive integers n is ...": the letter stays to be read
         (r"how many (?:different |distinct )?(?:positive )?(?:integers|whole numbers)(?= @\d+@)",
          "values"),
         (r"(?:the )?(?:largest|greatest|maximum|biggest) (?:possible )?perimeter", "max_p"),
         (r"(?:the )?(?:smallest|least|minimum) (?:possible )?perimeter", "min_p"),
         (r"(?:the )?(?:largest|greatest|maximum|biggest) (?:possible )?(?:integer )?value",
          "max_x"),
         (r"(?:the )?(?:smallest|least|minimum) (?:possible )?(?:integer )?value", "min_x")]
_GLUE = FILLER | _KINDS | frozenset(
    "triangle triangles with integer integers integral whole number side sides length lengths "
    "units unit how many different distinct noncongruent nondegenerate such there can be "
    "formed made each must all positive where possible are have has of make made the third "
    "measure measures measuring cm inches feet meters and if when for which so by having "
    "such every".split())


def _fits(sides: tuple[int, int, int], kinds: set[str]) -> bool:
    x, y, z = sorted(sides)
    if not z < x + y:
        return False
    checks = {"isosceles": x == y or y == z, "scalene": x < y < z, "equilateral": x == z,
              "acute": z * z < x * x + y * y, "right": z * z == x * x + y * y,
              "obtuse": z * z > x * x + y * y}
    return all(checks[k] for k in kinds)


def read_integer_triangles(split: Split, template: str) -> Result | None:
    if "triangle" not in template or not re.search(r"\b(?:integers?|integral|whole)\b",
                                                   template):
        return None
    text = template.replace("whole-number", "whole number").replace("non-congruent",
                                                                    "noncongruent")
    text = text.replace("non-degenerate", "nondegenerate")
    text = fw.two_sides_told(text)
    split, text = fw.spelled_numbers(split, text)
    asks = [(m, how) for pattern, how in _ASKS for m in re.finditer(pattern, text)]
    if len(asks) != 1:
        return None
    m, how = asks[0]
    kinds = set(words(text)) & _KINDS
    text = text[:m.start()] + " ; " + text[m.end():]
    bound: tuple[str, int] | None = None
    for pattern, rel in _PERIMETER:
        for p in list(re.finditer(pattern, text)):
            if bound is not None:
                raise Decline("one perimeter")
            bound = (rel, _whole(split.maths[int(p.group(1))]))
            text = text.replace(p.group(0), " ; ", 1)
    letters = {split.maths[int(i)].strip() for i in re.findall(_P, text)
               if re.fullmatch(r"\s*[a-z]\s*", split.maths[int(i)])}
    if len(letters) > 1:
        return None
    told = [n for i in re.findall(_P, text) if split.maths[int(i)].strip() not in letters
            for n in _wholes(split.maths[int(i)])]
    if set(re.findall(r"[a-z]+", re.sub(_P, " ", text))) - _GLUE:
        return None
    if len(told) > 2 or (how in ("values", "max_x", "min_x") and not (letters or len(told) == 2)):
        return None
    if told and kinds & {"isosceles", "equilateral"}:
        raise Decline("which told side the equal sides are")
    if bound is None and len(told) < 2:
        raise Decline("nothing bounds the sides")
    triples = _list(told, bound, kinds)
    value = _answer(how, triples, told)
    _confirm(how, told, bound, kinds, value)
    return value, _steps(how, told, bound, kinds, triples, value)


# "$11, 15,$ and $k$": two sides typed in one piece of maths, a comma and a space between
_LIST = re.compile(r"\s*\d+(?:\s*,\s+\d+)+\s*")


def _wholes(src: str) -> list[int]:
    """The whole numbers of one piece of maths: one, or a list "7, 10" (a comma with no
    space after it, "1,000", is a thousands separator and declines in `_whole`)."""
    return [_whole(part) for part in src.split(",")] if _LIST.fullmatch(src) else [_whole(src)]


def _whole(src: str) -> int:
    v = sp.Rational(src.strip()) if re.fullmatch(r"\s*\d+\s*", src) else None
    if v is None or v <= 0:
        raise Decline("whole-number lengths")
    return int(v)


def _limit(told: list[int], bound: tuple[str, int] | None) -> int:
    """No side is as long as this."""
    if len(told) == 2:
        return sum(told)
    assert bound is not None
    return bound[1] // 2 + 1


def _in_bound(p: int, bound: tuple[str, int] | None) -> bool:
    if bound is None:
        return True
    rel, n = bound
    return p == n if rel == "=" else p < n if rel == "<" else p <= n


def _list(told: list[int], bound: tuple[str, int] | None, kinds: set[str]
          ) -> list[tuple[int, int, int]]:
    """Every triangle x <= y <= z that fits, the told sides among its sides."""
    top = _limit(told, bound)
    out = []
    for x in range(1, top):
        for y in range(x, top):
            for z in range(y, min(x + y, top)):
                t = (x, y, z)
                if _holds(t, told) and _in_bound(x + y + z, bound) and _fits(t, kinds):
                    out.append(t)
    return out


def _holds(t: tuple[int, int, int], told: list[int]) -> bool:
    """The told sides are among the triangle's sides (a side told twice, twice)."""
    rest = list(t)
    for s in told:
        if s not in rest:
            return False
        rest.remove(s)
    return True


def _answer(how: str, triples: list[tuple[int, int, int]], told: list[int]) -> sp.Integer:
    if how == "count":
        return sp.Integer(len(triples))
    thirds = sorted({_third(t, told) for t in triples})
    if how == "values":
        return sp.Integer(len(thirds))
    if not triples:
        raise Decline("no triangle fits")
    if how in ("max_p", "min_p"):
        per = [sum(t) for t in triples]
        return sp.Integer(max(per) if how == "max_p" else min(per))
    return sp.Integer(thirds[-1] if how == "max_x" else thirds[0])


def _third(t: tuple[int, int, int], told: list[int]) -> int:
    rest = list(t)
    for s in told:
        rest.remove(s)
    if len(rest) != 1:
        raise Decline("one side sought")
    return rest[0]


def _confirm(how: str, told: list[int], bound: tuple[str, int] | None, kinds: set[str],
             value: sp.Integer) -> None:
    top = _limit(told, bound)
    seen: set[tuple[int, int, int]] = set()
    for x, y, z in itertools.product(range(1, top), repeat=3):
        t = (x, y, z)
        if 2 * max(t) < sum(t) and _in_bound(sum(t), bound) and _fits(t, kinds) and all(
                t.count(s) >= told.count(s) for s in told):
            a, b, c = sorted(t)
            seen.add((a, b, c))
    again = _answer(how, sorted(seen), told) if seen or how in ("count", "values") else None
    confirm.check(again == value, "a second listing over every ordered triple of sides")


def _steps(how: str, told: list[int], bound: tuple[str, int] | None, kinds: set[str],
           triples: list[tuple[int, int, int]], value: sp.Integer) -> list:
    rule = "Each side is shorter than the other two together (for sorted sides x \\le y \\le z: " \
           "z < x + y)"
    said = ", ".join(str(s) for s in told) or "none"
    shown = "; ".join(f"({x}, {y}, {z})" for x, y, z in triples[:12]) + (
        "; \\ldots" if len(triples) > 12 else "")
    cond = f"told sides: {said}" + (f"; perimeter {bound[0]} {bound[1]}" if bound else "") + (
        f"; {', '.join(sorted(kinds))}" if kinds else "")
    steps = [step("list the triangles", f"{rule}; keep the triangles with {cond}.",
                  f"The triangles: ${shown}$ ({len(triples)} in all).", str(len(triples)))]
    what = {"count": "the number of triangles", "values": "the number of values",
            "max_p": "the largest perimeter", "min_p": "the smallest perimeter",
            "max_x": "the largest value", "min_x": "the smallest value"}[how]
    steps.append(step("read off the answer", f"Read {what} from the list.",
                      f"${sp.latex(value)}$", sp.latex(value)))
    return steps


__all__ = ["read_integer_triangles"]
