"""Every kabupaten and kota: find one by name, derive its figures, write its scenario."""
