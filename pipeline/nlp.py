"""Stage 4, nlp: one spaCy pipeline per language, built once per process.

Base: the installed statistical model named in the config for that language, else
spacy.blank(lang). Then sentence splitting (unless the base has a parser or senter)
and a SpanRuler whose patterns are the JSONL files of the rule set (pipeline.ruleset)
and its <lang>/ subfolder, and the gazetteer's forms. Spans land in doc.spans["rules"];
overlapping spans are kept there and resolved by the extract stage, whose components
(pipeline.extract.components) the pipeline runs next.
"""
from __future__ import annotations

import bisect
import gc
import logging
import re
import warnings
from functools import lru_cache
from pathlib import Path

from pipeline import ruleset

log = logging.getLogger(__name__)
RULES_SPANS_KEY = "rules"
# The text a Doc was made from, kept in its user_data: the tokenizer keeps every character,
# so it is doc.text, which spaCy would otherwise join again from the tokens (about 1 % of a
# run's time).
SOURCE_TEXT_KEY = "source_text"
# spaCy warns on every call of a SpanRuler without patterns (a language with no rule
# files yet); that is a valid state here, not worth a line per document on stderr.
warnings.filterwarnings("ignore", message=r"\[W036\]")


def load_patterns(language: str) -> list[dict]:
    """The rule set's JSONL patterns for `language`: shared files, then its own."""
    return ruleset.active().patterns(language)


GAZETTEER_LABELS = {"programme": "PROGRAMME", "organisation": "ORG"}
# Split hyphenated and quoted compounds ("ESCP-4X-Partnerschaften", "„go-cluster“-Mitglieder")
# the same way in both languages, so a gazetteer form matches inside a compound.
EXTRA_INFIXES = (r"(?<=[\w”“\"'’)])[-–](?=[\w„“\"(])", r"[„“”‚‘«»\"]")


def gazetteer_id(kind: str, canonical: str) -> str:
    """Pattern id carrying the entity's kind and canonical name: 'programme::COSME'."""
    return f"{kind}::{canonical}"


def gazetteer_patterns(language: str | None = None) -> list[dict]:
    """SpanRuler phrase patterns from the rule set's gazetteer.toml (and that of
    `language`'s subfolder): every form, matched case-insensitively."""
    data = ruleset.active().gazetteer(language)
    patterns = []
    for kind, label in GAZETTEER_LABELS.items():
        for entry in data.get(kind, []):
            pattern_id = gazetteer_id(kind, entry["canonical"])
            for form in _with_hyphenated([entry["canonical"], *entry.get("forms", [])]):
                patterns.append({"label": label, "pattern": form, "id": pattern_id})
    return patterns


def acronym_patterns(language: str | None = None) -> list[dict]:
    """Phrase patterns of the gazetteer's acronyms, for a ruler that matches them as
    written (so 'CIP' does not match 'cip' in running text). A phrase matcher on ORTH
    costs next to nothing per token; one token pattern per acronym was tried at every
    token of every document."""
    data = ruleset.active().gazetteer(language)
    return [{"label": label, "pattern": entry["acronym"], "id": gazetteer_id(kind, entry["canonical"])}
            for kind, label in GAZETTEER_LABELS.items() for entry in data.get(kind, [])
            if entry.get("acronym")]


def _with_hyphenated(forms: list[str]) -> list[str]:
    """Each form, and its hyphen-joined variant as German compounds write it
    ('Horizon-Europe-Projekt', 'Horizon-Europe-Cluster 6': a number after it stays apart)."""
    out = []
    for form in forms:
        out.append(form)
        words = form.split()
        if words[-1].isdigit():
            words, number = words[:-1], " " + words[-1]
        else:
            number = ""
        if 2 <= len(words) <= 3:
            out.append("-".join(words) + number)
    return list(dict.fromkeys(out))


