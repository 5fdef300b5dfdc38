"""Labelled evaluation set for the automatic synthesis (recurring points, themes, suggested key points).

What it is: an invented workshop, "Rekruttering av helsepersonell i distrikta", with 5 questions and 8 tables.
Each note is typed as a table host would type it (short points, sometimes fragments) and attributed to an
organisation seated at that table. Every note carries a hand-assigned ``point`` label: notes that make the same
point share a label, one-off notes have ``None``.

How it was written: the notes of a recurring point are paraphrases written independently per table. They vary
wording, word order, inflection and compounds, and they mix the two written forms (roughly 60 % Bokmål, 40 %
Nynorsk), so the same point often appears in both ("bustader" / "boliger", "ikkje" / "ikke"). As in real notes,
paraphrases of one point usually share at least one content word in some form, but are not near-copies. Each
question also has decoys: one-off notes that share a prominent word with a recurring point ("vaktrommet" against
"vaktbelastning", "mentorprogram for elevar" against "mentorordning for nytilsette") but mean something else.
A few points are repeated at the same table; such repeats carry the point label but never form gold pairs.

This set is deliberately separate from the demo workshop data (integration and inclusion) and must not be tuned
to it, nor should the grouping code be tuned to this set beyond using it as a yardstick.
"""

from __future__ import annotations

from dataclasses import dataclass

from groups.norwegian import bokmål, is_content_word, stem, words


@dataclass(frozen=True)
class LabelledNote:
    table: int
    organisation: str
    text: str
    point: str | None


@dataclass(frozen=True)
class LabelledQuestion:
    text: str
    notes: tuple[LabelledNote, ...]


TABLE_ORGANISATIONS: dict[int, tuple[str, ...]] = {
    1: ("Helse Førde", "Sunnfjord kommune", "Vestland fylkeskommune"),
    2: ("Bodø kommune", "Nordlandssykehuset", "Nord universitet"),
    3: ("NAV Innlandet", "Sykehuset Innlandet", "Innlandet fylkeskommune"),
    4: ("Vinje kommune", "KS Agder og Telemark"),
    5: ("Senja kommune", "UiT Norges arktiske universitet", "Helse Nord RHF"),
    6: ("Møre og Romsdal fylkeskommune", "Volda kommune", "Høgskulen i Volda"),
    7: ("Statsforvaltaren i Vestland", "Høgskulen på Vestlandet", "Sogndal kommune"),
    8: ("Finnmarkssykehuset", "Vadsø kommune", "Norsk Sykepleierforbund Finnmark"),
}


def _note(table: int, organisation: int, text: str, point: str | None = None) -> LabelledNote:
    """A note at ``table`` by the organisation with index ``organisation`` in TABLE_ORGANISATIONS[table]."""
    return LabelledNote(table, TABLE_ORGANISATIONS[table][organisation], text, point)


