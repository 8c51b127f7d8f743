<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Amounts</name>
    <message>
        <source>{number}B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} / mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} / yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} · contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>1 person</source>
        <extracomment>a role that implies &quot;user&quot;: the canvas shows only the specific one (the tooltip lists all)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Start with a product: pick Product in the palette and click here. Then add who pays, who uses and who decides.</source>
        <extracomment>opening or arranging a small map never shrinks it below this: names and role badges stay readable, and a little scrolling shows the rest &quot;small&quot;: at the readable zoom the map is at most this many view widths and heights</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stakeholder map. Drag nodes to move them; Ctrl+wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>{name} (removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot export to {path}: &apos;{suffix}&apos; is not a format this program writes (use one of {formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {path}: the name has no suffix (use one of {formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale must be between {low} and {high}, not {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slide size must be one of {sizes}, not {slide}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a scale or a slide size, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is selected: select the nodes to export, or export the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {path}: {folder} is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {path}: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {path}: the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {path}: the folder is not writable ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {path}: the map is too large to draw as {format} (some nodes are very far from the others; move them closer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {path}: nothing could be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {path}: the map holds text that cannot be written as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing an export needs a QApplication, but this program started a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} x {height} pixels, {megabytes} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map is too large for {what} ({size}; at most {side} pixels per side and {million} million in all): choose a smaller scale or a slide size, or export SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for {what} ({size}; {free} MB free): choose a smaller scale or a slide size, or export SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG at {scale}x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for a {width} x {height} PNG: choose a smaller scale, or export SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map is too large for an SVG ({width} x {height} pixels; at most {most} per side): some nodes are very far from the others; move them closer, or export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the PDF page to the size of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the PDF drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder map with {nodes} nodes and {links} relations, drawn by Stakeholder Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerInterest</name>
    <message>
        <source>Manage closely</source>
        <extracomment>(power, interest) corner -&gt; what to do with the stakeholders there (English; shown translated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest: low → high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power: low → high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet: drag onto the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power and interest grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>a map can be printed 1 to {most} pages across, not {across}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not start a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column {column} of {rows} x {columns}: the marks show where the neighbouring sheet begins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cannot write a report to {path}: &apos;{suffix}&apos; is not a report format (use .pdf or .html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a report to {path}: the name has no suffix (use .pdf or .html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page size must be a4 or letter, not {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a report to {path}: the map&apos;s picture is too large for a web page (some nodes are very far from the others); move them closer, or write the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a report to {path}: nothing could be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people and organisations that carry the most weight on this map. The score adds up what each one holds: deciding on a product {decides}, paying for one as a company {pays}, swaying someone who decides {sways}, each stakeholder who sways them {swayed}, using a product {uses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stakeholder stands out: add who influences, decides on and pays for the products to see who carries the most weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no stakeholders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the roles mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no products yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder report, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: stakeholder report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set up the PDF&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the report&apos;s PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not add a page to the report&apos;s PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StickyNotes</name>
    <message>
        <source>Double-click to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
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
        <source>champion</source>
        <extracomment>attitude and level words as they read inside a sentence (&quot;Power: high&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sceptic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitude: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Rename {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change map title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear colour of {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link {source} pays for {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link {source} decides on {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link {source} uses {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link {source} influences {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link {source} is a member of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete 1 item</source>
        <extracomment>(one, many) for each counted step; ``{count}`` is the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {count} nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete 1 sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} sticky notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {field} of {count} nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {field} of {count} links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {count} nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {count} links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
