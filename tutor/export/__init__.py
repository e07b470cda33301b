"""Export solutions to PDF (matplotlib; no Qt, no TeX).

`export_pdf(problems, out_path, paper="a4"|"letter", title=None) -> pages` writes
one or more `SolvedProblem`s; `from_solution` adapts the symbolic engine's result.
"""

from tutor.export.model import ExportStep, SolvedProblem, from_solution
from tutor.export.pdf import PAPER_SIZES, export_pdf

__all__ = ["PAPER_SIZES", "ExportStep", "SolvedProblem", "export_pdf", "from_solution"]
