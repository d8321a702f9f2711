import type { EvidenceSink } from '../../types/extractor.js';
import { addDependency, scopeOf } from './dependency-evidence.js';
import type { ManifestParser } from './manifest-parser.js';
import { LineIndex } from '../text-lines.js';

// Java and Kotlin dependencies, named as Maven coordinates ("groupId:artifactId"): a pom.xml's
// <dependency> elements (versions given as ${property} read from its <properties>), and the
// string notation of Gradle build files (`implementation("g:a:1.2")`, `api 'g:a:1.2'`).
// Neither file is evaluated: a version only a plugin or a parent POM gives stays unknown.

/** Most dependencies read from one file: a generated POM of thousands is data. */
const MAX_DEPENDENCIES = 2_000;
const DEPENDENCY = /<dependency>([\s\S]{0,4000}?)<\/dependency>/g;
const PROPERTIES = /<properties>([\s\S]{0,100000}?)<\/properties>/;
const PROPERTY = /<([\w.-]{1,200})>\s{0,20}([^<]{0,200}?)\s{0,20}<\/\1>/g;
const PLACEHOLDER = /^\$\{([\w.-]{1,200})\}$/;
const COORDINATE = /^[\w.-]{1,200}$/;

function field(block: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>\\s{0,20}([^<]{1,300}?)\\s{0,20}</${name}>`).exec(block);
  return m?.[1];
}

function parsePom(text: string, file: string, sink: EvidenceSink): void {
  if (!text.includes('<dependency>')) return;
  const properties = new Map<string, string>();
  const block = PROPERTIES.exec(text)?.[1] ?? '';
  for (const m of block.matchAll(PROPERTY)) if (m[1] && m[2]) properties.set(m[1], m[2].trim());
  const lines = new LineIndex(text);
  let added = 0;
  for (const m of text.matchAll(DEPENDENCY)) {
    const body = m[1] ?? '';
    const group = field(body, 'groupId');
    const artifact = field(body, 'artifactId');
    if (!group || !artifact || !COORDINATE.test(group) || !COORDINATE.test(artifact)) continue;
    const raw = field(body, 'version');
    const placeholder = raw ? PLACEHOLDER.exec(raw) : null;
    const version = placeholder ? properties.get(placeholder[1] ?? '') : raw;
    // Maven's test scope is for the tests; provided and system are the runtime's to supply.
    const scope =
      field(body, 'scope') === 'test'
        ? 'development'
        : field(body, 'optional') === 'true'
          ? 'optional'
          : undefined;
    addDependency(sink, file, 'maven', {
      name: `${group}:${artifact}`,
      ...(version && !version.includes('${') ? { version } : {}),
      line: lines.lineOf(m.index),
      ...(scope ? { scope } : {}),
    });
    if (++added >= MAX_DEPENDENCIES) return;
  }
}

/** Gradle's string notation in a dependency configuration: implementation("g:a:1.2"), api 'g:a'. */
const GRADLE_DEPENDENCY =
  /^\s{0,40}(implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|annotationProcessor|kapt|ksp)\s{0,5}\(?\s{0,5}["']([\w.-]{1,200}):([\w.-]{1,200})(?::([\w.+-]{1,100}))?(?:@[\w]+)?["']/;

function parseGradle(text: string, file: string, sink: EvidenceSink): void {
  const rows = text.split('\n');
  let added = 0;
  for (let i = 0; i < rows.length && added < MAX_DEPENDENCIES; i++) {
    const m = GRADLE_DEPENDENCY.exec(rows[i] ?? '');
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const scope = scopeOf(m[1]);
    addDependency(sink, file, 'maven', {
      name: `${m[2]}:${m[3]}`,
      ...(m[4] ? { version: m[4] } : {}),
      line: i + 1,
      ...(scope ? { scope } : {}),
    });
    added++;
  }
}

export const mavenPomParser: ManifestParser = {
  format: 'pom.xml',
  matches: (f) => f.name === 'pom.xml',
  parse: parsePom,
};

export const gradleParser: ManifestParser = {
  format: 'build.gradle',
  matches: (f) => f.name === 'build.gradle' || f.name === 'build.gradle.kts',
  parse: parseGradle,
};
