<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Map &amp;openen…</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>Opnieuw openen met &amp;codering</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>&amp;Plakken als nieuw artikel</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Install model from file…</source>
        <translation>Model uit bestand &amp;installeren…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modellen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>V&amp;orige zoeken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Stacked Panes</source>
        <translation>Panelen &amp;onder elkaar</translation>
    </message>
    <message>
        <source>Show &amp;Original</source>
        <translation>&amp;Origineel tonen</translation>
    </message>
    <message>
        <source>Show &amp;Translation</source>
        <translation>&amp;Vertaling tonen</translation>
    </message>
    <message>
        <source>Show &amp;Brief</source>
        <translation>&amp;Samenvatting tonen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Ware grootte</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Systeem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Vertalen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Kwaliteit</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Snel</translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>&amp;Volgende zin</translation>
    </message>
    <message>
        <source>&amp;Previous Sentence</source>
        <translation>V&amp;orige zin</translation>
    </message>
    <message>
        <source>&amp;Edit Sentence…</source>
        <translation>Zin &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Brief from the English Translation</source>
        <translation>&amp;Samenvatting uit de Engelse vertaling</translation>
    </message>
    <message>
        <source>Next &amp;Article</source>
        <translation>Volgend &amp;artikel</translation>
    </message>
    <message>
        <source>Previous A&amp;rticle</source>
        <translation>Vo&amp;rig artikel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>&amp;Logboek tonen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Copy Sentence</source>
        <translation>Zin &amp;kopiëren</translation>
    </message>
    <message>
        <source>Other &amp;Translations…</source>
        <translation>Andere &amp;vertalingen…</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>Geen recente artikelen</translation>
    </message>
</context>
<context>
    <name>AlternativesDialog</name>
    <message>
        <source>Other translations</source>
        <translation>Andere vertalingen</translation>
    </message>
    <message>
        <source>Pick a translation for sentence {number}: {source}</source>
        <translation>Kies een vertaling voor zin {number}: {source}</translation>
    </message>
</context>
<context>
    <name>ArticleFormats</name>
    <message>
        <source>Text file</source>
        <translation>Tekstbestand</translation>
    </message>
    <message>
        <source>Markdown file</source>
        <translation>Markdown-bestand</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-document</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-tekst</translation>
    </message>
    <message>
        <source>E-book</source>
        <translation>E-book</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>Article list</source>
        <translation>Artikellijst</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Vertalen…</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Vertaald</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>{date} · {state}</source>
        <translation>{date} · {state}</translation>
    </message>
</context>
<context>
    <name>BriefMethods</name>
    <message>
        <source>LexRank</source>
        <translation>LexRank</translation>
    </message>
    <message>
        <source>LSA</source>
        <translation>LSA</translation>
    </message>
    <message>
        <source>TextRank</source>
        <translation>TextRank</translation>
    </message>
    <message>
        <source>Luhn</source>
        <translation>Luhn</translation>
    </message>
    <message>
        <source>Edmundson (news lead)</source>
        <translation>Edmundson (nieuwsopening)</translation>
    </message>
    <message>
        <source>KL-Sum</source>
        <translation>KL-Sum</translation>
    </message>
    <message>
        <source>SumBasic</source>
        <translation>SumBasic</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reductie</translation>
    </message>
