#!/usr/bin/python3
"""End to end through the real window, as a screen reader drives it.

Runs inside a private D-Bus session with the AT-SPI bus (scripts/a11y-e2e.sh). Turns on the
accessibility flags a screen reader sets, starts `key-doctor --demo`, then, through AT-SPI only:
selects a demo key, presses Check, waits for and reads the verdict sentence, and presses the fix
button. Exits non-zero with a sentence when any step fails.
"""

import os
import subprocess
import sys
import time

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402
import pyatspi  # noqa: E402

KEY_ROW = "Restricted key without Model capabilities (model.request)"
VERDICT_WORDS = "may not call models"
FIX_BUTTON = "Open the key's settings"
FIX_URL = "https://platform.openai.com/settings/organization/api-keys"


def fail(message):
    print(f"a11y: FAILED: {message}", flush=True)
    sys.exit(1)


def enable_screen_reader_flags():
    """What Orca does: IsEnabled and ScreenReaderEnabled on org.a11y.Status."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    for prop in ("IsEnabled", "ScreenReaderEnabled"):
        bus.call_sync(
            "org.a11y.Bus",
            "/org/a11y/bus",
            "org.freedesktop.DBus.Properties",
            "Set",
            GLib.Variant("(ssv)", ("org.a11y.Status", prop, GLib.Variant("b", True))),
            None,
            Gio.DBusCallFlags.NONE,
            5000,
            None,
        )


def text_of(node):
    """A node's name, or its text (egui labels carry their words as text)."""
    try:
        name = node.name or ""
    except Exception:
        name = ""
    if name:
        return name
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except Exception:
        return ""


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def wait_for(what, find, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = find()
        if found is not None:
            return found
        time.sleep(0.25)
    fail(f"timed out waiting for {what}")


def find_app():
    """The application AccessKit registers: named after the binary, holding our title label."""
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and (app.name or "").startswith("key-doctor") and any(
            text_of(n) == "Key Doctor" for n in walk(app) if n.getRoleName() == "label"
        ):
            return app
    return None


BUTTONS = ("push button", "toggle button")


def find_node(app, role, predicate):
    roles = BUTTONS if role == "push button" else (role,)
    for node in walk(app):
        try:
            if node.getRoleName() in roles and predicate(text_of(node)):
                return node
        except Exception:
            continue
    return None


def press(node, what):
    action = node.queryAction()
    for index in range(action.nActions):
        if action.getName(index) in ("click", "press", "activate"):
            action.doAction(index)
            print(f"a11y: pressed {what}", flush=True)
            return
    action.doAction(0)
    print(f"a11y: pressed {what} (first action)", flush=True)


def main():
    binary = sys.argv[1]
    enable_screen_reader_flags()
    env = dict(os.environ, KEY_DOCTOR_LOG="warn")
    app_process = subprocess.Popen([binary, "--demo"], env=env)
    try:
        app = wait_for("the Key Doctor window on the AT-SPI bus", find_app)
        print("a11y: found the Key Doctor window", flush=True)
        row = wait_for(
            f"the demo key '{KEY_ROW}'",
            lambda: find_node(app, "push button", lambda t: t.startswith(KEY_ROW)),
        )
        press(row, f"the key row '{text_of(row)}'")
        check = wait_for("the Check button", lambda: find_node(app, "push button", lambda t: t == "Check"))
        press(check, "Check")
        verdict = wait_for(
            "the verdict sentence",
            lambda: find_node(app, "label", lambda t: VERDICT_WORDS in t),
        )
        print(f"a11y: verdict read: {text_of(verdict)}", flush=True)
        fix = wait_for("the fix button", lambda: find_node(app, "push button", lambda t: t == FIX_BUTTON))
        press(fix, FIX_BUTTON)
        opened = wait_for(
            "the app saying which page it opened",
            lambda: find_node(app, "label", lambda t: FIX_URL in t and "Opening" in t),
        )
        print(f"a11y: {text_of(opened)}", flush=True)
        print("a11y: passed", flush=True)
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()


if __name__ == "__main__":
    main()
