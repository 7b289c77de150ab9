"""Monthly steps: each wires pure mechanisms to the model's tables and random streams."""
