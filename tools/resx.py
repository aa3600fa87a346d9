#!/usr/bin/env python3
"""Writes a .resx file from KEY=VALUE lines on stdin: `python3 tools/resx.py Portal/Overview/Home.resx < strings.txt`.
Keeps the UI text in resource files without hand-writing resx XML. Lines starting with # are comments."""
import sys
from xml.sax.saxutils import escape

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
out = [HEADER]
for line in sys.stdin.read().splitlines():
    if not line.strip() or line.startswith('#'):
        continue
    key, _, value = line.partition('=')
    out.append(f'  <data name="{escape(key.strip())}" xml:space="preserve"><value>{escape(value.strip())}</value></data>\n')
out.append('</root>\n')
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(out))
