"""Appeals that say what they are about only in their prose: the country named in passing
("in Japan", "the Japanese authorities"), an address with no marker, a demand in one sentence,
a site's heading above the case."""

from __future__ import annotations

import textwrap

import pytest

from composer.model.importer import WarningKind, import_text
from composer.model.importer.lexicons import countries_in_prose, prose_country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Japanese authorities must halt the execution.", "Japan"),
        ("Les autorités vietnamiennes l'ont arrêté.", "Vietnam"),
        ("Las autoridades mexicanas no han investigado.", "Mexico"),
        ("Die ägyptischen Behörden halten ihn fest.", "Egypt"),
        ("Wij roepen de autoriteiten van Zuid-Sudan op.", "South Sudan"),
        ("Hij werd in Sudan geboren. De autoriteiten van Zuid-Sudan zwijgen.", "South Sudan"),
        ("He has been on death row in Japan for 30 years; Japan still hangs.", "Japan"),
        ("A Nigerian court sentenced him.", "Nigeria"),
        ("He is an Iranian-Kurd.", "Iran"),
        ("Una defensora hondureña fue amenazada.", "Honduras"),
        ("Die saudi-arabischen Behörden schweigen.", "Saudi Arabia"),
        ("Un periodista brasileño.", "Brazil"),
        # named once each, no authorities: no guess
        ("She fled from Syria to Turkey.", ""),
        # not countries: a state of the USA, a first name, the United Nations, a verb
        ("Indiana Jones met Chad at the United Nations; gana mucho.", ""),
    ],
)
def test_the_country_the_prose_is_about(text: str, country: str) -> None:
    assert prose_country(text) == country


def test_authorities_outweigh_mentions() -> None:
    named = countries_in_prose(
        "He studied in France, in France and in France. The Egyptian authorities arrested him."
    )
    assert named == {"France": (0, 3), "Egypt": (1, 1)}
    assert (
        prose_country(
            "He studied in France, in France and in France. The Egyptian authorities arrested him."
        )
        == "Egypt"
    )


def test_a_case_whose_country_is_only_in_the_prose() -> None:
    text = textwrap.dedent("""\
        Matsumoto Kenji

        Matsumoto Kenji has been on death row in Japan for more than 30 years, despite an
        intellectual disability. Our group has campaigned for him for years, so that Japan
        abolishes the death penalty.
        """)
    result = import_text(text)
    assert result.case.country == "Japan"
    assert any(w.field == "country" and w.kind is WarningKind.DOUBTFUL for w in result.warnings)


def test_the_recipients_address_beats_the_prose() -> None:
    text = textwrap.dedent("""\
        A student detained

        Ana studied in France and in France again. Please write to:

        Minister of Justice
        Jane Example
        1 Main Street
        Lima
        Peru
        Salutation: Dear Minister
        """)
    result = import_text(text)
    assert result.case.country == "Peru"


@pytest.mark.parametrize(
    ("sentence", "demand"),
    [
        (
            "In de e-mail roepen wij de autoriteiten van Zuid-Sudan op om het doodvonnis "
            "van Ana te schrappen.",
            "Het doodvonnis van Ana te schrappen.",
        ),
        ("Wij vragen de minister om Ana vrij te laten.", "Ana vrij te laten."),
        (
            "Mit Aktionen in der Innenstadt setzen wir uns für die Aufhebung des Todesurteils "
            "und ein faires Verfahren für Ana ein.",
            "Die Aufhebung des Todesurteils und ein faires Verfahren für Ana.",
        ),
        ("Wir fordern die sofortige Freilassung von Ana.", "Die sofortige Freilassung von Ana."),
        ("We call for the immediate release of Ana.", "The immediate release of Ana."),
        ("Nous demandons la libération d'Ana.", "La libération d'Ana."),
        ("Exigimos la libertad inmediata de Ana.", "La libertad inmediata de Ana."),
    ],
)
def test_a_demand_in_one_sentence_of_the_page(sentence: str, demand: str) -> None:
    text = (
        f"Ana Example\n\nAna was sentenced to death in 2017 after an unfair trial.\n\n{sentence}\n"
    )
    result = import_text(text)
    assert [d.text[result.case.language] for d in result.case.demands] == [demand]
    assert any(w.field == "demands" and w.kind is WarningKind.DERIVED for w in result.warnings)


