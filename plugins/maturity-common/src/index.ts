/**
 * Checklist model, permissions and pure evaluation of the maturity scorecard.
 *
 * @packageDocumentation
 */

export * from './permissions';
export * from './catalogLabels';
export * from './model';
export * from './checklist';
export * from './evaluation';
export * from './config';
