#!/usr/bin/env python3
"""Several app servers on one database, and servers killed mid-write (run by .ci/run).

    python3 scripts/ci_cluster.py BINARY --postgres SERVER_URL
    python3 scripts/ci_cluster.py BINARY --sqlite

PostgreSQL (SERVER_URL like postgres://postgres@127.0.0.1:5432, databases made here):
  1. `serve` refuses a schema one migration behind, saying to run `stride migrate`; after
     `stride migrate --yes` it starts.
  2. Two servers on one database behind no sticky sessions: sign in on one, carry on (read and
     write, form token included) on the other.
  3. Both run the reminders job at start: exactly one runs it, and each e-mail reaches the SMTP
     server (scripts/smtp-test-server.py) once.
Both databases:
  4. SIGKILL in the middle of a staff import (uploaded through the page), restart: all the rows
     or none, and every row if the upload had been answered.
  5. SIGKILL during a stream of form saves, restart: every answered save is there, the form
     holds the last answered or the one in flight, whole, and its history matches its version.
Loopback only; every wait is bounded. Exits non-zero on the first failure.
"""
import os, re, signal, socket, subprocess, sys, tempfile, threading, time, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import Fields, Session  # noqa: E402

HR, STAFF = "amara.okafor@demo.stride.example", "michael.obrien@demo.stride.example"


def check(condition, message):
    if not condition:
        print(f"FAILED: {message}", flush=True)
        sys.exit(1)
    print(f"ok: {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, env, log):
        self.binary, self.env, self.log, self.process = binary, env, log, None
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"

    def start(self):
        self.output = open(self.log, "a")
        self.process = subprocess.Popen([self.binary, "serve", "--port", str(self.port), "--no-demo"], env=self.env,
                                        stdout=self.output, stderr=subprocess.STDOUT)
        for _ in range(240):
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(self.base + "/readyz", timeout=2):
                    return True
            except OSError:
                time.sleep(0.25)
        return False

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def run(binary, env, *arguments):
    return subprocess.run([binary, *arguments], env=env, capture_output=True, text=True, timeout=600)


def psql(url, sql):
    out = subprocess.run(["psql", url, "-qAt", "-c", sql], check=True, capture_output=True, text=True, timeout=60)
    return out.stdout.strip()


def fresh_database(env, folder, name, server_url):
    env = dict(env)
    if server_url:
        psql(server_url + "/postgres", f"DROP DATABASE IF EXISTS {name}")
        psql(server_url + "/postgres", f"CREATE DATABASE {name}")
        env["DATABASE_URL"] = f"{server_url}/{name}"
        env.pop("STRIDE_DB_PATH", None)
    else:
        env.pop("DATABASE_URL", None)
        env["STRIDE_DB_PATH"] = os.path.join(folder, name + ".sqlite")
    return env


def scalar(env, sql):
    """The one number `sql` selects."""
    if "DATABASE_URL" in env:
        return int(psql(env["DATABASE_URL"], sql))
    out = subprocess.run(["sqlite3", env["STRIDE_DB_PATH"], sql], check=True, capture_output=True, text=True, timeout=60)
    return int(out.stdout.strip())


def schema_behind(binary, env, folder):
    """Migration 038 taken back by hand: serve must refuse, and migrate put it right."""
    run(binary, env, "migrate", "--yes")
    psql(env["DATABASE_URL"], "DROP TABLE api_tokens; DELETE FROM _fluent_migrations WHERE name LIKE '%CreateAPITokens'")
    server = Server(binary, env, os.path.join(folder, "behind.log"))
    started = server.start()
    server.stop()
    log = open(server.log).read()
    check(not started and "schema is behind" in log and "stride migrate" in log,
          "serve refuses a schema one migration behind, naming `stride migrate`")
    migrated = run(binary, env, "migrate", "--yes")
    check(migrated.returncode == 0, "stride migrate brings it up to date")
    again = Server(binary, env, os.path.join(folder, "behind.log"))
    check(again.start(), "serve then starts")
    again.stop()


def two_servers(binary, env, folder):
    smtp_dir = os.path.join(folder, "smtp")
    smtp = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "smtp-test-server.py"), smtp_dir],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        smtp_port = int(smtp.stdout.readline().split()[1])
        mail = dict(env, SMTP_HOST="localhost", SMTP_PORT=str(smtp_port), SMTP_USERNAME="stride", SMTP_PASSWORD="mail-secret",
                    SMTP_CA_FILE=os.path.join(smtp_dir, "cert.pem"), SMTP_FROM="stride@example.org")
        a, b = Server(binary, mail, os.path.join(folder, "a.log")), Server(binary, mail, os.path.join(folder, "b.log"))
        check(a.start() and b.start(), "two servers start on one database")
        try:
            on_a = Session(a.base)
            on_a.sign_in(HR)
            # The same browser goes to the other server: cookies and form token travel with it.
            on_b = Session(b.base)
            on_b.jar, on_b.opener, on_b.csrf = on_a.jar, on_a.opener, on_a.csrf
            on_b.base = b.base
            status, page = on_b.get("/")
            check(status == 200 and "Amara Okafor" in page, "signed in on one server, the other knows the session")
            status, _, _ = on_b.post("/account/tokens", {"name": "Made on the other server", "scope": "read"})
            check(status == 201, "a form from one server's page posts on the other (its form token is valid there)")
            _, tokens = on_a.get("/account/tokens")
            check("Made on the other server" in tokens, "what one server wrote, the other reads")
            # Both ran the reminders at start; one held the lease. Wait for the outbox to empty.
            deadline, sent = time.time() + 90, 0
            while time.time() < deadline:
                queued = scalar(env, "SELECT COUNT(*) FROM outbox_messages")
                sent = scalar(env, "SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NOT NULL")
                if queued and sent == queued:
                    break
                time.sleep(1)
            received = [name for name in os.listdir(smtp_dir) if name.endswith(".eml")]
            runs = sum("Reminders:" in open(server.log).read() for server in (a, b))
            check(sent > 0 and len(received) == sent, f"every reminder e-mail reached the SMTP server once ({len(received)} of {sent})")
            check(runs == 1, "exactly one of the two servers ran the reminders job")
        finally:
            a.stop()
            b.stop()
    finally:
        smtp.stdin.close()
        smtp.wait(timeout=30)


