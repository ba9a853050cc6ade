from __future__ import annotations

from lintas.analyse.entities import Mention
from lintas.analyse.people import person_ages


def _ages(text: str, name: str) -> list[int]:
    start = text.index(name)
    m = Mention(name, "PER", 0, start, start + len(name), name, f"per:{name.lower()}")
    return [a.value for a in person_ages(text, [m])]


def test_an_age_beside_a_name() -> None:
    assert _ages("Martin Cole, 64, of the East Side was hurt.", "Martin Cole") == [64]
    assert _ages("Police named 14-year-old Evan Price as the victim.", "Evan Price") == [14]
    assert _ages("Korban bernama Andi (34) tewas di lokasi.", "Andi") == [34]
    assert _ages("Budi, 45 tahun, warga setempat, selamat.", "Budi") == [45]
    assert _ages("Rina yang berusia 29 tahun dibawa ke rumah sakit.", "Rina") == [29]


def test_no_age_from_other_numbers() -> None:
    assert _ages("Martin Cole, 2015, was a good year.", "Martin Cole") == []  # no age over 110
    assert _ages("Andi said 34 people were hurt.", "Andi") == []


def test_a_described_person_named_later() -> None:
    assert _ages("Relatives of the 31-year-old female victim identified her as Marisol Ortega.", "Marisol Ortega") == [
        31
    ]
    assert _ages("Seorang pria berusia 35 tahun yang diketahui bernama Joko ditemukan tewas.", "Joko") == [35]
    # another sentence, or a count, is no description of the named person
    assert _ages("The 31-year-old was hurt. Police identified the driver as Marisol Ortega.", "Marisol Ortega") == []
    assert _ages("Sebanyak 35 tahun lalu, warga bernama Joko pindah.", "Joko") == []


def test_an_age_is_not_given_to_another_person_named_later() -> None:  # review cases
    assert _ages("A 17-year-old boy was fatally shot by a man police identified as Marcus Lee.", "Marcus Lee") == []
    assert _ages("The 25-year-old victim's mother identified the shooter as James Brown.", "James Brown") == []
    assert (
        _ages("The 30-year-old officer was not hurt, and police identified the driver as Mark Hill.", "Mark Hill") == []
    )
    assert _ages("Korban yang sudah 12 tahun bekerja di pabrik itu bernama Budi Santoso.", "Budi Santoso") == []
    assert _ages("Ia dihukum 15 tahun penjara oleh hakim bernama Agus Salim.", "Agus Salim") == []
    assert _ages("Pria 40 tahun itu datang bersama anaknya yang bernama Rudi Hartono.", "Rudi Hartono") == []


def test_ages_of_people_described_not_named() -> None:
    from lintas.analyse.people import described_ages

    told = (
        "Two men were outside: a 51-year-old and a 30-year-old. A 9-year-old girl was shot by a 13-year-old boy. "
        "Seorang bocah berusia 7 tahun tewas. Pria 40 tahun bernama Dedi selamat. Dia ditahan 2 tahun. "
        "The 17-year-old Darnell Hughes ran. Her 6-year-old son Marcus hid. A bullet hit a 4-year-old girl, "
        "Ana Lopez, in the leg. The victim, a man, 62, died."
    )
    got = [(a.words, a.role, a.value) for a in described_ages(told, [0])]
    assert got == [
        ("", None, 51), ("", None, 30), ("girl", "victim", 9), ("boy", "doer", 13), ("bocah", "victim", 7),
        ("man", "victim", 62),
    ]  # fmt: skip


def test_described_ages_of_objects_durations_and_roles() -> None:  # review of stop 43
    from lintas.analyse.people import described_ages

    told = (
        "He fled in a 10-year-old sedan. A 12-year-old feud ended. Police announced the arrest of a 17-year-old boy. "
        "A 16-year-old boy was taken into custody. A 15-year-old boy shot in the leg Sunday survived. "
        "Perempuan yang 20 tahun bekerja di sana. Korban 5 tahun yang lalu pindah. Pelaku 2 tahun kemudian ditangkap. "
        "The 11-year-old is distraught."
    )
    got = [(a.words, a.role, a.value) for a in described_ages(told, [0])]
    assert got == [("boy", "doer", 17), ("boy", "doer", 16), ("boy", "victim", 15), ("", None, 11)]


def test_ages_of_names_the_tagger_missed_or_took_for_a_place() -> None:  # stop 44, unlabelled GVA
    from lintas.analyse.people import unnamed_ages

    place = "That body turned out to be Alexis Malone, 17, who police said saw the killing."
    start = place.index("Alexis Malone")
    as_loc = Mention("Alexis Malone", "LOC", 0, start, start + 13, "Alexis Malone", "loc:alexis malone")
    assert [a.value for a in person_ages(place, [as_loc])] == [17]

    def missed(text: str) -> list[tuple[str, int]]:
        return [(a.person, a.value) for a in unnamed_ages(text, [], [0])]

    assert missed("Deputies found shooting victim 20-year-old Dashwan Smith of Des Moines.") == [("Dashwan Smith", 20)]
    assert missed("The shooting killed 22-year-old Dashwan Smith and wounded three others.") == [("Dashwan Smith", 22)]
    assert missed("A 21-year-old Des Moines man was shot.") == []  # a place before a noun
    assert missed("A 30-year-old Fort Dodge, Iowa, man was shot.") == []  # a place and its state
    assert missed("The 22-year-old shot Jamal Brown, police said.") == []  # the shooter's age, not the victim's
    assert missed("The 17-year-old attended Lincoln High School.") == []
