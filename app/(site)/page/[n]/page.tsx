import { homePageRoute } from '@/app/_pages/home';

// Pages 2…N exist and are prerendered; a page added by new posts renders on its first request.
// "/page/1" and pages past the end answer 404 (see app/_pages/article.tsx).
export const dynamicParams = true;

const route = homePageRoute('en');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.HomePageN;
