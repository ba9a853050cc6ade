"""Clustering features of the map step: the people an article reports as victims or suspects, the
places the tagger misses, title words, the days a follow-up cites, the people's ages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from lintas.analyse import analyse_article, split_sentences
from lintas.group.features import (
    agency_places,
    ages,
    cited_days,
    entity_keys,
    event_people,
    lead_words,
    name_words,
)
from lintas.model import Article
from lintas.settings import CLUSTER_EVENT_PEOPLE_SENTENCES, CLUSTER_MAX_AGES, CLUSTER_TEXT_SENTENCES


def _article(text: str, **fields: Any) -> Article:
    """An article of ``text``, split into sentences; ``fields`` override the defaults."""
    values: dict[str, Any] = {
        "id": "a", "input": "a.txt", "outlet": None, "url": None, "title": None, "published": None,
        "language": "en", "authors": (), "cites": (), "text": text, "removed": (),
        "sentences": tuple(split_sentences(text)),
    }  # fmt: skip
    return Article(**{**values, **fields})


def _people(text: str, language: str = "en") -> tuple[str, ...]:
    article = _article(text, outlet="Daily Star", published="2016-04-02", language=language)
    return event_people(analyse_article(article, entities_only=True))


def _keys(text: str, **fields: Any) -> tuple[str, ...]:
    return entity_keys(analyse_article(_article(text, **fields), entities_only=True))


def test_ages_and_victim_or_suspect_cues_mark_the_people_of_the_event() -> None:
    text = (
        "Police identified the victim as Jamal Brown, a father of two. A second man, Darnell Hayes, 24, "
        "was wounded on West Madison Street. Prosecutors charged Kevin Price with murder. Officer Maria "
        "Lopez, a police spokeswoman, said the investigation continues. Reporter Tom Jones contributed."
    )
    assert set(_people(text)) == {"who:jamal brown", "who:darnell hayes", "who:kevin price"}


def test_indonesian_ages_in_brackets_and_cue_words() -> None:
    text = (
        "Polisi menangkap tersangka Agus Salim di rumahnya. Korban, Budi Santoso (35), tewas di tempat. "
        "Kapolres AKBP Rudi Hartono mengatakan motifnya masih diselidiki."
    )
    assert set(_people(text, "id")) == {"who:agus salim", "who:budi santoso"}


def test_an_official_named_with_a_number_after_is_no_person_of_the_event() -> None:
    # The ward after an alderman's name reads as an age; his office says he is no victim.
    text = (
        "Darnell Hayes, 24, was wounded on South Wolcott Avenue. Ald. Raymond Lopez (15th) called it an "
        "ambush, and Mayor Rahm Emanuel, 56, said more officers would patrol the ward."
    )
    assert _people(text) == ("who:darnell hayes",)


def test_event_people_follow_the_capped_entity_keys() -> None:
    keys = [k for k in _keys("Jamal Brown, 19, was shot in Chicago. Brown died at Stroger Hospital, police said.")
            if not k.startswith(("cap:", "age:", "lw:"))]  # fmt: skip
    assert "per:jamal brown" in keys and keys[-1] == "who:jamal brown"
    assert not any(k.startswith("who:") for k in _people("Spokesman John Smith said the road reopened."))


def test_victims_recapped_far_down_are_not_people_of_this_event() -> None:
    filler = " ".join(f"Neighbours described street {i} as quiet." for i in range(CLUSTER_EVENT_PEOPLE_SENTENCES))
    text = (
        f"Police identified the victim as Jamal Brown, 19. {filler} The shooting was the third this month, "
        "after Tyrone Hayes, 3, was killed on Easter Sunday."
    )
    assert _people(text) == ("who:jamal brown",)


def test_the_dateline_and_a_local_agency_name_the_place() -> None:
    text = (
        "Close\nCARBONDALE — A suspect fired at pursuing officers on Sunday night. Officers of the "
        "Carbondale Police Department were on patrol when they heard gunshots."
    )
    keys = _keys(text)
    assert "loc:carbondale" in keys and keys.count("loc:carbondale") == 1
    assert "loc:garut" in _keys("GARUT, Jawa Barat (ANTARA) - Banjir merendam 300 rumah di Garut.", language="id")
    assert "loc:jackson county" in _keys("Deputies of the Jackson County Sheriff's Office arrived at 9 p.m.")
    assert agency_places(["loc:kentucky state police", "loc:louisville metro police", "loc:metropolitan police"]) == [
        "loc:kentucky",
        "loc:louisville",
    ]
    # A flag or the outlet's own name in capitals is no place.
    assert not any(k.startswith("loc:update") for k in _keys("UPDATE — Two men were wounded on Sunday."))
    assert "loc:wxyz" not in _keys("WXYZ — Two men were wounded on Sunday.", outlet="WXYZ")


def test_title_words_follow_as_their_own_keys() -> None:
    keys = _keys("Two people were wounded on Sunday.", title="Carbondale officer's shooting: 2 hurt")
    title = tuple(k for k in keys if k.startswith("ttl:"))
    assert title == ("ttl:carbondale", "ttl:officer", "ttl:shooting", "ttl:hurt")  # not "s", not "2"


def test_a_follow_up_cites_the_day_of_its_event() -> None:
    text = (
        "A man was charged Tuesday in the March 3 shooting that wounded two people on Elm Street. "
        "He appeared in court on Monday, April 11, and was held on $50,000 bail."
    )
    article = _article(text, published="2016-04-14")
    # Only the explicit date more than a week back: not the weekdays, not April 11.
    assert cited_days(article) == (f"on:{date(2016, 3, 3).toordinal()}",)
    assert cited_days(replace(article, published=None)) == ()


def test_name_words_are_the_capitalised_words_inside_sentences() -> None:
    text = (
        "Police said a woman was shot near Lindbergh Boulevard in Hazelwood on Friday.\n"
        "Officers found her at the QuikTrip. \u201cWe heard shots,\u201d said a neighbour. "
        "Hazelwood police asked for tips."
    )
    words = name_words(text)
    assert words == ("cap:lindbergh", "cap:boulevard", "cap:hazelwood", "cap:friday", "cap:quiktrip")
    assert "cap:police" not in words and "cap:officers" not in words and "cap:we" not in words


def test_ages_are_the_ages_given_to_people() -> None:
    english = (
        "Jamal Brown, 19, of Carbondale and a 23-year-old woman were shot on March 3, 2016. "
        "A man aged 45 fled; the victims, ages 7 and 8, were treated. In 2015, 31 people died."
    )
    assert ages(english) == ("age:19", "age:23", "age:45", "age:7")
    indonesian = "Korban, Budi Santoso (35), dan anaknya yang berusia 12 tahun dirawat. Pelaku divonis 15 tahun."
    assert ages(indonesian) == ("age:35", "age:12")
    # Dates, counts, years and sentences are no ages.
    assert ages("On Maret 3, 2016, 12 people were hurt; the 15 tahun sentence stood since 2010.") == ()
    recap = " ".join(f"A {n}-year-old was shot." for n in range(10, 40))
    assert len(ages(recap)) == CLUSTER_MAX_AGES


def test_the_leads_words_are_the_titles_and_first_sentences_without_function_words() -> None:
    filler = " ".join(f"Neighbours recalled summer {i}." for i in range(CLUSTER_TEXT_SENTENCES))
    text = f"Five people were shot at a wake in South Los Angeles. {filler} The jury later convicted him."
    got = lead_words(_article(text, title="Shots fired at a wake", outlet="Daily Star", published="2016-12-03"))
    assert got[:4] == ("lw:shots", "lw:fired", "lw:wake", "lw:five")
    assert {"lw:people", "lw:angeles", "lw:neighbours"} <= set(got)
    assert not {"lw:the", "lw:were", "lw:jury", "lw:convicted"} & set(got)  # a function word; past the lead
    indonesian = lead_words(_article("Tiga orang tewas dan dua luka di Garut.", language="id"))
    assert indonesian == ("lw:tiga", "lw:orang", "lw:tewas", "lw:dua", "lw:luka", "lw:garut")
