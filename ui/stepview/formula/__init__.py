from .writer import DHAT, XHAT, Formula, Writer, formula_for, line, lines, terms

__all__ = ["DHAT", "XHAT", "Formula", "Writer", "formula_for", "line", "lines", "terms"]
