<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>All %n article(s) in the list</source>
        <translation>
            <numerusform>All %n article in the list</numerusform>
            <numerusform>All %n articles in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to {folder}.</source>
        <translation>
            <numerusform>Exported %n article to {folder}.</numerusform>
            <numerusform>Exported %n articles to {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message numerus="yes">
        <source>%n model(s) available.</source>
        <translation>
            <numerusform>%n model available.</numerusform>
            <numerusform>%n models available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message numerus="yes">
        <source>Brief · {method} · %n sentence(s)</source>
        <translation>
            <numerusform>Brief · {method} · %n sentence</numerusform>
            <numerusform>Brief · {method} · %n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not translated yet, shown in Dutch</source>
        <translation>
            <numerusform> · %n not translated yet, shown in Dutch</numerusform>
            <numerusform> · %n not translated yet, shown in Dutch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n sentence</numerusform>
            <numerusform>%n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translated %n sentence(s) with {model}</source>
        <translation>
            <numerusform>Translated %n sentence with {model}</numerusform>
            <numerusform>Translated %n sentences with {model}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: {done} of %n sentence(s) translated</source>
        <translation>
            <numerusform>Cancelled: {done} of %n sentence translated</numerusform>
            <numerusform>Cancelled: {done} of %n sentences translated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message numerus="yes">
        <source>Translating: {done} of %n sentence(s)</source>
        <translation>
            <numerusform>Translating: {done} of %n sentence</numerusform>
            <numerusform>Translating: {done} of %n sentences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeLeftWords</name>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>about %n h left</numerusform>
            <numerusform>about %n h left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowArticles</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
</TS>
