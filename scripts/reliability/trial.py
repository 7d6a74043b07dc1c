#!/usr/bin/env python3
"""The reliability trial: the release binary against kill -9, damaged journals, a full disk,
hostile input and fuzzing. Not part of `swift test` (the full mode takes many minutes).

    scripts/reliability/trial.py [--quick] [--parts kill,damage,disk,hostile,fuzz] [--seed N]

What each part checks, and the figures of a full run: docs/reliability.md. Every step is
bounded by a timeout; a step over 5 s counts as a hang. Exit status 0 when nothing failed.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HANG = 5.0
CLOCK_START = "2023-12-08T11:29:50+01:00"
LOCALE_VARIABLES = ["LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_COLLATE", "LC_MESSAGES", "LC_MONETARY",
                    "LC_NUMERIC", "LC_TIME"]


class Trial:
    """The figures and failures of one run of the trial."""

    def __init__(self, binary, scratch, rng):
        self.binary = binary
        self.scratch = scratch
        self.rng = rng
        self.figures = {}
        self.failures = []

    def count(self, key, n=1):
        self.figures[key] = self.figures.get(key, 0) + n

    def fail(self, part, what, reproduce):
        self.failures.append((part, what, reproduce))
        self.count(part + ": failures")
        print(f"  FAIL [{part}] {what}\n       reproduce: {reproduce}", flush=True)

    def plenary(self, args, timeout=HANG, env=None, stdin=None):
        """Runs the binary; returns (status, stdout bytes, stderr bytes, hung)."""
        try:
            p = subprocess.run([self.binary] + args, capture_output=True, timeout=timeout, env=env or clean_env(),
                               stdin=subprocess.DEVNULL if stdin is None else None, input=stdin)
            return p.returncode, p.stdout, p.stderr, False
        except subprocess.TimeoutExpired as e:
            return None, e.stdout or b"", e.stderr or b"", True


def clean_env(extra=None):
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES and k != "NO_COLOR"}
    env.update({"LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no"})
    env.update(extra or {})
    return env


def shell_quote(s):
    """A POSIX shell word for `s` (the panes run sh)."""
    return "'" + s.replace("'", "'\\''") + "'"


def shown(s):
    """`s` as a bash word for a reproduce line: $'...' with escapes when it holds anything unprintable, so the
    report never puts a control character on the terminal that reads it."""
    if all(c.isprintable() and not unicodedata.category(c).startswith("C") for c in s):
        return shell_quote(s)
    return "$'" + "".join(c if c.isprintable() and c not in "'\\" and not unicodedata.category(c).startswith("C")
                          else f"\\U{ord(c):08x}" for c in s) + "'"


class Tmux:
    """A private tmux server (own socket, no config), every call bounded, as
    Tests/PlenaryTestSupport/TmuxServer does for the Swift tests."""

    serial = 0

    def __init__(self, directory, width=160, height=40):
        Tmux.serial += 1
        self.socket = f"plenary-trial-{os.getpid()}-{Tmux.serial}"
        self.dir = directory
        self.width, self.height = width, height
        os.makedirs(directory, exist_ok=True)

    def tmux(self, *args, limit=15):
        p = subprocess.run(["tmux", "-f", "/dev/null", "-L", self.socket] + list(args), capture_output=True,
                           timeout=limit, stdin=subprocess.DEVNULL)
        if p.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {p.stderr.decode(errors='replace')}")
        return p.stdout

    def start(self, argv, env, record=False):
        """Runs argv in the pane; the shell then prints EXIT:<status> and the program's standard error.
        `record`: everything the program writes to the terminal is also kept, raw, in `raw` (the program
        starts only once tmux is recording)."""
        exports = []
        for k, v in sorted(env.items()):
            exports += ["-e", f"{k}={v}"]
        d = self.dir
        command = " ".join(shell_quote(a) for a in argv)
        gate = f"while [ ! -e {shell_quote(d + '/go')} ]; do sleep 0.02; done; " if record else ""
        script = (gate + f"unset NO_COLOR {' '.join(LOCALE_VARIABLES)}; export LANG=C.UTF-8; "
                  f"{command} 2> {shell_quote(d + '/stderr')}; st=$?; echo $st > {shell_quote(d + '/exit')}; "
                  "echo EXIT:$st; "
                  f"cat {shell_quote(d + '/stderr')}; "
                  "sleep 600")
        for stale in ("exit", "stderr", "raw", "go"):
            if os.path.exists(os.path.join(d, stale)):
                os.remove(os.path.join(d, stale))
        self.tmux("new-session", "-d", "-s", "t", "-x", str(self.width), "-y", str(self.height), *exports,
                  "sh", "-c", script)
        self.tmux("set-option", "-t", "t", "window-size", "manual")
        if record:
            self.tmux("pipe-pane", "-o", "-t", "t", f"cat >> {shell_quote(d + '/raw')}")
            open(d + "/go", "w").close()

    def raw(self):
        try:
            with open(self.dir + "/raw", "rb") as f:
                return f.read()
        except OSError:
            return b""

    def screen(self, colour=False):
        try:
            out = self.tmux("capture-pane", "-p", *(["-e"] if colour else []), "-t", "t", limit=5)
        except Exception:
            return b"" if colour else ""
        return out if colour else out.decode("utf-8", errors="replace")

    def wait(self, predicate, timeout=HANG):
        """Polls the screen; returns it once predicate holds, else None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            s = self.screen()
            if predicate(s):
                return s
            time.sleep(0.02)
        return None

    def keys(self, *keys):
        self.tmux("send-keys", "-t", "t", *keys, limit=5)

    def paste(self, text):
        """A bracketed paste, as a terminal does when the program asked for it."""
        self.tmux("set-buffer", "-b", "trial", text, limit=5)
        self.tmux("paste-buffer", "-p", "-d", "-b", "trial", "-t", "t", limit=5)

    def program_pid(self):
        """The program the pane's shell runs (its first child)."""
        try:
            shell = int(self.tmux("display-message", "-p", "-t", "t", "#{pane_pid}", limit=5).strip())
            with open(f"/proc/{shell}/task/{shell}/children") as f:
                kids = [int(x) for x in f.read().split()]
            return kids[0] if kids else None
        except Exception:
            return None

    def stop(self):
        try:
            shell = int(self.tmux("display-message", "-p", "-t", "t", "#{pane_pid}", limit=5).strip())
            server = int(self.tmux("display-message", "-p", "-t", "t", "#{pid}", limit=5).strip())
        except Exception:
            shell = server = None
        if shell:
            for kid in children(shell):
                kill(kid)
            kill(shell)
        try:
            self.tmux("kill-server", limit=5)
        except Exception:
            pass
        if server:
            kill(server)
        # A server killed with its session leaves its socket behind.
        socket = os.path.join(os.environ.get("TMUX_TMPDIR", "/tmp"), f"tmux-{os.getuid()}", self.socket)
        if os.path.exists(socket):
            os.remove(socket)


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def kill(pid, sig=9):
    try:
        os.kill(pid, sig)
    except OSError:
        pass


