<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Agreements</name>
    <message>
        <source>No agreement</source>
        <translation>Keine Vereinbarung</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
</context>
<context>
    <name>Attitudes</name>
    <message>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blockierer</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message} (siehe &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>diese Argumente fehlen: {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation>unbekannte Argumente: {names}</translation>
    </message>
    <message>
        <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
        <translation>Argument {name}: {value} ist keine gültige Wahl (wählen Sie aus {choices})</translation>
    </message>
    <message>
        <source>argument {name}: expected one argument</source>
        <translation>Argument {name}: braucht einen Wert</translation>
    </message>
    <message>
        <source>argument {name}: {problem}</source>
        <translation>Argument {name}: {problem}</translation>
    </message>
    <message>
        <source>the scale must be a number, not {text}</source>
        <translation>der Maßstab muss eine Zahl sein, nicht {text}</translation>
    </message>
    <message>
        <source>the scale must be between {low} and {high}, not {text}</source>
        <translation>der Maßstab muss zwischen {low} und {high} liegen, nicht {text}</translation>
    </message>
    <message>
        <source>Draw who uses, pays for, decides on and influences a product, and see the gaps. Without a command, opens the editor (on PATH when given).</source>
        <translation>Zeichnen Sie, wer ein Produkt nutzt, dafür zahlt, darüber entscheidet und es beeinflusst, und sehen Sie die Lücken. Ohne Befehl öffnet sich der Editor (mit PATH, wenn angegeben).</translation>
    </message>
    <message>
        <source>Examples: &apos;stakeholder-map&apos; opens an empty map; &apos;stakeholder-map PATH&apos; opens PATH; &apos;stakeholder-map analyze PATH --fail-on error&apos; checks a map in a script.</source>
        <translation>Beispiele: &apos;stakeholder-map&apos; öffnet eine leere Karte; &apos;stakeholder-map PATH&apos; öffnet PATH; &apos;stakeholder-map analyze PATH --fail-on error&apos; prüft eine Karte in einem Skript.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>list each stakeholder&apos;s roles and the map&apos;s gaps, without a window</source>
        <translation>die Rollen jedes Stakeholders und die Lücken der Karte auflisten, ohne Fenster</translation>
    </message>
    <message>
        <source>Analyse a map: each stakeholder&apos;s roles and the gaps found. Exit status: 0 analysed, 1 a finding at or above --fail-on exists, 2 the file could not be read.</source>
        <translation>Eine Karte analysieren: die Rollen jedes Stakeholders und die gefundenen Lücken. Rückgabewert: 0 analysiert, 1 es gibt einen Befund mindestens der Schwere von --fail-on, 2 die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the map file (.stakemap.json), or - to read standard input</source>
        <translation>die Kartendatei (.stakemap.json) oder -, um die Standardeingabe zu lesen</translation>
    </message>
    <message>
        <source>text for people (default) or json for programs</source>
        <translation>text für Menschen (Standard) oder json für Programme</translation>
    </message>
    <message>
        <source>exit with status 1 when a finding of this severity or higher exists</source>
        <translation>mit Status 1 enden, wenn es einen Befund dieser oder höherer Schwere gibt</translation>
    </message>
    <message>
        <source>render the map to .png, .svg, .pdf, .json, .graphml, .gexf, .xlsx or .csv, without a window</source>
        <translation>die Karte als .png, .svg, .pdf, .json, .graphml, .gexf, .xlsx oder .csv ausgeben, ohne Fenster</translation>
    </message>
    <message>
        <source>Render a map to a file; the format follows OUT&apos;s suffix.</source>
        <translation>Eine Karte in eine Datei ausgeben; das Format richtet sich nach der Endung von OUT.</translation>
    </message>
    <message>
        <source>the map file (.stakemap.json)</source>
        <translation>die Kartendatei (.stakemap.json)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>image scale, {low} to {high} (default 1)</source>
        <translation>Bildmaßstab, {low} bis {high} (Standard 1)</translation>
    </message>
    <message>
        <source>no background (png, svg)</source>
        <translation>kein Hintergrund (png, svg)</translation>
    </message>
    <message>
        <source>draw the legend of kinds and links</source>
        <translation>die Legende der Arten und Verbindungen zeichnen</translation>
    </message>
    <message>
        <source>draw the map&apos;s title above it</source>
        <translation>den Titel der Karte darüber zeichnen</translation>
    </message>
    <message>
        <source>leave out the finding rings: a clean picture (roles stay)</source>
        <translation>die Befund-Ringe weglassen: ein sauberes Bild (die Rollen bleiben)</translation>
    </message>
    <message>
        <source>a 16:9 picture of exactly this many pixels, the map fitted in</source>
        <translation>ein 16:9-Bild mit genau so vielen Pixeln, die Karte eingepasst</translation>
    </message>
    <message>
        <source>write a stakeholder report (.pdf or .html), without a window</source>
        <translation>einen Stakeholder-Bericht schreiben (.pdf oder .html), ohne Fenster</translation>
    </message>
    <message>
        <source>Write a stakeholder report: the title, the map&apos;s picture, every stakeholder with its roles and links, the findings with what to do, and the key stakeholders. The format follows OUT&apos;s suffix: .pdf or .html.</source>
        <translation>Einen Stakeholder-Bericht schreiben: den Titel, das Bild der Karte, jeden Stakeholder mit seinen Rollen und Verbindungen, die Befunde mit dem, was zu tun ist, und die Schlüssel-Stakeholder. Das Format richtet sich nach der Endung von OUT: .pdf oder .html.</translation>
    </message>
    <message>
        <source>the report to write (.pdf or .html)</source>
        <translation>der zu schreibende Bericht (.pdf oder .html)</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper size (default: from your locale)</source>
        <translation>das Papierformat des PDF (Standard: aus Ihren Regionaleinstellungen)</translation>
    </message>
    <message>
        <source>reports are not available here ({reason})</source>
        <translation>Berichte sind hier nicht verfügbar ({reason})</translation>
    </message>
    <message>
        <source>{path}: the report cannot be written</source>
        <translation>{path}: Der Bericht kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>build a map from a spreadsheet (.xlsx, or either file of a CSV pair)</source>
        <translation>eine Karte aus einer Tabelle erstellen (.xlsx oder eine der Dateien eines CSV-Paars)</translation>
    </message>
    <message>
        <source>Build a map from a Kumu-style spreadsheet: an .xlsx workbook with Elements and Connections sheets, or a CSV pair (map.csv + map-connections.csv, Elements.csv + Connections.csv, &apos;X - Elements.csv&apos; + &apos;X - Connections.csv&apos;). Whatever does not come in is listed on standard error with its line; nodes without X and Y are laid out. Exit status: 0 written, 2 nothing could be imported or written.</source>
        <translation>Eine Karte aus einer Tabelle im Stil von Kumu erstellen: eine .xlsx-Arbeitsmappe mit den Blättern Elements und Connections oder ein CSV-Paar (map.csv + map-connections.csv, Elements.csv + Connections.csv, &apos;X - Elements.csv&apos; + &apos;X - Connections.csv&apos;). Was nicht übernommen wird, steht mit seiner Zeile in der Standardfehlerausgabe; Elemente ohne X und Y werden angeordnet. Rückgabewert: 0 geschrieben, 2 nichts konnte importiert oder geschrieben werden.</translation>
    </message>
    <message>
        <source>the workbook, or either file of the CSV pair</source>
        <translation>die Arbeitsmappe oder eine der beiden Dateien des CSV-Paars</translation>
    </message>
    <message>
        <source>the map file to write (.stakemap.json)</source>
        <translation>die zu schreibende Kartendatei (.stakemap.json)</translation>
    </message>
    <message>
        <source>{path}: the map file&apos;s name must end in .stakemap.json</source>
        <translation>{path}: Der Name der Kartendatei muss auf .stakemap.json enden</translation>
    </message>
    <message>
        <source>{path}: nothing in it can be imported ({file}, line {line}: {reason})</source>
        <translation>{path}: Nichts darin lässt sich importieren ({file}, Zeile {line}: {reason})</translation>
    </message>
    <message>
        <source>{path}: nothing in it can be imported</source>
        <translation>{path}: Nichts darin lässt sich importieren</translation>
    </message>
    <message>
        <source>not imported: {file}, line {line}: {reason}</source>
        <translation>nicht importiert: {file}, Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>{path}: the map cannot be read ({reason})</source>
        <translation>{path}: Die Karte kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>exporting is not available here ({reason})</source>
        <translation>Exportieren ist hier nicht verfügbar ({reason})</translation>
    </message>
    <message>
        <source>{path}: the map cannot be exported</source>
        <translation>{path}: Die Karte kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>choose a command (see &apos;stakeholder-map --help&apos;)</source>
        <translation>wählen Sie einen Befehl (siehe &apos;stakeholder-map --help&apos;)</translation>
    </message>
    <message>
        <source>unknown command {command}: the commands are {commands}, or give one PATH to open it (see &apos;stakeholder-map --help&apos;)</source>
        <translation>unbekannter Befehl {command}: Die Befehle sind {commands}; oder geben Sie einen PATH an, um ihn zu öffnen (siehe &apos;stakeholder-map --help&apos;)</translation>
    </message>
    <message>
        <source>there is no display to open a window on (no DISPLAY or WAYLAND_DISPLAY); on a server run &apos;xvfb-run -a stakeholder-map&apos;, or use the &apos;analyze&apos; and &apos;export&apos; commands, which need no window</source>
        <translation>es gibt keinen Bildschirm, auf dem sich ein Fenster öffnen lässt (kein DISPLAY oder WAYLAND_DISPLAY); starten Sie auf einem Server &apos;xvfb-run -a stakeholder-map&apos;, oder nutzen Sie die Befehle &apos;analyze&apos; und &apos;export&apos;, die kein Fenster brauchen</translation>
    </message>
    <message>
        <source>Qt needs {libraries} to open a window on X11; install them with: {command}</source>
        <translation>Qt braucht {libraries}, um unter X11 ein Fenster zu öffnen; installieren Sie sie mit: {command}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 product</source>
        <translation>1 Produkt</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>{count} Produkte</translation>
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
        <source>1 link</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <source>{count} links</source>
        <translation>{count} Verbindungen</translation>
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
        <source>1 info</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <source>{count} info</source>
        <translation>{count} Hinweise</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <extracomment>Languages with a catalogue, English first (the source language). What each language is called in itself, for the Preferences list.</extracomment>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>FindingHelp</name>
    <message>
        <source>No paying customer</source>
        <translation>Kein zahlender Kunde</translation>
    </message>
    <message>
        <source>Nobody pays for this product: no customer, no business.</source>
        <translation>Niemand zahlt für dieses Produkt: kein Kunde, kein Geschäft.</translation>
    </message>
    <message>
        <source>Find out who would pay and draw a &apos;pays for&apos; link. If the product is a free part of something bigger, say what pays for it (ads, a paid tier, a sponsor) and map that.</source>
        <translation>Finden Sie heraus, wer zahlen würde, und zeichnen Sie eine Verbindung „zahlt für“. Ist das Produkt ein kostenloser Teil von etwas Größerem, zeigen Sie, was es bezahlt (Werbung, eine kostenpflichtige Stufe, ein Sponsor), und bilden Sie das ab.</translation>
    </message>
    <message>
        <source>No users</source>
        <translation>Keine Nutzer</translation>
    </message>
    <message>
        <source>Nobody on the map uses this product.</source>
        <translation>Niemand auf der Karte nutzt dieses Produkt.</translation>
    </message>
    <message>
        <source>Add the people or groups who use it with a &apos;uses&apos; link. If you cannot name them, that is the first thing to research.</source>
        <translation>Fügen Sie die Personen oder Gruppen, die es nutzen, mit einer Verbindung „nutzt“ hinzu. Können Sie sie nicht benennen, ist genau das als Erstes herauszufinden.</translation>
    </message>
    <message>
        <source>Company without a decision-maker</source>
        <translation>Unternehmen ohne Entscheider</translation>
    </message>
    <message>
        <source>A company pays for the product, but nobody in it decides. A company decides only through its people: someone at the hotel chooses the chicken supplier. Someone in one of its departments counts: the Head of IT, member of the IT department, member of Corp, decides for Corp.</source>
        <translation>Ein Unternehmen zahlt für das Produkt, aber niemand darin entscheidet. Ein Unternehmen entscheidet nur durch seine Leute: Jemand im Hotel wählt den Geflügellieferanten. Jemand in einer seiner Abteilungen zählt: Die IT-Leitung, Mitglied der IT-Abteilung, die zu Corp gehört, entscheidet für Corp.</translation>
    </message>
    <message>
        <source>Find that person (purchasing manager, CIO, marketing director), add them as a decision-maker, link them &apos;is a member of&apos; the company and &apos;decides on&apos; the product.</source>
        <translation>Finden Sie diese Person (Einkaufsleitung, CIO, Marketingleitung), fügen Sie sie als Entscheider hinzu und verbinden Sie sie mit „gehört zu“ mit dem Unternehmen und mit „entscheidet über“ mit dem Produkt.</translation>
    </message>
    <message>
        <source>Unheard users</source>
        <translation>Ungehörte Nutzer</translation>
    </message>
    <message>
        <source>Some users have no voice in the decision: they are not among the people who decide or pay for themselves, and no chain of influence leads from them to those people. Their needs will be missed when the product is bought, renewed or cancelled.</source>
        <translation>Manche Nutzer haben bei der Entscheidung keine Stimme: Sie gehören nicht zu denen, die entscheiden oder selbst zahlen, und keine Einflusskette führt von ihnen zu diesen Personen. Ihre Bedürfnisse werden übersehen, wenn das Produkt gekauft, verlängert oder gekündigt wird.</translation>
    </message>
    <message>
        <source>Interview them, give them a champion (a team lead who has the decision-maker&apos;s ear) and draw that &apos;influences&apos; link, or put their experience in front of the decision-maker yourself.</source>
        <translation>Befragen Sie sie, geben Sie ihnen einen Fürsprecher (eine Teamleitung, die beim Entscheider Gehör findet) und zeichnen Sie diese Verbindung „beeinflusst“, oder bringen Sie ihre Erfahrungen selbst vor den Entscheider.</translation>
    </message>
    <message>
        <source>Decision-maker who does not use it</source>
        <translation>Entscheider, der es nicht nutzt</translation>
    </message>
    <message>
        <source>Someone decides on the product but does not use it, like a CIO choosing software for others, or a parent choosing a toy.</source>
        <translation>Jemand entscheidet über das Produkt, nutzt es aber nicht, etwa ein CIO, der Software für andere auswählt, oder Eltern, die ein Spielzeug aussuchen.</translation>
    </message>
    <message>
        <source>Sell them the outcome they care about (cost, risk, compliance, what the child learns), not the screens; and make sure users&apos; voices reach them.</source>
        <translation>Verkaufen Sie ihnen das Ergebnis, das ihnen wichtig ist (Kosten, Risiko, Compliance, was das Kind lernt), nicht die Bildschirme; und sorgen Sie dafür, dass die Stimmen der Nutzer sie erreichen.</translation>
    </message>
    <message>
        <source>Users are not customers</source>
        <translation>Nutzer sind keine Kunden</translation>
    </message>
    <message>
        <source>The product has users and payers, but no user pays and nobody pays on the users&apos; behalf: users and customers are different people. Typical of ad-funded and two-sided products (search, social networks, marketplaces).</source>
        <translation>Das Produkt hat Nutzer und Zahlende, aber kein Nutzer zahlt, und niemand zahlt für die Nutzer: Nutzer und Kunden sind verschiedene Personen. Typisch für werbefinanzierte und zweiseitige Produkte (Suche, soziale Netzwerke, Marktplätze).</translation>
    </message>
    <message>
        <source>Treat them as two markets with two sets of needs. Watch for changes that please payers at users&apos; expense: without users, payers leave too.</source>
        <translation>Behandeln Sie sie als zwei Märkte mit zwei Arten von Bedürfnissen. Achten Sie auf Änderungen, die Zahlenden auf Kosten der Nutzer gefallen: Ohne Nutzer gehen auch die Zahlenden.</translation>
    </message>
    <message>
        <source>Role does not match the kind</source>
        <translation>Rolle passt nicht zur Art</translation>
    </message>
    <message>
        <source>A buyer who pays for nothing, a decision-maker who decides on nothing, or an end user who uses nothing.</source>
        <translation>Ein Einkäufer, der für nichts zahlt, ein Entscheider, der über nichts entscheidet, oder ein Endnutzer, der nichts nutzt.</translation>
    </message>
    <message>
        <source>Draw the missing link, or change the node&apos;s kind to Person if that is what they are.</source>
        <translation>Zeichnen Sie die fehlende Verbindung, oder ändern Sie die Art des Elements in Person, wenn es das ist.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>A node with no links at all.</source>
        <translation>Ein Element ganz ohne Verbindungen.</translation>
    </message>
    <message>
        <source>Connect it to what it uses, pays for, decides on or influences, or delete it.</source>
        <translation>Verbinden Sie es mit dem, was es nutzt, wofür es zahlt, worüber es entscheidet oder was es beeinflusst, oder löschen Sie es.</translation>
    </message>
    <message>
        <source>Link that does not make sense</source>
        <translation>Verbindung ohne Sinn</translation>
    </message>
    <message>
        <source>A link joins the wrong kinds (for example a product paying for a person, or someone being a member of a non-company), or joins a node to itself. It is kept and shown, but takes no part in roles or other findings.</source>
        <translation>Eine Verbindung verbindet die falschen Arten (zum Beispiel ein Produkt, das für eine Person zahlt, oder jemanden, der zu etwas anderem als einem Unternehmen gehört) oder ein Element mit sich selbst. Sie bleibt erhalten und sichtbar, zählt aber weder für Rollen noch für andere Befunde.</translation>
    </message>
    <message>
        <source>Delete it, or redraw it between the right nodes (the Guide&apos;s table of links says which kinds each link joins). Such links usually come from files edited by hand.</source>
        <translation>Löschen Sie sie, oder zeichnen Sie sie zwischen den richtigen Elementen neu (die Tabelle der Verbindungen in der Anleitung sagt, welche Arten jede Verbindung verbindet). Solche Verbindungen stammen meist aus von Hand bearbeiteten Dateien.</translation>
    </message>
    <message>
        <source>Revenue depends on one payer</source>
        <translation>Umsatz hängt an einem Zahlenden</translation>
    </message>
    <message>
        <source>One payer brings more than half of a product&apos;s yearly revenue (amounts on &apos;pays for&apos; links; a monthly amount counts twelve times). Losing them would hurt. Amounts add up exactly as written: 69.99 a month is 839.88 a year, so two payers with exactly half each are not flagged.</source>
        <translation>Ein Zahlender bringt mehr als die Hälfte des Jahresumsatzes eines Produkts (Beträge an Verbindungen „zahlt für“; ein monatlicher Betrag zählt zwölfmal). Ihn zu verlieren, würde schmerzen. Beträge werden genau wie geschrieben addiert: 69,99 pro Monat sind 839,88 pro Jahr, daher werden zwei Zahlende mit genau je der Hälfte nicht gemeldet.</translation>
    </message>
    <message>
        <source>Protect the relationship (renewals, their decision-maker&apos;s satisfaction) and work on other payers. Amounts are optional: the check runs when at least two payers have one.</source>
        <translation>Pflegen Sie die Beziehung (Verlängerungen, die Zufriedenheit des dortigen Entscheiders) und gewinnen Sie weitere Zahlende. Beträge sind freiwillig: Die Prüfung läuft, sobald mindestens zwei Zahlende einen haben.</translation>
    </message>
    <message>
        <source>Blocker with no champion</source>
        <translation>Blockierer ohne Fürsprecher</translation>
    </message>
    <message>
        <source>Someone who decides on the product is against it (a blocker), and no champion on the map influences them. Left alone, they will stop or stall the purchase.</source>
        <translation>Jemand, der über das Produkt entscheidet, ist dagegen (ein Blockierer), und kein Fürsprecher auf der Karte nimmt Einfluss auf diese Person. Ohne Gegenmaßnahme wird der Kauf gestoppt oder verschleppt.</translation>
    </message>
    <message>
        <source>Find out what they fear (cost, risk, work for their team) and answer it; find or win a champion they listen to (a peer, their manager, a trusted user) and draw that &apos;influences&apos; link. Set attitudes in the Properties panel.</source>
        <translation>Finden Sie heraus, was die Person befürchtet (Kosten, Risiko, Arbeit für ihr Team), und gehen Sie darauf ein; finden oder gewinnen Sie einen Fürsprecher, auf den sie hört (jemand auf gleicher Ebene, die eigene Führungskraft, ein vertrauter Nutzer), und zeichnen Sie diese Verbindung „beeinflusst“. Haltungen legen Sie im Bereich Eigenschaften fest.</translation>
    </message>
    <message>
        <source>Key stakeholder off the map&apos;s path</source>
        <translation>Schlüssel-Stakeholder abseits der Karte</translation>
    </message>
    <message>
        <source>A stakeholder with high power and high interest (manage closely, on the power/interest grid) has no link to any product: the map does not show how they bear on it.</source>
        <translation>Ein Stakeholder mit hoher Macht und hohem Interesse („eng einbinden“ in der Macht-Interesse-Matrix) hat keine Verbindung zu einem Produkt: Die Karte zeigt nicht, wie er darauf einwirkt.</translation>
    </message>
    <message>
        <source>Ask what they will do about the product: pay for it, decide on it, use it, or sway someone who does. Draw that link, or lower their power or interest if they are not that important.</source>
        <translation>Fragen Sie, was diese Person mit dem Produkt tun wird: dafür zahlen, darüber entscheiden, es nutzen oder jemanden beeinflussen, der das tut. Zeichnen Sie diese Verbindung, oder senken Sie Macht oder Interesse, wenn sie nicht so wichtig ist.</translation>
    </message>
    <message>
        <source>No champion</source>
        <translation>Kein Fürsprecher</translation>
    </message>
    <message>
        <source>Attitudes are recorded for the people around this product, but none of those who pay for it, decide on it or use it is a champion: nobody will sell it inside for you.</source>
        <translation>Für die Personen rund um dieses Produkt sind Haltungen erfasst, aber niemand von denen, die dafür zahlen, darüber entscheiden oder es nutzen, ist ein Fürsprecher: Niemand wird es intern für Sie verkaufen.</translation>
    </message>
    <message>
        <source>Find a supporter who feels the problem most (often a team lead among the users), help them win (material, a pilot, quick results) and mark them as a champion. Maps without attitudes do not get this finding.</source>
        <translation>Finden Sie einen Unterstützer, der das Problem am stärksten spürt (oft eine Teamleitung unter den Nutzern), helfen Sie ihm zum Erfolg (Material, ein Pilotprojekt, schnelle Ergebnisse) und markieren Sie ihn als Fürsprecher. Karten ohne Haltungen erhalten diesen Befund nicht.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Nobody pays for {product}: no customer, no business.</source>
        <translation>Niemand zahlt für {product}: kein Kunde, kein Geschäft.</translation>
    </message>
    <message>
        <source>Nobody uses {product}.</source>
        <translation>Niemand nutzt {product}.</translation>
    </message>
    <message>
        <source>Nobody who uses {product} pays for it: its users and its customers are different people.</source>
        <translation>Niemand, der {product} nutzt, zahlt dafür: Nutzer und Kunden sind verschiedene Personen.</translation>
    </message>
    <message>
        <source>{users} uses {product}, but no chain of influence reaches anyone who decides on it ({who}).</source>
        <translation>{users} nutzt {product}, aber keine Einflusskette erreicht jemanden, der darüber entscheidet ({who}).</translation>
    </message>
    <message>
        <source>{users} use {product}, but no chain of influence reaches anyone who decides on it ({who}).</source>
        <translation>{users} nutzen {product}, aber keine Einflusskette erreicht jemanden, der darüber entscheidet ({who}).</translation>
    </message>
    <message>
        <source>{names}, who decides on it</source>
        <translation>{names} entscheidet darüber</translation>
    </message>
    <message>
        <source>{names}, who decide on it</source>
        <translation>{names} entscheiden darüber</translation>
    </message>
    <message>
        <source>{names}, who pays for it</source>
        <translation>{names} zahlt dafür</translation>
    </message>
    <message>
        <source>{names}, who pay for it</source>
        <translation>{names} zahlen dafür</translation>
    </message>
    <message>
        <source>{share} of the yearly revenue of {product} comes from {payer}.</source>
        <translation>{share} des Jahresumsatzes von {product} stammen von {payer}.</translation>
    </message>
    <message>
        <source>{name} is a buyer</source>
        <translation>{name} ist Einkäufer</translation>
    </message>
    <message>
        <source>{name} are buyers</source>
        <translation>{name} sind Einkäufer</translation>
    </message>
    <message>
        <source>{name} is a buyer but pays for nothing.</source>
        <translation>{name} ist Einkäufer, zahlt aber für nichts.</translation>
    </message>
    <message>
        <source>{name} are buyers but pay for nothing.</source>
        <translation>{name} sind Einkäufer, zahlen aber für nichts.</translation>
    </message>
    <message>
        <source>{name} is a decision-maker</source>
        <translation>{name} ist Entscheider</translation>
    </message>
    <message>
        <source>{name} are decision-makers</source>
        <translation>{name} sind Entscheider</translation>
    </message>
    <message>
        <source>{name} is a decision-maker but decides on nothing.</source>
        <translation>{name} ist Entscheider, entscheidet aber über nichts.</translation>
    </message>
    <message>
        <source>{name} are decision-makers but decide on nothing.</source>
        <translation>{name} sind Entscheider, entscheiden aber über nichts.</translation>
    </message>
    <message>
        <source>{name} is an end user</source>
        <translation>{name} ist Endnutzer</translation>
    </message>
    <message>
        <source>{name} are end users</source>
        <translation>{name} sind Endnutzer</translation>
    </message>
    <message>
        <source>{name} is an end user but uses nothing.</source>
        <translation>{name} ist Endnutzer, nutzt aber nichts.</translation>
    </message>
    <message>
        <source>{name} are end users but use nothing.</source>
        <translation>{name} sind Endnutzer, nutzen aber nichts.</translation>
    </message>
    <message>
        <source>{actor} decide on {product} but do not use it.</source>
        <translation>{actor} entscheiden über {product}, nutzen es aber nicht.</translation>
    </message>
    <message>
        <source>{actor} decides on {product} but does not use it.</source>
        <translation>{actor} entscheidet über {product}, nutzt es aber nicht.</translation>
    </message>
    <message>
        <source>{company} pay for {product}, but nobody in them decides on buying it.</source>
        <translation>{company} zahlen für {product}, aber niemand dort entscheidet über den Kauf.</translation>
    </message>
    <message>
        <source>{company} pays for {product}, but nobody in it decides on buying it.</source>
        <translation>{company} zahlt für {product}, aber niemand dort entscheidet über den Kauf.</translation>
    </message>
    <message>
        <source>{start}, but their only “{relation}” link is invalid: point it at a product.</source>
        <translation>{start}, aber die einzige Verbindung „{relation}“ ist ungültig: Richten Sie sie auf ein Produkt.</translation>
    </message>
    <message>
        <source>{start}, but their {count} “{relation}” links are invalid: point them at a product.</source>
        <translation>{start}, aber die {count} Verbindungen „{relation}“ sind ungültig: Richten Sie sie auf ein Produkt.</translation>
    </message>
    <message>
        <source>{name} are not connected to anything.</source>
        <translation>{name} sind mit nichts verbunden.</translation>
    </message>
    <message>
        <source>{name} is not connected to anything.</source>
        <translation>{name} ist mit nichts verbunden.</translation>
    </message>
    <message>
        <source>only a stakeholder pays for a product</source>
        <translation>nur ein Stakeholder zahlt für ein Produkt</translation>
    </message>
    <message>
        <source>only a stakeholder decides on a product</source>
        <translation>nur ein Stakeholder entscheidet über ein Produkt</translation>
    </message>
    <message>
        <source>only a stakeholder uses a product</source>
        <translation>nur ein Stakeholder nutzt ein Produkt</translation>
    </message>
    <message>
        <source>only stakeholders influence each other</source>
        <translation>nur Stakeholder beeinflussen einander</translation>
    </message>
    <message>
        <source>only a stakeholder can be a member of a company</source>
        <translation>nur ein Stakeholder kann zu einem Unternehmen gehören</translation>
    </message>
    <message>
        <source>{source} ({source_kind}) cannot pay for {target} ({target_kind}): {why}.</source>
        <translation>{source} ({source_kind}) kann nicht für {target} ({target_kind}) zahlen: {why}.</translation>
    </message>
    <message>
        <source>{source} ({source_kind}) cannot decide on {target} ({target_kind}): {why}.</source>
        <translation>{source} ({source_kind}) kann nicht über {target} ({target_kind}) entscheiden: {why}.</translation>
    </message>
    <message>
        <source>{source} ({source_kind}) cannot use {target} ({target_kind}): {why}.</source>
        <translation>{source} ({source_kind}) kann {target} ({target_kind}) nicht nutzen: {why}.</translation>
    </message>
    <message>
        <source>{source} ({source_kind}) cannot influence {target} ({target_kind}): {why}.</source>
        <translation>{source} ({source_kind}) kann {target} ({target_kind}) nicht beeinflussen: {why}.</translation>
    </message>
    <message>
        <source>{source} ({source_kind}) cannot be a member of {target} ({target_kind}): {why}.</source>
        <translation>{source} ({source_kind}) kann nicht zu {target} ({target_kind}) gehören: {why}.</translation>
    </message>
    <message>
        <source>only a company has members</source>
        <translation>nur ein Unternehmen hat Mitglieder</translation>
    </message>
    <message>
        <source>“{relation}” must point at a product</source>
        <translation>„{relation}“ muss auf ein Produkt zeigen</translation>
    </message>
    <message>
        <source>A link cannot join {node} to itself ({node} {relation} {node}): point it at another node.</source>
        <translation>Eine Verbindung kann {node} nicht mit sich selbst verbinden ({node} {relation} {node}): Richten Sie sie auf ein anderes Element.</translation>
    </message>
    <message>
        <source>{actor} decide on {products} and are a blocker, but no champion influences them.</source>
        <translation>{actor} entscheiden über {products} und sind Blockierer, doch kein Fürsprecher nimmt Einfluss auf sie.</translation>
    </message>
    <message>
        <source>{actor} decides on {products} and is a blocker, but no champion influences it.</source>
        <translation>{actor} entscheidet über {products} und ist Blockierer, doch kein Fürsprecher nimmt Einfluss darauf.</translation>
    </message>
    <message>
        <source>{actor} decides on {products} and is a blocker, but no champion influences them.</source>
        <translation>{actor} entscheidet über {products} und ist Blockierer, doch kein Fürsprecher nimmt Einfluss auf diese Person.</translation>
    </message>
    <message>
        <source>{actor} have high power and high interest, but no link to any product.</source>
        <translation>{actor} haben hohe Macht und hohes Interesse, aber keine Verbindung zu einem Produkt.</translation>
    </message>
    <message>
        <source>{actor} has high power and high interest, but no link to any product.</source>
        <translation>{actor} hat hohe Macht und hohes Interesse, aber keine Verbindung zu einem Produkt.</translation>
    </message>
    <message>
        <source>{product} has no champion: nobody who pays for it, decides on it or uses it is marked as one.</source>
        <translation>{product} hat keinen Fürsprecher: Niemand, der dafür zahlt, darüber entscheidet oder es nutzt, ist als Fürsprecher markiert.</translation>
    </message>
    <message>
        <source>draw who pays for it and who uses it</source>
        <translation>Zeichnen Sie ein, wer dafür zahlt und wer es nutzt</translation>
    </message>
    <message>
        <source>draw what it pays for, or who belongs to it</source>
        <translation>Zeichnen Sie ein, wofür es zahlt oder wer dazugehört</translation>
    </message>
    <message>
        <source>draw what they pay for</source>
        <translation>Zeichnen Sie ein, wofür gezahlt wird</translation>
    </message>
    <message>
        <source>draw what they decide on</source>
        <translation>Zeichnen Sie ein, worüber entschieden wird</translation>
    </message>
    <message>
        <source>draw what they use</source>
        <translation>Zeichnen Sie ein, was genutzt wird</translation>
    </message>
    <message>
        <source>draw whom they influence, or remove them</source>
        <translation>Zeichnen Sie ein, wer beeinflusst wird, oder entfernen Sie das Element</translation>
    </message>
    <message>
        <source>{name} are not linked to anything yet: {todo}.</source>
        <translation>{name} sind noch mit nichts verbunden: {todo}.</translation>
    </message>
    <message>
        <source>{name} is not linked to anything yet: {todo}.</source>
        <translation>{name} ist noch mit nichts verbunden: {todo}.</translation>
    </message>
    <message>
        <source>Nobody pays for or uses {name}: draw who pays for it and who uses it.</source>
        <translation>Niemand zahlt für {name} oder nutzt es: Zeichnen Sie ein, wer dafür zahlt und wer es nutzt.</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
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
        <source>decision-maker</source>
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
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Einkäufer</translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endnutzer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>a year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>under contract</source>
        <translation>per Vertrag</translation>
    </message>
    <message>
        <source>on a subscription</source>
        <translation>im Abonnement</translation>
    </message>
    <message>
        <source>decides on {target}</source>
        <translation>entscheidet über {target}</translation>
    </message>
    <message>
        <source>uses {target}</source>
        <translation>nutzt {target}</translation>
    </message>
    <message>
        <source>influences {target}</source>
        <translation>beeinflusst {target}</translation>
    </message>
    <message>
        <source>is a member of {target}</source>
        <translation>gehört zu {target}</translation>
    </message>
    <message>
        <source>paid for by {sources}</source>
        <translation>bezahlt von {sources}</translation>
    </message>
    <message>
        <source>decided on by {sources}</source>
        <translation>entschieden von {sources}</translation>
    </message>
    <message>
        <source>used by {sources}</source>
        <translation>genutzt von {sources}</translation>
    </message>
    <message>
        <source>influenced by {sources}</source>
        <translation>beeinflusst von {sources}</translation>
    </message>
    <message>
        <source>its members are {sources}</source>
        <translation>Mitglieder: {sources}</translation>
    </message>
    <message>
        <source>pays {target} {terms}</source>
        <translation>zahlt für {target} {terms}</translation>
    </message>
    <message>
        <source>pays for {target} {terms}</source>
        <translation>zahlt für {target} {terms}</translation>
    </message>
    <message>
        <source>pays for {target}</source>
        <translation>zahlt für {target}</translation>
    </message>
    <message>
        <source>paid for by {source}: {terms}</source>
        <translation>bezahlt von {source}: {terms}</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>{names} and 1 other</source>
        <translation>{names} und 1 weiteres</translation>
    </message>
    <message>
        <source>{names} and {count} others</source>
        <translation>{names} und {count} weitere</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>a sticky note id must be a non-empty string</source>
        <translation>die ID einer Haftnotiz muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>sticky note {id}: the text must be text</source>
        <translation>Haftnotiz {id}: der Text muss Text sein</translation>
    </message>
    <message>
        <source>sticky note {id}: {field} must be a finite number</source>
        <translation>Haftnotiz {id}: {field} muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>the {field} of a view must be a list of texts</source>
        <translation>„{field}“ einer Ansicht muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>each of a view&apos;s {field} must be a non-empty text</source>
        <translation>jeder Eintrag in „{field}“ einer Ansicht muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>a view&apos;s {field}: {reason}</source>
        <translation>„{field}“ einer Ansicht: {reason}</translation>
    </message>
    <message>
        <source>a view&apos;s {field} must be a finite number</source>
        <translation>„{field}“ einer Ansicht muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>a view&apos;s zoom must be more than 0</source>
        <translation>der Zoom einer Ansicht muss größer als 0 sein</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>eine Ansicht braucht einen Namen</translation>
    </message>
    <message>
        <source>view {name}: the filter must be a ViewFilter</source>
        <translation>Ansicht {name}: der Filter muss ein ViewFilter sein</translation>
    </message>
    <message>
        <source>view {name}: the viewport must be a Viewport</source>
        <translation>Ansicht {name}: der Ausschnitt muss ein Viewport sein</translation>
    </message>
    <message>
        <source>a coloured tag must be a non-empty text</source>
        <translation>ein farbiger Tag muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>tag {tag}: the colour must be written #rrggbb, not {value}</source>
        <translation>Tag {tag}: die Farbe muss als #rrggbb geschrieben sein, nicht {value}</translation>
    </message>
    <message>
        <source>a sticky note must be a StickyNote</source>
        <translation>eine Haftnotiz muss eine StickyNote sein</translation>
    </message>
    <message>
        <source>the sticky note id {id} is used twice</source>
        <translation>die Haftnotiz-ID {id} kommt zweimal vor</translation>
    </message>
    <message>
        <source>a view must be a View</source>
        <translation>eine Ansicht muss eine View sein</translation>
    </message>
    <message>
        <source>there are two views named {name}</source>
        <translation>es gibt zwei Ansichten namens {name}</translation>
    </message>
    <message>
        <source>a node id must be a non-empty string</source>
        <translation>die ID eines Elements muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>an edge id must be a non-empty string</source>
        <translation>die ID einer Verbindung muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>the currency must be a code of three capital letters such as EUR, not {value}</source>
        <translation>die Währung muss ein Code aus drei Großbuchstaben sein, etwa EUR, nicht {value}</translation>
    </message>
    <message>
        <source>edge {id}: amount must be a number of at least 0</source>
        <translation>Verbindung {id}: der Betrag muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>node {id}: {field} must be a finite number</source>
        <translation>Element {id}: {field} muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>{id}: {field} must be text</source>
        <translation>{id}: {field} muss Text sein</translation>
    </message>
    <message>
        <source>node {id}: unknown kind {value} (known kinds: {known})</source>
        <translation>Element {id}: unbekannte Art {value} (bekannte Arten: {known})</translation>
    </message>
    <message>
        <source>node {id}: name must be text</source>
        <translation>Element {id}: der Name muss Text sein</translation>
    </message>
    <message>
        <source>node {id}: internal must be true or false</source>
        <translation>Element {id}: internal muss true oder false sein</translation>
    </message>
    <message>
        <source>node {id}: headcount must be a whole number of at least 1</source>
        <translation>Element {id}: die Personenzahl muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>node {id}: tags must be a list of texts</source>
        <translation>Element {id}: die Tags müssen eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>node {id}: each tag must be a non-empty text</source>
        <translation>Element {id}: jeder Tag muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>node {id}: unknown {field} {value} (known: {known})</source>
        <translation>Element {id}: unbekannter Wert {value} für {field} (bekannt: {known})</translation>
    </message>
    <message>
        <source>node {id}: a product has no {field}; only stakeholders do</source>
        <translation>Element {id}: ein Produkt hat kein {field}; das haben nur Stakeholder</translation>
    </message>
    <message>
        <source>node {id}: the colour must be written #rrggbb, not {value}</source>
        <translation>Element {id}: die Farbe muss als #rrggbb geschrieben sein, nicht {value}</translation>
    </message>
    <message>
        <source>node {id}: {field} must be true or false</source>
        <translation>Element {id}: {field} muss true oder false sein</translation>
    </message>
    <message>
        <source>node {id}: only a company has {field}</source>
        <translation>Element {id}: nur ein Unternehmen hat {field}</translation>
    </message>
    <message>
        <source>edge {id}: source must be a node id</source>
        <translation>Verbindung {id}: source muss die ID eines Elements sein</translation>
    </message>
    <message>
        <source>edge {id}: target must be a node id</source>
        <translation>Verbindung {id}: target muss die ID eines Elements sein</translation>
    </message>
    <message>
        <source>edge {id}: unknown {field} {value} (known: {known})</source>
        <translation>Verbindung {id}: unbekannter Wert {value} für {field} (bekannt: {known})</translation>
    </message>
    <message>
        <source>there is no sticky note {id}</source>
        <translation>es gibt keine Haftnotiz {id}</translation>
    </message>
    <message>
        <source>there is no node {id}</source>
        <translation>es gibt kein Element {id}</translation>
    </message>
    <message>
        <source>there is no edge {id}</source>
        <translation>es gibt keine Verbindung {id}</translation>
    </message>
    <message>
        <source>the edge {id} is changed twice in one step</source>
        <translation>die Verbindung {id} wird in einem Schritt zweimal geändert</translation>
    </message>
    <message>
        <source>edge {id} cannot change its id</source>
        <translation>die Verbindung {id} kann ihre ID nicht ändern</translation>
    </message>
    <message>
        <source>node {id} still has {count} edge(s); remove them first</source>
        <translation>Element {id} hat noch Verbindungen ({count}); entfernen Sie sie zuerst</translation>
    </message>
    <message>
        <source>node {id} cannot change its id</source>
        <translation>das Element {id} kann seine ID nicht ändern</translation>
    </message>
    <message>
        <source>the node {id} is changed twice in one step</source>
        <translation>das Element {id} wird in einem Schritt zweimal geändert</translation>
    </message>
    <message>
        <source>the id {id} is already used</source>
        <translation>die ID {id} ist schon vergeben</translation>
    </message>
    <message>
        <source>edge {id} points to a missing node {node}</source>
        <translation>Verbindung {id} zeigt auf ein fehlendes Element {node}</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{sign}{number}</source>
        <translation>{number}&#xa0;{sign}</translation>
    </message>
    <message>
        <source>{code} {number}</source>
        <translation>{number}&#xa0;{code}</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type a number such as 60000, 60,000, 60k or 1.2M.</source>
        <translation>„{text}“ ist kein Betrag. Geben Sie eine Zahl ein, etwa 60000, 60.000, 60k oder 1,2M.</translation>
    </message>
    <message>
        <source>“{text}” is negative; an amount is 0 or more.</source>
        <translation>„{text}“ ist negativ; ein Betrag ist 0 oder mehr.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>&quot;{name}&quot;</source>
        <comment>a name in a sentence</comment>
        <translation>„{name}“</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>.</source>
        <comment>decimal point</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
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
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>decide on {products}</source>
        <translation>entscheiden über {products}</translation>
    </message>
    <message>
        <source>decides on {products}</source>
        <translation>entscheidet über {products}</translation>
    </message>
    <message>
        <source>decide on {products} by paying for it</source>
        <translation>entscheiden über {products} durch den Kauf</translation>
    </message>
    <message>
        <source>decides on {products} by paying for it</source>
        <translation>entscheidet über {products} durch den Kauf</translation>
    </message>
    <message>
        <source>pay for {products}</source>
        <translation>zahlen für {products}</translation>
    </message>
    <message>
        <source>pays for {products}</source>
        <translation>zahlt für {products}</translation>
    </message>
    <message>
        <source>sway who decides on {products}</source>
        <translation>beeinflussen, wer über {products} entscheidet</translation>
    </message>
    <message>
        <source>sways who decides on {products}</source>
        <translation>beeinflusst, wer über {products} entscheidet</translation>
    </message>
    <message>
        <source>1 stakeholder sways it</source>
        <translation>beeinflusst von 1 Stakeholder</translation>
    </message>
    <message>
        <source>1 stakeholder sways them</source>
        <translation>beeinflusst von 1 Stakeholder</translation>
    </message>
    <message>
        <source>{count} stakeholders sway it</source>
        <translation>beeinflusst von {count} Stakeholdern</translation>
    </message>
    <message>
        <source>{count} stakeholders sway them</source>
        <translation>beeinflusst von {count} Stakeholdern</translation>
    </message>
    <message>
        <source>use {products}</source>
        <translation>nutzen {products}</translation>
    </message>
    <message>
        <source>uses {products}</source>
        <translation>nutzt {products}</translation>
    </message>
    <message>
        <source>no links that carry weight</source>
        <translation>keine Verbindungen, die Gewicht haben</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A product cannot start a link: draw links from people and organisations to it.</source>
        <translation>Ein Produkt kann keine Verbindung beginnen: Zeichnen Sie Verbindungen von Personen und Organisationen zum Produkt.</translation>
    </message>
    <message>
        <source>Nothing links {source} to {target}.</source>
        <translation>Von {source} zu {target} gibt es keine Verbindung.</translation>
    </message>
    <message>
        <source>Only a company can have members.</source>
        <translation>Nur ein Unternehmen kann Mitglieder haben.</translation>
    </message>
    <message>
        <source>A product cannot be influenced: influence goes to a person or an organisation (for example whoever decides on the product).</source>
        <translation>Ein Produkt kann nicht beeinflusst werden: Einfluss richtet sich an eine Person oder Organisation (zum Beispiel an die, die über das Produkt entscheidet).</translation>
    </message>
    <message>
        <source>From {source} to {target} you can draw: {names}.</source>
        <translation>Von {source} zu {target} können Sie zeichnen: {names}.</translation>
    </message>
    <message>
        <source>a product</source>
        <translation>einem Produkt</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>einem Unternehmen</translation>
    </message>
    <message>
        <source>a buyer</source>
        <translation>einem Einkäufer</translation>
    </message>
    <message>
        <source>a decision-maker</source>
        <translation>einem Entscheider</translation>
    </message>
    <message>
        <source>an end user</source>
        <translation>einem Endnutzer</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>einer Person</translation>
    </message>
    <message>
        <source>Only a product can be paid for.</source>
        <translation>Nur für ein Produkt kann gezahlt werden.</translation>
    </message>
    <message>
        <source>Only a product can be decided on.</source>
        <translation>Nur über ein Produkt kann entschieden werden.</translation>
    </message>
    <message>
        <source>Only a product can be used.</source>
        <translation>Nur ein Produkt kann genutzt werden.</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>pays for</source>
        <translation>zahlt für</translation>
    </message>
    <message>
        <source>decides on</source>
        <translation>entscheidet über</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>nutzt</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>beeinflusst</translation>
    </message>
    <message>
        <source>is a member of</source>
        <translation>gehört zu</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Stakeholder map: {title}</source>
        <translation>Stakeholder-Karte: {title}</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>  {name} ({kind}): {roles}</source>
        <translation>  {name} ({kind}): {roles}</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source>Key stakeholders (most influential first)</source>
        <translation>Schlüssel-Stakeholder (einflussreichste zuerst)</translation>
    </message>
    <message>
        <source>  {rank}. {name} (score {score}): {why}</source>
        <translation>  {rank}. {name} (Punktzahl {score}): {why}</translation>
    </message>
    <message>
        <source>Findings: none. No gaps found.</source>
        <translation>Befunde: keine. Keine Lücken gefunden.</translation>
    </message>
    <message>
        <source>Findings: {summary}</source>
        <translation>Befunde: {summary}</translation>
    </message>
    <message>
        <source>{severity} ({count})</source>
        <translation>{severity} ({count})</translation>
    </message>
    <message>
        <source>No gaps found.</source>
        <translation>Keine Lücken gefunden.</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder-Karte</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>the Stakeholder Map resources folder is missing (looked in: {places}); reinstall the program or set {variable}</source>
        <translation>der Ressourcenordner von Stakeholder Map fehlt (gesucht in: {places}); installieren Sie das Programm neu oder setzen Sie {variable}</translation>
    </message>
    <message>
        <source>resource path {path} must stay inside the resources folder</source>
        <translation>der Ressourcenpfad {path} muss im Ressourcenordner bleiben</translation>
    </message>
    <message>
        <source>the resource {path} is missing from {folder}</source>
        <translation>die Ressource {path} fehlt in {folder}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Uses at least one product.</source>
        <translation>Nutzt mindestens ein Produkt.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Pays as an organisation, or under a contract: a business or contracted relationship.</source>
        <translation>Zahlt als Organisation oder per Vertrag: eine geschäftliche oder vertragliche Beziehung.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Pays as a person, without a contract: a consumer purchase.</source>
        <translation>Zahlt als Person, ohne Vertrag: ein Kauf als Verbraucher.</translation>
    </message>
    <message>
        <source>Paying user</source>
        <translation>Zahlender Nutzer</translation>
    </message>
    <message>
        <source>Uses a product and pays for it too.</source>
        <translation>Nutzt ein Produkt und zahlt auch dafür.</translation>
    </message>
    <message>
        <source>Sponsored user</source>
        <translation>Gesponserter Nutzer</translation>
    </message>
    <message>
        <source>Uses a product that someone else pays for on their behalf: their company, or someone they influence or who influences them.</source>
        <translation>Nutzt ein Produkt, für das jemand anderes zahlt: das eigene Unternehmen oder jemand, den diese Person beeinflusst oder der sie beeinflusst.</translation>
    </message>
    <message>
        <source>Free user</source>
        <translation>Kostenloser Nutzer</translation>
    </message>
    <message>
        <source>Uses a product that nobody pays for on their behalf.</source>
        <translation>Nutzt ein Produkt, für das niemand für diese Person zahlt.</translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Decides whether a product is bought or adopted.</source>
        <translation>Entscheidet, ob ein Produkt gekauft oder eingeführt wird.</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Einflussgeber</translation>
    </message>
    <message>
        <source>Sways, directly or through others, someone who pays for or decides on a product.</source>
        <translation>Beeinflusst direkt oder über andere jemanden, der für ein Produkt zahlt oder darüber entscheidet.</translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <comment>one finding</comment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <comment>several findings</comment>
        <translation>Hinweise</translation>
    </message>
</context>
</TS>
