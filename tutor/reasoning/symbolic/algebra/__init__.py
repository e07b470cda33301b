"""Algebra: expressions, equations, inequalities and systems, functions and their graphs,
polynomials, matrices, sequences and series."""
