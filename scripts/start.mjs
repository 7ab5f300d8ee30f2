/**
 * `npm start`: builds when there is no production build or it is out of date (the code or the
 * data changed), then serves it on $PORT (default 3000).
 */
import { dataDirInUse } from "./build-stamp.mjs";
import { ensureBuild } from "./ensure-build.mjs";
import { startServer } from "./server.mjs";

const port = process.env.PORT || "3000";
ensureBuild();
console.log(`Readout on http://localhost:${port} (data: ${dataDirInUse()})`);
const server = startServer({ port });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
