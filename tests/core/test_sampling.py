"""ISO 2859-1 / MIL-STD-105E single sampling tables: every cell, every arrow, Table I.

The expected master tables below are a second transcription, laid out like the printed page (one
"Ac Re" pair or arrow per AQL column, blank = no plan printed); the test parses them and compares
every cell with :func:`milrep.rules.sampling.raw_cell`. No Qt, no database.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from milrep.errors import ValidationError
from milrep.rules import sampling as s
from milrep.rules.sampling import AcRe, Arrow, InspectionLevel, Severity
from milrep.rules.switching import tighter_acceptance_number

NORMAL = """
        |0.010|0.015|0.025|0.040|0.065|0.10 |0.15 |0.25 |0.40 |0.65 | 1.0 | 1.5 | 2.5 | 4.0 | 6.5 | 10  | 15  | 25  | 40  | 65  | 100 | 150 | 250 | 400 | 650 |1000 |
A     2 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|30 31|
B     3 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|30 31|44 45|
C     5 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|30 31|44 45|  ↑  |
D     8 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|30 31|44 45|  ↑  |  ↑  |
E    13 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|30 31|44 45|  ↑  |  ↑  |  ↑  |
F    20 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
G    32 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
H    50 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
J    80 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
K   125 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
L   200 |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
M   315 |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
N   500 |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
P   800 |  ↓  | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
Q  1250 | 0 1 |  ↑  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
R  2000 |  ↑  |  ↑  | 1 2 | 2 3 | 3 4 | 5 6 | 7 8 |10 11|14 15|21 22|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
"""
TIGHTENED = """
        |0.010|0.015|0.025|0.040|0.065|0.10 |0.15 |0.25 |0.40 |0.65 | 1.0 | 1.5 | 2.5 | 4.0 | 6.5 | 10  | 15  | 25  | 40  | 65  | 100 | 150 | 250 | 400 | 650 |1000 |
A     2 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|27 28|
B     3 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|27 28|41 42|
C     5 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|27 28|41 42|  ↑  |
D     8 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|27 28|41 42|  ↑  |  ↑  |
E    13 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|27 28|41 42|  ↑  |  ↑  |  ↑  |
F    20 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
G    32 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
H    50 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
J    80 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
K   125 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
L   200 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
M   315 |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
N   500 |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
P   800 |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
Q  1250 |  ↓  | 0 1 |  ↓  |  ↓  | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
R  2000 |  ↓  |  ↑  | 1 2 | 1 2 | 2 3 | 3 4 | 5 6 | 8 9 |12 13|18 19|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
S  3150 | 1 2 |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |
"""
REDUCED = """
        |0.010|0.015|0.025|0.040|0.065|0.10 |0.15 |0.25 |0.40 |0.65 | 1.0 | 1.5 | 2.5 | 4.0 | 6.5 | 10  | 15  | 25  | 40  | 65  | 100 | 150 | 250 | 400 | 650 |1000 |