</context>
<context>
    <name>ContentChoice</name>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Wat af te drukken</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Afdrukken:</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>“{name}” is not a text file: it holds binary data.</source>
        <translation>“{name}” is geen tekstbestand: het bevat binaire gegevens.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is damaged or not a real document.</source>
        <translation>“{name}” kon niet worden gelezen: het is beschadigd of geen echt document.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is damaged or not a real Word document.</source>
        <translation>“{name}” kon niet worden gelezen: het is beschadigd of geen echt Word-document.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is damaged or not a real e-book.</source>
        <translation>“{name}” kon niet worden gelezen: het is beschadigd of geen echt e-book.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is damaged or not a real web page.</source>
        <translation>“{name}” kon niet worden gelezen: het is beschadigd of geen echte webpagina.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is damaged or not a real Markdown file.</source>
        <translation>“{name}” kon niet worden gelezen: het is beschadigd of geen echt Markdown-bestand.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is damaged or not a real OpenDocument text.</source>
        <translation>“{name}” kon niet worden gelezen: het is beschadigd of geen echte OpenDocument-tekst.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is damaged or not a real PDF.</source>
        <translation>“{name}” kon niet worden gelezen: het is beschadigd of geen echte pdf.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is damaged or not a real text file.</source>
        <translation>“{name}” kon niet worden gelezen: het is beschadigd of geen echt tekstbestand.</translation>
    </message>
    <message>
        <source>Kernpunt cannot open “{name}”: it is a device, not a file with an article in it.</source>
        <translation>Kernpunt kan “{name}” niet openen: het is een apparaat, geen bestand met een artikel.</translation>
    </message>
    <message>
        <source>“{name}” is empty: there is nothing to read.</source>
        <translation>“{name}” is leeg: er valt niets te lezen.</translation>
    </message>
    <message>
        <source>“{name}” is not a text file, or its text encoding is unknown.</source>
        <translation>“{name}” is geen tekstbestand, of de tekencodering ervan is onbekend.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not an article.</source>
        <translation>“{name}” is een map, geen artikel.</translation>
    </message>
    <message>
        <source>“{name}” no longer exists.</source>
        <translation>“{name}” bestaat niet meer.</translation>
    </message>
    <message>
        <source>“{name}” is too large to open.</source>
        <translation>“{name}” is te groot om te openen.</translation>
    </message>
    <message>
        <source>“{name}” holds no text.</source>
        <translation>“{name}” bevat geen tekst.</translation>
    </message>
    <message>
        <source>Kernpunt cannot open “{name}”: it is not an ordinary file with an article in it.</source>
        <translation>Kernpunt kan “{name}” niet openen: het is geen gewoon bestand met een artikel.</translation>
    </message>
    <message>
        <source>“{name}” holds no article text, only a page around it.</source>
        <translation>“{name}” bevat geen artikeltekst, alleen de pagina eromheen.</translation>
    </message>
    <message>
        <source>Kernpunt cannot read “{name}”: this PDF has no text layer (it may be a scan).</source>
        <translation>Kernpunt kan “{name}” niet lezen: deze pdf heeft geen tekstlaag (het is misschien een scan).</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password; Kernpunt cannot open it.</source>
        <translation>“{name}” is beveiligd met een wachtwoord; Kernpunt kan het niet openen.</translation>
    </message>
    <message>
        <source>Kernpunt cannot open “{name}”: it is a pipe, not a file with an article in it.</source>
        <translation>Kernpunt kan “{name}” niet openen: het is een pipe, geen bestand met een artikel.</translation>
    </message>
    <message>
        <source>Kernpunt is not allowed to read “{name}”.</source>
        <translation>Kernpunt mag “{name}” niet lezen.</translation>
    </message>
    <message>
        <source>Kernpunt cannot open “{name}”: it is a socket, not a file with an article in it.</source>
        <translation>Kernpunt kan “{name}” niet openen: het is een socket, geen bestand met een artikel.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: reading it stopped unexpectedly.</source>
        <translation>“{name}” kon niet worden gelezen: het lezen stopte onverwacht.</translation>
    </message>
    <message>
        <source>The text is empty: there is nothing to read.</source>
        <translation>De tekst is leeg: er valt niets te lezen.</translation>
    </message>
    <message>
        <source>“{name}” is too large or too complex to read.</source>
        <translation>“{name}” is te groot of te ingewikkeld om te lezen.</translation>
    </message>
    <message>
        <source>“{name}” is too large to open ({megabytes} MB; the limit is {limit} MB).</source>
        <translation>“{name}” is te groot om te openen ({megabytes} MB; de grens is {limit} MB).</translation>
    </message>
    <message>
        <source>“{name}” took too long to read (more than {seconds} seconds); it may be damaged or unusually complex.</source>
        <translation>Het lezen van “{name}” duurde te lang (meer dan {seconds} seconden); het bestand is misschien beschadigd of ongewoon ingewikkeld.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}.</source>
        <translation>“{name}” kon niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>Kernpunt cannot open “{name}”: it reads plain text and Markdown, web pages, Word (.docx), OpenDocument (.odt), EPUB and PDF files.</source>
        <translation>Kernpunt kan “{name}” niet openen: het leest platte tekst en Markdown, webpagina’s, Word (.docx), OpenDocument (.odt), EPUB en pdf.</translation>
    </message>
    <message>
        <source>“{text}” is not a brief length: give a number of sentences (3) or a percentage of the article (20%).</source>
        <translation>“{text}” is geen lengte voor een samenvatting: geef een aantal zinnen (3) of een percentage van het artikel (20%).</translation>
    </message>
    <message>
        <source>Kernpunt briefs Dutch and English text, not “{language}”.</source>
        <translation>Kernpunt vat Nederlandse en Engelse tekst samen, geen “{language}”.</translation>
    </message>
    <message>
        <source>A brief&apos;s length in percent must be above 0 and at most 100.</source>
        <translation>De lengte van een samenvatting in procenten moet boven 0 liggen en ten hoogste 100 zijn.</translation>
    </message>
    <message>
        <source>A brief has from 1 to {most} sentences.</source>
        <translation>Een samenvatting heeft 1 tot {most} zinnen.</translation>
    </message>
    <message>
        <source>“{method}” is not a brief method; choose one of {known}.</source>
        <translation>“{method}” is geen samenvattingsmethode; kies uit {known}.</translation>
    </message>
    <message>
        <source>The English brief needs the whole translation; {missing} of {total} sentences are not translated yet.</source>
        <translation>De Engelse samenvatting heeft de hele vertaling nodig; {missing} van de {total} zinnen zijn nog niet vertaald.</translation>
    </message>
    <message>
        <source>the cluster cannot do this batch: {problems}.</source>
        <translation>het cluster kan deze reeks niet verwerken: {problems}.</translation>
    </message>
    <message>
        <source>a local cluster needs the cryptography package for its private certificate: install it with &apos;pip install &quot;kernpunt[cluster]&quot;&apos;.</source>
        <translation>een lokaal cluster heeft het pakket cryptography nodig voor zijn eigen certificaat: installeer het met &apos;pip install &quot;kernpunt[cluster]&quot;&apos;.</translation>
    </message>
    <message>
        <source>a cluster needs Dask distributed: install it with &apos;pip install &quot;kernpunt[cluster]&quot;&apos; (on this machine and every worker).</source>
        <translation>een cluster heeft Dask distributed nodig: installeer het met &apos;pip install &quot;kernpunt[cluster]&quot;&apos; (op deze computer en op elke worker).</translation>
    </message>
    <message>
        <source>the cluster at {address} has no workers.</source>
        <translation>het cluster op {address} heeft geen workers.</translation>
    </message>
    <message>
        <source>{address} is plain TCP: anyone who can reach that scheduler can run programs on its workers and read the articles. Give a tls:// address with --tls-ca-file, --tls-cert and --tls-key, or pass --insecure on a network you trust.</source>
        <translation>{address} is gewone TCP: iedereen die die scheduler kan bereiken, kan programma’s op de workers uitvoeren en de artikelen lezen. Geef een tls://-adres met --tls-ca-file, --tls-cert en --tls-key, of gebruik --insecure op een netwerk dat u vertrouwt.</translation>
    </message>
    <message>
        <source>use a tcp:// or tls:// scheduler address, not {address}.</source>
        <translation>gebruik een tcp://- of tls://-adres voor de scheduler, niet {address}.</translation>
    </message>
    <message>
        <source>the TLS file {path} does not exist or is not a file.</source>
        <translation>het TLS-bestand {path} bestaat niet of is geen bestand.</translation>
    </message>
    <message>
        <source>{address} asks for TLS: give --tls-ca-file, --tls-cert and --tls-key (or set them in Dask&apos;s configuration).</source>
        <translation>{address} vraagt om TLS: geef --tls-ca-file, --tls-cert en --tls-key (of stel ze in bij de configuratie van Dask).</translation>
    </message>
    <message>
        <source>could not reach the cluster at {address}: {reason}</source>
        <translation>het cluster op {address} is niet bereikbaar: {reason}</translation>
    </message>
    <message>
        <source>The download of {name} broke off after {done} of {total} bytes. Try again.</source>
        <translation>Het downloaden van {name} brak af na {done} van {total} bytes. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Kernpunt cannot write the download to {folder}: {reason}.</source>
        <translation>Kernpunt kan de download niet opslaan in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The download of {name} failed: the server answered {code} {reason}.</source>
        <translation>Het downloaden van {name} is mislukt: de server antwoordde {code} {reason}.</translation>
    </message>
    <message>
        <source>{source} → {target} is installed already (version {versions}); replace it to download version {version}.</source>
        <translation>{source} → {target} is al geïnstalleerd (versie {versions}); vervang het om versie {version} te downloaden.</translation>
    </message>
    <message>
        <source>Kernpunt could not download {name} ({reason}). Check the network connection and try again.</source>
        <translation>Kernpunt kon {name} niet downloaden ({reason}). Controleer de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The index lists no download address for {name}.</source>
        <translation>De index noemt geen downloadadres voor {name}.</translation>
    </message>
    <message>
        <source>The download address of {name} is not a web address: {link}</source>
        <translation>Het downloadadres van {name} is geen webadres: {link}</translation>
    </message>
    <message>
        <source>The download of {name} stalled: the server sent nothing for {seconds} seconds. Try again later.</source>
        <translation>Het downloaden van {name} liep vast: de server stuurde {seconds} seconden lang niets. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>{name} is too large to be an Argos model.</source>
        <translation>{name} is te groot voor een Argos-model.</translation>
    </message>
    <message>
        <source>“{name}” is not written in {encoding}: byte {position} does not fit it. Try another encoding.</source>
        <translation>“{name}” is niet geschreven in {encoding}: byte {position} past er niet in. Probeer een andere codering.</translation>
    </message>
    <message>
        <source>“{name}” is not written in {encoding}. Try another encoding.</source>
        <translation>“{name}” is niet geschreven in {encoding}. Probeer een andere codering.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding Kernpunt knows.</source>
        <translation>“{encoding}” is geen tekencodering die Kernpunt kent.</translation>
    </message>
    <message>
        <source>“{name}” read as {encoding} gives no readable text.</source>
        <translation>“{name}” gelezen als {encoding} geeft geen leesbare tekst.</translation>
    </message>
    <message>
        <source>The brief is not translated yet: translate the article to finish it, or export the translation.</source>
        <translation>De samenvatting is nog niet vertaald: vertaal het artikel om haar af te maken, of exporteer de vertaling.</translation>
    </message>
    <message>
        <source>Could not make the folder {folder}: {reason}.</source>
        <translation>De map {folder} kon niet worden gemaakt: {reason}.</translation>
    </message>
    <message>
        <source>There is no brief to export yet: translate the article first, or export the translation.</source>
        <translation>Er is nog geen samenvatting om te exporteren: vertaal eerst het artikel, of exporteer de vertaling.</translation>
    </message>
    <message>
        <source>Could not export: the folder {folder} does not exist.</source>
        <translation>Exporteren lukte niet: de map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>Could not save “{name}”: the disk is full. The previous file is unchanged.</source>
        <translation>“{name}” kon niet worden opgeslagen: de schijf is vol. Het vorige bestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>Could not save “{name}”: {reason}. Nothing was changed.</source>
        <translation>“{name}” kon niet worden opgeslagen: {reason}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Could not save “{name}”: a folder of that name is in the way. Nothing was changed.</source>
        <translation>“{name}” kon niet worden opgeslagen: er staat een map met die naam in de weg. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Could not save “{name}”: the folder {folder} does not exist. Nothing was changed.</source>
        <translation>“{name}” kon niet worden opgeslagen: de map {folder} bestaat niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Could not save “{name}”: {folder} is not a folder. Nothing was changed.</source>
        <translation>“{name}” kon niet worden opgeslagen: {folder} is geen map. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Could not save “{name}”: Kernpunt may not write to {folder}. Nothing was changed.</source>
        <translation>“{name}” kon niet worden opgeslagen: Kernpunt mag niet schrijven in {folder}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{name}: it is a link to a file that does not exist. Nothing was changed.</source>
        <translation>{name}: het is een koppeling naar een bestand dat niet bestaat. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{name}: it is a device, not a file; Kernpunt saves only to ordinary files (use -o - for the terminal). Nothing was changed.</source>
        <translation>{name}: het is een apparaat, geen bestand; Kernpunt slaat alleen op in gewone bestanden (gebruik -o - voor de terminal). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{name}: it is the article being translated, which Kernpunt never overwrites. Choose another name. Nothing was changed.</source>
        <translation>{name}: het is het artikel dat wordt vertaald, en dat overschrijft Kernpunt nooit. Kies een andere naam. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{name}: it is not a regular file; Kernpunt saves only to ordinary files (use -o - for the terminal). Nothing was changed.</source>
        <translation>{name}: het is geen gewoon bestand; Kernpunt slaat alleen op in gewone bestanden (gebruik -o - voor de terminal). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{name}: it is a pipe, not a file; Kernpunt saves only to ordinary files (use -o - for the terminal). Nothing was changed.</source>
        <translation>{name}: het is een pipe, geen bestand; Kernpunt slaat alleen op in gewone bestanden (gebruik -o - voor de terminal). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{name}: it is a link to a program&apos;s output, not a file; Kernpunt saves only to ordinary files (use -o - for the terminal). Nothing was changed.</source>
        <translation>{name}: het is een koppeling naar de uitvoer van een programma, geen bestand; Kernpunt slaat alleen op in gewone bestanden (gebruik -o - voor de terminal). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{name}: it is a socket, not a file; Kernpunt saves only to ordinary files (use -o - for the terminal). Nothing was changed.</source>
        <translation>{name}: het is een socket, geen bestand; Kernpunt slaat alleen op in gewone bestanden (gebruik -o - voor de terminal). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>“{content}” is not something Kernpunt exports; choose one of {known}.</source>
        <translation>“{content}” is niet iets wat Kernpunt exporteert; kies uit {known}.</translation>
    </message>
    <message>
        <source>“{key}” is not a format Kernpunt exports; choose one of {known}.</source>
        <translation>“{key}” is geen formaat dat Kernpunt exporteert; kies uit {known}.</translation>
    </message>
    <message>
        <source>Kernpunt could not reach the model index at {address}: the server answered {code} {reason}.</source>
        <translation>Kernpunt kon de modelindex op {address} niet bereiken: de server antwoordde {code} {reason}.</translation>
    </message>
    <message>
        <source>The model index at {address} is not a valid package index.</source>
        <translation>De modelindex op {address} is geen geldige pakketindex.</translation>
    </message>
    <message>
        <source>Kernpunt could not reach the model index at {address} ({reason}). Check the network connection, or install a model from a file.</source>
        <translation>Kernpunt kon de modelindex op {address} niet bereiken ({reason}). Controleer de netwerkverbinding, of installeer een model uit een bestand.</translation>
    </message>
    <message>
        <source>The model index address must start with https:// or http://: {address}</source>
        <translation>Het adres van de modelindex moet beginnen met https:// of http://: {address}</translation>
    </message>
    <message>
        <source>The model index at {address} is too large to be a package index.</source>
        <translation>De modelindex op {address} is te groot voor een pakketindex.</translation>
    </message>
    <message>
        <source>The model “{name}” could not be loaded: {reason}</source>
        <translation>Het model “{name}” kon niet worden geladen: {reason}</translation>
    </message>
    <message>
        <source>The model “{name}” has no tokenizer.</source>
        <translation>Het model “{name}” heeft geen tokenizer.</translation>
    </message>
    <message>
        <source>no Dutch → English model is installed; install one with &apos;kernpunt models install FILE.argosmodel&apos;.</source>
        <translation>er is geen model Nederlands → Engels geïnstalleerd; installeer er een met &apos;kernpunt models install BESTAND.argosmodel&apos;.</translation>
    </message>
    <message>
        <source>The model “{name}” could not be read: {reason}.</source>
        <translation>Het model “{name}” kon niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>The tokenizer of “{name}” could not be loaded: {reason}</source>
        <translation>De tokenizer van “{name}” kon niet worden geladen: {reason}</translation>
    </message>
    <message>
        <source>no installed model is called “{code}”.</source>
        <translation>er is geen geïnstalleerd model met de naam “{code}”.</translation>
    </message>
    <message>
        <source>the index offers no model “{code}”; run &apos;kernpunt models download&apos; to list them.</source>
        <translation>de index biedt geen model “{code}” aan; gebruik &apos;kernpunt models download&apos; om ze te tonen.</translation>
    </message>
    <message>
        <source>“{folder}” names its languages in a way Kernpunt cannot use.</source>
        <translation>“{folder}” noemt zijn talen op een manier die Kernpunt niet kan gebruiken.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid Argos model (suspicious compression).</source>
        <translation>“{name}” is geen geldig Argos-model (verdachte compressie).</translation>
    </message>
    <message>
        <source>“{name}” is damaged (a file inside it is corrupt); download or copy it again.</source>
        <translation>“{name}” is beschadigd (een bestand erin is corrupt); download of kopieer het opnieuw.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to install “{name}” ({megabytes} MB needed).</source>
        <translation>Er is niet genoeg vrije schijfruimte om “{name}” te installeren ({megabytes} MB nodig).</translation>
    </message>
    <message>
        <source>A model named “{name}” is installed already; replace it to install this one.</source>
        <translation>Er is al een model met de naam “{name}” geïnstalleerd; vervang het om dit te installeren.</translation>
    </message>
    <message>
        <source>A model named “{name}” (version {version}) is installed already; replace it to install this one.</source>
        <translation>Er is al een model met de naam “{name}” (versie {version}) geïnstalleerd; vervang het om dit te installeren.</translation>
    </message>
    <message>
        <source>“{name}” is not an Argos model: it must hold exactly one folder.</source>
        <translation>“{name}” is geen Argos-model: het moet precies één map bevatten.</translation>
    </message>
    <message>
        <source>“{name}” could not be installed: {reason}.</source>
        <translation>“{name}” kon niet worden geïnstalleerd: {reason}.</translation>
    </message>
    <message>
        <source>“{folder}” has a damaged {file}.</source>
        <translation>“{folder}” heeft een beschadigd {file}.</translation>
    </message>
    <message>
        <source>“{folder}” has an invalid metadata.json.</source>
        <translation>“{folder}” heeft een ongeldig metadata.json.</translation>
    </message>
    <message>
        <source>“{folder}” has a {file} nested too deeply to be read.</source>
        <translation>“{folder}” heeft een {file} dat te diep genest is om te lezen.</translation>
    </message>
    <message>
        <source>“{folder}” has a {file} too large to be package metadata.</source>
        <translation>“{folder}” heeft een {file} dat te groot is voor pakketgegevens.</translation>
    </message>
    <message>
        <source>“{folder}” has no readable {file}.</source>
        <translation>“{folder}” heeft geen leesbaar {file}.</translation>
    </message>
    <message>
        <source>“{name}” is not an Argos model: it has no {file}.</source>
        <translation>“{name}” is geen Argos-model: {file} ontbreekt.</translation>
    </message>
    <message>
        <source>“{folder}” does not say which languages it translates.</source>
        <translation>“{folder}” zegt niet tussen welke talen het vertaalt.</translation>
    </message>
    <message>
        <source>“{name}” is not an Argos model: it has no tokenizer.</source>
        <translation>“{name}” is geen Argos-model: het heeft geen tokenizer.</translation>
    </message>
    <message>
        <source>“{path}” is not an installed model.</source>
        <translation>“{path}” is geen geïnstalleerd model.</translation>
    </message>
    <message>
        <source>“{folder}” is not a translation model.</source>
        <translation>“{folder}” is geen vertaalmodel.</translation>
    </message>
    <message>
        <source>“{name}” is not an Argos model: it is not a zip archive.</source>
        <translation>“{name}” is geen Argos-model: het is geen zip-archief.</translation>
    </message>
    <message>
        <source>The model “{name}” could not be removed: {reason}.</source>
        <translation>Het model “{name}” kon niet worden verwijderd: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” is too large to be an Argos model.</source>
        <translation>“{name}” is te groot voor een Argos-model.</translation>
    </message>
    <message>
        <source>“{name}” has too many files to be an Argos model.</source>
        <translation>“{name}” bevat te veel bestanden voor een Argos-model.</translation>
    </message>
    <message>
        <source>“{name}” cannot be unpacked: {reason}.</source>
        <translation>“{name}” kan niet worden uitgepakt: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” contains an unsafe file name: {file}</source>
        <translation>“{name}” bevat een onveilige bestandsnaam: {file}</translation>
    </message>
    <message>
        <source>“{name}” contains an unsafe folder name: {folder}</source>
        <translation>“{name}” bevat een onveilige mapnaam: {folder}</translation>
    </message>
