"""Number theory: integers (gcd, remainders, bases, divisors), congruences, residues and
divisor sums."""
