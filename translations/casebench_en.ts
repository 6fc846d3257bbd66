<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ExhibitsPage</name>
    <message numerus="yes">
        <source>%n file(s), {size}</source>
        <translation>
            <numerusform>%n file, {size}</numerusform>
            <numerusform>%n files, {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n file(s), {size}.</source>
        <translation>
            <numerusform>Took in %n file, {size}.</numerusform>
            <numerusform>Took in %n files, {size}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) stored once.</source>
        <translation>
            <numerusform>%n duplicate stored once.</numerusform>
            <numerusform>%n duplicates stored once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n file(s), {size}; custody chain intact.</source>
        <translation>
            <numerusform>Verified: %n file, {size}; custody chain intact.</numerusform>
            <numerusform>Verified: %n files, {size}; custody chain intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n file(s); the check-out is in the custody chain.</source>
        <translation>
            <numerusform>Extracted %n file; the check-out is in the custody chain.</numerusform>
            <numerusform>Extracted %n files; the check-out is in the custody chain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message numerus="yes">
        <source>%n chart(s) have changes that are not saved: {names}. Close the case and lose them? (No keeps them: save them on the Link chart page.)</source>
        <translation>
            <numerusform>%n chart has changes that are not saved: {names}. Close the case and lose them? (No keeps them: save them on the Link chart page.)</numerusform>
            <numerusform>%n charts have changes that are not saved: {names}. Close the case and lose them? (No keeps them: save them on the Link chart page.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) with changes not saved were closed when the case locked.</source>
        <translation>
            <numerusform>%n chart with changes not saved was closed when the case locked.</numerusform>
            <numerusform>%n charts with changes not saved were closed when the case locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>The case was locked after %n minute without activity.</numerusform>
            <numerusform>The case was locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) typed and not saved were discarded when the case locked.</source>
        <translation>
            <numerusform>%n value typed and not saved was discarded when the case locked.</numerusform>
            <numerusform>%n values typed and not saved were discarded when the case locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedRecipientsDialog</name>
    <message numerus="yes">
        <source>%n RED item(s) changed; recorded in the audit log.</source>
        <translation>
            <numerusform>%n RED item changed; recorded in the audit log.</numerusform>
            <numerusform>%n RED items changed; recorded in the audit log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message numerus="yes">
        <source>and %n more under Links</source>
        <translation>
            <numerusform>and %n more under Links</numerusform>
            <numerusform>and %n more under Links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to {name}</source>
        <translation>
            <numerusform>Saved %n change to {name}</numerusform>
            <numerusform>Saved %n changes to {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) found from {first} to {second}; the first is highlighted.</source>
        <translation>
            <numerusform>%n path found from {first} to {second}; it is highlighted.</numerusform>
            <numerusform>%n paths found from {first} to {second}; the first is highlighted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) found; the first is highlighted.</source>
        <translation>
            <numerusform>%n path found; it is highlighted.</numerusform>
            <numerusform>%n paths found; the first is highlighted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPrintDialog</name>
    <message numerus="yes">
        <source>%n entity(ies) left out</source>
        <translation>
            <numerusform>%n entity left out</numerusform>
            <numerusform>%n entities left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) left out</source>
        <translation>
            <numerusform>%n link left out</numerusform>
            <numerusform>%n links left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) that may not leave replaced by the kind</source>
        <translation>
            <numerusform>%n name that may not leave replaced by the kind</numerusform>
            <numerusform>%n names that may not leave replaced by the kind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) replaced by another name that may leave</source>
        <translation>
            <numerusform>%n name replaced by another name that may leave</numerusform>
            <numerusform>%n names replaced by other names that may leave</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %Ln entities…</source>
        <translation>
            <numerusform>Laying out %Ln entity…</numerusform>
            <numerusform>Laying out %Ln entities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new entities stayed off the chart: it is full ({0}).</source>
        <translation>
            <numerusform>%Ln new entity stayed off the chart: it is full ({0}).</numerusform>
            <numerusform>%Ln new entities stayed off the chart: it is full ({0}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExportDialog</name>
    <message numerus="yes">
        <source>Handling: %n item(s) left out (they may not leave at this level).</source>
        <translation>
            <numerusform>Handling: %n item left out (it may not leave at this level).</numerusform>
            <numerusform>Handling: %n items left out (they may not leave at this level).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedItemsModel</name>
    <message numerus="yes">
        <source>all %n imported rows, every value</source>
        <translation>
            <numerusform>the %n imported row, every value</numerusform>
            <numerusform>all %n imported rows, every value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathStepsModel</name>
    <message numerus="yes">
        <source>Path {n}: %n link(s)</source>
        <translation>
            <numerusform>Path {n}: %n link</numerusform>
            <numerusform>Path {n}: %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message numerus="yes">
        <source>%n row(s) imported from a call record keep the file's order after the others: this list cannot be sorted by {column}. The timeline shows them in time order.</source>
        <translation>
            <numerusform>%n row imported from a call record keeps the file's order after the others: this list cannot be sorted by {column}. The timeline shows it in time order.</numerusform>
            <numerusform>%n rows imported from a call record keep the file's order after the others: this list cannot be sorted by {column}. The timeline shows them in time order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message numerus="yes">
        <source>%Ln added to the chart</source>
        <translation>
            <numerusform>%Ln added to the chart</numerusform>
            <numerusform>%Ln added to the chart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on it</source>
        <translation>
            <numerusform>%Ln already on it</numerusform>
            <numerusform>%Ln already on it</numerusform>
        </translation>
    </message>
</context>
</TS>
