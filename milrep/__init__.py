"""milrep: the Qt-free core of the military representative office workstation."""

__version__ = "0.1.0"
APP_NAME = "milrep"