A     2 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↓  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|14 17|
B     2 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|14 17|21 24|
C     2 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|14 17|21 24|  ↑  |
D     3 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|14 17|21 24|  ↑  |  ↑  |
E     5 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|14 17|21 24|  ↑  |  ↑  |  ↑  |
F     8 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
G    13 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
H    20 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
J    32 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
K    50 |  ↓  |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
L    80 |  ↓  |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
M   125 |  ↓  |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
N   200 |  ↓  |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
P   315 |  ↓  | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
Q   500 | 0 1 |  ↑  |  ↓  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
R   800 |  ↑  |  ↑  | 0 2 | 1 3 | 1 4 | 2 5 | 3 6 | 5 8 |7 10 |10 13|  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |  ↑  |
"""

TABLE_I = """
lot size            S-1 S-2 S-3 S-4  I  II III
2       – 8          A   A   A   A   A   A   B
9       – 15         A   A   A   A   A   B   C
16      – 25         A   A   B   B   B   C   D
26      – 50         A   B   B   C   C   D   E
51      – 90         B   B   C   C   C   E   F
91      – 150        B   B   C   D   D   F   G
151     – 280        B   C   D   E   E   G   H
281     – 500        B   C   D   E   F   H   J
501     – 1200       C   C   E   F   G   J   K
1201    – 3200       C   D   E   G   H   K   L
3201    – 10000      C   D   F   G   J   L   M
10001   – 35000      C   D   F   H   K   M   N
35001   – 150000     D   E   G   J   L   N   P
150001  – 500000     D   E   G   J   M   P   Q
500001  – and over   D   E   H   K   N   Q   R
"""

LEVELS = ["S-1", "S-2", "S-3", "S-4", "I", "II", "III"]
AQLS = ["0.010", "0.015", "0.025", "0.040", "0.065", "0.10", "0.15", "0.25", "0.40", "0.65", "1.0",
        "1.5", "2.5", "4.0", "6.5", "10", "15", "25", "40", "65", "100", "150", "250", "400", "650",
        "1000"]
EXPECTED = {Severity.NORMAL: NORMAL, Severity.TIGHTENED: TIGHTENED, Severity.REDUCED: REDUCED}


def parse_visual(text: str) -> dict[str, tuple[int, list[s.Cell]]]:
    """{letter: (sample size, [26 cells])} from a printed-layout block."""
    lines = text.strip("\n").splitlines()
    header = [h.strip() for h in lines[0].split("|")[1:-1]]
    assert header == AQLS, header
    rows: dict[str, tuple[int, list[s.Cell]]] = {}
    for line in lines[1:]:
        head, *cells, tail = line.split("|")
        assert tail == "", line
        letter, size = head.split()
        parsed: list[s.Cell] = []
        for cell in (c.strip() for c in cells):
            if cell == "":
                parsed.append(None)
            elif cell in ("↓", "↑"):
                parsed.append(Arrow(cell))
            else:
                ac, re = cell.split()
                parsed.append(AcRe(int(ac), int(re)))
        assert len(parsed) == 26, line
        rows[letter] = (int(size), parsed)
    return rows


def parse_table_i() -> list[tuple[int, int | None, dict[str, str]]]:
    out: list[tuple[int, int | None, dict[str, str]]] = []
    for line in TABLE_I.strip().splitlines()[1:]:
        low, _, high, *rest = line.split()
        if high == "and":  # "and over"
            out.append((int(low), None, dict(zip(LEVELS, rest[1:], strict=True))))
        else:
            out.append((int(low), int(high), dict(zip(LEVELS, rest, strict=True))))
    return out


# --- every cell ----------------------------------------------------------------------------------

@pytest.mark.parametrize("severity", list(Severity))
def test_every_cell_matches_the_printed_table(severity: Severity) -> None:
    expected = parse_visual(EXPECTED[severity])
    assert list(expected) == list(s.table_letters(severity))
    mismatches = []
    checked = 0
    for letter, (size, cells) in expected.items():
        assert s.sample_size(letter, severity) == size, letter
        for aql, cell in zip(AQLS, cells, strict=True):
            checked += 1
            got = s.raw_cell(severity, letter, aql)
            if got != cell:
                mismatches.append(f"{letter} AQL {aql}: table {got}, printed {cell}")
    assert not mismatches, "\n".join(mismatches)
    assert checked == 26 * (17 if severity is Severity.TIGHTENED else 16)


# The structure every master table follows: along a diagonal (one code letter down, one AQL column
# left) the cell stays the same. Indexing letters A..R as 0..15 and AQL columns as 0..25, the cell
# depends on d = letter + column; Ac/Re pairs beyond the main run exist only for the small samples
# (rows A–E); the listed edge cells are where the printed table departs from the pure diagonal
# (docs/SAMPLING.md, "Edge cells").
DIAGONALS = {
    Severity.NORMAL: (14, ["0/1", "↑", "↓", "1/2", "2/3", "3/4", "5/6", "7/8", "10/11", "14/15", "21/22",
                           "30/31", "44/45"]),
    Severity.TIGHTENED: (15, ["0/1", "↓", "↓", "1/2", "2/3", "3/4", "5/6", "8/9", "12/13", "18/19",
                              "27/28", "41/42"]),
    Severity.REDUCED: (14, ["0/1", "↑", "↓", "0/2", "1/3", "1/4", "2/5", "3/6", "5/8", "7/10", "10/13",
                            "14/17", "21/24"]),
}
EDGE_CELLS = {
    Severity.NORMAL: {("A", "10"): "↓", ("R", "0.015"): "↑"},
    Severity.TIGHTENED: {("A", "10"): "↓", ("R", "0.010"): "↓", ("R", "0.015"): "↑",
                         ("R", "0.025"): "1/2"},
    Severity.REDUCED: {("A", "10"): "↓", ("R", "0.015"): "↑"},
}


def diagonal_cell(severity: Severity, row: int, column: int) -> str:
    start, run = DIAGONALS[severity]
    k = row + column - start
    if k < 0:
        return "↓"
    if k >= len(run):
        return "↑"
    if k >= len(run) - 2 and row > 4:  # the two extra pairs of rows A–E
        return "↑"
    return run[k]


@pytest.mark.parametrize("severity", list(Severity))
def test_every_cell_follows_the_diagonal_structure(severity: Severity) -> None:
    departures = {}
    for row, letter in enumerate("ABCDEFGHJKLMNPQR"):
        for column, aql in enumerate(AQLS):
            cell = s.raw_cell(severity, letter, aql)
            text = str(cell.value) if isinstance(cell, Arrow) else str(cell)
            if text != diagonal_cell(severity, row, column):
                departures[(letter, aql)] = text
    assert departures == EDGE_CELLS[severity]


def test_tightened_row_s_has_only_the_0_010_plan() -> None:
    assert s.sample_size("S", Severity.TIGHTENED) == 3150
    assert s.raw_cell(Severity.TIGHTENED, "S", "0.010") == AcRe(1, 2)
    assert all(s.raw_cell(Severity.TIGHTENED, "S", aql) is None for aql in AQLS[1:])
    with pytest.raises(ValidationError, match="code letter"):
        s.sample_size("S", Severity.NORMAL)


def test_sample_sizes() -> None:
    assert [s.sample_size(x) for x in s.CODE_LETTERS] == [
        2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000]
    assert [s.sample_size(x, Severity.REDUCED) for x in s.CODE_LETTERS] == [
        2, 2, 2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800]
    assert [s.sample_size(x, Severity.TIGHTENED) for x in s.CODE_LETTERS] == [
        s.sample_size(x) for x in s.CODE_LETTERS]


# --- every arrow ---------------------------------------------------------------------------------

def every_cell() -> list[tuple[Severity, str, str]]:
    return [(sev, letter, aql) for sev in Severity for letter in s.table_letters(sev) for aql in AQLS
            if s.raw_cell(sev, letter, aql) is not None]


def test_every_arrow_resolves_to_a_printed_plan_without_loops() -> None:
    arrows = 0
    for sev, letter, aql in every_cell():
        cell = s.raw_cell(sev, letter, aql)
        got = s.resolve(sev, letter, aql)
        assert len(set(got.path)) == len(got.path), (sev, letter, aql, got.path)
        assert got.path[0] == letter and got.path[-1] == got.code_letter
        assert s.raw_cell(sev, got.code_letter, aql) == AcRe(got.ac, got.re)
        assert got.sample_size == s.sample_size(got.code_letter, sev)
        letters = s.table_letters(sev)
        if isinstance(cell, Arrow):
            arrows += 1
            step = 1 if cell is Arrow.DOWN else -1
            expected_path = letters[letters.index(letter)::step][:len(got.path)]
            assert got.path == tuple(expected_path)
            # every cell passed on the way is the same arrow: the first plan in its direction
            assert all(s.raw_cell(sev, x, aql) == cell for x in got.path[:-1])
            assert got.sample_size != s.sample_size(letter, sev) or sev is Severity.REDUCED
        else:
            assert got.path == (letter,)
            assert cell == AcRe(got.ac, got.re)
    assert arrows > 700


def test_resolved_plans_have_re_ac_plus_one_except_the_reduced_pairs() -> None:
    reduced_pairs = {(0, 1), (0, 2), (1, 3), (1, 4), (2, 5), (3, 6), (5, 8), (7, 10), (10, 13), (14, 17),
                     (21, 24)}
    for sev, letter, aql in every_cell():
        got = s.resolve(sev, letter, aql)
        if sev is Severity.REDUCED:
            assert (got.ac, got.re) in reduced_pairs, (letter, aql, got)
        else:
            assert got.re == got.ac + 1, (sev, letter, aql, got)


def test_known_plans() -> None:
    cases = [
        # severity, letter, AQL -> letter used, n, Ac, Re
        ("normal", "J", "0.25", "H", 50, 0, 1),     # ↑: the smaller sample with Ac 0
        ("normal", "J", "0.40", "K", 125, 1, 2),    # ↓: the larger sample with Ac 1
        ("normal", "K", "1.0", "K", 125, 3, 4),
        ("tightened", "K", "1.0", "K", 125, 2, 3),
        ("reduced", "K", "1.0", "K", 50, 1, 4),
        ("normal", "A", "6.5", "A", 2, 0, 1),
        ("normal", "A", "10", "C", 5, 1, 2),        # edge cell, read as ↓
        ("normal", "R", "0.010", "Q", 1250, 0, 1),
        ("normal", "R", "0.015", "P", 800, 0, 1),   # edge cell, read as ↑
        ("tightened", "R", "0.010", "S", 3150, 1, 2),
        ("tightened", "A", "0.010", "S", 3150, 1, 2),
        ("tightened", "Q", "0.015", "Q", 1250, 0, 1),
        ("tightened", "F", "100", "E", 13, 18, 19),
        ("normal", "F", "100", "E", 13, 21, 22),
        ("normal", "A", "1000", "A", 2, 30, 31),
        ("normal", "B", "1000", "B", 3, 44, 45),
        ("normal", "C", "1000", "B", 3, 44, 45),
        ("reduced", "A", "1000", "A", 2, 14, 17),
        ("reduced", "C", "2.5", "C", 2, 0, 1),
    ]
    for sev, letter, aql, used, n, ac, re in cases:
        got = s.resolve(sev, letter, aql)
        assert (got.code_letter, got.sample_size, got.ac, got.re) == (used, n, ac, re), (sev, letter, aql)


def test_tightened_is_never_more_lenient_than_normal() -> None:
    """Same letter and AQL: a sample at least as large, and no larger acceptance number — except the
    AQL 0.010 column, where tightened inspection uses row S (3150, Ac 1) against normal Q (1250, Ac 0):
    a larger sample whose acceptance probability is lower for every quality worse than about 0.05 %."""
    exceptions = []
    for letter in s.CODE_LETTERS:
        for aql in AQLS:
            n, t = s.resolve("normal", letter, aql), s.resolve("tightened", letter, aql)
            assert t.sample_size >= n.sample_size, (letter, aql)
            if t.ac > n.ac:
                exceptions.append((letter, aql))
    assert exceptions == [(letter, "0.010") for letter in s.CODE_LETTERS]


def test_reduced_never_samples_more_than_normal() -> None:
    for letter in s.CODE_LETTERS:
        for aql in AQLS:
            assert s.resolve("reduced", letter, aql).sample_size <= s.resolve("normal", letter, aql).sample_size


def test_one_step_tighter_acceptance_number_exists_for_every_ac_of_two_or_more() -> None:
    for letter in s.CODE_LETTERS:
        for aql in AQLS:
            cell = s.raw_cell("normal", letter, aql)
            if isinstance(cell, AcRe) and cell.ac >= 2:
                p = s.SamplingPlan(letter, s.sample_size(letter), cell.ac, cell.re, False, aql=Decimal(aql))
                assert tighter_acceptance_number(p) < cell.ac


# --- Table I -------------------------------------------------------------------------------------

@pytest.mark.parametrize("level", LEVELS)
def test_table_i_at_every_boundary(level: str) -> None:
    rows = parse_table_i()
    for index, (low, high, letters) in enumerate(rows):
        assert s.code_letter(low, level) == letters[level], (low, level)
        if index:
            assert s.code_letter(low - 1, level) == rows[index - 1][2][level], (low - 1, level)
        if high is not None:
            assert s.code_letter(high, level) == letters[level], (high, level)
            assert s.code_letter(high + 1, level) == rows[index + 1][2][level], (high + 1, level)
    assert s.code_letter(10**9, level) == rows[-1][2][level]
    assert s.code_letter(1, level) == rows[0][2][level]


def test_level_spellings() -> None:
    assert s.code_letter(1000, InspectionLevel.S3) == s.code_letter(1000, "s3") == "E"
    assert s.code_letter(1000, "ii") == "J"


@given(st.integers(1, 2_000_000), st.integers(1, 2_000_000), st.sampled_from(LEVELS))
def test_a_larger_lot_never_gets_a_smaller_code_letter(a: int, b: int, level: str) -> None:
    small, large = sorted((a, b))
    order = s.CODE_LETTERS
    assert order.index(s.code_letter(small, level)) <= order.index(s.code_letter(large, level))


@given(st.integers(1, 2_000_000))
def test_levels_are_ordered(lot: int) -> None:
    order = s.CODE_LETTERS
    indices = [order.index(s.code_letter(lot, level)) for level in LEVELS]
    assert indices[:4] == sorted(indices[:4]) and indices[4:] == sorted(indices[4:])
