"""Front ends that feed the pipeline from other pipelines: JSONL streams and batches of files."""
