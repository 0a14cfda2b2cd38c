export * from "./tags";
export * from "./retention";