# A run of this many characters without a space is one token, not split further: spaCy
# strips prefixes and suffixes one at a time, quadratic on a long run of punctuation
# ("(" * 4,000: 1.6 s; a 1 MB line: days). No word of a press release is that long.
LONG_RUN = re.compile(r"\S{1000}")


def customise_tokenizer(nlp) -> None:
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + list(EXTRA_INFIXES)
    infix_finditer = compile_infix_regex(infixes).finditer
    own = nlp.tokenizer.token_match
    token_match = LONG_RUN.match if own is None else lambda string: LONG_RUN.match(string) or own(string)
    if type(nlp.tokenizer) is Tokenizer:
        nlp.tokenizer = _with_matchers(nlp.tokenizer, infix_finditer, token_match)
    else:  # some other tokenizer class: its own setters
        nlp.tokenizer.infix_finditer = infix_finditer
        nlp.tokenizer.token_match = token_match


def _with_matchers(tokenizer, infix_finditer, token_match):
    """A copy of a spaCy Tokenizer with other infixes and token_match. Built anew with all
    its settings: each of the two setters reloads every special case of the language (a
    fifth of the time it takes to build a pipeline), the constructor loads them once."""
    from spacy.tokenizer import Tokenizer

    return Tokenizer(tokenizer.vocab, rules=tokenizer.rules, prefix_search=tokenizer.prefix_search,
                     suffix_search=tokenizer.suffix_search, infix_finditer=infix_finditer,
                     token_match=token_match, url_match=tokenizer.url_match,
                     faster_heuristics=tokenizer.faster_heuristics, max_cache_size=tokenizer.max_cache_size)


# A date that ends a sentence, with its period: '2025.', '17.10.2021.' (one token each), and
# the day of an ISO date ('2021-10-17.' is the tokens '2021', '-', '10', '-', '17.').
DATE_WITH_PERIOD = re.compile(r"(?:\d{1,2}\.\d{1,2}\.)?(?:19|20)\d\d\.")
ISO_DAY_WITH_PERIOD = re.compile(r"\d\d\.")
ISO_YEAR = re.compile(r"(?:19|20)\d\d")


def _ends_iso_date(texts: list[str], spaces: list[int], index: int) -> bool:
    """Whether the token at `index` is the day of an ISO date, with a period ('2021-10-17.')."""
    return index >= 4 and ISO_DAY_WITH_PERIOD.fullmatch(texts[index]) is not None \
        and texts[index - 1] == "-" and texts[index - 3] == "-" and texts[index - 2].isdigit() \
        and ISO_YEAR.fullmatch(texts[index - 4]) is not None and not any(spaces[index - 4:index])


CLOSING_QUOTES = {'"', "“", "”", "»", "«", "'", "’"}


@lru_cache(maxsize=1)
def _closing_legal_forms() -> frozenset:
    """Legal forms as the tokenizer keeps them at the end of a sentence: with a period."""
    from pipeline.names import legal_forms

    return frozenset(f if f.endswith(".") else f + "." for f in legal_forms())


def sentence_count(doc) -> int:
    """How many sentences `doc.sents` yields, counted from the SENT_START array (a sentence
    opens at the first token and at every later one whose sent_start is 1) without a Span
    and Token objects per sentence."""
    from spacy.attrs import SENT_START

    if len(doc) == 0:
        return 0
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return sum(1 for _ in doc.sents)
    return int((doc.to_array(SENT_START)[1:] == 1).sum()) + 1


