"""Table exports (XLSX and CSV) shared by every area: see :mod:`milrep.exports.tables`."""

from milrep.exports.tables import KINDS, Sheet, write_csv, write_xlsx

__all__ = ["KINDS", "Sheet", "write_csv", "write_xlsx"]