def console_env(trial, home):
    os.makedirs(home + "/state", exist_ok=True)
    return {"HOME": home, "XDG_STATE_HOME": home + "/state", "SWIFT_BACKTRACE": "interactive=no",
            "PLENARY_CLOCK_START": CLOCK_START, "TERM": "screen-256color"}


# ----------------------------------------------------------------------------------------------------------------
# Journals as the trial reads them: complete lines only, each operator action as one kind.

def journal_lines(path):
    with open(path, "rb") as f:
        data = f.read()
    return data.split(b"\n")[:-1], data


def journal_actions(path, names=None):
    """[(action, kind, speaker name)] in journal order, the header's history first."""
    lines, _ = journal_lines(path)
    events, speakers = [], {}
    for line in lines:
        rec = json.loads(line)["rec"]
        if "header" in rec:
            h = rec["header"]
            speakers = {s["id"]: s["delegation"] for s in h["speakers"]}
            events += h.get("history", [])
        elif "event" in rec:
            events.append(rec["event"])
    actions = []
    for e in events:
        if actions and actions[-1][0] == e["action"]:
            actions[-1][3].append(e["fact"])
        else:
            actions.append((e["action"], None, None, [e["fact"]]))
    out = []
    for action, _, _, facts in actions:
        names_ = [next(iter(f)) for f in facts]
        payload = facts[-1][names_[-1]]
        who = speakers.get(payload.get("speaker")) if isinstance(payload, dict) else None
        kind = {"sessionOpened": "open", "segmentStarted": "segment", "floorGiven": "floor",
                "speakerCalled": "called", "timeExtended": "extend", "interventionEnded": "ended",
                "speakerSkipped": "skipped"}.get(names_[-1], "+".join(names_))
        if kind == "extend":
            who = None
        out.append((action, kind, who))
    return out


# The message the console shows once an action is durable, per kind (Strings.english.happened).
ACK = {
    "floor": re.compile(r"(\S.*?) has the floor\s*$"),
    "called": re.compile(r"(\S.*?) called\s*$"),
    "extend": re.compile(r"(\S.*?): 30 s more\s*$"),
    "ended": re.compile(r"(\S.*?) finished after \S+\s*$"),
    "skipped": re.compile(r"(\S.*?) skipped: moved to the end of the list\s*$"),
}
KEY = {"floor": "Space", "called": "n", "extend": "e", "ended": "Space", "skipped": "s"}


def answering(t, predicate):
    """`predicate`, answering yes once when Space comes within 2 s of the floor and the
    console asks before it ends the intervention (the podium guard against a double
    Space): the trial's operator means to end it."""
    answered = []

    def check(s):
        if not answered and "has had the floor for only" in s and "y = yes" in s:
            answered.append(True)
            t.keys("y")
            return False
        return predicate(s)

    return check


def message(screen, kind):
    """The speaker named in the message line if it reports `kind`, else None."""
    for line in screen.splitlines()[-4:]:
        m = ACK[kind].search(line.strip())
        if m:
            return m.group(1)
    return None


def same_name(shown, recorded):
    if shown is None or recorded is None:
        return shown == recorded
    shown = shown.rstrip("…").strip()
    return recorded.startswith(shown) or shown.startswith(recorded)


def next_kinds(state, rng, extended):
    """The kinds the operator may do next from `state`, as (kind, new state)."""
    if state == "free":
        return [("floor", "speaking"), ("called", "called")]
    if state == "called":
        return [("floor", "speaking"), ("skipped", "free")]
    options = [("ended", "free")]
    if not extended:
        options.append(("extend", "speaking"))
    return options


def open_session(t, acked, step_timeout):
    """g y twice: the chair's opening, then Segment I. Returns False if the screen never said so."""
    for prompt, done, kind in (("Move on to opening by the chair?", "OPENING BY THE CHAIR", "open"),
                               ("Move on to Segment I?", "FLOOR FREE", "segment")):
        t.keys("g")
        if not t.wait(lambda s: prompt in s, step_timeout):
            return False
        t.keys("y")
        if not t.wait(lambda s: done in s and prompt not in s, step_timeout):
            return False
        acked.append((kind, None))
    return True


# ----------------------------------------------------------------------------------------------------------------
# kill -9 during scripted key sequences

def kill_runs(trial, runs):
    print(f"kill -9: {runs} runs", flush=True)
    for i in range(runs):
        rng = random.Random(trial.rng.random())
        d = os.path.join(trial.scratch, f"kill-{i}")
        try:
            kill_run(trial, rng, d, i)
        except Exception as e:
            trial.fail("kill", f"run {i}: the driver stopped: {e}", f"see {d}")
        trial.count("kill -9 runs")
        if (i + 1) % 20 == 0:
            print(f"  {i + 1} runs, {trial.figures.get('kill: acknowledged actions', 0)} acknowledged actions",
                  flush=True)


