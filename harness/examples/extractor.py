#!/usr/bin/env python3
"""A claimeval extractor in 30 lines, standard library only.

Run it through the harness:  claimeval score --extractor-cmd 'python3 harness/examples/extractor.py'

Protocol: one JSON object per line on stdin, {"doc": id, "text": text}; for each, print one line
{"doc": id, "claims": [...]} and flush. Offsets are code points, which is what Python string indices are.
The rule is deliberately naive: every sentence with a reporting cue is one explicitly attributed claim.
"""
import json
import re
import sys

SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
CUE = re.compile(r"\b(said|says|according to|reported|claimed|told)\b", re.IGNORECASE)


def claims(text):
    for sentence in SENTENCE.finditer(text):
        if CUE.search(sentence.group()):
            start = sentence.start() + len(sentence.group()) - len(sentence.group().lstrip())
            end = sentence.end() - (len(sentence.group()) - len(sentence.group().rstrip()))
            yield {"start": start, "end": end, "attribution": "explicit"}


for line in sys.stdin:
    if line.strip():
        request = json.loads(line)
        answer = {"doc": request["doc"], "claims": list(claims(request["text"]))}
        print(json.dumps(answer), flush=True)
