// Benchmarks: filled in by each capability.
print("siloscope-bench: no benchmarks yet")
