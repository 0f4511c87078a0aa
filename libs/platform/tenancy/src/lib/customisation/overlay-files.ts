import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { OVERLAY_FOLDERS, type OverlayEntry, type OverlayKind, type PermissionSetDef } from '@platform/metadata';
import { parse, stringify } from 'yaml';

/** A tenant permission set as exported: its definition without what the loader adds. */
export type ExportedPermissionSet = Pick<PermissionSetDef, 'apiName' | 'label' | 'objects' | 'fields' | 'customPermissions' | 'apps'> & {
  description?: string;
};

export interface OverlayFiles {
  /** Relative path (with /) → YAML text. */
  files: Map<string, string>;
}

const KIND_OF_FOLDER = new Map(Object.entries(OVERLAY_FOLDERS).map(([kind, folder]) => [folder, kind as OverlayKind]));

/**
 * A tenant's customisations as files in the metadata format, laid out like a package:
 * `objects/<Object>/fields/<Field>.yaml`, `…/validationRules/`, `…/layouts/`, `…/recordPages/`,
 * `…/fieldChanges/` (labels, help text and picklist values added to package fields) and
 * `permissionSets/<Name>.yaml`, with `customisations.yaml` saying where they came from.
 */
export function overlayToFiles(
  entries: OverlayEntry[],
  permissionSets: ExportedPermissionSet[],
  about: { tenant: string; packages: { name: string; version: string }[] },
): Map<string, string> {
  const files = new Map<string, string>();
  files.set('customisations.yaml', stringify({ tenant: about.tenant, packages: about.packages.map((p) => `${p.name} ${p.version}`) }));
  const sorted = [...entries].sort((a, b) => path(a).localeCompare(path(b)));
  for (const entry of sorted) files.set(path(entry), stringify(entry.body));
  for (const ps of [...permissionSets].sort((a, b) => a.apiName.localeCompare(b.apiName))) {
    const { apiName, ...body } = ps;
    files.set(`permissionSets/${apiName}.yaml`, stringify(body));
  }
  return files;
}

const path = (e: OverlayEntry) => `objects/${e.object}/${OVERLAY_FOLDERS[e.kind]}/${e.apiName}.yaml`;

/** Reads what overlayToFiles wrote (or a person edited); a file that does not belong is an error naming it. */
export function filesToOverlay(files: Map<string, string>): {
  entries: OverlayEntry[];
  permissionSets: ExportedPermissionSet[];
  errors: string[];
} {
  const entries: OverlayEntry[] = [];
  const permissionSets: ExportedPermissionSet[] = [];
  const errors: string[] = [];
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (file === 'customisations.yaml') continue;
    let body: unknown;
    try {
      body = parse(text);
    } catch (error) {
      errors.push(`${file}: YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      errors.push(`${file}: expected a YAML mapping`);
      continue;
    }
    const object = /^objects\/([^/]+)\/([^/]+)\/([^/]+)\.yaml$/.exec(file);
    const permissionSet = /^permissionSets\/([^/]+)\.yaml$/.exec(file);
    const kind = object && KIND_OF_FOLDER.get(object[2]);
    if (object && kind) entries.push({ kind, object: object[1], apiName: object[3], body: body as Record<string, unknown> });
    else if (permissionSet) permissionSets.push({ apiName: permissionSet[1], ...(body as Omit<ExportedPermissionSet, 'apiName'>) });
    else
      errors.push(
        `${file}: not a customisation file (expected objects/<Object>/{${Object.values(OVERLAY_FOLDERS).join(',')}}/<Name>.yaml or permissionSets/<Name>.yaml)`,
      );
  }
  return { entries, permissionSets, errors };
}

export async function writeOverlayFiles(dir: string, files: Map<string, string>): Promise<void> {
  for (const [file, text] of files) {
    const target = join(dir, ...file.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

export async function readOverlayFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.yaml')) files.set(relative(dir, full).split(sep).join('/'), await readFile(full, 'utf8'));
    }
  };
  await walk(dir);
  return files;
}