_Q1 = LabelledQuestion(
    "Kva er dei største utfordringane med å rekruttere helsepersonell til distrikta i dag?",
    (
        _note(1, 1, "Manglar bustader til nytilsette, det er nesten ingenting å leige i Sunnfjord", "q1_bustad"),
        _note(2, 0, "Boligmarkedet er en flaskehals: nyansatte sykepleiere finner ikke bolig å leie", "q1_bustad"),
        _note(3, 1, "Får ikke tak i egnede utleieboliger for leger som kommer utenfra", "q1_bustad"),
        _note(
            5, 0, "Folk takker nei til stillingen fordi de ikke finner noe sted å bo. Mangel på boliger", "q1_bustad"
        ),
        _note(6, 1, "Bustadmangel - kommunen bør eige nokre husvære til nye legar og sjukepleiarar", "q1_bustad"),
        _note(2, 1, "Vanskelig å finne bolig for vikarer og nyansatte", "q1_bustad"),
        _note(1, 0, "Partnaren får ikkje relevant jobb, så familien blir ikkje verande", "q1_partnar_jobb"),
        _note(
            3, 0, "Ektefelle/partner trenger arbeid også - få relevante jobber for høyt utdannede", "q1_partnar_jobb"
        ),
        _note(7, 2, "Jobb til ektefellen er ofte avgjerande for om dei flyttar hit", "q1_partnar_jobb"),
        _note(8, 1, "Partner finner ikke jobb i regionen, og da flytter hele familien igjen", "q1_partnar_jobb"),
        _note(4, 0, "For mange vakter på for få legar, vaktbelastninga skremmer folk bort", "q1_vaktbelastning"),
        _note(5, 2, "Høy vaktbelastning i små kommuner, legene har vakt hver tredje natt", "q1_vaktbelastning"),
        _note(8, 0, "Tung vaktordning med få å dele vaktene på", "q1_vaktbelastning"),
        _note(1, 0, "Mange vakter og lite fritid gjer at legane sluttar etter eitt år", "q1_vaktbelastning"),
        _note(7, 0, "Mange kommunar brukar vikarbyrå, og det er dyrt", "q1_vikarbyra"),
        _note(3, 1, "Dyre innleide vikarer fra byrå spiser opp budsjettet", "q1_vikarbyra"),
        _note(2, 2, "Lite fagmiljø gjør at nyutdannede føler seg alene med ansvaret", "q1_fagmiljo"),
        _note(7, 1, "Fagleg isolasjon: få kollegaer å drøfte vanskelege saker med", "q1_fagmiljo"),
        _note(6, 2, "Små fagmiljø i kommunane, nyutdanna blir sitjande åleine med ansvaret", "q1_fagmiljo"),
        # One-offs; the first four are decoys.
        _note(4, 1, "Bustadsosialt arbeid for vanskelegstilte må også prioriterast i kommuneplanen"),
        _note(3, 2, "Samarbeidspartnere i næringslivet kan brukes mer på jobbmesser"),
        _note(1, 2, "Vaktrommet på legevakta er for lite og dårleg utstyrt"),
        _note(8, 2, "Fagforeningene må involveres tidlig når turnusordninger endres"),
        _note(5, 1, "Lønn alene avgjør ikke, men lønnstillegg hjelper i starten"),
        _note(2, 0, "Dårlig omdømme for distriktskommuner blant unge helsearbeidere"),
        _note(6, 0, "Kollektivtilbodet er for dårleg til at folk kan pendle til jobb"),
        _note(4, 0, "Konkurranse med sjukehusa om dei same sjukepleiarane"),
        _note(8, 1, "Lang reisevei til nærmeste sykehus for kurs og opplæring"),
    ),
)

_Q2 = LabelledQuestion(
    "Korleis kan utdanningsinstitusjonane bidra til at fleire vel å jobbe i distrikta?",
    (
        _note(1, 0, "Fleire praksisplassar i distriktskommunane, studentane må få sjå kvardagen her", "q2_praksis"),
        _note(
            2,
            2,
            "Praksisperioder i distriktet gir studentene et realistisk bilde, og mange kommer tilbake",
            "q2_praksis",
        ),
        _note(5, 1, "Obligatorisk praksis i en liten kommune for alle medisinstudenter", "q2_praksis"),
        _note(7, 1, "Studentar som har hatt praksis i små kommunar søkjer oftare jobb der", "q2_praksis"),
        _note(8, 2, "Praksisplasser i Finnmark må ha god veiledning, ellers får det motsatt effekt", "q2_praksis"),
        _note(2, 0, "Vi tar gjerne imot flere sykepleierstudenter i praksis", "q2_praksis"),
        _note(3, 2, "Desentralisert sykepleierutdanning har gitt oss mange nye ansatte", "q2_desentralisert"),
        _note(
            4,
            0,
            "Nettbasert og desentralisert utdanning gjer at folk kan ta utdanning utan å flytte",
            "q2_desentralisert",
        ),
        _note(6, 2, "Deltidsstudium med samlingar, slik at dei som bur her kan utdanne seg", "q2_desentralisert"),
        _note(8, 1, "Utdanning må kunne tas der folk bor - desentraliserte studietilbud", "q2_desentralisert"),
        _note(1, 1, "Rekrutter studentar som har tilhøyrsle til regionen, dei blir verande", "q2_lokal_ungdom"),
        _note(5, 0, "De som vokser opp her kommer tilbake, rekrutter lokal ungdom til helsefag", "q2_lokal_ungdom"),
        _note(6, 1, "Lokal ungdom må få vite om helseyrka tidleg, allereie i ungdomsskulen", "q2_lokal_ungdom"),
        _note(2, 1, "Flere LIS1-stillinger i distriktene, mange blir værende der de tar turnus", "q2_spesialisering"),
        _note(
            7,
            0,
            "Spesialistutdanninga for legar bør kunne gjennomførast lokalt, både LIS1 og allmennmedisin",
            "q2_spesialisering",
        ),
        _note(
            5, 2, "Spesialisering må kunne tas i distriktet, ikke bare ved universitetssykehusene", "q2_spesialisering"
        ),
        _note(3, 2, "Stipend eller nedskriving av studielån for dem som binder seg til distriktet", "q2_studielan"),
        _note(7, 1, "Ettergjeving av studielån for dei som jobbar nokre år i distrikta", "q2_studielan"),
        # One-offs; the first four are decoys.
        _note(3, 1, "Praksisen for å lyse ut stillinger varierer mye mellom kommunene"),
        _note(4, 1, "Studentbustader i byane er dyre, det er eit problem for alle studentar"),
        _note(7, 2, "Lokale lag og organisasjonar kan ta imot nye innbyggjarar betre"),
        _note(1, 2, "Desentraliserte møteplassar for leiarar i helsetenesta"),
        _note(3, 0, "Tettere samarbeid mellom NAV og høgskolene om omskolering til helsefag"),
        _note(5, 2, "Simuleringstrening kan gis digitalt også i små enheter"),
        _note(6, 0, "Fagskulen er viktig for helsefagarbeidarane"),
        _note(8, 0, "Vi trenger samiskspråklige helsearbeidere, og utdanningene må ta hensyn til det"),
        _note(4, 0, "Sommarjobb for elevar i helsetenesta gjev interesse for yrket"),
        _note(2, 2, "Kapasiteten på utdanningene er ikke problemet, søkertallene er det"),
    ),
)