</context>
<context>
    <name>EditSentenceDialog</name>
    <message>
        <source>Edit sentence</source>
        <translation>Zin bewerken</translation>
    </message>
    <message>
        <source>Original: {source}</source>
        <translation>Origineel: {source}</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>&amp;Vertaling:</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Dit artikel</translation>
    </message>
    <message numerus="yes">
        <source>All %n article(s) in the list</source>
        <translation>
            <numerusform>%n artikel in de lijst</numerusform>
            <numerusform>Alle %n artikelen in de lijst</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles in the list (the list is empty)</source>
        <translation>Alle artikelen in de lijst (de lijst is leeg)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>&amp;Inhoud:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporteren:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Bestands&amp;naam:</translation>
    </message>
    <message>
        <source>Brief, original and translation</source>
        <translation>Samenvatting, origineel en vertaling</translation>
    </message>
    <message>
        <source>Brief only</source>
        <translation>Alleen de samenvatting</translation>
    </message>
    <message>
        <source>Translation only</source>
        <translation>Alleen de vertaling</translation>
    </message>
    <message>
        <source>Original and translation, side by side</source>
        <translation>Origineel en vertaling naast elkaar</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportmap</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Geef het bestand een naam.</translation>
    </message>
    <message>
        <source>“{name}” exists. Press Export again to replace it.</source>
        <translation>‘{name}’ bestaat al. Kies nogmaals Exporteren om het te vervangen.</translation>
    </message>
    <message>
        <source>Install a Dutch → English model to translate the articles first.</source>
        <translation>Installeer eerst een Nederlands → Engels-model om de artikelen te vertalen.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Exporting {number} of {total}: {name}</source>
        <translation>{number} van {total} exporteren: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to {folder}.</source>
        <translation>
            <numerusform>%n artikel geëxporteerd naar {folder}.</numerusform>
            <numerusform>%n artikelen geëxporteerd naar {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: {name}: {reason}</source>
        <translation>Niet geëxporteerd: {name}: {reason}</translation>
    </message>
    <message>
        <source>Stopped after {done} of {total}; the files already written stay.</source>
        <translation>Gestopt na {done} van {total}; de al geschreven bestanden blijven bestaan.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Platte tekst (.txt)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Webpagina (.html)</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation>OpenDocument-tekst (.odt)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>JSON for scripts (.json)</source>
        <translation>JSON voor scripts (.json)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation>Zoeken in het artikel</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} van {total}</translation>
    </message>
