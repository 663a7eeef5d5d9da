import { siteLayout, siteViewport } from '../_pages/layout';

/** The root of every English page: <html lang="en">, the English frame and crisis text. */
const layout = siteLayout('en');
export const generateMetadata = layout.generateMetadata;
export const viewport = siteViewport;
export default layout.SiteLayout;
