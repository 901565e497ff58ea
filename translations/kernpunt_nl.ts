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
    <name>ArticleList</name>
    <message>
        <source>Article list</source>
        <translation>Artikellijst</translation>
    </message>
</context>
<context>
    <name>ContentChoice</name>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Afdrukken:</translation>
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
        <source>Kernpunt translates on this computer with an Argos Translate model, a file ending in .argosmodel. Install one to see the English translation and the brief. The Dutch original stays readable meanwhile.</source>
        <translation>Kernpunt vertaalt op deze computer met een Argos Translate-model, een bestand dat eindigt op .argosmodel. Installeer er een om de Engelse vertaling en de samenvatting te zien. Het Nederlandse origineel blijft intussen leesbaar.</translation>
    </message>
    <message>
        <source>Install model from file…</source>
        <translation>Model uit bestand installeren…</translation>
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
        <source>{label} · {size:.0f} MB</source>
        <translation>{label} · {size:.0f} MB</translation>
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
        <source> · {size:.0f} MB</source>
        <translation> · {size:.0f} MB</translation>
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
    <message>
        <source>Download cancelled; nothing was installed.</source>
        <translation>Download geannuleerd; er is niets geïnstalleerd.</translation>
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
</context>
<context>
    <name>SentencePane</name>
    <message>
        <source>Edited by you</source>
        <translation>Door u bewerkt</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
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
        <translation>Threads</translation>
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
        <translation>&amp;Threads:</translation>
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
        <source>Articles ({patterns});;All files (*)</source>
        <translation>Artikelen ({patterns});;Alle bestanden (*)</translation>
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
        <source>Kernpunt did not close properly last time. Bring back the articles you were reading and your edits?</source>
        <translation>Kernpunt is de vorige keer niet goed afgesloten. De artikelen die u las en uw bewerkingen terughalen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terughalen</translation>
    </message>
    <message>
        <source>Kernpunt could not read what it saved before it last closed, so it cannot bring that back. The damaged file was kept as {path}.</source>
        <translation>Kernpunt kon niet lezen wat het bewaarde voordat het de vorige keer sloot, dus kan het dat niet terugzetten. Het beschadigde bestand is bewaard als {path}.</translation>
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
</context>
</TS>
