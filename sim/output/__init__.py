"""One run's outputs: tidy tables and Parquet files, the figure, running and writing a run."""
