import { categoryRoute } from '@/app/_pages/category';

// A category added after the build renders on its first request; unknown slugs answer 404.
export const dynamicParams = true;

const route = categoryRoute('en');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.CategoryPage;
