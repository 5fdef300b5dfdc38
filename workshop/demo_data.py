"""The demo workshop, transcribed from the slides and raw report of the 23 Oct 2025 workshop on inclusion."""
from __future__ import annotations

# Sources (see /work/shared/seeds/README.md): the slides shown on the day (programme, desired outcomes, ground
# rules, talks, group-work questions and methods) and the compiled raw report written from the table hosts' notes.
# The report came through OCR; spelling is repaired to proper Norwegian (Bokmål/Nynorsk as in the source), page
# furniture is dropped and broken lines are joined. The participants' evaluation is not included.

WORKSHOP = {
    "title": "Arbeidsverksted om fylkeskommunens arbeid med inkludering",
    "slug": "inkludering-2025",
    "date": "2025-10-23",
    "venue": "",
    "organiser": "Distriktssenteret og IMDi",
    "desired_outcomes": [
        "Nye ideer og motivasjon til å utvikle egen rolle og praksis.",
        ("Mer innsikt i status, utfordringer og hvordan fylkeskommunene vil utvikle sitt arbeid. Hvordan kan vi "
         "støtte opp om arbeidet?"),
        "Innspill til nasjonal politikkutvikling.",
    ],
    "ground_rules": [
        "Aktiv gjennom hele dagen – lyttende og engasjert",
        "Bruk bordduken",
        "Dagen blir ikke bedre enn det hver enkelt bidrar med",
        "Erfaringsdeling – åpne prosesser og noe lukking",
        "Dokumentasjon og sammenstilling",
    ],
}

# name, kind - kind is one of "county" (fylkeskommune), "state" (IMDi etc.), "other".
# All 15 county municipalities (2024+), plus the state bodies and other organisations behind the day.
ORGANISATIONS: list[tuple[str, str]] = [
    ("Agder", "county"), ("Akershus", "county"), ("Buskerud", "county"), ("Finnmark", "county"),
    ("Innlandet", "county"), ("Møre og Romsdal", "county"), ("Nordland", "county"), ("Oslo", "county"),
    ("Rogaland", "county"), ("Telemark", "county"), ("Troms", "county"), ("Trøndelag", "county"),
    ("Vestfold", "county"), ("Vestland", "county"), ("Østfold", "county"), ("IMDi", "state"),
    ("Distriktssenteret", "state"), ("ideas2evidence", "other"), ("KS", "other"),
]

# The programme in order. kind is one of: "welcome", "talk", "pitch", "group_work", "break", "lunch",
# "plenum", "closing". "round" is the round number for group_work items, else None. "notes" are the notes
# taken from that talk/pitch as given in the report (section 2 and 3).
# Times are from the programme slide. The slide says 13.34 for round 4; the pause slide says 13.30-13.45, so 13:45
# is used. The slides give no separate time for the short pitches that open rounds 2-4; each pitch is given the
# first 10 minutes of its block.
PROGRAMME: list[dict] = [
    {
        "starts_at": "09:00", "ends_at": "09:30",
        "title": "Velkommen og presentasjon",
        "kind": "welcome",
        "speakers": [
            {"name": "Marit Mellingen", "role": "Direktør", "organisation": "Distriktssenteret"},
            {"name": "Benedicte Hollen",
             "role": "Avdelingsleder, Avdeling kvalifisering og arbeidsliv",
             "organisation": "IMDi"},
        ],
        "round": None,
        "notes": [
            ("Marit ønsker velkommen! Hun forteller om en rapport som viser at det er uutnyttet potensiale i "
             "fylkeskommunen på dette feltet. Det er et godt samarbeid med IMDi. Det er funnet gode krysninger "
             "mellom IMDi og KDD. Her møtes tema som bosetting og distriktspolitikk. Innvandrere bidrar til å "
             "opprettholde og øke befolkning i distriktene. De er en kilde til arbeidskraft i offentlig og privat "
             "virksomhet. At de trives og blir boende er positivt for stedene og næringslivet."),
            ("Demografiutfordringer og omstillingsbehov treffer distriktene først. Derfor må man jobbe med gode "
             "løsninger for at innvandrere blir boende. Mange ønsker et tettere samarbeid med KDD om integrering "
             "mm. Det skal vi diskutere i dag."),
            ("Det er viktig at de som kommer som flyktninger kommer seg i arbeid og blir integrert. De med høy "
             "utdanning sliter med å komme seg inn i arbeidslivet. Her har fylkeskommunen en nøkkelrolle."),
            ("Mange distriktskommuner trenger en sterk fylkeskommune og andre støttespillere som er proaktive og "
             "som bidrar med kunnskap for å integrere innvandrere. Fylkeskommunen må være godt koordinert og være "
             "et kraftlag rundt kommunen. Partnerskap IMDi."),
            ("Bakgrunn for regionreform – knytte integrering til regional kompetanse og arbeidsliv. Rollen har "
             "ikke helt satt seg. Fafos rapport viser at fylkeskommunen er styrket, men det er stor variasjon på "
             "organisering og forankring. Det viser også rapporten fra Ideas2Evidence. Gjennom regionreformen i "
             "2020 mistet IMDi noen oppgaver og mistet med det litt kontakt med kommunene."),
            ("Det har vært en veldig spesiell situasjon de senere år med opp mot 100 000 nye flyktninger som er "
             "kommet. Innsatsen fra distriktskommunene har vært helt sentral. Mange av dem har sørget for god "
             "integrering og å få flyktningene i arbeid. Tall fra SSB viser at det går veldig bra. 58 % av "
             "introdeltakere fra Ukraina er kommet i jobb. Resultatene er aller best i de små kommunene."),
            "Fylkeskommunene skal lage regionale planer for integrering og kvalifiseringsløp.",
            ("Mange flyktninger mangler kvalifikasjoner og trenger tilrettelagt løp for fag- og yrkesopplæring. Vi "
             "er veldig glade for samarbeid med fylkeskommunene. Har samarbeid med fylkeskommunene på flere andre "
             "områder. Det er i fylkeskommunen det skjer."),
        ],
    },
    {
        "starts_at": "09:30", "ends_at": "09:50",
        "title": "IMDi – om IMDi sitt samarbeid med fylkeskommunene",
        "kind": "talk",
        "speakers": [
            {"name": "Benedikte Falck-Monsen",
             "role": "Fagdirektør og utvalgsleder, Analyseavdelingen",
             "organisation": "IMDi"},
            {"name": "Katrine Teigen", "role": "Utredningsleder Kvalifisering", "organisation": "IMDi"},
        ],
        "round": None,
        "notes": [
            ("Det er dybde i samarbeidsflatene med fylkeskommunene. Innvandrere finnes i alle landets kommuner og "
             "det er ulike innvandringsårsaker. Polen er størst i nesten alle kommuner. Ukraina utgjør 1,5 % av "
             "befolkningen. Behovet for bosetting varierer, og behovet for arbeidsplasser varierer. Behovet for å "
             "jobbe med integrering er der hele tiden. Kvalifisering er et viktig element. Hvordan kan vi sammen "
             "bidra bedre til integrering? Vi har mange oppgaver. Det er mange ting vi samarbeider med "
             "fylkeskommunen om."),
            "Fagmyndighet for tolking i offentlig sektor. Tolk er viktig, råd og veiledning om det er viktig.",
            ("Kvalifiseringsfeltet. Regionreformen – her fikk fylkeskommunen ansvar for å lage planer for "
             "kvalifisering av flyktninger. Denne oppgaven løses ulikt."),
            ("Planer løses ulikt. Noen fylker løfter det inn i kompetansepolitikken. Andre steder løses det som et "
             "tverrgående tema. Skal vi lykkes med kvalifisering, må vi ha sterk kobling til behovene i "
             "arbeidslivet. En plan kan være et viktig virkemiddel. Flere må inn i introprogram og fullføre "
             "videregående opplæring. Regjeringen har nå endret lovverket for å få nok tid til å fullføre "
             "videregående. Det er bare 7 % som får videregående opplæring. Det er for lavt. Behov for "
             "tilrettelagte løp er stort. Mye positivt på gang i fylkeskommunen. Vi samarbeider med mange om det. "
             "Det er potensial for å få til mer."),
            "Samarbeider med fylkeskommunen på flere felt:",
            ("Regionale kompetansesamlinger. Samlingene startet i 2023. 11 fylker er med. Nå har fylkeskommunen "
             "overtatt koordineringsansvaret. Fin arena der vi bidrar, samarbeider med fylkeskommunen og møter "
             "kommunene."),
            "To tilskuddsordninger. For tilrettelagt fag- og yrkesopplæring.",
            ("Felles ledersamling en gang i året. Fylkeskommunens utdanningssjef, direktør i NAV, med fokus på "
             "tverrsektorielt samarbeid."),
            ("Fellesoppdraget – gode opplærings- og utdanningstilbud for sårbare grupper. Der samarbeider vi med "
             "ulike direktorat."),
            "Integreringsloven – anbefaling av hvor mange som bør bosettes i hvert fylke. Karriereveiledning.",
            ("Kompetansehevende samlinger – handler om bosettingsarbeidet og bruk av IMDis system for "
             "kompetansekartlegging. Vi får tilbakemeldinger om at samarbeidet med fylkeskommunen er mer "
             "strukturert. Handler om trygghet og rolleforståelse. Viktig med forventningsavklaringer i dette "
             "arbeidet."),
            ("Negativ sosial kontroll og æresvold – der samarbeider vi med fylkeskommunen. 65 mangfoldsrådgivere i "
             "ulike videregående skoler. Fylkeskommunen samarbeider om hvor disse skal stasjoneres og følges opp. "
             "Kompetanseheving og nettverksarbeid. Dette skal videreutvikles, og det skal skje i samarbeid med "
             "fylkeskommunen. Hvordan kan disse samarbeide på tvers?"),
            ("Fagteam som samarbeider tett med fylkeskommunen om kompetanseheving. SU-ukene. De som er plassert på "
             "utenriksstasjoner. Agdernettverk, Telemarknettverk osv. – der deles erfaringer og kompetanseheving."),
            ("Samarbeid om regionale integreringskonferanser og samarbeid med frivilligheten. Vi samarbeider om "
             "disse for å legge til rette og få erfaringsdeling. Her er det 3 konferanser per år."),
            "Vi bidrar i arbeidsgruppen.",
            "Et tverrgående integreringsnettverk – her bidrar vi med innlegg osv.",
            ("Videregående opplæring – ulik praksis rundt inntak med f.eks. manglende dokumentasjon. Behov for mer "
             "tilrettelegging og opplæring for voksne. De som ikke har rett til intro mer – ungdommer kommer hele "
             "året og mange venter på å komme i gang med opplæring. Utdanningsdirektoratet."),
            ("Det er viktig med bidrag til kunnskap på feltet med statistikk og forskning. I 2025 ble det sendt ut "
             "en undersøkelse i fylkeskommunene, der 9 av 15 svarte. 1 valgte å være anonym. Vurdere 3 tjenester: "
             "tall/statistikk, forskningsrapporter og kunnskapsrapporter. (Viser flere bilder med svar fra "
             "undersøkelsen.)"),
            "Viser oversikt over hva fylkeskommunene etterspør mtp. forskning og statistikk (se bilde).",
        ],
    },
    {
        "starts_at": "09:50", "ends_at": "10:15",
        "title": "ideas2evidence – Fylkeskommunen og integreringsfeltet",
        "kind": "talk",
        "speakers": [
            {"name": "Gard Ringen Høibjerg", "role": "Seniorutreder", "organisation": "ideas2evidence"},
        ],
        "round": None,
        "notes": [
            ("Takker for bidrag med intervju i rapporten skrevet for Distriktssenteret. Det er en omfangsrik "
             "rapport som ble presentert med kollega Eivind tidligere."),
            "Som utgangspunkt for diskusjonene i dag tar jeg med noen viktige punkter.",
            "Fylkeskommunen som regional integreringsaktør.",
            ("Fylkeskommunen fikk en forsterket rolle etter regionreformen (se lysark for punkter) med ansvar for "
             "regionalt integreringsarbeid, paragraf 4."),
            ("Fylkeskommunene har en del lovfestede oppgaver. Tannhelse mm. Regional plan for kvalifisering, "
             "karriereveiledning, opplæring i norsk og bosetting mm. som er konkrete oppgaver fylkeskommunen skal "
             "løse."),
            ("Samfunnsutviklerrollen er mer diffus. «Regionalt ansvar for integreringsarbeidet». Fylkeskommunen "
             "tolker paragraf 4 ulikt i integreringsloven. Smal tolkning og bred tolkning. Smal – kan være mer "
             "konkretisert. Bred – se dette i forbindelse med samfunnsutviklerrollen. Ønsker å jobbe bredt, men "
             "ressursene hindrer ofte å jobbe så bredt som man ønsker."),
            "Omtale i planer.",
            ("Planer setter retning. Kunnskapsgrunnlag er viktig og setter en felles forståelse av utfordringer og "
             "muligheter. Medvirkning bidrar til forankring og forståelse."),
            ("Viktig å få på plass konkrete punkter om integrering. Dette forankres i arbeidet til fylkeskommunen "
             "senere. Plan og praksis henger ikke alltid sammen. Innvandrere omtales stort sett positivt i "
             "planverket. Nedgang i antall arbeidsinnvandrere motvirkes av tilgangen fra Ukraina. To trender: "
             "folkeveksttilnærming og kvalifiseringstilnærming (utenforskap). Det betyr å få flere til fylket "
             "eller få de som er i fylket i jobb."),
            ("Det er ulike innvandrergrupper. Flyktninger omtales ofte i kvalifiseringstiltak. Arbeidsinnvandrere "
             "omtales som å få dem ut i arbeid. Familiegjenforening er i liten grad omtalt."),
            "Organisering og samarbeid.",
            ("Situasjonen i fylkeskommunene med omorganisering og sammenslåinger har vært at integreringsfeltet "
             "flyttes litt rundt. Etablerte former kan forvitre gjennom det. Forankring av feltet tar tid i slike "
             "omorganiseringsprosesser. De fleste har 1–2 rådgivere som har ansvar for å koordinere i "
             "fylkeskommunen. Mange organiserer arbeidet som matriser, eller at man sørger for at de som har "
             "ansvar går ut i avdelingene. Noen fylkeskommuner har egne digitale kommunikasjonskanaler for å koble "
             "seg til ulike fagområder."),
            ("Integreringsansvaret er litt utfordrende. Det omtales ofte som et nytt ansvarsområde. Integrering er "
             "fylkeskommunens ansvar. Kan være frustrerende å komme inn i de ulike fagområdene. Kan man koble "
             "dette tettere på for eksempel næring, så oppfattes det som positivt. Forankringsarbeid tar tid. "
             "Dette må prioriteres politisk. Det er for eksempel lettere å snakke om integrering nå som mange "
             "kommer fra Ukraina. Det er ikke ressurser til å jobbe på tvers. Et eksempel er de som bosettes i "
             "distriktene. Her er det vanskelig å samarbeide med for eksempel samferdsel for å få infrastruktur på "
             "plass."),
            "Behov for fylkeskommunen for å styrke dette feltet.",
            ("Ingen fylkeskommune er en øy. Fylkeskommunen er for eksempel en aktør. Tar tid å lete seg frem i "
             "samarbeidsnettverk. Fra personer som har jobbet med IMDi kommer det signaler om at fylkeskommunen må "
             "reforhandle og tenke nytt om sin rolle."),
            ("Eksterne og interne samarbeid. Når internt samarbeid må etableres «på nytt», tar det tid å sette den "
             "interne sammenhengen i fylkeskommunen. Kommunene er viktige samarbeidsparter sammen med "
             "statsforvalter, KS, NAV, næringshager, RVTS, UDI."),
            "Muligheter for å styrke sin rolle:",
            ("Det kan være 15 oppskrifter på hva som er «rett». Forskjeller oppleves i forhold til politiske "
             "prioriteringer og interne ressurser. Spørsmålet er om man skal jobbe smalt eller bredt."),
            ("Ikke avklart hvilken rolle fylkeskommunen har tilskrevet seg selv. Hva tror de andre om "
             "fylkeskommunens rolle? Andre aktører kan være usikre. Hvem skal man ta kontakt med? Viktig med "
             "rolleavklaring."),
            ("Spørsmål fra Trøndelag: Er det noen ledere som er intervjuet? Svar: Ja, noen var ledere. Vi snakket "
             "med flest rådgivere. Men vi snakket med noen avdelingsledere."),
            ("Spørsmål fra Agder: Hva er mest overraskende i funnene? Svar: Har jobbet med integrering fra "
             "kommunens side. Forskjeller i fylkeskommunen. Det er autonomt. Da blir det forskjeller på samarbeid "
             "med regionale aktører. Stor forskjell også på samarbeid med UDI. Det overrasket oss. For eksempel om "
             "asylmottak. Det er bra med forskjeller når de er tilpasset lokale forhold."),
        ],
    },
    {
        "starts_at": "10:15", "ends_at": "10:45",
        "title": "Hvordan ser vi vårt arbeid opp mot regionen sitt behov for folk og arbeidskraft?",
        "kind": "group_work",
        "speakers": [],
        "round": 1,
        "notes": [],
    },
    {
        "starts_at": "10:45", "ends_at": "11:00",
        "title": "Pause",
        "kind": "break",
        "speakers": [],
        "round": None,
        "notes": [],
    },
    {
        "starts_at": "11:00", "ends_at": "11:10",
        "title": "Oppspill fra Troms fylkeskommune: Hvordan styrke arbeidet med integrering og inkludering?",
        "kind": "pitch",
        "speakers": [
            {"name": "Erle Holm-Varsi", "role": "Fagleder integrering", "organisation": "Troms"},
        ],
        "round": None,
        "notes": [
            ("I en hverdag der alle pengene i utgangspunktet er prioritert til gode formål, og arbeidstida vår er "
             "prioritert brukt til andre oppgaver, hvordan kan vi likevel gjøre integreringsarbeidet bedre?"),
            ("Vi i Troms – som mange andre – prøver å se integrering og inkludering i sammenheng med "
             "samfunnsutviklingen."),
            ("Integrering er ikke noe en enkelt aktør løser alene. Det må være en naturlig del av alt "
             "utviklingsarbeidet vi gjør. Men i praksis er det ofte lite politisk prioritet. Ansvaret er uklart, "
             "og ressursene er små. Dermed havner integrering lett på siden. Det blir ikke en del av helheten. "
             "Derfor kjenner vi oss godt igjen i rapporten fra Ideas2evidence:"),
            ("«Muligheten til å arbeide med integrering som samfunnsutvikling begrenses av politisk prioritering, "
             "forankring, rolleforståelser og ressurser.» Vi vil mye, og vi ser hvor viktig dette er for framtida "
             "vår. Troms er helt avhengig av innvandring. Både med tanke på arbeidskraft, kompetanse og levende "
             "lokalsamfunn. Men selv om viljen er der, er ikke systemet alltid rigget for samhandling og "
             "nytenkning. Gode ideer dør sjelden av mangel på vilje. De dør fordi strukturen rundt ikke er "
             "tilpasset dem. Hos oss er vi heldige som har en toppleder som er tydelig opptatt av integrering og "
             "inkludering. Det gir tyngde og gjennomføringskraft."),
            ("Men vi ser også at forankring på topp ikke automatisk skaper samordning på tvers. For å få det til, "
             "må vi bygge både struktur og kultur. Det tar tid. Og vi må ha felles mål for å trekke gode initiativ "
             "i felles retning. Når vi samler oss om noen tydelige mål, blir det lettere å se hvordan alt henger "
             "sammen, og lettere å samarbeide på tvers."),
            "Vi har begynt i det små:",
            "Vi kobler folk sammen fra ulike avdelinger.",
            "Vi møtes jevnlig og effektivt – om konkrete utfordringer.",
            "Vi skaper trygghet for å tenke nytt og dele ideer.",
            ("For det tryggeste er jo å gjøre det samme som i fjor. Men det er nødvendig å tenke nye tanker om "
             "samfunnsutviklingen knyttet til integrering, og det starter med felles forståelse. Når integrering "
             "løftes inn i samtaler om attraktivitet, kompetanse og bolyst, får temaet en helt annen kraft. Da "
             "slutter det å være et sideprosjekt og blir en naturlig og nødvendig del av samfunnsutviklingen."),
            ("Så mitt oppspill til diskusjonen er: Vi må rigge systemet og kulturen slik at tverrsektoriell "
             "samordning blir mulig i praksis."),
        ],
    },
    {
        "starts_at": "11:10", "ends_at": "12:00",
        "title": "Hvordan kan vi styrke arbeidet med integrering og inkludering?",
        "kind": "group_work",
        "speakers": [],
        "round": 2,
        "notes": [],
    },
    {
        "starts_at": "12:00", "ends_at": "12:45",
        "title": "Lunsj",
        "kind": "lunch",
        "speakers": [],
        "round": None,
        "notes": [],
    },
    {
        "starts_at": "12:45", "ends_at": "12:55",
        "title": "Kort pitch fra Agder fylkeskommune",
        "kind": "pitch",
        "speakers": [
            {"name": "Tore Engelsen", "role": "Rådgiver næring og inkludering", "organisation": "Agder"},
        ],
        "round": None,
        "notes": [
            ("I Agder har vi et godt samarbeid med andre sektormyndigheter i fylket. På integreringsfeltet "
             "samarbeider vi med statsforvalteren, NAV fylke, KS Agder, Husbanken Sør, UDI Sør og RVTS Sør."),
            ("Jeg er bedt om å ha et oppspill i denne bolken og si noe kort om dette samarbeidet, med særlig fokus "
             "på samarbeidet med statsforvalteren i Agder. Agder er et lite fylke med korte avstander. Vi har 25 "
             "kommuner og ca. 322 000 innbyggere. 11 av kommunene i Agder har under 5000 innbyggere. Det kompakte "
             "fylket med korte avstander gir oss en fordel. Vi MÅ samarbeide i dette arbeidet, og det er vi ganske "
             "gode på, for å si det med litt sørlandsk beskjedenhet."),
            ("Det at krigen i Ukraina brøt ut i februar 2022, og de enorme flyktningankomstene det medførte, "
             "gjorde også sitt til at denne tematikken ble satt på dagsordenen i Agder og Norge ellers. Grunnen "
             "til det gode samarbeidet i Agder er ikke rakettforskning (det er som oftest ikke det), men kan "
             "oppsummeres i ca. to–tre punkter:"),
            ("Gode relasjoner og dialog satt i system – statusmøter på Teams hver 14. dag gjennom året. Skaper "
             "gode relasjoner, og selv med en del turnover hos statsforvalteren de siste to årene kommer nye inn i "
             "en struktur for samarbeid. Gjør det enkelt å ta kontakt når det er noe, samt å koble på ledelse ved "
             "behov. Samarbeider om årlig regional konferanse."),
            ("Lederforankring og lederstøtte – faste møter med statsforvalteren selv i forbindelse med det årlige "
             "anmodningsarbeidet. Vi får info fra deres skjønnsmøter med kommunene, de ønsker å få innblikk i våre "
             "møter om flyktningsituasjonen. Vi har møter med alle regionale aktører årlig i forbindelse med "
             "anmodningsarbeidet for å være samsnakket og for å fremstå enhetlig ut mot kommunal ledelse. Det "
             "handler også om å samkjøre de ulike sektorers aktiviteter opp mot kommunene. Det kan også nevnes at "
             "Statsforvalteren i Agder har opprettet en egen koordinatorstilling på flyktningefeltet."),
            ("Kultur for samarbeid i Agder har ledet til samarbeidsstrukturen Vårt Agder. Handler om all regional "
             "samhandling på tvers som bidrar til å oppnå målene i Regionplan Agder 2030 – regionens overordnede "
             "styringsdokument."),
            ("Det hjelper også at vår statsforvalter Gina Lund har et engasjement på feltet som tidligere direktør "
             "for VOX (som ble til Kompetanse Norge, og nå HK-direktoratet). Samarbeidet bidrar til at de ulike "
             "aktørene fremstår samsnakket og samlet i møte med kommunene på dette feltet. Så tenker vi at det er "
             "viktig at dette samarbeidet fortsetter også når det er nedgang i ankomstene. Under Syria-ankomstene "
             "i 2015/16 var det mange gode initiativ som oppsto, men som etter hvert forsvant i takt med lave "
             "ankomster. Viktig å være tett på også når stormen med ankomster avtar og nedbygging blir et større "
             "tema i kommunene."),
        ],
    },
    {
        "starts_at": "12:55", "ends_at": "13:30",
        "title": "Hvordan utvikler vi samarbeidet med eksterne og veilederrollen overfor kommunene?",
        "kind": "group_work",
        "speakers": [],
        "round": 3,
        "notes": [],
    },
    {
        "starts_at": "13:30", "ends_at": "13:45",
        "title": "Pause",
        "kind": "break",
        "speakers": [],
        "round": None,
        "notes": [],
    },
    {
        "starts_at": "13:45", "ends_at": "13:55",
        "title": "Kort pitch fra Telemark fylkeskommune",
        "kind": "pitch",
        "speakers": [
            {"name": "Kjersti Norgård Aase", "role": "Fagkoordinator analyse", "organisation": "Telemark"},
        ],
        "round": None,
        "notes": [
            ("Takk for invitasjonen, og for muligheten til å si litt om hva Telemark fylkeskommune mener nasjonale "
             "myndigheter og støttespillere kan bidra med i arbeidet med integrering og bosetting av flyktninger."),
            ("Gode resultater krever samarbeid på tvers av nivåer og sektorer. Vi vil særlig trekke fram fire "
             "områder der staten og nasjonale støttespillere kan bidra:"),
            ("For det første: Vi ønsker oss tydeligere føringer som sikrer eksplisitte distriktshensyn ved "
             "bosetting. Når bosettingskapasiteten reduseres, blir distriktene ofte nedprioritert. Det kan "
             "forsterke forskjeller mellom by og land, og føre til en mer sentralisert bosetting. I tillegg er "
             "ringvirkningene av store variasjoner i bosettingstall fra år til år langt større i små kommuner og "
             "distriktskommuner. Det handler både om forutsigbarhet for å kunne opprettholde tjenestetilbudet, men "
             "også om konsekvenser for lokal samfunns- og næringsutvikling mer generelt. Dersom det kom tydeligere "
             "statlige signaler om at distriktskommunene skal prioriteres, kunne vi mobilisert det fylkeskommunale "
             "og kommunale apparatet bedre, slik at distriktskommunene i større grad hadde både evne og vilje til "
             "å bosette."),
            ("For det andre: Vi må jobbe mer treffsikkert når det gjelder sammenhengen mellom flyktningenes "
             "kompetanse og arbeidsmarkedets behov, også fra statlig hold. En av de store utfordringene framover "
             "vil være etterspørsel etter arbeidskraft, i kommunene generelt, men i distriktskommunene spesielt. "
             "Hvis vi klarer å redusere gapet mellom tilbudt og etterspurt kompetanse, er mye gjort. I dag foregår "
             "dette arbeidet på et altfor overordnet nivå."),
            ("For det tredje: Det tverrsektorielle samarbeidet må styrkes, også på statlig nivå. Som det også "
             "kommer fram i rapporten, bruker fylkeskommunene mye tid på å forankre integreringsarbeidet på tvers "
             "av fagområder. Det er krevende å drive tverrsektorielt arbeid fra rådgivernivå. Vi trenger at "
             "integreringsperspektivet tydelig løftes fram i statlige føringer fra ulike departement og "
             "direktorat, enten det gjelder kollektivtransport, opplæring, folkehelse eller samfunns- og "
             "næringsutvikling. Det vil gi oss drahjelp til å forankre integreringsarbeidet bredere internt i "
             "fylkeskommunen og styrke arbeidet som del av samfunnsutviklerrollen."),
            ("Og for det fjerde: Vi har behov for midler. Vi har en krevende fylkeskommunal økonomi, og det er "
             "lite rom for andre prioriteringer enn de store tjenesteområdene. Det betyr konkret at veldig mye går "
             "til opplæring, mens det for eksempel er vanskelig å prioritere tiltak som handler om overgang til "
             "arbeid."),
        ],
    },
    {
        "starts_at": "13:55", "ends_at": "14:20",
        "title": "Hva kan nasjonale myndigheter og støttespillere bidra med?",
        "kind": "group_work",
        "speakers": [],
        "round": 4,
        "notes": [],
    },
    {
        "starts_at": "14:20", "ends_at": "14:30",
        "title": "Hva er det viktigste vi gjør når vi kommer hjem?",
        "kind": "group_work",
        "speakers": [],
        "round": 5,
        "notes": [],
    },
    {
        "starts_at": "14:30", "ends_at": "15:00",
        "title": "Veien videre",
        "kind": "closing",
        "speakers": [],
        "round": None,
        "notes": [],
    },
]