</context>
<context>
    <name>KeyTermChips</name>
    <message>
        <source>Key terms</source>
        <translation>Kernbegrippen</translation>
    </message>
    <message>
        <source>Key terms:</source>
        <translation>Kernbegrippen:</translation>
    </message>
    <message>
        <source>In the original: {term}</source>
        <translation>In het origineel: {term}</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tsjechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Deens</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grieks</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Fins</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Frisian</source>
        <translation>Fries</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongaars</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiaans</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japans</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreaans</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Luxemburgs</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noors</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Zweeds</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinees</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wordt gelezen…</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>Tekst lezen…</translation>
    </message>
    <message>
        <source>Looking for other translations…</source>
        <translation>Andere vertalingen zoeken…</translation>
    </message>
    <message>
        <source>Pick a translation for sentence {number}.</source>
        <translation>Kies een vertaling voor zin {number}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Installing {name}…</source>
        <translation>{name} wordt geïnstalleerd…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>MissingModelNotice</name>
    <message>
        <source>No Dutch → English model is installed</source>
        <translation>Er is geen model Nederlands → Engels geïnstalleerd</translation>
    </message>
    <message>
        <source>Kernpunt translates on this computer with a model, which you get once. Models are Argos Translate packages (.argosmodel): Download fetches the Dutch → English one from the Argos Translate package index, or install one you got from another computer. The Dutch original stays readable meanwhile.</source>
        <translation>Kernpunt vertaalt op deze computer met een model, dat u één keer binnenhaalt. Modellen zijn Argos Translate-pakketten (.argosmodel): Downloaden haalt het model Nederlands → Engels uit de pakketindex van Argos Translate, of installeer er een dat u van een andere computer hebt. Het Nederlandse origineel blijft intussen leesbaar.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Connects to the model index. Nothing else ever leaves this computer.</source>
        <translation>Maakt verbinding met de modelindex. Verder verlaat niets deze computer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <source>Install model from file…</source>
        <translation>Model uit bestand installeren…</translation>
    </message>
