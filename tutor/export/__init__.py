"""Export solutions to PDF (matplotlib; no Qt, no TeX).

`export_pdf(problems, out_path, paper="a4"|"letter", title=None) -> pages` writes
one or more `SolvedProblem`s, drawing in a worker process under a time and memory
limit (`ExportStopped` past it); `from_solution` adapts the symbolic engine's result.
Importing this package does not import matplotlib.
"""

from tutor.export.bounded import ExportStopped, export_pdf
from tutor.export.model import PAPER_SIZES, SolvedProblem, from_solution

__all__ = [
    "PAPER_SIZES", "ExportStopped", "SolvedProblem", "export_pdf", "from_solution",
]
