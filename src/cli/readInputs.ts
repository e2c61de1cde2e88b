import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import * as z from 'zod/mini';
import type { ArticleInput } from '../schema.js';

/** A file the CLI could not use, and why. */
export interface Skipped {
  file: string;
  reason: string;
}

export interface ReadResult {
  inputs: { file: string; input: ArticleInput }[];
  skipped: Skipped[];
  /** What was passed over without being an error (a folder inside a folder, without --recursive). */
  notes: string[];
}

export interface ReadOptions {
  /** Read the folders inside the folders given, each as a folder of its own. */
  recursive?: boolean;
  /** The text of standard input, for the path '-'. */
  readStdin?: () => string;
}

/** Whether `file` lies inside `folder` (a manifest names files inside its folder, never '../../etc/passwd'). */
function inside(folder: string, file: string): boolean {
  const rel = relative(resolve(folder), resolve(folder, file));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Ids made unique: the same file listed twice (one story syndicated under two outlets) gets 'id~2'. */
function uniqueIds(inputs: ReadResult['inputs']): void {
  const seen = new Map<string, number>();
  for (const { input } of inputs) {
    const id = input.id ?? '';
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) input.id = `${id}~${n}`;
  }
}

const ManifestEntrySchema = z.object({
  file: z.string().check(z.minLength(1)),
  outlet: z.string().check(z.trim(), z.minLength(1)),
  publishedAt: z.optional(z.string()),
  url: z.optional(z.string()),
  title: z.optional(z.string()),
  language: z.optional(z.string()),
  id: z.optional(z.string()),
});
const ManifestSchema = z.array(z.unknown());

type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);

/** Reads a file as UTF-8 text, or says why it cannot be used as an article. */
export function readTextFile(file: string): { text: string } | { reason: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: `cannot be read (${code ?? (error as Error).message})` };
  }
  if (bytes.length === 0) return { reason: 'is empty' };
  if (bytes.includes(0)) return { reason: 'is binary (it contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { reason: 'is not UTF-8 text' };
  }
  if (text.trim() === '') return { reason: 'is empty (only white space)' };
  return { text };
}

/** The outlet name a file stands for when no manifest names it: 'the-daily-beast.txt' gives 'the daily beast'. */
export function outletFromFileName(file: string): string {
  const name = basename(file, extname(file)).replace(/[_-]+/g, ' ').trim();
  return name || basename(file);
}

function readManifest(file: string, skipped: Skipped[]): ManifestEntry[] | undefined {
  const read = readTextFile(file);
  if ('reason' in read) {
    skipped.push({ file, reason: `manifest ${read.reason}` });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    skipped.push({ file, reason: `manifest is not valid JSON (${(error as Error).message})` });
    return undefined;
  }
  const list = ManifestSchema.safeParse(json);
  if (!list.success) {
    skipped.push({ file, reason: 'manifest must be a JSON array of { file, outlet, ... } entries' });
    return undefined;
  }
  const entries: ManifestEntry[] = [];
  list.data.forEach((raw, i) => {
    const entry = ManifestEntrySchema.safeParse(raw);
    if (entry.success) entries.push(entry.data);
    else {
      const issue = entry.error.issues[0];
      skipped.push({
        file,
        reason: `manifest entry [${i}].${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      });
    }
  });
  return entries;
}

function inputFor(file: string, text: string, entry?: ManifestEntry): ArticleInput {
  const input: ArticleInput = { outlet: entry?.outlet ?? outletFromFileName(file), text };
  if (entry?.id) input.id = entry.id;
  else input.id = basename(file, extname(file));
  if (entry?.publishedAt) input.publishedAt = entry.publishedAt;
  if (entry?.url) input.url = entry.url;
  if (entry?.title) input.title = entry.title;
  if (entry?.language) input.language = entry.language;
  return input;
}

/** What readInputs gathers as it walks the paths: the inputs read, the files skipped and why, notes. */
class InputReader {
  readonly inputs: ReadResult['inputs'] = [];
  readonly skipped: Skipped[] = [];
  readonly notes: string[] = [];
  /** The entries of an explicit manifest (--manifest), by resolved file path. */
  private readonly byFile = new Map<string, ManifestEntry>();
  private readonly explicit: ManifestEntry[] | undefined;

  constructor(
    manifestPath: string | undefined,
    private readonly options: ReadOptions,
  ) {
    this.explicit = manifestPath ? readManifest(manifestPath, this.skipped) : undefined;
    if (this.explicit && manifestPath)
      for (const e of this.explicit) this.byFile.set(resolve(dirname(manifestPath), e.file), e);
  }

  /** A path given on the command line: '-' for standard input, a folder, or a file. */
  readPath(path: string): void {
    if (path === '-') {
      const text = this.options.readStdin?.() ?? '';
      if (text.trim() === '') this.skipped.push({ file: '-', reason: 'standard input is empty' });
      else this.inputs.push({ file: '-', input: { id: 'stdin', outlet: 'stdin', text } });
      return;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      this.skipped.push({ file: path, reason: `cannot be read (${code})` });
      return;
    }
    if (isDirectory) this.readFolder(path);
    else this.addFile(path);
  }

  private addFile(file: string, entry?: ManifestEntry): void {
    const read = readTextFile(file);
    if ('reason' in read) this.skipped.push({ file, reason: read.reason });
    else this.inputs.push({ file, input: inputFor(file, read.text, entry ?? this.byFile.get(resolve(file))) });
  }

  /** A folder: the files its manifest names (inside the folder only), or else its text files in name order. */
  private readFolder(path: string): void {
    const manifestFile = join(path, 'manifest.json');
    let hasManifest = false;
    try {
      hasManifest = statSync(manifestFile).isFile();
    } catch {
      hasManifest = false;
    }
    if (hasManifest && !this.explicit) {
      for (const entry of readManifest(manifestFile, this.skipped) ?? []) {
        if (!inside(path, entry.file))
          this.skipped.push({
            file: entry.file,
            reason: `is outside the folder of ${manifestFile} (a manifest names files inside its folder)`,
          });
        else this.addFile(join(path, entry.file), entry);
      }
      return;
    }
    const names = readdirSync(path)
      .filter((n) => n !== 'manifest.json' && !n.startsWith('.'))
      .sort();
    for (const name of names) this.readFolderEntry(join(path, name));
  }

  /** One entry of a folder: a subfolder (read with --recursive, else noted), a text file, or skipped. */
  private readFolderEntry(file: string): void {
    let isFile = false;
    try {
      const stat = statSync(file);
      isFile = stat.isFile();
      if (stat.isDirectory()) {
        if (this.options.recursive) this.readFolder(file);
        else this.notes.push(`passed over ${file}: a folder inside a folder (--recursive reads it)`);
        return;
      }
    } catch {
      this.skipped.push({ file, reason: 'cannot be read' });
      return;
    }
    if (!isFile) return;
    if (!TEXT_EXTENSIONS.has(extname(file).toLowerCase())) {
      this.skipped.push({ file, reason: `is not a text file (extension ${extname(file)})` });
      return;
    }
    this.addFile(file);
  }
}

/**
 * Collects article inputs from files and folders. A folder is read through its manifest.json when it has one,
 * else every text file in it is an article named after its file. Files that cannot be used are listed in
 * `skipped` with the reason; the rest are still read.
 */
export function readInputs(paths: string[], manifestPath?: string, options: ReadOptions = {}): ReadResult {
  const reader = new InputReader(manifestPath, options);
  for (const path of paths) reader.readPath(path);
  uniqueIds(reader.inputs);
  return { inputs: reader.inputs, skipped: reader.skipped, notes: reader.notes };
}
