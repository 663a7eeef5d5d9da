import { articleCardRoute } from '@/app/_pages/files';

export const dynamic = 'force-static';
// A post published after the build gets its image on the first request; unknown slugs 404.
export const dynamicParams = true;

const route = articleCardRoute('es');
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