# Group-work rounds. Method minutes: I = individual, G = group, P = plenum minutes per group (0 if absent).
# Round 5 ("Gruppearbeid 10 min", I: 1 min) is recorded as I 1 + G 9 so that it fills its 10-minute slot.
ROUNDS: list[dict] = [
    {
        "number": 1,
        "title": "Hvordan ser vi vårt arbeid opp mot regionen sitt behov for folk og arbeidskraft?",
        "method_individual": 2, "method_group": 25, "method_plenum": 0,
        "method_description": ("Erfaringsdeling. Runde rundt bordet. 3 min per person. Etterfulgt av refleksjon og "
                               "spørsmål."),
        "questions": [
            "Hva gjør vi for at innvandrere i større grad får brukt sine ressurser?",
            "Har vi oppmerksomheten på innvandrere generelt eller kun nyankomne flyktninger?",
            "Hvordan samarbeider vi? (internt og eksternt)",
        ],
    },
    {
        "number": 2,
        "title": "Hvordan kan vi styrke arbeidet med integrering og inkludering?",
        "method_individual": 3, "method_group": 30, "method_plenum": 2,
        "method_description": ("Runde rundt bordet (max 3 min hver). Diskuter og prioriter. Bruk siste minuttene "
                               "til å oppsummere som Gode råd til de andre."),
        "questions": [
            "Hvordan gripe tak i utfordringen med mangel på politisk prioritering, forankring og rolleforståelse?",
            "Hvordan får vi til mer tverrsektorielt samarbeid og samordning?",
        ],
    },
    {
        "number": 3,
        "title": "Hvordan utvikler vi samarbeidet med eksterne og veilederrollen overfor kommunene?",
        "method_individual": 1, "method_group": 30, "method_plenum": 2,
        "method_description": ("Runde rundt bordet (ca. 2 min på hver). Diskuter og oppsummer. Bordvert hjelper "
                               "til å oppsummere (fellesnevnere) det dere ønsker å dele."),
        "questions": [
            ("Hvordan vil vi samarbeide og samordne oss med andre regionale aktører (Statsforvalteren, KS, NAV, "
             "Husbanken etc.)? Kommunene møter et samla lag – vi opptrer i flokk framfor tog."),
            "Hvordan vil vi utvikle samarbeidet med kommunene og vår egen veilederrolle?",
        ],
    },
    {
        "number": 4,
        "title": "Hva kan nasjonale myndigheter og støttespillere bidra med?",
        "method_individual": 1, "method_group": 20, "method_plenum": 2,
        "method_description": ("Runde rundt bordet (ca. 1 min på hver). Diskuter og oppsummer. Bruk de siste "
                               "minuttene til å oppsummere de viktigste innspillene."),
        "questions": [
            ("Hva trenger vi av incitament, føringer, støtte fra nasjonale myndigheter og samarbeidspartnere for å "
             "få gjort mer?"),
        ],
    },
    {
        "number": 5,
        "title": "Hva er det viktigste vi gjør når vi kommer hjem?",
        "method_individual": 1, "method_group": 9, "method_plenum": 0,
        "method_description": "Gruppearbeid 10 min. Runde rundt bordet. 2 min per person.",
        "questions": [
            "Hva er det viktigste vi gjør når vi kommer hjem?",
        ],
    },
]

# The 8 tables and the organisations seated at each, inferred from who speaks in each "Gruppe N" across the day.
# Several organisations had more than one person present and so sit at more than one table (Vestland says it came
# with three people). Organisations only mentioned as examples in a group's notes (e.g. Oslo and Trøndelag in
# group 8's "Velkomsttilbud - Oslo, Trøndelag, Agder") are not seated; Buskerud is seated at table 7 because the
# group lists it with Akershus, Finnmark and Nordland when saying where integration sits in each county.
TABLES: list[dict] = [
    {"number": 1, "organisations": ["Innlandet", "Trøndelag", "Vestland", "IMDi"]},
    {"number": 2, "organisations": ["Agder", "Telemark", "Vestland", "IMDi"]},
    {"number": 3, "organisations": ["Innlandet", "Vestland"]},
    {"number": 4, "organisations": ["Østfold", "Rogaland", "Møre og Romsdal"]},
    {"number": 5, "organisations": ["Møre og Romsdal", "Trøndelag", "Telemark"]},
    {"number": 6, "organisations": ["Buskerud", "Trøndelag", "Vestfold", "Nordland"]},
    {"number": 7, "organisations": ["Nordland", "Finnmark", "Akershus", "Buskerud"]},
    {"number": 8, "organisations": ["Agder", "Innlandet", "Troms"]},
]

