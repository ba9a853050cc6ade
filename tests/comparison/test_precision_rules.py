"""Rules that keep false contradictions out, each read off real news (CHANGELOG 0.11.1)."""

from __future__ import annotations

from lintas.analyse.quantities import find_quantities
from lintas.comparison.model import Report
from lintas.comparison.people import _common_word
from lintas.comparison.quotes import _named, reworded
from lintas.comparison.times import _step


def counted(sentence: str) -> list[tuple[float, str | None]]:
    """Each count of an English sentence and what it counts (None: compared with nothing)."""
    return [(q.value, q.counted) for q in find_quantities(sentence, decimal_comma=False)]


def _one_story(*texts: str) -> Report:
    """Made-up articles of one outlet each, published 26 November 2016, compared as one story."""
    from lintas.analyse import analyse_article
    from lintas.comparison import compare_analyses
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    docs = [
        Document(f"{k}.txt", t, "text", "utf-8", Hints(published="2016-11-26T10:00:00+00:00", outlet=f"o{k}"))
        for k, t in enumerate(texts)
    ]
    analyses = [analyse_article(a) for a in extract_documents(docs).articles]
    return compare_analyses(analyses, clusters=[list(range(len(analyses)))])


def _step_of(sentence: str, clock: str) -> str | None:
    at = sentence.index(clock)
    return _step(sentence, at, at + len(clock))


def test_a_journeys_times_belong_to_their_steps() -> None:
    assert _step_of("Sekitar pukul 13.12 WIB, tiba-tiba terjadi ledakan di gudang.", "13.12") == "onset"
    assert _step_of("Petugas pemadam tiba di lokasi pukul 14.50 WIB.", "14.50") is None  # no vehicle: no journey
    assert _step_of("Pukul 08.45 WIB pesawat berangkat dari Bandara Kualanamu.", "08.45") == "departure"
    assert _step_of("Sekira pukul 10.55 WIB pesawat mendarat di Kualanamu.", "10.55") == "landing"
    assert _step_of("Kru pesawat tiba di bandara pada pukul 06.40 WIB.", "06.40") == "arrival"
    assert _step_of("Gempa terjadi pukul 13.12 WIB.", "13.12") == "onset"


def test_a_common_word_is_no_surname_spelled_otherwise() -> None:
    text = 'Selain itu, ia datang. "Karena hujan," katanya. Presiden Joko Widodo dan Rizki Ramadhan hadir.'
    assert _common_word("selain", "Selain", text)  # capitalised only at a sentence's start
    assert _common_word("karena", "Karena", text)  # a stop word
    assert not _common_word("widodo", "Widodo", text) and not _common_word("ramadhan", "Ramadhan", text)
    assert not _common_word("fontenout", "Fontenout", "Fontenout said the two men fled.")  # no common word


def test_a_speaker_described_is_not_named() -> None:
    from types import SimpleNamespace as Q

    assert not _named(Q(speaker="hakim", speaker_id=None)) and not _named(Q(speaker="Hakim Ketua", speaker_id=None))
    assert not _named(Q(speaker="Kapolda", speaker_id="per:kapolda", inferred=False))  # a role alone
    assert _named(Q(speaker="Rosihan Juhriah Rangkuti", speaker_id="per:rosihan juhriah rangkuti", inferred=False))


def test_a_speaker_carried_over_glued_or_an_acronym_is_not_named() -> None:
    from types import SimpleNamespace as Q

    assert not _named(Q(speaker="Sugiono", speaker_id="per:sugiono", inferred=True))  # "tuturnya"
    assert not _named(Q(speaker="Donald Trumpmengatakan", speaker_id="per:donald trumpmengatakan", inferred=False))
    assert not _named(Q(speaker="RI", speaker_id="per:ri", inferred=False))
    assert not _named(Q(speaker="Selatan", speaker_id="per:selatan", inferred=False))  # of "Jakarta Selatan"


def test_quotes_carry_how_their_speaker_was_found() -> None:
    from lintas.analyse import analyse_article
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    text = (
        "Menteri Luar Negeri Sugiono tiba di St. Petersburg, Rusia, pada Rabu malam bersama rombongan.\n\n"
        '"Besok direncanakan akan melaksanakan kunjungan kepada Presiden Vladimir Putin," kata Menlu Sugiono kepada '
        "awak media.\n\n"
        '"Saya yakin kedua pemimpin juga akan berbicara mengenai masalah regional maupun global," tuturnya.'
    )
    doc = Document("menlu.txt", text, "text", "utf-8", Hints(published="2025-06-19T10:00:00+07:00"))
    [article] = extract_documents([doc]).articles
    quotes = analyse_article(article).quotes
    assert [q.inferred for q in quotes if q.direct] == [False, True]


