import { locationRoute } from '@/app/_pages/locations';

// A location added after the build renders on its first request; unknown slugs answer 404.
export const dynamicParams = true;

const route = locationRoute('en');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.LocationPage;
