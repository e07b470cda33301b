"""Geometry: coordinates (distance, midpoint, lines, circles) and figures (triangles,
polygons, lattice points)."""
