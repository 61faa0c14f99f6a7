#!/usr/bin/env node
// Launcher: imports the built CLI and nothing else.
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
