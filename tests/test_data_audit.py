"""What the fact audit of this round found, kept mended: statuses, copies, places, precision."""

from __future__ import annotations

import azru


def _events():
    return azru.load().events.set_index("event_id")


def test_every_status_value_is_defined_in_the_package() -> None:
    field = next(
        f
        for r in azru.load().descriptor["resources"]
        if r["name"] == "events"
        for f in r["schema"]["fields"]
        if f["name"] == "status"
    )
    assert set(field["constraints"]["enum"]) == set(field["x-definitions"])
    assert all(len(text) > 20 for text in field["x-definitions"].values())


def test_reports_contradicted_by_a_better_source_are_disputed() -> None:
    events = _events()
    # The Kremlin gives 3 September 2010 for the border treaty; two secondary pages say 3 October.
    october = events[events["date"].astype(str).eq("2010-10-03")]
    assert len(october) == 2 and set(october["status"]) == {"disputed"}
    assert events.loc["border-treaty-2010", "status"] == "reported"


def test_summaries_say_no_more_than_their_page() -> None:
    events = _events()
    assert "last" not in events.loc["putin-aliyev-meeting-moscow-2024-10", "summary"]
    assert "first" not in events.loc["ilham-aliyev-moscow-visit-2004", "title"].lower()


def test_two_copies_of_one_article_are_one_statement() -> None:
    sources = azru.load().sources.set_index("source_id")
    assert sources.loc["perceptiode-mirror-azerbaijan-russia-relations", "copy_of"] == (
        "perceptiofr-russian-azerbaijani-relations"
    )


def test_where_it_happened_is_apart_from_what_it_is_about() -> None:
    seed_gabala = _events().loc["seed-gabala-agreement-2002"]
    assert seed_gabala["subject_place_id"] == "gabala-radar"
    assert seed_gabala["place_id"] != "gabala-radar"


def test_audited_precision_and_terms() -> None:
    measures = azru.load().measures.set_index("measure_id")
    for row in ("border-share-agreed-2007-09", "border-share-agreed-2009-07"):
        assert len(str(measures.loc[row, "period"])) == 10  # a day, as the notes give it
    assert str(measures.loc["msta-s-ordered", "period"]) == "2011/2012"
    actors = azru.load().actors.set_index("actor_id")
    assert str(actors.loc["polad-bulbuloglu", "role_to"]).startswith("2024")


def test_audit_2026_11_one_happening_per_visit() -> None:
    events = _events()
    # The VOA report of Ilham Aliyev's February 2004 trip belongs to the visit already in the data.
    assert events.loc["ilham-aliyev-moscow-visit-2004-voa", "happening_id"] == "ilham-aliyev-visit-to-moscow-2004-02"
    # "Putin last visited Azerbaijan in September 2018" is the Baku visit of 27 September, not the Sochi talks.
    pledge = events.loc["putin-visit-azerbaijan-2018-pledgetimes"]
    assert pledge["happening_id"] == "putin-working-visit-baku-september-2018"
    assert pledge["status"] == "reported"


def test_audit_2026_11_names_and_dates_as_the_page_gives_them() -> None:
    events = _events()
    written = {
        "aliyev-arms-appeal-1997-rferl": "Geidar Aliyev",
        "oil-transit-agreement-1996-moscowtimes": "Heidar Aliyev",
        "ilham-aliyev-moscow-visit-2004-voa": "Ilkam Aliyev",
        "aliyev-meets-sergei-ivanov-2004": "Sergey Ivanov",
    }
    for event_id, name in written.items():
        assert name in events.loc[event_id, "actor_names"].split(";")
    # A page that reports an event without its day does not give a day.
    for event_id in ("astrakhan-minister-baku-2015", "zakharova-opposes-lapshin-extradition-2017"):
        assert events.loc[event_id, "precision"] == "month"
    assert events.loc["chechnya-shuts-baku-novorossiysk-1999", "precision"] == "year"


