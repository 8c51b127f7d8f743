<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Align</name>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>&amp;Linke Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align {nodes} left</source>
        <translation>{nodes} links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centres</source>
        <translation>Hori&amp;zontal zentrieren</translation>
    </message>
    <message>
        <source>Align {nodes} on their centres</source>
        <translation>{nodes} horizontal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>&amp;Rechte Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align {nodes} right</source>
        <translation>{nodes} rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>&amp;Obere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align {nodes} at the top</source>
        <translation>{nodes} oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middles</source>
        <translation>Ver&amp;tikal zentrieren</translation>
    </message>
    <message>
        <source>Align {nodes} on their middles</source>
        <translation>{nodes} vertikal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>&amp;Untere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align {nodes} at the bottom</source>
        <translation>{nodes} unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute {nodes} horizontally</source>
        <translation>{nodes} horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Vertikal verteilen</translation>
    </message>
    <message>
        <source>Distribute {nodes} vertically</source>
        <translation>{nodes} vertikal verteilen</translation>
    </message>
    <message>
        <source>Space the selected nodes evenly</source>
        <translation>Die ausgewählten Elemente in gleichen Abständen verteilen</translation>
    </message>
    <message>
        <source>Line the selected nodes up</source>
        <translation>Die ausgewählten Elemente aneinander ausrichten</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>The recovery copy of this map could not be written: {reason}.</source>
        <translation>Die Wiederherstellungskopie dieser Karte konnte nicht geschrieben werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>CanvasMenus</name>
    <message>
        <source>{name} menu</source>
        <translation>Menü von {name}</translation>
    </message>
    <message>
        <source>Connect &amp;To…</source>
        <translation>&amp;Verbinden mit…</translation>
    </message>
    <message>
        <source>Click another node to link it; the menu then offers the relations that fit</source>
        <translation>Klicken Sie auf ein anderes Element, um es zu verbinden; das Menü bietet dann die passenden Beziehungen an</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Show &amp;Members Inside</source>
        <translation>&amp;Mitglieder im Rahmen zeigen</translation>
    </message>
    <message>
        <source>Draw the company as a box holding its members instead of linking them</source>
        <translation>Das Unternehmen als Rahmen um seine Mitglieder zeichnen, statt sie zu verbinden</translation>
    </message>
    <message>
        <source>E&amp;xpand Box</source>
        <translation>&amp;Rahmen ausklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse Box</source>
        <translation>&amp;Rahmen einklappen</translation>
    </message>
    <message>
        <source>Link menu</source>
        <translation>Menü der Verbindung</translation>
    </message>
    <message>
        <source>Change &amp;Relation</source>
        <translation>&amp;Beziehung ändern</translation>
    </message>
    <message>
        <source>Selection menu</source>
        <translation>Menü der Auswahl</translation>
    </message>
    <message>
        <source>A&amp;lign and Distribute</source>
        <translation>Aus&amp;richten und verteilen</translation>
    </message>
    <message>
        <source>Map menu</source>
        <translation>Menü der Karte</translation>
    </message>
    <message>
        <source>&amp;Add Here</source>
        <translation>Hier hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add Sticky &amp;Note Here</source>
        <translation>Haft&amp;notiz hier hinzufügen</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Ar&amp;t ändern</translation>
    </message>
    <message>
        <source>Add a node</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <source>Add a node here:</source>
        <translation>Hier ein Element hinzufügen:</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No comparison.</source>
        <translation>Kein Vergleich.</translation>
    </message>
    <message>
        <source>Changes since the compared version</source>
        <translation>Änderungen seit der verglichenen Fassung</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <source>The map is the same as {file}.</source>
        <translation>Die Karte ist identisch mit {file}.</translation>
    </message>
    <message>
        <source>Since {file}: {added} added (green), {removed} removed (grey), {changed} changed or moved (amber).</source>
        <translation>Seit {file}: {added} hinzugefügt (grün), {removed} entfernt (grau), {changed} geändert oder verschoben (gelb).</translation>
    </message>
    <message>
        <source>... and {count} more (the command &apos;stakeholder-map diff&apos; lists them all).</source>
        <translation>... und {count} weitere (der Befehl „stakeholder-map diff“ listet alle auf).</translation>
    </message>
    <message>
        <source>Role gained: {sentence}</source>
        <translation>Neue Rolle: {sentence}</translation>
    </message>
    <message>
        <source>Role lost: {sentence}</source>
        <translation>Rolle verloren: {sentence}</translation>
    </message>
    <message>
        <source>New finding ({severity}): {message}</source>
        <translation>Neuer Befund ({severity}): {message}</translation>
    </message>
    <message>
        <source>Finding gone ({severity}): {message}</source>
        <translation>Befund entfallen ({severity}): {message}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Vergleichen &amp;mit…</translation>
    </message>
    <message>
        <source>Show another version of this map over it: what was added, removed and changed</source>
        <translation>Eine andere Fassung dieser Karte darüberlegen: was hinzugefügt, entfernt und geändert wurde</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>This file is not a stakeholder map I can read.

