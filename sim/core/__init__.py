"""Base types of the model: kinds and codes, actor columns, calendar months."""
