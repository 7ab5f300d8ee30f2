/** `npm run new-call`: see scripts/new-call/command.ts, or `npm run new-call -- --help`. */
import { newCallCommand } from "./new-call/command";

const code = await newCallCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
});
process.exitCode = code;