def test_a_group_supporting_a_person_is_not_a_demand() -> None:
    """'sich für jemanden einsetzen' names whom a group works for, not what it asks."""
    text = "Ana Example\n\nUnsere Gruppe setzt sich seit Jahren für Ana ein.\n"
    assert import_text(text).case.demands == ()


ADDRESS = (
    "Hiroshi Example\nMinister of Justice\n1-1-1 Kasumigaseki\nChiyoda-ku\nTokyo 100-8977\nJAPAN"
)


def test_an_officials_address_with_no_marker_and_no_salutation() -> None:
    """A group's page cut off after the address: a person, an office, a street, a country."""
    text = f"Letters against oblivion\n\nJanuary 2026\n\n{ADDRESS}\n"
    result = import_text(text)
    (rec,) = result.case.recipients
    assert (rec.name, rec.title, rec.country) == ("Hiroshi Example", "Minister of Justice", "Japan")
    assert rec.address_lines == ("1-1-1 Kasumigaseki", "Chiyoda-ku", "Tokyo 100-8977")
    assert result.case.country == "Japan"
    assert any(
        w.field == "recipients[0]" and w.kind is WarningKind.DOUBTFUL for w in result.warnings
    )


def test_an_embassys_address_alone_is_not_the_recipient() -> None:
    text = (
        "A teacher detained\n\n"
        "Embassy of Japan\nAmbassador Jane Example\n4 Main Road\nLondon W1\nUnited Kingdom\n"
    )
    assert import_text(text).case.recipients == ()


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_address_starting_with_the_name_then_a_dated_letter(gap: str) -> None:
    """Name first, no "Write to:"; a place-and-date line between the address and the
    salutation stays in the text."""
    text = (
        "Briefe gegen das Vergessen\n\nEin Lehrer in Haft.\n\n"
        f"{ADDRESS}{gap}Im Januar 2026\nSehr geehrter Herr Minister,\n"
        "ich bitte Sie, Ana freizulassen.\nMit freundlichen Grüßen\n"
    )
    result = import_text(text)
    (rec,) = result.case.recipients
    assert (rec.name, rec.title, rec.country) == ("Hiroshi Example", "Minister of Justice", "Japan")
    assert rec.salutation == {"de": "Sehr geehrter Herr Minister,"}
    case = result.case
    assert "Im Januar 2026" in case.summary + case.model_letter + str(case.background)


def test_a_campaigns_name_above_the_page_is_not_the_title() -> None:
    """The page's heading is the campaign's name (the prose quotes it); the person is in the
    model letter: the case is titled by country and person, the heading kept and flagged."""
    text = textwrap.dedent("""\
        Letters against oblivion

        Every month we write for prisoners. Our "Letters against oblivion" work by their number.

        President of Vietnam
        Luong Cuong
        2 Hung Vuong Street
        Hanoi 11100
        VIETNAM

        Dear President,

        I am writing to you about Dang Dinh Bach. Dang Dinh Bach was imprisoned for his work.
        I urge you to release Dang Dinh Bach at once.

        Yours sincerely,
        """)
    result = import_text(text)
    assert result.case.title == "Vietnam: Dang Dinh Bach"
    (warning,) = [w for w in result.warnings if w.field == "title"]
    assert warning.kind is WarningKind.DOUBTFUL and "Letters against oblivion" in warning.message
    assert "Letters against oblivion" in result.case.background[0].text


@pytest.mark.parametrize(
    "heading",
    [
        "Writing for Amnesty: the monthly letters",
        "Amnesty letter-writing group",
        "March 2022 update",
    ],
)
def test_a_series_heading_is_flagged(heading: str) -> None:
    text = f"{heading}\n\nWe meet on Tuesdays at the library to write letters for prisoners.\n"
    result = import_text(text)
    assert result.case.title == heading
    assert any(w.field == "title" and w.kind is WarningKind.DOUBTFUL for w in result.warnings)


def test_a_case_heading_with_a_country_stands() -> None:
    text = "Japan: Matsumoto Kenji on death row\n\nMatsumoto Kenji has been held for 30 years.\n"
    result = import_text(text)
    assert result.case.title == "Japan: Matsumoto Kenji on death row"
    assert not any(w.field == "title" for w in result.warnings)


