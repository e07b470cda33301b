"""A later clause that refers back to integers described earlier, put as one question.

"Find all positive integers n such that C. Give their sum." asks "find the sum of all
positive integers n such that C."; "If n is a positive integer and C, find the smallest
such n." asks "find the smallest positive integer n such that C.". Each rewording only
moves the description into the question that refers to it; every word of the description
and of the condition is kept, so a reader still declines on any word it does not know.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.problem_text import Split, without_slot

_ALL = (r"(?P<find>find|determine|list) (?:all|every|each) (?P<what>(?:(?:positive|negative|"
        r"nonnegative|non-negative|odd|even|prime|whole|natural) )*(?:integers?|numbers?|primes?)"
        r"(?: @\d+@)? (?:such that|for which|with|that|where) .+?)")
_AGGREGATE = re.compile(_ALL + r"[.;] (?:then )?(?:give|enter|find|compute|what is|report|state)"
                        r" (?:their|the) (?P<agg>sum|product)(?: of (?:them|these|those|all "
                        r"such (?:integers|numbers)))?(?P<end>[.?])")
_SUCH = re.compile(r"(?:if|suppose|given that) (?P<letter>@\d+@|[a-z]) is (?:a|an) (?P<kind>(?:"
                   r"(?:positive|negative|nonnegative|odd|even|whole|natural) )*(?:integer|"
                   r"number)) (?:and|such that|for which) (?P<cond>.+?)[,.] (?P<ask>find|what is|"
                   r"determine|compute) the (?P<ext>smallest|largest|least|greatest) (?:such|"
                   r"possible|possible such) (?P<again>@\d+@|[a-z])"
                   r"(?P<tail> (?:less|greater|smaller|larger|more) than @\d+@)?(?P<end>[.?])")


def _letter(said: str, maths: list[str]) -> str | None:
    """The one letter a template's word or maths slot names, or None."""
    text = maths[int(said[1:-1])].strip() if said.startswith("@") else said
    return text if re.fullmatch(r"[a-zA-Z]", text) else None


def rewordings(split: Split) -> list[Split]:
    """The one question `split` asks with its reference resolved; empty when none."""
    tmpl, maths = split.template, split.maths
    out: list[Split] = []
    if (m := _AGGREGATE.fullmatch(tmpl)) is not None:
        out.append(Split(f"{m.group('find')} the {m.group('agg')} of all {m.group('what')}"
                         f"{m.group('end')}", maths))
    if (m := _SUCH.fullmatch(tmpl)) is not None and _letter(m.group("letter"), maths) == _letter(
            m.group("again"), maths) is not None:
        said = (f"{m.group('ask')} the {m.group('ext')} {m.group('kind')} "
                f"{m.group('letter')}{m.group('tail') or ''} such that {m.group('cond')}"
                f"{m.group('end')}")
        again = m.group("again")
        out.append(without_slot(said, maths, int(again[1:-1])) if again.startswith("@")
                   else Split(said, maths))
    return out


__all__ = ["rewordings"]