def kill_run(trial, rng, d, i):
    journal = os.path.join(d, "console.journal")
    env = console_env(trial, d)
    t = Tmux(d)
    repro = f"{trial.binary} run --journal {journal} (seed in {d}/keys)"
    acked, sent = [], []
    try:
        t.start([trial.binary, "run", "--journal", journal], env)
        if not t.wait(lambda s: "SESSION NOT OPENED" in s, 10):
            trial.fail("kill", f"run {i}: the console never showed SESSION NOT OPENED", repro)
            return
        planned = rng.randint(1, 14)
        opened = open_session(t, acked, HANG)
        if not opened:
            trial.fail("kill", f"run {i}: opening the session was never acknowledged (hang over 5 s)", repro)
            trial.count("hangs")
            return
        state, extended = "free", False
        kill_after_send = rng.random() < 0.7
        for step in range(planned):
            kind, new_state = rng.choice(next_kinds(state, rng, extended))
            sent.append(kind)
            previous = t.screen()
            t.keys(KEY[kind])
            if step == planned - 1 and kill_after_send:
                time.sleep(rng.uniform(0, 0.02))
                break
            shown = t.wait(answering(t, lambda s: s != previous and message(s, kind) is not None), HANG)
            if shown is None:
                trial.fail("kill", f"run {i}: {kind} never acknowledged on screen (hang over 5 s)", repro)
                trial.count("hangs")
                return
            acked.append((kind, message(shown, kind)))
            extended = (extended and new_state == "speaking") or kind == "extend"
            state = new_state
        pid = t.program_pid()
        if pid is None:
            trial.fail("kill", f"run {i}: the console was gone before the kill", repro)
            return
        kill(pid)
        t.wait(lambda s: "EXIT:" in s, HANG)
    finally:
        t.stop()
        with open(os.path.join(d, "keys"), "w") as f:
            f.write(f"acknowledged {acked}\nsent {sent}\n")
    trial.count("kill: acknowledged actions", len(acked))
    check_journal_after_kill(trial, journal, acked, sent, i, repro)
    resume_after_kill(trial, journal, env, d, i, repro)


def check_journal_after_kill(trial, journal, acked, sent, i, repro):
    try:
        recorded = journal_actions(journal)
    except Exception as e:
        trial.count("kill: corrupted journals")
        trial.fail("kill", f"run {i}: the journal does not parse after kill -9: {e}", repro)
        return None
    kinds = [k for _, k, _ in recorded]
    ids = [a for a, _, _ in recorded]
    want = [k for k, _ in acked]
    if len(set(ids)) != len(ids):
        trial.count("kill: duplicated actions", len(ids) - len(set(ids)))
        trial.fail("kill", f"run {i}: an action number recorded twice: {ids}", repro)
    if len(kinds) < len(want) or kinds[:len(want)] != want:
        lost = sum(1 for n, k in enumerate(want) if n >= len(kinds) or kinds[n] != k)
        trial.count("kill: lost acknowledged actions", lost)
        trial.fail("kill", f"run {i}: acknowledged {want}, journal has {kinds}", repro)
    elif len(kinds) > len(want) + (len(sent) - (len(acked) - 2)):
        trial.count("kill: duplicated actions", len(kinds) - len(want))
        trial.fail("kill", f"run {i}: more actions recorded than sent: {kinds}", repro)
    in_flight = len(sent) - (len(acked) - 2)
    if in_flight > 0:
        # Killed between the key and its acknowledgement: either outcome is right.
        trial.count("kill: keys in flight at the kill, recorded" if len(kinds) > len(want)
                    else "kill: keys in flight at the kill, not recorded")
    for n, (kind, shown) in enumerate(acked):
        if n < len(recorded) and kind not in ("open", "segment", "extend") and not same_name(shown, recorded[n][2]):
            trial.count("kill: corrupted actions")
            trial.fail("kill", f"run {i}: screen said {shown!r}, journal says {recorded[n][2]!r}", repro)
    rc, out, err, hung = trial.plenary(["journal", "verify", journal])
    if hung or rc != 0:
        trial.count("kill: journals refused by verify")
        trial.fail("kill", f"run {i}: journal verify exit {rc}: {err.decode(errors='replace').strip()}",
                   f"{trial.binary} journal verify {journal}")
    if b"incomplete record" in out:
        trial.count("kill: torn tails")
    return recorded


def resume_after_kill(trial, journal, env, d, i, repro):
    """The console resumes the killed journal, takes one more action, quits; the journal then has it too."""
    before = journal_actions(journal)
    last = before[-1][1] if before else None
    t = Tmux(d)
    try:
        t.start([trial.binary, "run", "--journal", journal], env)
        if not t.wait(lambda s: "q quit" in s or "EXIT:" in s, 10) or "EXIT:" in t.screen():
            trial.count("kill: resumes refused")
            trial.fail("kill", f"run {i}: the console did not resume: {t.screen().strip()[-300:]!r}", repro)
            return
        if last in (None,):
            kind, keys = "open", None
        elif last == "open":
            kind, keys = "segment", None
        elif last in ("floor", "extend"):
            kind, keys = "ended", "Space"
        else:
            kind, keys = "floor", "Space"
        if keys is None:
            acked = []
            ok = open_session(t, acked, HANG) if kind == "open" else None
            if kind == "segment":
                t.keys("g")
                ok = t.wait(lambda s: "Move on to Segment I?" in s, HANG)
                t.keys("y")
                ok = ok and t.wait(lambda s: "FLOOR FREE" in s and "Move on" not in s, HANG)
            want = [k for k, _ in acked] if kind == "open" else ["segment"]
        else:
            previous = t.screen()
            t.keys(keys)
            ok = t.wait(answering(t, lambda s: s != previous and message(s, kind) is not None), HANG)
            want = [kind]
        if not ok:
            trial.count("hangs")
            trial.fail("kill", f"run {i}: after resuming, {kind} was never acknowledged: {t.screen()[-300:]!r}", repro)
            return
        t.keys("q")
        t.wait(lambda s: "Quit the console?" in s, HANG)
        t.keys("y")
        if not t.wait(lambda s: "EXIT:0" in s, HANG):
            trial.fail("kill", f"run {i}: quitting after the resume did not exit 0: {t.screen()[-300:]!r}", repro)
    finally:
        t.stop()
    after = [k for _, k, _ in journal_actions(journal)]
    if after != [k for _, k, _ in before] + want:
        trial.count("kill: lost acknowledged actions")
        trial.fail("kill", f"run {i}: after the resume the journal has {after}, expected "
                           f"{[k for _, k, _ in before] + want}", repro)
    trial.count("kill: resumed and continued")


# ----------------------------------------------------------------------------------------------------------------
# Truncations and bit flips

