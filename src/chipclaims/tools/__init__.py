"""Tools apart from the pipeline: the benchmark, the browser and PDF export of the book,
executing notebooks, and staging the book over another folder."""
