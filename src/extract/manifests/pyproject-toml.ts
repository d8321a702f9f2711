import type { EvidenceSink } from '../../types/extractor.js';
import type { DependencyScope } from '../../types/evidence.js';
import { scopeOf } from './dependency-evidence.js';
import { KeyLines } from '../key-lines.js';
import { asRecord, asString, entriesOf, parseOrWarn, stringsOf, type Rec } from '../structured-data.js';
import { licenceFilePointer, manifestLicence } from './manifest-licence.js';
import type { ManifestParser } from './manifest-parser.js';
import { addDependencyTable } from './dependency-table.js';
import { addRequirement } from './python-requirements.js';

// pyproject.toml: PEP 621 [project] (license, dependencies, optional-dependencies),
// PEP 735 [dependency-groups], and Poetry's [tool.poetry] (license, dependency tables).

function parsePyproject(text: string, file: string, sink: EvidenceSink): void {
  const doc = asRecord(parseOrWarn(text, 'TOML', file, sink));
  if (!doc) return;
  const lines = new KeyLines(text);
  const project = asRecord(doc['project']);
  if (project) readProject(project, lines, file, sink);

  const groups = lines.section('dependency-groups');
  for (const [group, list] of entriesOf(doc['dependency-groups'])) {
    addRequirementList(
      stringsOf(list),
      lines.assignedKey(group, groups?.end ?? 0)?.end ?? 0,
      lines,
      file,
      sink,
      scopeOf(group, 'optional'),
    );
  }

  const poetry = asRecord(asRecord(doc['tool'])?.['poetry']);
  if (poetry) readPoetry(poetry, lines, file, sink);
}

function readProject(project: Rec, lines: KeyLines, file: string, sink: EvidenceSink): void {
  const section = lines.section('project');
  const from = section?.end ?? 0;
  const detail = 'pyproject.toml [project] license';
  const licence = project['license'];
  const licenceLine = lines.assignedKey('license', from, '=')?.line ?? section?.line ?? 0;
  const table = asRecord(licence);
  const text = asString(licence) ?? asString(table?.['text']);
  const path = asString(table?.['file']);
  if (text !== undefined) sink.add(manifestLicence(text, { file, line: licenceLine }, detail));
  else if (path !== undefined) sink.add(licenceFilePointer(path, { file, line: licenceLine }, detail));

  const deps = lines.assignedKey('dependencies', from, '=');
  addRequirementList(stringsOf(project['dependencies']), deps?.end ?? from, lines, file, sink);

  const optional =
    lines.section('project.optional-dependencies') ?? lines.assignedKey('optional-dependencies', from);
  for (const [extra, list] of entriesOf(project['optional-dependencies'])) {
    const key = lines.assignedKey(extra, optional?.end ?? from, '=');
    addRequirementList(
      stringsOf(list),
      key?.end ?? optional?.end ?? from,
      lines,
      file,
      sink,
      scopeOf(extra, 'optional'),
    );
  }
}

function readPoetry(poetry: Rec, lines: KeyLines, file: string, sink: EvidenceSink): void {
  const section = lines.section('tool.poetry');
  const licence = asString(poetry['license']);
  if (licence !== undefined) {
    const line = lines.assignedKey('license', section?.end ?? 0, '=')?.line ?? section?.line ?? 0;
    sink.add(manifestLicence(licence, { file, line }, 'pyproject.toml [tool.poetry] license'));
  }
  addDependencyTable(poetry['dependencies'], 'tool.poetry.dependencies', lines, file, sink);
  addDependencyTable(poetry['dev-dependencies'], 'tool.poetry.dev-dependencies', lines, file, sink);
  for (const [group, value] of entriesOf(poetry['group'])) {
    const header = `tool.poetry.group.${group}.dependencies`;
    addDependencyTable(asRecord(value)?.['dependencies'], header, lines, file, sink);
  }
}

/** An array of PEP 508 strings; each is looked up after `from` so repeated names keep their order. */
function addRequirementList(
  specs: string[],
  from: number,
  lines: KeyLines,
  file: string,
  sink: EvidenceSink,
  scope?: DependencyScope,
): void {
  let cursor = from;
  for (const spec of specs) {
    const found = lines.literal(spec, cursor);
    if (found) cursor = found.end;
    addRequirement(sink, file, spec, found?.line ?? lines.lineOf(from), 'pypi', scope);
  }
}

export const pyprojectParser: ManifestParser = {
  format: 'pyproject.toml',
  matches: (f) => f.name === 'pyproject.toml',
  parse: parsePyproject,
};
