import { authorCardRoute } from '@/app/_pages/files';

export const dynamic = 'force-static';
export const dynamicParams = true;

const route = authorCardRoute();
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
