"""Who is named near an award but gives none: a chief who receives it, whoever praises an award won, whoever is
quoted, a long list of receivers, the ceremony's witnesses and the giver's partners. Each is blanked out (same
length) before the giver is read. Pure functions over text, used by pipelines.givers.
"""

from __future__ import annotations

import re

from pipelines.ranks import ACADEMIC, NAME, RANK_RE
from pipelines.role_words import DIRECTIVES, SPEECH_VERB, TAKING_PART

# The verbs that hand an award over.
GIVING = (
    r"memberikan|memberi|berikan|beri|menyerahkan|serahkan|menganugerahkan|anugerahkan|anugerahi|menganugerahi|"
    r"mengganjar|ganjar|menyematkan|sematkan|mengukuhkan"
)
# Who praises an award won gives no award: "Bupati X memberikan apresiasi kepada Polres Y yang meraih penghargaan",
# "Ketua DPRD mengapresiasi Polres Y yang menerima ...".
PRAISER = re.compile(
    r"(?:\b[A-Z][\w.()-]*\s+){1,8}(?=(?:(?:memberikan|memberi|menyampaikan|mengucapkan)\s+(?:apresiasi|ucapan\s+selamat|"
    r"selamat)|mengapresiasi)\b[^.]{0,120}?\byang\s+(?:telah\s+|berhasil\s+)*(?:meraih|menerima|mendapat\w*|memperoleh)\b)"
)


def without_praisers(text: str) -> str:
    """`text` with whoever praises an award won blanked out (same length)."""
    return PRAISER.sub(lambda m: " " * len(m.group(0)), text)


# A Polda's or resort's chief who receives, for himself or his unit, gives nothing: "Kapolda Jateng Irjen Pol X
# menerima penghargaan ...", "Penghargaan diterima langsung oleh Kapolres Kudus".
# His post may close a bracket after it is spelled out: "Kepala Kepolisian Daerah X (Kapolda X) Irjen Y".
# His academic titles may follow his name: "Kapolres X, AKBP Y, S.I.K., M.H., dianugerahi ...". His region's short
# form may follow in brackets: "Kapolda Jawa Tengah (Jateng) Irjen X".
_CHIEF = (
    rf"\b(?:Waka|Ka)(?:polda|polres\w*|polsek)\b(?:\s+(?!{RANK_RE})[A-Z][\w-]*){{0,3}}(?:\s+\([A-Z][\w.-]*\))?\)?"
    rf"(?:\s*,?\s*(?:{RANK_RE})\.?\s+{NAME}(?:\s*,?\s*{ACADEMIC}(?!\w))*)?"
)
# Who receives with him may stand between him and the verb: "Kapolda X beserta istrinya, Y, menerima gelar adat",
# "Kapolres Z bersama dua Kapolsek jajarannya meraih ..."; names only, no verb of their own between.
_WITH_HIM = r"(?:\s*,?\s+(?:beserta|bersama)\s+(?:(?!\b(?:yang|kepada|(?:me|di|ber)[a-z]{3,})\b)[^.;]){1,60}?)?"
RECEIVING_CHIEF = re.compile(
    rf"{_CHIEF}(?={_WITH_HIM}\s*,?\s*(?:yang\s+)?(?:langsung\s+|juga\s+|pun\s+)?(?:menerima|meraih|mendapat\w*|memperoleh|dianugerahi|dinobatkan|diangkat\s+(?:menjadi|sebagai))\b)"
    rf"|(?<=diterima )(?:langsung\s+)?(?:oleh\s+)?{_CHIEF}"
    # the receiver by rank and name, his post after a comma: "kepada AKBP Joko Susilo, Kapolres Pati"
    rf"|(?<=kepada )(?:{RANK_RE})\.?\s+{NAME}\s*,\s*{_CHIEF}"
    # the receivers by their posts: "diberikan kepada Kapolda Sumut, Kapolda Papua, dan ..."
    rf"|(?<=kepada )(?:langsung\s+)?{_CHIEF}(?:(?:\s*,\s*|\s+(?=dan|serta))(?:dan\s+|serta\s+)?{_CHIEF})*"
)


