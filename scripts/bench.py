#!/usr/bin/env python3
"""Load figures for a running Stride holding a generated organisation (driven by bench.sh).

    python3 scripts/bench.py BASE_URL --binary BIN --staff N --db sqlite|postgres --pid PID --hr EMAIL --board EMAIL
                             [--seconds S] [--connections 16 64] [--json FILE] [--import-db-url URL] [--generate-seconds S]

Signs in as the generated organisation's people (a staff member with a draft Beginning of Cycle,
their manager, HR, a Reports Board member), makes an API token for each, then measures every
path with wrk: 16 connections (and 64 when asked), S seconds each. Prints requests per second,
p50, p99, non-2xx responses and the ratio to /healthz and /readyz of the same run; the server's
peak memory; the CSV export of all staff (time, size, memory while it streams); and the staff
CSV import of N rows against the sqlite3 CLI's `.import` of the same file. Writes the figures as
JSON. Only loopback addresses are used; every loop is bounded.
"""
import argparse, http.cookiejar, json, os, re, shutil, subprocess, sys, tempfile, threading, time, urllib.parse, urllib.request
from html.parser import HTMLParser

PASSWORD = "stride-demo-2026"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Session:
    """A browser: keeps cookies, reads the form token of each page."""

    def __init__(self, base):
        self.base, self.jar, self.csrf = base, http.cookiejar.CookieJar(), ""
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def send(self, method, path, data=None, headers=None):
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        try:
            with self.opener.open(request, timeout=120) as response:
                status, body, location = response.status, response.read().decode(), response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            status, body, location = error.code, error.read().decode(), error.headers.get("Location", "")
        token = re.search(r'name="_csrf" value="([^"]+)"', body)
        if token:
            self.csrf = token.group(1)
        return status, body, location

    def get(self, path):
        return self.send("GET", path)[:2]

    def post(self, path, fields):
        """Posts a form: `fields` a dict or a list of (name, value) pairs, with the form token."""
        if not self.csrf:
            self.get(path)
        pairs = list(fields.items()) if isinstance(fields, dict) else list(fields)
        return self.send("POST", path, urllib.parse.urlencode(pairs + [("_csrf", self.csrf)]).encode())

    def sign_in(self, email):
        self.get("/login")
        status, _, _ = self.post("/login", {"email": email, "password": PASSWORD})
        assert status == 303, f"sign-in as {email} answered {status}"
        self.get("/")

    def cookie(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)

    def api(self, method, path, body=None, token=None):
        headers = {"Content-Type": "application/json", "X-CSRF-Token": self.csrf}
        if token:
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        status, text, _ = self.send(method, path, json.dumps(body).encode() if body is not None else None, headers)
        assert status < 300, f"{method} {path}: {status} {text[:300]}"
        return json.loads(text) if text.strip() else None

    def token(self):
        return self.api("POST", "/api/v1/tokens", {"name": "Benchmark", "scope": "read-write"})["token"]


class Fields(HTMLParser):
    """The named fields of a page's first form with a given action, with their values."""

    def __init__(self, action):
        super().__init__()
        self.action, self.inside, self.fields, self.textarea = action, False, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("action") == self.action:
            self.inside = True
        elif self.inside and tag in ("input", "select") and a.get("name"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            if a.get("type") in ("submit", "button"):
                return
            self.fields.append((a["name"], a.get("value", "")))
        elif self.inside and tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]

    def handle_data(self, data):
        if self.textarea is not None:
            # As browsers do, a newline right after <textarea> is not part of the value.
            self.textarea[1] += data[1:] if not self.textarea[1] and data.startswith("\n") else data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "form":
            self.inside = False


