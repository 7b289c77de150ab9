"""A scenario's problems as the app shows them: each in the page's language.

The validator writes its messages in English from a small set of phrases (`sim.scenario.
describe`, `sim.scenario.yaml_source`); here those phrases are put into Indonesian, while
file names, lines, field names and values stay as written. A message with a phrase not
listed is shown in English with a note saying so.
"""

from sim.scenario.problems import ScenarioError

PHRASES_ID = (  # (English phrase, Indonesian), longest first where one contains another
    ("allowed: text", "allowed: teks"),
    ("required but missing", "wajib diisi tetapi tidak ada"),
    ("unknown key", "kunci tidak dikenal"),
    ("did you mean", "maksudnya"),
    ("out of range", "di luar batas"),
    ("wrong type", "jenis salah"),
    ("not one of the allowed values", "bukan salah satu nilai yang diizinkan"),
    ("not allowed", "tidak diizinkan"),
    ("allowed:", "yang diizinkan:"),
    ("got ", "diberikan "),
    ("a whole number", "bilangan bulat"),
    ("a number", "angka"),
    ("true or false", "true atau false"),
    ("a mapping (key: value lines)", "pemetaan (baris kunci: nilai)"),
    ("a mapping", "pemetaan"),
    ("a list", "daftar"),
    ("a month as YYYY-MM, month 01 to 12 (e.g. 2022-08)", "bulan sebagai YYYY-MM, bulan 01 "
     "sampai 12 (mis. 2022-08)"),
    ("letters, digits, _ . - , starting with a letter or digit", "huruf, angka, _ . - , "
     "diawali huruf atau angka"),
    ("file not found", "berkas tidak ditemukan"),
    ("is a folder, not a YAML file", "adalah folder, bukan berkas YAML"),
    ("the file is empty", "berkas kosong"),
    ("YAML syntax error", "kesalahan penulisan YAML"),
    ("is not UTF-8 text", "bukan teks UTF-8"),
    ("a YAML text file", "berkas teks YAML"),
    ("cannot be read", "tidak dapat dibaca"),
    ("the workshop app shows at most", "aplikasi lokakarya menampilkan paling banyak"),
    ("(run it with", "(jalankan dengan"),
    ("regions;", "daerah;"),
)  # fmt: skip
ENGLISH_NOTE_ID = " (pesan dalam bahasa Inggris)"
KNOWN_ID = tuple(english for english, _ in PHRASES_ID)


def explain(problem: Exception, lang: str) -> str:
    """The message of what went wrong, one problem per line, in `lang`."""
    if not isinstance(problem, ScenarioError):  # ours, from the app, or a month that failed
        message = str(problem) or type(problem).__name__
        known = lang == "id" and any(english in message for english in KNOWN_ID)
        return translate(message) if known else message
    return "\n".join(_line(p.where, p.field, p.message, lang) for p in problem.problems)


def _line(where: str, field: str, message: str, lang: str) -> str:
    shown = f" {field}:" if field else ""
    return f"{where}:{shown} {translate(message) if lang == 'id' else message}"


def translate(message: str) -> str:
    """An English problem message in Indonesian, phrase by phrase."""
    known = any(english in message for english in KNOWN_ID)
    out = message
    for english, indonesian in PHRASES_ID:
        out = out.replace(english, indonesian)
    return out if known else out + ENGLISH_NOTE_ID