def _line_breaks(doc):
    """A line break ends a sentence: headlines, datelines, list items and contact
    lines carry no final period, and must not run into the next sentence. So does a
    legal form at the end of a sentence ('... GmbH. Seit ...'), which the tokenizer
    keeps as one abbreviation token. A period between two words without a space is part
    of a name ('Bau.Energie.Umwelt Cluster'), no sentence end. A quoted title ending in '!' does not end one ('„Gemeinsam
    stark!“ positiv evaluiert'). One pass over the tokens, each read once (only a token
    after a line break, a period or a closing quote is read further); the changes
    are written at once as an array (spaCy checks the whole Doc on every single
    `token.is_sent_start = ...`: quadratic on a text of many short lines)."""
    from spacy.attrs import ORTH, SENT_START, SPACY

    closing = _closing_legal_forms()
    strings = doc.vocab.strings
    table = doc.to_array([ORTH, SPACY])  # (plain values: no Token objects; a column at a
    orths, spaces = table[:, 0].tolist(), table[:, 1].tolist()  # time, no list per token)
    starts = doc.to_array(SENT_START).astype("int64")  # uint64: -1 must be cast back
    texts = [strings[orth] for orth in orths]
    sent_starts = starts.tolist()
    changes = []
    for i in range(1, len(texts)):
        previous_text = texts[i - 1]
        if "\n" in previous_text:
            changes.append((i, 1))
            continue
        if previous_text[-1:] != "." and previous_text not in CLOSING_QUOTES:
            continue  # (every rule below reads a token after a period or a closing quote: most tokens pass)
        text, sent_start = texts[i], sent_starts[i]
        previous_space = bool(spaces[i - 1])
        before_previous = texts[i - 2] if i > 1 else None
        before_previous_space = bool(spaces[i - 2]) if i > 1 else False
        if previous_space and text.istitle() and (
                previous_text in closing or DATE_WITH_PERIOD.fullmatch(previous_text)
                or _ends_iso_date(texts, spaces, i - 1)):
            changes.append((i, 1))  # '... GmbH. Seit', '... bis 2025. Die', '... bis 2021-10-17. Der'
        elif previous_text == "." and not previous_space and not before_previous_space \
                and text[:1].isalpha() and before_previous[-1:].isalpha() and sent_start == 1:
            changes.append((i, -1))  # a name written with dots: 'Bau.Energie.Umwelt'
        elif sent_start == 1 and text[:1].islower() and previous_text in CLOSING_QUOTES \
                and before_previous in ("!", "?"):
            changes.append((i, -1))  # the sentence goes on after a quoted title
    changes += _inside_legal_forms(doc, starts)
    if changes:
        for i, value in changes:
            starts[i] = value
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    return doc


def _inside_legal_forms(doc, starts) -> list[tuple[int, int]]:
    """No sentence starts inside a legal form of several words with periods ('WVMC Sp.| z
    o.o.| (Poznań)'), nor right after one when a parenthesis, a comma or a lower-case word
    goes on ('... Sp. z o.o. (Poznań, Poland) - SILVER'). (A plain search for the period
    and space such forms hold first: most texts hold none.)"""
    from spacy.attrs import IDX

    text = doc.user_data.get(SOURCE_TEXT_KEY) or doc.text  # (doc.text joins the tokens again: a fallback)
    matches = list(_spaced_legal_forms().finditer(text)) if ". " in text else []
    if not matches:
        return []
    offsets = doc.to_array(IDX).tolist()
    changes = []
    for match in matches:
        end = match.end()
        goes_on = CONTINUATION.match(text, end)
        until = goes_on.end() if goes_on else end - 1
        for i in range(bisect.bisect_right(offsets, match.start()), bisect.bisect_right(offsets, until)):
            if starts[i] == 1:
                changes.append((i, -1))
    return changes


# After a legal form: what shows that its sentence goes on ('(Poznań', ', the company', ' und').
CONTINUATION = re.compile(r"[ \t]*(?:[(,;)]|[a-zäöüß])[ \t(]*")


