"""The 人物/地点/机构 facets in the sidebar: shown with counts, a click filters."""

from __future__ import annotations

from tests.ui.test_window import click_facet, listed_rows
from yc_reader.ui.models import Role


def test_people_places_and_organisations_in_the_sidebar(qtbot, open_window) -> None:
    window = open_window()
    model = window.sidebar.facet_model
    for key in ("person", "place", "org"):
        group = model.group_index(key)
        assert group.isValid() and model.rowCount(group) > 0
    person = model.find("person:常晓勇")
    count = person.siblingAtColumn(1).data(Role.Count)
    click_facet(qtbot, window, "person:常晓勇")
    assert "person:常晓勇" in window.search_bar.field.text()
    assert len(listed_rows(window)) == count
    assert model.find("person:常晓勇").data(Role.Active)
