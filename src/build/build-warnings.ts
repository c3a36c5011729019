import type { BuildEnvironmentOptions } from 'vite';

type OnLog = NonNullable<NonNullable<BuildEnvironmentOptions['rolldownOptions']>['onLog']>;
type Log = Parameters<OnLog>[1];

/**
 * The one bundler warning every build printed for each MDX page (14 a build) that says nothing
 * about this site: Astro marks the module it generates for a content entry's styles
 * (`…mdx?astroPropagatedAssets`) with the directive `"use astro:head-inject"`, which Rolldown
 * reports as a module-level directive it may not keep. Astro no longer reads the directive (it
 * finds those modules by their `?astroPropagatedAssets` id), so dropping it changes nothing; Astro
 * tracks it as withastro/astro#18087.
 */
export function isAstroHeadInjectWarning(warning: Log): boolean {
  return (
    warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
    warning.message.includes('"use astro:head-inject"') &&
    warning.message.includes('?astroPropagatedAssets')
  );
}

/** Rolldown's `onLog`: that one warning is dropped; every other message goes to Vite's log as before. */
export const quietAstroDirective: OnLog = (level, log, handler) => {
  if (!(level === 'warn' && isAstroHeadInjectWarning(log))) handler(level, log);
};
