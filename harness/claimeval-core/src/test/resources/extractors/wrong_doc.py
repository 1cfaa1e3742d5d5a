# Answers every request for a document that was not asked for.
import json
import sys

for line in sys.stdin:
    print(json.dumps({"doc": "not-" + json.loads(line)["doc"], "claims": []}), flush=True)
