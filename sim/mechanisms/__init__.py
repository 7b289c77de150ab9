"""Pure rules of the model: arrays and pre-drawn random numbers in, decisions out.

No Mesa, no model object, no random generator inside: each function can be tested alone
with hand-chosen numbers.
"""
