#!/usr/bin/python3
"""Opens a redline in LibreOffice (headless, through UNO) and writes what a reader sees of its tracked changes.

Usage: tracked-changes.py PROFILE_DIR OUT_DIR FILE...

For each FILE it writes OUT_DIR/<name>.count (the number of tracked changes LibreOffice shows), OUT_DIR/<name>
.accepted.txt (the text after accepting every change) and OUT_DIR/<name>.rejected.txt (after rejecting every change),
and OUT_DIR/<name>.plain.txt for a file without changes (a plain build to compare with). Beside each .txt it writes
a .struct file: one line per paragraph of the body (a table is one line), with its paragraph style, list level, list
label, whether it is numbered, its list style and the start of its text, so that a paragraph that comes back with
another style or inside a list it was not in is seen, not only a different text. LibreOffice runs with its own
profile in PROFILE_DIR, so it never collides with a user's LibreOffice or another test.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def dispatch(ctx, doc, command):
    helper = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())


def structure(doc):
    """One line per paragraph of the body: style, list level, label, numbered, list style, the text's start."""
    lines = []
    paragraphs = doc.getText().createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if not paragraph.supportsService("com.sun.star.text.Paragraph"):
            lines.append("table")
            continue
        values = [str(paragraph.getPropertyValue(name)) for name in
                  ("ParaStyleName", "NumberingLevel", "ListLabelString", "NumberingIsNumber", "NumberingStyleName")]
        lines.append("|".join(values + [" ".join(paragraph.getString().split())[:60]]))
    return "\n".join(lines) + "\n"


def store(doc, out, base, text_filter):
    """Writes the document's text to OUT/base.txt and its paragraphs' structure to OUT/base.struct."""
    doc.storeToURL(uno.systemPathToFileUrl(os.path.join(os.path.abspath(out), base + ".txt")), text_filter)
    with open(os.path.join(out, base + ".struct"), "w", encoding="utf-8") as f:
        f.write(structure(doc))


def main():
    profile, out, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    pipe = "opi_redline_%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.abspath(profile)),
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.25)
        if ctx is None:
            sys.exit("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        text_filter = (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF,,,"))
        for path in files:
            name = os.path.splitext(os.path.basename(path))[0] + "." + path.rsplit(".", 1)[-1]
            url = uno.systemPathToFileUrl(os.path.abspath(path))
            for action in ("accept", "reject"):
                doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
                count = doc.getRedlines().getCount()
                if count == 0:
                    store(doc, out, name + ".plain", text_filter)
                    doc.close(True)
                    break
                with open(os.path.join(out, name + ".count"), "w") as f:
                    f.write(str(count))
                doc.RecordChanges = False
                dispatch(ctx, doc, ".uno:AcceptAllTrackedChanges" if action == "accept"
                         else ".uno:RejectAllTrackedChanges")
                # Accepting or rejecting renumbers lists, and LibreOffice updates the reference fields that show
                # those numbers when it is idle, which a loaded machine may not reach before the text is stored.
                # Update them now, so the text never has a stale number.
                doc.getTextFields().refresh()
                store(doc, out, "%s.%sed" % (name, action), text_filter)
                doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
