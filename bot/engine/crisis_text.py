"""A message as the distress check reads it: its words in order, each knowing its sentence, its
clause and whether it stands inside quotation marks.

The topic matcher only needs a bag of words; the distress check also needs to know what stands
next to what ("not" right before "suicidal", "she" before "wants to die", a quoted line in a
story), so it reads the text itself. Words are folded exactly as ``normalize`` folds them, and
unspaced scripts (Japanese, Chinese, Korean) become overlapping character pairs as there.
French and Italian elisions are spelt out ("j'en" = "je en", "d'en finir" = "de en finir"), so
"j'ai envie d'en finir" and "je veux en finir" share their words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine import normalize


class Word(NamedTuple):
    text: str  # folded; for unspaced scripts, a pair of characters
    sentence: int
    clause: int
    quoted: bool
    cjk: bool
    code: bool = False  # inside `code` or a fenced block: quoted to a program


# Italian also elides its articles joined to a preposition ("sull'autolesionismo", "dell'ansia"),
# which stay themselves: run together, "sullautolesionismo" would only look like its subject.
_ELISION = re.compile(
    r"(?<![^\W\d_])(qu|[cdjlmnst]|dell|nell|all|dall|sull|un|quest|quell)['’‘`´](?=[^\W\d_])")
_APOSTROPHES = re.compile(r"['’‘`´]")
_SENTENCE_END = frozenset(".!?\n;。！？")
# An ellipsis is a pause, not the end of a sentence: "i want to... honestly just die".
_CLAUSE_END = frozenset(",:()[]—–、，…")
_ELLIPSIS = re.compile(r"\.{2,}")
_QUOTE_OPEN = frozenset("“«„「『")
_QUOTE_CLOSE = frozenset("”»」』")
_TOKEN = re.compile(r"[^\W_]+|[.!?…\n;。！？,:()\[\]—–、，\"“”«»„「」『』]")
# Laughing faces are how people mark a joke ("this boss makes me want to die 😂"); they have no
# letters, so each becomes the word people type for the same thing (``crisis_framing`` reads it).
_LAUGHTER = re.compile("[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F639\U0001F480]"
                       "|:(?:joy|rofl|laughing|sweat_smile|skull|joy_cat):")
LAUGHTER_WORD = "lol"
# OpenCC leaves "著" alone (it is also a Simplified character, "famous"), but in "活著" it is
# "着": folded here, on both sides alike, so "活著沒有意義" meets the catalog's "活着没有意义".
_CJK_EXTRA = str.maketrans({"著": "着"})


def _spell_out(match: re.Match[str]) -> str:
    elided = match.group(1)
    return elided + ("e " if len(elided) == 1 or elided == "qu" else " ")


def _script_runs(run: str) -> list[str]:
    """Cut a run of letters where it changes between unspaced scripts and the others."""
    parts: list[str] = []
    start = 0
    for i in range(1, len(run)):
        if normalize.is_cjk_token(run[i]) != normalize.is_cjk_token(run[i - 1]):
            parts.append(run[start:i])
            start = i
    parts.append(run[start:])
    return parts


# Code in a post (`how to kill myself` as a test input, a fenced log) is text the writer is
# quoting to a program, never their own words: read as a mention. A backtick between letters is
# an apostrophe ("don`t"), so a span must start and end away from letters.
_CODE_SPAN = re.compile(r"```.{0,5000}?```|(?<!\w)`[^`\n]{1,200}`(?!\w)", re.DOTALL)
# A file's name ("Suicide.yml", "self_harm_terms.json") is quoted to a program as code is: the
# words in it name a file, not anyone's distress.
_FILE_NAME = re.compile(
    r"(?<![\w./])[\w-]+\.(?:ya?ml|json|txt|csv|tsv|md|py|js|ts|jsx|tsx|html|xml|log|ini|cfg"
    r"|toml|sh|rb|go|rs|java|kt|php|sql)(?![\w.])", re.IGNORECASE)


def fold(text: str) -> str:
    """The text folded, elisions spelt out, apostrophes gone and ellipses one character."""
    if not text.isascii():
        text = _LAUGHTER.sub(f" {LAUGHTER_WORD} ", text).translate(_CJK_EXTRA)
    elif ":" in text:
        text = _LAUGHTER.sub(f" {LAUGHTER_WORD} ", text)
    folded = _APOSTROPHES.sub("", _ELISION.sub(_spell_out, normalize.fold(text)))
    return _ELLIPSIS.sub("…", folded) if ".." in folded else folded


# A quotation in single marks ('i wanna die young'), after a space and before one: read as one in
# double marks. An apostrophe between letters inside it (i'm) does not end it.
_SINGLE_QUOTED = re.compile(
    r"(?:(?<=\s)|^)'((?:[^'\n]|(?<=\w)'(?=\w)){2,200}?)'(?=[\s.,!?;:—–)]|$)")


# An old-style quotation opened by a backtick and closed by an apostrophe (`suicide' in a
# program's comment): read as one in double marks. Not "don`t", whose backtick follows a letter.
_TICK_QUOTED = re.compile(r"(?<!\w)`([^`'\n]{1,200})'")


def read(text: str) -> list[Word]:
    """The words of ``text`` in order (see the module docstring); the words of a code span are
    marked ``code``, each span a sentence of its own."""
    spans = list(_CODE_SPAN.finditer(text)) if "`" in text else []
    if "." in text:
        taken = [(span.start(), span.end()) for span in spans]
        spans.extend(name for name in _FILE_NAME.finditer(text)
                      if not any(a <= name.start() < b for a, b in taken))
        spans.sort(key=lambda span: span.start())
    if not spans:
        return _read_prose(text)
    words: list[Word] = []

    def add(piece: str, code: bool) -> None:
        sentences = words[-1].sentence + 1 if words else 0
        clauses = words[-1].clause + 1 if words else 0
        words.extend(w._replace(sentence=w.sentence + sentences, clause=w.clause + clauses,
                                code=code)
                     for w in _read_prose(piece))

    start = 0
    for span in spans:
        add(text[start:span.start()], False)
        add(span.group(), True)
        start = span.end()
    add(text[start:], False)
    return words


# A German quotation in single marks, opened low and closed high (‚ich will nicht mehr‘): read
# as one in double marks, before the closing mark, also an apostrophe, is dropped with them.
_LOW_QUOTED = re.compile(r"‚([^‚‘’\n]{1,200})[‘’]")


def _read_prose(text: str) -> list[Word]:
    if "`" in text:
        text = _TICK_QUOTED.sub(r'"\1"', text)
    if "‚" in text:
        text = _LOW_QUOTED.sub(r'"\1"', text)
    folded = fold(_SINGLE_QUOTED.sub(r'"\1"', text) if "'" in text else text)
    words: list[Word] = []
    sentence = clause = 0
    quoted = False
    quote_from = 0  # where the open quotation began, in ``words``
    last_end = -1
    pending_cjk = ""  # a run of unspaced script, perhaps continued after a space

    def unquote() -> None:
        """A quotation never closed (or cut by a line break) quotes nothing: a stray quotation
        mark must not turn the writer's own words into someone's lines."""
        nonlocal quoted
        words[quote_from:] = [w._replace(quoted=False) for w in words[quote_from:]]
        quoted = False

    def flush_cjk() -> None:
        nonlocal pending_cjk
        if not pending_cjk:
            return
        if len(pending_cjk) == 1:
            pairs = [pending_cjk]
        else:
            pairs = [pending_cjk[i : i + 2] for i in range(len(pending_cjk) - 1)]
        words.extend(Word(p, sentence, clause, quoted, True) for p in pairs)
        pending_cjk = ""

    for match in _TOKEN.finditer(folded):
        token = match.group()
        if len(token) == 1 and not token.isalnum():
            flush_cjk()
            if token in ".," and _between_digits(folded, match.start()):
                continue  # "4.9 per 100,000": one number, not the end of a sentence or clause
            opens = token in _QUOTE_OPEN or (token == '"' and not quoted)
            if token in _SENTENCE_END:
                if token == "\n" and quoted:
                    unquote()
                sentence += 1
                clause += 1
            elif token in _CLAUSE_END:
                clause += 1
            elif opens:
                quoted, quote_from = True, len(words)
            elif token == '"' or token in _QUOTE_CLOSE:
                quoted = False
            last_end = -1
            continue
        # Spaces between two unspaced-script runs are dropped: "죽고 싶다" = "죽고싶다".
        joined = (pending_cjk and last_end >= 0 and folded[last_end : match.start()].isspace()
                  and normalize.is_cjk_token(token))
        if pending_cjk and not joined:
            flush_cjk()
        if token.isascii():
            flush_cjk()
            words.append(Word(token, sentence, clause, quoted, False))
            last_end = match.end()
            continue
        for part in _script_runs(token):
            if normalize.is_cjk_token(part):
                pending_cjk += part
            else:
                flush_cjk()
                words.append(Word(part, sentence, clause, quoted, False))
        last_end = match.end()
    flush_cjk()
    if quoted:
        unquote()
    return words


def _between_digits(text: str, at: int) -> bool:
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


def cjk_text(words: list[Word]) -> str:
    """The unspaced-script text back from its character pairs ("死に" "にた" "たい" = "死にたい");
    separate runs apart."""
    out: list[str] = []
    previous = ""
    for w in words:
        if not w.cjk:
            previous = ""
            continue
        if previous and len(w.text) == 2 and w.text[0] == previous[-1]:
            out.append(w.text[1])
        else:
            out.append(" " + w.text)
        previous = w.text
    return "".join(out)


def cjk_markers(*markers: str) -> tuple[str, ...]:
    """Markers to find in ``cjk_text``: folded as messages are ("友達" arrives as "友达", "ㅋ" in
    its NFKC form) and without spaces, which that text is read back without ("농담 아니")."""
    return tuple(dict.fromkeys(normalize.fold(m).replace(" ", "") for m in markers))


def texts(text: str) -> list[str]:
    """Just the words of ``text`` (for catalog phrases)."""
    return [w.text for w in read(text)]


# How far around a phrase in an unspaced script its context is read, in characters.
CJK_RUN_REACH = 8


def cjk_run_before(words: list[Word], start: int, reach: int = CJK_RUN_REACH) -> str:
    """The characters just before a phrase in an unspaced script, nearest last."""
    chars: list[str] = []
    i = start - 1
    sentence = words[start].sentence
    while (i >= 0 and len(chars) < reach and words[i].cjk and words[i].sentence == sentence
           and len(words[i].text) == 2 and words[i].text[1] == words[i + 1].text[0]):
        chars.append(words[i].text[0])
        i -= 1
    return "".join(reversed(chars))


def cjk_run_after(words: list[Word], end: int, reach: int = CJK_RUN_REACH) -> str:
    chars: list[str] = []
    i = end + 1
    sentence = words[end].sentence
    while (i < len(words) and len(chars) < reach and words[i].cjk
           and words[i].sentence == sentence and len(words[i].text) == 2
           and words[i].text[0] == words[i - 1].text[-1]):
        chars.append(words[i].text[1])
        i += 1
    return "".join(chars)


def cjk_span(words: list[Word], start: int, end: int) -> str:
    return words[start].text + "".join(w.text[1:] for w in words[start + 1 : end + 1])