def test_no_title_the_person_of_the_demand_names_the_case() -> None:
    text = (
        "Because of the lockdown there are no services in our churches, so the letters cannot "
        "be sold after them this month; you can take part by e-mail on the website instead.\n\n"
        "This month we write for the teenager Magai Matiop Ngong, on death row in South Sudan. "
        "Magai was sentenced to death in 2017 for a shooting he says was an accident.\n\n"
        "In de e-mail roepen wij de autoriteiten van Zuid-Sudan op om Magai's doodvonnis te "
        "schrappen.\n"
    )
    result = import_text(text)
    assert result.case.title == "South Sudan: Magai Matiop Ngong"
    assert any(w.field == "title" and w.kind is WarningKind.DOUBTFUL for w in result.warnings)


def test_a_founder_in_a_history_blurb_does_not_name_the_case() -> None:
    """With no demands and no letter nothing says whom the case is about: the heading stays,
    flagged."""
    text = textwrap.dedent("""\
        Letters against oblivion

        Peter Benenson launched the appeal in 1961. Peter Benenson was a lawyer.
        Our "Letters against oblivion" go out every month.
        """)
    result = import_text(text)
    assert result.case.title == "Letters against oblivion"
    assert any(w.field == "title" and w.kind is WarningKind.DOUBTFUL for w in result.warnings)


def test_a_generic_subject_gives_way_to_the_person() -> None:
    from email.message import EmailMessage

    from composer.model.importer import import_bytes

    message = EmailMessage()
    message["Subject"] = "Urgent Action: please write now"
    message.set_content(
        "This month we write for Magai Matiop Ngong, on death row. Magai was sentenced in "
        "2017.\n\nWij roepen de autoriteiten van Zuid-Sudan op om Magai's doodvonnis te "
        "schrappen.\n"
    )
    result = import_bytes(bytes(message), source="appeal.eml")
    assert result.case.title == "South Sudan: Magai Matiop Ngong"
    (warning,) = [w for w in result.warnings if w.field == "title"]
    assert "Urgent Action: please write now" in warning.message


def test_a_subject_naming_the_person_stays_the_title() -> None:
    text = (
        "From: a@example.org\nSubject: Fwd: Free Magai Matiop Ngong\n\n"
        "This month we write for Magai Matiop Ngong, on death row. Magai was sentenced in "
        "2017.\n\nWij roepen de autoriteiten van Zuid-Sudan op om Magai's doodvonnis te "
        "schrappen.\n"
    )
    assert import_text(text).case.title == "Free Magai Matiop Ngong"


def test_a_rank_and_name_over_an_office_and_its_body() -> None:
    """'Senior General X' over 'Chairman, Council': the name line as published, then the
    office; the subject line above the address is not part of it."""
    text = textwrap.dedent("""\
        Subject: example letter - on behalf of Dr. Ana Example

        Senior General Jane Example
        Chairman, State Peace and Development Council
        Signal Pagoda Road, Yangon
        Myanmar

        Dear General,

        I respectfully call for Dr Ana Example to be immediately and unconditionally released.

        Yours respectfully,
        """)
    case = import_text(text).case
    (rec,) = case.recipients
    assert (rec.name, rec.title) == (
        "Senior General Jane Example",
        "Chairman, State Peace and Development Council",
    )
    assert rec.address_lines == ("Signal Pagoda Road, Yangon",)
    assert [d.text["en"] for d in case.demands] == [
        "Dr Ana Example to be immediately and unconditionally released."
    ]


def test_an_address_after_a_french_label_with_its_article() -> None:
    """'L’adresse :' then an office with no person ('Monsieur le' is the courtesy), its
    palace, the street; the prose after it in the same block is not the address."""
    text = textwrap.dedent("""\
        Urgence pour Ana
        Envoyons une carte au président, pour qu'il parle aux autorités russes.
        L’adresse :
        Monsieur le Président de la République, Palais de l'Élysée,
        55 rue du Faubourg-Saint-Honoré, 75008 Paris
        Et postons les photos de nos lettres ou nos cartes postales sur les réseaux avec
        ou envoyez-nous vos photos à : collectif@example.org
        """)
    case = import_text(text).case
    (rec,) = case.recipients
    assert rec.title == "Président de la République"
    assert rec.address_lines == (
        "Palais de l'Élysée",
        "55 rue du Faubourg-Saint-Honoré, 75008 Paris",
    )
    assert "Et postons les photos" in case.summary + str(case.background)
    assert case.country == "Russia"  # the prose's "autorités russes"; the address names none


