#!/usr/bin/python3
"""The assistive-technology side of the AT-SPI tests: runs under the system Python
(Debian's python3-pyatspi), talks JSON lines on stdin/stdout.

One request per line, one answer per line::

    {"cmd": "tree", "app": "customer-client"}   -> {"ok": true, "tree": {...}}
    {"cmd": "focus"}                             -> the focused object, or null
    {"cmd": "key", "key": "Tab"}                 -> sends a key through AT-SPI (XTest)
    {"cmd": "type", "text": "hello"}             -> types text
    {"cmd": "events"}                            -> announcements, focus and name changes since last asked
    {"cmd": "action", "app": ..., "path": [0, 2, 1], "action": "Press"}

Events are collected between requests by the GLib main loop (stdin is one of its
sources), the way a screen reader listens.
"""

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

EVENTS = []
LISTENED = ("object:announcement", "object:state-changed:focused", "object:property-change:accessible-name",
            "object:state-changed:showing", "window:activate", "object:value-changed",
            "object:property-change:accessible-value", "object:property-change:accessible-description")


def states(acc):
    return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())


def extents(acc):
    try:
        e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return [e.x, e.y, e.width, e.height]
    except (NotImplementedError, Exception):
        return None


def node(acc, path, depth):
    out = {"role": acc.getRoleName(), "name": acc.name or "", "description": acc.description or "",
           "states": states(acc), "extents": extents(acc), "path": path}
    try:
        action = acc.queryAction()
        out["actions"] = [action.getName(i) for i in range(action.nActions)]
    except (NotImplementedError, Exception):
        out["actions"] = []
    try:
        text = acc.queryText()
        out["text"] = text.getText(0, -1)
    except (NotImplementedError, Exception):
        pass
    try:
        value = acc.queryValue()
        out["value"] = value.currentValue
    except (NotImplementedError, Exception):
        pass
    relations = {}
    try:
        for rel in acc.getRelationSet():
            kind = pyatspi.relationToString(rel.getRelationType())
            relations[kind] = [rel.getTarget(i).name for i in range(rel.getNTargets())]
    except Exception:
        pass
    out["relations"] = relations
    if depth < 60:
        out["children"] = [node(acc.getChildAtIndex(i), path + [i], depth + 1)
                           for i in range(acc.childCount) if acc.getChildAtIndex(i) is not None]
    return out


def find_app(name):
    """The application, with libatspi's cache of it dropped: Qt does not report every
    state change (a page of a stacked widget keeps "visible" after it is hidden), and a
    screen reader asking afresh must see what is on the screen now."""
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and (name is None or app.name == name):
            from gi.repository import Atspi
            app.set_cache_mask(Atspi.Cache.NONE)
            app.clear_cache()
            return app
    return None


def at_path(app, path):
    acc = app
    for i in path:
        acc = acc.getChildAtIndex(i)
    return acc


def describe(acc):
    if acc is None:
        return None
    return {"role": acc.getRoleName(), "name": acc.name or "", "states": states(acc),
            "extents": extents(acc), "description": acc.description or ""}


LAST_FOCUS = {}  # app name -> the object of the last "focused" event


def focused(app_name):
    """The focused object, as a screen reader knows it: from the last focus event
    (a list's current item keeps its "focused" state even when the list has lost the
    focus, so walking the tree for the state finds stale ones)."""
    acc = LAST_FOCUS.get(app_name)
    try:
        if acc is not None and acc.getState().contains(pyatspi.STATE_FOCUSED):
            return describe(acc)
    except Exception:
        pass
    app = find_app(app_name)
    if app is None:
        return None
    stack = [app]
    while stack:
        acc = stack.pop(0)
        try:
            if acc.getState().contains(pyatspi.STATE_FOCUSED) and acc.getRole() != pyatspi.ROLE_FRAME:
                return describe(acc)
            if acc.childCount < 500:
                stack.extend(acc.getChildAtIndex(i) for i in range(acc.childCount))
        except Exception:
            continue
    return None


KEYSYMS = {"Tab": 0xFF09, "ISO_Left_Tab": 0xFE20, "Return": 0xFF0D, "space": 0x20, "Escape": 0xFF1B,
           "Up": 0xFF52, "Down": 0xFF54, "Left": 0xFF51, "Right": 0xFF53, "Shift_L": 0xFFE1,
           "Control_L": 0xFFE3, "Alt_L": 0xFFE9, "Home": 0xFF50, "End": 0xFF57, "BackSpace": 0xFF08,
           "F1": 0xFFBE}


MODIFIER_MASKS = {"Shift_L": 1, "Control_L": 4, "Alt_L": 8}  # X ShiftMask, ControlMask, Mod1Mask