</context>
<context>
    <name>ModelDownload</name>
    <message>
        <source>{done:.1f} MB</source>
        <translation>{done:.1f} MB</translation>
    </message>
    <message>
        <source>{percent:.0f} %</source>
        <translation>{percent:.0f} %</translation>
    </message>
    <message>
        <source> · {speed:.1f} MB/s</source>
        <translation> · {speed:.1f} MB/s</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Translation models</source>
        <translation>Vertaalmodellen</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Geïnstalleerd</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Geïnstalleerde modellen</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Modelgegevens</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>Installeren uit bestand…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>{label} · {size} MB</source>
        <translation>{label} · {size} MB</translation>
    </message>
    <message>
        <source>No translation models are installed.</source>
        <translation>Er zijn geen vertaalmodellen geïnstalleerd.</translation>
    </message>
    <message>
        <source>Install model</source>
        <translation>Model installeren</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel)</source>
        <translation>Argos-modellen (*.argosmodel)</translation>
    </message>
    <message>
        <source>Installing {name}…</source>
        <translation>{name} installeren…</translation>
    </message>
    <message>
        <source>Replace model</source>
        <translation>Model vervangen</translation>
    </message>
    <message>
        <source>{message}

Replace the installed model?</source>
        <translation>{message}

Het geïnstalleerde model vervangen?</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Model verwijderen</translation>
    </message>
    <message>
        <source>Remove the model {label}? Kernpunt cannot translate with it any more.</source>
        <translation>Het model {label} verwijderen? Kernpunt kan er dan niet meer mee vertalen.</translation>
    </message>
    <message>
        <source>Installed {label}.</source>
        <translation>{label} is geïnstalleerd.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <source>Check for models</source>
        <translation>Modellen zoeken</translation>
    </message>
    <message>
        <source>Connects to the model index. Nothing else ever leaves this computer.</source>
        <translation>Maakt verbinding met de modelindex. Verder verlaat niets deze computer.</translation>
    </message>
    <message>
        <source>Models to download</source>
        <translation>Te downloaden modellen</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>Downloaden en installeren</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download annuleren</translation>
    </message>
    <message>
        <source>Kernpunt looks for models only when you ask. Press “Check for models”.</source>
        <translation>Kernpunt zoekt alleen naar modellen als u daarom vraagt. Kies ‘Modellen zoeken’.</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Modellen zoeken…</translation>
    </message>
    <message>
        <source> · {size} MB</source>
        <translation> · {size} MB</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available.</source>
        <translation>
            <numerusform>%n model beschikbaar.</numerusform>
            <numerusform>%n modellen beschikbaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading {label}…</source>
        <translation>{label} downloaden…</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was installed.</source>
        <translation>Download geannuleerd; er is niets geïnstalleerd.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Map: {folder}</translation>
    </message>
