"""The Indonesian texts of the analysis tables, figures and report (`wording.TEXT["id"]`)."""

INDONESIAN: dict[str, str] = {
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
    "cost_assumed_note": "Biaya per lapangan kerjanya bertumpu pada biaya {levers} yang "
    "diasumsikan: tabel instrumen menyebut dasar setiap biaya.",
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
    "col_cost_basis": "Biayanya",
    "cost_sourced": "dari biaya program",
    "cost_lower bound": "batas bawah bersumber",
    "cost_assumed": "asumsi",
    "cost_transfer": "dana yang disalurkannya",
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
}