def test_a_country_after_a_french_elision() -> None:
    assert prose_country("Il défend les plus marginalisés d’Égypte. La prison d'Égypte.") == "Egypt"


def test_a_pasted_section_email_with_its_quoting_and_headers() -> None:
    """A blog pastes the section's e-mail with '>' quoting below its own furniture: the
    headers go (the subject is kept in the background), the UA's header line is not the
    title."""
    mail = textwrap.dedent("""\
        From: aauu@example.org
        Subject: Accion urgente. Indice AI: AMR 37/012/10
        Date: Fri, 6 Aug 2010 15:19:59 +0200
        To:

        AU: 170/10 Índice: AMR 37/012/2010 Fecha de emisión: 4 de agosto de 2010

        DEFENSORA DE LOS DERECHOS HUMANOS NECESITA PROTECCIÓN

        Una defensora de los derechos humanos en Honduras ha recibido amenazas por correo.
        """)
    text = "•\n\n•\n\n" + "\n".join(f"> {line}".rstrip() for line in mail.split("\n"))
    result = import_text(text)
    case = result.case
    assert case.title == "DEFENSORA DE LOS DERECHOS HUMANOS NECESITA PROTECCIÓN"
    assert case.ua_number == "170/10" and case.country == "Honduras"
    assert case.background[0].text == "Accion urgente. Indice AI: AMR 37/012/10"
    everything = " ".join([case.summary, *(s.text for s in case.background)])
    assert "aauu@example.org" not in everything and ">" not in everything


def test_a_petition_addressed_in_one_line_above_its_salutation() -> None:
    text = textwrap.dedent("""\
        Libérez Ana.
        Pétition à l'attention de Monsieur Ivan Example, Procureur général de Russie
        Monsieur le Procureur général,

        Je vous demande de libérer Ana immédiatement.
        """)
    (rec,) = import_text(text).case.recipients
    assert (rec.name, rec.title, rec.country) == (
        "Ivan Example",
        "Procureur général de Russie",
        "Russia",
    )
    assert rec.salutation == {"fr": "Monsieur le Procureur général,"}


def test_a_mailing_list_archives_example_letter() -> None:
    """The archive's navigation and 'example letter - on behalf of ...' are no title: the
    person the letter asks for is."""
    text = textwrap.dedent("""\
        [Date Prev][Date Next][Thread Prev][Thread Next][Date Index ][Thread Index ]

        example letter - on behalf of Dr. A

        Minister of Justice
        Jane Doe
        1 Main Road, Yangon
        Myanmar

        Dear Minister,

        Dr Ana Maria Example has been detained for nine months. Dr Ana Maria Example's health
        is poor.

        I call for Dr Ana Maria Example to be released at once.

        Yours sincerely,
        """)
    result = import_text(text)
    assert result.case.title == "Myanmar (Burma): Ana Maria Example"
    assert "example letter - on behalf of Dr. A" in str(result.case.background)


NAME_FIRST = [
    "Hiroshi Example",
    "Minister of Justice",
    "1-1-1 Kasumigaseki",
    "Tokyo 100-8977",
    "JAPAN",
]


@pytest.mark.parametrize(
    ("above", "address", "between"),
    [
        ("Kenji has been on death row for 30 years.\n\n", "\n".join(NAME_FIRST), "\n\n"),
        # each line its own paragraph, as a web page or Word file gives it
        ("Kenji has been on death row for 30 years.\n\n", "\n\n".join(NAME_FIRST), "\n\n"),
        ("Kenji has been on death row for 30 years.\n\n", "\n".join(NAME_FIRST), "\n"),
        # the address straight after a sentence, no blank line
        (
            "Kenji has been on death row for 30 years. Please write.\n",
            "\n".join(NAME_FIRST),
            "\n\n",
        ),
    ],
)
def test_a_name_first_address_before_a_salutation(above: str, address: str, between: str) -> None:
    """No 'Write to:': the person's name, the office, the address, then 'Dear Minister,';
    the name is neither the title nor lost."""
    text = f"{above}{address}{between}Dear Minister,\n\nI urge you to halt the execution.\n"
    (rec,) = import_text(text).case.recipients
    assert (rec.name, rec.title, rec.country) == ("Hiroshi Example", "Minister of Justice", "Japan")
    assert rec.salutation == {"en": "Dear Minister,"}
    assert rec.address_lines == ("1-1-1 Kasumigaseki", "Tokyo 100-8977")


