"""Phrase rules for number-theory questions: divisors, remainders, quotients, gcd and lcm,
prime factors, last digits, bases.

"How many positive integers divide 60?", "What is 100 mod 7?" and "Find the greatest
number that divides both 18 and 24" each become the canonical sentence the number-theory
solvers read. The rules are about ordinary mathematical English, never one problem's wording.
"""

from __future__ import annotations

from tutor.reasoning.symbolic.phrase_patterns import END, SLOT, A, B, Phrase
from tutor.reasoning.symbolic.phrase_patterns import phrase as _p

PHRASES: list[Phrase] = [
    _p("divisors: the number of divisors or factors of an integer",
       r"(?:(?:find|what is|compute|determine) )?the (?:number|count) of (?:positive )?(?:integer "
       r")?(?:divisors|factors) (?:of|that) " + A + r"(?: has)?" + END,
       "how many positive divisors does {a} have?"),
    _p("divisors: count the divisors of a number",
       r"count the (?:positive )?(?:integer )?(?:divisors|factors) of " + A + END,
       "how many positive divisors does {a} have?"),
    _p("divisors: how many positive integers divide a number",
       r"how many positive integers (?:divide|are divisors of|are factors of) " + A
       + r"(?: exactly| evenly| without (?:a )?remainder)?" + END,
       "how many positive divisors does {a} have?"),
    _p("divisors: how many factors an integer has",
       r"how many (?:positive )?(?:integer )?(?:factors|divisors) (?:does|has) " + A
       + r"(?: have)?" + END, "how many positive divisors does {a} have?"),
    _p("remainder: a mod b (a sum before a bare 'mod' is of the sum or of its last term)",
       r"(?:what is|find|compute|evaluate)? ?" + A + r" (?:mod|modulo) " + B + END,
       "what is the remainder when {a} is divided by {b}.", one_term="a"),
    _p("remainder: what is left over on division",
       r"(?:what|which) (?:remainder|number) (?:does|is left when) " + A
       + r" (?:leave|is divided) (?:when divided |on division )?by " + B + END,
       "what is the remainder when {a} is divided by {b}."),
    _p("division: divide one thing by another, then the quotient or the remainder",
       r"(?:if (?:you|we) )?divide " + A + r" by " + B + r"[.,;]? (?:then )?(?:what is|find|"
       r"determine|give|compute|state) the (?P<what>quotient|remainder)" + END,
       "find the {what} when {a} is divided by {b}."),
    _p("division: the quotient or remainder named before the division",
       r"(?:what is|find|determine|give|compute|state) the (?P<what>quotient|remainder) (?:when|if"
       r"|on dividing|of dividing|from dividing|of|in the division of) " + A + r" (?:is )?"
       r"(?:divided )?by " + B + END,
       "find the {what} when {a} is divided by {b}."),
    _p("division: the division told first, then the quotient or the remainder asked",
       r"(?:if|when) " + A + r" is divided by " + B + r",? (?:what is|find|determine|give) "
       r"the (?P<what>quotient|remainder)" + END,
       "find the {what} when {a} is divided by {b}."),
    _p("gcd: the largest number dividing each",
       r"(?:what is|find) the (?:largest|greatest|biggest) (?:positive )?(?:integer|number|"
       r"divisor) (?:that|which) divides (?:both )?" + A + r" and " + B + END,
       "find the greatest common divisor of {a} and {b}."),
    _p("gcd: the largest common divisor, named as a divisor of both",
       r"(?:what is|find|which is) the (?:largest|greatest|biggest) (?:positive )?(?:integer|"
       r"number|whole number) (?:that is|which is) a (?:common )?(?:divisor|factor) of (?:both )?"
       + A + r" and " + B + END
       + r"|of all (?:the )?positive (?:integers|numbers|whole numbers) (?:that|which) divide "
       r"(?:both )?(?P<a2>" + SLOT + r") and (?P<b2>" + SLOT + r"),? (?:which|what) is the "
       r"(?:largest|greatest|biggest)(?: one)?" + END,
       "find the greatest common divisor of {a}{a2} and {b}{b2}."),
    _p("lcm: the least common multiple, named as a multiple of both",
       r"among (?:all )?the positive (?:integers|numbers|whole numbers) (?:that|which) are "
       r"(?:common )?multiples of (?:both )?" + A + r" and " + B + r",? (?:which|what) is the "
       r"(?:smallest|least)(?: one)?" + END
       + r"|(?:which|what) positive (?:number|integer) is the (?:least|lowest) common multiple "
       r"of (?P<a2>" + SLOT + r") and (?P<b2>" + SLOT + r")" + END,
       "find the least common multiple of {a}{a2} and {b}{b2}."),
    _p("divisors: find how many factors an integer has",
       r"(?:find|determine|work out) how many (?:positive )?(?:integer )?(?:factors|divisors) "
       r"(?:the (?:number|integer) )?" + A + r" has" + END,
       "how many positive divisors does {a} have?"),
    _p("primes: the largest prime factor, asked as a prime or after factoring",
       r"(?:which|what) prime is the (?:largest|greatest|biggest) (?:prime )?(?:factor|divisor) "
       r"of " + A + END
       + r"|factor (?P<a2>" + SLOT + r") into primes,? (?:and |then )?(?:give|find|state|name)"
       r" the (?:largest|greatest|biggest)(?: one| prime| of them)?" + END,
       "what is the largest prime factor of {a}{a2}?"),
    _p("digits: the last digit of a number written out",
       r"when " + A + r" is (?:written out|written in full|fully written out|computed)(?: in "
       r"full)?,? what is its (?:last|units|ones|final) digit" + END,
       "what is the units digit of {a}?"),
    _p("lcm: the smallest number each divides",
       r"(?:what is|find) the (?:smallest|least) positive (?:integer|number|multiple) (?:that"
       r" is |which is )?(?:divisible by|a multiple of) (?:both )?" + A + r" and " + B
       + END, "find the least common multiple of {a} and {b}."),
    _p("prime factors: how many different primes a factorisation holds",
       r"how many (?:different|distinct) primes (?:are|appear) in the prime factori[sz]ation of "
       + A + END, "how many distinct prime factors does {a} have?"),
    _p("base conversion: a number in another base",
       r"(?:what is|write|give|find) (?:the number )?" + A + r" (?:in|to|using|as a number in) "
       r"base " + B + END,
       "express {a} in base {b}."),
]