</context>
<context>
    <name>OsReasons</name>
    <message>
        <source>Permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>het bestandssysteem is alleen-lezen</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>het is geen map</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>de bestandsnaam is te lang</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>het schijfquotum is bereikt</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>invoer-/uitvoerfout</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>te veel geopende bestanden</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>handeling niet toegestaan</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>het bestand bestaat al</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Dutch original</source>
        <translation>Nederlands origineel</translation>
    </message>
    <message>
        <source>English translation</source>
        <translation>Engelse vertaling</translation>
    </message>
    <message>
        <source>English brief</source>
        <translation>Engelse samenvatting</translation>
    </message>
    <message>
        <source>Press Translate (Ctrl+T) to translate the article on this computer.</source>
        <translation>Kies Vertalen (Ctrl+T) om het artikel op deze computer te vertalen.</translation>
    </message>
    <message>
        <source>The brief appears here: the sentences that carry the article.</source>
        <translation>Hier verschijnt de samenvatting: de zinnen waar het artikel om draait.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Original (Dutch)</source>
        <translation>Origineel (Nederlands)</translation>
    </message>
    <message>
        <source>Translation (English)</source>
        <translation>Vertaling (Engels)</translation>
    </message>
    <message numerus="yes">
        <source>Brief · {method} · %n sentence(s)</source>
        <translation>
            <numerusform>Samenvatting · {method} · %n zin</numerusform>
            <numerusform>Samenvatting · {method} · %n zinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not translated yet, shown in Dutch</source>
        <translation>
            <numerusform> · %n nog niet vertaald, in het Nederlands getoond</numerusform>
            <numerusform> · %n nog niet vertaald, in het Nederlands getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentencePane</name>
    <message>
        <source>Not translated yet: the Dutch original</source>
        <translation>Nog niet vertaald: het Nederlandse origineel</translation>
    </message>
    <message>
        <source>Edited by you</source>
        <translation>Door u bewerkt</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The translation appears here by itself as soon as an article is read.</source>
        <translation>De vertaling verschijnt hier vanzelf zodra een artikel is ingelezen.</translation>
    </message>
    <message>
        <source>Press Translate (Ctrl+T) to translate the article on this computer.</source>
        <translation>Kies Vertalen (Ctrl+T) om het artikel op deze computer te vertalen.</translation>
    </message>
    <message>
        <source>{title} — Kernpunt</source>
        <translation>{title} — Kernpunt</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n zin</numerusform>
            <numerusform>%n zinnen</numerusform>
        </translation>
    </message>
    <message>
        <source> · dated {date}</source>
        <translation> · gedateerd {date}</translation>
    </message>
    <message>
        <source>This article looks like it is not in Dutch (detected: {language}). The translation may be poor.</source>
        <translation>Dit artikel lijkt niet in het Nederlands te zijn (herkend: {language}). De vertaling kan slecht zijn.</translation>
    </message>
    <message>
        <source>Installed the model {model}.</source>
        <translation>Het model {model} is geïnstalleerd.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Het model wordt geladen…</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Vertalen…</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>De samenvatting wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>Translated %n sentence(s) with {model}</source>
        <translation>
            <numerusform>%n zin vertaald met {model}</numerusform>
            <numerusform>%n zinnen vertaald met {model}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: {done} of %n sentence(s) translated</source>
        <translation>
            <numerusform>Geannuleerd: {done} van %n zin vertaald</numerusform>
            <numerusform>Geannuleerd: {done} van %n zinnen vertaald</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation stopped.</source>
        <translation>Vertalen gestopt.</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Geen artikel geopend</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Translation mode</source>
        <translation>Vertaalmodus</translation>
    </message>
    <message>
        <source>Quality (beam search)</source>
        <translation>Kwaliteit (beam search)</translation>
    </message>
    <message>
        <source>Fast (greedy)</source>
        <translation>Snel (greedy)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Aantal threads</translation>
    </message>
    <message>
        <source>Translate articles as they &amp;open</source>
        <translation>Artikelen vertalen zodra ze &amp;opengaan</translation>
    </message>
    <message>
        <source>Make the brief and the translation as soon as an article is read.</source>
        <translation>De samenvatting en de vertaling maken zodra een artikel is ingelezen.</translation>
    </message>
    <message>
        <source>Brief method</source>
        <translation>Samenvattingsmethode</translation>
    </message>
    <message>
        <source>Brief length</source>
        <translation>Lengte van de samenvatting</translation>
    </message>
    <message>
        <source>3 sentences, or a percentage such as 20%</source>
        <translation>3 zinnen, of een percentage zoals 20%</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modelmap</translation>
    </message>
    <message>
        <source>Argos Translate&apos;s own folder</source>
        <translation>De map van Argos Translate zelf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Model index address</source>
        <translation>Adres van de modelindex</translation>
    </message>
    <message>
        <source>Argos Translate&apos;s package index</source>
        <translation>De pakketindex van Argos Translate</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Meten…</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache wissen</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>Aantal &amp;threads:</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>M&amp;ethode:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Lengte:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>A new interface language applies after a restart.</source>
        <translation>Een nieuwe interfacetaal werkt na een herstart.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Index address:</source>
        <translation>&amp;Indexadres:</translation>
    </message>
    <message>
        <source>Translation cache:</source>
        <translation>Vertaalcache:</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} MB</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Tekstcodering</translation>
    </message>
    <message>
        <source>Translation model</source>
        <translation>Vertaalmodel</translation>
    </message>
    <message>
        <source>Translation mode</source>
        <translation>Vertaalmodus</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Snel</translation>
    </message>
    <message>
        <source>Quality weighs several candidate translations; Fast takes the first.</source>
        <translation>Kwaliteit weegt meerdere kandidaat-vertalingen af; Snel neemt de eerste.</translation>
    </message>
    <message>
        <source>Translation progress</source>
        <translation>Voortgang van de vertaling</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel translation</source>
        <translation>Vertaling annuleren</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Kernpunt works on this computer; nothing is sent anywhere.</source>
        <translation>Kernpunt werkt op deze computer; er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>Read as {encoding}. File › Reopen with Encoding chooses another.</source>
        <translation>Gelezen als {encoding}. Bestand › Opnieuw openen met codering kiest een andere.</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Geen model</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v van %m</translation>
    </message>
    <message numerus="yes">
        <source>Translating: {done} of %n sentence(s)</source>
        <translation>
            <numerusform>Vertalen: {done} van %n zin</numerusform>
            <numerusform>Vertalen: {done} van %n zinnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeLeftWords</name>
    <message>
        <source>less than a minute left</source>
        <translation>nog minder dan een minuut</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>nog ongeveer %n min</numerusform>
            <numerusform>nog ongeveer %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>nog ongeveer %n uur</numerusform>
            <numerusform>nog ongeveer %n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation>nog ongeveer {hours} uur {minutes} min</translation>
    </message>