def test_a_french_ua_with_a_dash_title_and_the_letters_greeting() -> None:
    """'Action urgente – Iran : ...' names the country; the greeting that opens the model
    letter after the 'Écrivez ... à :' address is that recipient's."""
    text = textwrap.dedent("""\
        Action urgente – Iran : une militante en danger

        La militante Ana Exemple a été arrêtée le 2 mars à Téhéran.

        Écrivez avant le 30 avril 2024 à :

        Responsable du pouvoir judiciaire
        Gholamhossein Mohseni Ejei
        c/o Ambassade d'Iran auprès de l'UE
        Avenue Franklin Roosevelt 15
        1050 Bruxelles
        Belgique

        Monsieur,

        Je vous demande de libérer Ana Exemple immédiatement et sans condition.

        Veuillez agréer, Monsieur, l'expression de ma haute considération.
        """)
    case = import_text(text).case
    assert case.country == "Iran"
    (rec,) = case.recipients
    assert (rec.name, rec.title) == (
        "Gholamhossein Mohseni Ejei",
        "Responsable du pouvoir judiciaire",
    )
    assert rec.country == "Belgium" and rec.salutation == {"fr": "Monsieur,"}
    assert case.model_letter.startswith("Monsieur,")


def test_a_months_heading_gives_way_to_the_person() -> None:
    text = textwrap.dedent("""\
        Schrijfactie februari

        Deze maand schrijven wij voor Ana Jansen uit Egypte. Zij zit al een jaar vast.

        Your Excellency,

        I urge you to release Ana Jansen immediately and unconditionally.

        Yours sincerely,
        """)
    result = import_text(text)
    assert result.case.title == "Egypt: Ana Jansen"
    assert any(w.code == "import.title-from-person-heading" for w in result.warnings)


def test_the_senders_address_under_the_closing_is_no_recipient() -> None:
    text = textwrap.dedent("""\
        A teacher detained

        Dear Minister,

        I urge you to release Ana at once.

        Yours sincerely,

        Jane Doe
        Chair, Amnesty Group 42
        12 High Street
        London W1
        United Kingdom
        """)
    assert import_text(text).case.recipients == ()


def test_a_sites_page_title_is_no_title_hint() -> None:
    from composer.model.importer import import_bytes

    page = (
        "<html><head><title>Amnesty group - Urgent Actions</title></head><body>"
        "<p>Matsumoto Kenji has been on death row in Japan for more than 30 years.</p>"
        "</body></html>"
    )
    result = import_bytes(page.encode("utf-8"), source="page.html")
    assert result.case.title.startswith("Matsumoto Kenji has been on death row")
    assert any(w.code == "import.no-title" for w in result.warnings)


@pytest.mark.parametrize(
    ("sentence", "name", "title", "email"),
    [
        (
            "Sus vidas están en juego. Envía cartas a la presidenta del Senado, Ana Pérez Soto: "
            "aperez@senado.example",
            "Ana Pérez Soto",
            "presidenta del Senado",
            "aperez@senado.example",
        ),
        (
            "Amnesty demande d'envoyer une lettre à adresser au ministre de l'Intérieur, "
            "Me Paul Diouf.",
            "Me Paul Diouf",
            "ministre de l'Intérieur",
            "",
        ),
        (
            "Supporters are asked to send a letter to the Governor of the Province, John Smith, "
            "to express their concern.",
            "John Smith",
            "Governor of the Province",
            "",
        ),
    ],
)
def test_a_call_to_write_names_the_office_then_the_person(
    sentence: str, name: str, title: str, email: str
) -> None:
    result = import_text("Un caso\n\nUn activista fue detenido en marzo.\n\n" + sentence)
    (recipient,) = result.case.recipients
    assert (recipient.name, recipient.title, recipient.email) == (name, title, email)
    assert any(w.field == "recipients[0]" for w in result.warnings)  # the reader checks it


def test_a_call_to_write_to_authorities_names_no_recipient() -> None:
    text = "A case\n\nPlease write to the authorities, urging them to release him."
    assert import_text(text).case.recipients == ()


