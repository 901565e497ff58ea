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
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>&amp;Plakken als nieuw artikel</translation>
    </message>
    <message>
        <source>&amp;Export as Markdown…</source>
        <translation>&amp;Exporteren als Markdown…</translation>
    </message>
    <message>
        <source>&amp;Install model from file…</source>
        <translation>Model uit bestand &amp;installeren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
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
        <source>Edit sentence</source>
        <translation>Zin bewerken</translation>
    </message>
    <message>
        <source>Original: {source}</source>
        <translation>Origineel: {source}</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>Geen recente artikelen</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
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
        <source>Articles ({patterns});;All files (*)</source>
        <translation>Artikelen ({patterns});;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read.</source>
        <translation>Het klembord bevat geen tekst om te lezen.</translation>
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
        <source>Loading the model…</source>
        <translation>Het model wordt geladen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
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
        <source>Install model</source>
        <translation>Model installeren</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel)</source>
        <translation>Argos-modellen (*.argosmodel)</translation>
    </message>
    <message>
        <source>Installing {name}…</source>
        <translation>{name} wordt geïnstalleerd…</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Vertalen…</translation>
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
        <source>Saved {name}.</source>
        <translation>{name} is opgeslagen.</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Artikel openen</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporteren als Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
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
        <source>Key terms</source>
        <translation>Kernbegrippen</translation>
    </message>
    <message>
        <source>Original (Dutch)</source>
        <translation>Origineel (Nederlands)</translation>
    </message>
    <message>
        <source>Translation (English)</source>
        <translation>Vertaling (Engels)</translation>
    </message>
    <message>
        <source>Brief (English)</source>
        <translation>Samenvatting (Engels)</translation>
    </message>
    <message>
        <source>Key terms: {terms}</source>
        <translation>Kernbegrippen: {terms}</translation>
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
    <message>
        <source> · about {seconds} s left</source>
        <translation> · nog ongeveer {seconds} s</translation>
    </message>
</context>
</TS>
