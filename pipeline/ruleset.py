"""The rule set: one folder of rule files, loaded once and checked against a schema.

The packaged folder `pipeline/rules/` is the default; a run may use a user's copy
(`python -m pipeline run --rules DIR`, or `rules.dir` in the config; `python -m pipeline
rules export DIR` writes the packaged files as a starting point). This module is the one
place that binds the folder: every stage reads its rule files through `active()`, and
`use(folder)` makes a folder the active one for the process (the run does so in every
process that handles documents, from the config it is given).

A folder is read once per process (`load`): every file is parsed and checked against
its schema below, so a misspelt key, a tier id other than bronze/silver/gold or an
org_type that does not exist stops the run before the first document, as a `RuleError`
that names the file and, where known, the line. What stages build from the rules
(compiled patterns, word sets, spaCy pipelines) is cached in functools caches in their
modules; switching to another folder clears those caches, so nothing built from one
rule set is used with another.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from pipeline.schemas import DATE_ROLES, ORG_TYPES, TIERS

PACKAGED_DIR = Path(__file__).resolve().parent / "rules"
LANGUAGES = ("de", "en")  # rule subfolders for what differs by language
README = "README.md"
PATTERN_SUFFIX = ".jsonl"
GAZETTEER = "gazetteer.toml"
TIERS_FILE = "tiers.jsonl"
TIER_LABEL = "TIER"


class RuleError(ValueError):
    """A rule file that cannot be read or fails its schema: one line naming the file
    (and the line where known)."""

    def __init__(self, path, message: str, line: int | None = None):
        self.path, self.line, self.message = Path(path), line, message
        where = f"{self.path}:{line}" if line else f"{self.path}"
        super().__init__(f"rule file {where}: {message}")


# --------------------------------------------------------------------------- schemas
# A schema is a leaf type (str, int, float, bool), a `Choice` of strings, `[schema]`
# (a list of such values), a `Table` (fixed keys) or a `Mapping` (keys free or from a
# set, values of one schema). `[Table(...)]` is TOML's array of tables ([[name]]).

@dataclass(frozen=True)
class Table:
    fields: dict
    optional: frozenset = frozenset()


@dataclass(frozen=True)
class Mapping:
    values: object
    keys: tuple | None = None  # None: any key


@dataclass(frozen=True)
class Choice:
    values: tuple
    what: str


@dataclass(frozen=True)
class Regex:
    """A string that is a regular expression (Python's re)."""


def _table(optional=(), **fields) -> Table:
    return Table(fields, frozenset(optional))


WORDS = [str]
ORG_TYPE = Choice(ORG_TYPES, "org_type")

GAZETTEER_SCHEMA = _table(
    optional=("programme", "organisation"),
    programme=[_table(optional=("acronym", "forms", "awards_labels"), canonical=str, acronym=str,
                      forms=WORDS, awards_labels=bool)],
    organisation=[_table(optional=("acronym", "forms", "awards_labels", "also_a_place"), canonical=str,
                         acronym=str, forms=WORDS, type=ORG_TYPE, awards_labels=bool, also_a_place=bool)])

TOML_SCHEMAS = {
    GAZETTEER: GAZETTEER_SCHEMA,
    "legal_forms.toml": _table(forms=[_table(type=ORG_TYPE, suffixes=WORDS)]),
    "vocabulary.toml": _table(
        cluster=_table(heads=WORDS, introducers=WORDS, strip_before_name=WORDS, list_nouns=WORDS,
                       description_determiners=WORDS, network_heads=WORDS, network_nouns=WORDS, project_network_nouns=WORDS,
                       generic_adjectives=WORDS, not_cluster_words=WORDS, part_nouns=WORDS,
                       firm_heads=WORDS, thing_heads=WORDS, event_heads=WORDS, management_nouns=WORDS, managed_by=WORDS, management_fields=WORDS,
                       managed_by_participles=WORDS, wrapper_before=WORDS, runs_the_cluster_verbs=WORDS,
                       runs_the_cluster_objects=WORDS, cluster_management_before=WORDS, brand_introducers=WORDS,
                       wrapper_after=WORDS, acting_network_words=WORDS, plural_verbs=WORDS,
                       nationality_adjectives=WORDS, short_compound_heads=WORDS, grid_fields=WORDS),
        organisation=_table(heads=Mapping(WORDS, ORG_TYPES),
                            list_introducers=Mapping(WORDS, ORG_TYPES + ("programme",)),
                            example_nouns=Mapping(WORDS, ORG_TYPES), apposition_nouns=Mapping(WORDS, ORG_TYPES), example_markers=WORDS, company_compound_heads=WORDS, company_fields=WORDS,
                            description_heads=WORDS, description_links=WORDS,
                            adjective_body_heads=WORDS, state_nouns=WORDS, descriptor_endings=WORDS,
                            legal_form_prefixes=WORDS, home_legal_forms=WORDS),
        names=_table(connectors=WORDS, elisions=WORDS, not_name_start=WORDS, surname_time_words=WORDS, headline_verbs=WORDS,
                     not_body_words=WORDS, generic_nouns=WORDS, prize_heads=WORDS,
                     cuts=_table(label_nouns=WORDS, label_for=WORDS, located_endings=WORDS,
                                 truncation_conjunctions=WORDS, role_conjunctions=WORDS, titles=WORDS,
                                 project_compound_endings=WORDS, brand_heads=WORDS, articles=WORDS,
                                 state_genitives=WORDS, site_sections=WORDS, time_words=WORDS, after_dateline=WORDS,
                                 amount_units=WORDS, item_code_prefixes=WORDS),
                     brands=_table(apposition_articles=WORDS, young_company_nouns=WORDS),
                     growth=_table(subject_prepositions=WORDS, enumeration_conjunctions=WORDS,
                                   portfolio_words=WORDS, agency_heads=WORDS, agency_prepositions=WORDS,
                                   lower_case_heads=WORDS, town_nouns=WORDS,
                                   lower_case_cluster_heads=WORDS, foreign_name_connectors=WORDS,
                                   seat_heads=WORDS),
                     coordination=_table(head_conjunctions=WORDS, articles=WORDS, always_split=WORDS,
                                         purpose_conjunctions=WORDS, name_conjunctions=WORDS,
                                         person_conjunctions=WORDS, collective_nouns=WORDS, firm_partners=WORDS),
                     parts=_table(genitive_words=WORDS, leading_articles=WORDS),
                     institutes=_table(heads=WORDS, head_prepositions=WORDS, inner_words=WORDS)),
        places=_table(area_nouns=WORDS, region_modifiers=WORDS, names=WORDS),
        people=_table(titles=WORDS, credit_markers=Mapping(str), role_copulas=WORDS, role_words=WORDS, role_endings=WORDS, not_roles=WORDS,
                      also_first_names=WORDS, conjunctions=WORDS, minister_prefixes=WORDS,
                      ministry=_table(words=WORDS, federal_prefixes=WORDS, federal_words=WORDS),
                      before_org=_table(role_after=WORDS, role_before_body=WORDS,
                                        role_before_body_articles=WORDS, role_running_on=WORDS,
                                        affiliation=WORDS, appointed=WORDS, next_group=WORDS),
                      board=_table(articles=WORDS, modifiers=WORDS, nouns=WORDS, prepositions=WORDS),
                      copula_role=_table(copulas=WORDS, articles=WORDS, prepositions=WORDS),
                      role_taken=_table(verbs=WORDS, modifiers=WORDS, stops=WORDS),
                      generic_org=_table(articles=WORDS, nouns=WORDS, own_words=WORDS),
                      appointment=_table(de_prepositions=WORDS, de_new=WORDS, de_verbs=WORDS,
                                         en_auxiliaries=WORDS, en_verbs=WORDS, en_new=WORDS),
                      relative=_table(pronouns=WORDS, lead_in_pronouns=WORDS, lead_in_words=WORDS,
                                      articles=WORDS),
                      own_cluster=_table(role_stems=WORDS, not_role_stems=WORDS),
                      speech=_table(verbs_name_before=WORDS, verbs=WORDS),
                      byline=_table(verbs=WORDS, by=WORDS, roles=WORDS, titles=WORDS),
                      name_lists=_table(titles=WORDS, forms_of_address=WORDS,
                                        next_group_titles=WORDS, shared_org_words=WORDS)),
        tiers=_table(date_nouns=WORDS, date_prepositions=WORDS, date_adverbs=WORDS, recipient_nouns=WORDS,
                     recipient_words=WORDS, recipient_passives=WORDS,
                     recipient_articles=WORDS, history_header_words=WORDS),
        programme=_table(heads=WORDS, introducers=WORDS, quoted_name_words=WORDS, naming_words=WORDS,
                         plural_heads=WORDS, list_conjunctions=WORDS, apposition_articles=WORDS,
                         apposition_heads=WORDS, quoted_apposition_articles=WORDS, quoted_apposition_heads=WORDS, end_heads=WORDS, not_call_code_prefixes=WORDS,
                         partnership_scopes=WORDS, partnership_heads=WORDS,
                         funding_phrases=WORDS, funding_articles=WORDS,
                         project_start_phrases=WORDS, project_start_closing=WORDS,
                         fund_acronyms=WORDS, fund_programme_words=WORDS, fund_programme_prepositions=WORDS, cross_border_heads=WORDS,
                         one_of_phrases=WORDS, one_of_heads=WORDS, type_nouns=WORDS, instrument_heads=WORDS,
                         not_prizes=WORDS),
        context=_table(subject_verbs=WORDS, de_subject_verbs=WORDS, subject_adverbs=WORDS,
                       clause_openers=WORDS, apposition_determiners=WORDS, predicate_copulas=WORDS,
                       predicate_determiners=WORDS, predicate_nouns=WORDS, predicate_membership_words=WORDS, predicate_compound_nouns=WORDS, apposition_ends=WORDS, possessives=WORDS,
                       programme_apposition_nouns=WORDS, programme_nouns=WORDS,
                       not_subject_endings=WORDS, list_subject_verbs=WORDS, headline_award_verbs=WORDS,
                       agent_phrases=WORDS, congratulate_verbs=WORDS, company_nouns=WORDS, company_noun_endings=WORDS, plural_cluster_nouns=WORDS, company_noun_articles=WORDS, company_after=WORDS, host_phrases=WORDS, host_articles=WORDS, affiliation_prepositions=WORDS, cluster_role_parts=WORDS, located_prepositions=WORDS, located_not_after=WORDS,
                       common_noun_endings=WORDS, adverb_endings=WORDS, place_before=WORDS, recipient_phrases=WORDS,
                       where_before=WORDS, member_nouns=WORDS, member_verbs=WORDS, member_list_nouns=WORDS,
                       recipient_markers=WORDS, label_for=WORDS, agent_articles=WORDS,
                       company_articles=WORDS, label_for_nouns=WORDS, label_for_articles=WORDS,
                       cluster_name_articles=WORDS, cluster_anaphors=WORDS, holder_nouns=WORDS, place_field_keys=WORDS, employer_prepositions=WORDS,
                       employer_articles=WORDS, de_opening_adverbs=WORDS, de_inverted_subject_verbs=WORDS,
                       single_recipient_before=WORDS, single_recipient_after=WORDS,
                       predicate_continuations=WORDS, apposition_continuations=WORDS,
                       relative_articles=WORDS, region_words=WORDS, initiative_nouns=WORDS, modifier_nouns=WORDS,
                       not_item_words=WORDS, cluster_role_nouns=WORDS, cluster_role_prepositions=WORDS,
                       cluster_member_nouns=WORDS, project_nouns=WORDS),
        coreference=_table(articles=WORDS, next_item_conjunctions=WORDS, next_item_comma_articles=WORDS,
                           adjective_stem_endings=WORDS, head_articles=WORDS, apposition_articles=WORDS,
                           language_words=WORDS, programme_levels=WORDS),
        lists=_table(conjunctions=WORDS, example_conjunctions=WORDS, comma_conjunctions=WORDS, item_articles=WORDS, item_prepositions=WORDS,
                     cluster_item_articles=WORDS, item_origin_prepositions=WORDS, place_particles=WORDS,
                     item_origin_articles=WORDS, first_item_articles=WORDS, opening_articles=WORDS,
                     last_item_conjunctions=WORDS, last_item_verbs=WORDS, cluster_nouns=WORDS,
                     cluster_such_as=WORDS, cluster_noun_determiners=WORDS, plural_heads_in_chunk=WORDS,
                     acronym_list_words=WORDS, selection_words=WORDS, selection_other_nouns=WORDS, cluster_column_heads=WORDS, management_column_heads=WORDS, project_column_heads=WORDS, project_title_keys=WORDS, project_acronym_keys=WORDS, programme_column_heads=WORDS, project_list_words=WORDS, member_column_heads=WORDS, member_list_words=WORDS, supporter_headings=WORDS, cluster_counts=WORDS, cluster_among=WORDS,
                     other_item_nouns=WORDS, kind_examples=WORDS)),
    "dates.toml": _table(
        months=_table(by_month=[WORDS]),
        weekdays=_table(index=Mapping(int)),
        years=_table(cue_words=WORDS, name_words=WORDS, count_word_endings=WORDS,
                     count_words_before=WORDS, street_endings=WORDS, street_words=WORDS),
        issue=_table(optional=("stamp_words",), words=WORDS, stamp_words=WORDS),
        published=_table(before=WORDS, max_gap=int, after=WORDS, line_start=WORDS,
                         line_start_max_words=int, head_lines=int, head_max_chars=int,
                         foot_lines=int, separators=WORDS, field_keys=WORDS, not_before=WORDS),
        roles=_table(priority=[Choice(DATE_ROLES, "date role")], max_distance=int,
                     clause_words=WORDS,
                     valid_until=_table(validity=WORDS, until=WORDS, words=WORDS),
                     awarded=_table(words=WORDS, weak_words=WORDS, intent_words=WORDS,
                                    label_words=WORDS),
                     founded=_table(optional=("not_words",), words=WORDS, since=WORDS, existence=WORDS,
                                    not_words=WORDS),
                     event=_table(words=WORDS, on_words=WORDS, audit_before=WORDS, reference_before=WORDS))),
    "language.toml": _table(
        fast_path=_table(min_words=int, min_share=float, min_purity=float),
        function_words=Mapping(WORDS),
        other_languages=_table(words=WORDS)),
    "boilerplate.toml": _table(
        optional=("title", "html"),
        lines=_table(optional=("max_chars",), max_chars=int, patterns=[Regex()]),
        title=_table(optional=("not_a_title",), not_a_title=[Regex()]),
        html=_table(optional=("chrome_max_chars", "chrome_names"), chrome_max_chars=int,
                    chrome_names=[Regex()])),
}
# Files a language subfolder may hold: pattern files and a gazetteer of its own.
LANGUAGE_FILES = (GAZETTEER,)
PATTERN_KEYS = ("label", "pattern", "id")

def _words_on_two_lists(data: dict) -> str | None:
    """language.toml: a word may count for one language only."""
    owner: dict[str, str] = {}
    lists = sorted(data["function_words"].items()) + [("other_languages", data["other_languages"]["words"])]
    for name, words in lists:
        for word in words:
            if owner.setdefault(word.lower(), name) != name:
                return f"{word!r} is on two lists ({owner[word.lower()]}, {name})"
    return None


# Checks across the keys of a file, after its schema.
CROSS_CHECKS = {"language.toml": _words_on_two_lists}
# The categories of labels.toml's rules (pipeline.extract.label_rules reads them).
LABEL_CATEGORIES = ("label_context", "award", "intended_award", "hold", "renewal", "since", "generic", "plural_relative", "one_of_kind", "negation",
                    "clause_break", "anaphor_determiner", "anaphor_noun", "anaphor_pronoun",
                    "anaphor_demonstrative", "anaphor_speaker",
                    "label_word", "scheme_separator", "count", "own_label_determiner", "plural_subject",
                    "other_prize", "prize_before", "rating_system", "contrast_break", "announces_list",
                    "passive_award", "other_party", "renewal_told", "held_since_told", "denied_award", "counted_labels", "same_time",
                    "plural_anaphor", "round_completed", "counted_recipients", "other_certificate", "date_field_key")
TOML_SCHEMAS["labels.toml"] = _table(
    rule=[_table(category=Choice(LABEL_CATEGORIES, "label rule category"), patterns=[Regex()])])

_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


class _Problem(Exception):
    def __init__(self, where: tuple, message: str):
        super().__init__(message)
        self.where, self.message = where, message


def _describe(where: tuple) -> str:
    return "".join(f"[{p + 1}]" if isinstance(p, int) else (f".{p}" if i else p)
                   for i, p in enumerate(where))


def _check(value, schema, where: tuple = ()) -> None:
    """Raise _Problem where `value` does not fit `schema`."""
    if isinstance(schema, Table):
        if not isinstance(value, dict):
            raise _Problem(where, "must be a table")
        for key in value:
            if key not in schema.fields:
                raise _Problem(where + (key,), f"unknown key {key!r} (known: "
                                               f"{', '.join(schema.fields)})")
        for key, inner in schema.fields.items():
            if key in value:
                _check(value[key], inner, where + (key,))
            elif key not in schema.optional:
                raise _Problem(where, f"missing key {key!r}")
    elif isinstance(schema, Mapping):
        if not isinstance(value, dict):
            raise _Problem(where, "must be a table")
        for key, inner in value.items():
            if schema.keys is not None and key not in schema.keys:
                raise _Problem(where + (key,), f"unknown key {key!r} (known: "
                                               f"{', '.join(schema.keys)})")
            _check(inner, schema.values, where + (key,))
    elif isinstance(schema, list):
        if not isinstance(value, list):
            raise _Problem(where, "must be a list")
        for index, item in enumerate(value):
            _check(item, schema[0], where + (index,))
    elif isinstance(schema, Choice):
        if value not in schema.values:
            article = "an" if schema.what[:1] in "aeiou" else "a"
            raise _Problem(where, f"{value!r} is not {article} {schema.what} "
                                  f"(one of {', '.join(schema.values)})")
    elif isinstance(schema, Regex):
        if not isinstance(value, str):
            raise _Problem(where, "must be a string")
        try:
            re.compile(value)
        except re.error as exc:
            raise _Problem(where, f"not a valid regular expression: {exc}") from exc
    else:
        ok = (isinstance(value, schema) and not (schema is int and isinstance(value, bool))
              or schema is float and isinstance(value, int) and not isinstance(value, bool))
        if not ok:
            raise _Problem(where, f"must be {_TYPE_NAMES[schema]}")


def _toml_line(text: str, where: tuple) -> int | None:
    """Best effort: the line of `text` where the value at `where` is written."""
    lines = text.splitlines()
    position, table = 0, []
    for part in where:
        if isinstance(part, int):
            header = re.compile(r"^\s*\[\[\s*" + re.escape(".".join(table)) + r"\s*\]\]")
            seen = -1
            for number in range(position, len(lines)):
                if header.match(lines[number]):
                    seen += 1
                    if seen == part:
                        position = number
                        break
            else:  # an item of a plain list: the line of its key
                return position + 1
            continue
        table.append(part)
        key = re.compile(r"^\s*(?:\[+\s*(?:[\w.-]+\.)?)?[\"']?" + re.escape(part) + r"[\"']?\s*(?:=|\]|\.)")
        for number in range(position, len(lines)):
            if key.match(lines[number]):
                position = number
                break
        else:
            return None
    return position + 1


def _check_pattern(pattern, path: Path, line: int) -> None:
    if not isinstance(pattern, dict):
        raise RuleError(path, "a pattern must be a JSON object", line)
    for key in pattern:
        if key not in PATTERN_KEYS:
            raise RuleError(path, f"unknown key {key!r} (known: {', '.join(PATTERN_KEYS)})", line)
    if not isinstance(pattern.get("label"), str) or not pattern["label"]:
        raise RuleError(path, "missing or empty 'label'", line)
    value = pattern.get("pattern")
    if not (isinstance(value, str) and value.strip()) and not (
            isinstance(value, list) and value and all(isinstance(t, dict) for t in value)):
        raise RuleError(path, "'pattern' must be a phrase or a list of token objects", line)
    if "id" in pattern and not isinstance(pattern["id"], str):
        raise RuleError(path, "'id' must be a string", line)
    if pattern["label"] == TIER_LABEL and pattern.get("id") not in TIERS:
        raise RuleError(path, f"tier id {pattern.get('id')!r} is not one of {', '.join(TIERS)}", line)


# --------------------------------------------------------------------------- the rule set

class RuleSet:
    """Every rule file of one folder, parsed and checked."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._toml: dict[str, dict] = {}        # relative path -> parsed TOML
        self._patterns: dict[str, list] = {}    # relative path -> pattern dicts
        self._bytes: dict[str, bytes] = {}      # relative path -> content, for the digest
        self._awarding: frozenset | None = None
        self._read()

    # ---------------------------------------------------------------- reading
    def _read(self) -> None:
        folder = self.folder
        if not folder.is_dir():
            raise RuleError(folder, "rules folder not found")
        present = set()
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if any(part.startswith(".") for part in relative.parts) or path.is_dir():
                continue
            name = relative.as_posix()
            present.add(name)
            if relative.name == README:
                continue
            if len(relative.parts) == 2 and relative.parts[0] in LANGUAGES:
                allowed = relative.suffix == PATTERN_SUFFIX or relative.name in LANGUAGE_FILES
            else:
                allowed = len(relative.parts) == 1 and (relative.suffix == PATTERN_SUFFIX
                                                        or relative.name in TOML_SCHEMAS)
            if not allowed:
                raise RuleError(path, "not a rule file this pipeline reads (shared: "
                                      f"{', '.join(TOML_SCHEMAS)}, *.jsonl; per language "
                                      f"{'/, '.join(LANGUAGES)}/: {', '.join(LANGUAGE_FILES)}, *.jsonl)")
            try:
                data = path.read_bytes()
                text = data.decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise RuleError(path, f"cannot be read: {exc}") from exc
            self._bytes[name] = data
            if relative.suffix == PATTERN_SUFFIX:
                self._patterns[name] = self._read_patterns(path, text)
            else:
                self._toml[name] = self._read_toml(path, text, TOML_SCHEMAS[relative.name])
                check = CROSS_CHECKS.get(relative.name)
                problem = check(self._toml[name]) if check else None
                if problem:
                    raise RuleError(path, problem)
        for name in TOML_SCHEMAS:
            if name not in present:
                raise RuleError(folder / name, "missing (every rule set needs it; "
                                               "`python -m pipeline rules export DIR` writes all)")

    @staticmethod
    def _read_toml(path: Path, text: str, schema) -> dict:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            at = re.search(r"\(at line (\d+), column \d+\)", message)
            raise RuleError(path, f"not valid TOML: {message}",
                            int(at.group(1)) if at else None) from exc
        try:
            _check(data, schema)
        except _Problem as problem:
            where = _describe(problem.where)
            raise RuleError(path, f"{where + ': ' if where else ''}{problem.message}",
                            _toml_line(text, problem.where)) from None
        return data

    @staticmethod
    def _read_patterns(path: Path, text: str) -> list[dict]:
        patterns = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                pattern = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RuleError(path, f"not valid JSON ({exc.msg}; one JSON object a line, "
                                      f"no comments: see README.md)", number) from None
            _check_pattern(pattern, path, number)
            patterns.append(pattern)
        return patterns

    # ---------------------------------------------------------------- access
    def toml(self, name: str) -> dict:
        """A shared TOML rule file, parsed ('vocabulary.toml')."""
        return self._toml[name]

    def patterns(self, language: str) -> list[dict]:
        """The spaCy patterns of the shared *.jsonl files, then the language's own, each
        file's in its order (copies: a SpanRuler may keep what it is given)."""
        names = sorted(n for n in self._patterns if "/" not in n)
        names += sorted(n for n in self._patterns if n.startswith(f"{language}/"))
        return [dict(p) for n in names for p in self._patterns[n]]

    def gazetteer(self, language: str | None = None) -> dict[str, list[dict]]:
        """Gazetteer entries by kind ('programme', 'organisation'): the shared file's,
        then those of `language`'s subfolder (of every language when None)."""
        names = [GAZETTEER] + [f"{lang}/{GAZETTEER}" for lang in LANGUAGES
                               if language in (None, lang)]
        out: dict[str, list[dict]] = {"programme": [], "organisation": []}
        for name in names:
            for kind in out:
                out[kind].extend(self._toml.get(name, {}).get(kind, []))
        return out

    def awarding_bodies(self) -> frozenset[str]:
        """Canonical names of the gazetteer's bodies that award labels."""
        if self._awarding is None:
            self._awarding = frozenset(e["canonical"] for entries in self.gazetteer().values()
                                       for e in entries if e.get("awards_labels"))
        return self._awarding

    def digest(self, language: str) -> str:
        """Hash of the rule files that apply to `language` (shared ones and its own),
        README files aside: what decides whether its documents are processed again."""
        digest = hashlib.sha256()
        for name in sorted(self._bytes):
            parts = name.split("/")
            if len(parts) > 1 and parts[0] != language:
                continue
            digest.update(name.encode())
            digest.update(self._bytes[name])
        return digest.hexdigest()


_LOADED: dict[Path, RuleSet] = {}
_ACTIVE: list = [PACKAGED_DIR, None]  # the active folder, and its RuleSet once loaded


def resolve(folder=None) -> Path:
    return PACKAGED_DIR if folder in (None, "") else Path(folder).expanduser().resolve()


def load(folder=None) -> RuleSet:
    """The checked rule set of `folder` (the packaged one when None), read once."""
    folder = resolve(folder)
    if folder not in _LOADED:
        _LOADED[folder] = RuleSet(folder)
    return _LOADED[folder]


def folder_of(config: dict) -> Path:
    """The rules folder a config names (`rules.dir`), else the packaged one."""
    return resolve((config.get("rules") or {}).get("dir") or None)


def use(folder=None) -> RuleSet:
    """Make `folder` the rule set of this process; what was built from another rule set
    is dropped."""
    rule_set = load(folder)
    if rule_set is not _ACTIVE[1]:
        changed = rule_set.folder != _ACTIVE[0] or _ACTIVE[1] is not None
        _ACTIVE[0], _ACTIVE[1] = rule_set.folder, rule_set
        if changed:
            clear_derived()
    return rule_set


def active() -> RuleSet:
    """The rule set in use in this process (cheap: stages call it freely)."""
    rule_set = _ACTIVE[1]
    if rule_set is None:
        rule_set = _ACTIVE[1] = load(_ACTIVE[0])
    return rule_set


def active_folder() -> Path:
    return _ACTIVE[0]


def clear_derived() -> None:
    """Clear every functools cache of the pipeline's modules: they hold what was built
    from the rules (patterns, word sets, pipelines) or computed with them."""
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "pipeline" or name.startswith("pipeline.")):
            continue
        for value in list(vars(module).values()):
            if callable(value) and hasattr(value, "cache_clear") and hasattr(value, "cache_info"):
                value.cache_clear()


def refresh(folder=None) -> RuleSet:
    """Read `folder` again (a run starts with this: its files may have changed since
    this process last read them); what was built from an older read is dropped."""
    folder = resolve(folder)
    fresh = RuleSet(folder)
    old = _LOADED.get(folder)
    if old is None or old._bytes != fresh._bytes:
        _LOADED[folder] = fresh
        if old is not None and old is _ACTIVE[1]:
            _ACTIVE[1] = fresh
            clear_derived()
    return _LOADED[folder]


def export(target) -> list[Path]:
    """Copy the packaged rule files into `target` (created; files already there are not
    overwritten: RuleError). Returns the files written."""
    target = Path(target)
    sources = [p for p in sorted(PACKAGED_DIR.rglob("*"))
               if p.is_file() and not any(part.startswith(".") or part == "__pycache__"
                                          for part in p.relative_to(PACKAGED_DIR).parts)]
    existing = [target / p.relative_to(PACKAGED_DIR) for p in sources
                if (target / p.relative_to(PACKAGED_DIR)).exists()]
    if existing:
        raise RuleError(existing[0], "already exists; export into a new or empty folder")
    written = []
    for source in sources:
        destination = target / source.relative_to(PACKAGED_DIR)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        written.append(destination)
    return written
