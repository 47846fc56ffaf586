// The console's queues wait for their data under a loading line. It sits in this route group, not over the whole
// staff section: a boundary there would start every staff page streaming before a case, review, appeal or visit
// that is not there could answer 404.
export { LoadingLine as default } from "@/components/recovery/loading-line";
