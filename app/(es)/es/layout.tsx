import { siteLayout, siteViewport } from '../../_pages/layout';

/** The root of every Spanish page: <html lang="es">, the Spanish frame and crisis text (siteSettings-es). */
const layout = siteLayout('es');
export const generateMetadata = layout.generateMetadata;
export const viewport = siteViewport;
export default layout.SiteLayout;
