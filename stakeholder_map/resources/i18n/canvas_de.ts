<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Amounts</name>
    <message>
        <source>{number}B</source>
        <translation>{number} Mrd.</translation>
    </message>
    <message>
        <source>{number}M</source>
        <translation>{number} Mio.</translation>
    </message>
    <message>
        <source>{amount} / mo</source>
        <translation>{amount} / Monat</translation>
    </message>
    <message>
        <source>{amount} / yr</source>
        <translation>{amount} / Jahr</translation>
    </message>
    <message>
        <source>{amount} once</source>
        <translation>{amount} einmalig</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>one-time</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>{amount} · contract</source>
        <translation>{amount} · Vertrag</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} Personen</translation>
    </message>
    <message>
        <source>Unnamed product</source>
        <translation>Unbenanntes Produkt</translation>
    </message>
    <message>
        <source>Unnamed company</source>
        <translation>Unbenanntes Unternehmen</translation>
    </message>
    <message>
        <source>Unnamed buyer</source>
        <translation>Unbenannter Einkäufer</translation>
    </message>
    <message>
        <source>Unnamed decision-maker</source>
        <translation>Unbenannter Entscheider</translation>
    </message>
    <message>
        <source>Unnamed end user</source>
        <translation>Unbenannter Endnutzer</translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation>Unbenannte Person</translation>
    </message>
