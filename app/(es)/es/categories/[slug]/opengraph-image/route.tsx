import { categoryCardRoute } from '@/app/_pages/files';

export const dynamic = 'force-static';
export const dynamicParams = true;

const route = categoryCardRoute('es');
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