{reason}</source>
        <translation>Diese Datei ist keine lesbare Stakeholder-Karte.

{reason}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Konflikte beim Zusammenführen</translation>
    </message>
    <message>
        <source>Mark All Resolved</source>
        <translation>Alle als gelöst markieren</translation>
    </message>
    <message>
        <source>Remove the list of conflicts from the map (Undo brings it back)</source>
        <translation>Die Liste der Konflikte aus der Karte entfernen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Merge Conflicts</source>
        <translation>Konflikte beim Zusammenführen</translation>
    </message>
    <message>
        <source>This map was merged with 1 conflict: see the Merge Conflicts panel.</source>
        <translation>Diese Karte wurde mit 1 Konflikt zusammengeführt: siehe den Bereich „Konflikte beim Zusammenführen“.</translation>
    </message>
    <message>
        <source>This map was merged with {count} conflicts: see the Merge Conflicts panel.</source>
        <translation>Diese Karte wurde mit {count} Konflikten zusammengeführt: siehe den Bereich „Konflikte beim Zusammenführen“.</translation>
    </message>
    <message>
        <source>Both sides of a merge changed these two ways; the merge kept ours. Click one to select its item, change what needs changing, then mark them resolved.</source>
        <translation>Beide Seiten haben diese Stellen unterschiedlich geändert; beim Zusammenführen blieb unsere Fassung. Klicken Sie auf einen Eintrag, um sein Element auszuwählen, ändern Sie, was nötig ist, und markieren Sie die Konflikte dann als gelöst.</translation>
    </message>
    <message>
        <source>No merge conflicts in this map.</source>
        <translation>Diese Karte hat keine Konflikte beim Zusammenführen.</translation>
    </message>
    <message>
        <source>Mark merge conflicts resolved</source>
        <translation>Konflikte als gelöst markieren</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 node</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <source>{count} nodes</source>
        <translation>{count} Elemente</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <source>{count} links</source>
        <translation>{count} Verbindungen</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Key Stakeholders</source>
        <translation>Schlüssel-Stakeholder</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Findings ({count})</source>
        <translation>Befunde ({count})</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>A node cannot be linked to itself.</source>
        <translation>Ein Element kann nicht mit sich selbst verbunden werden.</translation>
    </message>
    <message>
        <source>Choose a relation</source>
        <translation>Beziehung wählen</translation>
    </message>
    <message>
        <source>{relation} {target}</source>
        <translation>{relation} {target}</translation>
    </message>
    <message>
        <source>{source} already {relation} {target}: that link is selected.</source>
        <translation>Die Verbindung „{source} {relation} {target}“ gibt es schon: Sie ist jetzt ausgewählt.</translation>
    </message>
    <message>
        <source>Copied {nodes} and {links}.</source>
        <translation>{nodes} und {links} kopiert.</translation>
    </message>
    <message>
        <source>Copied {nodes}.</source>
        <translation>{nodes} kopiert.</translation>
    </message>
    <message>
        <source>The clipboard holds no stakeholder map nodes.</source>
        <translation>Die Zwischenablage enthält keine Elemente einer Stakeholder-Karte.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Grafik</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Map file (JSON)</source>
        <translation>Kartendatei (JSON)</translation>
    </message>
    <message>
        <source>Map files (*.json)</source>
        <translation>Kartendateien (*.json)</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml)</source>
        <translation>GraphML-Dateien (*.graphml)</translation>
    </message>
    <message>
        <source>GEXF files (*.gexf)</source>
        <translation>GEXF-Dateien (*.gexf)</translation>
    </message>
    <message>
        <source>Excel workbook (Kumu layout)</source>
        <translation>Excel-Arbeitsmappe (Kumu-Aufbau)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (elements + connections)</source>
        <translation>CSV-Tabellen (Elemente + Verbindungen)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation>Die ganze Karte</translation>
    </message>
    <message>
        <source>What the window shows now</source>
        <translation>Was das Fenster gerade zeigt</translation>
    </message>
    <message>
        <source>The selected nodes</source>
        <translation>Die ausgewählten Elemente</translation>
    </message>
    <message>
        <source>The map&apos;s size (times the scale)</source>
        <translation>Größe der Karte (mal Maßstab)</translation>
    </message>
    <message>
        <source>Slide, 16:9, 1920 x 1080</source>
        <translation>Folie, 16:9, 1920 x 1080</translation>
    </message>
    <message>
        <source>Slide, 16:9, 3840 x 2160 (4K)</source>
        <translation>Folie, 16:9, 3840 x 2160 (4K)</translation>
    </message>
    <message>
        <source>A picture of the map as on the canvas, with roles and findings.</source>
        <extracomment>what each format gives, under the choices</extracomment>
        <translation>Ein Bild der Karte wie auf der Arbeitsfläche, mit Rollen und Befunden.</translation>
    </message>
    <message>
        <source>A drawing that stays sharp at any size; the text stays text.</source>
        <translation>Eine Grafik, die in jeder Größe scharf bleibt; Text bleibt Text.</translation>
    </message>
    <message>
        <source>One page the size of the map, ready to print or share.</source>
        <translation>Eine Seite in der Größe der Karte, bereit zum Drucken oder Weitergeben.</translation>
    </message>
    <message>
        <source>A copy of the map file.</source>
        <translation>Eine Kopie der Kartendatei.</translation>
    </message>
    <message>
        <source>The map as a graph that yEd shows as drawn (names, shapes, colours) and Gephi or networkx read with every field.</source>
        <translation>Die Karte als Graph, den yEd wie gezeichnet zeigt (Namen, Formen, Farben) und Gephi oder networkx mit allen Feldern lesen.</translation>
    </message>
    <message>
        <source>The map for Gephi, with positions, colours and every field.</source>
        <translation>Die Karte für Gephi, mit Positionen, Farben und allen Feldern.</translation>
    </message>
    <message>
        <source>One workbook with an Elements and a Connections sheet, as Kumu and spreadsheet tools expect.</source>
        <translation>Eine Arbeitsmappe mit einem Blatt „Elements“ und einem Blatt „Connections“, wie Kumu und Tabellenprogramme sie erwarten.</translation>
    </message>
    <message>
        <source>Two spreadsheets: NAME.csv (elements) and NAME-connections.csv (connections), as Kumu and spreadsheet tools expect.</source>
        <translation>Zwei Tabellen: NAME.csv (Elemente) und NAME-connections.csv (Verbindungen), wie Kumu und Tabellenprogramme sie erwarten.</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>Show the title above the map</source>
        <translation>Titel über der Karte zeigen</translation>
    </message>
    <message>
        <source>Include the legend</source>
        <translation>Mit Legende</translation>
    </message>
    <message>
        <source>Show the finding rings (untick for a clean picture)</source>
        <translation>Befund-Ringe zeigen (abwählen für ein sauberes Bild)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Maßstab:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>A {width} x {height} pixel picture for slides, the map fitted in. {hint}</source>
        <translation>Ein Bild mit {width} x {height} Pixeln für Folien, die Karte eingepasst. {hint}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported {files}</source>
        <translation>Exportiert: {files}</translation>
    </message>