def damage(trial, quick):
    source = os.path.join(ROOT, "Tests/PlenaryFormatsTests/Golden/Journals/live.journal")
    lines, data = journal_lines(source)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    last_two = starts[-3]
    d = os.path.join(trial.scratch, "damage")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, "damaged.journal")
    offsets = list(range(last_two, len(data)))
    if quick:
        offsets = sorted(set(offsets[::25] + [starts[-2] - 1, starts[-2], len(data) - 1]))
    print(f"damage: {len(offsets)} truncations of the last two records of {source}", flush=True)
    for o in offsets:
        write(path, data[:o])
        complete = sum(1 for s in starts[1:] if s <= o)
        # A last record whose only missing byte is its newline is complete and checks out: it is kept.
        whole = complete + (1 if o + 1 in starts else 0)
        truncated_check(trial, path, o, complete, whole)
    flips = [(o, trial.rng.randrange(8)) for o in range(last_two, len(data))]
    flips += [(trial.rng.randrange(len(data)), trial.rng.randrange(8)) for _ in range(200)]
    if quick:
        flips = flips[::20]
    print(f"damage: {len(flips)} single-bit flips", flush=True)
    for o, bit in flips:
        flipped = bytearray(data)
        flipped[o] ^= 1 << bit
        write(path, bytes(flipped))
        line = next(n for n, s in enumerate(starts[1:], start=1) if o < s)
        flip_check(trial, path, o, bit, line, len(lines), data[o] == 10)
    console_on_damage(trial, data, starts, quick)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def crashed(rc, err):
    return rc is None or rc < 0 or rc >= 128 or b"Fatal error" in err or b"Crash" in err


def truncated_check(trial, path, o, complete, whole):
    trial.count("damage: truncations")
    keep = os.path.join(trial.scratch, "damage", f"truncated-{o}.journal")
    repro = f"head -c {o} Tests/PlenaryFormatsTests/Golden/Journals/live.journal > j; plenary journal verify j"
    rc, out, err, hung = trial.plenary(["journal", "verify", path])
    if hung:
        trial.count("hangs")
        trial.fail("damage", f"verify of a truncation at byte {o} hung", repro)
        return
    if crashed(rc, err):
        trial.count("crashes")
        trial.fail("damage", f"verify crashed on a truncation at byte {o}", repro)
        return
    m = re.search(rb": (\d+) intact records", out)
    records = int(m.group(1)) if m else None
    if rc != 0 or records != whole:
        shutil.copy(path, keep)
        trial.count("damage: truncations misread")
        what = "kept the last record without its newline" if records == whole else (
            f"read {records} records, expected {whole}" + (" (dropped a complete record whose only missing byte "
                                                             "is its newline)" if records == complete else ""))
        trial.fail("damage", f"truncation at byte {o}: verify exit {rc}, {what}", repro)
    for fmt in ("json", "html"):
        rc, out, err, hung = trial.plenary(["export", path, "--format", fmt])
        if hung or crashed(rc, err):
            trial.count("hangs" if hung else "crashes")
            trial.fail("damage", f"export --format {fmt} of a truncation at byte {o}: "
                                 f"{'hung' if hung else 'crashed'}", repro)


def flip_check(trial, path, o, bit, line, count, newline):
    trial.count("damage: bit flips")
    repro = (f"python3 -c \"d=bytearray(open('Tests/PlenaryFormatsTests/Golden/Journals/live.journal','rb')"
             f".read()); d[{o}]^={1 << bit}; open('j','wb').write(d)\"; plenary journal verify j")
    rc, out, err, hung = trial.plenary(["journal", "verify", path])
    if hung or crashed(rc, err):
        trial.count("hangs" if hung else "crashes")
        trial.fail("damage", f"verify {'hung' if hung else 'crashed'} on a flip of bit {bit} at byte {o}", repro)
        return
    text = err.decode(errors="replace")
    if newline and line == count:
        # The final newline: the last record is complete and its CRC holds; it must not be dropped silently.
        m = re.search(rb": (\d+) intact records", out)
        if rc == 0 and m and int(m.group(1)) < count:
            trial.count("damage: flips dropping an acknowledged record")
            trial.fail("damage", f"a flip of the final newline (byte {o}) drops the last record silently", repro)
        return
    if rc != 1 or not re.search(rf"(:{line}:|line {line}\b)", text):
        trial.count("damage: flips not refused at the right line")
        trial.fail("damage", f"flip of bit {bit} at byte {o} (line {line}): verify exit {rc}, said "
                             f"{(text or out.decode(errors='replace')).strip()[:200]!r}", repro)
    rc, out, err, hung = trial.plenary(["export", path, "--format", "json"])
    if hung or crashed(rc, err):
        trial.count("hangs" if hung else "crashes")
        trial.fail("damage", f"export {'hung' if hung else 'crashed'} on a flip at byte {o}", repro)


def console_on_damage(trial, data, starts, quick):
    """The console opens a torn journal (cut off, .broken copy, resumed) and refuses one damaged in the middle."""
    cases = [("torn", starts[-2] + 40), ("torn", len(data) - 1), ("whole", starts[-2])]
    mid = starts[-3] + 30
    cases.append(("flip", mid))
    if not quick:
        cases += [("torn", trial.rng.randrange(starts[-3] + 1, len(data))) for _ in range(6)]
    print(f"damage: the console on {len(cases)} damaged journals", flush=True)
    for n, (how, o) in enumerate(cases):
        d = os.path.join(trial.scratch, f"damage-console-{n}")
        os.makedirs(d, exist_ok=True)
        journal = os.path.join(d, "console.journal")
        if how == "flip":
            b = bytearray(data)
            b[o] ^= 4
            write(journal, bytes(b))
        else:
            write(journal, data[:o])
        line = next(k for k, s in enumerate(starts[1:], start=1) if o < s)
        repro = f"{trial.binary} run --journal {journal} (a {how} journal at byte {o})"
        t = Tmux(d)
        try:
            t.start([trial.binary, "run", "--journal", journal, "--reopen"], console_env(trial, d))
            screen = t.wait(lambda s: "q quit" in s or "EXIT:" in s, 10)
            trial.count("damage: console openings")
            if screen is None:
                trial.count("hangs")
                trial.fail("damage", f"the console on a {how} journal showed nothing in 10 s", repro)
            elif how == "flip":
                if "EXIT:1" not in screen or f":{line}:" not in screen:
                    trial.fail("damage", f"the console on damage at line {line} did not refuse naming it: "
                                         f"{screen.strip()[-300:]!r}", repro)
                elif open(journal, "rb").read() != bytes(b):
                    trial.fail("damage", "the console changed a journal damaged in the middle", repro)
            elif "EXIT:" in screen:
                trial.fail("damage", f"the console refused a {how} journal: {screen.strip()[-300:]!r}", repro)
            else:
                t.keys("q")
                t.wait(lambda s: "Quit the console?" in s, HANG)
                t.keys("y")
                t.wait(lambda s: "EXIT:" in s, HANG)
                rc, out, err, hung = trial.plenary(["journal", "verify", journal])
                broken = [f for f in os.listdir(d) if ".broken" in f]
                if rc != 0 or b"incomplete" in out:
                    trial.fail("damage", f"after the console opened a {how} journal, verify says "
                                         f"{(out + err).decode(errors='replace').strip()[:200]!r}", repro)
                if how == "torn" and o + 1 not in starts and not broken:
                    trial.fail("damage", "the console cut a torn tail off without a .broken copy", repro)
        finally:
            t.stop()


