"""Reading draws from a collection of items of several kinds (`urns`) from the words.

The stock: "a jar holds 3 red, 4 blue and 2 white beads", "a drawer with 5 forks, 4
spoons and 3 knives in it", "Lena has 6 green apples and 4 yellow apples", "a club has
12 members: 5 boys and 7 girls", "Tom has 9 pens. 4 of them are black and 5 of them are
blue", "of the 8 finalists, 3 are female and 5 are male". The draw: "2 beads are drawn",
"she randomly picks 3 apples", "a 4-person committee is chosen at random", with or without
replacement. The event: "both are red", "they are all the same colour", "exactly 2 of
them are knives", "at least 1 boy and at least 1 girl", "one fork, one spoon and one
knife", "none of them is blue". Every kind the event names must be in the stock.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.urns import Test, Urn, expected, solve
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

ADJECTIVES = (
    "red|blue|green|yellow|white|black|purple|orange|pink|brown|gray|grey|silver|gold|tan|"
    "violet|magenta|cyan|maroon|teal|male|female")
_NOUN = (r"(?!(?:is|was|has|does|its|this|his|hers|yours|ours|times|days|plus|minus|less|"
         r"thus|yes|us)\b)(?:[a-z]{2,}(?:s|men|ren|ople)|men)")
_PART = r"#\d+ (?:(?:" + ADJECTIVES + r")(?: " + _NOUN + r")?|" + _NOUN + r")"
_LIST = _PART + r"(?:,? (?:and )?" + _PART + r")+"
_OF_THEM = r"(?:of (?:them|these|those|which) )?(?:are |is )?"
_SPLIT_PART = r"#\d+ " + _OF_THEM + r"(?:" + ADJECTIVES + r"|" + _NOUN + r")"
_SPLIT_LIST = _SPLIT_PART + r"(?:,? (?:and )?" + _SPLIT_PART + r")+"
CONTAINER = (r"(?:bag|box|jar|urn|drawer|basket|bin|bowl|hat|bucket|sack|cup|pile|crate|tin|carton|"
             r"case|pack|packet|tray|batch|shipment)")
_OWNER = r"(?:(?!(?:no|not|never|nobody)\b)[a-z]+)"
_GROUP = r"(?:(?:a|an|the|our|my|his|her|their) (?:[a-z]+ )?(?:club|class|group|team|committee))"
STOCK_PHRASES = [
    r" (?:a|an|the|one|our|my|his|her|their) " + CONTAINER + r" (?:contains|has|holds|with|"
    r"containing|is filled with) (?P<list>" + _LIST + r")(?:,? and no other " + _NOUN
    + r")?(?: in it)?\b",
    r" " + _OWNER + r" (?:has|have) (?P<list>" + _LIST + r")(?: in (?:a|the|his|her|my|their|"
    r"our) " + CONTAINER + r")?\b",
    r" (?:" + _OWNER + r"|" + _GROUP + r") (?:has|have|contains|consists of) #(?P<all>\d+) "
    r"(?P<noun>" + _NOUN + r")[:;,.]? (?P<split>" + _SPLIT_LIST + r")\b",
    r" of the (?:final )?#(?P<all>\d+) (?P<noun>" + _NOUN + r")(?: (?:in|on|at|of) (?:a|an|the) "
    r"(?:[a-z]+ )?[a-z]+)?,? (?P<split>" + _SPLIT_LIST + r")\b"]
# one kind said as a part of the whole: "a box contains 10 light bulbs, 3 of which are
# defective", "of the 12 eggs in a carton, 2 are cracked": the rest are one other kind, which
# the event cannot name
_ONE_KIND = [
    r" (?:a|an|the|one) " + CONTAINER + r" (?:contains|has|holds) #(?P<all>\d+) (?:[a-z]+ )?"
    r"(?P<noun>" + _NOUN + r"),? (?:(?:and )?#(?P<j>\d+) of (?:which|them|these) (?:are|is)|"
    r"of which #(?P<j2>\d+) (?:are|is)) (?P<kind>[a-z]+)\b",
    r" of the #(?P<all>\d+) (?:[a-z]+ )?(?P<noun>" + _NOUN + r") (?:in|on|at) (?:a|an|the) "
    r"[a-z]+,? #(?P<j>\d+) (?:are|is) (?P<kind>[a-z]+)\b"]
_REST = "of the rest"
# why the items are drawn changes nothing: "two plates to serve dinner on, what is ...", "two
# are chosen to be the winners, what is ..."
_PURPOSE = (r" to (?:serve|eat|use|wear|take|give|play|bring|share|read|hand out|be|become|"
            r"act as|serve as)(?: (?!(?:not|"
            r"no|never|and|or|each|both|all|same|different|" + ADJECTIVES + r")\b)[a-z]+){0,3}"
            r"(?=,? what\b| ?[?.])")
_DRAW = [
    r" (?:#(?P<k>\d+)|a|an|one) (?:pieces? of [a-z]+ |" + _NOUN + r" |of (?:them|the " + _NOUN
    + r") |[a-z]+ "
    r"(?=(?:is|are) (?:randomly )?(?:drawn|selected|chosen|picked|removed|taken)))?(?:is |are |"
    r"were |will be )(?:(?:randomly|then) )?(?:drawn|selected|chosen|pulled|taken|removed|"
    r"picked)(?: out)?\b",
    r" (?:(?:i|you|we|he|she|they|" + _OWNER + r") )?(?:(?:then|randomly|will|reach(?:es)? "
    r"in and) )*(?:draws?|picks?|selects?|chooses?|takes?|pulls?|removes?|grabs?)(?: out)? "
    r"#(?P<k>\d+) (?:pieces of [a-z]+|of them|of the " + _NOUN + r"|" + _NOUN + r")\b",
    r" (?:a|one) #(?P<k>\d+)-(?:person|member|student|people) (?:committee|team|group|panel) "
    r"is (?:randomly )?(?:chosen|selected|formed|picked)\b"]
# the draw and the event in one phrase: "the probability of drawing a green marble", "... of
# picking 2 red balls" (every item drawn of that kind)
_DRAW_KIND = (r"(?<=; ) ?(?:of )?(?:randomly )?(?:drawing|picking|choosing|selecting|pulling out|"
              r"taking out|getting) (?:a|an|one|#(?P<k>\d+)) (?P<k1>[a-z]+)(?: " + _NOUN + r")?"
              r"(?! (?:and|or|then|but|not|that|which|from (?!(?:the|this|that|his|her|my|their|"
              r"our) )))\b")
# "a marble is drawn and replaced, then a second marble is drawn": two draws, put back or not
_TWICE = (r" (?:a|one) (?:[a-z]+ )?is (?:randomly )?(?:drawn|selected|chosen|picked|"
          r"taken|removed)(?: at random)?,? (?:and )?(?:then )?(?:(?P<back>replaced|put back|"
          r"returned)|(?P<kept>not replaced|not put back|set aside|kept))(?: (?:in|to) the "
          + CONTAINER + r")?,? (?:and )?(?:then )?a second (?:[a-z]+ )?is (?:then )?"
          r"(?:drawn|selected|chosen|picked|taken|removed)\b")
_HOW = (r",? \(?(?P<how>without replacement|with replacement|at the same time|simultaneously|"
        r"at once|together)\)?")
_FROM = r" (?:from|out of) (?:the|this|that|his|her|my|their|our) (?:" + CONTAINER + r"|" + _NOUN \
    + r")\b"
_SUBJ = (r"(?=(?:both|all|each|the|these|those|they|them)\b)(?:(?:both|all|each)(?: of)? )?"
         r"(?:(?:the|these|those) #(?P<sn>\d+) |(?:the|these|those|"
         r"they|them) )?(?:(?:"
         + _NOUN + r"|ones|of them) )?(?:(?:drawn|chosen|selected|removed|picked|taken|pulled|"
         r"(?:i|you|we|he|she|they) (?:chooses|chose|draws|drew|picks|picked|selects|removes|"
         r"gets?|got)) )?"
         r"(?:will )?(?:both |all )?(?:be|are|is)")
_HAVE = (r"(?:(?:the|their|our|my) [a-z]+ (?:has|have|contains|includes|will have) |(?:i|you|we|"
         r"he|she|they) (?:gets?|draws?|picks?|chooses?|will get) )?")
_EVENTS = {
    "same": r" " + _SUBJ + r" (?:all |both )?(?:of )?(?:the same (?:colour|kind|type)|the same)\b",
    "diff": r" " + _SUBJ + r" (?:all |both )?(?:of )?(?:different colours|different kinds)\b",
    "each": r" " + _HAVE + r"at least #1 (?P<k1>[a-z]+) and at least #1 (?P<k2>[a-z]+)\b",
    "count": r" " + _HAVE + r"(?P<cmp>exactly|at least|at most) #(?P<j>\d+) (?:of (?:them|the "
             + _NOUN + r") )?(?:are |is |will be )?(?P<k1>[a-z]+)\b",
    "none": r" (?:none|neither) (?:of them )?(?:is|are|will be) (?P<k1>[a-z]+)\b",
    "makeup": r" " + _HAVE + r"(?:exactly )?#(?P<a>\d+) (?P<k1>[a-z]+),? (?:#(?P<b>\d+) "
              r"(?P<k2>[a-z]+),? )?and #(?P<c>\d+) (?P<k3>[a-z]+)\b",
    "all": r" " + _SUBJ + r" (?:all |both )?(?P<k1>[a-z]+)\b"}
# words for the items as a whole, never one kind among others
_WHOLE = {"member", "player", "student", "person", "child", "kid", "item", "object", "thing",
          "piece", "people", "total", "other"}
_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person",
              "knives": "knife", "candies": "candy"}


def singular_kind(word: str) -> str:
    """A kind's name, singular ('boys' and 'boy' are one kind)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def stock_counts(m: re.Match[str]) -> tuple[dict[str, int], set[str]]:
    """Counts by kind, and the nouns that name the items themselves."""
    kinds: dict[str, int] = {}
    nouns: set[str] = set()
    said = m.groupdict().get("list") or m.group("split")
    parts = re.findall(r"#(\d+) " + _OF_THEM + r"([a-z]+)(?: (" + _NOUN + r"))?", said)
    for n, word, noun in parts:
        if noun:
            nouns.add(singular_kind(noun))
        if singular_kind(word) in kinds:
            raise Decline("a kind listed twice")
        kinds[singular_kind(word)] = int(n)
    if m.groupdict().get("all"):
        nouns.add(singular_kind(m.group("noun")))
        if int(m.group("all")) != sum(kinds.values()):
            raise Decline("the kinds do not add up to the whole")
    adjectives = [k for k in kinds if re.fullmatch(ADJECTIVES, k)]
    if not adjectives and (set(kinds) & _WHOLE or any(
            2 * n == sum(kinds.values()) for n in kinds.values() if len(kinds) > 2)):
        raise Decline("a whole listed with its parts")
    if adjectives and len(adjectives) != len(kinds) or len(nouns) > 1:
        raise Decline("kinds said as colours and as things at once")
    return kinds, nouns