</context>
<context>
    <name>WindowArticles</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
            <numerusform>%n artikelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Artikelen zoeken…</translation>
    </message>
    <message>
        <source>Articles found so far: {count}</source>
        <translation>Tot nu toe gevonden artikelen: {count}</translation>
    </message>
    <message>
        <source>None of these files is an article Kernpunt can open.</source>
        <translation>Geen van deze bestanden is een artikel dat Kernpunt kan openen.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Open article</source>
        <translation>Artikel openen</translation>
    </message>
    <message>
        <source>Articles ({patterns})</source>
        <translation>Artikelen ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Install model</source>
        <translation>Model installeren</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel)</source>
        <translation>Argos-modellen (*.argosmodel)</translation>
    </message>
    <message>
        <source>Looking up the model index…</source>
        <translation>De modelindex raadplegen…</translation>
    </message>
    <message>
        <source>The model index offers no Dutch → English model. Install one from a file.</source>
        <translation>De modelindex biedt geen model Nederlands → Engels aan. Installeer er een uit een bestand.</translation>
    </message>
    <message>
        <source>Downloading {label}…</source>
        <translation>{label} downloaden…</translation>
    </message>
    <message>
        <source>Downloading {label} ({size:.0f} MB)…</source>
        <translation>{label} downloaden ({size:.0f} MB)…</translation>
    </message>
    <message>
        <source>Installed the model {model}.</source>
        <translation>Het model {model} is geïnstalleerd.</translation>
    </message>
    <message>
        <source>{message} You can still install a model from a file.</source>
        <translation>{message} U kunt nog steeds een model uit een bestand installeren.</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was installed.</source>
        <translation>Download geannuleerd; er is niets geïnstalleerd.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} is opgeslagen.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read.</source>
        <translation>Het klembord bevat geen tekst om te lezen.</translation>
    </message>
    <message>
        <source>Kernpunt could not open its log. It is {path}.</source>
        <translation>Kernpunt kon zijn logboek niet openen. Het staat in {path}.</translation>
    </message>