def test_audit_2026_11_full_pass_2006_2025() -> None:
    facts = azru.load()
    events = facts.events.set_index("event_id")
    sources = facts.sources.set_index("source_id")
    # TASS does not name who signed the 2018 Goshadash agreement; Turan says the memorandum was with Rosneft.
    goshadash = events.loc["goshadash-agreement-sochi-2018"]
    assert not isinstance(goshadash["actors"], str) or "lukoil" not in goshadash["actors"]
    assert "rosneft" in events.loc["goshadash-agreement-2018-turan", "summary"].lower()
    # No ordinal in a title that its own page does not give.
    for event_id in (
        "tehran-summit-2017-eir",
        "tehran-summit-2017-eghtesad",
        "baku-trilateral-summit-2016-sputnik",
        "trilateral-fm-baku-2016-sputnik",
    ):
        title = events.loc[event_id, "title"].lower()
        assert "first" not in title and "second" not in title, event_id
    # Pages that report the event without its day give a month, not their own publication day.
    for event_id in (
        "lifenews-expelled-2016-interfax",
        "lifenews-expelled-2016-enovosty",
        "russia-disappointed-lapshin-2017-naviny",
        "putin-aliyev-call-2021-04-chernaya",
        "peskov-de-jure-azerbaijan-territory-2023",
        "caspian-flotilla-baku-visit-2015",
    ):
        assert events.loc[event_id, "precision"] == "month", event_id
    # Rows whose cited page was not in the stored copies now cite a stored copy that states the same.
    repointed = {
        "putin-baku-2018-eadaily": "unmfa-3221-aliyev-putin-one-on-one-2018",
        "interregional-forum-ix-2018-eadaily": "unmfa-3221-aliyev-putin-one-on-one-2018",
        "ceasefire-2023-kyivindependent": "novayagazeta-2023-09-20-karabakh-ceasefire",
    }
    for event_id, source_id in repointed.items():
        assert events.loc[event_id, "source_id"] == source_id
        assert sources.loc[source_id, "checked_against"] == "stored_copy"
    for gone in ("eadaily-2018-09-27-putin-aliyev-baku", "kyivindependent-2023-09-20-karabakh-surrender"):
        assert gone not in sources.index
    # Announced meetings that a stored page reports as held have a reported, day-dated report.
    happenings = facts.happenings.set_index("happening_id")
    for happening_id, day in (
        ("first-russia-iran-azerbaijan-foreign-ministers-meeting", "2016-04-07"),
        ("st-petersburg-trilateral-summit-june-2016", "2016-06-20"),
    ):
        assert happenings.loc[happening_id, "status"] == "reported"
        assert happenings.loc[happening_id, "date"] == day
    # No stored page reports the September 2015 naval exercise as held.
    assert events.loc["joint-naval-drills-planned-2015", "status"] == "planned"


def test_audit_2026_11_full_early_batch() -> None:
    events = _events()
    # Pages that give no day (a publication date, a bare 'Thursday') keep month precision.
    for event_id in ("ilham-aliyev-moscow-visit-2004-voa", "aliyev-moscow-visit-1997-reuters"):
        assert events.loc[event_id, "precision"] == "month"
    # The official portal speaks of CIS accession only, not of the Collective Security Treaty.
    assert "Security" not in events.loc["azerbaijan-accedes-to-cis-1993-portal", "title"]
    # The July 1997 treaty was still to be signed when the Monitor wrote.
    assert "due to sign" in events.loc["elchibey-friendship-treaty-1992-jamestown", "summary"]
    # The Monitor's report of the 28 March 1999 decision gives the pipeline shutdown its day.
    shutdown = azru.load().happenings.set_index("happening_id").loc["chechnya-shuts-baku-novorossiysk-1999"]
    assert str(shutdown["date"]) == "1999-03-28"


# The random audit of December 2026 (30 events, 30 measures, every seed row): its three wrong rows, mended.


def test_audit_2026_12_a_statement_is_dated_by_when_it_was_made() -> None:
    # Lavrov spoke in Baku on Monday 20 November 2017; the page that reports it is dated the 21st.
    assert str(_events().loc["lavrov-announces-mtc-commission-2017", "date"]).startswith("2017-11-20")


def test_audit_2026_12_the_seeds_date_for_the_gabala_offer_is_disputed() -> None:
    events = _events()
    seed = events.loc["seed-putin-g8-gabala-offer-2007"]
    assert seed["status"] == "disputed" and "7 June" in seed["notes"]
    assert events.loc["g8-gabala-offer-2007", "status"] == "reported"
    happening = azru.happenings().set_index("happening_id").loc[seed["happening_id"]]
    assert str(happening["date"]).startswith("2007-06-07")


def test_audit_2026_12_casualty_counts_cite_a_page_that_states_them() -> None:
    facts = azru.load()
    measures = facts.measures.set_index("measure_id")
    for row in ("mi24-crew-killed", "mi24-crew-injured"):
        assert measures.loc[row, "source_id"] == "bbc-54874162-mi24-downing"
        assert measures.loc[row, "reporter"] == "ru_official"
    azernews = facts.events.set_index("event_id").loc["mi24-downing-2020", "summary"]
    assert "kill" not in azernews and "injur" not in azernews  # the AzerNews page gives no count


def test_audit_2026_12_a_figure_whose_page_cannot_be_found_is_gone() -> None:
    facts = azru.load()
    assert "azal-people-aboard-rp" not in set(facts.measures["measure_id"])
    assert "rp-41619381-aktau-crash" not in set(facts.sources["source_id"])


def test_every_source_described_as_a_copy_names_what_it_copies() -> None:
    findings = azru.check(only=["copied_sources"])
    unmarked = findings[findings["message"].str.contains("described as a copy")]
    assert unmarked.empty, unmarked["message"].tolist()
    sources = azru.load().sources
    assert sources["original"].notna().sum() >= 55
