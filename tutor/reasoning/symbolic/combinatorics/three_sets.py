"""Reader of three overlapping groups counted (a three-circle Venn diagram): "Of 100
students, 45 study math, 40 study physics, 35 study chemistry, 15 study both math and
physics, 10 study both math and chemistry, 12 study both physics and chemistry, and 5 study
all three. How many study none of the three subjects?"; also "at least one", "only math",
"exactly one", "exactly two", and the whole or "all three" when that one count is missing.

Each number is read from its own clause: the whole group, one group (the clause ends with
its one-word name), two groups ("both X and Y"), all three, or none. A clause whose words
before the name hold another group's name, or a word that changes a count ("only", "not",
"also", "more", "exactly"), is declined. The answer comes from inclusion-exclusion
(whole = none + singles - pairs + all three), confirmed by building the eight regions of the
diagram (none negative) and adding the regions asked for.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_TOTAL = re.compile(r"(?:(?:of|in|among|at) (?:the |a |an |all |these )?(?:(?:group|class|"
                    r"survey|school|club|set|sample|total|poll|team) of )?#(?P<n>\d+)(?: [a-z]+)?"
                    r"|there (?:are|were) #(?P<m>\d+) [a-z]+(?: (?:in|at|on) [a-z ]+)?"
                    r"|#(?P<k>\d+) [a-z]+ (?:were|was) (?:surveyed|asked|polled|questioned))")
_ALL = r"\ball (?:#3|three)(?: of (?:them|these|those|the [a-z]+))?(?: [a-z]+)?$"
_THEM = r"(?:them|these(?: [a-z]+)?|those(?: [a-z]+)?|the (?:#3|three)(?: [a-z]+)?|the [a-z]+)"
_NONE = r"\b(?:none of " + _THEM + r"|neither(?: of " + _THEM + r")?)$"
_PAIR = r"\b(?:both )?(?:an? |the )?([a-z]+) and (?:an? |the )?([a-z]+)$"
_BLOCK = re.compile(r"\b(?:not|no|only|more|less|than|twice|times|percent|exactly|least|most|"
                    r"but|except|also|just|other|another|each|either|or|alone|neither|none|"
                    r"both|all|and)\b|n't\b|%")
_WORD = re.compile(r"[a-z]+")


def three_sets(split: Split, template: str) -> Result | None:
    if not re.search(r"\ball (?:three|@\d+@)\b|\bthree\b", template) or "how many" not in \
            template:
        return None
    w = Wording.of(split, template)
    sentences = [s.strip() for s in re.split(r"(?<=[.?!])\s+", w.text.strip()) if s.strip()]
    if len(sentences) < 2 or not sentences[-1].startswith("how many") or "#" in re.sub(
            r"#[123]\b", "", sentences[-1]):
        return None
    given: dict[str, int] = {}
    singles: list[tuple[str, str, int]] = []
    pairs: list[tuple[str, str, str, int]] = []
    for clause in re.split(r"[,;:.]\s*(?:and\s+)?|\s+and\s+(?=#\d)", " ".join(sentences[:-1])):
        clause = clause.strip()
        if not clause:
            continue
        if (t := _TOTAL.fullmatch(clause)) is not None:
            _put(given, "total", int(next(g for g in t.groups() if g)))
            continue
        m = re.fullmatch(r"#(?P<v>\d+) (?P<rest>.+)", clause)
        if m is None or "#" in re.sub(r"#3\b", "", m.group("rest")):
            return None
        v, rest = int(m.group("v")), m.group("rest")
        if (a := re.search(_ALL, rest)) is not None:
            _plain(rest[:a.start()])
            _put(given, "all", v)
        elif (a := re.search(_NONE, rest)) is not None:
            _plain(rest[:a.start()])
            _put(given, "none", v)
        elif (a := re.search(_PAIR, rest)) is not None:
            pairs.append((rest[:a.start()], a.group(1), a.group(2), v))
        elif (a := re.search(r"\b([a-z]+)$", rest)) is not None:
            singles.append((rest[:a.start()], a.group(1), v))
        else:
            return None
    names = [name for _, name, _ in singles]
    if len(names) != 3 or len(set(names)) != 3 or len(pairs) != 3:
        return None
    for before, _, _ in singles:
        _plain(before, names)
    one = {name: v for _, name, v in singles}
    two: dict[frozenset[str], int] = {}
    for before, x, y, v in pairs:
        _plain(before, names)
        key = frozenset((x, y))
        if len(key) != 2 or not key <= set(names) or key in two:
            raise Decline("the pairs are not the three pairs of the groups")
        two[key] = v
    return _answer(given, names, one, two, sentences[-1])


def _plain(words: str, names: list[str] | None = None) -> None:
    """The words before a count's group name: a verb, no other group, no changing word."""
    if _BLOCK.search(words) or (names and set(_WORD.findall(words)) & set(names)):
        raise Decline("a clause whose words change the count")