@lru_cache(maxsize=1)
def _spaced_legal_forms() -> re.Pattern:
    """The legal forms of several words that hold a period ('Sp. z o.o.', 'e. V.', 'GmbH & Co. KG')."""
    from pipeline.names import legal_forms

    forms = sorted((f for f in legal_forms() if ". " in f), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("line_breaks"):
        Language.component("line_breaks", func=_line_breaks)


def _base(language: str, model: str):
    import spacy

    if model:
        try:
            nlp = spacy.load(model)
            log.info("nlp: %s uses installed model %s", language, model)
            return nlp
        except Exception as exc:  # not installed, wrong path, broken package: never a crash
            log.warning("nlp: model %r for %s not available (%s); using blank %s + rules",
                        model, language, exc.__class__.__name__, language)
    return spacy.blank(language)


@lru_cache(maxsize=4)
def _cached_pipeline(language: str, model: str):
    nlp = _base(language, model)
    customise_tokenizer(nlp)
    if not ({"parser", "senter", "sentencizer"} & set(nlp.pipe_names)):
        _register_components()
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("line_breaks")
    ruler = nlp.add_pipe("span_ruler", name="domain_rules", config={
        "spans_key": RULES_SPANS_KEY, "phrase_matcher_attr": "LOWER",
        "validate": True, "overwrite": False})
    acronyms = nlp.add_pipe("span_ruler", name="domain_acronyms", config={
        "spans_key": RULES_SPANS_KEY, "phrase_matcher_attr": "ORTH",
        "validate": True, "overwrite": False})
    # (a ruler runs its phrase patterns through the components before it; matched on
    # LOWER and ORTH they need only the tokenizer, not the sentence splitters)
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name not in ("domain_rules", "domain_acronyms")]):
        ruler.add_patterns(load_patterns(language) + gazetteer_patterns(language))
        acronyms.add_patterns(acronym_patterns(language))
    from pipeline.extract.components import add_extraction_components

    add_extraction_components(nlp)  # the extract stage's components come after the ruler
    _freeze_long_lived_objects()
    return nlp


def _freeze_long_lived_objects() -> None:
    """Move what exists now (the pipeline, its patterns, the imported modules) out of the
    garbage collector's reach: they live as long as the process, and every full
    collection during a run would scan them all again (about 5 % of the run time on the
    benchmark). Garbage is collected first, so that none of it is kept. (A process that
    switches rule sets many times keeps each old pipeline's frozen memory; a run builds
    its pipelines once.)"""
    gc.collect()
    gc.freeze()


def docs_of(nlp, texts):
    """The Docs of `texts`, tokenized and each holding its text (SOURCE_TEXT_KEY), for
    `nlp.pipe` or `nlp` to run the rest of the pipeline on."""
    for text in texts:
        doc = nlp.make_doc(text)
        doc.user_data[SOURCE_TEXT_KEY] = text
        yield doc


def get_pipeline(language: str, config: dict):
    """The process-wide pipeline for `language` under `config` (built on first use)."""
    model = (config.get("nlp", {}).get("models", {}) or {}).get(language, "") or ""
    return _cached_pipeline(language, model)


def model_problem(model: str) -> str | None:
    """Why `model` (an installed package's name or a model folder) cannot be a base, or
    None when it looks loadable. Cheap: nothing is loaded."""
    import spacy

    if model.startswith("blank:"):
        return None
    folder = Path(model).expanduser()
    if folder.is_dir():
        return None if (folder / "config.cfg").is_file() else "the folder has no config.cfg"
    if spacy.util.is_package(model):
        return None
    return "neither an installed package nor a model folder"


def check_models(config: dict) -> dict:
    """`config` with every configured model that cannot be found left out, each named in
    one warning. The run calls this once, in the main process, so that its worker
    processes fall back to the blank pipeline without each logging the same line."""
    models = dict((config.get("nlp", {}) or {}).get("models", {}) or {})
    missing = {}
    for language, model in sorted(models.items()):
        problem = model_problem(model) if model else None
        if problem:
            log.warning("nlp: model %r for %s not available (%s); using blank %s + rules",
                        model, language, problem, language)
            missing[language] = ""
    if not missing:
        return config
    return {**config, "nlp": {**config["nlp"], "models": {**models, **missing}}}
