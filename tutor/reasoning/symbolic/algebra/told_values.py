"""Typed reader: functions known only by values told one by one or in a table, and an
expression of their values and their inverses' values.

"If $g(1) = 4$, $g(4) = 0$ and $g(6) = 1$, what is $g^{-1}(g^{-1}(1) + g^{-1}(0) - 4)$?",
"The table gives $h(x)$ for five values of $x$ ... Assuming $h^{-1}$ exists, evaluate
$h(h^{-1}(2) + 1)$". With no formula, a function is what it is told to be: h(a) is a told
value, h^{-1}(b) the one input told to give b; a value that is not told, or a value told
for two inputs (no inverse), declines.

The expression is worked out twice: from the innermost call outwards, each call replaced by
its value, and again from the outside in, by a recursive reading of the same text; every
inverse value is confirmed by applying the function to it. Both must agree.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, group_end, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "function functions inverse inverses values value given table below above shown "
    "following exists exist denote denotes has have suppose let evaluate compute find "
    "calculate what its their invertible defined by some assuming assume satisfies satisfy "
    "with be".split())
_NUM = r"-?\s*\d+(?:\.\d+)?"
_TOLD = re.compile(rf"^\s*([a-zA-Z])\s*\(\s*({_NUM})\s*\)\s*=\s*({_NUM})\s*$")
_NAME = re.compile(r"^\s*([a-zA-Z])(?:\s*\^\s*\{\s*-\s*1\s*\})?(?:\s*\(\s*[a-z]\s*\))?\s*$")
_INV = r"\^\s*\{\s*-\s*1\s*\}"
_CALL = re.compile(rf"(?<![\\A-Za-z])([a-zA-Z])\s*({_INV})?\s*(?:\\left)?\(")
_TABLE = re.compile(r"\\begin\{tabular\}\{[^{}]*\}(?P<body>.*?)\\end\{tabular\}", re.S)
_ASK = re.compile(r"\b(?:what is|evaluate|compute|find|calculate)\b(?: the value of)? @(\d+)@"
                  r"\s*[?.]?\s*$")

Table = dict[str, dict[sp.Rational, sp.Rational]]


def _number(src: str) -> sp.Rational:
    e = parse_latex(src)
    e = e.doit() if isinstance(e, sp.Expr) else e
    if not isinstance(e, sp.Expr) or not e.is_Rational:
        raise Decline("a value that is not a number")
    return sp.Rational(e)


def _table(body: str, maths: list[str]) -> Table:
    """Rows of a tabular: the variable's row, then one row per function."""
    rows = []
    for raw in re.split(r"\\\\", body):
        cells = [c.strip() for c in re.sub(r"\\hline", " ", raw).split("&")]
        if not any(cells):
            continue
        if not all(re.fullmatch(r"@\d+@", c) for c in cells):
            raise Decline("a table with cells that are not numbers")
        rows.append([maths[int(c[1:-1])] for c in cells])
    if len(rows) < 2 or len({len(r) for r in rows}) != 1:
        raise Decline("a table of a variable and the function's values")
    var = re.fullmatch(r"\s*([a-z])\s*", rows[0][0])
    if var is None:
        raise Decline("a table whose first row is the variable")
    out: Table = {}
    for row in rows[1:]:
        head = re.fullmatch(rf"\s*([a-zA-Z])\s*\(\s*{var.group(1)}\s*\)\s*", row[0])
        if head is None:
            raise Decline("a table row that is not a function's values")
        column = out.setdefault(head.group(1), {})
        for a, b in zip(rows[0][1:], row[1:], strict=True):
            column[_number(a)] = _number(b)
    return out


