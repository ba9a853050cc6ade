"""Quality measurement on gold data, shared by the benchmarks, the test gates and ``lintas eval``."""