def test_fillers_and_glosses_are_the_same_words() -> None:
    a = "Para jamaah ini dirujuk ke Rumah Sakit Arab Saudi (RSAS) di Madinah. Mereka terdiagnosis pneumonia atau radang"
    b = "Para jemaah ini dirujuk ke Rumah Sakit Arab Saudi di Madinah. Mereka terdiagnosis pneumonia/radang"
    assert not reworded(a, b)
    assert not reworded("Bapak Presiden akan diundang berbicara", "Bapak Presiden juga akan diundang berbicara")
    assert not reworded(
        "Rapat Dewan Gubernur Bank Indonesia pada tanggal 17 dan 18 Juni memutuskan mempertahankan BI Rate",
        "Rapat Dewan Gubernur BI pada 17 dan 18 Juni memutuskan mempertahankan BI Rate",
    )
    assert reworded("Kami cek ke ESDM, belum ada penelitian", "Kami cek di ESDM, belum pernah ada penelitian di sana")


def test_one_of_and_of_them_are_no_counts() -> None:
    from lintas.analyse.quantities import find_quantities

    assert [q.counted for q in find_quantities("Mbah Tupon digugat salah satu tersangka.")] == [None]
    assert [q.counted for q in find_quantities("Tiga tersangka di antaranya langsung ditahan.")] == [None]
    assert [q.counted for q in find_quantities("Polisi menangkap tiga tersangka.")] == ["arrested"]


def test_a_formula_read_for_another_person_is_another_statement() -> None:
    a = "Menjatuhkan pidana terhadap terdakwa dengan pidana penjara selama 11 tahun"
    b = "Menjatuhkan pidana kepada terdakwa Meirizka Widjaja berupa pidana penjara selama tiga tahun penjara"
    assert not reworded(a, b)
    # the same words with another figure are a misquote, still told
    assert reworded(
        "Kami sudah menemukan 14 korban meninggal di lokasi", "Kami sudah menemukan 15 korban tewas di lokasi"
    )


# Stop 37: rules read off real output (GVA months 2014-08, 2015-06, 2016-07, 2016-11; id-news-2025
# records 1700-2000), each shown here on sentences written for the test.


def test_parts_sums_and_running_totals_are_no_event_counts() -> None:
    assert counted("Eleven people were wounded, including three who remain in critical condition.") == [
        (11, "injured"),
        (3, None),
    ]
    assert counted("A toddler and three adults were killed in the blast.") == [(3, None)]
    assert counted("Three women and a man died at the scene.") == [(3, None)]
    assert counted("A Dayton couple and their two sons were found dead.") == [(2, None)]
    assert counted("A total of 12 people were injured in the crash.") == [(12, "injured")]  # the event's total
    assert counted("The state counted 31 traffic fatalities in 2016.") == [(31, None)]
    assert counted("Medics formed teams of four for the injured.") == [(4, None)]
    assert counted("The deaths raise the county's homicide total to 61 for the year.") == [(61, None)]
    assert counted("Nine deputies have been killed on duty in the state this year.") == [(9, None)]
    assert counted("Two men, one age 19 and the other 34, were arrested.") == [(2, None), (1, None)]
    # the others and one more; a count that is the event's stays one
    [q] = find_quantities("Police said she and two others were wounded.", decimal_comma=False)
    assert (q.value, q.counted, q.text) == (3, "injured", "she and two")
    assert counted("Five people were killed in the city's deadliest shooting this year.") == [(5, "deaths")]
    assert counted("Dua pria dan seorang wanita tewas dalam kecelakaan itu.") == [(2, None)]


def test_linked_headlines_stamps_and_players_are_junk() -> None:
    from lintas.clean.junk import classify_line

    for line in (
        "Related: Man charged after two hurt in Elm Street shooting",
        "Latest: Police name suspect in downtown stabbing",
        "+ 2 dead, 3 hurt in overnight crash on Route 9",
        "UPDATE: 4:15 P.M.",
        "9:40 a.m.",
        "3 of 9 CLOSE Skip in Skip x Embed x Share CITY SHOOTING Raw: Video of the scene | 0:41 Raw video shows",
    ):
        assert classify_line(line) is not None, line
    for line in ("Two people were hurt in the crash on Route 9.", "Related charges are expected, police said."):
        assert classify_line(line) is None, line


def test_times_of_a_roundup_and_rough_hours() -> None:
    from lintas.comparison.model import Claim
    from lintas.comparison.times import _told_apart

    def at(clock: str, qualifier: str | None = None) -> Claim:
        return Claim("a", 0, clock, clock, qualifier)

    assert not _told_apart(at("18:00", "about"), at("17:39"))  # "around 6 p.m." and 5:39
    assert not _told_apart(at("02:00", "about"), at("02:17"))  # "shortly after 2 a.m." and 2:17
    assert _told_apart(at("22:45", "about"), at("23:20"))  # a rough time not on the hour keeps 15 minutes