# ----------------------------------------------------------------------------------------------------------------
# A full disk mid-session

def full_disk(trial):
    if os.geteuid() != 0 or shutil.which("mount") is None:
        print("disk: skipped (needs root and mount)", flush=True)
        trial.figures["disk: skipped"] = "needs root and mount"
        return
    d = os.path.join(trial.scratch, "disk")
    mnt = os.path.join(d, "tmpfs")
    os.makedirs(mnt, exist_ok=True)
    p = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt], capture_output=True, timeout=10)
    if p.returncode != 0:
        print(f"disk: skipped (mount refused: {p.stderr.decode(errors='replace').strip()})", flush=True)
        trial.figures["disk: skipped"] = "mount refused"
        return
    print("disk: a 1 MiB tmpfs filled mid-session", flush=True)
    try:
        fill_mid_session(trial, d, mnt)
        restart_on_chain(trial, d, mnt, d, "the same HOME")
        # Another HOME (sudo, another account): the continuation in the first state directory is out of
        # sight, and the original sits on a full disk, so this also resumes on a full disk.
        restart_on_chain(trial, d, mnt, d + "/other-home", "another HOME")
    finally:
        subprocess.run(["umount", "-l", mnt], capture_output=True, timeout=10)


def fill(mnt):
    subprocess.run(["dd", "if=/dev/zero", f"of={mnt}/fill", "bs=4k"], capture_output=True, timeout=30)
    subprocess.run(["dd", "if=/dev/zero", f"of={mnt}/fill-small", "bs=1"], capture_output=True, timeout=30)


def fill_mid_session(trial, d, mnt):
    journal = os.path.join(mnt, "console.journal")
    env = console_env(trial, d)
    repro = f"mount -t tmpfs -o size=1m tmpfs M; plenary run --journal M/console.journal; fill M; press Space"
    acked = []
    t = Tmux(d)
    try:
        t.start([trial.binary, "run", "--journal", journal], env)
        if not t.wait(lambda s: "SESSION NOT OPENED" in s, 10) or not open_session(t, acked, HANG):
            trial.fail("disk", f"the console on the tmpfs never opened: {t.screen()[-300:]!r}", repro)
            return
        fill(mnt)
        # Appends still fit in the journal's last page: the operator carries on until a write is refused.
        kind, refused = "floor", False
        for _ in range(60):
            previous = t.screen()
            t.keys(KEY[kind])
            screen = t.wait(
                answering(t, lambda s: s != previous and ("NOT SAVED" in s or message(s, kind) is not None)), HANG)
            trial.count("disk: writes on a full disk")
            if screen is None:
                trial.count("hangs")
                trial.fail("disk", f"{kind} on a full disk showed neither NOT SAVED nor the action", repro)
                return
            if "NOT SAVED" in screen:
                refused = True
                break
            acked.append((kind, message(screen, kind)))
            kind = "ended" if kind == "floor" else "floor"
        if not refused:
            trial.fail("disk", "60 writes on a full disk and no NOT SAVED", repro)
            return
        trial.count("disk: NOT SAVED shown")
        if "continues in" not in screen and not t.wait(lambda s: "continues in" in s, HANG):
            trial.fail("disk", "after NOT SAVED the screen never said where the journal continues", repro)
        for again in (kind, "ended" if kind == "floor" else "floor"):  # the refused action again, then one more
            previous = t.screen()
            t.keys(KEY[again])
            screen = t.wait(answering(t, lambda s: s != previous and message(s, again) is not None), HANG)
            if screen is None:
                trial.fail("disk", f"after NOT SAVED, {again} was never acknowledged: {t.screen()[-200:]!r}", repro)
                break
            acked.append((again, message(screen, again)))
        t.keys("q")
        t.wait(lambda s: "Quit the console?" in s, HANG)
        t.keys("y")
        t.wait(lambda s: "EXIT:" in s, HANG)
    finally:
        t.stop()
    trial.count("disk: acknowledged actions", len(acked))
    continued = [os.path.join(r, f) for r, _, fs in os.walk(d) for f in fs if ".continued" in f]
    newest = max(continued, key=os.path.getmtime) if continued else journal
    got = [k for _, k, _ in journal_actions(newest)]
    want = [k for k, _ in acked]
    if got[:len(want)] != want:
        trial.count("disk: lost acknowledged actions", len(want))
        trial.fail("disk", f"acknowledged {want}, the newest journal {newest} has {got}", repro)
    rc, out, err, hung = trial.plenary(["journal", "verify", journal])
    said = (out + err).decode(errors="replace")
    if newest != journal and os.path.basename(newest) not in said:
        trial.fail("disk", f"journal verify on the original does not name the continuation: {said.strip()[:200]!r}",
                   f"plenary journal verify {journal}")


def restart_on_chain(trial, d, mnt, home, label):
    """The console restarted on the original path reaches the continuation and never writes the original again."""
    journal = os.path.join(mnt, "console.journal")
    with open(journal, "rb") as f:
        original = f.read()
    repro = f"after NOT SAVED, quit; {label}: plenary run --journal {journal}"
    t = Tmux(d)
    try:
        t.start([trial.binary, "run", "--journal", journal], console_env(trial, home))
        screen = t.wait(lambda s: "q quit" in s or "EXIT:" in s, 10)
        if screen is None or "EXIT:" in screen:
            trial.fail("disk", f"{label}: the console did not resume: {(screen or '').strip()[-300:]!r}", repro)
            return
        t.keys("q")
        t.wait(lambda s: "Quit the console?" in s, HANG)
        t.keys("y")
        t.wait(lambda s: "EXIT:" in s, HANG)
    finally:
        t.stop()
    with open(journal, "rb") as f:
        if f.read() != original:
            trial.fail("disk", f"{label}: the console resumed and wrote the failed original again", repro)
            return
    trial.count("disk: restarts reaching the continuation")


# ----------------------------------------------------------------------------------------------------------------
# Hostile input

