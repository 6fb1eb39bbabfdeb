"""Configuration: packaged defaults (config.toml) overlaid by the user's file.

The fingerprint of the configuration and of the rule files decides which documents
an incremental run must reprocess, so it is computed here, once per run. The rules
folder itself is bound in pipeline/ruleset.py (`rules.dir` here only names it).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from pipeline import __version__, ruleset

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CONFIG = PACKAGE_DIR / "config.toml"
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
            user = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config {candidate}: {exc}") from exc
        rules_dir = (user.get("rules") or {}).get("dir") if isinstance(user.get("rules"), dict) else None
        if rules_dir is not None and not isinstance(rules_dir, str):
            raise ConfigError(f"{candidate}: rules.dir must be a folder name (a string)")
        if rules_dir:  # relative to the config file that names it
            user["rules"]["dir"] = str((candidate.parent / Path(rules_dir).expanduser()).resolve())
        config = _merge(config, user)
    if int(config["ingest"]["max_bytes"]) <= 0:
        raise ConfigError("ingest.max_bytes must be positive")
    return config


def fingerprints(config: dict) -> dict[str, str]:
    """Fingerprint per language of everything that shapes a document's rows.

    A document is reprocessed when the fingerprint of its language changed: a new
    pipeline version, a changed config, or changed rules or model for that language
    (another language's model leaves it alone). The rules count by the content of the
    folder in use (`rules.dir` or the packaged one), not by where it is. Key ""
    covers documents that never reach language-specific stages (errors, skips).
    Raises ruleset.RuleError when the rules folder does not load.
    """
    models = (config.get("nlp", {}) or {}).get("models", {}) or {}
    shared = {**config, "nlp": {k: v for k, v in config.get("nlp", {}).items() if k != "models"}}
    shared.pop("rules", None)
    rules = ruleset.load(ruleset.folder_of(config))
    base = json.dumps({"version": __version__, "stored_format": STORED_FORMAT,
                       "config": shared}, sort_keys=True)
    prints = {"": hashlib.sha256(base.encode()).hexdigest()[:16]}
    for language in ("de", "en"):
        text = base + json.dumps(models.get(language, "")) + rules.digest(language)
        prints[language] = hashlib.sha256(text.encode()).hexdigest()[:16]
    return prints
