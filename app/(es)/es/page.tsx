import { homeRoute } from '@/app/_pages/home';

const route = homeRoute('es');
export const generateMetadata = route.generateMetadata;
export default route.HomePage;
