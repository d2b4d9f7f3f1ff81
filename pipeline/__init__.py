"""newsfacts pipeline: Prefect flows and tasks, the command line, the facts browser."""
