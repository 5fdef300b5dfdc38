"""Norwegian words, Bokmål and Nynorsk: normalising, splitting, stop words and stemming.

Everything the synthesis and the search do with words goes through here, so that a note is read
the same way wherever it is read. Nothing is downloaded: the stemmer is Snowball's Norwegian
algorithm (`snowballstemmer`, the same algorithm PostgreSQL's `norwegian` configuration runs).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection

import snowballstemmer
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Snowball's Norwegian list, as PostgreSQL ships it (tsearch_data/norwegian.stop). The search
# drops exactly these words on SQLite, so that both databases answer a query the same way.
SNOWBALL_STOP_WORDS = frozenset(
    """
    og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett
    har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor
    eller hva skal selv sjøl her alle vil bli ble blei blitt kunne inn når være kom noen noe
    ville dere deres kun ja etter ned skulle denne for deg si sine sitt mot å meget hvorfor
    dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni mellom vår hver
    hvem vors hvis både bare enn fordi før mange også slik vært båe begge siden dykk dykkar
    dei deira deires deim di då eg ein eit eitt elles honom hjå ho hoe henne hennar hennes hoss
    hossen ingi inkje korleis korso kva kvar kvarhelst kven kvi kvifor me medan mi mine mykje
    no nokon noka nokor noko nokre sia sidan so somt somme um upp vere vore verte vort varte vart
    """.split()
)

# What Snowball's list misses, mostly Nynorsk forms and the small words of a note ("må", "bør"):
# they make notes look alike without saying anything.
EXTRA_STOP_WORDS = frozenset(
    """
    berre frå ifrå ei desse dette dei kor kvifor korleis utan etter òg ikkje inga ingen
    må bør får få fått gjør gjøre gjere gjer gjort la ta tar tek gi gir gje gjev
    mer meir mest flere fleire mye litt veldig enda endå derfor difor dermed altså hos per
    osv etc jo vel nok visst vert vorte hatt har hadde vera vore er var
    andre annan anna annet anna slike slikt sånne blant gjennom via samt verken heller
    våre vårt vår deira deires oss dykk sjølv selv seg sine sitt sin
    kanskje ofte alltid også bl.a f.eks eks ting noe noko ein eit en et ei
    """.split()
)

STOP_WORDS = SNOWBALL_STOP_WORDS | EXTRA_STOP_WORDS

# Letters and digits; a hyphen or an apostrophe splits ("IMDi-rapporten" is two words).
WORD = re.compile(r"[^\W_]+")

_stemmer = snowballstemmer.stemmer("norwegian")


def normalise(text: str) -> str:
    """NFC and casefolded: "ØKONOMI" and "økonomi" are one word; æ, ø and å stay letters."""
    return unicodedata.normalize("NFC", text).casefold()


def words(text: str) -> list[str]:
    """The words of `text`, normalised, in order."""
    return WORD.findall(normalise(text))


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The Snowball stem of a normalised word: "barnehagene" and "barnehagane" give "barnehag"."""
    return str(_stemmer.stemWord(word))


DIGIT = re.compile(r"[0-9]")


def lexeme(word: str) -> str:
    """What PostgreSQL's `norwegian` configuration indexes a normalised word as: its Snowball stem, but a
    word with a digit as it is ("20åringene", "covid19"): its parser reads those as numbers or "numwords",
    and its `simple` dictionary does not stem them."""
    return word if DIGIT.search(word) else stem(word)


def is_content_word(word: str) -> bool:
    return len(word) > 1 and not word.isdigit() and word not in STOP_WORDS


def content_stems(text: str) -> list[str]:
    """The stems that carry meaning, in order: what the synthesis compares notes by."""
    return [stem(word) for word in words(text) if is_content_word(word)]


def search_words(text: str) -> list[str]:
    """The words a search reads in `text`: all but the stop words PostgreSQL's `norwegian` drops."""
    return [word for word in words(text) if word not in SNOWBALL_STOP_WORDS]


def search_stems(text: str) -> list[str]:
    """A search query's or a note's lexemes as PostgreSQL's `norwegian` configuration makes them."""
    found: list[str] = []
    for word in search_words(text):
        word_lexeme = lexeme(word)
        if word_lexeme not in found:
            found.append(word_lexeme)
    return found


