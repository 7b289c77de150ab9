"""Every label, caption and tooltip of the workshop app, in English and Indonesian.

Partnership kinds bring their own labels (`sim.core.kinds.Kind`), added as `kind_<name>`.
"""

from sim.analysis.wording import cost_basis
from sim.core.kinds import Kind
from sim.levers import LEVER_SPECS

INFO_EN = """
**What it is.** An agent-based model of partnerships between small and medium industries
(IKM) and agencies (government offices, associations, NGOs, universities, banks) in
Indonesian regions, built from reports on Lebak, Ogan Komering Ulu and Sumatera Utara.

**How it works.** Each month firms look for partners; a partnership forms when its expected
benefit beats its cost, the difference in working culture and the wait for permits. Partners
gain sales and productivity while trust holds; they part when trust falls below the
threshold or the agreement ends. Firms hire from, and lay off into, the region's labour force,
which gives jobs, open unemployment and PDRB.

**The two lines.** The solid line has the levers; the dashed line is the same seed without
any of the scenario's levers. They share their random numbers, but a partnership that forms
in one and not the other sends the histories apart: one simulation is one possible history.
*Compare 6 simulations* follows six seeds and shows the range of the gap.

**Things to try.**

- Play a year with the levers at 0: the two lines stay together.
- Pull *Permit reform* to 1, then raise *Permit delay*: the barrier and its cure.
- *Training* or *Digitalisation* at 1, then *Compare 6 simulations*: is the band above zero?
- Raise the *Culture barrier* and watch fewer partnerships form across kinds.
"""

INFO_ID = """
**Apa ini.** Model berbasis agen tentang kemitraan antara industri kecil dan menengah (IKM)
dan instansi (dinas pemerintah, asosiasi, LSM, perguruan tinggi, bank) di daerah-daerah
Indonesia, disusun dari laporan tentang Lebak, Ogan Komering Ulu dan Sumatera Utara.

**Cara kerjanya.** Setiap bulan IKM mencari mitra; kemitraan terbentuk bila manfaat yang
diharapkan melebihi biayanya, perbedaan budaya kerja dan lamanya menunggu izin. Mitra
mendapat tambahan penjualan dan produktivitas selama kepercayaan terjaga; mereka berpisah
bila kepercayaan turun di bawah ambang atau perjanjian berakhir. IKM merekrut dari, dan
melepas ke, angkatan kerja daerah: dari sinilah lapangan kerja, pengangguran terbuka dan PDRB.

**Dua garis.** Garis utuh memakai kebijakan; garis putus-putus adalah seed yang sama tanpa
satu pun kebijakan skenario. Keduanya berbagi bilangan acak, tetapi kemitraan yang terbentuk
di satu simulasi dan tidak di yang lain membuat sejarahnya berbeda: satu simulasi adalah satu
kemungkinan sejarah. *Bandingkan 6 simulasi* mengikuti enam seed dan menampilkan rentang
selisihnya.

**Coba ini.**

- Jalankan setahun dengan semua kebijakan 0: kedua garis tetap berimpit.
- Geser *Reformasi perizinan* ke 1, lalu naikkan *Lama perizinan*: hambatan dan obatnya.
- *Pelatihan* atau *Digitalisasi* ke 1, lalu *Bandingkan 6 simulasi*: apakah pitanya di atas nol?
- Naikkan *Hambatan budaya* dan lihat makin sedikit kemitraan terbentuk.
"""

