export { LoadingLine as default } from "@/components/recovery/loading-line";
