"""Patterns: markers, dates, deadlines, salutations and a site's furniture."""

from __future__ import annotations

import datetime as dt
import re

from composer.model.importer.lexicons import _QUOTES, _language_codes


def _plain(text: str) -> str:
    """For matching markers: straight quotes, single spaces, lower case."""
    return " ".join(text.translate(_QUOTES).lower().split())


# --------------------------------------------------------------------------- patterns

_BULLET_RE = re.compile(
    r"^\s*(?:[•◦▪▫‣⁃∙·●○■□➢➤►▶✓✔\-–—*+]|\(?\d{1,2}[.)]|\(?[a-h][.)]|\(?[ivx]{1,4}[.)])\s+(\S.*)$"
)
_UA_META_RE = re.compile(
    r"(?:\bUA\b|urgent action)\s*(?:number|no\.?)?\s*:?\s*(\d{1,4}/\d{2,4})", re.IGNORECASE
)
# "UA 120/05", "UA: 216/06", "UA 219 /06", "UA 60.22", "AU 33/19", "Urgent Action 60.22"
_UA_NUMBER_RE = re.compile(
    r"(?<![\w/])(?:UA|AU|EA|Urgent Action|Action urgente|Acción urgente|Eilaktion)"
    r"[\s-]*(?:number|no\.?|nr\.?|n[°º]|núm\.?)?\s*:?[\s-]*(?:UA-?)?(\d{1,4})\s*([/.])\s*(\d{2}(?:\d{2})?)(?![\d/.]\d)",
    re.IGNORECASE,
)
_INDEX_RE = re.compile(
    r"\bIndex\s*(?:number|no\.?)?\s*:?\s*([A-Z]{2,4}\s*\d{1,3}/\d{3,5}/\d{4})", re.IGNORECASE
)
_PAGE_NUMBER_RE = re.compile(
    r"^(?:page\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:/|of)\s*\d{1,3})?$", re.IGNORECASE
)
_HEADER_LINE_RE = re.compile(
    r"(further information on ua|\bindex\s*:|^(first|second|third|fourth|fifth|\w+) ua\s*:"
    r"|issue date\s*:)",
    re.IGNORECASE,
)
_WRITE_TO_WORDS = (
    r"(?:please\s+)?(?:write|send\s+(?:your\s+)?(?:letters?|appeals?|messages?|e-?mails?)"
    r"|appeals?|address|addresses"
    r"|(?:bitte\s+)?(?:schreiben\s+sie|schreibt|appelle|appell|briefe|adresse[n]?)"
    r"|écrivez|écrire|envoyez\s+(?:vos\s+)?(?:lettres|appels)|appels?|adresses?"
    r"|escrib[ae]n?|env[ií][ae]n?\s+(?:sus\s+|los\s+|tus\s+)?(?:cartas|llamamientos)"
    r"|llamamientos|direcci[oó]n(?:es)?"
    r"|schrijf|stuur\s+(?:uw\s+)?(?:brief|brieven)|adres(?:sen)?)"
)
_WRITE_TO_RE = re.compile(
    # "L’adresse :", "La dirección:", "Die Adresse:", "The address:"
    rf"^(?:l['’]\s*|la\s+|las\s+|los\s+|les\s+|die\s+|the\s+)?{_WRITE_TO_WORDS}"
    r"(?:\s+(?:to|a letter to|an|à|a|aux|naar|aan))?\s*(?::\s*(.*)|()$)",
    re.IGNORECASE,
)
# "... please write to:" closing a paragraph: the recipients follow
_WRITE_TO_END_RE = re.compile(
    r"(?:\b(?:write|send\s+(?:your\s+)?(?:letters?|appeals?|messages?|e-?mails?)|appeals?)"
    r"(?:\s+\S+){0,9}?\s+to|\b(?:écrivez|écrire|envoyez)(?:\s+\S+){0,9}?\s+(?:à|au|aux)"
    r"|\b(?:escriba|escriban|envíe|envíen|envía|envíen)(?:\s+\S+){0,9}?\s+a"
    r"|\b(?:schreiben\s+sie|schreibt)(?:\s+\S+){0,9}?\s+an"
    r"|\b(?:schrijf|stuur)(?:\s+\S+){0,9}?\s+(?:naar|aan)"
    # "... faites parvenir votre lettre aux destinataires suivants :", "to the following:"
    r"|\b(?:following|suivant(?:e)?s|siguientes|folgende[n]?|volgende)(?:\s+\w+){0,2})\s*:\s*$",
    re.IGNORECASE,
)
_SALUTATION_RE = re.compile(
    r"^\(?(?:(?:suggested\s+)?salutations?|greeting|tratamiento|saludo|formule d.appel|"
    r"formule de politesse|appellation|anrede|aanhef|aanspreekvorm)\s*:\s*(.*?)\)?$",
    re.IGNORECASE,
)
_COPIES_RE = re.compile(
    r"^(?:(?:and\s+|please\s+)?(?:also\s+)?(?:send\s+)?(?:a\s+)?cop(?:y|ies)\s+(?:to|of)\b"
    r"|(?:stuur\s+(?:ook\s+)?(?:een\s+)?)?kopie(?:ën)?\s+(?:naar|aan)\b"
    r"|(?:envoyez\s+(?:une\s+)?)?copies?\s+(?:à|aux?)\b|(?:envíe\s+)?copias?\s+a\b"
    r"|kopien?\s+an\b|kopie(?:ën)?\s+(?:naar|aan)\b)"
    r"(?:[^:]{0,80}:\s*(.*)|\s*()$)",
    re.IGNORECASE,
)
_LANGUAGE_RE = re.compile(
    r"^(?:preferred\s+languages?(?:\s+to\s+address\s+(?:the\s+)?targets?)?|languages?)\s*:\s*(.*)$",
    re.IGNORECASE,
)
_ADDITIONAL_RE = re.compile(r"^additional information\s*:?\s*$", re.IGNORECASE)
_URGENT_ACTION_RE = re.compile(
    r"^(?:urgent action|action urgente|acción urgente|urgente actie|eilaktion|schrijfactie|"
    r"briefaktion)\s*:?\s*$",
    re.IGNORECASE,
)
_NAME_RE = re.compile(r"^names?(?:\s+and\s+(?:pronouns?|gender))?\s*:\s*(.+)$", re.IGNORECASE)
_GENDER_RE = re.compile(r"^gender\b.*:", re.IGNORECASE)
_CONTACT_RE = re.compile(
    r"^(e-?mails?|courriel|correo(?: electrónico|-e)?|fax(?:es)?|fax nos?\.?|telefax|"
    r"t[ée]l(?:[ée]phone|efon|éfono)?|phone|telefoon|telegrams?|t[ée]l[ée]grammes?|"
    r"telex(?:es)?|twitter|x|facebook|instagram|web(?:site)?|site|contact form)"
    r"\s*:\s*(.*)$",
    re.IGNORECASE,
)
_LETTER_START_RE = re.compile(
    r"^(dear|to whom it may concern|your (?:excellency|majesty|(?:royal )?highness|honou?r)|"
    r"honou?rable|excellency|estimad[oa]s?|señora?|señores|excelent[ií]sim[oa]|su excelencia|"
    r"monsieur|madame|mesdames|excellence|cher|chère|sehr geehrte[rn]?|hochverehrte[rn]?|"
    r"exzellenz|eure (?:majestät|exzellenz)|geachte|excellentie|hooggeachte|"
    r"excm[oa]\.?|sr\.|sra\.|prezad[oa]|excelentíssim[oa]|egregio|gentile)(?!\w)",
    re.IGNORECASE,
)
_LETTER_END_RE = re.compile(
    r"^(yours\s+(sincerely|faithfully|truly|respectfully)|sincerely|respectfully|kind regards|"
    r"best regards|with (?:sincerest |many )?(?:thanks|gratitude)|"
    r"atentamente|muy atentamente|cordialmente|le saluda atentamente|"
    r"cordialement|veuillez agréer|je vous prie d.agréer|respectueusement|salutations|"
    r"mit freundlichen|hochachtungsvoll|mit vorzüglicher|"
    r"met vriendelijke groet|vriendelijke groet|hoogachtend|met de meeste hoogachting)",
    re.IGNORECASE,
)
_ADVERBS = (
    r"(?:(?:therefore|also|respectfully|strongly|further|urgently|again|now|hereby|"
    r"donc|dès lors|également|instamment|respectueusement|aussi|"
    r"encarecidamente|respetuosamente|también|por (?:lo )?tanto|"
    r"außerdem|daher|dringend|eindringlich|deshalb|hiermit|"
    r"dan ook|daarom|dringend|met klem|ook)[\s,]+)*"
)
_DEMAND_SENTENCE_RE = re.compile(
    r"(?:\b(?:I|we)\s+(?:am\s+|are\s+)?"
    + _ADVERBS
    + r"(?:urge|urging|call(?:ing)? on|call(?:ing)? upon|ask|asking|request|implore|appeal to)"
    r"\s+(?:you|the authorities|your government)\s*(?:,[^,]{0,60},\s*)?(?:to\s+)?"
    r"|\b(?:I|we)\s+(?:am\s+|are\s+)?" + _ADVERBS + r"calling\s+for\s+"
    r"|\bje\s+vous\s+"
    + _ADVERBS
    + r"(?:demande|prie|exhorte|appelle|engage)\s+"
    + _ADVERBS
    + r"(?:de\s+|d['’]|à\s+)"
    r"|\bnous\s+vous\s+"
    + _ADVERBS
    + r"(?:demandons|prions|exhortons)\s+"
    + _ADVERBS
    + r"(?:de\s+|d['’]|à\s+)"
    r"|\b(?:le|les|os)\s+" + _ADVERBS + r"(?:pido|pedimos|ruego|insto|instamos|solicito|exhorto)"
    r"\s+" + _ADVERBS + r"(?:(?:a\s+)?que\s+|a\s+)"
    r"|\b(?:ich|wir)\s+(?:fordere|fordern|bitte|bitten|ersuche|appelliere)\s+(?:Sie|an Sie)\s*"
    + _ADVERBS
    + r"(?:auf\s*,?\s*|,\s*)"
    r"|\b(?:ik|wij)\s+(?:vraag|vragen|verzoek|verzoeken|roep|roepen|dring)\s+(?:u|er bij u)\s+"
    + _ADVERBS
    + r"(?:op\s+)?(?:om\s+|aan\s+op\s+)?"
    # "In de e-mail roepen wij de autoriteiten van X op om ... te schrappen": any addressee,
    # the verb before or after its subject
    r"|\b(?:(?:ik|wij|we)\s+roep(?:en)?|roep(?:en)?\s+(?:ik|wij|we))\s+[^.!?]{1,80}?\s+op\s+om\s+"
    r"|\b(?:(?:ik|wij|we)\s+(?:vraag|vragen|verzoek(?:en)?)|(?:vraag|vragen|verzoek(?:en)?)"
    r"\s+(?:ik|wij|we))\s+(?:u|de\s+[^.!?]{1,60}?)\s+om\s+"
    # "Wir fordern die Freilassung ...", "setzen wir uns ... für die Aufhebung des Urteils ein",
    # "we call for the release ...", "nous demandons la libération ...": a demand as a noun
    r"|\b(?:(?:ich|wir)\s+(?:fordere|fordern)|fordern\s+wir|(?:(?:ich|wir)\s+setzen?\s+(?:uns|mich)"
    r"|setzen?\s+(?:wir|ich)\s+(?:uns|mich))\s+[^.!?]{0,80}?\bfür)\s+"
    r"(?=(?:die|eine)\s+(?:\w+\s+){0,2}?\w+ung\b)"
    r"|\b(?:I|we)\s+" + _ADVERBS + r"call\s+for\s+"
    r"|\b(?:je|nous)\s+"
    + _ADVERBS
    + r"(?:demande|demandons|exige|exigeons|réclame|réclamons)\s+"
    + _ADVERBS
    + r"(?=la\s+|le\s+|l['’])"
    r"|\b(?:pedimos|exigimos|solicitamos|exijo|pido|solicito)\s+" + _ADVERBS + r"(?=la\s+|el\s+)"
    # a group's "Please write to the X authorities urging for his immediate release", "write
    # immediately urging the President to reject the law": the instruction carries the demand
    r"|\bwrite\b[^.!?:]{0,80}?\b(?:urging|calling\s+(?:on|upon)|asking)\s+"
    r"(?:for\s+|(?:them|him|her|the\s+[^.!?,;]{1,40}?)\s+to\s+)"
    # "In der Urgent Action fordert Amnesty (die Behörden) dazu auf, X freizulassen"
    r"|\bfordert\s+[^.!?]{1,60}?\bauf\s*,\s*"
    # a newsletter's "Please send courteous letters appealing for his release to: ..."
    r"|\b(?:letters?|appeals?|messages?|cards?)\s+(?:appealing|calling|asking|urging)\s+"
    r"(?:for\s+|(?:on\s+)?the\s+authorities\s+to\s+|them\s+to\s+))"
    r"(.+?)(?:[.!](?=\s|$)|(?=\s+to\s*:)|$)",
    re.IGNORECASE | re.DOTALL,
)
# Words that make a line ending in "to:" the introduction of demands, not of addresses
_ASKING_WORDS_RE = re.compile(
    r"\b(urg|call|ask|demand|request|to\s+ensure|exig|pid|fordern|vraag|roep)", re.IGNORECASE
)
_INTRO_RE = re.compile(
    r"(urg|call(ing)? (on|upon)|ask|demand|request|to:$|recommended action|"
    r"action recommandée|acción recomendada|empfohlene aktion|aanbevolen actie|"
    r"appel(?:ant|ez)|pidiendo|instando|fordern|auffordern|oproepen|vragen|"
    r"please write|write (?:immediately|now|in\b)|écrivez|escriban|schreiben sie|schrijf)",
    re.IGNORECASE,
)
_BOILERPLATE = (
    "here's what you can do",
    "what you can do",
    "take action now",
    "you can also write in your own language",
    "act now",
)
_OFFICE_RE = re.compile(
    r"^(?:the\s+)?(?:(?:deputy|vice|acting|interim|first|chief|general|federal|national|"
    r"state|public|high|supreme|senior|regional|provincial|crown|"
    r"premier|primer|primera|vice-?|stellvertretende[rn]?|bundes)[\s-]*)*"
    r"(?:minister|ministry|president|prime\s+minister|premier|attorney|prosecutor|"
    r"secretary|director|governor|head|chief|commissioner|chair(?:man|woman|person)?|judge|"
    r"mayor|ambassador|speaker|king|queen|emir|sultan|prince|crown prince|ombuds(?:man|person)|"
    r"commander|superintendent|warden|counsel+or|procurator|president of|(?:supreme )?leader|"
    r"procurador[a]?|fiscal|ministr[oa]|secretari[oa]|president[ea]?|gobernador[a]?|"
    r"jef[ea]|director[a]?|embajador[a]?|rey|reina|responsable|titular|"
    r"ministre|président[e]?|procureur|premier ministre|directeur|directrice|gouverneur|"
    r"ambassadeur|roi|reine|"
    r"minister(?:in)?|präsident(?:in)?|staatsanwalt|generalstaatsanwalt|staatsanwältin|"
    r"bundeskanzler(?:in)?|botschafter(?:in)?|gouverneur|direktor(?:in)?|könig(?:in)?|"
    r"leiter(?:in)?|vorsitzende[rn]?|voorzitter|hoofd|"
    r"minister-president|openbaar aanklager|officier van justitie|gouverneur|koning(?:in)?|"
    r"embassy|ambassade|embajada|botschaft|"
    r"office|commission|permanent representative|charg[eé] d.affaires|high commissioner)\b",
    re.IGNORECASE,
)
# Courtesy before a name, not part of it: "His Excellency Tony Abbott"
_HONORIFIC_RE = re.compile(
    r"^(?:his|her)\s+excellency\s+|^h\.\s?e\.\s+|^s\.\s?e\.\s+|^son\s+excellence\s+|"
    r"^su\s+excelencia\s+|^seine[r]?\s+exzellenz\s+|^ihre[r]?\s+exzellenz\s+|"
    r"^zijne\s+excellentie\s+|^hare\s+excellentie\s+|"
    # "Monsieur le Président de la République": the courtesy before an office
    r"^(?:monsieur|madame)\s+(?:le|la)\s+(?=\w)",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "bint", "ibn", "abu", "de", "da", "das", "do", "dos", "del", "la", "le"}
    | {"du", "van", "von", "der", "den", "ter", "y", "e", "zu"}
)
_SENTENCE_END = tuple('.!?:;"”’)')

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "ene": 1,
    "abr": 4,
    "ago": 8,
    "dic": 12,
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "mei": 5,
    "augustus": 8,
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RES = (
    # November 1, 2024 / Nov. 1 2024
    (
        re.compile(
            rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
        ),
        ("m", "d", "y"),
    ),
    # 16 August 2017 / 1er novembre 2024 / 16 de agosto de 2017 / 1. Mai 2020
    (
        re.compile(
            rf"(?<!\w)(\d{{1,2}})(?:er|st|nd|rd|th|\.|º)?\s*(?:de\s+)?({_MONTH_ALT})\.?,?\s+"
            rf"(?:de\s+)?(\d{{4}})\b",
            re.IGNORECASE,
        ),
        ("d", "m", "y"),
    ),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "mn", "d")),
    # 15/06/2005, 15.06.2005, 15-06-2005: day first, as everywhere but the United States
    (re.compile(r"(?<![\d/.])(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b"), ("d", "mn", "y")),
)