APP_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "network_title": "Agents' network: {links} links, {new} new this month (an agent "
        "stands for several firms; the text below counts real partnerships)",
        "new_this_month": "new this month",
        "new_lately": "new, 1-2 months ago",
        "links_drawn": "Draw partnerships",
        "links_grouped": "grouped",
        "links_each": "each one",
        "save_png": "Save as PNG",
        "gap": "Effect on jobs (with − without)",
        "gap_this": "this simulation",
        "gap_band": "range over {n} simulations",
        "gap_caption": "The levers' effect on jobs in the IKM, month by month; above the "
        "black line the levers add jobs. After 'Compare 6 simulations' the shaded band is the "
        "range over six seeds: the effect that does not depend on luck is what the band agrees on.",
        "presentation": "Presentation",
        "chart_top": "Upper chart",
        "chart_bottom": "Lower chart",
        "busy": "Calculating...",
        "download_csv": "Data (CSV)",
        "download_png": "Charts (PNG)",
        "info": "About the model",
        "close": "Close",
        "info_text": INFO_EN,
        "stage_caption": "In each region's disc the value chain reads from left to right: "
        "suppliers at the lower left, processors at the top, distributors at the lower right, "
        "each cluster split by sector; agencies in the middle. Dark lines: partnerships "
        "formed this month.",
        "title": "Kemitraan: industrial partnerships, live",
        "scenario": "Scenario",
        "seed": "Seed",
        "language": "Language",
        "play": "Play",
        "pause": "Pause",
        "step": "Step one month",
        "jump_to": "Jump to month",
        "happened_new": "Month {month}: {new} new real partnerships",
        "happened_ended": "; {ended} ended ({reasons})",
        "restore": "Restore the scenario's values",
        "no_partnerships": "no active partnerships yet",
        "speed_slow": "slow",
        "speed_normal": "normal",
        "speed_fast": "fast",
        "reset": "Reset",
        "culture_weight": "Culture barrier",
        "culture_weight_tip": "How much differences in working culture hurt a partnership.",
        "trust_threshold": "Trust threshold",
        "trust_threshold_tip": "Partners part ways when trust falls below this.",
        "permit_delay": "Permit delay (months)",
        "permit_delay_tip": "Mean wait for a permit or formal agreement in every region.",
        "cost_multiplier": "Partnership cost (x)",
        "cost_multiplier_tip": "Monthly cost of a partnership, relative to the scenario.",
        "network": "Partnership network",
        "network_caption": "Dots are firms and agencies, coloured by region; lines are active "
        "partnerships, coloured by kind. Grouped, the partnerships between two clusters are "
        "one line, as thick as they are many; the newest are drawn one by one and fade over "
        "three months.",
        "employment": "Jobs in small industries",
        "employment_caption": "Persons employed by "
        "the modelled firms; the dashed grey line is the same seed without the levers.",
        "unemployment": "Open unemployment (%)",
        "unemployment_caption": "Share of the labour "
        "force without work; dashed grey line: without the levers.",
        "pdrb": "PDRB (Rp triliun per year)",
        "pdrb_caption": "Regional GDP; dashed grey line: without the levers.",
        "kinds": "Partnerships by kind",
        "kinds_caption": "Active partnerships of each kind; dashed lines: without the levers.",
        "trust": "Mean trust",
        "trust_caption": "Average trust between partners (0 to 1); dashed grey line: "
        "without the levers.",
        "baseline": "without levers",
        "with_levers": "with the levers",
        "error": "This scenario cannot be used",
        "step_error": "The simulation stopped",
        "month": "Month",
        "date": "Date",
        "month_of": "Month {month} of {horizon}",
        "monitors": "This simulation: with the levers against without them",
        "monitor_jobs": "Jobs in the IKM: {value}",
        "monitor_unemployment": "Unemployment: {value} percentage points",
        "monitor_partnerships": "Active partnerships: {value}",
        "monitor_spending": "Policy spending so far: {value}",
        "across_button": "Compare {n} simulations",
        "across_sentence": "Jobs in the IKM are higher with the levers in {up} of {n} "
        "simulations at month {month} (gap {low} to {high}).",
        "across_note": "One simulation is one possible history; the gap between the lines "
        "changes with the seed.",
        "links": "partnerships",
        "colour_by": "Colour nodes by",
        "colour_region": "region",
        "colour_actor": "firm or agency",
        "actor_firm": "firm (IKM)",
        "actor_agency": "agency",
        "levers": "Policy levers (from month 1)",
        "barriers": "Barriers",
        "replay_note": "Moving a slider replays the run from month 1 to the month shown.",
    },
    "id": {
        "network_title": "Jaringan agen: {links} tautan, {new} baru bulan ini (satu agen "
        "mewakili beberapa usaha; teks di bawah menghitung kemitraan nyata)",
        "new_this_month": "baru bulan ini",
        "new_lately": "baru, 1-2 bulan lalu",
        "links_drawn": "Gambar kemitraan",
        "links_grouped": "dikelompokkan",
        "links_each": "satu per satu",
        "save_png": "Simpan sebagai PNG",
        "gap": "Dampak pada lapangan kerja",
        "gap_this": "simulasi ini",
        "gap_band": "rentang {n} simulasi",
        "gap_caption": "Dampak kebijakan pada lapangan kerja IKM, bulan demi bulan; di atas "
        "garis hitam kebijakan menambah lapangan kerja. Setelah 'Bandingkan 6 simulasi', pita "
        "berarsir adalah rentang enam seed: dampak yang tidak bergantung pada untung-untungan "
        "adalah yang disepakati seluruh pita.",
        "presentation": "Presentasi",
        "chart_top": "Grafik atas",
        "chart_bottom": "Grafik bawah",
        "busy": "Sedang menghitung...",
        "download_csv": "Data (CSV)",
        "download_png": "Grafik (PNG)",
        "info": "Tentang model",
        "close": "Tutup",
        "info_text": INFO_ID,
        "stage_caption": "Di setiap lingkaran daerah rantai nilai terbaca dari kiri ke "
        "kanan: pemasok di kiri bawah, pengolah di atas, distributor di kanan bawah, tiap "
        "kelompok dibagi menurut sektor; instansi di tengah. Garis gelap: kemitraan yang "
        "terbentuk bulan ini.",
        "title": "Kemitraan: kemitraan industri, secara langsung",
        "scenario": "Skenario",
        "seed": "Benih acak (seed)",
        "language": "Bahasa",
        "play": "Jalankan",
        "pause": "Jeda",
        "step": "Maju satu bulan",
        "jump_to": "Lompat ke bulan",
        "happened_new": "Bulan {month}: {new} kemitraan nyata baru",
        "happened_ended": "; {ended} berakhir ({reasons})",
        "restore": "Kembalikan nilai skenario",
        "no_partnerships": "belum ada kemitraan aktif",
        "speed_slow": "lambat",
        "speed_normal": "sedang",
        "speed_fast": "cepat",
        "reset": "Atur ulang",
        "culture_weight": "Hambatan budaya",
        "culture_weight_tip": "Seberapa besar perbedaan budaya kerja merugikan kemitraan.",
        "trust_threshold": "Ambang kepercayaan",
        "trust_threshold_tip": "Mitra berpisah bila kepercayaan turun di bawah nilai ini.",
        "permit_delay": "Lama perizinan (bulan)",
        "permit_delay_tip": "Rata-rata waktu tunggu izin atau perjanjian formal di setiap daerah.",
        "cost_multiplier": "Biaya kemitraan (x)",
        "cost_multiplier_tip": "Biaya bulanan kemitraan, dibanding skenario.",
        "network": "Jaringan kemitraan",
        "network_caption": "Titik adalah IKM dan instansi, diwarnai menurut daerah; garis "
        "adalah kemitraan aktif, diwarnai menurut jenis. Bila dikelompokkan, kemitraan antara "
        "dua kelompok menjadi satu garis, makin tebal makin banyak; yang terbaru digambar satu "
        "per satu dan memudar dalam tiga bulan.",
        "employment": "Lapangan kerja di IKM",
        "employment_caption": "Penduduk yang bekerja di "
        "IKM yang dimodelkan; garis abu-abu putus-putus adalah seed yang sama tanpa kebijakan.",
        "unemployment": "Tingkat pengangguran terbuka (%)",
        "unemployment_caption": "Bagian "
        "angkatan kerja yang tidak bekerja; garis abu-abu putus-putus: tanpa kebijakan.",
        "pdrb": "PDRB (Rp triliun per tahun)",
        "pdrb_caption": "Produk domestik regional bruto; garis abu-abu putus-putus: "
        "tanpa kebijakan.",
        "kinds": "Kemitraan menurut jenis",
        "kinds_caption": "Kemitraan aktif setiap jenis; garis putus-putus: tanpa kebijakan.",
        "trust": "Rata-rata kepercayaan",
        "trust_caption": "Rata-rata kepercayaan antarmitra "
        "(0 sampai 1); garis abu-abu putus-putus: tanpa kebijakan.",
        "baseline": "tanpa kebijakan",
        "with_levers": "dengan kebijakan",
        "error": "Skenario ini tidak dapat dipakai",
        "step_error": "Simulasi berhenti",
        "month": "Bulan",
        "date": "Waktu",
        "month_of": "Bulan {month} dari {horizon}",
        "monitors": "Simulasi ini: dengan kebijakan dibanding tanpa kebijakan",
        "monitor_jobs": "Lapangan kerja IKM: {value}",
        "monitor_unemployment": "Pengangguran: {value} poin persentase",
        "monitor_partnerships": "Kemitraan aktif: {value}",
        "monitor_spending": "Belanja kebijakan sejauh ini: {value}",
        "across_button": "Bandingkan {n} simulasi",
        "across_sentence": "Lapangan kerja IKM lebih tinggi dengan kebijakan di {up} dari {n} "
        "simulasi pada bulan {month} (selisih {low} sampai {high}).",
        "across_note": "Satu simulasi adalah satu kemungkinan sejarah; jarak antara kedua "
        "garis berubah dengan seed.",
        "links": "kemitraan",
        "colour_by": "Warnai titik menurut",
        "colour_region": "daerah",
        "colour_actor": "IKM atau instansi",
        "actor_firm": "IKM",
        "actor_agency": "instansi",
        "levers": "Kebijakan (mulai bulan 1)",
        "barriers": "Hambatan",
        "replay_note": "Menggeser slider mengulang simulasi dari bulan 1 sampai bulan yang tampil.",
    },
}

for _kind in Kind:
    APP_TEXT["en"][f"kind_{_kind.name}"] = _kind.spec.label_en
    APP_TEXT["id"][f"kind_{_kind.name}"] = _kind.spec.label_id

_SIZE = {
    "en": {"evidence": "Its size: from trial evidence.", "assumed": "Its size: assumed."},
    "id": {"evidence": "Besarannya: dari bukti uji acak.", "assumed": "Besarannya: asumsi."},
}
_COST = {"en": "Its cost: {basis}.", "id": "Biayanya: {basis}."}
for _name, _lever in LEVER_SPECS.items():  # each lever brings its own name and tip
    for _lang in ("en", "id"):
        APP_TEXT[_lang][_name] = _lever.label[_lang]
        APP_TEXT[_lang][f"{_name}_tip"] = " ".join(
            (
                _lever.tip[_lang],
                _SIZE[_lang][_lever.evidence],
                _COST[_lang].format(basis=cost_basis(_name, _lang)),
            )
        )
