#!/usr/bin/env python3
"""Tables for bench/RESULTS.md from the JSON files scripts/bench.sh writes.

    python3 scripts/bench-report.py bench/results/sqlite-1000.json bench/results/sqlite-100000.json ...

Prints, for each connection count, one table with a column group per run (staff and database),
so growth with size and the two databases read side by side (a run's optional "label", such as
"before", tells two runs of one size apart); then export, import, memory and generation figures.
"""
import json, sys


def main():
    runs = [json.load(open(path)) for path in sys.argv[1:]]
    if not runs:
        sys.exit("give the JSON files of the runs to compare")
    names = [f"{run['staff']:,} {run['db']}" + (f" ({run['label']})" if run.get("label") else "") for run in runs]
    connections = sorted({row["connections"] for run in runs for row in run["endpoints"]})
    for count in connections:
        # Each table has the runs that measured at this count, paths in the order of the run that
        # measured most (later runs measure more), then any only older runs measured.
        measured = [(name, run) for name, run in zip(names, runs) if any(row["connections"] == count for row in run["endpoints"])]
        print(f"\n### {count} connections\n")
        print("| path | " + " | ".join(f"{name}: req/s (% healthz), p50 / p99 ms" for name, _ in measured) + " |")
        print("|---|" + "---:|" * len(measured))
        fullest = max((run for _, run in measured), key=lambda run: len(run["endpoints"]))
        paths = list(dict.fromkeys(row["name"] for run in [fullest] + [run for _, run in measured]
                                   for row in run["endpoints"] if row["connections"] == count))
        for path in paths:
            cells = []
            for _, run in measured:
                row = next((r for r in run["endpoints"] if r["name"] == path and r["connections"] == count), None)
                if row is None:
                    cells.append("")
                    continue
                if not row["rps"]:
                    cells.append(f"no answers in {run['seconds_per_path']} s")
                    continue
                errors = f", **{row['non2xx']} non-2xx**" if row["non2xx"] else ""
                cells.append(f"{row['rps']:.0f} ({row['ratio_healthz'] * 100:.1f} %), {row['p50_ms']:.1f} / {row['p99_ms']:.1f}{errors}")
            print(f"| {path} | " + " | ".join(cells) + " |")
    print("\n| run | generated in | peak memory under load | CSV export of all staff | staff import of N rows (sqlite3 `.import`) |")
    print("|---|---:|---:|---|---|")
    for name, run in zip(names, runs):
        export, imported = run["export"], run["import"]
        generated = f"{run['generate_seconds']:.0f} s" if run.get("generate_seconds") else "reused"
        print(f"| {name} | {generated} | {run['peak_rss_mib']:.0f} MiB | {export['rows']:,} rows, {export['bytes'] / 1e6:.1f} MB in "
              f"{export['seconds']:.2f} s; memory {export['rss_before_mib']:.0f} → at most {export['rss_peak_mib']:.0f} MiB | "
              f"{imported['seconds']:.1f} s ({imported['sqlite3_seconds']:.2f} s, {imported['ratio']}×) |")


if __name__ == "__main__":
    main()