def wrk(base, path, seconds, connections, headers=(), script=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", script]
    if not script:
        # One request first, as a server in use would have had: the figures a cache keeps for
        # a few seconds (the dashboards, alignment) are measured warm, not their first computation.
        warm = urllib.request.Request(base + path, headers=dict(h.split(": ", 1) for h in headers))
        try:
            urllib.request.urlopen(warm, timeout=120).read()
        except Exception:
            pass
    out = subprocess.run(command + [base + path], capture_output=True, text=True, timeout=seconds + 120).stdout
    found = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if not found:  # the server stopped answering
        return 0.0, float("nan"), float("nan"), 0
    rps = float(found.group(1))

    def percentile(p):
        match = re.search(rf"\s{p}(?:\.000)?%\s+([\d.]+)(us|ms|s)\b", out)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    failed = int(errors.group(1)) if errors else 0
    if socket_errors:
        failed += sum(int(x) for x in socket_errors.groups())
    return rps, percentile(50), percentile(99), failed


def lua_requests(folder, name, entries):
    """A wrk script that sends `entries` (method, path, headers, body) in turn, each thread from
    its own place in the list, so connections seldom send the same one at once."""
    script = os.path.join(folder, name + ".lua")
    with open(script, "w") as out:
        out.write("local requests = {}\n")
        for method, path, headers, body in entries:
            table = ", ".join(f"[{json.dumps(k)}] = {json.dumps(v)}" for k, v in headers.items())
            out.write(f"table.insert(requests, {{{json.dumps(method)}, {json.dumps(path)}, {{{table}}}, {json.dumps(body)}}})\n")
        out.write('''local threads = 0
function setup(thread) thread:set("place", threads); threads = threads + 1 end
function init(args) i = (place or 0) * math.floor(#requests / 2) end
function request()
  i = i + 1
  local r = requests[(i % #requests) + 1]
  return wrk.format(r[1], r[2], r[3], r[4])
end
''')
    return script


def rss_mib(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as status:
        return int(next(line for line in status if line.startswith(field)).split()[1]) / 1024


def export_figures(base, cookie, pid):
    """Downloads the CSV of all staff, sampling the server's memory while it streams."""
    samples, done = [rss_mib(pid)], threading.Event()

    def sample():
        while not done.wait(0.05):
            samples.append(rss_mib(pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.monotonic()
    request = urllib.request.Request(base + "/admin/export-staff", headers={"Cookie": cookie})
    size = rows = 0
    with urllib.request.urlopen(request, timeout=300) as response:
        while chunk := response.read(1 << 16):
            size += len(chunk)
            rows += chunk.count(b"\n")  # each row ends in CRLF; a chunk may split the pair, never the LF
    seconds = time.monotonic() - started
    done.set()
    sampler.join()
    return {"seconds": round(seconds, 2), "bytes": size, "rows": rows - 1, "rss_before_mib": round(samples[0], 1),
            "rss_peak_mib": round(max(samples), 1)}


def timed(command, env=None):
    started = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.monotonic() - started


def import_figures(binary, n, db, import_db_url):
    """`stride import-staff` of N rows into an empty database, against sqlite3's `.import` of the same file."""
    folder = tempfile.mkdtemp()
    try:
        csv_path = os.path.join(folder, "staff.csv")
        with open(csv_path, "w") as out:
            out.write("staff_id,name,email,grade,job_title,unit,supervisor,entry_on_duty,contract_type\n")
            for i in range(n):
                supervisor = "" if i == 0 else f"B{(i - 1) // 8:06d}"
                contract = ["regular", "regular", "technical_cooperation", "probation"][i % 4]
                out.write(f"B{i:06d},Person {i},person{i}@bench.example,P{i % 5 + 1},Officer {i % 97},,{supervisor},"
                          f"2024-01-{i % 28 + 1:02d},{contract}\n")
        env = dict(os.environ)
        if db == "postgres":
            env["DATABASE_URL"] = import_db_url
        else:
            env.pop("DATABASE_URL", None)
            env["STRIDE_DB_PATH"] = os.path.join(folder, "import.sqlite")
        subprocess.run([binary, "migrate", "--yes"], check=True, stdout=subprocess.DEVNULL, env=env)
        seconds = timed([binary, "import-staff", csv_path], env)
        baseline = float("nan")
        if shutil.which("sqlite3"):
            base_db = os.path.join(folder, "baseline.sqlite")
            schema = ("CREATE TABLE staff(staff_id TEXT, name TEXT, email TEXT, grade TEXT, job_title TEXT, unit TEXT, "
                      "supervisor TEXT, entry_on_duty TEXT, contract_type TEXT);"
                      "CREATE UNIQUE INDEX s1 ON staff(staff_id); CREATE UNIQUE INDEX s2 ON staff(email);")
            subprocess.run(["sqlite3", base_db, schema], check=True)
            baseline = timed(["sqlite3", base_db, ".mode csv", f".import --skip 1 {csv_path} staff"])
        return {"rows": n, "seconds": round(seconds, 2), "sqlite3_seconds": round(baseline, 3),
                "ratio": round(seconds / baseline, 1) if baseline == baseline and baseline > 0 else None}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--binary", required=True)
    parser.add_argument("--staff", type=int, required=True)
    parser.add_argument("--db", default="sqlite")
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, nargs="+", default=[16])
    parser.add_argument("--json")
    parser.add_argument("--import-db-url")
    parser.add_argument("--generate-seconds", type=float)
    parser.add_argument("--hr", required=True, help="an HR administrator's e-mail")
    parser.add_argument("--board", required=True, help="a Reports Board member's e-mail")
    args = parser.parse_args()
    assert urllib.parse.urlparse(args.base).hostname in ("127.0.0.1", "localhost"), "loopback only"
    base = args.base

    # Who the paths are measured as: HR and a Reports Board member by e-mail, then, through the
    # API, a staff member with a draft Beginning of Cycle and their manager.
    hr = Session(base)
    hr.sign_in(args.hr)
    hr_token = hr.token()
    # Staff members with a draft Beginning of Cycle: the first is "the staff member"; all of them
    # sign in and save, each their own form, since one form saved from 16 places at once rightly
    # meets "someone saved a conflicting change".
    drafts = hr.api("GET", "/api/v1/forms?state=draft&kind=beginning&limit=200", token=hr_token)["forms"]
    owners, seen = [], set()
    for draft in drafts:
        if draft["staffId"] not in seen and len(owners) < 48:
            seen.add(draft["staffId"])
            owners.append((draft, hr.api("GET", f"/api/v1/staff/{draft['staffId']}", token=hr_token)))
    form, staff_record = owners[0]
    manager_record = hr.api("GET", f"/api/v1/staff/{staff_record['supervisorId']}", token=hr_token)
    staff, manager, board = Session(base), Session(base), Session(base)
    staff.sign_in(staff_record["email"])
    manager.sign_in(manager_record["email"])
    board.sign_in(args.board)
    tokens = {"staff": staff.token(), "manager": manager.token(), "hr": hr_token, "board": board.token()}
    cookies = {"staff": staff.cookie(), "manager": manager.cookie(), "hr": hr.cookie(), "board": board.cookie()}
    form_path = f"/appraisal/forms/{form['id']}"
    unit_id = manager_record["unitId"]
    saves = []
    for owner_form, record in owners:
        owner = staff if owner_form is form else Session(base)
        if owner is not staff:
            owner.sign_in(record["email"])
        path = f"/appraisal/forms/{owner_form['id']}/edit"
        _, page = owner.get(path)
        fields = Fields(path)
        fields.feed(page)
        # Without a version: every save is taken, none refused as stale.
        posted = [(k, v) for k, v in fields.fields if k not in ("_csrf", "version", "intent")] + [("_csrf", owner.csrf)]
        saves.append(("POST", path, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": owner.cookie()},
                      urllib.parse.urlencode(posted)))

    folder = tempfile.mkdtemp()
    # Sign-in: the sign-in form's token lives in a cookie, so a form posts again and again. Each
    # request signs in someone else: attempts in flight for one account count against it, so
    # 16 at once for one person are refused, as they should be.
    anonymous = Session(base)
    anonymous.get("/login")
    sign_in_script = lua_requests(folder, "sign-in", [
        ("POST", "/login", {"Content-Type": "application/x-www-form-urlencoded", "Cookie": anonymous.cookie()},
         urllib.parse.urlencode({"email": record["email"], "password": PASSWORD, "_csrf": anonymous.csrf})) for _, record in owners])
    save_script = lua_requests(folder, "save", saves)

    def page(who):
        return [f"Cookie: {cookies[who]}"]

    def api(who):
        return [f"Authorization: Bearer {tokens[who]}"]

    endpoints = [
        ("health", "/healthz", [], None),
        ("ready", "/readyz", [], None),
        # The floors of a signed-in request: one small query through the API with a token, and
        # the smallest page (a form of three fields in the layout, with the session read).
        ("floor: API, one query", "/api/v1/upward-feedback/template", api("hr"), None),
        ("floor: smallest page", "/account/password", page("staff"), None),
        ("sign-in", "/login", [], sign_in_script),
        ("home", "/", page("staff"), None),
        ("my appraisal", "/appraisal", page("staff"), None),
        ("my team", "/team", page("manager"), None),
        ("a form", form_path, page("staff"), None),
        ("a profile", f"/staff/{form['staffId']}", page("manager"), None),
        ("Reports Board queue", "/reports-board", page("board"), None),
        ("team skills matrix", f"/units/{unit_id}/skills", page("manager"), None),
        ("form save (POST)", form_path + "/edit", [], save_script),
        ("API: my cycles", f"/api/v1/staff/{form['staffId']}/cycles", api("staff"), None),
        ("API: my team", "/api/v1/dashboards/team", api("manager"), None),
        ("API: a form", f"/api/v1/forms/{form['id']}", api("staff"), None),
        ("API: a profile", f"/api/v1/staff/{form['staffId']}", api("manager"), None),
        ("API: Reports Board queue", "/api/v1/reports-board/queue", api("board"), None),
        # The organisation-wide views last: at 100,000 staff the HR dashboard is the heaviest path
        # (bench/RESULTS.md), and a server it leaves busy would skew every path after it.
        ("alignment", "/alignment", page("hr"), None),
        ("API: alignment", "/api/v1/alignment", api("hr"), None),
        ("HR dashboard", "/dashboards/organisation", page("hr"), None),
        ("API: HR dashboard", "/api/v1/dashboards/organisation", api("hr"), None),
    ]
    # The export first, on a server at rest: its memory is the point.
    try:
        export = export_figures(base, cookies["hr"], args.pid)
    except Exception as error:  # a server too busy or gone
        export = {"seconds": None, "bytes": 0, "rows": 0, "rss_before_mib": None, "rss_peak_mib": None, "error": repr(error)}
    if export.get("error"):
        print(f"CSV export of all staff failed: {export['error']}")
    else:
        print(f"CSV export of all staff: {export['rows']} rows, {export['bytes'] / 1e6:.1f} MB in {export['seconds']:.2f} s; "
              f"server memory {export['rss_before_mib']:.0f} MiB before, {export['rss_peak_mib']:.0f} MiB at most while streaming")
    results = []
    for connections in args.connections:
        health = ready = None
        print(f"\n{args.staff} staff on {args.db}, {connections} connections, {args.seconds} s per path")
        print(f"{'path':28} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8} {'/healthz':>9} {'/readyz':>8}")
        for name, path, headers, script in endpoints:
            rps, p50, p99, failed = wrk(base, path, args.seconds, connections, headers, script)
            if name == "sign-in":
                # Sign-ins still being hashed when wrk stops (bcrypt, a third of a second each on
                # these cores) would slow the start of the next path: let them finish first.
                time.sleep(4)
            health = health or rps or float("nan")
            if name == "ready":
                ready = rps
            row = {"name": name, "path": path, "connections": connections, "rps": round(rps, 1), "p50_ms": round(p50, 2),
                   "p99_ms": round(p99, 2), "non2xx": failed, "ratio_healthz": round(rps / health, 3),
                   "ratio_readyz": round(rps / ready, 3) if ready else None}
            if rps == 0:
                print(f"{name}: no request answered within the {args.seconds} s run", flush=True)
            results.append(row)
            print(f"{name:28} {rps:8.0f} {p50:8.1f} {p99:8.1f} {failed:8d} {rps / health * 100:8.1f}% "
                  f"{(rps / ready * 100) if ready else 100:7.1f}%", flush=True)
    peak = rss_mib(args.pid, "VmHWM")
    print(f"\nserver peak memory under load (VmHWM): {peak:.0f} MiB")
    imported = import_figures(args.binary, args.staff, args.db, args.import_db_url)
    print(f"staff CSV import of {imported['rows']} rows: {imported['seconds']:.2f} s; sqlite3 .import of the same file "
          f"{imported['sqlite3_seconds']:.3f} s; ratio {imported['ratio']}x")
    shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        os.makedirs(os.path.dirname(args.json) or ".", exist_ok=True)
        with open(args.json, "w") as out:
            json.dump({"staff": args.staff, "db": args.db, "date": time.strftime("%Y-%m-%d", time.gmtime()),
                       "seconds_per_path": args.seconds, "generate_seconds": args.generate_seconds, "endpoints": results,
                       "peak_rss_mib": round(peak, 1), "export": export, "import": imported}, out, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()
