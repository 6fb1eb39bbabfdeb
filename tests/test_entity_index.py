"""DocumentEntities.covered answers from a position index; it must say exactly what
"some mention overlaps [start, end)" says, for mentions added in any order."""
from __future__ import annotations

import random

from pipeline.extract.model import DocumentEntities, Mention, ORG


def test_covered_agrees_with_the_plain_definition():
    rng = random.Random(3)
    for _ in range(50):
        found = DocumentEntities()
        for number in range(rng.randint(0, 12)):
            start = rng.randint(0, 200)
            end = start + rng.randint(1, 40)
            found.add(Mention(start, end, f"Name {number}", ORG, "test"))
        for _ in range(40):
            start = rng.randint(0, 240)
            end = start + rng.randint(0, 30)
            expected = any(m.start < end and start < m.end for m in found.mentions)
            assert found.covered(start, end) is expected


def test_covered_at_the_edges():
    found = DocumentEntities()
    found.add(Mention(10, 20, "Nordvale Cluster", ORG, "test"))
    assert not found.covered(0, 10) and not found.covered(20, 30)
    assert found.covered(19, 25) and found.covered(0, 11) and found.covered(12, 13)
