import { trustPageRoute } from '@/app/_pages/trust-page';

// A page added after the build renders on its first request; unknown slugs answer 404 from the
// proxy's index of existing URLs.
export const dynamicParams = true;

const route = trustPageRoute('en');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.TrustPage;