# Endings a word is inflected with, nouns above all: indefinite and definite, singular and plural,
# Bokmål and Nynorsk. Snowball takes some forms of one word to different stems ("innvandrer" to
# innvandr, "innvandrere" to innvandrer, "innvandrerne" to innvandrern), so a search tries a query
# word's other forms too: with an ending it has taken off, and with each of these put on.
INFLECTION_ENDINGS = ("e", "en", "et", "a", "er", "ar", "ne", "ene", "ane", "ere", "eren", "erne", "arar", "arane")
# A word must keep this many letters when an ending is taken off ("året" is not "år" + "et").
INFLECTION_BASE_MIN = 3
DOUBLING_CONSONANTS = frozenset("mnlpt")
VOWELS = frozenset("aeiouyæøå")


PLURAL_ENDINGS = ("e", "er", "ar")


def fits(base: str, ending: str) -> bool:
    """Whether `ending` can follow `base`: the definite plural's bare -ne follows a plural's -e, -er
    or -ar (timene, lærerne), never a bare stem ("nav" is not "navne", which Snowball reads as "navn"),
    and only a plural that leaves a word before it ("gjer" is no plural of "gj", nor "gjerne" its form)."""
    return ending != "ne" or any(
        base.endswith(plural) and len(base) - len(plural) >= INFLECTION_BASE_MIN for plural in PLURAL_ENDINGS
    )


@functools.lru_cache(maxsize=10_000)
def inflected_forms(word: str) -> dict[str, str]:
    """A normalised word's forms by their lexemes: {lexeme: a form with that lexeme}, the word's own first.

    Each is sent to PostgreSQL, so that a word with a digit, which it does not stem, is tried in every
    form: "20åring" finds "20åringene".
    """
    if len(word) == 1 or word.isdigit():
        # A letter on its own is no word to inflect: the "s" of "statsforvalter's" found "ser", "sa" and
        # "se". PostgreSQL indexes it as it is (to_tsvector('norwegian', 's') is 's'), so it is found as
        # it is; so is a number ("2015" is no "2015en").
        return {lexeme(word): word}
    bases = [word] + [
        word[: -len(ending)] for ending in INFLECTION_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= INFLECTION_BASE_MIN
    ]
    # A consonant after a short vowel doubles before an ending: ungdom, ungdommen, ungdommene. Only
    # those that do ("berre" is no form of "ber").
    bases += [
        base[:-1] for base in bases
        if len(base) > INFLECTION_BASE_MIN and base[-1] == base[-2] and base[-1] in DOUBLING_CONSONANTS
    ]
    bases += [
        base + base[-1] for base in bases
        if base[-1] in DOUBLING_CONSONANTS and base[-2] in VOWELS and base[-1] != base[-2]
    ]
    forms: dict[str, str] = {}
    for base in bases:
        for form in (base, *(base + ending for ending in INFLECTION_ENDINGS if fits(base, ending))):
            if form not in SNOWBALL_STOP_WORDS:
                forms.setdefault(lexeme(form), form)
    return forms


def search_terms(text: str) -> list[dict[str, str]]:
    """A search query's words, stop words left out, each as its forms by their stems (inflected_forms).

    A note matches when it has, for every word, a word with one of its stems.
    """
    terms: list[dict[str, str]] = []
    for word in search_words(text):
        forms: dict[str, str] = {}
        for written in written_forms(word):
            for word_stem, form in inflected_forms(written).items():
                forms.setdefault(word_stem, form)
        if forms not in terms:
            terms.append(forms)
    return terms


def written_forms(word: str) -> list[str]:
    """A normalised word as both written forms may have it: itself, its Bokmål form, and its Nynorsk
    roots and endings: "frivilligheita" finds "frivilligheten", "bosetting" finds "busetjing", and back."""
    found = [word]
    for form in (bokmål(word), *nynorsk_forms(word), *(
        word[: -len(bokmål_ending)] + nynorsk for nynorsk, bokmål_ending in NYNORSK_ENDINGS
        if word.endswith(bokmål_ending) and len(word) > len(bokmål_ending) + 2
    )):
        if form not in found:
            found.append(form)
    return found


