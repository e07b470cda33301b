"""Words that describe a pool of things to choose from without changing how many there are or
that they are all different, read for `selections.choices`.

- what kind of class, book or course they are: "2 out of 7 art classes", "3 of 12 history
  books", "15 different comic books" (a subject or genre from a fixed list, never a colour, a
  size or "identical": "9 red marbles" may be alike, and then the count is another; one kind
  only: "9 math books ... 3 history books" declines);
- "different colored beads", "different-flavored candies": things said different, and of
  different colours (never "colored" alone after "identical" or "same");
- where they are kept: "in a jar", "from her drawer", "on his shelf";
- a club or team told by its kind: "our book club has 18 members", "my water polo team";
- members chosen "to form a 4-person planning committee" (the committee's purpose from a
  fixed list: "executive", "steering", "review" ...; never "mixed" or "all-girl").
Each is rewritten to the plain phrase the reader knows, or taken out.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline

# kinds of class, course or book: a subject or a genre
_KINDS = (r"art|arts|math|maths|mathematics|music|science|history|english|french|spanish|german|"
          r"latin|chinese|biology|chemistry|physics|computer|drama|dance|cooking|language|"
          r"writing|poetry|geography|economics|psychology|comic|picture|story|mystery|cook|"
          r"board|video|elective|summer|online|evening|pop|rock|jazz|folk|classical|favourite|"
          r"favorite")
_KIND_NOUNS = r"classes|courses|books|novels|songs|games|movies|films|albums|lessons"
# "#7 art classes", "#12 different history books", "her #13 colored pencils"
_KIND_BEFORE = (r"(?<=#\d)(?P<keep>\d* (?:different |distinct )?)(?P<kind>" + _KINDS + r") (?=(?:"
                + _KIND_NOUNS + r")\b)")
_COLOURED = (r"(?<=#\d)(?P<keep>\d* )(?:(?:different|distinct)[- ])?(?P<kind>colou?red|flavou?red|"
             r"patterned|shaped|sized) (?=[a-z]+s\b)")
_DIFFERENT_COLOURED = (r"(?<!identical)(?<!same)(?P<keep> (?:different|distinct))[- ](?P<kind>"
                       r"colou?red|flavou?red|patterned|shaped|sized)\b")
# (not "are in a drawer", the end of a listed pool the reader knows)
_KEPT_IN = (r"(?<! are)(?<! is)(?<! lie)(?<! sit)(?<! kept)(?<! placed) (?:in|on|from) (?:a|the|"
            r"his|her|my|our|their) (?:jar|cup|bowl|box|bag|drawer|"
            r"shelf|bin|basket|case|tin|pot|crate|chest|closet|cupboard|bookcase|pencil case)"
            r"(?= ?[.?,]| ?$| (?:to|in how|how|if)\b)")
_NOT_KIND = r"(?!(?:not|no|new|old|whole|own|other|second|first)\b)"
_CLUB_KIND = (r"(?P<keep> (?:our|my|the)) " + _NOT_KIND + r"[a-z]+(?: " + _NOT_KIND + r"[a-z]+)?"
              r"(?= (?:club|team|society|choir|band) (?:has|contains|consists of)\b)")
# "choose members to form a 4-person planning committee": the k-person committee is the choice
_PURPOSES = (r"executive|planning|steering|organi[sz]ing|review|advisory|budget|social|finance|"
             r"program|programme|study|working|safety|welcome|selection|fundraising|events|"
             r"hiring|search|nominating|judging|editorial|research|design|outreach|leadership")
MEMBERS_TO_FORM = (r" (?:choose|select|pick) (?:members|students|people|players|volunteers) to "
                   r"form (?:a|an) #(?P<k>\d+)[- ](?:person|member|student|player) (?:(?:"
                   + _PURPOSES + r") )?(?:committee|subcommittee|group|team|panel)\b(?! of #)")


def plain_pool(w: Wording) -> None:
    """`w` with the describing words of its pool made plain (see the module's docstring).
    Decline when two kinds are told ("9 math books ... choose 3 history books"): the things
    chosen may not be of the pool."""
    kinds = {m["kind"].replace("colour", "color").replace("flavour", "flavor")
             for p in (_KIND_BEFORE, _DIFFERENT_COLOURED, _COLOURED)
             for m in re.finditer(p, w.text)}
    if len(kinds) > 1:
        raise Decline("things of two kinds are told")
    text = re.sub(_KIND_BEFORE, r"\g<keep>", w.text)
    text = re.sub(_DIFFERENT_COLOURED, r"\g<keep>", text)
    text = re.sub(_COLOURED, r"\g<keep>", text)
    text = re.sub(_CLUB_KIND, r"\g<keep>", text)
    w.text = re.sub(_KEPT_IN, "", text)


__all__ = ["MEMBERS_TO_FORM", "plain_pool"]
