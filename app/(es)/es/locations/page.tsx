import { locationsRoute } from '@/app/_pages/locations';

const route = locationsRoute('es');
export const generateMetadata = route.generateMetadata;
export default route.LocationsPage;
