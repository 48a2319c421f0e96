"""Travel documents for the direction of each delegation's trip (rules in travel-documents.toml).

Every member not withdrawn needs one of the rule's documents on record; with `endorsement`, the
document must carry an endorsement with its expiry recorded (and entries, when recorded, above
zero). A document or endorsement that expires before the delegation returns is an error; one
that expires within the margin after the return (setting document_margin_days, 30 days by
default) is a warning. Findings name the person and the document, never its number.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from planner.checks.context import DEFAULT_MARGIN_DAYS, MARGIN_SETTING, CheckContext
from planner.checks.findings import ItemRef, Severity
from planner.checks.travel_documents import DocumentRule
from planner.store import check_queries


def check(ctx: CheckContext) -> None:
    rules = ctx.travel.documents
    trips = [(d, r) for d in ctx.delegations
             if (r := rules.rule_for(str(d.origin), str(d.destination))) is not None]
    if not trips:
        return
    margin = timedelta(days=ctx.setting_int(MARGIN_SETTING, DEFAULT_MARGIN_DAYS))
    papers = check_queries.documents(ctx.session, {m.person_id for d, _r in trips for m in ctx.members[d.id]})
    for delegation, rule in trips:
        for member in ctx.members[delegation.id]:
            _member(ctx, delegation, rule, member, papers.get(member.person_id, []), margin)


def _member(ctx: CheckContext, delegation: Any, rule: DocumentRule, member: Any,
            papers: list[Any], margin: timedelta) -> None:
    labels, names = ctx.labels, ctx.travel.documents
    who = labels.person(member.person_id, member.name_en, member.name_zh)
    trip = labels.delegation(delegation)
    refs = [who, trip]
    base = {"person": who.label, "delegation": trip.label}
    held = [p for p in papers if str(p.doc_type) in rule.any_of]
    if not held:
        wanted = " / ".join(names.name(t, ctx.locale) for t in rule.any_of)
        ctx.add(Severity.ERROR, "document_missing", refs, **base, document=wanted)
        return
    returns = delegation.end_date
    best = max(held, key=lambda p: p.expiry or date.min)
    document = names.name(str(best.doc_type), ctx.locale)
    if best.expiry is None:
        ctx.add(Severity.WARNING, "document_expiry_unknown", refs, **base, document=document)
    else:
        _expiry(ctx, refs, base, "document", document, best.expiry, returns, margin)
    if rule.endorsement:
        _endorsement(ctx, refs, base, held, returns, margin)


def _endorsement(ctx: CheckContext, refs: list[ItemRef], base: dict[str, str], held: list[Any],
                 returns: date, margin: timedelta) -> None:
    usable = [p for p in held if p.endorsement_expiry is not None and
              (p.endorsement_entries is None or p.endorsement_entries > 0)]
    name = ctx.travel.documents.endorsement_name(str(held[0].doc_type), ctx.locale)
    if not usable:
        ctx.add(Severity.ERROR, "endorsement_missing", refs, **base, document=name)
        return
    best = max(usable, key=lambda p: p.endorsement_expiry)
    _expiry(ctx, refs, base, "endorsement", name, best.endorsement_expiry, returns, margin)


def _expiry(ctx: CheckContext, refs: list[ItemRef], base: dict[str, str], what: str, name: str,
            expiry: date, returns: date, margin: timedelta) -> None:
    params = {**base, "document": name, "expiry": expiry.isoformat(),
              "returns": returns.isoformat()}
    if expiry < returns:
        ctx.add(Severity.ERROR, f"{what}_expires_during_trip", refs, **params)
    elif expiry < returns + margin:
        ctx.add(Severity.WARNING, f"{what}_expires_soon", refs, **params, margin=margin.days)
