/**
 * The maturity scorecard's engine: the checklist and its rule language,
 * `evaluateEntity`, manifest parsers, repository readers, and the extension
 * points and service ref for other backend plugins and modules.
 *
 * @packageDocumentation
 */

export * from './extensions';
export * from './service';
export * from './evidence';
export * from './git';
export * from './repository';
export * from './checklist';
export * from './evaluation';
export * from './config';
export * from './codeHost';
export * from './campaigns';
export * from './events';
