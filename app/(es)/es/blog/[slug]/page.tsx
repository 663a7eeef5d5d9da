import { articleRoute } from '@/app/_pages/article';

// A post published after the build renders on its first request (app/_pages/article.tsx).
export const dynamicParams = true;

const route = articleRoute('es');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.ArticlePage;
