// The console waits for its data under a loading line. It sits in this route group, not over the whole admin
// section: a boundary there would start every admin page streaming before a staff account that is not there could
// answer 404.
export { LoadingLine as default } from "@/components/recovery/loading-line";