_Q3 = LabelledQuestion(
    "Kva tiltak får helsepersonell til å bli verande i distrikta over tid?",
    (
        _note(
            1, 0, "Betalt vidareutdanning mot bindingstid, det gjev både kompetanse og stabilitet", "q3_vidareutdanning"
        ),
        _note(
            3, 1, "Mulighet for etter- og videreutdanning med lønn er viktig for å beholde folk", "q3_vidareutdanning"
        ),
        _note(4, 0, "Kompetanseheving: dei tilsette må få utvikle seg fagleg", "q3_vidareutdanning"),
        _note(5, 0, "Betalt videreutdanning i for eksempel geriatri eller psykiatri", "q3_vidareutdanning"),
        _note(8, 2, "Sykepleierne slutter når de ikke får faglig utvikling og videreutdanning", "q3_vidareutdanning"),
        _note(6, 1, "Permisjon med løn til vidareutdanning gjer at folk blir", "q3_vidareutdanning"),
        _note(2, 0, "Heltidskultur! Unge sykepleiere vil ha hele stillinger, ikke små deltidsstillinger", "q3_heiltid"),
        _note(6, 1, "Fleire heile stillingar, mange sluttar fordi dei berre får deltid", "q3_heiltid"),
        _note(7, 2, "Heiltid som hovudregel i turnusen", "q3_heiltid"),
        _note(8, 1, "Ufrivillig deltid gjør at folk søker seg bort", "q3_heiltid"),
        _note(6, 0, "Heiltidskultur må byggjast i heile fylket, ikkje berre i nokre kommunar", "q3_heiltid"),
        _note(1, 1, "Fadderordning for nytilsette det første året", "q3_mentor"),
        _note(3, 0, "Mentorordning for nyutdannede, noen å spørre de første månedene", "q3_mentor"),
        _note(5, 1, "Erfarne kolleger som mentorer for nyansatte leger", "q3_mentor"),
        _note(8, 1, "Fast veileder for nyansatte sykepleiere de første månedene", "q3_mentor"),
        _note(2, 1, "Nærværende ledere som ser den enkelte ansatte", "q3_leiing"),
        _note(4, 1, "God leiing betyr mykje, leiaren må vere tilgjengeleg i kvardagen", "q3_leiing"),
        _note(7, 1, "Leiarar med tid til personalet, ikkje berre budsjett", "q3_leiing"),
        # One-offs; the first four are decoys.
        _note(3, 2, "Heltidsansatte i administrasjonen har fått mer hjemmekontor"),
        _note(6, 2, "Mentorprogram for ungdomsskuleelevar som vurderer helsefag"),
        _note(2, 2, "Videreutdanningstilbudene våre har ledig kapasitet, men få søkere fra kommunene"),
        _note(8, 0, "Lederen av eldrerådet ønsker seg mer stabile fastleger"),
        _note(1, 2, "Gode barnehagar og skular er viktig for familiane", "q3_barnehage"),
        _note(5, 2, "Helse Nord: lønnstillegg etter tre og fem år i stillingen"),
        _note(7, 0, "Fleksible arbeidstider for seniorar, så dei står lenger i jobb"),
        _note(4, 0, "Sosiale møteplassar utanfor jobb for nytilflytte"),
        _note(2, 0, "Kommunen bør hjelpe nyansatte med barnehageplass", "q3_barnehage"),
        _note(3, 1, "Pendlerordninger med tett vaktplan kan fungere for noen"),
    ),
)