</context>
<context>
    <name>Boxes</name>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} Mitglieder</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Start with a product: pick Product in the palette and click here. Then add who pays, who uses and who decides.</source>
        <translation>Beginnen Sie mit einem Produkt: Wählen Sie in der Palette „Produkt“ und klicken Sie hier. Fügen Sie dann hinzu, wer zahlt, wer es nutzt und wer entscheidet.</translation>
    </message>
    <message>
        <source>canvas</source>
        <translation>Kartenfläche</translation>
    </message>
    <message>
        <source>The stakeholder map. Drag nodes to move them; Ctrl+wheel zooms.</source>
        <translation>Die Stakeholder-Karte. Ziehen Sie Elemente, um sie zu verschieben; Strg+Mausrad zoomt.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (entfernt)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Show members inside {name}</source>
        <translation>Mitglieder in {name} zeigen</translation>
    </message>
    <message>
        <source>Show members inside {count} companies</source>
        <translation>Mitglieder in {count} Unternehmen zeigen</translation>
    </message>
    <message>
        <source>Show members of {name} as links</source>
        <translation>Mitglieder von {name} als Verbindungen zeigen</translation>
    </message>
    <message>
        <source>Show members of {count} companies as links</source>
        <translation>Mitglieder von {count} Unternehmen als Verbindungen zeigen</translation>
    </message>
    <message>
        <source>Collapse {name}</source>
        <translation>{name} einklappen</translation>
    </message>
    <message>
        <source>Collapse {count} boxes</source>
        <translation>{count} Unternehmensrahmen einklappen</translation>
    </message>
    <message>
        <source>Expand {name}</source>
        <translation>{name} ausklappen</translation>
    </message>
    <message>
        <source>Expand {count} boxes</source>
        <translation>{count} Unternehmensrahmen ausklappen</translation>
    </message>
    <message>
        <source>Move {name} into {box}</source>
        <translation>{name} in {box} verschieben</translation>
    </message>
    <message>
        <source>Move {count} nodes into {box}</source>
        <translation>{count} Elemente in {box} verschieben</translation>
    </message>
    <message>
        <source>Move {name} out of its box</source>
        <translation>{name} aus dem Unternehmensrahmen verschieben</translation>
    </message>
    <message>
        <source>Move {count} nodes out of their boxes</source>
        <translation>{count} Elemente aus ihren Unternehmensrahmen verschieben</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot export to {path}: &apos;{suffix}&apos; is not a format this program writes (use one of {formats})</source>
        <translation>Export nach {path} nicht möglich: „{suffix}“ ist kein Format, das dieses Programm schreibt (verwenden Sie eines von {formats})</translation>
    </message>
    <message>
        <source>cannot export to {path}: the name has no suffix (use one of {formats})</source>
        <translation>Export nach {path} nicht möglich: Der Name hat keine Endung (verwenden Sie eine von {formats})</translation>
    </message>
    <message>
        <source>the scale must be between {low} and {high}, not {scale}</source>
        <translation>der Maßstab muss zwischen {low} und {high} liegen, nicht bei {scale}</translation>
    </message>
    <message>
        <source>the slide size must be one of {sizes}, not {slide}</source>
        <translation>die Foliengröße muss eine von {sizes} sein, nicht {slide}</translation>
    </message>
    <message>
        <source>choose a scale or a slide size, not both</source>
        <translation>wählen Sie einen Maßstab oder eine Foliengröße, nicht beides</translation>
    </message>
    <message>
        <source>nothing is selected: select the nodes to export, or export the whole map</source>
        <translation>nichts ist ausgewählt: Wählen Sie die Elemente aus, die Sie exportieren möchten, oder exportieren Sie die ganze Karte</translation>
    </message>
    <message>
        <source>cannot export to {path}: the folder {folder} does not exist</source>
        <translation>Export nach {path} nicht möglich: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot export to {path}: {folder} is not a folder</source>
        <translation>Export nach {path} nicht möglich: {folder} ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot export to {path}: it is a folder</source>
        <translation>Export nach {path} nicht möglich: Das ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot export to {path}: the file is read-only</source>
        <translation>Export nach {path} nicht möglich: Die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot export to {path}: the folder is not writable ({reason})</source>
        <translation>Export nach {path} nicht möglich: In den Ordner kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>cannot export to {path}: {reason}</source>
        <translation>Export nach {path} nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>cannot export to {path}: the map is too large to draw as {format} (some nodes are very far from the others; move them closer)</source>
        <translation>Export nach {path} nicht möglich: Die Karte ist zu groß, um sie als {format} zu zeichnen (einige Elemente liegen sehr weit von den anderen entfernt; rücken Sie sie näher heran)</translation>
    </message>
    <message>
        <source>cannot export to {path}: nothing could be written</source>
        <translation>Export nach {path} nicht möglich: Es konnte nichts geschrieben werden</translation>
    </message>
    <message>
        <source>cannot export to {path}: the map holds text that cannot be written as UTF-8</source>
        <translation>Export nach {path} nicht möglich: Die Karte enthält Text, der sich nicht als UTF-8 schreiben lässt</translation>
    </message>
    <message>
        <source>drawing an export needs a QApplication, but this program started a {kind}</source>
        <translation>zum Zeichnen eines Exports ist eine QApplication nötig, aber dieses Programm hat eine {kind} gestartet</translation>
    </message>
    <message>
        <source>{width} x {height} pixels, {megabytes} MB</source>
        <translation>{width} × {height} Pixel, {megabytes} MB</translation>
    </message>
    <message>
        <source>the map is too large for {what} ({size}; at most {side} pixels per side and {million} million in all): choose a smaller scale or a slide size, or export SVG or PDF</source>
        <translation>die Karte ist zu groß für {what} ({size}; höchstens {side} Pixel je Seite und {million} Millionen insgesamt): Wählen Sie einen kleineren Maßstab oder eine Foliengröße, oder exportieren Sie SVG oder PDF</translation>
    </message>
    <message>
        <source>not enough memory for {what} ({size}; {free} MB free): choose a smaller scale or a slide size, or export SVG or PDF</source>
        <translation>nicht genug Arbeitsspeicher für {what} ({size}; {free} MB frei): Wählen Sie einen kleineren Maßstab oder eine Foliengröße, oder exportieren Sie SVG oder PDF</translation>
    </message>
    <message>
        <source>a PNG at {scale}x</source>
        <translation>ein PNG in {scale}-facher Größe</translation>
    </message>
    <message>
        <source>a PNG</source>
        <translation>ein PNG</translation>
    </message>
    <message>
        <source>not enough memory for a {width} x {height} PNG: choose a smaller scale, or export SVG or PDF</source>
        <translation>nicht genug Arbeitsspeicher für ein PNG mit {width} × {height} Pixeln: Wählen Sie einen kleineren Maßstab, oder exportieren Sie SVG oder PDF</translation>
    </message>
    <message>
        <source>the map is too large for an SVG ({width} x {height} pixels; at most {most} per side): some nodes are very far from the others; move them closer, or export PDF</source>
        <translation>die Karte ist zu groß für ein SVG ({width} × {height} Pixel; höchstens {most} je Seite): Einige Elemente liegen sehr weit von den anderen entfernt; rücken Sie sie näher heran, oder exportieren Sie PDF</translation>
    </message>
    <message>
        <source>could not start the SVG drawing</source>
        <translation>die SVG-Zeichnung konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>could not set the PDF page to the size of the map</source>
        <translation>die PDF-Seite konnte nicht auf die Größe der Karte gesetzt werden</translation>
    </message>
    <message>
        <source>could not start the PDF drawing</source>
        <translation>die PDF-Zeichnung konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>Personenzahl</translation>
    </message>
    <message>
        <source>internal flag</source>
        <translation>Kennzeichen „intern“</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>power</source>
        <translation>Macht</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Company box</source>
        <translation>Unternehmensrahmen</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>New buyer</source>
        <translation>Neuer Einkäufer</translation>
    </message>
    <message>
        <source>New decision-maker</source>
        <translation>Neuer Entscheider</translation>
    </message>
    <message>
        <source>New end user</source>
        <translation>Neuer Endnutzer</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder-Karte</translation>
    </message>
    <message>
        <source>Stakeholder map with {nodes} nodes and {links} relations, drawn by Stakeholder Map</source>
        <translation>Stakeholder-Karte mit {nodes} Elementen und {links} Beziehungen, gezeichnet mit Stakeholder Map</translation>
    </message>
