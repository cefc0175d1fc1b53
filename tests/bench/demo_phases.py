#!/usr/bin/env python3
"""Times a demo load and when its items are all in.

    tests/bench/demo_phases.py build-rel/app/dockside-cli /tmp/big.db 1000000

Makes a fresh station at DB (deleting what is there), runs `demo --items N` under /usr/bin/time and
timestamps the progress lines: the first "N of N items" ends the load of the items; what follows
is the unreceived RMAs, the analytics rebuild, VACUUM and the index builds.
"""
import os
import shutil
import subprocess
import sys
import time


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    cli, db, items = sys.argv[1], sys.argv[2], sys.argv[3]
    for suffix in ("", "-wal", "-shm", "-checked"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    shutil.rmtree(db[:-3] + "-photos" if db.endswith(".db") else db + "-photos", ignore_errors=True)
    subprocess.run([cli, "--db", db, "init", "--station", "BEN-D01"], check=True,
                   stdout=subprocess.DEVNULL)
    start = time.monotonic()
    demo = subprocess.Popen(["/usr/bin/time", "-f", "%e s wall %U user %S sys %M KB peak RSS",
                             cli, "--db", db, "demo", "--items", items],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = f"{items} of {items}"
    loaded = None
    line = b""
    while True:
        byte = demo.stderr.read(1)
        if not byte:
            break
        if byte not in (b"\r", b"\n"):
            line += byte
            continue
        text = line.decode(errors="replace").strip()
        line = b""
        if text.startswith(done):
            loaded = loaded or time.monotonic() - start
        elif text and " of " not in text:
            print(text)
    demo.wait()
    end = time.monotonic() - start
    if loaded is not None:
        print(f"items loaded after {loaded:.1f} s; the end took {end - loaded:.1f} s more")
    sys.exit(demo.returncode)


if __name__ == "__main__":
    main()
