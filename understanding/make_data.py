#!/usr/bin/env python3
"""Builds teams/*.csv and ground_truth.json beside this file from the local dataset.py (the SECOND labeled
set, the "check set", written independently of the development set in shared/understanding)."""
import csv, io, json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))   # the local dataset.py, wherever this is run from
from dataset import TEAMS

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = [  # field in dataset.py -> prompt kind, in the discovery playbook's order
    ("outcome", "outcome"), ("customer_first", "customer"), ("customer", "customer"),
    ("not_customer", "not-customer"), ("relies", "relies-on-me"), ("input_for", "input-for"),
    ("listening", "listening"), ("cc", "customers-customer"), ("enabler", "enablers"),
    ("non_enabler", "non-enablers"), ("measure", "measure"), ("reflection", "reflection"),
]


def build():
    os.makedirs(os.path.join(HERE, "teams"), exist_ok=True)
    truth = {"description": "SECOND labeled check set for the Clarity Coach alignment summary (same schema as the development and hidden sets, different teams, domains and wordings; written independently of both and of the code). "
                            "customer.group = true meaning group (a list answer counts by its first-named "
                            "customer); answers[].traps = coaching rules that should fire (README spec); "
                            "amb = debatable, excluded from trap scoring; ctx = only visible knowing the managers.",
             "teams": {}}
    for t in TEAMS:
        rows = []
        current = t["checkins"][-1]
        for (member, kind, text) in t.get("previous", []):
            rows.append((t["checkins"][0], member, kind, text))
        late = []
        for m in t["members"]:
            for field, kind in ORDER:
                if field not in m:
                    continue
                a = m[field]
                if field == "customer" and "customer_first" in m:
                    late.append((current, m["name"], kind, a["text"]))   # revised later in the check-in
                    continue
                rows.append((current, m["name"], kind, a["text"]))
        rows.extend(late)
        path = os.path.join(HERE, "teams", t["id"] + ".csv")
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["checkin", "member", "prompt", "answer"])
            w.writerows(rows)

        names = [m["name"] for m in t["members"]]
        cust = {m["name"]: m["customer"] for m in t["members"] if "customer" in m}
        sizes = collections.Counter(c["group"] for c in cust.values())
        answers = []
        for m in t["members"]:
            for field, kind in ORDER:
                if field not in m or field == "customer_first":
                    continue
                a = m[field]
                answers.append(dict(member=m["name"], kind=kind, answer=a["text"], traps=a["traps"],
                                    alt=a.get("alt", []), amb=a.get("amb", False), ctx=a.get("ctx", False)))
        edges = set()
        for m in t["members"]:
            for field in ("relies", "input_for"):
                if field in m:
                    for x in m[field]["serves"]:
                        assert x in names, (t["id"], x)
                        edges.add((m["name"], x))
                    for x in m[field]["served_by"]:
                        assert x in names, (t["id"], x)
                        edges.add((x, m["name"]))
        def grouped(field):
            out = []
            for m in t["members"]:
                if field in m:
                    out.append(dict(member=m["name"], answer=m[field]["text"], group=m[field]["group"]))
            return out
        nc_items = []
        for m in t["members"]:
            if "not_customer" in m:
                for it in m["not_customer"]["items"]:
                    nc_items.append(dict(member=m["name"], answer=m["not_customer"]["text"],
                                         item=it["item"], group=it["group"]))
        truth["teams"][t["id"]] = dict(
            csv="teams/%s.csv" % t["id"], domain=t["domain"], managers=t["managers"],
            checkin=current, members=names,
            customer={n: dict(answer=c["text"], group=c["group"], traps=c["traps"], amb=c["amb"])
                      for n, c in cust.items()},
            true_alignment=max(sizes.values()) / len(cust),
            true_top_group=sizes.most_common(1)[0][0],
            true_distinct_customers=len(sizes),
            answers=answers,
            edges=sorted([list(e) for e in edges]),
            not_customer_items=nc_items,
            enablers=grouped("enabler"), non_enablers=grouped("non_enabler"), measures=grouped("measure"),
        )
    with open(os.path.join(HERE, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    return truth


if __name__ == "__main__":
    tr = build()
    for k, v in tr["teams"].items():
        n_tr = sum(1 for a in v["answers"] if a["traps"] and not a["amb"])
        print("%-22s members=%2d true_score=%.3f groups=%2d edges=%2d trap-answers=%2d nc-items=%2d" % (
            k, len(v["members"]), v["true_alignment"], v["true_distinct_customers"], len(v["edges"]), n_tr,
            len(v["not_customer_items"])))
