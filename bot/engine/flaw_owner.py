"""Whose software a reported security flaw is in, when the question names it.

"Comment signaler une faille XSS dans Nextcloud ?", "нашёл уязвимость в nginx, куда писать?",
"how should I report a vulnerability in RaiDrive": our vulnerability-reporting and bug-bounty
phrases match these strongly, but the flaw is in another project's software, whose maintainers
(not Anthropic) take the report. No list of products can hold every project people find flaws
in, so the name is read from the sentence itself: a flaw word, then "in", "dans", "в"... and a
name, written as names are (a capital letter: "Nextcloud", "Apache Struts", "RaiDrive"; a digit
inside: "log4j"; or Latin letters in a sentence of another script: "nginx"). Our own names and
products ("a bypass in Claude Code", "XSS in the Artifacts viewer"), flaw names ("a bypass leading
to XSS"), platforms ("in the iOS app") and words the catalog uses are never such a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A flaw in the unspaced scripts, where a name stands beside it rather than after a preposition.
_CJK_FLAW = r"脆弱性|漏洞|취약점"
# A flaw, in the Help Center's languages (letters after a stem are the word's other forms).
_FLAW = (
    r"vulnerabilit\w*|vulns?|xss|rce|csrf|ssrf|sqli|sql injection|idor|exploit\w*|"
    r"security (?:issue|bug|flaw|hole|problem|vulnerability)s?|cve(?:-\d+-\d+)?|"
    r"faille\w*|vulnérabilit\w*|vulnerabilidad\w*|falla\w* de seguridad|vulnerabilidade\w*|"
    r"falha\w* de seguran\w*|brecha\w*|vulnerabilità|falla di sicurezza|schwachstelle\w*|"
    r"sicherheitsl(?:ü|ue)cke\w*|уязвимост\w*|kerentanan|celah keamanan|"
    rf"{_CJK_FLAW}"
)
# What a flaw is "in": prepositions, then articles and the kinds of thing software is.
_IN = (
    r"in|on|of|at|within|inside|affecting|dans|du|des|de|sur|chez|en|em|no|na|nos|nas|do|da|dos|"
    r"das|nel|nella|nello|nei|negli|di|del|della|bei|im|auf|von|в|во|на|pada|dalam"
)
_FILLER = (
    r"the|a|an|their|this|that|old|le|la|les|l'|un|une|el|los|las|o|os|il|lo|gli|der|die|dem|"
    r"den|einem|einer|ein|project|projet|proyecto|projeto|progetto|projekt|проекте|app|"
    r"application|aplicación|aplicativo|applicazione|site|website|sitio|library|librairie|"
    r"biblioteca|libreria|bibliothek|plugin|package|service|software|server|serveur|servidor|"
    r"product|produit|producto|produto|prodotto|produkt|firmware|module|repo|version|vendor's|"
    r"bundled|open source|opensource|logiciel|programa|programm"
)
_NAME = r"[A-Za-z][\w.+-]*[\w+]|[A-Za-z]"
_IN_NAME = re.compile(rf"(?<!\w)(?:{_IN})\s+(?:(?:{_FILLER})\s+)*({_NAME})", re.IGNORECASE)
_FLAW_ANYWHERE = re.compile(_FLAW, re.IGNORECASE)
_CJK_FLAW_WORD = re.compile(_CJK_FLAW)
_OURS = re.compile(r"claude|anthropic|クロード|클로드|克劳德", re.IGNORECASE)
_WINDOW = 8
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.+-]*[A-Za-z0-9+]")
_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"[.!?。！？\n]\s")

# Names that are ours or nobody's: our products and features, flaw and web words written in
# capitals, platforms an app of ours runs on.
NOT_A_NAME = frozenset({
    "claude", "anthropic", "claude.ai", "claude.com", "anthropic.com", "artifacts", "artifact",
    "console", "workbench", "projects", "mcp", "sdk", "api", "apis", "skills", "connectors",
    "chrome", "xss", "rce", "csrf", "ssrf", "sqli", "sql", "idor", "lfi", "rfi", "cve", "cvss",
    "poc", "url", "urls", "http", "https", "dns", "json", "pdf", "oauth", "jwt", "sso", "2fa",
    "mfa", "ui", "ux", "ai", "llm", "id", "ids", "js", "html", "css", "dom", "cors", "ios",
    "android", "windows", "mac", "macos", "linux", "web", "desktop", "mobile", "prompt",
    "injection", "bug", "bounty", "hackerone", "owasp", "ip", "ssh", "tls", "ssl",
})


def _title_case(sentence: str) -> bool:
    """Half the words or more capitalised ("Security Vulnerability In Login Page"): capitals say
    nothing of names."""
    words = _LATIN_WORD.findall(sentence)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 2 >= len(words)


def _name_like(word: str, sentence: str) -> bool:
    if word.lower() in NOT_A_NAME or word.lower().startswith(("claude", "anthropic")):
        return False
    if any(c.isdigit() for c in word) or _OTHER_SCRIPT.search(sentence):
        return True
    capitals = word[0].isupper() or any(c.isupper() for c in word[1:])
    return capitals and not _title_case(sentence)


def _sentences(text: str) -> Iterable[str]:
    start = 0
    for end in _SENTENCE_END.finditer(text):
        yield text[start:end.end()]
        start = end.end()
    yield text[start:]


def flaw_owner(text: str, known_words: frozenset[str] = frozenset()) -> str | None:
    """The name of the software a flaw the text reports is in, when it is not ours; else None.
    ``known_words``: words of the catalog (lowercase), never taken for a name ("Login Page")."""
    if not _FLAW_ANYWHERE.search(text):
        return None
    for sentence in _sentences(text):
        flaw = _FLAW_ANYWHERE.search(sentence)
        if flaw is None or _OURS.search(sentence):
            continue
        # The few words after the flaw: "a bug on the page of X" is said of X, not a clause on.
        after = " ".join(sentence[flaw.end():].split()[:_WINDOW])
        for found in _IN_NAME.finditer(after):
            name = str(found.group(1)).rstrip(".")
            if name.lower() not in known_words and _name_like(name, sentence):
                return name
        # Unspaced scripts: a Latin-lettered name beside the flaw word ("nginx有漏洞").
        if _CJK_FLAW_WORD.search(sentence):
            word: str
            for word in _LATIN_WORD.findall(sentence):
                if word.lower() not in known_words and _name_like(word, sentence):
                    return word
    return None
