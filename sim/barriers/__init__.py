"""The four barriers of docs/odd.md §7.9, one module each: its parameters, its rules, its effects.

- `culture`: distance between working cultures; one fit factor for match value, monthly
  success and benefit.
- `budget`: partnership costs against free cash, at acceptance and every month.
- `bureaucracy`: permit delays and abandonment while waiting.
- `trust`: learnt with forgetting; sets monthly success; too little ends a partnership.
"""