# Who is quoted speaks, he does not give: ", ujar Wakil Bupati X saat mengunjungi stan"; unless he speaks as he
# hands the award over or addresses its ceremony (", kata Bupati X saat menyerahkan piagam", "dalam sambutannya").
# What he says he received ends his part: ", ujar Kapolsek X usai menerima piagam dari Bupati Y" names its giver.
SPEAKER = re.compile(
    rf"(?<=[,\"”] ){SPEECH_VERB}\s+"
    rf"(?![^,.;\"]*\b(?:{GIVING}|amanat\w*|sambutan\w*|pidato\w*)\b)[A-Z]"
    r"(?:(?!\b(?:usai|seusai|setelah|sesudah|saat|ketika)\s+(?:menerima|meraih|mendapat\w*|memperoleh)\b)[^,.;\"])*"
)


# A long list of receivers after "kepada" ("kepada perwakilan dari Kodim, Basarnas, Tim SAR Menteri X, Polres Y"),
# or after a word that says the receivers are named ("Penerima penghargaan antara lain Satbrimob, Kodim, BPBD dan
# Basarnas", "Peraihnya yakni ..."): whoever it names receives; the list ends at "oleh" or, after its first member,
# "dari", where a giver may follow.
RECEIVERS_LISTED = re.compile(
    r"(?:\bkepada|\b(?i:penerima|peraih)(?:nya)?(?:\s+\w+){0,3}?\s+(?:antara\s+lain|di\s*antaranya|yaitu|yakni|"
    r"adalah|ialah|meliputi))\s+(?:(?!\boleh\b)[^.;,])+(?:,(?:(?!\b(?:oleh|dari)\b)[^.;,])+){2,}"
)


# "Dari" opening a sentence, its phrase set off by a comma, names whom among the recipients: "Dari Satlantas,
# penghargaan diberikan kepada ...", "Dari Polsek Kota, dua personel menerima ...".
FRONTED_FROM = re.compile(r"(?:^|(?<=[.!?…]\s))Dari\s+[^,.;]{2,60},")


# A chief's directive the deed followed names him, not a giver: "sesuai atensi Kapolri", "menindaklanjuti instruksi
# Kapolda X", "atas perintah Presiden" (the words, knowledge table; the one who directs up to his post's place).
DIRECTIVE_OF = re.compile(
    rf"\b(?:{DIRECTIVES})\s+(?:dari\s+)?(?:(?:Bapak|Pak|langsung)\s+)?(?:Kapolri|Kapolda|Presiden|Gubernur|Bupati|"
    r"Wali\s+Kota|Menteri)\b(?:\s+[A-Z][\w-]*){0,2}"
)


# A quote in which the speaker gives: "“Penghargaan ini kami berikan atas kerja keras personel,” kata Bupati X".
FIRST_PERSON_GIVES = re.compile(rf"\b(?:kami|saya)\s+(?:{GIVING})\b[^\"“”]{{0,200}}[\"”]?\s*,?\s*$", re.I)


# Who addresses the ceremony and hands nothing over in that sentence gives nothing (his name read within the
# sentence): "Menteri X memberikan sambutan dalam acara itu, sebelum penghargaan diserahkan kepada ...", "Gubernur Y
# menyampaikan arahan"; one who speaks and then hands over stays ("Bupati X memberikan sambutan dan menyerahkan").
ADDRESSER = re.compile(
    r"(?:\b[A-Z][\w()/-]*\s+){1,8}(?=(?:juga\s+|pun\s+)?(?:memberikan|menyampaikan|membacakan)\s+(?:sambutan|amanat|"
    rf"arahan|pengarahan|pidato|kata\s+sambutan)\b(?:(?!\b(?:{GIVING}|menyematkan)\b)[^.;])*(?:[.;]|$))"
)


# Who takes part in the contest gives none of its prizes: "Bupati X juga ikut berlari di nomor 3 km", "Wali Kota Y
# turut bertanding" (his name read back within the sentence).
PARTICIPANT = re.compile(rf"(?:\b[A-Z][\w()/-]*\s+){{1,8}}(?=(?:juga\s+|pun\s+|bahkan\s+)?(?i:{TAKING_PART})\b)")


