"""Report wording in English and Indonesian (every key in both)."""

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Kemitraan experiment report",
        "run": "What was run",
        "headline": "Headline comparison",
        "headline_note": "Jobs are the difference in employment from the baseline at month "
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
        "versions": "Versions",
        "commit": "Git commit",
        "when": "Run",
    },
    "id": {
        "title": "Laporan eksperimen Kemitraan",
        "run": "Apa yang dijalankan",
        "headline": "Perbandingan utama",
        "headline_note": "Lapangan kerja adalah selisih penduduk bekerja terhadap skenario "
        "dasar pada bulan ke-{horizon}, berpasangan menurut seed, dengan selang bootstrap "
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
        "versions": "Versi",
        "commit": "Commit git",
        "when": "Dijalankan",
    },
}