</context>
<context>
    <name>FarNodes</name>
    <message>
        <source>“{name}” is very far out (x {x}, y {y}), so the map is too small to see: Map › Arrange Automatically brings it back.</source>
        <translation>„{name}“ liegt sehr weit außen (x {x}, y {y}), daher ist die Karte zu klein zum Erkennen: Karte › Automatisch anordnen holt es zurück.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>„{text}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>None (plain numbers)</source>
        <extracomment>signs people type for a code (&quot;$&quot; alone is taken as US dollars)</extracomment>
        <translation>Keine (reine Zahlen)</translation>
    </message>
    <message>
        <source>“{text}” is not a currency code. Type three letters such as EUR, USD or GBP, or leave it empty.</source>
        <translation>„{text}“ ist kein Währungscode. Geben Sie drei Buchstaben ein, etwa EUR, USD oder GBP, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The currency of every amount in this map</source>
        <translation>Die Währung aller Beträge in dieser Karte</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Stakeholder maps (*.stakemap.json *.json);;All files (*)</source>
        <translation>Stakeholder-Karten (*.stakemap.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “{name}”?

Your changes will be lost if you don&apos;t save them.</source>
        <translation>Möchten Sie die Änderungen an „{name}“ speichern?

Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Open Map</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>Karte kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This file is not a stakeholder map I can read.

{reason}</source>
        <translation>Diese Datei ist keine lesbare Stakeholder-Karte.

{reason}</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>{file} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>Vorlage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save Map As</source>
        <translation>Karte speichern unter</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Gespeicherte Version laden</translation>
    </message>
    <message>
        <source>Discard your changes to “{name}” and reload the saved file?</source>
        <translation>Ihre Änderungen an „{name}“ verwerfen und die gespeicherte Datei neu laden?</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Tick what to show; the rest of the map dims.</source>
        <translation>Haken Sie an, was Sie sehen möchten; der Rest der Karte wird blass.</translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} stakeholders and products.</source>
        <translation>{shown} von {total} Stakeholdern und Produkten sichtbar.</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Part of a name, a note or a tag</source>
        <translation>Teil eines Namens, einer Notiz oder eines Tags</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find a stakeholder by name, note or tag</source>
        <translation>Einen Stakeholder nach Name, Notiz oder Tag suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Show the next stakeholder that matches</source>
        <translation>Den nächsten passenden Stakeholder zeigen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Show the previous stakeholder that matches</source>
        <translation>Den vorherigen passenden Stakeholder zeigen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <source>{meaning}
