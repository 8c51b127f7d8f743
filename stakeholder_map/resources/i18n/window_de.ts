<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Align</name>
    <message>
        <location filename="../../ui/align_actions.py" line="19"/>
        <source>Align &amp;Left Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="19"/>
        <source>Align {nodes} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="20"/>
        <source>Align &amp;Centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="21"/>
        <source>Align {nodes} on their centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="22"/>
        <source>Align &amp;Right Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="22"/>
        <source>Align {nodes} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="23"/>
        <source>Align &amp;Top Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="23"/>
        <source>Align {nodes} at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="24"/>
        <source>Align &amp;Middles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="25"/>
        <source>Align {nodes} on their middles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="26"/>
        <source>Align &amp;Bottom Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="27"/>
        <source>Align {nodes} at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="30"/>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="31"/>
        <source>Distribute {nodes} horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="32"/>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="33"/>
        <source>Distribute {nodes} vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="54"/>
        <source>Space the selected nodes evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="55"/>
        <source>Line the selected nodes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/align_actions.py" line="86"/>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../ui/autosave.py" line="207"/>
        <source>The recovery copy of this map could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasMenus</name>
    <message>
        <location filename="../../ui/canvas_menus.py" line="70"/>
        <source>{name} menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="73"/>
        <source>Connect &amp;To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="75"/>
        <source>Click another node to link it; the menu then offers the relations that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="80"/>
        <location filename="../../ui/canvas_menus.py" line="100"/>
        <location filename="../../ui/canvas_menus.py" line="116"/>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="86"/>
        <source>Link menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="87"/>
        <source>Change &amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="105"/>
        <source>Selection menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="108"/>
        <source>A&amp;lign and Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="121"/>
        <source>Map menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="122"/>
        <source>&amp;Add Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="125"/>
        <source>Add Sticky &amp;Note Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="136"/>
        <source>Change &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="153"/>
        <source>Add a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="154"/>
        <source>Add a node here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/canvas_menus.py" line="180"/>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../ui/compare_panel.py" line="28"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="29"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="30"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="38"/>
        <location filename="../../ui/compare_panel.py" line="204"/>
        <source>No comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="43"/>
        <source>Changes since the compared version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="45"/>
        <source>Close Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="55"/>
        <source>The map is the same as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="61"/>
        <source>Since {file}: {added} added (green), {removed} removed (grey), {changed} changed or moved (amber).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="81"/>
        <source>... and {count} more (the command &apos;stakeholder-map diff&apos; lists them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="95"/>
        <source>Role gained: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="96"/>
        <source>Role lost: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="102"/>
        <source>New finding ({severity}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="104"/>
        <source>Finding gone ({severity}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="129"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="136"/>
        <source>Compare &amp;With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="138"/>
        <source>Show another version of this map over it: what was added, removed and changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="162"/>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="169"/>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compare_panel.py" line="169"/>
        <source>This file is not a stakeholder map I can read.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/conflicts_panel.py" line="38"/>
        <source>Merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_panel.py" line="40"/>
        <source>Mark All Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_panel.py" line="42"/>
        <source>Remove the list of conflicts from the map (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_panel.py" line="47"/>
        <source>Merge Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_panel.py" line="70"/>
        <source>This map was merged with 1 conflict: see the Merge Conflicts panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_panel.py" line="72"/>
        <source>This map was merged with {count} conflicts: see the Merge Conflicts panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_panel.py" line="88"/>
        <source>Both sides of a merge changed these two ways; the merge kept ours. Click one to select its item, change what needs changing, then mark them resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_panel.py" line="91"/>
        <source>No merge conflicts in this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_panel.py" line="99"/>
        <source>Mark merge conflicts resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>{count} nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>1 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>{count} links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../ui/docks.py" line="46"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="51"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="55"/>
        <location filename="../../ui/docks.py" line="58"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="61"/>
        <source>Key Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="66"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="80"/>
        <source>Findings ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../ui/edit_controller.py" line="52"/>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_controller.py" line="75"/>
        <source>A node cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_controller.py" line="108"/>
        <source>Choose a relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_controller.py" line="113"/>
        <source>{relation} {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_controller.py" line="125"/>
        <source>{source} already {relation} {target}: that link is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_controller.py" line="167"/>
        <source>Copied {nodes} and {links}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_controller.py" line="170"/>
        <source>Copied {nodes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_controller.py" line="180"/>
        <source>The clipboard holds no stakeholder map nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="34"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="35"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="36"/>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="37"/>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="38"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="39"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="40"/>
        <source>Map file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="41"/>
        <source>Map files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="42"/>
        <source>GraphML files (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="43"/>
        <source>GEXF files (*.gexf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="44"/>
        <source>Excel workbook (Kumu layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="45"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="46"/>
        <source>CSV spreadsheets (elements + connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="47"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="53"/>
        <source>The whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="53"/>
        <source>What the window shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="54"/>
        <source>The selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="56"/>
        <source>The map&apos;s size (times the scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="56"/>
        <source>Slide, 16:9, 1920 x 1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="57"/>
        <source>Slide, 16:9, 3840 x 2160 (4K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="61"/>
        <source>A picture of the map as on the canvas, with roles and findings.</source>
        <extracomment>what each format gives, under the choices</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="62"/>
        <source>A drawing that stays sharp at any size; the text stays text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="63"/>
        <source>One page the size of the map, ready to print or share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="64"/>
        <source>A copy of the map file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="65"/>
        <source>The map as a graph that yEd shows as drawn (names, shapes, colours) and Gephi or networkx read with every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="67"/>
        <source>The map for Gephi, with positions, colours and every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="68"/>
        <source>One workbook with an Elements and a Connections sheet, as Kumu and spreadsheet tools expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="70"/>
        <source>Two spreadsheets: NAME.csv (elements) and NAME-connections.csv (connections), as Kumu and spreadsheet tools expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="97"/>
        <location filename="../../ui/export_dialog.py" line="258"/>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="111"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="112"/>
        <source>Show the title above the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="113"/>
        <source>Include the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="114"/>
        <source>Show the finding rings (untick for a clean picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="119"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="120"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="121"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="122"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="126"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>A {width} x {height} pixel picture for slides, the map fitted in. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="277"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="281"/>
        <source>Exported {files}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FarNodes</name>
    <message>
        <location filename="../../ui/far_nodes.py" line="44"/>
        <source>“{name}” is very far out (x {x}, y {y}), so the map is too small to see: Map › Arrange Automatically brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/fields.py" line="24"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="50"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="68"/>
        <source>“{text}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="107"/>
        <source>None (plain numbers)</source>
        <extracomment>signs people type for a code (&quot;$&quot; alone is taken as US dollars)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="121"/>
        <source>“{text}” is not a currency code. Type three letters such as EUR, USD or GBP, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="134"/>
        <source>The currency of every amount in this map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../ui/files.py" line="23"/>
        <source>Stakeholder maps (*.stakemap.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="30"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="48"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="49"/>
        <source>Do you want to save the changes to “{name}”?

Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="74"/>
        <source>Open Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="87"/>
        <location filename="../../ui/files.py" line="91"/>
        <source>Cannot open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="88"/>
        <source>This file is not a stakeholder map I can read.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="92"/>
        <source>Could not read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="109"/>
        <source>Cannot open template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="123"/>
        <source>Save Map As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="136"/>
        <source>Revert to saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="137"/>
        <source>Discard your changes to “{name}” and reload the saved file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../../ui/filter_panel.py" line="35"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="35"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="36"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="36"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="37"/>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="83"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="86"/>
        <location filename="../../ui/filter_panel.py" line="193"/>
        <source>Tick what to show; the rest of the map dims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="95"/>
        <source>Show Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="195"/>
        <source>Showing {shown} of {total} stakeholders and products.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../../ui/find_bar.py" line="64"/>
        <location filename="../../ui/find_bar.py" line="73"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="70"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="74"/>
        <source>Part of a name, a note or a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="82"/>
        <location filename="../../ui/find_bar.py" line="167"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="84"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="85"/>
        <source>Find a stakeholder by name, note or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="86"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="87"/>
        <source>Show the next stakeholder that matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="88"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="90"/>
        <source>Show the previous stakeholder that matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="100"/>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="169"/>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../ui/findings.py" line="39"/>
        <location filename="../../ui/findings.py" line="60"/>
        <location filename="../../ui/findings.py" line="135"/>
        <source>{severity}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/findings.py" line="42"/>
        <source>{meaning}
What to do: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/findings.py" line="160"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/findings.py" line="195"/>
        <source>No gaps found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/findings.py" line="200"/>
        <source>Analysing the map…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help.py" line="53"/>
        <source>Stakeholder Map Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="57"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="69"/>
        <source>&lt;h2&gt;The guide is missing&lt;/h2&gt;&lt;p&gt;This installation has no &lt;code&gt;help/guide.html&lt;/code&gt;; reinstall the program.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="78"/>
        <source>About Stakeholder Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="80"/>
        <source>&lt;p&gt;Draw who uses, pays for, decides on and influences a product, and see the gaps: products nobody pays for, users nobody listens to, companies without a decision-maker.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="34"/>
        <source>{file}, line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="40"/>
        <source>{file}, lines {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="42"/>
        <source>… and {count} more: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60"/>
        <source>1 stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="61"/>
        <source>{count} stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="90"/>
        <location filename="../../ui/import_dialog.py" line="110"/>
        <source>Import Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="91"/>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="98"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="104"/>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="105"/>
        <source>Nothing in this spreadsheet can be imported:

{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>Some of the spreadsheet will not come in:

{problems}

Import the rest ({stakeholders} and {links})?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStakeholders</name>
    <message>
        <location filename="../../ui/stakeholders.py" line="33"/>
        <source>Key stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders.py" line="35"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders.py" line="36"/>
        <source>Stakeholder, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders.py" line="47"/>
        <source>Decides on a product 4, pays for one as a company 2, sways someone who decides 2, swayed by each stakeholder 1, uses a product 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders.py" line="66"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders.py" line="70"/>
        <source>No role yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders.py" line="71"/>
        <source>{kind}: {roles}
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/actions.py" line="29"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="29"/>
        <source>Start a new, empty map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="31"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="31"/>
        <source>Open a map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="33"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="33"/>
        <source>Save the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="36"/>
        <source>Save the map under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="37"/>
        <source>&amp;Revert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="38"/>
        <source>Drop unsaved changes and reload the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39"/>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="40"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="41"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="42"/>
        <source>Close every window and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="46"/>
        <source>E&amp;xport Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="47"/>
        <source>Write a stakeholder report to share: a PDF or a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="48"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="49"/>
        <source>Print the map on one page or spread across several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="50"/>
        <source>Copy as &amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="52"/>
        <source>Copy the map, or the selected nodes, as a picture for slides and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="60"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>Redo the change just undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>Cut the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65"/>
        <source>Copy the selected nodes and the links between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>Paste nodes copied from any map window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69"/>
        <source>Duplicate the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71"/>
        <source>Delete the selection (a node&apos;s links go with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73"/>
        <source>Select every node and link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Rename the selected node on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="80"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83"/>
        <source>Show the map at 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>&amp;Fit Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <source>Zoom so the whole map fits the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>Snap nodes to the grid when they move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>Show &amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="90"/>
        <source>Show what the shapes and line styles mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94"/>
        <source>&amp;Arrange Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>Lay the map out: products in the middle, payers and deciders on one side, users on the other (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="100"/>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="101"/>
        <source>Backups and recovery copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <source>Stakeholder Map &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="105"/>
        <source>How to draw and read a stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="106"/>
        <source>&amp;About Stakeholder Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="107"/>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>New from &amp;Template</source>
        <extracomment>a close was accepted: the map was saved, or the person chose Discard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Map canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Analysis failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="23"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="46"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="54"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="64"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="67"/>
        <source>A&amp;lign and Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="73"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="76"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="80"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="89"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="92"/>
        <source>Save the map as a picture, PDF, GraphML or spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="95"/>
        <source>&amp;Import Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="97"/>
        <source>Make a map from spreadsheet (CSV) files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="134"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="141"/>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>Arrange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../ui/palette.py" line="37"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="38"/>
        <source>Select and move; drag from the dot on a node&apos;s right side to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="43"/>
        <source>Click the map to place a {kind} (hold Shift to place several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="51"/>
        <source>Drag from one node to another: it {relation} the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="65"/>
        <source>{tool} ({key}): {tip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="90"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="95"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="99"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="34"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="38"/>
        <source>Keep the previous version as a backup (.bak) when saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="40"/>
        <source>Keep a backup when saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="45"/>
        <location filename="../../ui/preferences.py" line="57"/>
        <source>Recovery copy at least every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="47"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="50"/>
        <source>While a map has unsaved changes, a recovery copy is written a moment after you stop editing, and at least this often while you keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <location filename="../../ui/node_extras.py" line="35"/>
        <location filename="../../ui/node_extras.py" line="39"/>
        <location filename="../../ui/node_extras.py" line="42"/>
        <location filename="../../ui/properties.py" line="170"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="36"/>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="37"/>
        <source>How this stakeholder feels about the product: a champion works for it, a blocker against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="40"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="41"/>
        <source>How much this stakeholder can change the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="43"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="44"/>
        <source>How much this stakeholder cares about the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="47"/>
        <source>A&amp;ttitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="48"/>
        <source>Po&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="49"/>
        <source>Inte&amp;rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="102"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="103"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="104"/>
        <source>Free labels such as a segment, a team or a city; a tag&apos;s colour (chosen with nothing selected) marks every node that carries it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="111"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="112"/>
        <location filename="../../ui/node_extras.py" line="132"/>
        <source>Kind&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="114"/>
        <location filename="../../ui/node_extras.py" line="150"/>
        <source>Fill colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="115"/>
        <source>Choose a fill colour for this node instead of its kind&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="117"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="119"/>
        <source>Fill the node with its kind&apos;s colour again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="126"/>
        <source>&amp;Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="176"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="177"/>
        <source>A few words shown on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/node_extras.py" line="180"/>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="28"/>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="29"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="30"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="32"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="33"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="68"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="89"/>
        <source>Map title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="90"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="92"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="95"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="98"/>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="124"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="128"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="130"/>
        <location filename="../../ui/properties.py" line="201"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="131"/>
        <source>Not set (one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="133"/>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="134"/>
        <source>How many people this node stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="136"/>
        <source>&amp;Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="138"/>
        <source>Part of my own organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="140"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="147"/>
        <location filename="../../ui/properties.py" line="184"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="149"/>
        <location filename="../../ui/properties.py" line="186"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="160"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="162"/>
        <location filename="../../ui/properties.py" line="206"/>
        <source>&amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="165"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="167"/>
        <location filename="../../ui/properties.py" line="292"/>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="172"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="174"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="175"/>
        <source>No agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="178"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="180"/>
        <source>A&amp;greement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="198"/>
        <source>Kind of all selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="199"/>
        <location filename="../../ui/properties.py" line="204"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="203"/>
        <source>Relation of all selected links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="253"/>
        <source>{nodes}, {links}.

Select a node or a link to edit it. Pick a kind in the palette and click the map to add a node; drag from one node to another with a relation to link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="267"/>
        <source>This name is {length} characters long: the map keeps all of it; here you see its first {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="291"/>
        <source>&amp;Amount ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="304"/>
        <source>Only a “pays for” link carries money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="313"/>
        <source>{nodes} and {links} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="315"/>
        <source>{items} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="339"/>
        <source>{relation} (not allowed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="348"/>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="360"/>
        <source>Currency not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="386"/>
        <source>Headcount not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/properties.py" line="413"/>
        <source>Amount not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/recovery.py" line="63"/>
        <source>there is no folder for application data on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="93"/>
        <source>Untitled map</source>
        <extracomment>what the original file looked like when the copy was made (to spot later changes) grows with every copy written, across sessions (a tie of ``time`` never decides order)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="123"/>
        <source>cannot create the recovery folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="129"/>
        <source>cannot lock a recovery session in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="136"/>
        <source>cannot create {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="47"/>
        <source>today at {time}</source>
        <extracomment>the original file as it was when the copy was made; None when unknown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="50"/>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="51"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="63"/>
        <source>Recover unsaved maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="68"/>
        <source>Stakeholder Map did not close properly last time. This map was not saved.
Tick the maps to restore; the others are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="71"/>
        <source>Stakeholder Map did not close properly last time. These {count} maps were not saved.
Tick the maps to restore; the others are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="85"/>
        <location filename="../../ui/recovery_dialog.py" line="100"/>
        <source>Restore selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="87"/>
        <source>Discard all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="101"/>
        <source>Restore none, delete all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="157"/>
        <source>Some maps could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="158"/>
        <source>These recovery copies are damaged and were kept on disk in {folder}:

{maps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="191"/>
        <source>Unsaved maps cannot be recovered after a crash: {reason}</source>
        <extracomment>every window that has autosave, the start-up window first</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeSave</name>
    <message>
        <location filename="../../ui/safe_save.py" line="58"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="59"/>
        <source>“{file}” was changed by another program or person since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="61"/>
        <source>Overwrite it with your map, save your map as a new file, or cancel and keep both as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="63"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="70"/>
        <source>File is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="71"/>
        <source>“{file}” is read-only: it is marked so that it is not changed by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="73"/>
        <source>Replace it with your map anyway (it stays read-only), save your map as a new file, or cancel and keep the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="75"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="83"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="102"/>
        <source>Save Map As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="171"/>
        <source>Could not save {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="175"/>
        <source>Cannot save map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safe_save.py" line="176"/>
        <source>{reason}.

Your map is still open with all its changes, and the file on disk was left as it was. Try Save As… to save it in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../../ui/saved_views.py" line="77"/>
        <source>&amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="79"/>
        <source>&amp;Save Current View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="81"/>
        <source>Keep the Filter&apos;s ticks and where the map view looks, under a name, in the map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="93"/>
        <source>&amp;Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="108"/>
        <source>No saved views yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="111"/>
        <source>&amp;Focus on Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="115"/>
        <source>1 link away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="116"/>
        <source>{count} links away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="120"/>
        <source>Show &amp;Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="134"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="135"/>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="142"/>
        <source>View not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="155"/>
        <source>Showing the view “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="161"/>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../ui/sharing.py" line="25"/>
        <source>PDF report (*.pdf);;Web page report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="68"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="69"/>
        <source>{name} report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="78"/>
        <source>Report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="80"/>
        <source>Report written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="100"/>
        <source>Nothing copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="109"/>
        <source>The map copied as an image (PNG and SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="111"/>
        <source>1 selected node copied as an image (PNG and SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="113"/>
        <source>{count} selected nodes copied as an image (PNG and SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="126"/>
        <source>Stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="128"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="134"/>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="159"/>
        <source>Print Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="160"/>
        <source>Fit the map on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="161"/>
        <source>Spread it across several pages, overlapping a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="166"/>
        <source> pages wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="169"/>
        <source>Print the title above the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="171"/>
        <source>Include the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="173"/>
        <source>Show the finding rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="175"/>
        <source>Only the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="180"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing.py" line="184"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status.py" line="18"/>
        <source>Nodes and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="19"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="20"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="45"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="46"/>
        <source>{count} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="48"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="49"/>
        <source>{count} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="50"/>
        <source>No errors or warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="53"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StickyNotes</name>
    <message>
        <location filename="../../ui/sticky_commands.py" line="22"/>
        <source>Sticky Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sticky_commands.py" line="24"/>
        <source>Add a sticky note in the middle of the view: free text that is not a stakeholder (the analysis ignores it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sticky_commands.py" line="40"/>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sticky_commands.py" line="53"/>
        <source>Sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sticky_commands.py" line="54"/>
        <source>What the note says:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../ui/grid_tab.py" line="35"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid_tab.py" line="36"/>
        <source>Power and interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid_tab.py" line="37"/>
        <source>Your stakeholders on Mendelow&apos;s power/interest grid: drag one to another cell to change its power and interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid_tab.py" line="60"/>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagColours</name>
    <message>
        <location filename="../../ui/tag_colours.py" line="29"/>
        <location filename="../../ui/tag_colours.py" line="34"/>
        <source>Tag colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tag_colours.py" line="40"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tag_colours.py" line="43"/>
        <source>No Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tag_colours.py" line="49"/>
        <source>Tags you give nodes are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tag_colours.py" line="63"/>
        <source>{tag}: no colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tag_colours.py" line="84"/>
        <source>Colour for “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