</context>
<context>
    <name>WindowRecovery</name>
    <message>
        <source>Restore what was open</source>
        <translation>Terughalen wat open was</translation>
    </message>
    <message>
        <source>Kernpunt did not close properly last time. Bring back the articles you were reading and your edits?</source>
        <translation>Kernpunt is de vorige keer niet goed afgesloten. De artikelen die u las en uw bewerkingen terughalen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terughalen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Could not bring back {name}: it is no longer in {folder}. Your edits of it are lost.</source>
        <translation>Kon {name} niet terughalen: het staat niet meer in {folder}. Uw bewerkingen ervan zijn verloren.</translation>
    </message>
    <message>
        <source>Kernpunt could not read what it saved before it last closed, so it cannot bring that back. The damaged file was kept as {path}.</source>
        <translation>Kernpunt kon niet lezen wat het bewaarde voordat het de vorige keer sloot, dus kan het dat niet terugzetten. Het beschadigde bestand is bewaard als {path}.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Terughalen…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The brief</source>
        <translation>De samenvatting</translation>
    </message>
    <message>
        <source>The bilingual article</source>
        <translation>Het tweetalige artikel</translation>
    </message>
    <message>
        <source>The brief and the bilingual article</source>
        <translation>De samenvatting en het tweetalige artikel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
</context>
</TS>