def test_days_of_statements_and_the_same_weekday_are_no_event_dates() -> None:
    from lintas.analyse import analyse_article
    from lintas.comparison import compare_analyses
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    said = (
        '"Kami masih menunggu hasil pemeriksaan dari laboratorium forensik," kata Kapolres Ahmad Yani kepada '
        "wartawan di Bogor, {day}.\n\nPolisi memeriksa lima saksi dalam kasus kebakaran gudang di Cibinong."
    )
    texts = {
        "a.txt": said.format(day="Senin (16/6/2025)"),
        "b.txt": said.format(day="Selasa (17/6/2025)").replace("menunggu hasil", "menanti hasil"),
    }
    docs = [
        Document(name, text, "text", "utf-8", Hints(published=f"2025-06-1{6 + k}T10:00:00+07:00", outlet=f"o{k}"))
        for k, (name, text) in enumerate(texts.items())
    ]
    articles = extract_documents(docs).articles
    report = compare_analyses([analyse_article(a) for a in articles], clusters=[[0, 1]])
    kinds = [d.kind for s in report.stories for d in s.discrepancies]
    assert "date" not in kinds and "quote" not in kinds  # two statements on two days


def test_quotes_told_with_an_ellipsis_contractions_or_strewn_words() -> None:
    assert not reworded("we have seen this happen too many times", "we've seen this happen too many times")
    assert not reworded(
        "I am pretty sure it was Brent … Lauder, he ran", "I am pretty sure it was Brent Lawder (sic) Lauder, he ran"
    )
    assert not reworded("make sure the neighborhood's safe", "make sure that the neighborhood is safe")
    long = (
        "When the sirens started there was a lot of noise, so we are asking everyone who stood on the corner "
        "to call us, because any information about the car helps"
    )
    assert not reworded("was a lot of conflicting information", long)


def test_counts_of_nobody_are_zero() -> None:
    from lintas.analyse.quantities import find_quantities

    def zeros(sentence: str) -> list[tuple[float, str | None]]:
        return [(q.value, q.counted) for q in find_quantities(sentence) if q.value == 0]

    assert zeros("No one was hurt when the car hit the porch.") == [(0, "injured")]
    assert zeros("No arrests have been made in the case.") == [(0, "arrested")]
    assert zeros("Kebakaran gudang itu tidak menimbulkan korban jiwa.") == [(0, "deaths")]
    assert zeros("No one else was hurt.") == [] and zeros("No officers were injured.") == []


def test_an_outlet_that_gives_two_ages_is_no_witness() -> None:
    from lintas.analyse import analyse_article
    from lintas.comparison.people import age_discrepancies
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    def ages_told(*told: tuple[str, str]) -> int:
        docs = [
            Document(f"{k}.txt", t, "text", "utf-8", Hints(published="2016-11-05T10:00:00+00:00", outlet=outlet))
            for k, (outlet, t) in enumerate(told)
        ]
        analyses = [analyse_article(a) for a in extract_documents(docs).articles]
        return len(age_discrepancies(analyses, lambda an: an.article.outlet or ""))

    street = "\n\nOfficers searched the block on Elm Street for the two men until early Saturday morning."
    home = "Police identified the boy as Javon Mitchell, 14, a student at Lincoln High School." + street
    photo = "Police identified the boy as Javon Mitchell, 15, a student at Lincoln High School." + street
    kitchen = "The victim, 14-year-old Javon Mitchell, was shot in the kitchen of his home, police said." + street
    # an outlet's article and its photo page give both ages: that outlet is no witness
    assert ages_told(("A", home), ("A", photo), ("B", kitchen)) == 0
    assert ages_told(("A", photo), ("B", kitchen)) == 1


def test_review_cases_keep_the_events_own_figures() -> None:
    """An independent review's counter-examples to the rules above (stop 37)."""
    assert counted("One man was killed in Chicago and four others were wounded.") == [(1, "deaths"), (4, "injured")]
    assert counted("The gunman killed a woman and 12 others were injured.") == [(12, "injured")]
    assert counted("The gunman killed a police officer and 12 people were wounded.") == [(12, "injured")]
    assert counted("In the deadliest shooting so far this year, five people were killed.") == [(5, "deaths")]
    assert counted("Two more bodies were found, which brought the total to 14 dead.")[-1] == (14, "deaths")
    assert counted("Two people had minor injuries, but no one was seriously hurt.") == [(2, "injured")]
    assert counted("No arrest warrant has been issued.") == [] and counted("There were no injuries to officers.") == []
    [zero] = [q for q in find_quantities("No one was hurt.") if q.value == 0]
    assert zero.qualifier == "exact"  # the report schema's qualifiers