HOSTILE = {
    "csi-clear": "\x1b[2J\x1b[31mEvil",
    "osc8-link": "\x1b]8;;http://evil.example/\x07click\x1b]8;;\x07",
    "osc52-clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "osc-title": "\x1b]0;pwned\x1b\\Title",
    "dcs": "\x1bPq#0;2;0;0;0\x1b\\",
    "c1-csi": "Evil\u009b2J\u009b31m State",
    "c1-osc": "\u009d0;x\u009c",
    "bidi-override": "\u202eetatS livE",
    "bidi-isolates": "\u2066\u2067\u2068Evil\u2069",
    "zero-width": "Ev\u200bil\u200d\ufeff",
    "bell-backspace": "Evil\x07\x08\x08\x08Good",
    "carriage-return": "Innocent\rEvil",
    "nul": "Ev\x00il",
    "del": "Evil\x7f\x7f",
    "combining-120": "E" + "\u0301" * 120,
    "huge-field": "A" * 100_000,
    "wide": "\u5bb6" * 500,
    "emoji-zwj": "\U0001F468\u200d\U0001F469\u200d\U0001F467" * 50,
}
INVALID_UTF8 = {
    "invalid-ff": b"\xff\xfeEvil",
    "overlong": b"\xc0\xafEvil",
    "surrogate": b"\xed\xa0\x80Evil",
    "raw-c1-byte": b"Evil\x9b2J",
    "truncated-sequence": b"Evil\xe2\x82",
}
CSV_HEADER = "received,segment,delegation,speaker,category\r\n"


def plan_file(title, speakers):
    """A TOML plan of one segment whose title, segment title and speakers path are the given TOML strings."""
    return (b"title = " + title + b'\ndate = 2023-12-08\ntime_zone = "Europe/Amsterdam"\nstart = "11:30"\n'
            b'end = "13:00"\nregistration_deadline = 2023-12-07T00:00:00\nspeakers = ' + speakers + b"\n"
            b'[[segments]]\nid = "I"\ntitle = ' + title + b'\nbudget = "40:00"\nlimit = "2:00"\n')


def toml_string(v):
    """`v` as a TOML basic string, every character that is not plainly printable as an escape."""
    out = []
    for c in v:
        if c in '"\\':
            out.append("\\" + c)
        elif c.isprintable() and not unicodedata.category(c).startswith("C"):
            out.append(c)
        else:
            out.append(f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}")
    return '"' + "".join(out) + '"'


def csv_row(delegation=b"Chad", function=b"Minister", category=b"state party", segment=b"I",
            received=b"20/11/2023 09:00"):
    return b",".join([received, segment, quote(delegation), quote(function), category]) + b"\r\n"


def quote(b):
    return b'"' + b.replace(b'"', b'""') + b'"'


def hostile_files(d):
    """(label, path) of every hostile registration file and plan."""
    files = []

    def add(label, data, name=None):
        path = os.path.join(d, name or f"{label}.csv")
        write(path, data)
        files.append((label, path))

    good = csv_row(b"Presidency of the Court", b"President", b"court")
    values = {k: v.encode() for k, v in HOSTILE.items()}
    values.update(INVALID_UTF8)
    for label, v in values.items():
        for field in ("delegation", "function", "category", "segment", "received"):
            add(f"{label}-in-{field}", CSV_HEADER.encode() + good + csv_row(**{field: v}))
        add(f"{label}-in-header", (CSV_HEADER.strip() + ",").encode() + v + b"\r\n" + good)
        # Raw in the TOML strings (which the reader must refuse without echoing them).
        raw = v.replace(b'"', b"").replace(b"\\", b"").replace(b"\n", b"").replace(b"\r", b"")
        add(f"{label}-plan", plan_file(b'"' + raw + b'"', b'"' + raw + b'.csv"'), f"{label}-plan.toml")
    for label, v in HOSTILE.items():
        # The same values written as TOML escapes: a valid plan whose strings hold the raw characters.
        add(f"{label}-plan-escaped", plan_file(toml_string(v).encode(), toml_string(v + ".csv").encode()),
            f"{label}-plan-escaped.toml")
    add("long-line", CSV_HEADER.encode() + csv_row(b"x" * 2_000_000))
    add("nul-file", b"\x00" * 10_000)
    add("only-cr", CSV_HEADER.replace("\r\n", "\r").encode() + good.replace(b"\r\n", b"\r") * 50)
    add("many-columns", (",".join(f"c{n}" for n in range(10_000)) + "\r\n").encode() + good)
    add("bad-rows-100k", CSV_HEADER.encode() + b"not a date,Z,\x1b[31mX,\xff,nothing\r\n" * 100_000)
    add("evil-name", CSV_HEADER.encode() + good, "evil\x1b]0;pwned\x07\u202ename.csv")
    fifo = os.path.join(d, "fifo.csv")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    files.append(("fifo", fifo))
    files.append(("missing-evil-path", os.path.join(d, "missing\x1b[2J\u202e.csv")))
    files.append(("directory", d))
    return files


# Bytes that must never reach a terminal: ESC, other C0 controls but tab and newline, DEL, C1 (UTF-8 and
# raw), and bidi controls.
UNSAFE = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]|"
                    rb"\xe2\x80[\x8e\x8f]|\xd8\x9c")
SGR = re.compile(rb"\x1b\[[0-9;:]*m")


def hostile(trial, quick):
    d = os.path.join(trial.scratch, "hostile")
    os.makedirs(d, exist_ok=True)
    files = hostile_files(d)
    if quick:
        files = files[::6] + [f for f in files if f[0] in ("fifo", "evil-name", "bad-rows-100k")]
    print(f"hostile: {len(files)} inputs to check, plan, plan --script, check --json", flush=True)
    for label, path in files:
        trial.count("hostile: inputs")
        for args in (["check", path], ["check", "--json", path], ["plan", path], ["plan", "--script", path]):
            hostile_command(trial, label, args)
    console_files = [f for f in files if f[0].endswith("-in-delegation") or f[0].endswith("-plan")
                     or f[0].endswith("-plan-escaped")
                     or f[0] in ("evil-name", "fifo", "missing-evil-path", "huge-field-in-function")]
    if quick:
        console_files = console_files[::5]
    print(f"hostile: {len(console_files)} inputs to run and display (in tmux)", flush=True)
    for label, path in console_files:
        hostile_console(trial, label, path)
    hostile_paste(trial)
    for target in (d, os.path.join(d, "no-such-journal")):
        rc, out, err, hung = trial.plenary(["display", target], timeout=HANG)
        if hung:
            trial.count("hangs")
            trial.fail("hostile", f"display on {'a directory' if target == d else 'a missing path'} hangs",
                       f"plenary display {shown(target)}")


