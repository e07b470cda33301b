"""Reader of a whole split by a chain of fractions and percents: "Forty percent of the 300
members of a club are adults, and a third of those adults are retired. How many retired
adults are in the club?", "Two out of every seven dogs at a shelter are puppies. If the
shelter has 84 dogs, how many puppies does it have?", "Of a farm's fields, 3/4 grow grain;
of the rest, half grow beans. What fraction of the fields grow beans?", and the same chain
read backwards ("If 16 members are retired, how many members does the club have?").

The situation is a tree of groups (`share_groups`): the whole, and each part said of a
group ("f of those adults are retired", "of the rest, half ...", "the remainder are ...").
The whole's size is told in a clause of its own ("there are 300 members", "the shelter has
84 dogs", "in a sample of 250 adults") or inside a share ("f of the 300 members ..."); a
count of a part may be told instead ("16 members are retired"). The question asks how many
are in a group, or what fraction or percent of one group another is. A group is named by
its words (the question's words must all describe it). Every clause must be one of these;
a word that changes the picture ("not", "more", "both", "also", "each", "left") leaves the
problem unread. Solved and confirmed by `Story` (every relation evaluated again in exact
fractions); counts of things must come out whole.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.share_groups import Group, Groups, described

_Q = r"(?P<q>#\d+(?:/\d+|\.\d+)?(?: percent)?)"
_VERBS = ("are is were was play plays played take takes took live lives lived like likes liked "
          "own owns owned wear wears wore speak speaks spoke ride rides rode walk walks walked "
          "prefer prefers preferred suffer suffers suffered have has had study studies studied "
          "attend attends attended work works worked belong belongs belonged vote votes voted "
          "support supports supported go goes went need needs needed grow grows grew contain "
          "contains choose chooses chose chosen passed failed pass fail passes fails bike "
          "bikes biked swim swims swam sing sings sang drive drives drove travel travels "
          "traveled commute commutes commuted come comes came enjoy enjoys enjoyed watch "
          "watches watched listen listens listened plan plans planned know knows knew carry "
          "carries carried").split()
_VERBS += "favor favors favored oppose opposes opposed".split()
_VERB = r"(?:" + "|".join(_VERBS) + r")"
_SPLIT = re.compile(rf"^(?P<ref>.+?) (?P<pred>{_VERB}\b.*)$")
_THOSE = re.compile(r"^(?:them|those|these|those ones)$")
_REST = re.compile(r"^(?:the rest|the remainder|the others|the remaining(?: [a-z]+)?)"
                   r"(?: of (?:them|those|these))?$")
_WHOLE = [
    re.compile(r"^there (?:are|were|is) (?P<n>#\d+) (?P<noun>[^#]+)$"),
    re.compile(r"^(?P<owner>[^#]+?) (?:has|have|had|holds|contains|is carrying|was carrying|"
               r"carries|carried|enrolls|employs|surveyed|asked|polled|sampled|bought|made|"
               r"baked|picked|collected|grew|planted|caught|received|ordered) (?P<n>#\d+) "
               r"(?P<noun>[^#]+)$"),
    re.compile(r"^(?:in |among |of )?(?:a|an|the) (?:random )?(?P<owner>[a-z]+) of (?P<n>#\d+) "
               r"(?P<noun>[^#]+)$"),  # "a survey of 400 voters", "a town of 5000 people"
]
# a whole of untold size: "in a jar of marbles", "of the pupils in a class"
_WHOLE_UNTOLD = re.compile(r"^(?:in|of|among) (?:a|an|the) (?:(?!of\b)[a-z]+ ){0,2}of "
                           r"(?P<noun>[a-z]+)$")
# the rest counted: "the remaining 30 are white", "the rest, 12 marbles, are green"
_REST_COUNT = re.compile(rf"^(?P<ref>the (?:rest|remainder|remaining)),? (?P<k>#\d+)"
                         rf"(?: (?P<noun>[a-z]+))?,? (?P<pred>{_VERB}\b.*)$")
_BLOCK = re.compile(r"\b(?:not|no|n't|neither|nor|more|less|fewer|than|times|increase[sd]?|"
                    r"decrease[sd]?|each|per|average|mean|ratio|left|both|either|also|"
                    r"additional|another|only|except|other|new|join|joined|leave|leaves|"
                    r"instead|original|after|before|same|different|least|most|every|or|"
                    r"remain|remains|exactly|about|approximately|probability|chance|"
                    r"removed?|removes|taken|given|gave|sells|selling|sold|eaten|eats?|ate|drinks?|"
                    r"drank|lost|loses|spent|spends|added|thrown|broken|stolen|moved|returned|"
                    r"donated|used|uses|away|out)\b")  # amounts that change: "5 are removed"
_ASK_COUNT = [re.compile(r"^how (?:many|much) (?P<w>.+)$"),
              re.compile(r"^(?:what|find|determine|compute)(?: is| was)? the number of (?P<w>.+)$")]
_ASK_SHARE = re.compile(r"^what (?P<how>percent|percentage|fraction)(?: of (?P<ref>.+?))? "
                        rf"(?P<w>{_VERB}\b.*)$")


def _value(q: str) -> Fraction:
    v = wording.value(q.replace(" percent", ""))
    return v / 100 if q.endswith("percent") else v


def _text(split: Split, template: str) -> tuple[str, int | None, str | None]:
    w, places, form = nw.read_story(split, template)
    w = re.sub(r"#(\d+) (?:out of|in|of) every #(\d+) ", lambda m: f"#{m.group(1)}/"
               f"{m.group(2)} of the " if int(m.group(2)) else m.group(0), w)
    w = re.sub(r"#(\d+)/1 ", r"#\1 ", w)
    w = re.sub(r"\b(the (?:rest|remainder)), (#\d+(?: [a-z]+)?), ", r"\1 \2 ", w)
    w = re.sub(r"\bwould you expect to ", "", w)
    # "of the bus riders, 25 percent live in town" -> "25 percent of the bus riders live ..."
    w = re.sub(r" (?:found|showed|shows|revealed|learned|noticed) that ", ". ", w)
    w = re.sub(rf"\bof (them|(?:the|those|these)(?: #\d+)?(?: [a-z' ]+?)?), {_Q} ",
               lambda m: f"{m.group('q')} of {m.group(1)} ", w)
    return _other_half(w), places, form


# people split in two by one word: "30% of the students are boys ... how many girls?"
_HALVES = {"boys": "girls", "girls": "boys", "men": "women", "women": "men"}


def _other_half(w: str) -> str:
    """The rest said when the question asks for the other half of a pair the story split
    ("the rest are girls"), and the story names no other group of the kind."""
    ask = re.search(r"\bhow many (boys|girls|men|women)\b", w)
    if ask is None or len(re.findall(rf"\b{ask.group(1)}\b", w)) != 1:
        return w
    told = _HALVES[ask.group(1)]
    said = re.findall(rf"\b(?:are|were) {told}\b", w)
    if len(said) != 1 or re.search(r"\b(?:rest|remainder|others|remaining)\b", w):
        return w
    end = w.rfind(". ", 0, ask.start())  # before the question's sentence
    if end < 0:
        return w
    return w[:end + 1] + f" the rest are {ask.group(1)}." + w[end + 1:]


def _clauses(text: str) -> list[str]:
    out = []
    for s in re.split(r"(?<=[.?!;])\s+", text):
        s = s.strip(" .?!;")
        for c in re.split(r",? (?:and|but|while|whereas) (?=#|the rest|the remainder)|, (?=#|if "
                          r"|how |what |the rest|the remainder)| if |,? and (?=the remaining #)",
                          s):
            c = re.sub(r"^(?:if|so|then|and|but) ", "", c.strip(" ,"))
            if c:
                out.append(c)
    return out


class _Reading:
    def __init__(self, countable: bool) -> None:
        self.groups = Groups()
        self.story: Story | None = None
        self.facts: list[tuple[sp.Basic, sp.Basic, str]] = []
        self.countable = countable

    def group(self, ref: str, *, create_whole: bool = True) -> Group:
        """The group a phrase refers to; its inline size ("the 300 members") is a fact."""
        g = self.groups
        if _THOSE.fullmatch(ref):
            if g.last is None:
                raise Decline("'those' before any group")
            return g.last
        if _REST.fullmatch(ref):
            if g.last is None or g.last.parent is None:
                raise Decline("'the rest' before any part")
            parent = g.last.parent
            left = g.rest_of(parent)
            rest = g.add(frozenset(), parent, rest=True)  # named by its parent and its parts
            self.facts.append((rest.symbol, left, "the rest"))
            return rest
        n = re.search(r"#(\d+)\b(?!/)", ref)
        words = described(re.sub(r"#\S+", " ", ref))
        if not words or ref.count("#") > (1 if n else 0):
            raise Decline("a group named by numbers")
        last = g.last
        found = last if re.match(r"(?:those|these) ", ref) and last is not None and \
            words <= last.full else g.named(words)  # "those pupils": the ones just told
        if found is None:
            if g.items or not create_whole:
                raise Decline("a group not told before")
            found = g.add(words, None)
        if n:
            self.facts.append((found.symbol, sp.Integer(n.group(1)), ref))
        return found

    def clause(self, c: str) -> bool:
        for pattern in _WHOLE:
            m = pattern.fullmatch(c)
            if m:
                words = described(m.group("noun"))
                whole = self.groups.named(words) if self.groups.items else \
                    self.groups.add(words | described(m.groupdict().get("owner") or ""), None)
                if whole is None or whole is not self.groups.whole:
                    raise Decline("a count of a group that is not the whole")
                self.facts.append((whole.symbol, sp.Integer(m.group("n")[1:]), c))
                return True
        untold = _WHOLE_UNTOLD.fullmatch(c)
        if untold and not self.groups.items:
            self.groups.add(described(untold.group("noun")), None)
            return True
        counted_rest = _REST_COUNT.fullmatch(c)
        if counted_rest and "#" not in counted_rest.group("pred"):
            g = self.group(counted_rest.group("ref"))
            noun = counted_rest.group("noun")
            if noun and self.groups.whole is not None and described(noun) - self.groups.whole.full:
                raise Decline("the rest counted in other things")
            g.own = described(counted_rest.group("pred"))
            self.facts.append((g.symbol, sp.Integer(counted_rest.group("k")[1:]), c))
            return True
        m = re.fullmatch(rf"{_Q} of (?P<rest>.+)", c)
        if m and not re.fullmatch(r"#\d+", m.group("q")):  # "16 of the adults": a count
            split = _SPLIT.fullmatch(m.group("rest"))
            if split is None:
                return False
            parent = self.group(split.group("ref"))
            self._part(parent, split.group("pred"), m.group("q"), c)
            return True
        bare = re.fullmatch(rf"{_Q} (?P<pred>{_VERB}\b.*)", c)
        if bare and not re.fullmatch(r"#\d+", bare.group("q")) and self.groups.whole:
            self._part(self.groups.whole, bare.group("pred"), bare.group("q"), c)
            return True  # "in a town of 5000 people, 30% are children": a share of the whole
        rest = re.fullmatch(r"(?P<ref>the (?:rest|remainder|others|remaining(?: [a-z]+)?)) "
                            rf"(?P<pred>{_VERB}\b.*)", c)
        if rest:
            g = self.group(rest.group("ref"))
            g.own = described(rest.group("pred"))
            if "#" in rest.group("pred"):
                raise Decline("a number said of the rest")
            return True
        count = re.fullmatch(r"(?P<k>#\d+) (?P<body>.+)", c)
        if count:
            split = _SPLIT.fullmatch(count.group("body"))
            if split is None or "#" in count.group("body"):
                return False
            ref = re.sub(r"^of ", "", split.group("ref"))
            words = described(ref) | described(split.group("pred"))
            named = self.groups.named(words, every=True) if self.groups.items else None
            if named is None:
                return False  # a count of a group told before ("16 of the adults are retired")
            self.facts.append((named.symbol, sp.Integer(count.group("k")[1:]), c))
            return True
        return False

    def _part(self, parent: Group, pred: str, q: str | None, said: str) -> Group:
        if "#" in pred:
            raise Decline("a number said of a part")
        child = self.groups.add(described(pred), parent)
        if not child.own:
            raise Decline("a part described by no word")
        if q is not None:
            f = _value(q)
            if not 0 < f <= 1:
                raise Decline("a share that is not a part of its group")
            self.facts.append((child.symbol, sp.Rational(f.numerator, f.denominator)
                               * parent.symbol, said))
        return child


def share_chains(split: Split, template: str) -> Result | None:
    if not re.search(r"\bof\b", template):
        return None
    text, places, form = _text(split, template)
    if _BLOCK.search(text) or "#" not in text or "@" in text:
        return None
    clauses = _clauses(text)
    asks = [c for c in clauses if re.match(r"(?:how (?:many|much)|what|find|determine|compute)"
                                           r"\b", c)]
    if len(asks) != 1:
        return None
    reading = _Reading(countable=True)
    for c in clauses:
        if c is not asks[0] and not reading.clause(c):
            return None
    groups = reading.groups
    if groups.whole is None or len(groups.items) < 2 or \
            not any(c.parent is not None and not c.rest for c in groups.items):
        return None
    ask = asks[0]
    counted = next((m for p in _ASK_COUNT if (m := p.fullmatch(ask))), None)
    share = _ASK_SHARE.fullmatch(ask)
    if counted:
        target_group = groups.named(described(counted.group("w")), every=True)
        if target_group is None:
            raise Decline("the group asked is not one told")
        if target_group is groups.whole and any(f[0] is target_group.symbol
                                                for f in reading.facts):
            raise Decline("the whole asked is the whole told")
        target: sp.Basic = target_group.symbol
        scale, asked = 1, "the number asked"
    elif share:
        base = groups.named(described(share.group("ref"))) if share.group("ref") else groups.whole
        if base is None:
            raise Decline("the group asked about is not one told")
        part = groups.named(described(share.group("w")) | base.full, within=base, every=True)
        if part is None or part is base:
            raise Decline("the part asked is not one told")
        scale = 1 if share.group("how") == "fraction" else 100
        target = scale * part.symbol / base.symbol
        asked = "the percent" if scale == 100 else "the fraction"
    else:
        return None
    nouns = [w for w in groups.whole.own if units.unit(w, abbreviations=False)]
    story = Story([g.symbol for g in groups.items], positive=True, whole=not nouns)
    sizes = [f for f in reading.facts if f[0] is groups.whole.symbol and f[1].is_Integer]
    if not any(f[1].is_Integer for f in reading.facts):
        if counted:
            raise Decline("no size is told")
        story.whole = False
        story.state(groups.whole.symbol, 1, "take the whole as 1")
    for lhs, rhs, said in reading.facts:
        story.state(lhs, rhs, said)
    if len(sizes) > 1:
        raise Decline("two sizes of the whole")
    answer, steps = story.solve(lambda _sol: target, asked)
    if isinstance(answer, sp.Rational) and (places is not None or form is not None):
        v = Fraction(int(answer.p), int(answer.q))
        got = nw.in_form_asked(v, nw.tex_of(v), places, form)
        if got is not None:
            return got[0], steps + got[1]
    return answer, steps


__all__ = ["share_chains"]
