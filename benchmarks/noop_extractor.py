#!/usr/bin/env python3
"""A process extractor that finds no claims: what the JSON Lines protocol itself costs, from Python.

    java -jar harness/target/claimeval.jar bench --extractor-cmd 'python3 benchmarks/noop_extractor.py'

One request per line, {"doc": ..., "text": ...}; one answer per line, {"doc": ..., "claims": []}.
"""
import json
import sys


def main():
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        doc = json.loads(line)["doc"]
        out.write(json.dumps({"doc": doc, "claims": []}) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