</context>
<context>
    <name>PowerInterest</name>
    <message>
        <source>Manage closely</source>
        <translation>Eng einbinden</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Zufriedenstellen</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informiert halten</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>Interest: low → high</source>
        <translation>Interesse: niedrig → hoch</translation>
    </message>
    <message>
        <source>Power: low → high</source>
        <translation>Macht: niedrig → hoch</translation>
    </message>
    <message>
        <source>Not placed yet: drag onto the grid</source>
        <translation>Noch nicht eingeordnet: Ziehen Sie sie in die Matrix</translation>
    </message>
    <message>
        <source>Power and interest grid</source>
        <translation>Macht-Interesse-Matrix</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>a map can be printed 1 to {most} pages across, not {across}</source>
        <translation>eine Karte kann auf 1 bis {most} Seiten nebeneinander gedruckt werden, nicht auf {across}</translation>
    </message>
    <message>
        <source>the printer could not start</source>
        <translation>der Drucker konnte nicht starten</translation>
    </message>
    <message>
        <source>the printer could not start a new page</source>
        <translation>der Drucker konnte keine neue Seite beginnen</translation>
    </message>
    <message>
        <source>Row {row}, column {column} of {rows} x {columns}: the marks show where the neighbouring sheet begins</source>
        <translation>Zeile {row}, Spalte {column} von {rows} × {columns}: Die Markierungen zeigen, wo das benachbarte Blatt beginnt</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cannot write a report to {path}: &apos;{suffix}&apos; is not a report format (use .pdf or .html)</source>
        <translation>Bericht nach {path} nicht möglich: „{suffix}“ ist kein Berichtsformat (verwenden Sie .pdf oder .html)</translation>
    </message>
    <message>
        <source>cannot write a report to {path}: the name has no suffix (use .pdf or .html)</source>
        <translation>Bericht nach {path} nicht möglich: Der Name hat keine Endung (verwenden Sie .pdf oder .html)</translation>
    </message>
    <message>
        <source>the page size must be a4 or letter, not {page}</source>
        <translation>das Seitenformat muss a4 oder letter sein, nicht {page}</translation>
    </message>
    <message>
        <source>cannot write a report to {path}: the map&apos;s picture is too large for a web page (some nodes are very far from the others); move them closer, or write the report as PDF</source>
        <translation>Bericht nach {path} nicht möglich: Das Bild der Karte ist zu groß für eine Webseite (einige Elemente liegen sehr weit von den anderen entfernt); rücken Sie sie näher heran, oder schreiben Sie den Bericht als PDF</translation>
    </message>
    <message>
        <source>cannot write a report to {path}: nothing could be written</source>
        <translation>Bericht nach {path} nicht möglich: Es konnte nichts geschrieben werden</translation>
    </message>
    <message>
        <source>{kind} (internal)</source>
        <translation>{kind} (intern)</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} Personen</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>Keine Verbindungen.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Attitude:</source>
        <translation>Haltung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Key stakeholders</source>
        <translation>Schlüssel-Stakeholder</translation>
    </message>
    <message>
        <source>The people and organisations that carry the most weight on this map. The score adds up what each one holds: deciding on a product {decides}, paying for one as a company {pays}, swaying someone who decides {sways}, each stakeholder who sways them {swayed}, using a product {uses}.</source>
        <translation>Die Personen und Organisationen mit dem meisten Gewicht auf dieser Karte. Die Punktzahl zählt zusammen, was jede von ihnen in der Hand hat: über ein Produkt entscheiden {decides}, als Unternehmen für eines zahlen {pays}, jemanden beeinflussen, der entscheidet {sways}, je Stakeholder, der sie beeinflusst {swayed}, ein Produkt nutzen {uses}.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No stakeholder stands out: add who influences, decides on and pays for the products to see who carries the most weight.</source>
        <translation>Kein Stakeholder sticht heraus: Fügen Sie hinzu, wer Einfluss nimmt, wer über die Produkte entscheidet und wer für sie zahlt, um zu sehen, wer das meiste Gewicht hat.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>The map has no stakeholders yet.</source>
        <translation>Die Karte hat noch keine Stakeholder.</translation>
    </message>
    <message>
        <source>What the roles mean</source>
        <translation>Was die Rollen bedeuten</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>The map has no products yet.</source>
        <translation>Die Karte hat noch keine Produkte.</translation>
    </message>
    <message>
        <source>Stakeholder report, {date}</source>
        <translation>Stakeholder-Bericht, {date}</translation>
    </message>
    <message>
        <source>Amounts in {currency}</source>
        <translation>Beträge in {currency}</translation>
    </message>
    <message>
        <source>Findings: {summary}</source>
        <translation>Befunde: {summary}</translation>
    </message>
    <message>
        <source>Map of {title}</source>
        <translation>Karte von {title}</translation>
    </message>
    <message>
        <source>{title}: stakeholder report</source>
        <translation>{title}: Stakeholder-Bericht</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>could not set up the PDF&apos;s pages</source>
        <translation>die Seiten des PDF konnten nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>could not start the report&apos;s PDF</source>
        <translation>das PDF des Berichts konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>could not add a page to the report&apos;s PDF</source>
        <translation>dem PDF des Berichts konnte keine Seite hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>StickyNotes</name>
    <message>
        <source>Double-click to write</source>
        <translation>Zum Schreiben doppelklicken</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>{source} pays for {target}</source>
        <translation>{source} zahlt für {target}</translation>
    </message>
    <message>
        <source>{source} decides on {target}</source>
        <translation>{source} entscheidet über {target}</translation>
    </message>
    <message>
        <source>{source} uses {target}</source>
        <translation>{source} nutzt {target}</translation>
    </message>
    <message>
        <source>{source} influences {target}</source>
        <translation>{source} beeinflusst {target}</translation>
    </message>
    <message>
        <source>{source} is a member of {target}</source>
        <translation>{source} gehört zu {target}</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>sceptic</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>Blockierer</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Attitude: {value}</source>
        <translation>Haltung: {value}</translation>
    </message>
    <message>
        <source>Power: {value}</source>
        <translation>Macht: {value}</translation>
    </message>
    <message>
        <source>Interest: {value}</source>
        <translation>Interesse: {value}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>{old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Arrange map</source>
        <translation>Karte anordnen</translation>
    </message>
    <message>
        <source>Change map title</source>
        <translation>Kartentitel ändern</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Währung ändern</translation>
    </message>
    <message>
        <source>Colour tag {tag}</source>
        <translation>Tag {tag} einfärben</translation>
    </message>
    <message>
        <source>Clear colour of {tag}</source>
        <translation>Farbe von Tag {tag} entfernen</translation>
    </message>
    <message>
        <source>Add sticky note</source>
        <translation>Haftnotiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit sticky note</source>
        <translation>Haftnotiz bearbeiten</translation>
    </message>
    <message>
        <source>Move sticky note</source>
        <translation>Haftnotiz verschieben</translation>
    </message>
    <message>
        <source>Save view {name}</source>
        <translation>Ansicht {name} speichern</translation>
    </message>
    <message>
        <source>Delete view {name}</source>
        <translation>Ansicht {name} löschen</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Add company</source>
        <translation>Unternehmen hinzufügen</translation>
    </message>
    <message>
        <source>Add buyer</source>
        <translation>Einkäufer hinzufügen</translation>
    </message>
    <message>
        <source>Add decision-maker</source>
        <translation>Entscheider hinzufügen</translation>
    </message>
    <message>
        <source>Add end user</source>
        <translation>Endnutzer hinzufügen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Link {source} pays for {target}</source>
        <translation>Verbindung: {source} zahlt für {target}</translation>
    </message>
    <message>
        <source>Link {source} decides on {target}</source>
        <translation>Verbindung: {source} entscheidet über {target}</translation>
    </message>
    <message>
        <source>Link {source} uses {target}</source>
        <translation>Verbindung: {source} nutzt {target}</translation>
    </message>
    <message>
        <source>Link {source} influences {target}</source>
        <translation>Verbindung: {source} beeinflusst {target}</translation>
    </message>
    <message>
        <source>Link {source} is a member of {target}</source>
        <translation>Verbindung: {source} gehört zu {target}</translation>
    </message>
    <message>
        <source>Delete 1 item</source>
        <translation>1 Objekt löschen</translation>
    </message>
    <message>
        <source>Delete {count} items</source>
        <translation>{count} Objekte löschen</translation>
    </message>
    <message>
        <source>Cut 1 item</source>
        <translation>1 Objekt ausschneiden</translation>
    </message>
    <message>
        <source>Cut {count} items</source>
        <translation>{count} Objekte ausschneiden</translation>
    </message>
    <message>
        <source>Paste 1 item</source>
        <translation>1 Objekt einfügen</translation>
    </message>
    <message>
        <source>Paste {count} items</source>
        <translation>{count} Objekte einfügen</translation>
    </message>
    <message>
        <source>Duplicate 1 item</source>
        <translation>1 Objekt duplizieren</translation>
    </message>
    <message>
        <source>Duplicate {count} items</source>
        <translation>{count} Objekte duplizieren</translation>
    </message>
    <message>
        <source>Move 1 node</source>
        <translation>1 Element verschieben</translation>
    </message>
    <message>
        <source>Move {count} nodes</source>
        <translation>{count} Elemente verschieben</translation>
    </message>
    <message>
        <source>Delete 1 sticky note</source>
        <translation>1 Haftnotiz löschen</translation>
    </message>
    <message>
        <source>Delete {count} sticky notes</source>
        <translation>{count} Haftnotizen löschen</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Change {field} of {count} nodes</source>
        <translation>{field} von {count} Elementen ändern</translation>
    </message>
    <message>
        <source>Change {field} of {count} links</source>
        <translation>{field} von {count} Verbindungen ändern</translation>
    </message>
    <message>
        <source>Edit {count} nodes</source>
        <translation>{count} Elemente bearbeiten</translation>
    </message>
    <message>
        <source>Edit {count} links</source>
        <translation>{count} Verbindungen bearbeiten</translation>
    </message>
    <message>
        <source>Change {fields}</source>
        <translation>{fields} ändern</translation>
    </message>
</context>
</TS>
