#!/usr/bin/env python3
"""Makes a bank of N files from the reference bank: variants, not N identical copies.

Usage: generate_bank.py REFERENCE_README OUT_DIR N

Each file takes the reference bank, keeps a different rotation of its chapters, renames its
title and section titles with the file's number, and shuffles the question texts within each
list, so no two files are alike, while the shapes (and the real defects) of the bank remain.
"""
import os
import random
import re
import sys

ref, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(ref, encoding="utf-8").read()
head, *chapters = re.split(r"(?m)^(?=## )", text)
os.makedirs(out, exist_ok=True)
for i in range(n):
    rnd = random.Random(i)
    k = i % len(chapters)
    body = chapters[k:] + chapters[:k]
    doc = head.replace("# LLMs 千面郎君", "# LLMs 千面郎君 · 第 %d 册" % (i + 1), 1) + "".join(body)
    # every file links its own answer pages and names its own sections, as a real multi-file bank does
    doc = re.sub(r"(https://articles\.zsxq\.com/id_\w+)\.html", lambda m: "%s-%d.html" % (m.group(1), i + 1), doc)
    doc = re.sub(r"\[([^\]]+)\]\(https://", lambda m: "[" + (m.group(1) if "答案" in m.group(1)
                                                           else m.group(1) + " · %d" % (i + 1)) + "](https://", doc)

    def shuffle(match):
        lines = match.group(0).split("\n")
        texts = [re.sub(r"^(\s*- [0-9.一二三四五六七八九十、]+ ?)", "", l) for l in lines]
        prefixes = [l[: len(l) - len(t)] for l, t in zip(lines, texts)]
        rnd.shuffle(texts)
        return "\n".join(p + t for p, t in zip(prefixes, texts))

    doc = re.sub(r"(?m)(^- \d+ [^\n]+\n?){3,}", shuffle, doc)
    with open(os.path.join(out, "bank-%04d.md" % i), "w", encoding="utf-8") as f:
        f.write(doc)