def hostile_command(trial, label, args):
    trial.count("hostile: commands")
    repro = f"{trial.binary} {' '.join(shown(a) for a in args)}"
    start = time.monotonic()
    rc, out, err, hung = trial.plenary(args, timeout=HANG + 5)
    took = time.monotonic() - start
    if hung or took > HANG:
        trial.count("hangs")
        trial.fail("hostile", f"{' '.join(args[:-1])} on {label}: {took:.1f} s (over 5 s)", repro)
        return
    if crashed(rc, err):
        trial.count("crashes")
        trial.fail("hostile", f"{' '.join(args[:-1])} on {label} crashed (exit {rc})", repro)
        return
    for stream, data in (("stdout", out), ("stderr", err)):
        m = UNSAFE.search(data)
        if m:
            trial.count("hostile: leaked control characters")
            trial.fail("hostile", f"{' '.join(args[:-1])} on {label}: {stream} has raw {m.group(0)!r} at "
                                  f"byte {m.start()}", repro)
            break
    if "--json" in args and rc in (0, 1):
        try:
            json.loads(out)
        except ValueError as e:
            trial.fail("hostile", f"check --json on {label}: not JSON ({e})", repro)
    lines = (out + err).count(b"\n")
    if lines > 1000:
        trial.count("hostile: unbounded outputs")
        trial.fail("hostile", f"{' '.join(args[:-1])} on {label}: {lines} lines of output", repro)


# What a program's own curses output never holds: OSC, DCS, APC, PM, SOS, C1 controls in UTF-8, bidi controls.
RAW_UNSAFE = re.compile(rb"\x1b[\]P_^X]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\x00")


def clean_screen(trial, t, label, what, repro):
    """What the program wrote holds no escape sequence of the input, nor any OSC, DCS or C1 control; the pane
    holds no escape sequence but the console's own colours and no raw control or bidi character; the
    pane's title is still tmux's."""
    written = t.raw()
    payloads = [v.encode() for v in HOSTILE.values() if "\x1b" in v or "\u009b" in v]
    leak = next((p for p in payloads if p in written), None)
    m = RAW_UNSAFE.search(written)
    if leak or m:
        trial.count("hostile: leaked control characters")
        found = leak or m.group(0)
        trial.fail("hostile", f"{what} on {label}: the program wrote {found[:40]!r} to the terminal", repro)
        return False
    title = t.tmux("display-message", "-p", "-t", "t", "#{pane_title}", limit=5).decode(errors="replace")
    if "pwned" in title:
        trial.count("hostile: leaked control characters")
        trial.fail("hostile", f"{what} on {label}: the input set the terminal's title", repro)
        return False
    raw = t.screen(colour=True)
    rest = SGR.sub(b"", raw)
    m = UNSAFE.search(rest)
    if m:
        trial.count("hostile: leaked control characters")
        trial.fail("hostile", f"{what} on {label}: the screen holds {m.group(0)!r} "
                              f"near {rest[max(0, m.start() - 30):m.start() + 10]!r}", repro)
        return False
    return True


def hostile_console(trial, label, path):
    d = os.path.join(trial.scratch, "hostile-run", re.sub(r"[^a-z0-9-]", "_", label))
    journal = os.path.join(d, "console.journal")
    repro = f"{trial.binary} run --journal J {shown(path)}"
    t = Tmux(d)
    try:
        t.start([trial.binary, "run", "--journal", journal, path], console_env(trial, d), record=True)
        # The exit is also a file: an error message that clears the screen must not pass for a hang.
        screen = t.wait(lambda s: "SESSION NOT OPENED" in s or "EXIT:" in s or os.path.exists(d + "/exit"), 10)
        trial.count("hostile: consoles")
        if screen is None:
            trial.count("hangs")
            trial.fail("hostile", f"run on {label}: neither the console nor an exit in 10 s", repro)
            return
        time.sleep(0.2)
        clean_screen(trial, t, label, "run", repro)
        if "EXIT:" not in screen and not os.path.exists(d + "/exit"):
            t.keys("w")
            t.wait(lambda s: "Enter next" in s, HANG)
            t.keys("Escape")
            t.keys("q")
            t.wait(lambda s: "Quit the console?" in s, HANG)
            t.keys("y")
            t.wait(lambda s: "EXIT:" in s, HANG)
    finally:
        t.stop()
    if os.path.exists(journal):
        hostile_display(trial, label, journal)


def hostile_display(trial, label, journal):
    d = os.path.dirname(journal)
    t = Tmux(d + "/display")
    repro = f"{trial.binary} display {journal}"
    try:
        env = console_env(trial, d)
        env.pop("PLENARY_CLOCK_START")
        t.start([trial.binary, "display", journal], env, record=True)
        screen = t.wait(lambda s: s.strip() != "", 10)
        time.sleep(0.3)
        trial.count("hostile: displays")
        if screen is None:
            trial.count("hangs")
            trial.fail("hostile", f"display on the journal of {label}: nothing in 10 s", repro)
            return
        clean_screen(trial, t, label, "display", repro)
    finally:
        t.stop()


def hostile_paste(trial):
    """A paste with escape sequences into the walk-in form is text: no command runs, the screen stays clean."""
    for label in ("osc8-link", "csi-clear", "c1-csi", "bidi-override"):
        d = os.path.join(trial.scratch, "hostile-paste", label)
        journal = os.path.join(d, "console.journal")
        repro = f"plenary run --journal J; w; paste {shown(HOSTILE[label])}; Escape"
        t = Tmux(d)
        try:
            t.start([trial.binary, "run", "--journal", journal], console_env(trial, d), record=True)
            acked = []
            if not t.wait(lambda s: "SESSION NOT OPENED" in s, 10) or not open_session(t, acked, HANG):
                trial.fail("hostile", f"paste {label}: the console never opened", repro)
                continue
            t.keys("w")
            t.wait(lambda s: "Enter next" in s, HANG)
            t.paste(HOSTILE[label] + " n e s  u")
            time.sleep(0.5)
            trial.count("hostile: pastes")
            clean_screen(trial, t, label, "a paste into the walk-in form", repro)
            t.keys("Escape")
            time.sleep(0.3)
            t.keys("q")
            t.wait(lambda s: "Quit the console?" in s, HANG)
            t.keys("y")
            t.wait(lambda s: "EXIT:" in s, HANG)
        finally:
            t.stop()
        kinds = [k for _, k, _ in journal_actions(journal)]
        if kinds != ["open", "segment"]:
            trial.count("hostile: pasted commands")
            trial.fail("hostile", f"paste {label} into the walk-in form recorded {kinds[2:]}", repro)