def test_review_cases_of_days_and_quotes() -> None:
    from lintas.comparison.model import Claim
    from lintas.comparison.places import street_key as _street_key
    from lintas.comparison.times import _days_differ

    def day(value: str, text: str, published: str = "2025-06-16") -> Claim:
        return Claim("a", 0, value, text, None, None, published)

    assert not _days_differ(day("2025-06-12", "Thursday", "2025-06-13"), day("2025-06-19", "Thursday", "2025-06-20"))
    assert _days_differ(day("2025-06-14", "Saturday"), day("2025-06-07", "Saturday, June 7"))  # one side states it
    assert _street_key("s. california") == _street_key("south california")
    # a negation or a word replaced beside an ellipsis is a rewording; a contraction is not
    assert reworded("He did not pull the trigger", "He pulled the trigger")
    assert reworded("The police … killed my son in cold blood", "The police saved my son in cold blood")
    assert not reworded("We won't stop until we find him", "We will not stop until we find him")
    assert not reworded("It's been a long night for everyone", "It has been a long night for everyone")


def test_an_event_told_by_a_speaker_keeps_its_day() -> None:
    from lintas.analyse import analyse_article
    from lintas.comparison.times import told_on
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    def roles(text: str) -> list[str | None]:
        doc = Document("x.txt", text, "text", "utf-8", Hints(published="2025-06-17T10:00:00+07:00", outlet="o"))
        an = analyse_article(extract_documents([doc]).articles[0])
        return [told_on(an, d) for d in an.dates if d.granularity in ("day", "datetime")]

    event = "Kapolsek mengatakan kebakaran gudang plastik itu terjadi di Jalan Raya Bogor, Senin (16/6/2025)."
    said = '"Kami masih memeriksa lima saksi," kata Kapolsek kepada wartawan di Cibinong, Selasa (17/6/2025).'
    read = "Aturan itu dicabut, seperti dikutip dari laman resmi kementerian, Selasa (17/6/2025)."
    assert roles(event + "\n\n" + said + "\n\n" + read) == [None, "said", "read"]
    # stop 41: a source read opening the sentence; a statement's day after its speaker and "pada"
    opening = "Dilansir dari AFP, Rabu (18/6/2025), kapal tanker itu tertahan dua hari di pelabuhan Aden."
    speaker = "Pasokan air bersih akan ditambah, demikian disampaikan juru bicara PDAM pada Selasa, 17 Juni 2025."
    assert roles(opening + "\n\n" + speaker + "\n\n" + event) == ["read", "said", "said", None]
    # but a day with its time of day is the event's, and aid "disampaikan" (handed over) is no statement
    evening = "Dilansir dari BBC, Minggu (15/6/2025) malam, serangan drone menghantam kilang minyak."
    aid = "Bantuan sembako itu disampaikan kepada warga korban banjir pada Senin (16/6/2025)."
    assert roles(evening + "\n\n" + aid) == [None, None]


def test_a_day_of_saying_and_a_time_with_its_day() -> None:
    from lintas.analyse import analyse_article
    from lintas.analyse.sentences import split_line
    from lintas.comparison.times import told_on
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    text = (
        "Two men were found shot inside a parked van in Millbrook, and police said Thursday that the gunman "
        "was still at large.\n\nDetectives asked neighbors on Larch Street for camera footage of the block."
    )
    docs = [Document("a.txt", text, "text", "utf-8", Hints(published="2016-06-03T10:00:00+00:00", outlet="o"))]
    an = analyse_article(extract_documents(docs).articles[0])
    thursday = [d for d in an.dates if "Thursday" in an.article.text[d.start : d.end]]
    assert thursday and told_on(an, thursday[0]) == "said"
    # "p.m. Friday" is one time, not a sentence end; "p.m. Police" is
    line = "About 6:45 p.m. Friday, a boy was shot on Elm Street. It was 6 p.m. Police came."
    assert [line[a:b] for a, b in split_line(line)] == [
        "About 6:45 p.m. Friday, a boy was shot on Elm Street.",
        "It was 6 p.m.",
        "Police came.",
    ]


def test_a_vigils_time_and_a_roundups_window_are_no_event_times() -> None:
    from lintas.analyse import analyse_article
    from lintas.comparison import compare_analyses
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    assert _step_of("About 40 people gathered about 7:30 p.m. Monday at the corner for a vigil.", "7:30") == "gathering"
    roundup = (
        "Since 10 p.m. Friday, nine people have been shot in the city, police said.\n\n"
        "A 19-year-old man was shot on Maple Avenue and taken to County General Hospital in fair condition."
    )
    lead = (
        "A 19-year-old man was shot on Maple Avenue at about 1:40 a.m. Saturday, police said.\n\n"
        "He was taken to County General Hospital in fair condition, and no arrests were made."
    )
    docs = [
        Document(f"{k}.txt", t, "text", "utf-8", Hints(published="2016-07-02T10:00:00+00:00", outlet=f"o{k}"))
        for k, t in enumerate((roundup, lead))
    ]
    report = compare_analyses([analyse_article(a) for a in extract_documents(docs).articles], clusters=[[0, 1]])
    assert "time" not in [d.kind for s in report.stories for d in s.discrepancies]


