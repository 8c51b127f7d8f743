<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keep the previous version as a backup (.bak) when saving</source>
        <translation>Beim Speichern die vorige Fassung als Sicherungskopie (.bak) behalten</translation>
    </message>
    <message>
        <source>Keep a backup when saving</source>
        <translation>Beim Speichern eine Sicherungskopie behalten</translation>
    </message>
    <message>
        <source>Recovery copy at least every</source>
        <translation>Wiederherstellungskopie mindestens alle</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>While a map has unsaved changes, a recovery copy is written a moment after you stop editing, and at least this often while you keep editing.</source>
        <translation>Solange eine Karte ungespeicherte Änderungen hat, wird kurz nach Ihrer letzten Bearbeitung eine Wiederherstellungskopie geschrieben, und während Sie weiter bearbeiten mindestens so oft.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The language changes the next time you start Stakeholder Map.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Stakeholder Map.</translation>
    </message>
</context>
</TS>