_Q4 = LabelledQuestion(
    "Korleis kan kommunane samarbeide på tvers for å løyse bemanningsutfordringane?",
    (
        _note(1, 1, "Interkommunal legevakt har gjort vaktbelastninga lettare for legane våre", "q4_legevakt"),
        _note(4, 0, "Felles legevakt med nabokommunane fungerer godt", "q4_legevakt"),
        _note(5, 0, "Legevaktsamarbeidet mellom kommunene på Senja har redusert antall vakter", "q4_legevakt"),
        _note(3, 1, "Interkommunale legevakter bør samlokaliseres med sykehuset", "q4_legevakt"),
        _note(8, 1, "Felles legevakt i Øst-Finnmark har vært helt nødvendig", "q4_legevakt"),
        _note(2, 0, "Felles vikarpool for kommunene i regionen i stedet for dyre vikarbyråer", "q4_vikarpool"),
        _note(6, 1, "Ein felles vikarpool for sjukepleiarar som kan rullere mellom kommunane", "q4_vikarpool"),
        _note(7, 2, "Ressursbank med tilsette som kan dekkje fråvær i fleire kommunar", "q4_vikarpool"),
        _note(3, 0, "En felles ressurspool av vikarer på tvers av kommunegrensene", "q4_vikarpool"),
        _note(
            1,
            2,
            "Marknadsføre regionen samla i staden for at kvar kommune rekrutterer åleine",
            "q4_felles_rekruttering",
        ),
        _note(
            5,
            2,
            "Felles rekrutteringskampanjer for hele regionen, ikke konkurranse mellom kommunene",
            "q4_felles_rekruttering",
        ),
        _note(7, 0, "Kommunane konkurrerer om dei same folka, felles rekruttering er betre", "q4_felles_rekruttering"),
        _note(7, 1, "Felles profilering av regionen som ein god stad å jobbe", "q4_felles_rekruttering"),
        _note(4, 1, "Lange avstandar gjer det vanskeleg å dele tilsette mellom kommunane", "q4_avstand"),
        _note(6, 0, "Ferjer og lang reiseveg avgrensar kor mykje kommunane kan samarbeide", "q4_avstand"),
        _note(8, 0, "Avstandene er så store at samarbeid om personell ofte ikke er praktisk mulig", "q4_avstand"),
        _note(2, 1, "Ulike avtaler om lønn og tillegg mellom kommunene skaper misnøye", "q4_lonnsavtaler"),
        _note(3, 2, "Kommunene må harmonisere lønnsavtalene om de skal dele personell", "q4_lonnsavtaler"),
        # One-offs; the first five are decoys.
        _note(2, 2, "Legevaktleger som er alene på vakt trenger trygghetsalarm"),
        _note(6, 2, "Vikarane treng betre introduksjon når dei kjem til ein ny arbeidsplass"),
        _note(4, 0, "Vaksinasjonskampanjen viste at kommunane kan samarbeide raskt"),
        _note(5, 1, "Pasientene har lang reisevei til spesialisthelsetjenesten"),
        _note(8, 2, "Tillitsvalgte må være med når samarbeidsavtaler lages"),
        _note(1, 0, "Helseføretaket og kommunane bør ha felles kompetanseplanar"),
        _note(7, 2, "Interkommunalt samarbeid krev tydeleg styring og ansvar"),
        _note(5, 0, "Kommunesammenslåing er ikke løsningen på bemanningsproblemet"),
        _note(1, 1, "Digitale fellesmøte mellom einingsleiarane kvar månad"),
    ),
)