def test_a_start_time_and_a_hospitals_name_keep_the_events_time() -> None:  # review cases
    from lintas.analyse import analyse_article
    from lintas.comparison import compare_analyses
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    assert _step_of("He was pronounced dead at Memorial Hospital at 3:15 a.m.", "3:15") == "death"
    assert _step_of("Shots rang out on Memorial Drive at 11:20 p.m. Saturday.", "11:20") == "onset"
    tail = "\n\nFirefighters from three stations worked for hours to put out the blaze at the storage building."
    told = (
        "A fire that started from about 2 a.m. destroyed a warehouse on Elm Road, officials said." + tail,
        "A fire that started at about 4:30 a.m. destroyed a warehouse on Elm Road, officials said." + tail,
    )
    docs = [
        Document(f"{k}.txt", t, "text", "utf-8", Hints(published="2016-07-02T10:00:00+00:00", outlet=f"o{k}"))
        for k, t in enumerate(told)
    ]
    report = compare_analyses([analyse_article(a) for a in extract_documents(docs).articles], clusters=[[0, 1]])
    assert "time" in [d.kind for s in report.stories for d in s.discrepancies]


def test_figures_read_off_a_january_2017_month() -> None:
    """Rules read off a month of real reports (not labelled): each sentence here is my own."""
    from lintas.analyse.quantities import find_quantities
    from lintas.comparison.discrepancies import furniture
    from lintas.comparison.places import Address, _conflict
    from lintas.comparison.quotes import reworded

    def counted(sentence: str) -> list[str | None]:
        return [q.counted for q in find_quantities(sentence, decimal_comma=False)]

    assert counted("Three arrests were made in the shooting that wounded two.") == ["arrested", "injured"]
    assert counted("Originally, officials said nine people were hurt, but the count is now seven.") == [None, None]
    assert counted("The number of wounded was revised Sunday from nine to seven.") == [None, "injured"]
    assert counted("Police released the identities of two victims killed in the attack.") == [None]
    assert counted("Three people died and six were hurt in 5 separate shootings on Saturday.") == [None, None, None]
    assert counted("Six people were killed, including a teenager, in shootings across the city, police said.") == [None]
    assert not reworded("He came to take her home that night", "He came to take [Maya] home that night")
    assert _conflict(Address("oak", "street", 12000, True, 0, ""), Address("oak", "street", 13100, False, 0, ""))
    assert not _conflict(Address("oak", "street", 12000, True, 0, ""), Address("oak", "street", 12410, False, 0, ""))

    from types import SimpleNamespace as NS

    stamp = NS(article=NS(sentences=[NS(text="10:05 p.m. update: The victim, 24, died at the hospital.")]))
    assert furniture(stamp, 0)  # type: ignore[arg-type]


def test_arrests_that_grow_and_figures_of_other_days() -> None:
    from lintas.analyse import analyse_article
    from lintas.comparison import compare_analyses
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    def disputes(*told: tuple[str, str]) -> list[tuple[str, bool]]:
        docs = [
            Document(f"{k}.txt", t, "text", "utf-8", Hints(published=f"{day}T10:00:00+00:00", outlet=f"o{k}"))
            for k, (day, t) in enumerate(told)
        ]
        report = compare_analyses([analyse_article(a) for a in extract_documents(docs).articles], clusters=[[0, 1]])
        return [(d.topic, d.compatible) for s in report.stories for d in s.discrepancies]

    more = "\n\nDetectives asked anyone with video of the parking lot on Birch Avenue to call the tip line."
    early = ("2017-01-09", "No one was arrested after the shooting in the mall parking lot on Birch Avenue." + more)
    later = ("2017-01-11", "Two men were arrested after the shooting in the mall parking lot on Birch Avenue." + more)
    assert disputes(early, later) == [("arrested", True)]  # an update, shown as compatible
    # a roundup's two shootings, told on days apart, are no one count told two ways
    one = ("2017-01-02", "Two men were killed in the shooting on Dec. 25 near the park, police said." + more)
    other = ("2017-01-02", "One man was killed in the shooting on Dec. 30 near the park, police said." + more)
    assert ("deaths", False) not in disputes(one, other)


