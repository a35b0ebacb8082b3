#!/usr/bin/env python3
"""Runs a program under a pseudo-terminal, as a person at a terminal would, for the interview tests.

Usage: session.py SPEC.json
SPEC: {"argv": [...], "env": {...}, "cwd": "...", "timeout": seconds,
       "steps": [["expect", "text"], ["send", "text"], ["eof"], ...]}
"expect" waits until the output (after the previous match) contains the text; "send" types the text (a "\\u0003"
is Ctrl-C, which the terminal turns into SIGINT); "eof" types Ctrl-D at the start of a line.
Prints JSON: {"status": exit status (negative: killed by that signal), "output": everything written, "timedOut": bool}.
"""
import json, os, pty, select, sys, time

def main():
    spec = json.load(open(sys.argv[1]))
    timeout = spec.get("timeout", 30)
    env = dict(os.environ)
    env.update(spec.get("env", {}))
    for key in spec.get("unset", []):
        env.pop(key, None)
    pid, fd = pty.fork()
    if pid == 0:
        if spec.get("cwd"):
            os.chdir(spec["cwd"])
        os.execve(spec["argv"][0], spec["argv"], env)
    output = b""
    seen = 0
    deadline = time.monotonic() + timeout
    timed_out = False

    def read_some(wait):
        nonlocal output
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        output += data
        return True

    for step in spec["steps"]:
        if step[0] == "expect":
            needle = step[1].encode()
            while output.find(needle, seen) < 0:
                if time.monotonic() > deadline:
                    timed_out = True
                    break
                if not read_some(0.2):
                    break
            found = output.find(needle, seen)
            if found < 0:
                timed_out = True
                break
            seen = found + len(needle)
        elif step[0] == "send":
            os.write(fd, step[1].encode())
        elif step[0] == "eof":
            os.write(fd, b"\x04")
    # Read until the program closes the terminal (it exited), or kill it at the deadline.
    while True:
        if time.monotonic() > deadline:
            timed_out = True
            os.kill(pid, 9)
            break
        if not read_some(0.2):
            break
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"status": code, "output": output.decode("utf-8", "replace"), "timedOut": timed_out}))

main()