def find_date(text: str) -> dt.date | None:
    """The first date written in words (or ISO, or day first in figures) in ``text``."""
    dates = find_dates(text)
    return dates[0][1] if dates else None


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """Every date in ``text`` with where it starts, in order."""
    found: dict[int, dt.date] = {}
    for pattern, order in _DATE_RES:
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups(), strict=True))
            month = int(parts["mn"]) if "mn" in parts else _MONTHS[parts["m"].lower()]
            try:
                date = dt.date(int(parts["y"]), month, int(parts["d"]))
            except ValueError:
                continue
            found.setdefault(match.start(), date)
    return sorted(found.items())


# A deadline is a date right after one of these, in a sentence about writing or acting.
_DEADLINE_CUE_RE = re.compile(
    r"(?:\b(?:until|till|before|by|no later than|deadline|expires?(?: on)?|ends?(?: on)?|"
    r"appeals? after|not after|avant(?: le)?|jusqu'(?:au|à)(?: le)?|d'ici (?:le|au)|"
    r"au plus tard(?: le)?|date limite|antes del?|hasta el|a más tardar(?: el)?|"
    r"fecha límite|plazo|bis(?: zum| spätestens)?|spätestens(?: am| bis)?|frist|"
    r"vóór|voor|uiterlijk|tot en met|tot|deadline)\s*:?\s*(?:the\s+|le\s+|el\s+|am\s+|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?)$",
    re.IGNORECASE,
)
_ACTION_WORDS_RE = re.compile(
    r"\b(?:appeals?|writ\w*|send|sending|act|action|letters?|e-?mails?|ua|urgent|"
    r"schrijf\w*|stuur|brie\w+|actie|écri\w*|envo\w*|lettres?|appels?|"
    r"escrib\w*|env[ií]\w*|cartas?|llamamientos?|acci[oó]n|"
    r"schreib\w*|appell\w*|aktion|mitmachen)\b",
    re.IGNORECASE,
)