def test_a_lone_surname_that_fits_two_people_takes_no_age() -> None:
    from lintas.analyse import analyse_article
    from lintas.comparison.people import age_discrepancies
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    told = {
        "a": "Larry Dunmore and his daughter, 18-year-old Jessie Dunmore, were found dead in their home on "
        "Crane Road, Sheriff Tom Hale said.\n\nThe sheriff said a third person was flown to a hospital.",
        "b": "The wounded woman, Dunmore, 41, was released from the hospital on Wednesday, the sheriff's office "
        "said.\n\nInvestigators have not said what led to the shooting on Crane Road.",
    }
    docs = [
        Document(f"{k}.txt", t, "text", "utf-8", Hints(published="2017-01-25T10:00:00+00:00", outlet=k))
        for k, t in told.items()
    ]
    analyses = [analyse_article(a) for a in extract_documents(docs).articles]
    assert age_discrepancies(analyses, lambda an: an.article.outlet or "") == []


def test_two_named_peoples_times_of_death_are_two_happenings() -> None:
    from lintas.analyse import analyse_article
    from lintas.comparison import compare_analyses
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    more = "\n\nPolice asked anyone who saw the shootings on the West Side to call detectives."
    told = (
        "Police said Jerome Walters, 19, was shot in the chest and taken to Mount Sinai Hospital, where he "
        "was pronounced dead at 1:30 p.m." + more,
        "Police said Anthony Brooks, 33, was shot in the head and taken to Stroger Hospital, where he was "
        "pronounced dead at 12:20 p.m." + more,
    )
    docs = [
        Document(f"{k}.txt", t, "text", "utf-8", Hints(published="2017-01-02T10:00:00+00:00", outlet=f"o{k}"))
        for k, t in enumerate(told)
    ]
    report = compare_analyses([analyse_article(a) for a in extract_documents(docs).articles], clusters=[[0, 1]])
    assert "time" not in [d.kind for s in report.stories for d in s.discrepancies]


def test_one_number_written_two_ways_is_the_same_quote() -> None:  # stop 41, real ID pairs
    same = [
        (
            "Pertumbuhan ekonomi daerah diprakirakan akan membaik pada semester II tahun ini",
            "Pertumbuhan ekonomi daerah diperkirakan akan membaik pada semester kedua tahun ini",
        ),
        ("We are now in the second phase of the cleanup work", "We are now in the 2nd phase of the cleanup work"),
        (
            "Harga beras akan berada dalam kisaran 12–14% tahun ini",
            "Harga beras akan berada dalam kisaran 12 sampai 14 persen tahun ini",
        ),
    ]
    assert not any(reworded(a, b) for a, b in same)
    three, four = "Kami membangun tiga jembatan di desa itu", "Kami membangun empat jembatan di desa itu"
    assert reworded(three, four)
    # a cardinal word is no ordinal: "the first time" / "the one time", "dua korban" / "kedua (both) korban"
    assert reworded("This is the first time we have seen this here", "This is the one time we have seen this here")
    assert reworded("Dua korban dibawa ke rumah sakit pagi ini", "Kedua korban dibawa ke rumah sakit pagi ini")


def test_a_date_whose_weekday_is_another_days_makes_no_claim() -> None:  # stop 43, id-news-2025 18 June
    from lintas.analyse.dates import DateMention, find_dates
    from lintas.comparison.times import _weekday_disagrees

    def told(sentence: str) -> list[bool]:
        return [_weekday_disagrees(d) for d in find_dates(sentence, "2025-06-18T10:00:00+07:00")]

    assert told("Iran menangkap lima orang pada Selasa (18/6).") == [True]  # 18 June 2025 was a Wednesday
    assert told("Pada Rabu (18/6/2025), polisi datang.") == [False]
    # The reader gives "Tuesday, June 18" as two mentions: neither holds both, so neither is dropped.
    assert not any(told("On Tuesday, June 18, police came."))
    assert not _weekday_disagrees(DateMention("dua minggu lalu", "2025-06-04", "day", 0, 15, 0))  # a week


def test_one_difference_is_said_once_and_distances_share_their_place() -> None:  # stop 44, unlabelled GVA
    from lintas.analyse import analyse_article
    from lintas.comparison import compare_analyses
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    def numbers(*texts: str) -> list[tuple[str, list[float]]]:
        docs = [
            Document(f"{k}.txt", t, "text", "utf-8", Hints(published="2016-06-13T10:00:00+00:00", outlet=f"o{k}"))
            for k, t in enumerate(texts)
        ]
        analyses = [analyse_article(a) for a in extract_documents(docs).articles]
        report = compare_analyses(analyses, clusters=[list(range(len(analyses)))])
        return [
            (d.topic, sorted(float(c.value) for c in d.claims))
            for s in report.stories
            for d in s.discrepancies
            if d.kind == "number" and not d.compatible
        ]

    city = (
        "A total of 50 people were killed in the nightclub shooting, the city said on Monday.\n\n"
        "The mayor asked residents to give blood at the downtown center."
    )
    papers = [
        f"Officially, 49 people were killed by the gunman in the nightclub massacre, {who} reported.\n\n"
        f"Mourners gathered on Sunday night. In all, 49 people were killed in the nightclub shooting, {who} said."
        for who in ("the paper", "the station", "the radio")
    ]
    found = numbers(city, *papers)
    assert [topic for topic, _ in found] == ["deaths"]  # one discrepancy, not one per pairing
    assert found[0][1] == [49, 49, 49, 50]  # each outlet's value once
    more_text = "\n\nPolice closed the bridge over the river."
    far = (
        "The two villages are about 65 miles east of Syracuse, where the gunman killed four people.\n\n"
        "Police closed the bridge over the river."
    )
    other = (
        "The villages, about 170 miles northwest of New York City, mourned the four people the gunman killed.\n\n"
        "Police closed the bridge over the river."
    )
    assert numbers(far, other) == []  # miles from two places are no two values of one distance
    tulsa = "The town, 10 miles north of Tulsa Sunday, mourned the four people the gunman killed." + more_text
    tulsa_2 = "The town, 25 miles north of Tulsa on Sunday, mourned the four people the gunman killed." + more_text
    assert numbers(tulsa, tulsa_2) == [("distance", [10, 25])]  # the place stops at the day