What to do: {action}</source>
        <translation>{meaning}
Was zu tun ist: {action}</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No gaps found.</source>
        <translation>Keine Lücken gefunden.</translation>
    </message>
    <message>
        <source>Analysing the map…</source>
        <translation>Die Karte wird analysiert…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Stakeholder Map Guide</source>
        <translation>Anleitung zu Stakeholder Map</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>The guide is not written in your language yet: here it is in English.</source>
        <translation>Die Anleitung gibt es noch nicht auf Deutsch: Hier ist sie auf Englisch.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The guide is missing&lt;/h2&gt;&lt;p&gt;This installation has no &lt;code&gt;help/guide.html&lt;/code&gt;; reinstall the program.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Die Anleitung fehlt&lt;/h2&gt;&lt;p&gt;Dieser Installation fehlt &lt;code&gt;help/guide.html&lt;/code&gt;; bitte installieren Sie das Programm neu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Stakeholder Map</source>
        <translation>Über Stakeholder Map</translation>
    </message>
    <message>
        <source>&lt;p&gt;Draw who uses, pays for, decides on and influences a product, and see the gaps: products nobody pays for, users nobody listens to, companies without a decision-maker.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zeichnen Sie, wer ein Produkt nutzt, bezahlt, darüber entscheidet und es beeinflusst, und sehen Sie die Lücken: Produkte, für die niemand zahlt, Nutzer, auf die niemand hört, Unternehmen ohne Entscheider.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>{file}, lines {lines}</source>
        <translation>{file}, Zeilen {lines}</translation>
    </message>
    <message>
        <source>… and {count} more: {where}</source>
        <translation>… und {count} weitere: {where}</translation>
    </message>
    <message>
        <source>1 stakeholder</source>
        <translation>1 Stakeholder</translation>
    </message>
    <message>
        <source>{count} stakeholders</source>
        <translation>{count} Stakeholder</translation>
    </message>
    <message>
        <source>Import Spreadsheet</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.csv);;Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>Nothing in this spreadsheet can be imported:

{problems}</source>
        <translation>Aus dieser Tabelle lässt sich nichts importieren:

{problems}</translation>
    </message>
    <message>
        <source>Some of the spreadsheet will not come in:

{problems}

Import the rest ({stakeholders} and {links})?</source>
        <translation>Ein Teil der Tabelle kann nicht übernommen werden:

{problems}

Den Rest importieren ({stakeholders} und {links})?</translation>
    </message>
