"""Work around a reference-count bug in PySide6 6.12 virtual-method returns.

When C++ calls a Python override, PySide6 6.12 releases the returned ``None`` (from ``data``)
or ``True``/``False`` (from ``isComplete``, ``validatePage``) once too often. Each call lowers
the object's count by one until the interpreter aborts ("deallocating None") — typically at
exit, after a long session or test run. :func:`ret` gives back the lost reference, but only
when a probe at start-up shows this PySide6 build has the bug, so fixed versions are untouched.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import TypeVar

T = TypeVar("T")
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]


@cache
def _leaky() -> frozenset[type]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QWizard, QWizardPage

    class Probe(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 1

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 1

        def data(self, index: object, role: int = Qt.ItemDataRole.DisplayRole) -> None:
            return None

    class Page(QWizardPage):
        def isComplete(self) -> bool:
            return True

    out: set[type] = set()
    model = Probe()
    before = sys.getrefcount(None)
    for _ in range(20):
        model.index(0, 0).data()
    if sys.getrefcount(None) < before - 10:
        out.add(type(None))
    wizard = QWizard()
    page = Page()
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    wizard.restart()
    before = sys.getrefcount(True)
    for _ in range(20):
        page.completeChanged.emit()
    if sys.getrefcount(True) < before - 10:
        out.add(bool)
    wizard.deleteLater()
    return frozenset(out)


def ret(value: T) -> T:
    """Return ``value`` from a Python override called by Qt (see the module docstring)."""
    if type(value) in _leaky():
        _incref(value)
    return value
