import { readFile } from 'node:fs/promises';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { MetadataError } from '../model';

type Path = readonly PropertyKey[];

/**
 * A parsed YAML file that can say on which line any value, or any key, stands: every metadata
 * error is reported against the line a person has to change.
 */
export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  static async read(file: string, displayName: string, errors: MetadataError[]) {
    return YamlSource.fromText(await readFile(file, 'utf8'), displayName, errors);
  }

  /** YAML that is not in a file (a tenant's customisation, stored in the database). */
  static fromText(text: string, displayName: string, errors: MetadataError[]) {
    const lines = new LineCounter();
    const doc = parseDocument(text, {
      lineCounter: lines,
      uniqueKeys: true,
      prettyErrors: true,
    });
    const source = new YamlSource(displayName, doc, lines);
    for (const e of doc.errors) {
      const [line, column] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [1, 1];
      errors.push({
        file: displayName,
        line,
        column,
        message: `YAML: ${firstLine(e.message)}`,
      });
    }
    return doc.errors.length ? undefined : source;
  }

  get value(): unknown {
    return this.doc.toJS() ?? {};
  }

  /** The position of the value at `path`, or of the nearest enclosing node that exists. */
  at(path: Path): { line: number; column: number } {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      if (node && (node as Node).range) return this.pos((node as Node).range![0]);
    }
    return { line: 1, column: 1 };
  }

  /** The position of a key inside the map at `path` (an unknown key is reported on itself). */
  keyAt(path: Path, key: string): { line: number; column: number } {
    const map = path.length ? this.doc.getIn(path as unknown[], true) : this.doc.contents;
    if (isMap(map)) {
      const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return this.pos(pair.key.range[0]);
    }
    return this.at(path);
  }

  /** Where each top-level key's value starts (block scalars start on the line after the key). */
  get ref(): { file: string; line: number; keyLines: Record<string, number> } {
    const keyLines: Record<string, number> = {};
    const root = this.doc.contents;
    if (isMap(root)) {
      for (const pair of root.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.value as Node | null;
        const offset = value?.range?.[0] ?? (pair.key as Node).range?.[0] ?? 0;
        const isBlock = isScalar(value) && (value.type === 'BLOCK_FOLDED' || value.type === 'BLOCK_LITERAL');
        keyLines[String(pair.key.value)] = this.pos(offset).line + (isBlock ? 1 : 0);
      }
    }
    return { file: this.file, line: 1, keyLines };
  }

  error(path: Path, message: string): MetadataError {
    return {
      file: this.file,
      ...this.at(path),
      message,
      path: path.map(String),
    };
  }

  /** Parses the file's content with a schema, turning every issue into a located error. */
  parse<S extends z.ZodType>(schema: S, errors: MetadataError[]): z.output<S> | undefined {
    const result = schema.safeParse(this.value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.report(issue as Issue, [], errors);
    return undefined;
  }

  private report(issue: Issue, prefix: PropertyKey[], errors: MetadataError[]): void {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) {
        errors.push({
          file: this.file,
          ...this.keyAt(path, key),
          message: `${describe(path)}unknown key '${key}'`,
          path: [...path.map(String), key],
        });
      }
      return;
    }
    if (issue.code === 'invalid_union' && issue.errors?.length) {
      // Report the alternative that came closest rather than a bare "invalid input".
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      for (const inner of closest) this.report(inner, path, errors);
      return;
    }
    errors.push({
      file: this.file,
      ...this.at(path),
      message: `${describe(path)}${issue.message}`,
      path: path.map(String),
    });
  }

  private pos(offset: number) {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  errors?: Issue[][];
}

const describe = (path: Path) => (path.length ? `'${path.map(String).join('.')}': ` : '');
/** yaml's messages end with their own position, which the report already gives. */
const firstLine = (s: string) => s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
