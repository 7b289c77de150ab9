"""The `kemitraan` command line.

`main` holds the app and the core commands, `cmd_*` the sub-commands of each family,
`common` what they share (no `cmd_*` module imports another).
"""
