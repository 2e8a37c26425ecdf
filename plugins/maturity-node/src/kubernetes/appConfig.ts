import { stripJsonComments } from './jsonComments';
import { fileName, isRecord } from './objectUtils';
import { MAX_FILE_CHARS, parseYamlDocuments } from './yamlDocuments';
import {
  findTimeouts,
  type Setting,
  type TimeoutFindings,
  type TimeoutReading,
} from './timeoutSettings';
import type { TextFile } from './types';

/**
 * Reads the shutdown timeout from application configuration:
 * `application*.yml` / `application*.properties` (Spring
 * `spring.lifecycle.timeout-per-shutdown-phase`, `server.shutdown`; Quarkus
 * `quarkus.shutdown.timeout`) and `appsettings*.json` (.NET
 * `HostOptions.ShutdownTimeout`).
 */

const MAX_DEPTH = 32;
const MAX_SETTINGS = 10_000;
// application.yml, appsettings.json: defaults that profiles override.
const BASE_FILE =
  /^(?:application|appsettings|bootstrap)\.(?:ya?ml|json|properties)$/i;

/** Leaf values of a parsed document as dotted keys. */
function flatten(value: unknown, source: string): Setting[] {
  const settings: Setting[] = [];
  const walk = (node: unknown, prefix: string, depth: number) => {
    if (settings.length >= MAX_SETTINGS || depth > MAX_DEPTH) {
      return;
    }
    if (isRecord(node) || Array.isArray(node)) {
      for (const [key, child] of Object.entries(node)) {
        walk(child, prefix ? `${prefix}.${key}` : key, depth + 1);
      }
    } else if (prefix) {
      settings.push({
        name: prefix,
        value: node,
        source: `${prefix} in ${source}`,
      });
    }
  };
  walk(value, '', 0);
  return settings;
}

function propertiesSettings(text: string, path: string): Setting[] {
  return text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#') && !line.startsWith('!'))
    .map(line => /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, name, value]) => ({
      name,
      value,
      source: `${name} in ${path}`,
    }));
}

/** appsettings.json may have comments and trailing commas. */
function parseJsonLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(stripJsonComments(text).replace(/,(\s*[}\]])/g, '$1'));
  }
}

function yamlSettings(text: string, path: string): Setting[] {
  const { docs, error } = parseYamlDocuments(text);
  if (error !== undefined) {
    throw new Error(error);
  }
  return docs.flatMap(doc => flatten(doc, path));
}

function settingsOf({ path, text }: TextFile): Setting[] {
  if (/\.properties$/i.test(path)) {
    return propertiesSettings(text, path);
  }
  if (/\.json$/i.test(path)) {
    return flatten(parseJsonLenient(text), path);
  }
  if (/\.ya?ml$/i.test(path)) {
    return yamlSettings(text, path);
  }
  return [];
}

/** The largest readable timeout (the one that needs the most time), else the first. */
function pick(readings: Array<TimeoutReading | undefined>) {
  const found = readings.filter(
    (reading): reading is TimeoutReading => reading !== undefined,
  );
  const readable = found.filter(reading => reading.readable);
  return readable.length > 0
    ? readable.reduce((a, b) => (b.seconds > a.seconds ? b : a))
    : found[0];
}

export interface AppConfigTimeouts {
  findings: TimeoutFindings;
  problems: string[];
}

/**
 * The application's shutdown timeout from its configuration files. Base
 * files (`application.yml`, `appsettings.json`) win over profile files
 * (`application-prod.yml`, `appsettings.Production.json`), since they hold
 * the value that applies unless a profile overrides it; among several
 * candidates the largest is taken, as the one that strains the grace period
 * most.
 */
export function appConfigTimeouts(files: TextFile[]): AppConfigTimeouts {
  const problems: string[] = [];
  const base: TimeoutFindings[] = [];
  const profiles: TimeoutFindings[] = [];
  for (const file of files) {
    if (file.text.length > MAX_FILE_CHARS) {
      problems.push(`${file.path}: larger than 1 MB, not read`);
      continue;
    }
    let findings: TimeoutFindings;
    try {
      findings = findTimeouts(settingsOf(file));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      problems.push(`${file.path}: not readable (${message})`);
      continue;
    }
    (BASE_FILE.test(fileName(file.path)) ? base : profiles).push(findings);
  }
  const choose = (key: keyof TimeoutFindings) =>
    pick(base.map(f => f[key])) ?? pick(profiles.map(f => f[key]));
  return {
    findings: { explicit: choose('explicit'), implied: choose('implied') },
    problems,
  };
}