def multipart(fields, file_field, filename, content):
    boundary = "----stride-ci-boundary"
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode() for name, value in fields]
    parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{file_field}\"; filename=\"{filename}\"\r\n"
                 f"Content-Type: text/csv\r\n\r\n".encode() + content + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def kill_mid_import(binary, env, folder, label):
    server = Server(binary, env, os.path.join(folder, f"import-{label}.log"))
    check(server.start(), f"{label}: server up for the import")
    hr = Session(server.base)
    hr.sign_in(HR)
    hr.get("/admin/import-staff")
    before = scalar(env, "SELECT COUNT(*) FROM staff_members")
    rows = 20_000
    csv = "staff_id,name,email,grade,job_title,entry_on_duty,contract_type,supervisor\n" + "".join(
        f"K{i:06d},Killed Import {i},killed{i}@ci.example,P3,Officer,2025-01-{i % 28 + 1:02d},regular,{'' if i == 0 else f'K{(i - 1) // 8:06d}'}\n"
        for i in range(rows))
    body, content_type = multipart([("_csrf", hr.csrf)], "file", "staff.csv", csv.encode())
    answered = {}

    def upload():
        try:
            answered["status"] = hr.send("POST", "/admin/import-staff", body, {"Content-Type": content_type})[0]
        except Exception as error:  # the connection dies with the server
            answered["error"] = repr(error)

    thread = threading.Thread(target=upload)
    thread.start()
    # The upload is read, checked and planned first; killed while it writes, or after it answered.
    time.sleep(2.5)
    server.kill()
    thread.join(timeout=30)
    print(f"{label}: the import was {'answered ' + str(answered['status']) if 'status' in answered else 'in flight'} when killed")
    check(server.start(), f"{label}: the killed server starts again")
    after = scalar(env, "SELECT COUNT(*) FROM staff_members")
    killed = scalar(env, "SELECT COUNT(*) FROM staff_members WHERE staff_number LIKE 'K%'")
    check(after - before in (0, rows) and killed in (0, rows), f"{label}: after SIGKILL mid-import, all {rows} rows or none ({killed})")
    if answered.get("status") in (200, 303):
        check(killed == rows, f"{label}: an answered import is all there")
    server.stop()


