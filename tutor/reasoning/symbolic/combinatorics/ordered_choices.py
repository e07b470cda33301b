"""Reader of choices said to be in order: "How many ways can 4 people be chosen from 10 if
order matters?", "In how many ways can 3 books be selected from 7 if the order of selection
is important?", "... be picked from 12, in order?".

Everything but the note on order is read by the unordered reader (`selections`), so the
same wordings, pools and near misses hold; the count is then n (n - 1) ... (n - k + 1),
confirmed by listing the ordered choices (or n!/(n - k)!).
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.choice_counts import in_order
from tutor.reasoning.symbolic.combinatorics.selections import choice_sizes
from tutor.reasoning.symbolic.combinatorics.wording import quick
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

# the note, said once: "if order matters", "(the order of selection is important)", ", in order"
_ORDER = re.compile(
    r",? \(?(?:(?:if|when|where|since|as|and) )?(?:the )?order(?: of (?:the )?(?:selection|"
    r"choice|choosing|selecting|picking))? (?:matters|is important|counts)\b\.?\)?"
    r"|,? in (?:that |a particular |a specific )?order(?= ?[?.]| ?$| from\b)")
# order denied, or a choice that has none (a committee, a subset, a hand of cards)
_NOT = re.compile(r"\b(?:not|n't|doesn't|without|regardless|any order|(?:sub)?committees?|teams?|"
                  r"groups?|panels?|(?:sub)?sets?|hands?|combinations?|pairs?)\b")


def ordered_choices(split: Split, template: str) -> Result | None:
    if not quick(template, "order"):
        return None
    notes = list(_ORDER.finditer(template))
    pool_said = re.sub(r"\b(?:from|of|in) (?:a|an|the|our|my|his|her|their) (?:team|group|set)\b",
                       "", template)  # "from a team of 11": the pool, not the choice
    if len(notes) != 1 or len(re.findall(r"\border\b", template)) != 1 or _NOT.search(pool_said):
        return None
    if re.search(r"\bto [a-z]+ (?:[a-z]+ )?in (?:[a-z]+ )*order\b", template):
        return None  # "to read in order": the order of a purpose, not of the choice (unsaid)
    note = notes[0]
    sizes = choice_sizes(split, template[:note.start()] + template[note.end():])
    return None if sizes is None else in_order(*sizes, "ordered choices")


__all__ = ["ordered_choices"]
