import { authorRoute } from '@/app/_pages/author';

// An author added after the build renders on its first request; unknown slugs answer 404.
export const dynamicParams = true;

const route = authorRoute('en');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.AuthorPage;
