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

ANY_PLACE = object()


def awards_of_passage(title, text, day, role, count):
    """The passage's awards, once its role is checked; None when no Polri unit receives in it."""
    assert classify_award_role(title, text).award_role == role
    if role != "received":
        return None
    got = extract_awards(title, text, f"{day}T12:00:00+07:00")
    assert len(got) == count
    return got


def award_for(got, units, placement=ANY_PLACE, taken=None):
    """The award these units received (at this place), whichever order the story tells its awards in; when one unit
    has several, the first not yet in `taken`, which it then joins."""
    wanted = {canonical_unit_name(u) for u in units}
    found = [
        a
        for a in got
        if a not in (taken or ())
        and {canonical_unit_name(u) for u in a["recipients"]} == wanted
        and placement in (ANY_PLACE, a["placement"])
    ]
    assert found, [(a["recipients"], a["placement"]) for a in got]
    if taken is not None:
        taken.append(found[0])
    return found[0]


def check_fields(award, officer, kind, giver, year, event_day):
    assert (award["officer"], award["category"], award["year"], award["event_date"]) == (
        officer,
        kind,
        year,
        event_day,
    )
    assert shares_words(giver, award["giver"]), award["giver"]


def check_breadth_of_wording(construction, title, text, day, role, awards):
    """The passage's role, then each award in the order the story tells them."""
    got = awards_of_passage(title, text, day, role, len(awards))
    if got is None:
        return
    for (units, officer, kind, giver, year, event_day), award in zip(awards, got, strict=True):
        assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
        check_fields(award, officer, kind, giver, year, event_day)
