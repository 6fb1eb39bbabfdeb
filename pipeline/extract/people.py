"""People: named persons with the role and organisation the text gives, from
appositions ("X, Senior Project Manager of Y", "X (Cluster Manager)") and role words
before the name ("Wirtschaftsminister X"). Academic titles are kept out of the name.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.extract.entities import PERSON, DocumentEntities
from pipeline.extract.vocab import vocabulary
from pipeline.names import name_key

ROLE_AFTER = regex.compile(
    r"^[ \t]*(?:,|\(|–|-)[ \t]*(?P<role>[^,;:()\n„“”\"]{2,80}?)"
    r"(?:[ \t]+(?:of|at|for|from|der|des|bei|von|vom|im|am|an der|of the|at the|from the)[ \t]+"
    r"(?P<org>[^,;:()\n„“”\"]{2,90}?))?[ \t]*(?=[,;:)\n„“”\"]|\.(?:[ \t]|$)|$)")
ROLE_THEN_ORG = regex.compile(r"^(?P<role>(?:\S+[ \t]+){0,3}?\S+)[ \t]+(?P<org>\p{Lu}.*)$")
CLAUSE_BREAK = regex.compile(r"[.;:!?\n„“”\"()]|\b(?:and|und|sowie)\b")


@dataclass
class Person:
    name: str
    role: str | None
    organisation: str | None


def _has_role_word(text: str) -> bool:
    vocab = vocabulary()
    words = [w.casefold().strip(".,'’") for w in text.split()]
    joined = " ".join(words)
    return any(w in vocab.role_words for w in words) or any(
        " " in r and r in joined for r in vocab.role_words) or any(
        len(w) > 8 and any(w.endswith(r) for r in ("minister", "ministerin", "bürgermeister",
                                                     "direktor", "leiter", "leiterin", "manager"))
        for w in words)


def _organisation(found: DocumentEntities, text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip()
    entity = found.find(text)
    if entity is None:
        for candidate in found.entities:
            if candidate.label != PERSON and any(form in text for form in candidate.forms if len(form) > 3):
                entity = candidate
                break
    return entity.best_name() if entity else text


def _role_and_org(text: str, mention, found: DocumentEntities) -> tuple[str | None, str | None]:
    after = ROLE_AFTER.match(text[mention.end:mention.end + 200])
    if after and _has_role_word(after["role"]):
        role, org = after["role"].strip(), after["org"]
        if not org:
            split = ROLE_THEN_ORG.match(role)
            if split and not _has_role_word(split["org"]) and _has_role_word(split["role"]):
                role, org = split["role"], split["org"]
        return role, _organisation(found, org)
    return _role_before(text[max(0, mention.start - 90):mention.start]), None


def _role_before(before: str) -> str | None:
    """'The minister for Business and Knowledge, X', 'Federal Minister X',
    'Thüringens Wirtschaftsminister X': from the role word (with the capitalised words
    just before it) up to the name, within the same clause."""
    vocab = vocabulary()
    clause = CLAUSE_BREAK.split(before)[-1]
    words = clause.rstrip(" ,\t").split()
    if not words:
        return None
    role_at = None
    for i, word in enumerate(words):
        if _has_role_word(word):
            role_at = i
    if role_at is None or len(words) - role_at > 7:
        return None
    while role_at > 0 and words[role_at - 1][:1].isupper() and \
            words[role_at - 1].casefold() not in vocab.not_name_start and len(words) - role_at < 7:
        role_at -= 1
    return " ".join(words[role_at:]).strip(" ,") or None


def people(text: str, found: DocumentEntities) -> list[Person]:
    """One Person per distinct name; a lone surname repeating a full name joins it."""
    persons: dict[str, Person] = {}
    full_names: dict[str, str] = {}
    for mention in sorted((m for m in found.mentions if m.label == PERSON), key=lambda m: m.start):
        key = name_key(mention.text)
        surname = key.split()[-1] if key else ""
        if key in persons:
            person = persons[key]
        elif len(key.split()) == 1 and surname in full_names:
            person = persons[full_names[surname]]
        else:
            person = persons.setdefault(key, Person(mention.text, None, None))
            full_names.setdefault(surname, key)
        role, org = _role_and_org(text, mention, found)
        person.role = person.role or role
        person.organisation = person.organisation or org
    return list(persons.values())
