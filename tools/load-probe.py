#!/usr/bin/env python3
"""Many signed-in users open one page at once: prints p50, p99 and errors.

    tools/load-probe.py PATH USERS [REQUESTS_PER_USER] [--user region] [--password demo2026] [--base http://localhost:8080]

Each user is a session of its own (signed in through the form), requesting PATH the given number of
times, all users at once; against the demo region, e.g. `tools/load-probe.py /results/<id> 20 5`.
Issue #15's figures were taken with it."""
import argparse, http.cookiejar, re, threading, time, urllib.parse, urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("path"); ap.add_argument("users", type=int); ap.add_argument("requests", type=int, nargs="?", default=5)
ap.add_argument("--user", default="region"); ap.add_argument("--password", default="demo2026")
ap.add_argument("--base", default="http://localhost:8080")
a = ap.parse_args()


def session():
    op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    page = op.open(a.base + "/login").read().decode()
    token = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": a.user, "password": a.password, "_csrf": token}).encode()
    op.open(a.base + "/login", form).read()
    return op


openers = [session() for _ in range(a.users)]
times, errors = [], []


def user(op):
    for _ in range(a.requests):
        t = time.time()
        try:
            r = op.open(a.base + a.path, timeout=60)
            r.read()
        except Exception as e:  # an HTTP error or a timeout is a result here, not a crash
            errors.append(str(e)[:80])
        times.append(time.time() - t)


start = time.time()
threads = [threading.Thread(target=user, args=(o,)) for o in openers]
for t in threads: t.start()
for t in threads: t.join()
times.sort()
print(f"{a.path} users={a.users} requests={len(times)} p50={times[len(times) // 2] * 1000:.0f}ms "
      f"p99={times[max(0, int(len(times) * 0.99) - 1)] * 1000:.0f}ms max={times[-1] * 1000:.0f}ms "
      f"errors={len(errors)} {errors[:3]} wall={time.time() - start:.1f}s")