</context>
<context>
    <name>KeyStakeholders</name>
    <message>
        <source>Key stakeholders</source>
        <translation>Schlüssel-Stakeholder</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Stakeholder, and why</source>
        <translation>Stakeholder und warum</translation>
    </message>
    <message>
        <source>Decides on a product 4, pays for one as a company 2, sways someone who decides 2, swayed by each stakeholder 1, uses a product 0.5</source>
        <translation>Entscheidet über ein Produkt 4, zahlt als Unternehmen für eines 2, beeinflusst einen Entscheider 2, je Stakeholder, der ihn beeinflusst, 1, nutzt ein Produkt 0,5</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>No role yet</source>
        <translation>Noch keine Rolle</translation>
    </message>
    <message>
        <source>{kind}: {roles}
{reason}</source>
        <translation>{kind}: {roles}
{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new, empty map</source>
        <translation>Eine neue, leere Karte beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a map file</source>
        <translation>Eine Kartendatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Die Karte speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the map under another name</source>
        <translation>Die Karte unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>Gespeicherte Version &amp;laden</translation>
    </message>
    <message>
        <source>Drop unsaved changes and reload the file</source>
        <translation>Ungespeicherte Änderungen verwerfen und die Datei neu laden</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fens&amp;ter schließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Been&amp;den</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Alle Fenster schließen und das Programm beenden</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Write a stakeholder report to share: a PDF or a web page</source>
        <translation>Einen Stakeholder-Bericht zum Weitergeben schreiben: als PDF oder Webseite</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dru&amp;cken…</translation>
    </message>
    <message>
        <source>Print the map on one page or spread across several</source>
        <translation>Die Karte auf einer Seite oder über mehrere Seiten verteilt drucken</translation>
    </message>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>Als &amp;Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the map, or the selected nodes, as a picture for slides and documents</source>
        <translation>Die Karte oder die ausgewählten Elemente als Bild für Folien und Dokumente kopieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Die eben rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation>Die ausgewählten Elemente ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected nodes and the links between them</source>
        <translation>Die ausgewählten Elemente und die Verbindungen zwischen ihnen kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste nodes copied from any map window</source>
        <translation>Elemente einfügen, die in einem beliebigen Kartenfenster kopiert wurden</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected nodes</source>
        <translation>Die ausgewählten Elemente duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selection (a node&apos;s links go with it)</source>
        <translation>Die Auswahl löschen (die Verbindungen eines Elements werden mitgelöscht)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles auswä&amp;hlen</translation>
    </message>
    <message>
        <source>Select every node and link</source>
        <translation>Alle Elemente und Verbindungen auswählen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected node on the map</source>
        <translation>Das ausgewählte Element auf der Karte umbenennen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show the map at 100%</source>
        <translation>Die Karte in 100 % zeigen</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Karte einpa&amp;ssen</translation>
    </message>
    <message>
        <source>Zoom so the whole map fits the window</source>
        <translation>So zoomen, dass die ganze Karte ins Fenster passt</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Snap nodes to the grid when they move</source>
        <translation>Elemente beim Verschieben am Raster ausrichten</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>&amp;Legende anzeigen</translation>
    </message>
    <message>
        <source>Show what the shapes and line styles mean</source>
        <translation>Zeigen, was die Formen und Linienarten bedeuten</translation>
    </message>
    <message>
        <source>&amp;Arrange Automatically</source>
        <translation>&amp;Automatisch anordnen</translation>
    </message>
    <message>
        <source>Lay the map out: products in the middle, payers and deciders on one side, users on the other (undoable)</source>
        <translation>Die Karte anordnen: Produkte in die Mitte, Zahler und Entscheider auf eine Seite, Nutzer auf die andere (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Backups and recovery copies</source>
        <translation>Sicherungskopien und Wiederherstellungskopien</translation>
    </message>
    <message>
        <source>Stakeholder Map &amp;Guide</source>
        <translation>&amp;Anleitung zu Stakeholder Map</translation>
    </message>
    <message>
        <source>How to draw and read a stakeholder map</source>
        <translation>Wie man eine Stakeholder-Karte zeichnet und liest</translation>
    </message>
    <message>
        <source>&amp;About Stakeholder Map</source>
        <translation>Ü&amp;ber Stakeholder Map</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <extracomment>a close was accepted: the map was saved, or the person chose Discard</extracomment>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Map canvas</source>
        <translation>Arbeitsfläche der Karte</translation>
    </message>
    <message>
        <source>Analysis failed: {reason}</source>
        <translation>Analyse fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>A&amp;lign and Distribute</source>
        <translation>Aus&amp;richten und verteilen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the map as a picture, PDF, GraphML or spreadsheet</source>
        <translation>Die Karte als Bild, PDF, GraphML oder Tabelle speichern</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>Tabelle &amp;importieren…</translation>
    </message>
    <message>
        <source>Make a map from spreadsheet (CSV) files</source>
        <translation>Eine Karte aus Tabellendateien (CSV) erstellen</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Select and move; drag from the dot on a node&apos;s right side to connect</source>
        <translation>Auswählen und verschieben; zum Verbinden vom Punkt rechts an einem Element ziehen</translation>
    </message>
    <message>
        <source>Click the map to place a product (hold Shift to place several)</source>
        <extracomment>what placing each kind does, one whole sentence each (translated where shown)</extracomment>
        <translation>Klicken Sie auf die Karte, um ein Produkt zu platzieren (Umschalttaste halten für mehrere)</translation>
    </message>
    <message>
        <source>Click the map to place a company (hold Shift to place several)</source>
        <translation>Klicken Sie auf die Karte, um ein Unternehmen zu platzieren (Umschalttaste halten für mehrere)</translation>
    </message>
    <message>
        <source>Click the map to place a buyer (hold Shift to place several)</source>
        <translation>Klicken Sie auf die Karte, um einen Einkäufer zu platzieren (Umschalttaste halten für mehrere)</translation>
    </message>
    <message>
        <source>Click the map to place a decision-maker (hold Shift to place several)</source>
        <translation>Klicken Sie auf die Karte, um einen Entscheider zu platzieren (Umschalttaste halten für mehrere)</translation>
    </message>
    <message>
        <source>Click the map to place an end user (hold Shift to place several)</source>
        <translation>Klicken Sie auf die Karte, um einen Endnutzer zu platzieren (Umschalttaste halten für mehrere)</translation>
    </message>
    <message>
        <source>Click the map to place a person (hold Shift to place several)</source>
        <translation>Klicken Sie auf die Karte, um eine Person zu platzieren (Umschalttaste halten für mehrere)</translation>
    </message>
    <message>
        <source>Drag from one node to another: it {relation} the other</source>
        <translation>Von einem Element zum anderen ziehen: „{relation}“</translation>
    </message>
    <message>
        <source>{tool} ({key}): {tip}</source>
        <translation>{tool} ({key}): {tip}</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
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
    <message>
        <source>While a map has unsaved changes, a recovery copy is written a moment after you stop editing, and at least this often while you keep editing.</source>
        <translation>Solange eine Karte ungespeicherte Änderungen hat, wird kurz nach Ihrer letzten Bearbeitung eine Wiederherstellungskopie geschrieben, und während Sie weiterarbeiten mindestens so oft.</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>How this stakeholder feels about the product: a champion works for it, a blocker against it</source>
        <translation>Wie dieser Stakeholder zum Produkt steht: ein Fürsprecher setzt sich dafür ein, ein Blockierer dagegen</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Macht</translation>
    </message>
    <message>
        <source>How much this stakeholder can change the outcome</source>
        <translation>Wie stark dieser Stakeholder das Ergebnis verändern kann</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>How much this stakeholder cares about the outcome</source>
        <translation>Wie wichtig diesem Stakeholder das Ergebnis ist</translation>
    </message>
    <message>
        <source>A&amp;ttitude</source>
        <translation>&amp;Haltung</translation>
    </message>
    <message>
        <source>Po&amp;wer</source>
        <translation>&amp;Macht</translation>
    </message>
    <message>
        <source>Inte&amp;rest</source>
        <translation>&amp;Interesse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Free labels such as a segment, a team or a city; a tag&apos;s colour (chosen with nothing selected) marks every node that carries it</source>
        <translation>Freie Schlagwörter wie ein Segment, ein Team oder eine Stadt; die Farbe eines Tags (wählbar, wenn nichts ausgewählt ist) markiert jedes Element, das ihn trägt</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>Kind&apos;s colour</source>
        <translation>Farbe der Art</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Füllfarbe</translation>
    </message>
    <message>
        <source>Choose a fill colour for this node instead of its kind&apos;s</source>
        <translation>Für dieses Element eine eigene Füllfarbe statt der Farbe seiner Art wählen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Fill the node with its kind&apos;s colour again</source>
        <translation>Das Element wieder mit der Farbe seiner Art füllen</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Füllfarbe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>A few words shown on the line</source>
        <translation>Ein paar Worte, die auf der Linie stehen</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>Besc&amp;hriftung</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Map title</source>
        <translation>Titel der Karte</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Unbenannte Karte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Not set (one)</source>
        <translation>Nicht festgelegt (eine)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Personenzahl</translation>
    </message>
    <message>
        <source>How many people this node stands for</source>
        <translation>Für wie viele Personen dieses Element steht</translation>
    </message>
    <message>
        <source>&amp;Headcount</source>
        <translation>&amp;Personenzahl</translation>
    </message>
    <message>
        <source>Part of my own organisation</source>
        <translation>Eigene Organisation</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Show members inside</source>
        <translation>Mitglieder im Rahmen zeigen</translation>
    </message>
    <message>
        <source>Draw the company as a box holding its members instead of linking them; drop a person into the box to make them a member</source>
        <translation>Das Unternehmen als Rahmen um seine Mitglieder zeichnen, statt sie zu verbinden; ziehen Sie eine Person in den Rahmen, um sie zum Mitglied zu machen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>Be&amp;trag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Keine Vereinbarung</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>&amp;Vereinbarung</translation>
    </message>
    <message>
        <source>Kind of all selected nodes</source>
        <translation>Art aller ausgewählten Elemente</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Relation of all selected links</source>
        <translation>Beziehung aller ausgewählten Verbindungen</translation>
    </message>
    <message>
        <source>{nodes}, {links}.

Select a node or a link to edit it. Pick a kind in the palette and click the map to add a node; drag from one node to another with a relation to link them.</source>
        <translation>{nodes}, {links}.

Wählen Sie ein Element oder eine Verbindung aus, um es zu bearbeiten. Wählen Sie eine Art in der Palette und klicken Sie auf die Karte, um ein Element hinzuzufügen; ziehen Sie mit einer Beziehung von einem Element zum anderen, um sie zu verbinden.</translation>
    </message>
    <message>
        <source>This name is {length} characters long: the map keeps all of it; here you see its first {shown}.</source>
        <translation>Dieser Name ist {length} Zeichen lang: Die Karte behält ihn ganz; hier sehen Sie die ersten {shown}.</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency})</source>
        <translation>Be&amp;trag ({currency})</translation>
    </message>
    <message>
        <source>Only a “pays for” link carries money</source>
        <translation>Nur eine Verbindung „zahlt für“ trägt einen Betrag</translation>
    </message>
    <message>
        <source>{nodes} and {links} selected</source>
        <translation>{nodes} und {links} ausgewählt</translation>
    </message>
    <message>
        <source>{items} selected</source>
        <translation>{items} ausgewählt</translation>
    </message>
    <message>
        <source>{relation} (not allowed here)</source>
        <translation>{relation} (hier nicht erlaubt)</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>Currency not changed: {reason}</source>
        <translation>Währung nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>Headcount not changed: {reason}</source>
        <translation>Personenzahl nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>Amount not changed: {reason}</source>
        <translation>Betrag nicht geändert: {reason}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>there is no folder for application data on this system</source>
        <translation>Dieses System hat keinen Ordner für Programmdaten</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <extracomment>what the original file looked like when the copy was made (to spot later changes) grows with every copy written, across sessions (a tie of ``time`` never decides order)</extracomment>
        <translation>Unbenannte Karte</translation>
    </message>
    <message>
        <source>cannot create the recovery folder {folder}: {reason}</source>
        <translation>Der Wiederherstellungsordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>cannot lock a recovery session in {folder}</source>
        <translation>In {folder} lässt sich keine Wiederherstellungssitzung sperren</translation>
    </message>
    <message>
        <source>cannot create {folder}: {reason}</source>
        <translation>{folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <extracomment>the original file as it was when the copy was made; None when unknown</extracomment>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} um {time}</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>Recover unsaved maps</source>
        <translation>Ungespeicherte Karten wiederherstellen</translation>
    </message>
    <message>
        <source>Stakeholder Map did not close properly last time. This map was not saved.
