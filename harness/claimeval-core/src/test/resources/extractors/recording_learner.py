# A protocol 2 extractor that learns and records, in the file named by its first argument, everything the
# harness sent it: one line per message, "hello", "train <doc ids> | <gold claim texts>" or "scored <doc>".
# It claims, in each scored document, the texts of training claims it finds there verbatim.
import json
import sys

log = open(sys.argv[1], "a", encoding="utf-8")
known = []
for line in sys.stdin:
    if not line.strip():
        continue
    request = json.loads(line)
    if "hello" in request:
        log.write("hello\n")
        answer = {"learns": True}
    elif "train" in request:
        known = [c["text"] for d in request["train"] for c in d["claims"]]
        log.write("train " + ",".join(d["doc"] for d in request["train"]) + " | " + "|".join(known) + "\n")
        answer = {"trained": True}
    else:
        log.write("scored " + request["doc"] + "\n")
        answer = {"doc": request["doc"], "claims": [{"text": t} for t in known if t in request["text"]]}
    log.flush()
    print(json.dumps(answer), flush=True)
