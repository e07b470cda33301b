"""The words of a rate story said the one way `rates` reads them: "mph" is miles per hour;
"how many miles per gallon does it get" asks for the miles on one gallon; "a store sells
pencils at 3 for $0.75" and "a store sells 3 notebooks for $4.50" say 3 pencils (notebooks)
cost so much; "how much flour is needed" asks in the one
unit the story measures flour in ("2 cups of flour ...": how many cups of flour). Only the
words change: the amounts stay for `rates` to read or decline on.
"""

from __future__ import annotations

import re

_NUM = r"#(?:\d+/\d+|\d+(?:\.\d+)?)"


def plain(text: str) -> str:
    """`text` (numbers written `#v`) in the words `rates` reads."""
    t = re.sub(r"\bmph\b", "miles per hour", text)
    # a rate asked: "how many miles per gallon does it get" is how many miles on one gallon
    t = re.sub(r"\b(how many [a-z]+(?: (?:does|do|did|can|will) (?:it|he|she|they|the [a-z]+) "
               r"[a-z]+)?) per (?!one\b|an?\b)([a-z]+)\b", r"\1 per one \2", t)
    # "a store sells pencils at 3 for $0.75", "pencils are sold 3 for $0.75": 3 pencils cost
    t = re.sub(r"\b(?:(?:a|the) (?:store|shop|market|stand|vendor) sells|(?P<n1>[a-z]+) (?:are|is) "
               r"sold) (?:(?P<n2>[a-z]+) )?(?:at )?(?P<a>#\d+) for (?P<b>#[\d./]+ dollars?)",
               lambda m: f"{m.group('a')} {m.group('n1') or m.group('n2')} cost {m.group('b')}"
               if (m.group("n1") is None) != (m.group("n2") is None) else m.group(0), t)
    # "a store sells 3 notebooks for $4.50", "a bakery sells 6 muffins for $9": 3 notebooks cost
    t = re.sub(r"\b(?:a|the) (?:[a-z]+ )?(?:store|shop|market|stand|vendor|bakery|cafe|farmer) "
               r"sells (?P<a>#\d+) (?P<n>[a-z]+) for (?P<b>#[\d./]+ dollars?)",
               r"\g<a> \g<n> cost \g<b>", t)
    # "how much flour is needed": asked in the one unit the story measures flour in
    much = re.search(r"\bhow much ([a-z]+)\b(?! of\b)", t)
    measured = set(re.findall(rf"{_NUM} ([a-z]+) of {much.group(1)}\b", t)) if much else set()
    if much and len(measured) == 1:
        t = f"{t[:much.start()]}how many {measured.pop()} of {much.group(1)}{t[much.end():]}"
    return t


__all__ = ["plain"]