def test_days_and_times_of_what_came_after_are_no_event_times() -> None:  # stop 44, unlabelled GVA

    def disputes(*texts: str) -> list[str]:
        return [d.kind for s in _one_story(*texts).stories for d in s.discrepancies if d.kind in ("date", "time")]

    more = "\n\nDetectives asked anyone who saw the shooting on Elm Street to call the tip line."
    shot = "Two men were shot on Elm Street on Nov. 20, police said." + more
    arrested = "A man was arrested Nov. 25 in the shooting of two men on Elm Street." + more
    assert disputes(shot, arrested) == []
    hospital = "Two men shot on Elm Street remained hospitalized Nov. 22, police said." + more
    assert disputes(shot, hospital) == []
    said = "Two men were shot on Elm Street and a suspect is sought, police said Nov. 23." + more
    assert disputes(shot, said) == []
    other_day = "Two men were shot on Elm Street on Nov. 21, police said." + more
    assert disputes(shot, other_day) == ["date"]  # the rules keep a real one
    rites = "Visitation for the victim will be held from 4 to 7 p.m. at the funeral home on Elm Street." + more
    services = "Services for the victim will be at 11 a.m. at the funeral home on Elm Street." + more
    assert disputes(rites, services) == []
    at = "The girl was shot at her home on Elm Street around 3:20 p.m. Monday, police said." + more
    before = "The girl got off the bus at her home on Elm Street before 4 p.m. Monday and was shot." + more
    assert disputes(at, before) == []  # a bound, not a time
    late = "The girl was shot at her home on Elm Street around 6:20 p.m. Monday, police said." + more
    assert disputes(late, before) == ["time"]
    roundup = (
        "Other shootings on Elm Street included a man shot in the leg at 5:17 p.m. and a woman shot in the"
        " arm at 11:15 p.m." + more
    )
    one = "A man was shot in the leg on Elm Street at 11:15 p.m., police said." + more
    assert disputes(roundup, one) == []  # one step at two times in a sentence: two happenings
    # the review's cases: the event's own days and times kept
    court = "Two men were shot at a basketball court on Elm Street on Nov. 21, police said." + more
    assert disputes(shot, court) == ["date"]
    hospital_shot = "Two men were hospitalized after being shot on Elm Street on Nov. 21." + more
    assert disputes(shot, hospital_shot) == ["date"]
    church = "Gunfire erupted during services at the church on Elm Street at 11:30 a.m. Sunday." + more
    morning = "Gunfire erupted at the church on Elm Street at 9:10 a.m. Sunday, police said." + more
    assert disputes(church, morning) == ["time"]
    zoned = "Gempa mengguncang Jalan Elm pukul 10.15 WIT atau 09.15 WITA, kata BMKG." + more
    other = "Gempa mengguncang Jalan Elm pukul 11.40 WIT, kata BMKG." + more
    assert disputes(zoned, other) == ["time"]  # one moment in two zones is no roundup


