"""Intermediate algebra read by type: polynomials and their roots (Vieta, remainders,
factor and root conditions), rational and radical equations, inequalities, sums and
products that telescope, and functional equations (`typed`)."""
