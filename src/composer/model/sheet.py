"""The handwriting sheet's content: what a writer with a pen needs, on one page.

The person's name, the key facts, the demands, the recipient's address set out for the envelope,
the salutation, a postage hint, the deadline, and tips for a good letter. Every word is final
text here; the renderer adds none. The sheet's headings exist in English and French; other
letter languages get the English headings with the case's words in the letter's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date

from composer.model.case import Case
from composer.model.draft import Draft
from composer.model.sender import date_locale

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "heading": "Handwriting sheet",
        "write_for": "Write for {people}",
        "facts": "What is happening",
        "demands": "In your letter, ask the authorities to:",
        "envelope": "Address the envelope to",
        "copies": "You can also send a copy to",
        "salutation": "Begin your letter with",
        "postage": "Postage",
        "postage_text": "A letter abroad ({country}): ask at the post office for an "
        "international stamp (up to 30\u00a0g).",
        "postage_domestic": "Ask at the post office for the right stamp.",
        "deadline": "Send it by",
        "deadline_passed": "{date}. That date has passed: check for an update before you post "
        "your letter.",
        "no_deadline": "As soon as you can.",
        "tips": "Tips",
        "tip_polite": "Be polite and respectful: write as if the reader is open to reason.",
        "tip_personal": "Make it personal: say who you are, where you write from and why "
        "this case matters to you.",
        "tip_page": "Keep to one page, write clearly in ink, and sign with your name and "
        "address (initials and town only if you have ties to the country).",
    },
    "fr": {
        "heading": "Fiche pour écrire à la main",
        "write_for": "Écrivez pour {people}",
        "facts": "Ce qui se passe",
        "demands": "Dans votre lettre, demandez aux autorités de\u00a0:",
        "envelope": "Adressez l’enveloppe à",
        "copies": "Vous pouvez aussi envoyer une copie à",
        "salutation": "Commencez votre lettre par",
        "postage": "Affranchissement",
        "postage_text": "Lettre pour l’étranger ({country})\u00a0: demandez au bureau de poste un "
        "timbre international (jusqu’à 30\u00a0g).",
        "postage_domestic": "Demandez au bureau de poste le bon timbre.",
        "deadline": "À envoyer avant le",
        "deadline_passed": "{date}. Cette date est passée\u00a0: vérifiez s’il y a une mise à jour "
        "avant de poster votre lettre.",
        "no_deadline": "Dès que possible.",
        "tips": "Conseils",
        "tip_polite": "Restez courtois et respectueux\u00a0: écrivez comme si votre lecteur était "
        "prêt à vous entendre.",
        "tip_personal": "Personnalisez votre lettre\u00a0: dites qui vous êtes, d’où vous "
        "écrivez et pourquoi ce cas vous touche.",
        "tip_page": "Tenez-vous-en à une page, écrivez lisiblement à l’encre et signez de votre "
        "nom et de votre adresse (vos initiales et votre ville seulement si vous avez des "
        "liens avec le pays).",
    },
}


def words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["en"])


@dataclass(frozen=True)
class Sheet:
    language: str
    title: str  # the case's title (PDF metadata and the sheet's top line)
    heading: str  # "Handwriting sheet"
    write_for: str  # "Write for Maryia Kalesnikava"
    facts_heading: str
    facts: str
    demands_heading: str
    demands: tuple[str, ...]
    envelope_heading: str
    address: tuple[str, ...]  # the envelope's lines, the country last in capitals
    copies_heading: str
    copies: tuple[tuple[str, ...], ...]  # other recipients' addresses, each as lines
    salutation_heading: str
    salutation: str
    postage_heading: str
    postage: str
    deadline_heading: str
    deadline: str
    tips_heading: str
    tips: tuple[str, ...]


def build_sheet(draft: Draft, today: dt.date | None = None) -> Sheet:
    """The sheet for ``draft``'s case, language and recipient (its other recipients as copies)."""
    case: Case = draft.case
    w = words(draft.language)
    recipient = draft.recipient
    everyone = (*case.recipients, *case.copies_to)
    copies = tuple(
        tuple(r.envelope_lines()) for i, r in enumerate(everyone) if i != draft.recipient_index
    )
    country = (recipient.country if recipient else "") or case.country
    postage = w["postage_text"].format(country=country.upper()) if country else ""
    locale = date_locale(draft.language, draft.sender.country)
    if case.deadline is None:
        deadline = w["no_deadline"]
    else:
        date_text = str(format_date(case.deadline, format="long", locale=locale))
        deadline = (
            w["deadline_passed"].format(date=date_text)
            if case.deadline_passed(today)
            else f"{date_text}."
        )
    people = case.people_text({"fr": "et"}.get(draft.language, "and"))
    return Sheet(
        language=draft.language,
        title=case.title,
        heading=w["heading"],
        write_for=w["write_for"].format(people=people) if people else case.title,
        facts_heading=w["facts"],
        facts=case.summary,
        demands_heading=w["demands"],
        demands=tuple(draft.demand_text(i) for i in range(len(case.demands))),
        envelope_heading=w["envelope"],
        address=tuple(recipient.envelope_lines()) if recipient else (),
        copies_heading=w["copies"],
        copies=copies,
        salutation_heading=w["salutation"],
        salutation=draft.block("salutation").text.strip(),
        postage_heading=w["postage"],
        postage=postage or w["postage_domestic"],
        deadline_heading=w["deadline"],
        deadline=deadline,
        tips_heading=w["tips"],
        tips=(w["tip_polite"], w["tip_personal"], w["tip_page"]),
    )
