"""Configuration: packaged defaults (config.toml) overlaid by the user's file.

The fingerprint of the configuration and of the rule files decides which documents
an incremental run must reprocess, so it is computed here, once per run.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from pipeline import __version__

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CONFIG = PACKAGE_DIR / "config.toml"
RULES_DIR = PACKAGE_DIR / "rules"
USER_CONFIG_NAME = "pipeline.toml"
# Version of the stored per-document results (.cache/<doc_id>.json): part of the
# fingerprint, so results stored in an older shape are made again. 2: entity records.
STORED_FORMAT = 2


class ConfigError(ValueError):
    """A configuration file that cannot be read or has wrong values."""


def _merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_config(path: str | Path | None = None) -> dict:
    """Defaults, then ./pipeline.toml if present, then `path` if given."""
    config = tomllib.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    candidates = [Path(USER_CONFIG_NAME)] if path is None else [Path(path)]
    for candidate in candidates:
        if path is None and not candidate.is_file():
            continue
        try:
            config = _merge(config, tomllib.loads(candidate.read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config {candidate}: {exc}") from exc
    if int(config["ingest"]["max_bytes"]) <= 0:
        raise ConfigError("ingest.max_bytes must be positive")
    return config


def _rules_digest(language: str) -> str:
    """Hash of the rule files that apply to `language` (shared ones and its own)."""
    digest = hashlib.sha256()
    for rule_file in sorted(RULES_DIR.rglob("*")):
        if not rule_file.is_file():
            continue
        parts = rule_file.relative_to(RULES_DIR).parts
        if len(parts) > 1 and parts[0] in ("de", "en") and parts[0] != language:
            continue
        digest.update(str(rule_file.relative_to(RULES_DIR)).encode())
        digest.update(rule_file.read_bytes())
    return digest.hexdigest()


def fingerprints(config: dict) -> dict[str, str]:
    """Fingerprint per language of everything that shapes a document's rows.

    A document is reprocessed when the fingerprint of its language changed: a new
    pipeline version, a changed config, or changed rules or model for that language
    (another language's model leaves it alone). Key ""
    covers documents that never reach language-specific stages (errors, skips).
    """
    models = (config.get("nlp", {}) or {}).get("models", {}) or {}
    shared = {**config, "nlp": {k: v for k, v in config.get("nlp", {}).items() if k != "models"}}
    base = json.dumps({"version": __version__, "stored_format": STORED_FORMAT,
                       "config": shared}, sort_keys=True)
    prints = {"": hashlib.sha256(base.encode()).hexdigest()[:16]}
    for language in ("de", "en"):
        text = base + json.dumps(models.get(language, "")) + _rules_digest(language)
        prints[language] = hashlib.sha256(text.encode()).hexdigest()[:16]
    return prints
