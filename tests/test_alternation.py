"""Grouping literal names by first character matches exactly what the plain alternation matches."""

import random
import re

from pipelines.alternation import grouped_by_first_letter, literal_alternation, top_level_alternatives
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


def _spans(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_top_level_alternatives():
    assert top_level_alternatives(r"a|(b|c)|[|)]d|\|e|[]|]") == ["a", "(b|c)", "[|)]d", r"\|e", "[]|]"]


def test_grouped_by_first_letter_matches_alike():
    sources = [
        (r"pin|\bPIN\b|piala|(?:x|p)|pa(b)|pb|pc|q?p|z|Zeta|zone", 0),
        (r"pin|\bPIN\b|piala|(?:x|p)|pa(b)|pb|pc|q?p|z|Zeta|zone", re.I),
    ]
    words = ["pin", "PIN", "piala", "Pa", "pab", "pb", "pc", "qp", "p", "x", "z", "Zeta", "zone", "ZONE", "-", " "]
    rng = random.Random(11)
    for source, flags in sources:
        plain = re.compile(source, flags)
        grouped = grouped_by_first_letter(plain)
        assert grouped.groups == plain.groups
        for _ in range(3000):
            text = "".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
            assert _spans(grouped, text) == _spans(plain, text), (source, flags, text)
