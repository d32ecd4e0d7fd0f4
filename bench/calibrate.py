"""How busy the machine is: prints the CPU seconds a fixed loop takes (bench/check.sh runs it
before each measured run). On an idle 2-core cloud machine it takes about 0.33 s; more means
another process or machine shared the core, and the run after it was slowed as well."""
import time

start = time.process_time()
total = 0
for i in range(3_000_000):
    total += i * i
print(f"{time.process_time() - start:.3f}")
