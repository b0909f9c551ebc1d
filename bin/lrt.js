#!/usr/bin/env node
// The compiled CLI; `npm run compile` (part of `npm run build` and `npm test`) produces dist/.
import '../dist/cli/run.js';