_Q5 = LabelledQuestion(
    "Kva rolle kan teknologi og nye arbeidsformer spele for bemanninga i distrikta?",
    (
        _note(
            1, 1, "Velferdsteknologi som digitalt tilsyn om natta frigjer tid for dei tilsette", "q5_velferdsteknologi"
        ),
        _note(2, 0, "Digitalt nattilsyn har spart oss for mange kjørte kilometer og timer", "q5_velferdsteknologi"),
        _note(
            4,
            0,
            "Velferdsteknologi som medisindispenserar og sensorar sparer heimetenesta for besøk",
            "q5_velferdsteknologi",
        ),
        _note(5, 0, "Velferdsteknologien må tas i bruk i større skala, da frigjøres hender", "q5_velferdsteknologi"),
        _note(8, 1, "Mer velferdsteknologi i hjemmetjenesten, spesielt digitalt tilsyn", "q5_velferdsteknologi"),
        _note(3, 2, "Dårlig bredbånd i grendene gjør at teknologien ikke fungerer", "q5_breiband"),
        _note(6, 0, "Breibandsutbygginga må kome først, elles hjelper ikkje digitale løysingar", "q5_breiband"),
        _note(7, 2, "Manglande mobildekning og breiband i fleire bygder", "q5_breiband"),
        _note(8, 0, "Ustabil mobildekning og nett gjør videokonsultasjoner upålitelige", "q5_breiband"),
        _note(2, 1, "Oppgavedeling mellom leger, sykepleiere og helsefagarbeidere", "q5_oppgavedeling"),
        _note(
            6,
            1,
            "Gje fleire oppgåver til helsefagarbeidarar, så sjukepleiarane får tid til det dei er utdanna for",
            "q5_oppgavedeling",
        ),
        _note(
            3,
            1,
            "Riktig oppgavefordeling: sykepleiere bruker for mye tid på oppgaver andre kan gjøre",
            "q5_oppgavedeling",
        ),
        _note(8, 1, "Oppgaveglidning fra sykepleiere til helsefagarbeidere må planlegges", "q5_oppgavedeling"),
        _note(1, 0, "Videokonsultasjon med spesialist sparer pasientane for lange reiser", "q5_video"),
        _note(5, 1, "Spesialister kan veilede fastleger over video", "q5_video"),
        _note(7, 1, "Digital konsultasjon frå sjukehuset til kommunelegen, særleg i psykiatrien", "q5_video"),
        _note(5, 2, "Videokonsultasjoner bør bli en fast del av pasientforløpet", "q5_video"),
        # One-offs; the first four are decoys.
        _note(3, 0, "Velferdstjenestene i NAV kan også digitaliseres mer"),
        _note(4, 1, "Dekning av reiseutgifter for tilsette som pendlar må avklarast"),
        _note(8, 2, "Dokumentasjonsoppgavene har økt og stjeler tid fra pasientene"),
        _note(2, 2, "Videoforelesninger gjør det mulig å studere hjemmefra"),
        _note(6, 2, "Teknologi må ikkje erstatte menneskeleg kontakt med dei eldste"),
        _note(1, 2, "Dei tilsette treng opplæring før ny teknologi blir innført", "q5_opplaering"),
        _note(8, 2, "Ansatte må få opplæring og tid til å lære seg de nye digitale verktøyene", "q5_opplaering"),
        _note(7, 0, "Kunstig intelligens til journalføring kan prøvast ut"),
        _note(4, 0, "Turnusordningar med langvakter i helgane har gjeve fleire søkjarar"),
        _note(5, 0, "Pendlerturnus med to uker på og fire uker av fungerer for noen"),
        _note(3, 2, "Felles journalsystem mellom kommune og sykehus mangler fortsatt"),
    ),
)

QUESTIONS: tuple[LabelledQuestion, ...] = (_Q1, _Q2, _Q3, _Q4, _Q5)


def _tables_per_point(question: LabelledQuestion) -> dict[str, set[int]]:
    tables: dict[str, set[int]] = {}
    for note in question.notes:
        if note.point is not None:
            tables.setdefault(note.point, set()).add(note.table)
    return tables


def gold_pairs(question: LabelledQuestion) -> set[tuple[int, int]]:
    """Index pairs (i < j) of notes making the same point at different tables."""
    notes = question.notes
    return {
        (i, j)
        for i in range(len(notes))
        for j in range(i + 1, len(notes))
        if notes[i].point is not None and notes[i].point == notes[j].point and notes[i].table != notes[j].table
    }


def recurring_points(question: LabelledQuestion) -> dict[str, set[int]]:
    """Point label -> indices of its notes, for points raised at two or more different tables."""
    tables = _tables_per_point(question)
    result: dict[str, set[int]] = {}
    for index, note in enumerate(question.notes):
        if note.point is not None and len(tables[note.point]) >= 2:
            result.setdefault(note.point, set()).add(index)
    return result


def key_points(question: LabelledQuestion) -> set[str]:
    """Labels of points raised at three or more different tables: what suggested key points must cover."""
    return {point for point, tables in _tables_per_point(question).items() if len(tables) >= 3}


def shared_word_share(questions: tuple[LabelledQuestion, ...]) -> float:
    """The share of labelled pairs whose notes have a content word in common (its stem, read in its
    Bokmål form): what a method that compares words can find at best, bar chains of notes."""

    def stems(text: str) -> set[str]:
        return {stem(bokmål(word)) for word in words(text) if is_content_word(word)}

    pairs = [(q.notes[i].text, q.notes[j].text) for q in questions for i, j in gold_pairs(q)]
    return sum(bool(stems(a) & stems(b)) for a, b in pairs) / len(pairs) if pairs else 0.0
