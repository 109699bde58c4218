"""The student's edition in a real browser, with an accessibility audit: as tests/test_browser.py, its own file.

The teacher's edition is tested in ``tests/test_browser.py``; with ``--dist
loadfile`` each file runs on its own test worker, so the two editions are
audited at once, one Chromium per worker.
"""

from __future__ import annotations

import pytest
from browser import (  # noqa: F401 (tests shared with the teacher's edition)
    test_every_page_of_the_edition_was_opened,
    test_figures_render_with_alt_text,
    test_lessons_link_to_their_neighbours,
    test_no_serious_or_critical_accessibility_violation,
    test_on_a_phone_the_menu_and_contents_open_and_references_wrap,
    test_pages_load_cleanly,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def edition() -> str:
    return "student"