def kill_mid_saves(binary, env, folder, label):
    server = Server(binary, env, os.path.join(folder, f"saves-{label}.log"))
    check(server.start(), f"{label}: server up for the saves")
    staff = Session(server.base)
    staff.sign_in(STAFF)
    _, appraisal = staff.get("/appraisal")
    form = re.search(r'href="(/appraisal/forms/[0-9a-f-]{36})/edit"', appraisal) or re.search(r'href="(/appraisal/forms/[0-9a-f-]{36})"', appraisal)
    path = form.group(1) + "/edit"
    _, page = staff.get(path)
    fields = Fields(path)
    fields.feed(page)
    text_field = next(name for name, _ in fields.fields if name.endswith("-description"))
    acknowledged, state = [], {"stop": False}

    def saves():
        for n in range(1, 10_000):
            if state["stop"]:
                return
            posted = [(k, (f"Save number {n}" if k == text_field else v)) for k, v in fields.fields if k not in ("_csrf", "version", "intent")]
            try:
                status = staff.post(path, posted)[0]
            except Exception:
                return
            if status in (200, 303):
                acknowledged.append(n)

    thread = threading.Thread(target=saves)
    thread.start()
    time.sleep(3)
    server.kill()
    state["stop"] = True
    thread.join(timeout=30)
    check(len(acknowledged) > 3, f"{label}: {len(acknowledged)} saves answered before the kill")
    check(server.start(), f"{label}: the killed server starts again")
    again = Session(server.base)
    again.sign_in(STAFF)
    status, page = again.get(path)
    last = acknowledged[-1]
    held = re.search(r"Save number (\d+)", page)
    check(status == 200 and held and int(held.group(1)) in (last, last + 1),
          f"{label}: the form holds the last answered save ({last}) or the one in flight, whole (it holds {held and held.group(1)})")
    # SQLite keeps ids as upper-case text, PostgreSQL as uuid.
    form_id = path.split("/")[3] if "DATABASE_URL" in env else path.split("/")[3].upper()
    versions = scalar(env, f"SELECT record_version FROM appraisal_forms WHERE id = '{form_id}'")
    events = scalar(env, f"SELECT COUNT(*) FROM appraisal_form_events WHERE form_id = '{form_id}'")
    check(events == versions - 1, f"{label}: the form's history has one step per save ({events} for version {versions})")
    server.stop()


def main():
    binary = os.path.abspath(sys.argv[1])
    postgres = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--postgres" else None
    folder = tempfile.mkdtemp(prefix="stride-cluster-")
    base_env = dict(os.environ, STRIDE_SECURE_COOKIES="false", STRIDE_API_RATE_LIMIT="0")
    label = "PostgreSQL" if postgres else "SQLite"
    if postgres:
        schema_behind(binary, fresh_database(base_env, folder, "stride_behind", postgres), folder)
        env = fresh_database(base_env, folder, "stride_cluster", postgres)
        check(run(binary, env, "migrate", "--yes").returncode == 0 and run(binary, env, "demo").returncode == 0, "migrated once; demo loaded")
        two_servers(binary, env, folder)
    env = fresh_database(base_env, folder, "stride_faults", postgres)
    check(run(binary, env, "demo").returncode == 0, f"{label}: demo loaded for the fault tests")
    kill_mid_import(binary, env, folder, label)
    kill_mid_saves(binary, env, folder, label)
    print(f"all cluster and fault checks passed ({label})")


if __name__ == "__main__":
    main()