def read(split: Split, template: str) -> Result | None:
    ask = _ASK.search(template)
    if ask is None or not re.search(r"\d", split.maths[int(ask.group(1))]):
        return None
    values: Table = {}
    text = template
    table = _TABLE.search(text)
    if table:
        values = _table(table.group("body"), split.maths)
        text = text.replace(table.group(0), " ")
    text = text.replace(ask.group(0), " ")
    for i in (int(g) for g in re.findall(r"@(\d+)@", text)):
        src = split.maths[i]
        told = _TOLD.match(src)
        if told:
            f, a, b = told.group(1), _number(told.group(2)), _number(told.group(3))
            if values.setdefault(f, {}).setdefault(a, b) != b:
                raise Decline("two values told for one input")
        elif not _NAME.match(src):
            return None
    if not values or not words_within(re.sub(r"@\d+@", " ", text), VOCAB):
        return None
    target = split.maths[int(ask.group(1))]
    used = set(_CALL.findall(target))
    if not used or any(f not in values for f, _ in used):
        return None
    for f, inverse in used:
        if inverse and len(set(values[f].values())) != len(values[f]):
            raise Decline(f"two inputs of {f} are told to give one value: it has no inverse")
    inner, checked = _inside_out(target, values)
    outer = _outside_in(target, values)
    confirm.check(inner == outer, "the expression worked out from the inside out and again "
                  "from the outside in")
    confirm.check(all(values[f][x] == y for f, x, y in checked),
                  "each inverse value gives back its input under the function")
    told_list = "; ".join(f"{latex(sp.Symbol(f))}({a}) = {b}" for f in values
                          for a, b in values[f].items())
    shown = "; ".join(f"{f}^{{-1}}({y}) = {x}" for f, x, y in checked)
    steps = [step("read the values", "With no formula, a function's values are the ones told; "
                  "its inverse sends each told value back to its input.", f"${told_list}$",
                  "")]
    if checked:
        steps.append(step("inverse values", "Find the input told to give each value.",
                          f"${shown}$", ""))
    steps.append(step("evaluate", "Work from the innermost call outwards.",
                      f"${target} = {latex(inner)}$", ""))
    return inner, steps


def _inverse(values: Table, f: str, y: sp.Rational) -> sp.Rational:
    inputs = [x for x, v in values[f].items() if v == y]
    if len(inputs) != 1:
        raise Decline(f"no single input of {f} is told to give {y}")
    return inputs[0]


def _inside_out(target: str, values: Table
                ) -> tuple[sp.Rational, list[tuple[str, sp.Rational, sp.Rational]]]:
    """Replace the innermost call by its value until none is left."""
    text = target
    checked: list[tuple[str, sp.Rational, sp.Rational]] = []
    for _ in range(40):
        calls = [m for m in _CALL.finditer(text)
                 if not _CALL.search(text[m.end():group_end(text, m.end() - 1, "()")])]
        if not calls:
            return _number(text), checked
        m = calls[0]
        end = group_end(text, m.end() - 1, "()")
        arg = _number(re.sub(r"\\right\s*$", "", text[m.end():end]))
        if m.group(2):
            got = _inverse(values, m.group(1), arg)
            checked.append((m.group(1), got, arg))
        elif arg in values[m.group(1)]:
            got = values[m.group(1)][arg]
        else:
            raise Decline(f"the value of {m.group(1)} at {arg} is not told")
        text = f"{text[:m.start()]}({got}){text[end + 1:]}"
    raise Decline("too many calls")


def _outside_in(src: str, values: Table) -> sp.Rational:
    """The same expression read recursively: each call's argument worked out first."""
    out, k = "", 0
    for m in _CALL.finditer(src):
        if m.start() < k:
            continue
        end = group_end(src, m.end() - 1, "()")
        arg = _outside_in(re.sub(r"\\right\s*$", "", src[m.end():end]), values)
        f = m.group(1)
        if m.group(2):
            got = next((x for x in sorted(values[f]) if values[f][x] == arg), None)
            if got is None:
                raise Decline(f"no input of {f} is told to give {arg}")
        else:
            got = values[f].get(arg)
            if got is None:
                raise Decline(f"the value of {f} at {arg} is not told")
        out += src[k:m.start()] + f"({got})"
        k = end + 1
    return _number(out + src[k:])


__all__ = ["read"]
