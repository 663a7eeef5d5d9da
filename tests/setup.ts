import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jest's jsdom environment has no TextDecoder, which Node and the browser both have (image-size reads with it).
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder, TextEncoder });