Tick the maps to restore; the others are deleted.</source>
        <translation>Stakeholder Map wurde beim letzten Mal nicht richtig beendet. Diese Karte war nicht gespeichert.
Haken Sie die Karten an, die Sie wiederherstellen möchten; die anderen werden gelöscht.</translation>
    </message>
    <message>
        <source>Stakeholder Map did not close properly last time. These {count} maps were not saved.
Tick the maps to restore; the others are deleted.</source>
        <translation>Stakeholder Map wurde beim letzten Mal nicht richtig beendet. Diese {count} Karten waren nicht gespeichert.
Haken Sie die Karten an, die Sie wiederherstellen möchten; die anderen werden gelöscht.</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Ausgewählte wiederherstellen</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>Alle verwerfen</translation>
    </message>
    <message>
        <source>Restore none, delete all</source>
        <translation>Keine wiederherstellen, alle löschen</translation>
    </message>
    <message>
        <source>Some maps could not be restored</source>
        <translation>Einige Karten konnten nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>These recovery copies are damaged and were kept on disk in {folder}:

{maps}</source>
        <translation>Diese Wiederherstellungskopien sind beschädigt und wurden in {folder} aufbewahrt:

{maps}</translation>
    </message>
    <message>
        <source>Unsaved maps cannot be recovered after a crash: {reason}</source>
        <extracomment>every window that has autosave, the start-up window first</extracomment>
        <translation>Ungespeicherte Karten lassen sich nach einem Absturz nicht wiederherstellen: {reason}</translation>
    </message>
