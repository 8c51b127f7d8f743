<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Compare</name>
    <message>
        <source>a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paying user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sponsored user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} pays for {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} decides on {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} uses {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} influences {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is a member of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {name} ({id}, {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge {id}: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge {id} ({sentence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {subject}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {subject}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {subject} from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {subject}: {fields}; moved from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {subject}: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the map&apos;s {field}: {old} → {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maps are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role gained: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role lost: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding ({severity}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding gone ({severity}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map: merge conflict: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map: {field} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {id}: {field} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge {id}: {field} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {id}: {name}, {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {id}: at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: {name} is {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding ({severity}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than this disk or system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (a device, a pipe or a socket), so nothing is written to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number has too many digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is nested more than {depth} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not a number a map file may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key {key} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds an invalid character (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key holds an invalid character (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map holds text that cannot be written as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous file could not be read for the backup ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds a character that is not valid Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not UTF-8 text, so it is not a map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text or bytes, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size} MB; maps larger than {limit} MB are not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {id} ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge {id} ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title must be text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency must be a code of three capital letters such as EUR, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &quot;format&quot; field, so this is not a Stakeholder Map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format is {value}, not &quot;{format}&quot;, so this is not a Stakeholder Map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &quot;version&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version must be a whole number from 1 up, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this map was made by a newer version of Stakeholder Map (file format {format}); this version reads format {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &quot;{key}&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each node must be a JSON object, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each edge must be a JSON object, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edge has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id must be a non-empty text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id {id} is already used at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must be text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node needs both x and y, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal must be true or false, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headcount must be a whole number of at least 1, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a product has no {field}; only stakeholders do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colour must be written #rrggbb, such as #1f77b4, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edge has no {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {field} must be a node id, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {field} {id} is not a node in this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no {field} (allowed: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown {field} {value} (allowed: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too large (at most about 1.8e308), not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a finite number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a number of at least 0, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags must be a list of texts, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag must be a non-empty text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag_colours must be an object of tag: colour, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag {tag} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coloured tag must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sticky note needs an id: a non-empty text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node or an edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id {id} is already used by {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sticky note&apos;s text must be text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view needs a name, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view name {name} is already used at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a list, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry must be a JSON object, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view&apos;s filter must be an object, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a list of texts, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry must be a non-empty text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view can filter by {fields}; not by {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a viewport must be an object with x, y and zoom, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zoom must be more than 0, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no {field}: a number is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map holds a value that cannot be written as JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Conflict: the two versions could not be combined ({reason}); the merge keeps ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {item} was removed on ours and changed on theirs ({changes}); the merge keeps it removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {item} was changed on ours ({changes}) and removed on theirs; the merge keeps ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: the map&apos;s {field} is {ours} on ours and {theirs} on theirs; the merge keeps ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {item}: {field} is {ours} on ours and {theirs} on theirs; the merge keeps ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge {id} ({sentence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {item} was pointed on theirs at node {name} ({id}), which ours removed; the merge keeps our edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: node {name} ({id}) was removed on theirs, but ours links edge {edge} to it; the merge keeps the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: edge {edge} was added or changed on theirs, but its node {name} ({id}) was removed on ours; the merge leaves the edge out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <source>column {letter} (no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column {columns} is not imported (not a column this program knows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns {columns} are not imported (not a column this program knows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second column named {columns} is not imported (only the first column of a name is read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has neither a Label nor an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID {id} is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both X and Y, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {value} names {count} elements; use an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {value} is not the ID or Label of any element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount must be at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID {id} is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row makes {count} links; at most {limit} are imported from one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Direction {value} is not kept: &apos;{relation}&apos; goes one way, so it is imported From -&gt; To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must name the columns From, To and Type, so no connection is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this is an old Excel file (.xls); save it as .xlsx or CSV first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the workbook has no Elements sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds connections; import the elements file next to it ({elements}), which is not in the same folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds connections; import the elements file (or the workbook&apos;s Elements sheet) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the first line must name the columns, with at least Label and Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Type is empty (say what it is: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Type {value} (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Type is empty (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Direction {value} (known: directed, mutual, undirected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Period {value} (known: one_time, monthly, yearly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Agreement {value} (known: none, subscription, contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} must be yes or no, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {value}... is too long to be a number this map can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {value} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {value} is too large (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this is a folder, not a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this is not a regular file, so it is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the file is {size} MB; spreadsheets larger than {limit} MB are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the file grew past {limit} MB while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line cannot be read as CSV ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this is an Excel workbook, not CSV text; name it .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the workbook unpacks to {size} MB; workbooks larger than {limit} MB unpacked are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this is not an Excel workbook (.xlsx), or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading .xlsx needs the openpyxl package; install it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this workbook cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sheet is not imported (only Elements and Connections are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{book}, sheet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} of the {sheet} sheet holds a text of {length} characters, and a spreadsheet cell holds at most {limit}; export CSV or JSON to keep all of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionCommands</name>
    <message>
        <source>say what changed between two versions of a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what changed from OLD to NEW: nodes and edges added, removed, changed (field by field) and moved, and the roles and findings gained and lost. Exit status: 0 the maps are the same, 1 they differ, 2 a file could not be read. With --textconv and one PATH, print the map one fact a line (git&apos;s diff driver uses this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earlier map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the later map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text for people (default) or json for programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one map as text for git diff and git log -p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combine two people&apos;s changes to a map (a git merge driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-way merge: combine the changes OURS and THEIRS made to BASE and write OUT. Exit status: 0 merged, 1 merged with conflicts (listed one a line; OUT keeps ours and records them), 2 a file could not be read. In git: &apos;stakeholder-map merge %O %A %B -o %A&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the common version (may be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merged map to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a git repository diff and merge maps with this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &apos;{line}&apos; to the repository&apos;s .gitattributes and configure the merge and diff drivers in its .git/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder inside the repository (default: the current folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how git should run this program (default: stakeholder-map when it is on the PATH, else this Python with -m stakeholder_map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff takes two maps, OLD and NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff needs two maps, OLD and NEW (or --textconv and one map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the map {path}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff --textconv takes one map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a readable map: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides added an item with the id {old}: theirs is now {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git is not installed or not on the PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git could not be run ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git {command} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: there is no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: this folder is not in a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &apos;{line}&apos; to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git now merges maps with &apos;{command}&apos; and shows their changes in words in git diff and git log -p.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
