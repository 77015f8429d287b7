#!/usr/bin/env python3
"""office-share.py FRACTION COMMAND...: runs COMMAND and lets the LibreOffice processes it starts (soffice, oosplash,
soffice.bin) run only FRACTION of each second (SIGSTOP, SIGCONT), as a busy machine would share a core with them, without
loading the machine for anyone else. Exits with COMMAND's exit code. Measures ExternalProgram's budgets under load, e.g.
  /usr/bin/time -f "%e s wall, %U+%S s CPU, %M KB" bench/load/office-share.py 0.2 dotnet archive.dll parse big.doc --json
"""
import os, signal, subprocess, sys, time

OFFICE = {"soffice", "soffice.bin", "oosplash"}


def office(root):
    """The LibreOffice processes among ROOT's descendants (/proc/PID/task/TID/children)."""
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as children:
                    pending += [int(child) for child in children.read().split()]
            with open(f"/proc/{pid}/comm") as comm:
                if comm.read().strip() in OFFICE:
                    found.append(pid)
        except OSError:
            pass  # ended meanwhile
    return found


def signal_all(pids, sig):
    for pid in pids:
        try:
            os.kill(pid, sig)
        except OSError:
            pass


share = float(sys.argv[1])
command = subprocess.Popen(sys.argv[2:])
while command.poll() is None:
    signal_all(office(command.pid), signal.SIGCONT)
    time.sleep(share)
    signal_all(office(command.pid), signal.SIGSTOP)
    time.sleep(1 - share)
signal_all(office(command.pid), signal.SIGCONT)
sys.exit(command.returncode)
