"""Report wording in English and Indonesian (every key in both)."""

from sim.levers import LEVER_SPECS

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "summary": "Summary",
        "no_baseline": "This experiment has no baseline scenario, so no differences, verdicts "
        "or costs per job are computed; what it shows is how the outcomes depend on the "
        "parameters varied (sensitivity, below).",
        "sensitivity_seed_share": "Seeds alone account for {share} of the variance of {metric} "
        "at the horizon (the spread between seeds at the same design point): indices below "
        "that share cannot be told from noise.",
        "sensitivity_one_seed": "One seed per design point: how much of the variance of "
        "{metric} is seed noise cannot be measured, and the indices may mostly measure it.",
        "sum_s1": "sum of S1 = {sum} > 1",
        "col_parameter": "Parameter",
        "col_measure": "Measure",
        "col_month": "When",
        "sensitivity_bad": "Warning: the indices of {metric} are not trustworthy ({what}); "
        "more design points or more seeds per point are needed.",
        "recommend": "Recommended on this evidence: {scenario}. It adds {jobs} jobs by {when} "
        "(95% interval {interval}) against the baseline, about {per_miliar} jobs per Rp 1 "
        "miliar of policy spending ({per_job} per job).",
        "recommend_none": "No scenario adds jobs beyond chance by {when}: every difference from "
        "the baseline lies within its interval's reach of zero or of the placebo's noise.",
        "creates_line": "{scenario}: {jobs} jobs by {when} (95% interval {interval}), "
        "{per_miliar} jobs per Rp 1 miliar.",
        "costs_line": "{scenario}: fewer jobs, {jobs} by {when} (95% interval {interval}).",
        "inconclusive_line": "{scenario}: inconclusive, {jobs} jobs by {when} "
        "(95% interval {interval}, which includes zero or stays within the noise floor).{settle}",
        "settle": " About {needed} paired seeds would settle it (this experiment has {seeds}).",
        "settle_never": " No number of seeds would settle it: the mean effect is within the noise.",
        "col_needed": "Seeds to settle it",
        "budget_line": "Budget: {scenario} spends more than the industry budget (APBD) of "
        "{regions} in up to {years} budget years ({first} to {last}); at most {spent} in a "
        "year in {region}, {times} times its APBD line of {budget}.",
        "how_sure": "How sure: {seeds} paired seeds per scenario; a difference counts only "
        "when its whole 95% interval clears zero and the placebo's noise floor ({floor} jobs).",
        "how_sure_no_placebo": "How sure: {seeds} paired seeds per scenario; a difference "
        "counts only when its whole 95% interval clears zero (no placebo in this experiment, "
        "so no noise floor was measured).",
        "scenarios_heading": "The scenarios compared",
        "budget": "Budget",
        "budget_note": "Each lever's settings, the spending by the last month and when its cap "
        "was used up (median over seeds); then spending per budget year against the region's "
        "industry budget (APBD).",
        "col_rank": "Rank",
        "col_scenario": "Scenario",
        "col_description": "What it is",
        "col_levers": "Levers (start, strength, cap)",
        "col_verdict": "Verdict",
        "col_jobs": "Jobs vs baseline",
        "col_interval": "95% interval",
        "col_per_miliar": "Jobs per Rp 1 miliar",
        "col_per_job": "Cost per job",
        "col_spending": "Policy spending",
        "col_lever": "Lever",
        "col_size_basis": "Size of its effect",
        "size_evidence": "from trial evidence",
        "size_assumed": "assumed (no trial evidence)",
        "col_start": "Starts",
        "col_intensity": "Strength",
        "col_cap": "Cap",
        "col_spent": "Spent",
        "col_used_up": "Cap used up",
        "col_region": "Region",
        "col_year": "Budget year",
        "col_budget": "Industry budget (APBD)",
        "col_share": "Share of APBD",
        "col_over": "Over APBD",
        "col_metric": "Measure",
        "col_when": "When",
        "col_difference": "Difference",
        "col_floor": "Noise floor",
        "yes": "yes",
        "no": "no",
        "never": "not used up",
        "no_levers": "no lever",
        "unit_jobs": "jobs",
        "unit_pp": "percentage points",
        "fan_title": "{metric}: median and 10-90% band across seeds, each scenario (colour) "
        "over the baseline (grey)",
        "difference_title": "{metric}: difference from the baseline, paired by seed, 95% interval",
        "noise_band": "noise floor (placebo)",
        "axis_time": "Time",
        "axis_partnerships": "partnerships (real)",
        "kinds_title": "Active partnerships by kind: {scenario} (median across seeds)",
        "formed": "formed",
        "endings_title": "Partnerships formed and ended, by reason (whole run, median across "
        "seeds)",
        "distribution_title": "{metric}, {when}: one point per seed",
        "network_title": "Partnership network: {scenario}, seed {run}, {when} ({edges} "
        "partnerships; nodes coloured by region)",
        "sobol_s1": "first order (S1)",
        "sobol_st": "total (ST)",
        "sobol_axis": "Sobol index (0..1)",
        "axis_month": "Month",
        "axis_difference": "difference ({unit})",
        "title": "Kemitraan experiment report",
        "run": "What was run",
        "headline": "Headline comparison",
        "headline_note": "Jobs are the difference in employment from the baseline at "
        "{horizon}, paired by seed, with a 95% bootstrap interval. The verdict is 'creates "
        "jobs' only when the whole interval lies above zero and above the placebo's noise "
        "floor ('costs jobs' when wholly below); otherwise 'inconclusive', and then no cost "
        "per job or jobs per Rp 1 miliar is shown. Scenarios that create jobs are ranked by "
        "jobs per Rp 1 miliar of policy spending; the others follow, unranked.",
        "verdict_creates jobs": "creates jobs",
        "verdict_costs jobs": "costs jobs",
        "verdict_inconclusive": "inconclusive",
        "figures": "Figures",
        "tables": "Differences from the baseline",
        "provinces": "By province",
        "provinces_note": "Jobs against the baseline summed over each province's regions, "
        "paired by seed, with a 95% bootstrap interval.",
        "col_province": "Province",
        "sensitivity": "Sensitivity (Sobol or Morris indices)",
        "sensitivity_none": "This experiment has no Sobol or Morris design; run one such as "
        "scenarios/experiments/sensitivity_sobol.yaml.",
        "discovery": "Scenario discovery",
        "discovery_note": "Parameter ranges where unemployment at the horizon is below its "
        "median over all runs ({target:.3g}%), from a decision tree.",
        "discovery_none": "No design parameters were varied in this experiment.",
        "caveats": "Caveats",
        "caveat_seeds": "{seeds} seeds per scenario (base seed {base_seed}); run k of every "
        "scenario shares its random numbers, so differences are paired.",
        "caveat_band": "Bands show the median and the 10-90% range across seeds: the spread "
        "of possible histories, not a forecast interval.",
        "caveat_model": "The modelled IKM are a small part of each region's economy; read "
        "changes against the baseline, not levels. Parameters are documented "
        "defaults and assumptions (kemitraan params), not estimates.",
        "experiment": "Experiment",
        "scenarios": "Scenarios",
        "seeds": "Seeds",
        "engine": "Engine",
        "engine_in-process": "one process",
        "engine_process-pool": "a pool of processes",
        "engine_dask": "Dask cluster",
        "base": "base",
        "versions": "Versions",
        "commit": "Git commit",
        "when": "Run",
    },
    "id": {
        "summary": "Ringkasan",
        "no_baseline": "Eksperimen ini tidak memiliki skenario dasar, sehingga selisih, "
        "kesimpulan dan biaya per lapangan kerja tidak dihitung; yang ditunjukkan adalah "
        "seberapa besar hasil bergantung pada parameter yang divariasikan (sensitivitas, di "
        "bawah).",
        "sensitivity_seed_share": "Seed saja menjelaskan {share} ragam {metric} pada akhir "
        "horizon (sebaran antar-seed pada titik desain yang sama): indeks di bawah bagian itu "
        "tidak dapat dibedakan dari derau.",
        "sensitivity_one_seed": "Satu seed per titik desain: berapa bagian ragam {metric} "
        "yang berasal dari derau seed tidak dapat diukur, dan indeks mungkin terutama "
        "mengukur derau itu.",
        "sum_s1": "jumlah S1 = {sum} > 1",
        "col_parameter": "Parameter",
        "col_measure": "Ukuran",
        "col_month": "Waktu",
        "sensitivity_bad": "Peringatan: indeks {metric} tidak dapat dipercaya ({what}); "
        "diperlukan lebih banyak titik desain atau seed per titik.",
        "recommend": "Rekomendasi berdasarkan hasil ini: {scenario}. Skenario ini menambah "
        "{jobs} lapangan kerja hingga {when} (selang 95% {interval}) dibanding skenario dasar, "
        "sekitar {per_miliar} lapangan kerja per Rp 1 miliar belanja kebijakan ({per_job} per "
        "lapangan kerja).",
        "recommend_none": "Tidak ada skenario yang menambah lapangan kerja melebihi faktor "
        "kebetulan hingga {when}: setiap selisih terhadap skenario dasar masih dalam jangkauan "
        "nol atau derau plasebo.",
        "creates_line": "{scenario}: {jobs} lapangan kerja hingga {when} (selang 95% "
        "{interval}), {per_miliar} lapangan kerja per Rp 1 miliar.",
        "costs_line": "{scenario}: lapangan kerja berkurang, {jobs} hingga {when} (selang 95% "
        "{interval}).",
        "inconclusive_line": "{scenario}: tidak meyakinkan, {jobs} lapangan kerja hingga {when} "
        "(selang 95% {interval}, mencakup nol atau masih dalam ambang derau).{settle}",
        "settle": " Sekitar {needed} seed berpasangan akan memastikannya (eksperimen ini "
        "memakai {seeds}).",
        "settle_never": " Berapa pun seed tidak akan memastikannya: rata-rata efeknya masih "
        "dalam derau.",
        "col_needed": "Seed yang diperlukan",
        "budget_line": "Anggaran: {scenario} membelanjakan lebih dari anggaran industri "
        "(APBD) {regions} pada paling banyak {years} tahun anggaran ({first} sampai {last}); "
        "tertinggi {spent} setahun di {region}, {times} kali pos APBD-nya sebesar {budget}.",
        "how_sure": "Tingkat keyakinan: {seeds} seed berpasangan per skenario; selisih dihitung "
        "hanya bila seluruh selang 95%-nya melewati nol dan ambang derau plasebo ({floor} "
        "lapangan kerja).",
        "how_sure_no_placebo": "Tingkat keyakinan: {seeds} seed berpasangan per skenario; "
        "selisih dihitung hanya bila seluruh selang 95%-nya melewati nol (eksperimen ini tanpa "
        "plasebo, sehingga ambang derau tidak diukur).",
        "scenarios_heading": "Skenario yang dibandingkan",
        "budget": "Anggaran",
        "budget_note": "Pengaturan setiap instrumen, belanja hingga bulan terakhir dan kapan "
        "pagunya habis (median antar-seed); lalu belanja per tahun anggaran dibanding anggaran "
        "industri daerah (APBD).",
        "col_rank": "Peringkat",
        "col_scenario": "Skenario",
        "col_description": "Keterangan",
        "col_levers": "Instrumen (mulai, kekuatan, pagu)",
        "col_verdict": "Kesimpulan",
        "col_jobs": "Lapangan kerja vs dasar",
        "col_interval": "Selang 95%",
        "col_per_miliar": "Lapangan kerja per Rp 1 miliar",
        "col_per_job": "Biaya per lapangan kerja",
        "col_spending": "Belanja kebijakan",
        "col_lever": "Instrumen",
        "col_size_basis": "Besaran efeknya",
        "size_evidence": "dari bukti uji acak",
        "size_assumed": "asumsi (tanpa bukti uji acak)",
        "col_start": "Mulai",
        "col_intensity": "Kekuatan",
        "col_cap": "Pagu",
        "col_spent": "Terbelanjakan",
        "col_used_up": "Pagu habis",
        "col_region": "Daerah",
        "col_year": "Tahun anggaran",
        "col_budget": "Anggaran industri (APBD)",
        "col_share": "Bagian dari APBD",
        "col_over": "Melebihi APBD",
        "col_metric": "Ukuran",
        "col_when": "Waktu",
        "col_difference": "Selisih",
        "col_floor": "Ambang derau",
        "yes": "ya",
        "no": "tidak",
        "never": "tidak habis",
        "no_levers": "tanpa instrumen",
        "unit_jobs": "lapangan kerja",
        "unit_pp": "poin persentase",
        "fan_title": "{metric}: median dan pita 10-90% antar-seed, tiap skenario (berwarna) "
        "di atas skenario dasar (abu-abu)",
        "difference_title": "{metric}: selisih terhadap skenario dasar, berpasangan menurut "
        "seed, selang 95%",
        "noise_band": "ambang derau (plasebo)",
        "axis_time": "Waktu",
        "axis_partnerships": "kemitraan (riil)",
        "kinds_title": "Kemitraan aktif menurut jenis: {scenario} (median antar-seed)",
        "formed": "terbentuk",
        "endings_title": "Kemitraan terbentuk dan berakhir, menurut sebab (seluruh jalannya, "
        "median antar-seed)",
        "distribution_title": "{metric}, {when}: satu titik per seed",
        "network_title": "Jaringan kemitraan: {scenario}, seed {run}, {when} ({edges} "
        "kemitraan; simpul diwarnai menurut daerah)",
        "sobol_s1": "orde pertama (S1)",
        "sobol_st": "efek total (ST)",
        "sobol_axis": "indeks Sobol (0..1)",
        "axis_month": "Bulan",
        "axis_difference": "selisih ({unit})",
        "title": "Laporan eksperimen Kemitraan",
        "run": "Apa yang dijalankan",
        "headline": "Perbandingan utama",
        "headline_note": "Lapangan kerja adalah selisih penduduk bekerja terhadap skenario "
        "dasar pada {horizon}, berpasangan menurut seed, dengan selang bootstrap "
        "95%. Kesimpulan 'menambah lapangan kerja' hanya bila seluruh selang di atas nol dan "
        "di atas ambang derau plasebo ('mengurangi lapangan kerja' bila seluruhnya di bawah); "
        "selain itu 'tidak meyakinkan', dan biaya per lapangan kerja maupun lapangan kerja "
        "per Rp 1 miliar tidak ditampilkan. Skenario yang menambah lapangan kerja diurutkan "
        "menurut lapangan kerja per Rp 1 miliar belanja kebijakan; sisanya menyusul tanpa "
        "peringkat.",
        "verdict_creates jobs": "menambah lapangan kerja",
        "verdict_costs jobs": "mengurangi lapangan kerja",
        "verdict_inconclusive": "tidak meyakinkan",
        "figures": "Grafik",
        "tables": "Selisih terhadap skenario dasar",
        "provinces": "Menurut provinsi",
        "provinces_note": "Lapangan kerja dibanding skenario dasar, dijumlahkan atas "
        "kabupaten/kota setiap provinsi, berpasangan menurut seed, dengan selang bootstrap 95%.",
        "col_province": "Provinsi",
        "sensitivity": "Sensitivitas (indeks Sobol atau Morris)",
        "sensitivity_none": "Eksperimen ini tidak memakai desain Sobol atau Morris; jalankan "
        "misalnya scenarios/experiments/sensitivity_sobol.yaml.",
        "discovery": "Penemuan skenario",
        "discovery_note": "Rentang parameter yang membuat pengangguran pada akhir horizon di "
        "bawah median seluruh jalannya ({target:.3g}%), dari pohon keputusan.",
        "discovery_none": "Eksperimen ini tidak memvariasikan parameter apa pun.",
        "caveats": "Catatan kehati-hatian",
        "caveat_seeds": "{seeds} seed per skenario (seed dasar {base_seed}); jalannya ke-k "
        "setiap skenario memakai bilangan acak yang sama, sehingga selisihnya "
        "berpasangan.",
        "caveat_band": "Pita menunjukkan median dan rentang 10-90% antar-seed: sebaran "
        "kemungkinan lintasan, bukan selang ramalan.",
        "caveat_model": "IKM yang dimodelkan hanya sebagian kecil ekonomi daerah; bacalah "
        "perubahan terhadap skenario dasar, bukan tingkatnya. Parameter adalah "
        "nilai bawaan dan asumsi yang terdokumentasi (kemitraan params), bukan "
        "hasil estimasi.",
        "experiment": "Eksperimen",
        "scenarios": "Skenario",
        "seeds": "Seed",
        "engine": "Mesin",
        "engine_in-process": "satu proses",
        "engine_process-pool": "kumpulan proses",
        "engine_dask": "klaster Dask",
        "base": "dasar",
        "versions": "Versi",
        "commit": "Commit git",
        "when": "Dijalankan",
    },
}


SCENARIO_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "baseline": "Baseline (no lever)",
        "placebo": "Placebo (a lever too weak to matter)",
        "combined": "All levers together",
    },
    "id": {
        "baseline": "Skenario dasar (tanpa instrumen)",
        "placebo": "Plasebo (instrumen terlalu lemah untuk berpengaruh)",
        "combined": "Semua instrumen sekaligus",
    },
}


for _name, _lever in LEVER_SPECS.items():  # each lever brings its own name
    for _lang in ("en", "id"):
        SCENARIO_LABELS[_lang][_name] = _lever.label[_lang]


def size_basis(lever: str, lang: str) -> str:
    """Whether a lever's size rests on trial evidence or is assumed, in words."""
    spec = LEVER_SPECS.get(lever)
    if spec is None:
        return ""
    return TEXT[lang]["size_evidence" if spec.evidence == "evidence" else "size_assumed"]


def scenario_label(name: str, lang: str) -> str:
    """A scenario's or lever's name in the language (its file name if unknown)."""
    return SCENARIO_LABELS[lang].get(name, name)
