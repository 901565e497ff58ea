"""Many articles in one run: the plan, the run on this machine and on a Dask cluster."""