</context>
<context>
    <name>SafeSave</name>
    <message>
        <source>File changed on disk</source>
        <translation>Datei wurde geändert</translation>
    </message>
    <message>
        <source>“{file}” was changed by another program or person since you opened it.</source>
        <translation>„{file}“ wurde seit dem Öffnen von einem anderen Programm oder einer anderen Person geändert.</translation>
    </message>
    <message>
        <source>Overwrite it with your map, save your map as a new file, or cancel and keep both as they are.</source>
        <translation>Überschreiben Sie die Datei mit Ihrer Karte, speichern Sie Ihre Karte als neue Datei, oder brechen Sie ab und lassen Sie beide, wie sie sind.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>File is read-only</source>
        <translation>Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>“{file}” is read-only: it is marked so that it is not changed by mistake.</source>
        <translation>„{file}“ ist schreibgeschützt: Sie ist so markiert, damit sie nicht versehentlich geändert wird.</translation>
    </message>
    <message>
        <source>Replace it with your map anyway (it stays read-only), save your map as a new file, or cancel and keep the file as it is.</source>
        <translation>Ersetzen Sie die Datei trotzdem durch Ihre Karte (sie bleibt schreibgeschützt), speichern Sie Ihre Karte als neue Datei, oder brechen Sie ab und lassen Sie die Datei, wie sie ist.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save Map As</source>
        <translation>Karte speichern unter</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>{file} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot save map</source>
        <translation>Karte kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{reason}.

