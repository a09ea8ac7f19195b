#!/usr/bin/env python3
"""Refresh qml/i18n/ecabinet_{vi,en}.ts from the sources of qml/ and tablet-client/.

    qml/i18n/update.py            # then translate what is "unfinished", rebuild
    qml/i18n/update.py --memory OTHER_DIR
                                  # also take finished translations from
                                  # OTHER_DIR/ecabinet_<lang>.ts (e.g. a copy of
                                  # another branch's files after a merge conflict)

Runs lupdate (LUPDATE=... to override), then repairs two things lupdate gets
wrong for our C++:
  * a file-local wrapper `QString tr(const char *t) { return
    QCoreApplication::translate("Ctx", t); }` makes lupdate guess the context
    from the namespace ("ecabinet::client"), while the program looks the text
    up under "Ctx": such messages are moved to "Ctx";
  * a text that only changed context keeps its translation (translation memory
    keyed by source text and comment).
New texts arrive "unfinished": translate them in Qt Linguist
(/usr/lib/qt6/bin/linguist) or in the XML, then rebuild: the build compiles
the .ts files to .qm and embeds them at :/i18n/ecabinet_<lang>.qm.
"""
import copy
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SOURCES = ["qml", "tablet-client"]
LANGUAGES = ["vi", "en"]
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
WRAPPER = re.compile(r'\btr\s*\([^)]*\)\s*\{\s*return\s+QCoreApplication::translate\(\s*"([^"]+)"')


def wrapper_contexts():
    """file name (relative to ROOT) -> context of its tr() wrapper."""
    found = {}
    for top in SOURCES:
        for dirpath, _, files in os.walk(os.path.join(ROOT, top)):
            for name in files:
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as f:
                    match = WRAPPER.search(f.read())
                if match:
                    found[os.path.relpath(path, ROOT)] = match.group(1)
    return found


def key(message):
    comment = message.find("comment")
    return (message.find("source").text or "", comment.text if comment is not None else "")


def finished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")


def memory_of(path):
    if not os.path.exists(path):
        return {}
    memory = {}
    for message in ET.parse(path).getroot().iter("message"):
        if finished(message):
            memory[key(message)] = copy.deepcopy(message.find("translation"))
    return memory


def context_named(root, name):
    for context in root.findall("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def repair(path, memory, contexts):
    tree = ET.parse(path)
    root = tree.getroot()
    ts_dir = os.path.dirname(path)
    # Locations are absolute (relative ones would break when messages move
    # between contexts); a <location> without a file name repeats the last one.
    current_file = None
    for context in list(root.findall("context")):
        for message in list(context.findall("message")):
            files = []
            for location in message.findall("location"):
                if location.get("filename"):
                    current_file = location.get("filename")
                files.append(current_file)
            if files and files[0]:
                source_file = os.path.relpath(os.path.normpath(os.path.join(ts_dir, files[0])), ROOT)
                wanted = contexts.get(source_file)
                if wanted and wanted != context.findtext("name"):
                    context.remove(message)
                    context_named(root, wanted).append(message)
            if not finished(message) and key(message) in memory:
                kept = memory[key(message)]
                message.remove(message.find("translation"))
                message.append(copy.deepcopy(kept))
                # Plural forms given by hand to a text lupdate did not see as
                # numerus (tr() wrappers with a count): keep them.
                if kept.find("numerusform") is not None:
                    message.set("numerus", "yes")
        if not context.findall("message"):
            root.remove(context)
    root[:] = sorted(root, key=lambda c: c.findtext("name"))
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode"))
        f.write("\n")


def main():
    extra = []
    args = sys.argv[1:]
    while args:
        if args[0] == "--memory" and len(args) > 1:
            extra.append(args[1])
            args = args[2:]
        else:
            sys.exit(f"usage: {sys.argv[0]} [--memory DIR]...")
    contexts = wrapper_contexts()
    for lang in LANGUAGES:
        ts = os.path.join(HERE, f"ecabinet_{lang}.ts")
        memory = {}
        for folder in extra:
            memory.update(memory_of(os.path.join(folder, f"ecabinet_{lang}.ts")))
        memory.update(memory_of(ts))
        subprocess.run([LUPDATE, "-locations", "absolute", "-no-obsolete", "-extensions", "cpp,h,qml",
                        *SOURCES, "-source-language", "en", "-target-language", lang, "-ts",
                        os.path.relpath(ts, ROOT)], cwd=ROOT, check=True)
        repair(ts, memory, contexts)
        left = sum(1 for m in ET.parse(ts).getroot().iter("message") if not finished(m))
        print(f"{os.path.relpath(ts, ROOT)}: {left} text(s) left to translate", file=sys.stderr)


if __name__ == "__main__":
    main()
