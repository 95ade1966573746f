#!/usr/bin/env python3
"""Load figures for a running Stride with a large generated organisation (used by bench.sh).

    python3 scripts/bench.py BASE_URL BINARY N [--seconds S] [--write FILE]

Creates 290 units through the HR unit form (under the demo's), imports a CSV of N staff with
`BINARY import-staff` (a supervision tree of depth 6 under the demo's Director-General, spread
over the units), times it against the sqlite3 CLI's `.import` of the same file, then measures the
main paths with wrk after opening every cycle with `BINARY open-cycles` (16 connections, signed in as HR, as a staff member and as the head of the
organisation) and prints requests per second, p50, p99 and the ratio to /healthz of the same run.
Only loopback addresses are used; every loop is bounded.
"""
import argparse, http.cookiejar, os, re, resource, shutil, subprocess, sys, tempfile, time, urllib.parse, urllib.request

PASSWORD = "stride-demo-2026"
HR = "amara.okafor@demo.stride.example"
STAFF = "sara.lindqvist@demo.stride.example"
HEAD = "lucia.fernandez@demo.stride.example"
HEAD_ID = "S1001"


class Session:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def get(self, path):
        try:
            with self.opener.open(self.base + path, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post(self, path, fields):
        status, page = self.get(path)
        token = re.search(r'name="_csrf" value="([^"]+)"', page)
        data = dict(fields, _csrf=token.group(1) if token else "")
        request = urllib.request.Request(self.base + path, data=urllib.parse.urlencode(data).encode())
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location", "")

    def sign_in(self, email):
        status, _ = self.post("/login", {"email": email, "password": PASSWORD})
        assert status == 303, f"sign-in as {email} answered {status}"
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def make_units(hr):
    parents = ["ODG", "HRD", "PARDEV", "TECCOOP", "ITCOM"]
    codes = []
    for i in range(290):
        code = f"U{i:03d}"
        parent = parents[i % len(parents)] if i < 40 else codes[(i - 40) // 5]
        _, page = hr.get("/units/new")
        option = re.search(r'<option value="([0-9A-Fa-f-]{36})"[^>]*>[^<]*\(' + re.escape(parent) + r'\)</option>', page)
        status, _ = hr.post("/units/new", {"name": f"Unit {i:03d}", "code": code, "parent": option.group(1), "chief": ""})
        assert status == 303, f"unit {code}: {status}"
        codes.append(code)
    return codes


def write_csv(path, n, units):
    with open(path, "w") as out:
        out.write("staff_id,name,email,grade,job_title,unit,supervisor,entry_on_duty,contract_type\n")
        for i in range(n):
            supervisor = HEAD_ID if i == 0 else f"B{(i - 1) // 10:06d}"
            contract = ["regular", "probation", "technical_cooperation"][i % 3]
            unit = units[(i * 7) % len(units)]
            out.write(f"B{i:06d},Person {i},person{i}@bench.example,P{i % 5 + 1},Officer {i % 97},{unit},{supervisor},"
                      f"2024-01-{i % 28 + 1:02d},{contract}\n")


def timed(command, **kwargs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **kwargs)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.monotonic() - start, after.ru_maxrss / 1024


def sqlite_baseline(csv_path):
    """The sqlite3 CLI's .import of the same file into a table with the same unique indexes."""
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "baseline.sqlite")
        schema = ("CREATE TABLE staff(staff_id TEXT, name TEXT, email TEXT, grade TEXT, job_title TEXT, unit TEXT, "
                  "supervisor TEXT, entry_on_duty TEXT, contract_type TEXT);"
                  "CREATE UNIQUE INDEX s1 ON staff(staff_id); CREATE UNIQUE INDEX s2 ON staff(email);")
        subprocess.run(["sqlite3", db, schema], check=True)
        seconds, _ = timed(["sqlite3", db, ".mode csv", f".import --skip 1 {csv_path} staff"])
        return seconds


def wrk(base, path, cookie, seconds):
    command = ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", base + path]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, check=True, capture_output=True, text=True, timeout=seconds + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    def percentile(p):
        match = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, percentile(50), percentile(99), int(errors.group(1)) if errors else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("binary")
    parser.add_argument("n", type=int)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--pid", type=int)
    parser.add_argument("--write")
    args = parser.parse_args()
    assert urllib.parse.urlparse(args.base).hostname in ("127.0.0.1", "localhost"), "loopback only"

    hr = Session(args.base)
    hr_cookie = hr.sign_in(HR)
    started = time.monotonic()
    units = make_units(hr)
    print(f"created {len(units)} units through the form in {time.monotonic() - started:.1f} s", flush=True)

    folder = tempfile.mkdtemp()
    csv_path = os.path.join(folder, "staff.csv")
    write_csv(csv_path, args.n, units)
    import_seconds, import_rss = timed([args.binary, "import-staff", csv_path])
    reimport_seconds, _ = timed([args.binary, "import-staff", csv_path])
    baseline = sqlite_baseline(csv_path) if shutil.which("sqlite3") else float("nan")
    print(f"import of {args.n} staff: {import_seconds:.1f} s (max RSS {import_rss:.0f} MiB), re-import {reimport_seconds:.1f} s; "
          f"sqlite3 .import {baseline:.2f} s, ratio {import_seconds / baseline:.1f}x", flush=True)

    open_seconds, open_rss = timed([args.binary, "open-cycles"])
    print(f"open-cycles for {args.n} staff: {open_seconds:.1f} s (max RSS {open_rss:.0f} MiB)", flush=True)

    staff_cookie = Session(args.base).sign_in(STAFF)
    head_cookie = Session(args.base).sign_in(HEAD)
    _, page = hr.get("/staff?q=Person+4242")
    profile = re.search(r'href="(/staff/[0-9a-f-]{36})"', page).group(1)
    _, page = hr.get("/units")
    sizes = re.findall(r'href="(/units/[0-9a-f-]{36})">[^<]*</a> <span class="st-tree__meta">[^·]*· (\d+) staff', page)
    big_unit = max(sizes, key=lambda pair: int(pair[1]))[0]
    _, page = hr.get("/frameworks")
    framework = re.search(r'href="(/frameworks/[0-9a-f-]{36})"', page).group(1)

    paths = [
        ("/healthz", None, "health (baseline)"),
        ("/readyz", None, "ready (one query)"),
        ("/api/v1/frameworks", hr_cookie, "API frameworks list (HR)"),
        ("/", hr_cookie, "home (HR)"),
        ("/", staff_cookie, "home (staff member)"),
        ("/", head_cookie, "home (head of organisation)"),
        (profile, hr_cookie, "a profile (HR)"),
        (profile, head_cookie, "a profile (head of organisation)"),
        ("/staff", hr_cookie, "directory, first page (HR)"),
        ("/staff", staff_cookie, "directory, first page (staff member)"),
        ("/staff", head_cookie, "directory, first page (head of organisation)"),
        ("/staff?q=Person+4242", hr_cookie, "staff search (HR)"),
        ("/units", staff_cookie, "unit tree"),
        (big_unit, staff_cookie, "a unit's page"),
        (framework, staff_cookie, "a framework page"),
        ("/admin/accounts", hr_cookie, "accounts (HR)"),
        ("/appraisal", staff_cookie, "my appraisal (staff member)"),
        ("/team", head_cookie, "my team (head of organisation)"),
        ("/api/v1/forms", hr_cookie, "API forms, first page (HR)"),
        ("/api/v1/forms", head_cookie, "API forms, first page (head of organisation)"),
        ("/admin/cycles/overdue", hr_cookie, "overdue forms (HR)"),
        ("/reports-board", head_cookie, "Reports Board queue (member)"),
        ("/reports-board/rating-practice", head_cookie, "rating practice (Board)"),
    ]
    rows = []
    health = None
    for path, cookie, label in paths:
        rps, p50, p99, errors = wrk(args.base, path, cookie, args.seconds)
        health = health or rps
        rows.append((label, rps, p50, p99, rps / health * 100, errors))
        print(f"{label:45} {rps:9.0f} req/s  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  {rps / health * 100:6.1f} % of /healthz"
              f"{'  ' + str(errors) + ' errors' if errors else ''}", flush=True)
    rss = ""
    if args.pid:
        with open(f"/proc/{args.pid}/status") as status:
            peak = next(line for line in status if line.startswith("VmHWM")).split()[1]
        rss = f"{int(peak) / 1024:.0f} MiB"
        print(f"server peak memory (VmHWM): {rss}")
    if args.write:
        with open(args.write, "w") as out:
            out.write(f"# Load figures\n\n`scripts/bench.sh {args.n}` on {time.strftime('%Y-%m-%d', time.gmtime())}: release build, SQLite, "
                      f"{args.n} staff in a supervision tree of depth 6 and {len(units) + 5} units; wrk, 16 connections, "
                      f"{args.seconds} s per path. Figures are relative to `/healthz` measured in the same run.\n\n")
            out.write("| path | req/s | p50 ms | p99 ms | % of /healthz |\n|---|---:|---:|---:|---:|\n")
            for label, rps, p50, p99, ratio, errors in rows:
                out.write(f"| {label} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {ratio:.1f} |\n")
            out.write(f"\nImport of {args.n} rows: {import_seconds:.1f} s (max RSS {import_rss:.0f} MiB), re-import {reimport_seconds:.1f} s; "
                      f"the sqlite3 CLI's `.import` of the same file into a table with the same unique indexes: {baseline:.2f} s "
                      f"(ratio {import_seconds / baseline:.1f}×).\n\nServer peak memory: {rss or 'not measured'}.\n")


if __name__ == "__main__":
    main()
