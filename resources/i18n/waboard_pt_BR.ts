<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>App</name>
    <message>
        <source>waboard cannot open this file</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>