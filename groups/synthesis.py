"""From many notes to findings: recurring points, themes and suggested key points.

Offline, deterministic and traceable. Notes are compared by what they say: the stems of their
content words (Snowball Norwegian, groups/norwegian.py) and character 3-5-grams of those words,
which bridge spelling variants such as *kollektivtilbud* / *kollektivtilbod*. TF-IDF weighs
both, cosine similarity compares notes, and agglomerative clustering groups them. Every
suggestion is a set of note ids: the page quotes the notes themselves, with table and
organisation, and nothing reaches the report unless the facilitator puts it there.

The same notes always give the same suggestions: notes are taken in id order, every step is
deterministic, and ties go to the lower id.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from django.core.cache import cache
from scipy.sparse import csr_matrix, hstack
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer

from groups.norwegian import bokmål, is_content_word, stem, words

# How alike two notes must be (cosine, 0 to 1) to make the same point, or to share a theme.
# Chosen on the labelled set in tests/groups/synthesis_set.py (make synthesis-check).
RECURRING_DISTANCE = 0.85
THEME_DISTANCE = 0.9
# Stems weigh this much of the similarity; character n-grams the rest.
STEM_WEIGHT = 0.4
KEY_POINTS_MIN, KEY_POINTS_MAX = 3, 7
MMR_LAMBDA = 0.7
THEME_MIN_NOTES = 3
THEME_LABEL_WORDS = 3
COMPOUND_PART_MIN = 4
LINKAGE = "average"
# Above this many notes, the analysis runs part by part (a round at a time) and merges.
WHOLE_ANALYSIS_LIMIT = 1500
CACHE_SECONDS = 24 * 60 * 60
# Raise when the method changes, so that cached suggestions are computed again.
METHOD_VERSION = 4


@dataclass(frozen=True)
class SourceNote:
    """A note as the synthesis reads it."""

    id: int
    text: str
    table_id: int
    organisation: str = ""
    part: int = 0  # notes are analysed part by part (e.g. round by round) past WHOLE_ANALYSIS_LIMIT


@dataclass(frozen=True)
class RecurringPoint:
    """Notes from different tables that make the same point; the most typical note first."""

    note_ids: tuple[int, ...]
    table_count: int
    organisation_count: int  # 0 when a note of the point names no organisation
    shared_stems: frozenset[str]  # the stems the notes share, which the page marks


@dataclass(frozen=True)
class SuggestedTheme:
    label: tuple[str, ...]  # the most characteristic words, as people wrote them
    note_ids: tuple[int, ...]
    table_counts: tuple[tuple[int, int], ...]  # (table id, notes) in table id order
    stems: frozenset[str]


@dataclass(frozen=True)
class Suggestions:
    recurring: tuple[RecurringPoint, ...]
    themes: tuple[SuggestedTheme, ...]
    key_points: tuple[int, ...]  # note ids, in the order chosen

    @property
    def is_empty(self) -> bool:
        return not (self.recurring or self.themes or self.key_points)


EMPTY = Suggestions(recurring=(), themes=(), key_points=())


# Reading the notes -----------------------------------------------------------------------------


@dataclass
class _Corpus:
    notes: list[SourceNote]
    stems: list[list[str]]
    forms: list[list[tuple[str, str]]]  # (word as written, lower-cased, its stem) per note
    word_matrix: np.ndarray  # TF-IDF over stems, rows L2-normalised
    similarity: np.ndarray  # cosine, combined stems and n-grams
    vocabulary: list[str]


def _read(notes: Sequence[SourceNote]) -> _Corpus | None:
    """The notes that have content words, with their vectors and similarities."""
    kept, forms = [], []
    for note in notes:
        note_words = [word for word in words(note.text) if is_content_word(word)]
        if not note_words:
            continue
        kept.append(note)
        forms.append([(word, stem(bokmål(word))) for word in note_words])
    if not kept:
        return None
    # Whole words only: a stem is no word ("komm", of "kommer", is not a part of "kommune").
    known = {form for note in forms for word, _ in note if len(form := bokmål(word)) >= COMPOUND_PART_MIN}
    # Once per distinct word: the same words recur in note after note.
    parts_of = {word: _compound_parts(word, known) for note in forms for word, _ in note}
    stems = [
        [note_stem for _, note_stem in note] + [part for word, _ in note for part in parts_of[word]]
        for note in forms
    ]
    stem_vectoriser = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, dtype=np.float32)
    word_matrix = stem_vectoriser.fit_transform(stems)
    gram_matrix = _gram_matrix([[bokmål(word) for word, _ in note] for note in forms])
    combined = hstack([word_matrix * np.sqrt(STEM_WEIGHT), gram_matrix * np.sqrt(1 - STEM_WEIGHT)]).tocsr()
    similarity = (combined @ combined.T).toarray()
    np.clip(similarity, 0.0, 1.0, out=similarity)
    return _Corpus(
        notes=kept, stems=stems, forms=forms, word_matrix=word_matrix.toarray(), similarity=similarity,
        vocabulary=list(stem_vectoriser.get_feature_names_out()),
    )


def _identity(stems: list[str]) -> list[str]:
    return stems


GRAM_SIZES = (3, 4, 5)


@functools.lru_cache(maxsize=100_000)
def _word_grams(word: str) -> tuple[str, ...]:
    """A word's character 3- to 5-grams, padded with a space at each end; a word shorter than a
    gram counts once, whole (what scikit-learn's "char_wb" analyser makes of each word, computed
    once per word: the same words recur in note after note)."""
    padded = f" {word} "
    grams: list[str] = []
    for size in GRAM_SIZES:
        if len(padded) <= size:
            grams.append(padded)
            break
        grams.extend(padded[start : start + size] for start in range(len(padded) - size + 1))
    return tuple(grams)


def _gram_matrix(note_words: list[list[str]]) -> csr_matrix:
    """TF-IDF of the notes' character n-grams: what TfidfVectorizer(analyzer="char_wb") makes of the
    notes, with the grams counted once per distinct word and the notes' counts summed from their
    words' (the same words recur in note after note)."""
    distinct = sorted({word for note in note_words for word in note})
    column = {word: index for index, word in enumerate(distinct)}
    word_grams = CountVectorizer(analyzer=_word_grams, dtype=np.float32).fit_transform(distinct)
    rows = [row for row, note in enumerate(note_words) for _ in note]
    columns = [column[word] for note in note_words for word in note]
    note_word = csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, columns)), shape=(len(note_words), len(distinct))
    )
    counts = (note_word @ word_grams).tocsr()
    counts.sort_indices()
    return TfidfTransformer(sublinear_tf=True).fit_transform(counts)


