"""The phrases of the conditions an integer is described by ("leaves a remainder of 2 when
divided by 5", "is not a multiple of 4", "has an odd number of positive factors", "whose
digits add up to 9"): each a kind and a pattern whose @i@ slots hold its numbers.
`integer_conditions.read_wanted` turns them into a `Wanted`."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.spelled_maths import number_words

VOCAB = frozenset(
    "positive integer integers number numbers whole prime primes odd even multiple multiples "
    "of digit one two three four five six that which is are has have leaves leave gives give "
    "will a remainder remainders when divided by and divisible greater less than more or equal "
    "to also both factor factors divisor divisors divides divide between strictly inclusive "
    "property proper congruent equivalent mod modulo each any ends end units ones natural "
    "counting from through perfect square squares cube cubes either neither nor not "
    "exactly exceed exceeding at most least no but as its their relatively coprime whose digits "
    "palindrome palindromes results result product multiply any every all below under fewer "
    "smaller above over bigger larger such so where "
    "digit sum add up with having seven eight nine ten eleven twelve "
    "terminating decimal composite still yield yields contain contains include includes "
    "does do values value can must should could need needs added subtracted yield give get "
    "make produce create obtain form result in written expressed equals itself "
    "themselves satisfy satisfies satisfying solve solves solving solution solutions "
    "congruence negative abundant deficient root lies greatest common least gcd lcm gcf "
    "distinct different none up read reads same forwards backwards forward backward "
    "repeated".split())
NOUN = (r"(?P<pos>positive,? )?(?:(?P<digits>one|two|three|four|five|six|@\d+@) ?-?digit )?"
        r"(?P<pos2>positive )?(?P<parity>odd |even )?(?P<pos3>positive )?(?P<neg>negative )?"
        r"(?:(?P<pfactor>prime "
        r"|proper )?"
        r"(?:factor|divisor)s? of @(?P<of>\d+)@|(?P<whole>whole )?(?P<natural>natural |counting )?"
        r"(?:integer|number)s?(?: values? of(?= @)| solutions?)?"
        r"|(?P<prime>prime)(?: numbers?|s)?|(?P<composite>composite)(?: numbers?|s)?"
        r"|(?:positive )?multiples? of @(?P<mult>\d+)@"
        r"|(?:perfect )?(?P<powk>square|cube)s?|(?P<pal>palindrome)s?"
        r"|(?P<sigma>abundant|deficient|perfect) numbers?)")
# "x + 5678 results in a palindrome" says "is a palindrome"
IS = r"(?:(?:is|are|results? in) )?(?:also )?"
# "the sum of its digits is 3 more than ...": the number is not the sum itself
_NOT_COMPARED = r"(?! (?:more|less|greater|fewer|smaller|larger|times|percent|plus|minus)\b)"
_ONE_TO_TWELVE = "|".join(number_words(range(1, 13)))
WORD = "(?:" + _ONE_TO_TWELVE + ")"
CONDITIONS = [
    ("mod", re.compile(r"(?:(?:has|have|leaves|leave|gives|give|will have) )?a remainder of "
                       r"@(\d+)@ when (?:it is |they are )?divided by (?:each of |any of )?"
                       r"@(\d+)@(?:(?:,? and|,) (?:by )?@\d+@)*")),
    # the same in other words: "has remainder 1 when divided by any of 17 6 and 2", "any
    # integer 2 through 6", "one more than a multiple of 2, 3, 4, 5 and 6"
    ("modlist", re.compile(r"(?:(?:has|have|leaves|leave|gives|give|will have) )?(?:a )?"
                           r"remainder (?:of )?(?P<r>@\d+@|" + WORD + r") when (?:it is |they "
                           r"are )?divided by (?:(?:each|any|all) of |each |any |every )?"
                           r"(?:(?P<span>(?:integer|number)s? (?:from )?@\d+@ (?:through|to) "
                           r"@\d+@)|(?P<ms>@\d+@(?:(?:,? and|,|,? or|) (?:by )?@\d+@"
                           r"(?! when))*))")),
    ("modlist", re.compile(IS + r"(?P<r>@\d+@|" + WORD + r") (?P<side>more|less) than a multiple "
                           r"of (?:each of |all of |both )?(?P<ms>@\d+@(?:(?:,? and|,|) @\d+@"
                           r"(?! (?:more|less) than))*)")),
    ("ends", re.compile(r"(?:(?:ends|end) (?:in|with) (?:the digits? )?|(?:has|have) (?:a|the) "
                        r"(?:units|ones) digit (?:of )?)@(\d+)@")),
    ("div", re.compile(IS + r"(?:divisible by|a multiple of|multiples of) (?:both |each of )?"
                       r"@(\d+)@(?:(?:,? and|,) (?:by )?@\d+@)*")),
    # "which has two even and two odd digits", "with one odd digit and two even digits"
    ("digcnt", re.compile(r"(?:which |that )?(?:has|have|with|having) (?:exactly )?(?P<n1>one|"
                          r"two|three|four|five|six|zero|@\d+@) (?P<p1>even|odd)(?: digits?)? "
                          r"and (?:exactly )?(?P<n2>one|two|three|four|five|six|zero|@\d+@) "
                          r"(?P<p2>even|odd) digits?")),
    # "whose digits are both odd", "with only even digits", "each of whose digits is odd"
    ("digpar", re.compile(r"(?:whose|all of whose|each of whose) digits? (?:are|is) (?:all |"
                          r"both |each )?(odd|even)\b(?! (?:numbers?|sums?|counts?|in|and))"
                          r"|(?:with|having|has|have) (?:only |all )?(odd|even) digits\b")),
    # "divisible by each of the integers 1 through 8", "by every integer from 2 to 6", "by
    # each of 1 through 10"
    ("divrange", re.compile(IS + r"(?:divisible by|a multiple of|multiples of) (?:(?:(?:each|all|"
                            r"every one) of the |all the |every |each )(?:positive )?(?:integers?|"
                            r"numbers?|whole numbers?) |(?:each|all|every one) of )(?:from )?"
                            r"@(\d+)@ (?:through|to|thru) @(\d+)@(?:,? inclusive)?")),
    # "divides 84", "divide both 84 and 126", "are factors of each of 12, 18 and 30"
    ("factor", re.compile(r"(?:(?:is|are) (?:also )?(?:a )?(?:(?:common )?(?:factor|divisor)s?) "
                          r"of|divides?) (?:both |each of |all of )?@(\d+)@(?:(?:,? and|,) "
                          r"@\d+@)*")),
    ("cong", re.compile(IS + r"(?:congruent|equivalent) to @(\d+)@ \(?(?:mod|modulo) @(\d+)@ ?"
                        r"\)?")),
    ("congm", re.compile(IS + r"(?:congruent|equivalent) to @(\d+)@")),
    ("more", re.compile(IS + r"@(\d+)@ more than a multiple of @(\d+)@")),
    ("gt", re.compile(IS + r"greater than @(\d+)@")),
    ("ge", re.compile(IS + r"greater than or equal to @(\d+)@")),
    ("lt", re.compile(IS + r"less than @(\d+)@")),
    ("le", re.compile(IS + r"less than or equal to @(\d+)@")),
    ("fromto", re.compile(IS + r"from (?:the (?:positive )?(?:integers|numbers) )?@(\d+)@ (?:to|"
                          r"through) @(\d+)@(?:,? inclusive)?")),
    ("between", re.compile(IS + r"(?P<strictly>strictly )?between @(\d+)@ and @(\d+)@"
                           r"(?P<inclusive>,? inclusive)?")),
    ("prime", re.compile(r"(?:is|are) (?:a )?prime(?: numbers?|s)?")),
    ("power", re.compile(IS + r"(?:both )?(?:a )?(?:perfect )?(square|cube)s?(?: and (?:a )?"
                         r"(?:perfect )?(square|cube)s?)?")),
    ("either", re.compile(IS + r"(?:either )?(?:a )?perfect (?:square|cube)s? or (?:a )?perfect "
                          r"(?:square|cube)s?")),
    ("neither", re.compile(IS + r"(?:not (?:a )?perfect (?:square|cube)s? or|neither a perfect "
                           r"(?:square|cube) nor) (?:a )?perfect (?:square|cube)s?")),
    # "whose greatest common divisor with 21 is 7", "has an lcm of 60 with 12"
    ("gcdis", re.compile(r"(?:whose|(?:has|have|with|having) (?:a|the)) (?:greatest common "
                         r"(?:divisor|factor)|gcd|gcf) with @(\d+)@ (?:is|of|equal to) @(\d+)@")),
    # "for which the greatest common factor of that integer and 18 is 3"
    ("gcdis", re.compile(r"the (?:greatest common (?:divisor|factor)|gcd|gcf) of (?:that|the|this) "
                         r"(?:integer|number) and @(\d+)@ (?:is|equals) @(\d+)@")),
    ("lcmis", re.compile(r"(?:whose|(?:has|have|with|having) (?:a|the|an)) (?:least common "
                         r"multiple|lcm) with @(\d+)@ (?:is|of|equal to) @(\d+)@")),
    # the value said first: "have a greatest common divisor of 6 with 18", "has an lcm of 60
    # with 12" (read as "gcdis"/"lcmis" with the two numbers the other way round)
    ("gcdof", re.compile(r"(?:has|have|with|having) (?:a|the) (?:greatest common (?:divisor|"
                         r"factor)|gcd|gcf) of @(\d+)@ with @(\d+)@")),
    ("lcmof", re.compile(r"(?:has|have|with|having) (?:a|the|an) (?:least common multiple|lcm) "
                         r"of @(\d+)@ with @(\d+)@")),
    # "divisible by three distinct primes" (at least three), "has exactly two distinct prime
    # factors", "has four different prime factors" (exactly)
    ("npfge", re.compile(IS + r"(?:divisible by|a multiple of) (?:at least )?(two|three|four|five|"
                         r"six|@\d+@) (?:distinct|different) primes?(?: numbers?)?")),
    ("npfeq", re.compile(r"(?:has|have|with|having) (?:exactly )?(two|three|four|five|six|@\d+@) "
                         r"(?:distinct|different) prime (?:factors|divisors)")),
    # "are three-digit", "has two digits" (the integer's number of digits, as the noun says it)
    ("ndigits", re.compile(r"(?:(?:is|are) (?:an? )?(two|three|four|five|six|@\d+@)[- ]digit"
                           r"(?: (?:numbers?|integers?))?|(?:has|have) (?:exactly )?(two|three|"
                           r"four|five|six|@\d+@) digits)\b")),
    ("odd", re.compile(r"(?:(?:is|are) )?odd\b")),
    ("even", re.compile(r"(?:(?:is|are) )?even\b")),
    # the same conditions in other words
    # "have all three of the numbers 15, 20 and 25 as factors": the count said must fit
    ("div", re.compile(r"(?:has|have) all (?P<all>two|three|four|five|six) of the numbers "
                       r"@(\d+)@(?:(?:,? and|,) @\d+@)+ as (?:its |their )?(?:factors|divisors)")),
    ("div", re.compile(r"(?:has|have) (?:both )?@(\d+)@(?:(?:,? and|,) @\d+@)* as "
                       r"(?:its |their |an? )?(?:factors?|divisors?)")),
    # "is both a multiple of 7 and a multiple of 4", "divisible by 3 and by 5"
    ("div", re.compile(IS + r"(?:both )?(?:divisible by|a multiple of|multiples of) @(\d+)@,? and"
                       r" (?:also )?(?:divisible by|a multiple of|multiples of|by|of) @(\d+)@")),
    ("div", re.compile(r"(?:(?:has|have|leaves|leave|gives|give) )?no remainders? when "
                       r"(?:it is |they are )?divided by @(\d+)@")),
    ("le", re.compile(IS + r"(?:not exceeding|at most|up to(?: and including)?|(?:no|not) (?:more|"
                      r"greater) than|"
                      r"(?:does|do) not exceed) @(\d+)@")),
    ("ge", re.compile(IS + r"(?:at least|(?:no|not) (?:less|fewer) than) @(\d+)@")),
    ("lt", re.compile(IS + r"(?:below|under|fewer than|smaller than) @(\d+)@")),
    ("gt", re.compile(IS + r"(?:above|over|exceeding|bigger than|larger than|more than) "
                      r"@(\d+)@")),
    # conditions read and tested by `integer_properties`
    ("notdiv", re.compile(r"(?:(?:is|are) not|but not|and not|not) (?:(?:divisible by|a multiple of"
                          r"|multiples of|by|of) )?@(\d+)@")),
    # "not divisible by 2 or 3", "not multiples of 2, 3 or 5", "... but not of either 4 or 7",
    # "divisible by none of 4, 6 and 9": a multiple of none of them (each a "notdiv"); "not
    # divisible by 2 and 3" is not read (by both, or by neither?)
    ("notdivs", re.compile(IS + r"(?:not (?:divisible by|a multiple of|multiples of|of|by) "
                           r"(?:either |any of )?@(\d+)@(?:,? @\d+@)*,? or|(?:divisible by|a "
                           r"multiple of|multiples of) none of @(\d+)@(?:,? @\d+@)*,? (?:or|and))"
                           r" @\d+@")),
    ("notfactor", re.compile(r"(?:(?:is|are) not|but not|and not|not) (?:an? )?(?:factor|divisor)s?"
                             r" of @(\d+)@|(?:does|do) not divide @(\d+)@")),
    # composite: a positive integer with a divisor other than 1 and itself
    ("composite", re.compile(IS + r"(?:a )?composite(?: numbers?|s)?")),
    ("notprime", re.compile(r"(?:is|are) not (?:a )?prime(?: numbers?|s)?")),
    ("unit", re.compile(IS + r"neither (?:a )?prime nor (?:a )?composite(?: numbers?)?")),
    ("anydiv", re.compile(IS + r"(?:divisible by|a multiple of|multiples of) (?:either )?@(\d+)@ "
                          r"or @(\d+)@")),
    ("nodiv", re.compile(IS + r"(?:(?:divisible by|a multiple of|multiples of) neither @(\d+)@ "
                         r"nor @(\d+)@|neither (?:divisible by|a multiple of|multiples of) "
                         r"@(\d+)@ nor (?:(?:divisible by|a multiple of|multiples of|by) )?"
                         r"@(\d+)@)")),
    # three or more divisors: "divisible by 2, 3, or 5", "neither 2 nor 3 nor 5", "not
    # divisible by any of 2, 3 and 5" (a list of divisors, packed by `integer_properties.pack`)
    ("anydivs", re.compile(IS + r"(?:divisible by|a multiple of|multiples of) (?:either |any "
                           r"of )?@(\d+)@(?:, @(\d+)@)+,? or @(\d+)@")),
    ("nodivs", re.compile(IS + r"(?:(?:divisible by|a multiple of|multiples of) neither @(\d+)@"
                          r"(?: nor @(\d+)@){2,}|neither (?:divisible by|a multiple of|multiples "
                          r"of) @(\d+)@(?: nor (?:(?:divisible by|a multiple of|multiples of) )?"
                          r"@(\d+)@){2,}|not (?:divisible by|a multiple of) (?:any of )?@(\d+)@"
                          r"(?:, @(\d+)@)+,? (?:or|nor) @(\d+)@|not (?:divisible by|a multiple "
                          r"of) any of @(\d+)@(?:, @(\d+)@)*,? (?:and|or) @(\d+)@)")),
    # "divisible by exactly one of 2 and 3", "a multiple of exactly one of 4, 6 or 9"
    ("onedivs", re.compile(IS + r"(?:divisible by|a multiple of|multiples of) exactly (?:one|#1) "
                           r"of @(\d+)@(?:, @(\d+)@)*,? (?:and|or) @(\d+)@")),
    ("ndivpar", re.compile(r"(?:has|have|with|having) an? (odd|even) number of "
                           r"(?:positive )?(?:integer )?(?:factors|divisors)")),
    ("ndiv", re.compile(r"(?:has|have|with|having) exactly (@\d+@|" + _ONE_TO_TWELVE
                        + r") (?:positive )?(?:integer )?(?:factors|divisors)")),
    ("digprod", re.compile(r"(?:whose digits (?:multiply to|have a product of)|the product of "
                           r"whose digits is|(?:has|have|with|having) (?:a )?digit product(?: of)?|"
                           r"(?:has|have|with) digits whose product is)"
                           r" @(\d+)@")),
    ("pal", re.compile(IS + r"(?:a )?palindromes?|(?:that |which )?reads? the same (?:forwards? "
                       r"and backwards?|backwards? and forwards?|forwards? as backwards?|"
                       r"backwards? as forwards?)")),
    # "with all different digits", "whose digits are all distinct", "with its digits all
    # different", "with no repeated digits"
    ("distdig", re.compile(r"(?:(?:with|having|has|have) (?:all |only )?(?:different|distinct) "
                           r"digits|(?:whose|all of whose) digits are (?:all )?(?:different|"
                           r"distinct)|(?:with|having|has|have) (?:its|their) digits all "
                           r"(?:different|distinct)|(?:with|having|has|have) no repeated "
                           r"digits)")),
    ("abundant", re.compile(IS + r"(?:an )?abundant(?: numbers?)?")),
    ("deficient", re.compile(IS + r"(?:a )?deficient(?: numbers?)?")),
    ("perfectnum", re.compile(IS + r"(?:a )?perfect numbers?")),
    ("coprime", re.compile(IS + r"(?:relatively prime|coprime) to @(\d+)@")),
    ("hasdig", re.compile(r"(?:contains?|has|have|with|having|includes?) (?:both )?(?:the |a )?"
                          r"digits? @(\d+)@(?: and (?:the |a )?(?:digit )?@(\d+)@)?")),
    ("hasdig", re.compile(r"(?:contains?|has|have|includes?) at least one (?:digit (?:that is|"
                          r"equal to) |of the digit )(?:an? )?@(\d+)@")),
    ("nodig", re.compile(r"(?:(?:does|do) not (?:contain|have|include)|(?:has|have) no) "
                         r"(?:the |a )?digit @(\d+)@")),
    # "the sum of its digits is a multiple of 3", "whose digits add up to a multiple of 4"
    ("digsumdiv", re.compile(r"(?:(?:is|for which|in which|where) )?(?:the sum of (?:its|their) "
                             r"digits (?:is|equals) (?:a multiple of|divisible by)|whose digits "
                             r"(?:add up to|sum to) a multiple of) @(\d+)@")),
    # "the sum of its digits is 8", and asked the other way round: "is the sum of its digits 8"
    ("digsum", re.compile(r"(?:(?:is|for which|in which|where) )?the sum of (?:its|their) digits "
                          r"(?:is (?:equal to )?|equals )?@(\d+)@" + _NOT_COMPARED)),
    ("digprod", re.compile(r"(?:(?:is|for which|in which|where) )?the product of (?:its|their) "
                           r"digits (?:is (?:equal to )?|equals )?@(\d+)@" + _NOT_COMPARED)),
    ("digsum", re.compile(r"(?:whose digits (?:add up to|sum to|have a sum of)|the sum of whose "
                          r"digits is|(?:has|have|with|having) (?:a )?digit sum(?: of)?|"
                          r"(?:has|have) digits (?:that|which) (?:add up to|sum to)|(?:has|have|"
                          r"with) digits whose sum is) @(\d+)@")),
]

# "or equal to" first; "a multiple of 2 or 3" before "a multiple of 2"
BY_LENGTH = sorted(CONDITIONS, key=lambda kp: (kp[0] not in ("anydiv", "nodiv", "anydivs",
                                                             "nodivs", "onedivs", "notdivs"),
                                               -len(kp[1].pattern)))

# "Palindromes are numbers that read the same forwards and backwards, like 5665.": a
# definition said before the question, its examples not used
DEFINITION = re.compile(
    r"^(?:an? )?palindromes? (?:is an? |are )(?:positive )?(?:number|integer)s? (?:that|which) "
    r"reads? the same (?:backwards? and forwards?|forwards? and backwards?|forwards? as "
    r"backwards?|backwards? as forwards?)(?:,? (?:like|such as|for example,?|e\.g\.,?) "
    r"(?P<examples>@\d+@(?:(?:,? and|,) @\d+@)*))?[.,;] ")
DEFINITION_VOCAB = frozenset("read reads same backwards forwards backward forward like such "
                             "example".split())


_PROPER_SUM = (r"(?:the sum of (?:all )?(?:of )?its (?:distinct )?proper (?:positive )?"
               r"(?:divisors|factors))")
_ITSELF = r"(?:the (?:number|integer)(?: itself)?|itself|it)"
_RELATION = r"(?P<rel>greater than|more than|larger than|less than|smaller than|equal to)"
# "An abundant number is a positive integer such that the sum of its proper divisors is
# greater than the number itself.", "A natural number is abundant if it is less than the sum
# of its proper divisors.": the usual meaning said before the question, with an example
SUM_DEFINITIONS = [
    re.compile(r"^(?:an? )?(?P<name>abundant|deficient|perfect) number is (?:a|any) (?:positive "
               r"integer|natural number|whole number|number)(?:,| such that| for which| where)? "
               r"(?:" + _PROPER_SUM + r"|the sum of whose (?:distinct )?proper (?:divisors|"
               r"factors)) is " + _RELATION + r" " + _ITSELF + r"[.;] "),
    re.compile(r"^(?:an? )?(?:positive integer|natural number|number|integer) (?:n )?is (?:called "
               r"|said to be )?(?P<name>abundant|deficient|perfect) if " + _PROPER_SUM + r" is "
               + _RELATION + r" " + _ITSELF + r"[.;] "),
    re.compile(r"^(?:an? )?(?:positive integer|natural number|number|integer) (?:n )?is (?:called "
               r"|said to be )?(?P<name>abundant|deficient|perfect) if it is (?P<back>greater "
               r"than|more than|larger than|less than|smaller than|equal to) " + _PROPER_SUM
               + r"[.;] "),
]
SUM_EXAMPLE = re.compile(r"^(?:for example,? )?(?:the number )?@(?P<example>\d+)@ is (?:an? )?"
                         r"(?P<name>abundant|deficient|perfect)(?: number)? (?:since|because|as) "
                         r"@(?P<shown>\d+)@[.;] ")
_SIGN = {"greater than": 1, "more than": 1, "larger than": 1, "less than": -1,
         "smaller than": -1, "equal to": 0}
_NAMED_SIGN = {"abundant": 1, "deficient": -1, "perfect": 0}


def definitions(template: str) -> tuple[str, set[int]]:
    """The template without a definition said before the question, and its example slots."""
    m = DEFINITION.match(template)
    if m is not None:
        slots = {int(x) for x in re.findall(r"@(\d+)@", m.group("examples") or "")}
        return template[m.end():], slots
    for pattern in SUM_DEFINITIONS:
        d = pattern.match(template)
        if d is None:
            continue
        sign = _SIGN[d.group("rel")] if "rel" in d.groupdict() else -_SIGN[d.group("back")]
        if sign != _NAMED_SIGN[d.group("name")]:
            return template, set()  # not the usual meaning: the question is not read
        rest, slots = template[d.end():], set()
        example = SUM_EXAMPLE.match(rest)
        if example is not None and example.group("name") == d.group("name"):
            rest, slots = rest[example.end():], {int(example.group("example")),
                                                 int(example.group("shown"))}
        return rest, slots
    return template, set()


__all__ = ["BY_LENGTH", "CONDITIONS", "DEFINITION_VOCAB", "IS", "NOUN", "VOCAB", "definitions"]
