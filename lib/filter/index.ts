export * from "./filter";
export * from "./options";
export * from "./params";
