// Temporary: moved to lib/content/schema/*.
export * from './schema/fields';
export * from './schema/portable-text';
export * from './schema/category';
export * from './schema/author';
export * from './schema/citation';
export * from './schema/post';
export * from './schema/site-settings';
