"""Geometry: points, lines, planes, conics, vectors and matrices, coordinate conversions,
complex numbers as points, plane and solid figures, angles. `typed.READERS` lists the
typed readers; `coordinates` and `figures` hold solvers the templates still use."""