def _part_counts(m: re.Match[str]) -> tuple[dict[str, int], set[str]]:
    """'10 bulbs, 3 of which are defective': 3 defective and 7 of the rest."""
    whole, j = int(m.group("all")), int(m.group("j") or m.group("j2"))
    kind = singular_kind(m.group("kind"))
    if not 0 < j < whole or kind in _WHOLE or kind in ("not", "no", "the", "a", "an"):
        raise Decline("a part of the items that is a kind")
    return {kind: j, _REST: whole - j}, {singular_kind(m.group("noun"))}


def urn_draws(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not re.search(
            r"\b(?:drawn|chosen|selected|picked|removed|taken|pulled|draws?|picks?|selects?|"
            r"chooses?|removes?|takes?|pulls?|grabs?|drawing|picking|choosing|selecting|pulling|"
            r"taking|getting)\b", template):
        return None
    w = Wording.of(split, template)
    stock = [m for p in STOCK_PHRASES for m in w.take(p)]
    part = [m for p in _ONE_KIND for m in w.take(p)] if not stock else []
    twice = w.take(_TWICE)
    draw = twice + [m for p in _DRAW for m in w.take(p)]
    hows = w.take(_HOW)
    w.take(_FROM)
    w.take(_PURPOSE)
    w.take(r" (?:at random|randomly)\b")
    ask = w.take(ASK)
    both = w.take(_DRAW_KIND) if ask else []
    if both and draw and (twice or int(both[0].group("k") or 1) != int(
            draw[0].groupdict().get("k") or 1)):  # "2 are taken ... of picking 2 purple beads"
        raise Decline("the items the event speaks of are not the items drawn")
    draw += both if not draw else []
    found = [("all", m) for m in both] or [(kind, m) for kind, p in _EVENTS.items()
                                           for m in w.take(p)]
    if len(stock) + len(part) != 1 or len(draw) != 1 or len(ask) != 1 or len(found) != 1 or \
            len(hows) > 1:
        return None
    kinds, nouns = stock_counts(stock[0]) if stock else _part_counts(part[0])
    for noun in nouns:  # "red marbles": the items' own name changes nothing
        w.take(r" " + noun + r"(?:s|es)?\b")
    if not w.only_glue({"if", "from", "will", "then"}):
        return None
    replaced = bool(hows) and hows[0].group("how") == "with replacement"
    k = int(draw[0].groupdict().get("k") or 1)
    if twice:
        if hows:
            raise Decline("the draws are said twice")
        replaced, k = bool(twice[0].group("back")), 2
    kind, e = found[0]
    return solve(Urn(kinds, k, replaced), *_event(kind, e, kinds, k))


_MEAN_ASK = (r" (?:what is |find |compute )?the expected (?:number|count) of (?P<k1>[a-z]+)(?: "
             + _NOUN + r")?(?: (?:drawn|chosen|selected|picked|(?:that|which) (?:are|will be) "
             r"(?:drawn|chosen|selected|picked)|(?:i|you|we|he|she|they) (?:draws?|picks?|"
             r"selects?|chooses?|gets?|will (?:draw|get|pick))|(?:on|in) the (?:committee|team|"
             r"group|panel)))?(?![a-z])")


def urn_means(split: Split, template: str) -> Result | None:
    """The expected number of items of one kind among those drawn: "A bag has 4 red and 6
    blue marbles. Three marbles are drawn without replacement. What is the expected number of
    red marbles drawn?" (put back or not, or not said: k K / N either way)."""
    if "expected" not in template:
        return None
    w = Wording.of(split, template)
    stock = [m for p in STOCK_PHRASES for m in w.take(p)]
    ask = w.take(_MEAN_ASK)
    draw = [m for p in _DRAW for m in w.take(p)]
    hows = w.take(_HOW)
    w.take(_FROM)
    w.take(r" (?:at random|randomly)\b")
    if len(stock) != 1 or len(draw) != 1 or len(ask) != 1 or len(hows) > 1:
        return None
    kinds, nouns = stock_counts(stock[0])
    for noun in nouns:
        w.take(r" " + noun + r"(?:s|es)?\b")
    if not w.only_glue({"if", "from", "will", "then"}):
        return None
    kind = singular_kind(ask[0].group("k1"))
    if kind not in kinds:
        raise Decline("a kind the stock does not have")
    replaced = bool(hows) and hows[0].group("how") == "with replacement"
    return expected(Urn(kinds, int(draw[0].groupdict().get("k") or 1), replaced), kind)


def _event(kind: str, e: re.Match[str], kinds: dict[str, int], k: int) -> tuple[Test, str]:
    g = e.groupdict()
    if g.get("sn") and int(g["sn"]) != k:
        raise Decline("the items the event speaks of are not the items drawn")
    named = [singular_kind(g[x]) for x in ("k1", "k2", "k3") if g.get(x)]
    if set(named) - set(kinds) or len(set(named)) != len(named):
        raise Decline("a kind the stock does not have, or one named twice")
    if k < 2 and kind in ("same", "diff", "each", "makeup"):
        raise Decline("a comparison of kinds with one item drawn")
    if kind == "same":
        return (lambda m: max(m.values()) == k), "all of the same kind"
    if kind == "diff":
        if k != 2:
            raise Decline("'different' for three or more reads two ways")
        return (lambda m: max(m.values()) == 1), "different kinds"
    one = named[0]
    if kind == "all":
        return (lambda m: m[one] == k), f"all {one}"
    if kind == "none":
        return (lambda m: m[one] == 0), f"no {one}"
    if kind == "each":
        two = named[1]
        return (lambda m: m[one] >= 1 and m[two] >= 1), f"at least one {one} and one {two}"
    if kind == "makeup":
        counts = [int(g[x]) for x in ("a", "b", "c") if g.get(x)]
        want = dict(zip(named, counts, strict=True))
        if sum(counts) != k:
            raise Decline("the make-up asked is not the number drawn")
        return (lambda m: all(m[x] == want.get(x, 0) for x in m)), ", ".join(
            f"{n} {x}" for x, n in want.items())
    j, cmp = int(g["j"]), g["cmp"]
    if j > k:
        raise Decline("more of a kind than are drawn")
    tests = {"exactly": lambda h: h == j, "at least": lambda h: h >= j, "at most": lambda h: h <= j}
    return (lambda m: tests[cmp](m[one])), f"{cmp} {j} {one}"


__all__ = ["urn_draws", "urn_means"]
