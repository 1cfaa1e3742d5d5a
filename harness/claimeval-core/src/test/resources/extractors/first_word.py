# Claims the first word of every document: once with offsets, once offset-free (text only), to test both forms.
import json
import re
import sys

for line in sys.stdin:
    request = json.loads(line)
    word = re.search(r"\w+", request["text"])
    claims = [{"start": word.start(), "end": word.end(), "type": "OTHER"}, {"text": word.group(), "score": 0.5}]
    print(json.dumps({"doc": request["doc"], "claims": claims}), flush=True)
