"""Grouping literal names by first character matches exactly what the plain alternation matches."""

import random
import re

from pipelines.alternation import literal_alternation
from pipelines.subunits import subunit_forms


def _matches(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"\b(?:{pattern})\b", text)]


def test_same_matches_as_the_plain_alternation():
    names = ["Dit Lantas", "Ditlantas", "Dit", "Satlantas", "Sat", "Kasat Lantas", "K", "Ka.Ops", "a+b"]
    rng = random.Random(7)
    words = [*names, "x", "Lantas", "Polda", ",", " ", "Kasat", "Ka", "Dita"]
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        for order in (names, sorted(names, key=len, reverse=True)):
            plain = "|".join(map(re.escape, order))
            assert _matches(literal_alternation(order), text) == _matches(plain, text), (order, text)


def test_sub_unit_forms_read_alike():
    forms = sorted(subunit_forms(), key=len, reverse=True)
    text = " ".join(forms) + " Kasat Lantas Polres Serang dan Ditreskrimsus Polda Jatim"
    plain = "|".join(map(re.escape, forms))
    assert _matches(literal_alternation(forms), text) == _matches(plain, text)
