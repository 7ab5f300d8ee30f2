export * from "./common";
export * from "./call";
export * from "./country";
export * from "./event";
export * from "./person";
export * from "./source";
export * from "./topic";
export * from "./lead";