def find_deadline(text: str) -> tuple[dt.date, str] | None:
    """(the date, its sentence) of a deadline written in any phrasing of the languages
    appeals come in: "PLEASE SEND APPEALS BEFORE 12 MAY 2019", "This Urgent Action expires on
    August 15, 2022", "Schrijf vóór 1 mei 2020 naar ...", "if sending appeals after 15 June
    2005"."""
    # a sentence ends at . ! ? but not after a figure ("bis zum 1. Juli 2023")
    for sentence in re.split(r"(?<=[^\d\s][.!?])\s+(?=[A-ZÀ-Ý0-9])|\n", text):
        if not _ACTION_WORDS_RE.search(sentence):
            continue
        for start, date in find_dates(sentence):
            if _DEADLINE_CUE_RE.search(sentence[max(0, start - 40) : start].rstrip()):
                return date, sentence.strip()
    return None


def find_ua_number(text: str) -> str:
    """'UA 120/05', 'UA 219 /06', '(Saudi Arabia: UA 60.22)' -> '120/05', '219/06', '60.22'."""
    match = _UA_NUMBER_RE.search(text)
    return f"{match.group(1)}{match.group(2)}{match.group(3)}" if match else ""


_LANGUAGE_CUE_RE = re.compile(
    r"\b(?:language|langue|idioma|lengua|sprache|taal)\b|\bin\s+(?:English|French|Spanish)\b",
    re.IGNORECASE,
)