# An award the receivers won before, said as the reason for the one given now, names no giver of it: "Kapolda X
# memberikan penghargaan kepada Polres A yang meraih zona hijau dari Ombudsman RI", "mengganjar Polsek B atas
# keberhasilan meraih predikat WBK". The clause is blanked after a giving verb of its sentence (by the award's
# completion, which keeps it when the body that gives is the won award's own: "Menteri PANRB menyerahkan penghargaan
# kepada Polres A atas capaiannya meraih predikat Pelayanan Prima" hands that predikat over).
WON_BEFORE = re.compile(
    r"\b(?:yang\s+(?:telah\s+|berhasil\s+|sukses\s+)*|atas\s+(?:(?:keberhasilan|prestasi|capaian)(?:nya)?\s+)?(?:dalam\s+)?|"
    r"karena\s+(?:telah\s+|berhasil\s+)*|berkat\s+(?:keberhasilan\s+)?)"
    r"(?:meraih|memperoleh|mendapatkan|mendapat|menyandang|menyabet|raihan)\b[^.;]*"
)
GIVEN_NOW = re.compile(rf"\b(?:{GIVING}|diberikan|diserahkan|dianugerahkan)\b[^.;]*$")


def without_awards_won(text: str) -> str:
    """`text` with the awards its receivers won before, given now as the reason for another, blanked out."""
    return WON_BEFORE.sub(
        lambda m: (
            " " * len(m.group(0))
            if GIVEN_NOW.search(text, text.rfind(".", 0, m.start()) + 1, m.start())
            else m.group(0)
        ),
        text,
    )


def without_non_givers(text: str) -> str:
    """`text` with a Kapolda, Kapolres or Kapolsek who receives, a long list of receivers, whoever praises,
    whoever addresses the ceremony and hands nothing over, whoever is quoted and a fronted "Dari X," blanked out
    (same length): they name no giver; one who says he gives stays."""
    text = FRONTED_FROM.sub(lambda m: " " * len(m.group(0)), text)
    text = DIRECTIVE_OF.sub(lambda m: " " * len(m.group(0)), text)
    text = SPEAKER.sub(
        lambda m: m.group(0) if FIRST_PERSON_GIVES.search(text, 0, m.start()) else " " * len(m.group(0)), text
    )
    text = RECEIVERS_LISTED.sub(lambda m: " " * len(m.group(0)), text)
    text = ADDRESSER.sub(lambda m: " " * len(m.group(0)), text)
    text = PARTICIPANT.sub(lambda m: " " * len(m.group(0)), text)
    return without_praisers(RECEIVING_CHIEF.sub(lambda m: " " * len(m.group(0)), text))


# Who witnesses or attends a ceremony gives nothing: "disaksikan pejabat dari Itwasum Polri", "dihadiri Wakapolda".
# The phrase ends where the award is handed over: "Acara yang dihadiri Kapolda itu ditutup dengan penyerahan
# penghargaan dari Wali Kota".
WITNESSES = re.compile(
    r"\b(?:disaksikan|dihadiri|didampingi)\b(?:\s+oleh)?"
    r"(?:(?!\b(?:penyerahan|pemberian|penghargaan|piagam|menyerahkan|memberikan|diserahkan|diberikan)\b)[^,.;])*",
    re.I,
)


# A partner named after the giver gives with it, not instead of it: "Pemkab X bekerja sama dengan Universitas Y
# memberikan penghargaan", "... dari Dinas X bersinergi dengan BNN".
PARTNER = re.compile(
    rf"\b(?:bekerja\s*sama|berkolaborasi|bersinergi)\s+dengan\b(?:(?!\b(?:{GIVING}|kepada)\b)[^,.;])*", re.I
)


def without_witnesses(text: str) -> str:
    """`text` with the witnesses and guests of the ceremony, and the giver's partners, blanked out (same length)."""
    return PARTNER.sub(lambda m: " " * len(m.group(0)), WITNESSES.sub(lambda m: " " * len(m.group(0)), text))