Your map is still open with all its changes, and the file on disk was left as it was. Try Save As… to save it in another folder.</source>
        <translation>{reason}.

Ihre Karte ist mit allen Änderungen weiter geöffnet, und die Datei auf dem Datenträger blieb unverändert. Versuchen Sie „Speichern unter…“, um sie in einem anderen Ordner zu speichern.</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>&amp;Views</source>
        <translation>Ansich&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep the Filter&apos;s ticks and where the map view looks, under a name, in the map file</source>
        <translation>Die Haken im Filter und den gezeigten Kartenausschnitt unter einem Namen in der Kartendatei behalten</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Noch keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>&amp;Focus on Selection</source>
        <translation>Auf Auswahl &amp;fokussieren</translation>
    </message>
    <message>
        <source>1 link away</source>
        <translation>1 Verbindung entfernt</translation>
    </message>
    <message>
        <source>{count} links away</source>
        <translation>{count} Verbindungen entfernt</translation>
    </message>
    <message>
        <source>Show &amp;Everything</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>View not saved: {reason}</source>
        <translation>Ansicht nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Showing the view “{name}”</source>
        <translation>Ansicht „{name}“ wird gezeigt</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>PDF report (*.pdf);;Web page report (*.html)</source>
        <translation>PDF-Bericht (*.pdf);;Bericht als Webseite (*.html)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>{name} report.pdf</source>
        <translation>{name} Bericht.pdf</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
    <message>
        <source>Report written to {file}</source>
        <translation>Bericht in {file} geschrieben</translation>
    </message>
    <message>
        <source>Nothing copied</source>
        <translation>Nichts kopiert</translation>
    </message>
    <message>
        <source>The map copied as an image (PNG and SVG)</source>
        <translation>Die Karte wurde als Bild kopiert (PNG und SVG)</translation>
    </message>
    <message>
        <source>1 selected node copied as an image (PNG and SVG)</source>
        <translation>1 ausgewähltes Element als Bild kopiert (PNG und SVG)</translation>
    </message>
    <message>
        <source>{count} selected nodes copied as an image (PNG and SVG)</source>
        <translation>{count} ausgewählte Elemente als Bild kopiert (PNG und SVG)</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder-Karte</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Karte drucken</translation>
    </message>
    <message>
        <source>Fit the map on one page</source>
        <translation>Die Karte auf eine Seite einpassen</translation>
    </message>
    <message>
        <source>Spread it across several pages, overlapping a little</source>
        <translation>Auf mehrere Seiten verteilen, leicht überlappend</translation>
    </message>
    <message>
        <source> pages wide</source>
        <translation> Seiten breit</translation>
    </message>
    <message>
        <source>Print the title above the map</source>
        <translation>Titel über der Karte drucken</translation>
    </message>
    <message>
        <source>Include the legend</source>
        <translation>Mit Legende</translation>
    </message>
    <message>
        <source>Show the finding rings</source>
        <translation>Befund-Ringe zeigen</translation>
    </message>
    <message>
        <source>Only the selected nodes</source>
        <translation>Nur die ausgewählten Elemente</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Nodes and links</source>
        <translation>Elemente und Verbindungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} Warnungen</translation>
    </message>
    <message>
        <source>No errors or warnings</source>
        <translation>Keine Fehler oder Warnungen</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>StickyNotes</name>
    <message>
        <source>Sticky Note</source>
        <translation>Haftnotiz</translation>
    </message>
    <message>
        <source>Add a sticky note in the middle of the view: free text that is not a stakeholder (the analysis ignores it)</source>
        <translation>Eine Haftnotiz in die Mitte der Ansicht setzen: freier Text, der kein Stakeholder ist (die Analyse übergeht ihn)</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Haftnotiz</translation>
    </message>
    <message>
        <source>What the note says:</source>
        <translation>Text der Notiz:</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation>Macht und Interesse</translation>
    </message>
    <message>
        <source>Your stakeholders on Mendelow&apos;s power/interest grid: drag one to another cell to change its power and interest</source>
        <translation>Ihre Stakeholder in Mendelows Macht-Interesse-Matrix: Ziehen Sie einen in ein anderes Feld, um seine Macht und sein Interesse zu ändern</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
</context>
<context>
    <name>TagColours</name>
    <message>
        <source>Tag colours</source>
        <translation>Tag-Farben</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Tags you give nodes are listed here.</source>
        <translation>Tags, die Sie Elementen geben, erscheinen hier.</translation>
    </message>
    <message>
        <source>{tag}: no colour</source>
        <translation>{tag}: keine Farbe</translation>
    </message>
    <message>
        <source>Colour for “{tag}”</source>
        <translation>Farbe für „{tag}“</translation>
    </message>
</context>
</TS>
