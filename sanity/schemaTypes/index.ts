import type { SchemaTypeDefinition } from 'sanity';
import { authorType } from './author';
import { blockContentType } from './blockContent';
import { categoryType } from './category';
import { citationAuthorType, citationType } from './citation';
import { locationType } from './location';
import { pageType } from './page';
import { postType } from './post';
import { siteSettingsType } from './siteSettings';

export const schemaTypes: SchemaTypeDefinition[] = [
  postType,
  authorType,
  categoryType,
  citationType,
  citationAuthorType,
  blockContentType,
  siteSettingsType,
  pageType,
  locationType,
];
