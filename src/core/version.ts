/** The package version (in its own module so `loupe --help` need not load the pipeline). */
export const VERSION = '0.1.0';
