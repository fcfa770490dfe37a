#!/usr/bin/env python3
"""Writes messages_ru.properties and messages_en.properties from messages.tsv (key, Russian, English).

One source keeps the two bundles in step; the i18n test checks the generated files all the same.
Run: python3 tools/messages.py
"""
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "src" / "main" / "resources"
rows = [line.split("\t") for line in (root / "messages.tsv").read_text(encoding="utf-8").splitlines() if line.strip()]
# messages.properties is the Russian fallback for any other locale (and Boot configures a
# MessageSource only when the base bundle exists)
for index, lang in ((1, "ru"), (2, "en"), (1, None)):
    out = ["# Generated from messages.tsv by tools/messages.py: edit the TSV, then run the script."]
    for row in rows:
        assert len(row) == 3, row
        value = row[index].replace("\\", "\\\\")
        # MessageFormat: a single quote must be doubled when the message has arguments
        out.append(f"{row[0]}={value}")
    (root / (f"messages_{lang}.properties" if lang else "messages.properties")).write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"{len(rows)} keys written")
