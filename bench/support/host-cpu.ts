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

/** CPU time (user + system) one process has used so far, from /proc/<pid>/stat, in seconds; Linux only. */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis. utime and stime are
  // fields 14 and 15, the 12th and 13th after it.
  const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const clockTicksPerSecond = 100;
  return (Number(after[11]) + Number(after[12])) / clockTicksPerSecond;
}
