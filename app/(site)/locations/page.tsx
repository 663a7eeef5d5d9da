import { locationsRoute } from '@/app/_pages/locations';

const route = locationsRoute('en');
export const generateMetadata = route.generateMetadata;
export default route.LocationsPage;
