import { readFileSync } from "node:fs";

/**
 * CPU time the whole host spent busy (every process: the app, the engine, PostgreSQL, and anything else running),
 * from /proc/stat, in seconds; Linux only. The "CPU per application, whole host" is the difference of two
 * reads divided by the applications, so a quiet machine is needed for a fair figure.
 */
export function hostBusyCpuSeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
  // cpu user nice system idle iowait irq softirq steal …: busy is all but idle and iowait.
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const clockTicksPerSecond = 100;
  return (user + nice + system + irq + softirq + steal) / clockTicksPerSecond;
}
