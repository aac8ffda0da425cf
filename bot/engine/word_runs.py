"""Names and short expressions found in a question as whole words in a row.

The catalog's `other_products`, `own_names`, `elsewhere` and `situations` are lists of these:
"chatgpt", "meta ai", "terms of service", "文心一言" (which normalises to the pairs 文心 心一 一言).
They are looked for in the question's every word (stopwords kept, ``normalize.analyze``), so a
name must appear as the catalog writes it, up to case, accents, stemming and an English
possessive.
"""

from __future__ import annotations

from bot.engine import normalize


class WordRuns:
    def __init__(self, names: tuple[str, ...]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name in names:
            words = tuple(normalize.tokens(name, keep_stopwords=True))
            if words:
                self._by_first.setdefault(words[0], []).append((words, name))
        # Every word that can begin a name, possessive included: most questions share none with
        # it, and one set test in C tells so faster than looking up each of their words.
        self._starts = frozenset(self._by_first).union(w + "s" for w in self._by_first)

    def first_in(self, words: list[str]) -> str | None:
        """The first name (as the catalog writes it) present in ``words``, or None.

        A name's last word may carry an English possessive: "openai's" is "openais" once the
        apostrophe is gone, and the stemmer leaves words ending in "is" alone.
        """
        by_first = self._by_first
        if self._starts.isdisjoint(words):
            return None
        for i, word in enumerate(words):
            candidates = by_first.get(word, ())
            if not candidates and word.endswith("s"):
                candidates = by_first.get(word[:-1], ())
            for name_words, name in candidates:
                found = words[i : i + len(name_words)]
                if len(found) == len(name_words) and all(
                    w == n or (k == len(name_words) - 1 and w == n + "s")
                    for k, (w, n) in enumerate(zip(found, name_words, strict=True))
                ):
                    return name
        return None