def test_breakdowns_families_cases_and_a_citys_shootings_are_no_tolls() -> None:  # stop 46, two-outlet GVA
    assert counted("The bodies of four victims – two adults, a boy and a baby – were found.") == [
        (4, "deaths"),
        (2, None),
    ]
    assert counted("He shot his wife and killed their two sons at the house.") == [(2, None)]
    # a toll told in parts keeps its parts, and children alone are the toll (review of stop 46)
    assert counted("Nine people were shot Saturday: two died and seven were wounded.")[1:] == [
        (2, "deaths"),
        (7, "injured"),
    ]
    assert counted("A father shot and killed his three children before killing himself.") == [(3, "deaths")]
    assert counted("Police are treating the deaths as three separate homicide cases.") == [(3, None)]
    assert counted("Police said two people held in the killing were released.") == [(2, None)]
    # a city's or a day's shootings count over several
    assert [c for _, c in counted("Three were killed and 9 wounded in shootings Friday across the city.")] == [None] * 2
    assert [c for _, c in counted("Two people were killed in West Side shootings since Friday.")] == [None]
    assert [c for _, c in counted("A man was killed and 7 were hurt in Denver shootings since Friday.")] == [None]
    # the latest of a series, told after the article's own happening
    assert counted("Most recently, three men were wounded outside a bar.") == [(3, None)]
    # one event's own figures stay
    assert counted("Most recently, police said the toll had risen to six dead.")[0] == (6, "deaths")
    assert counted("Earlier today, police confirmed that five people were killed.") == [(5, "deaths")]
    assert counted("Four people were killed in Elm Street Diner shootings on Sunday.") == [(4, "deaths")]
    assert counted("Two men died in the Elm Street nightclub shootings on May 2.") == [(2, "deaths")]
    assert counted("Five people were wounded in Tuesday's shootings at two homes.")[0] == (5, "injured")
    assert counted("He killed his two neighbors and wounded a third.")[0] == (2, "deaths")


def test_weekdays_steps_after_and_a_child_beside_an_adult() -> None:  # stop 46, two-outlet GVA
    from lintas.clean.junk import classify_line

    def disputes(*texts: str) -> list[tuple[str, str]]:
        return [(d.kind, d.about) for s in _one_story(*texts).stories for d in s.discrepancies if not d.compatible]

    more = "\n\nDetectives asked anyone who saw the shooting on Birch Road to call the tip line at once."
    shot = "A man was shot and killed on Birch Road around 9 p.m., police said. Reach Dale Mundane at 555-0101." + more
    booked = "Carl Wren was booked into the jail at about 3 a.m. on one complaint of murder and two of shooting." + more
    assert disputes(shot, booked) == []
    spotted = "Wren was spotted on the block of the shooting by officers around 11:40 p.m. with a gun." + more
    assert disputes(shot, spotted) == []
    onset = "The shooting happened around 11:40 p.m. on Birch Road, police said." + more
    assert disputes(shot, onset) == [("time", "time of day of the event")]  # the event's own time kept
    own = "A man was arrested after the shooting at 11:40 p.m. on Birch Road, police said." + more
    assert disputes(shot, own) == [("time", "time of day of the event")]  # the shooting's time, not the arrest's
    only = "A man identified only as Carl died on Nov. 20 after the shooting on Birch Road." + more
    other = "A man died on Nov. 22 after the shooting on Birch Road, police said." + more
    assert disputes(only, other) == [("date", "date of the event")]  # "identified as" names, no later step
    died = "Two people who died Wednesday in a shooting on Birch Road were named by police." + more
    named = "Two of the people who died in the shooting on Birch Road were identified Thursday." + more
    assert disputes(died, named) == []
    # a weekday is no spelling of a surname
    weekday = "A report released Monday said a man was shot on Birch Road around 9 p.m." + more
    assert not any(kind == "name" for kind, _ in disputes(shot, weekday))
    # a father and his son of one name
    son = "Police said 5-year-old Tom Reed was shot on Birch Road on Nov. 22 and survived." + more
    father = "Police arrested 44-year-old Tom Allen Reed after the shooting on Birch Road on Nov. 22." + more
    assert not any(about.startswith("age") for _, about in disputes(son, father))
    older = "Police said 6-year-old Tom Reed was shot on Birch Road on Nov. 22 and survived." + more
    assert any(about.startswith("age") for _, about in disputes(son, older))  # one child, two ages
    assert any(about.startswith("age") for _, about in disputes(son, older, father))  # the adult left out
    # the day a speaker told a reporter
    told = "Grief counselors were at Birch Road School after the shooting, Ann Lowe told a reporter Thursday." + more
    counselors = "Grief counselors were at Birch Road School after the shooting on Wednesday." + more
    assert disputes(told, counselors) == []
    # an age at another time
    now = "Jo Baker, 29, was sentenced Tuesday for the shooting on Birch Road that killed two men." + more
    then = "Police said Jo Baker, age 27 (at the time of the shooting), fired at two men on Birch Road." + more
    assert not any(about.startswith("age") for _, about in disputes(now, then))
    # a generation left out
    from lintas.comparison.people import name_tokens, relation

    assert relation(name_tokens("Mark Davis Davies Jr."), name_tokens("Mark Davies")) == "same"
    junior = "Mark Davies Jr., 19, was shot on Birch Road." + more
    senior = "Mark Davies Sr., 47, was shot on Birch Road." + more
    assert disputes(junior, senior) == []
    assert classify_line("RELATED ARTICLE - 2 killed in 4 city shootings on Sunday, several hurt") == "related"
    assert classify_line("Related Coverage 3 injured in a deputy-involved shooting") == "related"
    assert classify_line("Related stories ran in the paper for weeks.") is None