def mark_words(text: str, stems: Collection[str]) -> SafeString:
    """`text` escaped, with each word whose stem is in `stems` wrapped in <mark>.

    The text is escaped piece by piece and only our own <mark> tags are added, so a note's
    markup stays text. Line breaks become <br>, as `linebreaksbr` would make them.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    pieces: list[str] = []
    end = 0
    for match in WORD.finditer(text):
        word = match.group()
        if lexeme(normalise(word)) not in stems:
            continue
        pieces.append(escape(text[end : match.start()]))
        pieces.append(f"<mark>{escape(word)}</mark>")
        end = match.end()
    pieces.append(escape(text[end:]))
    return mark_safe("".join(pieces).replace("\n", "<br>"))


# Nynorsk words and word parts with another Bokmål root: the synthesis reads both as one, so
# that "bustadmangel" and "boligmangel" make the same point. Spelling that differs by a letter or
# two (kollektivtilbod / kollektivtilbud) needs no entry: character n-grams bridge it.
NYNORSK_PARTS = (
    ("sjukepleiar", "sykepleier"), ("sjukehus", "sykehus"), ("sjuk", "syk"), ("bustad", "bolig"),
    ("husvære", "bolig"), ("kvardag", "hverdag"), ("tenest", "tjenest"), ("tilsett", "ansatt"),
    ("moglegheit", "mulighet"), ("mogleg", "mulig"), ("verksemd", "virksomhet"), ("røynsle", "erfaring"),
    ("innbyggjar", "innbygger"), ("arbeidstakar", "arbeidstaker"), ("busetjing", "bosetting"),
    ("busett", "bosatt"), ("framtid", "fremtid"), ("åleine", "alene"), ("einsam", "ensom"),
    ("heimkommun", "hjemkommun"), ("heim", "hjem"), ("leige", "leie"), ("skule", "skole"), ("fleir", "fler"),
    ("lækjar", "lege"), ("lærar", "lærer"), ("søkjar", "søker"), ("ynskj", "ønsk"), ("saman", "sammen"),
    ("leiing", "ledelse"), ("leiar", "leder"), ("heiltid", "heltid"), ("heil", "hel"), ("vidaregå", "videregå"),
    ("born", "barn"), ("veke", "uke"), ("eigen", "egen"), ("eiga", "egen"), ("eige", "eie"),
)
NYNORSK_WORDS = {"meir": "mer", "løn": "lønn", "lønna": "lønnen", "heile": "hele", "heil": "hel", "open": "åpen",
                 "ope": "åpen", "opne": "åpne", "bu": "bo", "tru": "tro", "seie": "si", "kjem": "kommer",
                 "vert": "blir", "gjev": "gir", "ikkje": "ikke", "mykje": "mye", "berre": "bare", "frå": "fra"}
# Endings: -leg/-lig adjectives, -heit/-het, -ande/-ende.
NYNORSK_ENDINGS = (("legare", "ligere"), ("legaste", "ligste"), ("lege", "lige"), ("legt", "ligt"),
                   ("leg", "lig"), ("heita", "heten"), ("heiter", "heter"), ("heit", "het"), ("ande", "ende"))


BOKMÅL_WORDS = {bokmål_word: nynorsk for nynorsk, bokmål_word in reversed(NYNORSK_WORDS.items())}


def nynorsk_forms(word: str) -> list[str]:
    """A normalised word with a Bokmål root of NYNORSK_PARTS put in its Nynorsk form, one root at a
    time ("bosetting" as "busetjing", "sykehus" as "sjukehus" and "sjukehus"'s other roots)."""
    forms = [BOKMÅL_WORDS[word]] if word in BOKMÅL_WORDS else []
    for nynorsk, bokmål_part in NYNORSK_PARTS:
        if bokmål_part in word and (form := word.replace(bokmål_part, nynorsk)) not in forms:
            forms.append(form)
    return forms


@functools.lru_cache(maxsize=100_000)
def bokmål(word: str) -> str:
    """A normalised word with its Nynorsk roots and endings in their Bokmål form."""
    if word in NYNORSK_WORDS:
        return NYNORSK_WORDS[word]
    for nynorsk, bokmål_part in NYNORSK_PARTS:
        if nynorsk in word:
            word = word.replace(nynorsk, bokmål_part)
    for nynorsk, bokmål_ending in NYNORSK_ENDINGS:
        if word.endswith(nynorsk) and len(word) > len(nynorsk) + 2:
            return word[: -len(nynorsk)] + bokmål_ending
    return word