# Table notes, one dict per bullet/paragraph/attributed statement in the report (section 4.1-4.5), in report
# order. question is None where a group answered the round as a whole (rounds 1-3 unless the group's notes are
# split per sub-question; in round 4 the notes Gruppe 1 filed under the round title). organisation is set where
# the report attributes the statement ("Agder: …", or an organisation reporting on its own work), else None.
# shared_in_plenum: Gruppe 1 in round 3 marked (by highlighting, lost in the text version) what it shared in
# plenum; the two bullets that reappear in the round 3 plenum notes are marked True.
# Round 5 (report 4.5) is merged "from all groups" without group headings: tables are inferred from the named
# organisations and the order of the merged list (tables 1, 2, 3, 4, 5, 6, 8) - a best guess for the unnamed ones.
NOTES: list[dict] = [
    # --- round 1, table 1
    {"round": 1, "table": 1, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Jobber med samfunnsutvikling og har det perspektivet. Bosetting hører til vår avdeling. Negativ "
              "sosial kontroll – utdanningsavdelingen. Vi har felles møtepunkt der vi samarbeider. Planarbeid i "
              "kommunene og å få fokus på integreringsarbeid inn i veiledning overfor kommunene og deres "
              "planarbeid. Med deres planstrategi og samfunnsplan på lang sikt. Til nå har det vært litt "
              "dugnadsinspirert. Hvordan skal vi gjøre bosettingsjobben og klare den nå? Nå ser vi hva det "
              "medfører av annet arbeid og utfordringer (bolig, kvalifisering). Vi har også fokus på det videre "
              "arbeidet med å få folk til å bli. Vi har mange små kommuner som ønsker flere innbyggere. Har "
              "etablert et fagnettverk for alle kommuner med NAV og statsforvaltere. Mange kommuner hadde ikke "
              "tatt imot flyktninger. Det var hjelp til selvhjelp. Dette nettverket har vi utviklet med faglige "
              "innlegg mm. Utviklingstankegang er viktig. Vi har jobbet dugnadsbasert, men er kommet et skritt "
              "videre. Samarbeider godt eksternt med statsforvalter og NAV. Internt har vi også samarbeid."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("En mer generell betraktning. Vi har snakket om demografiutfordringer både på fylkesplan og "
              "kommunalt. Om sentralitetsklasse 5 og 6, fødselsunderskudd og netto utflytting. Flyktninger har "
              "fått en nøkkelrolle i sitt bidrag til folketallsvekst. Skrekken nå er at de skal flytte. Hvordan "
              "stoppe det og forankre folk? Vi har sett på noen systemhindringer. Et forslag er å gi varig "
              "arbeidstillatelse, finne en jobb som er relevant for utdanning. Vi har noen grupper som har gått "
              "under radaren. Med tanke på familiegjenforente og arbeidsinnvandrere og språkopplæring har vi ikke "
              "hatt nok fokus på å sette dem i stand til å komme i jobb. Det som slo meg, var at vi ikke kommer "
              "noen vei hvis vi ikke har frivilligheten med oss. Vi kan ikke kommandere bo- og blilyst. Det skapes "
              "i samarbeid med mennesker."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Vi jobber tverrfaglig og har oppbemannet folkehelse. Jobbet med å definere vår rolle. Vi er her med "
              "tre avdelinger. Vi jobber strategisk, og vi jobber ut mot kommunene og planer både i fylkeskommunen "
              "og kommuner. Disse må henge sammen."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Vi samarbeider godt med IMDi. Vi må kjenne kommunene, kommunebesøk er derfor viktig. Vi reiser ut "
              "tverrfaglig så vi skal oppfattes som én organisasjon. Vi jobber med ulike prosjekter og får det inn "
              "der. For eksempel friluftslivets år. Fokus på tilskuddene våre. Vi ønsker at alle tilskudd skal "
              "ivareta integreringsperspektivet. Det passer vi på."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Kommunestøtte er viktig. Frivilligheten er viktig. Vil ha innvandrere inn i ulike frivillige "
              "grupper. Kunnskap fra folkehelseundersøkelse og Ungdata skal inn i vårt arbeid."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Vi samarbeider med eksterne som innvandrerrådet. Politikerne gir oss mandat som går utover det "
              "loven sier. Vi har papirløse flyktninger. Vestlandet er rasismefri sone. (Innvandrerjubileet.) Vi "
              "har fokus på innvandring og utvandring."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("I kommunebesøk ber vi om at kommuneledelsen er til stede! Vi ønsker å øke status i "
              "integreringsarbeid."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": "Jeg kunne sagt noe om karriererettledning: her gir vi mer enn vi er lovpålagt.",
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "IMDi", "kind": "note",
     "text": ("Spørsmål til Vestland: Hva gjør dere i forhold til de som har rettigheter til videregående "
              "opplæring? Opplæring i norsk og samfunnskunnskap. «Det er ingen som kommer inn på videregående "
              "opplæring». Kanskje en nøkkel til å få folk til å bli?"),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Svar: Jeg jobber ikke på den avdelingen, men det kan en kollega svare på. Problemet er at det ikke "
              "er ledige plasser i videregående opplæring, og inntak kun én gang i året. Vi har meldt dette "
              "videre. Vi er på kommunebesøk, og de melder at dette er forferdelig. Gjelder både ungdom og voksne. "
              "Verst med ungdommene som må vente."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "IMDi", "kind": "note",
     "text": "Skal ta det videre til kollega i IMDi.",
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Hvis du bor i en kommune uten videregående opplæring, så er det utfordrende. Kompetansen er ikke i "
              "kommunene for å gi tilbudet. Godt inkluderingsarbeid handler om godt distriktsarbeid. Enige i "
              "generalistkommunemodellen, men den fungerer ikke overalt. Hvis du ikke har nok elever til en "
              "klasse, kunne løpende opptak vært noe som passer distriktene. Ønsker konkrete verktøy, for eksempel "
              "norskopplæring på nett, som ble veldig godt mottatt. Dette må sees i sammenheng med fritidstilbud "
              "og aktiviteter på fritiden for hverdagsintegreringen. Kveldsundervisning må ikke krasje med "
              "fotballtrening."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "question",
     "text": ("IMDi plasserer folk i distriktene på hvilket kunnskapsgrunnlag? Hvordan få dette til å passe? Styre "
              "bosetting. Noen kommuner er gode på ulike ting. Noen er gode på eldre. Noen har godt tilbud for "
              "barnefamilier. Kan dette brukes i vurderingene?"),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "question",
     "text": ("Vi har styrt bosetting. Fylkeskommunen har årlig inntak eller løpende tiltak. Kan dette koordineres "
              "slik at de unge slipper å vente på å komme inn i opplæring? Kan IMDi og fylkeskommunen koordinere "
              "dette, slik at man unngår «lediggang»?"),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "question",
     "text": ("Man sliter med strategisk planlegging av opplæringsløp fordi man ikke vet hvor mange som kommer. "
              "Kan man gjøre noe der?"),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": ("Opptak én gang i året er ødeleggende for frafall. Innføringsklasser finnes ved noen videregående "
              "skoler – og de er fulle."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": "De voksne kan i praksis være analfabeter.",
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": ("Gleder meg til ny tilsynsordning fra statsforvalter. Hvilket ansvar har fylket knyttet til "
              "norskopplæring? Man må kunne norsk før du begynner i videregående opplæring. Det er en forskjell på "
              "hvordan dette er tenkt og hvordan det gjøres. Samme med bruk av tolk i kompetanseopplæringen, for "
              "eksempel i forbindelse med fagprøver. Viktig å få avklart noen ansvarsområder her. Det må få "
              "budsjettkonsekvenser. Dette feltet lugger."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": ("IMDi har forventninger sentralt, og tanken er at elevene skal inn raskt, men det er krevende. Ny "
              "opplæringslov. Voksne har rett til særskilt norskopplæring."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": ("Har fylkeskommunen og videregående opplæring nok kompetanse til å tilby «rett» opplæring? Kommuner "
              "sliter også med det. Det er ulik praksis med veiledning."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": ("Vi snakker mye om målgruppene. Ønsker mer fokus på hvordan lokalsamfunnet kan jobbe med å skape "
              "arbeidsplasser og ta imot folk."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": "Veldig bra dag! Veldig bra å få møtes på tvers av fylkeskommuner! Savner flere sånne møteplasser.",
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Det er et fylkeskommunalt integreringsnettverk. Det er litt tilfeldig hvem som møter. Det avhenger "
              "av hvordan fylkeskommunene har organisert integreringsarbeidet. Roller og arenaer avhenger av "
              "hvordan fylkeskommunen jobber. Trinn 1 er at de ulike fylkeskommunene må bli enige med seg selv om "
              "hva deres integreringsoppdrag er. Trinn 2: Når de vet hva de driver med, så kan man invitere for "
              "eksempel IMDi, Distriktssenteret eller departementene. Da må man fortsette å gjøre det som man har "
              "gjort nå. Landingssiden, hjemmelekse, mål og forventning fra Distriktssenteret. Da får man de rette "
              "folkene inn. Gjennom en så bra innkalling som dere har sendt ut, får jeg argumenter for å delta "
              "overfor lederne. Derfor er Vestland representert med 3 personer."),
     "shared_in_plenum": False},
    {"round": 1, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": "Kompetansekartlegging – er vel ille å vente på videregående opplæring – IMDi.",
     "shared_in_plenum": False},
    # --- round 1, table 2
    {"round": 1, "table": 2, "question": None, "organisation": "IMDi", "kind": "note",
     "text": ("Hvilken analyse gjør dere i fylkeskommunen av behovene, og hvor mye planlegger og satser dere på? "
              "Hvor mye arbeid gjøres mot næringslivet?"),
     "shared_in_plenum": False},
    {"round": 1, "table": 2, "question": None, "organisation": "Agder", "kind": "note",
     "text": ("Vi har omorganisert og samlet næring og integrering i én avdeling, nettopp for å se behovet for "
              "arbeidskraft i sammenheng med integreringsarbeidet. Det behovet for arbeidskraft som er avdekket, "
              "skulle man tro satte fart på integreringsarbeidet. Vi har startet et nytt prosjekt vi kaller "
              "Welcoming Hub, for å tilrettelegge for at de som er kommet og har fått jobb, skal trives og bli "
              "værende. Så har vi knytta behovet for arbeidskraft og integreringsfeltet opp mot den "
              "samarbeidsavtalen vi har i firepartssamarbeidet – IN, NFR, Siva og fylkeskommunen – i noe som heter "
              "missions. Industriell symbiose, tilgang på kraft og tilgang på arbeidskraft. Prøver å sette dette "
              "inn i et system for å øke tilgangen til arbeidskraft. Vi har sett på å få flere i arbeid for å bli "
              "skattebetalere i kommuner med dårlig økonomi, entreprenørskap for innvandrere."),
     "shared_in_plenum": False},
    {"round": 1, "table": 2, "question": None, "organisation": "Telemark", "kind": "note",
     "text": ("Hos oss er integrering som fagfelt plassert sammen med opplæring, men vi jobber mye opp mot næring. "
              "Viktig å bruke helheten i alle fagfeltene. Har ikke utnyttet potensialet i missions, tar det med "
              "meg hjem. Veldig mye fokus på opplæring og kvalifisering. Men mye samarbeid med næring. "
              "Arbeidsintegrering i distrikt. Få næringsapparatet og flyktningetjenesten i kommunene til å snakke "
              "sammen og finne felles punkt, bruke tilskuddsordningene målrettet. Telemark har flest av alle – har "
              "fokus ikke bare på nyankomne, men har mange som har vært lenge. Stor industri som trenger "
              "kvalifisert arbeidskraft, prøver å fokusere innsatsen inn her. Har tett samarbeid med NAV fylke og "
              "andre aktører, men det meste samarbeidet er med opplæringsfeltet. Fylkeskommunen har brukt mye "
              "krefter på sammenslåing og oppsplittingsprosesser de siste årene."),
     "shared_in_plenum": False},
    {"round": 1, "table": 2, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Frå eit opplæringsperspektiv er vi for lite flinke til å fokusere på inngangen til opplæringsløpa "
              "til dei nyankomne. Det er mogleg å tilpasse, men vi gjer det ikkje. Vi må ta innover oss at i dei "
              "kvalifiseringsordningane vi har, er det mange moglegheiter som vi ikkje brukar. Få på plass "
              "stillaset rundt og samarbeid med næring. Realkompetansevurdering er eit godt grep i ny lov som kan "
              "brukast til å få rask vurdering av kva ressursar dei kjem med; matchar ein dette opp mot "
              "næringslivet sitt behov, kan du få raskare opplæringsløp og vellukka kvalifisering. Vi har fokus "
              "både på nyankomne og lengebuande, for mange har for dårlege norskkunnskapar, og vi gjer noko feil i "
              "måten vi organiserer opplæring for dei som ikkje kjem seg vidare i språkkunnskapen. Vi har "
              "arbeidspakkar på språk og tettare samarbeid med næringslivet – slik at opplæringa skjer i bedrift "
              "og ikkje på skule, slik at dei også får språkkunnskapar. Køyrer speeddate mellom bedrift og "
              "kandidatar for å matche på individnivå, inkludert motivasjonsbrev. Ikkje praksisperiode, men "
              "tilskot frå dag 1 som forpliktar bedriftene over lengre tid. Få opp aktørkartet for heile Vestland."),
     "shared_in_plenum": False},
    {"round": 1, "table": 2, "question": None, "organisation": "Agder", "kind": "note",
     "text": ("Vi har en ordning, bedriftsintern opplæring, som er flytta fra NAV til fylkeskommunen. Ordningen "
              "har godt rykte i bedriftene og vart brukt i koronapandemien (BIO-koronastøtte). Et "
              "innovasjonsvirkemiddel opprinnelig for å få bedriftene inn på nye markeder. Kan vi bruke den samme "
              "riggen til å få til bedre integrering i bedriftene? Det tester vi ut i noen distriktsområder i "
              "Agder (flankene). Spørreundersøkelse blant bedriftene om hvorfor de ikke bruker virkemidlene fra "
              "NAV på integrering – svaret var at det ikke er nok med de tiltakene: skal du integrere noen med "
              "språkproblemer eller langvarig utenforskap, er det ressurskrevende og krever mer enn det "
              "tilskuddene dekker. Nå rigger vi en fadderordning som varer lenger, slik at det skal bli mulig for "
              "bedriftene, og at kandidaten får med seg et kompetansebevis for den perioden det faktisk har pågått "
              "og kan bygge videre på dette i andre løp, slik at vedkommende ikke begynner på nytt hver gang. "
              "Knytter også dette opp til missions – hvordan skal man få til et større samarbeid mellom bedriftene "
              "om utnytting av arbeidskraft, f.eks. sommerbedrifter og vinterdestinasjoner innenfor "
              "reiselivsnæringen."),
     "shared_in_plenum": False},
    {"round": 1, "table": 2, "question": None, "organisation": "IMDi", "kind": "note",
     "text": "Interessant at dere har ulikt fokus, Agder mot næring og dere to andre mot opplæring.",
     "shared_in_plenum": False},
    {"round": 1, "table": 2, "question": None, "organisation": "Agder", "kind": "note",
     "text": ("Men vi prøver å koble dette veldig tett mot opplæringsavdelingen og videregående opplæring. Det "
              "finnes mange tiltak og ordninger, men de er for lite kjent og kanskje for lite fleksible, slik at "
              "man risikerer å finne opp kruttet på nytt."),
     "shared_in_plenum": False},
    {"round": 1, "table": 2, "question": None, "organisation": None, "kind": "note",
     "text": ("Bedriftene treng folk, men de krever for høgt språknivå for å slippe inn innvandrere. Det bør "
              "gjøres en tydeligere vurdering av kva språknivå som er tilstrekkelig for å slippe inn, og heller "
              "utvikle språkkunnskapene undervegs, med oppgavene utvidet i takt med språkkunnskapen. Det må være "
              "større fleksibilitet i ordningene slik at man kan få til mer. Kartlegge ungdommene sitt reelle "
              "nivå, mye udiagnostisert, der forsterket opplæring kunne løst problemet."),
     "shared_in_plenum": False},
    # --- round 1, table 3
    {"round": 1, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": ("Språkopplæring er viktig. Hva de ulike gruppene har krav på, er ulikt: familieetablering vs. "
              "familiegjenforening – ulike rettigheter etter hvor man kommer fra."),
     "shared_in_plenum": False},
    {"round": 1, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": ("Vanskeligheter med språkopplæring er en av de store utfordringene. For eksempel er det i mange "
              "kommuner ikke tilbud om språkopplæring på kveldstid – etter jobb. Diskuterer om det bør være en "
              "nivåinndeling på språkopplæringen."),
     "shared_in_plenum": False},
    {"round": 1, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": ("Gode erfaringer med språkkafé med differensiering i Alver kommune. Drives av frivillighet. Her får "
              "næringslivet også en mulighet til å plukke kandidater med gode språkferdigheter."),
     "shared_in_plenum": False},
    {"round": 1, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": ("Må tenke større regioner enn enkeltkommuner for å drive språkopplæring. Men det kan være store "
              "avstander."),
     "shared_in_plenum": False},
    {"round": 1, "table": 3, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Generelt kan det ta 4–5 år å lære norsk godt nok til å kunne utøve sin profesjon. Men noen lærer "
              "det mye raskere. For andre tar det veldig mye lenger, særlig hvis de er i egne miljøer."),
     "shared_in_plenum": False},
    {"round": 1, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": "Språkopplæringen på nett er ikke god nok.",
     "shared_in_plenum": False},
    {"round": 1, "table": 3, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Innlandet fylkeskommune har nettopp startet opp en tilskuddsordning slik at kommuner kan søke om "
              "tilskudd til transportløsninger for arbeidsinnvandrere. Ser også på en app som heter BlaBlaCar."),
     "shared_in_plenum": False},
    {"round": 1, "table": 3, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Kommunene må samarbeide. Innlandet har 9 regionale nettverk. Det har vært viktig for oss å etablere "
              "narrativet om at vi trenger folk, at det er mangel på folk i arbeidslivet – og at innvandrere har "
              "en viktig rolle."),
     "shared_in_plenum": False},
    {"round": 1, "table": 3, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Det har vært mye diskriminering i Innlandet tidligere. Har vært nødvendig med mye holdningsarbeid "
              "opp mot næringslivet. Bruker næringshagene aktivt i integreringsarbeidet."),
     "shared_in_plenum": False},
    {"round": 1, "table": 3, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Næringshagene i Innlandet lager faglige sosiale sammenkomster på kveldstid. Fagkvelder for "
              "utenlandske jurister, fagkvelder for utenlandske ingeniører, fagkvelder for akademikere etc."),
     "shared_in_plenum": False},
    # --- round 1, table 4
    {"round": 1, "table": 4, "question": None, "organisation": "Østfold", "kind": "note",
     "text": ("Skal støtte kommunen som helhet, men er lenger unna individene som skal følges opp. I "
              "anmodningsarbeidet (tydelig ansvarsområde)."),
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": "Østfold", "kind": "note",
     "text": ("Opplever godt samarbeid med kommunene og andre regionale aktører som Nav, men ikke så lett med det "
              "interne samarbeidet på huset. Ville vært verdifullt å være tettere kobla på utdanningsavdelingen. "
              "Nettverk med kommunene tre ganger i året. Frustrasjon rundt ungdommer som ikke får skoleplasser. "
              "Klarer ikke å svare ut, må ta det videre."),
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": "Rogaland", "kind": "note",
     "text": ("Todelt: Det vi gjør mye av, er å holde trykket oppe, både internt og eksternt. Jobber mye med "
              "nettverk og erfaringsdeling. Viktig å få brukt den kompetansen de har med seg."),
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": "Rogaland", "kind": "note",
     "text": ("Det er også en del mer konkrete oppgaver, som MFY (modulstrukturert fag- og yrkesopplæring) og "
              "språkstøtte til lærlinger. Tiltak som dukker opp, men klarer ikke å være helhetlige."),
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": "Rogaland", "kind": "note",
     "text": ("Tett kobla på planarbeidet og har jobbet mye med ungdommene. Spesielt 18-åringene – her må det "
              "komme en regelendring, for ingen opplever at de har ansvaret. Godkjenning og komplementering."),
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("Skal ha en fagdag om minoritetsspråklige i videregående opplæring, både ungdom og voksne. Skal "
              "løfte alle problemstillinger, skal få frem fokusområde. Skal ha innledning fra ulike avdelinger."),
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("En politisk sak hvert år, den går gjennom alle avdelinger. Tvinger frem å ha en politisk sak "
              "jevnlig. Samarbeid med kommunene/flyktningtjenestene. Webinarer og nettverk."),
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": "Har ikke så stort fokus på arbeidsinnvandrere.",
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("Internt er det fokus på å holde koken oppe. Internt nettverk (fagforum) med representanter fra alle "
              "fagseksjoner, i tillegg til planseksjonen. Innføringsklasser er nedprioritert i budsjettprosessen."),
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": None, "kind": "note",
     "text": "Redusert inntak som følge av dårlig (ufullstendig setning)",
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": None, "kind": "note",
     "text": ("Spørsmål om faglig forum i Møre og Romsdal: 4 til 5 ganger i året. Det er de som skriver saken til "
              "PL (usikker på hva som menes)."),
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": None, "kind": "note",
     "text": "Innkjøpstjeneste av tolketjeneste mangler.",
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": "Østfold", "kind": "note",
     "text": "Også i Østfold en samarbeidsgruppe, men den har ligget brakk. Vanskelig å få til det samarbeidet.",
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("Møre og Romsdal har ikke en egen strategi for kvalifisering av flyktninger, men har den integrert, "
              "for det kunne blitt en sovepute."),
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": None, "kind": "note",
     "text": "Klarer man å ansvarliggjøre de enkelte delene av fylkeskommunen i planarbeidet?",
     "shared_in_plenum": False},
    {"round": 1, "table": 4, "question": None, "organisation": None, "kind": "note",
     "text": ("Næringslivet er på. Næringsforum: hadde bedrifter inne som forteller om hva de har fått til. "
              "Bedriften har tatt eget initiativ til å gi norskopplæring til ukrainerne. At næringslivet tar "
              "ansvar selv, er bra."),
     "shared_in_plenum": False},
    # --- round 1, table 5
    {"round": 1, "table": 5, "question": None, "organisation": None, "kind": "note",
     "text": ("Forventninger: Styrke samarbeid internt i fylkeskommunen. På tvers av seksjonene i fylkeskommunen, "
              "få større forståelse og helhetlige planer i regionen. Få inspirasjon og lære mer av andre fylker og "
              "knytte kontakt for å dele kunnskap."),
     "shared_in_plenum": False},
    {"round": 1, "table": 5, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("For at innvandrere i større grad skal få brukt sine ressurser, har Møre og Romsdal fylkeskommune "
              "valgt å fokusere på inkludering fremfor integrering, som fungerer som inngangsport til "
              "fellesarenaene. Dette har blitt oppnådd gjennom opprettelsen av ulike fora internt i fylket, hvor "
              "informasjon deles og behovet for arbeidskraft samt gjennomføring av kompetansemål og strategier "
              "diskuteres. En viktig praksis er å skille mellom innvandrere og flyktninger når det gjelder "
              "kompetanse og planlegging, selv om tiltakene som settes i verk, kan være ulike."),
     "shared_in_plenum": False},
    {"round": 1, "table": 5, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("Nye prosjekter er blitt igangsatt rettet mot ukrainske innvandrere, eksempelvis «Business for "
              "Women» i Møre og Romsdal, som har som mål å bidra til at ukrainske borgere oppnår kompetanse de kan "
              "ta med seg tilbake til hjemlandet. Mange av distriktskommunene har begrenset erfaring med "
              "forretningsutvikling for innvandrere, og det er derfor nødvendig med etablering av "
              "opplæringsprogrammer i samarbeid med innovasjonsselskaper i de ulike fylkene."),
     "shared_in_plenum": False},
    {"round": 1, "table": 5, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Det har også vært fokus på å utvikle en velkomstpakke for arbeidsinnvandrere i Trøndelag fylke, "
              "både for de med høy kompetanse og håndverkere. Det er blitt stilt spørsmål ved hvorfor tilpasset "
              "norskopplæring ikke tilbys, spesielt når det vises til at innvandrere kan lære fransk på seks uker "
              "og følge matematikkundervisning på samme språk."),
     "shared_in_plenum": False},
    {"round": 1, "table": 5, "question": None, "organisation": "Telemark", "kind": "note",
     "text": ("I Telemark er det blitt lansert et eget norskopplæringstilbud for grupper som har interesse og "
              "energi til å gjennomføre hurtigopplæring i norsk, da fylket er avhengig av arbeidskraft, men sliter "
              "med å innlemme flyktninger i bedrifter og frivillige organisasjoner."),
     "shared_in_plenum": False},
    {"round": 1, "table": 5, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("I Møre og Romsdal har det vært et tett samarbeid med flere kommuner for å sikre at lederne følger "
              "opp og utnytter regionens ressurser på best mulig måte. Det er et mål å sikre at innvandrere og "
              "flyktninger kan delta på kurs på tvers av kommunegrenser."),
     "shared_in_plenum": False},
    {"round": 1, "table": 5, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("I Trøndelag har alle kommuner blitt invitert til å sette søkelys på frivilligheten, hvor alle "
              "organisasjoner har fått anledning til å presentere hva de kan bidra med. Samarbeid internt og "
              "eksternt krever en strategisk plan og har vært krevende å lykkes med. Regelmessige møter er satt "
              "opp to ganger i året, hvor alle ordførere, kommunedirektører og stortingspolitikere fra fylket "
              "inviteres til å delta. Direktørgruppen bestemmer møteagendaen og fokuserer på temaer som er viktige "
              "for å møte behovene for arbeidskraft, slik at integreringen av innvandrere blir en sentral del av "
              "samtalene."),
     "shared_in_plenum": False},
    {"round": 1, "table": 5, "question": None, "organisation": "Telemark", "kind": "note",
     "text": "Ingen svar eller kommentar.",
     "shared_in_plenum": False},
    # --- round 1, table 6
    {"round": 1, "table": 6, "question": None, "organisation": "Buskerud", "kind": "note",
     "text": ("Har etablert et tett samarbeid med Nav Vestviken der vi har gått gjennom integreringsbehovene i "
              "Buskerud: hvilke tiltak har vi, og hva trenger vi?"),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Buskerud", "kind": "note",
     "text": ("Planlegger et fagmøte om suggestopedi, som har god erfaring med å støtte de som har lave "
              "norskferdigheter og lite skolegang fra hjemlandet. Dette fagmøtet (digitalt) er åpent for at flere "
              "kan delta."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Buskerud", "kind": "note",
     "text": ("Fylkeskommunen har hatt 3 runder med besøk til alle kommuner. Har hatt en omfattende "
              "spørreundersøkelse om bosettingskapasitet. Har blitt godt kjent med kommunene og fått god innsikt, "
              "som er et godt grunnlag for samarbeid videre."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Buskerud", "kind": "note",
     "text": ("Mange distriktskommuner. Ønsker å prioritere distriktskommuner ift. bosetting. Vanskelig med "
              "bosetting i Drammen: ikke forsvarlig å ha høye bosettingstall i de store kommunene."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Buskerud", "kind": "note",
     "text": ("Bosettingen er viktig for å bedre levekårene i distriktskommuner – vil bedre budsjett for levekår. "
              "Kriteriene for bosetting nå er ikke tilpasset distriktskommunenes behov."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Buskerud", "kind": "note",
     "text": "Bosettingskriteriene bør justeres og i større grad bli en del av distriktspolitikken.",
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Buskerud", "kind": "note",
     "text": ("Bo- og bli-lyst i Hallingdal: stor satsing. Men integrering og bosetting er ikke en del av "
              "satsingen, og jeg forsøker å ta opp dette så mye jeg kan. Det er en utfordring at "
              "integreringsfeltet ofte ikke er en del av større satsinger. Havner ofte på utsiden som et eget "
              "tema. Fylkeskommunen har en stor oppgave i å bidra til at integrering blir en «integrert» del av "
              "alle oppgavene i fylkeskommunen."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Ser ikke satsinger i distriktskommuner i sammenheng med bosetting. Bosetting bør være bedre "
              "koordinert med statlige satsinger i distriktene. Det vil bidra til å forhindre fraflytting som "
              "følge av dårlige levekår."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Satsing om å motvirke utenforskap: her er det ingenting om integrering. Vanskelig for kommunene å "
              "se sammenhengen. Flyktningetjenesten står ofte for seg selv og er ikke en integrert del av "
              "satsinger og planer."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Krevende budskap til politikere om hvorfor fylkeskommunen skal ha en rolle i bosetting – dette har "
              "jo kommunene klart selv før."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Vestfold", "kind": "note",
     "text": "Har fått til godt samarbeid om bosetting med kommunene.",
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Vestfold", "kind": "note",
     "text": "Veldig åpne i dialogen med kommunene om bosetting.",
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Vestfold", "kind": "note",
     "text": ("Snakker om innvandrere som målgruppe i stort: Welcome to Vestfold, som gjelder for alle. "
              "Flyktninger: opptatt av kompetansekartlegging og kvalitet på karriereveileders notat, og å matche "
              "dette opp mot behovet for arbeidskraft i regionene. Skal ha en samling i november med kommunene for "
              "å løfte dette temaet."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Vestfold", "kind": "note",
     "text": ("Integrering er nedfelt i den regionale planstrategien. Strategi for kvalifisering: integrering er "
              "inne på alle arenaer. Snart 20 % av Vestfolds befolkning har innvandrerbakgrunn. Dette er et "
              "budskap som er viktig opp mot politikere."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Vestfold", "kind": "note",
     "text": ("Det tyngste er nok å få en forankring på det politiske nivået. Vanskelig å få politikere til å "
              "forstå at vi har en lovpålagt oppgave."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Vestfold", "kind": "note",
     "text": ("Har noe å si hvor man er organisert i fylkeskommunen og hvordan man kan være med å utforme det som "
              "sendes til fylkespolitikerne. Viktig å være tett på politiske saker."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Vestfold", "kind": "note",
     "text": ("Har ikke fått godkjent å opprette et eget innvandrerutvalg. Men kan få det opp som et tiltak i "
              "strategien."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("41 kommuner, og alle har bosatt. I år er det 9 kommuner som ikke er bedt om å bosette. Men flere av "
              "disse kommunene er litt skuffet over det – de fleste ønsker å bosette."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": "Har regionale møter, ikke med hver enkelt kommune.",
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("Noen av flyktningene har veldig høy utdanning, og vi har derfor etablert en traineeordning for høyt "
              "utdannede innvandrere. Dette har gitt gode resultater, og mange har fått relevante jobber. Et "
              "samarbeid med «karriereklynge» i Nordland (karrieresenter og næringsliv)."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("Karriere Nordland er i hele fylket. Karriereveiledning fungerer godt for å få flest mulig inn i "
              "videregående opplæring raskt."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("Har forsøkt ulike språkkurs, forsøkt suggestopedi. Men resultatene var ikke så gode, store "
              "kostnader og krever mye ressurser, fikk ikke igjen det vi hadde håpet på."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("Har nå intensivt språkkurs 3 dager per uke, utplassert i bedrift 2 dager i uka – i samarbeid med "
              "Nav. Tett samarbeid med Nav er viktig."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": "Svært viktig å bruke mye ressurser på norskopplæring.",
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("Godt utarbeidet modell for MFY (modulstrukturert fag- og yrkesopplæring) – da kan man starte på en "
              "utdanning selv om man ikke kan godt norsk."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("Må ha oppmerksomhet på både flyktninger og innvandrere – må ta vare på alle som bor i regionen – "
              "viktig budskap til ledere og politikere. Dette er borgere i våre kommuner."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("Samarbeid innad i fylkeskommunen kunne vært mye bedre. Har stort forbedringspotensial. Jobber med "
              "temaplan for kompetanse og inkludering: prøver å få med mest mulig som kan stå seg noen år."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("Jobber også med en samarbeidsavtale mellom fylkeskommunen, Nav, KS og statsforvalter. Laget "
              "tilsvarende utkast til kommunene om en samarbeidsavtale om integrering – gjelder voksne. Har hatt "
              "et arbeidsverksted med disse partene og ser på innholdet i samarbeidsavtalene. Skal ha nytt "
              "arbeidsverksted i februar for å lande disse avtalene."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Vi har samarbeidsavtale på plass og har temaplan for integrering, som har blitt behandlet politisk "
              "og danner den overordnede retningen for fylkeskommunen."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Midlene ifm. regionreformen: har brukt mye på innvandrere med høy utdanning gjennom ulike tiltak "
              "for denne målgruppen. Her får opp mot 80 % jobb. «Work in Trondheim». Ektefeller til innvandrere "
              "med høy utdanning – gode resultater når vi satser på denne gruppen. Men har ikke nok midler til å "
              "utvide dette. Kan ikke bruke regionale utviklingsmidler til dette."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Direktørene sitter i styringsgruppe for integrering – positivt, og bidrar til å løfte frem "
              "forståelsen av integreringsoppgavene til fylkeskommunen."),
     "shared_in_plenum": False},
    {"round": 1, "table": 6, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Viktig å gå i dialog med IMDi om regional bosetting. Tenke mer klyngetenkning. Tenke mer region enn "
              "enkeltkommuner."),
     "shared_in_plenum": False},
    # --- round 1, table 7
    {"round": 1, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Kommunene nevner ofte kartlegginger som skjer i mottakene, og at den har vært mangelfull. Folk "
              "faller mellom stolene (mellom IMDi og kommunen), og det er manglende oppfølging, noe som fører til "
              "forsinkelser. Karriereveiledningssenteret bygger arbeidet sitt på kartleggingen – de har ikke "
              "kompetanse på flyktninger."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Det er fokus på innvandrere og særlig flyktninger, men ikke på familiegjenforente. Inngangen er "
              "lik, men fortsettelsen er ulik. Det er manglende kompetanse om uformell kunnskap – vi spør for "
              "sjelden om hva folk kan bruke av det de har i «sekken» sin. En husmor uten formell arbeidserfaring "
              "har mye kompetanse, men får ikke kartlagt det."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Realkompetansevurdering – mange har kompetanse som kan videreutvikles. Kommunene jobber med "
              "individuell plan, men fylkeskommunene kan bidra med å følge opp enkeltmennesker gjennom "
              "arbeidslivet."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("Nordland fylkeskommune har brukt tid på å kartlegge den formelle kompetansen og har jobbet med å "
              "styrke kompetansen ved karrieresenteret. Nå jobbes det med nye rutiner for yrkesprøving med tolk. "
              "Handler om å teste den praktiske kompetansen. Det er også et pilotprosjekt – traineeprogram for "
              "innvandrere med høyere utdannelse. Nordland fylkeskommune samarbeider med næringslivet, og det "
              "fremstilles som et rekrutteringsprosjekt, ikke et integreringsprosjekt. Pilotprosjektet resulterte "
              "i at mye bra kompetanse har blitt rekruttert til bedrifter. Slike virkemidler er ønskelig å satse "
              "på."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Vi i Norge snakker altfor mye om flyktninger, men vi må åpne opp og forstå at det ikke bare er "
              "flyktninger det gjelder. Vi snakker om en stor del av vår befolkning. Samarbeid med eksterne går "
              "bra, men vi sliter med å få til det interne samarbeidet i fylket. Også sivilsamfunnet brukes lite i "
              "denne sammenhengen. De kunne bidratt med å skape tillit. Det er viktig å se bort ifra søylene. "
              "Sivilsamfunnet blir litt usynlig i møte med regionale aktører."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Mange fylkeskommuner sliter med å forstå hva de skal. Næringsavdelingen jobber en del med "
              "integrering, uten at de tenker det på denne måten."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": "Finnmark", "kind": "note",
     "text": ("Finnmark er et fylke som er vant til mye innvandring – 20 % av befolkningen er innvandrere, og det "
              "er mangel på folk overalt. Bosniere, tamiler og russere har vært til stede i fylket før, men de har "
              "dratt alle sammen. Stor utskifting av befolkningen. Vi er avhengige av å ta vare på de innvandrerne "
              "som kommer, og må jobbe for å få folk til å bli. Kommuner sliter med dårlig økonomi, og til tross "
              "for det er det et samfunn som er villig til å ta imot flyktninger."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Mye av integreringen skjer på kommunenivå, og fylkeskommunens rolle er vanskelig å definere. Hva "
              "kan en regional aktør bidra med? Hvilke virkemidler har vi? Hvor langt kan vi strekke vårt mandat? "
              "I en tid da økonomien strammes inn, blir det veldig … å forsvare de tiltakene vi gjennomfører."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": "Finnmark", "kind": "note",
     "text": ("Innvandrere klarer seg dårligst i videregående skole. Finnmark fylkeskommune kjøpte inn digitale "
              "verktøy, men hadde ikke råd til å kjøpe slike verktøy for lærlinger (yrkesnorsk). Digitale verktøy "
              "til språkopplæring funker dårlig. Elever skal sitte foran PC og lære norsk, men mange har ikke vært "
              "vant til PC. Mange har ikke bil, de kan ikke kjøre til kurs. Tidligere var det norskopplæring ved "
              "voksenopplæringssenteret. Lærere sier at det også er stor variasjon mellom flyktninger fra Somalia "
              "og Ukraina; de sliter med å tilpasse undervisningen."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Noe av problemet er en sektorisert stat – ulike departementer og direktorater – fylkeskommunene "
              "kunne fått mer drahjelp fra staten. Mange departementer glemmer at fylkeskommuner finnes, og "
              "fylkeskommuner blir ikke anerkjent. Det er derfor det blir så ulikt og så uorganisert. "
              "Fylkeskommuner vil ha en arena for å dele sine erfaringer med hverandre; eksempler fra Nordland kan "
              "flere lære av. Fylkeskommunene vil bli brukt i større grad og kan holde kompetansehevende samlinger."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Lovene henger ikke sammen. Kun 7 % av flyktninger tok formalisert utdanning som en del av intro. "
              "Noen fylkeskommuner jobber tett med NAV med dette, og NAV-ansatte sier at alle ukrainere skal ut i "
              "jobb; de har ikke det oppdraget om å få folk inn i studieløp."),
     "shared_in_plenum": False},
    {"round": 1, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Muligheten til å arbeide med integrering som samfunnsutvikling begrenses av politisk prioritering, "
              "forankring, rolleforståelser og ressurser."),
     "shared_in_plenum": False},
    # --- round 1, table 8
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Samfunnsutviklerrollen – se i sammenheng med eksisterende satsinger – opp mot RVA – hente ned "
              "lavthengende frukter – IMDi må være tilpassa så tilskudd kan hentes ned."),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Velkomstsider.",
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Formålsparagrafen – folk skal i jobb – også de som er i eksil. Agder: fokus på utenforskap – "
              "innvandrere ikke eget fokus. Midler til velkomsttilbud. Pol. midler bidra til fokus bredere "
              "(ufullstendig)."),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Veldig bred inngang – hva er behova i de ulike kommunene? Samlinger. Lokale behov. Transport for "
              "eksempel -> bestillingstransport, samkjøringspilot. Flere ut i jobb + transport. Ikke one size, må "
              "tilpasses. Mangel på kombinasjonsklassetilbud – får ikke brukt ressurser om man ikke får kommet seg "
              "til jobb. Eksternt – gode partnere – søke Bufdir, møteplasser mot rasisme – mange eksterne partnere "
              "– alt fra museer, IMDi – KS. Intern faggruppe. Innlandet: avd. for samfunnsutvikling. Hvem som "
              "jobber med hva, er vrient i fylkeskommunen – delta flest mulig. Kjekk måte å finne "
              "tilskuddsmuligheter. Infoflyt."),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": "Troms", "kind": "note",
     "text": ("Kom fra fylkeskommune – lettere fordi fylkeskommunen var mindre. Hva er samfunnsutviklerrollen opp "
              "mot integrering? I regional plangruppe. Ivareta i samfunnsdelen."),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": "Agder", "kind": "note",
     "text": ("Kompakt – 11 kommuner færre enn 5000 – utsatte når ankomstene går ned. Vil merke det. Hvem skal få "
              "folk? IMDi – har datamaskin med indikatorer. Må ha kunnskap bak talla. Sesongarbeidere, "
              "lønnstilskudd – påvirker talla. Dialog med kommunene – hvordan finner dere arbeidsplasser?"),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Treffsikker bosetting – peke på IMDi – krever kartlegging – matche innvandrere mot arbeidsmarked. "
              "Håper IMDi bruker fylkeskommunens kunnskap. Høye volum. Kompetansestrategi – får inn innvandring – "
              "skal ivareta innvandrerne. Tilhørighet viktigere enn arbeid. Hvorfor."),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Fokus på utenforskap. Tilflytterprosjekt – i regi av næring – om å beholde arbeidskraft. "
              "Landingsside som Agder i Troms. Kompetansetilbud ledere – velkomstmøter."),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": "Mangfold i arbeidslivet – hvordan får vi det til – konferanse – få inn næringsliv.",
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Frivillighet – Agder – nettverk gir jobb – Agder – du må kjenne folk for å få jobb. Velkomsttilbud "
              "– Oslo, Trøndelag, Agder – i Oslo – opptatt av å tiltrekke seg folk, men man må først jobbe med "
              "bli-biten. Krever helhetlig jobbing – bygge gode samfunn."),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Hvordan kan kommunene – de sentrale – få ressurser til å søke? Krever folk for samarbeid og søking. "
              "Tilpassa innretning."),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Faste møter på Teams. Behov. Innlandet og Troms kjører regionale samlinger.",
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Smal eller bred tilnærming – en rik stat og en fattig kommunal sektor; fylkeskommunen ønsker bred "
              "inngang og ikke bare å gjøre det de må."),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": "Søker midler eksternt.",
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Press i kommunene – nye løsninger.",
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Fylkeskommunen: regional tilpassing krever ressurser og pol. prioritering. Må ha ressurser for å "
              "reise. Innlandet møter alle regionene."),
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Viktig å reise ut og se hvordan det er. Lokal kjennskap veldig viktig.",
     "shared_in_plenum": False},
    {"round": 1, "table": 8, "question": None, "organisation": "Agder", "kind": "note",
     "text": "Agder møter alle også.",
     "shared_in_plenum": False},
    # --- round 2, table 1
    {"round": 2, "table": 1, "question": None, "organisation": "IMDi", "kind": "note",
     "text": ("Tror vi opplever utfordringene på alle nivå, også i departementet. Vi er avhengige av å jobbe på "
              "tvers av departementene. Hvorfor er det så vanskelig? Jevn kontakt, faste møtepunkt også med "
              "ledere, andre mer ad hoc-møter. Det kan bli noen diskusjoner om budsjett og tilskuddsordninger. Vi "
              "må ha stimulering i fl. (ufullstendig)."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Prøve å påvirke det politiske nivået ved å skrive gode saker med godt beslutningsgrunnlag. Man må "
              "akseptere rammene. Det er politikerne som har mandatene. Det er viktig å ha med seg. Viktig å tolke "
              "oppdraget innenfor rammene."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Mangel på prioritering – viktig å samarbeide på tvers. Vi har en virkemiddelportefølje – hvordan "
              "kan disse jobbe sammen? Distriktsutvikling – transport er en utfordring. Hvordan koble mobilitet på "
              "fagfeltet? Vi må invitere oss selv inn. Rolleforståelse – det trenger alle. Gode ledere må gi "
              "ansatte rom til å forstå sin rolle og ta eierskap. Forankring i toppledergruppen i fylkeskommunen."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Litt fra sidelinjen. Politisk forankring. Det står ikke så verst til. Nasjonale og internasjonale "
              "trender – fremmer forståelse på integreringsfeltet. Bosetting og beredskapshensyn. Vi er veldig "
              "opptatt av regelverk."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Flytte fokus fra rettigheter – hva har vi bruk for? Regelverket må tilpasses slik at vi får mer "
              "strømlinjeforming. For eksempel at ingen må vente på norskopplæring. Bevissthetsendring."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Felles forståelse for helheten innenfor integreringsfeltet. Vi må samle laget for å løse flere ting "
              "samtidig."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Politisk prioritering, få dem med på laget. Fremme gode saker. Vi må sørge for det. Saker som "
              "engasjerer. Vi har mye tilskuddsordninger. Vinkling på tilskuddsordninger – ha en gjennomgang. Det "
              "kan engasjere politikere. Hvilken rolle skal vi ha i den rollen? Det er mange tema som berøres. "
              "Samferdsel. Vi kjenner den problematikken. Vedvarende problem med transport."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Vi har noen kommuner som har prøvd å gjøre noe med det. Lage noen prøveordninger eller liknende som "
              "engasjerer politikere."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Forankring og rolleforståelse. Har en egen samfunnsutviklingsavdeling som har prøvd å løfte frem "
              "det med samfunnsutviklerrollen. Jobbe kontinuerlig."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": "Få organisasjonen til å se helheten, fordi den er ganske bred.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": "Krevende jobb å se det i sammenheng. Løfte opp og synliggjøre.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": "Kjenne til … toppledergruppa – strategiene skapes der, og de må videreføres.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": ("Viktig å tenke kort og lang sikt. Integreringstilskudd. Kanskje bruke litt ekstra midler i starten. "
              "Da får man kanskje mer lyst til å bo i kommunen."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": "Den som skal integreres – møte en flyktning med respekt.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": ("Mangfoldsseminar i kommunen – hvordan møter man flyktninger? Ingen fra næringsavdelingen var til "
              "stede. Hvorfor?"),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": "Gründere – de får ikke hjelp.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": "GOD DISTRIKTSPOLITIKK ER GOD INKLUDERINGSPOLITIKK.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": "Forskrift til integreringsloven kap. 10 paragraf 65: Fylket har en rolle knyttet til næring mm.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": 1, "organisation": None, "kind": "advice",
     "text": "Politisk prioritering: Skriv gode saker – gi politikerne gode beslutningsgrunnlag.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": 1, "organisation": None, "kind": "advice",
     "text": "Politisk prioritering: Synliggjør gevinst og kostnad.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": 1, "organisation": None, "kind": "advice",
     "text": "Forankring: Forankre i toppledergruppen – det er der strategien lages.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": 1, "organisation": None, "kind": "advice",
     "text": ("Rolleforståelse: Løfte kommunene. Fylkeskommunen sin rolle er ikke i førstelinja, men i å styrke "
              "dem. Styrke mangfoldskompetansen i kommunene."),
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": 2, "organisation": None, "kind": "advice",
     "text": "Se ting i sammenheng – se helheten i arbeidet.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": 2, "organisation": None, "kind": "advice",
     "text": "Tilskuddsordninger – løfte integreringshensynet inn i andre fagfelt.",
     "shared_in_plenum": False},
    {"round": 2, "table": 1, "question": 2, "organisation": None, "kind": "advice",
     "text": "Må samle laget for å løse oppgaven.",
     "shared_in_plenum": False},
    # --- round 2, table 2
    {"round": 2, "table": 2, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Dette må vi ta tak i, ingen fasit. Vi har så lett for å ta tak i grupper, men det er mange som har "
              "bruk for tilrettelegging. Hvordan tenke mer all-inclusive, med noko meir ekstra til nokre få? Få "
              "fram politiske saker der ein får fram statistikk og tal som knyter dette feltet opp til dei store "
              "utfordringane som politikarane forstår. Du må få eliten til å utvise gode haldningar og vere "
              "rollemodellar."),
     "shared_in_plenum": False},
    {"round": 2, "table": 2, "question": None, "organisation": "Telemark", "kind": "note",
     "text": ("Politisk prioritering. Litt som med folkehelse, som skal gjennomsyre alt: det er ikkje så stor "
              "politisk uenighet om det – men det gir også lite oppmerksomhet fordi det ikke er konfliktstoff. Men "
              "vi må synliggjøre hvordan integrering er en nøkkel for å lykkes med overordna strategiske mål – som "
              "arbeidskraftsbehov og folketallsutvikling."),
     "shared_in_plenum": False},
    {"round": 2, "table": 2, "question": None, "organisation": "Telemark", "kind": "note",
     "text": ("Anerkjenne andre fagfelts bidrag og synliggjøre hvordan integrering kan bidra til å møte deres mål. "
              "Lederforankring er ekstremt viktig: få ledere på ulike nivå til å forstå viktigheten, da kan de "
              "bidra til tverrsektorielt samarbeid internt – da husker de på dette fagfeltet. Forankring og tillit "
              "kan man ikke vedta, men vellykka prosjekter og resultater er nøkkelen til å bygge videre på og "
              "synliggjøre gevinster for andre fagområder."),
     "shared_in_plenum": False},
    {"round": 2, "table": 2, "question": None, "organisation": "Agder", "kind": "note",
     "text": ("Å kommunisere dette som en mulighet heller enn en utgiftspost handler om å koble dette arbeidet inn "
              "i annet planverk. Også ta det inn der det ikke er så vanlig å omtale dette perspektivet, og "
              "synliggjøre hvordan mangfold bidrar til innovasjonskraft etc. Det blir fort spørsmål om ressurser, "
              "særlig i kommunene som har dårlig økonomi. Vi må tenke nytt om virkemidlene våre og hvordan de "
              "brukes. Må bli mer bevisst i oppdragsbrevene til IN, næringshagene etc. om denne tematikken og "
              "hvilke forventninger vi har til integrering og inkludering også i deres oppdrag. Regionale planer "
              "må inneholde mål på dette området, som så igjen kan vises til i de virkemidlene og tiltakene vi "
              "allerede har, for å knytte dette sammen. Vi får ikke flere midler til dette; næringslivet er "
              "bekymret for kampen om de kloke hodene, og da er det viktig å få tilgang til de kloke hodene i "
              "denne gruppen."),
     "shared_in_plenum": False},
    {"round": 2, "table": 2, "question": None, "organisation": "IMDi", "kind": "note",
     "text": ("Det letteste er kanskje å få til samarbeid om analyse og statistikk, vanskeligere når man skal "
              "endre eget arbeid for å tilpasse seg andre. Viktig å få frem relevansen og effekten av "
              "integreringsarbeidet; noen må ta den jobben med å dokumentere og synliggjøre effekt. Må målrette og "
              "tilpasse tiltakene for å oppnå noe, det er viktig. Det krever mot og trygghet å fronte dette "
              "området i møte med andre fagfelt."),
     "shared_in_plenum": False},
    {"round": 2, "table": 2, "question": None, "organisation": "Agder", "kind": "note",
     "text": ("Vi er ikke gode på inkludering internt, vi har stort forbedringspotensial. Vi blir mindre "
              "mangfoldige, snart bare damer som jobber i fylkeskommunen. Så også internt har vi et potensial for "
              "å bli mer mangfoldige, for å åpne for andre typer kompetanse og kvalifikasjoner."),
     "shared_in_plenum": False},
    {"round": 2, "table": 2, "question": None, "organisation": "Telemark", "kind": "note",
     "text": ("Tverrsektorielt samarbeid – da er språk viktig, hvordan vi snakker om dette; vi har ulike begreper "
              "og fagterminologi. Viktig at vi synkroniserer språket og terminologien, viktig å tilpasse seg "
              "begrepsapparatet de ulike fagavdelingene bruker og passe på at man blir forstått. Noen "
              "fagavdelinger har veldig smalt fokus og er ikke vant til å koble på mange aktører og tenke bredt – "
              "da må de øve seg på dette."),
     "shared_in_plenum": False},
    {"round": 2, "table": 2, "question": None, "organisation": None, "kind": "note",
     "text": ("IMDi tar ofte rollen som «stein i skoen» som minner andre på dette arbeidet; helst skulle dette "
              "vært automatisk innebygd i alle fagfelt. Opplever der å være den samme steinen i skoen internt i "
              "fylkeskommunen også."),
     "shared_in_plenum": False},
    {"round": 2, "table": 2, "question": None, "organisation": None, "kind": "note",
     "text": ("Ja, da hadde det blitt personavhengig og tilfeldig, ikke systematisk som i dag. Etter at vi fikk "
              "dette oppdraget, har arbeidet blitt tatt tak i på en annen måte, og vi fikk til og med overført "
              "ressurser. Det vi blir målt på, prioriteres og sikres lederforankring."),
     "shared_in_plenum": False},
    {"round": 2, "table": 2, "question": None, "organisation": "Agder", "kind": "note",
     "text": ("Vi kan bli flinkere til å snakke om dette i andre sammenhenger – der tema ikke er integrering, men "
              "når tema er næringsutvikling og innovasjonskraft – slik at det blir snakket om, ikke fordi det er "
              "en utgiftspost eller nasjonal målsetning, men fordi det er et grep som gjøres for å lykkes med "
              "arbeidskrafttilgang, innovasjon, næringsutvikling, samfunnsutvikling etc."),
     "shared_in_plenum": False},
    {"round": 2, "table": 2, "question": None, "organisation": None, "kind": "note",
     "text": ("Kultursektoren og frivilligheten trenger at innvandrere blir en del av tilfanget for å sikre "
              "bærekraft – og det er en fantastisk integreringsarena og språktreningsarena."),
     "shared_in_plenum": False},
    # --- round 2, table 3
    {"round": 2, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": ("Kjenner de seg igjen i at inkludering blir lavt prioritert og at det er dårlig forankret? Ja, det "
              "er lavt prioritert, men det er kanskje proporsjonalt sammenlignet med de andre fagområdene som "
              "fylkeskommunen har ansvar for."),
     "shared_in_plenum": False},
    {"round": 2, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": "Forskriften sier hva det regionale integreringsarbeidet er.",
     "shared_in_plenum": False},
    {"round": 2, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": "Sette problemstillinger på dagsorden for politikerne. Presentere tall og analyser.",
     "shared_in_plenum": False},
    {"round": 2, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": ("Viktig å lage perspektivet om at næringslivet mangler folk, og at man derfor må bruke integrering "
              "som en av løsningene."),
     "shared_in_plenum": False},
    {"round": 2, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": ("For eksempel peke på gjennomføring i videregående opplæring – store forskjeller mellom innvandrere "
              "og norske. Vise fram lokale tall og fakta slik at det blir meningsfullt på et lokalt nivå."),
     "shared_in_plenum": False},
    {"round": 2, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": "Sosioøkonomiske forhold for innvandrere.",
     "shared_in_plenum": False},
    {"round": 2, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": ("Fylkeskommunen har en veldig viktig rolle med samordning. Få ulike aktører til å snakke sammen "
              "samtidig, invitere andre aktører inn."),
     "shared_in_plenum": False},
    {"round": 2, "table": 3, "question": None, "organisation": None, "kind": "advice",
     "text": "Legge fram gode beslutningsnotat til politikerne, bruk tall og fakta. Lage en felles forståelse.",
     "shared_in_plenum": False},
    {"round": 2, "table": 3, "question": None, "organisation": None, "kind": "advice",
     "text": "Få en struktur på samarbeidet, møter der det faktisk skjer noe etterpå.",
     "shared_in_plenum": False},
    {"round": 2, "table": 3, "question": None, "organisation": None, "kind": "advice",
     "text": "Få alle aktører til å snakke sammen samtidig.",
     "shared_in_plenum": False},
    # --- round 2, table 4
    {"round": 2, "table": 4, "question": 1, "organisation": "Rogaland", "kind": "note",
     "text": ("Gi en klar bestilling til feltet. Etterspørre fra de ulike avdelingene, det gir et større eierskap. "
              "Tydeliggjøre egen rolle: ikke bare være irriterende pirkere. Hvordan snu egen rolle? Det er en "
              "kontinuerlig prosess. Har ulik forståelse av hva god integrering er. Også lovverk har ulik "
              "prioritering, f.eks. integreringsloven (alt skal gå fort) og opplæringsloven (langt perspektiv)."),
     "shared_in_plenum": False},
    {"round": 2, "table": 4, "question": 1, "organisation": "Rogaland", "kind": "note",
     "text": ("Fylkeskommunen har stort potensial som samfunnsutvikler – men det blir vanskelig der vi også er "
              "tjenesteyter."),
     "shared_in_plenum": False},
    {"round": 2, "table": 4, "question": 1, "organisation": "Østfold", "kind": "note",
     "text": ("Tror man må se på integrering som et felles ansvar i fylkeskommunen. Integrering som en del av "
              "utfordringsbildet, men klarer ikke å samarbeide om det. Kan bli litt ildsjelpreget. Må være "
              "ledelsesforankret. Både integrering og folkehelse henger sammen og henger sammen med de andre "
              "delene av fylkeskommunen. Men det er konkrete [ting som] skjer i de andre avdelingene."),
     "shared_in_plenum": False},
    {"round": 2, "table": 4, "question": 1, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("Forankring. Vårt forum er bra, men noen er ildsjeler og andre ikke like mye. Må få koblet på "
              "ledelse. Må ha et tydelig mandat, så det ikke kun preges av ildsjeler. Kan preges av personlig …"),
     "shared_in_plenum": False},
    {"round": 2, "table": 4, "question": 1, "organisation": "Rogaland", "kind": "note",
     "text": ("Ser at det er ulikt hvordan feltet håndteres, avhengig av hvor det er organisert. Forskjell på "
              "fokus etter hvor man er organisert. Lettere å koble integrering til de store samfunnsspørsmålene og "
              "samfunnsutviklerrollen enn der vi selv er tjenesteyter. Følte seg små da de var organisert i "
              "opplæringsavdelingen, men har kortere vei nå når de er organisert i avdeling samfunn."),
     "shared_in_plenum": False},
    {"round": 2, "table": 4, "question": 2, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("Samarbeidsavtale med NAV, underavtaler på ulike felt, blant annet på integrering. Hva er NAV sitt "
              "ansvar, hva er fylkeskommunen sitt ansvar, og hva er felles? Har egne møter knyttet til avtalen. "
              "Bruker avtalen for det den er verdt i samarbeidet med NAV."),
     "shared_in_plenum": False},
    {"round": 2, "table": 4, "question": 2, "organisation": "Møre og Romsdal", "kind": "note",
     "text": "Kobler seg på KS sine møter med ordførere og kommunedirektører for å løfte integrering.",
     "shared_in_plenum": False},
    {"round": 2, "table": 4, "question": 2, "organisation": None, "kind": "note",
     "text": ("En nøkkel er å få til et forpliktende samarbeid med lederforankring. Kan være et forum, et "
              "dokument. Hva skal vi med de ulike rollene vi har?"),
     "shared_in_plenum": False},
    {"round": 2, "table": 4, "question": 2, "organisation": None, "kind": "note",
     "text": ("Distriktsperspektivet er interessant når det blir færre. Mye verdifullt som skjer i de små "
              "kommunene. Både med nettverk. Liten kommune som tar enslige mindreårige inn i folkeskolen, nesten "
              "som med utvekslingsstudenter. Men stor forskjell på distriktskommunene. Kan være veldig bra, men "
              "også veldig dårlig."),
     "shared_in_plenum": False},
    # --- round 2, table 5
    {"round": 2, "table": 5, "question": None, "organisation": None, "kind": "note",
     "text": ("(Notert under «Trøndelag» – vi tror det er feil overskrift, skal være Møre og Romsdal?) For å "
              "håndtere utfordringen med mangel på politisk prioritering, forankring og rolleforståelse er det "
              "avgjørende å identifisere og tydeliggjøre handlingene som pågår. I Møre og Romsdal har en vellykket "
              "tilnærming vært å presentere politiske saker til alle utvalg i fylket, engasjere alle avdelinger i "
              "fylket og skape et positivt miljø rundt slike orienteringssaker. Selvinitierte tiltak har skapt et "
              "samhandlingsklima som har blitt svært positivt mottatt. Innsatsen fokuserer på fylkeskommunens "
              "ansvar for å lykkes med inkluderingsarbeid, og et nettverk av forum representerer ulike avdelinger "
              "og seksjoner i fylkeskommunen. Rådgivere samles for å prioritere gjennomføringen av planverket."),
     "shared_in_plenum": False},
    {"round": 2, "table": 5, "question": None, "organisation": "Telemark", "kind": "note",
     "text": ("I Telemark, derimot, er situasjonen annerledes, delvis på grunn av uklar ansvarsfordeling. Å følge "
              "Møre og Romsdals tilnærming kan være en god idé, men bekymringene inkluderer fylkeskommunens "
              "stramme økonomi og frykt for å miste eksisterende identitet. En kritisk endring i holdninger kreves "
              "for å utvikle gode politiske saker som kan lede til viktige og gjennomførbare beslutninger fra "
              "politikerne."),
     "shared_in_plenum": False},
    {"round": 2, "table": 5, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("I Trøndelag blir det lagt vekt på ledelsesforankring som nøkkelen til inkluderingsarbeidet. Tre "
              "direktører i styringsgruppen har ansvaret for å følge opp planverket, noe som har bidratt til "
              "tettere samarbeid på tvers av avdelinger og seksjoner. Planverket går ut over vedtak og settes "
              "aktivt ut i praksis med kontinuerlig oppfølging. Et integreringsforum representerer alle avdelinger "
              "og seksjoner i fylkeskommunen, hvor rådgivere samles for å prioritere gjennomføringen av "
              "planverket. Kvartalsvis rapportering av integreringstemaer, prioritering i ansettelsesprosesser, "
              "mangfoldstrening og aktiviteter rettet mot mangfold er viktige tiltak. Ledere og direktører må være "
              "frontløpere for samfunnsendringer, og mangfoldsfremmende aktiviteter som Pride er en del av "
              "arbeidsgiveransvaret. Årlig rekruttering av 2 til 3 traineer, hvor planstrategien konkretiseres og "
              "budsjetteres, er avgjørende i fylket."),
     "shared_in_plenum": False},
    # --- round 2, table 6
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Mye tid har gått til omorganisering, oppdeling av fylker. Lederforankringen mangler, og dette er "
              "helt avgjørende for å få en politisk forankring. Har fått til rolleforståelse mellom kommuner og "
              "KS. Litt krevende med statsforvalter – dette varierer fra embete til embete. Har jevnlige "
              "informasjonsmøter og bruker den anledningen til å løfte integrering. Må også jobbe mye med "
              "mangfoldskompetanse og kulturforståelse internt, særlig hos skoleeier. Hvem skal jobbe med dette? "
              "Hvilke ressurser skal brukes til denne kompetansehevingen?"),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Som rådgiver kommer man ikke gjennom til politikere så lenge ledere ikke er koblet på, og "
              "integrering ikke er forankret hos leder."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": "Rådgiverne står ofte alene i arbeidet.",
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": "Interne seminarer der man inviterer alle sektorer for å snakke om integrering.",
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("En organisasjon med 6000 ansatte i Trøndelag – en enkelt rådgiver skal snakke om hvor viktig det er "
              "med integrering og vise til lovpålagte oppgaver – dette er krevende og tar tid."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Har lite kompetanse om norskopplæring og hvordan man skal følge opp de med lave norskferdigheter og "
              "behov for tilpasset opplæring."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Viktig å bruke tall og statistikk for å påvirke politikere og ledere. Og som kunnskapsgrunnlag i "
              "dialog med kommuner."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Fylkeskommunene tenker kun på videregående opplæring, ikke på kommunenes virkemidler. Krever mye "
              "etterutdanning og kompetanseheving av lærere i videregående slik at voksne med lave "
              "norskferdigheter kommer inn på videregående."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Savner fra IMDi: tall om hvordan det går med deltakere i introduksjonsprogrammet. Vanskelig for "
              "rådgiver i fylkeskommunen å overbevise når vi ikke har tilgang til tall om hvordan det går med "
              "introdeltakere og resultater."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("IMDi har tall på fylkesnivå, men fylkeskommunen ønsker tall på kommunenivå, og særlig for de små "
              "kommunene, for å løfte distriktsperspektivet."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": 2, "organisation": None, "kind": "note",
     "text": ("Mer tverrsektorielt samarbeid: Det er ofte personavhengig hvem man jobber med hos statsforvalter og "
              "i Nav. Tungt å jobbe opp mot regional Nav, som ofte ikke er samordnet med lokale Nav-kontorer."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": 2, "organisation": None, "kind": "note",
     "text": ("Det er en del samarbeid mellom fylkeskommune og Nav: «Brua»-prosjektet i Vestfold. De har fokus på "
              "å løse akutte problemer og får gode resultater, men er ikke gode nok på forebygging og lengre "
              "strategier, fordi de ikke har mangfoldskompetanse og ikke får til å satse skikkelig på å bygge "
              "integreringsperspektivet systematisk gjennom hele organisasjonen og i samarbeidet med andre "
              "aktører. Integreringsperspektivet må komme ovenfra."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": ("Bruke de nasjonale kriteriene som mål for å presentere situasjonen i vårt fylke. Bruke tall og "
              "statistikk."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": ("Bruke det som står i loven om at fylkeskommunen skal … – fylle dette med tall og statistikk og "
              "bruke det i møte med ledere og politikere."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": "Forankring i planverk er viktig for forståelse for feltet.",
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": "Hekte integrering på de store temaene fylkeskommunen jobber med.",
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": "Skape gode møteplasser der man treffer kollegaer fra flere seksjoner.",
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": "Sikre at integrering kommer på agendaen.",
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": "Trenger en bredere forståelse av fylkesdirektørenes ansvar.",
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": ("Behov for tydeligere prioriteringer på hvilke oppgaver fylkeskommunen skal ha fokus på – dette må "
              "komme fra politisk ledelse."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": ("Holder ikke bare at det er rådgivere som diskuterer dette – burde ha med toppledere på samlinger "
              "som dette."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": "Hvilket nivå snakker vi om integrering på? Fra individnivå til samfunnsnivå.",
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": "Trenger vi noen målkrav på integreringsfeltet? Hvordan måler vi integrering på fylkesnivå?",
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": "«Politisk verksted» på integreringsfeltet? Involvere politikere mer aktivt.",
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": ("Bør ha en politisk sak hvert år – den bør ikke bare skrives av integreringsrådgiver, men flere bør "
              "delta i dette."),
     "shared_in_plenum": False},
    {"round": 2, "table": 6, "question": None, "organisation": None, "kind": "advice",
     "text": "Veldig viktig å lage gode politiske saker – dette ansvaret må man ta på alvor.",
     "shared_in_plenum": False},
    # --- round 2, table 7
    {"round": 2, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Ledere må gi rådgivere den rollen som trengs, det vil si et tydelig mandat for å initiere samarbeid "
              "på tvers. Fylkeskommuner må rigge til et systematisk arbeid innad. Ledere må oppfatte at det er "
              "viktig arbeid."),
     "shared_in_plenum": False},
    {"round": 2, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Integrering oppfattes som noe kommunene gjør, og det er viktig å endre oppfatningen på politisk "
              "nivå. Vi må ha en prosess opp mot politikere først – forankre det der."),
     "shared_in_plenum": False},
    {"round": 2, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Det er ikke bare ledelsen som har ansvar for dette, men fylkesdirektørene på tvers har ikke noe "
              "forhold til integreringsfeltet."),
     "shared_in_plenum": False},
    {"round": 2, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Vi må bort fra det individuelle integreringsperspektivet hvor vi snakker om «stakkars Ali», og "
              "heller ha et samfunnsperspektiv. Dessuten må nasjonale politikere og sentrale myndigheter tørre å "
              "sette noen måltall. Vi får noe å strekke oss etter når vi blir målt på noe."),
     "shared_in_plenum": False},
    {"round": 2, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Spørsmålet som diskuteres, burde blitt stilt til ledere. Integreringsfeltet i fylkeskommunen er et "
              "rådgiverdrevet felt, fordi man ikke får lederen sin i tale. Mange rådgivere bruker flere måneder på "
              "å få en setning om integrering inn i planverket. Ledere burde vært med på denne samlingen. Det er "
              "så stor avstand mellom hva departementet og IMDi tror, og hva realiteten er. Ofte er rådgivere nødt "
              "til å gå rundt og nettverke i sitt eget kollegium for å få integreringen inn i ulike fagfelt. Det "
              "er også ulike kulturer innad i fylkeskommunen. Loven er vid – det må gjøres prioriteringer innad."),
     "shared_in_plenum": False},
    {"round": 2, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": "Tildelingsbrevet fra AID til IMDi bør gjenspeile fylkeskommunenes rolle.",
     "shared_in_plenum": False},
    {"round": 2, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Hvor blir integreringen plassert i fylkeskommunen? Buskerud – under folkehelse. Akershus – idrett, "
              "mangfold og folkehelse, sammen med næring. Finnmark – under opplæring, tidligere under næring. "
              "Nordland – kompetanse og utdanning."),
     "shared_in_plenum": False},
    {"round": 2, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": "Tidligere ble det brukt mye tid på integrering og videregående skole.",
     "shared_in_plenum": False},
    {"round": 2, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Det er også noe rart med tallgrunnlaget. Eksempelvis var det full fest i Nordland fylke da tallene "
              "viste at gjennomføringen i videregående skole har gått veldig bra. Men! Bare 49 % av innvandrerne "
              "gjennomførte videregående skole. Denne statistikken forsvinner i den store databasen. Fylkene "
              "jobber med å hente inn mikrodata, men mange har vegret seg for å plukke den ut – balanse mellom å "
              "marginalisere og å jobbe målrettet."),
     "shared_in_plenum": False},
    # --- round 2, table 8
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Fra tale til handling – få det inn i planverk – så det kan bli forankring. Løpende inntak – men "
              "fullt – må følge med penger."),
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Konkrete utfordringer når man møtes på tvers – lettere å sette agenda. Plattform for "
              "informasjonsdeling. Alle skal jobbe med det."),
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Innlandet flerkulturelt råd – informasjon må tilpasses fleire språk. Styrker arbeidet – "
              "medvirkning. Usikker finansiering. Politisk observatør. Deltar. Aktivere pol. og admin. Involvere "
              "og få medvirkning. Rådet er ikkje lovpålagt – da er pol. forankring nødvendig, som i Innlandet."),
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Ved regionreformen – kom ikke med mye penger. Hva hadde skjedd uten krigen i Ukraina? Gir "
              "oppmerksomhet. Hvordan man snakker om det – hekte det på store satsinger. For eksempel utenforskap "
              "og koble på kompetansepolitikk."),
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Organisering viktig – kommer sammen for næring. Vrient å nå ledere.",
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Tverrsektorielt – få spredd kunnskap om kunnskapen – vite om hva andre gjør. Forum for infodeling.",
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": "Innlandet bruker regional plan og HP (handlingsplan?).",
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Hvordan skal vi styrke samfunnsutviklerrollen for integrering? Folkehelseundersøkelser. "
              "Driftsoppgaver – vet ikke at de skal jobbe med integrering. Tilpasse tjenester til innvandrere. "
              "Hekte seg på arenaer eller lage nye. Bygge relasjoner."),
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Flerkulturelt nettverk – samma folka – må få med de man ikkje kjenner. Vanskelig å få opp "
              "deltagelsen. I Agder – næring og inkludering."),
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Hvilke behov har arbeidslivet – eller hva vil du jobbe med? Skolestruktur – hvilke fag som blir "
              "prioritert. Trenger bedre kartlegging. Kan ikke plasseres i et fiskevær om du ikke passer."),
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Jungeltelegraf – karriereveiledning. Ikke starte utdanningsløp som noen ikke vil, ikke plassere "
              "ungdom langt unna videregående skole. Kanskje greit å bo på bygda, lytte til ungdom. Nettverk "
              "viktig."),
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Hekte på tema og forankre. I samfunnsdelene. Politisk forplikta.",
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Møtepunkt, tverrsektorielt.",
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Føring i tilskudd fra staten. Åpne for relevant innsats.",
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Staten – midlertidighet, helse, godt tilbud til de som kommer, forenkle ekstratilskudd. Penger til "
              "kombinasjonsklassetilskuddet."),
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Øremerking heller enn tilskudd.",
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Distriktsmidler. Fylkeskommunens midler forvalta fra nasjonal pott. Forvalter tilskuddsmidler "
              "tilpasset regionale forhold."),
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Samferdsel kunne blitt med i flere samarbeid om kommunene kunne spleisa.",
     "shared_in_plenum": False},
    {"round": 2, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Medvirkning -> systemnivå.",
     "shared_in_plenum": False},
    # --- round 3, table 1
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": ("Ofte tilknyttet en oppgave eller noe som skal løses eller ivaretas. Mye samarbeid med "
              "statsforvalteren for å bli kjent med kommunene, fordi de har mye kunnskap som er relevant for "
              "bosettingsarbeidet."),
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "NAV og KS – om bosettingsarbeidet.",
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": ("Kanskje kan vi lære noe av Agder for å tenke litt sammen innenfor flere fagområder? Kan kanskje "
              "samarbeide mer i nettverk?"),
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Hvordan kan vi bli en koblingsboks overfor kommunen?",
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": ("Velstandsnettverket jobber godt sammen i forhold til sosial kontroll. Godt samarbeid med KS og "
              "Husbanken. Har felles webinarer og drar ut i lag på kommunebesøk. Vi har gratis spalteplass i "
              "nyhetsbrevet vårt."),
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": ("Statsforvalteren – der har vi noe å gå på. Vi skal ikke trå i bedet deres. Så det er viktig å "
              "anerkjenne de ulike rollene fylkeskommunen og statsforvalteren har. Men vi kan videreformidle fra "
              "kommuner til statsforvalter."),
     "shared_in_plenum": True},
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Vi ønsker å være en positiv bidragsyter som spiller andre gode.",
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": ("Bosetting – i anmodningsmøtene med fordeling knyttet til bosetting i kommunene: KS, Bufdir, IMDi, "
              "fylkeskommunen. Det fungerer godt."),
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Vi kan rigge webinar i lag med andre aktører når det er behov for det. «Vi er edderkopp i nettet».",
     "shared_in_plenum": True},
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Månedlige nyhetsbrev – med eget kommunehjørne der kommuner presenteres.",
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Folkehelsenettverk. Frivilligkomiteen.",
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 2, "organisation": None, "kind": "note",
     "text": ("Bygdevekstavtaler – der kommer også integrering inn. Fylkeskommunen, statsforvalter, Husbanken, "
              "Distriktssenteret og kommuner møtes jevnlig for å finne løsninger på tvers."),
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 2, "organisation": None, "kind": "note",
     "text": ("Det kan være gunstig. Mange ulike aktører og ulike seksjoner internt i fylkeskommunen. Vi prøver å "
              "ha en felles dialog i kommunedialogen, men vi kan bli flinkere, så vi ikke oppleves som et tog."),
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 2, "organisation": None, "kind": "note",
     "text": "Prøver å besøke kommuner og dra i lag med flere fagfelt.",
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 2, "organisation": None, "kind": "note",
     "text": ("Kommunene i midten. Det er aktører som har overlapp: Husbanken, Nav, KS, fylkeskommunen, "
              "statsforvalter, RVTS. Prosjekter: Inkludering i Vest – der er alle aktører med. Der er innvandrere "
              "en særskilt målgruppe."),
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 2, "organisation": None, "kind": "note",
     "text": "Årsaken til utenforskap ligger i majoriteten.",
     "shared_in_plenum": False},
    {"round": 3, "table": 1, "question": 2, "organisation": "IMDi", "kind": "note",
     "text": "Behov for tilrettelegging er relativt likt.",
     "shared_in_plenum": False},
    # --- round 3, table 2
    {"round": 3, "table": 2, "question": None, "organisation": "Telemark", "kind": "note",
     "text": ("Det handler om å systematisere og formalisere samarbeidet, avtaler med Nav, IMDi etc. Vi har et "
              "vindu nå som rollen i fylkeskommunen er «ny». Alt er ikke på plass, men er på gang. Opplever det "
              "samme som Agder, et momentum nå med store ankomsttall."),
     "shared_in_plenum": False},
    {"round": 3, "table": 2, "question": None, "organisation": "Telemark", "kind": "note",
     "text": ("17 kommuner, mange distrikt og store avstander. Behov for skreddersøm; noen steder er det "
              "kombinasjonsstillinger, og det trengs mye kontakt. Mottak og ankomst, samlinger for dem og nettverk "
              "for alle som jobber med tematikken i kommunene. Kommunene skal møte et samla lag fra alle aktørene, "
              "men de bør også helst møte et samla lag fra fylkeskommunen – og det er ikke alltid enkelt. Det er "
              "små forhold og ofte de samme folkene som møter i alle fagområder – her er det et potensial for å "
              "koordinere og samordne møter og arrangementer slik at ting kan skje i tilknytning til hverandre og "
              "gjøres effektivt."),
     "shared_in_plenum": False},
    {"round": 3, "table": 2, "question": None, "organisation": "Agder", "kind": "note",
     "text": ("Det vesentligste: Vårt Agder, en stor rigg med mange samarbeidsaktører på politisk og faglig nivå. "
              "En arena som skal øke måloppnåelsen i regional plan. Skal i tillegg bruke firepartssamarbeidet der "
              "fylkeskommunen er koordinator, hvor man har blikk på næring, og som også skal finne gode løsninger "
              "for tilgang på arbeidskraft. Her er det et potensial i å knytte integreringsarbeidet enda tettere "
              "opp til samarbeidsavtalen. En regional dag der disse fire partene inviterer næringsliv, klynger og "
              "offentlig sektor – inviterer til dialog om bærekraft på mange dimensjoner. Er forankra i "
              "samarbeidsavtalen."),
     "shared_in_plenum": False},
    {"round": 3, "table": 2, "question": None, "organisation": "Agder", "kind": "note",
     "text": ("Våre medarbeidere som kom fra IMDi, har møter med alle kommunene og ivaretar rollen som veileder. "
              "Fylkeskommunen har samarbeidsavtale med alle kommunene. Noen av disse nevner integreringsfeltet "
              "eksplisitt, andre ikke. 25 kommuner, fire regioner hvor det også er samarbeid – i felles bo- og "
              "arbeidsmarkedsområder, hvor dette har betydning."),
     "shared_in_plenum": False},
    {"round": 3, "table": 2, "question": None, "organisation": None, "kind": "note",
     "text": "Styrke tenestetilbudet på tvers, for å gjøre regionene mer robuste.",
     "shared_in_plenum": False},
    {"round": 3, "table": 2, "question": None, "organisation": "IMDi", "kind": "note",
     "text": ("Oversikt over aktører: Har dere systematisk samarbeid med Husbanken f.eks., eller RVTS (vold, "
              "traumatisk stress og selvmordsforebygging)?"),
     "shared_in_plenum": False},
    {"round": 3, "table": 2, "question": None, "organisation": None, "kind": "note",
     "text": ("Husbanken som aktør: Kommunene er opptatt av tilskuddene fra Husbanken. Er det et regionalt "
              "samarbeid med Husbanken? Det er noen utfordringer som kommunene ikke kan løse, men som "
              "fylkeskommunen kanskje kan hjelpe til med."),
     "shared_in_plenum": False},
    {"round": 3, "table": 2, "question": None, "organisation": None, "kind": "note",
     "text": ("Ny oppgave til fylkeskommunen – skal lage regionale boligbehovsanalyser, en ny oppgave for oss – så "
              "her kommer det mer fokus fremover."),
     "shared_in_plenum": False},
    {"round": 3, "table": 2, "question": None, "organisation": None, "kind": "note",
     "text": ("Fylkeskommunen som skoleeier er viktig, opplæringsrollen er viktig. Utveksling av informasjon ved "
              "overføring er viktig for å få gode overganger."),
     "shared_in_plenum": False},
    {"round": 3, "table": 2, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Kva rolle har statsforvaltaren eigentleg? Dei er ein aktør som fort tek rolla som tilsyn, men som "
              "bør ta andre roller. Dei kan halde i eit samarbeid, sikre at vi snakkar same språk, felles "
              "forståing av utfordringsbiletet."),
     "shared_in_plenum": False},
    # --- round 3, table 3
    {"round": 3, "table": 3, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": ("Innlandet har opprettet en koordineringsgruppe – fylkeskommunen, Nav Innlandet, statsforvalter. "
              "NHO/LO og KS i referansegruppe. Har også regionale kompetanseforum. Brukt eksisterende forum for å "
              "snakke om integrering."),
     "shared_in_plenum": False},
    {"round": 3, "table": 3, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Vestland har også kompetanseforum som brukes aktivt. Nytt prosjekt: Inkludering i Vest. "
              "Fylkesordføreren har et månedlig møte med alle ordførere – aksjonsmøte, utenforskap. Må gi et "
              "tydeligere mandat til de regionale kompetanseforumene. Ble vanskelig dersom politikerne blir for "
              "dominerende i dette forumet."),
     "shared_in_plenum": False},
    {"round": 3, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": ("Viktig at det blir et godt samarbeid på operativt nivå, ikke bare fine ord mellom ledernivå. Må bli "
              "samarbeid på systemnivå; for eksempel dersom det faller ut noen fra videregående skole i en liten "
              "bygd, bør det komme et varsel i et annet."),
     "shared_in_plenum": False},
    {"round": 3, "table": 3, "question": None, "organisation": None, "kind": "note",
     "text": ("Veilederrollen – hvor står det at fylkeskommunen har en veilederrolle overfor kommunen? Bør inn i "
              "forskrift. Tok det opp med KD da fylkeskommunene fikk ansvaret, men de sa nei; fylkeskommunene "
              "kunne ikke ta det ansvaret ettersom fylkeskommunene hadde så lite erfaring på inkluderingsfeltet "
              "(mens kommunene hadde mye erfaring)."),
     "shared_in_plenum": False},
    {"round": 3, "table": 3, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": "Innlandet veileder ikke kommunene, det er det statsforvalter som gjør.",
     "shared_in_plenum": False},
    {"round": 3, "table": 3, "question": None, "organisation": "Vestland", "kind": "note",
     "text": ("Samarbeidsprosjektet. Her kan kommunene melde inn saker de trenger bistand til, og noen av dem har "
              "meldt inn integrering. Ambisjon om at dette skal over i drift."),
     "shared_in_plenum": False},
    # --- round 3, table 4
    {"round": 3, "table": 4, "question": None, "organisation": None, "kind": "note",
     "text": ("Kjenner igjen det fra Agder, mye er gjennom anmodningsarbeidet. Har møter med kommunene og møter KS "
              "og andre aktører. Er også med i et samarbeid med Akershus, Buskerud og flere myndigheter, NAV og "
              "KS. Så dette er en regionsarena for å diskutere integrering. Litt ulike saker på dagsorden i de "
              "ulike fylkene. Møtes to ganger i året."),
     "shared_in_plenum": False},
    {"round": 3, "table": 4, "question": None, "organisation": None, "kind": "note",
     "text": ("Regionavdelingen i NAV har ARK. Skal hjelpe veilederne med å få opp jobbfokuset hos dem de jobber "
              "med. Skal ha en fagdag. Hvordan bruke ressursene innvandrerne har?"),
     "shared_in_plenum": False},
    {"round": 3, "table": 4, "question": None, "organisation": None, "kind": "note",
     "text": ("Utforsker hvordan fylkeskommunen kan bidra inn der. Karrieresentrene er med, men de er langt fra de "
              "som jobber med integrering."),
     "shared_in_plenum": False},
    {"round": 3, "table": 4, "question": None, "organisation": "Rogaland", "kind": "note",
     "text": ("Vi har faste møter med alle disse aktørene unntatt Husbanken. Møtene er med én og én. Månedlig med "
              "NAV. Har samarbeid på tvers knyttet til konkrete prosjekter, som f.eks. konferanser. Det er "
              "utfordrende at de har ulike roller. F.eks. i samarbeidet med statsforvalteren, men også med tanke "
              "på KS. KS ender med å ta kommuneledelsesperspektivet på møtene om anmodning. Fylkeskommunen tenker "
              "mer på hvor det er godt å bo. KS kjenner kommunene godt, de tar ikke stor plass på møtene, men de "
              "kan guide på hvor man kan ta ting/problemstillinger videre."),
     "shared_in_plenum": False},
    {"round": 3, "table": 4, "question": None, "organisation": "Rogaland", "kind": "note",
     "text": "Har eget møte med alle aktuelle avdelinger hos Statsforvaltaren om bosetting.",
     "shared_in_plenum": False},
    {"round": 3, "table": 4, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("Eget samarbeidsmøte med NAV. Ønsker seg mer kontakt med Statsforvaltaren, de er ganske fraværende. "
              "Ikke samarbeid med Husbanken. Burde hatt møter en eller to ganger i året med alle samarbeidsparter "
              "for å sikre at man trekker i samme retning. Da ville det vært lettere å være koordinert overfor "
              "kommunene."),
     "shared_in_plenum": False},
    {"round": 3, "table": 4, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": "Mest samarbeid med KS om bosettingsarbeidet.",
     "shared_in_plenum": False},
    {"round": 3, "table": 4, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("Har et godt samarbeid med kommunene. Fasiliterer at de skal kunne lære av hverandre – mer det enn å "
              "veilede. Er en samtalepartner, tenker høyt sammen med kommunene og har faste møter med kommunene i "
              "løpet av året."),
     "shared_in_plenum": False},
    # --- round 3, table 5
    {"round": 3, "table": 5, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("I Trøndelag benyttes distriktssatsingen som en plattform for samarbeid med andre viktige aktører, "
              "som Husbanken, NAV, KS og Statsforvalteren."),
     "shared_in_plenum": False},
    {"round": 3, "table": 5, "question": None, "organisation": "Møre og Romsdal", "kind": "note",
     "text": ("Møre og Romsdal arrangerer kurs i samarbeid med Statsforvalteren og HK-dir om temaer som vergemål "
              "og prosedyrer for godkjenning av høyere utdanning. Disse kursene gir resultater i form av færre "
              "henvendelser, og gjennomføres digitalt. Den positive effekten for fylkeskommunen er et tettere "
              "samarbeid med kommunene, bygging av gode relasjoner og åpen kommunikasjon. For å styrke samarbeidet "
              "med kommunene og vår rolle som veiledere gjennomfører Møre og Romsdal en strategi som involverer "
              "kommunekunnskap i anmodningsprosessen. Dette innebærer bruk av informasjon fra Statsforvalteren om "
              "den enkelte kommune, herunder arealplaner og tilsynsfunksjoner."),
     "shared_in_plenum": False},
    {"round": 3, "table": 5, "question": None, "organisation": "Telemark", "kind": "note",
     "text": ("Telemark har styrket samarbeidet og veiledningen med kommunene, hvor ulike arbeidsoppgaver "
              "samordnes effektivt. Samarbeid med Bufdir bidrar til økt kunnskap om mangfoldet i fylket og fremmer "
              "bedre samarbeid på tvers av organisasjoner."),
     "shared_in_plenum": False},
    # --- round 3, table 6
    {"round": 3, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Veldig viktig at fylkeskommunen tar ansvar for å koordinere kontakten ut til kommunene, så det blir "
              "koordinert. Koordinere budskapet."),
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": "Trøndelag", "kind": "note",
     "text": ("Trøndelag har et godt samarbeid med KS, Husbanken og statsforvalter. Har jevnlige frokostmøter som "
              "statsforvalter innkaller til – åpent for kommuneledelse, kommunedirektører, ordførere og "
              "flyktningetjenesten i kommunene. Her er også fylkeskommunen, KS og Husbanken med."),
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Forvirring da bestillingen fra departementet kom i fjor om at statsforvalter skulle kartlegge "
              "kapasitet i kommunene ift. anmodning. Dette er jo noe som fylkeskommunen gjør – dette har skapt "
              "forvirring ute i kommunene."),
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("I Nordland oppdaget vi at statsforvalter og fylkeskommunen har kartlagt ulike ting i forbindelse "
              "med grunnlag for anmodningstallene."),
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": "Vestfold", "kind": "note",
     "text": ("Vestfold har jevnlige koordineringsmøter med aktører for å utveksle informasjon og snakke om "
              "samlinger."),
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("2 slike koordineringsmøter per år. Blir for lite. Blir ofte bare utveksling av informasjon, men "
              "ikke grunnlag for å etablere mer systematisk samarbeid."),
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Det er en utfordring at alle aktørene har hvert sitt mandat og jobber ut fra det. Fint med "
              "koordineringsmøter, men hadde vært bedre å være mer samlet ift. mandat, oppdrag og ansvar."),
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": "Vestfold", "kind": "note",
     "text": ("Ønsker en statsforvalter som rendyrker det å være lovgivers stemme utad. Men savner at når "
              "fylkeskommunen melder at kommunen har behov for kompetanseheving, så sier statsforvalter som regel "
              "alltid nei til dette."),
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Lite hensikt med koordineringsmøter dersom statsforvalter ikke deltar. Det er også viktig at det er "
              "ofte nok; dersom det bare er et par møter i året, blir det fort overflatisk."),
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("KS har mange satsinger som rettes mot kommunene. Savner at det er mer koordinert når det gjelder "
              "satsinger fra store aktører ut mot kommunene. For eksempel KS-initiativet om Partnerskapsløftet – "
              "dette er ikke noe som fylkeskommunen er involvert i."),
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": "Bedre å bruke ordet «inkludering» og ikke «utenforskap».",
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": "Hva med inkludering vs. integrering? Viktig diskusjon med tydelighet og eierskap til begreper.",
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": "«Å inkludere er å invitere til festen. Å integrere er å by opp til dans.»",
     "shared_in_plenum": False},
    {"round": 3, "table": 6, "question": None, "organisation": None, "kind": "note",
     "text": ("Forskrift ift. veilederrollen vil gjøre arbeidet lettere for fylkeskommunen når det gjelder å "
              "samarbeide med eksterne og ikke minst koordinere rollen opp mot kommunene."),
     "shared_in_plenum": False},
    # --- round 3, table 7
    {"round": 3, "table": 7, "question": None, "organisation": "Nordland", "kind": "note",
     "text": ("Fylkeskommunen har samarbeid med statsforvalteren og NAV i Nordland, hvor det er dialog med "
              "kommunene to ganger i året. Fylkeskommunen og kommunene oppdaterer hverandre og tar opp det som er "
              "viktig i dialogmøter. Det deles erfaringer på tvers av kommunene (høst og vår), og på høsten "
              "diskuterer man bosettingen og kapasitet. Nordland samarbeider med RVTS Nordland og "
              "statsforvalteren, men ikke med Husbanken."),
     "shared_in_plenum": False},
    {"round": 3, "table": 7, "question": None, "organisation": "Akershus", "kind": "note",
     "text": ("Etter at Viken ble delt, håpet fylkene at de skulle ha felles møter (Østfold, Buskerud og "
              "Akershus). Det er nå formelle møter to ganger i året. I tillegg har Viken fylkeskommune hatt møte "
              "med Husbanken, KS og NAV – integrering får en særstilling. Akershus fylkeskommune samarbeider "
              "mindre med Statsforvalteren – de sier at de ikke har kapasitet. Når det gjelder kommuner, har "
              "Akershus et årshjul. Fylkeskommunen møter hver kommune på hjemmebane, tar tempen og hører om hvor "
              "skoen trykker. Fylkeskommunen sender også en spørreundersøkelse i juni og har møter med "
              "kommunedirektørene. Noen kriterier må være til stede for å lykkes. Nå skal Akershus ha møter med "
              "mellomledere med formål om å utvikle kompetansen i kommunene; de må øve seg på å tenke strategisk "
              "og ha integrering til å tenke strategisk. Slike møter er noe nytt. Kompetansehevende samlinger som "
              "IMDi initierer – Akershus fylkeskommune er usikre på om det er behov, fordi IMDi har gode samlinger "
              "fra før av."),
     "shared_in_plenum": False},
    {"round": 3, "table": 7, "question": None, "organisation": "Finnmark", "kind": "note",
     "text": ("Finnmark samarbeider med statsforvalteren og har årlige konferanser med statsforvalteren og NAV, "
              "hvor alle kommunene inviteres. Så er det mange nettverk, hvor representanten fra Finnmark "
              "fylkeskommune er til stede."),
     "shared_in_plenum": False},
    {"round": 3, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Integrering går inn gjennom alt. Det er viktig å kjenne samarbeidspartnere godt – lese deres "
              "tildelingsbrev, slik at vi kan hjelpe hverandre med å nå hverandres mål."),
     "shared_in_plenum": False},
    {"round": 3, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Samarbeidet mangler ofte retning. Mange samarbeidsplattformer blir en diskusjonsarena, men fører "
              "ikke til resultat. Spesielt nettverkene må få et klart mål for seg. Erfaringsdeling er viktig, men "
              "hva kan vi få til helt konkret? NAV er den viktigste samarbeidspartneren!"),
     "shared_in_plenum": False},
    {"round": 3, "table": 7, "question": None, "organisation": None, "kind": "note",
     "text": ("Veilederrolle overfor kommunene – fylkeskommunen må ikke sammenligne oss med kommunene, men tenke "
              "strategisk om å få innspill til plan."),
     "shared_in_plenum": False},
    # --- round 3, table 8
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Fylkeskommunen koordinerer i fylket, statsforvalter har også koordinator. Fylkeskommunen har ansvar "
              "for integrering og er naturlig koordinator. I Troms koordinerer statsforvalteren. Månedlige møter "
              "på ledelsesnivå. Statsforvalter har veiledningsansvar – veileder i fylkeskommunens nettverk. Troms: "
              "Statsforvalter er med i kommunedialog – felles forståelse for problematikken."),
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": "Troms", "kind": "note",
     "text": ("Samordnerfunksjon – statsforvalter – overlapper. Statsforvalter: krisehåndtering – kartlegging "
              "bustad – å ta med statsforvalter i Troms gjør at ikkje kommunene blir dobbeltkontaktet."),
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": "Agder", "kind": "note",
     "text": "Tar alle kommunene og så løfter samla Agder.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "KS – Statsforvalter vanligste partnere. Er NAV med fra starten?",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": "Dialogmøte før bosetting.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Fylkeskommunen skaper nettverk på ledernivå – faste møtepunkter.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Hvor trykker skoen.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "KS viktig for orientering nasjonalt – Statsforvalter: integreringsloven og forvaltningsloven.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Møte Midt-Troms – kva meir kan vi gjøre – talerør – men kva kan dere ha meir av?",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Fylkeskommunen er koblingsboks. Dialog med kommunene – hjelpe med å sende forespørsel til rette "
              "instans. Fylkeskommunen tar en runde internt og lufter og avklarer internt først. Stille som ett "
              "fylke."),
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Når fylkeskommunen kaller inn – indremedisinsk dialog – gevinst.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Husbanken – møter i Agder, vanskelig i Innlandet.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": "Agder", "kind": "note",
     "text": "Agder: fellesmøter med Vestfold og Telemark med Husbanken for å se muligheter.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Ledernettverk.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Bolig i fylkeskommunen – BVA Troms.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Statsforvalter – Troms og Finnmark fellesmøter.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": "Integreringskoordinator hos Statsforvalter.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": "Innlandet", "kind": "note",
     "text": "Innlandet også beredskap.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": "Troms", "kind": "note",
     "text": "Troms savner samordning opp mot UDI – mangler direkte linje – bosetting ungdom. Mer info.",
     "shared_in_plenum": False},
    {"round": 3, "table": 8, "question": None, "organisation": None, "kind": "note",
     "text": ("Dialog om mottaksplassering. UDI knaller til, men hører ikke på fylkeskommunen. Statsforvalter er "
              "ikke alltid involvert – Agder, men ikke Troms og Innlandet."),
     "shared_in_plenum": False},
    # --- round 4, table 1
    {"round": 4, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": ("Fylkeskommunen trenger mer myndighet på feltet, for eksempel i forbindelse med tilskuddsmidler og "
              "bosetting. Styre bosetting sett fra fylkeskommunen sitt perspektiv. Litt mer frislipp, mer "
              "autonomi. Gjerne tydeligere definert mandat! Ikke flere føringer."),
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": ("Fylkeskommunen må bli tatt på alvor; anerkjenne fylkeskommunen som regional utviklingsaktør med "
              "kompetanse."),
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": ("Bra å ha handlingsrom og ha det vidt og åpent. Vil ikke ha mer føringer, men gjerne forventninger. "
              "For eksempel forventninger om samarbeid, bl.a. føringer for bruk av midler. Still forventninger "
              "innenfor de ulike sektorene, næring, samferdsel mm."),
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": "Fasilitere møteplasser og arenaer for utveksling av erfaringer og kunnskap.",
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": None, "organisation": None, "kind": "note",
     "text": "Løft frem gode eksempler og løft frem fylkeskommunene.",
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Føringer får vi mer enn nok av.",
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": ("Ønsker seg en forskrift med hjemmel til veiledning på feltet – men det er en generell veiledning "
              "knyttet til planarbeid – trengs det eller ikke?"),
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Ha et tydeligere mandat. Mange oppgaver er blitt overført uten mandat og løses på ulikt vis.",
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Tilgang til inspirasjon og kunnskap.",
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Arena for dialog med andre myndigheter, slik som i Bygdevekst.",
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Er det forventninger, så må det føre med seg midler.",
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Etablere forum for dialog på tvers av alle regionale aktører.",
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Bidra med hjelp, for eksempel bidrag på konferanser eller andre tiltak.",
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": "Vestland", "kind": "note",
     "text": ("Vestland har søkt om å få være pilotfylke for å ta ansvar for bosetting i eget fylke. Det fikk vi "
              "ikke."),
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Høringer – de må komme tidsnok til å komme til politisk behandling.",
     "shared_in_plenum": False},
    {"round": 4, "table": 1, "question": 1, "organisation": None, "kind": "note",
     "text": "Regionalt integreringsarbeid – hva betyr det egentlig? Det er ulike tolkninger (integreringsloven).",
     "shared_in_plenum": False},
    # --- round 4, table 2
    {"round": 4, "table": 2, "question": 1, "organisation": None, "kind": "note",
     "text": ("Tydeligere statlige signaler, mobilisere hele apparatet, vi må jobbe mer treffsikkert for å finne "
              "punktet mellom flyktningenes kompetanse og næringslivets behov. Tverrsektorielt samarbeid på "
              "statlig nivå bør styrkes. Føringer som inkluderer inkluderingsfeltet på samferdsel, næring, "
              "samfunnsutvikling etc. Ressurssituasjonen er kritisk; mye går til tjenesteområdene, og andre ting "
              "blir det knepet inn på."),
     "shared_in_plenum": False},
    {"round": 4, "table": 2, "question": 1, "organisation": "Agder", "kind": "note",
     "text": ("Fire gode punkt fra Telemark, støtter disse. For å supplere: Eg savner nasjonalt fokus på å se på "
              "integreringsfeltet som en ressurs og ikke en kostnad. Noen politikere er flinke til å "
              "problematisere – «svenske tilstander» – mens realiteten er at dersom vi ikke hadde desse "
              "innbyggerne, f.eks. i helse og velferd og i næringslivet, hadde samfunnet kollapset. Dette kan ikke "
              "regionene fortelle alene; her bør sentrale myndigheter ha en klar kommunikasjonsstrategi. Noe må "
              "gjøres for å vri fortellingen over på positiv innovasjonskraft og mangfoldsverdi."),
     "shared_in_plenum": False},
    {"round": 4, "table": 2, "question": 1, "organisation": "Agder", "kind": "note",
     "text": "Vil ikke ha flere statlige føringer.",
     "shared_in_plenum": False},
    {"round": 4, "table": 2, "question": 1, "organisation": "Telemark", "kind": "note",
     "text": ("Støtter den positive inngangen. Vi trenger en felles satsing i 2026, noe som løfter og kobler dette "
              "arbeidet på andre fagområder. Da kan det bli enklere å komme inn på agendaen."),
     "shared_in_plenum": False},
    {"round": 4, "table": 2, "question": 1, "organisation": "Telemark", "kind": "note",
     "text": ("Vil ikke ha flere statlige føringer, men heller at integrering blir bygd inn som et perspektiv i de "
              "eksisterende føringene på alle fagområder."),
     "shared_in_plenum": False},
    {"round": 4, "table": 2, "question": 1, "organisation": "Vestland", "kind": "note",
     "text": ("Utvida fullføringsrett er veldig kostnadsdrivande; vi kan risikere å ha ungdommar «i oppbevaring» i "
              "8 år utan at dei får ei kvalifisering. Det trengst meir konkretisering av korleis vi skal løyse "
              "dette, vi treng tydelegare retning. Samtidig må tilskot og tiltaka bli meir fleksible og spissa. "
              "Slik det er no, er det meir lønnsamt for individet å gå på tiltak enn å gå inn i eit opplæringsløp; "
              "vi må skru på incentivordningane slik at vi kan skreddarsy og tilpasse, slik at det motiverer og "
              "faktisk fører til kvalifisering og jobb."),
     "shared_in_plenum": False},
    {"round": 4, "table": 2, "question": 1, "organisation": "IMDi", "kind": "note",
     "text": ("Bosetting: Kriteriene er ikke tydelige på det distriktspolitiske. Når antallet er mindre, er vi "
              "tydelige på å bruke kompetansen i de store kommunene. Men potensialet som ligger i dette "
              "perspektivet, bør kanskje løftes til politisk nivå."),
     "shared_in_plenum": False},
    # --- round 4, table 3
    {"round": 4, "table": 3, "question": 1, "organisation": None, "kind": "note",
     "text": ("Fylkeskommunene er veldig ulikt organisert, og det gir noen utfordringer også for samarbeidet "
              "mellom fylkeskommunene. Men hvordan skal det løses?"),
     "shared_in_plenum": False},
    {"round": 4, "table": 3, "question": 1, "organisation": None, "kind": "note",
     "text": ("For mange små prosjekter på inkludering og utenforskap, mange er med nasjonale aktører – burde "
              "samlet dem. Først skaffe oss oversikt. Vi må ha prosjekter for å utvikle nye tilbud, men for mange "
              "prosjekter følges aldri opp videre – går ikke over i drift."),
     "shared_in_plenum": False},
    {"round": 4, "table": 3, "question": 1, "organisation": None, "kind": "note",
     "text": ("Få til mer offentlig-privat samarbeid. Mye privat kapital som kan være med å løse noen av de store "
              "samfunnsutfordringene."),
     "shared_in_plenum": False},
    {"round": 4, "table": 3, "question": 1, "organisation": None, "kind": "note",
     "text": "Motivatoren for privat næringsliv er mangelen på arbeidskraft.",
     "shared_in_plenum": False},
    {"round": 4, "table": 3, "question": 1, "organisation": None, "kind": "note",
     "text": ("Trenger mer forskning og utredninger på regionalt nivå. For mye av det som har kommet fra IMDi, er "
              "basert på innvandrergrupper som er store i Oslo. Trenger forskning for å få gode regionale "
              "løsninger, for eksempel forskning kun på Innlandet."),
     "shared_in_plenum": False},
    {"round": 4, "table": 3, "question": 1, "organisation": None, "kind": "note",
     "text": "Oppsummert: Midler til regional forskning.",
     "shared_in_plenum": False},
    {"round": 4, "table": 3, "question": 1, "organisation": None, "kind": "note",
     "text": "Forskrift om veilederrollen.",
     "shared_in_plenum": False},
    {"round": 4, "table": 3, "question": 1, "organisation": None, "kind": "note",
     "text": "Løfte opp og tilrettelegge for offentlig-privat samarbeid. Dette er noe fylkeskommunen kan gjøre.",
     "shared_in_plenum": False},
    # --- round 4, table 4
    {"round": 4, "table": 4, "question": 1, "organisation": None, "kind": "note",
     "text": ("Bør være større ivaretakelse av minoritetselever mellom 16 og 19 år i opplæringsloven. Burde være "
              "forskrifter både i integreringsloven og opplæringsloven, spesielt knyttet til den målgruppen."),
     "shared_in_plenum": False},
    {"round": 4, "table": 4, "question": 1, "organisation": None, "kind": "note",
     "text": ("Ved innføringen av modulstrukturert opplæring er det et nasjonalt nettverk; det burde vært et "
              "tilsvarende nettverk i regi av IMDi i samarbeid med andre relevante direktorat. I dag er det "
              "integreringsrådgiverne i fylkeskommunen som holder i nettverkene selv."),
     "shared_in_plenum": False},
    {"round": 4, "table": 4, "question": 1, "organisation": None, "kind": "note",
     "text": "Kunne det vært noen flere øremerkede midler?",
     "shared_in_plenum": False},
    {"round": 4, "table": 4, "question": 1, "organisation": None, "kind": "note",
     "text": ("Burde være større samordning blant de nasjonale myndighetene om mangfold i opplæringen. Tilpasset "
              "opplæring i et bredere perspektiv, også i kompetanseutvikling i opplæring. På samme måte som man "
              "tenker inkludering for andre elevgrupper, bør man også se på hvordan man kan sikre inkludering av "
              "andrespråkselever. Alle lærere må ha kompetanse i å inkludere nyankomne i klasserommet, slik at "
              "flere kan inkluderes i ordinære opplæringsløp så tidlig som mulig."),
     "shared_in_plenum": False},
    {"round": 4, "table": 4, "question": 1, "organisation": None, "kind": "note",
     "text": "Bedre samordning nasjonalt hadde gjort det lettere.",
     "shared_in_plenum": False},
    {"round": 4, "table": 4, "question": 1, "organisation": None, "kind": "note",
     "text": ("Bidra til felles forståelse på tvers. Samme forståelse burde vært signalisert til flere aktører. "
              "Felles budskap ut. Hvilket ansvar får direktøren for opplæring for integreringsloven?"),
     "shared_in_plenum": False},
    {"round": 4, "table": 4, "question": 1, "organisation": None, "kind": "note",
     "text": ("Burde prioritere ungdommene enda tydeligere; synes de voksne får for stor plass i "
              "integreringspolitikken. Må ha en policy for å integrere ungdommene. F.eks. er det ofte løpende "
              "inntak for voksne i videregående opplæring, men ikke for ungdom."),
     "shared_in_plenum": False},
    {"round": 4, "table": 4, "question": 1, "organisation": None, "kind": "note",
     "text": ("Ønsker seg at de ungdommene som ikke har rett til norskopplæring, skal få rett til norskopplæring "
              "innen kort tid. Må få lovfestet rett til opplæring."),
     "shared_in_plenum": False},
    {"round": 4, "table": 4, "question": 1, "organisation": None, "kind": "note",
     "text": ("Ønsker seg plikt (forskrift) om kombinasjonsløp. Ungdommer i FOV (forberedende opplæring for "
              "voksne) bør også ha rett til et mer aldersadekvat miljø (dvs. videregående)."),
     "shared_in_plenum": False},
    # --- round 4, table 5
    {"round": 4, "table": 5, "question": 1, "organisation": None, "kind": "note",
     "text": ("For å kunne sette inn mer effektive tiltak er det avgjørende å ha støtte og incitamenter fra "
              "nasjonale myndigheter og samarbeidspartnere. Det er nødvendig med tydelige tildelingsbrev fra "
              "departementene, som må koordineres for å sikre effektiv implementering av tiltak."),
     "shared_in_plenum": False},
    {"round": 4, "table": 5, "question": 1, "organisation": None, "kind": "note",
     "text": ("En vital faktor for å sikre en mer treffsikker bosetting er et tett samarbeid mellom "
              "fylkeskommunene og kommunene. Det er viktig at flyktninger som bosettes, får tilbud om "
              "kvalifisering gjennom fylkeskommunene. Fagkompetanse er et område hvor fylkeskommunene kan bidra "
              "til å øke antall personer som tar høyere utdanning og kommer i arbeid. Oppdragsbrevene må klargjøre "
              "fylkeskommunenes ansvar for integrering tydeligere, da forskrifter alene ikke er tilstrekkelig. "
              "Staten kunne også bidra med incentiver for å gi et kompetanseløft til den enkelte innbygger, hvor "
              "NAV har en særlig rolle å spille."),
     "shared_in_plenum": False},
    {"round": 4, "table": 5, "question": 1, "organisation": None, "kind": "note",
     "text": ("Det er viktig at fylkeskommunene arbeider for mer likeverdighet, spesielt når det gjelder hvordan "
              "kommunene planlegger arbeidskraft og inkluderer både arbeidsinnvandrere og flyktninger som allerede "
              "er bosatt i fylket. Øremerket integreringstilskudd bør gjøres tilgjengelig for fylkeskommunene med "
              "et klart formål."),
     "shared_in_plenum": False},
    {"round": 4, "table": 5, "question": 1, "organisation": "Trøndelag", "kind": "note",
     "text": ("Trøndelag foreslår at kapasitetsoppbygging og nedbygging av bosetting av flyktninger må sees i "
              "sammenheng med befolkningsveksten i distriktskommunene. Det bør etableres et beregningsutvalg for "
              "fylkeskommunene på samme måte som det gjøres for kommunene, for å bedre planlegging og "
              "ressursallokering."),
     "shared_in_plenum": False},
    {"round": 4, "table": 5, "question": 1, "organisation": None, "kind": "note",
     "text": ("Det er viktig å styrke samarbeidet mellom fylkeskommunen og Statsforvalteren, samt å anerkjenne "
              "næringslivets rolle i integreringsarbeidet for å skape en bærekraftig og vellykket "
              "integreringsprosess. Samarbeid på tvers av sektorer og myndighetsnivåer er avgjørende for å oppnå "
              "en effektiv og koordinert innsats på integreringsfeltet."),
     "shared_in_plenum": False},
    # --- round 4, table 6
    {"round": 4, "table": 6, "question": 1, "organisation": None, "kind": "note",
     "text": ("Vi trenger øremerkede midler for en periode over noen år, ikke tilskudd til prosjekter. Dette kan "
              "brukes til å jobbe med innhold, organisering og kompetanseheving blant skoleeier på mangfold og "
              "integrering."),
     "shared_in_plenum": False},
    {"round": 4, "table": 6, "question": 1, "organisation": None, "kind": "note",
     "text": ("Fullføringsreformen og modulstrukturerte løp – det må være øremerkede midler til målgruppen for "
              "dette dersom det skal virke og bli satt ut i livet."),
     "shared_in_plenum": False},
    {"round": 4, "table": 6, "question": 1, "organisation": None, "kind": "note",
     "text": ("Fleksibel fagopplæring i Vestfold – fortsatt tar man ikke inn innvandrere, fordi det anses som en "
              "vanskelig målgruppe. Viser at det er behov for kompetanseheving."),
     "shared_in_plenum": False},
    {"round": 4, "table": 6, "question": 1, "organisation": None, "kind": "note",
     "text": ("HK-dir og IMDi har liknende navn på tilskudd til det samme: tilrettelagt fag- og yrkesopplæring. "
              "Oppfordre til at direktoratene snakker sammen om dette og viser at vi jobber sammen, og sette et "
              "krav om at 10 % av deltakerne skal være fra målgruppen vår."),
     "shared_in_plenum": False},
    {"round": 4, "table": 6, "question": 1, "organisation": None, "kind": "note",
     "text": "Tidspunktet for å få øremerkede midler til fylkeskommunen er riktig nå.",
     "shared_in_plenum": False},
    {"round": 4, "table": 6, "question": 1, "organisation": None, "kind": "note",
     "text": "Viktig å prioritere små kommuner for bosetting.",
     "shared_in_plenum": False},
    {"round": 4, "table": 6, "question": 1, "organisation": None, "kind": "note",
     "text": ("Hva skjer dersom ukrainere med midlertidig opphold får permanent opphold? De eldre, syke ukrainerne "
              "må da få rettigheter til trygd."),
     "shared_in_plenum": False},
    {"round": 4, "table": 6, "question": 1, "organisation": None, "kind": "note",
     "text": "Viktig med forutsigbarhet og samkjøring fra de ulike departementene og direktoratene.",
     "shared_in_plenum": False},
    {"round": 4, "table": 6, "question": 1, "organisation": None, "kind": "note",
     "text": "Når vertskommuner blir kalt inn til møter, bør «vertsfylket» også kalles inn.",
     "shared_in_plenum": False},
    {"round": 4, "table": 6, "question": 1, "organisation": None, "kind": "note",
     "text": ("Behov for å se på nytt på bosettingskriteriene. Unge menn i små kommuner fungerer dårlig – de "
              "flytter. Heller bosette barnefamilier i små kommuner."),
     "shared_in_plenum": False},
    # --- round 4, table 7
    {"round": 4, "table": 7, "question": 1, "organisation": None, "kind": "note",
     "text": ("Det burde være mulig for KD, KDD og AID å samordne sine tildelingsbrev til underliggende enheter "
              "slik at fylkeskommunen får felles målformulering. Samordning av oppdragene til NAV og "
              "fylkeskommunen, og tydeligere føringer på hva som ligger i det regionale ansvaret for fylket. "
              "Fylkeskommunen vil ha noen forventninger til seg, slik at integrering skal inn i samfunnsplan i de "
              "regionale planene. Samordningen bør bli bedre. AID gir oppdrag også til HK-dir, så det bør være "
              "mulig å koordinere bedre."),
     "shared_in_plenum": False},
    {"round": 4, "table": 7, "question": 1, "organisation": None, "kind": "note",
     "text": ("Det burde jobbes for et samordnet kunnskapsgrunnlag på feltet. Hvilket ansvar ligger på nasjonale "
              "myndigheter? Eks.: Hvordan går det med minoritetsspråklige elever på skolen? Når man ikke har "
              "kunnskapsgrunnlag, blir det mye synsing."),
     "shared_in_plenum": False},
    {"round": 4, "table": 7, "question": 1, "organisation": None, "kind": "note",
     "text": ("Det er en stor utfordring når det gjelder de som skal få livsopphold. Mange innvandrere som trenger "
              "videregående opplæring, må ta opp lån, og det er en stor barriere. De får ikke bygget på "
              "kompetansen sin."),
     "shared_in_plenum": False},
    {"round": 4, "table": 7, "question": 1, "organisation": None, "kind": "note",
     "text": ("Mange sier at ressurser mangler, men hvis det kommer som en oppgave/et oppdrag, så står det ikke på "
              "ressurser."),
     "shared_in_plenum": False},
    {"round": 4, "table": 7, "question": 1, "organisation": None, "kind": "note",
     "text": ("Fylkeskommunens rolle bør nevnes også for politisk ledelse, slik at fylkene blir sett på som en "
              "aktør."),
     "shared_in_plenum": False},
    # --- round 4, table 8
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "Telemark – tydelig signalisere distrikt til fylkeskommunen.",
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": ("Føringer til integrering og andre virkemidler, næringsvirkemidler skrudd inn. "
              "Kombinasjonsklassetilbudet. Midler til å ha tilbudet. Burde vært lovpålagt. Penger. Samferdsel, "
              "overføring fra staten til bedre tilpassa løsninger. Flere ut i arbeid."),
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": ("Treffsikker bosetting. Direktoratene er veldig lojale oppover – bør tørre å ta kampen mot staten. "
              "Ekstra tilskudd."),
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "Tidligere var direktoratene modigere oppover. Gi beskjed.",
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": ("IMDi bør bruke fylkeskommunen mer aktivt – ikke en konkurrent, men gjøre hverandre gode. Ikke ta "
              "fra flere oppgaver. Proteksjonisme. Fylkeskommunen er stemmen til kommunene. Klarer fylkeskommunen "
              "å benytte seg av all info?"),
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "Nasjonale midler – må bruke fylkeskommunen. Tettere dialog om forvaltning.",
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "UDI: bedre dialog før anbud.",
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "Kommunen får lite info – lite ivaretatt.",
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "NIR (nasjonalt introduksjonsregister) – fylkeskommunen bør få mer innsyn. Spesielt ungdom.",
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "UDI, IMDi/NIR, HK-dir, NAV, SF.",
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "Tilskuddsordninger, ekstratilskudd.",
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "Kartlegging i mottak.",
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": ("16–19-åringene – lovverket må fikse opptak. Opplæringsloven – fylkeskommunen skal gi opptak 1 gang "
              "i året, men bosetting kommer hele året. Ikke midler til å håndtere. Hva skal man gjøre med dem?"),
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "[Samordna tildelingsbrev]",
     "shared_in_plenum": False},
    {"round": 4, "table": 8, "question": 1, "organisation": None, "kind": "note",
     "text": "[Privat-offentlig samarbeid – mangel på arbeidskraft. Inkluderingsfeltet en ressurs, ikke et problem]",
     "shared_in_plenum": False},
    # --- round 5, table 1
    {"round": 5, "table": 1, "question": 1, "organisation": "Vestland", "kind": "action",
     "text": ("Skal ringe Tore i Agder og høre om samarbeid med statsforvalter. Vi skal fortsette det gode "
              "arbeidet. Vi er på rett vei. Samarbeidspartnere. Ta med de jeg har hørt om."),
     "shared_in_plenum": False},
    {"round": 5, "table": 1, "question": 1, "organisation": "Trøndelag", "kind": "action",
     "text": "Skal ta kontakt med vår integreringsrådgiver, så vi kan jobbe mer i lag.",
     "shared_in_plenum": False},
    {"round": 5, "table": 1, "question": 1, "organisation": "Innlandet", "kind": "action",
     "text": ("Felles fast møte med de som jobber med integreringsoppgaver, og der skal jeg oppsummere dagen i dag "
              "og videre oppfølgingspunkter. Har fått mye inspirasjon. Tenke litt strategisk rundt dette. Har "
              "skjedd mye fra 2020 til nå. Vi er på rett vei, men har ting å jobbe med. Dagen har vært veldig bra. "
              "Videreutvikle samarbeid internt og eksternt."),
     "shared_in_plenum": False},
    {"round": 5, "table": 1, "question": 1, "organisation": "IMDi", "kind": "action",
     "text": ("IMDi har fått mange innspill som skal bearbeides og deles. Ta et møte med ansvarlige i KDD. "
              "Orientere internt om denne samlingen, hva som kom frem."),
     "shared_in_plenum": False},
    # --- round 5, table 2
    {"round": 5, "table": 2, "question": 1, "organisation": None, "kind": "action",
     "text": ("Sortere tankene, hvordan tenke helhetlig nok. Løfte det interne blikket: Er vi gode nok på "
              "inkludering selv? Er vi en god rollemodell?"),
     "shared_in_plenum": False},
    {"round": 5, "table": 2, "question": 1, "organisation": None, "kind": "action",
     "text": ("Har satt opp møte og skal evaluere rapporten, møtet og hva vi skal legge planen for til neste år. "
              "Sortere tankene, gjør mye bra, men kan bli bedre. Jobbe med forankring, opp og i avdelinger."),
     "shared_in_plenum": False},
    # --- round 5, table 3
    {"round": 5, "table": 3, "question": 1, "organisation": None, "kind": "action",
     "text": "Veldig mye som gjøres med begrensede ressurser. Står i spagaten, må jobbe smart og involvere.",
     "shared_in_plenum": False},
    {"round": 5, "table": 3, "question": 1, "organisation": None, "kind": "action",
     "text": "Strategisk retning. Mobilisere og koordinere.",
     "shared_in_plenum": False},
    {"round": 5, "table": 3, "question": 1, "organisation": None, "kind": "action",
     "text": ("Viktig at vi får tydelige mandat internt i egen organisasjon til å følge opp det som er nødvendig å "
              "gjøre."),
     "shared_in_plenum": False},
    # --- round 5, table 4
    {"round": 5, "table": 4, "question": 1, "organisation": None, "kind": "action",
     "text": ("Trenger å lage 3–4 politiske saker på integreringsfeltet, da blir politikerne interessert og gjør "
              "noe. Prøve å få til et politisk verksted på integreringsfeltet. Trenger et politisk "
              "kompetansehevingsprogram."),
     "shared_in_plenum": False},
    # --- round 5, table 5
    {"round": 5, "table": 5, "question": 1, "organisation": "Trøndelag", "kind": "action",
     "text": ("Når vi kommer hjem, er det viktigste vi gjør å gjennomføre evalueringen av rapporten og gi "
              "tilbakemeldinger til styringsgruppen for integrering i Trøndelag. Det regionale "
              "utviklingsverkstedet skal holdes i Trondheim, og invitasjonen er sendt ut til alle fylkene for "
              "arrangementet, som finner sted 22. og 23. april 2026. I tillegg skal det lages en nyhetssak på "
              "intranettet."),
     "shared_in_plenum": False},
    {"round": 5, "table": 5, "question": 1, "organisation": "Telemark", "kind": "action",
     "text": ("I Telemark fylkeskommune er oppstartsfasen i kompetanseforum viktig, da det er en sentral arena for "
              "integreringsarbeidet i fylket."),
     "shared_in_plenum": False},
    {"round": 5, "table": 5, "question": 1, "organisation": "Møre og Romsdal", "kind": "action",
     "text": ("På den annen side vil faglige forum i alle avdelingene i Møre og Romsdal samles for å diskutere "
              "rapporten, hvor toppledelsen i fylkeskommunen også vil delta. Rapporten fremheves som et nyttig "
              "verktøy som er nødvendig å ta i bruk for å fremme integreringsarbeidet."),
     "shared_in_plenum": False},
    # --- round 5, table 6
    {"round": 5, "table": 6, "question": 1, "organisation": None, "kind": "action",
     "text": "Rydde i eget hus.",
     "shared_in_plenum": False},
    {"round": 5, "table": 6, "question": 1, "organisation": None, "kind": "action",
     "text": "Forankring hos ledere og politikere er noe av det viktigste.",
     "shared_in_plenum": False},
    {"round": 5, "table": 6, "question": 1, "organisation": "Vestfold", "kind": "action",
     "text": "Prøve på nytt å få til et innvandrerråd.",
     "shared_in_plenum": False},
    {"round": 5, "table": 6, "question": 1, "organisation": None, "kind": "action",
     "text": ("Snakke om fagopplæring før man snakker om krav til norsk. Fylkeskommunen har ansvar for opplæring i "
              "videregående selv om de har lave norskferdigheter – løfte dette på nytt opp mot skoleeier."),
     "shared_in_plenum": False},
    {"round": 5, "table": 6, "question": 1, "organisation": None, "kind": "action",
     "text": "Se på forbedringspotensial – for å ta tak i det.",
     "shared_in_plenum": False},
    # --- round 5, table 8
    {"round": 5, "table": 8, "question": 1, "organisation": None, "kind": "action",
     "text": ("Intern workshop – om hvordan andre i fylkeskommunen jobber i Troms. Kompetanse – hvordan styrke "
              "samfunnsutviklerrollen på integrering."),
     "shared_in_plenum": False},
    {"round": 5, "table": 8, "question": 1, "organisation": None, "kind": "action",
     "text": "Føringer – ordninger/tjenester, en setning som omfatter gruppa. At det er på agendaen.",
     "shared_in_plenum": False},
    {"round": 5, "table": 8, "question": 1, "organisation": None, "kind": "action",
     "text": "Mer bevissthet – forankre internt – nå ut med aktørene.",
     "shared_in_plenum": False},
    {"round": 5, "table": 8, "question": 1, "organisation": None, "kind": "action",
     "text": "Forventninger knytta til samfunnsutviklerrollen. Hvordan hekter man FU (?) på?",
     "shared_in_plenum": False},
]

