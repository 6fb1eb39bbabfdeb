"""Name normalisation shared by extraction, the entity registry and evaluation:
case folded, punctuation and legal-form suffixes removed, so that "Nordalb Network e.V."
and "Nordalb Network" compare equal.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline import ruleset


@lru_cache(maxsize=1)
def legal_forms() -> dict[str, str]:
    """Legal-form suffix -> org_type, from rules/legal_forms.toml."""
    data = ruleset.active().toml("legal_forms.toml")
    forms = {}
    for group in data["forms"]:
        for suffix in group["suffixes"]:
            forms.setdefault(suffix, group["type"])
    return forms


@lru_cache(maxsize=1)
def _legal_suffix_pattern() -> re.Pattern:
    keys = sorted({_fold(s) for s in legal_forms()}, key=len, reverse=True)
    alternatives = "|".join(re.escape(k) for k in keys if k)
    return re.compile(rf"(?:\s+(?:{alternatives}))+$")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ß", "ss").replace("&", " and ")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


@lru_cache(maxsize=131072)
def name_key(name: str) -> str:
    """Comparison key of a name: folded, no punctuation, no trailing legal form."""
    folded = _fold(name or "")
    stripped = _legal_suffix_pattern().sub("", folded).strip()
    return stripped or folded
