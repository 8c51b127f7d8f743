<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Compare</name>
    <message>
        <source>a user</source>
        <translation>ein Nutzer</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>ein Auftraggeber</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>ein Kunde</translation>
    </message>
    <message>
        <source>a paying user</source>
        <translation>ein zahlender Nutzer</translation>
    </message>
    <message>
        <source>a sponsored user</source>
        <translation>ein gesponserter Nutzer</translation>
    </message>
    <message>
        <source>a free user</source>
        <translation>ein kostenloser Nutzer</translation>
    </message>
    <message>
        <source>a decision-maker</source>
        <translation>ein Entscheider</translation>
    </message>
    <message>
        <source>an influencer</source>
        <translation>ein Einflussgeber</translation>
    </message>
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
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>Einkäufer</translation>
    </message>
    <message>
        <source>decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>end user</source>
        <translation>Endnutzer</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
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
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>node {name} ({id}, {kind})</source>
        <translation>Element {name} ({id}, {kind})</translation>
    </message>
    <message>
        <source>node {name} ({id})</source>
        <translation>Element {name} ({id})</translation>
    </message>
    <message>
        <source>edge {id}: {sentence}</source>
        <translation>Verbindung {id}: {sentence}</translation>
    </message>
    <message>
        <source>edge {id} ({sentence})</source>
        <translation>Verbindung {id} ({sentence})</translation>
    </message>
    <message>
        <source>Added {subject}.</source>
        <translation>Hinzugefügt: {subject}.</translation>
    </message>
    <message>
        <source>Removed {subject}.</source>
        <translation>Entfernt: {subject}.</translation>
    </message>
    <message>
        <source>Moved {subject} from {old} to {new}.</source>
        <translation>Verschoben: {subject} von {old} nach {new}.</translation>
    </message>
    <message>
        <source>Changed {subject}: {fields}; moved from {old} to {new}.</source>
        <translation>Geändert: {subject}: {fields}; verschoben von {old} nach {new}.</translation>
    </message>
    <message>
        <source>Changed {subject}: {fields}.</source>
        <translation>Geändert: {subject}: {fields}.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} ist jetzt {role}.</translation>
    </message>
    <message>
        <source>{name} is no longer {role}.</source>
        <translation>{name} ist nicht mehr {role}.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>tag colours</source>
        <translation>Tag-Farben</translation>
    </message>
    <message>
        <source>sticky notes</source>
        <translation>Haftnotizen</translation>
    </message>
    <message>
        <source>saved views</source>
        <translation>gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Changed the map&apos;s {field}: {old} → {new}.</source>
        <translation>Geändert in der Karte: {field} {old} → {new}.</translation>
    </message>
    <message>
        <source>The maps are the same.</source>
        <translation>Die Karten sind gleich.</translation>
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
        <source>map: merge conflict: {message}</source>
        <translation>Karte: Konflikt beim Zusammenführen: {message}</translation>
    </message>
    <message>
        <source>map: {field} {value}</source>
        <translation>Karte: {field} {value}</translation>
    </message>
    <message>
        <source>node {id}: {field} {value}</source>
        <translation>Element {id}: {field} {value}</translation>
    </message>
    <message>
        <source>edge {id}: {field} {value}</source>
        <translation>Verbindung {id}: {field} {value}</translation>
    </message>
    <message>
        <source>node {id}: {name}, {kind}</source>
        <translation>Element {id}: {name}, {kind}</translation>
    </message>
    <message>
        <source>node {id}: at {place}</source>
        <translation>Element {id}: bei {place}</translation>
    </message>
    <message>
        <source>role: {name} is {role}</source>
        <translation>Rolle: {name} ist {role}</translation>
    </message>
    <message>
        <source>finding ({severity}): {message}</source>
        <translation>Befund ({severity}): {message}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the file is larger than this disk or system allows</source>
        <translation>die Datei ist größer, als dieser Datenträger oder dieses System erlaubt</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>ein Ordner hat diesen Namen</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger hat einen Ein-/Ausgabefehler gemeldet</translation>
    </message>
    <message>
        <source>this is not a regular file (a device, a pipe or a socket), so nothing is written to it</source>
        <translation>dies ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket), daher wird nichts hineingeschrieben</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>this is not valid JSON ({reason})</source>
        <translation>dies ist kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>a number has too many digits</source>
        <translation>eine Zahl hat zu viele Stellen</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <translation>die Zahl {number}</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation>der Text {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>the data is nested more than {depth} levels deep</source>
        <translation>die Daten sind tiefer als {depth} Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>{number} is not a number a map file may hold</source>
        <translation>{number} ist keine Zahl, die eine Kartendatei enthalten darf</translation>
    </message>
    <message>
        <source>the key {key} appears twice</source>
        <translation>der Schlüssel {key} kommt zweimal vor</translation>
    </message>
    <message>
        <source>the text holds an invalid character (a lone surrogate)</source>
        <translation>der Text enthält ein ungültiges Zeichen (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>a key holds an invalid character (a lone surrogate)</source>
        <translation>ein Schlüssel enthält ein ungültiges Zeichen (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>the map holds text that cannot be written as UTF-8</source>
        <translation>die Karte enthält Text, der nicht als UTF-8 geschrieben werden kann</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>the previous file could not be read for the backup ({reason})</source>
        <translation>die bisherige Datei konnte für die Sicherungskopie nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a map file</source>
        <translation>dies ist ein Ordner, keine Kartendatei</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>dies ist keine normale Datei</translation>
    </message>
    <message>
        <source>the text holds a character that is not valid Unicode</source>
        <translation>der Text enthält ein Zeichen, das kein gültiges Unicode ist</translation>
    </message>
    <message>
        <source>byte {offset}</source>
        <translation>Byte {offset}</translation>
    </message>
    <message>
        <source>this is not UTF-8 text, so it is not a map file</source>
        <translation>dies ist kein UTF-8-Text, also keine Kartendatei</translation>
    </message>
    <message>
        <source>expected text or bytes, not {type}</source>
        <translation>erwartet wurden Text oder Bytes, nicht {type}</translation>
    </message>
    <message>
        <source>the file is {size} MB; maps larger than {limit} MB are not opened</source>
        <translation>die Datei ist {size} MB groß; Karten über {limit} MB werden nicht geöffnet</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>node {id} ({path})</source>
        <translation>Element {id} ({path})</translation>
    </message>
    <message>
        <source>edge {id} ({path})</source>
        <translation>Verbindung {id} ({path})</translation>
    </message>
    <message>
        <source>the top level must be a JSON object, not {value}</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein, nicht {value}</translation>
    </message>
    <message>
        <source>the title must be text, not {value}</source>
        <translation>der Titel muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>the currency must be a code of three capital letters such as EUR, not {value}</source>
        <translation>die Währung muss ein Code aus drei Großbuchstaben sein, etwa EUR, nicht {value}</translation>
    </message>
    <message>
        <source>there is no &quot;format&quot; field, so this is not a Stakeholder Map file</source>
        <translation>es gibt kein Feld &quot;format&quot;, also ist dies keine Stakeholder-Map-Datei</translation>
    </message>
    <message>
        <source>the format is {value}, not &quot;{format}&quot;, so this is not a Stakeholder Map file</source>
        <translation>das Format ist {value}, nicht &quot;{format}&quot;, also ist dies keine Stakeholder-Map-Datei</translation>
    </message>
    <message>
        <source>there is no &quot;version&quot; field</source>
        <translation>es gibt kein Feld &quot;version&quot;</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1 up, not {value}</source>
        <translation>die Version muss eine ganze Zahl ab 1 sein, nicht {value}</translation>
    </message>
    <message>
        <source>this map was made by a newer version of Stakeholder Map (file format {format}); this version reads format {version}</source>
        <translation>diese Karte wurde mit einer neueren Version von Stakeholder Map erstellt (Dateiformat {format}); diese Version liest Format {version}</translation>
    </message>
    <message>
        <source>there is no &quot;{key}&quot; list</source>
        <translation>es gibt keine Liste &quot;{key}&quot;</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list, not {value}</source>
        <translation>&quot;{key}&quot; muss eine Liste sein, nicht {value}</translation>
    </message>
    <message>
        <source>each node must be a JSON object, not {value}</source>
        <translation>jedes Element muss ein JSON-Objekt sein, nicht {value}</translation>
    </message>
    <message>
        <source>each edge must be a JSON object, not {value}</source>
        <translation>jede Verbindung muss ein JSON-Objekt sein, nicht {value}</translation>
    </message>
    <message>
        <source>the node has no id</source>
        <translation>das Element hat keine ID</translation>
    </message>
    <message>
        <source>the edge has no id</source>
        <translation>die Verbindung hat keine ID</translation>
    </message>
    <message>
        <source>an id must be a non-empty text, not {value}</source>
        <translation>eine ID muss ein nicht leerer Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>the id {id} is already used at {path}</source>
        <translation>die ID {id} wird schon bei {path} verwendet</translation>
    </message>
    <message>
        <source>the node has no name</source>
        <translation>das Element hat keinen Namen</translation>
    </message>
    <message>
        <source>the name must be text, not {value}</source>
        <translation>der Name muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>a node needs both x and y, or neither</source>
        <translation>ein Element braucht x und y, oder keines von beiden</translation>
    </message>
    <message>
        <source>internal must be true or false, not {value}</source>
        <translation>internal muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <source>the headcount must be a whole number of at least 1, not {value}</source>
        <translation>die Personenzahl muss eine ganze Zahl ab 1 sein, nicht {value}</translation>
    </message>
    <message>
        <source>a product has no {field}; only stakeholders do</source>
        <translation>ein Produkt hat kein {field}; das haben nur Stakeholder</translation>
    </message>
    <message>
        <source>a colour must be written #rrggbb, such as #1f77b4, not {value}</source>
        <translation>eine Farbe muss als #rrggbb geschrieben werden, etwa #1f77b4, nicht {value}</translation>
    </message>
    <message>
        <source>{field} must be true or false, not {value}</source>
        <translation>{field} muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <source>only a company has {field} (it draws the company as a box)</source>
        <translation>nur ein Unternehmen hat {field} (es zeichnet das Unternehmen als Rahmen)</translation>
    </message>
    <message>
        <source>the edge has no {field}</source>
        <translation>die Verbindung hat kein {field}</translation>
    </message>
    <message>
        <source>the {field} must be a node id, not {value}</source>
        <translation>{field} muss die ID eines Elements sein, nicht {value}</translation>
    </message>
    <message>
        <source>the {field} {id} is not a node in this map</source>
        <translation>{field} {id} ist kein Element dieser Karte</translation>
    </message>
    <message>
        <source>there is no {field} (allowed: {allowed})</source>
        <translation>es fehlt {field} (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>unknown {field} {value} (allowed: {allowed})</source>
        <translation>unbekannter Wert für {field}: {value} (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>{field} is too large (at most about 1.8e308), not {value}</source>
        <translation>{field} ist zu groß (höchstens etwa 1.8e308), nicht {value}</translation>
    </message>
    <message>
        <source>{field} must be a finite number, not {value}</source>
        <translation>{field} muss eine endliche Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field} must be a number of at least 0, not {value}</source>
        <translation>{field} muss eine Zahl ab 0 sein, nicht {value}</translation>
    </message>
    <message>
        <source>tags must be a list of texts, not {value}</source>
        <translation>tags muss eine Liste von Texten sein, nicht {value}</translation>
    </message>
    <message>
        <source>a tag must be a non-empty text, not {value}</source>
        <translation>ein Tag muss ein nicht leerer Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field} must be text, not {value}</source>
        <translation>{field} muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>tag_colours must be an object of tag: colour, not {value}</source>
        <translation>tag_colours muss ein Objekt aus Tag: Farbe sein, nicht {value}</translation>
    </message>
    <message>
        <source>the tag {tag} appears twice</source>
        <translation>das Tag {tag} kommt zweimal vor</translation>
    </message>
    <message>
        <source>a coloured tag must be a non-empty text</source>
        <translation>ein farbiges Tag muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>a sticky note needs an id: a non-empty text, not {value}</source>
        <translation>eine Haftnotiz braucht eine ID: einen nicht leeren Text, nicht {value}</translation>
    </message>
    <message>
        <source>a node or an edge</source>
        <translation>einem Element oder einer Verbindung</translation>
    </message>
    <message>
        <source>the id {id} is already used by {where}</source>
        <translation>die ID {id} wird schon verwendet von {where}</translation>
    </message>
    <message>
        <source>a sticky note&apos;s text must be text, not {value}</source>
        <translation>der Text einer Haftnotiz muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>a view needs a name, not {value}</source>
        <translation>eine Ansicht braucht einen Namen, nicht {value}</translation>
    </message>
    <message>
        <source>the view name {name} is already used at {path}</source>
        <translation>der Ansichtsname {name} wird schon bei {path} verwendet</translation>
    </message>
    <message>
        <source>{field} must be a list, not {value}</source>
        <translation>{field} muss eine Liste sein, nicht {value}</translation>
    </message>
    <message>
        <source>each entry must be a JSON object, not {value}</source>
        <translation>jeder Eintrag muss ein JSON-Objekt sein, nicht {value}</translation>
    </message>
    <message>
        <source>a view&apos;s filter must be an object, not {value}</source>
        <translation>der Filter einer Ansicht muss ein Objekt sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field} must be a list of texts, not {value}</source>
        <translation>{field} muss eine Liste von Texten sein, nicht {value}</translation>
    </message>
    <message>
        <source>each entry must be a non-empty text, not {value}</source>
        <translation>jeder Eintrag muss ein nicht leerer Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>a view can filter by {fields}; not by {field}</source>
        <translation>eine Ansicht kann nach {fields} filtern, nicht nach {field}</translation>
    </message>
    <message>
        <source>a viewport must be an object with x, y and zoom, not {value}</source>
        <translation>ein Ausschnitt muss ein Objekt mit x, y und zoom sein, nicht {value}</translation>
    </message>
    <message>
        <source>the zoom must be more than 0, not {value}</source>
        <translation>der Zoom muss größer als 0 sein, nicht {value}</translation>
    </message>
    <message>
        <source>there is no {field}: a number is needed</source>
        <translation>es fehlt {field}: eine Zahl wird gebraucht</translation>
    </message>
    <message>
        <source>the map holds a value that cannot be written as JSON ({reason})</source>
        <translation>die Karte enthält einen Wert, der nicht als JSON geschrieben werden kann ({reason})</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Conflict: the two versions could not be combined ({reason}); the merge keeps ours.</source>
        <translation>Konflikt: Die beiden Versionen ließen sich nicht verbinden ({reason}); die Zusammenführung behält unsere Version.</translation>
    </message>
    <message>
        <source>Conflict: {item} was removed on ours and changed on theirs ({changes}); the merge keeps it removed.</source>
        <translation>Konflikt: {item} wurde in unserer Version entfernt und in der anderen geändert ({changes}); die Zusammenführung lässt es entfernt.</translation>
    </message>
    <message>
        <source>Conflict: {item} was changed on ours ({changes}) and removed on theirs; the merge keeps ours.</source>
        <translation>Konflikt: {item} wurde in unserer Version geändert ({changes}) und in der anderen entfernt; die Zusammenführung behält unsere Version.</translation>
    </message>
    <message>
        <source>Conflict: the map&apos;s {field} is {ours} on ours and {theirs} on theirs; the merge keeps ours.</source>
        <translation>Konflikt: {field} der Karte ist in unserer Version {ours} und in der anderen {theirs}; die Zusammenführung behält unsere Version.</translation>
    </message>
    <message>
        <source>Conflict: {item}: {field} is {ours} on ours and {theirs} on theirs; the merge keeps ours.</source>
        <translation>Konflikt: {item}: {field} ist in unserer Version {ours} und in der anderen {theirs}; die Zusammenführung behält unsere Version.</translation>
    </message>
    <message>
        <source>node {name} ({id})</source>
        <translation>Element {name} ({id})</translation>
    </message>
    <message>
        <source>edge {id}</source>
        <translation>Verbindung {id}</translation>
    </message>
    <message>
        <source>edge {id} ({sentence})</source>
        <translation>Verbindung {id} ({sentence})</translation>
    </message>
    <message>
        <source>Conflict: {item} was pointed on theirs at node {name} ({id}), which ours removed; the merge keeps our edge.</source>
        <translation>Konflikt: {item} zeigt in der anderen Version auf Element {name} ({id}), das unsere Version entfernt hat; die Zusammenführung behält unsere Verbindung.</translation>
    </message>
    <message>
        <source>Conflict: node {name} ({id}) was removed on theirs, but ours links edge {edge} to it; the merge keeps the node.</source>
        <translation>Konflikt: Element {name} ({id}) wurde in der anderen Version entfernt, aber unsere verbindet Verbindung {edge} damit; die Zusammenführung behält das Element.</translation>
    </message>
    <message>
        <source>Conflict: edge {edge} was added or changed on theirs, but its node {name} ({id}) was removed on ours; the merge leaves the edge out.</source>
        <translation>Konflikt: Verbindung {edge} wurde in der anderen Version hinzugefügt oder geändert, aber ihr Element {name} ({id}) wurde in unserer entfernt; die Zusammenführung lässt die Verbindung weg.</translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <source>column {letter} (no name)</source>
        <translation>Spalte {letter} (ohne Namen)</translation>
    </message>
    <message>
        <source>the column {columns} is not imported (not a column this program knows)</source>
        <translation>die Spalte {columns} wird nicht importiert (keine Spalte, die dieses Programm kennt)</translation>
    </message>
    <message>
        <source>the columns {columns} are not imported (not a column this program knows)</source>
        <translation>die Spalten {columns} werden nicht importiert (keine Spalten, die dieses Programm kennt)</translation>
    </message>
    <message>
        <source>the second column named {columns} is not imported (only the first column of a name is read)</source>
        <translation>die zweite Spalte namens {columns} wird nicht importiert (nur die erste Spalte eines Namens wird gelesen)</translation>
    </message>
    <message>
        <source>{column} must be a whole number of at least 1</source>
        <translation>{column} muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>the row has neither a Label nor an ID</source>
        <translation>die Zeile hat weder Label noch ID</translation>
    </message>
    <message>
        <source>the ID {id} is used twice</source>
        <translation>die ID {id} kommt zweimal vor</translation>
    </message>
    <message>
        <source>give both X and Y, or neither</source>
        <translation>geben Sie X und Y an, oder keines von beiden</translation>
    </message>
    <message>
        <source>{column} {value} names {count} elements; use an ID</source>
        <translation>{column} {value} benennt {count} Elemente; verwenden Sie eine ID</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>{column} ist leer</translation>
    </message>
    <message>
        <source>{column} {value} is not the ID or Label of any element</source>
        <translation>{column} {value} ist weder ID noch Label eines Elements</translation>
    </message>
    <message>
        <source>Amount must be at least 0</source>
        <translation>Amount muss mindestens 0 sein</translation>
    </message>
    <message>
        <source>the ID {id} is already used</source>
        <translation>die ID {id} wird schon verwendet</translation>
    </message>
    <message>
        <source>the row makes {count} links; at most {limit} are imported from one row</source>
        <translation>die Zeile ergibt {count} Verbindungen; aus einer Zeile werden höchstens {limit} importiert</translation>
    </message>
    <message>
        <source>the Direction {value} is not kept: &apos;{relation}&apos; goes one way, so it is imported From -&gt; To</source>
        <translation>die Direction {value} wird nicht übernommen: &apos;{relation}&apos; gilt nur in eine Richtung, daher wird die Verbindung From -&gt; To importiert</translation>
    </message>
    <message>
        <source>the first line must name the columns From, To and Type, so no connection is imported</source>
        <translation>die erste Zeile muss die Spalten From, To und Type benennen, daher wird keine Verbindung importiert</translation>
    </message>
    <message>
        <source>{path}: this is an old Excel file (.xls); save it as .xlsx or CSV first</source>
        <translation>{path}: dies ist eine alte Excel-Datei (.xls); speichern Sie sie zuerst als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>{path}: the workbook has no Elements sheet</source>
        <translation>{path}: die Arbeitsmappe hat kein Blatt Elements</translation>
    </message>
    <message>
        <source>{name} holds connections; import the elements file next to it ({elements}), which is not in the same folder</source>
        <translation>{name} enthält Verbindungen; importieren Sie die zugehörige Elementdatei ({elements}), die nicht im selben Ordner liegt</translation>
    </message>
    <message>
        <source>{name} holds connections; import the elements file (or the workbook&apos;s Elements sheet) instead</source>
        <translation>{name} enthält Verbindungen; importieren Sie stattdessen die Elementdatei (oder das Blatt Elements der Arbeitsmappe)</translation>
    </message>
    <message>
        <source>{name}: the first line must name the columns, with at least Label and Type</source>
        <translation>{name}: die erste Zeile muss die Spalten benennen, mindestens Label und Type</translation>
    </message>
    <message>
        <source>the Type is empty (say what it is: {known})</source>
        <translation>Type ist leer (geben Sie an, was es ist: {known})</translation>
    </message>
    <message>
        <source>unknown Type {value} (known: {known})</source>
        <translation>unbekannter Type {value} (bekannt: {known})</translation>
    </message>
    <message>
        <source>the Type is empty (known: {known})</source>
        <translation>Type ist leer (bekannt: {known})</translation>
    </message>
    <message>
        <source>unknown Direction {value} (known: directed, mutual, undirected)</source>
        <translation>unbekannte Direction {value} (bekannt: directed, mutual, undirected)</translation>
    </message>
    <message>
        <source>unknown Period {value} (known: one_time, monthly, yearly)</source>
        <translation>unbekannter Period-Wert {value} (bekannt: one_time, monthly, yearly)</translation>
    </message>
    <message>
        <source>unknown Agreement {value} (known: none, subscription, contract)</source>
        <translation>unbekannter Agreement-Wert {value} (bekannt: none, subscription, contract)</translation>
    </message>
    <message>
        <source>{column} must be yes or no, not {value}</source>
        <translation>{column} muss yes oder no sein, nicht {value}</translation>
    </message>
    <message>
        <source>{column} {value}... is too long to be a number this map can hold</source>
        <translation>{column} {value}... ist zu lang für eine Zahl, die diese Karte aufnehmen kann</translation>
    </message>
    <message>
        <source>{column} {value} is not a number</source>
        <translation>{column} {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{column} {value} is not a finite number</source>
        <translation>{column} {value} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{column} {value} is too large (at most {limit})</source>
        <translation>{column} {value} ist zu groß (höchstens {limit})</translation>
    </message>
    <message>
        <source>{path}: there is no such file</source>
        <translation>{path}: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>{path}: this is a folder, not a spreadsheet</source>
        <translation>{path}: dies ist ein Ordner, keine Tabelle</translation>
    </message>
    <message>
        <source>{path}: this is not a regular file, so it is not imported</source>
        <translation>{path}: dies ist keine normale Datei, daher wird sie nicht importiert</translation>
    </message>
    <message>
        <source>{path}: the file is {size} MB; spreadsheets larger than {limit} MB are not imported</source>
        <translation>{path}: die Datei ist {size} MB groß; Tabellen über {limit} MB werden nicht importiert</translation>
    </message>
    <message>
        <source>{path}: the file grew past {limit} MB while it was read</source>
        <translation>{path}: die Datei ist beim Lesen über {limit} MB gewachsen</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({reason})</source>
        <translation>{path}: die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>this line cannot be read as CSV ({reason})</source>
        <translation>diese Zeile kann nicht als CSV gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: this is an Excel workbook, not CSV text; name it .xlsx</source>
        <translation>{path}: dies ist eine Excel-Arbeitsmappe, kein CSV-Text; benennen Sie sie in .xlsx um</translation>
    </message>
    <message>
        <source>{path}: the workbook unpacks to {size} MB; workbooks larger than {limit} MB unpacked are not imported</source>
        <translation>{path}: die Arbeitsmappe ist entpackt {size} MB groß; Arbeitsmappen über {limit} MB (entpackt) werden nicht importiert</translation>
    </message>
    <message>
        <source>{path}: this is not an Excel workbook (.xlsx), or it is damaged</source>
        <translation>{path}: dies ist keine Excel-Arbeitsmappe (.xlsx), oder sie ist beschädigt</translation>
    </message>
    <message>
        <source>reading .xlsx needs the openpyxl package; install it first</source>
        <translation>zum Lesen von .xlsx wird das Paket openpyxl gebraucht; installieren Sie es zuerst</translation>
    </message>
    <message>
        <source>{path}: this workbook cannot be read ({reason})</source>
        <translation>{path}: diese Arbeitsmappe kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>this sheet is not imported (only Elements and Connections are)</source>
        <translation>dieses Blatt wird nicht importiert (nur Elements und Connections)</translation>
    </message>
    <message>
        <source>{book}, sheet {sheet}</source>
        <translation>{book}, Blatt {sheet}</translation>
    </message>
    <message>
        <source>row {row} of the {sheet} sheet holds a text of {length} characters, and a spreadsheet cell holds at most {limit}; export CSV or JSON to keep all of it</source>
        <translation>Zeile {row} des Blatts {sheet} enthält einen Text mit {length} Zeichen, eine Tabellenzelle fasst aber höchstens {limit}; exportieren Sie CSV oder JSON, um alles zu behalten</translation>
    </message>
</context>
<context>
    <name>VersionCommands</name>
    <message>
        <source>say what changed between two versions of a map</source>
        <translation>zeigt, was sich zwischen zwei Versionen einer Karte geändert hat</translation>
    </message>
    <message>
        <source>Say what changed from OLD to NEW: nodes and edges added, removed, changed (field by field) and moved, and the roles and findings gained and lost. Exit status: 0 the maps are the same, 1 they differ, 2 a file could not be read. With --textconv and one PATH, print the map one fact a line (git&apos;s diff driver uses this).</source>
        <translation>Zeigt, was sich von OLD zu NEW geändert hat: Elemente und Verbindungen, die hinzugefügt, entfernt, (Feld für Feld) geändert und verschoben wurden, sowie gewonnene und verlorene Rollen und Befunde. Exit-Status: 0 die Karten sind gleich, 1 sie unterscheiden sich, 2 eine Datei konnte nicht gelesen werden. Mit --textconv und einem PATH wird die Karte mit einer Angabe pro Zeile ausgegeben (das nutzt der Diff-Treiber von git).</translation>
    </message>
    <message>
        <source>the earlier map file</source>
        <translation>die frühere Kartendatei</translation>
    </message>
    <message>
        <source>the later map file</source>
        <translation>die spätere Kartendatei</translation>
    </message>
    <message>
        <source>text for people (default) or json for programs</source>
        <translation>text für Menschen (Standard) oder json für Programme</translation>
    </message>
    <message>
        <source>print one map as text for git diff and git log -p</source>
        <translation>gibt eine Karte als Text für git diff und git log -p aus</translation>
    </message>
    <message>
        <source>combine two people&apos;s changes to a map (a git merge driver)</source>
        <translation>führt die Änderungen zweier Personen an einer Karte zusammen (ein Merge-Treiber für git)</translation>
    </message>
    <message>
        <source>Three-way merge: combine the changes OURS and THEIRS made to BASE and write OUT. Exit status: 0 merged, 1 merged with conflicts (listed one a line; OUT keeps ours and records them), 2 a file could not be read. In git: &apos;stakeholder-map merge %O %A %B -o %A&apos;.</source>
        <translation>Drei-Wege-Zusammenführung: verbindet die Änderungen, die OURS und THEIRS an BASE vorgenommen haben, und schreibt OUT. Exit-Status: 0 zusammengeführt, 1 mit Konflikten zusammengeführt (einer pro Zeile aufgeführt; OUT behält unsere Version und vermerkt sie), 2 eine Datei konnte nicht gelesen werden. In git: &apos;stakeholder-map merge %O %A %B -o %A&apos;.</translation>
    </message>
    <message>
        <source>the common version (may be empty)</source>
        <translation>die gemeinsame Ausgangsversion (darf leer sein)</translation>
    </message>
    <message>
        <source>our version</source>
        <translation>unsere Version</translation>
    </message>
    <message>
        <source>their version</source>
        <translation>die andere Version</translation>
    </message>
    <message>
        <source>the merged map to write</source>
        <translation>die zusammengeführte Karte, die geschrieben wird</translation>
    </message>
    <message>
        <source>let a git repository diff and merge maps with this program</source>
        <translation>lässt ein git-Repository Karten mit diesem Programm vergleichen und zusammenführen</translation>
    </message>
    <message>
        <source>Add &apos;{line}&apos; to the repository&apos;s .gitattributes and configure the merge and diff drivers in its .git/config.</source>
        <translation>Fügt &apos;{line}&apos; zur .gitattributes des Repositorys hinzu und richtet die Merge- und Diff-Treiber in seiner .git/config ein.</translation>
    </message>
    <message>
        <source>a folder inside the repository (default: the current folder)</source>
        <translation>ein Ordner im Repository (Standard: der aktuelle Ordner)</translation>
    </message>
    <message>
        <source>how git should run this program (default: stakeholder-map when it is on the PATH, else this Python with -m stakeholder_map)</source>
        <translation>wie git dieses Programm starten soll (Standard: stakeholder-map, wenn es im PATH liegt, sonst dieses Python mit -m stakeholder_map)</translation>
    </message>
    <message>
        <source>diff takes two maps, OLD and NEW</source>
        <translation>diff nimmt zwei Karten, OLD und NEW</translation>
    </message>
    <message>
        <source>diff needs two maps, OLD and NEW (or --textconv and one map)</source>
        <translation>diff braucht zwei Karten, OLD und NEW (oder --textconv und eine Karte)</translation>
    </message>
    <message>
        <source>Changes to the map {path}:</source>
        <translation>Änderungen an der Karte {path}:</translation>
    </message>
    <message>
        <source>diff --textconv takes one map</source>
        <translation>diff --textconv nimmt eine Karte</translation>
    </message>
    <message>
        <source>(not a readable map: {reason})</source>
        <translation>(keine lesbare Karte: {reason})</translation>
    </message>
    <message>
        <source>Both sides added an item with the id {old}: theirs is now {new}.</source>
        <translation>Beide Seiten haben etwas mit der ID {old} hinzugefügt: das der anderen Version heißt jetzt {new}.</translation>
    </message>
    <message>
        <source>git is not installed or not on the PATH</source>
        <translation>git ist nicht installiert oder nicht im PATH</translation>
    </message>
    <message>
        <source>git could not be run ({reason})</source>
        <translation>git konnte nicht gestartet werden ({reason})</translation>
    </message>
    <message>
        <source>git {command} failed</source>
        <translation>git {command} ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>{folder}: there is no such folder</source>
        <translation>{folder}: diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>{folder}: this folder is not in a git repository</source>
        <translation>{folder}: dieser Ordner liegt in keinem git-Repository</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({reason})</source>
        <translation>{file}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>Added &apos;{line}&apos; to {file}.</source>
        <translation>&apos;{line}&apos; zu {file} hinzugefügt.</translation>
    </message>
    <message>
        <source>git now merges maps with &apos;{command}&apos; and shows their changes in words in git diff and git log -p.</source>
        <translation>git führt Karten jetzt mit &apos;{command}&apos; zusammen und zeigt ihre Änderungen in git diff und git log -p in Worten.</translation>
    </message>
</context>
</TS>