# Plenum notes per round (the "Plenum" parts of the report: 4.2.9, 4.3.9 and the plenum after round 4).
# Round 1 had no plenum. The report does not say which group said what in plenum.
PLENUM_NOTES: list[dict] = [
    {"round": 2, "organisation": None,
     "text": ("Forankring i planverk, forankring i planverk. Hekte integreringsfeltet på de store temaene som "
              "opplæring og utenforskap. Gode møteplasser på tvers for å bli kjent.")},
    {"round": 2, "organisation": None,
     "text": ("Politisk forankring – jobbe mer med å få integrering som sak på fylkesnivå. Viktig at det kommer på "
              "agendaen. Toppledelsen må være hektet på. Fylkesdirektørene. Bredere forståelse av deres ansvar på "
              "feltet.")},
    {"round": 2, "organisation": None,
     "text": ("Loven har for bred ramme – behov for tydeligere prioriteringer. Politisk og administrativt. Viktig "
              "arbeid som vi gjør her. Her er rådgivere fra fylkesnivå, og toppnivået mangler på denne samlingen! "
              "Tips til Distriktssenteret. Hvilket språk bruker vi om integrering? Plannivå og individnivå. "
              "Integrering handler om samfunnet og oss.")},
    {"round": 2, "organisation": None,
     "text": "Vi trenger noen målkrav på integreringsfeltet. Dette måler vi integrering på fylkesnivå."},
    {"round": 2, "organisation": None,
     "text": ("Et eksempel – Buskerud – godt samarbeid med NAV Vest-Viken. Presentasjon av "
              "integreringsindikatorene og statistikk. Veksten som vises der, ble da sett. Da ble en arbeidsgruppe "
              "satt ned. Hva er situasjonen, hvilke tiltak har vi, og hvilke tiltak trenger vi? Gi informasjon "
              "basert på nasjonale kriterier og statistikken for fylket.")},
    {"round": 2, "organisation": None,
     "text": ("Struktur for samarbeid internt i fylkeskommunen. Det har Trøndelag med temaplan for integrering, "
              "med to ulike grupper, der den ene er tverrsektoriell. Få opp prioritering politisk og "
              "administrativt. Vi må bruke administrasjonen på politiske arenaer.")},
    {"round": 2, "organisation": None,
     "text": ("Argumenterer for positiv prioritering. Ulike typer innvandrere eller ulike kategorier kommuner. Vi "
              "ser behov for supplement.")},
    {"round": 2, "organisation": None,
     "text": ("Involver og diskuter på nye måter. Bruke politiske verksted. Det går an å skape engasjement. Vi "
              "opplever at politikere er engasjerte – dette kan brukes mer.")},
    {"round": 2, "organisation": None,
     "text": ("Politisk sak – bør være hvert år, der mange bidrar! Ansvarliggjøre og forankre. Gi ideer om hva som "
              "foregår på feltet.")},
    {"round": 2, "organisation": None,
     "text": ("Faglig forum (Møre og Romsdal og Trøndelag). En øyeåpnende seanse. Få toppledelsen til å sette "
              "retning i lag. Felles løft. Et mandat. Bruke ressurser til det.")},
    {"round": 2, "organisation": None,
     "text": ("Gullkortet – vi gjør mye bra i Norge. Hvordan kan vi gjøre det bedre i fylkeskommunen? Vi må lage "
              "gode politiske saker. Det kan vi gjøre i fellesskap. Vi er linjestyrte. Tverrfaglige fora. Vi må ha "
              "mandat fra lederne til å jobbe i lag. Jeg vil være med å være med i arbeidet! Vi må være på ballen "
              "selv. Vi har masse gode dokumenter. Vi er ganske gode.")},
    {"round": 3, "organisation": None,
     "text": ("Viktig å systematisere og formalisere samarbeid. Vindu nå med mange som har kommet. Fylkeskommunene "
              "må også være et samlet lag – i lag med de andre aktørene. Samarbeid med kommunene – fungerer godt, "
              "og det er behov for skreddersøm. Mange små kommuner med knappe ressurser, der få personer har mange "
              "ansvarsområder.")},
    {"round": 3, "organisation": None,
     "text": "Mye godt arbeid allerede."},
    {"round": 3, "organisation": None,
     "text": "Kompetanseforum."},
    {"round": 3, "organisation": None,
     "text": "Regionale integreringsmøter."},
    {"round": 3, "organisation": None,
     "text": "Snakke sammen samtidig er en veldig god idé."},
    {"round": 3, "organisation": None,
     "text": ("Det står ingen steder at vi skal veilede kommunen på integreringsfeltet. Det trengs en forskrift "
              "her! Mye godt samarbeid. Har samarbeid fast og i sammenheng med arrangementer.")},
    {"round": 3, "organisation": None,
     "text": ("Viktig å ha ulike roller og avklare disse. Når er det nyttig å samarbeide, og om hva? Når er det "
              "nyttig å ha med statsforvalteren?")},
    {"round": 3, "organisation": None,
     "text": "De som har ulike roller i kommunene – vi må bruke hverandres arenaer."},
    {"round": 3, "organisation": None,
     "text": ("Tenker at fylkeskommunen kan være en dialogpartner for kommunene – etter deres behov. Vi har jo det "
              "regionale nettverket og kan være edderkopp.")},
    {"round": 3, "organisation": None,
     "text": ("Viktig å samarbeide godt. Litt varierende hvor mye kontakt vi greier å ha. Statsforvalter er en "
              "viktig samarbeidspart. Vi utfyller hverandre. Men utfordringer med utskiftninger. Nå skal Agder "
              "tilsette en kontaktperson på integreringsfeltet. Så det er veldig bra.")},
    {"round": 3, "organisation": None,
     "text": ("Det å utvikle samarbeid med kommunene – vi jobber med det i Møre og Romsdal. Kompetanse: å finne ut "
              "hvordan man kan få godkjent høyere utdanning. Kurs på Teams i samarbeid med HK-dir. Vi prøver å "
              "lytte til kommunenes behov for å få mer kompetanse. Det gjelder også situasjoner i kommuner.")},
    {"round": 3, "organisation": None,
     "text": "Hva kan vi tilby?"},
    {"round": 3, "organisation": None,
     "text": ("Samarbeid felles i Buskerud: Nav, Husbanken, Bufetat, KS. Vi har jevnlige møter. Men ikke "
              "statsforvalter. Vi må ikke snuble inn i hverandre, men kjenne til hverandre.")},
    {"round": 3, "organisation": None,
     "text": "Nordland og Finnmark: Der er det samarbeid med statsforvalter."},
    {"round": 3, "organisation": None,
     "text": ("Handler om å forstå samarbeidspartnernes ståsted. Tildelingsbrev, oppdragsbrev. Vite hvem de er. "
              "Finne samarbeidspunkt. Vi kan bruke egne planer for å systematisere. NAV er en viktig part.")},
    {"round": 3, "organisation": None,
     "text": ("Veilederrollen. Det strategiske nivået. Vi trenger ikke lære kommunene det de kan best. Men vi kan "
              "hjelpe dem med plan. Hvordan få integrering inn i det lokale planarbeidet? Her har vi en jobb å "
              "gjøre. Da må vi satse på mellomlederne.")},
    {"round": 3, "organisation": None,
     "text": ("Hvordan fylkeskommunen samarbeider med statsforvalter og andre aktører. Litt ulikt hvordan man "
              "samarbeider. Viktig at statsforvalter og fylkeskommunen koordinerer seg. Dialogen med kommuner kan "
              "fungere indremedisinsk.")},
    {"round": 3, "organisation": None,
     "text": ("Staten trenger alltid litt korreks, f.eks. om hvor de legger mottak. Det bør kobles tettere på det "
              "regionale leddet.")},
    {"round": 3, "organisation": None,
     "text": ("Ulike erfaringer med samarbeid med ulike aktører. Viktig at de er koordinert. Mye som skjer. Menn i "
              "helse … (flere ting nevnt). Dette er ikke likt prioritert hos de ulike aktørene.")},
    {"round": 3, "organisation": None,
     "text": ("Inkludering – hva er egentlig inkludering? Hva innebærer det at integrering må være en del av "
              "inkluderingen?")},
    {"round": 4, "organisation": None,
     "text": "Ungdom."},
    {"round": 4, "organisation": None,
     "text": "Føringer og midler må følge med."},
    {"round": 4, "organisation": None,
     "text": "Kombinasjonsklasse. Videregående opplæring."},
]
