// Imports an O*NET release into content/onet/:
//   npm run import:onet -- <folder of O*NET text files> [<output folder, default content/onet>]
// Reads only the files and columns in scripts/onet/files.ts; any renamed file or column fails with one line.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { importOnet } from './onet/import.ts';
import { OnetImportError } from './onet/errors.ts';

const [folder, out = 'content/onet'] = process.argv.slice(2);
if (!folder || !existsSync(folder)) {
  console.log(
    `import:onet: ${folder ? `there is no folder ${folder}` : 'name the folder of O*NET text files'} — run "npm run import:onet -- <folder>"`,
  );
  process.exitCode = 2;
} else {
  try {
    const { occupations } = importOnet(resolve(folder), resolve(out));
    console.log(`import:onet: wrote ${occupations} occupations and the reference tables to ${out}.`);
  } catch (error) {
    if (!(error instanceof OnetImportError)) throw error;
    console.log(error.message);
    process.exitCode = 1;
  }
}