def _put(given: dict[str, int], key: str, v: int) -> None:
    if key in given:
        raise Decline(f"two counts for {key}")
    given[key] = v


def _answer(given: dict[str, int], names: list[str], one: dict[str, int],
            two: dict[frozenset[str], int], question: str) -> Result:
    a, b, c = names
    singles, doubles = sum(one.values()), sum(two.values())
    asked = _asked(question, names)
    total, none = given.get("total"), given.get("none")
    if asked in given or (asked in ("total", "none") and "all" not in given):
        raise Decline("the count asked is told, or too little is told")
    if "all" not in given:
        if total is None or none is None:
            raise Decline("the count in all three is needed")
        given["all"] = total - none - singles + doubles
    t = given["all"]
    union = singles - doubles + t
    regions = {"abc": t, "ab": two[frozenset((a, b))] - t, "ac": two[frozenset((a, c))] - t,
               "bc": two[frozenset((b, c))] - t}
    regions["a"] = one[a] - regions["ab"] - regions["ac"] - t
    regions["b"] = one[b] - regions["ab"] - regions["bc"] - t
    regions["c"] = one[c] - regions["ac"] - regions["bc"] - t
    inner = sum(regions.values())
    confirm.check(inner == union, "the eight regions add up to inclusion-exclusion")
    if total is None and none is not None:
        total = none + union
    if total is not None:
        regions["none"] = total - union
    if any(r < 0 for r in regions.values()):
        raise Decline("a region of the diagram would be negative")
    value = {"total": total, "none": regions.get("none"), "all": t, "union": union,
             "exactly1": regions["a"] + regions["b"] + regions["c"],
             "exactly2": regions["ab"] + regions["ac"] + regions["bc"]}.get(asked)
    if asked.startswith("only:"):
        value = regions["abc"[names.index(asked[5:])]]
    if value is None:
        raise Decline("the count asked is not known")
    claim = (f"{singles} - {doubles} + {t} = {union}")
    parts = ", ".join(f"{k.upper() if k != 'none' else 'none'}: {r}" for k, r in
                      regions.items())
    return sp.Integer(value), [
        step("use inclusion-exclusion", f"In at least one group: the three counts, less the "
             f"three pairs, plus all three ({a}, {b}, {c}).", f"${claim}$", claim),
        step("fill the diagram", f"From the middle out (A = {a}, B = {b}, C = {c}).",
             f"Regions {parts}.", ""),
        step("answer the question", "Add the regions asked for.", f"${value}$", str(value))]


def _asked(question: str, names: list[str]) -> str:
    q = re.sub(r"\?$", "", question).strip()
    q = re.sub(r"^how many(?: of (?:them|these|those|the [a-z]+))?(?: [a-z]+)?(?: (?:do|did|does|"
               r"are|were))?", "", q).strip()
    tests = [(r"(?:[a-z]+ )?none of " + _THEM, "none"),
             (r"(?:[a-z]+ )?at least (?:#1|one) of " + _THEM, "union"),
             (r"(?:[a-z]+ )?exactly (?:#1|one) of " + _THEM, "exactly1"),
             (r"(?:[a-z]+ )?exactly (?:#2|two) of " + _THEM, "exactly2"),
             (r"(?:[a-z]+ )?all (?:#3|three)(?: of (?:them|these|those|the [a-z]+))?(?: [a-z]+)?",
              "all")]
    for pattern, kind in tests:
        if re.fullmatch(pattern, q):
            return kind
    m = re.fullmatch(r"(?:[a-z]+ )?(?:only (?P<x>[a-z]+)|(?P<y>[a-z]+) only)", q)
    if m and (m.group("x") or m.group("y")) in names:
        return "only:" + (m.group("x") or m.group("y"))
    raise Decline("a question about the diagram I cannot read")


__all__ = ["three_sets"]
