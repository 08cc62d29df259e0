"""Checks the phrase tables share (tests/test_phrases_*.py, one module per family of constructions).

The tables give one row per construction the award rules read, in this team's own wording. Each table names the
construction a rule handles and gives short passages with the fields they must give. A rule added for a new
construction comes with its rows in the module of its family; a row that only one story could produce is a sign the
rule is too narrow.
"""

from pipelines.classify import classify_award_role
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name
from tools.eval_awards import shares_words


def check_breadth_of_wording(construction, title, text, day, role, awards):
    assert classify_award_role(title, text).award_role == role
    if role != "received":
        return
    got = extract_awards(title, text, f"{day}T12:00:00+07:00")
    assert len(got) == len(awards)
    for (units, officer, kind, giver, year, event_day), award in zip(awards, got, strict=True):
        assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
        assert (award["officer"], award["category"], award["year"], award["event_date"]) == (
            officer,
            kind,
            year,
            event_day,
        )
        assert shares_words(giver, award["giver"]), award["giver"]