def press_with(name, modifiers):
    """A key with modifiers held: the modifiers are locked around it (libatspi's way;
    its PRESS and SYM are not flags that combine)."""
    from gi.repository import Atspi
    mask = sum(MODIFIER_MASKS[m] for m in modifiers)
    if mask:
        Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.LOCKMODIFIERS)
    try:
        keysym = KEYSYMS[name] if name in KEYSYMS else ord(name)  # a letter: its own keysym
        Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    finally:
        if mask:
            Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.UNLOCKMODIFIERS)


class FocusGiver:
    """The one thing a window manager does that these tests need: a window that is
    mapped gets the keyboard focus (the newest on top), and when it goes the one
    under it gets it back. Xvfb has no window manager, and Qt only takes focus
    when the X server gives it. Xlib through ctypes (libX11 is always there)."""

    def __init__(self):
        import ctypes
        self.c = ctypes
        x = ctypes.cdll.LoadLibrary("libX11.so.6")
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        ulong_p = ctypes.POINTER(ctypes.c_ulong)
        x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ulong_p, ulong_p,
                                 ctypes.POINTER(ulong_p), ctypes.POINTER(ctypes.c_uint)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
        x.XRaiseWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x = x
        self.display = x.XOpenDisplay(None)
        self.root = x.XDefaultRootWindow(self.display)
        self.known = set()
        self.focused = None

    def viewable(self):
        """Mapped top-level windows, bottom to top (override-redirect ones: menus, tips)."""
        c, x = self.c, self.x
        r, p, n = c.c_ulong(), c.c_ulong(), c.c_uint()
        kids = c.POINTER(c.c_ulong)()
        if not x.XQueryTree(self.display, self.root, c.byref(r), c.byref(p), c.byref(kids), c.byref(n)):
            return []
        out = []
        attrs = (c.c_byte * 256)()  # XWindowAttributes, read by offset below
        for i in range(n.value):
            w = kids[i]
            if not x.XGetWindowAttributes(self.display, w, attrs):
                continue
            # map_state (int) and override_redirect (Bool) in the 64-bit struct layout
            map_state = c.c_int.from_buffer(attrs, 92).value
            override = c.c_int.from_buffer(attrs, 120).value
            if map_state == 2 and not override:
                out.append(w)
        if kids:
            x.XFree(kids)
        return out

    def tick(self):
        windows = self.viewable()
        new = [w for w in windows if w not in self.known]
        self.known = set(windows)
        target = new[-1] if new else (self.focused if self.focused in windows else
                                      (windows[-1] if windows else None))
        if target is not None and (new or target != self.focused):
            self.x.XRaiseWindow(self.display, target)
            self.x.XSetInputFocus(self.display, target, 2, 0)  # RevertToParent, CurrentTime
            self.x.XSync(self.display, 0)
            self.focused = target
        return True


def on_event(event):
    try:
        source = event.source
        if event.type.startswith("object:state-changed:focused") and event.detail1 == 1:
            LAST_FOCUS[source.getApplication().name] = source
        EVENTS.append({"type": event.type, "detail1": event.detail1, "data": str(event.any_data or ""),
                       "role": source.getRoleName() if source else "", "name": (source.name or "") if source else "",
                       "t": time.monotonic()})
    except Exception as exc:  # an object that went away meanwhile
        EVENTS.append({"type": event.type, "error": str(exc)})


def handle(request):
    cmd = request["cmd"]
    WM.tick()
    if cmd == "apps":
        desktop = pyatspi.Registry.getDesktop(0)
        return {"apps": [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)
                         if desktop.getChildAtIndex(i) is not None]}
    if cmd == "tree":
        app = find_app(request.get("app"))
        return {"tree": node(app, [], 0) if app is not None else None}
    if cmd == "focus":
        return {"focus": focused(request.get("app"))}
    if cmd == "key":
        press_with(request["key"], request.get("modifiers", []))
        return {}
    if cmd == "type":
        from gi.repository import Atspi
        for ch in request["text"]:
            Atspi.generate_keyboard_event(ord(ch), None, Atspi.KeySynthType.SYM)
        return {}
    if cmd == "pointer":
        from gi.repository import Atspi
        Atspi.generate_mouse_event(request["x"], request["y"], "abs")
        return {}
    if cmd == "events":
        out = list(EVENTS)
        EVENTS.clear()
        return {"events": out}
    if cmd == "action":
        acc = at_path(find_app(request["app"]), request["path"])
        action = acc.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        return {"done": action.doAction(names.index(request["action"]))}
    raise ValueError(f"unknown command {cmd!r}")


def on_stdin(source, _condition):
    line = source.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    try:
        answer = {"ok": True, **handle(json.loads(line))}
    except Exception as exc:  # the test sees the error as an answer
        answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
    return True


WM = None


def main():
    global WM
    WM = FocusGiver()
    GLib.timeout_add(100, WM.tick)
    for kind in LISTENED:
        pyatspi.Registry.registerEventListener(on_event, kind)
    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, on_stdin)
    sys.stdout.write(json.dumps({"ok": True, "ready": True}) + "\n")
    sys.stdout.flush()
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
