#!/usr/bin/env python3
"""A claimeval extractor that learns, protocol version 2, standard library only.

Run it through the harness:  claimeval score --extractor-cmd 'python3 harness/examples/learning_extractor.py'

Protocol 2 (JSON Lines over stdin/stdout, one answer line per request, flushed):
  hello    {"hello": "claimeval/process/2", "registry": [...], "doc": "", "text": ""}  ->  {"learns": true}
  train    {"train": [{"doc": id, "text": text, "claims": [gold claims]}, ...]}         ->  {"trained": true}
  document {"doc": id, "text": text}                                                  ->  {"doc": id, "claims": [...]}
The harness sends "train" once per fold, before the document it scores, and never includes that document's gold.

What it learns: the cue words of the training gold (the text of each claim's "cue" span, lower-cased). On a
document, every sentence containing a learned cue word is one claim: the words after the cue as content, the
cue itself as the "cue" span and the words before it as the claimant mention. Offsets are code points, which is
what Python string indices are.
"""
import json
import re
import sys

SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
cues = set()


def learn(documents):
    cues.clear()
    for document in documents:
        for claim in document["claims"]:
            cue = claim.get("cue")
            if cue and cue.get("text", "").strip():
                cues.add(cue["text"].strip().lower())


def claims(text):
    for sentence in SENTENCE.finditer(text):
        for word in re.finditer(r"\w+", sentence.group()):
            if word.group().lower() in cues:
                cue_start = sentence.start() + word.start()
                cue_end = sentence.start() + word.end()
                content = text[cue_end:sentence.end()].strip().rstrip(".!?").strip()
                if not content:
                    break
                start = text.index(content, cue_end)
                claim = {"start": start, "end": start + len(content), "attribution": "explicit",
                         "cue": {"start": cue_start, "end": cue_end}}
                mention = text[sentence.start():cue_start].strip()
                if mention:
                    m = text.index(mention, sentence.start())
                    claim["claimantMention"] = {"start": m, "end": m + len(mention)}
                yield claim
                break


for line in sys.stdin:
    if not line.strip():
        continue
    request = json.loads(line)
    if "hello" in request:
        answer = {"learns": True}
    elif "train" in request:
        learn(request["train"])
        answer = {"trained": True}
    else:
        answer = {"doc": request["doc"], "claims": list(claims(request["text"]))}
    print(json.dumps(answer), flush=True)