def _compound_parts(written: str, known: set[str]) -> list[str]:
    """The stems of known words a compound starts or ends with: "boligmangel" also says "bolig".

    Norwegian writes compounds as one word; the notes themselves tell which parts are words: the
    words they wrote, whole.
    """
    word = bokmål(written)
    return [
        stem(part)
        for split in range(COMPOUND_PART_MIN, len(word) - COMPOUND_PART_MIN + 1)
        for part in (word[:split], word[split:])
        if part in known
    ]


def _clusters(similarity: np.ndarray, distance: float) -> list[list[int]]:
    """Average-linkage clusters of the notes, each in index order, ordered by their first note."""
    if len(similarity) < 2:
        return [[0]] if len(similarity) else []
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage=LINKAGE, distance_threshold=distance
    ).fit_predict(1.0 - similarity)
    members: dict[int, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        members[int(label)].append(index)
    return sorted(members.values(), key=lambda cluster: cluster[0])


def _medoid_first(similarity: np.ndarray, members: list[int]) -> list[int]:
    """The members with the most typical one first (highest mean similarity to the rest)."""
    block = similarity[np.ix_(members, members)]
    typical = members[int(np.argmax(block.sum(axis=1)))]  # argmax takes the first of equals
    return [typical, *(index for index in members if index != typical)]


# Recurring points ------------------------------------------------------------------------------


def _recurring(corpus: _Corpus) -> list[RecurringPoint]:
    points = []
    for members in _clusters(corpus.similarity, RECURRING_DISTANCE):
        notes = [corpus.notes[index] for index in members]
        tables = {note.table_id for note in notes}
        if len(tables) < 2:
            continue
        ordered = _medoid_first(corpus.similarity, members)
        points.append(
            RecurringPoint(
                note_ids=tuple(corpus.notes[index].id for index in ordered),
                table_count=len(tables),
                organisation_count=_organisation_count(notes),
                shared_stems=_shared_stems(corpus, members),
            )
        )
    points.sort(key=_point_order)
    return points


def _organisation_count(notes: list[SourceNote]) -> int:
    """How many organisations raised the point; 0 (not said) when a note names none, as a count of
    the named would read as if those few had raised it at every table."""
    if not all(note.organisation for note in notes):
        return 0
    return len({note.organisation for note in notes})


def _point_order(point: RecurringPoint) -> tuple[int, int, int]:
    """Raised at most tables first, then with most notes; ties by the lowest note id."""
    return (-point.table_count, -len(point.note_ids), min(point.note_ids))


def _shared_stems(corpus: _Corpus, members: list[int]) -> frozenset[str]:
    """Stems said at two or more tables of the group, and their spelling variants in it."""
    tables_by_stem: dict[str, set[int]] = defaultdict(set)
    for index in members:
        for note_stem in corpus.stems[index]:
            tables_by_stem[note_stem].add(corpus.notes[index].table_id)
    shared = {note_stem for note_stem, tables in tables_by_stem.items() if len(tables) > 1}
    # kollektivtilbud / kollektivtilbod: long stems this alike, said at different tables, are one
    # word spelled two ways.
    alone = sorted(note_stem for note_stem in tables_by_stem if note_stem not in shared and len(note_stem) >= 5)
    for position, first in enumerate(alone):
        for second in alone[position + 1 :]:
            if tables_by_stem[first] != tables_by_stem[second] and _variants(first, second):
                shared.update((first, second))
    return frozenset(shared)


@functools.lru_cache(maxsize=100_000)
def _trigrams(word: str) -> frozenset[str]:
    padded = f" {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def _variants(first: str, second: str) -> bool:
    if abs(len(first) - len(second)) > 3:
        return False
    a, b = _trigrams(first), _trigrams(second)
    return len(a & b) / len(a | b) >= 0.6


# Themes ----------------------------------------------------------------------------------------


def _themes(corpus: _Corpus) -> list[SuggestedTheme]:
    themes = []
    overall = corpus.word_matrix.mean(axis=0)
    for members in _clusters(corpus.similarity, THEME_DISTANCE):
        notes = [corpus.notes[index] for index in members]
        if len(members) < THEME_MIN_NOTES or len({note.table_id for note in notes}) < 2:
            continue
        stems = _label_stems(corpus, members, overall)
        if not stems:
            continue
        per_table = Counter(note.table_id for note in notes)
        themes.append(
            SuggestedTheme(
                label=tuple(_written_form(corpus, members, label_stem) for label_stem in stems),
                note_ids=tuple(corpus.notes[index].id for index in _medoid_first(corpus.similarity, members)),
                table_counts=tuple(sorted(per_table.items())),
                stems=frozenset(stems),
            )
        )
    themes.sort(key=_theme_order)
    return themes


def _theme_order(theme: SuggestedTheme) -> tuple[int, int, int]:
    """Spanning most tables first, then with most notes; ties by the lowest note id."""
    return (-len(theme.table_counts), -len(theme.note_ids), min(theme.note_ids))


def _label_stems(corpus: _Corpus, members: list[int], overall: np.ndarray) -> list[str]:
    """The stems most characteristic of the cluster: used by two notes or more, weighed by TF-IDF."""
    in_cluster = corpus.word_matrix[members]
    used_by = (in_cluster > 0).sum(axis=0)
    score = in_cluster.mean(axis=0) - overall
    written = {word_stem for index in members for _, word_stem in corpus.forms[index]}
    # Highest score first, ties in vocabulary order (a stable sort of the eligible, in index order).
    eligible = np.flatnonzero((used_by >= 2) & (score > 0))
    candidates = [
        corpus.vocabulary[i] for i in eligible[np.argsort(-score[eligible], kind="stable")]
        if corpus.vocabulary[i] in written
    ]
    return candidates[:THEME_LABEL_WORDS]


def _written_form(corpus: _Corpus, members: list[int], label_stem: str) -> str:
    """The way the notes most often wrote a stem (shortest, then alphabetical, among equals)."""
    counts = Counter(word for index in members for word, word_stem in corpus.forms[index] if word_stem == label_stem)
    return min(counts, key=lambda word: (-counts[word], len(word), word))


# Key points ------------------------------------------------------------------------------------


def _key_points(corpus: _Corpus, wanted: int) -> list[int]:
    """LexRank for the most central notes, MMR so that they do not repeat each other."""
    count = len(corpus.notes)
    wanted = min(count, max(KEY_POINTS_MIN, min(KEY_POINTS_MAX, wanted)))
    centrality = _lexrank(corpus.similarity)
    # A fragment of one or two words is rarely the note to quote.
    length = np.array([min(1.0, len(stems) / 4) for stems in corpus.stems], dtype=np.float32)
    score = centrality * length
    score = score / score.max() if score.max() > 0 else score
    chosen: list[int] = []
    while len(chosen) < wanted:
        if chosen:
            redundancy = corpus.similarity[:, chosen].max(axis=1)
        else:
            redundancy = np.zeros(count, dtype=np.float32)
        value = MMR_LAMBDA * score - (1 - MMR_LAMBDA) * redundancy
        value[chosen] = -np.inf
        chosen.append(int(np.argmax(value)))
    return [corpus.notes[index].id for index in chosen]


def _lexrank(similarity: np.ndarray, damping: float = 0.85, threshold: float = 0.1) -> np.ndarray:
    graph = (similarity >= threshold).astype(np.float32)
    degree = graph.sum(axis=1, keepdims=True)
    transition = graph / np.maximum(degree, 1)
    count = len(similarity)
    rank = np.full(count, 1.0 / count, dtype=np.float32)
    for _ in range(100):
        new = (1 - damping) / count + damping * (transition.T @ rank)
        if np.abs(new - rank).sum() < 1e-6:
            return new
        rank = new
    return rank


# Putting it together ---------------------------------------------------------------------------


def suggest(notes: Iterable[SourceNote]) -> Suggestions:
    """Recurring points, themes and key points for these notes."""
    ordered = sorted(notes, key=lambda note: note.id)
    if len(ordered) > WHOLE_ANALYSIS_LIMIT:
        return _suggest_by_part(ordered)
    corpus = _read(ordered)
    if corpus is None:
        return EMPTY
    recurring = _recurring(corpus)
    return Suggestions(
        recurring=tuple(recurring),
        themes=tuple(_themes(corpus)),
        key_points=tuple(_key_points(corpus, len(recurring))),
    )


def _suggest_by_part(notes: list[SourceNote]) -> Suggestions:
    """A large workshop part by part (round by round), then what the parts found, together.

    Recurring points and themes of all parts are kept; key points are chosen again among the
    parts' key points, so that the whole day gets its 3 to 7.
    """
    parts: dict[int, list[SourceNote]] = defaultdict(list)
    for note in notes:
        parts[note.part].append(note)
    if len(parts) == 1:
        # One part too large to compare whole: in slices, by id.
        parts = {i: notes[i : i + WHOLE_ANALYSIS_LIMIT] for i in range(0, len(notes), WHOLE_ANALYSIS_LIMIT)}
    found = [suggest(parts[key]) for key in sorted(parts)]
    recurring = sorted((point for part in found for point in part.recurring), key=_point_order)
    themes = sorted((theme for part in found for theme in part.themes), key=_theme_order)
    by_id = {note.id: note for note in notes}
    candidates = [by_id[note_id] for part in found for note_id in part.key_points]
    corpus = _read(sorted(candidates, key=lambda note: note.id))
    key_points = _key_points(corpus, len(recurring)) if corpus else []
    return Suggestions(recurring=tuple(recurring), themes=tuple(themes), key_points=tuple(key_points))


def cached_suggestions(scope: str, notes: Sequence[SourceNote]) -> Suggestions:
    """Suggestions from the cache while the notes behind them are unchanged.

    The key is the notes themselves (ids, texts, tables, organisations), so any change to them,
    a deleted note included, makes a new key; nothing needs to be invalidated.
    """
    digest = hashlib.sha256(f"{METHOD_VERSION}".encode())
    for note in sorted(notes, key=lambda note: note.id):
        digest.update(repr((note.id, note.text, note.table_id, note.organisation, note.part)).encode())
    key = f"synthesis:{scope}:{digest.hexdigest()}"
    found = cache.get(key)
    if found is None:
        found = suggest(notes)
        cache.set(key, found, CACHE_SECONDS)
    return found