@pytest.mark.parametrize(
    "text",
    [
        "URGENT ACTION APPEAL - From Amnesty International USA. Villagers in Brazil face eviction.",
        "Amnistía Internacional España informa: un periodista de Brasil fue detenido.",
        "Amnesty Nederland: een journalist in Brazilië is opgepakt.",
    ],
)
def test_the_section_that_sends_an_appeal_is_not_its_country(text: str) -> None:
    assert prose_country(text) == "Brazil"


def test_a_case_sheet_heading_gives_the_title_and_the_country() -> None:
    text = textwrap.dedent(
        """\
        Sunday, 3 March 2002

        UA 101/02 Fear of torture

        PERU Ana Example and Juan Example

        Ana Example and Juan Example, two students, were arrested on 1 March.
        """
    )
    case = import_text(text).case
    assert (case.title, case.country, case.ua_number) == (
        "Ana Example and Juan Example: Fear of torture",
        "Peru",
        "101/02",
    )


@pytest.mark.parametrize(
    ("paragraph", "demand"),
    [
        (
            "Please write to the Ruritanian authorities urging for Jane Example's immediate "
            "release, see attachment for details.",
            "Jane Example's immediate release.",
        ),
        (
            "Please write immediately urging the President to reject the draft press law.",
            "Reject the draft press law.",
        ),
        (
            "In der Urgent Action fordert Amnesty die Behörden dazu auf, die Festgenommenen "
            "umgehend freizulassen.",
            "Die Festgenommenen umgehend freizulassen.",
        ),
    ],
)
def test_the_call_to_write_carries_the_demand(paragraph: str, demand: str) -> None:
    case = import_text(f"A case\n\nJane Example was arrested in March.\n\n{paragraph}").case
    assert [d.in_language(case.language, case.language) for d in case.demands] == [demand]


def test_the_country_of_the_authorities_written_to_outweighs_a_second_case() -> None:
    text = textwrap.dedent(
        """\
        Urgent Actions for May

        Jane Example, a lawyer, is serving a sentence for a peaceful protest.

        Please write to the Bahraini authorities urging for her release. The deadline is 4 June 2013

        A draft law in Burundi would limit journalists. Burundi's senate adopted it; journalists
        in Burundi fear arrest.
        """
    )
    assert import_text(text).case.country == "Bahrain"


def test_a_city_named_after_a_saint_is_not_a_country() -> None:
    text = "Los allanamientos en Humahuaca y San Salvador de Jujuy; la policía de Jujuy calla."
    assert "El Salvador" not in countries_in_prose(text)


def test_an_address_that_lost_its_line_breaks() -> None:
    address = (
        "Governor Ana Example Office of the Governor Main Square 1, Capital City Republic of Peru"
        " Fax: +51 1 234 5678, Twitter: @example"
    )
    text = (
        "A letter from our group\n\nOur group writes to the governor every month about Jan"
        f" Example.\n\n{address}\nDear Governor,\nWe ask you to release Jan Example.\n"
    )
    result = import_text(text)
    (rec,) = result.case.recipients
    assert (rec.name, rec.country, rec.fax) == ("Governor Ana Example", "Peru", "+51 1 234 5678")
    assert rec.address_lines[0] == "Office of the Governor Main Square 1"
    assert rec.salutation == {"en": "Dear Governor,"}
    assert any(w.field == "recipients[0]" for w in result.warnings)


def test_a_sentence_that_ends_with_a_country_is_no_address() -> None:
    text = "A case\n\nPresident Example has said many times that he wants to visit Peru"
    assert import_text(text).case.recipients == ()


def test_with_no_title_the_first_sentence_stands_in_never_a_date() -> None:
    text = (
        "lunes, agosto 30, 2010\n\nEn Chile hay presos en huelga de hambre. Sus vidas están en "
        "juego y la prensa calla sobre su situación desde hace semanas.\n"
    )
    result = import_text(text)
    assert result.case.title == "En Chile hay presos en huelga de hambre"
    assert any(w.field == "title" for w in result.warnings)  # no title: the reader checks it


def test_a_long_first_sentence_is_cut_at_a_word() -> None:
    sentence = (
        "Amnistía Internacional se pronunció sobre las situaciones de violencia y las "
        "detenciones en la provincia tras las protestas contra la reforma."
    )
    title = import_text(sentence + "\n").case.title
    assert title.endswith("…") and title[:-1] in sentence and title[-2] != " "
    assert sentence.startswith(title[:-1] + " ")