# ----------------------------------------------------------------------------------------------------------------
# Fuzzing

FUZZ_TARGETS = [("FuzzRegistration", "corpus", 4096), ("FuzzPlan", "corpus-plan", 4096),
                ("FuzzJournal", "corpus-journal", 65536)]


def fuzz(trial, seconds):
    fuzz_dir = os.path.join(ROOT, "Fuzz")
    print("fuzz: building Fuzz/ (release, -sanitize=fuzzer)", flush=True)
    p = subprocess.run(["swift", "build", "-c", "release", "--sanitize=fuzzer", "--disable-dead-strip"],
                       cwd=fuzz_dir, capture_output=True, timeout=3600)
    if p.returncode != 0:
        trial.fail("fuzz", f"the fuzz package does not build: {p.stderr.decode(errors='replace')[-500:]}",
                   "cd Fuzz && swift build -c release --sanitize=fuzzer --disable-dead-strip")
        return
    for name, corpus, max_len in FUZZ_TARGETS:
        work = os.path.join(trial.scratch, "fuzz", name)
        run_corpus = os.path.join(work, "corpus")
        shutil.copytree(os.path.join(fuzz_dir, corpus), run_corpus, dirs_exist_ok=True)
        binary = os.path.join(fuzz_dir, ".build", "release", name)
        print(f"fuzz: {name} for {seconds} s", flush=True)
        args = [binary, run_corpus, f"-max_len={max_len}", f"-max_total_time={seconds}", f"-timeout={int(HANG)}",
                "-rss_limit_mb=2048", "-print_final_stats=1", f"-artifact_prefix={work}/",
                f"-seed={trial.rng.randrange(1, 1 << 31)}"]
        env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
        try:
            p = subprocess.run(args, capture_output=True, timeout=seconds + 120, env=env, cwd=work)
            log = p.stderr.decode(errors="replace")
            rc = p.returncode
        except subprocess.TimeoutExpired as e:
            log, rc = (e.stderr or b"").decode(errors="replace"), None
        with open(os.path.join(work, "log"), "w") as f:
            f.write(log)
        m = re.search(r"stat::number_of_executed_units:\s*(\d+)", log)
        trial.figures[f"fuzz: {name} executions"] = int(m.group(1)) if m else 0
        for n, line in enumerate(re.findall(r"^invariant violated: .*$", log, re.M), start=1):
            trial.count(f"fuzz: {name} invariant violations")
            trial.fail("fuzz", f"{name}: a journal that reads replays into a broken state: {line[19:200]}",
                       f"cd {work} && PLENARY_FUZZ_INVARIANTS=fatal {binary} invariant-{n}")
        artifacts = [f for f in os.listdir(work) if re.match(r"(crash|oom|timeout|leak)-", f)]
        if rc != 0 or artifacts:
            kind = "out of memory" if "out-of-memory" in log else "timeout" if "ERROR: libFuzzer: timeout" in log \
                else "crash"
            trial.count(f"fuzz: {name} {kind}")
            reason = next((line for line in log.splitlines() if "Fatal error" in line or "ERROR:" in line), "")
            trial.fail("fuzz", f"{name}: {kind} ({reason.strip()[:200]})",
                       f"Fuzz/.build/release/{name} {work}/{artifacts[0] if artifacts else '(see log)'}")


# ----------------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="about 20 kill runs, samples of the rest, 10 s of fuzzing")
    ap.add_argument("--parts", default="kill,damage,disk,hostile,fuzz")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--runs", type=int, default=None, help="kill -9 runs (default 200, --quick 20)")
    ap.add_argument("--fuzz-seconds", type=int, default=None, help="per target (default 60, --quick 10)")
    ap.add_argument("--binary", default=None, help="a plenary binary (default: swift build -c release)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    for tool in ("tmux", "timeout"):
        if shutil.which(tool) is None:
            sys.exit(f"trial: {tool} is needed (apt-get install {tool})")
    binary = args.binary
    if binary is None:
        print("building the release binary (swift build -c release)", flush=True)
        p = subprocess.run(["swift", "build", "-c", "release", "--product", "plenary"], cwd=ROOT, timeout=3600)
        if p.returncode != 0:
            sys.exit("trial: the release build failed")
        binary = os.path.join(ROOT, ".build", "release", "plenary")
    scratch = tempfile.mkdtemp(prefix="plenary-trial-")
    trial = Trial(os.path.abspath(binary), scratch, random.Random(seed))
    parts = args.parts.split(",")
    started = time.monotonic()
    print(f"trial: seed {seed}, {'quick' if args.quick else 'full'} mode, scratch {scratch}", flush=True)
    if "kill" in parts:
        kill_runs(trial, args.runs or (20 if args.quick else 200))
    if "damage" in parts:
        damage(trial, args.quick)
    if "disk" in parts:
        full_disk(trial)
    if "hostile" in parts:
        hostile(trial, args.quick)
    if "fuzz" in parts:
        fuzz(trial, args.fuzz_seconds or (10 if args.quick else 60))
    elapsed = time.monotonic() - started
    print(f"\n== summary (seed {seed}, {elapsed / 60:.1f} min, {trial.binary}) ==")
    for key in sorted(trial.figures):
        print(f"  {key}: {trial.figures[key]}")
    for key in ("kill: lost acknowledged actions", "kill: duplicated actions", "kill: corrupted actions", "crashes",
                "hangs", "hostile: leaked control characters"):
        if key not in trial.figures:
            print(f"  {key}: 0")
    print(f"  failures: {len(trial.failures)}")
    for part, what, reproduce in trial.failures:
        print(f"  - [{part}] {what}\n      {reproduce}")
    if not args.keep and not trial.failures:
        shutil.rmtree(scratch, ignore_errors=True)
    else:
        print(f"  scratch kept: {scratch}")
    sys.exit(1 if trial.failures else 0)


if __name__ == "__main__":
    main()