def languages_in(sentence: str) -> list[str]:
    """Languages a sentence asks appeals in: "Write in English, Chinese or your own language"
    -> ['en', 'zh']; "écrivez en anglais ou en français" -> ['en', 'fr']."""
    if not _LANGUAGE_CUE_RE.search(sentence) and not _ACTION_WORDS_RE.search(sentence):
        return []
    codes: list[str] = []
    known = _language_codes()
    for word in re.findall(r"[A-Za-zÀ-ÿ]+", sentence):
        if len(word) < 4:
            continue
        code = known.get(word.lower())
        if code and len(code) == 2 and code not in codes and _is_language_word(word):
            codes.append(code)
    return codes


def _is_language_word(word: str) -> bool:
    """Capitalised in English, German and Dutch; lower case in French and Spanish."""
    return word[0].isupper() or word.lower() in _ROMANCE_LANGUAGE_NAMES


_ROMANCE_LANGUAGE_NAMES = frozenset(
    {"anglais", "français", "espagnol", "allemand", "arabe", "chinois", "russe", "portugais"}
    | {"inglés", "francés", "español", "alemán", "árabe", "chino", "ruso", "portugués"}
)


# --------------------------------------------------------------------------- a site's furniture

_FURNITURE_RE = re.compile(
    r"^(?:(?:external|internal)\b.{0,60}|distr\s*:.*|(?:ai )?index\s*:.*|"
    r"further information on .{0,60}|skip to (?:main )?content|log ?in|sign ?in|sign ?up|"
    r"menu|search|home|donate|join|"
    r"share|print|read more|view latest posts|back to top|accept(?: all)? cookies|subscribe|"
    r"picture|image|photo|- ?read|more|next|previous|"
    r"(?:category|tag|kategorie|kategori|catégorie|categoría|categorie)(?:arkiv)?\s*(?:archives?)?"
    r"\s*:.*|(?:kategoriarkiv|archives?|archivo|archief)\s*:.*|"
    r"(?:posted|published|publié|publicado|veröffentlicht|gepubliceerd)\b.*|"
    r"(?:\S+\s+)?(?:newsletter|nieuwsbrief|bulletin|rundbrief)(?:\s+\S+){0,3}|"
    r"@?ua news|"
    r"(?:amnesty(?: international)?|amnistía internacional|amnistie internationale)"
    r"(?:\s+\w+){0,2}|"
    r"(?:www\.|https?://)\S+.*|[\W\d_]*|"
    # a mailing list archive's "[Date Prev][Date Next][Thread Prev]..."
    r"(?:\[[^\]]{1,30}\]\s*){2,}|"
    # "AU: 170/10 Índice: AMR 37/012/2010 Fecha de emisión: 4 de agosto de 2010"
    r"(?:ua|au|ea)\s*:?\s*\d{1,4}\s*[/.]\s*\d{2,4}\b.*\b(?:index|[ií]ndice|date|fecha|datum)\b.*)$",
    re.IGNORECASE,
)
_WEEKDAYS_RE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag)\b",
    re.IGNORECASE,
)


_MONTH_YEAR_RE = re.compile(
    rf"^(?:{_MONTH_ALT})\.?\s+(?:de\s+)?\d{{4}}\.?$|^\d{{4}}$", re.IGNORECASE
)


def is_date_line(line: str) -> bool:
    """A line that is only a date ("Wednesday, December 2, 2009", "29 ene 2006", "June 1992")."""
    if _MONTH_YEAR_RE.match(line.strip()):
        return True
    for pattern, _order in _DATE_RES:
        match = pattern.search(line)
        if match:
            rest = line[: match.start()] + line[match.end() :]
            rest = _WEEKDAYS_RE.sub("", rest)
            return len(re.sub(r"[\W\d_]+", "", rest)) <= 3
    return False


def _is_furniture(line: str) -> bool:
    """Navigation, a date, a newsletter's or organisation's name: never an appeal's title."""
    text = line.strip()
    return bool(_FURNITURE_RE.match(text)) or is_date_line(text)
